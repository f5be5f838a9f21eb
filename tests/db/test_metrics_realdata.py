"""Journey metrics over real CRM exports from ../shared/realdata, checked against plain SQL over the ORIGINAL files.

The stores are filled through the importer (Olist: the MQLs, then the closed deals as an update; Maven: the sales
pipeline), then `metrics.compute` must give the figures that this module computes on its own, with DuckDB
`read_csv` over the untouched CSV files in a separate in-memory connection: never the store, the importer or the
metric SQL files. Counts and Decimals must be equal; floats equal to 9 decimal places.

The files are read in place; each test skips, saying why, when the folder or its file is absent."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from smarketing import db, metrics
from smarketing.importing import ImportOptions, run_import
from tests.helpers import realfile

TODAY = date(2026, 11, 25)

OLIST = "olist_marketing_funnel"
MQL_FILE = "olist_marketing_qualified_leads_dataset.csv"
DEALS_FILE = "olist_closed_deals_dataset.csv"
MQL_MAPS = {"external_id": "mql_id", "stage:mql": "first_contact_date", "source": "origin"}
DEALS_MAPS = {"external_id": "mql_id", "stage:customer": "won_date"}
# a quarter of first contacts: the cohort and period checks use it
Q1_2018 = (date(2018, 1, 1), date(2018, 3, 31))

MAVEN = "maven_crm_sales_opportunities"
PIPELINE_FILE = "sales_pipeline.csv"
MAVEN_MAPS = {"external_id": "opportunity_id", "owner": "sales_agent", "product": "product", "company": "account",
              "stage": "deal_stage", "stage:opportunity": "engage_date", "closed_at": "close_date",
              "deal_value": "close_value"}
MAVEN_STAGE_MAP = {"Prospecting": "sql", "Engaging": "opportunity"}
# a quarter of close dates, for the windowed win rate
Q2_2017 = (date(2017, 4, 1), date(2017, 6, 30))


def original(path: Path) -> str:
    """A FROM item reading the original file as text: every cast below is written out, empty fields are NULL."""
    return f"read_csv('{path}', header = true, delim = ',', quote = '\"', all_varchar = true)"


def sql_rows(con, query: str, params: list | None = None) -> list[dict]:
    cursor = con.execute(query, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def floats(value):
    return round(value, 9) if isinstance(value, float) else value


def shaped(rows: list[dict], keys: tuple[str, ...], by: str | None = None) -> dict:
    """dimension value (or None when not grouped) -> the chosen keys, floats to 9 places."""
    result = {(row[by] if by else None): tuple(floats(row[k]) for k in keys) for row in rows}
    assert len(result) == len(rows), "two rows for one group"
    return result


# --- stores filled through the importer, and the originals opened apart -------------------------------------

@pytest.fixture(scope="module")
def olist(tmp_path_factory):
    mql_path, deals_path = realfile(OLIST, MQL_FILE), realfile(OLIST, DEALS_FILE)
    con = db.connect(tmp_path_factory.mktemp("olist") / "olist.duckdb")
    first = run_import(con, mql_path, ImportOptions(maps=MQL_MAPS))
    second = run_import(con, deals_path, ImportOptions(mode="update", maps=DEALS_MAPS))
    assert (first.inserted, first.rejected, second.updated, second.rejected) == (8000, 0, 842, 0)
    files = duckdb.connect()
    # one row per MQL of the file, with its deal's won_date when it has one (every deal names a listed MQL)
    files.execute(f"""
        create table mqls as
        select m.mql_id, nullif(m.origin, '') as origin, m.first_contact_date::date as contacted,
               d.won_date::timestamp as won, d.mql_id is not null as has_deal
        from {original(mql_path)} as m
        left join {original(deals_path)} as d on d.mql_id = m.mql_id""")
    assert files.execute("select count(*), count(distinct mql_id), count(*) filter (where has_deal) "
                         "from mqls").fetchone() == (8000, 8000, 842)
    yield con, files
    files.close()
    con.close()


@pytest.fixture(scope="module")
def maven(tmp_path_factory):
    path = realfile(MAVEN, PIPELINE_FILE)
    con = db.connect(tmp_path_factory.mktemp("maven") / "maven.duckdb")
    result = run_import(con, path, ImportOptions(maps=MAVEN_MAPS, stage_map=MAVEN_STAGE_MAP))
    assert (result.inserted, result.rejected) == (8800, 0)
    # "opportunity_id" and "deal_stage": a deals export, every row a deal
    assert ("import.note_deals_header", {"column": "opportunity_id"}) in [(n.key, n.params) for n in result.notes]
    assert con.execute("select count(*) from leads where is_deal").fetchone() == (8800,)
    files = duckdb.connect()
    files.execute(f"""
        create table pipeline as
        select opportunity_id, sales_agent, deal_stage, engage_date::date as engaged, close_date::date as closed,
               close_value::decimal(18, 2) as close_value
        from {original(path)}""")
    assert files.execute("select count(*), count(distinct opportunity_id) from pipeline").fetchone() == (8800, 8800)
    yield con, files
    files.close()
    con.close()


def compute(con, name: str, **query) -> list[dict]:
    return metrics.compute(con, name, metrics.Query(today=TODAY, **query))


# --- 1. Olist: MQL -> customer conversion --------------------------------------------------------------------

CONVERSION = ("entered", "converted", "conversion_rate")


def olist_cohort_sql(files, by: bool, window: tuple[date, date] | None = None) -> dict:
    """MQLs of the file (first contact inside the window, when given) and how many of them have a closed deal."""
    group = "origin" if by else "null"
    where = "true" if window is None else "contacted between ? and ?"
    rows = sql_rows(files, f"""
        select {group} as dimension, count(*) as entered, count(*) filter (where has_deal) as converted,
               count(*) filter (where has_deal) / count(*) as conversion_rate
        from mqls where {where} group by all""", list(window or []))
    return shaped(rows, CONVERSION, "dimension")


def test_olist_conversion_overall_equals_plain_sql(olist):
    con, files = olist
    expected = olist_cohort_sql(files, by=False)
    assert expected == {None: (8000, 842, round(842 / 8000, 9))}  # the folder's README: 8000 MQLs, 842 deals
    assert shaped(compute(con, "conversion", from_stage="mql", to_stage="customer"), CONVERSION) == expected


def test_olist_conversion_by_origin_equals_plain_sql_and_keeps_empty_apart_from_unknown(olist):
    con, files = olist
    expected = olist_cohort_sql(files, by=True)
    assert expected[None][0] == 60 and expected["unknown"][0] == 1099   # the folder's README
    assert sum(entered for entered, _, _ in expected.values()) == 8000
    rows = compute(con, "conversion", from_stage="mql", to_stage="customer", by="source")
    assert shaped(rows, CONVERSION, "source") == expected


@pytest.mark.parametrize("by", [False, True], ids=["overall", "by_origin"])
def test_olist_conversion_cohort_of_a_quarter_equals_plain_sql(olist, by):
    con, files = olist
    start, end = Q1_2018
    expected = olist_cohort_sql(files, by=by, window=Q1_2018)
    assert 0 < sum(entered for entered, _, _ in expected.values()) < 8000   # the window does select
    rows = compute(con, "conversion", from_stage="mql", to_stage="customer", start=start, end=end,
                   by="source" if by else None)
    assert shaped(rows, CONVERSION, "source" if by else None) == expected


@pytest.mark.parametrize("by", [False, True], ids=["overall", "by_origin"])
def test_olist_conversion_period_of_a_quarter_equals_plain_sql(olist, by):
    """Deals won inside the quarter (any first contact) over first contacts inside the quarter (won or not)."""
    con, files = olist
    start, end = Q1_2018
    group = "origin" if by else "null"
    rows = sql_rows(files, f"""
        with a as (
            select {group} as dimension, count(*) as entered from mqls where contacted between $start and $end
            group by all),
        b as (
            select {group} as dimension, count(*) as converted from mqls
            where won >= $start and won < $end::date + interval 1 day group by all)
        select coalesce(a.dimension, b.dimension) as dimension, coalesce(a.entered, 0) as entered,
               coalesce(b.converted, 0) as converted,
               coalesce(b.converted, 0) / nullif(coalesce(a.entered, 0), 0) as conversion_rate
        from a full join b on a.dimension is not distinct from b.dimension""", {"start": start, "end": end})
    expected = shaped(rows, CONVERSION, "dimension")
    # the quarter's deals do not all come from the quarter's contacts: period and cohort differ here
    assert expected != olist_cohort_sql(files, by=by, window=Q1_2018)
    got = compute(con, "conversion", from_stage="mql", to_stage="customer", start=start, end=end, mode="period",
                  by="source" if by else None)
    assert shaped(got, CONVERSION, "source" if by else None) == expected


@pytest.mark.parametrize("by", [False, True], ids=["overall", "by_origin"])
def test_olist_velocity_first_contact_to_won_equals_plain_sql(olist, by):
    """Fractional days (won_date has a time of day) over every deal but the one won two days before its first
    contact: dates out of order, never a negative time (docs/metrics.md)."""
    con, files = olist
    group = "origin" if by else "null"
    rows = sql_rows(files, f"""
        select {group} as dimension, count(*) as converted,
               median(epoch(won - contacted::timestamp) / 86400) as median_days,
               avg(epoch(won - contacted::timestamp) / 86400) as mean_days
        from mqls where has_deal and won >= contacted::timestamp group by all""")
    expected = shaped(rows, ("converted", "median_days", "mean_days"), "dimension")
    assert sum(n for n, _, _ in expected.values()) == 841
    name = "source" if by else None
    got = compute(con, "velocity", from_stage="mql", to_stage="customer", by=name)
    assert shaped(got, ("converted", "median_days", "mean_days"), name) == expected


def test_olist_funnel_counts_skipped_stages_as_reached(olist):
    """A customer reached sql and opportunity although Olist never dates them."""
    con, files = olist
    total, won = files.execute("select count(*), count(*) filter (where has_deal) from mqls").fetchone()
    reached = {r["stage"]: r["reached"] for r in compute(con, "funnel")}
    assert reached == {"lead": total, "mql": total, "sql": won, "opportunity": won, "customer": won}


# --- 2. Maven: win rate, won value, velocity, funnel ----------------------------------------------------------

WIN_RATE = ("won", "lost", "win_rate", "won_value", "avg_deal_value")


def maven_win_rate_sql(files, by: bool, window: tuple[date, date] | None = None) -> dict:
    """Won and Lost rows of the file (closing inside the window, when given) and the close_value of the Won ones."""
    group = "sales_agent" if by else "null"
    where = "true" if window is None else "closed between ? and ?"
    rows = sql_rows(files, f"""
        select {group} as dimension,
               count(*) filter (where deal_stage = 'Won') as won,
               count(*) filter (where deal_stage = 'Lost') as lost,
               count(*) filter (where deal_stage = 'Won') / count(*) as win_rate,
               coalesce(sum(close_value) filter (where deal_stage = 'Won'), 0) as won_value,
               avg(close_value) filter (where deal_stage = 'Won') as avg_deal_value
        from pipeline where deal_stage in ('Won', 'Lost') and {where} group by all""", list(window or []))
    return shaped(rows, WIN_RATE, "dimension")


def assert_win_rate(rows: list[dict], by: str | None, expected: dict) -> None:
    assert shaped(rows, WIN_RATE, by) == expected
    assert all(isinstance(row["won_value"], Decimal) for row in rows)


def test_maven_win_rate_and_won_value_overall_equal_plain_sql(maven):
    con, files = maven
    expected = maven_win_rate_sql(files, by=False)
    # as test_import_realdata states them: 4238 Won, 2473 Lost, 10,005,534 of close_value won
    assert expected == {None: (4238, 2473, round(4238 / 6711, 9), Decimal("10005534"), round(10005534 / 4238, 9))}
    rows = compute(con, "win_rate")
    assert_win_rate(rows, None, expected)
    # every lost row is a lost deal: nothing disqualified
    assert rows[0]["disqualified"] == 0


def test_maven_win_rate_and_won_value_by_sales_agent_equal_plain_sql(maven):
    con, files = maven
    expected = maven_win_rate_sql(files, by=True)
    assert len(expected) == files.execute("select count(distinct sales_agent) from pipeline").fetchone()[0] == 30
    assert_win_rate(compute(con, "win_rate", by="owner"), "owner", expected)


@pytest.mark.parametrize("by", [False, True], ids=["overall", "by_sales_agent"])
def test_maven_win_rate_of_a_quarter_of_close_dates_equals_plain_sql(maven, by):
    con, files = maven
    start, end = Q2_2017
    expected = maven_win_rate_sql(files, by=by, window=Q2_2017)
    assert 0 < sum(won + lost for won, lost, *_ in expected.values()) < 4238 + 2473
    name = "owner" if by else None
    assert_win_rate(compute(con, "win_rate", by=name, start=start, end=end), name, expected)


VELOCITY = ("converted", "median_days", "mean_days")


@pytest.mark.parametrize("by", [False, True], ids=["overall", "by_sales_agent"])
def test_maven_velocity_engage_to_close_of_won_deals_equals_plain_sql(maven, by):
    con, files = maven
    group = "sales_agent" if by else "null"
    rows = sql_rows(files, f"""
        select {group} as dimension, count(*) as converted,
               median(date_diff('day', engaged, closed)) as median_days,
               avg(date_diff('day', engaged, closed)) as mean_days
        from pipeline where deal_stage = 'Won' and engaged is not null and closed is not null group by all""")
    expected = shaped(rows, VELOCITY, "dimension")
    # the 4,238 won deals with both dates, in one row or spread over the agents
    assert sum(converted for converted, *_ in expected.values()) == 4238
    name = "owner" if by else None
    got = compute(con, "velocity", from_stage="opportunity", to_stage="customer", by=name)
    assert shaped(got, VELOCITY, name) == expected


def test_maven_funnel_reached_per_stage_equals_counts_from_deal_stage(maven):
    """Prospecting rows are SQLs; Engaging, Won and Lost rows all passed engage_date, so reached opportunity."""
    con, files = maven
    counts = dict(files.execute("select deal_stage, count(*) from pipeline group by 1").fetchall())
    assert set(counts) == {"Prospecting", "Engaging", "Won", "Lost"}
    # a lost deal reaches opportunity only through its own dated entry: every Lost row has its engage_date
    assert files.execute("select count(*) from pipeline where deal_stage = 'Lost' and engaged is null").fetchone() \
        == (0,)
    total = sum(counts.values())
    opportunity = counts["Engaging"] + counts["Won"] + counts["Lost"]
    expected = [("lead", total, None, 1.0, None), ("mql", total, 1.0, 1.0, 0), ("sql", total, 1.0, 1.0, 0),
                ("opportunity", opportunity, opportunity / total, opportunity / total, total - opportunity),
                ("customer", counts["Won"], counts["Won"] / opportunity, counts["Won"] / total,
                 opportunity - counts["Won"])]
    keys = ("stage", "reached", "conversion_from_previous", "conversion_from_first", "drop_off")
    assert [tuple(floats(r[k]) for k in keys) for r in compute(con, "funnel")] == [
        tuple(floats(v) for v in row) for row in expected]


def test_maven_conversion_opportunity_to_customer_counts_lost_deals_as_entered(maven):
    con, files = maven
    entered, converted = files.execute(
        "select count(*) filter (where deal_stage in ('Engaging', 'Won', 'Lost')), "
        "count(*) filter (where deal_stage = 'Won') from pipeline").fetchone()
    rows = compute(con, "conversion", from_stage="opportunity", to_stage="customer")
    assert shaped(rows, CONVERSION) == {None: (entered, converted, round(converted / entered, 9))}
