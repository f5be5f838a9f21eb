"""Progress of an objective against its target (DESIGN section 5): progress, expected progress, status and
the forecast at the deadline. Pure arithmetic; objectives.py measures the actual value.

Counts and sums over the objective's window (entries into a stage, won value) start from zero on the
start day: their progress is the share of the target reached, and the run-rate forecasts the end. Levels
(rates, costs, days, scores) start from the baseline, with DESIGN's formulas, and their run-rate is the
level itself: the forecast is that it stays where it is. After the deadline an objective not done is off
track, however close it came."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CUMULATIVE = {"stage_entries", "won_value"}
ON_TRACK_SLACK, AT_RISK_SLACK = 0.10, 0.25


@dataclass
class Progress:
    actual: float | None
    baseline: float | None
    target: float | None
    progress: float | None
    expected_progress: float
    status: str | None          # done, on_track, at_risk, off_track; None when it cannot be measured
    forecast: float | None      # the value expected at the deadline at today's pace
    forecast_progress: float | None


def expected(start: date, deadline: date, today: date) -> float:
    """Elapsed share of the objective's window, between 0 and 1."""
    total = (deadline - start).days
    if total <= 0:
        return 1.0
    return min(max((today - start).days / total, 0.0), 1.0)


def compute(metric: str, direction: str, baseline: float | None, target: float | None, actual: float | None,
            start: date, deadline: date, today: date) -> Progress:
    share = expected(start, deadline, today)
    if actual is None or target is None or direction not in ("increase", "decrease"):
        return Progress(actual, baseline, target, None, share, None, None, None)
    cumulative = metric in CUMULATIVE and direction == "increase"
    base = 0.0 if cumulative else baseline
    done = actual >= target if direction == "increase" else actual <= target
    progress = _share(direction, base, target, actual)
    forecast = actual / share if cumulative and share > 0 else (None if cumulative else actual)
    forecast_progress = None if forecast is None else _share(direction, base, target, forecast)
    if progress is None:
        status = "done" if done else None
    elif done:
        status = "done"
    elif today > deadline:
        # the formula would call 95% "on track" once the window is over; a missed deadline is missed
        status = "off_track"
    elif progress >= share - ON_TRACK_SLACK:
        status = "on_track"
    elif progress >= share - AT_RISK_SLACK:
        status = "at_risk"
    else:
        status = "off_track"
    return Progress(actual, baseline, target, progress, share, status, forecast, forecast_progress)


def _share(direction: str, base: float | None, target: float, value: float) -> float | None:
    if base is None:
        return None
    span = (target - base) if direction == "increase" else (base - target)
    if span == 0:
        return None
    moved = (value - base) if direction == "increase" else (base - value)
    return moved / span

