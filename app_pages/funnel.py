"""Funnel: where leads stop, cohort against period, by any dimension, week by week, how deals end, and the
leads behind every number."""

from dataclasses import replace

import streamlit as st

from smarketing import charts, choices, metric_views, metrics, stages, ui
from smarketing.metricformat import Meaning, display, funnel_shown, numeric_headers

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
st.title(tr("funnel.title"))
offered = choices.read(cur)
ui.demo_notice(offered.demo_loaded)
query, how = ui.period_bar(offered)
label = stages.labels(offered.stages, lang)

codes = [s["code"] for s in offered.stages]
# the choices sit under the funnel they do not change, so the funnel's place is kept first and filled last
top = st.container()
st.subheader(tr("funnel.step_title"))
cols = st.columns([1, 1, 2])
# a step goes forward: "A" offers the stages after "Da" (from Opportunità to MQL read as 100% converted)
starts = [s["code"] for s in offered.stages if not s["is_terminal"]]
first, then = offered.first_step()
from_stage = ui.select(cols[0], tr("funnel.from"), starts, index=starts.index(first), format_func=label.get,
                       key="funnel_from")
ends = codes[codes.index(from_stage) + 1:]
to_stage = ui.select(cols[1], tr("funnel.to"), ends, index=ends.index(then) if then in ends else 0,
                     format_func=label.get, key="funnel_to")
mode = ui.choice(cols[2], tr("funnel.mode"), metrics.MODES, horizontal=True,
                 format_func=lambda m: tr(f"funnel.mode_{m}"),
                 key="funnel_mode")
st.caption(tr(f"funnel.mode_{mode}_help"))
step_cards = st.container()
st.subheader(tr("funnel.breakdown_title"))
dimension = ui.select(st, tr("funnel.breakdown_by"), metrics.DIMENSIONS, format_func=lambda d: tr(f"metric.{d}"),
                      key="funnel_by")

view = metric_views.funnel(cur, query, how, replace(query, from_stage=from_stage, to_stage=to_stage, mode=mode),
                           dimension)
# a step from or to a stage the data never dates: its breakdown and weeks say why they are empty, not "no data
# for the period and filters", which no other period mends
undated = offered.coverage.step_unknown(from_stage, to_stage)

# the share kept at a step from or to a stage the data never dates is no measure (Maven's MQL and SQL read 100,0%,
# every deal having "reached" them): «–», as the step's own card is
shown = funnel_shown(view.funnel, offered.coverage)

with top:
    st.caption(tr("funnel.cohort_caption"))
    # the table under the chart, not beside it: with a comparison and the cohort column it needs the full width
    # no lead came in: bars of zeros on an axis of nothing say less than a sentence; the table stays while the
    # comparison has leads to show
    came_in = bool(shown) and shown[0]["reached"] > 0
    picked = None
    if came_in:
        picked = st.altair_chart(charts.funnel(shown, lang), width="stretch", on_select="rerun", key="funnel_chart")
    else:
        # with no lead imported at all the page's note says so already: no period or filter would help
        st.info(tr("funnel.empty") + (" " + tr("funnel.empty_hint") if offered.coverage.leads else ""),
                icon=":material/filter_alt_off:")
    keys = ["reached", "conversion_from_previous", "conversion_from_first", "drop_off"] + \
        (["reached_compare"] if how else []) + ["maturing"]
    if came_in or any(r.get("reached_compare") for r in shown):
        st.dataframe(
            [{tr("metric.stage"): label[r["stage"]], **d} for r, d in zip(shown, display(shown, keys, lang))],
            hide_index=True, column_config={h: st.column_config.TextColumn(alignment="right")
                                            for h in numeric_headers(keys, lang)},
        )
    if any(r["maturing"] for r in view.funnel):
        st.caption(tr("funnel.stages_maturing_compared" if how else "funnel.stages_maturing"))
picked_stage = next((p["code"] for p in (picked.selection.get("pick") or []) if "code" in p), None) \
    if picked else None

with step_cards:
    ui.cards(view.step, ("entered", "converted", "conversion_rate"), how,
             Meaning(mode=mode, start=label[from_stage], end=label[to_stage], from_first=from_stage == codes[0]),
             undated)
    if view.step["maturing"]:
        st.warning(tr("funnel.maturing_compared" if how else "funnel.maturing"), icon=":material/hourglass_top:")

# only a cohort matures: a flow's column would say "complete" on every row
keys = [dimension, "entered", "converted", "conversion_rate", *(["conversion_rate_compare"] if how else []),
        *(["maturing"] if mode == "cohort" else [])]
if undated:
    st.caption(tr(undated["entered"]))
else:
    ui.table(display(view.breakdown, keys, lang), numeric_headers(keys, lang), download=f"funnel-{dimension}")

st.subheader(tr("funnel.trend_title"))
if undated:
    st.caption(tr(undated["entered"]))
else:
    ui.trend(charts.metric_trend(view.weekly, ["conversion_rate"], lang, every="week", percent=True,
                                 events=view.events), how, bool(view.events))

st.subheader(tr("funnel.deals_title"))
st.caption(tr("funnel.deals_caption"))
unknown = offered.coverage.unknown()
ui.cards(view.deals, ("win_rate", "won", "lost", "disqualified", "won_value", "avg_deal_value"), how, unknown=unknown)
keys = [dimension, "won", "lost", "win_rate", "disqualified", "won_value", "avg_deal_value"]
ui.table(display(view.deals_by, keys, lang, unknown=unknown), numeric_headers(keys, lang),
         download=f"win_rate-{dimension}")

st.subheader(tr("drill.title"))
cols = st.columns(3)
# a new click on the funnel picks the stage; the list can still be changed by hand afterwards
if picked_stage and picked_stage != st.session_state.get("funnel_last_pick"):
    st.session_state["funnel_drill_stage"] = picked_stage
st.session_state["funnel_last_pick"] = picked_stage
# how deals ended, apart from the stages (the lost stage and lost deals are not the same list)
outcomes = {f"deal:{o}": o for o in ("won", "lost", "disqualified")}
# the leads are fetched only once a stage or an outcome is asked for: the page itself reads aggregates
reached = ui.select(cols[0], tr("drill.stage"), [*codes, *outcomes], index=None, placeholder=tr("drill.pick_stage"),
                    format_func=lambda c: tr(f"drill.outcome_{outcomes[c]}") if c in outcomes
                    else tr("drill.reached_stage", stage=label[c]), key="funnel_drill_stage")
groups = [None, *view.groups(dimension)]
value = ui.select(cols[1], tr("drill.group"), groups, key="funnel_drill_value",
                  format_func=lambda v: tr("filters.all") if v is None else v)
if reached is None:
    st.caption(tr("drill.pick_help"))
else:
    grouped = replace(query, by=dimension if value else None)
    if reached in outcomes:
        outcome = outcomes[reached]
        ui.drill_table(cur, "win_rate", outcome, grouped, "funnel_drill", tr(f"file.deals_{outcome}"), offered.stages,
                       value=value)
    else:
        # the file named by the stage's name in the page's language: "imbuto-Cliente", never "imbuto-customer"
        ui.drill_table(cur, "funnel", "reached", grouped, "funnel_drill",
                       tr("file.funnel", stage=label.get(reached, reached)), offered.stages, value=value, stage=reached)
