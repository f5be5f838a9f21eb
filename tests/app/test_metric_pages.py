"""Funnel, Hand-off and ROI pages through AppTest, over the twelve hand-made leads of tests/helpers.py."""

from __future__ import annotations

import pytest

from smarketing import db
from tests.helpers import twelve


@pytest.fixture
def twelve_store(app_store, monkeypatch):
    con = db.connect(app_store)
    twelve(con)
    con.executemany("insert into team_members (name, function) values (?, ?)",
                    [("Giulia", "marketing"), ("Marco", "sales"), ("Luca", "sales")])
    con.close()
    monkeypatch.setenv("SMARKETING_TODAY", "2026-11-25")
    return app_store


def open_page(app, page: str, key: str):
    app.run()
    app.switch_page(page).run()
    app.radio(key=f"{key}_window").set_value("all").run()
    assert not app.exception
    return app


def rows(frame) -> list[tuple]:
    return [tuple(r) for r in frame.itertuples(index=False)]


def test_funnel_page(app, twelve_store):
    open_page(app, "app_pages/funnel.py", "funnel")
    assert app.title[0].value == "Funnel"
    assert rows(app.dataframe[0].value) == [
        ("Contatto", "12", "–", "100,0%", "–"), ("MQL", "10", "83,3%", "83,3%", "2"),
        ("SQL", "6", "60,0%", "50,0%", "4"), ("Opportunità", "4", "66,7%", "33,3%", "2"),
        ("Cliente", "3", "75,0%", "25,0%", "1")]
    assert {m.label: m.value for m in app.metric} == {"Entrati": "10", "Convertiti": "6",
                                                     "Tasso di conversione": "60,0%"}
    app.radio(key="funnel_mode").set_value("period").run()
    # entries with a date: 7 MQL entries, 4 SQL entries
    assert {m.label: m.value for m in app.metric}["Tasso di conversione"] == "57,1%"
    app.radio(key="funnel_mode").set_value("cohort").run()
    app.selectbox(key="funnel_by").set_value("owner").run()
    assert rows(app.dataframe[1].value) == [
        ("(non indicato)", "1", "0", "0,0%", ""), ("Giulia", "4", "2", "50,0%", ""), ("Luca", "1", "1", "100,0%", ""),
        ("Marco", "4", "3", "75,0%", "")]
    app.selectbox(key="funnel_drill_stage").set_value("sql").run()
    assert sorted(app.dataframe[-1].value["ID"]) == ["L1", "L10", "L12", "L2", "L4", "L5"]
    assert [b.label for b in app.get("download_button")] == ["Scarica la tabella (CSV)", "Scarica l'elenco (CSV)"]


def test_funnel_filters(app, twelve_store):
    open_page(app, "app_pages/funnel.py", "funnel")
    app.selectbox(key="funnel_f_source").set_value("Fiere").run()
    assert [r[1] for r in rows(app.dataframe[0].value)] == ["3", "3", "2", "2", "1"]


def test_hand_off_page(app, twelve_store):
    open_page(app, "app_pages/handoff.py", "handoff")
    assert {m.label: m.value for m in app.metric} == {
        "Tasso di accettazione": "60,0%", "Giorni per accettare (mediana)": "1,5", "In arretrato": "1", "MQL": "10"}
    # by the accountable Sales person: Giulia is in Marketing, so her MQLs (and L6, with no owner) wait for
    # nobody in Sales yet, first in the list as they hold the backlog
    assert rows(app.dataframe[0].value) == [
        ("Non ancora assegnati a Vendite", "5", "2", "40,0%", "3,0", "1"), ("Luca", "1", "1", "100,0%", "1,0", "0"),
        ("Marco", "4", "3", "75,0%", "1,0", "0")]
    # the unassigned backlog: L3, an MQL since the 6th
    assert list(app.dataframe[-1].value["ID"]) == ["L3"]
    app.slider(key="handoff_days").set_value(2).run()
    assert {m.label: m.value for m in app.metric}["In arretrato"] == "2"


def test_roi_page(app, twelve_store):
    open_page(app, "app_pages/roi.py", "roi")
    cards = {m.label: m.value for m in app.metric}
    assert cards["Spesa (EUR)"] == "5.000" and cards["ROI"] == "–"  # EUR spend against EUR and USD revenue
    channels = {r[0]: r for r in rows(app.dataframe[0].value)}
    assert channels["Webinar"][1:5] == ("1.000 EUR", "3", "1", "10.000 EUR")
    assert channels["Webinar"][-2:] == ("900,0%", "10,00×")
    assert channels["Referral"][4] == "8.000 USD" and channels["Referral"][-2:] == ("–", "–")
    app.selectbox(key="roi_channel").set_value("Fiere").run()
    assert list(app.dataframe[-1].value["ID"]) == ["L5"]  # Fiere's customer
    app.radio(key="roi_drill_who").set_value("leads").run()
    assert sorted(app.dataframe[-1].value["ID"]) == ["L4", "L5", "L6"]


@pytest.mark.parametrize("page", ["app_pages/funnel.py", "app_pages/handoff.py", "app_pages/roi.py"])
def test_pages_in_english_and_on_an_empty_store(app, app_store, monkeypatch, page):
    con = db.connect(app_store)
    from smarketing import demo

    demo.load(con)
    demo.remove(con)
    con.close()
    app.run()
    app.sidebar.radio(key="lang_sidebar").set_value("en").run()
    app.switch_page(page).run()
    assert not app.exception
    assert app.title[0].value in ("Funnel", "Hand-off to Sales", "Spend and return")
