"""What the team did, drawn on the trend charts beside what the numbers did: decisions, imports, and where
objectives start and end. The meeting sees what was decided and what the metric did afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from smarketing import db

MAX_SHOWN = 30       # a chart drawn over with more lines than that shows nothing any more


@dataclass(frozen=True)
class Event:
    day: date
    kind: str            # decision, import, start, deadline
    label: str           # the decision's words, the file's name, the objective's title (charts.event_text)


def events(con: duckdb.DuckDBPyConnection, start: date | None, end: date | None, today: date) -> list[Event]:
    """The events between `start` and `end` that have happened (a deadline still ahead would stretch the
    chart past its data); the latest MAX_SHOWN when there are more."""
    until = today if end is None else min(end, today)
    found = [Event(**row) for row in db.rows(con, "metrics/milestones", start=start, end=until)]
    return found[-MAX_SHOWN:]
