"""The period presets, the comparison windows and what is partial (docs/metrics.md, "Periods and
comparisons"), worked out on a calendar. Today is Tuesday 1 December 2026 unless said."""

from __future__ import annotations

from datetime import date

import pytest

from smarketing import periods

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(("preset", "window"), [
    ("this_month", (date(2026, 12, 1), date(2026, 12, 31))),
    ("last_month", (date(2026, 11, 1), date(2026, 11, 30))),
    ("this_quarter", (date(2026, 10, 1), date(2026, 12, 31))),
    ("last_quarter", (date(2026, 7, 1), date(2026, 9, 30))),
    ("year_to_date", (date(2026, 1, 1), date(2026, 12, 1))),
    # the hand-off's backlog alert's window, today included
    ("last_90_days", (date(2026, 9, 3), date(2026, 12, 1))),
    ("last_12_months", (date(2025, 12, 2), date(2026, 12, 1))),
    ("all_time", (None, None)),
])
def test_presets_name_calendar_windows(preset, window):
    assert periods.preset_window(preset, TODAY) == window


@pytest.mark.parametrize(("start", "end", "how", "every", "expected"), [
    # this month, one day in: the same day of last month, never the whole of November
    (date(2026, 12, 1), date(2026, 12, 31), "previous", None, (date(2026, 11, 1), date(2026, 11, 1))),
    (date(2026, 12, 1), date(2026, 12, 31), "year", None, (date(2025, 12, 1), date(2025, 12, 1))),
    # a whole month against the whole month before, whatever their lengths
    (date(2026, 11, 1), date(2026, 11, 30), "previous", None, (date(2026, 10, 1), date(2026, 10, 31))),
    (date(2026, 3, 1), date(2026, 3, 31), "previous", None, (date(2026, 2, 1), date(2026, 2, 28))),
    # this quarter so far against the same days of the quarter before
    (date(2026, 10, 1), date(2026, 12, 31), "previous", None, (date(2026, 7, 1), date(2026, 9, 1))),
    (date(2026, 7, 1), date(2026, 9, 30), "previous", None, (date(2026, 4, 1), date(2026, 6, 30))),
    # the year to date against the same days of last year, never 1 February-1 January: its calendar period is
    # the year; a quarter or a month so far that stops on a day, against the quarter or month before
    (date(2026, 1, 1), date(2026, 11, 25), "previous", None, (date(2025, 1, 1), date(2025, 11, 25))),
    (date(2026, 1, 1), date(2026, 11, 25), "year", None, (date(2025, 1, 1), date(2025, 11, 25))),
    (date(2026, 10, 1), date(2026, 12, 1), "previous", None, (date(2026, 7, 1), date(2026, 9, 1))),
    (date(2026, 12, 1), date(2026, 12, 1), "previous", None, (date(2026, 11, 1), date(2026, 11, 1))),
    # a window from the 1st that is no calendar period so far: back by the months it spans
    (date(2026, 8, 1), date(2026, 9, 20), "previous", None, (date(2026, 6, 1), date(2026, 7, 20))),
    (date(2026, 1, 1), date(2026, 3, 31), "previous", None, (date(2025, 10, 1), date(2025, 12, 31))),
    # year to date week by week: 52 weeks back, the same weekdays of last year
    (date(2026, 1, 1), date(2026, 11, 25), "previous", "week", (date(2025, 1, 2), date(2025, 11, 26))),
    # a week so far (Monday 30 November, Tuesday 1 December) against Monday and Tuesday of the week before
    (date(2026, 11, 30), date(2026, 12, 6), "previous", None, (date(2026, 11, 23), date(2026, 11, 24))),
    # a week whose Monday is the 1st (1 June 2026) against the week before, never 1-7 May (review 25: the Overview's
    # week of Monday 1 January set against 1-5 December); its month is still a month
    (date(2026, 6, 1), date(2026, 6, 7), "previous", None, (date(2026, 5, 25), date(2026, 5, 31))),
    (date(2026, 6, 1), date(2026, 6, 7), "year", None, (date(2025, 6, 2), date(2025, 6, 8))),
    (date(2026, 6, 1), date(2026, 6, 30), "previous", None, (date(2026, 5, 1), date(2026, 5, 31))),
    # a year back for a week: 52 weeks, the same weekdays (1 December 2025 was a Monday)
    (date(2026, 11, 30), date(2026, 12, 6), "year", None, (date(2025, 12, 1), date(2025, 12, 2))),
    # any other window moves back by its own length
    (date(2026, 11, 5), date(2026, 11, 18), "previous", None, (date(2026, 10, 22), date(2026, 11, 4))),
    (date(2024, 2, 29), date(2024, 3, 10), "year", None, (date(2023, 2, 28), date(2023, 3, 10))),
    # counted by week: whole weeks back, so the weeks line up
    (date(2026, 11, 5), date(2026, 11, 18), "previous", "week", (date(2026, 10, 22), date(2026, 11, 4))),
    (date(2026, 11, 6), date(2026, 11, 26), "previous", "week", (date(2026, 10, 16), date(2026, 11, 5))),
    # week by week beside a quarter or a month: the window's own comparison in whole weeks (13 back, 4 back), the
    # weeks of the window the page names, never the weeks just before the window
    (date(2026, 10, 1), date(2026, 12, 31), "previous", "week", (date(2026, 7, 2), date(2026, 9, 1))),
    (date(2026, 10, 1), date(2026, 10, 31), "previous", "week", (date(2026, 9, 3), date(2026, 10, 3))),
    # month by month beside the last 12 months or the last 90 days: 12 and 3 months back, as the cards; the 13 and
    # 4 calendar months they touch set November against October a year earlier
    (date(2025, 12, 2), date(2026, 12, 1), "previous", "month", (date(2024, 12, 2), date(2025, 12, 1))),
    (date(2026, 9, 3), date(2026, 12, 1), "previous", "month", (date(2026, 6, 3), date(2026, 9, 1))),
    # 45 days month by month: two months back, never one that overlaps the window
    (date(2026, 10, 21), date(2026, 12, 4), "previous", "month", (date(2026, 8, 21), date(2026, 10, 1))),
])
def test_comparison_windows(start, end, how, every, expected):
    window = periods.comparison(start, end, TODAY, how, every)
    assert (window.start, window.end) == expected
    if every == "week":
        assert window.shift.days % 7 == 0 and not window.shift.months


@pytest.mark.parametrize(("today", "preset", "every", "expected"), [
    # review of 5 December: on a Monday the last 12 months start on a Monday, and were moved back 53 weeks
    # (23/12/2024-22/12/2025 for 29/12/2025-28/12/2026), month by month against the month before last year's
    (date(2026, 12, 28), "last_12_months", None, (date(2024, 12, 29), date(2025, 12, 28))),
    (date(2026, 12, 28), "last_12_months", "month", (date(2024, 12, 29), date(2025, 12, 28))),
    (date(2026, 12, 28), "last_12_months", "week", (date(2024, 12, 30), date(2025, 12, 29))),
    # the year to date on the last day of a month was whole months back (1 February-31 December 2025)...
    (date(2026, 11, 30), "year_to_date", None, (date(2025, 1, 1), date(2025, 11, 30))),
    (date(2026, 11, 30), "year_to_date", "week", (date(2025, 1, 2), date(2025, 12, 1))),
    # ... and in the first quarter the quarter or the month so far (1 October-15 December, 1-4 December)
    (date(2027, 3, 15), "year_to_date", None, (date(2026, 1, 1), date(2026, 3, 15))),
    (date(2027, 1, 4), "year_to_date", None, (date(2026, 1, 1), date(2026, 1, 4))),
    (date(2027, 2, 28), "year_to_date", "month", (date(2026, 1, 1), date(2026, 2, 28))),
    # the same days as the month and the quarter so far
    (date(2027, 1, 4), "this_month", None, (date(2026, 12, 1), date(2026, 12, 4))),
    (date(2027, 1, 4), "this_quarter", None, (date(2026, 10, 1), date(2026, 10, 4))),
    # the last 90 days are 90 days back, also on a Saturday when they start on a Monday (91 before) or when they start
    # on the 1st (whole months before)
    (date(2026, 12, 5), "last_90_days", None, (date(2026, 6, 9), date(2026, 9, 6))),
    (date(2027, 2, 28), "last_90_days", None, (date(2026, 9, 2), date(2026, 11, 30))),
])
def test_a_presets_comparison_is_its_own_kind_of_window(today, preset, every, expected):
    start, end = periods.preset_window(preset, today)
    window = periods.comparison(start, end, today, "previous", every, periods.PRESET_UNITS[preset])
    assert (window.start, window.end) == expected


@pytest.mark.parametrize(("start", "end", "today", "expected"), [
    # the same windows typed as dates (the CLI's --start and --end): 365 days from a Monday are no run of weeks, and
    # a window from 1 January to today is the year so far
    (date(2025, 12, 29), date(2026, 12, 28), date(2026, 12, 28), (date(2024, 12, 29), date(2025, 12, 28))),
    (date(2026, 1, 1), date(2026, 11, 30), date(2026, 11, 30), (date(2025, 1, 1), date(2025, 11, 30))),
    # whole months chosen before their end is today stay whole months
    (date(2026, 1, 1), date(2026, 11, 30), date(2026, 12, 5), (date(2025, 2, 1), date(2025, 12, 31))),
    # four weeks from a Monday are still weeks
    (date(2026, 11, 2), date(2026, 11, 29), date(2026, 12, 5), (date(2026, 10, 5), date(2026, 11, 1))),
])
def test_dates_alone_are_read_as_the_window_they_most_likely_are(start, end, today, expected):
    window = periods.comparison(start, end, today, "previous")
    assert (window.start, window.end) == expected


@pytest.mark.parametrize(("period", "every", "start", "end", "partial"), [
    (date(2026, 11, 30), "week", None, None, True),                      # the current week
    (date(2026, 11, 23), "week", None, None, False),
    (date(2026, 12, 1), "month", None, None, True),                      # December, one day in
    (date(2026, 11, 1), "month", None, None, False),
    (date(2026, 11, 2), "week", date(2026, 11, 5), date(2026, 11, 30), True),   # cut by the window's start
    (date(2026, 11, 23), "week", date(2026, 11, 1), date(2026, 11, 25), True),  # cut by the window's end
    (None, "week", None, None, False),                                   # no date: not a period at all
    (None, None, date(2026, 12, 1), date(2026, 12, 31), True),           # a window not over yet
    (None, None, date(2026, 11, 1), date(2026, 11, 30), False),
    (None, None, None, None, False),
])
def test_partial(period, every, start, end, partial):
    assert periods.partial(period, every, start, end, TODAY) is partial


@pytest.mark.parametrize(("first_day", "covered"), [
    (None, "none"), (date(2026, 12, 1), "none"), (date(2026, 11, 10), "partial"), (date(2026, 11, 1), "full")])
def test_coverage(first_day, covered):
    assert periods.covered(first_day, date(2026, 11, 1), date(2026, 11, 30)) == covered


def test_today_is_fixed_by_the_environment(monkeypatch):
    monkeypatch.setenv("SMARKETING_TODAY", "2027-02-03")
    assert periods.today() == date(2027, 2, 3)


def test_the_last_days_include_today_and_the_last_whole_week_is_over():
    assert periods.last_days(90, date(2026, 11, 25)) == (date(2026, 8, 28), date(2026, 11, 25))
    assert periods.last_days(1, date(2026, 11, 25)) == (date(2026, 11, 25), date(2026, 11, 25))
    # Wednesday 25 November: the week of 16-22 November; on a Monday, the week that just ended
    assert periods.last_whole_week(date(2026, 11, 25)) == date(2026, 11, 16)
    assert periods.last_whole_week(date(2026, 11, 23)) == date(2026, 11, 16)


@pytest.mark.parametrize(("text", "day"), [
    ("30/11/2026", date(2026, 11, 30)), ("01/11/2026", date(2026, 11, 1)), ("30.11.2026", date(2026, 11, 30)),
    ("30/11/2026 10:00", date(2026, 11, 30)), ("11/01/2026 10:00", date(2026, 1, 11)), ("1/1/99", date(1999, 1, 1)),
    ("2026-11-30", date(2026, 11, 30)), ("2026/11/30", date(2026, 11, 30)), ("30 Nov 2026", date(2026, 11, 30)),
    ("25 gennaio 2027", date(2027, 1, 25)),
    # review of 5 December: written month first, a date was read month first when its day was over 12, and
    # beside it 11/01/2026 was 11 January; with a time or a word around it the strict reading was bypassed
    ("11/30/2026", None), ("11/30/26", None), ("11/30/2026 10:00", None), ("martedì 11/30/2026", None),
    ("11/30/2026.", None), ("11 30 2026", None), ("31/02/2026", None),
])
def test_a_day_in_figures_is_day_month_year_whatever_surrounds_it(text, day):
    assert periods.day_of(text) == day
