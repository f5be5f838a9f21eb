"""Team: the people who own objectives, answer for MQLs and meet weekly, and who may sign in with which role.
Everyone sees the team; only admins change it (access.py)."""

import streamlit as st

from smarketing import access, team, ui
from smarketing.errors import SmarketingError
from smarketing.i18n import fmt_date, fmt_int

cur = ui.cursor()
lang = ui.lang()
view = team.view(cur, ui.oidc())
tr = ui.tr


def done(message: str) -> None:
    """Say what changed on the next run, which shows the team as it now is."""
    st.session_state["team_flash"] = message
    st.rerun()


def worded_function(code: str | None) -> str:
    return tr(f"function.{code}") if code else tr("team.empty_choice")


st.title(tr("team.title"))
ui.demo_notice(view.demo_loaded)
st.caption(tr("team.caption"))
if "team_flash" in st.session_state:
    st.success(st.session_state.pop("team_flash"), icon=":material/check_circle:")

st.subheader(tr("team.people_title"))
ui.table([{tr("team.col_name"): m.name, tr("team.col_function"): worded_function(m.function),
           tr("team.col_email"): m.email or "", tr("team.col_active"): m.active,
           tr("team.col_leads"): fmt_int(m.leads, lang)} for m in view.people],
         numeric=(tr("team.col_leads"),), empty=tr("team.people_empty"))

st.subheader(f"{tr('team.found_title')} ({fmt_int(len(view.found), lang)})" if view.found else tr("team.found_title"))
st.caption(tr("team.found_caption"))
ui.table([{tr("team.col_name"): f.name, tr("team.col_leads"): fmt_int(f.leads, lang)} for f in view.found],
         numeric=(tr("team.col_leads"),),
         empty=tr("team.found_empty" if view.owners_in_data else "team.found_no_owners"))

admin = ui.can_admin()
if admin and view.found:
    with st.form("team_found_form"):
        cols = st.columns([3, 1])
        chosen = cols[0].multiselect(tr("team.found_pick"), [f.name for f in view.found], select_all=False,
                                     key="team_found_pick",
                                     placeholder=tr("objectives.choose_people"))
        # a CRM's owners are mostly its salespeople
        function = ui.select(cols[1], tr("team.function"), team.FUNCTIONS, key="team_found_function",
                             format_func=worded_function, index=team.FUNCTIONS.index("sales"))
        if st.form_submit_button(tr("team.found_add")):
            try:
                added = [team.add(cur, name, function) for name in chosen]
            except SmarketingError as exc:
                ui.show_error(exc)
            else:
                if added:
                    done(tr("team.found_added", names=ui.plain(", ".join(added))))

if admin:
    st.subheader(tr("team.add_title"))
    with st.form("team_add_form", clear_on_submit=True):
        cols = st.columns([2, 1, 2])
        name = cols[0].text_input(tr("team.name"), key="team_add_name", help=tr("team.name_help"))
        function = ui.select(cols[1], tr("team.function"), team.FUNCTIONS, key="team_add_function",
                             format_func=worded_function)
        email = cols[2].text_input(tr("team.email"), key="team_add_email")
        if st.form_submit_button(tr("team.add"), type="primary"):
            try:
                added_name = team.add(cur, name, function, email)
            except SmarketingError as exc:
                ui.show_error(exc)
            else:
                done(tr("team.added", name=ui.plain(added_name), function=worded_function(function)))

    if view.people:
        st.subheader(tr("team.edit_title"))
        people = {m.name: m for m in view.people}
        picked = ui.select(st, tr("team.pick"), list(people), key="team_edit_pick")
        person = people[picked]
        # keyed by the person, so that choosing another shows their values
        with st.form(f"team_edit_form_{picked}"):
            cols = st.columns([1, 2])
            function = ui.select(cols[0], tr("team.function"), team.FUNCTIONS, key=f"team_edit_function_{picked}",
                                 format_func=worded_function, index=team.FUNCTIONS.index(person.function))
            email = cols[1].text_input(tr("team.email"), value=person.email or "", key=f"team_edit_email_{picked}")
            active = st.checkbox(tr("team.active"), value=person.active, key=f"team_edit_active_{picked}")
            if st.form_submit_button(tr("team.save")):
                try:
                    team.update(cur, picked, function, email, active)
                except SmarketingError as exc:
                    ui.show_error(exc)
                else:
                    done(tr("team.saved", name=ui.plain(picked)))

    st.subheader(tr("team.access_title"))
    st.caption(tr(f"team.mode_{view.mode}"))
    ui.table([{tr("team.col_pattern"): r["pattern"], tr("team.col_role"): tr(f"access.role_{r['role']}"),
               tr("team.col_password"): bool(r["has_password"]), tr("team.col_since"): fmt_date(r["created_at"], lang),
               tr("team.col_by"): r["created_by"] or ""} for r in view.rules], empty=tr("team.rules_empty"))

    def worded_role(code: str | None) -> str:
        return tr(f"access.role_{code}") if code else ""

    st.markdown(f"**{tr('team.allow_title')}**")
    with st.form("team_allow_form", clear_on_submit=True):
        cols = st.columns([3, 1])
        pattern = cols[0].text_input(tr("team.pattern"), key="team_allow_pattern")
        role = ui.select(cols[1], tr("team.role"), access.ROLES, key="team_allow_role", format_func=worded_role)
        if st.form_submit_button(tr("team.allow")):
            try:
                saved = access.allow(cur, pattern, role, ui.user(), oidc=ui.oidc())
            except SmarketingError as exc:
                ui.show_error(exc)
            else:
                done(tr("team.allowed", pattern=ui.plain(saved), role=worded_role(role)))

    if view.rules:
        st.markdown(f"**{tr('team.remove_title')}**")
        with st.form("team_remove_form"):
            gone = ui.select(st, tr("team.col_pattern"), [r["pattern"] for r in view.rules], key="team_remove_pick")
            confirmed = st.checkbox(tr("team.remove_confirm"), key="team_remove_confirm")
            submitted = st.form_submit_button(tr("team.remove"))
            if submitted and not confirmed:
                # a click that does nothing says why
                st.warning(tr("team.remove_unconfirmed"), icon=":material/check_box:")
            elif submitted:
                try:
                    access.remove(cur, gone, ui.user(), oidc=ui.oidc())
                except SmarketingError as exc:
                    if exc.key == "error.access_would_open":
                        st.error(tr("team.would_open"), icon=":material/lock_open:")
                    else:
                        ui.show_error(exc)
                else:
                    done(tr("team.removed", pattern=ui.plain(gone)))

    st.markdown(f"**{tr('team.password_title')}**")
    if view.mode == "oidc":
        st.caption(tr("team.password_oidc"))
    else:
        st.caption(tr("team.password_caption", length=access.MIN_PASSWORD))
        with st.form("team_password_form", clear_on_submit=True):
            cols = st.columns([3, 1])
            who = cols[0].text_input(tr("team.col_email"), key="team_password_email")
            # a password changed is not a role changed: the role is kept unless one is picked (a new address is an
            # editor), so a viewer's new password never makes them an editor, nor an admin's their own a viewer
            role = ui.select(cols[1], tr("team.role"), [None, *access.ROLES], key="team_password_role",
                             format_func=lambda code: worded_role(code) if code else tr("team.role_kept"))
            cols = st.columns(2)
            password = cols[0].text_input(tr("team.password"), type="password", key="team_password")
            again = cols[1].text_input(tr("team.password_again"), type="password", key="team_password_again")
            if st.form_submit_button(tr("team.password_save")):
                try:
                    if password != again:
                        raise SmarketingError("error.access_password_mismatch")
                    given = access.set_password(cur, who, password, role, ui.user(), oidc=ui.oidc())
                except SmarketingError as exc:
                    ui.show_error(exc)
                else:
                    if view.mode == "open":
                        # the first password turns sign-in on: this browser signs in like everyone else
                        ui.sign_out()
                    done(tr("team.password_set", email=ui.plain(access.normalise(who)), role=worded_role(given)))
