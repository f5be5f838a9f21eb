"""Where the store and its scratch files live, what a full disk is said as, the folders a long-lived
connection may still read (lock-down), and files written so that readers see them whole."""

from __future__ import annotations

import atexit
import errno
import os
import re
import shutil
import sys
import tempfile
import threading
from pathlib import Path

import duckdb

from smarketing.errors import SmarketingError

# the project's folder, whatever the working one: sql/, sample_data/, .streamlit/ are found from it
ROOT = Path(__file__).resolve().parent.parent
ENV_VAR = "SMARKETING_DB"
DEFAULT_PATH = "smarketing.duckdb"


def resolve_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then $SMARKETING_DB, then ./smarketing.duckdb."""
    value = cli_value or os.environ.get(ENV_VAR) or DEFAULT_PATH
    return Path(value).expanduser()


# What the operating system and DuckDB say when a write finds no room: a full disk, a user's quota, a
# limit on the size of one file (ulimit -f). DuckDB words it 'Could not write file "PATH": <reason>'.
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_FULL_WORDS = ("no space left on device", "file too large", "disk quota exceeded", "could not write all bytes",
               "max_temp_directory_size")
_WRITTEN_FILE = re.compile(r'(?:write|writing|to|file) "([^"]+)"', re.IGNORECASE)


def disk_error(exc: BaseException, where: str | os.PathLike[str] | None = None) -> SmarketingError | None:
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
            where = where or str(current.params.get("path") or current.params.get("folder") or "") or None
        if isinstance(current, OSError) and current.errno in _FULL_ERRNOS:
            return SmarketingError("error.disk_full", folder=_full_folder(current.filename or where))
        if isinstance(current, duckdb.Error) and any(w in str(current).lower() for w in _FULL_WORDS):
            named = _WRITTEN_FILE.search(str(current))
            return SmarketingError("error.disk_full", folder=_full_folder(named.group(1) if named else where))
        current = current.__cause__ or current.__context__
    return None


def _full_folder(file: str | os.PathLike[str] | None) -> str:
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
    removed: list[Path] = []
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


# a DuckDB database file says so in its first bytes: "DUCK" after an eight-byte checksum
_DUCKDB_MAGIC, _MAGIC_AT = b"DUCK", 8


def check_store(path: Path) -> None:
    """A folder, or a file with other content (a CSV, a Parquet file, notes), is no store: said before it is
    opened or touched. No file at all becomes a new store."""
    if path.is_dir():
        raise SmarketingError("error.db_is_folder", path=str(path))
    try:
        with path.open("rb") as file:
            head = file.read(_MAGIC_AT + len(_DUCKDB_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise SmarketingError("error.db_unreadable", path=str(path)) from exc
    if head and head[_MAGIC_AT:] != _DUCKDB_MAGIC:
        raise SmarketingError("error.db_not_store", path=str(path))


# the first bytes of files a mistyped --db may name that are surely no damaged store: a workbook (zip), an old .xls,
# Parquet, PDF, SQLite, a text in UTF-16 (Excel's "Unicode text")
_OTHER_FORMATS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"PAR1", b"%PDF", b"SQLite format 3", b"\xff\xfe", b"\xfe\xff")


def may_be_damaged_store(path: Path) -> bool:
    """Whether a file that no longer says it is a DuckDB database (check_store) may still be a damaged one: binary,
    and no other known format. A restore puts its backup in the place of such a file (kept aside); a CSV, a
    workbook or notes named by mistake are left as they are."""
    with path.open("rb") as file:
        head = file.read(4096)
    return b"\x00" in head and not head.startswith(_OTHER_FORMATS)


def log_of(path: Path) -> Path:
    """The store's write-ahead log, beside it."""
    return path.with_name(path.name + ".wal")


def private_files(path: Path) -> None:
    """The store holds the whole customer base: it and its write-ahead log are readable by the server's account
    only. From here on everything this process writes (a new log after each checkpoint, backups, uploads) is
    made so; a store made before that is put right."""
    os.umask(0o077)
    for file in (path, log_of(path)):
        try:
            if file.stat().st_mode & 0o077:
                file.chmod(0o600)
        except OSError:
            continue            # not there (yet), or not ours to change: DuckDB says what matters on opening


def file_size(path: str | os.PathLike[str]) -> int:
    """Bytes on disk, the write-ahead log included."""
    path = Path(path)
    return sum(p.stat().st_size for p in (path, log_of(path)) if p.exists())


def write_whole(path: Path, content: str | bytes) -> None:
    """Text (UTF-8) or bytes in a file that readers see whole or not at all: a script polling the inbox's done/
    folder for results, the next process reading a cache. Written beside it under a hidden name of this writer's
    own, then put in its place in one step (a rename within a folder), so no reader opens it empty or cut."""
    partial = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.partial")
    try:
        if isinstance(content, bytes):
            partial.write_bytes(content)
        else:
            partial.write_text(content, encoding="utf-8")
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def keep_beside_bytecode(path: Path, content: str | bytes, replaces: str | None = None) -> None:
    """A cache for the next process in a __pycache__ folder, as Python keeps a module's bytecode, and under the
    same rule: nothing is written when Python is told to write no bytecode, and a folder that cannot be written
    (a read-only install) leaves the next process to work it out again. `replaces`: the earlier caches it stands
    for (a glob in that folder), removed first."""
    if sys.dont_write_bytecode:
        return
    try:
        path.parent.mkdir(exist_ok=True)
        for old in path.parent.glob(replaces) if replaces else ():
            old.unlink(missing_ok=True)
        write_whole(path, content)
    except OSError:
        pass
