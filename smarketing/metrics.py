"""The journey metrics of DESIGN section 5, one SQL file each; this module only binds their parameters and
names their columns. The CLI, the pages and (later) objectives all come through compute()."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import duckdb

from smarketing import db

DIMENSIONS = ("source", "campaign", "segment", "region", "owner", "product")
PERIODS = ("week", "month")
MODES = ("cohort", "period")
DRILL_LIMIT = 5000


@dataclass(frozen=True)
class Metric:
    sql: str
    keys: tuple[str, ...]          # the row's keys after the dimension and period, in order
    stages: tuple[str, str] | None = None  # default from/to stages when the metric takes them


CATALOG: dict[str, Metric] = {
    "funnel": Metric("metrics/funnel", ("stage", "reached", "conversion_from_previous", "conversion_from_first",
                                        "drop_off")),
    "conversion": Metric("metrics/conversion", ("entered", "converted", "conversion_rate", "maturing"),
                         ("mql", "sql")),
    "velocity": Metric("metrics/velocity", ("converted", "median_days", "mean_days"), ("lead", "customer")),
    "win-rate": Metric("metrics/win_rate", ("won", "lost", "disqualified", "win_rate", "won_value", "avg_deal_value",
                                                  "currency")),
    "sla": Metric("metrics/sla", ("mqls", "accepted", "acceptance_rate", "median_days_to_accept", "backlog")),
    "roi": Metric("metrics/roi", ("spend", "leads", "customers", "won_value", "cpl", "cac", "roi", "roas", "mqls",
                                  "sqls", "cost_per_mql", "cost_per_sql", "currency")),
}


@dataclass
class Query:
    """What to compute: grouping, periods, window (days included), mode, stages, filters."""

    by: str | None = None
    every: str | None = None
    start: date | None = None
    end: date | None = None
    mode: str = "cohort"
    from_stage: str | None = None
    to_stage: str | None = None
    filters: dict[str, str | None] = field(default_factory=dict)
    today: date = field(default_factory=date.today)
    backlog_days: int = 7

    def params(self, metric: Metric) -> dict:
        stages = metric.stages or (None, None)
        return {
            "by": self.by, "every": self.every, "start": self.start, "end": self.end, "mode": self.mode,
            "from_stage": self.from_stage or stages[0], "to_stage": self.to_stage or stages[1],
            "today": self.today, "backlog_days": self.backlog_days,
            **{f"f_{d}": self.filters.get(d) for d in DIMENSIONS},
        }


def compute(con: duckdb.DuckDBPyConnection, name: str, query: Query | None = None) -> list[dict]:
    """Rows of one metric: the dimension under its own name when grouped, `period` when by period, then
    the metric's keys (plus labels the pages use). Rates are fractions; a zero denominator gives None."""
    query = query or Query()
    metric = CATALOG[name]
    rows = db.rows(con, metric.sql, **query.params(metric))
    shaped = []
    for row in rows:
        out = {}
        if query.by:
            out[query.by] = row["dimension"]
        if query.every:
            out["period"] = row["period"]
        for key in metric.keys:
            out[key] = row[key]
        out.update({k: v for k, v in row.items() if k not in out and k not in ("dimension", "period")})
        shaped.append(out)
    return shaped


def public(rows: list[dict], name: str, query: Query) -> list[dict]:
    """Rows as the CLI contract states them: only the dimension, period and the metric's keys."""
    keys = ([query.by] if query.by else []) + (["period"] if query.every else []) + list(CATALOG[name].keys)
    return [{k: row[k] for k in keys} for row in rows]


def week_over_week(con: duckdb.DuckDBPyConnection, name: str, query: Query, key: str) -> dict | None:
    """This week's value of `key` against last week's (weeks from Monday, this one up to today)."""
    monday = query.today - timedelta(days=query.today.weekday())
    weekly = Query(**{**query.__dict__, "every": "week", "start": monday - timedelta(days=7), "end": query.today})
    rows = {r["period"]: r[key] for r in compute(con, name, weekly) if r["period"] is not None}
    if not rows:
        return None
    # a week with no row had nothing happen in it: zero, for counts
    this, last = rows.get(monday, 0), rows.get(monday - timedelta(days=7), 0)
    change = None if this is None or last is None else this - last
    return {"this_week": this, "last_week": last, "change": change}


def drill(con: duckdb.DuckDBPyConnection, query: Query, *, value: str | None = None,
          reached: str | None = None, not_reached: str | None = None, outcome: str | None = None,
          date_stage: str | None = None, backlog: bool = False, limit: int = DRILL_LIMIT) -> list[dict]:
    """The leads behind a number: same grouping, window and filters as the metric they come from."""
    backlog_before = (datetime.combine(query.today, datetime.min.time()) - timedelta(days=query.backlog_days)
                      if backlog else None)
    return db.rows(
        con, "drill/leads", by=query.by, value=value, reached=reached, not_reached=not_reached, outcome=outcome,
        date_stage=date_stage, start=query.start, end=query.end, backlog_before=backlog_before, limit=limit,
        **{f"f_{d}": query.filters.get(d) for d in DIMENSIONS},
    )


def dimension_values(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """The values each dimension takes in the data (filters offer them, drafting recognises them)."""
    values: dict[str, list[str]] = {}
    for row in db.rows(con, "catalog/dimension_values"):
        if row["value"] is not None:
            values.setdefault(row["dimension"], []).append(row["value"])
    return values
