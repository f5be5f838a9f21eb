"""How fresh the numbers on every page are: the newest day the data tells of, and when data last came in. A
page read a week after the last export looks like a week without leads: it says so instead (freshnesswords)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import duckdb

from smarketing import db

STALE_DAYS = 7


@dataclass(frozen=True)
class Freshness:
    today: date
    newest: date | None           # None: no data at all
    last_import: datetime | None  # None: nothing imported yet (the demo aside)

    @property
    def age(self) -> int | None:
        return None if self.newest is None else (self.today - self.newest).days

    @property
    def stale(self) -> bool:
        """The newest data is over a week old: every page's warning."""
        return self.age is not None and self.age > STALE_DAYS

    @property
    def import_age(self) -> int | None:
        return None if self.last_import is None else (self.today - self.last_import.date()).days

    @property
    def import_stale(self) -> bool:
        """The last import is over a week old by the same measure: the meeting's agenda says so."""
        return self.import_age is not None and self.import_age > STALE_DAYS


def freshness(con: duckdb.DuckDBPyConnection, today: date) -> Freshness:
    row = db.rows(con, "metrics/freshness", today=today)[0]
    return Freshness(today, row["newest"], row["last_import"])


def compared_up_to(fresh: Freshness) -> date | None:
    """The day comparisons are cut to: the newest data day when it is over a week old (an export cut at a day, an
    old file imported again), so that 45 days of data are never set against 61; None when the data is fresh (a
    quiet CRM's few days without leads are days without leads)."""
    return fresh.newest if fresh.stale else None
