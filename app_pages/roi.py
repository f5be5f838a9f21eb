"""Spend and return: which money brings customers back, by channel and campaign, month by month."""

import pandas as pd
import streamlit as st

from smarketing import charts, metrics, ui
from smarketing.metricformat import card, display, numeric_headers

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
st.title(tr("roi.title"))
ui.demo_notice(cur)
st.caption(tr("roi.caption"))
query = ui.metric_filters(cur, "roi")

overall = metrics.compute(cur, "roi", query)[0]
for col, key in zip(st.columns(5), ("spend", "won_value", "roi", "roas", "cac")):
    col.metric(*card(key, overall, lang))

keys = ["spend", "leads", "customers", "won_value", "cpl", "cost_per_mql", "cost_per_sql", "cac", "roi", "roas"]
st.subheader(tr("roi.by_channel"))
channels = metrics.compute(cur, "roi", metrics.Query(**{**query.__dict__, "by": "source"}))
ui.table(display(channels, ["source", *keys], lang), numeric_headers(keys, lang), download="roi-channels")
frame = pd.DataFrame([{"source": r["source"] or tr("metric.not_filled"), "spend": float(r["spend"] or 0),
                       "won_value": float(r["won_value"] or 0)} for r in channels])
if not frame.empty:
    st.altair_chart(charts.grouped_bars(frame, "source", ["spend", "won_value"], lang), width="stretch")

st.subheader(tr("roi.by_campaign"))
campaigns = metrics.compute(cur, "roi", metrics.Query(**{**query.__dict__, "by": "campaign"}))
ui.table(display(campaigns, ["campaign", *keys], lang), numeric_headers(keys, lang), download="roi-campaigns")

st.subheader(tr("roi.trend_title"))
monthly = [r for r in metrics.compute(cur, "roi", metrics.Query(**{**query.__dict__, "every": "month"}))
           if r["period"] is not None]
if monthly:
    trend = pd.DataFrame([{"period": r["period"], "measure": tr(f"metric.{m}"), "value": float(r[m] or 0)}
                          for r in monthly for m in ("spend", "won_value")])
    st.altair_chart(charts.trend(trend, "value", "measure", lang, value_title=overall["currency"] or "EUR"),
                    width="stretch")

st.subheader(tr("drill.title"))
cols = st.columns(2)
channel = cols[0].selectbox(tr("metric.source"), [r["source"] for r in channels], key="roi_channel",
                            format_func=lambda c: c if c is not None else tr("metric.not_filled"))
who = cols[1].radio(tr("roi.drill_who"), ["customers", "leads"], horizontal=True,
                    format_func=lambda w: tr(f"metric.{w}"), key="roi_drill_who")
ui.drill_table(cur, "roi", who, metrics.Query(**{**query.__dict__, "by": "source"}), "roi_drill",
               f"{tr(f'metric.{who}').lower()}-{channel or 'na'}", value=channel)
