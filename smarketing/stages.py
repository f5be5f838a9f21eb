"""The customer journey's stages as the store defines them (DESIGN section 4)."""

from __future__ import annotations

import duckdb

from smarketing import db


def stages(con: duckdb.DuckDBPyConnection) -> list[dict]:
    return db.rows(con, "catalog/stages")
