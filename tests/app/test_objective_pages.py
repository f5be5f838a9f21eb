"""Objectives and Planner pages through AppTest, over the twelve hand-made leads of tests/helpers.py,
with today fixed at 25 November 2026."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from smarketing import access, db, objectives, team, ui
from tests.conftest import TODAY, copy_open

BOTH = [("Giulia", "marketing"), ("Marco", "sales")]


@pytest.fixture(scope="module")
def objectives_template(tmp_path_factory, twelve_template):
    """The twelve leads and two objectives, made once for the module (~0.15 s each time): every test gets its own
    copy (store)."""
    path = tmp_path_factory.mktemp("objectives") / "store.duckdb"
    with copy_open(twelve_template, path) as con:
        # baseline 3 (webinar MQLs in the 29 days before), target +50% = 4.5
        objectives.add(con, "Aumentare del 50% le MQL dai webinar entro il 24/12/2026", BOTH, TODAY, "it", "anna",
                       title="MQL dai webinar")
        # started 1 November: 3 SQL entries (L1, L2, L4) of 6, after 24 of 53 days
        objectives.add(con, "Generare 6 SQL entro il 24/12/2026", [("Giulia", "marketing")], date(2026, 11, 1),
                       "it", "anna", title="SQL di dicembre")
    return path


@pytest.fixture
def store(app_store, objectives_template):
    shutil.copyfile(objectives_template, app_store)
    return app_store


def objectives_page(app):
    app.switch_page("app_pages/objectives.py").run()
    assert not app.exception
    return app


def test_board_shows_status_progress_and_owners_of_both_functions(app, store):
    objectives_page(app)
    board = app.dataframe[0].value
    assert board.to_dict("records") == [
        # it starts today: its first day is 3% of the window, too early to say, not "on track"
        # +50% of 3 MQLs is 4,5: at least 5 of them
        {"status": "⏳ troppo presto", "title": "MQL dai webinar", "owners": "Marco (V), Giulia (M)", "progress": 0,
         "expected": "3%", "actual": "0", "target": "5", "forecast": "0 (0%)", "deadline": "24/12/2026",
         "confidence": "–"},
        # 3 of 6 with 46% of the window gone: the run-rate makes 6,5 by the deadline, 108% of the target
        {"status": "🟢 in linea", "title": "SQL di dicembre", "owners": "Giulia (M) ⚠", "progress": 50,
         "expected": "46%", "actual": "3", "target": "6", "forecast": "6,5 (108%)", "deadline": "24/12/2026",
         "confidence": "–"},
    ]


def test_a_child_sits_under_its_parent_with_the_roll_up(app, store):
    con = db.connect(store)
    # 3 SQL entries since 1 November (L1, L2, L4), 2 of them from webinars (L1, L2)
    objectives.add(con, "Generare 2 SQL dai webinar entro il 24/12/2026", BOTH, date(2026, 11, 1), "it", "anna",
                   title="SQL dai webinar", parent_id=2)
    con.close()
    objectives_page(app)
    board = app.dataframe[0].value
    assert [(r["title"], r["rollup"]) for r in board.to_dict("records")] == [
        ("MQL dai webinar", ""), ("SQL di dicembre", "2 di 6 (33%) da un sotto-obiettivo"), ("↳ SQL dai webinar", "")]
    assert list(board.columns).index("rollup") == list(board.columns).index("forecast") + 1


def type_objective(app, text: str):
    # the live text field reports what is typed into its component state
    app.session_state["_st_keyup_objective_text"] = {"value": text}
    return app.run()


def test_the_editor_checks_as_you_type_and_saves(app, store):
    objectives_page(app)
    type_objective(app, "Migliorare il marketing")
    assert [e.value.split("**")[1] for e in app.error] == ["Specifico", "Misurabile", "Rilevante", "Temporizzato"]
    assert app.get("progress")[0].proto.text == "Punteggio SMART: 10/100"
    type_objective(app, "Generare 8 SQL dai webinar entro il 24/12/2026")
    app.multiselect(key="owners_marketing").select("Giulia").run()
    app.multiselect(key="owners_sales").select("Marco").run()
    assert app.get("progress")[0].proto.text == "Punteggio SMART: 90/100"
    # what was read comes first, updated as the sentence changes
    assert app.info[0].value == ui.plain("Ho capito: gli SQL (fonte Webinar), da 2 a 8, entro il 24/12/2026.")
    assert [s.value for s in app.success][:2] == [
        "**Specifico**: " + ui.plain("Misura chiara: aumentare gli SQL, per Webinar."),
        "**Misurabile**: " + ui.plain("Traguardo 8; punto di partenza dai dati: 2.")]
    app.text_input(key="objective_title").input("SQL webinar").run()
    app.button(key="objective_save").click().run()
    assert not app.exception
    assert app.success[-1].value == "Obiettivo 3 salvato."
    assert [r["title"] for r in app.dataframe[0].value.to_dict("records")] == [
        "MQL dai webinar", "SQL di dicembre", "SQL webinar"]
    # the next objective starts blank: a second save never takes this one's title and owners
    assert (app.multiselect(key="owners_marketing_1").value, app.multiselect(key="owners_sales_1").value) == ([], [])
    assert not app.info and not [b for b in app.button if b.key == "objective_save"]
    app.session_state["_st_keyup_objective_text_1"] = {"value": "Generare 9 SQL entro il 24/12/2026"}
    app.run()
    assert app.text_input(key="objective_title_1").value == ""


def test_a_misreading_is_corrected_in_the_editor_and_saved_with_the_correction(app, store):
    objectives_page(app)
    # money read as won value, where the manager meant the number of customers
    type_objective(app, "Chiudere contratti per 50.000 € entro il 24/12/2026")
    app.multiselect(key="owners_marketing").select("Giulia").run()
    app.multiselect(key="owners_sales").select("Marco").run()
    # the won value of the 29 days before in euros (L1 and L5): L12's dollars are left out, never added to them
    assert app.info[0].value == ui.plain("Ho capito: il valore vinto, da 30.000\u00a0€ a 50.000\u00a0€, entro il "
                                         "24/12/2026.")
    # every box starts from the reading
    assert app.selectbox(key="fix_metric").value is None
    assert app.selectbox(key="fix_metric").label == "Misura · letto: Valore vinto (fatturato)"
    assert app.text_input(key="fix_target").label == "Traguardo · letto: 50.000\u00a0€"
    app.selectbox(key="fix_metric").set_value("stage_entries").run()
    # counting entries asks for the stage before anything is judged, and keeps the boxes to answer it
    assert app.error[0].value == "Per contare gli ingressi serve la fase: scegli contatti, MQL, SQL, opportunità o " \
                                 "clienti."
    app.selectbox(key="fix_stage").set_value("customer").run()
    app.text_input(key="fix_target").input("4").run()
    # L12, L5 and L1 became customers in the 29 days before 25 November: 3, and 4 is judged against them
    assert app.info[0].value == ui.plain("Ho capito: i nuovi clienti, da 3 a 4, entro il 24/12/2026. "
                                         "Corretto a mano: metrica, fase, traguardo.")
    assert app.success[1].value == "**Misurabile**: " + ui.plain("Traguardo 4; punto di partenza dai dati: 3.")
    app.button(key="objective_save").click().run()
    assert not app.exception
    con = db.connect(store)
    saved = objectives.get(con, 3)
    con.close()
    assert {k: saved[k] for k in ("metric", "to_stage", "target", "unit", "baseline")} == {
        "metric": "stage_entries", "to_stage": "customer", "target": 4.0, "unit": "count", "baseline": 3.0}


def test_back_to_the_reading_clears_every_correction(app, store):
    objectives_page(app)
    type_objective(app, "Generare 8 SQL dai webinar entro il 24/12/2026")
    app.selectbox(key="fix_scope").set_value("=").run()
    assert app.info[0].value == ui.plain("Ho capito: gli SQL, da 3 a 8, entro il 24/12/2026. "
                                         "Corretto a mano: ambito.")
    app.button(key="fix_reset").click().run()
    assert app.info[0].value == ui.plain("Ho capito: gli SQL (fonte Webinar), da 2 a 8, entro il 24/12/2026.")
    assert app.selectbox(key="fix_scope").value is None


def test_detail_with_check_in_edit_and_change_log(app, store):
    objectives_page(app)
    app.selectbox(key="objective_pick").set_value(2).run()
    # the status in a badge of its colour, the numbers in cards
    assert [m.value for m in app.markdown if "-badge[" in m.value] == [":green-badge[Stato: in linea]"]
    assert {m.label: m.value for m in app.metric} == {"Attuale": "3", "Traguardo": "6", "Avanzamento": "50%",
                                                      "Previsione": "6,5 (108%)"}
    # widgets in a form send their values with the submit button
    app.selectbox(key="checkin_author_2").set_value("Giulia")
    app.slider(key="checkin_confidence").set_value(3)
    app.text_input(key="checkin_note").input("poche SQL")
    app.get("form_submit_button")[0].click().run()
    assert not app.exception
    checkins = app.dataframe[1].value.to_dict("records")
    assert checkins == [{"Settimana": "23/11/2026", "Chi": "Giulia", "Fiducia": 3, "Nota": "poche SQL",
                         "Segnale": "⚑ preoccupato, contro i numeri"}]
    assert app.text_input(key="edit_target_2").value == "6"
    app.text_input(key="edit_target_2").input("8")
    app.multiselect(key="edit_owners_sales_2").select("Marco")
    app.get("form_submit_button")[1].click().run()
    changes = app.dataframe[-1].value.to_dict("records")
    # newest first; the title field opened with this objective's own title, so it did not change
    assert [(c["Campo"], c["Prima"], c["Dopo"]) for c in changes] == [
        ("responsabili", "Giulia (Marketing)", "Giulia (Marketing), Marco (Vendite)"), ("traguardo", "6", "8"),
        ("creato", "–", "Generare 6 SQL entro il 24/12/2026")]


def test_a_renamed_objective_stays_picked_and_its_check_in_goes_to_it(app, store):
    objectives_page(app)
    app.selectbox(key="objective_pick").set_value(2).run()
    app.text_input(key="edit_title_2").input("SQL rinominate")
    app.get("form_submit_button")[1].click().run()
    assert not app.exception
    assert app.selectbox(key="objective_pick").value == 2
    app.selectbox(key="checkin_author_2").set_value("Giulia")
    app.text_input(key="checkin_note").input("dopo il nuovo titolo")
    app.get("form_submit_button")[0].click().run()
    con = db.connect(store)
    assert con.execute("select objective_id, author, note from checkins").fetchall() == [
        (2, "Giulia", "dopo il nuovo titolo")]
    con.close()


def test_an_objective_whose_owner_left_the_team_still_opens_and_keeps_them(app, store):
    con = db.connect(store)
    team.update(con, "Giulia", "marketing", None, active=False)
    con.close()
    objectives_page(app)
    app.selectbox(key="objective_pick").set_value(2).run()
    assert not app.exception
    assert app.multiselect(key="edit_owners_marketing_2").value == ["Giulia"]


@pytest.mark.parametrize(("typed", "stored", "error"), [
    ("4,6", 4.6, None), ("4.6", 4.6, None),
    ("quattro", None, "«quattro» non è un numero: scrivi il valore come 4,6 o 72."),
])
def test_a_kpi_value_is_read_with_the_italian_comma_or_refused(app, store, typed, stored, error):
    con = db.connect(store)
    kpi = objectives.add(con, "Portare la soddisfazione clienti a 4,5 su 5 entro il 30/06/2027", BOTH, TODAY, "it",
                         "anna", title="Soddisfazione")
    con.close()
    objectives_page(app)
    app.selectbox(key="objective_pick").set_value(kpi).run()
    app.text_input(key="checkin_value").input(typed)
    app.get("form_submit_button")[0].click().run()
    assert not app.exception
    assert [e.value for e in app.error] == ([error] if error else [])
    con = db.connect(store)
    assert con.execute("select value from checkins").fetchall() == ([(stored,)] if stored else [])
    con.close()
    if stored:
        assert app.dataframe[1].value.to_dict("records")[0]["Valore"] == "4,6"


def test_a_rate_target_is_edited_in_percent_as_the_sentence_wrote_it(app, store):
    con = db.connect(store)
    rate = objectives.add(con, "Portare la conversione da MQL a SQL al 25% entro il 30/06/2027", BOTH, TODAY, "it",
                          "anna", title="Conversione MQL-SQL")
    con.close()
    objectives_page(app)
    app.selectbox(key="objective_pick").set_value(rate).run()
    # not the stored 0.25, which a manager would overwrite with 30 meaning 30%
    assert app.text_input(key=f"edit_target_{rate}").value == "25,0%"
    app.text_input(key=f"edit_target_{rate}").input("30%")
    app.date_input(key=f"edit_deadline_{rate}").set_value(date(2027, 9, 30))
    app.get("form_submit_button")[1].click().run()
    assert not app.exception
    changes = app.dataframe[-1].value.to_dict("records")
    assert [(c["Campo"], c["Prima"], c["Dopo"]) for c in changes] == [
        ("scadenza", "30/06/2027", "30/09/2027"), ("traguardo", "25,0%", "30,0%"),
        ("creato", "–", "Portare la conversione da MQL a SQL al 25% entro il 30/06/2027")]
    con = db.connect(store)
    assert objectives.get(con, rate)["target"] == 0.3
    con.close()


@pytest.mark.parametrize(("typed", "error"), [
    # a level typed over a change: another objective, which a new sentence says
    ("6", "«6» è un livello: il traguardo di questo obiettivo è una variazione, come +10% o -15%. Per un obiettivo "
          "con un livello da raggiungere, scrivine uno nuovo."),
    ("tanti", "Traguardo non valido: «tanti». Scrivi un numero (120, 250.000, 50k), un livello in percentuale (25%) "
              "o una variazione (+10%, -15%)."),
])
def test_a_target_the_edit_cannot_take_is_refused_in_words_and_changes_nothing(app, store, typed, error):
    objectives_page(app)
    app.selectbox(key="objective_pick").set_value(1).run()
    assert app.text_input(key="edit_target_1").value == "+50%"
    app.text_input(key="edit_target_1").input(typed)
    app.get("form_submit_button")[1].click().run()
    assert not app.exception
    assert [e.value for e in app.error] == [error]
    con = db.connect(store)
    assert (objectives.get(con, 1)["target"], objectives.changes(con, 1)[0]["field"]) == (0.5, "created")
    con.close()


def test_an_objective_never_changed_says_so(app):
    # the demo's objectives come with no change recorded: said as such, not as a period without data
    objectives_page(app)
    app.selectbox(key="objective_pick").set_value(1).run()
    assert [c.value for c in app.main.caption][-1] == "Nessuna modifica da quando è stato creato."


def test_planner_from_customers_to_leads(app, store):
    app.switch_page("app_pages/planner.py").run()
    app.radio(key="planner_goal").set_value("customers").run()
    app.text_input(key="planner_amount_customers").input("6").run()
    app.date_input(key="planner_deadline").set_value(date(2027, 1, 6)).run()
    app.selectbox(key="planner_lookback").set_value(90).run()
    assert not app.exception
    # 90 days back: 12 leads, 7 MQLs, 4 SQLs, 3 opportunities, 3 customers entered; 5,000 EUR spent; no deal
    # is open (L2 and L10 sit at SQL as leads). Median days: lead -> MQL 2, MQL -> SQL 1.5, SQL -> opportunity
    # 4, opportunity -> customer 8, so leads must come in by 21 December, not 6 January. The data starts on
    # 20 October: a week's arrivals are over its 37 days, not 90 (12 leads: 2,3 a week, not 0,9)
    assert [tuple(r.values()) for r in app.dataframe[0].value.to_dict("records")] == [
        ("Contatto", "24", "21/12/2026", "6,5", "2,3", "58,3%"),
        ("MQL", "14", "23/12/2026", "3,5", "1,3", "57,1%"),
        ("SQL", "8", "25/12/2026", "1,9", "0,8", "75,0%"),
        ("Opportunità", "6", "29/12/2026", "1,2", "0,6", "100,0%"),
        ("Cliente", "6", "06/01/2027", "1,0", "0,6", ""),
    ]
    assert "Letto come 6." in [c.value for c in app.caption]
    assert ("I dati partono dal 20/10/2026: gli arrivi a settimana sono misurati sui 37 giorni da allora, non sugli "
            "ultimi 90.") in [c.value for c in app.caption]
    assert app.warning[0].value == "Servono 6,5 nuovi contatti a settimana fino al 21/12/2026; ne arrivano 2,3."
    assert len(app.dataframe) == 1      # no deal is open: no table of them
    assert {m.label: m.value for m in app.metric} == {
        "Settimane": "6,0", "Valore medio contratto": "–", "Costo per contatto attuale": "416,67\u00a0€",
        "Budget necessario": "10.000\u00a0€"}
    app.selectbox(key="planner_owner_marketing").set_value("Giulia").run()
    app.selectbox(key="planner_owner_sales").set_value("Marco").run()
    app.button(key="planner_create").click().run()
    assert not app.exception
    assert app.success[-1].value == "Creati 4 obiettivi figli dell'obiettivo #3."


@pytest.mark.parametrize(("typed", "read"), [("400.000", "400.000\u00a0€"), ("400.000,00", "400.000\u00a0€"),
                                             ("€ 1.500.000", "1.500.000\u00a0€"), ("250k", "250.000\u00a0€"),
                                             ("400,5", "400,50\u00a0€")])
def test_an_amount_is_read_as_an_italian_writes_it(app, store, typed, read):
    app.switch_page("app_pages/planner.py").run()
    app.text_input(key="planner_amount_revenue").input(typed).run()
    assert f"Letto come {read}." in [c.value for c in app.caption]


def test_an_amount_that_is_not_one_is_refused_in_words(app, store):
    app.switch_page("app_pages/planner.py").run()
    app.text_input(key="planner_amount_revenue").input("quattrocentomila").run()
    assert not app.exception
    assert app.error[0].value.startswith("«quattrocentomila» non è un importo")
    assert not app.dataframe          # no plan from a number nobody typed


def test_planner_says_why_revenue_cannot_be_planned(app, store):
    app.switch_page("app_pages/planner.py").run()
    assert not app.exception
    assert app.warning[0].value.startswith("I contratti vinti nel periodo sono in più valute")
    assert app.info[-1].value == ("Il piano è incompleto: risolvi gli avvisi qui sopra per trasformarlo in "
                                  "obiettivi.")


def test_an_objective_with_nothing_to_draw_says_so_and_never_shows_the_chart_picked_before(app, store):
    con = db.connect(store)
    objectives.add(con, "Migliorare il marketing", BOTH, TODAY, "it", "anna", title="Marketing migliore")
    con.close()
    objectives_page(app)
    app.selectbox(key="objective_pick").set_value(2).run()
    # the board's chart of every objective, and the picked one's
    drawn = len(app.get("vega_lite_chart"))
    app.selectbox(key="objective_pick").set_value(3).run()
    assert not app.exception
    assert {m.label: m.value for m in app.metric} == {"Attuale": "–", "Traguardo": "–", "Avanzamento": "–",
                                                      "Previsione": "–"}
    assert len(app.get("vega_lite_chart")) == drawn - 1
    assert "Nessun andamento da disegnare: l'obiettivo non ha valori misurati dai dati." in [
        c.value for c in app.caption]


def test_two_people_editing_one_objective_keep_each_others_changes(app, store):
    # review of 5 December: the form sent back every field, so the second to save put back the first one's title (or
    # made an archived objective active again), and the log named the second for it
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT

    other = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for page in (app, other):
        objectives_page(page)
        page.selectbox(key="objective_pick").set_value(2).run()
    other.text_input(key="edit_title_2").input("SQL di dicembre (titolo di Luca)")
    other.multiselect(key="edit_owners_sales_2").select("Marco")
    other.get("form_submit_button")[1].click().run()
    # the first page, drawn before, says the objective changed since; its save changes only what it edits
    app.run()
    assert [i.value for i in app.info if "dopo che hai aperto il modulo" in i.value] == [
        f"Questo obiettivo è stato modificato da {ui.plain(access.local_user())} dopo che hai aperto il modulo: "
        "salvando cambi solo i campi che modifichi tu; gli altri restano come sono ora."]
    app.text_input(key="edit_target_2").input("8")
    app.multiselect(key="edit_owners_marketing_2").unselect("Giulia")
    app.get("form_submit_button")[1].click().run()
    assert not app.exception
    con = db.connect(store)
    assert con.execute("select title, target from objectives where objective_id = 2").fetchone() == (
        "SQL di dicembre (titolo di Luca)", 8.0)
    assert con.execute("select member from objective_owners where objective_id = 2").fetchall() == [("Marco",)]
    assert [r[0] for r in con.execute("select field from objective_changes where objective_id = 2 "
                                      "order by change_id").fetchall()] == [
        "created", "title", "owners", "target", "owners"]
    con.close()
    # the form is drawn again from what is stored now (under new keys: the browser keeps a widget's old value)
    assert app.text_input(key="edit_title_2_1").value == "SQL di dicembre (titolo di Luca)"
    assert not [i for i in app.info if "dopo che hai aperto il modulo" in i.value]
    # a second save keeps the colleague's title too (the first fix held for one save only)
    app.text_input(key="edit_target_2_1").input("9")
    app.get("form_submit_button")[1].click().run()
    other.text_input(key="edit_target_2_1").input("10")
    other.get("form_submit_button")[1].click().run()
    con = db.connect(store)
    assert con.execute("select title, target from objectives where objective_id = 2").fetchone() == (
        "SQL di dicembre (titolo di Luca)", 10.0)
    assert con.execute("select member from objective_owners where objective_id = 2").fetchall() == [("Marco",)]
    con.close()
