"""The typed rows of the metric reports (smarketing/metricrows.py) are what the SQL returns: every column a report
lists in metrics.CATALOG, in its order, and nothing a row carries left undeclared or of another type. A column added
to a report's SQL and not to its row fails here, not in a page. A comparison's `<column>_compare` keys are declared
by their column: each is there for every compared column, of that column's type or None."""

from __future__ import annotations

import types
import typing
from datetime import date

import pytest

from smarketing import metricrows, metrics
from tests.conftest import TODAY

ROW_TYPES = {"funnel": metricrows.FunnelRow, "conversion": metricrows.ConversionRow,
             "velocity": metricrows.VelocityRow, "win_rate": metricrows.WinRateRow, "sla": metricrows.SlaRow,
             "roi": metricrows.RoiRow}
GROUPED = set(typing.get_type_hints(metricrows.Grouped))


def _own(row_type) -> tuple[list[str], list[str]]:
    """A row type's own keys (not the grouping's), in declaration order: those every row has, and the others."""
    hints = typing.get_type_hints(row_type, include_extras=True)
    own = [k for k in hints if k not in GROUPED]
    optional = [k for k in own if typing.get_origin(hints[k]) is typing.NotRequired]
    return [k for k in own if k not in optional], optional


def _fits(value, hint) -> bool:
    if hint is typing.Any:
        return True
    if isinstance(hint, types.UnionType):
        return any(_fits(value, part) for part in typing.get_args(hint))
    if hint is type(None):
        return value is None
    return isinstance(value, typing.get_origin(hint) or hint)


def test_every_report_has_its_row_type_and_its_columns_in_order():
    assert set(ROW_TYPES) == set(metrics.CATALOG)
    for name, row_type in ROW_TYPES.items():
        required, optional = _own(row_type)
        assert tuple(required) == metrics.CATALOG[name].keys, name
        assert set(metrics.CATALOG[name].owner_keys) <= set(optional), name


@pytest.mark.parametrize("name", sorted(ROW_TYPES))
def test_the_rows_on_the_demo_are_their_types(demo_con, name):
    row_type = ROW_TYPES[name]
    hints = typing.get_type_hints(row_type)
    required, _ = _own(row_type)
    seen: set[str] = set()
    count = 0
    for by in (None, "source", "owner"):
        for every in (None, "week"):
            for how in (None, "previous"):
                query = metrics.Query(by=by, every=every, start=date(2026, 10, 1), end=TODAY, today=TODAY)
                compared = {f"{k}_compare" for k in metrics.compared_keys(name, query)} if how else set()
                for row in metrics.compare(demo_con, name, query, how):
                    count += 1
                    assert set(required) <= set(row), (name, by, every, how)
                    undeclared = set(row) - set(hints) - compared
                    assert not undeclared, (name, by, every, how, undeclared)
                    wrong = {k: v for k, v in row.items() if k in hints and not _fits(v, hints[k])}
                    assert not wrong, (name, by, every, how, wrong)
                    # a comparison is its column's type, or unknown: `<column>_compare` is read as the column is
                    assert compared <= set(row), (name, by, every, how)
                    wrong = {k: row[k] for k in compared
                             if row[k] is not None and not _fits(row[k], hints[k.removesuffix("_compare")])}
                    assert not wrong, (name, by, every, how, wrong)
                    seen |= set(row)
    # every variant had rows: the checks above ran on each of them
    assert count >= 12
    assert {"period", "partial", "source", "owner", "compare_start", "compare_data"} <= seen


def test_the_key_numbers_are_their_type(demo_con):
    from smarketing import overview

    hints = typing.get_type_hints(metricrows.KeyNumbers)
    required = [k for k, h in typing.get_type_hints(metricrows.KeyNumbers, include_extras=True).items()
                if k not in GROUPED and typing.get_origin(h) is not typing.NotRequired]
    assert set(overview.KEY_NUMBERS) | set(overview.WEEK_NUMBERS) <= set(required)
    query = metrics.Query(start=date(2026, 10, 1), end=TODAY, today=TODAY)
    for how in (None, "previous"):
        row = overview.key_numbers(demo_con, query, how)
        compared = {k for k in row if k.endswith("_compare")}
        assert set(required) <= set(row) and not set(row) - set(hints) - compared, how
        assert not {k: v for k, v in row.items() if k in hints and not _fits(v, hints[k])}, how
        # with a comparison, every headline number has one; without, none has
        if how:
            assert {f"{k}_compare" for k in overview.KEY_NUMBERS} <= compared
        else:
            assert compared == set()


def test_the_dimensions_typed_are_the_dimensions():
    from smarketing import vocabulary

    assert tuple(typing.get_type_hints(metricrows.Dimensions)) == vocabulary.DIMENSIONS
