"""Hand-off: Marketing's internal customer. Does Sales take the MQLs, how fast, and who is sitting on them."""

from dataclasses import replace

import streamlit as st

from smarketing import charts, metrics, ui
from smarketing.metricformat import accountable, display, numeric_headers

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
st.title(tr("handoff.title"))
ui.demo_notice(cur)
st.caption(tr("handoff.caption"))
query, how = ui.period_bar(cur)
query.backlog_days = st.slider(tr("handoff.backlog_days"), 1, 60, 7, key="handoff_days")

overall = metrics.compare(cur, "sla", query, how)[0]
ui.cards(overall, ("acceptance_rate", "median_days_to_accept", "backlog", "mqls"), how)
if overall["maturing"]:
    st.warning(tr("handoff.maturing"), icon=":material/hourglass_top:")

st.subheader(tr("handoff.by_owner"))
st.caption(tr("handoff.by_owner_caption"))
by_owner = metrics.compare(cur, "sla", replace(query, by="owner"), how)
keys = ["owner", "mqls", "accepted", "acceptance_rate", "median_days_to_accept", "backlog"]
ui.table(display(by_owner, keys, lang), numeric_headers(keys, lang), download="hand-off")
outsiders = [r["owner"] for r in by_owner if r["assigned"] is None and r["owner"] is not None]
if outsiders:
    st.info(ui.plain(tr("handoff.not_in_team", names=", ".join(outsiders))), icon=":material/group:")

st.subheader(tr("handoff.trend_title"))
weekly = metrics.compare(cur, "sla", replace(query, every="week"), how)
chart = charts.metric_trend(weekly, ["acceptance_rate"], lang, every="week", percent=True)
ui.trend(chart, how)

st.subheader(tr("handoff.backlog_title"))
assigned = {r["owner"]: r["assigned"] for r in by_owner}
owners = [r["owner"] for r in by_owner if r["backlog"]]
if not owners:
    st.success(tr("handoff.no_backlog"))
else:
    owner = ui.select(st, tr("handoff.who"), owners, key="handoff_owner",
                      format_func=lambda o: accountable(o, assigned[o], lang))
    ui.drill_table(cur, "sla", "backlog", replace(query, by="owner"), "handoff_drill",
                   "arretrato-mql" if lang == "it" else "mql-backlog", value=owner)
