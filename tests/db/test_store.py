"""Where the store lives and what happens when it cannot be opened."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import duckdb
import pytest

from smarketing import db, storage
from smarketing.errors import SmarketingError


def test_path_comes_from_flag_then_environment_then_default(monkeypatch):
    monkeypatch.setenv("SMARKETING_DB", "/data/env.duckdb")
    assert str(storage.resolve_path("/data/flag.duckdb")) == "/data/flag.duckdb"
    assert str(storage.resolve_path(None)) == "/data/env.duckdb"
    monkeypatch.delenv("SMARKETING_DB")
    assert str(storage.resolve_path(None)) == "smarketing.duckdb"


def test_missing_folder_is_a_plain_message(tmp_path):
    with pytest.raises(SmarketingError) as err:
        db.connect(tmp_path / "nope" / "x.duckdb")
    assert err.value.key == "error.db_folder_missing"
    assert str(tmp_path / "nope") in err.value.message("it")


@pytest.mark.parametrize("name", ["leads.duckdb", "team.csv", "export.parquet"])
def test_not_a_database_is_refused_untouched(tmp_path, name):
    # DuckDB opens a CSV or a Parquet file as a database kept in memory: everything written would be lost
    bogus = tmp_path / name
    if name.endswith(".parquet"):
        import duckdb

        duckdb.connect().execute(f"copy (select 1 as a) to '{bogus}' (format parquet)")
    else:
        bogus.write_text("name,email\nMario,m@x.it\n")
    bogus.chmod(0o644)
    before = bogus.read_bytes()
    with pytest.raises(SmarketingError) as err:
        db.connect(bogus)
    assert err.value.key == "error.db_not_store"
    assert err.value.message("en") == (
        f"{bogus} is not a smarketing database (it is another kind of file, a CSV for example): it is neither "
        "opened nor changed. Name the database file, or a new name to create one.")
    assert (bogus.read_bytes(), bogus.stat().st_mode & 0o777) == (before, 0o644)


def test_a_folder_is_no_database_and_keeps_its_permissions(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o755)
    with pytest.raises(SmarketingError) as err:
        db.connect(folder)
    assert err.value.message("it") == (
        f"{folder} è una cartella, non un database: indica il file del database (per esempio "
        f"{folder}/smarketing.duckdb).")
    assert folder.stat().st_mode & 0o777 == 0o755


def test_second_writer_process_gets_a_plain_message(con, db_path):
    code = (
        "import sys; from smarketing import db; from smarketing.errors import SmarketingError\n"
        f"try: db.connect({str(db_path)!r})\n"
        "except SmarketingError as e: print(e.key); sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=storage.ROOT)
    assert (result.returncode, result.stdout.strip()) == (3, "error.db_locked")


def test_named_sql_binds_only_what_each_statement_uses(con):
    rows = db.rows(con, "metrics/stage_counts", unused="ignored", today=date(2026, 11, 25),
                   **{f"f_{d}": None for d in ("source", "campaign", "segment", "region", "owner", "product")})
    assert [(r["code"], r["in_stage"]) for r in rows] == [
        ("lead", 0), ("mql", 0), ("sql", 0), ("opportunity", 0), ("customer", 0), ("lost", 0)]
    with pytest.raises(TypeError, match="f_source"):
        db.rows(con, "metrics/stage_counts", today=date(2026, 11, 25))


def test_a_sql_file_parsed_once_answers_from_each_store_with_each_call_s_values(tmp_path):
    """db.statements keeps one parsed copy of a file for the whole process: each run still reads the store it runs
    on and binds the values it is given (two companies' stores open at once, as a test or a restore has them)."""
    first, second = db.connect(tmp_path / "a.duckdb"), db.connect(tmp_path / "b.duckdb")
    db.execute(first, "settings/put", key="currency", value="CHF")
    db.execute(second, "settings/put", key="currency", value="USD")
    db.execute(second, "settings/put", key="company", value="Cooperativa Sole")
    asked = [(first, "currency"), (second, "currency"), (first, "company"), (second, "company"), (first, "currency")]
    assert [db.rows(con, "settings/get", key=key) for con, key in asked] == [
        [{"value": "CHF"}], [{"value": "USD"}], [], [{"value": "Cooperativa Sole"}], [{"value": "CHF"}]]
    first.close()
    second.close()


def test_file_size_counts_the_write_ahead_log(tmp_path):
    path = tmp_path / "x.duckdb"
    path.write_bytes(b"a" * 100)
    (tmp_path / "x.duckdb.wal").write_bytes(b"b" * 20)
    assert storage.file_size(path) == 120


def test_a_file_written_whole_replaces_the_old_one_in_one_step_and_leaves_nothing_beside_it(tmp_path):
    path = tmp_path / "notte.csv.result.json"
    path.write_text('{"status": "failed"}', encoding="utf-8")
    with path.open(encoding="utf-8") as reader:         # a script that opened the old result before the new one came
        storage.write_whole(path, '{"status": "done", "file": "notte.csv"}')
        assert reader.read() == '{"status": "failed"}'
    assert path.read_text(encoding="utf-8") == '{"status": "done", "file": "notte.csv"}'
    # a write that fails (here, where a folder stands) leaves what stood there as it was, and nothing half-written
    (tmp_path / "folder").mkdir()
    with pytest.raises(OSError):
        storage.write_whole(tmp_path / "folder", "testo")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "notte.csv.result.json"]
    assert list((tmp_path / "folder").iterdir()) == []


def test_a_cache_kept_beside_the_bytecode_follows_pythons_rule_for_bytecode(tmp_path, monkeypatch):
    cache = tmp_path / "__pycache__" / "texts.new.json"
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    storage.keep_beside_bytecode(cache, "{}")
    assert not cache.parent.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    cache.parent.mkdir()
    (cache.parent / "texts.old.json").write_text("{}", encoding="utf-8")
    (cache.parent / "patterns.x.marshal").write_bytes(b"\x00")
    storage.keep_beside_bytecode(cache, '{"a": 1}', replaces="texts.*")
    assert sorted(p.name for p in cache.parent.iterdir()) == ["patterns.x.marshal", "texts.new.json"]
    assert cache.read_text(encoding="utf-8") == '{"a": 1}'
    # where no folder can be made (a read-only install), nothing is kept and nothing is raised
    (tmp_path / "file").write_text("", encoding="utf-8")
    storage.keep_beside_bytecode(tmp_path / "file" / "__pycache__" / "texts.json", "{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["__pycache__", "file"]


def test_duckdb_works_within_the_memory_it_is_given(db_path, monkeypatch, capsys):
    con = db.connect(db_path)
    assert con.execute("select current_setting('memory_limit')").fetchone() == ("667.5 MiB",)   # 700MB
    con.close()
    monkeypatch.setenv(db.MEMORY_VAR, "2GB")
    con = db.connect(db_path)
    assert con.execute("select current_setting('memory_limit')").fetchone() == ("1.8 GiB",)
    con.close()
    monkeypatch.setenv(db.MEMORY_VAR, "tanta")
    from smarketing import cli

    assert cli.main(["--db", str(db_path), "metrics", "funnel"]) == 1
    assert capsys.readouterr().err.strip() == (
        "Errore: SMARKETING_MEMORY=tanta non è una quantità di memoria: scrivila come 700MB o 2GB, oppure togli la "
        "variabile per usare il valore predefinito (700MB).")


def test_duckdb_works_on_the_threads_it_is_given(db_path, monkeypatch, capsys):
    monkeypatch.setenv(db.THREADS_VAR, "3")
    con = db.connect(db_path)
    assert con.execute("select current_setting('threads')").fetchone() == (3,)
    con.close()
    # unset: DuckDB's own default, one per processor it finds
    monkeypatch.delenv(db.THREADS_VAR)
    con = db.connect(db_path)
    assert con.execute("select current_setting('threads')").fetchone() == duckdb.connect().execute(
        "select current_setting('threads')").fetchone()
    con.close()
    from smarketing import cli

    for wrong in ("due", "0", "-1", "1.5"):
        monkeypatch.setenv(db.THREADS_VAR, wrong)
        assert cli.main(["--db", str(db_path), "metrics", "funnel"]) == 1
        assert capsys.readouterr().err.strip() == (
            f"Errore: SMARKETING_THREADS={wrong} non è un numero di thread: scrivi un numero intero come 1 o 4, "
            "oppure togli la variabile per usarne uno per processore.")
    monkeypatch.setenv(db.THREADS_VAR, "tutti")
    assert cli.main(["--lang", "en", "--db", str(db_path), "metrics", "funnel"]) == 1
    assert capsys.readouterr().err.strip() == (
        "Error: SMARKETING_THREADS=tutti is not a number of threads: write a whole number such as 1 or 4, or remove "
        "the variable to use one per processor.")


@pytest.fixture
def open_umask():
    """The usual umask of a server's account (files readable by everyone), as before any store is opened."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_store_and_its_log_are_readable_by_the_servers_account_only(tmp_path, open_umask):
    new = tmp_path / "nuovo.duckdb"
    con = db.connect(new)
    con.execute("checkpoint")
    con.execute("create table scratch as select 1 as x")     # written to the log until the next checkpoint
    log = new.with_name(new.name + ".wal")
    assert log.exists()
    assert (new.stat().st_mode & 0o777, log.stat().st_mode & 0o777) == (0o600, 0o600)
    con.close()
    # a store made before, readable by everyone, is put right when opened
    new.chmod(0o644)
    db.connect(new).close()
    assert new.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("why", ["Read-only file system", "Permission denied"])
def test_a_store_in_a_folder_that_cannot_be_written_is_said_so_not_called_damaged(tmp_path, monkeypatch, why):
    """Review of 5 December: a healthy store on a read-only mount (and a new one in such a folder) was "damaged,
    not a database, or with the wrong permissions". DuckDB says which (its words below, as it raises them)."""
    import duckdb

    def refused(path, *args, **kwargs):
        raise duckdb.IOException(f'IO Error: Cannot open file "{path}": {why}')

    monkeypatch.setattr(duckdb, "connect", refused)
    with pytest.raises(SmarketingError) as raised:
        db.connect(tmp_path / "store.duckdb")
    assert raised.value.key == "error.db_read_only"
    assert raised.value.message("en") == (
        f"Cannot write {tmp_path / 'store.duckdb'}: the folder {tmp_path} is read-only, or the user running smarketing "
        "may not write there. Nothing was touched: choose another folder with --db, or ask for write permission.")
