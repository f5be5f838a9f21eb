"""The metrics against a second reading of docs/metrics.md: bench/pandas_metrics.py works each definition out
afresh in pandas from the raw tables, never from lead_journeys, on the benchmark's generated store with its edge
cases (no history, no creation date, skipped stages, undated entries, no source, deals with no value). The
benchmark compares the two on a million leads; here they are compared on a few thousand at every run, so that a
definition changed on one side only fails here rather than going stale in the benchmark unnoticed (as it did:
the funnel's `maturing`, a period never maturing, Spend and return's currencies)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import metrics_bench as mb  # noqa: E402
import pandas_metrics as pm  # noqa: E402

from smarketing import db  # noqa: E402


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("reference") / "bench.duckdb"
    built = mb.build_store(path, 3000)
    con = db.connect(path)
    yield con, built["rows"], {"categories": pm.load(con), "text": pm.load(con, categories=False)}
    con.close()


def test_the_generated_store_holds_the_edge_cases_the_readings_are_compared_on(store):
    con, rows, _ = store
    assert rows == {"leads": 3000, "stage_events": 8610, "spend": 3555, "lead_journeys": 3000}
    # no creation date, no source, customers with no value, no history at all; then entries with no date
    assert con.execute(
        "select count(*) filter (where created_at is null), count(*) filter (where source is null), "
        "count(*) filter (where current_stage = 'customer' and deal_value is null), "
        "count(*) filter (where lead_id not in (select lead_id from stage_events)) from leads").fetchone() == (
        11, 30, 7, 20)
    assert con.execute("select count(*) from stage_events where entered_at is null").fetchone()[0] == 74


@pytest.mark.parametrize("case", mb.CASES, ids=[case.label for case in mb.CASES])
def test_each_metric_equals_the_pandas_reading_of_its_definition(store, case):
    con, _, tables = store
    duck = mb.duckdb_rows(con, case)
    assert duck, "the case has rows to compare"
    for loaded in tables.values():
        assert mb.difference(duck, mb.pandas_rows(loaded, case), mb.grouping(case)) is None


def test_a_definition_changed_on_one_side_is_a_difference(store):
    # the comparison itself can fail: the funnel read without its `maturing`, as the reading of 1 December did
    con, _, tables = store
    case = mb.CASES[0]
    stale = [{k: v for k, v in row.items() if k != "maturing"} for row in mb.pandas_rows(tables["categories"], case)]
    assert "columns" in mb.difference(mb.duckdb_rows(con, case), stale, mb.grouping(case))
    # and so does one count off by one
    off = mb.pandas_rows(tables["categories"], case)
    off[1]["reached"] += 1
    assert mb.difference(mb.duckdb_rows(con, case), off, mb.grouping(case)) == (
        f"('mql',) reached: duckdb {off[1]['reached'] - 1}, pandas {off[1]['reached']}")
