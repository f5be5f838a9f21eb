"""The journey metrics of docs/metrics.md read afresh in plain pandas, for bench/metrics_bench.py to hold the
SQL metrics against. Not part of the product.

Each function starts from the raw tables as an analyst would load them (load(): `leads`, `stage_events`,
`spend`, short lists of text values as categories), never from lead_journeys, and works the definition out
with vectorised filters, groupby and merges: Python loops only over result groups, never over leads. Each
returns rows shaped like metrics.public(): the dimension under its own name (None = not filled in) when
grouped, then the metric's keys, None where a value is unknown (a zero denominator, a mixed currency).
Only what the benchmark asks is covered: a grouping dimension, a window of days, cohort or period mode, the
stages of a step; no periods, no filters.

Readings of the definitions, each taken from docs/metrics.md or the purpose line of the SQL file:
- a stage's entry date is the lead's first dated entry into it; the first stage falls back to created_at;
- reaching a path stage: an entry into it or any later path stage, or a current stage at or past it;
  lost: its own entry or the current stage;
- a deal's outcome is its current stage (customer = won, lost = lost); it closed on its first dated
  customer / lost entry, else on leads.closed_at; a lost lead is a lost deal once it reached the opportunity
  stage or came as a deal (leads.is_deal), else it is disqualified and stays out of the win rate;
- a window [start, end] includes both days; a missing date is inside only when no window is asked for."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import duckdb
import numpy as np
import pandas as pd

PATH = {"lead": 1, "mql": 2, "sql": 3, "opportunity": 4, "customer": 5}  # lost sits off the path (docs/metrics.md)
ALL = 0  # the one group of an ungrouped metric
# text columns with a handful of values: categories, as an analyst would load them (fast compares and groupby)
CATEGORIES = {"leads": ("source", "campaign", "segment", "region", "owner", "product", "current_stage", "currency"),
              "stage_events": ("stage",), "spend": ("channel", "campaign", "currency")}


@dataclass
class Tables:
    """The raw store as DataFrames; loading them is not part of what the benchmark times."""

    leads: pd.DataFrame
    events: pd.DataFrame
    spend: pd.DataFrame


def load(con: duckdb.DuckDBPyConnection, categories: bool = True) -> Tables:
    """The three tables; with `categories`, their short lists of text values become categories, else they stay
    text as DuckDB hands them over (pandas' default string type)."""
    frames = {}
    for table, columns in CATEGORIES.items():
        frame = con.sql(f"select * from {table}").df()
        frames[table] = frame.astype(dict.fromkeys(columns, "category")) if categories else frame
    return Tables(leads=frames["leads"], events=frames["stage_events"], spend=frames["spend"])


def grouped(frame: pd.DataFrame | pd.Series, key="key"):
    """Groups by the dimension: the NULL group kept apart from every value, only groups that occur."""
    return frame.groupby(key, dropna=False, observed=True, sort=False)


def sizes(keys: pd.Series) -> pd.Series:
    """How many times each group key occurs."""
    return grouped(keys, keys).size()


# ---------------------------------------------------------------------------------------------- building blocks

def first_entry(t: Tables, stage: str) -> pd.Series:
    """Per lead (aligned with t.leads), the first dated entry into `stage`; NaT when none is dated."""
    events = t.events[t.events["stage"] == stage]
    first = t.leads["lead_id"].map(events.groupby("lead_id")["entered_at"].min())
    # the first stage is entered when the lead is created, unless the history says otherwise
    return first.fillna(t.leads["created_at"]) if stage == "lead" else first


def position(stages: pd.Series) -> pd.Series:
    """Each stage code's place on the path; 0 for lost, which sits off it and reaches nothing before it."""
    # look up the few distinct codes, not every row: Series.map on text costs ten times as much
    codes, distinct = pd.factorize(stages)
    lookup = np.array([PATH.get(code, 0) for code in distinct] + [0])  # code -1 (a missing stage) takes the last
    return pd.Series(lookup[codes], index=stages.index)


def furthest(t: Tables) -> pd.Series:
    """Per lead, the position of the furthest path stage reached: by its entries or by its current stage."""
    by_events = t.leads["lead_id"].map(position(t.events["stage"]).groupby(t.events["lead_id"]).max())
    return np.fmax(by_events.fillna(1), position(t.leads["current_stage"])).clip(lower=1).astype("int64")


def is_lost(t: Tables) -> pd.Series:
    lost_ids = t.events.loc[t.events["stage"] == "lost", "lead_id"]
    return t.leads["lead_id"].isin(lost_ids) | (t.leads["current_stage"] == "lost")


def reached(t: Tables, stage: str, furthest_: pd.Series) -> pd.Series:
    return is_lost(t) if stage == "lost" else furthest_ >= PATH[stage]


def first_known(t: Tables) -> pd.Series:
    """The earliest moment known of each lead: its creation or any dated entry, whatever the stage."""
    earliest = t.leads["lead_id"].map(t.events.groupby("lead_id")["entered_at"].min())
    return earliest.mask(earliest > t.leads["created_at"]).fillna(t.leads["created_at"])


def in_window(moments: pd.Series, start: date | None, end: date | None) -> pd.Series:
    """Both days included; NaT is inside only when no window is asked for (its comparisons are False)."""
    keep = pd.Series(True, index=moments.index)
    if start is not None:
        keep &= moments >= pd.Timestamp(start)
    if end is not None:
        keep &= moments < pd.Timestamp(end) + pd.Timedelta(days=1)
    return keep


def group_key(t: Tables, by: str | None) -> pd.Series:
    return t.leads[by] if by else pd.Series(ALL, index=t.leads.index, dtype="int8")


def days_between(a: pd.Series, b: pd.Series) -> pd.Series:
    return (b - a).dt.total_seconds() / 86400


def ratio(num, den):
    """num / den, None when either is unknown or the denominator is zero."""
    if _missing(num) or _missing(den) or den == 0:
        return None
    return float(num) / float(den)


def _missing(value) -> bool:
    return value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _value(value):
    """A plain Python value for a result row: NaN/NaT become None, numpy scalars their Python kind."""
    if _missing(value):
        return None
    return value.item() if isinstance(value, np.generic) else value


def shaped(frame: pd.DataFrame, by: str | None) -> list[dict]:
    """Result rows: the group key under the dimension's name (dropped when ungrouped), then the columns."""
    rows = []
    for key, values in frame.iterrows():  # one row per group, never per lead
        row = {by: _value(key)} if by else {}
        row.update({name: _value(v) for name, v in values.items()})
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------------- metrics

def funnel(t: Tables, by: str | None = None, start: date | None = None, end: date | None = None,
           today: date | None = None) -> list[dict]:
    """Per path stage: reached, share of the previous and of the first stage, drop-off. The cohort is the
    leads whose first known date is in the window. A stage after the first is `maturing` while the group's
    newest lead is younger than the time three leads in four take to enter it from their first date (over all
    leads, whatever the window)."""
    first_at = first_known(t)
    leads = pd.DataFrame({"key": group_key(t, by), "furthest": furthest(t), "first_at": first_at})
    if start is not None or end is not None:
        leads = leads[in_window(first_at, start, end)]
    counts = (grouped(leads, ["key", "furthest"]).size().unstack(fill_value=0)
              .reindex(columns=list(PATH.values()), fill_value=0))
    newest = grouped(leads)["first_at"].max()
    # reached stage p = leads whose furthest stage is p or later
    reached_ = counts.iloc[:, ::-1].cumsum(axis=1).iloc[:, ::-1]
    if reached_.empty and by is None:  # an empty cohort still has a funnel, of zeros
        reached_ = pd.DataFrame(0, index=[ALL], columns=list(PATH.values()))
    since = {}
    for stage in list(PATH)[1:]:
        entered = first_entry(t, stage)
        days = days_between(first_at, entered)[entered >= first_at]
        typical = days.quantile(0.75)
        since[stage] = None if _missing(typical) else pd.Timestamp(today or date.today()) - pd.Timedelta(
            days=math.ceil(typical))
    rows = []
    for key, counts_ in reached_.iterrows():
        first, previous = int(counts_.iloc[0]), None
        newest_ = newest.get(key)
        for stage, position in PATH.items():
            n = int(counts_[position])
            rows.append({**({by: _value(key)} if by else {}), "stage": stage, "reached": n,
                         "conversion_from_previous": ratio(n, previous), "conversion_from_first": ratio(n, first),
                         "drop_off": None if previous is None else previous - n,
                         "maturing": bool(since.get(stage) is not None and not _missing(newest_)
                                          and newest_ > since[stage])})
            previous = n
    return rows


def conversion(t: Tables, by: str | None = None, start: date | None = None, end: date | None = None,
               mode: str = "cohort", from_stage: str = "mql", to_stage: str = "sql",
               today: date | None = None) -> list[dict]:
    """Cohort: of the leads that reached A (entering A in the window), the share that reached B. Period:
    entries into B in the window over entries into A in the window. A cohort is `maturing` while its newest
    entry is younger than the time three conversions in four take; a period's flow never is (no cohort waits)."""
    furthest_ = furthest(t)
    leads = pd.DataFrame({
        "key": group_key(t, by), "a_at": first_entry(t, from_stage), "b_at": first_entry(t, to_stage),
        "reached_a": reached(t, from_stage, furthest_), "reached_b": reached(t, to_stage, furthest_),
    })
    both = leads[leads["reached_a"] & leads["reached_b"] & (leads["b_at"] >= leads["a_at"])]
    typical = days_between(both["a_at"], both["b_at"]).quantile(0.75)
    typical = 0.0 if _missing(typical) else typical
    if mode == "cohort":
        cohort = leads[leads["reached_a"] & in_window(leads["a_at"], start, end)]
        result = grouped(cohort).agg(
            entered=("reached_a", "size"), converted=("reached_b", "sum"), newest=("a_at", "max"))
    else:
        a = leads[leads["a_at"].notna() & in_window(leads["a_at"], start, end)]
        b = leads[leads["b_at"].notna() & in_window(leads["b_at"], start, end)]
        a = grouped(a).agg(entered=("a_at", "size"), newest_a=("a_at", "max"))
        b = grouped(b).agg(converted=("b_at", "size"), newest_b=("b_at", "max"))
        result = pd.concat([a, b], axis=1)
        result[["entered", "converted"]] = result[["entered", "converted"]].fillna(0).astype("int64")
        result["newest"] = result[["newest_a", "newest_b"]].max(axis=1)
    if result.empty and by is None:
        result = pd.DataFrame({"entered": [0], "converted": [0], "newest": [pd.NaT]}, index=[ALL])
    since = pd.Timestamp(today or date.today()) - pd.Timedelta(days=math.ceil(typical))
    result["conversion_rate"] = [ratio(c, e) for c, e in zip(result["converted"], result["entered"])]
    result["maturing"] = (result["newest"] > since).fillna(False).astype(bool) if mode == "cohort" else False
    return shaped(result[["entered", "converted", "conversion_rate", "maturing"]], by)


def velocity(t: Tables, by: str | None = None, start: date | None = None, end: date | None = None,
             from_stage: str = "lead", to_stage: str = "customer") -> list[dict]:
    """Median and mean days from entering A to entering B, over leads with both dates; B's day in the window."""
    leads = pd.DataFrame({"key": group_key(t, by), "a_at": first_entry(t, from_stage),
                          "b_at": first_entry(t, to_stage)})
    moves = leads[leads["a_at"].notna() & leads["b_at"].notna() & in_window(leads["b_at"], start, end)]
    moves = moves.assign(days=days_between(moves["a_at"], moves["b_at"]))
    result = grouped(moves)["days"].agg(converted="size", median_days="median", mean_days="mean")
    if result.empty and by is None:
        result = pd.DataFrame({"converted": [0], "median_days": [None], "mean_days": [None]}, index=[ALL])
    return shaped(result, by)


def win_rate(t: Tables, by: str | None = None, start: date | None = None, end: date | None = None) -> list[dict]:
    """Won deals / (won + lost deals), open leads left out, leads lost before becoming deals counted apart as
    disqualified; won value, average deal value; one currency or no value."""
    leads = t.leads
    closed = leads["current_stage"].isin(["customer", "lost"])
    if start is not None or end is not None:
        # the day it closed: its first dated customer / lost entry, else the export's closing date
        at = first_entry(t, "customer").where(leads["current_stage"] == "customer", first_entry(t, "lost"))
        closed &= in_window(at.fillna(leads["closed_at"]), start, end)
    a_deal = (furthest(t) >= PATH["opportunity"]) | leads["is_deal"].fillna(False).astype(bool)
    deals = pd.DataFrame({"key": group_key(t, by), "stage": leads["current_stage"], "value": leads["deal_value"],
                          "currency": leads["currency"], "deal": a_deal})[closed]
    won = deals["stage"] == "customer"
    frame = pd.DataFrame({"key": deals["key"], "won": won, "lost": ~won & deals["deal"],
                          "disqualified": ~won & ~deals["deal"], "value": deals["value"].where(won),
                          "currency": deals["currency"].where(won & deals["value"].notna())})
    result = grouped(frame).agg(
        won=("won", "sum"), lost=("lost", "sum"), disqualified=("disqualified", "sum"), value=("value", "sum"),
        valued=("value", "count"), currencies=("currency", "nunique"), currency=("currency", "first"))
    if result.empty and by is None:
        result = pd.DataFrame({"won": [0], "lost": [0], "disqualified": [0], "value": [0.0], "valued": [0],
                               "currencies": [0], "currency": [None]}, index=[ALL])
    one = result["currencies"] <= 1  # values in two currencies are never added
    out = pd.DataFrame({
        "won": result["won"], "lost": result["lost"], "disqualified": result["disqualified"],
        "win_rate": [ratio(w, w + lost) for w, lost in zip(result["won"], result["lost"])],
        "won_value": result["value"].where(one),
        "avg_deal_value": [ratio(v, n) if o else None for v, n, o in zip(result["value"], result["valued"], one)],
        "currency": result["currency"].where(one),
    }, index=result.index)
    return shaped(out, by)


def sla(t: Tables, by: str | None = None, start: date | None = None, end: date | None = None,
        today: date | None = None, backlog_days: int = 7) -> list[dict]:
    """MQLs (MQL entry in the window), accepted by Sales (reached SQL), acceptance rate, median days MQL -> SQL,
    the backlog: neither accepted nor lost, MQL entry more than `backlog_days` before today; `maturing` while a
    group's newest MQL is younger than the time three acceptances in four take among these MQLs."""
    furthest_ = furthest(t)
    mql_at, sql_at = first_entry(t, "mql"), first_entry(t, "sql")
    accepted = furthest_ >= PATH["sql"]
    waiting_since = pd.Timestamp(today or date.today()) - pd.Timedelta(days=backlog_days)
    leads = pd.DataFrame({
        "key": group_key(t, by), "accepted": accepted, "mql_at": mql_at,
        "days": days_between(mql_at, sql_at).where(accepted),  # NaN where a date is missing: left out
        "backlog": ~accepted & ~is_lost(t) & (mql_at < waiting_since),
    })[(furthest_ >= PATH["mql"]) & in_window(mql_at, start, end)]
    typical = leads["days"][leads["days"] >= 0].quantile(0.75)
    since = pd.Timestamp(today or date.today()) - pd.Timedelta(days=math.ceil(0.0 if _missing(typical) else typical))
    result = grouped(leads).agg(
        mqls=("accepted", "size"), accepted=("accepted", "sum"), median_days_to_accept=("days", "median"),
        backlog=("backlog", "sum"), newest=("mql_at", "max"))
    if result.empty and by is None:
        result = pd.DataFrame({"mqls": [0], "accepted": [0], "median_days_to_accept": [None], "backlog": [0],
                               "newest": [pd.NaT]}, index=[ALL])
    result.insert(2, "acceptance_rate", [ratio(a, m) for a, m in zip(result["accepted"], result["mqls"])])
    result["maturing"] = (result["newest"] > since).fillna(False).astype(bool)
    return shaped(result[["mqls", "accepted", "acceptance_rate", "median_days_to_accept", "backlog", "maturing"]],
                  by)


def roi(t: Tables, by: str | None = None, start: date | None = None, end: date | None = None,
        today: date | None = None, company: str = "EUR") -> list[dict]:
    """Spend, new leads, MQLs, SQLs, new customers and their value; CPL, cost per MQL/SQL, CAC, ROI, ROAS.
    Revenue goes to the lead's source/campaign; spend is known by channel (= source) and campaign only, and
    counts up to today (later spend is planned). Leads count on their first known day, MQLs/SQLs on their entry
    day, customers on the day they were won. No spend is no cost (None, never 0); customers none of whom has a
    value have an unknown worth. Each amount's currency is named apart, where it is one; nothing spent or won (0)
    is in the `company`'s currency (the store's setting, EUR unless changed)."""
    leads = t.leads
    key = group_key(t, by)
    known = by in (None, "source", "campaign")
    spend_dates = pd.to_datetime(t.spend["spend_date"])
    spend = t.spend[in_window(spend_dates, start, end) & (spend_dates <= pd.Timestamp(today or date.today()))]
    spend_key = {"source": spend["channel"], "campaign": spend["campaign"]}.get(
        by, pd.Series(ALL, spend.index, dtype="int8"))
    spent = grouped(spend, spend_key).agg(
        spend=("amount", "sum"), spend_currencies=("currency", "nunique"), spend_currency=("currency", "first"))
    windowed = start is not None or end is not None
    new = leads[in_window(first_known(t), start, end)] if windowed else leads
    mql_at, sql_at = first_entry(t, "mql"), first_entry(t, "sql")
    customers = leads["current_stage"] == "customer"
    if windowed:
        closed_at = first_entry(t, "customer").fillna(leads["closed_at"])
        customers &= in_window(closed_at, start, end)
    won = leads[customers]
    valued = won["deal_value"].notna()
    parts = [
        spent if known else None,
        sizes(key[new.index]).rename("leads"),
        sizes(key[mql_at.notna() & in_window(mql_at, start, end)]).rename("mqls"),
        sizes(key[sql_at.notna() & in_window(sql_at, start, end)]).rename("sqls"),
        pd.DataFrame({"key": key[won.index], "value": won["deal_value"], "currency": won["currency"].where(valued)})
        .pipe(grouped).agg(customers=("value", "size"), won_value=("value", "sum"), valued=("value", "count"),
                           won_currencies=("currency", "nunique"), won_currency=("currency", "first")),
    ]
    r = pd.concat([p for p in parts if p is not None], axis=1)
    if r.empty and by is None:
        r = pd.DataFrame(index=[ALL])
    r = r.reindex(columns=["spend", "spend_currencies", "spend_currency", "leads", "mqls", "sqls", "customers",
                           "won_value", "valued", "won_currencies", "won_currency"])
    for count in ("leads", "mqls", "sqls", "customers"):
        r[count] = r[count].fillna(0).astype("int64")
    # a currency is named only when there is exactly one (as text: the two come from different categories)
    r["spend_currency"] = r["spend_currency"].astype(object).where(r["spend_currencies"] == 1)
    r["won_currency"] = r["won_currency"].astype(object).where(r["won_currencies"] == 1)
    r["spend"] = r["spend"].fillna(0).where(r["spend_currencies"].fillna(0) <= 1) if known else None
    r["won_value"] = r["won_value"].fillna(0).where((r["won_currencies"].fillna(0) <= 1)
                                                    & ~((r["customers"] > 0) & (r["valued"].fillna(0) == 0)))
    cost = r["spend"].where(r["spend"] != 0) if known else pd.Series(None, index=r.index, dtype=object)
    # spend and return are set against each other only in one currency
    same = r["spend_currency"].isna() | r["won_currency"].isna() | (r["spend_currency"] == r["won_currency"])
    out = pd.DataFrame({
        "spend": r["spend"], "leads": r["leads"], "customers": r["customers"], "won_value": r["won_value"],
        "cpl": [ratio(s, n) for s, n in zip(cost, r["leads"])],
        "cac": [ratio(s, n) for s, n in zip(cost, r["customers"])],
        "roi": [ratio(w - s, s) if ok and not _missing(w) and not _missing(s) else None
                for w, s, ok in zip(r["won_value"], r["spend"], same)],
        "roas": [ratio(w, s) if ok else None for w, s, ok in zip(r["won_value"], r["spend"], same)],
        "mqls": r["mqls"], "sqls": r["sqls"],
        "cost_per_mql": [ratio(s, n) for s, n in zip(cost, r["mqls"])],
        "cost_per_sql": [ratio(s, n) for s, n in zip(cost, r["sqls"])],
        "currency": r["won_currency"].fillna(r["spend_currency"]).where(same),
        "spend_currency": r["spend_currency"].where(r["spend"] != 0, company) if known else r["spend_currency"],
        "won_currency": r["won_currency"].where(r["won_value"] != 0, company),
    }, index=r.index)
    return shaped(out, by)
