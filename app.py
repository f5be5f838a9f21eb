"""Router only: the shared frame, the list of pages, and running the chosen one."""

import streamlit as st

from smarketing import ui

ui.page_config()
# The pages are known before sign-in, so that a link to one (the digest's, a bookmark) lands there once signed in;
# their menu shows only to someone signed in
pages = st.navigation([
    ui.page("app_pages/overview.py", "nav.overview", ":material/dashboard:", default=True),
    ui.page("app_pages/meeting.py", "nav.meeting", ":material/groups:"),
    ui.page("app_pages/objectives.py", "nav.objectives", ":material/flag:"),
    ui.page("app_pages/planner.py", "nav.planner", ":material/calculate:"),
    ui.page("app_pages/funnel.py", "nav.funnel", ":material/filter_alt:"),
    ui.page("app_pages/handoff.py", "nav.handoff", ":material/handshake:"),
    ui.page("app_pages/roi.py", "nav.roi", ":material/payments:"),
    ui.page("app_pages/imports.py", "nav.imports", ":material/upload_file:"),
    ui.page("app_pages/team.py", "nav.team", ":material/group:"),
    ui.page("app_pages/settings.py", "nav.settings", ":material/settings:"),
], position="sidebar" if ui.signed_in() else "hidden")
ui.setup()
pages.run()
