"""The only package that imports Streamlit: the cached store, the language, sign-in, shared widgets. Pages
stay thin: what they offer (choices.read), widgets, one core call, output; everything they show comes from
smarketing's pure core, and the shared widgets read nothing of the store but the leads asked for.

`setup()` is the frame every page shares; the names below are what pages and tests use."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from smarketing import freshness, freshnesswords, periods
from smarketing.ui.forms import form_saved, form_seen, shared_form
from smarketing.ui.language import choice, lang, language_switch, plain, select, style, tr
from smarketing.ui.server import cursor, daily_backup, db_path, serve, start_inbox
from smarketing.ui.signin import can_admin, can_edit, mode, oidc, person, sign_in, sign_out, signed_in, user
from smarketing.ui.uploads import UPLOAD_KEPT_SECONDS, once, save_upload
from smarketing.ui.widgets import (
    cards,
    demo_notice,
    dimension_filters,
    drill_table,
    live_text,
    page,
    period_bar,
    progress_bar,
    show_error,
    table,
    team_notice,
    today,
    trend,
)

__all__ = ["UPLOAD_KEPT_SECONDS", "can_admin", "can_edit", "cards", "choice", "cursor", "db_path", "demo_notice",
           "dimension_filters", "drill_table", "form_saved", "form_seen", "lang", "language_switch", "live_text",
           "oidc", "once", "page", "page_config", "period_bar", "person", "plain", "progress_bar", "save_upload",
           "select", "serve", "setup", "shared_form", "show_error", "sign_out", "signed_in", "start_inbox", "table",
           "team_notice", "today", "tr", "trend", "user"]


_FAVICON = Path(__file__).resolve().parent.parent / "assets" / "favicon.svg"


def page_config() -> None:
    """The tab's title and icon, first of all: set after the pages, the default page's Material icon would be the
    tab's, fetched by every browser from Google's servers."""
    # a file of our own
    st.set_page_config(page_title="smarketing", page_icon=str(_FAVICON), layout="wide")


def setup() -> None:
    """The sidebar frame and the sign-in every page shares; called by app.py before the chosen page runs, so
    nobody reaches a page without passing here."""
    language_switch()
    style()
    st.sidebar.caption(tr("app.tagline"))
    person = sign_in()
    daily_backup(str(db_path()), f"{periods.today():%Y%m%d}")
    start_inbox()
    fresh = freshness.freshness(cursor(), periods.today())
    said = freshnesswords.words(fresh, lang())
    if said:
        st.sidebar.caption(said)
    stale = freshnesswords.warning(fresh, lang())
    if stale:
        st.warning(stale, icon=":material/update:")
    st.session_state["_read_only_said"] = False
    if mode() != "open":
        st.sidebar.caption(tr("access.signed_in", name=plain(person.name), role=tr(f"access.role_{person.role}")))
        st.sidebar.button(tr("access.sign_out"), key="sign_out", on_click=sign_out)
