"""The journey metrics of docs/metrics.md, one SQL file each; this module only binds their parameters and
names their columns. The CLI, the pages and (later) objectives all come through compute()."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal, overload

import duckdb

from smarketing import db, periods, settings
from smarketing.errors import SmarketingError
from smarketing.metricrows import ConversionRow, Dimensions, FunnelRow, RoiRow, SlaRow, VelocityRow, WinRateRow
from smarketing.stages import CODES as STAGE_CODES
from smarketing.vocabulary import ADDITIVE, DIMENSIONS, SPLIT

# one row of a report as this module builds it: its columns (docs/metrics.md) by name, a grouping dimension's value
# under the dimension's name, `period` when split by week or month, each `<column>_compare` when compared, `partial`
# for a cut period. compute() and compare() hand each report's rows on typed (metricrows)
Row = dict[str, Any]
# the filters a query narrows to: a dimension and its value (read-only here, so a sentence's {dimension: value}
# passes as it is)
Filters = Mapping[str, str | None]
Con = duckdb.DuckDBPyConnection
PERIODS = ("week", "month")
MODES = ("cohort", "period")
DRILL_LIMIT = 5000


@dataclass(frozen=True)
class Metric:
    sql: str
    keys: tuple[str, ...]          # the row's keys after the dimension and period, in order
    stages: tuple[str, str] | None = None  # default from/to stages when the metric takes them
    owner_keys: tuple[str, ...] = ()       # keys the rows carry only when grouped by owner
    # amounts, each with the row's column naming its currency: compared only within one currency
    money: dict[str, str] = field(default_factory=dict)

    def keys_for(self, query: Query) -> tuple[str, ...]:
        return self.keys + (self.owner_keys if query.by == "owner" else ())


CATALOG: dict[str, Metric] = {
    "funnel": Metric("metrics/funnel", ("stage", "reached", "conversion_from_previous", "conversion_from_first",
                                        "drop_off", "maturing")),
    "conversion": Metric("metrics/conversion", ("entered", "converted", "conversion_rate", "maturing"),
                         ("mql", "sql")),
    "velocity": Metric("metrics/velocity", ("converted", "median_days", "mean_days"), ("lead", "customer")),
    "win_rate": Metric("metrics/win_rate", ("won", "lost", "disqualified", "win_rate", "won_value", "avg_deal_value",
                                            "currency"), money={"won_value": "currency", "avg_deal_value": "currency"}),
    # by owner, the hand-off names the accountable Sales person; `assigned` says whether there is one
    "sla": Metric("metrics/sla", ("mqls", "accepted", "acceptance_rate", "median_days_to_accept", "backlog",
                                  "maturing"), owner_keys=("assigned",)),
    "roi": Metric("metrics/roi", ("spend", "leads", "customers", "won_value", "cpl", "cac", "roi", "roas", "mqls",
                                  "sqls", "cost_per_mql", "cost_per_sql", "currency", "spend_currency",
                                  "won_currency"),
                  money={"won_value": "won_currency", **dict.fromkeys(
                      ("spend", "cpl", "cac", "cost_per_mql", "cost_per_sql"), "spend_currency")}),
}


def filter_params(filters: Filters | None) -> dict[str, str | None]:
    """The $f_<dimension> parameters every metric file takes: the value to keep, or None for all."""
    return {f"f_{d}": (filters or {}).get(d) for d in DIMENSIONS}


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
    filters: Filters = field(default_factory=dict)
    today: date = field(default_factory=periods.today)  # the app's today: SMARKETING_TODAY when set
    backlog_days: int = 7
    # a comparison's cohorts count the stages reached by this day: the age the current cohorts have today
    as_of: date | None = None
    # the alerts' cohorts count the stages reached within this many days of their period's first day: one age
    age: int | None = None
    # what the window is when a preset named it (periods.PRESET_UNITS): a month, a quarter, a year, a run of days
    unit: str | None = None
    # the window read up to today; a comparison's window is cut already (periods.comparison), to the same days
    cut: bool = True
    # the step's typical days (three conversions in four, the hand-off's acceptances: what makes a cohort
    # `maturing`), as an earlier run of metrics/conversion or metrics/sla returned them: a reader running one
    # several times works them out once (None: the run works them out)
    typical_days: float | None = None
    # the data's newest day, when it stopped over a week before today (freshness.compared_up_to): a comparison is
    # cut to the days the data covers, never 45 days of data against 61
    data_end: date | None = None

    @property
    def read_end(self) -> date | None:
        """The window's last day as it is read: up to today (docs/metrics.md), so a lead dated after it (a mistyped
        year, a fair booked ahead) counts once its day comes, never in the current week against the same days of
        the last one. The numbers and the lists behind them both read it; all the data too (no start): a win dated
        after today in a file read on the 20th was among the wins of all time, beside a funnel without it."""
        return min(self.end or self.today, self.today) if self.cut else self.end

    def params(self, metric: Metric) -> dict[str, Any]:
        stages = metric.stages or (None, None)
        return {
            "by": self.by, "every": self.every, "start": self.start, "end": self.read_end, "mode": self.mode,
            "from_stage": self.from_stage or stages[0], "to_stage": self.to_stage or stages[1],
            "today": self.today, "backlog_days": self.backlog_days, "as_of": self.as_of,
            "age": self.age, "typical_days": self.typical_days,
            **filter_params(self.filters),
        }


def check_step(from_stage: str, to_stage: str) -> None:
    """A step goes forward along the journey (or to Lost, from an open stage): from Opportunity to MQL is no
    conversion (every opportunity "reached" MQL, 100%) nor a time (a negative one)."""
    order = list(STAGE_CODES)
    if from_stage == "lost" or (from_stage in order and to_stage in order
                                and order.index(to_stage) < order.index(from_stage)):
        raise SmarketingError("error.step_backwards", from_stage=from_stage, to_stage=to_stage)


@overload
def compute(con: Con, name: Literal["funnel"], query: Query | None = None) -> list[FunnelRow]: ...
@overload
def compute(con: Con, name: Literal["conversion"], query: Query | None = None) -> list[ConversionRow]: ...
@overload
def compute(con: Con, name: Literal["velocity"], query: Query | None = None) -> list[VelocityRow]: ...
@overload
def compute(con: Con, name: Literal["win_rate"], query: Query | None = None) -> list[WinRateRow]: ...
@overload
def compute(con: Con, name: Literal["sla"], query: Query | None = None) -> list[SlaRow]: ...
@overload
def compute(con: Con, name: Literal["roi"], query: Query | None = None) -> list[RoiRow]: ...
@overload
def compute(con: Con, name: str, query: Query | None = None) -> list[Any]: ...
def compute(con: duckdb.DuckDBPyConnection, name: str, query: Query | None = None) -> list[Any]:
    """Rows of one metric: the dimension under its own name when grouped, `period` when by period, then
    the metric's keys and `partial` (plus labels the pages use). Rates are fractions; a zero denominator
    gives None. A row is partial when its week or month is not over yet or is cut by the window, or, without
    periods, when the window is not over yet (periods.partial)."""
    query = query or Query()
    metric = CATALOG[name]
    if metric.stages:
        check_step(query.from_stage or metric.stages[0], query.to_stage or metric.stages[1])
    rows = db.rows(con, metric.sql, **query.params(metric))
    shaped = []
    for row in rows:
        out = {}
        if query.by:
            out[query.by] = row["dimension"]
        if query.every:
            out["period"] = row["period"]
        for key in metric.keys_for(query):
            out[key] = row[key]
        out["partial"] = periods.partial(row["period"], query.every, query.start, query.end, query.today)
        out.update({k: v for k, v in row.items() if k not in out and k not in ("dimension", "period")})
        shaped.append(out)
    _own_currency(con, metric.money, shaped)
    return shaped


def amounts_by_currency(money: dict[str, str]) -> dict[str, list[str]]:
    """A metric's currency columns, each with the amounts it names the currency of (roi: spend_currency -> spend,
    cpl, cac...; won_currency -> won_value)."""
    columns: dict[str, list[str]] = {}
    for key, column in money.items():
        columns.setdefault(column, []).append(key)
    return columns


def _own_currency(con: duckdb.DuckDBPyConnection, money: dict[str, str], rows: list[Row]) -> None:
    """A row with no amount at all (nothing won, nothing spent: 0) names the company's currency for them, never
    none: a card read "Valore vinto (EUR) 0" in a dollar company, and 0 euros were set against last week's dollars.
    An amount left unknown (two currencies, never added) keeps its currency unnamed, and lists the company's part
    first."""
    company = None
    for row in rows:
        for column, keys in amounts_by_currency(money).items():
            amounts = [row.get(key) for key in keys]
            if row.get(column) is None and 0 in amounts and all(a == 0 or a is None for a in amounts):
                company = company or settings.currency(con)
                row[column] = company
        for split in SPLIT.values():
            if row.get(split):
                # the company's own part first: a card too narrow for "4.232 CHF + 58.099 €" shows the euros
                company = company or settings.currency(con)
                row[split] = sorted(row[split], key=lambda part: (part["currency"] != company, part["currency"]))


NOT_COMPARED = {"stage", "currency", "maturing", "assigned", "partial"}
COMPARE_KEYS = ("compare_start", "compare_end", "compare_data")


def compared_keys(name: str, query: Query) -> tuple[str, ...]:
    return tuple(k for k in CATALOG[name].keys_for(query) if k not in NOT_COMPARED)


@overload
def compare(con: Con, name: Literal["funnel"], query: Query, how: str | None) -> list[FunnelRow]: ...
@overload
def compare(con: Con, name: Literal["conversion"], query: Query, how: str | None) -> list[ConversionRow]: ...
@overload
def compare(con: Con, name: Literal["velocity"], query: Query, how: str | None) -> list[VelocityRow]: ...
@overload
def compare(con: Con, name: Literal["win_rate"], query: Query, how: str | None) -> list[WinRateRow]: ...
@overload
def compare(con: Con, name: Literal["sla"], query: Query, how: str | None) -> list[SlaRow]: ...
@overload
def compare(con: Con, name: Literal["roi"], query: Query, how: str | None) -> list[RoiRow]: ...
@overload
def compare(con: Con, name: str, query: Query, how: str | None) -> list[Any]: ...
def compare(con: duckdb.DuckDBPyConnection, name: str, query: Query, how: str | None) -> list[Any]:
    """compute(), and with `how` ("previous" or "year") every numeric key again as `<key>_compare`: the same
    SQL over the comparison window (periods.comparison), matched by group, stage and period moved forward,
    with `compare_start`, `compare_end` and `compare_data` (how much of that window the data covers: full,
    partial, none; with none, every comparison is None rather than a +100% against nothing). An amount whose
    comparison is in another currency has none either; `compare_currencies` names that currency by key."""
    rows = compute(con, name, query)
    if how is None:
        return rows
    window, data, data_from = comparison_of(con, query, how)
    # the earlier window is read to its own last day: a whole October to the 31st against a whole November, never to
    # the 30th (30 November less a month), which dropped the spend of October's last day
    # (with the typical days the current run used: a cohort's `maturing` is never compared, and the scan for them was
    # a third of a conversion's or a hand-off's run on a million leads)
    typical = query.typical_days if query.typical_days is not None or not rows else rows[0].get("typical_days")
    earlier = replace(query, start=window.start, end=window.end, today=window.end,
                      as_of=query.today - window.shift, cut=False, typical_days=typical)
    # spend has a first day of its own: imported from later than the leads, its amounts before it are unknown,
    # not 0; from further back, the spend is compared where the leads are not
    spend_from = first_day(con, "spend") if name == "roi" else None
    spent = data != "none" or (name == "roi" and periods.covered(spend_from, window.start, window.end) != "none")
    found = {_match_key(r, query, window.shift): r for r in compute(con, name, earlier)} if spent else {}
    if query.by or query.every:
        # a group or a week the window has nothing of, that had some then (1 MQL from LinkedIn last week, none this
        # week; June with no MQL against December's 200), is listed with its zero: left out, the comparison column
        # no longer added up to the total's, and the period that fell to nothing was the one missing
        present = {_match_key(r, query) for r in rows}
        gone = [_nothing_now(other, name, query, rows, key[2]) for key, other in found.items() if key not in present]
        if gone and data != "none":
            by = query.by
            rows = sorted(rows + gone, key=lambda r: (
                (r[by] is not None, str(r[by] or "")) if by else (), r.get("period") or date.min))
    money = CATALOG[name].money
    for row in rows:
        other = found.get(_match_key(row, query))
        then = row["period"] - window.shift if row.get("period") is not None and query.every else window.start
        # a period whose comparison lies wholly before the data began has nothing to compare with, not zero
        before_data = row.get("period") is not None and query.every is not None and (
            data_from is None or periods.period_end(then, query.every) < data_from)
        no_leads = data == "none" or before_data
        # (as the leads': a window the spend began inside is compared, one wholly before it is not)
        last = periods.period_end(then, query.every) if row.get("period") is not None and query.every else window.end
        no_spend = name == "roi" and (spend_from is None or spend_from > last)
        _nothing_in_their_currency(money, row, other)
        # an amount in another currency then (won in dollars, now in euros) is no base for a change
        elsewhere = {key: c for key in money if (c := _other_currency(money, key, row, other))}
        for key in compared_keys(name, query):
            # the spend alone needs the spend's days; the costs and the return the leads' too; the rest the leads'
            if (no_leads and key != "spend") or (no_spend and key in SPENT):
                value = None
            elif other is not None:
                value = None if key in elsewhere else other[key]
            else:
                # spend unknown by segment stays unknown; a count with no row there was zero
                value = 0 if key in ADDITIVE and row[key] is not None else None
            row[f"{key}_compare"] = value
        row.update(compare_start=window.start, compare_end=window.end, compare_data=data,
                   compare_currencies=elsewhere)
        if row.get("period") is not None and query.every:
            # a chart's faint line says which week or month its point is (August's against November's)
            row["compare_period"] = then
    if name == "roi" and spent and query.start is not None:
        series = db.rows(con, "metrics/spend_days", **filter_params(query.filters))
        last = min(query.end or query.today, query.today)
        # the window's own check, once for every group's row
        whole = _spend_uneven(series, (query.start, last), (window.start, window.end))
        for row in rows:
            if row.get("period") is not None and query.every:
                # a week's or a month's row is its own days, cut to the window and to today, against the days of the
                # row it is compared with, cut to the comparison's window: February against the whole of November,
                # never against November's first 28 days
                first = max(row["period"], query.start)
                end = min(periods.period_end(row["period"], query.every), last)
                other = found.get(_match_key(row, query))
                then = other["period"] if other is not None else row["period"] - window.shift
                since = (max(then, window.start), min(periods.period_end(then, query.every), window.end))
                uneven = _spend_uneven(series, (first, end), since) if first <= end else None
            else:
                uneven = whole
            if uneven:
                row.update({f"{key}_compare": None for key in SPENT}, compare_spend_uneven=uneven)
    return rows


def after_the_data(query: Query) -> bool:
    """The window starts after the data's last day (the data stopped over a week before today): it holds none."""
    return query.data_end is not None and query.start is not None and query.data_end < query.start


def blank_after_the_data(rows: list[Any], query: Query) -> list[Any]:
    """A window wholly after the data's last day holds no data: every figure "–", never 0 customers or 0 € spent, and
    nothing to compare, never a fall of 100% (docs/metrics.md, "Partial periods")."""
    if after_the_data(query):
        for row in rows:
            row.update({key: None for key, value in row.items() if key not in COMPARE_KEYS and (
                key.endswith("_compare") or isinstance(value, (int, float, Decimal)) and not isinstance(value, bool))})
    return rows


def _nothing_now(then: Row, name: str, query: Query, rows: list[Row], period: date | None) -> Row:
    """A group's or a period's row for a window with nothing of it: counts 0, rates and amounts unknown, as its SQL
    would write a group with no rows; `period`, the comparison's period moved into the window."""
    row = dict(then)
    for key in CATALOG[name].keys_for(query):
        if key == "maturing":
            # no cohort now, none waiting: never the earlier cohort's state under a row of zeros
            row[key] = False
        elif not isinstance(then.get(key), (str, bool)):
            # what names the row (the funnel's stage) or says what it is (whether the hand-off's owner is in the
            # team's Sales) stays; figures are none now
            row[key] = 0 if key in ADDITIVE else None
    if query.every and period is not None:
        row["period"] = period
        row["partial"] = periods.partial(period, query.every, query.start, query.end, query.today)
    else:
        row["partial"] = rows[0]["partial"] if rows else then.get("partial", False)
    return row


# the roi keys that hold the money spent
SPENT = ("spend", "cpl", "cost_per_mql", "cost_per_sql", "cac", "roi", "roas")


def _spend_uneven(series: list[Row], now: tuple[date, date], then: tuple[date, date]) -> str | None:
    """Spend written once a week or once a month (always on the same weekday, or day of the month), with the days
    `now` and their comparison `then` (first and last day) holding a different number of those days in the calendar:
    "this month" on 2 December held no spend against a whole week's on 2 November, a fall of 100% that never
    happened. Such spend is never compared. `series`: each channel and campaign's cadence (metrics/spend_days).
    Returns how often it is written, "week" or "month", when it is so for one of them; else None."""
    def written(found: Row, first: date, last: date) -> int:
        days = (first + timedelta(days=n) for n in range((last - first).days + 1))
        if found["weekdays"] == 1:
            return sum(d.isoweekday() == found["weekday"] for d in days)
        return sum(d.day == found["monthday"] for d in days)

    for found in series:
        if 1 in (found["weekdays"], found["monthdays"]) and written(found, *now) != written(found, *then):
            return "week" if found["weekdays"] == 1 else "month"
    return None


def _nothing_in_their_currency(money: dict[str, str], row: Row, other: Row | None) -> None:
    """Nothing won (or spent) now is 0 in the currency the comparison's amounts are in: "8.000 USD against 0" is a
    change whatever the company's currency, and this week's 0 beside last week's dollars reads in dollars."""
    if other is None:
        return
    for column, keys in amounts_by_currency(money).items():
        if other.get(column) and not any(row.get(key) for key in keys) and any(other.get(key) for key in keys):
            row[column] = other[column]


def _other_currency(money: dict[str, str], key: str, row: Row, other: Row | None) -> str | None:
    """The currency of amount `key` in the comparison's row when both rows have an amount, each in its currency,
    and they differ (nothing, 0, is nothing in any currency)."""
    if other is None or not row.get(key) or not other.get(key):
        return None
    mine, theirs = row[money[key]], other[money[key]]
    return theirs if mine and theirs and mine != theirs else None


def comparison_of(con: duckdb.DuckDBPyConnection, query: Query,
                  how: str) -> tuple[periods.Comparison, str, date | None]:
    """The window a comparison looks at, how much of it the leads cover (full, partial, none), and the first day
    of leads that says so: spend from further back holds no lead to compare with, never a count of 0 to grow
    from (compare() reads the spend's own first day for the amounts spent)."""
    data_from = first_day(con, "lead")
    window, data = comparison_window(query, how, data_from)
    return window, data, data_from


def comparison_window(query: Query, how: str, data_from: date | None) -> tuple[periods.Comparison, str]:
    """The window a comparison looks at and how much of it data starting on `data_from` covers."""
    if query.start is None:
        raise SmarketingError("error.compare_needs_window")
    # (a window the data stops inside is compared as of the data's last day: like against like)
    elapsed = periods.data_cut(query.start, query.end, query.today, query.data_end) or query.today
    window = periods.comparison(query.start, query.end or query.today, elapsed, how, query.every, query.unit)
    return window, periods.covered(data_from, window.start, window.end)


def first_day(con: duckdb.DuckDBPyConnection, of: str | None = None) -> date | None:
    """The first day the store has data for (a lead's first known date or a spend); of "lead" or "spend" alone."""
    return db.rows(con, "objectives/data_start")[0][f"first_{of}_day" if of else "first_day"]


def _match_key(row: Row, query: Query, shift=None) -> tuple[Any, ...]:
    period = row.get("period")
    if period is not None and shift is not None and query.every is not None:
        period = periods.period_start(period + shift, query.every)
    return (row.get(query.by) if query.by else None, row.get("stage"), period)


def public(rows: list[Row], name: str, query: Query, how: str | None = None) -> list[Row]:
    """Rows as the CLI contract states them: the dimension, period, the metric's keys and `partial`, and with
    a comparison each numeric key's `_compare` and the comparison window."""
    keys = ([query.by] if query.by else []) + (["period"] if query.every else []) + \
        list(CATALOG[name].keys_for(query)) + ["partial"]
    if how is not None:
        keys += [f"{k}_compare" for k in compared_keys(name, query)] + list(COMPARE_KEYS)
    return [{k: row[k] for k in keys} for row in rows]


class Lead(Dimensions):
    """A lead behind a number, as sql/drill/leads.sql lists it (its dimensions too)."""

    external_id: str | None
    name: str | None
    email: str | None
    company: str | None
    current_stage: str
    lead_at: datetime | None
    mql_at: datetime | None
    sql_at: datetime | None
    opportunity_at: datetime | None
    closed_at: datetime | None
    deal_value: Decimal | None
    currency: str | None
    lost_reason: str | None


@dataclass
class Listing:
    """The leads behind a number: how many it counts, and the first of them (newest first)."""

    total: int
    rows: list[Lead]


def listing(con: duckdb.DuckDBPyConnection, name: str, key: str, query: Query, *, value: str | None = None,
            stage: str | None = None, limit: int | None = DRILL_LIMIT) -> Listing:
    """The leads that `key` of metric `name` counts for the group `value` of `query.by` (and, for the funnel,
    `stage`): same window, filters and grouping as the number, so the list is exactly as long as the number
    says. Raises KeyError for a number that has no list behind it."""
    return _drill(con, query, value, limit, **_drill_filters(name, key, query, stage))


def _drill_filters(name: str, key: str, query: Query, stage: str | None) -> dict[str, Any]:
    """Which leads a number counts, in drill/leads.sql's terms, as its metric file counts them."""
    a, b = query.from_stage or (CATALOG[name].stages or (None, None))[0], \
        query.to_stage or (CATALOG[name].stages or (None, None))[1]
    period = query.mode == "period"
    filters: dict[str, Any] = {
        ("funnel", "reached"): lambda: {"reached": stage},
        ("conversion", "entered"): lambda: {"date_on": a, "dated": True} if period else {"reached": a, "date_on": a},
        ("conversion", "converted"): lambda: {"date_on": b, "dated": True} if period
        else {"reached": a, "reached_too": b, "date_on": a},
        ("sla", "mqls"): lambda: {"reached": "mql", "date_on": "mql"},
        ("sla", "accepted"): lambda: {"reached": "mql", "reached_too": "sql", "date_on": "mql"},
        ("sla", "backlog"): lambda: {"reached": "mql", "date_on": "mql", "backlog_before":
                                     datetime.combine(query.today, datetime.min.time())
                                     - timedelta(days=query.backlog_days)},
        ("win_rate", "won"): lambda: {"deal_outcome": "won", "date_on": "closed"},
        ("win_rate", "lost"): lambda: {"deal_outcome": "lost", "date_on": "closed"},
        ("win_rate", "disqualified"): lambda: {"deal_outcome": "disqualified", "date_on": "closed"},
        ("roi", "leads"): lambda: {},
        ("roi", "mqls"): lambda: {"date_on": "mql", "dated": True},
        ("roi", "sqls"): lambda: {"date_on": "sql", "dated": True},
        ("roi", "customers"): lambda: {"deal_outcome": "won", "date_on": "closed"},
    }[(name, key)]()
    # grouped by owner, the hand-off's rows are the accountable Sales people
    filters["by"] = "accountable" if name == "sla" and query.by == "owner" else query.by
    return filters


def _drill(con: duckdb.DuckDBPyConnection, query: Query, value: str | None, limit: int | None, *, by: str | None,
           reached: str | None = None, reached_too: str | None = None,
           deal_outcome: str | None = None, date_on: str | None = None, dated: bool = False,
           backlog_before: datetime | None = None) -> Listing:
    rows = db.rows(
        con, "drill/leads", by=by, value=value, reached=reached, reached_too=reached_too,
        deal_outcome=deal_outcome, date_on=date_on, dated=dated, start=query.start, end=query.read_end,
        backlog_before=backlog_before, today=query.today, limit=limit, **filter_params(query.filters),
    )
    # drill/leads.sql's columns are Lead's, and the total over them all
    return Listing(rows[0]["total"] if rows else 0,
                   [{k: v for k, v in r.items() if k != "total"} for r in rows])  # type: ignore[misc]


def known_filters(con: duckdb.DuckDBPyConnection, filters: Filters) -> Filters:
    """Each value kept as the data writes it, matched whatever its case and spacing ("linkedin" is LinkedIn; a value
    written as the data has it is itself, "google" beside "Google"); a value no lead or spend has is refused, naming
    the values there are, never a silent set of zeros. An owner is matched as the metrics match people (any case, the
    team's names too), so it is passed as given."""
    if not filters:
        return filters
    values = dimension_values(con)
    for row in db.rows(con, "catalog/spend_values"):
        if row["value"] not in values.setdefault(row["dimension"], []):
            values[row["dimension"]].append(row["value"])
    known: dict[str, str | None] = {}
    for dimension, value in filters.items():
        written = values.get(dimension, [])
        if value is None:
            known[dimension] = None
            continue
        # as written first ("google" beside "Google"), else whatever its case and spacing
        match = value if dimension == "owner" or value in written else next(
            (w for w in written if " ".join(w.casefold().split()) == " ".join(value.casefold().split())), None)
        if match is None:
            raise SmarketingError("error.filter_value_unknown", dimension=dimension, value=value,
                                  known=", ".join(written[:12]) + (" …" if len(written) > 12 else "") or "–")
        known[dimension] = match
    return known


def dimension_values(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """The values each dimension takes in the data (filters offer them, drafting recognises them)."""
    values: dict[str, list[str]] = {}
    for row in db.rows(con, "catalog/dimension_values"):
        if row["value"] is not None:
            values.setdefault(row["dimension"], []).append(row["value"])
    return values
