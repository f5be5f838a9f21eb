"""Hand-off: Marketing's internal customer. Does Sales take the MQLs, how fast, and who is sitting on them."""

from dataclasses import replace

import streamlit as st

from smarketing import charts, choices, metric_views, ui
from smarketing.metricformat import Meaning, accountable, display, numeric_headers

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
st.title(tr("handoff.title"))
offered = choices.read(cur)
ui.demo_notice(offered.demo_loaded)
st.caption(tr("handoff.caption"))
query, how = ui.period_bar(offered)
# starts at the limit set in Settings, as the agenda and the digest count the backlog with it
query = replace(query, backlog_days=st.slider(tr("handoff.backlog_days"), 1, 90, offered.backlog_days,
                                              key="handoff_days"))
view = metric_views.handoff(cur, query, how)

unknown = offered.coverage.unknown()
ui.cards(view.overall, ("acceptance_rate", "median_days_to_accept", "backlog", "mqls"), how,
         Meaning(backlog_days=query.backlog_days), unknown)
if view.overall["maturing"]:
    st.warning(tr("handoff.maturing"), icon=":material/hourglass_top:")

st.subheader(tr("handoff.by_owner"))
st.caption(tr("handoff.by_owner_caption"))
keys = ["owner", "mqls", "accepted", "acceptance_rate", "median_days_to_accept", "backlog"]
# (MQL or SQL never dated: the reason, never "no data for the period" as if another period had some)
ui.table(display(view.by_owner, keys, lang, unknown=unknown), numeric_headers(keys, lang), download="hand-off",
         empty=tr(unknown["acceptance_rate"]) if "acceptance_rate" in unknown else None)
if view.outsiders:
    st.info(ui.plain(tr("handoff.not_in_team", names=", ".join(view.outsiders))), icon=":material/group:")
    st.page_link("app_pages/team.py", label=tr("team.go"), icon=":material/group_add:")

st.subheader(tr("handoff.trend_title"))
if "acceptance_rate" in unknown:
    # a stage never dated draws no line, as the Overview's weekly chart does not
    st.caption(tr(unknown["acceptance_rate"]))
else:
    ui.trend(charts.metric_trend(view.weekly, ["acceptance_rate"], lang, every="week", percent=True,
                                 events=view.events), how, bool(view.events))

st.subheader(tr("handoff.backlog_title"))
if "backlog" in unknown:
    st.caption(tr(unknown["backlog"]))
elif not view.with_backlog:
    st.success(tr("handoff.no_backlog"))
else:
    owner = ui.select(st, tr("handoff.who"), view.with_backlog, key="handoff_owner",
                      format_func=lambda o: accountable(o, view.assigned(o), lang))
    ui.drill_table(cur, "sla", "backlog", replace(query, by="owner"), "handoff_drill",
                   tr("file.mql_backlog"), offered.stages, value=owner)
