"""Hand-off: Marketing's internal customer. Does Sales take the MQLs, how fast, and who is sitting on them."""

import pandas as pd
import streamlit as st

from smarketing import charts, metrics, ui
from smarketing.metricformat import accountable, card, display, numeric_headers

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
st.title(tr("handoff.title"))
ui.demo_notice(cur)
st.caption(tr("handoff.caption"))
query = ui.metric_filters(cur, "handoff", window="90")
query.backlog_days = st.slider(tr("handoff.backlog_days"), 1, 60, 7, key="handoff_days")

overall = metrics.compute(cur, "sla", query)[0]
for col, key in zip(st.columns(4), ("acceptance_rate", "median_days_to_accept", "backlog", "mqls")):
    col.metric(*card(key, overall, lang))

st.subheader(tr("handoff.by_owner"))
by_owner = metrics.compute(cur, "sla", metrics.Query(**{**query.__dict__, "by": "owner"}))
keys = ["owner", "mqls", "accepted", "acceptance_rate", "median_days_to_accept", "backlog"]
ui.table(display(by_owner, keys, lang), numeric_headers(keys, lang), download="hand-off")

st.subheader(tr("handoff.trend_title"))
weekly = [r for r in metrics.compute(cur, "sla", metrics.Query(**{**query.__dict__, "every": "week"}))
          if r["period"] is not None]
if weekly:
    st.altair_chart(charts.trend(pd.DataFrame(weekly)[["period", "acceptance_rate"]], "acceptance_rate", None, lang,
                                 percent=True), width="stretch")

st.subheader(tr("handoff.backlog_title"))
owners = [r["owner"] for r in by_owner if r["backlog"]]
if not owners:
    st.success(tr("handoff.no_backlog"))
else:
    assigned = {r["owner"]: r["assigned"] for r in by_owner}
    owner = st.selectbox(tr("metric.owner"), owners, key="handoff_owner",
                         format_func=lambda o: accountable(o, assigned[o], lang))
    ui.drill_table(cur, "sla", "backlog", metrics.Query(**{**query.__dict__, "by": "owner"}), "handoff_drill",
                   "arretrato-mql" if lang == "it" else "mql-backlog", value=owner)
