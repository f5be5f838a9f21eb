"""Overview metrics over nine hand-made leads (tests/helpers.py: small_funnel), counted by eye."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from smarketing import db, inventory, metrics, migrations, overview
from tests.conftest import TODAY
from tests.helpers import small_funnel, twelve


@pytest.fixture
def small(con):
    small_funnel(con)
    return con


def test_the_lost_stage_says_how_many_of_its_leads_are_deals_lost(con):
    twelve(con)
    lost = next(r for r in overview.stage_counts(con, TODAY) if r["code"] == "lost")
    # L4 lost after its opportunity: a deal lost; L7 and L8 were lost before, disqualified
    assert (lost["in_stage"], lost["lost_deals"]) == (3, 1)


def test_stage_counts_now_and_reached(small):
    got = [(r["code"], r["in_stage"], r["reached"]) for r in overview.stage_counts(small, TODAY)]
    assert got == [
        ("lead", 1, 9),          # every lead reached the first stage, dated or not
        ("mql", 1, 7),           # L2 L3 L4 L5(skipped) L6(lost later) L7(no history) L9
        ("sql", 2, 5),           # L3 L4 L5 L7 L9
        ("opportunity", 1, 3),   # L4 L5 L9
        ("customer", 2, 2),      # L4 L5
        ("lost", 2, 2),          # L6 L8: lost reaches nothing before it by itself
    ]


def test_a_stage_dated_after_today_is_not_where_the_lead_stands_today(small):
    """Read on Monday 23 November, the leads whose stage is dated later sit where their dates by then put them (a
    win the file dates on the 24th is no customer on the 23rd: Maven's pipeline read on 20 December counted 104 wins
    of the 21st-31st among its customers), and reached only the stages they had by then."""
    got = [(r["code"], r["in_stage"], r["reached"]) for r in overview.stage_counts(small, date(2026, 11, 23))]
    assert got == [
        ("lead", 2, 9),          # L1, and L2 whose MQL entry is on the 25th
        ("mql", 1, 6),           # L3, its SQL entry on the 24th | L3 L4 L5 L6 L7(undated) L9
        ("sql", 1, 4),           # L7, no history: an undated stage stands | L4 L5 L7 L9
        ("opportunity", 2, 3),   # L9, and L4 won on the 24th | L4 L5 L9
        ("customer", 1, 1),      # L5, won on the 23rd at 17:00
        ("lost", 2, 2),          # L6 (20th), L8 (no date)
    ]
    head = overview.headline(small, date(2026, 11, 23))
    assert (head["total_leads"], head["open_leads"], head["customers"]) == (9, 6, 1)
    # a lost deal dated later is not lost yet: not among the deals lost, and counted open where it stands
    small.execute("update lead_journeys set lost_at = timestamp '2026-11-26 10:00' where lead_id = "
                  "(select lead_id from leads where external_id = 'L6')")
    lost = next(r for r in overview.stage_counts(small, TODAY) if r["code"] == "lost")
    assert (lost["in_stage"], lost["reached"]) == (1, 1)
    assert next(r for r in overview.stage_counts(small, TODAY) if r["code"] == "mql")["in_stage"] == 2


def test_this_week_against_the_same_days_of_last_week(small):
    # this week: Monday 23 to Wednesday 25; the same days of last week: 16 to 18
    week = overview.this_week(small, TODAY, {})
    assert {k: (week[k], week[f"{k}_compare"]) for k in overview.WEEK_NUMBERS} == {
        "leads": (3, 2),          # L1 L2 L7 (created today, no history) | L3 L4
        "mqls": (1, 1),           # L2 | L3
        "sqls": (1, 1),           # L3 | L9
        "opportunities": (0, 1),  # | L9
        "customers": (2, 0),      # L4 L5 won
        # L4 L5 have no deal value: what they are worth is unknown, never 0 €; no customer last week: 0 €
        "won_value": (None, 0),
    }
    assert (week["compare_start"], week["compare_end"], week["partial"]) == (date(2026, 11, 16),
                                                                              date(2026, 11, 18), True)
    # the filters apply to the week too
    assert overview.this_week(small, TODAY, {"source": "nowhere"})["leads"] == 0


def test_headline(small):
    head = overview.headline(small, TODAY)
    assert {k: head[k] for k in ("total_leads", "open_leads", "customers")} == {
        "total_leads": 9, "open_leads": 5, "customers": 2}


def test_weekly_stage_entries_keep_zero_weeks_and_mark_the_partial_ones(small):
    # from Wednesday 11 November: its week is cut by the window, the current one is not over
    frame = overview.weekly_stage_entries(small, date(2026, 11, 11), date(2026, 11, 30), TODAY)
    stages = ("lead", "mql", "sql", "opportunity", "customer", "lost")
    got = {}
    for row in frame.itertuples():
        got.setdefault((row.week.date().isoformat(), row.partial), []).append((row.stage, row.entries))
    assert got == {
        # from the 11th only: L6 came in (the 12th); L9 (the 11th) and L6 (the 13th) became MQLs; L9 came in the 10th
        ("2026-11-09", True): list(zip(stages, [1, 2, 0, 0, 0, 0])),
        ("2026-11-16", False): list(zip(stages, [3, 2, 2, 2, 0, 1])),  # L3 L4 L5 in; L4 L9 sql and opp; L6 lost
        # L1 L2 in, and L7 on its creation day (no history); L2 mql; L3 sql; L4 L5 won
        ("2026-11-23", True): list(zip(stages, [3, 1, 1, 0, 2, 0])),
    }


def test_store_summary_on_empty_store(con):
    summary = inventory.summary(con)
    assert summary["tables"]["stages"] == 6
    assert sum(summary["tables"].values()) == 6
    assert summary["first_lead_at"] is None and summary["schema_version"] == len(migrations.files())


def _declared_params(name: str) -> dict[str, str]:
    header = "".join(line for line in db.sql_text(name).splitlines(keepends=True) if line.startswith("--"))
    return dict(re.findall(r"\$([a-z_]+) ([a-z]+(?:\[\])?)", header))


SAMPLE = {"date": date(2026, 11, 25), "integer": 4, "bigint": 1, "varchar": "x", "json": "{}", "double": 24.0,
          "date[]": [date(2026, 12, 8)]}


@pytest.mark.parametrize("path", sorted((db.SQL_DIR / "metrics").glob("*.sql")), ids=lambda p: p.stem)
def test_every_metric_file_runs_on_an_empty_store(con, path):
    name = f"metrics/{path.stem}"
    text = db.sql_text(name)
    assert text.startswith("-- purpose:"), "header comment: purpose, params, grain"
    assert "-- grain:" in text
    params = {k: SAMPLE[v] for k, v in _declared_params(name).items()}
    used = {p for s in con.extract_statements(text) for p in s.named_parameters}
    assert used == set(params), "every $parameter is declared in the header, and only those"
    rows = db.rows(con, name, **params)
    stage_codes = ["lead", "mql", "sql", "opportunity", "customer", "lost"]
    # grouped by "x", a dimension no lead has, a metric has no group to show; the rest count nothing
    expected = {
        "conversion": [], "funnel": [], "roi": [], "sla": [], "velocity": [], "win_rate": [],
        "sla_within": [{"mqls": 0, "within": 0, "pending": 0, "untimed": 0, "within_rate": None}],
        "data_range": [{"first_lead_at": None, "last_lead_at": None, "last_event_at": None, "first_spend_on": None,
                        "last_spend_on": None, "schema_version": len(migrations.files())}],
        "freshness": [{"newest": None, "last_import": None}],
        # nothing imported: no spend, no deal won or lost, no stage dated
        # (nor is any amount missing, nor any lead's own day: nothing to say of either)
        "coverage": [{"has_spend": False, "has_leads": False, "has_values": True, "has_wins": False,
                      "has_losses": False, "has_disqualified": False, "lead": False, "mql": False, "sql": False,
                      "lead_own": True, "opportunity": False, "customer": False}],
        # no spend: no channel, nor all of them together, writes on three days
        "spend_days": [],
        "milestones": [],
        "stage_counts": [(code, 0, 0) for code in stage_codes],
        "table_counts": {"stages": 6},
        "weekly_stage_entries": {(date(2026, 11, 23), code): 0 for code in stage_codes},
    }[path.stem]
    shown = {
        "stage_counts": lambda: [(r["code"], r["in_stage"], r["reached"]) for r in rows],
        "table_counts": lambda: {r["table_name"]: r["row_count"] for r in rows if r["row_count"]},
        "weekly_stage_entries": lambda: {(r["week"], r["stage"]): r["entries"] for r in rows},
    }.get(path.stem, lambda: rows)()
    assert shown == expected


def test_the_young_spend_note_counts_the_scope_s_own_cycle(demo_con):
    # review 8: with Webinar chosen, the note quoted the company's 67 days; Webinar's customers take 56,5
    from smarketing import metric_views

    year = metrics.Query(start=date(2026, 1, 1), end=date(2026, 11, 25), today=date(2026, 11, 25))
    assert round(metric_views._young_spend(demo_con, year), 1) == 67.0
    webinar = metrics.Query(start=date(2026, 1, 1), end=date(2026, 11, 25), today=date(2026, 11, 25),
                            filters={"source": "Webinar"})
    assert round(metric_views._young_spend(demo_con, webinar), 1) == 56.5


def test_the_spend_charts_keep_the_companys_part_of_a_channel_spent_in_two_currencies(con):
    """Review 25: 1.500 CHF of LinkedIn beside its euros left LinkedIn's bar and November's spend point out of the
    charts, the euros with the francs, and no caption said so. The euros are drawn, the francs named as left out."""
    from smarketing import metric_views

    twelve(con)
    con.execute("insert into spend (spend_date, channel, campaign, amount, currency) values "
                "('2026-11-03', 'Fiere', 'Fiere autunno', 1500, 'CHF')")
    view = metric_views.roi(con, metrics.Query(start=date(2026, 11, 1), end=date(2026, 11, 30), today=TODAY),
                            None)
    fairs = {r["source"]: r for r in view.channels}["Fiere"]
    # the company's part first: a card too narrow for both shows the euros
    assert (fairs["spend"], [(p["currency"], p["amount"]) for p in fairs["spend_split"]]) == (
        None, [("EUR", 3000), ("CHF", 1500)])
    from smarketing import metricformat
    assert metricformat.card("spend", fairs, "it") == ("Spesa", "3.000\u00a0€ + 1.500\u00a0CHF")
    assert {r["source"]: r["spend"] for r in view.chart_channels if r["spend"]} == {
        "Fiere": 3000, "Google Ads": 1000, "Webinar": 1000}
    assert [(r["period"], r["spend"]) for r in view.chart_monthly] == [(date(2026, 11, 1), 5000)]
    # (L12's 8.000 USD won is left out as before)
    assert (view.chart_currency, view.left_out) == ("EUR", ("CHF", "USD"))


def test_a_week_the_data_stops_in_or_comes_after_is_drawn_unfinished(small):
    """Review 22: Olist's funnel ends on 14 November; read on the 30th, the weekly chart drew the weeks after as a
    solid fall to 0. Read two weeks after the small funnel's last day (25 November), its week and the next are no
    whole weeks; the week before is."""
    frame = overview.weekly_stage_entries(small, date(2026, 11, 16), date(2026, 12, 9), date(2026, 12, 9))
    weeks = {(row.week.date().isoformat(), row.partial) for row in frame.itertuples()}
    assert weeks == {("2026-11-16", False), ("2026-11-23", True), ("2026-11-30", True), ("2026-12-07", True)}


def test_a_period_the_data_stops_inside_is_compared_as_far_as_the_data_goes(con):
    """Review 27 (Olist read on 30 November 2018, its data ending on the 14th): «Clienti 27, -43 (-61%)» set 45
    days of data (1 October - 14 November) against 61 (1 July - 30 August); as far as the data goes, 1 July - 14
    August, it is 27 against 49 (-45%). Here: a customer each 1 and 20 July and 1 and 25 August, then 1 and 10
    October; the data ends on 14 October, read on 30 November."""
    from tests.helpers import many_leads

    with many_leads(con) as add:
        for n, day in enumerate(["2026-07-01", "2026-07-20", "2026-08-01", "2026-08-25", "2026-10-01",
                                 "2026-10-10"]):
            add(f"C{n}", f"{day} 09:00", "customer", [("lead", f"{day} 09:00"), ("customer", f"{day} 18:00")],
                closed_at=f"{day} 18:00")
    today = date(2026, 11, 30)
    quarter = metrics.Query(start=date(2026, 10, 1), end=date(2026, 12, 31), today=today, unit="quarter")
    # as far as today: 1 July - 30 August, four customers against two, -50%
    whole = overview.key_numbers(con, quarter, "previous")
    assert (whole["customers"], whole["customers_compare"], whole["compare_end"]) == (2, 4, date(2026, 8, 30))
    # as far as the data: 1 July - 14 July, one customer against two
    cut = overview.key_numbers(con, replace(quarter, data_end=date(2026, 10, 14)), "previous")
    assert (cut["customers"], cut["customers_compare"], cut["compare_start"], cut["compare_end"]) == (
        2, 1, date(2026, 7, 1), date(2026, 7, 14))
    # a window wholly after the data holds none: "–", never 0, and nothing to compare, never a fall of 100%
    after = overview.key_numbers(con, metrics.Query(start=date(2026, 11, 23), end=date(2026, 11, 29), today=today,
                                                    data_end=date(2026, 10, 14)), "previous")
    assert (after["customers"], after["customers_compare"], after["leads"], after["leads_compare"]) == (
        None, None, None, None)


def test_spend_in_a_window_after_the_data_is_unknown_not_zero(con):
    """Review of 7 December, a store of spend alone whose last row is from 1 August 2017, read in the last quarter
    of 2026: «Spesa (EUR) 0 ±0 €», as if nothing had been spent, beside a comparison with «nessun dato»."""
    from smarketing import metric_views

    con.execute("insert into spend (spend_date, channel, amount, currency) values ('2026-07-01', 'LinkedIn', 300, "
                "'EUR'), ('2026-08-01', 'Google Ads', 500, 'EUR')")
    today = date(2026, 11, 30)
    after = metrics.Query(start=date(2026, 10, 1), end=date(2026, 12, 31), today=today, data_end=date(2026, 8, 1))
    roi = metric_views.roi(con, after, "previous")
    assert (roi.overall["spend"], roi.overall["spend_compare"], roi.overall["roi"]) == (None, None, None)
    assert (roi.channels, [r["spend"] for r in roi.monthly]) == ([], [None] * len(roi.monthly))
    # the quarter the data ends in is read as it is: 300 spent in July and 500 in August
    inside = metric_views.roi(con, replace(after, start=date(2026, 7, 1), end=date(2026, 9, 30)), None)
    assert inside.overall["spend"] == 800


def test_comparisons_are_cut_only_for_data_over_a_week_old():
    from smarketing import freshness

    assert freshness.compared_up_to(freshness.Freshness(date(2026, 11, 30), date(2026, 11, 14), None)) == \
        date(2026, 11, 14)
    # a quiet CRM's few days without leads are days without leads
    assert freshness.compared_up_to(freshness.Freshness(date(2026, 11, 30), date(2026, 11, 24), None)) is None


@pytest.mark.parametrize(("lang", "line"), [
    ("it", "Periodo: 01/10/2018 – 31/12/2018 (in corso: dati fino a oggi, 30/11/2018) · confronto con il periodo "
           "precedente: 01/07/2018 – 14/08/2018 (gli stessi giorni che i dati coprono: finiscono il 14/11/2018) · "
           "nessun filtro"),
    ("en", "Period: 1 Oct 2018 – 31 Dec 2018 (in progress: data up to today, 30 Nov 2018) · compared with the "
           "previous period: 1 Jul 2018 – 14 Aug 2018 (the same days the data covers: it ends on 14 Nov 2018) · no "
           "filters"),
])
def test_the_period_line_says_the_comparison_is_cut_where_the_data_ends(lang, line):
    """Review 27: the line under the period bar said «01/07/2018 – 30/08/2018 (gli stessi giorni trascorsi)» while
    the cards compared with 1 July - 14 August."""
    from smarketing import metricformat, periods

    quarter = metrics.Query(start=date(2018, 10, 1), end=date(2018, 12, 31), today=date(2018, 11, 30),
                            unit="quarter", data_end=date(2018, 11, 14))
    window, data = metrics.comparison_window(quarter, "previous", date(2017, 1, 1))
    assert (window.start, window.end) == (date(2018, 7, 1), date(2018, 8, 14))
    assert metricformat.describe_period(quarter.start, quarter.end, quarter.today, "previous", window, data, {}, lang,
                                        quarter.data_end) == line
    assert periods.running(quarter.end, quarter.today)
