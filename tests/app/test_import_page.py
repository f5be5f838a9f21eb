"""The Import page through AppTest: check, correct the mapping, import, download rejects, undo."""

from __future__ import annotations

from pathlib import Path

import duckdb

from smarketing import access, storage, ui

CSV = (b"Codice;Email;Ragione sociale;Fase;Data creazione;Valore\n"
       b"C1;anna@alfa.it;Alfa Srl;Cliente;03/04/2026;1.234,56\n"
       b"C2;bruno@beta.it;Beta;Prospect caldo;25/03/2026;\n"
       b"C3;bad-email;Gamma;MQL;31/02/2026;abc\n")


def open_import(app, name: str = "contatti.csv", data: bytes = CSV):
    app.switch_page("app_pages/imports.py").run()
    app.file_uploader(key="import_file_0").set_value((name, data, "text/csv")).run()
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
    # how the file was read, in a grey line; what happens to its data, a line each in a box (review of 5 December:
    # rows refused for an unknown stage were said at the end of that grey line)
    assert app.caption[1].value == ui.plain("utf-8 · Intestazione alla riga 1 · Separatore «;», 6 colonne. · "
                                            "Date lette come giorno/mese/anno (valori che lo dimostrano: 2).")
    assert app.info[0].value == "\n".join([
        "**Da sapere prima di importare**",
        "- " + ui.plain("Nessuna colonna valuta: gli importi (1) sono registrati in EUR, la valuta dell'azienda (da "
                        "Impostazioni)."),
        # Alfa is a customer with no closing date: in no period's win rate
        "- " + ui.plain("1 contatto chiuso (cliente o perso) senza data di chiusura: conta nei totali ma in nessuna "
                        "settimana, mese o trimestre, né nel tasso di vittoria di un periodo. Se il file ha la data di "
                        "chiusura, scegli la sua colonna nella tabella «Colonne e campi»."),
        "- " + ui.plain("Fasi sconosciute, righe scartate: «Prospect caldo» (1). Indica la fase di ciascuna nella "
                        "tabella «Fasi da interpretare» qui sotto.")])
    assert app.info[1].value == ("Pronto. Righe lette: 3; da inserire: 1; da aggiornare: 0; invariate: 0; "
                                 "da scartare: 2.")
    assert leads(empty_store) == []


def test_unknown_stage_mapped_in_the_page_then_imported(app, empty_store):
    open_import(app)
    # map the unknown stage value through the session edits, as the stage editor does
    scope = next(iter(app.session_state["import_edits"]))
    app.session_state["import_edits"][scope]["stage_map"] = {"Prospect caldo": "sql"}
    app.run()
    assert app.info[1].value.startswith("Pronto. Righe lette: 3; da inserire: 2")
    app.button(key="import_run").click().run()
    assert not app.exception
    # named by its file (as shown: Markdown's marks escaped)
    assert app.success[0].value == "Importazione 2 registrata: contatti\\.csv."
    # the field is empty again and the uploaded copy is gone: nothing to import twice, no list left on disk
    assert [u.key for u in app.get("file_uploader")] == ["import_file_1"] and not app.get("file_uploader")[0].value
    assert list(storage.uploads_dir().iterdir()) == []
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
        (4, "Valore", "abc", "Non è un numero: correggilo nel file, o lascia vuota la cella."),
    ]


def test_undo_from_the_history(app, empty_store):
    open_import(app)
    app.button(key="import_run").click().run()
    assert len(leads(empty_store)) == 1
    # the newest batch first and picked, each said by its number, file, day and rows read
    picker = app.selectbox(key="undo_pick")
    # on the app's day (TODAY), whatever the machine's clock says
    assert picker.options == ["#2 · contatti.csv · 25/11/2026 · 3 righe"]
    assert picker.value == 2
    app.selectbox(key="undo_pick").set_value(2).run()
    assert app.button(key="undo_run_2").disabled
    app.checkbox(key="undo_confirm").check().run()
    app.button(key="undo_run_2").click().run()
    assert not app.exception
    assert app.success[-1].value == "Importazione 2 annullata."
    assert leads(empty_store) == []
    # the ledger says it beside the file: a table wider than the page cut the status off at its right end
    history = next(d.value for d in app.dataframe if "stato" in d.value.columns)
    assert list(history.columns[:3]) == ["n.", "file", "stato"]
    assert history.iloc[0]["stato"].startswith("annullata")


def test_a_workbook_gets_a_message_not_a_traceback(app, empty_store):
    open_import(app, "dati.csv", b"PK\x03\x04garbage")
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
    assert list(storage.uploads_dir().iterdir()) == [] and leads(empty_store) == []


CUSTOM_STAGES = (b"Deal - ID,Deal - Title,Deal - Stage,Deal - Status\n"
                 b"1,Impianto A,Primo contatto,open\n2,Impianto B,Sopralluogo fatto,open\n3,Impianto C,Won,won\n")


def test_mostly_unknown_stages_stop_the_import_until_the_good_rows_alone_are_chosen(app, empty_store):
    open_import(app, "pipedrive.csv", CUSTOM_STAGES)
    assert app.warning[-1].value == ui.plain(
        "Così l'importazione si fermerebbe: 2 righe su 3 hanno nella colonna «Deal - Stage» una fase che non "
        "conosco («Primo contatto» (1), «Sopralluogo fatto» (1)). Abbina ogni valore a una fase nella tabella "
        "«Fasi da interpretare» qui sopra.")
    assert app.button(key="import_run").disabled
    partial = next(c for c in app.checkbox if c.label == "Importa solo la riga buona")
    partial.check().run()
    assert not app.button(key="import_run").disabled
    app.button(key="import_run").click().run()
    assert not app.exception
    assert {m.label: m.value for m in app.metric}["Scartate"] == "2"
    assert leads(empty_store) == [("3", None, None, "customer", None)]


def test_a_refusal_of_thousands_of_rows_shows_its_counts_as_italian_writes_them(app, empty_store):
    stages = ["Sopralluogo fatto"] * 1_100 + ["In attesa di firma"] * 40 + ["MQL"] * 110
    export = ("Codice;Email;Fase\n" + "".join(f"P{i};p{i}@coop.it;{s}\n" for i, s in enumerate(stages))).encode()
    open_import(app, "pratiche.csv", export)
    assert app.warning[-1].value == ui.plain(
        "Così l'importazione si fermerebbe: 1.140 righe su 1.250 hanno nella colonna «Fase» una fase che non "
        "conosco («Sopralluogo fatto» (1.100), «In attesa di firma» (40)). Abbina ogni valore a una fase nella "
        "tabella «Fasi da interpretare» qui sopra.")


SPEND = b"Giorno;Campagna;Importo speso (EUR)\n01/04/2024;Brand;10,50\n01/04/2024;Brand;4,25\n;Totale;14,75\n"


def test_fixed_values_fill_a_field_the_file_lacks_and_merged_and_skipped_rows_are_counted(app, empty_store):
    app.switch_page("app_pages/imports.py").run()
    app.radio(key="import_kind").set_value("spend").run()
    app.file_uploader(key="import_file_0").set_value(("meta.csv", SPEND, "text/csv")).run()
    assert app.error[0].value.startswith("Per la spesa mancano le colonne: Canale. Scegli qui sotto quale colonna "
                                        "usare, oppure dai un valore fisso")
    # the fixed values are offered above the message, so the file can be completed on the page
    assert [e.label for e in app.expander][-1] == "Valori fissi per i campi che il file non ha"
    app.selectbox(key="import_set_field").set_value("channel").run()
    app.text_input(key="import_set_value").set_value("meta_ads").run()
    app.button(key="import_set_add").click().run()
    assert not app.exception and not app.error
    assert [m.value for m in app.markdown if "meta" in m.value] == ["**Canale** = meta\\_ads"]
    app.button(key="import_run").click().run()
    metrics_shown = {m.label: m.value for m in app.metric}
    assert metrics_shown == {"Righe lette": "3", "Inserite": "1", "Aggiornate": "0", "Invariate": "0",
                             "Sommate": "1", "Saltate (non dati)": "1", "Scartate": "0"}
    con = duckdb.connect(str(empty_store))
    assert con.execute("select channel, campaign, amount::varchar, currency from spend").fetchall() == [
        ("meta_ads", "Brand", "14.75", "EUR")]
    con.close()


def test_the_same_spend_file_with_another_day_is_said_in_a_box_and_waits_for_a_word(app, empty_store):
    """Review 25: the same export imported with another day was said in the grey line of reading notes, under a
    green "Pronto" and an enabled button, and not at all once imported: 58.705 USD stored twice."""
    def spend(day: str) -> None:
        app.radio(key="import_kind").set_value("spend").run()
        app.file_uploader(key=f"import_file_{app.session_state['import_round']}").set_value(
            ("kag.csv", b"Campaign,Spent\nxyz 916,149.71\nxyz 936,2893.37\n", "text/csv")).run()
        for field, value in (("channel", "Meta Ads"), ("spend_date", day)):
            app.selectbox(key="import_set_field").set_value(field).run()
            app.text_input(key="import_set_value").set_value(value).run()
            app.button(key="import_set_add").click().run()

    app.switch_page("app_pages/imports.py").run()
    spend("2026-11-01")
    assert not [w for w in app.warning if "due volte" in w.value] and not app.button(key="import_run").disabled
    app.button(key="import_run").click().run()
    spend("2026-11-02")
    said = ui.plain("Questo stesso file è già stato importato (importazione 2) con un altro giorno, canale o "
                    "campagna: importato ora, le sue righe resterebbero e la spesa sarebbe contata due volte. Annulla "
                    "prima quelle importazioni nella cronologia qui sotto.")
    assert [w.value for w in app.warning if "due volte" in w.value] == [said]
    assert "due volte" not in " ".join(c.value for c in app.caption)
    # the import waits for the user's word
    assert app.button(key="import_run").disabled
    next(c for c in app.checkbox if c.label.startswith("Importa lo stesso")).check().run()
    assert not app.button(key="import_run").disabled
    app.button(key="import_run").click().run()
    # and once imported, it is said again beside the counts
    assert [w.value for w in app.warning if "due volte" in w.value] == [ui.plain(
        "Questo stesso file è già stato importato (importazione 2) con un altro giorno, canale o campagna: le sue "
        "righe restano, queste si aggiungono, e la spesa è contata due volte. Annulla quelle in più nella cronologia "
        "qui sotto.")]


def test_a_second_click_on_undo_undoes_nothing_more(app, empty_store):
    open_import(app)
    app.button(key="import_run").click().run()
    app.file_uploader(key="import_file_1").set_value(("altri.csv", CSV.replace(b"C1;", b"D1;"), "text/csv")).run()
    app.button(key="import_run").click().run()
    assert [r[0] for r in leads(empty_store)] == ["C1", "D1"]
    app.selectbox(key="undo_pick").set_value(3).run()
    app.checkbox(key="undo_confirm").check().run()
    button = app.button(key="undo_run_3")
    button.click().run()
    assert app.success[-1].value == "Importazione 3 annullata."
    # the next batch is now offered, unconfirmed
    assert app.button(key="undo_run_2").disabled and not app.checkbox(key="undo_confirm").value
    # the same button clicked again, from the page as it was drawn before: nothing more is undone
    button.click().run()
    assert not app.exception
    assert [e.value for e in app.error] == [
        f"L'importazione 3 è già stata annullata \\({access.local_user()}\\): non c'è nulla da annullare di nuovo."]
    assert [r[0] for r in leads(empty_store)] == ["C1"]
    con = duckdb.connect(str(empty_store))
    assert con.execute("select batch_id, status from import_batches where kind <> 'demo' order by 1").fetchall() == [
        (2, "committed"), (3, "undone")]
    con.close()


def test_the_company_currency_is_set_in_settings_and_used_by_the_next_import(app, empty_store):
    app.switch_page("app_pages/settings.py").run()
    app.text_input(key="company_currency").set_value("chf")
    next(b for b in app.button if b.label == "Salva la valuta").click().run()
    assert not app.exception
    assert app.success[-1].value == "Valuta dell'azienda: CHF."
    app.text_input(key="company_currency").set_value("€")
    next(b for b in app.button if b.label == "Salva la valuta").click().run()
    assert app.error[-1].value == "«€» non è un codice di valuta: scrivi tre lettere ISO, come EUR, USD o CHF."
    open_import(app)
    assert "gli importi \\(1\\) sono registrati in CHF" in app.info[0].value


def test_a_column_the_names_did_not_give_is_chosen_on_the_page(app, empty_store):
    # "Inizio periodo" names no known field: the page asks which column the date is, never for --map
    app.switch_page("app_pages/imports.py").run()
    app.radio(key="import_kind").set_value("spend").run()
    spend = "Inizio periodo;Piattaforma;Costo\n02/11/2026;Google Ads;1.250,00\n09/11/2026;Google Ads;980,50\n"
    app.file_uploader(key="import_file_0").set_value(("spesa.csv", spend.encode(), "text/csv")).run()
    assert app.error[0].value.startswith("Per la spesa mancano le colonne: Data della spesa. Scegli qui sotto quale "
                                         "colonna usare")
    assert "--map" not in app.error[0].value
    picks = [s for s in app.selectbox if s.key and s.key.startswith("import_pick_")]
    assert [p.label for p in picks] == ["Colonna per «Data della spesa»"]
    # only the columns no field uses: "Piattaforma" is the channel, "Costo" the amount
    assert picks[0].options == ["scegli…", "Inizio periodo"]
    picks[0].set_value("Inizio periodo").run()
    assert not app.exception and not app.error
    app.button(key="import_run").click().run()
    con = duckdb.connect(str(empty_store))
    assert con.execute("select spend_date::varchar, channel, amount::varchar from spend order by 1").fetchall() == [
        ("2026-11-02", "Google Ads", "1250.00"), ("2026-11-09", "Google Ads", "980.50")]
    con.close()


def test_why_each_row_will_be_left_out_is_said_before_the_import_in_the_page_s_words(app, empty_store):
    # C2's stage is unknown; C3 has an impossible date, a bad e-mail and a value that is no number: one row, three
    # problems
    open_import(app)
    assert "Righe da scartare, e perché" in [t.value for t in app.subheader]
    reasons = next(d.value for d in app.dataframe if "motivo" in d.value.columns).to_dict("records")
    assert [(r["riga"], r["colonna"], r["valore"]) for r in reasons] == [
        (3, "Fase", "Prospect caldo"), (4, "Data creazione", "31/02/2026"), (4, "Email", "bad-email"),
        (4, "Valore", "abc")]
    assert reasons[0]["motivo"] == ("Fase sconosciuta: scegli a quale fase corrisponde nella tabella «Fasi da "
                                    "interpretare».")
    assert "--stage-map" not in " ".join(r["motivo"] for r in reasons)
    assert "4 problemi in 2 righe: una riga può averne più di uno." in [c.value for c in app.caption]


def test_the_history_accounts_for_every_row_read(app, empty_store):
    open_import(app)
    app.button(key="import_run").click().run()
    app.file_uploader(key="import_file_1").set_value(("contatti.csv", CSV, "text/csv")).run()
    app.button(key="import_run").click().run()
    history = app.dataframe[-1].value.to_dict("records")
    assert [(h["lette"], h["inserite"], h["aggiornate"], h["invariate"], h["sommate/saltate"], h["scartate"])
            for h in history[:2]] == [("3", "0", "0", "1", "0", "2"), ("3", "1", "0", "0", "0", "2")]
    # the kind of each import beside its file
    assert [h["file"] for h in history[:2]] == ["Contatti e trattative: contatti.csv"] * 2
