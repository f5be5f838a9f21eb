"""HTML and script in lead names, sources, owners, campaigns, objective titles and meeting notes: every
page renders them as text. Streamlit never renders HTML unless told to, and nothing here tells it to;
markdown built from user text goes through ui.plain."""

from __future__ import annotations

import re
from datetime import date

import pytest

from smarketing import db, journeys, meetings, objectives, ui
from tests.conftest import ROOT
from tests.helpers import twelve

XSS = '<img src=x onerror="alert(1)"><script>alert(2)</script>[clic](javascript:alert(3))**grassetto**'
PAGES = ["overview", "meeting", "objectives", "planner", "funnel", "handoff", "roi", "imports", "settings"]


def test_no_page_lets_streamlit_render_html():
    sources = [*(ROOT / "app_pages").glob("*.py"), ROOT / "app.py", *(ROOT / "smarketing").rglob("*.py")]
    assert [p.name for p in sources if re.search(r"unsafe_allow_html\s*=\s*True|st\.html\(|components\.html",
                                                 p.read_text(encoding="utf-8"))] == []


@pytest.fixture
def hostile(app_store, monkeypatch):
    con = db.connect(app_store)
    twelve(con)
    con.execute("update leads set name = ?, company = ?, source = ?, owner = ?, campaign = ?",
                [XSS, XSS, XSS, XSS, XSS])
    journeys.refresh(con)
    objective_id = objectives.add(con, "Generare 5 SQL entro il 24/12/2026", [(XSS, "marketing"), ("M", "sales")],
                                  date(2026, 11, 2), "it", XSS, title=XSS)
    objectives.checkin(con, objective_id, date(2026, 11, 23), XSS, 3, XSS)
    meeting = meetings.open_meeting(con, date(2026, 11, 23), XSS)
    meetings.decide(con, meeting["meeting_id"], XSS, XSS)
    meetings.act(con, meeting["meeting_id"], XSS, XSS, None)
    con.close()
    monkeypatch.setenv("SMARKETING_TODAY", "2026-11-25")
    return app_store


@pytest.mark.parametrize("page", PAGES)
def test_every_page_shows_hostile_text_as_text(app, hostile, page):
    app.run()
    app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception
    shown = [t for t in [m.value for m in app.markdown] + [c.label for c in app.checkbox] if "img src=x" in t]
    if page == "meeting":
        assert len(shown) >= 4          # the agenda, the action, the decision
    for text in shown:
        # the whole payload, each of its signs escaped: no tag, link or emphasis of its own
        assert ui.plain(XSS) in text and XSS not in text
