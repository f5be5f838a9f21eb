"""The Import page through AppTest: check, correct the mapping, import, download rejects, undo."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from smarketing import db, ui
from smarketing import demo as demo_data

CSV = (b"Codice;Email;Ragione sociale;Fase;Data creazione;Valore\n"
       b"C1;anna@alfa.it;Alfa Srl;Cliente;03/04/2026;1.234,56\n"
       b"C2;bruno@beta.it;Beta;Prospect caldo;25/03/2026;\n"
       b"C3;bad-email;Gamma;MQL;31/02/2026;abc\n")


@pytest.fixture
def empty_store(app_store):
    """A store whose demo was removed, as a real user's would be before the first import."""
    con = db.connect(app_store)
    demo_data.load(con)
    demo_data.remove(con)
    con.close()
    return app_store


def open_import(app):
    app.run()
    app.switch_page("app_pages/imports.py").run()
    app.file_uploader(key="import_file_0").set_value(("contatti.csv", CSV, "text/csv")).run()
    assert not app.exception
    return app


def leads(path) -> list[tuple]:
    con = duckdb.connect(str(path))
    rows = con.execute("select external_id, email, company, current_stage, deal_value::varchar from leads "
                       "order by external_id").fetchall()
    con.close()
    return rows


def test_check_shows_detection_mapping_preview_and_counts_before_writing(app, empty_store):
    open_import(app)
    # the file's own words (its header names among them) are shown as typed: escaped for markdown
    assert app.caption[0].value == ui.plain("utf-8 · Intestazione alla riga 1 · Separatore «;», 6 colonne. · "
                                            "Date lette come giorno/mese/anno (valori che lo dimostrano: 2).")
    assert app.info[0].value == ("Pronto: 3 righe lette, 1 da inserire, 0 da aggiornare, 0 invariate, "
                                 "2 da scartare.")
    assert leads(empty_store) == []


def test_unknown_stage_mapped_in_the_page_then_imported(app, empty_store):
    open_import(app)
    # map the unknown stage value through the session edits, as the stage editor does
    scope = next(iter(app.session_state["import_edits"]))
    app.session_state["import_edits"][scope]["stage_map"] = {"Prospect caldo": "sql"}
    app.run()
    assert app.info[0].value.startswith("Pronto: 3 righe lette, 2 da inserire")
    app.button(key="import_run").click().run()
    assert not app.exception
    assert app.success[0].value == "Importazione 2 registrata."
    # the field is empty again and the uploaded copy is gone: nothing to import twice, no list left on disk
    assert [u.key for u in app.get("file_uploader")] == ["import_file_1"] and not app.get("file_uploader")[0].value
    assert list(db.uploads_dir().iterdir()) == []
    assert {m.label: m.value for m in app.metric} == {
        "Righe lette": "3", "Inserite": "2", "Aggiornate": "0", "Invariate": "0", "Scartate": "1"}
    assert leads(empty_store) == [("C1", "anna@alfa.it", "Alfa Srl", "customer", "1234.56"),
                                  ("C2", "bruno@beta.it", "Beta", "sql", None)]
    assert app.get("download_button")[0].label == "Scarica le righe scartate (CSV)"
    shown = app.dataframe[-2].value  # the rejects, above the history
    assert [tuple(r) for r in shown.itertuples(index=False)] == [
        (4, "Data creazione", "31/02/2026", "Data non valida o impossibile (le date di questo file si leggono "
                                              "giorno/mese/anno)."),
        (4, "Email", "bad-email", "Email non valida."),
        (4, "Valore", "abc", "Numero non valido per questa colonna, che usa la virgola decimale (1.234,56)."),
    ]


def test_undo_from_the_history(app, empty_store):
    open_import(app)
    app.button(key="import_run").click().run()
    assert len(leads(empty_store)) == 1
    app.selectbox(key="undo_pick").set_value(2).run()
    assert app.button(key="undo_run").disabled
    app.checkbox(key="undo_confirm").check().run()
    app.button(key="undo_run").click().run()
    assert not app.exception
    assert app.success[-1].value == "Importazione 2 annullata."
    assert leads(empty_store) == []


def test_a_workbook_gets_a_message_not_a_traceback(app, empty_store):
    app.run()
    app.switch_page("app_pages/imports.py").run()
    app.file_uploader(key="import_file_0").set_value(("dati.csv", b"PK\x03\x04garbage", "text/csv")).run()
    assert not app.exception
    assert app.error[0].value.startswith("Questo è un file Excel (.xlsx), non un CSV.")


def test_an_upload_the_server_cannot_save_is_said_and_nothing_is_left(app, empty_store, monkeypatch):
    real = Path.write_bytes

    def disk_full(self, data):
        real(self, data[:10])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    open_import(app)
    assert app.error[0].value == ("Il file caricato non si può salvare sul server "
                                  f"({ui.plain('[Errno 28] No space left on device')}). Riprova; se succede ancora, "
                                  "avvisa l'amministratore (spazio su disco?).")
    assert list(db.uploads_dir().iterdir()) == [] and leads(empty_store) == []
