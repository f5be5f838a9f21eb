"""How fresh the numbers on every page are: the newest day the data tells of, and when data last came in. A
page read a week after the last export looks like a week without leads: it says so instead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import duckdb

from smarketing import db
from smarketing.i18n import fmt_date, fmt_int, locale, t

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


def words(fresh: Freshness, lang: str) -> str | None:
    """"Dati aggiornati al 30/11/2026, ultimo import 1 giorno fa"; None with no data."""
    if fresh.newest is None:
        return None
    text = t("freshness.as_of", lang, day=fmt_date(fresh.newest, lang))
    if fresh.last_import is not None:
        text += ", " + t("freshness.imported", lang, when=_ago(fresh.last_import.date(), fresh.today, lang))
    return text


def warning(fresh: Freshness, lang: str) -> str | None:
    if not fresh.stale:
        return None
    return t("freshness.stale", lang, day=fmt_date(fresh.newest, lang), days=fmt_int(fresh.age, lang))


def _ago(day: date, today: date, lang: str) -> str:
    from babel.dates import format_timedelta

    days = (today - day).days
    if days <= 0:
        return t("freshness.today", lang)
    # CLDR's rounding calls 6 days "1 week" and 45 days "2 months": a unit is used from two of it on, so the
    # meeting reads "9 giorni fa" for an import of 9 days ago
    return format_timedelta(timedelta(days=-days), granularity="day", threshold=2, add_direction=True,
                            locale=locale(lang))
