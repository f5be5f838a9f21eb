"""Funnel: where leads stop, cohort against period, by any dimension, week by week, down to the leads."""

import pandas as pd
import streamlit as st

from smarketing import charts, metrics, stages, ui
from smarketing.metricformat import card, display, numeric_headers

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
st.title(tr("funnel.title"))
ui.demo_notice(cur)
query = ui.metric_filters(cur, "funnel")
journey = stages.stages(cur)
label = {s["code"]: s[f"label_{lang}"] for s in journey}

rows = metrics.compute(cur, "funnel", query)
st.caption(tr("funnel.cohort_caption"))
cols = st.columns([3, 2])
picked = cols[0].altair_chart(charts.funnel(rows, lang), width="stretch", on_select="rerun", key="funnel_chart")
picked_stage = next((p["code"] for p in (picked.selection.get("pick") or []) if "code" in p), None) \
    if picked else None
keys = ["reached", "conversion_from_previous", "conversion_from_first", "drop_off"]
cols[1].dataframe(
    [{tr("metric.stage"): label[r["stage"]], **d} for r, d in zip(rows, display(rows, keys, lang))],
    hide_index=True, column_config={h: st.column_config.TextColumn(alignment="right")
                                    for h in numeric_headers(keys, lang)},
)

st.subheader(tr("funnel.step_title"))
codes = [s["code"] for s in journey]
cols = st.columns([1, 1, 2])
from_stage = cols[0].selectbox(tr("funnel.from"), codes, index=codes.index("mql"), format_func=label.get,
                               key="funnel_from")
to_stage = cols[1].selectbox(tr("funnel.to"), codes, index=codes.index("sql"), format_func=label.get,
                             key="funnel_to")
mode = cols[2].radio(tr("funnel.mode"), metrics.MODES, horizontal=True, format_func=lambda m: tr(f"funnel.mode_{m}"),
                     key="funnel_mode")
st.caption(tr(f"funnel.mode_{mode}_help"))
step = metrics.Query(**{**query.__dict__, "from_stage": from_stage, "to_stage": to_stage, "mode": mode})
overall = metrics.compute(cur, "conversion", step)[0]
for col, key in zip(st.columns(3), ("entered", "converted", "conversion_rate")):
    col.metric(*card(key, overall, lang))
if overall["maturing"]:
    st.warning(tr("funnel.maturing"), icon=":material/hourglass_top:")

st.subheader(tr("funnel.breakdown_title"))
dimension = st.selectbox(tr("funnel.breakdown_by"), metrics.DIMENSIONS, format_func=lambda d: tr(f"metric.{d}"),
                         key="funnel_by")
breakdown = metrics.compute(cur, "conversion", metrics.Query(**{**step.__dict__, "by": dimension}))
keys = [dimension, "entered", "converted", "conversion_rate", "maturing"]
ui.table(display(breakdown, keys, lang), numeric_headers(keys, lang), download=f"funnel-{dimension}")

st.subheader(tr("funnel.trend_title"))
weekly = metrics.compute(cur, "conversion", metrics.Query(**{**step.__dict__, "every": "week"}))
frame = pd.DataFrame([r for r in weekly if r["period"] is not None])
if frame.empty:
    st.caption(tr("funnel.no_trend"))
else:
    st.altair_chart(charts.trend(frame[["period", "conversion_rate", "maturing"]], "conversion_rate", None, lang,
                                 percent=True), width="stretch")

st.subheader(tr("drill.title"))
cols = st.columns(2)
# a new click on the funnel picks the stage; the list can still be changed by hand afterwards
if picked_stage and picked_stage != st.session_state.get("funnel_last_pick"):
    st.session_state["funnel_drill_stage"] = picked_stage
st.session_state["funnel_last_pick"] = picked_stage
# the leads are fetched only once a stage is asked for: the page itself reads aggregates, never rows
reached = cols[0].selectbox(tr("drill.stage"), codes, index=None, placeholder=tr("drill.pick_stage"),
                            format_func=label.get, key="funnel_drill_stage")
groups = [None, *sorted({r[dimension] for r in breakdown if r[dimension] is not None})]
value = cols[1].selectbox(tr("drill.group"), groups, key="funnel_drill_value",
                          format_func=lambda v: tr("filters.all") if v is None else v)
if reached is None:
    st.caption(tr("drill.pick_help"))
else:
    ui.drill_table(cur, "funnel", "reached", metrics.Query(**{**query.__dict__, "by": dimension if value else None}),
                   "funnel_drill", f"funnel-{reached}", value=value, stage=reached)
