"""Shared fixtures: a fresh migrated store per test, and one demo store built once per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import duckdb
import pytest

from smarketing import db, demo

ROOT = Path(__file__).resolve().parent.parent
REALDATA = ROOT.parent / "shared" / "realdata"
# A Wednesday: "this week so far" then spans three days, and nothing depends on the machine's clock.
TODAY = date(2026, 11, 25)
# the leads the demo holds on TODAY (sample_data/demo, its dates moved to end in TODAY's week)
DEMO_LEADS = 4958


def pytest_configure(config):
    """The project's modules compiled once, as the run starts in its first process: the ~60 commands and servers
    the tests start then load them as a user's second command does. Where PYTHONDONTWRITEBYTECODE is set (this
    machine sets it), Python keeps nothing it compiles, and in a clean clone each of them compiled again every
    module it loaded: tests/cli and test_cli_import took 34 s of CPU with them compiled, 37-38 s without. (A
    folder that cannot be written is left as it is: only slower.)"""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        import compileall

        compileall.compile_dir(ROOT / "smarketing", quiet=2)


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


@contextmanager
def copy_open(template: Path, path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """`template`, a store this session made, copied to `path` and open: what a test starts from, or what a
    fixture writes once for its tests to copy. Migrating the copy again would change nothing and cost ~12 ms (the
    ledger, every schema file's checksum, the macros); opening a store as the app does is tested on its own
    (tests/db/test_migrations.py, test_upgrade.py, and every command and page)."""
    shutil.copyfile(template, path)
    connection = db.connect(path, migrate_schema=False)
    try:
        yield connection
    finally:
        connection.close()


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
    with copy_open(empty_template, db_path) as connection:
        yield connection


@pytest.fixture(scope="session")
def twelve_template(tmp_path_factory, empty_template: Path) -> Path:
    """The twelve hand-made leads of tests/helpers.py in a migrated store, written once per session (~60 ms each
    time): the fixtures that start from them copy it."""
    from tests.helpers import twelve

    path = tmp_path_factory.mktemp("twelve") / "twelve.duckdb"
    with copy_open(empty_template, path) as connection:
        twelve(connection)
    return path


@pytest.fixture
def twelve_con(db_path: Path, twelve_template: Path):
    """con, holding the twelve leads."""
    with copy_open(twelve_template, db_path) as connection:
        yield connection


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
    with copy_open(demo_template, tmp_path / "demo.duckdb") as connection:
        yield connection
