"""The rows each metric report hands on (metrics.compute and metrics.compare), typed: its columns as
docs/metrics.md defines them, the group and period a row is of, and a comparison's window. metrics.CATALOG lists
each report's columns in the order they are shown; tests/db/test_metric_rows.py keeps the two, and what the SQL
returns, the same. A comparison adds `<column>_compare` beside each compared column, of the column's type or None:
those are read by the column's name (metricformat), never one by one, and the test checks them by their column."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any, NotRequired, TypedDict, cast

# any report's row, read by its columns' names: what words and lays out a column whatever its report (metricformat)
AnyRow = Mapping[str, Any]


class Dimensions(TypedDict, total=False):
    """A value of each dimension leads are grouped and filtered by (vocabulary.DIMENSIONS), under its name: a lead's
    own, or the group a report's row is of (None: the leads with none)."""

    source: str | None
    campaign: str | None
    segment: str | None
    region: str | None
    owner: str | None
    product: str | None


class Grouped(Dimensions, total=False):
    """What a row of any report may carry besides its columns: the group's value under the dimension's name, the
    period, and with a comparison its window and how much of it the data covers."""

    period: date
    partial: bool                       # the period (or the window) is not over yet, or is cut by the window
    compare_start: date
    compare_end: date
    compare_period: date                # a week's or a month's row: the first day of the one it is compared with
    compare_data: str                   # full, partial, none
    compare_currencies: dict[str, str]  # an amount compared with one in another currency: that currency


def group_of(row: Grouped, by: str) -> str | None:
    """The group a row is of: its value under the dimension's name."""
    return cast("Mapping[str, str | None]", row)[by]


class FunnelRow(Grouped):
    stage: str
    reached: int
    conversion_from_previous: float | None
    conversion_from_first: float | None
    drop_off: int | None
    maturing: bool | None
    # the stage's place and names, for the chart
    position: NotRequired[int]
    label_it: NotRequired[str]
    label_en: NotRequired[str]


class ConversionRow(Grouped):
    entered: int
    converted: int
    conversion_rate: float | None
    maturing: bool | None
    typical_days: NotRequired[float | None]  # the days three conversions in four take: younger cohorts are maturing


class VelocityRow(Grouped):
    converted: int
    median_days: float | None
    mean_days: float | None


class WinRateRow(Grouped):
    won: int
    lost: int
    disqualified: int
    win_rate: float | None
    won_value: Decimal | int | None
    avg_deal_value: float | None
    currency: str | None
    currencies: NotRequired[int]        # how many currencies the won deals are in
    won_split: NotRequired[Any]         # the won value per currency, where it is in several (vocabulary.SPLIT)


class SlaRow(Grouped):
    mqls: int
    accepted: int
    acceptance_rate: float | None
    median_days_to_accept: float | None
    backlog: int
    maturing: bool | None
    assigned: NotRequired[bool | None]  # by owner: whether the team lists them in Sales (None: not in the team)
    typical_days: NotRequired[float | None]  # the days three acceptances in four take: younger MQLs are maturing


class RoiRow(Grouped):
    spend: Decimal | int | None
    leads: int
    customers: int
    won_value: Decimal | int | None
    cpl: float | None
    cac: float | None
    roi: float | None
    roas: float | None
    mqls: int
    sqls: int
    cost_per_mql: float | None
    cost_per_sql: float | None
    currency: str | None
    spend_currency: str | None
    won_currency: str | None
    spend_split: NotRequired[Any]       # the spend per currency, where it is in several (vocabulary.SPLIT)
    won_split: NotRequired[Any]
    # spend written once a week or once a month, with a different number of those days in the comparison's window
    # ("week" or "month"): its spend and costs are not compared
    compare_spend_uneven: NotRequired[str]


class KeyNumbers(RoiRow):
    """The Overview's and the meeting's headline numbers (overview.KEY_NUMBERS): the return's row with the
    opportunities that came in, the win rate and the deals it is worked out of."""

    opportunities: int
    win_rate: float | None
    deals_won: int
    deals: int
