"""Alerts when a number moves: a stage's weekly entries, the deals lost and leads disqualified in a week, or a
step's conversion of a matured weekly cohort, this far from their average of the four weeks before; an
objective whose status changed in the last week; MQLs unanswered past the hand-off's limit. The Overview
lists them, the meeting's agenda (and so the weekly digest) is built from them; the thresholds are in Settings.

Entries are compared on the last complete week (a partial week would always look like a drop); conversion on
the latest weekly cohort that has matured (a younger one has not had the time to convert: docs/metrics.md), set
against the cohorts before at the same age."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import duckdb

from smarketing import coverage, db, freshness, metrics, objective_views, overview, periods, stages
from smarketing.errors import SmarketingError
from smarketing.metricrows import SlaRow

AVERAGE_WEEKS = 4
# numbers too small to mean anything: no alert below them
MIN_ENTRIES, MIN_COHORT = 3, 5
# an objective that starts is no worsening: not_started weighs as much as too_early
SEVERITY = {"off_track": 3, "at_risk": 2, "too_early": 1, "not_started": 1, "on_track": 1, "done": 0}


@dataclass(frozen=True)
class Thresholds:
    entries: float = 0.20        # a stage's weekly entries this far from their average (a fraction)
    conversion: float = 0.20     # a step's matured weekly conversion this far from its average
    backlog_days: int = 7        # an MQL unanswered this long is past the hand-off's limit


def thresholds(con: duckdb.DuckDBPyConnection) -> Thresholds:
    found = db.rows(con, "settings/get", key="alerts")
    return Thresholds(**json.loads(found[0]["value"])) if found else Thresholds()


def save_thresholds(con: duckdb.DuckDBPyConnection, wanted: Thresholds) -> Thresholds:
    if not (0 < wanted.entries <= 5 and 0 < wanted.conversion <= 5):
        raise SmarketingError("error.alerts_percent")
    if not 1 <= wanted.backlog_days <= 90:
        raise SmarketingError("error.alerts_days")
    db.execute(con, "settings/put", key="alerts", value=json.dumps(asdict(wanted)))
    return wanted


@dataclass(frozen=True)
class Alert:
    """A number that moved: a sentence's key and its facts as the data holds them, worded at the edge
    (agendawords.say)."""

    kind: str                    # entries, losses, conversion, status, backlog
    severity: str                # high, medium, info
    what: str                    # the sentence's key under [agenda] in texts.toml
    facts: dict[str, Any] = field(default_factory=dict)
    size: float = 0.0            # how far the number moved: the largest first
    objective_id: int | None = None
    rising: bool | None = None   # whether the number went up (entries, losses, conversion), for its arrow


def moves(con: duckdb.DuckDBPyConnection, reference: date, today: date, limits: Thresholds,
          newest: date | None = None, undrawn: tuple[str, ...] | None = None) -> tuple[list[Alert], list[Alert]]:
    """Stage entries of the week from `reference` (a Monday), and conversion of each step's latest matured
    weekly cohort up to that week, against the average of the four weeks before; largest first. None when the data
    tells of no day of that week: an export of the 14th read on the 30th has no week of the 23rd to fall in
    (`newest`, the newest day the data tells of: read from the store unless given). The stages the weekly chart leaves
    out (`undrawn`: coverage.Coverage.undrawn, read unless given) move in no alert either."""
    newest = newest or freshness.freshness(con, today).newest
    if newest is None or newest < reference:
        return [], []
    if undrawn is None:
        undrawn = coverage.read(con, stages.stages(con)).undrawn()
    entries = sorted(_entry_moves(con, reference, limits, undrawn) + _loss_moves(con, reference, limits),
                     key=lambda a: -a.size)
    return entries, _conversion_moves(con, reference, today, limits)


def _entry_moves(con: duckdb.DuckDBPyConnection, reference: date, limits: Thresholds,
                 undrawn: tuple[str, ...]) -> list[Alert]:
    last = reference + timedelta(days=6)
    # (only the counts are read here: no week is to be marked, the data is known to reach the reference week)
    frame = overview.weekly_stage_entries(con, reference - timedelta(weeks=AVERAGE_WEEKS), last, last, newest=last)
    counts: dict[str, dict[date, int]] = {}
    for row in frame.itertuples():
        counts.setdefault(row.stage, {})[row.week.date() if hasattr(row.week, "date") else row.week] = row.entries
    rows = stages.stages(con)
    labels = stages.names(rows)
    earlier = [reference - timedelta(weeks=n) for n in range(1, AVERAGE_WEEKS + 1)]
    found = []
    for stage in (s for s in stages.path(rows) if s not in undrawn):
        now = counts.get(stage, {}).get(reference, 0)
        average = sum(counts.get(stage, {}).get(w, 0) for w in earlier) / AVERAGE_WEEKS
        if average <= 0 or max(now, average) < MIN_ENTRIES:
            continue
        change = (now - average) / average
        if abs(change) >= limits.entries:
            found.append(Alert("entries", "medium" if change < 0 else "info",
                               "stage_move_one" if now == 1 else "stage_move", {
                "stage": labels[stage], "count": now, "week": reference, "average": average, "change": change},
                abs(change), rising=change > 0))
    return found


def _loss_moves(con: duckdb.DuckDBPyConnection, reference: date, limits: Thresholds) -> list[Alert]:
    """Deals lost, and leads disqualified before becoming deals, in the week from `reference` against the four
    weeks before, by the day they closed (the win rate's count): more of them is the worse news, and whose it
    is differs (a lost deal is Sales', a disqualified lead says what Marketing sent)."""
    query = metrics.Query(every="week", start=reference - timedelta(weeks=AVERAGE_WEEKS),
                          end=reference + timedelta(days=6), today=reference + timedelta(days=6))
    weeks = {r["period"]: r for r in metrics.compute(con, "win_rate", query)}
    earlier = [reference - timedelta(weeks=n) for n in range(1, AVERAGE_WEEKS + 1)]
    found = []
    for key in ("lost", "disqualified"):
        now = weeks[reference][key] if reference in weeks else 0
        average = sum(weeks[w][key] for w in earlier if w in weeks) / AVERAGE_WEEKS
        if average <= 0 or max(now, average) < MIN_ENTRIES:
            continue
        change = (now - average) / average
        if abs(change) >= limits.entries:
            found.append(Alert("losses", "medium" if change > 0 else "info", f"{key}_move", {
                "count": now, "week": reference, "average": average, "change": change}, abs(change),
                rising=change > 0))
    return found


def _conversion_moves(con: duckdb.DuckDBPyConnection, reference: date, today: date,
                      limits: Thresholds) -> list[Alert]:
    rows = stages.stages(con)
    labels, path = stages.names(rows), stages.path(rows)
    found = []
    for a, b in zip(path, path[1:]):
        # a past meeting's agenda counts the conversions known on its day (on today's, all of them: the bound would
        # cost a third more on a million leads and change nothing)
        query = metrics.Query(every="week", mode="cohort", from_stage=a, to_stage=b, today=today,
                              as_of=today if today < periods.today() else None,
                              start=reference - timedelta(weeks=AVERAGE_WEEKS + 12), end=reference + timedelta(days=6))
        matured = [r for r in metrics.compute(con, "conversion", query)
                   if not r["maturing"] and not r["partial"] and r["entered"]]
        if len(matured) < AVERAGE_WEEKS + 1:
            continue
        latest, before = matured[-1], matured[-AVERAGE_WEEKS - 1:-1]
        if latest["entered"] < MIN_COHORT:
            continue
        # the cohorts before, at the age the latest has today: given more time, they converted more, and a
        # latest cohort set against their full age would always look like a drop
        weeks = {r["period"] for r in before}
        same_age = [r for r in metrics.compute(con, "conversion", replace(
            query, start=before[0]["period"], end=latest["period"] - timedelta(days=1),
            age=(today - latest["period"]).days)) if r["period"] in weeks]
        entered = sum(r["entered"] for r in same_age)
        usual = sum(r["converted"] for r in same_age) / entered
        rate = latest["conversion_rate"]
        if not usual or rate is None:
            continue
        change = (rate - usual) / usual
        if abs(change) >= limits.conversion:
            found.append(Alert("conversion", "medium" if change < 0 else "info", "cohort_move", {
                "a": labels[a], "b": labels[b], "week": latest["period"], "rate": rate, "usual": usual,
                "change": change}, abs(change), rising=change > 0))
    return sorted(found, key=lambda a: -a.size)


def status_changes(con: duckdb.DuckDBPyConnection, as_of: date,
                   board: list[objective_views.BoardRow] | None = None) -> list[Alert]:
    """Objectives whose status is not what it was a week before (worse first); `board` is the board on
    `as_of` when the caller has it already."""
    # a status is all either day needs: the board's confidences and their weeks' statuses cost as much again
    before = {row["objective_id"]: p.status for row, p in objective_views.measured(con, as_of - timedelta(days=7))}
    now = objective_views.measured(con, as_of) if board is None else [(r.objective, r.progress) for r in board]
    found = []
    for row, p in now:
        was = before.get(row["objective_id"])
        if was is None or was == p.status:
            continue
        # a measured objective that no longer is (its amounts now in another currency) lost its figure: news
        worse = p.status is None or SEVERITY.get(p.status, 0) > SEVERITY.get(was, 0)
        if was == "not_started" and not worse:
            # an objective that started this week has nothing to say yet, unless it starts behind
            continue
        found.append(Alert("status", "high" if worse and p.status == "off_track" else "medium" if worse else "info",
                           "status_change", {"title": row["title"], "was": was, "now": p.status,
                                             "amounts_in": p.amounts_in}, float(worse), row["objective_id"]))
    return sorted(found, key=lambda a: -a.size)


def backlog(con: duckdb.DuckDBPyConnection, as_of: date, limits: Thresholds, window: int) -> list[SlaRow]:
    """The hand-off's MQLs of the last `window` days unanswered past the limit, by accountable person (metrics'
    sla rows with a backlog): those nobody in Sales holds yet first, then the longest queue first."""
    start, end = periods.last_days(window, as_of)
    query = metrics.Query(by="owner", start=start, end=end, today=as_of, backlog_days=limits.backlog_days)
    return sorted((r for r in metrics.compute(con, "sla", query) if r["backlog"]),
                  key=lambda r: (r["assigned"] is not False, -r["backlog"], r["owner"] or ""))


def overview_alerts(con: duckdb.DuckDBPyConnection, today: date, newest: date | None = None,
                    undrawn: tuple[str, ...] | None = None) -> list[Alert]:
    """Everything that moved, for the Overview: what the meeting's agenda will discuss, in one list."""
    from smarketing import agenda

    limits = thresholds(con)
    reference = periods.last_whole_week(today)
    entries, conversion = moves(con, reference, today, limits, newest, undrawn)
    # (a hand-off the data cannot measure is said by the Overview's note on what the data lacks, never an alert)
    waiting = [Alert("backlog", item.severity, item.what, item.facts) for item in agenda.handoff_breaches(con, today)
               if item.what != "handoff_unknown"]
    return status_changes(con, today) + waiting + entries + conversion
