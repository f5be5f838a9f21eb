"""Who is using the app: sign-in (open, password or the company account), their role, read-only pages."""

from __future__ import annotations

import logging

import duckdb
import streamlit as st

from smarketing import access
from smarketing.errors import SmarketingError
from smarketing.ui.language import plain, tr
from smarketing.ui.server import cursor
from smarketing.ui.widgets import show_error

_LOG = logging.getLogger("smarketing")

_PERSON = "signed_in_person"


def _oidc_configured() -> bool:
    """An [auth] section in .streamlit/secrets.toml means sign-in through an OIDC provider."""
    try:
        return "auth" in st.secrets
    except Exception as exc:  # noqa: BLE001 - Streamlit says why in error_id
        if getattr(exc, "error_id", None) == "no-secrets-found":
            return False            # no secrets file at all: a local, single-user install
        # a secrets file that does not parse must not leave a shared server open to anyone: stay shut, and
        # tell the administrator why in the server's log, not visitors who have not signed in
        _LOG.error("%s", exc)
        show_error(SmarketingError("error.secrets_unreadable"))
        st.stop()


def _oidc_identity() -> tuple[bool, str | None]:
    """(signed in, e-mail) from the provider's cookie. Only the email claim counts, and not when the
    provider says it is unverified; Entra's preferred_username is not used, as Microsoft warns it must not
    decide access (README: add the email claim in Entra)."""
    # some providers send the claim as the string "false"
    verified = str(st.user.get("email_verified", True)).lower() != "false"
    email = st.user.get("email") if verified else None
    return bool(st.user.get("is_logged_in")), email if isinstance(email, str) else None


def mode() -> str:
    return access.mode(cursor(), _oidc_configured())


def sign_in() -> access.Person:
    """The person using the app, asking who they are first where the server is shared (access.py)."""
    con = cursor()
    how = mode()
    if how == "open":
        # nobody signs in: the one person at this computer manages it all
        person = access.Person(access.local_user(), "admin")
    elif how == "oidc":
        signed_in, email = _oidc_identity()
        if not signed_in:
            st.title(tr("access.title"))
            st.write(tr("access.intro"))
            st.button(tr("access.sign_in_with"), type="primary", key="oidc_sign_in", on_click=st.login)
            st.stop()
        person = _allowed(con, email)
    else:
        known = st.session_state.get(_PERSON)
        if known is not None and access.address(known.name) is None:
            # the computer's login from before sign-in was turned on (an admin set the first password meanwhile):
            # nobody signed in yet, never a provider's missing e-mail
            st.session_state.pop(_PERSON, None)
            known = None
        if known is None:
            _password_form(con)
            st.stop()
        person = _allowed(con, known.name)
    st.session_state[_PERSON] = person
    return person


def _allowed(con: duckdb.DuckDBPyConnection, email: str | None) -> access.Person:
    """The person with the role the allow-list gives them now (it may have changed since they signed in)."""
    address = access.address(email)
    role = access.role_for(con, address)
    if role is None:
        st.session_state.pop(_PERSON, None)
        if address is None:
            st.error(tr("access.no_email"), icon=":material/block:")
        else:
            st.error(tr("access.not_allowed", email=plain(address)), icon=":material/block:")
        st.button(tr("access.sign_out"), key="not_allowed_out", on_click=sign_out)
        st.stop()
    assert address is not None      # no role is given to no address
    return access.Person(address, role)


def _client() -> str | None:
    """Where the browser signs in from, as Streamlit sees it (None in a test, or when it cannot tell)."""
    try:
        value = st.context.ip_address
    except Exception:  # noqa: BLE001 - outside a browser session there is no client to name
        return None
    return value if isinstance(value, str) else None


def _password_form(con: duckdb.DuckDBPyConnection) -> None:
    st.title(tr("access.title"))
    st.write(tr("access.intro"))
    with st.form("password_sign_in"):
        email = st.text_input(tr("access.email"), key="sign_in_email")
        password = st.text_input(tr("access.password"), type="password", key="sign_in_password")
        if st.form_submit_button(tr("access.sign_in"), type="primary"):
            try:
                person = access.check_password(con, email, password, _client())
            except SmarketingError as exc:
                show_error(exc)
                return
            if person is None:
                st.error(tr("access.wrong"), icon=":material/lock:")
            else:
                st.session_state[_PERSON] = person
                st.rerun()


def signed_in() -> bool:
    """Whether someone is signed in already, or nobody needs to be: the pages' menu is shown to them alone."""
    if mode() == "open":
        return True
    if mode() == "oidc":
        return _oidc_identity()[0]
    known = st.session_state.get(_PERSON)
    return known is not None and access.address(known.name) is not None


def sign_out() -> None:
    st.session_state.pop(_PERSON, None)
    if _oidc_configured():
        st.logout()


def person() -> access.Person:
    """The signed-in person with the role the allow-list gives them now; without one, the local user, the admin only
    where nobody signs in. Read again each time: a button's or a tick's callback runs before the page's sign-in, and
    must not act with the role the page was drawn with (an admin may have taken it away since)."""
    how = mode()
    known = st.session_state.get(_PERSON)
    if known is None:
        return access.Person(access.local_user(), "admin" if how == "open" else "viewer")
    if how == "open":
        return known
    # (removed from the allow-list: no role at all, so neither editor nor admin)
    return access.Person(known.name, access.role_for(cursor(), known.name) or "none")


def user() -> str:
    """The name written next to every change: the signed-in e-mail, or the computer's user."""
    return person().name


def oidc() -> bool:
    """Whether people sign in through the company's identity provider (for access.py's checks)."""
    return _oidc_configured()


def can_admin() -> bool:
    """Whether this person may change the team and who signs in; others are told so, once per page."""
    if person().can_admin:
        return True
    st.info(tr("access.admin_only"), icon=":material/admin_panel_settings:")
    return False


def can_edit() -> bool:
    """Whether this person may change data; viewers are told so, once per page."""
    if person().can_edit:
        return True
    if not st.session_state.get("_read_only_said"):
        st.info(tr("access.read_only"), icon=":material/visibility:")
        st.session_state["_read_only_said"] = True
    return False
