"""Deadlines written the way people write them, in Italian or English, read with python-dateutil.

Dates go through dateutil with a parserinfo that knows Italian month names (never fuzzy: a phrase that
is not a date is reported, not guessed). Quarters, "fine anno", "entro 90 giorni" and the like are turned
into dates here, since no parser knows them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta


class ItalianEnglishInfo(dateparser.parserinfo):
    """Month and weekday names in both languages; words around a date that carry no meaning are skipped."""

    MONTHS = [
        ("Jan", "January", "gen", "gennaio"), ("Feb", "February", "febbraio"), ("Mar", "March", "marzo"),
        ("Apr", "April", "aprile"), ("May", "mag", "maggio"), ("Jun", "June", "giu", "giugno"),
        ("Jul", "July", "lug", "luglio"), ("Aug", "August", "ago", "agosto"),
        ("Sep", "Sept", "September", "set", "settembre"), ("Oct", "October", "ott", "ottobre"),
        ("Nov", "November", "novembre"), ("Dec", "December", "dic", "dicembre"),
    ]
    # full names only: "mar" is both March and martedì
    WEEKDAYS = [
        ("Mon", "Monday", "lunedì", "lunedi"), ("Tue", "Tuesday", "martedì", "martedi"),
        ("Wed", "Wednesday", "mercoledì", "mercoledi"), ("Thu", "Thursday", "giovedì", "giovedi"),
        ("Fri", "Friday", "venerdì", "venerdi"), ("Sat", "Saturday", "sabato"), ("Sun", "Sunday", "domenica"),
    ]
    JUMP = [" ", ".", ",", ";", "-", "/", "'", "of", "the", "il", "del", "di", "lo", "la"]


_INFO = ItalianEnglishInfo(dayfirst=True)
_MONTH_NAMES = "|".join(sorted({n.lower() for names in ItalianEnglishInfo.MONTHS for n in names}, key=len,
                               reverse=True))
_UNITS = {"giorno": "days", "giorni": "days", "day": "days", "days": "days",
          "settimana": "weeks", "settimane": "weeks", "week": "weeks", "weeks": "weeks",
          "mese": "months", "mesi": "months", "month": "months", "months": "months",
          "anno": "years", "anni": "years", "year": "years", "years": "years"}
_ORDINAL_QUARTER = {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "first": 1, "second": 2, "third": 3,
                    "fourth": 4}

# A deadline is introduced by one of these; what follows is read as a date.
_LEAD_IN = r"(?:entro|by|before|prima del|prima di|per il|per la|until|fino al|a fine|alla fine di|within|in)"
_DATE = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"
         rf"|\d{{1,2}}\s+(?:{_MONTH_NAMES})\.?,?\s+\d{{4}}|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}})")


@dataclass
class Deadline:
    day: date | None
    phrase: str | None      # the words read, or the words that could not be read
    readable: bool


def find(text: str, today: date) -> Deadline:
    """The deadline a statement names, relative to today where it is relative ("in 90 giorni")."""
    low = text.lower()
    for reader in (_relative, _quarter, _end_of_year, _end_of_month, _explicit_date, _month_year):
        found = reader(low, today)
        if found is not None:
            return found
    # a lead-in followed by something that looks like a date but is none ("entro il 31 febbraio 2027")
    stray = re.search(r"\b(?:entro|by|before|until)\s+(?:il\s+|la\s+|the\s+)?"
                      r"(\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+[a-zà-ù]+\.?\s+\d{4})|\d{4}-\d{1,2}-\d{1,2})", low)
    if stray:
        return Deadline(None, stray.group(0).strip(), False)
    return Deadline(None, None, True)


def _relative(low: str, today: date) -> Deadline | None:
    match = re.search(r"\b(?:in|entro|within|nei prossimi|nelle prossime|in the next)\s+(\d+)\s+"
                      r"(giorni|giorno|settimane|settimana|mesi|mese|anni|anno|days|day|weeks|week|months|month|"
                      r"years|year)\b", low)
    if not match:
        return None
    amount, unit = int(match.group(1)), _UNITS[match.group(2)]
    return Deadline(today + relativedelta(**{unit: amount}), match.group(0), True)


def _quarter(low: str, today: date) -> Deadline | None:
    match = re.search(r"\bq([1-4])\s*(?:del\s+|of\s+)?(\d{4})?\b", low) or re.search(
        r"\b(primo|secondo|terzo|quarto|first|second|third|fourth)\s+(?:trimestre|quarter)\s*(?:del\s+|of\s+)?"
        r"(\d{4})?", low)
    if not match:
        return None
    quarter = int(match.group(1)) if match.group(1).isdigit() else _ORDINAL_QUARTER[match.group(1)]
    year = int(match.group(2)) if match.group(2) else today.year
    end = date(year, quarter * 3, 1) + relativedelta(months=1) - timedelta(days=1)
    return Deadline(end, match.group(0), True)


def _end_of_year(low: str, today: date) -> Deadline | None:
    match = re.search(r"\b(?:fine|end of)\s+(?:dell'|del |the )?(?:anno|year)(?:\s+(\d{4}))?", low)
    if not match:
        return None
    return Deadline(date(int(match.group(1) or today.year), 12, 31), match.group(0), True)


def _end_of_month(low: str, today: date) -> Deadline | None:
    match = re.search(r"\b(?:fine|end of)\s+(?:del |the )?(?:mese|month)\b", low)
    if not match:
        return None
    end = today.replace(day=1) + relativedelta(months=1) - timedelta(days=1)
    return Deadline(end, match.group(0), True)


def _explicit_date(low: str, today: date) -> Deadline | None:
    match = re.search(rf"\b{_LEAD_IN}\s+(?:il\s+|la\s+|the\s+)?({_DATE})", low)
    if not match:
        return None
    phrase = match.group(1)
    day = _parse(phrase)
    return Deadline(day, phrase, day is not None)


def _month_year(low: str, today: date) -> Deadline | None:
    """'entro marzo 2027', 'by March 2027', 'entro fine marzo 2027': the month's last day."""
    match = re.search(rf"\b(?:{_LEAD_IN})\s+(?:(?:la\s+)?fine\s+(?:di\s+)?|the end of\s+)?"
                      rf"({_MONTH_NAMES})\s+(\d{{4}})\b", low)
    if not match:
        return None
    first = _parse(f"1 {match.group(1)} {match.group(2)}")
    if first is None:
        return Deadline(None, match.group(0), False)
    return Deadline(first + relativedelta(months=1) - timedelta(days=1), match.group(0), True)


def _parse(phrase: str) -> date | None:
    try:
        return dateparser.parse(phrase, parserinfo=_INFO, dayfirst=True, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None
