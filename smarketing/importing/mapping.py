"""Which file column feeds which field: a CRM preset, else header synonyms, then the user's --map."""

from __future__ import annotations

from dataclasses import dataclass, field

from smarketing.errors import SmarketingError
from smarketing.importing.fields import FIELDS, KEY_FIELDS, PRESETS, normalise


@dataclass
class Mapping:
    kind: str
    header: list[str]
    columns: dict[str, int] = field(default_factory=dict)   # field -> column index
    origin: dict[str, str] = field(default_factory=dict)    # field -> preset | synonym | option

    def column_name(self, name: str) -> str:
        return self.header[self.columns[name]]

    def report(self) -> list[dict]:
        return [{"field": f, "column": self.column_name(f), "origin": self.origin[f]} for f in self.columns]

    def unmapped_columns(self) -> list[str]:
        used = set(self.columns.values())
        return [name for i, name in enumerate(self.header) if i not in used]


def resolve(kind: str, header: list[str], preset: str | None = None,
            overrides: dict[str, str | None] | None = None) -> Mapping:
    mapping = Mapping(kind, header)
    normalised = [normalise(h) for h in header]
    if preset:
        for name, candidates in PRESETS[preset].items():
            index = _find(header, normalised, candidates)
            if index is not None:
                mapping.columns[name], mapping.origin[name] = index, "preset"
    else:
        claimed: set[int] = set()
        for spec in FIELDS[kind].values():
            best = None
            for rank, synonym in enumerate(spec.synonyms):
                hits = [i for i, n in enumerate(normalised) if n == synonym and i not in claimed]
                if hits:
                    best = (rank, hits[0])
                    break
            if best is not None:
                mapping.columns[spec.name], mapping.origin[spec.name] = best[1], "synonym"
                claimed.add(best[1])
    for name, column in (overrides or {}).items():
        if not column:
            mapping.columns.pop(name, None)
            mapping.origin.pop(name, None)
            continue
        index = _find(header, normalised, (column,))
        if index is None:
            raise SmarketingError("error.map_column_missing", column=column, columns=", ".join(header))
        mapping.columns[name], mapping.origin[name] = index, "option"
    _check_required(mapping)
    return mapping


def _find(header: list[str], normalised: list[str], candidates) -> int | None:
    """Exact header first, then ignoring case, then ignoring accents and punctuation."""
    lowered = [h.lower() for h in header]
    for candidate in candidates:
        if candidate in header:
            return header.index(candidate)
        if candidate.lower() in lowered:
            return lowered.index(candidate.lower())
        if normalise(candidate) and normalise(candidate) in normalised:
            return normalised.index(normalise(candidate))
    return None


def _check_required(mapping: Mapping) -> None:
    if mapping.kind == "leads":
        if not any(k in mapping.columns for k in KEY_FIELDS["leads"]):
            raise SmarketingError("error.import_no_key", columns=", ".join(mapping.header))
        return
    missing = [k for k in KEY_FIELDS["spend"] if k not in mapping.columns]
    if missing:
        raise SmarketingError("error.spend_missing_fields", fields=", ".join(missing),
                              columns=", ".join(mapping.header))
