"""What the Objectives pages show, shaped from the store in numbers and codes: board rows, the progress series
of one objective, and the lines of its chart. objectivewords words them; the pages only lay them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from types import EllipsisType
from typing import TypedDict

import duckdb

from smarketing import choices, metrics, objectives, periods, progress, settings


def latest_confidences(con: duckdb.DuckDBPyConnection, objective_id: int) -> tuple[date | None, list[int]]:
    """The latest week with check-ins, and the owners' confidences of that week."""
    rows = objectives.checkins(con, objective_id)
    if not rows:
        return None, []
    return rows[0]["week"], [r["confidence"] for r in rows
                             if r["week"] == rows[0]["week"] and r["confidence"] is not None]


CHILD_MARK = "↳ "


def same_measure(parent: objectives.Objective, child: objectives.Objective) -> bool:
    """A child counts toward its parent when it measures the same thing (the same metric, stage or step),
    whatever its scope: "20 clienti dai webinar" under "40 nuovi clienti"."""
    return all(parent[k] == child[k] for k in ("metric", "from_stage", "to_stage", "unit"))


@dataclass(frozen=True)
class Rollup:
    """What the children measuring the same count or sum add up to, against the parent's target."""

    total: float
    target: float
    children: int


@dataclass(frozen=True)
class BoardRow:
    """One active objective on the board in numbers and codes; objectivewords.worded gives its words."""

    objective: objectives.Objective
    progress: progress.Progress
    child: bool                  # shown right under its parent
    confidence: float | None     # the owners' latest average
    flag: str | None             # objectives.disagreement between that confidence and the status
    rollup: Rollup | None

    @property
    def id(self) -> int:
        return self.objective["objective_id"]

    @property
    def status(self) -> str | None:
        return self.progress.status

    @property
    def title(self) -> str:
        return (CHILD_MARK if self.child else "") + self.objective["title"]

    @property
    def shown_progress(self) -> float | None:
        """Progress clipped to the bar, 0 to 1."""
        return None if self.progress.progress is None else max(0.0, min(self.progress.progress, 1.0))


def rollup(parent: objectives.Objective, parent_progress: progress.Progress,
           children: list[tuple[objectives.Objective, progress.Progress]]) -> Rollup | None:
    """The part of the parent the children's own plans cover. Rates, costs and days do not add up, so none
    there."""
    counted = [p for child, p in children if same_measure(parent, child) and p.kind == "cumulative"]
    if parent_progress.kind != "cumulative" or not counted or not parent_progress.target:
        return None
    return Rollup(sum(p.actual or 0 for p in counted), parent_progress.target, len(counted))


def board_columns(rows: list[BoardRow], columns: tuple[str, ...]) -> tuple[str, ...]:
    """The board's columns, with what the children add up to after the forecast when any parent has it."""
    if not any(r.rollup for r in rows):
        return columns
    at = columns.index("forecast") + 1
    return columns[:at] + ("rollup",) + columns[at:]


def measured(con: duckdb.DuckDBPyConnection, today: date, data_start: date | None | EllipsisType = ...
             ) -> list[tuple[objectives.Objective, progress.Progress]]:
    """Each active objective with its progress on `today`: all a status needs, without the board's confidences.
    `data_start`: metrics.first_day(con), read here once for all of them unless the caller read it already."""
    if data_start is ...:
        data_start = metrics.first_day(con)
    return [(row, objectives.progress_of(con, row, today, data_start)) for row in objectives.all_objectives(con)]


def board(con: duckdb.DuckDBPyConnection, today: date) -> list[BoardRow]:
    """One row per active objective: status, progress against the expected pace, owners, confidence; each
    child right under its parent, and the parent with what its children add up to."""
    data_start = metrics.first_day(con)
    pairs = measured(con, today, data_start)
    on_board = {row["objective_id"] for row, _ in pairs}
    rows = []
    for row, p in pairs:
        week, values = latest_confidences(con, row["objective_id"])
        # one owner worried while the numbers say on track is news, though the average (4 and 7: 5,5) hides it;
        # each is judged by the status of the week it was given in, as the detail judges it
        then = status_of_week(con, row, week, p, today, data_start) if week is not None and values else None
        flag = next((f for f in (objectives.disagreement(v, then) for v in values) if f), None)
        rows.append(BoardRow(
            row, p, row["parent_id"] in on_board, sum(values) / len(values) if values else None, flag,
            rollup(row, p, [(c, cp) for c, cp in pairs if c["parent_id"] == row["objective_id"]])))
    return rows


@dataclass(frozen=True)
class Page:
    """What the Objectives page shows before anything is chosen: the board, the team who can own an objective,
    what every page offers (the demo notice, the values an objective's scope can take, the journey's stages),
    and every objective (the detail's choice)."""

    board: list[BoardRow]
    team: list[objectives.Member]
    offered: choices.Choices
    objectives: list[objectives.Objective]   # every status, as objectives.all_objectives(con, None) lists them
    currency: str                            # the company's: an amount typed with none is in it


def page(con: duckdb.DuckDBPyConnection, today: date) -> Page:
    return Page(board(con, today), objectives.team(con), choices.read(con, today), objectives.all_objectives(con, None),
                settings.currency(con))


class Point(TypedDict):
    """A point of the detail chart's actual line: the objective's value at the end of a week."""

    day: date
    value: float | None


class LinePoint(TypedDict):
    """A point of the detail chart's target, pace or forecast line."""

    day: date
    value: float | None
    line: str                 # target, pace, forecast


def series(con: duckdb.DuckDBPyConnection, row: objectives.Objective, today: date) -> list[Point]:
    """The objective's value at the end of each week since its start (up to today): the actual line."""
    if row["metric"] is None or row["start_date"] is None or row["deadline"] is None or today < row["start_date"]:
        return []
    spec = objectives.Spec.of(row)
    points: list[Point] = []
    end = periods.monday(row["start_date"]) + timedelta(days=6)
    last = min(today, row["deadline"])
    while True:
        day = min(end, last)
        value = objectives.measure(con, spec, row["start_date"], day, today, row["objective_id"])
        points.append(Point(day=day, value=value))
        if day >= last:
            return points
        end += timedelta(days=7)


def chart_lines(row: objectives.Objective, p: progress.Progress, today: date) -> list[LinePoint]:
    """Target, pace and forecast as (day, value, line) points for the detail chart."""
    if p.target is None or row["start_date"] is None or row["deadline"] is None:
        return []
    start, deadline = row["start_date"], row["deadline"]
    origin = 0.0 if row["metric"] in progress.CUMULATIVE else (p.baseline if p.baseline is not None else p.target)
    lines = [
        LinePoint(day=start, value=p.target, line="target"), LinePoint(day=deadline, value=p.target, line="target"),
        LinePoint(day=start, value=origin, line="pace"), LinePoint(day=deadline, value=p.target, line="pace"),
    ]
    if p.forecast is not None and p.actual is not None and today < deadline:
        lines += [LinePoint(day=today, value=p.actual, line="forecast"),
                  LinePoint(day=deadline, value=p.forecast, line="forecast")]
    return lines


@dataclass(frozen=True)
class Detail:
    """One objective as its detail tab shows it, in numbers: the stored row, its progress, the weekly actual
    line and the target, pace and forecast lines of its chart, its check-ins and its change log."""

    objective: objectives.Objective
    progress: progress.Progress
    series: list[Point]
    lines: list[LinePoint]
    checkins: list[objectives.Checkin]
    changes: list[objectives.Change]
    # per check-in: whether its confidence disagrees with the status of its own week (objectives.disagreement)
    checkin_flags: list[str | None]


def detail(con: duckdb.DuckDBPyConnection, objective_id: int, today: date) -> Detail | None:
    """None when there is no such objective (removed since the list was drawn)."""
    row = objectives.get(con, objective_id)
    if row is None:
        return None
    data_start = metrics.first_day(con)
    p = objectives.progress_of(con, row, today, data_start)
    checkins = objectives.checkins(con, objective_id)
    return Detail(row, p, series(con, row, today), chart_lines(row, p, today), checkins,
                  objectives.changes(con, objective_id), _checkin_flags(con, row, checkins, p, today, data_start))


def _checkin_flags(con: duckdb.DuckDBPyConnection, row: objectives.Objective, checkins: list[objectives.Checkin],
                   now: progress.Progress, today: date, data_start: date | None) -> list[str | None]:
    """A check-in is judged by the status the numbers had at the end of its week (today for this week's), not by
    today's: a 9 given while on track stays a fair 9 when the objective slips later."""
    statuses: dict[date, str | None] = {}
    for c in checkins:
        if c["week"] not in statuses:
            statuses[c["week"]] = status_of_week(con, row, c["week"], now, today, data_start)
    return [objectives.disagreement(c["confidence"], statuses[c["week"]]) for c in checkins]


def status_of_week(con: duckdb.DuckDBPyConnection, row: objectives.Objective, week: date, now: progress.Progress,
                   today: date, data_start: date | None) -> str | None:
    """The status the numbers gave at the end of a week (its Sunday, today for this week's)."""
    day = min(week + timedelta(days=6), today)
    return now.status if day == today else objectives.progress_of(con, row, day, data_start).status


def typed_by(checkin: objectives.Checkin, team: list[objectives.Member]) -> str | None:
    """Who typed a check-in in for its owner, when that was someone else signed in: "Davide 7, tutto bene" entered
    by Luca is not Davide's word. None for the owner's own (their e-mail in Team), or on a computer nobody signs in
    to, where every change carries the same login name."""
    by = checkin["recorded_by"]
    own = next((m["email"] for m in team if m["name"] == checkin["author"]), None)
    if by is None or "@" not in by or by == checkin["author"] or (own and own.lower() == by.lower()):
        return None
    return by
