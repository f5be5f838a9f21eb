"""python -m smarketing: every command, its exit codes, and its messages."""

from __future__ import annotations

import json
import re

import pytest

from smarketing import cli, db, migrations
from tests.conftest import DEMO_LEADS
from tests.helpers import cli_in_process, cli_process

run = cli_process


def test_acceptance_init_demo_then_info(tmp_path):
    path = tmp_path / "demo.duckdb"
    init = run("--db", str(path), "init", "--demo")
    assert init.returncode == 0, init.stderr
    assert "Database pronto" in init.stdout and "Dati dimostrativi caricati" in init.stdout
    info = run("--db", str(path), "info")
    assert info.returncode == 0, info.stderr
    con = db.connect(path)
    leads = con.execute("select count(*) from leads").fetchone()[0]
    con.close()
    assert leads == DEMO_LEADS
    leads_line = next(line for line in info.stdout.splitlines() if line.strip().startswith("leads "))
    assert leads_line.split()[-1] == f"{leads:,}".replace(",", ".")
    assert "Dati dimostrativi: sì" in info.stdout


def test_info_json_matches_the_store(demo_con, capsys):
    path = demo_con.execute(
        "select path from duckdb_databases() where database_name = current_database()").fetchone()[0]
    expected = {t: demo_con.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("leads", "stage_events", "spend", "objectives", "team_members", "import_batches")}
    demo_con.close()
    assert cli.main(["--db", path, "info", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {t: out["tables"][t] for t in expected} == expected
    assert out["demo_loaded"] is True
    assert out["schema_version"] == len(migrations.files())
    assert out["first_lead_at"] < out["last_lead_at"]


def test_init_is_idempotent_and_demo_loads_once(db_path, capsys):
    assert cli.main(["--db", str(db_path), "--lang", "en", "init"]) == 0
    names = ", ".join(name for _, name, _ in migrations.files())
    assert f"applied now: {names})" in capsys.readouterr().out
    assert cli.main(["--db", str(db_path), "--lang", "en", "init"]) == 0
    assert "applied now: none" in capsys.readouterr().out
    assert cli.main(["--db", str(db_path), "--lang", "en", "init", "--demo"]) == 0
    assert "Demo data loaded" in capsys.readouterr().out
    con = db.connect(db_path)
    before = con.execute("select count(*) from leads").fetchone()[0]
    con.close()
    assert cli.main(["--db", str(db_path), "--lang", "en", "init", "--demo"]) == 0
    assert "The demo data is already there." in capsys.readouterr().out
    con = db.connect(db_path)
    assert con.execute("select count(*) from leads").fetchone()[0] == before
    con.close()


@pytest.mark.parametrize("today, newest, first_start, last_deadline", [
    ("2026-11-25", "2026-11-25", "2026-10-12", "2027-07-07"),
    ("2027-03-10", "2027-03-10", "2027-01-25", "2027-10-20"),
])
def test_init_demo_honours_the_fixed_today(tmp_path, monkeypatch, capsys, today, newest, first_start,
                                           last_deadline):
    # the demo's dates, and so every verdict on it, move with SMARKETING_TODAY, not with the clock
    monkeypatch.setenv("SMARKETING_TODAY", today)
    path = tmp_path / "demo.duckdb"
    assert cli.main(["--db", str(path), "init", "--demo"]) == 0
    con = db.connect(path)
    assert str(con.execute("select max(entered_at)::date from stage_events").fetchone()[0]) == newest
    assert [str(d) for d in con.execute("select min(start_date), max(deadline) from objectives").fetchone()] == \
        [first_start, last_deadline]
    # the baselines are measured on the same shifted history, so they do not depend on the day either
    assert con.execute("select round(sum(baseline), 3) from objectives").fetchone()[0] == 247607.951
    con.close()


def test_demo_refuses_a_store_with_real_leads(con, db_path, capsys):
    con.execute("insert into leads (lead_id, email, current_stage) values (1, 'real@cliente.it', 'lead')")
    con.close()
    assert cli.main(["--db", str(db_path), "init", "--demo"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Errore: Il database contiene già dati")
    con2 = db.connect(db_path)
    assert con2.execute("select count(*) from leads").fetchone()[0] == 1
    con2.close()


def test_info_on_a_missing_store_says_how_to_create_it(tmp_path, capsys):
    path = tmp_path / "none.duckdb"
    assert cli.main(["--db", str(path), "--lang", "en", "info"]) == 1
    assert capsys.readouterr().err == (
        f"Error: The database {path} does not exist yet: create it with "
        f"`python -m smarketing --db {path} init`.\n")
    assert not path.exists()


def test_db_from_environment(tmp_path):
    path = tmp_path / "env.duckdb"
    import os
    env = {**os.environ, "SMARKETING_DB": str(path)}
    assert run("init", env=env).returncode == 0
    assert path.exists()


def test_locked_store_is_a_plain_message(con, db_path):
    result = run("--db", str(db_path), "info")
    assert result.returncode == 1
    assert "già aperto in scrittura da un altro programma" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["bogus"], ["info", "--format", "xml"], [], ["init", "--nope"]])
def test_usage_errors_exit_2(args):
    result = cli_in_process(*args)
    assert result.returncode == 2
    # argparse's own words in the language too: Italian by default
    assert "uso: python -m smarketing" in result.stderr and "errore: " in result.stderr


def test_argparse_speaks_the_language_of_the_command():
    result = cli_in_process("metrics", "funnel", "--by", "colour")
    assert result.stderr.strip().splitlines()[-1] == (
        "python -m smarketing metrics: errore: argomento --by: scelta non valida: 'colour' (scegli tra 'source', "
        "'campaign', 'segment', 'region', 'owner', 'product')")
    assert cli_in_process("import").stderr.strip().splitlines()[-1] == (
        "python -m smarketing import: errore: mancano gli argomenti richiesti: kind, FILE")
    english = cli_in_process("--lang", "en", "metrics", "funnel", "--by", "colour")
    assert english.stderr.strip().splitlines()[-1].startswith(
        "python -m smarketing metrics: error: argument --by: invalid choice: 'colour' (choose from 'source'")


@pytest.mark.parametrize(("args", "expected"), [
    # the stage map's own shape, in the language asked for
    (["import", "leads", "x.csv", "--stage-map", "=customer"],
     "--stage-map «=customer»: scrivi VALORE=FASE, con il valore del file prima dell'uguale (per esempio --stage-map "
     "\"Vinto=customer\")."),
    (["--lang", "en", "import", "leads", "x.csv", "--map", "created_at"],
     "--map \"created_at\": write FIELD=COLUMN (for example --map created_at=\"Create Date\")."),
])
def test_a_pair_without_its_equals_sign_says_the_option_s_own_shape(args, expected):
    result = cli_in_process(*args)
    last = result.stderr.strip().splitlines()[-1]
    assert (result.returncode, re.split(r"(?:errore|error): ", last, maxsplit=1)[1]) == (2, expected)


def test_a_folder_named_as_the_file_to_import_is_said_to_be_a_folder(migrated, db_path, tmp_path, capsys):
    assert cli.main(["--db", str(db_path), "import", "leads", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"Errore: {tmp_path} è una cartella, non un file: indica il file CSV da importare.")


@pytest.mark.parametrize(("args", "expected"), [
    (["--help"], "init"), (["init", "--help"], "--demo"), (["info", "--help"], "--format"),
    (["run", "--help"], "--port"), (["--lang", "en", "--help"], "DuckDB database file"),
    (["--help"], "file del database DuckDB"),
])
def test_help_on_every_command(args, expected):
    result = cli_in_process(*args)
    assert result.returncode == 0
    assert expected in result.stdout


def test_unexpected_errors_are_a_sentence_not_a_traceback(monkeypatch, db_path, capsys):
    def boom(args):
        raise ValueError("disk on fire")

    monkeypatch.setattr(cli.store, "cmd_init", boom)
    monkeypatch.delenv("SMARKETING_DEBUG", raising=False)
    assert cli.main(["--db", str(db_path), "--lang", "en", "init"]) == 1
    assert capsys.readouterr().err.startswith("Unexpected error: ValueError: disk on fire.")


def test_values_from_a_file_reach_the_terminal_as_text_never_as_its_commands(migrated, db_path, tmp_path, capsys):
    """A cell that colours the terminal, clears its screen and rings its bell is quoted in the rejects as text."""
    hostile = "\x1b[31m\x1b[2J31/02/2026\x07"
    csv = tmp_path / "contatti.csv"
    csv.write_text(f"Email;Fase;Data creazione\nok@coop.it;MQL;03/11/2026\nko@coop.it;MQL;{hostile}\n",
                   encoding="utf-8")
    assert cli.main(["--db", str(db_path), "import", "leads", str(csv), "--partial"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "??31/02/2026?" in out
    # the value is stored as it came: only what is shown changes
    con = db.connect(db_path)
    assert con.execute("select value from import_rejects").fetchall() == [(hostile,)]
    con.close()


class InterruptException(Exception):
    """Named as DuckDB names the exception a Ctrl-C met inside a query raises."""


class IOException(Exception):
    """Named as DuckDB's, for an error of its own module."""


IOException.__module__ = "duckdb"


@pytest.mark.parametrize(("raised", "code", "said"), [
    (PermissionError(13, "Permission denied", "/dati/contatti.csv"), 1,
     "Error: The system does not let this user read or write /dati/contatti.csv: check the permissions of the "
     "file and its folder.\n"),
    (IOException('Cannot open file "/srv/crm/smarketing.duckdb.wal": Permission denied'), 1,
     "Error: The system does not let this user read or write /srv/crm/smarketing.duckdb.wal: check the "
     "permissions of the file and its folder.\n"),
    (InterruptException("Query interrupted"), 130, "Interrupted: what was under way was not saved.\n"),
    (KeyboardInterrupt(), 130, "Interrupted: what was under way was not saved.\n"),
])
def test_a_refusal_of_the_system_or_a_ctrl_c_is_said_in_words(db_path, monkeypatch, capsys, raised, code, said):
    from smarketing.cli import store

    def refusing(args):
        raise raised

    monkeypatch.setattr(store, "cmd_info", refusing)
    assert cli.main(["--db", str(db_path), "--lang", "en", "info"]) == code
    assert capsys.readouterr().err == said


@pytest.mark.parametrize(("argv", "said"), [
    (["metrics", "sla", "--backlog-days", "99999999999999999999"], "days between 1 and 3650"),
    (["run", "--port", "-1"], "port between 1 and 65535: -1"),
    (["metrics", "funnel", "--start", "0001-01-01"], "invalid date: 0001-01-01"),
    (["report", "weekly", "--week", "9999-W52"], 'Invalid week "9999-W52"'),
])
def test_numbers_and_days_past_any_sense_are_usage_errors(db_path, capsys, argv, said):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--db", str(db_path), "--lang", "en", *argv])
    assert stopped.value.code == 2
    assert said in capsys.readouterr().err


def test_a_week_to_come_has_no_report_and_a_bad_fixed_today_is_said(db_path, monkeypatch, capsys):
    monkeypatch.setenv("SMARKETING_TODAY", "2026-12-04")
    assert cli.main(["--db", str(db_path), "--lang", "en", "report", "weekly", "--week", "2099-W01"]) == 1
    assert capsys.readouterr().err == "Error: Week 2099-W01 (from 29 Dec 2098) has not started yet: it has no " \
                                      "numbers to report.\n"
    # nor a digest: sent, it stood under March's title with December's numbers, and the real one was "already sent"
    assert cli.main(["--db", str(db_path), "--lang", "it", "digest", "send", "--week", "2027-W10", "--dry-run"]) == 1
    assert capsys.readouterr().err == "Errore: La settimana 2027-W10 (dall'08/03/2027) non è ancora cominciata: non " \
                                      "ha numeri da riportare.\n"
    monkeypatch.setenv("SMARKETING_TODAY", "31/02/2026")
    assert cli.main(["--db", str(db_path), "--lang", "en", "metrics", "funnel"]) == 1
    assert capsys.readouterr().err == 'Error: SMARKETING_TODAY is "31/02/2026", which is no day: write it as ' \
                                      "2026-12-04, or unset it to use today's date.\n"


@pytest.mark.parametrize("argv", [
    ["metrics", "funnel", "--filter", "region=Centro", "--filter", "region=Nord-Est"],
    ["objectives", "check", "Aumentare gli SQL del 10% entro il 30/06/2027", "--scope", "region=Centro", "--scope",
     "region=Nord-Est"],
])
def test_two_values_of_one_dimension_are_refused_not_the_last_one_kept(db_path, capsys, argv):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--db", str(db_path), "--lang", "en", *argv])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(
        'Two values for region ("Centro" and "Nord-Est"): a filter keeps one. Run the command once for each.')


def test_a_rejects_file_in_a_missing_folder_is_said_before_anything_is_imported(migrated, db_path, tmp_path,
                                                                                capsys):
    data = tmp_path / "spesa.csv"
    data.write_text("Data;Canale;Importo\n01/03/2026;Google Ads;1.000,00\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        cli.main(["--db", str(db_path), "--lang", "en", "import", "spend", str(data), "--rejects",
                  str(tmp_path / "none" / "r.csv")])
    assert "Nothing was imported." in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["--db", str(db_path), "--lang", "en", "import", "spend", str(data), "--rejects", str(tmp_path)])
    assert "Nothing was imported." in capsys.readouterr().err
    assert cli.main(["--db", str(db_path), "--lang", "en", "imports", "list"]) == 0
    assert capsys.readouterr().out == "No imports yet.\n"


@pytest.mark.parametrize(("lang", "line"), [("it", "  04/11/2026 -> spend_date  (dal periodo del report)"),
                                            ("en", "  4 Nov 2026 -> spend_date  (from the report's period)")])
def test_the_report_periods_first_day_is_listed_as_the_language_writes_dates(migrated, db_path, tmp_path, capsys,
                                                                              lang, line):
    # the Italian listing said 2026-11-04 under a note saying 04/11/2026
    data = tmp_path / "google.csv"
    data.write_text('Campaign report\n"November 4, 2026 - December 3, 2026"\nCampaign,Currency code,Cost\n'
                    "Brand,EUR,600.00\n", encoding="utf-8")
    assert cli.main(["--db", str(db_path), "--lang", lang, "import", "spend", str(data), "--preset", "google-ads",
                     "--dry-run"]) == 0
    assert line in capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("argv", [
    ["metrics", "funnel"], ["objectives", "list"], ["imports", "list"], ["access", "list"], ["report", "weekly"],
    ["backup", "BACKUP"], ["import", "leads", "LEADS"],
])
def test_a_mistyped_store_is_said_never_made_empty(tmp_path, capsys, argv):
    """Review 24: --db smarketng.duckdb made a new empty store and printed zeros, "No objectives.", a backup of
    nothing or "Importazione 1 registrata" into it, with exit 0. Only init and run make a store."""
    leads = tmp_path / "uno.csv"
    leads.write_text("Email;Fase\nanna@x.it;MQL\n", encoding="utf-8")
    typo = tmp_path / "smarketng.duckdb"
    argv = [str(leads) if a == "LEADS" else str(tmp_path / "copia") if a == "BACKUP" else a for a in argv]
    assert cli.main(["--db", str(typo), "--lang", "en", *argv]) == 1
    assert capsys.readouterr().err == (f"Error: The database {typo} does not exist yet: create it with `python -m "
                                       f"smarketing --db {typo} init`.\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uno.csv"]


def test_another_applications_duckdb_file_is_left_as_it_is(tmp_path, capsys):
    """Review 24: info on a DuckDB file holding only orders(a) gave it our 25 tables; one with a leads table of its
    own stopped on "Errore imprevisto: CatalogException" with a schema_migrations table left behind."""
    import duckdb

    other = tmp_path / "gestionale.duckdb"
    con = duckdb.connect(str(other))
    con.execute("create table orders (a int)")
    con.execute("create table leads (x int)")
    con.close()
    for argv in (["info"], ["init"], ["metrics", "funnel"]):
        assert cli.main(["--db", str(other), *argv]) == 1
        assert capsys.readouterr().err == (
            f"Errore: {other} è un database DuckDB di un'altra applicazione (ha tabelle sue, non quelle di "
            "smarketing): non lo modifico. Indica il file del database di smarketing, o un nome nuovo per crearne "
            "uno.\n")
    con = duckdb.connect(str(other), read_only=True)
    assert sorted(r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()) == [
        "leads", "orders"]
    con.close()
