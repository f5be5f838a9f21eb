"""What the store holds: rows per table, the dates its data covers and its schema's version, as `info` prints it
and Settings shows it."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypedDict

import duckdb

from smarketing import db


class Summary(TypedDict):
    tables: dict[str, int]              # rows per table
    first_lead_at: datetime | None
    last_lead_at: datetime | None
    last_event_at: datetime | None
    first_spend_on: date | None
    last_spend_on: date | None
    schema_version: int


def summary(con: duckdb.DuckDBPyConnection) -> Summary:
    counts = {row["table_name"]: row["row_count"] for row in db.rows(con, "metrics/table_counts")}
    covered = db.rows(con, "metrics/data_range")[0]
    return Summary(tables=counts, first_lead_at=covered["first_lead_at"], last_lead_at=covered["last_lead_at"],
                   last_event_at=covered["last_event_at"], first_spend_on=covered["first_spend_on"],
                   last_spend_on=covered["last_spend_on"], schema_version=covered["schema_version"])
