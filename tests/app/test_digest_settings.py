"""Settings → Weekly digest: the channels the server's secrets allow, when it goes and to whom."""

from __future__ import annotations

import pytest

from smarketing import db, digest


def save(app) -> None:
    next(b for b in app.get("form_submit_button") if b.label == "Salva il riepilogo").click().run()


@pytest.fixture
def secrets(tmp_path, monkeypatch):
    path = tmp_path / "secrets.toml"
    monkeypatch.setenv("SMARKETING_SECRETS", str(path))
    return path


def test_a_channel_the_server_cannot_use_is_offered_with_how_to_set_it_up(app, secrets):
    secrets.write_text("", encoding="utf-8")
    app.switch_page("app_pages/settings.py").run()
    assert not app.exception
    boxes = {key: app.checkbox(key=key) for key in ("digest_email", "digest_teams", "digest_slack")}
    assert {key: box.disabled for key, box in boxes.items()} == {
        "digest_email": True, "digest_teams": True, "digest_slack": True}
    assert boxes["digest_email"].help.startswith("Per attivarla serve la sezione [smtp]")
    assert "Nessun riepilogo inviato finora." in [c.value for c in app.caption]


def test_the_digest_is_planned_for_a_day_and_time(app, app_store, secrets):
    secrets.write_text('[smtp]\nhost = "smtp.azienda.it"\nsender = "smarketing@azienda.it"\n'
                       '[digest]\nslack_webhook = "https://hooks.slack.com/services/x"\n', encoding="utf-8")
    app.switch_page("app_pages/settings.py").run()
    assert [app.checkbox(key=k).disabled for k in ("digest_email", "digest_teams", "digest_slack")] == [
        False, True, False]
    # everyone with an e-mail is chosen until someone is left out
    assert app.multiselect(key="digest_recipients").value == [
        "Giulia Ferrari", "Matteo Ricci", "Davide Mancini", "Elena Galli", "Luca Bertolini", "Sara Colombo"]
    app.text_input(key="digest_at").input("8.30")
    app.checkbox(key="digest_email").check()
    save(app)
    assert [e.value for e in app.error] == ["Ora «8\\.30» non valida: scrivila come 08:00."]     # as typed, escaped
    app.selectbox(key="digest_day").set_value(4)
    app.text_input(key="digest_at").input("17:30")
    save(app)
    assert [s.value for s in app.success] == ["Il riepilogo partirà ogni venerdì alle 17:30."]
    con = db.connect(app_store)
    assert digest.schedule(con) == digest.Schedule(day=4, at="17:30", channels=("email",), recipients=None)
    con.close()


def test_sending_now_says_what_failed_and_lists_it(app, app_store, secrets):
    # a Slack hook nobody answers (a closed port of this machine): the delivery fails, is said so, and the table
    # below, read after the send, lists it with its reason
    secrets.write_text('[digest]\nslack_webhook = "http://127.0.0.1:9/hook"\n', encoding="utf-8")
    app.switch_page("app_pages/settings.py").run()
    app.checkbox(key="digest_slack").check()
    save(app)
    assert "Nessun riepilogo inviato finora." in [c.value for c in app.caption]
    app.button(key="digest_send_now").click().run()
    assert not app.exception
    assert [w.value for w in app.warning] == ["Inviati: 0; non riusciti: 1 (il motivo è nella tabella)."]
    [table] = [d.value for d in app.dataframe if "Motivo" in d.value.columns]
    assert table[["Settimana del", "Canale", "Esito", "Tentativi"]].values.tolist() == [
        ["23/11/2026", "Slack", "non riuscito", "1"]]
    assert table["Motivo"].iloc[0].startswith("Il server slack non risponde: controlla indirizzo e porta")


def test_the_restore_hint_names_this_store(app, app_store):
    # review of 5 December: "python -m smarketing restore CARTELLA", run as written, rebuilt ./smarketing.duckdb and
    # said so, while the app's own store stayed as it was
    from smarketing import ui

    app.switch_page("app_pages/settings.py").run()
    hint = next(c.value for c in app.caption if "ripristinarne" in c.value)
    assert hint.endswith(f"Per ripristinarne uno, ad app ferma: python -m smarketing --db {ui.plain(str(app_store))} "
                         "restore CARTELLA.")
