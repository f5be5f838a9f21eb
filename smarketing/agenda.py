"""The agenda of a weekly meeting, built from the data in a fixed order: objectives in trouble, the
largest moves in the funnel, the hand-off SLA, data alerts, check-ins still missing.

The funnel moves look at the last complete week before the meeting's week, against the average of the
four weeks before it: a meeting on Monday discusses the week just ended, and a partial week would always
look like a drop."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import duckdb

from smarketing import db, demo, inbox, metrics, objective_views, objectives, overview, stages
from smarketing.i18n import fmt_date, fmt_int, fmt_num, fmt_pct, t
from smarketing.metricformat import accountable

SECTIONS = ("objectives", "moves", "handoff", "data", "checkins")
AVERAGE_WEEKS = 4
BACKLOG_DAYS, BACKLOG_WINDOW = 7, 90
STALE_DAYS = 14
# a move is worth the meeting's time when it is this large and the numbers are not tiny
MIN_ENTRY_CHANGE, MIN_ENTRIES = 0.20, 3
MIN_RATE_POINTS, MIN_RATE_BASE = 0.05, 5
MAX_STAGE_MOVES, MAX_RATE_MOVES = 3, 2


@dataclass
class Item:
    text: str
    severity: str = "info"              # high, medium, info
    objective_id: int | None = None


@dataclass
class Agenda:
    week: date                          # the meeting's Monday
    as_of: date                         # the day the figures are read on
    reference: date                     # the Monday of the week the funnel moves describe
    sections: dict[str, list[Item]] = field(default_factory=dict)


def build(con: duckdb.DuckDBPyConnection, week: date, today: date, lang: str) -> Agenda:
    as_of = min(today, week + timedelta(days=6))
    agenda = Agenda(week, as_of, week - timedelta(days=7))
    agenda.sections = {
        "objectives": objectives_in_trouble(con, as_of, lang),
        "moves": funnel_moves(con, agenda.reference, lang),
        "handoff": handoff_breaches(con, as_of, lang),
        "data": data_alerts(con, as_of, lang),
        "checkins": missing_checkins(con, week, lang),
    }
    return agenda


def objectives_in_trouble(con: duckdb.DuckDBPyConnection, as_of: date, lang: str) -> list[Item]:
    """Off track first, then at risk, each with every owner's latest confidence."""
    rows = [r for r in objective_views.board(con, as_of) if r.status in ("off_track", "at_risk")]
    rows.sort(key=lambda r: (r.status != "off_track", r.id))
    items = []
    for board_row in rows:
        row = objective_views.worded(board_row, lang)
        latest: dict[str, int | None] = {}
        for checkin in objectives.checkins(con, board_row.id):   # newest week first
            latest.setdefault(checkin["author"], checkin["confidence"])
        confidence = ", ".join(f"{who} {value}/10" for who, value in latest.items()) or t("agenda.no_confidence",
                                                                                           lang)
        items.append(Item(
            t("agenda.objective", lang, title=row["title"], status=t(f"status.{board_row.status}", lang),
              actual=row["actual"], target=row["target"], progress=row["progress_text"], expected=row["expected"],
              confidence=confidence),
            "high" if board_row.status == "off_track" else "medium", board_row.id))
    return items


def funnel_moves(con: duckdb.DuckDBPyConnection, reference: date, lang: str) -> list[Item]:
    """Stage entries and step conversions of the reference week against the average of the four before."""
    last = reference + timedelta(days=6)
    frame = overview.weekly_stage_entries(con, reference - timedelta(weeks=AVERAGE_WEEKS), last, last)
    counts: dict[str, dict[date, int]] = {}
    labels: dict[str, str] = {}
    for row in frame.itertuples():
        counts.setdefault(row.stage, {})[row.week.date() if hasattr(row.week, "date") else row.week] = row.entries
        labels[row.stage] = getattr(row, f"label_{lang}")
    earlier = [reference - timedelta(weeks=n) for n in range(1, AVERAGE_WEEKS + 1)]

    def now(stage: str) -> int:
        return counts.get(stage, {}).get(reference, 0)

    def before(stage: str) -> int:
        return sum(counts.get(stage, {}).get(w, 0) for w in earlier)

    week_text = f"{fmt_date(reference, lang)}–{fmt_date(reference + timedelta(days=6), lang)}"
    stage_moves = []
    for stage in stages.PATH:
        average = before(stage) / AVERAGE_WEEKS
        if average <= 0 or max(now(stage), average) < MIN_ENTRIES:
            continue
        change = (now(stage) - average) / average
        if abs(change) >= MIN_ENTRY_CHANGE:
            stage_moves.append((abs(change), Item(
                t("agenda.stage_move", lang, stage=labels[stage], count=fmt_int(now(stage), lang), week=week_text,
                  average=fmt_num(average, lang, 1), change=_signed_pct(change, lang)),
                "medium" if change < 0 else "info")))
    rate_moves = []
    for a, b in zip(stages.PATH, stages.PATH[1:]):
        if now(a) < MIN_RATE_BASE or before(a) == 0:
            continue
        rate, usual = now(b) / now(a), before(b) / before(a)
        if abs(rate - usual) >= MIN_RATE_POINTS:
            rate_moves.append((abs(rate - usual), Item(
                t("agenda.rate_move", lang, a=labels[a], b=labels[b], rate=fmt_pct(rate, lang),
                  usual=fmt_pct(usual, lang), points=_signed_num((rate - usual) * 100, lang)),
                "medium" if rate < usual else "info")))
    best = sorted(stage_moves, key=lambda m: -m[0])[:MAX_STAGE_MOVES] + \
        sorted(rate_moves, key=lambda m: -m[0])[:MAX_RATE_MOVES]
    return [item for _, item in best]


def handoff_breaches(con: duckdb.DuckDBPyConnection, as_of: date, lang: str) -> list[Item]:
    """MQLs of the last 90 days (the Hand-off page's default) that Sales has neither accepted nor closed
    after a week, by the accountable Sales person: those nobody in Sales holds yet first, then the longest
    queue first."""
    items = []
    for r in backlog(con, as_of):
        words = dict(count=fmt_int(r["backlog"], lang), days=BACKLOG_DAYS, window=BACKLOG_WINDOW)
        text = t("agenda.backlog_unassigned", lang, **words) if r["assigned"] is False else \
            t("agenda.backlog", lang, owner=accountable(r["owner"], r["assigned"], lang), **words)
        items.append(Item(text, "high" if r["backlog"] >= 10 else "medium"))
    return items


def backlog(con: duckdb.DuckDBPyConnection, as_of: date) -> list[dict]:
    """The hand-off's waiting MQLs by accountable person (metrics' sla rows with a backlog): those nobody in
    Sales holds yet first, then the longest queue first. The agenda and each person's digest read it."""
    query = metrics.Query(by="owner", start=as_of - timedelta(days=BACKLOG_WINDOW), end=as_of, today=as_of,
                          backlog_days=BACKLOG_DAYS)
    return sorted((r for r in metrics.compute(con, "sla", query) if r["backlog"]),
                  key=lambda r: (r["assigned"] is not False, -r["backlog"], r["owner"] or ""))


def data_alerts(con: duckdb.DuckDBPyConnection, as_of: date, lang: str) -> list[Item]:
    """Imports of the last week that failed or rejected rows, and data that may be stale."""
    since = datetime.combine(as_of - timedelta(days=7), datetime.min.time())
    items = []
    for batch in db.rows(con, "meetings/recent_batches", since=since):
        name = batch["file_name"] or f"#{batch['batch_id']}"
        if batch["status"] == "failed":
            items.append(Item(t("agenda.import_failed", lang, name=name, day=fmt_date(batch["started_at"], lang)),
                              "high"))
        elif batch["rejected"]:
            items.append(Item(t("agenda.import_rejects", lang, name=name, rejected=fmt_int(batch["rejected"], lang),
                                rows=fmt_int(batch["rows_read"], lang)), "medium"))
    for run in reversed(inbox.failed_since(con, since)):
        # a nightly export the inbox could not import: nobody saw it fail, so the meeting hears of it
        items.append(Item(t("agenda.inbox_failed", lang, name=run["file_name"], day=fmt_date(run["finished_at"], lang),
                            reason=(inbox.message(run, lang) or "").rstrip("."), moved_to=run["moved_to"]), "high"))
    last = db.rows(con, "meetings/last_import")[0]["last_import"]
    if last is None:
        if demo.is_loaded(con):
            items.append(Item(t("agenda.demo_only", lang)))
    elif (as_of - last.date()).days > STALE_DAYS:
        items.append(Item(t("agenda.stale", lang, days=(as_of - last.date()).days, day=fmt_date(last, lang)),
                          "medium"))
    return items


def missing_checkins(con: duckdb.DuckDBPyConnection, week: date, lang: str) -> list[Item]:
    """Manual KPIs whose value is due at their cadence (a monthly NPS once in four weeks), then, per owner,
    the objectives they have not checked in on for this week."""
    items = [Item(t("agenda.value_missing" if row["last_week"] else "agenda.value_never", lang, title=row["title"],
                    cadence=t(f"smart.cadence_{row['cadence']}", lang),
                    week=row["last_week"] and fmt_date(row["last_week"], lang)), "medium", row["objective_id"])
             for row in db.rows(con, "meetings/missing_values", week=week)]
    missing: dict[str, list[str]] = {}
    for row in db.rows(con, "meetings/missing_checkins", week=week):
        missing.setdefault(row["owner"], []).append(row["title"])
    return items + [Item(t("agenda.checkin_missing", lang, owner=owner, objectives="; ".join(titles)))
                    for owner, titles in sorted(missing.items())]


def _signed_pct(fraction: float, lang: str) -> str:
    return ("+" if fraction > 0 else "") + fmt_pct(fraction, lang, 0).replace("-", "−")


def _signed_num(points: float, lang: str) -> str:
    return ("+" if points > 0 else "") + fmt_num(points, lang, 1).replace("-", "−")
