"""Which file column feeds which field: a product's preset, else header synonyms, then the user's --map."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict

from smarketing.errors import SmarketingError
from smarketing.importing.fields import (
    DEAL_HEADER_PREFIX,
    DEAL_HEADERS,
    DEAL_KEYS,
    FIELDS,
    HEADER_CURRENCY,
    HEADER_SIGNS,
    KEY_FIELDS,
    normalise,
)
from smarketing.importing.presets import PRESETS


class Line(TypedDict):
    """Where one field comes from, as the import reports it: the file's column (or the value every row gets) and
    how it was chosen (preset, synonym, option, set, header, period)."""

    field: str
    column: str
    origin: str


@dataclass
class Mapping:
    kind: str
    header: list[str]
    columns: dict[str, int] = field(default_factory=dict)   # field -> column index
    origin: dict[str, str] = field(default_factory=dict)    # field -> preset | synonym | option
    constants: dict[str, str] = field(default_factory=dict)  # field -> the value --set gives every row
    # where a constant came from when not from --set: header ("Amount spent (EUR)"), preset, period
    constant_origin: dict[str, str] = field(default_factory=dict)

    @property
    def fields(self) -> list[str]:
        """Every field the import fills: from a column, or a constant."""
        return [*self.columns, *self.constants]

    def column_name(self, name: str) -> str:
        """Where a field's values come from, as messages name it."""
        if name in self.constants:
            return f"--set {name}"
        return self.header[self.columns[name]]

    def report(self) -> list[Line]:
        return ([Line(field=f, column=self.column_name(f), origin=self.origin[f]) for f in self.columns]
                + [Line(field=f, column=v, origin=self.constant_origin.get(f, "set"))
                   for f, v in self.constants.items()])

    def unmapped_columns(self) -> list[str]:
        used = set(self.columns.values())
        return [name for i, name in enumerate(self.header) if i not in used]


_TITLES = {"title", "titolo", "deal - title"}


def resolve(kind: str, header: list[str], preset: str | None = None,
            overrides: dict[str, str | None] | None = None, constants: dict[str, str] | None = None,
            defaults: dict[str, tuple[str, str]] | None = None, deals: bool | None = None) -> Mapping:
    """`defaults` (field -> value, origin) fill a field only when neither a column nor --set does: the
    channel a preset names, the report period written above a header. `deals`: the rows are deals (--deals),
    or not; None: a deals column says so. A deals file is keyed by its deals' own ID."""
    mapping = Mapping(kind, header)
    # Meta Ads writes the currency into the header, "Amount spent (EUR)": matched without it, kept for the rows
    coded = [HEADER_CURRENCY.fullmatch(h.strip()) for h in header]
    normalised = [normalise(m.group(1)) if m else normalise(h) for h, m in zip(header, coded)]
    if preset:
        for name, candidates in PRESETS[preset].columns.items():
            index = _find(header, normalised, candidates)
            if index is not None:
                mapping.columns[name], mapping.origin[name] = index, "preset"
    else:
        claimed: set[int] = set()
        # Pipedrive names every column "Deal - Title", "Deal - Currency"...: without the prefix when nothing
        # matches with it
        bare = [n.removeprefix(DEAL_HEADER_PREFIX) for n in normalised]
        # (a deal's ID column alone is no deals file: a contacts sheet names each person's deal beside their code)
        keyed_by_deal = deals if deals is not None else any(
            (n in DEAL_HEADERS or n.startswith(DEAL_HEADER_PREFIX)) and n not in DEAL_KEYS for n in normalised)
        for spec in FIELDS[kind].values():
            best = None
            synonyms = spec.synonyms
            if spec.name == "external_id" and keyed_by_deal:
                synonyms = DEAL_KEYS + tuple(s for s in synonyms if s not in DEAL_KEYS)
            for rank, synonym in enumerate(synonyms):
                hits = [i for i, n in enumerate(normalised) if n == synonym and i not in claimed] or \
                       [i for i, n in enumerate(bare) if n == synonym and i not in claimed]
                if hits:
                    best = (rank, hits[0])
                    break
            if best is not None:
                mapping.columns[spec.name], mapping.origin[spec.name] = best[1], "synonym"
                claimed.add(best[1])
        if "name" in mapping.columns and normalised[mapping.columns["name"]] in _TITLES and (
                "first_name" in mapping.columns or "last_name" in mapping.columns):
            # beside a first and a last name, "Title" is the job (Salesforce's Lead) and "Titolo" the honorific
            # ("Dott.", "Ing."): never the person's name. Alone, it names the deal (Pipedrive's "Deal - Title")
            del mapping.columns["name"], mapping.origin["name"]
    for name, column in (overrides or {}).items():
        if not column:
            mapping.columns.pop(name, None)
            mapping.origin.pop(name, None)
            continue
        index = _find(header, normalised, (column,))
        if index is None:
            raise SmarketingError("error.map_column_missing", column=column, columns=", ".join(header))
        mapping.columns[name], mapping.origin[name] = index, "option"
    for name, value in (constants or {}).items():
        if name in mapping.columns:
            # a constant fills a field the file lacks; it never hides a column the file has
            raise SmarketingError("error.set_has_column", field=name, column=mapping.column_name(name))
        mapping.constants[name] = value
    amount = "amount" if kind == "spend" else "deal_value"
    if amount in mapping.columns and "currency" not in mapping.fields and (found := coded[mapping.columns[amount]]):
        mapping.constants["currency"] = HEADER_SIGNS.get(found.group(2), found.group(2))
        mapping.constant_origin["currency"] = "header"
    for name, (value, origin) in (defaults or {}).items():
        if name not in mapping.fields:
            mapping.constants[name], mapping.constant_origin[name] = value, origin
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
    # the columns no field uses yet, for the Import page to offer for the missing ones (all of them when every one
    # is used: the file's own names may have misled)
    free = [c for c in mapping.header if c not in {mapping.column_name(f) for f in mapping.columns}]
    if mapping.kind == "leads":
        if not any(k in mapping.fields for k in KEY_FIELDS["leads"]):
            raise SmarketingError("error.import_no_key", columns=", ".join(mapping.header),
                                  missing=list(KEY_FIELDS["leads"]), free=free or list(mapping.header))
        return
    missing = [k for k in KEY_FIELDS["spend"] if k not in mapping.fields]
    if missing:
        raise SmarketingError("error.spend_missing_fields", fields=", ".join(missing),
                              columns=", ".join(mapping.header), missing=missing,
                              free=free or list(mapping.header))
