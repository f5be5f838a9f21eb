"""python -m smarketing access: the allow-list and passwords from the command line."""

from __future__ import annotations

import json

from smarketing import access, cli, db
from tests.helpers import cli_process


def test_allow_list_remove(migrated, db_path, capsys):
    assert cli.main(["--db", str(db_path), "access", "list"]) == 0
    assert capsys.readouterr().out == "Nessuna regola: l'app non chiede di accedere (uso locale).\n"
    assert cli.main(["--db", str(db_path), "--lang", "en", "access", "allow", "@Azienda.it"]) == 0
    assert capsys.readouterr().out == "@azienda.it let in as viewer.\n"
    assert cli.main(["--db", str(db_path), "access", "list", "--format", "json"]) == 0
    assert [(r["pattern"], r["role"], r["has_password"]) for r in json.loads(capsys.readouterr().out)] == [
        ("@azienda.it", "viewer", False)]
    assert cli.main(["--db", str(db_path), "access", "remove", "@azienda.it"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(db_path), "access", "list", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    # an address never on the list is said so, never "removed"
    assert cli.main(["--db", str(db_path), "--lang", "en", "access", "remove", "nobody@azienda.it"]) == 1
    assert capsys.readouterr().err == ("Error: nobody@azienda.it is not on the access list: nothing to remove. Check "
                                       "how it is written (python -m smarketing access list).\n")
    assert cli.main(["--db", str(db_path), "access", "allow", "anna", "--role", "editor"]) == 1
    assert "non è un indirizzo e-mail" in capsys.readouterr().err


def test_a_password_comes_from_standard_input_never_from_the_command_line(migrated, db_path):
    done = cli_process("--db", str(db_path), "access", "password", "anna@azienda.it", "--role", "editor",
                       input="una password lunga\n")
    # the first password turns sign-in on, and someone must manage it from the app
    assert (done.returncode, done.stdout) == (0, "Password di anna@azienda.it impostata; ruolo admin.\n"
                                                 "È la prima password: l'app ora chiede l'accesso, e anna@azienda.it "
                                                 "ne è l'amministratore (gestisce team e accessi dall'app).\n")
    con = db.connect(db_path)
    assert access.check_password(con, "anna@azienda.it", "una password lunga").role == "admin"
    assert "una password lunga" not in str(con.execute("select * from passwords").fetchall())
    con.close()


def test_list_says_which_sign_in_the_app_asks_for(migrated, db_path, capsys, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / ".streamlit").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--db", str(db_path), "--lang", "en", "access", "list"]) == 0
    assert capsys.readouterr().out == "No rules: the app asks nobody to sign in (local use).\n"
    (home / ".streamlit" / "secrets.toml").write_text('[auth]\nclient_id = "x"\n', encoding="utf-8")
    assert cli.main(["--db", str(db_path), "--lang", "en", "access", "list"]) == 0
    assert capsys.readouterr().out == ("No rules: the app asks for the company account (OIDC) but lets nobody in "
                                       "until you add people or domains with access allow.\n")
    # with the company account, the first rule cannot leave the app without an admin
    assert cli.main(["--db", str(db_path), "--lang", "en", "access", "allow", "@azienda.it"]) == 1
    assert capsys.readouterr().err.startswith("Error: While sign-in is on there must always be at least one admin")
    assert cli.main(["--db", str(db_path), "--lang", "en", "access", "allow", "capo@azienda.it", "--role",
                     "admin"]) == 0
    assert cli.main(["--db", str(db_path), "--lang", "en", "access", "allow", "@azienda.it"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(db_path), "--lang", "en", "access", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "The app signs people in with the company account (OIDC, .streamlit/secrets.toml); the passwords above "
        "are not used.")
    (home / ".streamlit" / "secrets.toml").write_text("[auth\n", encoding="utf-8")     # broken: as Streamlit,
    assert access.oidc_on_disk() is False                                             # no sign-in from it


def test_removing_the_last_password_asks_for_open(db_path, capsys):
    con = db.connect(db_path)
    access.set_password(con, "capo@azienda.it", "la password del capo", None, "setup")
    access.allow(con, "@azienda.it", "viewer", "setup")
    con.close()
    assert cli.main(["--db", str(db_path), "--lang", "en", "access", "remove", "capo@azienda.it"]) == 1
    assert capsys.readouterr().err == (
        "Error: Removing capo@azienda.it would leave no password: the app would stop asking anyone to sign in and "
        "whoever reaches the server would get in as admin, the allow-list no longer looked at. Nothing "
        "was changed. If that is what you want, run it again with --open; otherwise set another person's password "
        "first.\n")
    assert cli.main(["--db", str(db_path), "--lang", "en", "access", "list", "--format", "json"]) == 0
    assert [r["pattern"] for r in json.loads(capsys.readouterr().out)] == ["capo@azienda.it", "@azienda.it"]
    assert cli.main(["--db", str(db_path), "--lang", "en", "access", "remove", "capo@azienda.it", "--open"]) == 0
    assert capsys.readouterr().out == "capo@azienda.it removed.\n"
    assert cli.main(["--db", str(db_path), "--lang", "en", "access", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "No password set: without an OIDC provider the app asks nobody to sign in.")
