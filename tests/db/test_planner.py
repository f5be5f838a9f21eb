"""The reverse funnel over the twelve hand-made leads of tests/helpers.py, looking back 30 days from
25 November 2026 (26 October - 25 November).

Entries in the window: 11 leads (L12 came in on 20 October), 6 MQLs, 3 SQLs (L1, L2, L4), 3 opportunities
(L1, L4, and L12 on 30 October), 3 customers (L1, L5, L12). Period rates: lead -> MQL 6/11, MQL -> SQL 3/6,
SQL -> opportunity 3/3, opportunity -> customer 3/3. Spend in the window: 5,000 EUR for 11 leads."""

from __future__ import annotations

from datetime import date

import pytest

from smarketing import objectives, planner, stages
from tests.helpers import twelve

TODAY = date(2026, 11, 25)
SIX_WEEKS = date(2027, 1, 6)


@pytest.fixture
def store(con):
    twelve(con)
    return con


def test_customers_back_to_leads(store):
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    assert plan.rates == pytest.approx({"lead->mql": 6 / 11, "mql->sql": 0.5, "sql->opportunity": 1.0,
                                        "opportunity->customer": 1.0})
    # 6 customers <- 6 opportunities <- 6 SQLs <- 12 MQLs <- ceil(12 / (6/11)) = 22 leads
    assert plan.needed == {"customer": 6, "opportunity": 6, "sql": 6, "mql": 12, "lead": 22}
    assert plan.weeks == 6
    assert plan.per_week == pytest.approx({"customer": 1, "opportunity": 1, "sql": 1, "mql": 2, "lead": 22 / 6})
    assert (plan.cpl, plan.budget) == pytest.approx((5000 / 11, 10000))
    assert plan.problems == []


def test_revenue_through_the_average_deal(store):
    # trade fairs only: L5 won 20,000 EUR; rates 2/3, 1/2, 1/1, 1/1
    plan = planner.make(store, "revenue", 60000, SIX_WEEKS, TODAY, 30, {"source": "Fiere"})
    assert (plan.average_deal, plan.currency) == (20000, "EUR")
    # 3 customers, 3 opportunities, 3 SQLs, 6 MQLs, and 6 / (2/3) = 9 leads exactly, not 10
    assert plan.needed == {"customer": 3, "opportunity": 3, "sql": 3, "mql": 6, "lead": 9}


def test_deals_in_two_currencies_are_never_averaged(store):
    plan = planner.make(store, "revenue", 60000, SIX_WEEKS, TODAY, 30)
    assert plan.problems == ["mixed_currency"]
    assert set(plan.needed.values()) == {None}
    assert planner.problems(plan, stages.stages(store), "en")[0].startswith(
        "The deals won in the period are in more than one currency")


def test_a_step_with_no_conversion_stops_the_plan_and_says_where(store):
    # Google Ads: L7, L8, L9 came in, L8 became an MQL, nobody went further
    plan = planner.make(store, "customers", 2, SIX_WEEKS, TODAY, 30, {"source": "Google Ads"})
    assert plan.needed == {"customer": 2, "opportunity": None, "sql": None, "mql": None, "lead": None}
    assert planner.problems(plan, stages.stages(store), "it") == [
        "Nessuna conversione misurata per Opportunità → Cliente nel periodo: allunga il periodo o importa più dati."]


def test_a_past_deadline_is_refused(store):
    plan = planner.make(store, "customers", 2, date(2026, 11, 1), TODAY, 30)
    assert "deadline_past" in plan.problems
    assert set(plan.per_week.values()) == {None}


def test_the_plan_table_in_both_languages(store):
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    assert planner.table(plan, stages.stages(store), "it") == [
        {"Fase": "Contatto", "Servono": "22", "A settimana": "3,7", "Tasso verso la fase dopo": "54,5%"},
        {"Fase": "MQL", "Servono": "12", "A settimana": "2,0", "Tasso verso la fase dopo": "50,0%"},
        {"Fase": "SQL", "Servono": "6", "A settimana": "1,0", "Tasso verso la fase dopo": "100,0%"},
        {"Fase": "Opportunità", "Servono": "6", "A settimana": "1,0", "Tasso verso la fase dopo": "100,0%"},
        {"Fase": "Cliente", "Servono": "6", "A settimana": "1,0", "Tasso verso la fase dopo": ""},
    ]
    assert planner.table(plan, stages.stages(store), "en")[0] == {
        "Stage": "Lead", "Needed": "22", "Per week": "3.7", "Rate to the next stage": "54.5%"}


def test_one_click_makes_a_parent_and_one_child_per_stage_owned_by_its_function(store):
    plan = planner.make(store, "revenue", 60000, SIX_WEEKS, TODAY, 30, {"source": "Fiere"})
    parent_id, children = planner.create_plan(store, plan, None, {"marketing": "Giulia", "sales": "Marco"}, "it",
                                              "anna")
    parent = objectives.get(store, parent_id)
    assert (parent["statement"], parent["metric"], parent["target"], parent["deadline"], parent["owners"]) == (
        "Raggiungere 60.000 EUR di fatturato entro il 6 gennaio 2027", "won_value", 60000, SIX_WEEKS,
        ["Marco", "Giulia"])
    rows = [objectives.get(store, i) for i in children]
    assert [(r["statement"], r["metric"], r["to_stage"], r["target"], r["owners"], r["parent_id"]) for r in rows] == [
        ("Generare 9 nuovi contatti entro il 6 gennaio 2027", "stage_entries", "lead", 9, ["Giulia"], parent_id),
        ("Generare 6 MQL entro il 6 gennaio 2027", "stage_entries", "mql", 6, ["Giulia"], parent_id),
        ("Generare 3 SQL entro il 6 gennaio 2027", "stage_entries", "sql", 3, ["Marco"], parent_id),
        ("Aprire 3 opportunità entro il 6 gennaio 2027", "stage_entries", "opportunity", 3, ["Marco"], parent_id),
        ("Acquisire 3 nuovi clienti entro il 6 gennaio 2027", "stage_entries", "customer", 3, ["Marco"], parent_id),
    ]
    # each child reads back as the same objective through the drafting reader
    for row in rows:
        draft, _, _ = objectives.check(store, row["statement"], [], TODAY, "it")
        assert (draft.metric, draft.stage, draft.target, draft.deadline) == (
            "stage_entries", row["to_stage"], row["target"], SIX_WEEKS)


def test_a_customers_plan_under_a_new_parent_does_not_repeat_the_parent(store):
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    parent_id, children = planner.create_plan(store, plan, None, {"marketing": "Giulia", "sales": "Marco"}, "en",
                                              "anna")
    assert objectives.get(store, parent_id)["statement"] == "Win 6 new customers by 6 January 2027"
    assert [objectives.get(store, i)["to_stage"] for i in children] == ["lead", "mql", "sql", "opportunity"]


def test_children_under_an_existing_parent(store):
    parent_id = objectives.add(store, "Acquisire 6 nuovi clienti entro il 6/1/2027", [], TODAY, "it", "anna")
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    assert planner.create_plan(store, plan, parent_id, {"marketing": "Giulia", "sales": ""}, "it", "anna")[0] == \
        parent_id
    children = [o for o in objectives.all_objectives(store) if o["parent_id"] == parent_id]
    assert [(o["to_stage"], o["owners"]) for o in children] == [
        ("lead", ["Giulia"]), ("mql", ["Giulia"]), ("sql", []), ("opportunity", []), ("customer", [])]
