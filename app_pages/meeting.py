"""The weekly alignment meeting: the agenda the data sets, who came, what was decided, who does what."""

from datetime import timedelta

import streamlit as st

from smarketing import agenda, choices, meeting_view, meetings, objectivewords, overview, periods, report, ui
from smarketing.agendawords import say
from smarketing.errors import SmarketingError
from smarketing.i18n import fmt_date, fmt_week

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
today = ui.today()
user = ui.user()
st.title(tr("meeting.title"))
offered = choices.read(cur)
ui.demo_notice(offered.demo_loaded)
editor = ui.can_edit()
query, how = ui.period_bar(offered)
st.subheader(tr("meeting.numbers"))
numbers = st.container()   # above the week they do not depend on; filled once the week is chosen

this_week = periods.monday(today)
weeks = [this_week + timedelta(weeks=1)] + [this_week - timedelta(weeks=n) for n in range(13)]


def week_label(week):
    label = report.week_label(week, lang)
    return f"{label} · {tr('meeting.this_week')}" if week == this_week else label


week = ui.select(st, tr("meeting.week"), weeks, index=1, format_func=week_label, key="meeting_week",
                 help=tr("meeting.week_help"))
view = meeting_view.build(cur, query, how, week, today)
plan, meeting, team, active = view.agenda, view.meeting, view.team, view.objectives
with numbers:
    ui.cards(view.numbers, overview.KEY_NUMBERS, how, unknown=offered.coverage.unknown())

st.header(tr("agenda.title"))
st.caption(tr("meeting.as_of", day=fmt_date(plan.as_of, lang)))
MARK = {"high": ":red[●]", "medium": ":orange[●]", "info": ":gray[●]"}
for n, section in enumerate(agenda.SECTIONS, start=1):
    st.subheader(f"{n}. {tr(f'agenda.{section}')}")
    if section == "moves":
        st.caption(tr("agenda.moves_caption", week=fmt_week(plan.reference, lang)))
    items = plan.sections[section]
    # user text (titles, names) goes out as plain text: no markdown of theirs is rendered
    for item in items:
        st.markdown(f"{MARK[item.severity]} {ui.plain(say(item, lang))}")
    if not items:
        st.caption(tr("agenda.nothing"))

st.header(tr("meeting.actions"))
listed = view.actions
if "meeting_error" in st.session_state:
    ui.show_error(st.session_state.pop("meeting_error"))


def toggle(action_id: int) -> None:
    # the checkbox is disabled for viewers; the check here holds even if a browser sends the change anyway
    if ui.person().can_edit:
        meetings.set_action(cur, action_id, "done" if st.session_state[f"action_done_{action_id}"] else "open",
                            ui.user())
    else:
        st.session_state["meeting_error"] = SmarketingError("error.no_longer_allowed")


for carried, heading in ((True, "meeting.carried"), (False, "meeting.this_meeting")):
    group = [a for a in listed if a["carried_over"] == carried]
    if not group:
        continue
    st.markdown(f"**{tr(heading)}**")
    for a in group:
        late = meetings.overdue(a, plan.as_of)
        details = ", ".join(x for x in (
            a["owner"], tr("meeting.due_on", day=fmt_date(a["due_date"], lang)) if a["due_date"] else None,
            objectivewords.linked(a, lang),
            tr("meeting.overdue") if late else None,
            tr("meeting.done_by", by=a["status_by"]) if a["status"] == "done" and a["status_by"] else None,
            tr("meeting.from_week", first=fmt_date(a["meeting_week"], lang)) if carried else None) if x)
        st.checkbox(f"{ui.plain(a['text'])} — {ui.plain(details)}", value=a["status"] == "done",
                    key=f"action_done_{a['action_id']}", on_change=toggle, args=(a["action_id"],),
                    disabled=not editor)
if not listed:
    st.caption(tr("meeting.no_actions"))

ui.team_notice(not team)
with st.form("action_form", clear_on_submit=True):
    cols = st.columns([4, 2, 2])
    text = cols[0].text_input(tr("meeting.action"), key="action_text")
    owner = ui.select(cols[1], tr("meeting.owner"), [None, *team], key="action_owner",
                      format_func=lambda n: "–" if n is None else n)
    # keyed by week: the default due day is the chosen week's next meeting, never the first week opened's
    due = cols[2].date_input(tr("meeting.due"), value=week + timedelta(days=7), format="DD/MM/YYYY",
                             key=f"action_due_{week}")
    linked = ui.select(st, tr("meeting.objective"), [None, *active], key="action_objective",
                       format_func=lambda i: tr("meeting.no_objective") if i is None else f"#{i} {active[i]}")
    if st.form_submit_button(tr("meeting.action_add"), disabled=not editor):
        try:
            meetings.add_action(cur, week, text, owner, due, linked, user, today)
        except SmarketingError as exc:
            ui.show_error(exc)
        else:
            st.rerun()

st.header(tr("meeting.decisions"))
taken = view.decisions
for d in taken:
    about = f" · {objectivewords.linked(d, lang)}" if d["objective_id"] else ""
    st.markdown(f"- {ui.plain(d['text'])} _({ui.plain(d['decided_by'] or '–')}{ui.plain(about)})_")
if not taken:
    st.caption(tr("meeting.no_decisions"))
with st.form("decision_form", clear_on_submit=True):
    text = st.text_input(tr("meeting.decision"), key="decision_text")
    linked = ui.select(st, tr("meeting.objective"), [None, *active], key="decision_objective",
                       format_func=lambda i: tr("meeting.no_objective") if i is None else f"#{i} {active[i]}")
    if st.form_submit_button(tr("meeting.decision_add"), disabled=not editor):
        try:
            meetings.add_decision(cur, week, text, linked, user, today)
        except SmarketingError as exc:
            ui.show_error(exc)
        else:
            st.rerun()

st.header(tr("meeting.attendees"))
came = (meeting or {}).get("attendees", [])
stored = (list(came), (meeting or {}).get("notes") or "")
# what the form shows, kept from when it was drawn: saving lays only this person's changes over a colleague's
scope = f"meeting_{week}"
suffix, seen = ui.shared_form(scope, stored, f"notes_{week}")
if seen != stored and meeting:
    st.info(tr("meeting.changed_meanwhile", who=ui.plain(meeting["updated_by"] or "–")), icon=":material/group:")
with st.form(f"meeting_form_{meetings.week_code(week)}"):
    # who came stays who came: a person since gone from the team is still offered, and kept on saving
    present = st.multiselect(tr("meeting.attendees"), [*team, *(n for n in {*came, *seen[0]} if n not in team)],
                             default=seen[0], placeholder=tr("objectives.choose_people"), select_all=False,
                             key=f"attendees_{week}{suffix}")
    notes = st.text_area(tr("meeting.notes"), value=seen[1], key=f"notes_{week}{suffix}")
    if st.form_submit_button(tr("meeting.save"), disabled=not editor):
        try:
            meetings.save_meeting(cur, week, present, notes, user, today, seen)
        except SmarketingError as exc:
            # the colleague's notes shown, this person's still in the box: merged by hand, then saved over theirs
            ui.show_error(exc)
            st.code((meeting or {}).get("notes") or "", language=None, wrap_lines=True)
            ui.form_seen(scope, (seen[0], (meetings.find(cur, week) or {}).get("notes") or ""))
        else:
            # drawn again from what is stored now: a colleague's attendee with this person's
            ui.form_saved(scope)
            st.session_state["meeting_saved"] = True
            st.rerun()
if st.session_state.pop("meeting_saved", False):
    st.toast(tr("meeting.saved"))
if meeting and meeting["updated_by"]:
    st.caption(ui.plain(tr("meeting.saved_by", by=meeting["updated_by"], day=fmt_date(meeting["updated_at"], lang))))

st.header(tr("meeting.report"))
# a week still to come has no numbers: its report would carry today's under its title (the CLI refuses it too)
ahead = week > today
if ahead:
    st.info(tr("error.week_future", week=meetings.week_code(week), monday=fmt_date(week, lang)))
cols = st.columns(2)
stem = report.file_stem(week, lang)
# built only when a button is pressed: drawing the charts takes a moment
cols[0].download_button(tr("meeting.report_html"), key="report_html", mime="text/html", file_name=f"{stem}.html",
                        data=lambda: report.html_page(report.build(cur, week, today, lang)), disabled=ahead)
cols[1].download_button(tr("meeting.report_md"), key="report_md", mime="text/markdown", file_name=f"{stem}.md",
                        data=lambda: report.markdown(report.build(cur, week, today, lang)), disabled=ahead)
