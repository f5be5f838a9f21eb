"""The Import page for a weekly import (issue 15), through AppTest: one check per file and options, the
proposed preset or saved mapping, saving a mapping, the inbox's results."""

from __future__ import annotations

import duckdb
import pytest

from smarketing import db, inbox, ui
from smarketing.importing import run as import_run
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "import"


@pytest.fixture
def counted(monkeypatch):
    """Every run_import the page makes, dry (a check) or not (the import)."""
    calls = []
    real = import_run.run_import

    def counting(con, path, options, progress=None):
        calls.append("check" if options.dry_run else "import")
        return real(con, path, options, progress)

    monkeypatch.setattr("smarketing.importing.run_import", counting)
    return calls


def upload(app, name: str, kind: str = "leads", round_: int = 0):
    app.switch_page("app_pages/imports.py").run()
    if kind != "leads":
        app.radio(key="import_kind").set_value(kind).run()
    app.file_uploader(key=f"import_file_{round_}").set_value((name, (CORPUS / name).read_bytes(), "text/csv")).run()
    assert not app.exception
    return app


def test_the_file_is_checked_once_and_the_import_does_not_check_it_again(app, empty_store, counted):
    upload(app, "zoho_leads.csv")
    assert counted == ["check"]
    # touches that change nothing the check depends on: no second reading of the file
    app.text_input(key=next(t.key for t in app.text_input if t.key.startswith("import_save_name"))).input("x").run()
    app.selectbox(key="import_set_field").set_value("segment").run()
    app.text_input(key="import_set_value").input("PMI").run()
    assert counted == ["check"]
    # an option that changes the reading does check again, once
    app.radio(key="import_mode").set_value("insert").run()
    app.run()
    assert counted == ["check", "check"]
    app.button(key="import_run").click().run()
    assert counted == ["check", "check", "import"]
    # named by its file (as shown: Markdown's marks escaped)
    assert app.success[0].value == "Importazione 2 registrata: zoho\\_leads\\.csv."
    # after the import: the newest batch is offered for undo, said by number, file, day and rows
    assert app.selectbox(key="undo_pick").value == 2
    assert app.selectbox(key="undo_pick").format_func(2).startswith("#2 · zoho_leads.csv · ")


def test_an_export_of_the_other_kind_or_a_wrong_format_is_told_the_box_to_choose(app, empty_store):
    # a Meta Ads spend file as leads: no button (its format is no leads' format), the box to choose instead
    upload(app, "meta_ads_by_day.csv")
    assert app.error[0].value.startswith("Nessuna colonna per riconoscere i contatti")
    assert app.info[0].value == ui.plain("Sembra un export di spesa Meta Ads Manager (per giorno o per annuncio): "
                                         "scegli «Spesa marketing» in «Cosa importi», qui sopra.")
    assert "import_suggest" not in [b.key for b in app.button]
    # Pipedrive's deals read with HubSpot's deals format: refused, said by the products' names
    app.switch_page("app_pages/imports.py").run()
    app.selectbox(key="import_preset").set_value("hubspot-deals").run()
    app.file_uploader(key="import_file_0").set_value(
        ("pipedrive.csv", (CORPUS / "pipedrive_deals_status.csv").read_bytes(), "text/csv")).run()
    # its "Deal - ID" and "Deal - Stage" are the nearest signature's: only the name is missing
    assert app.error[0].value == ("Il file non sembra un export HubSpot (trattative): mancano le sue colonne Deal "
                                  "Name. Nulla è stato importato.")
    assert app.info[0].value == ui.plain("Sembra un export Pipedrive (trattative): sceglilo in «Formato dell'export "
                                         "o mappatura salvata», qui sopra.")


def test_a_recognised_export_is_proposed_and_taken_in_one_click(app, empty_store):
    upload(app, "meta_ads_by_day.csv", kind="spend")
    # as it is, the file has no channel: the message says so, and the Meta format is proposed beside it
    assert app.error[0].value.startswith("Per la spesa mancano le colonne: Canale. Scegli qui sotto quale colonna "
                                        "usare, oppure dai un valore fisso")
    assert app.info[0].value == ui.plain("Sembra un export Meta Ads Manager (per giorno o per annuncio): usare il "
                                         "suo formato?")
    app.button(key="import_suggest").click().run()
    assert app.selectbox(key="import_preset").value == "meta-ads"
    assert not app.error and app.info[-1].value.startswith("Pronto. Righe lette: 20; da inserire: 20")
    app.button(key="import_run").click().run()
    con = duckdb.connect(str(empty_store))
    assert con.execute("select count(*), min(channel), max(channel) from spend").fetchone() == (20, "Meta Ads",
                                                                                               "Meta Ads")
    con.close()


def test_a_saved_mapping_is_proposed_for_next_weeks_file(app, empty_store):
    upload(app, "pipedrive_custom_stages.csv")
    assert app.info[0].value == ui.plain("Sembra un export Pipedrive (trattative): usare il suo formato?")
    scope = next(iter(app.session_state["import_edits"]))
    app.session_state["import_edits"][scope]["stage_map"] = {
        "Primo contatto": "lead", "Sopralluogo fatto": "sql", "In attesa di firma": "opportunity"}
    app.run()
    name_box = next(t for t in app.text_input if t.key.startswith("import_save_name"))
    name_box.input("Pipedrive vendite").run()
    app.button(key="import_save").click().run()
    assert app.success[-1].value == "Mappatura «Pipedrive vendite» salvata."
    app.button(key="import_run").click().run()
    assert {m.label: m.value for m in app.metric}["Inserite"] == "46"

    # next week: the same header is recognised as the saved mapping, which holds the stage map
    week2 = (CORPUS / "pipedrive_custom_stages.csv").read_text(encoding="utf-8").replace(",Impianto", ",Lavoro")
    app.file_uploader(key="import_file_1").set_value(("pipedrive-2.csv", week2.encode(), "text/csv")).run()
    assert app.info[0].value == ui.plain("Sembra un export Pipedrive (trattative): usare la mappatura "
                                         "«Pipedrive vendite»?")
    assert "Pipedrive vendite" in app.selectbox(key="import_preset").options[-1]
    app.button(key="import_suggest").click().run()
    assert app.selectbox(key="import_preset").value == "Pipedrive vendite"
    assert [w.value for w in app.warning if "fermerebbe" in w.value] == []
    assert app.info[-1].value.startswith("Pronto. Righe lette: 46; da inserire: 0; da aggiornare: 46")


def test_the_inbox_results_are_listed_in_the_pages_language(app, empty_store):
    folder = inbox.folder_for(empty_store)
    folder.mkdir(exist_ok=True)
    (folder / "zoho-leads-notte.csv").write_bytes((CORPUS / "zoho_leads.csv").read_bytes())
    (folder / "strano.csv").write_bytes(b"foo,bar\n1,2\n")
    con = db.connect(empty_store)
    for path in sorted(folder.glob("*.csv")):
        inbox.handle(con, folder, path)
    con.close()
    app.switch_page("app_pages/imports.py").run()
    assert not app.exception
    shown = app.dataframe[-1].value
    assert list(shown.columns) == ["Quando", "File", "Mappatura", "Esito", "Dettaglio", "Spostato in"]
    rows = {r["File"]: r for r in shown.to_dict("records")}
    assert (rows["zoho-leads-notte.csv"]["Mappatura"], rows["zoho-leads-notte.csv"]["Esito"]) == (
        "Zoho CRM (lead)", "importato")
    assert rows["zoho-leads-notte.csv"]["Dettaglio"] == ("Importazione 2. Righe lette: 8; inserite: 8; "
                                                        "aggiornate: 0; invariate: 0; scartate: 0.")
    assert (rows["strano.csv"]["Mappatura"], rows["strano.csv"]["Esito"]) == ("–", "non importato")
    assert rows["strano.csv"]["Dettaglio"].startswith("Non so con quale mappatura leggere «strano.csv»")
    assert rows["strano.csv"]["Spostato in"].startswith("failed/")
