"""What the funnel, hand-off and ROI pages show, each computed in one call from the period bar's query and
the page's own choices: rows of numbers and codes (metrics.compare) that the pages word and lay out. The
leads behind a number are not here: they are fetched only when someone asks for them (metrics.listing)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import cast

import duckdb

from smarketing import metrics, milestones
from smarketing.metricrows import AnyRow, ConversionRow, FunnelRow, RoiRow, SlaRow, WinRateRow, group_of
from smarketing.vocabulary import DEFAULT_CURRENCY, SPLIT


@dataclass(frozen=True)
class Funnel:
    funnel: list[FunnelRow]           # per stage: reached, conversions, drop-off
    step: ConversionRow               # the chosen step over the whole window
    breakdown: list[ConversionRow]    # the step by the chosen dimension
    weekly: list[ConversionRow]       # the step week by week
    deals: WinRateRow                 # how deals ended over the window
    deals_by: list[WinRateRow]        # the same by the chosen dimension
    events: list[milestones.Event] = field(default_factory=list)   # drawn on the trend

    def groups(self, dimension: str) -> list[str]:
        """The values the breakdown found, for the list behind a number."""
        return sorted({g for r in self.breakdown if (g := group_of(r, dimension)) is not None})


def funnel(con: duckdb.DuckDBPyConnection, query: metrics.Query, how: str | None, step: metrics.Query,
           dimension: str) -> Funnel:
    """`step` is `query` with the chosen from and to stages and mode."""
    overall = metrics.compare(con, "conversion", step, how)[0]
    # the typical days to convert are the same for every grouping and window of the step: worked out once
    given = replace(step, typical_days=overall["typical_days"])
    return Funnel(
        funnel=metrics.compare(con, "funnel", query, how),
        step=overall,
        breakdown=metrics.compare(con, "conversion", replace(given, by=dimension), how),
        weekly=metrics.compare(con, "conversion", replace(given, every="week"), how),
        deals=metrics.compare(con, "win_rate", query, how)[0],
        deals_by=metrics.compute(con, "win_rate", replace(query, by=dimension)),
        events=milestones.events(con, query.start, query.end, query.today),
    )


@dataclass(frozen=True)
class Handoff:
    overall: SlaRow
    by_owner: list[SlaRow]    # by the accountable Sales person; `assigned` None for someone not in the team
    weekly: list[SlaRow]
    events: list[milestones.Event] = field(default_factory=list)

    @property
    def outsiders(self) -> list[str]:
        """Owners of MQLs who are not in the team: nobody there answers for them."""
        return [r["owner"] for r in self.by_owner if r["assigned"] is None and r["owner"] is not None]

    @property
    def with_backlog(self) -> list[str | None]:
        return [r["owner"] for r in self.by_owner if r["backlog"]]

    def assigned(self, owner: str | None) -> bool | None:
        return next(r["assigned"] for r in self.by_owner if r["owner"] == owner)


def handoff(con: duckdb.DuckDBPyConnection, query: metrics.Query, how: str | None) -> Handoff:
    overall = metrics.compare(con, "sla", query, how)[0]
    # the typical days to accept are the same for every grouping and window of the page: worked out once
    given = replace(query, typical_days=overall["typical_days"])
    return Handoff(
        overall=overall,
        by_owner=metrics.compare(con, "sla", replace(given, by="owner"), how),
        weekly=metrics.compare(con, "sla", replace(given, every="week"), how),
        events=milestones.events(con, query.start, query.end, query.today),
    )


@dataclass(frozen=True)
class Roi:
    overall: RoiRow
    channels: list[RoiRow]    # by source
    campaigns: list[RoiRow]
    monthly: list[RoiRow]
    events: list[milestones.Event] = field(default_factory=list)
    # median days from a lead's first stage to customer, over all the data, when the window's spend is younger
    # than that (its customers may still come): None when the window is old enough, or nothing was ever won
    young_spend_days: float | None = None
    # the charts draw amounts on one axis, in the company's currency: the by-source bars and the monthly lines
    # with any amount in another currency left out (None), and which currencies were left out
    chart_currency: str = DEFAULT_CURRENCY
    chart_channels: list[RoiRow] = field(default_factory=list)
    chart_monthly: list[RoiRow] = field(default_factory=list)
    left_out: tuple[str, ...] = ()


def roi(con: duckdb.DuckDBPyConnection, query: metrics.Query, how: str | None) -> Roi:
    from smarketing import settings

    # (a window after the data's last day: every figure "–", as the overview's)
    channels = metrics.blank_after_the_data(metrics.compute(con, "roi", replace(query, by="source")), query)
    monthly = metrics.blank_after_the_data(metrics.compare(con, "roi", replace(query, every="month"), how), query)
    overall = metrics.blank_after_the_data(metrics.compare(con, "roi", query, how), query)[0]
    currency = _chart_currency([overall, *channels], settings.currency(con))
    left_out = {other for r in channels + monthly for other in _foreign(r, currency).values()}
    return Roi(
        overall=overall,
        channels=channels,
        campaigns=metrics.blank_after_the_data(metrics.compute(con, "roi", replace(query, by="campaign")), query),
        monthly=monthly,
        events=milestones.events(con, query.start, query.end, query.today),
        # (no spend at all, or none in the window: no return of it to wait for)
        young_spend_days=_young_spend(con, query) if overall.get("spend") else None,
        chart_currency=currency,
        chart_channels=[_in_currency(r, currency) for r in channels],
        chart_monthly=[_in_currency(r, currency) for r in monthly],
        left_out=tuple(sorted(left_out)),
    )


def _chart_currency(rows: Sequence[AnyRow], company: str) -> str:
    """The currency the charts draw in: the one most of the amounts are in (a company's currency changed in Settings
    converts nothing stored, and drawing euros as francs left every bar at 0), the company's when tied or none."""
    # (a row with nothing won or spent names the company's currency: it has no amount to draw, and no say)
    columns = metrics.amounts_by_currency(metrics.CATALOG["roi"].money)
    found = Counter(r[c] for r in rows for c, keys in columns.items() if r.get(c) and any(r.get(k) for k in keys))
    if not found:
        return company
    most = max(found.values())
    return company if found.get(company) == most else sorted(c for c, n in found.items() if n == most)[0]


def _foreign(row: AnyRow, currency: str) -> dict[str, str]:
    """The row's amounts in another currency than `currency`, each with the currency it is in (the first other one,
    of an amount in several)."""
    found = {key: row[column] for key, column in metrics.CATALOG["roi"].money.items()
             if row.get(column) and row[column] != currency and row.get(key)}
    for key, column in SPLIT.items():
        others = [part["currency"] for part in row.get(column) or () if part["currency"] != currency]
        if others:
            found.setdefault(key, others[0])
    return found


def _in_currency(row: RoiRow, currency: str) -> RoiRow:
    """The row with each amount in another currency than `currency` (and its comparison) set to None: one axis
    never holds euros and dollars. An amount in several keeps its part in `currency` (November's 18.817 EUR beside
    4.232 CHF is drawn, never left out with the francs)."""
    read: AnyRow = row
    kept: metrics.Row = dict(row)
    for key in _foreign(row, currency):
        part = next((p["amount"] for p in read.get(SPLIT.get(key, "")) or () if p["currency"] == currency), None)
        kept[key] = None if part is None else float(part)
        kept[f"{key}_compare"] = None
    return cast(RoiRow, kept)


def _young_spend(con: duckdb.DuckDBPyConnection, query: metrics.Query) -> float | None:
    """A customer is won some time after the spend that brought it: a window whose end (today at the latest) is
    within the typical lead-to-customer time of today has spend whose return may not have come yet."""
    # the scope's own cycle ("Webinar": 56,5 days where the company's is 67), over all time
    cycle = metrics.compute(con, "velocity", metrics.Query(from_stage="lead", to_stage="customer",
                                                           filters=query.filters, today=query.today))[0]["median_days"]
    last = min(query.end or query.today, query.today)
    return cycle if cycle and last > query.today - timedelta(days=cycle) else None
