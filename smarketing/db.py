"""The DuckDB store: opening it, transactions, and running the named SQL files of sql/. Where it lives is
storage.py, its schema's history migrations.py."""

from __future__ import annotations

import os
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from smarketing import storage
from smarketing.errors import SmarketingError

SQL_DIR = storage.ROOT / "sql"
MEMORY_VAR = "SMARKETING_MEMORY"
# DuckDB's own default is 80% of the machine's memory: a million-row import then peaks past a gigabyte
# (bench/import_bench.py); held here, DuckDB spills to a file beside the store and the import stays under 1 GB
# (docs/import-limits.md gives the measured peak)
MEMORY_DEFAULT = "700MB"
# how many threads DuckDB runs a statement on; unset, one per core (DuckDB's own default). A machine that runs
# several stores at once (the test suite's two processes on two cores) gives each fewer, rather than every small
# statement waiting on threads that compete for the same cores
THREADS_VAR = "SMARKETING_THREADS"
# what DuckDB's IOException says when the store's file or folder cannot be written (strerror's words)
_READ_ONLY = ("Read-only file system", "Permission denied")


def connect(path: str | os.PathLike[str], *, migrate_schema: bool = True, wait: float = 0,
            waiting: Callable[[], None] | None = None) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the database at `path` and bring its schema up to date. DuckDB lets one
    process write a file: while another holds it, retry for up to `wait` seconds (calling `waiting` once,
    as the wait begins), then say so."""
    path = Path(path)
    if not path.parent.exists():
        raise SmarketingError("error.db_folder_missing", folder=str(path.parent))
    # checked before anything is changed: DuckDB opens a CSV or a Parquet file as a database held in memory, which
    # keeps nothing, and a mistyped --db must never have its permissions narrowed
    storage.check_store(path)
    storage.private_files(path)
    deadline = time.monotonic() + max(wait, 0)
    while True:
        try:
            con = duckdb.connect(str(path))
            break
        except duckdb.IOException as exc:
            if (full := storage.disk_error(exc, path)) is not None:
                raise full from exc
            if any(words in str(exc) for words in _READ_ONLY):
                # a read-only folder (a mount, a copy on a share) is no damage: said so, nothing was touched
                raise SmarketingError("error.db_read_only", path=str(path), folder=str(path.parent)) from exc
            if "lock" not in str(exc).lower():
                raise SmarketingError("error.db_unreadable", path=str(path)) from exc
            if time.monotonic() >= deadline:
                raise SmarketingError("error.db_locked", path=str(path)) from exc
            if waiting is not None:
                waiting()
                waiting = None
            time.sleep(min(0.5, max(deadline - time.monotonic(), 0.01)))
        except duckdb.Error as exc:
            raise storage.disk_error(exc, path) or SmarketingError("error.db_unreadable", path=str(path)) from exc
    _limit_resources(con)
    _check_ours(con, path)
    # this process now holds the file for writing: staging left behind by a killed import can go
    storage.remove_orphaned_scratch()
    if migrate_schema:
        from smarketing import migrations  # it runs SQL through this module

        migrations.migrate(con)
    return con


def _check_ours(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Another application's DuckDB file (tables, none of them our schema's history) is no store: left as it is,
    never given our tables beside its own, nor half migrated where a table of the same name stands."""
    tables = {name for (name,) in con.execute(
        "select table_name from duckdb_tables() where not temporary and database_name = current_database()").fetchall()}
    if tables and "schema_migrations" not in tables:
        con.close()
        raise SmarketingError("error.db_other_app", path=str(path))


def _limit_resources(con: duckdb.DuckDBPyConnection) -> None:
    """The memory and threads DuckDB may use ($SMARKETING_MEMORY, $SMARKETING_THREADS)."""
    if con.execute("select current_setting('lock_configuration')").fetchall()[0][0]:
        # a second connection to a store this process already opened (the app's, locked down): the
        # database, its memory and threads, were set up by the first
        return
    value = os.environ.get(MEMORY_VAR, MEMORY_DEFAULT).strip()
    try:
        con.execute("set memory_limit = '" + value.replace("'", "") + "'")
    except duckdb.Error as exc:
        con.close()
        raise SmarketingError("error.memory_setting", name=MEMORY_VAR, value=value) from exc
    threads = os.environ.get(THREADS_VAR, "").strip()
    if threads:
        if not threads.isdigit() or not 0 < int(threads) <= 1024:
            con.close()
            raise SmarketingError("error.threads_setting", name=THREADS_VAR, value=threads)
        con.execute(f"set threads = {int(threads)}")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All or nothing: commit when the block ends, roll back when it raises. Inside another transaction
    the block joins it, so the outer block decides for both."""
    if con in _OPEN:
        yield con
        return
    con.execute("begin transaction")
    _OPEN.add(con)
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    else:
        con.execute("commit")
    finally:
        _OPEN.discard(con)


_OPEN: weakref.WeakSet[duckdb.DuckDBPyConnection] = weakref.WeakSet()  # connections inside a transaction() block


@cache
def sql_text(name: str) -> str:
    """The text of sql/<name>.sql; `name` is a fixed identifier from the code, never user input."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


_statements: dict[str, list[tuple[duckdb.Statement, list[str]]]] = {}


def statements(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[duckdb.Statement, list[str]]]:
    """The statements of sql/<name>.sql, parsed once per process, each with the $parameters it uses. A page runs
    the same files on every visit, and DuckDB runs a parsed statement (a copy of it) without reading its text
    again: parsing took a fifth of a metric's time (metrics/conversion on the demo 8.7 ms, 6.9 ms parsed once)."""
    if name not in _statements:
        _statements[name] = [(s, sorted(s.named_parameters)) for s in con.extract_statements(sql_text(name))]
    return _statements[name]


def execute(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> duckdb.DuckDBPyConnection:
    """Run every statement of sql/<name>.sql, binding the $parameters each one uses; extra keyword
    arguments are ignored so callers can pass one set of filters to several files."""
    cur = con
    for statement, wanted in statements(con, name):
        missing = [p for p in wanted if p not in params]
        if missing:
            raise TypeError(f"sql/{name}.sql needs parameters {missing}")
        cur = con.execute(statement, {p: params[p] for p in wanted}) if wanted else con.execute(statement)
    return cur


def rows(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> list[dict[str, Any]]:
    cur = execute(con, name, **params)
    columns = [d[0] for d in cur.description]
    return [dict(zip(columns, row)) for row in cur.fetchall()]


def frame(con: duckdb.DuckDBPyConnection, name: str, **params: Any):
    """The result as a pandas DataFrame, for a chart's data (overview.weekly_stage_entries)."""
    return execute(con, name, **params).df()
