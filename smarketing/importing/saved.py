"""Saved import mappings: the choices made for one kind of file (preset, column map, stage map, fixed values,
reading options) kept in the store under a name, reused with `--preset NAME`, and proposed when a file's
header matches one of them or a built-in preset."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypedDict

import duckdb

from smarketing import access, db
from smarketing.errors import SmarketingError
from smarketing.importing.fields import normalise
from smarketing.importing.presets import PRESETS, recognise

# what a saved mapping keeps of ImportOptions: how to read this kind of file, never this file's own choices
# (its name, a dry run, --partial for one bad week)
KEPT = ("preset", "maps", "stage_map", "sets", "delimiter", "encoding", "date_order", "decimal", "deals", "mode",
        "currency")
_MERGED = ("maps", "stage_map", "sets")
# the columns a file's header and a saved one must share, of all the columns either has, to match
MATCH_SHARE = 0.8
MAX_NAME = 60


@dataclass(frozen=True)
class Suggestion:
    name: str             # what --preset takes
    saved: bool           # a saved mapping, else a built-in preset
    product: str | None   # the built-in export the header looks like (its preset name), if any


class Saved(TypedDict):
    """A saved mapping as the store keeps it (sql/mappings/list.sql), its options and header read from JSON."""

    key: str                    # the name normalised: what finds it whatever its case and spacing
    name: str
    kind: str                   # leads, spend
    options: dict[str, Any]     # ImportOptions' KEPT fields
    header: list[str]           # the header of the file it was made on
    saved_by: str
    saved_at: datetime


def key(name: str) -> str:
    return normalise(name)


def listing(con: duckdb.DuckDBPyConnection, kind: str | None = None) -> list[Saved]:
    return [Saved(key=r["key"], name=r["name"], kind=r["kind"], options=json.loads(r["options"]),
                  header=json.loads(r["header"]), saved_by=r["saved_by"], saved_at=r["saved_at"])
            for r in db.rows(con, "mappings/list") if kind is None or r["kind"] == kind]


def find(con: duckdb.DuckDBPyConnection, name: str) -> Saved | None:
    return next((r for r in listing(con) if r["key"] == key(name)), None)


def expand(con: duckdb.DuckDBPyConnection, options):
    """ImportOptions with a saved mapping's name in `preset` turned into what it saved; what the user gave
    this time wins (a --map, a --stage-map, a --set added on top). A built-in preset stays as it is."""
    if not options.preset or options.preset in PRESETS:
        return options
    found = find(con, options.preset)
    if found is None:
        names = [*sorted(PRESETS), *(r["name"] for r in listing(con))]
        raise SmarketingError("error.mapping_unknown", name=options.preset, names=", ".join(names))
    if found["kind"] != options.kind:
        raise SmarketingError(f"error.mapping_for_{found['kind']}", name=found["name"])
    stored = found["options"]
    merged = {name: {**stored.get(name, {}), **getattr(options, name)} for name in _MERGED}
    scalars = {name: getattr(options, name) if getattr(options, name) is not None else stored.get(name)
               for name in KEPT if name not in _MERGED and name not in ("preset", "mode")}
    mode = options.mode if options.mode != "upsert" else stored.get("mode", "upsert")
    return replace(options, preset=stored.get("preset"), mode=mode, **merged, **scalars)


def check_name(name: str) -> str:
    """The name as kept (spacing made single), or a message: empty, too long, a built-in preset's name."""
    cleaned = " ".join((name or "").split())
    if not key(cleaned) or len(cleaned) > MAX_NAME:
        raise SmarketingError("error.mapping_name", name=name, limit=MAX_NAME)
    if key(cleaned) in {key(p) for p in PRESETS}:
        raise SmarketingError("error.mapping_builtin", name=cleaned)
    return cleaned


def save(con: duckdb.DuckDBPyConnection, name: str, options, header: list[str], by: str | None = None) -> bool:
    """Keep `options` (already expanded) under `name`; True when it replaced a mapping of that name."""
    cleaned = check_name(name)
    existed = find(con, cleaned) is not None
    kept = {name_: getattr(options, name_) for name_ in KEPT}
    db.execute(con, "mappings/save", key=key(cleaned), mapping_name=cleaned, kind=options.kind,
               options=json.dumps(kept, ensure_ascii=False), header=json.dumps(header, ensure_ascii=False),
               saved_by=by or access.local_user())
    return existed


def delete(con: duckdb.DuckDBPyConnection, name: str) -> None:
    if find(con, name) is None:
        names = [r["name"] for r in listing(con)]
        raise SmarketingError("error.mapping_unknown" if names else "error.mapping_none_saved", name=name,
                              names=", ".join(names))
    db.execute(con, "mappings/delete", key=key(name))


def match(con: duckdb.DuckDBPyConnection, kind: str | None, header: list[str]) -> Saved | None:
    """The saved mapping made on a file with (nearly) this header: every column it maps is here, and the two
    headers share at least MATCH_SHARE of their columns. The closest when several do."""
    present = {normalise(h) for h in header}
    best = None
    for row in listing(con, kind):
        saved = {normalise(h) for h in row["header"]}
        used = {normalise(c) for c in row["options"].get("maps", {}).values() if c}
        if not saved or not used <= present:
            continue
        share = len(saved & present) / len(saved | present)
        if share >= MATCH_SHARE and (best is None or share > best[0]):
            best = (share, row)
    return best[1] if best else None


def suggest(con: duckdb.DuckDBPyConnection, kind: str | None, header: list[str]) -> Suggestion | None:
    """What to propose for a file read without a preset: a saved mapping first (it holds the stage map and
    fixed values someone already chose), else the built-in preset of the export it looks like."""
    builtin = recognise(kind, header)
    product = builtin.name if builtin else None
    found = match(con, kind, header)
    if found is not None:
        return Suggestion(found["name"], True, product or found["options"].get("preset"))
    return Suggestion(builtin.name, False, product) if builtin else None


def kind_of(con: duckdb.DuckDBPyConnection, name: str) -> str | None:
    """leads or spend, for a built-in preset or a saved mapping; None when the name is neither."""
    if name in PRESETS:
        return PRESETS[name].kind
    found = find(con, name)
    return found["kind"] if found else None
