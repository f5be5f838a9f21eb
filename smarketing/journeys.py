"""lead_journeys, the per-lead table every journey metric reads, kept in step with leads and stage_events.

Every writer calls touched() then rebuild() inside its own transaction; an undo takes touched() before it
removes the batch's traces. A full rebuild (touched() with no batch) puts the table right from scratch."""

from __future__ import annotations

import duckdb

from smarketing import db


def touched(con: duckdb.DuckDBPyConnection, batch_id: int | None = None) -> None:
    db.execute(con, "journeys/touched", batch_id=batch_id)


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    db.execute(con, "journeys/rebuild")


def refresh(con: duckdb.DuckDBPyConnection, batch_id: int | None = None) -> None:
    """Recompute the journeys of what a batch touched, or of every lead."""
    touched(con, batch_id)
    rebuild(con)
