"""The app's DuckDB connection reaches only its own folders, for good: whatever SQL slipped through an
input could not read other files, fetch a URL, load an extension, or undo these settings."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from smarketing import backups, db, storage, ui
from smarketing.errors import SmarketingError
from smarketing.ui import server
from tests.conftest import DEMO_LEADS

FORBIDDEN = [
    "select * from read_csv('/etc/passwd')",
    "select * from read_text('/etc/hostname')",
    "select * from glob('/etc/*')",
    "select * from read_csv('https://example.com/leads.csv')",
    "copy (select 1) to '/tmp/smarketing-escape.csv'",
    "attach '/tmp/smarketing-escape.duckdb' as escape",
    "install httpfs",
    "load httpfs",
    "set enable_external_access = true",
    "set allowed_directories = ['/']",
    "set lock_configuration = false",
]


@pytest.fixture
def app_connection(app, app_store):
    # the lightest page: the connection is the one every page uses
    app.switch_page("app_pages/settings.py").run()
    assert not app.exception
    # the very connection the pages use, from Streamlit's resource cache
    return server._store(str(ui.db_path()))


@pytest.mark.parametrize("sql", FORBIDDEN)
def test_the_apps_connection_refuses(app_connection, sql):
    # refused by the lock, not for a reason of its own: a plain connection also refuses to turn external access
    # back on while it runs, and fails to fetch an extension when offline
    with pytest.raises((duckdb.PermissionException, duckdb.InvalidInputException),
                       match="disabled by configuration|disabled through configuration|configuration has been locked"):
        app_connection.cursor().execute(sql)


def test_its_own_folders_still_work(app_connection, app_store, tmp_path):
    upload = storage.uploads_dir() / "hardening-test.csv"
    upload.write_text("a;b\n1;2\n", encoding="utf-8")
    try:
        assert app_connection.cursor().execute(f"select * from read_csv('{upload}')").fetchall() == [(1, 2)]
    finally:
        upload.unlink()
    target = backups.folder_for(app_store) / "manual"
    assert backups.backup(app_connection.cursor(), target)["tables"]["leads"] == DEMO_LEADS


def test_the_app_backs_up_once_a_day_and_an_editor_on_demand(app, first_start_of_the_day):
    app.run()
    folder = backups.folder_for(first_start_of_the_day)
    daily = [p.name for p in folder.iterdir()]
    assert len(daily) == 1 and daily[0].startswith("20261125-") and daily[0].endswith("-daily")
    app.switch_page("app_pages/settings.py").run()
    assert [p.name for p in folder.iterdir()] == daily          # not again the same day
    app.button(key="backup_now").click().run()
    assert not app.exception
    manual = [p.name for p in folder.iterdir() if p.name.endswith("-manual")]
    # on the app's day, as the day's backup: listed after it whatever day the machine's clock says
    assert len(manual) == 1 and manual[0].startswith("20261125-")
    assert app.success[0].value == f"Backup scritto in {ui.plain(folder / manual[0])}."
    listed = next(d.value for d in app.dataframe if list(d.value.columns) == ["Backup presenti"])
    assert list(listed["Backup presenti"]) == [manual[0], daily[0]]


def test_a_daily_backup_that_fails_warns_and_the_pages_still_work(app, first_start_of_the_day, monkeypatch):
    def disk_full(con, folder):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "backup", disk_full)
    app.run()
    assert not app.exception
    assert [t.value for t in app.title] == ["Panoramica"]
    folder = backups.folder_for(first_start_of_the_day)
    # the Overview's alerts are warnings too
    assert [w.value for w in app.warning if w.value.startswith("Backup")] == [
        f"Backup in {ui.plain(folder)} non riuscito: {ui.plain('[Errno 28] No space left on device')}."]


def test_a_folder_the_app_cannot_create_is_said_not_thrown(app, app_store, monkeypatch):
    monkeypatch.setattr(backups, "folder_for", lambda path: Path(os.devnull) / "backups")
    app.run()
    assert not app.exception
    assert app.error[0].value.startswith(f"Non riesco a creare la cartella {os.devnull}/backups (")


def test_a_backup_that_fails_from_settings_is_said_and_the_demo_stays(app, app_store, monkeypatch):
    app.run()

    def disk_full(con, reason):
        raise SmarketingError("error.backup_failed", folder="/srv/backups", detail="[Errno 28] No space left")

    monkeypatch.setattr(backups, "automatic", disk_full)
    app.switch_page("app_pages/settings.py").run()
    app.button(key="backup_now").click().run()
    assert not app.exception
    expected = f"Backup in {ui.plain('/srv/backups')} non riuscito: {ui.plain('[Errno 28] No space left')}."
    assert [e.value for e in app.error] == [expected]
    app.checkbox(key="demo_confirm").check().run()
    app.button(key="demo_remove").click().run()
    assert not app.exception
    assert [e.value for e in app.error] == [expected]
    con = db.connect(app_store)
    assert con.execute("select count(*) from leads").fetchone()[0] == DEMO_LEADS
    con.close()
