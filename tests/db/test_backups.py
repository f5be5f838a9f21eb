"""Backups and restore: every table comes back identical; the old file is kept; a damaged backup changes
nothing; an automatic backup comes before every import and before the demo goes."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from smarketing import backups, cli, db, demo, meetings, objectives, storage
from smarketing.errors import SmarketingError
from smarketing.importing import ImportOptions, run_import
from tests.conftest import DEMO_LEADS, TODAY, copy_open
from tests.helpers import hold

CSV = "Email;Ragione sociale;Fase;Data creazione\nnuovo@cliente.it;Cliente Nuovo Srl;MQL;03/11/2026\n"


def identical(a_path, b_path) -> dict[str, int]:
    """Rows that differ between the same tables of two files, both ways (EXCEPT ALL keeps duplicates)."""
    con = db.connect(a_path, migrate_schema=False)
    con.execute(f"attach '{b_path}' as other (read_only)")
    tables = [r[0] for r in con.execute("select table_name from duckdb_tables() where database_name = 'other' "
                                        "order by 1").fetchall()]
    differ = {}
    for name in tables:
        n = con.execute(f'select (select count(*) from (from main."{name}" except all from other."{name}")) + '
                        f'(select count(*) from (from other."{name}" except all from main."{name}"))').fetchone()[0]
        differ[name] = n
    con.close()
    return differ


@pytest.fixture(scope="module")
def busy_template(tmp_path_factory, demo_template):
    """The demo, an import, an objective and a meeting: something in every table that matters. Made once for the
    module (0.4 s each time): every test gets its own copy (busy)."""
    path = tmp_path_factory.mktemp("busy") / "demo.duckdb"
    csv = path.parent / "nuovi.csv"
    csv.write_text(CSV, encoding="utf-8")
    with copy_open(demo_template, path) as con:
        run_import(con, csv, ImportOptions(backup=False))
        objectives.add(con, "Generare 6 SQL entro il 24/12/2026", [("Anna", "marketing")], TODAY, "it", "anna")
        meeting_id = meetings.open_meeting(con, TODAY, "anna")["meeting_id"]
        meetings.save(con, meeting_id, ["Anna"], "note", TODAY, "anna")
    return path


@pytest.fixture
def busy(busy_template, tmp_path):
    """A private copy of the busy store, where demo_con keeps the demo's: tests may change it freely."""
    with copy_open(busy_template, tmp_path / "demo.duckdb") as connection:
        yield connection


def test_restore_gives_back_identical_tables(busy, tmp_path):
    original = backups.database_file(busy)
    manifest = backups.backup(busy, tmp_path / "backup")
    busy.close()
    copy = tmp_path / "before.duckdb"
    shutil.copy(original, copy)
    # the store changes after the backup, then the backup is restored over it
    con = db.connect(original)
    con.execute("delete from action_items")
    con.close()
    result = backups.restore(original, tmp_path / "backup")
    assert manifest["tables"]["leads"] == DEMO_LEADS + 1 and len(manifest["tables"]) >= 18   # + nuovo@cliente.it
    differ = identical(original, copy)
    assert set(differ) == set(manifest["tables"]) and set(differ.values()) == {0}
    # the file that was there is kept, with the change made after the backup
    kept = db.connect(result["previous_file"], migrate_schema=False)
    assert kept.execute("select count(*) from action_items").fetchone()[0] == 0
    kept.close()
    # and the restored store goes on: sequences continue where they were
    con = db.connect(original)
    before = con.execute("select max(meeting_id) from meetings").fetchone()[0]
    assert meetings.open_meeting(con, TODAY.replace(day=1), "anna")["meeting_id"] == before + 1
    con.close()


def test_a_damaged_backup_changes_nothing(busy, tmp_path):
    original = backups.database_file(busy)
    backups.backup(busy, tmp_path / "backup")
    busy.close()
    manifest = json.loads((tmp_path / "backup" / backups.MANIFEST).read_text())
    manifest["tables"]["leads"] += 1
    (tmp_path / "backup" / backups.MANIFEST).write_text(json.dumps(manifest))
    before = hashlib.sha256(original.read_bytes()).hexdigest()
    with pytest.raises(SmarketingError) as raised:
        backups.restore(original, tmp_path / "backup")
    assert raised.value.message("en").endswith("the current database was not touched.")
    assert hashlib.sha256(original.read_bytes()).hexdigest() == before
    assert not original.with_name(original.name + ".restoring").exists()
    with pytest.raises(SmarketingError):
        backups.restore(original, tmp_path)          # not a backup at all


@pytest.mark.parametrize("damage", ["manifest_not_json", "manifest_without_tables", "data_file_broken"])
def test_a_broken_backup_gets_a_message_and_leaves_no_file_behind(busy, tmp_path, damage):
    original = backups.database_file(busy)
    folder = tmp_path / "backup"
    backups.backup(busy, folder)
    busy.close()
    if damage == "manifest_not_json":
        (folder / backups.MANIFEST).write_text("{ rotto", encoding="utf-8")
    elif damage == "manifest_without_tables":
        (folder / backups.MANIFEST).write_text('{"tables": [1, 2]}', encoding="utf-8")
    else:
        next(folder.glob("leads*.parquet")).write_bytes(b"not parquet")
    before = hashlib.sha256(original.read_bytes()).hexdigest()
    with pytest.raises(SmarketingError) as raised:
        backups.restore(original, folder)
    # a data file no longer as it was taken is caught by its checksum before anything is read
    expected = "error.backup_changed" if damage == "data_file_broken" else "error.backup_invalid"
    assert raised.value.key == expected
    assert hashlib.sha256(original.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in original.parent.iterdir() if p.name.startswith(original.name)) == [original.name]


@pytest.mark.parametrize("checksums", [True, False])
def test_a_restore_runs_no_sql_found_in_the_backup(busy, tmp_path, checksums):
    """A line added to schema.sql (or load.sql) would write a file on the server if the folder's SQL were run:
    a backup whose files no longer match their checksums is refused; one made before checksums were recorded
    is restored from its data files alone, its SQL never run."""
    original = backups.database_file(busy)
    folder = tmp_path / "backup"
    backups.backup(busy, folder)
    busy.close()
    written = tmp_path / "pwned.csv"
    for name in ("schema.sql", "load.sql"):
        with (folder / name).open("a", encoding="utf-8") as fh:
            fh.write(f"\nCOPY (SELECT 'pwned' AS x) TO '{written}';\n")
    if not checksums:
        manifest = json.loads((folder / backups.MANIFEST).read_text())
        del manifest["files"], manifest["sequences"]
        (folder / backups.MANIFEST).write_text(json.dumps(manifest))
        backups.restore(original, folder)
        con = db.connect(original)
        assert con.execute("select count(*) from leads").fetchone()[0] == DEMO_LEADS + 1
        # numbering goes on after the highest number restored, as the sequences were not recorded
        before = con.execute("select max(meeting_id) from meetings").fetchone()[0]
        assert meetings.open_meeting(con, TODAY.replace(day=1), "anna")["meeting_id"] == before + 1
        con.close()
    else:
        with pytest.raises(SmarketingError) as raised:
            backups.restore(original, folder)
        assert raised.value.message("en") == (
            f"The backup {folder} is no longer as it was when taken (load.sql changed or is missing): it is not "
            "restored, and the current database was not touched. Use another backup.")
    assert not written.exists()


def test_a_manifest_naming_a_table_we_do_not_have_is_refused(busy, tmp_path):
    original = backups.database_file(busy)
    folder = tmp_path / "backup"
    backups.backup(busy, folder)
    busy.close()
    manifest = json.loads((folder / backups.MANIFEST).read_text())
    manifest["tables"]['leads" from read_csv(\'/etc/passwd\') --'] = 1
    del manifest["files"]
    (folder / backups.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(SmarketingError) as raised:
        backups.restore(original, folder)
    assert raised.value.key == "error.backup_invalid"


def test_a_restore_while_the_app_holds_the_file_waits_or_says_so(busy, tmp_path):
    original = backups.database_file(busy)
    backups.backup(busy, tmp_path / "backup")
    leads = busy.execute("select count(*) from leads").fetchone()[0]
    busy.close()
    holder = hold(original)
    try:
        with pytest.raises(SmarketingError) as raised:
            backups.restore(original, tmp_path / "backup", wait=0.5)
    finally:
        holder.kill()
        holder.wait()
    assert raised.value.key == "error.db_locked"
    assert sorted(p.name for p in original.parent.iterdir() if p.name.startswith(original.name)) == [original.name]
    con = db.connect(original)
    assert con.execute("select count(*) from leads").fetchone()[0] == leads
    con.close()


def test_a_backup_that_cannot_be_written_is_said_and_leaves_nothing(busy, tmp_path, monkeypatch):
    real = backups.Path.write_text

    def disk_full(self, *args, **kwargs):
        if self.name == backups.MANIFEST:
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(backups.Path, "write_text", disk_full)
    with pytest.raises(SmarketingError) as raised:
        backups.backup(busy, tmp_path / "backup")
    assert raised.value.message("en") == (f"Backup to {tmp_path / 'backup'} failed: "
                                          "[Errno 28] No space left on device.")
    assert not (tmp_path / "backup").exists()


def test_a_backup_is_readable_by_its_owner_only(busy, tmp_path):
    backups.backup(busy, tmp_path / "backup")
    assert (tmp_path / "backup").stat().st_mode & 0o777 == 0o700


def test_a_backup_never_overwrites_another(busy, tmp_path, capsys):
    backups.backup(busy, tmp_path / "backup")
    path = backups.database_file(busy)
    busy.close()
    assert cli.main(["--db", str(path), "--lang", "en", "backup", str(tmp_path / "backup")]) == 1
    assert "is not empty: a backup goes into a new folder" in capsys.readouterr().err


def test_an_import_is_preceded_by_a_backup_of_the_store_as_it_was(demo_con, tmp_path):
    csv = tmp_path / "nuovi.csv"
    csv.write_text(CSV, encoding="utf-8")
    leads = demo_con.execute("select count(*) from leads").fetchone()[0]
    run_import(demo_con, csv, ImportOptions(dry_run=True))
    folder = backups.folder_for(backups.database_file(demo_con))
    assert not folder.exists()                       # a dry run writes nothing, so nothing to back up
    run_import(demo_con, csv, ImportOptions())
    taken = sorted(folder.iterdir())
    assert len(taken) == 1 and taken[0].name.endswith("-before-import")
    assert json.loads((taken[0] / backups.MANIFEST).read_text())["tables"]["leads"] == leads


def test_removing_the_demo_is_preceded_by_a_backup(demo_con):
    demo.remove(demo_con)
    taken = sorted(backups.folder_for(backups.database_file(demo_con)).iterdir())
    assert len(taken) == 1 and taken[0].name.endswith("-before-demo-removal")
    assert json.loads((taken[0] / backups.MANIFEST).read_text())["tables"]["leads"] == DEMO_LEADS


def test_an_empty_store_needs_no_backup_and_the_last_ten_of_each_kind_are_kept(con, demo_con):
    assert backups.automatic(con, "before-import") is None
    daily = backups.daily(demo_con)
    assert backups.daily(demo_con) is None                 # one a day
    # twelve imports a minute apart, on the test's clock: the names, and so which are the newest, are its own
    minutes = iter(datetime(2026, 11, 25, 9, m) for m in range(12))
    made = [backups.automatic(demo_con, "before-import", clock=lambda: next(minutes)).name for _ in range(12)]
    assert made[:2] == ["20261125-090000-000000-before-import", "20261125-090100-000000-before-import"]
    taken = sorted(p.name for p in backups.folder_for(backups.database_file(demo_con)).iterdir())
    # the day's backup, named by the app's day, and the last ten before an import: the two oldest are gone
    assert daily.name.startswith(f"{TODAY:%Y%m%d}-") and daily.name.endswith("-daily")
    assert taken == sorted([daily.name, *(f"20261125-09{m:02d}00-000000-before-import" for m in range(2, 12))])


def test_a_damaged_store_is_replaced_by_its_backup(busy, tmp_path):
    original = backups.database_file(busy)
    backups.backup(busy, tmp_path / "backup")
    leads = busy.execute("select count(*) from leads").fetchone()[0]
    busy.close()
    original.write_bytes(b"\x00" * 4096 + b"not a database any more")
    original.with_name(original.name + ".wal").unlink(missing_ok=True)
    result = backups.restore(original, tmp_path / "backup")
    con = db.connect(original)
    assert con.execute("select count(*) from leads").fetchone()[0] == leads
    con.close()
    assert Path(result["previous_file"]).read_bytes().endswith(b"not a database any more")


def test_a_restore_moves_the_old_stores_log_with_it(busy, tmp_path):
    """Review of 5 December: a store copied over by hand left another store's write-ahead log beside it; the restore
    said it had rebuilt the store, which then could not be opened ("WAL does not match"), and the file kept aside
    lost the transactions of its own log."""
    original = backups.database_file(busy)
    backups.backup(busy, tmp_path / "backup")
    leads = busy.execute("select count(*) from leads").fetchone()[0]
    busy.close()
    other = db.connect(tmp_path / "other.duckdb")
    other.execute("set checkpoint_threshold = '1GB'")
    other.execute("create table notes (x integer)")
    other.execute("insert into notes values (1)")
    other_log = (tmp_path / "other.duckdb.wal").read_bytes()
    assert other_log            # a log DuckDB has not folded into its file yet
    other.close()
    storage.log_of(original).write_bytes(other_log)
    result = backups.restore(original, tmp_path / "backup")
    con = db.connect(original)
    assert con.execute("select count(*) from leads").fetchone()[0] == leads
    con.close()
    kept = Path(result["previous_file"])
    assert storage.log_of(kept).read_bytes() == other_log


@pytest.mark.parametrize("content", [b"Email;Fase\nnuovo@cliente.it;MQL\n", b"PK\x03\x04" + b"\x00" * 200,
                                     "Email;Fase\n".encode("utf-16")])
def test_a_restore_onto_a_file_that_is_no_store_is_refused(busy, tmp_path, content):
    """Review of 5 December: `restore` with --db naming a CSV put the backup in its place (the CSV renamed), where
    every other command refuses it. A damaged store (binary, no other format) is still replaced."""
    backups.backup(busy, tmp_path / "backup")
    named = tmp_path / "leads.csv"
    named.write_bytes(content)
    with pytest.raises(SmarketingError) as raised:
        backups.restore(named, tmp_path / "backup")
    assert raised.value.key == "error.db_not_store"
    assert named.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("leads")) == ["leads.csv"]


def test_a_backup_of_a_newer_version_says_so(busy, tmp_path):
    backups.backup(busy, tmp_path / "backup")
    manifest = json.loads((tmp_path / "backup" / backups.MANIFEST).read_text())
    manifest["schema_version"] += 1
    (tmp_path / "backup" / backups.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(SmarketingError) as raised:
        backups.restore(tmp_path / "new.duckdb", tmp_path / "backup")
    assert raised.value.message("it").startswith(
        f"Il backup {tmp_path / 'backup'} viene da una versione più recente di smarketing (schema "
        f"{manifest['schema_version']}; questa arriva allo schema {manifest['schema_version'] - 1})")
    assert not (tmp_path / "new.duckdb").exists()


def test_a_backup_into_a_file_or_an_open_folder_is_made_private_or_refused(busy, tmp_path):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(SmarketingError) as raised:
        backups.backup(busy, tmp_path / "a-file")
    assert raised.value.message("en") == (f"{tmp_path / 'a-file'} is a file, not a folder: give a new or empty "
                                          "folder for the backup.")
    made = tmp_path / "made-by-the-administrator"
    made.mkdir(mode=0o755)
    made.chmod(0o755)
    backups.backup(busy, made)
    assert made.stat().st_mode & 0o777 == 0o700


def test_a_restore_never_lets_back_in_someone_removed_since_the_backup(busy, tmp_path):
    # undoing a bad import with last week's backup re-admitted the viewer removed this week, password and all
    from smarketing import access

    access.set_password(busy, "anna@azienda.it", "una password lunga", "admin", "admin")
    access.set_password(busy, "viewer@azienda.it", "un'altra password", "viewer", "admin")
    original = backups.database_file(busy)
    backups.backup(busy, tmp_path / "backup")
    access.remove(busy, "viewer@azienda.it", "admin")
    busy.close()
    result = backups.restore(original, tmp_path / "backup")
    assert result["access_kept"] is True
    con = db.connect(original)
    assert access.role_for(con, "viewer@azienda.it") is None
    assert access.check_password(con, "viewer@azienda.it", "un'altra password") is None
    assert access.check_password(con, "anna@azienda.it", "una password lunga").role == "admin"
    con.close()


def test_a_restore_onto_a_store_that_lets_nobody_in_takes_the_backups_access(busy, tmp_path):
    from smarketing import access

    access.set_password(busy, "anna@azienda.it", "una password lunga", "admin", "admin")
    backups.backup(busy, tmp_path / "backup")
    busy.close()
    empty = tmp_path / "nuovo.duckdb"
    db.connect(empty).close()
    assert backups.restore(empty, tmp_path / "backup")["access_kept"] is False
    con = db.connect(empty)
    assert access.check_password(con, "anna@azienda.it", "una password lunga").role == "admin"
    con.close()


def test_a_restore_into_a_folder_that_cannot_be_written_says_why(busy, tmp_path, monkeypatch):
    """Review of 5 December: restoring into a read-only folder said "Errore imprevisto: OSError: Read-only file
    system: '….duckdb.restoring'": the clean-up after the failure failed too, and hid the failure's own words."""
    backups.backup(busy, tmp_path / "backup")

    def read_only(self, missing_ok=False):
        raise OSError(30, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "unlink", read_only)
    with pytest.raises(SmarketingError) as raised:
        backups.restore(tmp_path / "new.duckdb", tmp_path / "backup")
    # (in the store's words, as every command says it: the system's own were English in the Italian message)
    assert raised.value.key == "error.db_read_only"
    assert raised.value.message("it").startswith(f"Impossibile scrivere {tmp_path / 'new.duckdb'}: la cartella "
                                                 f"{tmp_path} è di sola lettura")


def test_a_restore_over_a_log_with_no_store_names_the_log_it_kept(busy, tmp_path):
    """Regression review of 5 December: with only a write-ahead log where the store was, the restore said it kept
    "d.before-restore-….duckdb", a file that was not there: the log was what it kept."""
    backups.backup(busy, tmp_path / "backup")
    target = tmp_path / "d.duckdb"
    storage.log_of(target).write_bytes(b"a log of another store")
    result = backups.restore(target, tmp_path / "backup")
    kept = Path(result["previous_file"])
    assert (kept.name.startswith("d.before-restore-"), kept.suffix, kept.read_bytes()) == (
        True, ".wal", b"a log of another store")
