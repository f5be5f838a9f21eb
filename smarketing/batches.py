"""The import ledger: every change to the data arrives as a recorded batch that can be taken back."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, TypedDict

import duckdb

from smarketing import db, periods


class Batch(TypedDict):
    """A batch of the ledger (sql/imports/batches_list.sql), its options read."""

    batch_id: int
    kind: str                     # leads, spend, demo
    file_name: str | None
    sha256: str | None
    started_at: datetime
    finished_at: datetime | None
    rows_read: int
    inserted: int
    updated: int
    unchanged: int
    rejected: int
    merged: int | None            # None for batches older than these counts
    skipped: int | None
    status: str                   # running, committed, failed, undone
    options: dict[str, Any]
    created_by: str | None
    undone_at: datetime | None
    undone_by: str | None


def open_batch(
    con: duckdb.DuckDBPyConnection,
    kind: str,
    *,
    file_name: str | None = None,
    sha256: str | None = None,
    options: dict[str, Any] | None = None,
    created_by: str | None = None,
) -> int:
    cur = db.execute(
        con, "batches/open",
        kind=kind, file_name=file_name, sha256=sha256,
        options=json.dumps(options or {}, sort_keys=True), created_by=created_by,
        # on the app's day: the agenda counts a week's imports, and the last one's age, on it
        started_at=periods.now(),
    )
    return cur.fetchall()[0][0]


def finish_batch(
    con: duckdb.DuckDBPyConnection,
    batch_id: int,
    status: str,
    *,
    rows_read: int = 0,
    inserted: int = 0,
    updated: int = 0,
    unchanged: int = 0,
    rejected: int = 0,
    merged: int = 0,
    skipped: int = 0,
) -> None:
    db.execute(
        con, "batches/finish",
        batch_id=batch_id, status=status, rows_read=rows_read, inserted=inserted,
        updated=updated, unchanged=unchanged, rejected=rejected, merged=merged, skipped=skipped,
        finished_at=periods.now(),
    )


def stamp(con: duckdb.DuckDBPyConnection) -> tuple[Any, ...]:
    """Changes whenever what an import check would find in the store may have changed: a batch written or
    undone, a mapping saved, the company currency set."""
    return tuple(db.rows(con, "imports/store_stamp")[0].values())
