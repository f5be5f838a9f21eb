"""The import command line as scripts use it: exit codes, JSON, rejects file, list and undo, safety."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from smarketing import access, db, storage
from tests.conftest import ROOT
from tests.helpers import cli_in_process, cli_process

LEADS = """Codice;Email;Ragione sociale;Fase;Data creazione;Valore
C1;anna@alfa.it;Alfa Srl;Cliente;03/04/2026;1.234,56
C2;bruno@beta.it;=HYPERLINK("http://x");MQL;25/03/2026;
C3;bad-email;Gamma;Boh;31/02/2026;abc
"""

# the commands here work on a store that exists
pytestmark = pytest.mark.usefixtures("migrated")


run = cli_in_process



@pytest.fixture
def leads_file(tmp_path):
    path = tmp_path / "contatti.csv"
    path.write_text(LEADS, encoding="utf-8")
    return path


def test_json_contract_and_rejects_file(db_path, leads_file, tmp_path):
    rejects = tmp_path / "scarti.csv"
    out = run("--db", str(db_path), "import", "leads", str(leads_file), "--format", "json",
              "--rejects", str(rejects))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert {k: result[k] for k in ("batch_id", "status", "rows_read", "inserted", "updated", "unchanged",
                                   "rejected")} == {
        "batch_id": 1, "status": "committed", "rows_read": 3, "inserted": 2, "updated": 0, "unchanged": 0,
        "rejected": 1}
    assert [(r["line"], r["column"], r["value"], r["code"]) for r in result["rejects"]] == [
        (4, "Data creazione", "31/02/2026", "bad_date"), (4, "Email", "bad-email", "bad_email"),
        (4, "Valore", "abc", "bad_number"), (4, "Fase", "Boh", "unknown_stage")]
    assert result["rejects"][0]["reason"].startswith("Data non valida o impossibile")
    assert {m["field"]: m["column"] for m in result["mapping"]}["company"] == "Ragione sociale"
    # semicolons, as Italian Excel splits its cells
    with rejects.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["riga", "colonna", "valore", "motivo", "codice"]
    assert [r[:3] + [r[4]] for r in rows[1:]] == [
        ["4", "Data creazione", "31/02/2026", "bad_date"], ["4", "Email", "bad-email", "bad_email"],
        ["4", "Valore", "abc", "bad_number"], ["4", "Fase", "Boh", "unknown_stage"]]
    con = db.connect(db_path)
    # stored as typed, formula and all
    assert con.execute("select company from leads where external_id = 'C2'").fetchone() == (
        '=HYPERLINK("http://x")',)
    con.close()


def test_formula_values_are_neutralised_in_the_rejects_file(db_path, tmp_path):
    path = tmp_path / "f.csv"
    path.write_text('email,stage\na@x.it,=cmd|calc\nb@x.it,@SUM(1)\n', encoding="utf-8")
    rejects = tmp_path / "r.csv"
    # both rows have a stage no one named: without --partial the import would stop (see test_import_trust.py)
    assert run("--db", str(db_path), "import", "leads", str(path), "--rejects", str(rejects),
               "--partial").returncode == 0
    with rejects.open(encoding="utf-8-sig") as fh:
        values = [row[2] for row in csv.reader(fh, delimiter=";")][1:]
    assert values == ["'=cmd|calc", "'@SUM(1)"]


@pytest.mark.parametrize("which", ["file", "store"])
def test_rejects_over_the_file_imported_or_the_store_are_refused_and_nothing_is_written(db_path, leads_file, which):
    """'--rejects contatti.csv' beside 'import leads contatti.csv' wrote the rejects over the export itself."""
    target = leads_file if which == "file" else db_path
    before = target.read_bytes()
    out = run("--db", str(db_path), "--lang", "it", "import", "leads", str(leads_file), "--rejects", str(target))
    assert out.returncode == 2
    assert out.stderr.strip().endswith(
        f"--rejects {target} è il file che importi, o l'archivio: gli scarti lo sovrascriverebbero. Indica un altro "
        "file (per esempio scarti.csv). Nulla è stato importato.")
    assert target.read_bytes() == before
    con = db.connect(db_path)
    assert con.execute("select count(*) from leads").fetchone()[0] == 0
    con.close()


@pytest.mark.parametrize(("lines", "partial"), [
    # one good row of three: the refusal offers it
    ("a@x.it;Cliente\nb@x.it;Boh\nc@x.it;Mah\n", "Oppure importa solo la riga buona con --partial."),
    # none good: nothing to import with --partial, which is never offered
    ("b@x.it;Boh\nc@x.it;Mah\n", None),
])
def test_a_dry_run_says_the_real_run_would_stop_and_offers_partial_only_with_good_rows(db_path, tmp_path, lines,
                                                                                       partial):
    path = tmp_path / "fasi.csv"
    path.write_text("Email;Fase\n" + lines, encoding="utf-8")
    out = run("--db", str(db_path), "import", "leads", str(path), "--dry-run")
    assert out.returncode == 0
    printed = out.stdout.splitlines()
    told = printed.index("Attenzione: fatta davvero, questa importazione si fermerebbe:")
    assert "hanno nella colonna «Fase» una fase che non conosco: «Boh» (1), «Mah» (1)" in printed[told + 1]
    assert ("--partial" in out.stdout) == (partial is not None)
    assert partial is None or partial in printed[told + 1]


def test_text_output_lists_mapping_counts_and_reasons(db_path, leads_file):
    out = run("--db", str(db_path), "--lang", "en", "import", "leads", str(leads_file))
    assert out.returncode == 0
    assert "Ragione sociale -> company  (recognised)" in out.stdout
    assert "Import 1 committed. Rows read: 3; inserted: 2; updated: 0; unchanged: 0; rejected: 1." in out.stdout
    assert 'line 4, column "Email", value "bad-email": Invalid email.' in out.stdout


def test_dry_run_list_and_undo(db_path, leads_file):
    dry = json.loads(run("--db", str(db_path), "import", "leads", str(leads_file), "--dry-run",
                         "--format", "json").stdout)
    assert (dry["status"], dry["batch_id"], dry["inserted"]) == ("dry_run", None, 2)
    assert run("--db", str(db_path), "import", "leads", str(leads_file)).returncode == 0
    listed = json.loads(run("--db", str(db_path), "imports", "list", "--format", "json").stdout)
    assert [(b["batch_id"], b["kind"], b["file_name"], b["rows_read"], b["status"]) for b in listed] == [
        (1, "leads", "contatti.csv", 3, "committed")]
    assert len(listed[0]["sha256"]) == 64
    undone = run("--db", str(db_path), "imports", "undo", "1")
    assert undone.returncode == 0 and "Importazione 1 annullata" in undone.stdout
    again = run("--db", str(db_path), "imports", "undo", "1")
    who = access.local_user()
    assert (again.returncode, again.stderr) == (1, f"Errore: L'importazione 1 è già stata annullata ({who}): non c'è "
                                                   "nulla da annullare di nuovo.\n")
    who = access.local_user()
    listed = json.loads(run("--db", str(db_path), "imports", "list", "--format", "json").stdout)
    assert [(b["status"], b["created_by"], b["undone_by"]) for b in listed] == [("undone", who, who)]
    assert f"annullata da {who}" in run("--db", str(db_path), "imports", "list").stdout
    con = db.connect(db_path)
    assert con.execute("select count(*) from leads").fetchone() == (0,)
    con.close()


@pytest.mark.parametrize(("args", "message"), [
    (["--map", "nonsense=Email"], "unknown fields: nonsense"),
    (["--stage-map", "Boh=won"], "unknown stages: won"),
    (["--map", "email"], "FIELD=COLUMN"),
    (["--mode", "replace"], "invalid choice"),
    (["--delimiter", ";;"], "single character"),
])
def test_usage_errors_exit_2(db_path, leads_file, args, message):
    out = run("--db", str(db_path), "--lang", "en", "import", "leads", str(leads_file), *args)
    assert out.returncode == 2
    assert message in out.stderr


@pytest.mark.parametrize(("content", "message"), [
    (b"", "Il file è vuoto"),
    (b"Email,Fase\n", "solo la riga di intestazione"),
    (b"PK\x03\x04rest of a zip", "file Excel (.xlsx)"),
    (b"Nome,Azienda\nAnna,Alfa\n", "Nessuna colonna per riconoscere i contatti"),
])
def test_file_level_failures_exit_1_and_write_nothing(db_path, tmp_path, content, message):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    out = run("--db", str(db_path), "import", "leads", str(path), "--format", "json")
    assert out.returncode == 1
    assert message in out.stderr
    body = json.loads(out.stdout)
    assert (body["status"], body["batch_id"], body["rows_read"]) == ("failed", None, 0)
    con = duckdb.connect(str(db_path))
    assert con.execute("select count(*) from import_batches").fetchone() == (0,)
    con.close()


def test_missing_mapped_column_is_a_plain_message(db_path, leads_file):
    out = run("--db", str(db_path), "--lang", "en", "import", "leads", str(leads_file), "--map", "email=Mail")
    assert out.returncode == 1
    assert 'The column "Mail" is not in the file. Columns present: Codice, Email' in out.stderr


def test_a_second_writer_gets_a_message_not_a_traceback(con, db_path, leads_file):
    out = cli_process("--db", str(db_path), "--lang", "en", "import", "leads", str(leads_file))
    assert out.returncode == 1
    assert "is already open for writing by another program" in out.stderr
    assert "Traceback" not in out.stderr


def test_killed_mid_import_leaves_the_store_as_before(db_path, tmp_path):
    """SIGKILL while a large file is being written: the batch's transaction never commits."""
    big = tmp_path / "big.csv"
    duckdb.connect().execute(
        "copy (select 'K' || i as id, 'u' || i || '@x.it' as email, 'Azienda ' || i as company, "
        "'lead' as stage, '2026-01-01 10:00' as created from range(1500000) t(i)) to ? (header)", [str(big)])
    con = db.connect(db_path)
    con.execute("insert into leads (lead_id, email, current_stage) values (1, 'before@x.it', 'mql')")
    con.close()
    size_before = storage.file_size(db_path)
    proc = subprocess.Popen([sys.executable, "-m", "smarketing", "--db", str(db_path), "import", "leads", str(big)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # DuckDB writes a large transaction's rows to the file before it commits: kill as soon as it grows
    deadline = time.monotonic() + 60
    while storage.file_size(db_path) < size_before + 4_000_000 and time.monotonic() < deadline:
        assert proc.poll() is None, "the import ended before it wrote anything; use a bigger file"
        time.sleep(0.01)
    assert storage.file_size(db_path) >= size_before + 4_000_000, "killed before the import wrote anything"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = db.connect(db_path)
    assert con.execute("select email from leads").fetchall() == [("before@x.it",)]
    assert con.execute("select count(*) from stage_events").fetchone() == (0,)
    assert con.execute("select count(*) from import_batches").fetchone() == (0,)
    con.close()
