"""Every page test runs the real app on a private temporary store: a copy of the session's demo store, as
the app makes on its first start (the day fixed at TODAY), with the day's backup beside it; through
first_start_of_the_day without that backup, through bare_store no store at all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from smarketing import backups, storage
from tests.conftest import ROOT, TODAY, copy_open


@pytest.fixture(autouse=True, scope="session")
def quicker_app_test():
    """Costs of AppTest that a real server does not pay, taken off for the whole run, which spent a fifth of
    its page tests on them:
    - each AppTest scans every installed package's metadata for Streamlit components (a quarter of a second;
      the server scans once as it starts). The packages installed do not change within a run: the first
      scan's answer serves every later AppTest.
    - each run waits for the script by checking its events every millisecond, a busy loop that competes with
      the script's own thread for the interpreter; the script's thread is joined instead (it ends right
      after its last event), and Streamlit's own wait then returns at once, or reports a run over its time.
    - each run parses and compiles app.py and its pages again, in a script cache of its own; the server keeps
      one cache for all its sessions, and so does the run."""
    from streamlit.components.v2 import manifest_scanner
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test, local_script_runner

    scan, wait = manifest_scanner.scan_component_manifests, local_script_runner.require_widgets_deltas
    shared = ScriptCache()
    found = scan()

    def joined(runner, timeout: float = 3) -> None:
        runner._script_thread.join(timeout)
        wait(runner, timeout)

    manifest_scanner.scan_component_manifests = lambda max_workers=None: list(found)
    local_script_runner.require_widgets_deltas = joined
    app_test.ScriptCache = local_script_runner.ScriptCache = lambda: shared
    yield
    manifest_scanner.scan_component_manifests, local_script_runner.require_widgets_deltas = scan, wait
    app_test.ScriptCache = local_script_runner.ScriptCache = ScriptCache


@pytest.fixture(scope="session")
def demo_days_backup(tmp_path_factory, demo_template, fixed_today) -> Path:
    """The demo store's backup of the day, taken once per run. Each page test's store finds it beside itself, as on
    the app's second start of a day, rather than exporting the store again (~60 ms a test, 8 s of CPU a run); the
    first start's backup is tested from a store without it (first_start_of_the_day)."""
    path = tmp_path_factory.mktemp("backed-up") / "app.duckdb"
    with copy_open(demo_template, path) as con:
        backups.daily(con)
    return backups.folder_for(path)


@pytest.fixture(autouse=True)
def app_store(tmp_path, monkeypatch, demo_template, demo_days_backup):
    path = tmp_path / "app.duckdb"
    # building the demo is the first start's work, tested once (bare_store); each page test starts after it
    shutil.copy(demo_template, path)
    shutil.copytree(demo_days_backup, backups.folder_for(path))
    monkeypatch.setenv("SMARKETING_DB", str(path))
    monkeypatch.setenv("SMARKETING_TODAY", TODAY.isoformat())
    # the app's digest sender looks once as it starts, then not again within a test: a test that saves a
    # schedule and sends by hand must not race a look a minute later (the sender is tested in test_digest)
    monkeypatch.setenv("SMARKETING_DIGEST_POLL", "86400")
    monkeypatch.delenv("SMARKETING_LANG", raising=False)
    st.cache_resource.clear()
    yield path
    st.cache_resource.clear()
    # the process's upload folder outlives a test: each starts with it empty
    shutil.rmtree(storage.uploads_dir(), ignore_errors=True)


@pytest.fixture
def app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)


@pytest.fixture
def first_start_of_the_day(app_store):
    """The demo store with no backup of the day yet: the app's first start of the day takes it."""
    shutil.rmtree(backups.folder_for(app_store))
    return app_store


@pytest.fixture
def bare_store(first_start_of_the_day):
    """No store yet: the app's first start makes it, or a test writes its own data into it."""
    first_start_of_the_day.unlink()
    return first_start_of_the_day


@pytest.fixture
def blank_store(first_start_of_the_day, empty_template):
    """A migrated store without data, for a test that writes its own before the app opens it (a store that
    holds leads gets no demo)."""
    shutil.copyfile(empty_template, first_start_of_the_day)
    return first_start_of_the_day


@pytest.fixture(scope="session")
def removed_demo_template(tmp_path_factory, demo_template):
    """The demo store with its demo removed, made once per run (~0.1 s each time). The backup taken before the
    removal stays beside this file: no page test reads it (tests/db/test_backups.py checks that it is taken)."""
    from smarketing import demo

    path = tmp_path_factory.mktemp("removed") / "app.duckdb"
    with copy_open(demo_template, path) as con:
        demo.remove(con)
    return path


@pytest.fixture
def empty_store(first_start_of_the_day, removed_demo_template):
    """A store whose demo was removed, as a real user's would be before the first import."""
    shutil.copyfile(removed_demo_template, first_start_of_the_day)
    return first_start_of_the_day
