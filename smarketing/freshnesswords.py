"""How fresh the data is, in words: every page's "data as of" line, and its warning once the newest data is over
a week old (freshness.py finds both in days)."""

from __future__ import annotations

from datetime import date, timedelta

from smarketing.freshness import Freshness
from smarketing.i18n import fmt_date, fmt_int, locale, t


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
