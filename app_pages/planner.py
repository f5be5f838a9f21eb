"""Planner: the reverse funnel, from a revenue or customer target to the leads needed each week."""

from datetime import timedelta

import streamlit as st

from smarketing import amounts, choices, objectives, planner, plannerwords, ui
from smarketing.errors import SmarketingError
from smarketing.i18n import fmt_int, fmt_money, fmt_num

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
today = ui.today()
st.title(tr("planner.title"))
offered = choices.read(cur)
ui.demo_notice(offered.demo_loaded)
st.caption(tr("planner.caption"))

cols = st.columns([2, 2, 2, 2])
goal = ui.choice(cols[0], tr("planner.goal"), ["revenue", "customers"], key="planner_goal",
                 format_func=lambda g: tr(f"planner.goal_{g}"))
# typed as people write amounts: "400.000" is four hundred thousand, never 400 (a number field would say 400)
typed = cols[1].text_input(tr("planner.amount"), value=fmt_int(500000 if goal == "revenue" else 50, lang),
                           key=f"planner_amount_{goal}", help=tr("planner.amount_help"))
try:
    amount = amounts.amount(typed)
except ValueError:
    amount = None
if amount is None:
    cols[1].error(tr("planner.amount_unreadable", text=ui.plain(typed)), icon=":material/error:")
    st.stop()
if problem := planner.target_problem(goal, amount):
    cols[1].error(tr(problem, text=ui.plain(typed)), icon=":material/error:")
    st.stop()
# today is offered: the plan then says the deadline must be in the future and makes no objectives (a minimum of
# tomorrow answered a typed today with Streamlit's own English error, over a plan left on the last date)
deadline = cols[2].date_input(tr("planner.deadline"), value=today + timedelta(days=182), min_value=today,
                              key="planner_deadline", format="DD/MM/YYYY")
lookback = ui.select(cols[3], tr("planner.lookback"), [90, 180, 365], index=1, key="planner_lookback")
with st.expander(tr("planner.filters")):
    filters = ui.dimension_filters(offered.dimensions, "planner")

view = planner.page(cur, goal, amount, deadline, today, lookback, filters, offered.coverage.undated)
plan = view.plan
currency = plan.currency
# the amount as read, in the plan's currency (its deals', else the company's), which only the plan knows
cols[1].caption(tr("planner.amount_read", amount=plannerwords.amount_words(amount, goal, currency, lang)))
for problem in plannerwords.problems(plan, lang):
    st.warning(ui.plain(problem), icon=":material/warning:")

cards = st.columns(4)
cards[0].metric(tr("planner.weeks"), fmt_num(plan.weeks, lang, 1))
cards[1].metric(tr("planner.average_deal"), fmt_money(plan.average_deal, lang, currency))
cards[2].metric(tr("planner.cpl"), fmt_money(plan.cpl, lang, plan.spend_currency, 2))
cards[3].metric(tr("planner.budget"), fmt_money(plan.budget, lang, plan.spend_currency))
shown = plannerwords.table(plan, lang)
ui.table(shown, numeric=tuple(list(shown[0])[1:]))
if covered := plannerwords.coverage(plan, lang):
    st.caption(covered)

st.subheader(tr("planner.pace_title"))
if plan.needed.get("customer") == 0:
    st.success(tr("planner.covered"), icon=":material/task_alt:")
for sentence, short in plannerwords.pace(plan, lang):
    (st.warning if short else st.success)(sentence, icon=":material/speed:")
if plan.pipeline:
    st.subheader(tr("planner.pipeline_title"))
    st.caption(tr("planner.pipeline_caption"))
    opened = plannerwords.pipeline_rows(plan, lang)
    ui.table(opened, numeric=tuple(list(opened[0])[1:]))
    for note in plannerwords.pipeline_notes(plan, lang):
        st.caption(ui.plain(note))

st.subheader(tr("planner.children_title"))
if plan.needed.get("customer") == 0:
    st.info(tr("planner.children_covered"))
elif not plan.complete:
    st.info(tr("planner.children_blocked"))
elif ui.can_edit():
    active = view.active
    parent = ui.select(st, tr("planner.parent"), [None, *[o["objective_id"] for o in active]], key="planner_parent",
                       format_func=lambda i: tr("planner.new_parent") if i is None else next(
                           f"#{o['objective_id']} {o['title']}" for o in active if o["objective_id"] == i))
    if parent is None:
        st.caption(f"> {ui.plain(plannerwords.parent_statement(plan, lang))}")
    team = view.team
    ocols = st.columns(2)
    owners = {function: ui.select(ocols[i], tr(f"planner.owner_{function}"),
                                  [m["name"] for m in team if m["function"] == function],
                                  key=f"planner_owner_{function}")
              for i, function in enumerate(objectives.FUNCTIONS)}
    if st.button(tr("planner.create"), type="primary", key="planner_create"):
        try:
            parent_id, children = planner.create_plan(cur, plan, parent, owners, plannerwords.sentences(plan, lang),
                                                        ui.user())
        except SmarketingError as exc:
            ui.show_error(exc)
        else:
            st.success(tr("planner.created_one" if len(children) == 1 else "planner.created",
                          count=fmt_int(len(children), lang), parent=f"#{parent_id}"))
