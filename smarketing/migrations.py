"""The schema's history: the files of sql/schema/ applied once each and checked against what was applied,
and the macros of sql/macros/ kept as today's files write them."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import duckdb

from smarketing import db, journeys
from smarketing.errors import SmarketingError

SCHEMA_DIR = db.SQL_DIR / "schema"
MACRO_DIR = db.SQL_DIR / "macros"

_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
# Schema files that change a derived table: once the last schema file is applied, the table is filled
# again from the data an older version left behind, with today's SQL (which knows today's columns).
# (026: a contact who was a customer and is later lost is won on the day it became one, an earlier release's
# journeys say lost)
_REFILL_AFTER = {"006_lead_journeys", "007_journey_first_date", "011_deals", "026_grouped_names", "027_one_spelling"}
# Schema files whose comments were reworded after a release had applied them (their statements are the
# same): the checksum that release recorded is accepted too.
_EARLIER_TEXTS = {
    11: {"358f71a82a3af8778ca7ca3c2a09e8fa82434e7b7f96898bf652b19e055258a1"},
    12: {"e4198ecfaf703a9596466dbc6e57c6194233ca576ba82fe3a3d3636bfa974e89"},
    13: {"dabf1e5800065230f9d60b2a8159e3e2c26dbd69486be8b7797ecbeb3d60472e"},
}


def files() -> list[tuple[int, str, Path]]:
    """Schema files in the order they are applied: sql/schema/NNN_name.sql."""
    found = []
    for file in SCHEMA_DIR.iterdir():
        match = _MIGRATION_NAME.match(file.name)
        if match:
            found.append((int(match.group(1)), file.stem, file))
    found.sort()
    versions = [v for v, _, _ in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two schema files share a number: {versions}")
    return found


def applied(con: duckdb.DuckDBPyConnection) -> list[int]:
    _ensure_ledger(con)
    return [row[0] for row in con.execute("select version from schema_migrations order by version").fetchall()]


def migrate(con: duckdb.DuckDBPyConnection, upto: int | None = None) -> list[str]:
    """Apply every schema file not applied yet, each in its own transaction, then (up to the last one)
    create the macros again; return the names applied. A schema file changed since it was applied stops
    here with a message: the database would silently differ from a new one."""
    _ensure_ledger(con)
    recorded = dict(con.execute("select version, checksum from schema_migrations").fetchall())
    applied = []
    for version, name, file in files():
        if upto is not None and version > upto:
            continue
        text = file.read_text(encoding="utf-8")
        checksum = hashlib.sha256(text.encode()).hexdigest()
        if version in recorded:
            if recorded[version] != checksum and recorded[version] not in _EARLIER_TEXTS.get(version, ()):
                raise SmarketingError("error.migration_changed", name=name)
            continue
        with db.transaction(con):
            con.execute(text)
            con.execute("insert into schema_migrations (version, name, checksum) values (?, ?, ?)",
                        [version, name, checksum])
        applied.append(name)
    if upto is None or upto >= files()[-1][0]:
        create_macros(con)
        # (a new store has no lead to fill them from: 16 ms of every new store spared)
        if _REFILL_AFTER & set(applied) and con.execute("select exists (select 1 from leads)").fetchall()[0][0]:
            with db.transaction(con):
                journeys.refresh(con)
    return applied


def create_macros(con: duckdb.DuckDBPyConnection) -> None:
    """The macros of sql/macros/, created or replaced on every connect: a database made by an earlier release,
    or one whose macros were dropped or changed by hand, reads as a new one does (macros hold no data).
    Creating them costs a few ms (their statements parsed once per process, db.statements), less than asking the
    catalog whether they are today's (~20 ms)."""
    with db.transaction(con):
        for file in sorted(MACRO_DIR.glob("*.sql")):
            db.execute(con, f"macros/{file.stem}")
        # earlier releases kept a checksum of the macros' texts here, to create them only when it changed
        con.execute("delete from settings where key = 'macros'")


def _ensure_ledger(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "create table if not exists schema_migrations ("
        " version integer primary key, name varchar not null, checksum varchar not null,"
        " applied_at timestamp not null default current_timestamp)"
    )
