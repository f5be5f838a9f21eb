"""The Overview's figures: the headline numbers of a period against its comparison, this week so far against
the same days of last week, where the leads are, and the weekly flow per stage."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypedDict, cast

import duckdb

from smarketing import db, freshness, metrics, periods, stages
from smarketing.metricrows import KeyNumbers

if TYPE_CHECKING:
    # only named: the weekly frame comes from DuckDB (db.frame), and loading pandas (~0.3 s) at import put it in
    # front of every `metrics` command, which reads the alert limits through alerts -> overview
    import pandas as pd

    from smarketing.alerts import Alert
    from smarketing.milestones import Event

# entries into each stage, customers won and their value (spend and return), opportunities, the win rate
KEY_NUMBERS = ("leads", "mqls", "sqls", "opportunities", "customers", "won_value", "win_rate")
WEEK_NUMBERS = ("leads", "mqls", "sqls", "opportunities", "customers", "won_value")


def key_numbers(con: duckdb.DuckDBPyConnection, query: metrics.Query, how: str | None) -> KeyNumbers:
    """KEY_NUMBERS of the query's window, each with its `_compare` when `how` asks for a comparison
    (metrics.compare), and the comparison's window. Every number counts entries or closings inside the window,
    so a comparison sets like against like (no cohort still maturing against one that has finished)."""
    row: metrics.Row = dict(metrics.compare(con, "roi", query, how)[0])
    entries = replace(query, mode="period", from_stage="opportunity",
                               to_stage="customer")
    for name, key, source, q in (("conversion", "opportunities", "entered", entries),
                                 ("win_rate", "win_rate", "win_rate", query)):
        other = metrics.compare(con, name, q, how)[0]
        row[key] = other[source]
        if how:
            row[f"{key}_compare"] = other[f"{source}_compare"]
        if name == "win_rate":
            # the deals the win rate is worked out of: 50% of four deals is said as such
            row["deals_won"] = other["won"]
            row["deals"] = None if other["won"] is None else other["won"] + other["lost"]
            if how:
                row["deals_won_compare"] = other["won_compare"]
                row["deals_compare"] = None if other["won_compare"] is None else (other["won_compare"]
                                                                                  + other["lost_compare"])
    return cast(KeyNumbers, metrics.blank_after_the_data([row], query)[0])


def this_week(con: duckdb.DuckDBPyConnection, today: date, filters: metrics.Filters,
              data_end: date | None = None) -> KeyNumbers:
    """WEEK_NUMBERS from Monday to today against the same days of last week (cut as the data is: metrics.Query)."""
    monday = periods.monday(today)
    week = metrics.Query(start=monday, end=monday + timedelta(days=6), filters=filters, today=today,
                         data_end=data_end)
    return key_numbers(con, week, "previous")


class StageCount(stages.Stage):
    """A stage with the leads in it now, the deals lost among them (in a lost stage; the rest were disqualified
    before becoming deals), and the leads that ever reached it (sql/metrics/stage_counts.sql)."""

    in_stage: int
    lost_deals: int
    disqualified: int
    reached: int


class Headline(TypedDict):
    """Where the leads are today, and the totals that come from it."""

    stages: list[StageCount]
    total_leads: int
    open_leads: int
    customers: int


def stage_counts(con: duckdb.DuckDBPyConnection, today: date,
                 filters: metrics.Filters | None = None) -> list[StageCount]:
    return db.rows(con, "metrics/stage_counts", today=today,  # type: ignore[return-value]
                   **metrics.filter_params(filters))


def headline(con: duckdb.DuckDBPyConnection, today: date, filters: metrics.Filters | None = None) -> Headline:
    counts = stage_counts(con, today, filters)
    return {
        "stages": counts,
        "total_leads": sum(s["in_stage"] for s in counts),
        "open_leads": sum(s["in_stage"] for s in counts if not s["is_terminal"]),
        "customers": sum(s["in_stage"] for s in counts if s["outcome"] == "won"),
    }


def weekly_stage_entries(con: duckdb.DuckDBPyConnection, start: date | None, end: date | None, today: date,
                         filters: metrics.Filters | None = None, undrawn: tuple[str, ...] = (),
                         newest: date | None = None) -> pd.DataFrame:
    """Entries per stage and week of [start, end] up to today (all time: from the first day of data), each
    week marked `partial` when it is not over, the window cuts it or the data stops before its end (`newest`, the
    newest day the data tells of: read from the store unless given); the stages the data cannot draw
    (coverage.Coverage.undrawn: never dated, or lost when nothing ever was) left out, never a line of zeros."""
    last = min(end or today, today)
    start = start or metrics.first_day(con) or last
    frame = db.frame(con, "metrics/weekly_stage_entries", start=start, end=last, **metrics.filter_params(filters))
    # a week the data stops in, or comes after, is as unfinished as the week under way: an export of the 14th read
    # on the 30th drew the weeks of the 16th and 23rd as a fall to 0 (review 22)
    newest = newest or freshness.freshness(con, today).newest
    frame["partial"] = [periods.partial(day, "week", start, last, today)
                        or (newest is not None and periods.period_end(day, "week") > newest)
                        for day in (w.date() if hasattr(w, "date") else w for w in frame["week"])]
    return frame[~frame["stage"].isin(undrawn)].reset_index(drop=True) if undrawn else frame


@dataclass(frozen=True)
class Page:
    """Everything the Overview page shows for a window, its comparison and filters, in numbers and codes."""

    period: KeyNumbers        # KEY_NUMBERS with their comparison
    week: KeyNumbers          # WEEK_NUMBERS from Monday to today against the same days of last week
    now: Headline             # where the leads are today
    weekly: pd.DataFrame      # weekly_stage_entries()
    alerts: list[Alert]       # what moved, whatever the period and filters (agendawords.say)
    events: list[Event]       # drawn on the weekly chart


def page(con: duckdb.DuckDBPyConnection, query: metrics.Query, how: str | None, undrawn: tuple[str, ...] = ()) -> Page:
    from smarketing import alerts, milestones  # alerts reads this module's weekly entries

    # how far the data reaches, read once for the weekly chart and the alerts
    newest = freshness.freshness(con, query.today).newest
    # (the week so far compared as far as the data goes, as the period is: query.data_end, the period bar's)
    return Page(key_numbers(con, query, how), this_week(con, query.today, query.filters, query.data_end),
                headline(con, query.today, query.filters),
                weekly_stage_entries(con, query.start, query.end, query.today, query.filters, undrawn, newest),
                alerts.overview_alerts(con, query.today, newest, undrawn),
                milestones.events(con, query.start, query.end, query.today))

