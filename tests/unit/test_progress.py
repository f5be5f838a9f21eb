"""Progress, expected progress, status and forecast (docs/metrics.md), worked out by hand.

Every objective here runs 100 days, from 1 January to 10 April 2027 (both days count, as the actual counts today's
entries: on day(n) n days have elapsed, today included), so a day is one point of expected progress. Levels: on
track down to expected - 10 points, at risk down to expected - 25. Counts and sums:
on track when the forecast at the deadline reaches 90% of the target, at risk from 75%, too early in the
first tenth of the window or its first week."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smarketing import progress

START = date(2027, 1, 1)
DEADLINE = START + timedelta(days=99)


def day(n: int) -> date:
    """The n-th day of the window: day(1) is the start day, day(100) the deadline."""
    return START + timedelta(days=n - 1)


@pytest.mark.parametrize(
    ("metric", "direction", "baseline", "target", "actual", "today", "expected"),
    [
        # a level going up: (0.25 - 0.20) / (0.30 - 0.20); it is forecast to stay where it is
        ("conversion", "increase", 0.20, 0.30, 0.25, day(50), (0.5, 0.5, "on_track", 0.25, 0.5)),
        # a level going down: (1000 - 950) / (1000 - 800) = 0.25, exactly expected - 25 points: at risk
        ("cac", "decrease", 1000, 800, 950, day(50), (0.25, 0.5, "at_risk", 950, 0.25)),
        ("cac", "decrease", 1000, 800, 980, day(50), (0.1, 0.5, "off_track", 980, 0.1)),
        # past the target: done, progress above 100%
        ("cac", "decrease", 1000, 800, 790, day(50), (1.05, 0.5, "done", 790, 1.05)),
        # exactly expected - 10 points: still on track
        ("velocity", "decrease", 60, 40, 52, day(50), (0.4, 0.5, "on_track", 52, 0.4)),
        # worse than the baseline: negative progress
        ("win_rate", "increase", 0.20, 0.30, 0.18, day(20), (-0.2, 0.2, "off_track", 0.18, -0.2)),
        # counts start from zero on the start day; the run-rate forecasts 30 / 0.5 = 60 by the deadline: half
        # the target is off track, whatever the elapsed share
        ("stage_entries", "increase", 45, 120, 30, day(50), (0.25, 0.5, "off_track", 60, 0.5)),
        ("won_value", "increase", 150000, 200000, 90000, day(40), (0.45, 0.4, "on_track", 225000, 1.125)),
        # forecast 108 of 120 is exactly 90%: on track; 90 of 120 is exactly 75%: at risk; below, off track
        ("stage_entries", "increase", 45, 120, 54, day(50), (0.45, 0.5, "on_track", 108, 0.9)),
        ("stage_entries", "increase", 45, 120, 45, day(50), (0.375, 0.5, "at_risk", 90, 0.75)),
        ("stage_entries", "increase", 45, 120, 44, day(50), (44 / 120, 0.5, "off_track", 88, 88 / 120)),
        ("stage_entries", "increase", None, 120, 120, day(80), (1.0, 0.8, "done", 150, 1.25)),
        # on the start day its first day is elapsed: nothing yet, and too early to say
        ("stage_entries", "increase", 45, 120, 0, day(1), (0.0, 0.01, "too_early", 0.0, 0.0)),
        # the fair-revenue case: nothing won yet with 10% of the window gone is too early, with 30% off track
        ("won_value", "increase", None, 190000, 0, day(10), (0.0, 0.1, "too_early", 0, 0.0)),
        ("won_value", "increase", None, 190000, 0, day(30), (0.0, 0.3, "off_track", 0, 0.0)),
        # a busy first week is still too early: 6 days are not a run-rate (here 6% of the window)
        ("stage_entries", "increase", 45, 120, 40, day(6), (40 / 120, 0.06, "too_early", 40 / 0.06, 40 / 7.2)),
        # after the deadline the whole window has elapsed, and 83% is a miss, not "at risk"
        ("stage_entries", "increase", 45, 120, 100, day(130), (100 / 120, 1.0, "off_track", 100, 100 / 120)),
        ("stage_entries", "increase", 45, 120, 100, day(100), (100 / 120, 1.0, "at_risk", 100, 100 / 120)),
    ],
)
def test_progress(metric, direction, baseline, target, actual, today, expected):
    p = progress.compute(metric, direction, baseline, target, actual, START, DEADLINE, today)
    assert (p.progress, p.expected_progress, p.status, p.forecast, p.forecast_progress) == pytest.approx(expected)


def test_a_level_without_baseline_has_no_progress_until_it_meets_the_target():
    missing = progress.compute("conversion", "increase", None, 0.30, 0.25, START, DEADLINE, day(50))
    met = progress.compute("conversion", "increase", None, 0.30, 0.31, START, DEADLINE, day(50))
    assert (missing.progress, missing.status) == (None, None)
    assert (met.progress, met.status) == (None, "done")


def test_the_first_week_of_data_is_too_early_even_late_in_the_window():
    """The store's data starts on day 40 (an objective set before the first import): 5 days of data."""
    p = progress.compute("stage_entries", "increase", None, 120, 10, START, DEADLINE, day(45), data_start=day(40))
    assert (p.status, p.kind) == ("too_early", "cumulative")
    assert progress.compute("stage_entries", "increase", None, 120, 10, START, DEADLINE, day(47),
                            data_start=day(40)).status == "off_track"


@pytest.mark.parametrize(("metric", "direction", "kind"), [
    ("conversion", "increase", "level"), ("stage_entries", "increase", "cumulative")])
def test_an_objective_before_its_start_has_not_started(metric, direction, kind):
    """A quarter's objective drafted in the month before: nothing to measure, forecast or expect yet."""
    p = progress.compute(metric, direction, 0.2, 0.3, 0.25, START, DEADLINE, day(-3))
    assert (p.status, p.kind, p.progress, p.expected_progress, p.forecast) == ("not_started", kind, None, 0.0, None)
    # on the start day it has started, and is too early to judge: a count has no run-rate, a rate no level yet
    assert progress.compute(metric, direction, 0.2, 0.3, 0.0 if kind == "cumulative" else 0.2, START, DEADLINE,
                            day(1)).status == "too_early"


@pytest.mark.parametrize(("actual", "today", "status"), [
    # the first deal of the window lost: 0% is no level yet, nor is 100% after the first deal won
    (0.0, day(1), "too_early"), (1.0, day(3), "too_early"), (0.0, day(7), "too_early"),
    # from the eighth day the level is judged
    (0.0, day(8), "off_track"), (0.31, day(8), "done"),
    # a window of a week is judged on its last day
    (0.0, day(100), "off_track"),
])
def test_a_level_is_too_early_to_judge_in_its_first_week(actual, today, status):
    assert progress.compute("win_rate", "increase", 0.25, 0.30, actual, START, DEADLINE, today).status == status


@pytest.mark.parametrize(("metric", "direction", "kind"), [
    ("stage_entries", "increase", "cumulative"), ("won_value", "increase", "cumulative"),
    ("conversion", "increase", "level"), ("cac", "decrease", "level"), ("stage_entries", "decrease", "cumulative"),
    ("won_value", "decrease", "cumulative")])
def test_kind(metric, direction, kind):
    assert progress.kind_of(metric, direction) == kind


def test_nothing_measured_means_no_status():
    p = progress.compute("stage_entries", "increase", 45, 120, None, START, DEADLINE, day(10))
    assert (p.progress, p.expected_progress, p.status, p.forecast) == (None, pytest.approx(0.1), None, None)


def test_a_target_equal_to_the_baseline_is_a_level_to_keep():
    p = progress.compute("cpl", "decrease", 40, 40, 45, START, DEADLINE, day(10))
    assert (p.progress, p.status) == (0.0, "off_track")
    p = progress.compute("cpl", "decrease", 40, 40, 38, START, DEADLINE, day(10))
    assert (p.progress, p.status) == (1.0, "done")


@pytest.mark.parametrize(("metric", "direction", "baseline", "target", "actual", "expected"), [
    # "conversione MQL → SQL mai sotto il 70%" from 80%: at 61,9% the floor is broken, never 181% on track
    ("conversion", "increase", 0.80, 0.70, 0.619, (0.0, "off_track")),
    ("conversion", "increase", 0.80, 0.70, 0.75, (1.0, "done")),
    # "CAC al massimo 1.000 €" from 900 €: at 1.100 € the ceiling is passed
    ("cac", "decrease", 900, 1000, 1100, (0.0, "off_track")),
    ("cac", "decrease", 900, 1000, 950, (1.0, "done")),
])
def test_a_level_the_start_already_met_is_kept_or_not(metric, direction, baseline, target, actual, expected):
    p = progress.compute(metric, direction, baseline, target, actual, START, DEADLINE, day(30))
    assert (p.progress, p.status) == expected


@pytest.mark.parametrize(("actual", "today", "expected"), [
    # "non più di 5 nuove opportunità da Fiere": on day 3 nothing is settled, however few so far
    (0, day(3), ("too_early", 0.0, 0.0)),
    # day 50 of 100: 2 so far runs to 4, 80% of the ceiling
    (2, day(50), ("on_track", 4.0, 0.8)),
    # 3 by day 50 runs to 6: 120% of the ceiling, 1 / 1,2 = 83% of it left in hand, at risk
    (3, day(50), ("at_risk", 6.0, 1.2)),
    (4, day(50), ("off_track", 8.0, 1.6)),
    # past the ceiling it is missed for good: a count over the window only grows
    (6, day(50), ("off_track", 12.0, 2.4)),
    # the window over within the ceiling
    (5, day(101), ("done", 5.0, 1.0)),
])
def test_a_ceiling_on_a_count_is_used_up_over_the_window(actual, today, expected):
    p = progress.compute("stage_entries", "decrease", 0, 5, actual, START, DEADLINE, today)
    assert (p.status, p.forecast, p.forecast_progress) == expected
    assert (p.kind, p.progress) == ("cumulative", None)


@pytest.mark.parametrize(("today", "share"), [(day(-5), 0.0), (day(0), 0.0), (day(1), 0.01), (day(25), 0.25),
                                              (day(100), 1.0), (day(365), 1.0)])
def test_expected_progress_is_the_elapsed_share_of_the_window(today, share):
    assert progress.expected(START, DEADLINE, today) == share


def test_a_week_is_judged_on_its_last_day():
    # Monday to Sunday: on Sunday the week is whole, 40 of 50 is 80%, at risk, never "too early"
    monday, sunday = date(2026, 11, 30), date(2026, 12, 6)
    assert progress.compute("stage_entries", "increase", 0, 50, 40, monday, sunday, sunday).status == "at_risk"
    assert progress.compute("stage_entries", "increase", 0, 50, 40, monday, sunday, date(2026, 12, 5)).status == \
        "too_early"


def test_the_run_rate_counts_today_as_an_elapsed_day():
    """The actual holds today's entries: 75 leads from Monday 23 to Monday 30 November are 8 days of a 28-day window
    ending on 20 December, 262,5 at that pace (87,5%: at risk). Counting 7 days forecast 289 and "on track"."""
    p = progress.compute("stage_entries", "increase", None, 300, 75, date(2026, 11, 23), date(2026, 12, 20),
                         date(2026, 11, 30))
    assert (p.expected_progress, p.forecast, p.forecast_progress, p.status) == pytest.approx(
        (8 / 28, 262.5, 0.875, "at_risk"))
