"""Overview: the period's numbers against the comparison, this week so far, where the leads are, the weekly
flow."""


import streamlit as st

from smarketing import charts, overview, periods, ui
from smarketing.i18n import fmt_date, fmt_int

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
today = ui.today()
st.title(tr("overview.title"))
ui.demo_notice(cur)

head = overview.headline(cur)
if not head["total_leads"]:
    st.info(tr("overview.empty"))
    st.stop()
query, how = ui.period_bar(cur)

view = overview.page(cur, query, how, lang)

st.subheader(tr("overview.alerts_title"))
st.caption(tr("overview.alerts_caption"))
if not view.alerts:
    st.caption(tr("overview.alerts_none"))
for alert in view.alerts:
    show = {"high": st.error, "medium": st.warning}.get(alert.severity, st.info)
    # a move's arrow follows its number (a rise in lost deals points up, and is the warning)
    arrow = ":material/trending_up:" if alert.rising else ":material/trending_down:"
    show(ui.plain(alert.text), icon={"entries": arrow, "losses": arrow, "conversion": ":material/conversion_path:",
                                     "status": ":material/flag:", "backlog": ":material/hourglass_top:"}[alert.kind])

st.subheader(tr("overview.period_title"))
st.caption(tr("overview.period_caption"))
ui.cards(view.period, overview.KEY_NUMBERS, how)

st.subheader(tr("overview.week_title", first=fmt_date(periods.monday(today), lang),
                today=fmt_date(today, lang)))
st.caption(tr("overview.week_caption"))
ui.cards(view.week, overview.WEEK_NUMBERS, "previous")

st.subheader(tr("overview.stages_title"))
st.caption(tr("overview.stages_caption"))
cols = st.columns(3)
cols[0].metric(tr("overview.open_leads"), fmt_int(view.now["open_leads"], lang), help=tr("overview.open_leads_help"))
cols[1].metric(tr("overview.customers"), fmt_int(view.now["customers"], lang))
ui.table(
    [
        {
            tr("overview.col_stage"): row[f"label_{lang}"],
            tr("overview.col_owner"): tr("overview.lost_split", deals=fmt_int(row["lost_deals"], lang),
                                         disqualified=fmt_int(row["in_stage"] - row["lost_deals"], lang))
            if row["outcome"] == "lost" else tr(f"function.{row['owner_function']}"),
            tr("overview.col_in_stage"): fmt_int(row["in_stage"], lang),
            tr("overview.col_reached"): fmt_int(row["reached"], lang),
        }
        for row in view.now["stages"]
    ],
    numeric=(tr("overview.col_in_stage"), tr("overview.col_reached")),
)

st.subheader(tr("overview.chart_title"))
ui.trend(charts.weekly_stage_entries(view.weekly, lang, view.events), None, bool(view.events))
