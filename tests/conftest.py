"""Shared fixtures: a fresh migrated store per test, and one demo store built once per session."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from smarketing import db, demo

ROOT = Path(__file__).resolve().parent.parent
REALDATA = ROOT.parent / "shared" / "realdata"
# A Wednesday: "this week so far" then spans three days, and nothing depends on the machine's clock.
TODAY = date(2026, 11, 25)
# the leads the demo holds on TODAY (sample_data/demo, its dates moved to end in TODAY's week)
DEMO_LEADS = 4958


@pytest.fixture(autouse=True, scope="session")
def fixed_today():
    """Every test, and every process a test starts (the CLI, the server), counts from TODAY, never from the
    machine's clock; a test that needs another day sets SMARKETING_TODAY itself."""
    before = os.environ.get("SMARKETING_TODAY")
    os.environ["SMARKETING_TODAY"] = TODAY.isoformat()
    yield
    if before is None:
        os.environ.pop("SMARKETING_TODAY", None)
    else:
        os.environ["SMARKETING_TODAY"] = before


@pytest.fixture(autouse=True, scope="session")
def one_thread_each():
    """The suite runs two processes on two cores: each store works on one thread (SMARKETING_THREADS), never
    two per process fighting over the same two cores for every small statement (the whole run took 10 s
    less of its 6 minutes). The servers and commands a test starts inherit it; a test that sets its own keeps
    it."""
    before = os.environ.get("SMARKETING_THREADS")
    os.environ.setdefault("SMARKETING_THREADS", "1")
    yield
    if before is None:
        os.environ.pop("SMARKETING_THREADS", None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory) -> Path:
    """A store migrated once per session: each test starts from a copy instead of applying every schema file
    again (a third of a second each, most of it commits)."""
    path = tmp_path_factory.mktemp("empty") / "empty.duckdb"
    db.connect(path).close()
    return path


@pytest.fixture
def migrated(db_path: Path, empty_template: Path) -> Path:
    """db_path already holding an empty migrated store, for commands that would otherwise make it first
    (making one is tested on its own, tests/db/test_migrations.py)."""
    shutil.copyfile(empty_template, db_path)
    return db_path


@pytest.fixture
def con(db_path: Path, empty_template: Path):
    # a copy of a store this session migrated: migrating it again (the ledger, every schema file's checksum, the
    # macros) would change nothing and costs ~12 ms a test; opening a store as the app does is tested on its own
    # (tests/db/test_migrations.py, test_upgrade.py, and every command and page)
    shutil.copyfile(empty_template, db_path)
    connection = db.connect(db_path, migrate_schema=False)
    yield connection
    connection.close()


@pytest.fixture(scope="session")
def twelve_template(tmp_path_factory, empty_template: Path) -> Path:
    """The twelve hand-made leads of tests/helpers.py in a migrated store, written once per session (~60 ms each
    time): the fixtures that start from them copy it."""
    from tests.helpers import twelve

    path = tmp_path_factory.mktemp("twelve") / "twelve.duckdb"
    shutil.copyfile(empty_template, path)
    connection = db.connect(path, migrate_schema=False)
    twelve(connection)
    connection.close()
    return path


@pytest.fixture
def twelve_con(db_path: Path, twelve_template: Path):
    """con, holding the twelve leads."""
    shutil.copyfile(twelve_template, db_path)
    connection = db.connect(db_path, migrate_schema=False)
    yield connection
    connection.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    connection = db.connect(path)
    demo.load(connection, TODAY)
    connection.close()
    return path


@pytest.fixture
def demo_con(demo_template: Path, tmp_path: Path):
    """A private copy of the demo store: tests may change it freely."""
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_template, path)
    connection = db.connect(path, migrate_schema=False)     # migrated this session, as con's
    yield connection
    connection.close()
