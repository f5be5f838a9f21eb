"""The customer journey's stages as the store defines them (docs/metrics.md, "The journey")."""

from __future__ import annotations

import duckdb

from smarketing import db

# The journey as sql/schema/001_core.sql writes it into the stages table (tests/db/test_migrations.py checks
# that they agree): the path in order, then the terminal stage off the path. Code that needs the codes
# before any store is open (a command's options) reads them here.
PATH = ("lead", "mql", "sql", "opportunity", "customer")
CODES = (*PATH, "lost")


def stages(con: duckdb.DuckDBPyConnection) -> list[dict]:
    return db.rows(con, "catalog/stages")
