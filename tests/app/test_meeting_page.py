"""The weekly meeting page through AppTest: the demo's agenda out of the box, decisions, actions carried
over and ticked off, attendees, and the report buttons. Today is Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from smarketing import db, meetings, periods
from tests.conftest import TODAY


@pytest.fixture
def demo_store(app_store):
    """The demo as the app's first start made it, TODAY (tests/app/conftest.py)."""
    return app_store


def meeting_page(app):
    app.switch_page("app_pages/meeting.py").run()
    assert not app.exception
    return app


def test_the_demo_has_something_on_every_part_of_the_agenda(app, demo_store):
    meeting_page(app)
    assert app.selectbox(key="meeting_week").value == periods.monday(TODAY)
    assert [s.value for s in app.subheader] == [
        "I numeri del periodo", "1. Obiettivi fuori strada, a rischio o cambiati di stato",
        "2. I movimenti più grandi del funnel",
        "3. Consegna alle Vendite: MQL in attesa", "4. Import e qualità dei dati", "5. Check-in ancora mancanti"]
    assert "Niente da segnalare." not in [c.value for c in app.caption]
    # 2 customers of 12, forecast 6,2: half the target is off track, not merely at risk
    assert any(m.value.startswith(":red[●] Triplicare i clienti\\: fuori strada") for m in app.markdown)
    # last week's two open actions come first, the overdue one marked
    assert [c.label for c in app.checkbox] == [
        "Preparare la scheda di qualificazione MQL condivisa — Matteo Ricci, entro il 20/11/2026, in ritardo, "
        "dalla riunione del 16/11/2026",
        "Richiamare i contatti raccolti a BI\\-MU Milano — Luca Bertolini, entro il 27/11/2026, dalla riunione del "
        "16/11/2026"]
    assert [b.label for b in app.get("download_button")] == ["Scarica il resoconto (HTML)",
                                                             "Scarica il resoconto (Markdown)"]


def test_decide_act_and_tick_off(app, demo_store):
    meeting_page(app)
    app.text_input(key="decision_text").input("Più budget ai webinar di dicembre")
    app.get("form_submit_button")[1].click().run()
    assert not app.exception
    assert any(m.value.startswith("- Più budget ai webinar di dicembre _(") for m in app.markdown)

    app.text_input(key="action_text").input("Preparare *la* [landing](http://x.example)")
    app.selectbox(key="action_owner").set_value("Sara Colombo")
    app.get("form_submit_button")[0].click().run()
    labels = [c.label for c in app.checkbox]
    # what was typed shows as typed: no emphasis, no link
    assert labels[-1].startswith("Preparare \\*la\\* \\[landing\\]\\(http\\:")
    assert labels[-1].endswith("— Sara Colombo, entro il 30/11/2026")

    first = app.checkbox[0]
    first.check().run()
    assert app.checkbox[0].value is True
    con = db.connect(demo_store)
    assert [(a["text"][:9], a["status"]) for a in meetings.actions(con, TODAY)] == [
        ("Preparare", "done"), ("Richiamar", "open"), ("Preparare", "open")]
    con.close()


def test_attendees_and_notes_are_kept(app, demo_store):
    meeting_page(app)
    form = "attendees_2026-11-23"
    app.multiselect(key=form).select("Giulia Ferrari").select("Luca Bertolini")
    app.text_area(key="notes_2026-11-23").input("Budget fiere da rivedere")
    app.get("form_submit_button")[2].click().run()
    assert not app.exception
    con = db.connect(demo_store)
    saved = meetings.find(con, TODAY)
    con.close()
    assert (saved["attendees"], saved["notes"], saved["held_on"]) == (
        ["Giulia Ferrari", "Luca Bertolini"], "Budget fiere da rivedere", TODAY)
