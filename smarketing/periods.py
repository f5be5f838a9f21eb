"""Windows of time the whole app shares (docs/metrics.md, "Periods and comparisons"): the presets a page
offers, the window a comparison looks at, and whether a period shown is still partial. Pure date arithmetic
with dateutil; the metrics themselves stay in SQL.

A window is two days, both included. A preset names a whole calendar window (this month is 1-31 December)
even while it is still running: it is then partial, and a comparison looks at the same elapsed days of the
earlier window (1 November to the same day), never at a whole month against a day."""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

# "last_90_days" is the window of the hand-off's backlog alert (agenda.BACKLOG_WINDOW): its number can be found
RECENT_DAYS = 90
PRESETS = ("this_month", "last_month", "this_quarter", "last_quarter", "year_to_date", "last_90_days",
           "last_12_months", "all_time", "custom")
COMPARISONS = ("previous", "year")
# what each preset's window is, for its comparison: a calendar month, quarter or year (so far), or a run of days. The
# dates alone cannot tell: on 4 January the year to date is also the month to date, on a Monday the last 12 months
# start on a Monday as a run of weeks does
PRESET_UNITS = {"this_month": "month", "last_month": "month", "this_quarter": "quarter", "last_quarter": "quarter",
                "year_to_date": "year", "last_12_months": "year", "last_90_days": "days"}
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12}
DEFAULT_PRESET = "this_quarter"


# the years a day typed by a person may fall in: "0001-01-01" or "9999-12-31" is a slip, and past either end the
# windows before and after it leave the calendar
FIRST_YEAR, LAST_YEAR = 1900, 2999


def today() -> date:
    """The day the app counts from: $SMARKETING_TODAY (YYYY-MM-DD) when set, for demos and tests."""
    fixed = os.environ.get("SMARKETING_TODAY")
    if not fixed:
        return date.today()
    day = day_of(fixed)
    if day is None:
        from smarketing.errors import SmarketingError

        raise SmarketingError("error.today_env", value=fixed)
    return day


def now() -> datetime:
    """The app's day (today above) at the clock's time: what a stamp compared with the app's weeks carries, so
    that a tick or an inbox run falls in the week the app shows even when SMARKETING_TODAY fixes the day."""
    return datetime.combine(today(), datetime.now().time())


@dataclass(frozen=True)
class Comparison:
    start: date
    end: date
    shift: relativedelta        # comparison day + shift = the day it stands for
    how: str


def preset_window(preset: str, today: date) -> tuple[date | None, date | None]:
    """The calendar window a preset names on `today`: no bounds for all time (leads without any date are
    seen only there); custom has none (the page asks for its dates)."""
    if preset == "all_time":
        return None, None
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    month_start = today.replace(day=1)
    if preset == "this_month":
        return month_start, _month_end(month_start)
    if preset == "last_month":
        first = month_start - relativedelta(months=1)
        return first, _month_end(first)
    if preset == "this_quarter":
        return quarter_start, _month_end(quarter_start + relativedelta(months=2))
    if preset == "last_quarter":
        first = quarter_start - relativedelta(months=3)
        return first, _month_end(first + relativedelta(months=2))
    if preset == "year_to_date":
        return date(today.year, 1, 1), today
    if preset == "last_90_days":
        return last_days(RECENT_DAYS, today)
    if preset == "last_12_months":
        return today - relativedelta(years=1) + timedelta(days=1), today
    raise ValueError(preset)


def data_cut(start: date | None, end: date | None, today: date, data_end: date | None) -> date | None:
    """The day a comparison is cut to when the data stops (`data_end`) inside the window, before today; else None."""
    if data_end is None or start is None or not start <= data_end < min(end or today, today):
        return None
    return data_end


def comparison(start: date, end: date, today: date, how: str, every: str | None = None,
               unit: str | None = None) -> Comparison:
    """The window a comparison looks at: the previous window of the same length, or the same one a year
    earlier, both cut to the days already elapsed in the current one.

    "Of the same length" is the window's `unit` where a preset names it (PRESET_UNITS: a month, a quarter or a
    year back, or its number of days), else follows the calendar where the window does, so that periods line
    up: a window starting on the 1st moves back by the months it spans (last month against the month before); one
    from the 1st running to today or stopping inside a month, by the calendar month, quarter or year it is part
    of (the year to date against the same days of last year); whole weeks starting on a Monday, or a window
    counted by week, by whole weeks (same weekdays); any other by its number of days. A year back is 52 weeks
    for weeks (same weekdays), else the same calendar days."""
    elapsed_end = min(end, today)
    days = (elapsed_end - start).days + 1
    # a calendar week is one whatever day of the month its Monday is: the week of Monday 1 February against the
    # same weekdays of the week before, never against 1-3 January; 365 days from a Monday are no run of weeks
    weekly = unit is None and start.weekday() == 0 and ((end - start).days + 1) % 7 == 0 and (
        start.day != 1 or (end - start).days == 6)
    if how == "year":
        shift = relativedelta(weeks=52) if every == "week" or (weekly and days <= 7) else relativedelta(years=1)
    elif how != "previous":
        raise ValueError(how)
    elif every == "week" and not weekly:
        # week by week beside the window's own comparison: its shift in whole weeks (this quarter's weeks against
        # the weeks of the quarter before, 13 back), never the days just before the window
        whole = comparison(start, end, today, how, unit=unit).shift
        shift = relativedelta(weeks=max(round(((start - (start - whole)).days) / 7), 1))
    elif every == "week" or (weekly and every != "month"):
        shift = relativedelta(weeks=max(math.ceil(days / 7), 1))
    elif unit in _UNIT_MONTHS:
        shift = relativedelta(months=_UNIT_MONTHS[unit])
    elif every == "month" and (start.day != 1 or unit == "days"):
        # month by month beside a rolling window (the last 12 months, the last 90 days): its shift in whole months
        # (12, 3), never the 13 or 4 calendar months it touches, which set each month against the one before the
        # month a year or a quarter earlier
        whole = comparison(start, end, today, how, unit=unit).shift
        # (rounded up past a day's slack: 45 days are 2 months, never 1 that overlaps; 365 days are 12, 90 days 3)
        shift = relativedelta(months=max(math.ceil((start - (start - whole)).days / (365.25 / 12) - 0.1), 1))
    elif unit != "days" and (every == "month" or start.day == 1):
        shift = relativedelta(months=_months_back(start, end, today))
    else:
        shift = relativedelta(days=days)
    compare_end = elapsed_end - shift
    if (shift.months or shift.years) and elapsed_end == end == _month_end(end):
        compare_end = _month_end(compare_end)    # the quarter before ends on 30 June, not on the 30th of a month
    return Comparison(start - shift, compare_end, shift, how)


def _months_back(start: date, end: date, today: date) -> int:
    """The months a window from the 1st moves back by: those it spans; for one that runs to today or stops inside
    a month (year to date, a quarter so far), the calendar quarter or year it is part of, so that the year to date
    is set against the same days of last year, never against February to December."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.day != 1 or (end == _month_end(end) and end != today):
        return months
    return next((unit for unit in (1, 3, 12) if (start.month - 1) % unit == 0 and months <= unit), months)


_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|\d{2})(?!\d)")


def day_of(text: str) -> date | None:
    """2026-11-30, 30/11/2026, 30 novembre 2026 or 30 Nov 2026: day first, as in Italy, where the order is not
    written out; None when the text is no day, or leaves out its day, month or year ("2026", "novembre")."""
    try:
        return _in_range(date.fromisoformat(text.strip()))
    except ValueError:
        pass
    if (ymd := _YEAR_FIRST.fullmatch(text.strip())) is not None:
        # written year first, it is year, month, day: 2026-13-01 is no day, never 13 January (dateutil would swap)
        try:
            return _in_range(date(*map(int, ymd.groups())))
        except ValueError:
            return None
    for day, month, year in _DAY_FIRST.findall(text):
        # written in figures, a date is day, month, year, whatever follows it: 11/30/2026 is no day, never 30
        # November read the other way (dateutil would swap, and --start 11/01/2026 beside it is 11 January)
        try:
            date(int(year) if len(year) == 4 else 2000 + int(year), int(month), int(day))
        except ValueError:
            return None
    # only for a date that is not ISO, not at every start: the deadline reader's month names in both languages
    from dateutil import parser as dateparser

    from smarketing.deadlines import ItalianEnglishInfo

    try:
        # dateutil fills what the text leaves out from its default: two defaults that differ in every field
        # read the same day only when the text wrote them all
        first, second = (dateparser.parse(text, ItalianEnglishInfo(dayfirst=True), default=datetime(y, m, d))
                         for y, m, d in ((2000, 1, 1), (2001, 2, 2)))
    except (ValueError, OverflowError, dateparser.ParserError):
        return None
    return _in_range(first.date()) if first == second else None


def _in_range(day: date) -> date | None:
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


def monday(day: date) -> date:
    """The Monday of the week a day falls in: weeks start on Monday, in every view, the agenda and the demo."""
    return day - timedelta(days=day.weekday())


def last_whole_week(day: date) -> date:
    """The Monday of the last week over before the one a day falls in: the week the alerts compare (a week in
    progress would always look like a fall)."""
    return monday(day) - timedelta(days=7)


def last_days(days: int, today: date) -> tuple[date, date]:
    """The first and last day of the last `days` days, today included: 90 days, never 91."""
    return today - timedelta(days=days - 1), today


def period_start(day: date, every: str) -> date:
    """The Monday or the first of the month a day falls in, as SQL's period_of() says."""
    return monday(day) if every == "week" else day.replace(day=1)


def period_end(period: date, every: str) -> date:
    return period + timedelta(days=6) if every == "week" else _month_end(period)


def partial(period: date | None, every: str | None, start: date | None, end: date | None, today: date) -> bool:
    """Whether a row shows less than its whole time: a week or month not over yet, or cut by the window; a
    row without a period when its window is not over yet."""
    if every is None:
        return running(end, today)
    if period is None:
        return False
    last = min(end, today) if end is not None else today
    # (the period that ends today is not over either: today's data are still coming)
    return (start is not None and period < start) or period_end(period, every) > last \
        or period_end(period, every) == today


def running(end: date | None, today: date) -> bool:
    """Whether a window is still running: it ends today or later ("this month" on its last day is not over)."""
    return end is not None and end >= today


def covered(first_day: date | None, start: date, end: date) -> str:
    """How much of a window the data covers: full, partial (the data starts inside it) or none."""
    if first_day is None or first_day > end:
        return "none"
    return "partial" if first_day > start else "full"


def _month_end(day: date) -> date:
    return day + relativedelta(day=31)
