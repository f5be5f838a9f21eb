"""Spend and return: which money brings customers back, by channel and campaign, month by month."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from smarketing import charts, choices, metric_views, ui
from smarketing.i18n import fmt_num
from smarketing.metricformat import display, numeric_headers

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
st.title(tr("roi.title"))
offered = choices.read(cur)
ui.demo_notice(offered.demo_loaded)
st.caption(tr("roi.caption"))
query, how = ui.period_bar(offered)

view = metric_views.roi(cur, query, how)
unknown = offered.coverage.unknown()
ui.cards(view.overall, ("spend", "won_value", "roi", "roas", "cac"), how, unknown=unknown)
if view.overall.get("compare_spend_uneven"):
    st.info(tr(f"roi.spend_uneven_{view.overall['compare_spend_uneven']}"), icon=":material/event_busy:")
if view.young_spend_days is not None:
    st.info(tr("roi.young_spend", days=fmt_num(view.young_spend_days, lang, 0)), icon=":material/hourglass_top:")

# what the money brought, and what each stage cost, each in a tab of its own: ten numbers in one table ran past
# the screen at 1400 px and cut the last ones ("1.01…")
returns = ["spend", "customers", "won_value", "cac", "roi", "roas"]
costs = ["spend", "leads", "cpl", "cost_per_mql", "cost_per_sql"]
# the cards' short names ("Customer acquisition cost (CAC)" pushed ROAS out)
short = {"cac": tr("card.cac")}


def tables(rows, by: str, download: str, narrow: tuple[str, ...] = ()) -> None:
    for tab, keys, name in zip(st.tabs([tr("roi.tab_return"), tr("roi.tab_costs")]), (returns, costs),
                               (download, f"{download}-costs")):
        with tab:
            ui.table(display(rows, [by, *keys], lang, short, unknown), numeric_headers(keys, lang, short),
                     download=name, narrow=narrow)


st.subheader(tr("roi.by_channel"))
tables(view.channels, "source", "roi-channels")
# no bar for an amount unknown or in another currency (the table says it), never one of 0 €
# (and no series the data cannot hold: spend never imported, money won with no lead)
drawn = [key for key in ("spend", "won_value") if key not in unknown]
frame = pd.DataFrame([{"source": r["source"] or tr("metric.not_filled"),
                       **{key: None if r[key] is None else float(r[key]) for key in drawn}}
                      for r in view.chart_channels])
if drawn and not frame.empty:
    st.altair_chart(charts.grouped_bars(frame, "source", drawn, lang, view.chart_currency), width="stretch")
if view.left_out:
    st.caption(tr("roi.left_out", currency=view.chart_currency, others=", ".join(view.left_out)))

st.subheader(tr("roi.by_campaign"))
tables(view.campaigns, "campaign", "roi-campaigns", narrow=(tr("metric.campaign"),))

st.subheader(tr("roi.trend_title"))
if drawn:
    ui.trend(charts.metric_trend(view.chart_monthly, drawn, lang, every="month", currency=view.chart_currency,
                                 events=view.events), how, bool(view.events))
else:
    st.caption(tr(unknown["spend"]))

st.subheader(tr("drill.title"))
cols = st.columns(2)
channel = ui.select(cols[0], tr("roi.drill_channel"), [r["source"] for r in view.channels], key="roi_channel",
                    format_func=lambda c: c if c is not None else tr("metric.not_filled"))
who = ui.choice(cols[1], tr("roi.drill_who"), ["customers", "leads"], horizontal=True,
                format_func=lambda w: tr(f"metric.{w}"), key="roi_drill_who")
ui.drill_table(cur, "roi", who, replace(query, by="source"), "roi_drill",
               f"{tr(f'metric.{who}').lower()}-{channel or 'na'}", offered.stages, value=channel)
