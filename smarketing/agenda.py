"""The agenda of a weekly meeting, built from the data in a fixed order: objectives in trouble, the
largest moves in the funnel, the hand-off SLA, data alerts, check-ins still missing.

The funnel moves are alerts.py's: the last complete week before the meeting's week (a meeting on Monday
discusses the week just ended, and a partial week would always look like a drop) and each step's latest
matured weekly cohort, against the four weeks before. Objectives whose status changed in the week join those
in trouble."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import duckdb

from smarketing import (
    alerts,
    coverage,
    db,
    demo,
    freshness,
    inbox,
    meetings,
    objective_views,
    objectives,
    periods,
    stages,
)

SECTIONS = ("objectives", "moves", "handoff", "data", "checkins")
BACKLOG_WINDOW = periods.RECENT_DAYS    # the Hand-off page's «Ultimi 90 giorni»
# the meeting discusses the largest moves only
MAX_STAGE_MOVES, MAX_RATE_MOVES = 3, 2


@dataclass
class Item:
    """What the meeting should hear of: a sentence's key and its facts as the data holds them, worded at the edge
    (agendawords.say)."""

    what: str                           # the sentence's key under [agenda] in texts.toml
    facts: dict[str, Any] = field(default_factory=dict)
    severity: str = "info"              # high, medium, info
    objective_id: int | None = None


@dataclass
class Agenda:
    week: date                          # the meeting's Monday
    as_of: date                         # the day the figures are read on
    reference: date                     # the Monday of the week the funnel moves describe
    sections: dict[str, list[Item]] = field(default_factory=dict)


def figures_day(con: duckdb.DuckDBPyConnection, week: date, today: date) -> date:
    """The day a week's figures are read on: the meeting's day (meetings.reading_day), or the day a past
    meeting was held on."""
    day = meetings.reading_day(week, today)
    held = meetings.find(con, week)
    if held and held["held_on"] and day < today and held["held_on"] < day:
        # a past meeting's agenda is what the meeting had before it on its day, not what the rest of its week
        # found out later (docs/metrics.md: "today" is the meeting's); while its week runs, the agenda is today's
        # (an action due on Wednesday is late on Friday)
        return held["held_on"]
    return day


def build(con: duckdb.DuckDBPyConnection, week: date, today: date) -> Agenda:
    as_of = figures_day(con, week, today)
    # the week before the meeting, once it is over; a meeting prepared ahead (next week's, mid-week) takes the
    # latest whole week: a week in progress never counts as a fall
    reference = week - timedelta(days=7)
    if reference + timedelta(days=6) >= as_of:
        reference = periods.last_whole_week(as_of)
    agenda = Agenda(week, as_of, reference)
    board = objective_views.board(con, as_of)
    # what the data holds at all, read once for the moves (stages never drawn) and the hand-off (stages never dated)
    held = coverage.read(con, stages.stages(con))
    # and how fresh the data was on the day, read once for the moves (the newest week the data tells of) and its alerts
    fresh = freshness.freshness(con, as_of)
    agenda.sections = {
        "objectives": objectives_in_trouble(con, as_of, board) + [
            Item(a.what, a.facts, a.severity, a.objective_id) for a in alerts.status_changes(con, as_of, board)],
        "moves": funnel_moves(con, agenda.reference, as_of, current=today, held=held, newest=fresh.newest),
        "handoff": handoff_breaches(con, as_of, held),
        "data": data_alerts(con, as_of, fresh),
        "checkins": missing_checkins(con, week),
    }
    return agenda


def objectives_in_trouble(con: duckdb.DuckDBPyConnection, as_of: date,
                          board: list[objective_views.BoardRow]) -> list[Item]:
    """Off track first, then at risk, each with every owner's latest confidence; `board` is the board on
    `as_of`."""
    rows = [r for r in board if r.status in ("off_track", "at_risk")]
    rows.sort(key=lambda r: (r.status != "off_track", r.id))
    items = []
    for board_row in rows:
        latest: dict[str, int | None] = {}
        for checkin in objectives.checkins(con, board_row.id):   # newest week first
            latest.setdefault(checkin["author"], checkin["confidence"])
        items.append(Item("objective", {"row": board_row, "confidence": list(latest.items())},
                          "high" if board_row.status == "off_track" else "medium", board_row.id))
    return items


def funnel_moves(con: duckdb.DuckDBPyConnection, reference: date, today: date,
                 limits: alerts.Thresholds | None = None, current: date | None = None,
                 held: coverage.Coverage | None = None, newest: date | None = None) -> list[Item]:
    """The largest moves of the reference week (alerts.moves): stage entries, then step conversions of matured
    weekly cohorts, each against the four weeks before, past the thresholds of Settings. `today` is the day the
    figures are read on, `current` the day the agenda is made (a report's --today, else today's date)."""
    entries, conversion = alerts.moves(con, reference, today, limits or alerts.thresholds(con),
                                       newest, held.undrawn() if held else None)
    if reference != periods.last_whole_week(current or periods.today()):
        # a past week's agenda: the Overview shows this week's alerts, so its moves are all listed here
        return [Item(a.what, a.facts, a.severity) for a in entries + conversion]
    items = [Item(a.what, a.facts, a.severity) for a in entries[:MAX_STAGE_MOVES] + conversion[:MAX_RATE_MOVES]]
    left = max(len(entries) - MAX_STAGE_MOVES, 0) + max(len(conversion) - MAX_RATE_MOVES, 0)
    if left:
        # the meeting discusses the largest; the others are not hidden, only on the Overview among its alerts
        items.append(Item("more_moves_one" if left == 1 else "more_moves", {"count": left}))
    return items


OUTSIDERS_NAMED = 3   # owners outside the team each an item of their own; more are one item naming the busiest


def handoff_breaches(con: duckdb.DuckDBPyConnection, as_of: date, held: coverage.Coverage | None = None) -> list[Item]:
    """MQLs of the last 90 days (the text says so: the Hand-off page opens on this quarter) that Sales has neither
    accepted nor closed past the limit of Settings (a week unless changed), by the accountable Sales person: those
    nobody in Sales holds yet first, then the longest queue first."""
    if {"mql", "sql"} & set((held or coverage.read(con, stages.stages(con))).undated):
        # the hand-off is MQLs accepted as SQLs: with either stage never dated, no backlog can be told (the Hand-off
        # page shows «–»; a count here would go into the meeting as a fact)
        return [Item("handoff_unknown", {}, "medium")]
    limits = alerts.thresholds(con)
    items = []
    rows = alerts.backlog(con, as_of, limits, BACKLOG_WINDOW)
    # owners the team does not list (a CRM's user ids, people who left): more than a few are one item, the
    # busiest named, never a wall of them burying the rest of the agenda
    outsiders = [r for r in rows if r["assigned"] is None]
    grouped = outsiders if len(outsiders) > OUTSIDERS_NAMED else []
    for r in rows:
        if r in grouped:
            continue
        facts: dict[str, Any] = {"count": r["backlog"], "days": limits.backlog_days, "window": BACKLOG_WINDOW}
        one = "_one" if r["backlog"] == 1 else ""
        if r["assigned"] is not False:
            facts |= {"owner": r["owner"], "assigned": r["assigned"]}
        items.append(Item(f"backlog_unassigned{one}" if r["assigned"] is False else f"backlog{one}", facts,
                          "high" if r["backlog"] >= 10 else "medium"))
    if grouped:
        count = sum(r["backlog"] for r in grouped)
        items.append(Item("backlog_outsiders", {
            "count": count, "people": len(grouped), "days": limits.backlog_days, "window": BACKLOG_WINDOW,
            "busiest": [(r["owner"], r["backlog"]) for r in grouped[:OUTSIDERS_NAMED]]},
            "high" if count >= 10 else "medium"))
    return items


def data_alerts(con: duckdb.DuckDBPyConnection, as_of: date, fresh: freshness.Freshness | None = None) -> list[Item]:
    """Imports of the last week that failed or rejected rows, and data that may be stale (`fresh`: freshness on
    `as_of`, read here unless given)."""
    since = datetime.combine(as_of - timedelta(days=7), datetime.min.time())
    until = datetime.combine(as_of + timedelta(days=1), datetime.min.time())
    items = []
    for batch in db.rows(con, "meetings/recent_batches", since=since, until=until):
        name = batch["file_name"] or f"#{batch['batch_id']}"
        if batch["status"] == "failed":
            items.append(Item("import_failed", {"name": name, "day": batch["started_at"]}, "high"))
        elif batch["rejected"]:
            items.append(Item("import_rejects_one" if batch["rejected"] == 1 else "import_rejects",
                              {"name": name, "rejected": batch["rejected"], "rows": batch["rows_read"]}, "medium"))
    for run in reversed(inbox.failed_since(con, since, until)):
        # a nightly export the inbox could not import: nobody saw it fail, so the meeting hears of it
        items.append(Item("inbox_failed", {"name": run["file_name"], "day": run["finished_at"], "reason": run,
                                           "moved_to": run["moved_to"]}, "high"))
    fresh = fresh or freshness.freshness(con, as_of)
    if fresh.last_import is None:
        if demo.is_loaded(con):
            items.append(Item("demo_only"))
    elif fresh.import_stale:
        # a meeting a week after the last export reads old news (the pages warn by the newest data's age, which
        # a daily import of a quiet CRM keeps old: two warnings, each saying what it measured)
        items.append(Item("stale", {"days": fresh.import_age, "day": fresh.last_import}, "medium"))
    elif fresh.stale:
        # recent imports of data that ends weeks ago (an old export imported again, a CRM export cut at a day): the
        # weeks after its newest day hold nothing, which the meeting would read as weeks without leads
        items.append(Item("data_old", {"days": fresh.age, "day": fresh.newest}, "medium"))
    return items


def missing_checkins(con: duckdb.DuckDBPyConnection, week: date) -> list[Item]:
    """Manual KPIs whose value is due at their cadence (a monthly NPS once in four weeks), then, per owner,
    the objectives they have not checked in on for this week."""
    items = [Item("value_missing" if row["last_week"] else "value_never",
                  {"title": row["title"], "cadence": row["cadence"]}
                  | ({"last_week": row["last_week"]} if row["last_week"] else {}), "medium", row["objective_id"])
             for row in db.rows(con, "meetings/missing_values", week=week)]
    missing: dict[str, list[str]] = {}
    for row in db.rows(con, "meetings/missing_checkins", week=week):
        missing.setdefault(row["owner"], []).append(row["title"])
    return items + [Item("checkin_missing", {"owner": owner, "objectives": titles})
                    for owner, titles in sorted(missing.items())]
