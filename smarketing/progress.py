"""Progress of an objective against its target (docs/metrics.md): progress, expected progress, status and
the forecast at the deadline. Pure arithmetic; objectives.py measures the actual value.

Counts and sums over the objective's window (entries into a stage, won value) are `cumulative`: they start
from zero on the start day, their progress is the share of the target reached, the run-rate forecasts the
end, and the status follows that forecast, so 0 of 190.000 EUR with a 0 EUR forecast is never "on track".
Too early to say in the first tenth of the window or its first week; before its start day an objective has not
started, which says when it will rather than a dash against its target. A ceiling on a count or a sum is used up
over the window: missed once passed, done once the window is over within it. Levels (rates, costs, days, scores)
start from the baseline, with the formulas of docs/metrics.md, and are forecast to stay where they are; their status
compares progress with the elapsed share; one the baseline already met is a level to keep, held or not. After the
deadline an objective not done is off track, however close it came."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CUMULATIVE = {"stage_entries", "won_value"}
ON_TRACK_SLACK, AT_RISK_SLACK = 0.10, 0.25            # levels: points below the expected progress
ON_TRACK_FORECAST, AT_RISK_FORECAST = 0.90, 0.75      # cumulative: the forecast's share of the target
TOO_EARLY_SHARE, TOO_EARLY_DAYS = 0.10, 7             # cumulative: no run-rate to trust before both


@dataclass
class Progress:
    actual: float | None
    baseline: float | None
    target: float | None
    progress: float | None
    expected_progress: float
    status: str | None          # done, on_track, at_risk, off_track, too_early, not_started; None: not measurable
    forecast: float | None      # the value expected at the deadline at today's pace
    forecast_progress: float | None
    kind: str = "level"         # cumulative (counts and sums over the window) or level
    # not measurable: the window's amounts are in these currencies, not (only) the objective's
    amounts_in: tuple[str, ...] = ()


def expected(start: date, deadline: date, today: date) -> float:
    """Elapsed share of the objective's window, between 0 and 1. Days are whole and both ends count, as the actual
    is measured: today's entries are in it, so today is an elapsed day, and the deadline day is one more to go
    (counting one and not the other inflated the run-rate by a day: 75 leads in 8 days of 28 forecast 289, not 262)."""
    if today < start:
        return 0.0
    return min(((today - start).days + 1) / ((deadline - start).days + 1), 1.0) if deadline >= start else 1.0


def kind_of(metric: str | None, direction: str | None) -> str:
    """Counts and sums over the window are cumulative whichever way they go: a cap ("non più di 5 opportunità da
    Fiere") is used up over the window, never met on its first day."""
    return "cumulative" if metric in CUMULATIVE else "level"


def compute(metric: str, direction: str | None, baseline: float | None, target: float | None, actual: float | None,
            start: date, deadline: date, today: date, data_start: date | None = None) -> Progress:
    """`data_start`: the first day the store has data for, when after `start`: before a week of it no pace is
    trusted (`too_early`); the run-rate stays the window's (docs/metrics.md, "Forecast")."""
    share = expected(start, deadline, today)
    kind = kind_of(metric, direction)
    if today < start:
        return Progress(actual, baseline, target, None, share, "not_started", None, None, kind)
    if actual is None or target is None or direction not in ("increase", "decrease"):
        return Progress(actual, baseline, target, None, share, None, None, None, kind)
    if kind == "cumulative" and direction == "decrease":
        return _cap(actual, baseline, target, share, start, deadline, today, data_start)
    cumulative = kind == "cumulative"
    base = 0.0 if cumulative else baseline
    done = actual >= target if direction == "increase" else actual <= target
    progress = _share(direction, base, target, actual)
    kept = not cumulative and base is not None and (base >= target if direction == "increase" else base <= target)
    if kept:
        # the start already met the target: a level to keep ("win rate mai sotto il 20%"), held or not; the formula
        # would turn a fall below it into progress past 100%
        progress = 1.0 if done else 0.0
    forecast = actual / share if cumulative and share > 0 else (None if cumulative else actual)
    forecast_progress = None if forecast is None else _share(direction, base, target, forecast)
    if not cumulative and today < deadline and _first_week(start, today, data_start):
        # a win rate over the first deal or two, a CAC over the first customer: no level yet, neither done nor off
        # track (a 13-month objective was "off track" in the meeting on its first day)
        status = "too_early"
    elif done:
        status = "done"
    elif progress is None:
        status = None
    elif today > deadline or kept:
        # the formula would call 95% "on track" once the window is over; a missed deadline is missed, and a level to
        # keep that is not kept is missed as it stands (a level is forecast to stay where it is)
        status = "off_track"
    elif cumulative and (_too_early(share, start, deadline, today, data_start)
                         or (today < deadline and forecast_progress is None)):
        status = "too_early"
    elif cumulative and forecast_progress is not None:
        status = _band(forecast_progress, ON_TRACK_FORECAST, AT_RISK_FORECAST)
    else:
        status = _band(progress, share - ON_TRACK_SLACK, share - AT_RISK_SLACK)
    return Progress(actual, baseline, target, progress, share, status, forecast, forecast_progress, kind)


def _cap(actual: float, baseline: float | None, target: float, share: float, start: date, deadline: date,
         today: date, data_start: date | None) -> Progress:
    """A count or a sum with a ceiling over the window: it only grows, so past the ceiling it is missed for good,
    and it is done only once the window is over. In between the run-rate forecasts the end; its share of the
    ceiling (`forecast_progress`) sets the status with the bands of a cumulative objective, mirrored. No progress:
    the ceiling is an allowance, not a target to move toward."""
    forecast = actual / share if share > 0 else None
    used = None if forecast is None or target <= 0 else forecast / target
    if actual > target:
        status = "off_track"
    elif today > deadline:
        status = "done"
    elif _too_early(share, start, deadline, today, data_start) or (today < deadline and used is None):
        status = "too_early"
    else:
        status = _band(1 / used if used else 1.0, ON_TRACK_FORECAST, AT_RISK_FORECAST)
    return Progress(actual, baseline, target, None, share, status, forecast, used, "cumulative")


def _too_early(share: float, start: date, deadline: date, today: date, data_start: date | None) -> bool:
    """No run-rate to trust yet: the first tenth of the window, or its first week of data. Never on the deadline
    day: the window is whole then, and a week's objective is judged."""
    return today < deadline and (share <= TOO_EARLY_SHARE or _first_week(start, today, data_start))


def _first_week(start: date, today: date, data_start: date | None) -> bool:
    return (today - max(start, data_start or start)).days < TOO_EARLY_DAYS


def _band(value: float, on_track: float, at_risk: float) -> str:
    if value >= on_track:
        return "on_track"
    return "at_risk" if value >= at_risk else "off_track"


def _share(direction: str, base: float | None, target: float, value: float) -> float | None:
    if base is None:
        return None
    span = (target - base) if direction == "increase" else (base - target)
    if span == 0:
        return None
    moved = (value - base) if direction == "increase" else (base - value)
    return moved / span
