"""Overview: where the leads are and what moved this week."""

import streamlit as st

from smarketing import charts, overview, ui
from smarketing.i18n import fmt_int

CHART_WEEKS = 26

cur = ui.cursor()
lang = ui.lang()
st.title(ui.tr("overview.title"))
ui.demo_notice(cur)

head = overview.headline(cur, ui.today())
if not head["total_leads"]:
    st.info(ui.tr("overview.empty"))
    st.stop()

# this week so far against the same days of last week, stage by stage
labels = {row["code"]: row[f"label_{lang}"] for row in head["stages"]}
for col, (code, week) in zip(st.columns(len(head["week"])), head["week"].items()):
    col.metric(
        labels[code], fmt_int(week["this_week"], lang), delta=f"{week['this_week'] - week['last_week']:+d}",
        delta_description=ui.tr("overview.vs_same_days"), help=ui.tr("overview.week_help"),
    )
won = head["week"]["customer"]
cols = st.columns(3)
if won["value_this_week"] is not None:
    cols[0].metric(f"{ui.tr('overview.won_this_week')} ({won['currency'] or 'EUR'})",
                   fmt_int(won["value_this_week"], lang),
                   delta=fmt_int(won["value_this_week"] - won["value_last_week"], lang),
                   delta_description=ui.tr("overview.vs_same_days"))
cols[1].metric(ui.tr("overview.open_leads"), fmt_int(head["open_leads"], lang), help=ui.tr("overview.open_leads_help"))
cols[2].metric(ui.tr("overview.customers"), fmt_int(head["customers"], lang))

st.subheader(ui.tr("overview.stages_title"))
st.caption(ui.tr("overview.stages_caption"))
ui.table(
    [
        {
            ui.tr("overview.col_stage"): row[f"label_{lang}"],
            ui.tr("overview.col_owner"): ui.tr(f"function.{row['owner_function']}"),
            ui.tr("overview.col_in_stage"): fmt_int(row["in_stage"], lang),
            ui.tr("overview.col_reached"): fmt_int(row["reached"], lang),
        }
        for row in head["stages"]
    ],
    numeric=(ui.tr("overview.col_in_stage"), ui.tr("overview.col_reached")),
)

st.subheader(ui.tr("overview.chart_title", weeks=CHART_WEEKS))
st.altair_chart(
    charts.weekly_stage_entries(overview.weekly_stage_entries(cur, ui.today(), CHART_WEEKS), lang),
    width="stretch",
)
