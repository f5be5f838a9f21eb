"""Overview: the period's numbers against the comparison, this week so far, where the leads are, the weekly
flow."""


import streamlit as st

from smarketing import charts, choices, overview, periods, stages, ui
from smarketing.agendawords import say
from smarketing.i18n import fmt_date, fmt_int
from smarketing.metricformat import Meaning

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
today = ui.today()
st.title(tr("overview.title"))
offered = choices.read(cur)
ui.demo_notice(offered.demo_loaded)
if not offered.leads:
    # spend imported before any lead is data, never "the database is empty"
    st.info(tr("overview.spend_only" if offered.coverage.spend else "overview.empty"))
    if offered.coverage.spend:
        st.page_link("app_pages/roi.py", label=tr("roi.title"), icon=":material/payments:")
    st.stop()
query, how = ui.period_bar(offered)

view = overview.page(cur, query, how, offered.coverage.undrawn())
unknown = offered.coverage.unknown()

st.subheader(tr("overview.alerts_title"))
st.caption(tr("overview.alerts_caption"))
if not view.alerts:
    st.caption(tr("overview.alerts_none"))
for alert in view.alerts:
    show = {"high": st.error, "medium": st.warning}.get(alert.severity, st.info)
    # a move's arrow follows its number (a rise in lost deals points up, and is the warning)
    arrow = ":material/trending_up:" if alert.rising else ":material/trending_down:"
    show(ui.plain(say(alert, lang)),
         icon={"entries": arrow, "losses": arrow, "conversion": ":material/conversion_path:",
               "status": ":material/flag:", "backlog": ":material/hourglass_top:"}[alert.kind])

st.subheader(tr("overview.period_title"))
st.caption(tr("overview.period_caption"))
ui.cards(view.period, overview.KEY_NUMBERS, how, unknown=unknown)

st.subheader(tr("overview.week_title", first=fmt_date(periods.monday(today), lang),
                today=fmt_date(today, lang)))
# on Monday the week is a day under way: set against last Monday's whole day, every figure would read as a fall
monday = today.weekday() == 0
st.caption(tr("overview.week_caption_monday" if monday else "overview.week_caption"))
ui.cards(view.week, overview.WEEK_NUMBERS, None if monday else "previous", Meaning(window="week"), unknown)

st.subheader(tr("overview.stages_title"))
st.caption(tr("overview.stages_caption"))
cols = st.columns(3)
cols[0].metric(tr("overview.open_leads"), fmt_int(view.now["open_leads"], lang), help=tr("overview.open_leads_help"))
cols[1].metric(tr("overview.customers"), fmt_int(view.now["customers"], lang), help=tr("overview.customers_help"))
stage_rows = []
names = stages.labels(view.now["stages"], lang)
for row in view.now["stages"]:
    if row["outcome"] == "lost":
        # two rows with their numbers in the number columns: the deals Sales lost, and the leads disqualified
        # before a deal (a sentence in one cell was cut at 1400 px, hiding the 1.771)
        stage_rows.append((tr("overview.lost_deals_row", stage=names[row["code"]]), tr("function.sales"),
                           row["lost_deals"], row["lost_deals"]))
        stage_rows.append((tr("overview.disqualified_row", stage=names[row["code"]]), "–",
                           row["disqualified"], row["disqualified"]))
    else:
        stage_rows.append((names[row["code"]], tr(f"function.{row['owner_function']}"), row["in_stage"],
                           row["reached"]))
ui.table(
    [
        {
            tr("overview.col_stage"): label,
            tr("overview.col_owner"): owner,
            tr("overview.col_in_stage"): fmt_int(count, lang),
            tr("overview.col_reached"): fmt_int(reached, lang),
        }
        for label, owner, count, reached in stage_rows
    ],
    numeric=(tr("overview.col_in_stage"), tr("overview.col_reached")),
)

st.subheader(tr("overview.chart_title"))
ui.trend(charts.weekly_stage_entries(view.weekly, lang, view.events), None, bool(view.events))
