"""The Team page: people added in the app are offered wherever people are chosen; owners found in the data are
added with their function; an admin changes roles while the app runs; a viewer reaches no action."""

from __future__ import annotations

import pytest

from smarketing import access, db, ui
from tests.app.test_sign_in import sign_in
from tests.helpers import many_leads


def buttons(app) -> list[str]:
    return [b.label for b in app.get("form_submit_button")]


def people(app) -> list[tuple]:
    table = app.dataframe[0].value
    return list(zip(table["Nome"], table["Funzione"], table["Attiva"], table["Contatti di cui è responsabile"]))


def test_a_person_added_here_is_offered_as_an_owner_and_in_the_meeting(app, empty_store):
    app.switch_page("app_pages/objectives.py").run()
    assert app.multiselect(key="owners_sales").options == []
    assert "Nessuno nel team da scegliere qui: aggiungi le persone (con la loro funzione) nella pagina Team." in [
        c.value for c in app.caption]
    app.switch_page("app_pages/team.py").run()
    assert not app.exception
    # on a laptop nobody signs in: the one person there manages the team
    assert buttons(app) == ["Aggiungi al team", "Salva l'accesso", "Imposta la password"]
    assert ("Nessuno nel team: aggiungi le persone qui sotto, o scegline tra i responsabili trovati nei dati "
            "importati.") in [c.value for c in app.main.caption]
    app.text_input(key="team_add_name").input("  Sara  Colombo")
    app.selectbox(key="team_add_function").set_value("sales")
    app.text_input(key="team_add_email").input("Sara@Coop.it")
    app.get("form_submit_button")[0].click().run()
    assert [s.value for s in app.success] == ["Sara Colombo aggiunta al team (Vendite)."]
    assert people(app) == [("Sara Colombo", "Vendite", True, "0")]
    app.text_input(key="team_add_name").input("sara colombo")
    app.get("form_submit_button")[0].click().run()
    assert [e.value for e in app.error] == [
        "Sara Colombo è già nel team: scegli un altro nome o modifica la persona che c'è."]
    app.switch_page("app_pages/objectives.py").run()
    assert app.multiselect(key="owners_sales").options == ["Sara Colombo"]
    app.switch_page("app_pages/meeting.py").run()
    assert app.selectbox(key="action_owner").options == ["–", "Sara Colombo"]


def test_owners_found_in_the_data_join_the_team_with_their_function(app, blank_store):
    con = db.connect(blank_store)
    with many_leads(con) as add:
        for n, owner in enumerate(["Luca Bertolini", "luca bertolini ", "Elena Galli", "Luca Bertolini", None]):
            add(f"L{n}", "2026-11-02", "mql", [("lead", "2026-11-02"), ("mql", "2026-11-03")], owner=owner)
    con.close()
    app.switch_page("app_pages/team.py").run()
    found = app.dataframe[0].value
    assert list(zip(found["Nome"], found["Contatti di cui è responsabile"])) == [("Luca Bertolini", "3"),
                                                                                 ("Elena Galli", "1")]
    app.multiselect(key="team_found_pick").select("Luca Bertolini").select("Elena Galli")
    app.selectbox(key="team_found_function").set_value("sales")
    app.get("form_submit_button")[0].click().run()
    assert [s.value for s in app.success] == ["Aggiunti al team: Luca Bertolini, Elena Galli."]
    assert people(app) == [("Elena Galli", "Vendite", True, "1"), ("Luca Bertolini", "Vendite", True, "3")]
    assert "Ogni responsabile nei dati importati è nel team." in [c.value for c in app.caption]
    # the hand-off now names them as the Sales people who answer for their MQLs
    app.switch_page("app_pages/handoff.py").run()
    assert not app.exception
    # Luca once, with his three MQLs, however the CRM spelled him ("luca bertolini " was a row of its own)
    assert app.dataframe[0].value.to_numpy().tolist() == [
        ["Non ancora assegnati a Vendite", "1", "0", "0,0%", "–", "1"], ["Elena Galli", "1", "0", "0,0%", "–", "1"],
        ["Luca Bertolini", "3", "0", "0,0%", "–", "3"]]


def test_leads_that_name_no_owner_are_said_to_name_none(app, blank_store):
    """Olist's leads (review of 7 December): no owner on any of 8.000, and the page said «Nessuno nel team» then
    «Ogni responsabile nei dati importati è nel team»."""
    con = db.connect(blank_store)
    with many_leads(con) as add:
        add("L1", "2026-11-02", "mql", [("lead", "2026-11-02"), ("mql", "2026-11-03")])
    con.close()
    app.switch_page("app_pages/team.py").run()
    captions = [c.value for c in app.caption]
    assert ("I contatti importati non hanno un responsabile: nessun nome da aggiungere. Se il CRM esporta il "
            "proprietario del contatto, aggiungilo al file e, nella pagina Importa, indicalo come responsabile."
            in captions, "Ogni responsabile nei dati importati è nel team." in captions) == (True, False)


@pytest.fixture
def shared(app_store):
    con = db.connect(app_store)
    access.set_password(con, "capo@azienda.it", "la password del capo", "admin", "setup")
    access.set_password(con, "bruno@azienda.it", "un'altra password", "viewer", "capo@azienda.it")
    con.close()
    return app_store


def test_an_admin_changes_a_role_while_the_app_runs(app, shared):
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT

    bruno = sign_in(AppTest.from_file(str(ROOT / "app.py"), default_timeout=60), "bruno@azienda.it",
                    "un'altra password")
    assert f"Connesso come {ui.plain('bruno@azienda.it')} (lettura)" in [c.value for c in bruno.sidebar.caption]
    sign_in(app, "capo@azienda.it", "la password del capo", "app_pages/team.py")
    rules = app.dataframe[-1].value
    assert list(zip(rules["E-mail o dominio"], rules["Ruolo"], rules["Password"])) == [
        ("bruno@azienda.it", "lettura", True), ("capo@azienda.it", "amministrazione", True)]
    app.text_input(key="team_allow_pattern").input("Bruno@azienda.it")
    app.selectbox(key="team_allow_role").set_value("editor")
    app.get("form_submit_button")[-3].click().run()
    assert [s.value for s in app.success] == [ui.plain("bruno@azienda.it") + " può accedere con il ruolo modifica."]
    # bruno's next click sees his new role, with no restart
    bruno.switch_page("app_pages/overview.py").run()
    assert f"Connesso come {ui.plain('bruno@azienda.it')} (modifica)" in [c.value for c in bruno.sidebar.caption]
    # the admin cannot take away the last password from the app, nor their own access
    app.selectbox(key="team_remove_pick").set_value("bruno@azienda.it")
    app.checkbox(key="team_remove_confirm").check()
    app.get("form_submit_button")[-2].click().run()
    assert [s.value for s in app.success] == [ui.plain("bruno@azienda.it") + " tolto dall'elenco."]
    app.selectbox(key="team_remove_pick").set_value("capo@azienda.it")
    app.checkbox(key="team_remove_confirm").check()
    app.get("form_submit_button")[-2].click().run()
    assert [e.value for e in app.error] == [
        "Non puoi cambiare o togliere il tuo stesso accesso: chiedilo a un altro amministratore."]


def test_a_new_password_keeps_the_role_unless_another_is_picked(app, shared):
    # review of 5 December: the role box, "modifica" by default, was applied every time: a viewer's new password made
    # them an editor, an admin's own made them an editor who then lost the Team page
    sign_in(app, "capo@azienda.it", "la password del capo", "app_pages/team.py")
    for who, password in (("bruno@azienda.it", "una nuova password"), ("capo@azienda.it", "la nuova del capo")):
        app.text_input(key="team_password_email").input(who)
        app.text_input(key="team_password").input(password)
        app.text_input(key="team_password_again").input(password)
        app.get("form_submit_button")[-1].click().run()
        assert not app.error
    con = db.connect(shared)
    assert [(r["pattern"], r["role"]) for r in access.rules(con)] == [
        ("bruno@azienda.it", "viewer"), ("capo@azienda.it", "admin")]
    assert access.check_password(con, "bruno@azienda.it", "una nuova password") is not None
    con.close()
    # a new address with no role picked is an editor; one's own role is not changed from here
    app.text_input(key="team_password_email").input("dario@azienda.it")
    app.text_input(key="team_password").input("la password di dario")
    app.text_input(key="team_password_again").input("la password di dario")
    app.get("form_submit_button")[-1].click().run()
    assert [s.value for s in app.success] == [
        "Password di " + ui.plain("dario@azienda.it") + " impostata; ruolo modifica."]
    app.text_input(key="team_password_email").input("capo@azienda.it")
    app.selectbox(key="team_password_role").set_value("viewer")
    app.text_input(key="team_password").input("la nuova del capo")
    app.text_input(key="team_password_again").input("la nuova del capo")
    app.get("form_submit_button")[-1].click().run()
    assert [e.value for e in app.error] == [
        "Non puoi cambiare o togliere il tuo stesso accesso: chiedilo a un altro amministratore."]


def test_removing_without_the_confirmation_says_so(app, shared):
    sign_in(app, "capo@azienda.it", "la password del capo", "app_pages/team.py")
    app.selectbox(key="team_remove_pick").set_value("bruno@azienda.it")
    app.get("form_submit_button")[-2].click().run()
    assert [w.value for w in app.warning] == ["Nessuno è stato tolto: spunta prima «Confermo»."]
    con = db.connect(shared)
    assert "bruno@azienda.it" in [r["pattern"] for r in access.rules(con)]
    con.close()


def test_the_last_password_is_not_removed_from_the_app(app, shared):
    con = db.connect(shared)
    access.allow(con, "dario@azienda.it", "admin", "capo@azienda.it")
    access.remove(con, "bruno@azienda.it", "capo@azienda.it")
    con.close()
    sign_in(app, "capo@azienda.it", "la password del capo")
    # dario, an admin without a password yet, cannot take away capo's, the last one
    app.session_state["signed_in_person"] = access.Person("dario@azienda.it", "admin")
    app.switch_page("app_pages/team.py").run()
    app.selectbox(key="team_remove_pick").set_value("capo@azienda.it")
    app.checkbox(key="team_remove_confirm").check()
    app.get("form_submit_button")[-2].click().run()
    assert [e.value for e in app.error] == [
        "Non si può fare dall'app: sarebbe l'ultima password, e l'app smetterebbe di chiedere l'accesso a "
        "chiunque. Imposta prima la password di un'altra persona."]
    con = db.connect(shared)
    assert access.mode(con, False) == "password"
    con.close()


def test_a_viewer_reaches_no_action(app, shared):
    sign_in(app, "bruno@azienda.it", "un'altra password", "app_pages/team.py")
    assert not app.exception
    assert buttons(app) == [] and [w.key for w in [*app.text_input, *app.selectbox, *app.multiselect]] == []
    # after the notice that the people are the demo company's
    assert [i.value for i in app.info][1:] == ["Solo un amministratore può cambiare il team e gli accessi."]
    # the people are there to read; who may sign in is not shown
    assert [s.value for s in app.subheader] == ["Persone", "Responsabili trovati nei dati"]
    assert len(app.dataframe) == 1


def test_the_demo_company_s_people_are_said_to_be_made_up(app, bare_store):
    # the first start loads the demo; its team is as invented as its leads
    app.run()
    app.switch_page("app_pages/team.py").run()
    assert not app.exception
    assert "dati dimostrativi" in app.info[0].value and "Predicta Emilia S.r.l." in app.info[0].value
    assert ("Davide Mancini", "Vendite") in [(n, f) for n, f, *_ in people(app)]


def test_a_company_s_own_team_has_no_demo_notice(app, empty_store):
    app.switch_page("app_pages/team.py").run()
    assert not app.exception
    assert not [i for i in app.info if "dati dimostrativi" in i.value]
