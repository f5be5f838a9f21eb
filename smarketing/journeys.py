"""lead_journeys, the per-lead table every journey metric reads, kept in step with leads and stage_events.

Every writer names the leads it touched and then calls rebuild() inside its own transaction; an undo takes
touched() before it removes the batch's traces. A full rebuild (touched() with no batch) puts the table right
from scratch. An import hands over the leads it created with their journeys already known from its rows
(imports/new_journeys): aggregating a million new leads' history again, or looking up the rows just written,
would cost more than writing them."""

from __future__ import annotations

import duckdb

from smarketing import db


def start(con: duckdb.DuckDBPyConnection) -> None:
    db.execute(con, "journeys/start")


def touched(con: duckdb.DuckDBPyConnection, batch_id: int | None = None) -> None:
    start(con)
    db.execute(con, "journeys/touched", batch_id=batch_id)


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the touched leads' journeys, after leads may have gone (an undo, the demo's removal)."""
    db.execute(con, "journeys/prune")
    _recompute(con)


def _recompute(con: duckdb.DuckDBPyConnection) -> None:
    db.execute(con, "journeys/entries")
    db.execute(con, "journeys/rebuild")


def refresh(con: duckdb.DuckDBPyConnection, batch_id: int | None = None) -> None:
    """Recompute the journeys of what a batch touched, or of every lead."""
    touched(con, batch_id)
    rebuild(con)


def refresh_import(con: duckdb.DuckDBPyConnection, created: bool) -> None:
    """Recompute the journeys of a leads import, from its staged rows (inside its transaction); `created`:
    it created leads."""
    start(con)
    db.execute(con, "imports/leads_journeys")
    if created:
        db.execute(con, "imports/new_journeys")
    _recompute(con)         # an import removes no lead: nothing to prune
