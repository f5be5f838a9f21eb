"""The DuckDB store: where it lives, opening it, migrating it, and running the named SQL files."""

from __future__ import annotations

import atexit
import errno
import hashlib
import os
import re
import shutil
import tempfile
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from smarketing.errors import SmarketingError

ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = ROOT / "sql"
SCHEMA_DIR = SQL_DIR / "schema"
MACRO_DIR = SQL_DIR / "macros"
ENV_VAR = "SMARKETING_DB"
DEFAULT_PATH = "smarketing.duckdb"

_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
# Schema files that change a derived table: once the last schema file is applied, the table is filled
# again from the data an older version left behind, with today's SQL (which knows today's columns).
_REFILL_AFTER = {"006_lead_journeys", "007_journey_first_date", "011_deals"}
_REFILL = ("journeys/touched", "journeys/rebuild")
# Schema files whose comments were reworded after a release had applied them (their statements are the
# same): the checksum that release recorded is accepted too.
_EARLIER_TEXTS = {
    11: {"358f71a82a3af8778ca7ca3c2a09e8fa82434e7b7f96898bf652b19e055258a1"},
    12: {"e4198ecfaf703a9596466dbc6e57c6194233ca576ba82fe3a3d3636bfa974e89"},
}


def resolve_path(cli_value: str | os.PathLike | None = None) -> Path:
    """--db wins, then $SMARKETING_DB, then ./smarketing.duckdb."""
    value = cli_value or os.environ.get(ENV_VAR) or DEFAULT_PATH
    return Path(value).expanduser()


def connect(path: str | os.PathLike, *, migrate_schema: bool = True, wait: float = 0) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the database at `path` and bring its schema up to date. DuckDB lets one
    process write a file: while another holds it, retry for up to `wait` seconds, then say so."""
    path = Path(path)
    if not path.parent.exists():
        raise SmarketingError("error.db_folder_missing", folder=str(path.parent))
    deadline = time.monotonic() + max(wait, 0)
    while True:
        try:
            con = duckdb.connect(str(path))
            break
        except duckdb.IOException as exc:
            if (full := disk_error(exc, path)) is not None:
                raise full from exc
            if "lock" not in str(exc).lower():
                raise SmarketingError("error.db_unreadable", path=str(path)) from exc
            if time.monotonic() >= deadline:
                raise SmarketingError("error.db_locked", path=str(path)) from exc
            time.sleep(min(0.5, max(deadline - time.monotonic(), 0.01)))
        except duckdb.Error as exc:
            raise disk_error(exc, path) or SmarketingError("error.db_unreadable", path=str(path)) from exc
    # this process now holds the file for writing: staging left behind by a killed import can go
    remove_orphaned_scratch()
    if migrate_schema:
        migrate(con)
    return con


# What the operating system and DuckDB say when a write finds no room: a full disk, a user's quota, a
# limit on the size of one file (ulimit -f). DuckDB words it 'Could not write file "PATH": <reason>'.
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_FULL_WORDS = ("no space left on device", "file too large", "disk quota exceeded", "could not write all bytes",
               "max_temp_directory_size")
_WRITTEN_FILE = re.compile(r'(?:write|writing|to|file) "([^"]+)"', re.IGNORECASE)


def disk_error(exc: BaseException, where: str | os.PathLike | None = None) -> SmarketingError | None:
    """The plain message for an exception a full disk caused (directly, or as the cause or context of the
    one raised), naming the folder that is full; None for any other exception. `where` is the file or
    folder being written when the exceptions do not say; failing that, the system's temporary folder, where
    the only writes that name no file happen (an import's staging, an upload). The CLI turns these into
    error.disk_full at its boundary; the pages call it where they catch a write's failure."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, SmarketingError):
            if current.key == "error.disk_full":
                return current
            where = where or current.params.get("path") or current.params.get("folder")
        if isinstance(current, OSError) and current.errno in _FULL_ERRNOS:
            return SmarketingError("error.disk_full", folder=_full_folder(current.filename or where))
        if isinstance(current, duckdb.Error) and any(w in str(current).lower() for w in _FULL_WORDS):
            named = _WRITTEN_FILE.search(str(current))
            return SmarketingError("error.disk_full", folder=_full_folder(named.group(1) if named else where))
        current = current.__cause__ or current.__context__
    return None


def _full_folder(file: str | os.PathLike | None) -> str:
    """The folder to free space in: the file's own, or the system's temporary folder for files in a
    scratch folder (a random name that means nothing to whoever frees the space)."""
    temp = Path(tempfile.gettempdir()).absolute()
    if not file:
        return str(temp)
    path = Path(os.fsdecode(file)).absolute()
    if path.is_relative_to(temp) and path.relative_to(temp).parts[:1] and \
            path.relative_to(temp).parts[0].startswith(_SCRATCH_PREFIX):
        return str(temp)
    return str(path if path.is_dir() else path.parent)


_SCRATCH_VAR = "SMARKETING_SCRATCH"


def scratch() -> Path:
    """This process's own folder for uploads (ui.save_upload) and the importer's staging. mkdtemp makes it
    owner-only under a name nobody can guess, so no other account on the machine can plant a file or a link
    in it or read a customer list left there; it is removed when the process ends. Its name is kept in the
    environment with the process id: Streamlit reloads these modules when their files change, while the
    app's connection, locked to the folder, lives on; a child process makes its own."""
    owner, _, kept = os.environ.get(_SCRATCH_VAR, "").partition(":")
    if owner == str(os.getpid()) and Path(kept).is_dir():
        return Path(kept)
    folder = Path(tempfile.mkdtemp(prefix=_SCRATCH_PREFIX))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    # who made it, so that the next process can remove it if this one is killed before its exit
    (folder / _OWNER_FILE).write_text(f"{os.getpid()} {_pid_namespace()}\n", encoding="utf-8")
    os.environ[_SCRATCH_VAR] = f"{os.getpid()}:{folder}"
    return folder


_SCRATCH_PREFIX = "smarketing-"
_OWNER_FILE = "owner"


def remove_orphaned_scratch() -> list[Path]:
    """Remove the scratch folders of processes that no longer run: an import killed (SIGKILL, out of
    memory, power cut) before its exit leaves the staged copy of a customer file there. A folder is
    removed only when its owner file names a process of this machine's process namespace that has ended;
    the folder of a live process (the app's uploads, another store's import) is never touched, nor one
    from a version that wrote no owner file. Returns the folders removed."""
    removed = []
    base = Path(tempfile.gettempdir())
    namespace = _pid_namespace()
    try:
        entries = [e for e in os.scandir(base) if e.name.startswith(_SCRATCH_PREFIX)]
    except OSError:
        return removed
    for entry in entries:
        try:
            if not entry.is_dir(follow_symlinks=False) or entry.stat(follow_symlinks=False).st_uid != os.getuid():
                continue
            pid_text, _, owner_namespace = (Path(entry.path) / _OWNER_FILE).read_text(encoding="utf-8").strip(
                ).partition(" ")
            pid = int(pid_text)
        except (OSError, ValueError):
            continue
        if pid == os.getpid() or owner_namespace != namespace or _running(pid):
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        removed.append(Path(entry.path))
    return removed


def _pid_namespace() -> str:
    """The process id namespace (Linux): a process id means something only within its own one."""
    try:
        return os.readlink("/proc/self/ns/pid")
    except OSError:
        return "-"


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True                     # someone else's process, alive
    try:
        # a killed child its parent has not waited for yet is a zombie: it runs no more
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def uploads_dir() -> Path:
    return scratch() / "uploads"


def staging_dir() -> Path:
    return scratch() / "staging"


def lock_down(con: duckdb.DuckDBPyConnection, readable: list[Path]) -> None:
    """Keep a long-lived connection (the app's) to its own folders: SQL that reaches it through any input
    cannot read or write other files, fetch URLs, install or load extensions, or change these settings
    back. `readable` are the folders it may still use."""
    folders = []
    for folder in readable:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise disk_error(exc, folder) or SmarketingError(
                "error.folder_unwritable", folder=str(folder), detail=str(exc)) from exc
        folders.append("'" + (str(folder.resolve()) + os.sep).replace("'", "''") + "'")
    con.execute(f"set allowed_directories = [{', '.join(folders)}]")
    con.execute("set autoinstall_known_extensions = false")
    con.execute("set autoload_known_extensions = false")
    con.execute("set enable_external_access = false")
    con.execute("set lock_configuration = true")


def migrations() -> list[tuple[int, str, Path]]:
    """Schema files in the order they are applied: sql/schema/NNN_name.sql."""
    found = []
    for file in SCHEMA_DIR.iterdir():
        match = _MIGRATION_NAME.match(file.name)
        if match:
            found.append((int(match.group(1)), file.stem, file))
    found.sort()
    versions = [v for v, _, _ in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two schema files share a number: {versions}")
    return found


def applied_migrations(con: duckdb.DuckDBPyConnection) -> list[int]:
    _ensure_ledger(con)
    return [row[0] for row in con.execute("select version from schema_migrations order by version").fetchall()]


def migrate(con: duckdb.DuckDBPyConnection, upto: int | None = None) -> list[str]:
    """Apply every schema file not applied yet, each in its own transaction, then (up to the last one)
    create the macros again; return the names applied. A schema file changed since it was applied stops
    here with a message: the database would silently differ from a new one."""
    _ensure_ledger(con)
    recorded = dict(con.execute("select version, checksum from schema_migrations").fetchall())
    applied = []
    for version, name, file in migrations():
        if upto is not None and version > upto:
            continue
        text = file.read_text(encoding="utf-8")
        checksum = hashlib.sha256(text.encode()).hexdigest()
        if version in recorded:
            if recorded[version] != checksum and recorded[version] not in _EARLIER_TEXTS.get(version, ()):
                raise SmarketingError("error.migration_changed", name=name)
            continue
        with transaction(con):
            con.execute(text)
            con.execute("insert into schema_migrations (version, name, checksum) values (?, ?, ?)",
                        [version, name, checksum])
        applied.append(name)
    if upto is None or upto >= migrations()[-1][0]:
        create_macros(con)
        if _REFILL_AFTER & set(applied):
            with transaction(con):
                for name in _REFILL:
                    execute(con, name, batch_id=None)
    return applied


def create_macros(con: duckdb.DuckDBPyConnection) -> bool:
    """The macros of sql/macros/, created or replaced whenever the database's differ from them: a database
    made by an earlier release gets today's macros, as a new one does (macros hold no data). Which texts
    made them is kept in the settings table, so a command that only reads writes nothing; a macro that is
    missing (a restore that did not bring it) is made again too. True when they were (re)created."""
    files = sorted(MACRO_DIR.glob("*.sql"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    checksum = hashlib.sha256("\0".join(texts).encode()).hexdigest()
    present = {r[0] for r in con.execute(
        "select function_name from duckdb_functions() where function_type in ('macro', 'table_macro') "
        "and database_name = current_database()").fetchall()}
    kept = con.execute("select value from settings where key = 'macros'").fetchall()
    if kept == [(checksum,)] and {f.stem for f in files} <= present:
        return False
    with transaction(con):
        for text in texts:
            con.execute(text)
        con.execute("insert or replace into settings (key, value) values ('macros', ?)", [checksum])
    return True


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


_OPEN: weakref.WeakSet = weakref.WeakSet()  # connections inside a transaction() block


def _ensure_ledger(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "create table if not exists schema_migrations ("
        " version integer primary key, name varchar not null, checksum varchar not null,"
        " applied_at timestamp not null default current_timestamp)"
    )


@cache
def sql_text(name: str) -> str:
    """The text of sql/<name>.sql; `name` is a fixed identifier from the code, never user input."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def execute(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> duckdb.DuckDBPyConnection:
    """Run every statement of sql/<name>.sql, binding the $parameters each one uses; extra keyword
    arguments are ignored so callers can pass one set of filters to several files."""
    cur = con
    for statement in con.extract_statements(sql_text(name)):
        wanted = sorted(statement.named_parameters)
        missing = [p for p in wanted if p not in params]
        if missing:
            raise TypeError(f"sql/{name}.sql needs parameters {missing}")
        cur = con.execute(statement.query, {p: params[p] for p in wanted}) if wanted else con.execute(statement.query)
    return cur


def rows(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> list[dict[str, Any]]:
    cur = execute(con, name, **params)
    columns = [d[0] for d in cur.description]
    return [dict(zip(columns, row)) for row in cur.fetchall()]


def frame(con: duckdb.DuckDBPyConnection, name: str, **params: Any):
    """The result as a pandas DataFrame, for pages and charts."""
    return execute(con, name, **params).df()


def file_size(path: str | os.PathLike) -> int:
    """Bytes on disk, the write-ahead log included."""
    path = Path(path)
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + ".wal")) if p.exists())
