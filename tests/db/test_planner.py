"""The reverse funnel over the twelve hand-made leads of tests/helpers.py, looking back 30 days from
25 November 2026 (27 October - 25 November, today included).

Entries in the window: 11 leads (L12 came in on 20 October), 6 MQLs, 3 SQLs (L1, L2, L4), 3 opportunities
(L1, L4, and L12 on 30 October), 3 customers (L1, L5, L12). Period rates: lead -> MQL 6/11, MQL -> SQL 3/6,
SQL -> opportunity 3/3, opportunity -> customer 3/3. Spend in the window: 5,000 EUR for 11 leads.

Median days of each step, over the entries into its second stage in the window: lead -> MQL 2 (L1 2, L2 2,
L3 3, L4 1, L6 9, L8 1), MQL -> SQL 2 (L1 2, L2 4, L4 1), SQL -> opportunity 4 (L1 4, L4 1, L12 8),
opportunity -> customer 8 (L1 10, L12 6).

Open deals (added here, from trade fairs, created in July, before any look-back, with no date for the stage they
are at, so that each counts at its stage's win rate; their age is tested apart): D1 an opportunity worth 5,000 EUR,
D2 a row of a deals export still at SQL, with no value. L2 and L10 sit at SQL too, but they are
leads, not deals. Of the leads that reached SQL (or opportunity) and closed in the window, L1, L5 and L12
were won and L4 lost: 3 in 4 from either stage."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from smarketing import objectives, planner, plannerwords
from smarketing.errors import SmarketingError
from smarketing.planner import Problem
from tests.helpers import add_lead

TODAY = date(2026, 11, 25)
SIX_WEEKS = date(2027, 1, 6)


def create(store, plan: planner.Plan, parent_id: int | None, owners: dict[str, str],
           lang: str) -> tuple[int, list[int]]:
    """The plan's objectives created by Anna, their sentences in her language."""
    return planner.create_plan(store, plan, parent_id, owners, plannerwords.sentences(plan, lang), "anna")


@pytest.fixture
def store(twelve_con):
    con = twelve_con
    add_lead(con, "D1", "2026-07-01", "opportunity", [("lead", "2026-07-01"), ("mql", "2026-07-02"),
                                                      ("sql", "2026-07-03"), ("opportunity", None)],
             deal_value=5000, currency="EUR", source="Fiere")
    add_lead(con, "D2", "2026-07-01", "sql", [("lead", "2026-07-01"), ("sql", None)], is_deal=True,
             source="Fiere")
    return con


def test_customers_back_to_leads(store):
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    assert plan.rates == pytest.approx({("lead", "mql"): 6 / 11, ("mql", "sql"): 0.5, ("sql", "opportunity"): 1.0,
                                        ("opportunity", "customer"): 1.0})
    # the two open deals should bring 2 x 3/4 = 1.5 customers: 4.5 more, so 5
    assert [(p.stage, p.open, p.rate, p.expected) for p in plan.pipeline] == [
        ("sql", 1, 0.75, 0.75), ("opportunity", 1, 0.75, 0.75)]
    assert plan.from_pipeline == 1.5
    # 5 customers <- 5 opportunities <- 5 SQLs <- 10 MQLs <- ceil(10 / (6/11)) = 19 leads
    assert plan.needed == {"customer": 5, "opportunity": 5, "sql": 5, "mql": 10, "lead": 19}
    assert plan.weeks == 6
    assert (plan.cpl, plan.budget) == pytest.approx((5000 / 11, 5000 / 11 * 19))
    assert plan.problems == []


def test_the_look_back_is_as_many_days_as_it_says(store):
    """30 days back from 25 November are 27 October to 25 November: a lead of 26 October, the 31st day back, is
    no entry of the look-back, and a week of it is 30/7 of the entries (review 8: 181 days were divided by 180)."""
    before = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30).run_rate["lead"]
    add_lead(store, "B26", "2026-10-26 10:00", "lead", [("lead", "2026-10-26 10:00")])
    assert planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30).run_rate["lead"] == before == 11 / (30 / 7)
    add_lead(store, "B27", "2026-10-27 10:00", "lead", [("lead", "2026-10-27 10:00")])
    assert planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30).run_rate["lead"] == 12 / (30 / 7)


def test_each_stage_comes_earlier_by_the_median_days_after_it(store):
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    assert plan.lags == {("lead", "mql"): 2, ("mql", "sql"): 2, ("sql", "opportunity"): 4,
                         ("opportunity", "customer"): 8}
    # customers by the deadline (6 January), opportunities 8 days before, SQLs 4 more, MQLs 2, leads 2
    assert plan.by == {"customer": date(2027, 1, 6), "opportunity": date(2026, 12, 29), "sql": date(2026, 12, 25),
                       "mql": date(2026, 12, 23), "lead": date(2026, 12, 21)}
    # so the leads must come in within 26 days, not 42: 19 / (26/7) a week. The customers: the 5 new ones and the
    # 1,5 the open deals bring, in 6 weeks, as all those coming in a week are counted
    assert plan.per_week == pytest.approx({"customer": 6.5 / 6, "opportunity": 5 / (34 / 7), "sql": 5 / (30 / 7),
                                           "mql": 10 / 4, "lead": 19 / (26 / 7)})
    # against what comes in a week over the look-back: 11, 6, 3, 3 and 3 entries in 30 days
    assert plan.run_rate == pytest.approx({"lead": 11 * 7 / 30, "mql": 6 * 7 / 30, "sql": 3 * 7 / 30,
                                           "opportunity": 3 * 7 / 30, "customer": 3 * 7 / 30})
    assert plannerwords.pace(plan, "it")[0] == (
        "Servono 5,1 nuovi contatti a settimana fino al 21/12/2026; ne arrivano 2,6.", True)


def test_a_deadline_nearer_than_the_steps_after_a_stage_is_too_late_for_it(store):
    plan = planner.make(store, "customers", 6, date(2026, 12, 5), TODAY, 30)   # 10 days away
    # an SQL takes 4 + 8 = 12 days to become a customer, an MQL 14, a lead 16: all too late; opportunities
    # can still make it (8 days)
    assert [p for p in plan.problems if p.code == "too_late"] == [
        Problem("too_late", "lead"), Problem("too_late", "mql"), Problem("too_late", "sql")]
    # the open SQL deal cannot close in 10 days either (L1, the one deal won with an SQL date, took 14 from it);
    # the opportunity can (L1 closed 10 days after, L12 6): 6 - 0.75 = 5.25, so 6 opportunities in two weeks
    assert [(p.stage, p.chance, p.expected) for p in plan.pipeline] == [
        ("sql", 0.0, 0.0), ("opportunity", 0.75, 0.75)]
    assert plan.per_week["opportunity"] == pytest.approx(6 / (2 / 7)) and plan.per_week["sql"] is None
    assert plannerwords.problems(plan, "en")[0] == (
        "Too late for Lead: whoever comes in now would close after the deadline (useful entries until 19 Nov 2026, "
        "given the median days of the later steps).")


def test_open_deals_bring_their_own_value_toward_a_revenue_target(store):
    # at the fairs L5 was won (20,000 EUR) and L4 lost, both past SQL and opportunity: 1 in 2 from either stage.
    # D1 brings half its own 5,000 EUR, D2 (no value) half the average deal: 12,500 of the 60,000
    plan = planner.make(store, "revenue", 60000, SIX_WEEKS, TODAY, 30, {"source": "Fiere"})
    assert [(p.stage, p.open, p.rate, p.value, p.expected) for p in plan.pipeline] == [
        ("sql", 1, 0.5, 20000.0, 10000.0), ("opportunity", 1, 0.5, 5000.0, 2500.0)]
    assert plan.from_pipeline == 12500
    # 47,500 / 20,000 = 2.4: 3 customers
    assert plan.needed["customer"] == 3
    # L5, the fairs' one won deal, has no date for SQL or opportunity: how soon such deals close is unknown, and
    # they count in full
    assert plannerwords.pipeline_rows(plan, "it") == [
        {"Fase": "SQL", "Aperte": "1", "Ferme da troppo": "0", "Valore": "20.000\u00a0€",
         "Vinte (storico)": "50,0%", "Probabilità": "50,0%",
         "Atteso": "10.000\u00a0€"},
        {"Fase": "Opportunità", "Aperte": "1", "Ferme da troppo": "0", "Valore": "5.000\u00a0€",
         "Vinte (storico)": "50,0%", "Probabilità": "50,0%",
         "Atteso": "2.500\u00a0€"}]
    # D2 has no value of its own: it counts at the average deal, said
    assert plannerwords.pipeline_notes(plan, "it") == [
        "SQL: 1 trattativa senza un valore nel file conta al valore medio vinto (20.000\u00a0€)."]


def test_a_target_the_open_deals_cover_needs_no_new_leads(store):
    plan = planner.make(store, "customers", 1, SIX_WEEKS, TODAY, 30)
    assert plan.needed == {"customer": 0, "opportunity": 0, "sql": 0, "mql": 0, "lead": 0}
    assert plannerwords.pace(plan, "it") == []
    # the 1,5 customers the open deals bring cover the 1 asked: nothing is needed a week, not their own count
    assert list(plannerwords.table(plan, "it")[-1].values()) == ["Cliente", "0", "06/01/2027", "0,0", "0,7", ""]


def test_revenue_through_the_average_deal(store):
    # trade fairs only: L5 won 20,000 EUR; rates 2/3, 1/2, 1/1, 1/1
    plan = planner.make(store, "revenue", 60000, SIX_WEEKS, TODAY, 30, {"source": "Fiere"})
    assert (plan.average_deal, plan.currency) == (20000, "EUR")
    # 3 customers, 3 opportunities, 3 SQLs, 6 MQLs, and 6 / (2/3) = 9 leads exactly, not 10
    assert plan.needed == {"customer": 3, "opportunity": 3, "sql": 3, "mql": 6, "lead": 9}


def test_deals_in_two_currencies_are_never_averaged(store):
    plan = planner.make(store, "revenue", 60000, SIX_WEEKS, TODAY, 30)
    assert plan.problems == [Problem("mixed_currency")]
    assert set(plan.needed.values()) == {None}
    assert plannerwords.problems(plan, "en")[0].startswith(
        "The deals won in the period are in more than one currency")


def test_a_step_with_no_conversion_stops_the_plan_and_says_where(store):
    # Google Ads: L7, L8, L9 came in, L8 became an MQL, nobody went further
    plan = planner.make(store, "customers", 2, SIX_WEEKS, TODAY, 30, {"source": "Google Ads"})
    assert plan.needed == {"customer": 2, "opportunity": None, "sql": None, "mql": None, "lead": None}
    assert plannerwords.problems(plan, "it") == [
        "Nessuna conversione misurata per Opportunità → Cliente nel periodo: allunga il periodo o importa più dati."]


def test_a_past_deadline_is_refused(store):
    plan = planner.make(store, "customers", 2, date(2026, 11, 1), TODAY, 30)
    assert plan.has("deadline_past")
    assert set(plan.per_week.values()) == {None}


def test_the_plan_table_in_both_languages(store):
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    rows = [tuple(r.values()) for r in plannerwords.table(plan, "it")]
    assert list(plannerwords.table(plan, "it")[0]) == [
        "Fase", "Servono", "Entro il", "Servono a settimana", "Ne arrivano a settimana", "Tasso alla fase dopo"]
    assert rows == [
        ("Contatto", "19", "21/12/2026", "5,1", "2,6", "54,5%"),
        ("MQL", "10", "23/12/2026", "2,5", "1,4", "50,0%"),
        ("SQL", "5", "25/12/2026", "1,2", "0,7", "100,0%"),
        ("Opportunità", "5", "29/12/2026", "1,0", "0,7", "100,0%"),
        # review of 6 December: the row said 0,8 a week (the 5 new ones alone) beside 0,7 coming in, open deals' and
        # all, where its pace below said 1,1: one need, in the table and the sentence, with its two parts
        ("Cliente", "5 + 1,5 attesi", "06/01/2027", "1,1", "0,7", ""),
    ]
    assert [plannerwords.table(plan, "en")[i] for i in (0, 4)] == [{
        "Stage": "Lead", "Needed": "19", "By": "21 Dec 2026", "Needed a week": "5.1", "Coming in a week now": "2.6",
        "Rate to the next stage": "54.5%"}, {
        "Stage": "Customer", "Needed": "5 + 1.5 expected", "By": "6 Jan 2027", "Needed a week": "1.1",
        "Coming in a week now": "0.7", "Rate to the next stage": ""}]
    assert plannerwords.pace(plan, "it")[-1][0].startswith("Servono 1,1 clienti a settimana")


def test_one_click_makes_a_parent_and_one_child_per_stage_owned_by_its_function(store):
    plan = planner.make(store, "revenue", 60000, SIX_WEEKS, TODAY, 30, {"source": "Fiere"})
    parent_id, children = create(store, plan, None, {"marketing": "Giulia", "sales": "Marco"}, "it")
    parent = objectives.get(store, parent_id)
    # planned for the trade fairs, the objectives measure the trade fairs: its rates were theirs
    assert (parent["statement"], parent["metric"], parent["target"], parent["deadline"], parent["owners"],
            json.loads(parent["filters"])) == (
        "Raggiungere 60.000\u00a0€ di fatturato (fonte: Fiere) entro il 6 gennaio 2027", "won_value", 60000,
        SIX_WEEKS, ["Marco", "Giulia"], {"source": "Fiere"})
    rows = [objectives.get(store, i) for i in children]
    # each stage by its own day: at the fairs lead -> MQL takes 5 days (L4 1, L6 9), MQL -> SQL and SQL ->
    # opportunity 1 (L4), opportunity -> customer was never dated (said in a warning: not brought forward)
    assert plan.problems == [Problem("no_lag", step=("opportunity", "customer"))]
    assert [(r["statement"], r["metric"], r["to_stage"], r["target"], r["owners"], r["parent_id"]) for r in rows] == [
        ("Generare 9 nuovi contatti (fonte: Fiere) entro il 30 dicembre 2026", "stage_entries", "lead", 9, ["Giulia"],
         parent_id),
        ("Generare 6 MQL (fonte: Fiere) entro il 4 gennaio 2027", "stage_entries", "mql", 6, ["Giulia"], parent_id),
        ("Generare 3 SQL (fonte: Fiere) entro il 5 gennaio 2027", "stage_entries", "sql", 3, ["Marco"], parent_id),
        ("Aprire 3 opportunità (fonte: Fiere) entro il 6 gennaio 2027", "stage_entries", "opportunity", 3, ["Marco"],
         parent_id),
        ("Acquisire 3 nuovi clienti (fonte: Fiere) entro il 6 gennaio 2027", "stage_entries", "customer", 3, ["Marco"],
         parent_id),
    ]
    assert [json.loads(r["filters"]) for r in rows] == [{"source": "Fiere"}] * 5
    # each child reads back as the same objective through the drafting reader, its scope too
    for row in rows:
        draft, _, _ = objectives.check(store, row["statement"], [], TODAY)
        assert (draft.metric, draft.stage, draft.target, draft.deadline, draft.filters) == (
            "stage_entries", row["to_stage"], row["target"], row["deadline"], {"source": "Fiere"})


def test_a_customers_plan_under_a_new_parent_does_not_repeat_the_parent(store):
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    parent_id, children = create(store, plan, None, {"marketing": "Giulia", "sales": "Marco"}, "en")
    assert objectives.get(store, parent_id)["statement"] == "Win 6 new customers by 6 January 2027"
    # the open deals count toward it: the children ask for 5 new customers' worth
    assert [objectives.get(store, i)["target"] for i in children] == [19, 10, 5, 5]
    assert [objectives.get(store, i)["to_stage"] for i in children] == ["lead", "mql", "sql", "opportunity"]


def test_children_under_an_existing_parent(store):
    parent_id = objectives.add(store, "Acquisire 6 nuovi clienti entro il 6/1/2027", [], TODAY, "it", "anna")
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    assert create(store, plan, parent_id, {"marketing": "Giulia", "sales": ""}, "it")[0] == \
        parent_id
    children = [o for o in objectives.all_objectives(store) if o["parent_id"] == parent_id]
    assert [(o["to_stage"], o["owners"]) for o in children] == [
        ("lead", ["Giulia"]), ("mql", ["Giulia"]), ("sql", []), ("opportunity", []), ("customer", [])]


def test_a_new_parent_takes_the_plans_target_and_currency_not_its_sentence_read_back(store):
    # the fairs' one won deal (L5) was in Swiss francs: "CHF60,000.50" read back as a sentence gave a target of 0
    store.execute("update leads set currency = 'CHF' where external_id = 'L5'")
    store.execute("update lead_journeys set currency = 'CHF' where lead_id = (select lead_id from leads "
                  "where external_id = 'L5')")
    plan = planner.make(store, "revenue", 60000.5, SIX_WEEKS, TODAY, 30, {"source": "Fiere"})
    assert plan.currency == "CHF"
    parent_id, _ = create(store, plan, None, {"marketing": "Giulia", "sales": "Marco"}, "en")
    parent = objectives.get(store, parent_id)
    assert (parent["statement"], parent["metric"], parent["target"], parent["unit"], parent["deadline"]) == (
        "Reach CHF60,000.50 of revenue (source: Fiere) by 6 January 2027", "won_value", 60000.5, "CHF", SIX_WEEKS)


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize(("dimension", "value"), [
    ("source", "Fiere"), ("campaign", "Top 100 clienti"), ("segment", "PMI"), ("region", "Sud e Isole"),
    ("owner", "Sara Colombo"), ("product", "Predicta Sense"),
])
def test_a_plans_objectives_say_its_scope_and_read_back_with_it(dimension, value, lang):
    # an owner's leads are said as whose they are ("contatti di Sara Colombo"), never as who answers for the objective
    from smarketing import drafting

    vocabulary = {"source": ["Fiere", "Google Ads"], "campaign": ["Top 100 clienti"], "segment": ["PMI"],
                  "region": ["Sud e Isole"], "owner": ["Sara Colombo", "Giulia Ferrari"], "product": ["Predicta Sense"]}
    plan = planner.Plan("customers", 6, SIX_WEEKS, TODAY, 30, 6.0, filters={dimension: value})
    text = plannerwords.statement("mql", 7, date(2027, 1, 4), lang, plannerwords.scope(plan, lang))
    draft = drafting.read(text, TODAY, vocabulary)
    assert (draft.metric, draft.stage, draft.target, draft.filters, draft.named_owners) == (
        "stage_entries", "mql", 7.0, {dimension: value}, [])


def test_a_stage_whose_day_has_passed_makes_no_objective(store):
    # three days to go: the leads needed by then were due days ago, and an objective due before it starts
    # is none (the whole plan was refused)
    week = TODAY + timedelta(days=3)
    plan = planner.make(store, "revenue", 60000, week, TODAY, 30, {"source": "Fiere"})
    # at the fairs lead -> MQL takes 5 days, MQL -> SQL and SQL -> opportunity 1, opportunity -> customer undated:
    # the leads were due by 21 November, four days ago; the MQLs can still come in by the 26th
    assert plan.by == {"customer": date(2026, 11, 28), "opportunity": date(2026, 11, 28), "sql": date(2026, 11, 27),
                       "mql": date(2026, 11, 26), "lead": date(2026, 11, 21)}
    assert plan.needed == {"customer": 3, "opportunity": 3, "sql": 3, "mql": 6, "lead": 9}
    _, children = create(store, plan, None, {"marketing": "Giulia", "sales": "Marco"}, "it")
    made = [(objectives.get(store, i)["to_stage"], objectives.get(store, i)["deadline"]) for i in children]
    assert made == [("mql", date(2026, 11, 26)), ("sql", date(2026, 11, 27)), ("opportunity", date(2026, 11, 28)),
                    ("customer", date(2026, 11, 28))]


def test_the_same_plan_created_twice_is_refused_naming_the_first(store):
    # a second click on "Crea gli obiettivi" made a second tree of the same five objectives
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    owners = {"marketing": "Giulia", "sales": "Marco"}
    parent_id, _ = create(store, plan, None, owners, "it")
    count = len(objectives.all_objectives(store))
    with pytest.raises(SmarketingError) as refused:
        create(store, plan, None, owners, "it")
    assert refused.value.message("it") == (
        f"Questo piano è già stato creato: è l'obiettivo #{parent_id}, con i suoi obiettivi figli. Modificalo lì, o "
        "archivialo prima di crearlo di nuovo.")
    # and under an existing parent too; nothing was written either time
    with pytest.raises(SmarketingError):
        create(store, plan, parent_id, owners, "it")
    assert len(objectives.all_objectives(store)) == count


def test_a_plan_due_on_the_8th_reads_back_as_written(store):
    # "entro l'8 giugno 2027", the article elided as Italian writes it, read back as a target of 8 with no deadline
    plan = planner.make(store, "customers", 30, date(2027, 6, 8), TODAY, 30)
    parent_id, _ = create(store, plan, None, {"marketing": "Giulia", "sales": "Marco"}, "it")
    row = objectives.get(store, parent_id)
    assert row["statement"] == "Acquisire 30 nuovi clienti entro l'8 giugno 2027"
    draft, _, _ = objectives.check(store, row["statement"], [], TODAY)
    assert (draft.target, draft.deadline) == (30.0, date(2027, 6, 8))


def test_open_deals_count_as_often_as_the_won_ones_closed_within_the_days_left(store):
    """Review 24: a week before the deadline, 49 open deals counted in full covered a target the company wins in
    four months, with a green "no new leads needed". Eight days left: of the deals won from the opportunity stage
    with its date, L12 closed in 6 days and L1 in 10; from SQL, L1 in 14."""
    plan = planner.make(store, "customers", 6, date(2026, 12, 3), TODAY, 30)
    assert [(p.stage, p.rate, p.chance, p.expected) for p in plan.pipeline] == [
        ("sql", 0.75, 0.0, 0.0), ("opportunity", 0.75, 0.375, 0.375)]
    assert (plan.from_pipeline, plan.pipeline_customers) == (0.375, 0.375)
    assert plan.needed["customer"] == 6
    assert [r["Probabilità"] for r in plannerwords.pipeline_rows(plan, "it")] == ["0,0%", "37,5%"]
    assert [r["Chance"] for r in plannerwords.pipeline_rows(plan, "en")] == ["0.0%", "37.5%"]


def test_the_customer_pace_counts_the_customers_the_open_deals_bring(store):
    """Review 24: "0,7 new customers a week are needed; 0,9 come in" set the need net of the open deals against all
    the customers coming in, theirs included: green where the plan falls short. 6 customers in 6 weeks: 5 new
    (1.5 expected from the open deals), so 6.5 in all, 1.08 a week, against the 0.7 coming in."""
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    assert (plan.needed["customer"], plan.pipeline_customers, plan.weeks) == (5, 1.5, 6)
    assert plannerwords.pace(plan, "it")[-1] == (
        "Servono 1,1 clienti a settimana fino al 06/01/2027: 5 nuovi e 1,5 attesi dalle trattative già aperte; ne "
        "arrivano 0,7.", True)
    assert plannerwords.pace(plan, "en")[-1] == (
        "1.1 customers a week are needed until 6 Jan 2027: 5 new ones and 1.5 expected from the deals already open; "
        "0.7 come in.", True)


def test_the_arrivals_a_week_count_only_the_days_the_data_covers(con):
    """Review 24: 40 leads in the 27 days since a company's first import came in at 1,6 a week over a 180-day look-back
    (40 / (180/7)), where 10,4 come in: the plan said the pace fell short where it was met."""
    for n, day in enumerate(["2026-11-02 09:00", "2026-11-10 09:00", "2026-11-20 09:00", "2026-11-25 09:00"]):
        add_lead(con, f"N{n}", day, "lead", [("lead", day)])
    plan = planner.make(con, "customers", 2, SIX_WEEKS, TODAY, 180)
    assert plan.covered_from == date(2026, 11, 2)
    assert plan.run_rate["lead"] == pytest.approx(4 / (24 / 7))
    assert plannerwords.coverage(plan, "it") == (
        "I dati partono dal 02/11/2026: gli arrivi a settimana sono misurati sui 24 giorni da allora, non sugli ultimi "
        "180.")
    assert plannerwords.coverage(plan, "en") == (
        "The data starts on 2 Nov 2026: the arrivals a week are measured over the 24 days since, not the last 180.")
    # data older than the look-back covers all of it: nothing to say
    assert plannerwords.coverage(planner.make(con, "customers", 2, SIX_WEEKS, TODAY, 20), "it") is None


def test_the_arrivals_a_week_stop_where_the_data_stops(con):
    """Review of 7 December, Olist read on 30 November 2018, its export ending on the 14th: «ne arrivano 6,8» clienti
    a settimana over 180 days, 16 of them after the data, where the 164 days it covers had 7,5. Here the last lead
    came on 5 November, read on the 25th: 20 days without data."""
    for n, day in enumerate(["2026-09-01 09:00", "2026-10-01 09:00", "2026-10-20 09:00", "2026-11-05 09:00"]):
        add_lead(con, f"N{n}", day, "lead", [("lead", day)])
    plan = planner.make(con, "customers", 2, SIX_WEEKS, TODAY, 180)
    assert (plan.covered_from, plan.covered_to) == (date(2026, 9, 1), date(2026, 11, 5))
    assert plan.run_rate["lead"] == pytest.approx(4 / (66 / 7))
    assert plannerwords.coverage(plan, "it") == (
        "I dati finiscono il 05/11/2026: gli arrivi a settimana sono misurati sui 66 giorni che coprono, non sugli "
        "ultimi 180.")
    assert plannerwords.coverage(plan, "en") == (
        "The data ends on 5 Nov 2026: the arrivals a week are measured over the 66 days it covers, not the last 180.")
    # a week without leads is a quiet week, not data that stopped: nothing cut
    add_lead(con, "N4", "2026-11-20 09:00", "lead", [("lead", "2026-11-20 09:00")])
    assert planner.make(con, "customers", 2, SIX_WEEKS, TODAY, 180).covered_to is None


def test_the_cost_per_lead_and_the_budget_are_in_the_spends_currency(store):
    """Review 24: deals won in USD beside spend in EUR showed "Costo per contatto 50,00 USD" for 50 euros."""
    for table in ("leads", "lead_journeys"):
        store.execute(f"update {table} set currency = 'USD' where currency is not null")
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    assert (plan.currency, plan.spend_currency, plan.cpl) == ("USD", "EUR", pytest.approx(5000 / 11))


def test_a_plan_due_today_makes_no_objectives(store):
    """Review 24: a deadline of today showed "La scadenza deve essere futura" and still created two objectives."""
    plan = planner.make(store, "revenue", 60000, TODAY, TODAY, 30, {"source": "Fiere"})
    assert not plan.complete and plan.has("deadline_past")
    with pytest.raises(SmarketingError) as refused:
        create(store, plan, None, {"marketing": "Giulia", "sales": "Marco"}, "it")
    assert refused.value.message("en") == (
        "The plan cannot become objectives yet: the deadline must be in the future and every stage needs a measured "
        "rate (see the Planner's warnings).")
    assert objectives.all_objectives(store) == []


def test_the_same_plan_in_the_other_language_is_refused_too(store):
    """Review 24: the plan created in Italian, then in English, made a second parent and five more children: the
    check matched the sentence, whose words change with the language."""
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    owners = {"marketing": "Giulia", "sales": "Marco"}
    parent_id, children = create(store, plan, None, owners, "it")
    with pytest.raises(SmarketingError) as refused:
        create(store, plan, None, owners, "en")
    assert refused.value.message("en").startswith(f"This plan was created already: it is objective #{parent_id},")
    with pytest.raises(SmarketingError):
        create(store, plan, parent_id, owners, "en")
    assert len(objectives.all_objectives(store)) == 1 + len(children)
    # another target is another plan
    other = planner.make(store, "customers", 7, SIX_WEEKS, TODAY, 30)
    assert create(store, other, None, owners, "en")[0] > parent_id


@pytest.mark.parametrize(("goal", "target", "problem"), [
    ("revenue", 0, "planner.amount_not_positive"), ("customers", 0, "planner.amount_not_positive"),
    ("customers", 12.5, "planner.customers_whole"), ("customers", 0.5, "planner.customers_whole"),
    ("customers", 12, None), ("revenue", 12.5, None), ("revenue", 400000, None),
])
def test_a_target_nobody_can_plan_for_is_said(goal, target, problem):
    assert planner.target_problem(goal, target) == problem


def test_a_step_with_more_entries_out_than_in_counts_a_whole_rate_and_says_so(con):
    """Review 24: with Sara Colombo's leads the look-back had lead -> MQL 101,6% and MQL -> SQL 111,3%, and the plan
    asked for 219 leads, 222 MQLs and 247 SQLs: more SQLs than MQLs. Here an MQL of 10 November came in as a lead
    on 1 October, before the 30 days: 2 MQLs for 1 lead."""
    add_lead(con, "A", "2026-10-01 09:00", "mql", [("lead", "2026-10-01 09:00"), ("mql", "2026-11-10 09:00")])
    add_lead(con, "B", "2026-11-05 09:00", "mql", [("lead", "2026-11-05 09:00"), ("mql", "2026-11-06 09:00")])
    plan = planner.make(con, "customers", 2, SIX_WEEKS, TODAY, 30)
    assert plan.rates["lead", "mql"] == 1.0
    assert Problem("over_full", step=("lead", "mql")) in plan.problems
    assert plannerwords.problems(plan, "it")[plan.problems.index(Problem("over_full", step=("lead", "mql")))] == (
        "Per Contatto → MQL nel periodo gli ingressi nella fase dopo sono più di quelli nella fase prima (ingressi "
        "senza data, o contatti arrivati prima del periodo): il piano conta un tasso del 100%, perché ogni fase "
        "richiede almeno gli ingressi della successiva.")


def test_a_step_with_no_dated_entries_says_a_longer_period_will_not_do(con):
    """Review 24: with an export of the current stage only, the plan said "no conversion measured: lengthen the
    period", where the Funnel showed the customers: their entries have no date, which no period mends. Leads that
    never got that far still get "lengthen the period" (test_a_step_with_no_conversion_stops_the_plan_and_says_where).
    """
    for n, day in enumerate(["2026-11-02 09:00", "2026-11-10 09:00", "2026-11-20 09:00"]):
        add_lead(con, f"U{n}", day, "customer", [("lead", day), ("customer", None)])
    plan = planner.make(con, "customers", 2, SIX_WEEKS, TODAY, 30)
    assert plan.problems == [Problem("undated", step=("opportunity", "customer"))]
    assert plannerwords.problems(plan, "it") == [
        "Nessuna conversione datata per Opportunità → Cliente nel periodo, anche se dei contatti del periodo ci sono "
        "arrivati: i dati non hanno la data di ingresso in quella fase (un export della sola fase attuale). Un periodo "
        "più lungo non basta: importa un export con la data di ogni fase."]


def test_a_step_from_a_stage_the_data_never_dates_says_so_whatever_the_period(con):
    """Review 25 (Olist's funnel: its leads dated as they came, its deals on the day they were won, no stage between
    dated): the plan said "no conversion measured for Opportunità -> Cliente: lengthen the period or import more
    data", where no period can measure a step from a stage no lead of the data has a date for. Here the customers were
    leads before the look-back, and were won in it."""
    for n, (came, won) in enumerate([("2026-08-03", "2026-11-04"), ("2026-08-10", "2026-11-12")]):
        add_lead(con, f"W{n}", came, "customer", [("lead", came), ("opportunity", None), ("customer", won)])
    plan = planner.make(con, "customers", 4, SIX_WEEKS, TODAY, 30)
    assert plan.problems == [Problem("never_dated", "opportunity", ("opportunity", "customer"))]
    assert plannerwords.problems(plan, "it") == [
        "Nessuna conversione per Opportunità → Cliente: nei dati nessun contatto ha una data di ingresso in "
        "Opportunità (un export della sola fase attuale). Un periodo più lungo non basta: importa un export con la "
        "data di ogni fase."]
    assert plannerwords.problems(plan, "en") == [
        "No conversion for Opportunity → Customer: no lead in the data has a date of entry into Opportunity (an "
        "export of the current stage only). A longer period will not do: import an export with each stage's date."]


def test_an_open_deal_counts_by_how_long_it_has_been_open(store):
    """Review 26 (a real deals export): 1,171 deals open for over 138 days, when no deal from their stage had ever
    taken longer to be won, counted at the stage's 60.5% like fresh ones, and the page said in green that no new
    leads were needed. A deal open some days is judged among the closed deals of its stage that stayed open at
    least as long: of the opportunities closed in the look-back with a date for the stage, L12 was won after 6 days,
    L1 after 10 and L4 lost after 11. Six weeks left: D3, open 5 days, is won as often as 2 of those 3 (L12, L1);
    D4, open 8 days, as 1 of the 2 still open then (L1, L4); D5, open 177 days, longer than any, brings nothing and
    is said. D1, with no date for the stage, keeps the stage's 3 in 4."""
    add_lead(store, "D3", "2026-09-01", "opportunity", [("lead", "2026-09-01"), ("opportunity", "2026-11-20")],
             is_deal=True)
    add_lead(store, "D4", "2026-09-01", "opportunity", [("lead", "2026-09-01"), ("opportunity", "2026-11-17")],
             is_deal=True)
    add_lead(store, "D5", "2026-05-01", "opportunity", [("lead", "2026-05-01"), ("opportunity", "2026-06-01")],
             is_deal=True, deal_value=9000, currency="EUR")
    plan = planner.make(store, "customers", 6, SIX_WEEKS, TODAY, 30)
    [opportunities] = [p for p in plan.pipeline if p.stage == "opportunity"]
    assert (opportunities.open, opportunities.stale, opportunities.longest) == (4, 1, 11)
    assert opportunities.expected == pytest.approx(0.75 + 2 / 3 + 1 / 2 + 0)
    assert opportunities.chance == pytest.approx((0.75 + 2 / 3 + 1 / 2) / 4)
    assert plannerwords.pipeline_notes(plan, "it") == [
        "Opportunità: 1 trattativa è aperta da più giorni di qualsiasi trattativa chiusa da questa fase nel periodo "
        "storico (al massimo 11 giorni): non conta per il traguardo. Chiudila o aggiornane la fase nel CRM."]
    assert plannerwords.pipeline_notes(plan, "en") == [
        "Opportunity: 1 deal has been open longer than any deal closed from this stage in the look-back (at most 11 "
        "days): it does not count toward the target. Close it or update its stage in the CRM."]
    assert [r["Ferme da troppo"] for r in plannerwords.pipeline_rows(plan, "it")] == ["0", "1"]
    # three days left: D1 none (no won deal closed within 3 days of opening), D3 (5 days open) only what closed won
    # at 5-8 days (L12, of 3), D4 (8 days) at 8-11 days (L1, of 2)
    plan = planner.make(store, "customers", 6, TODAY + timedelta(days=3), TODAY, 30)
    [opportunities] = [p for p in plan.pipeline if p.stage == "opportunity"]
    assert opportunities.expected == pytest.approx(0 + 1 / 3 + 1 / 2 + 0)


def test_a_target_the_open_deals_cover_needs_nobody_even_where_a_step_is_undated(con):
    """Review 26: a deals export dates no stage before the deal, and a target its open deals covered read "no new
    leads are needed" in green, then "the plan is incomplete: fix the warnings above" under a warning on the
    undated step: nothing is needed from any stage, whatever its rate."""
    for n, day in enumerate(["2026-11-02", "2026-11-10", "2026-11-20"]):
        add_lead(con, f"U{n}", day, "customer", [("lead", day), ("customer", day)], is_deal=True,
                 closed_at=f"{day} 18:00")
    add_lead(con, "O", "2026-11-21 09:00", "opportunity", [("lead", "2026-11-21 09:00"), ("opportunity", None)],
             is_deal=True)
    plan = planner.make(con, "customers", 1, SIX_WEEKS, TODAY, 30)
    assert plan.pipeline_customers == 1.0
    assert plan.needed == {"customer": 0, "opportunity": 0, "sql": 0, "mql": 0, "lead": 0}
    assert plan.problems == []
    # the stages the data never dates have no arrivals nor rates to show: unknown, never 0 a week or 0%
    # (over the 24 days since the first lead, 2 November)
    assert plan.run_rate == {"lead": 4 * 7 / 24, "mql": None, "sql": None, "opportunity": None,
                             "customer": 3 * 7 / 24}
    assert set(plan.rates.values()) == {None}
    assert [(r["Fase"], r["Ne arrivano a settimana"], r["Tasso alla fase dopo"])
            for r in plannerwords.table(plan, "it")] == [
        ("Contatto", "1,2", "–"), ("MQL", "–", "–"), ("SQL", "–", "–"), ("Opportunità", "–", "–"),
        ("Cliente", "0,9", "")]


def maven_shaped(con) -> None:
    """A deals export as Maven's: every deal closed (W1-W3 won, X1 lost) was engaged first (a date for the
    opportunity, none before it); E1 was engaged 4 days ago; P1 and P2 sit at «Prospecting» (lead), with no date
    and no value, as 500 of Maven's 8,800 deals do."""
    for name, engaged, closed, stage in [("W1", "2026-11-02", "2026-11-06", "customer"),
                                         ("W2", "2026-11-05", "2026-11-12", "customer"),
                                         ("W3", "2026-11-09", "2026-11-20", "customer"),
                                         ("X1", "2026-11-03", "2026-11-13", "lost")]:
        add_lead(con, name, None, stage, [("opportunity", engaged), (stage, closed)], is_deal=True,
                 closed_at=f"{closed} 18:00", deal_value=1000, currency="EUR")
    add_lead(con, "E1", None, "opportunity", [("opportunity", "2026-11-21")], is_deal=True)
    for name in ("P1", "P2"):
        add_lead(con, name, None, "lead", [], is_deal=True)


def test_deals_at_a_stage_no_closed_deal_stopped_at_count_for_nothing_and_are_said(con):
    """Review 27, Maven's pipeline: the 500 «Prospecting» deals, never dated and never lost (every closed deal was
    engaged first), were counted at the 60.5% its engaged deals were won at, times the average deal: 729,398 USD
    expected from deals nobody had engaged, four times the odds of the engaged ones open (16.8%), and a target of
    1M covered in green. Their stage's history is only the next stage's; it says nothing of how many leave it."""
    maven_shaped(con)
    plan = planner.make(con, "revenue", 6000, SIX_WEEKS, TODAY, 30)
    [prospects, engaged] = plan.pipeline
    assert (prospects.stage, prospects.open, prospects.value, prospects.rate, prospects.chance, prospects.expected,
            prospects.estimated, prospects.unweighed) == ("lead", 2, None, None, None, 0.0, 0, 2)
    # E1, open 4 days: of the 4 closed that stayed open as long (4, 7, 10 and 11 days), 3 won in time, at the
    # average of 1,000 EUR
    assert (engaged.stage, engaged.open, engaged.rate, engaged.expected, engaged.unweighed) == (
        "opportunity", 1, 0.75, 750.0, 0)
    assert plan.from_pipeline == 750.0
    # 5,250 EUR to find at 1,000 EUR a deal: 6 customers; 3 of the 5 opportunities entered in the look-back became
    # customers: 10 of them
    assert (plan.needed["customer"], plan.needed["opportunity"]) == (6, 10)
    assert [(r["Fase"], r["Valore"], r["Vinte (storico)"], r["Probabilità"], r["Atteso"])
            for r in plannerwords.pipeline_rows(plan, "it")] == [
        ("Contatto", "–", "–", "–", "0\xa0€"), ("Opportunità", "1.000\xa0€", "75,0%", "75,0%", "750\xa0€")]
    assert plannerwords.pipeline_notes(plan, "it") == [
        "Contatto: 2 trattative aperte non contano per il traguardo: nel periodo storico nessuna trattativa chiusa si "
        "era fermata a questa fase, quindi i dati non dicono quante ne vanno avanti. Se nel CRM ci sono trattative "
        "perse a questa fase, importale; altrimenti chiudi o aggiorna quelle ferme.",
        "Opportunità: 1 trattativa senza un valore nel file conta al valore medio vinto (1.000\xa0€)."]
    assert plannerwords.pipeline_notes(plan, "en")[0] == (
        "Lead: 2 open deals do not count toward the target: no deal closed in the look-back had stopped at this "
        "stage, so the data does not say how many move on. If the CRM has deals lost at this stage, import them; "
        "otherwise close or update the ones standing still.")


def test_deals_at_a_stage_count_again_once_a_closed_deal_stopped_there(con):
    """The same export with one deal lost while still a prospect: the stage has a history of its own (3 won of 5
    closed), and its two open deals count at it, at the average deal."""
    maven_shaped(con)
    add_lead(con, "X2", None, "lost", [("lost", "2026-11-16")], is_deal=True, closed_at="2026-11-16 18:00")
    plan = planner.make(con, "revenue", 6000, SIX_WEEKS, TODAY, 30)
    [prospects, _] = plan.pipeline
    assert (prospects.stage, prospects.rate, prospects.unweighed, prospects.estimated) == ("lead", 3 / 5, 0, 2)
    assert prospects.expected == pytest.approx(2 * 3 / 5 * 1000)


def test_the_deals_open_are_those_open_today_whatever_the_file_says_of_later_days(con):
    """Review 27, Maven's pipeline read on 20 December 2017: 227 deals engaged by then and closed between the 21st
    and the 31st were left out of the open deals (the Overview counted 1,814 opportunities, the Planner 1,589),
    and deals engaged after the 20th were counted as open opportunities. Here W4, engaged on 20 November, is won on
    1 December, after today (25 November): an open opportunity today; E2, engaged on 30 November, is no
    opportunity yet (a deal of the export, at the lead stage)."""
    maven_shaped(con)
    add_lead(con, "W4", None, "customer", [("opportunity", "2026-11-20"), ("customer", "2026-12-01")], is_deal=True,
             closed_at="2026-12-01 18:00", deal_value=1000, currency="EUR")
    add_lead(con, "E2", None, "opportunity", [("opportunity", "2026-11-30")], is_deal=True)
    plan = planner.make(con, "customers", 6, SIX_WEEKS, TODAY, 30)
    assert [(p.stage, p.open) for p in plan.pipeline] == [("lead", 3), ("opportunity", 2)]
    # W4, open 5 days, is judged among the closed deals that stayed open as long (W2 7 days, X1 10, W3 11: 2 won
    # of 3), as E1 (4 days) is among all four (3 won)
    [engaged] = [p for p in plan.pipeline if p.stage == "opportunity"]
    assert engaged.expected == pytest.approx(3 / 4 + 2 / 3)


def test_deals_that_bring_nothing_are_never_said_to_count_at_the_average_deal(con):
    """Review 27: «1.171 trattative ... non contano per il traguardo» stood above «1.589 trattative senza un valore
    nel file contano al valore medio vinto», the stalled among them. S1, engaged in June with no value, has been
    open longer than any closed deal stayed (11 days): it brings nothing, and only E1 counts at the average."""
    maven_shaped(con)
    add_lead(con, "S1", None, "opportunity", [("opportunity", "2026-06-01")], is_deal=True)
    plan = planner.make(con, "revenue", 6000, SIX_WEEKS, TODAY, 30)
    [engaged] = [p for p in plan.pipeline if p.stage == "opportunity"]
    assert (engaged.open, engaged.stale, engaged.estimated) == (2, 1, 1)
    assert plannerwords.pipeline_notes(plan, "it")[1:] == [
        "Opportunità: 1 trattativa è aperta da più giorni di qualsiasi trattativa chiusa da questa fase nel periodo "
        "storico (al massimo 11 giorni): non conta per il traguardo. Chiudila o aggiornane la fase nel CRM.",
        "Opportunità: 1 trattativa senza un valore nel file conta al valore medio vinto (1.000\xa0€)."]
