"""Backups of the whole store with DuckDB's EXPORT DATABASE (schema, data as Parquet, and our manifest of
row counts, sequence positions and every file's checksum); restore into a fresh file that replaces the old
one only once every table checks out; automatic backups before the operations that change much at once.

A restore never runs SQL found in the backup's folder (schema.sql, load.sql are there for DuckDB's own
IMPORT DATABASE, by hand): the fresh file gets the schema from our migrations, at the backup's version, and
each table's rows from its Parquet file, read through a connection locked down to that folder."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import NotRequired, TypedDict, cast

import duckdb

from smarketing import db, migrations, periods, storage
from smarketing.errors import SmarketingError

MANIFEST = "smarketing-backup.json"
KEEP_AUTOMATIC = 10


def database_file(con: duckdb.DuckDBPyConnection) -> Path | None:
    """The file behind a connection; None for an in-memory store."""
    found = con.execute("select path from duckdb_databases() where database_name = current_database()").fetchone()
    return Path(found[0]) if found and found[0] else None


def folder_for(db_path: Path) -> Path:
    """Where automatic backups of a store go: beside it, in <name>-backups/."""
    return db_path.parent / f"{db_path.stem}-backups"


class Manifest(TypedDict):
    """What a backup holds (smarketing-backup.json): when, at which schema version, each table's rows, each
    sequence's last value and each file's SHA-256 (backups made before those were recorded have neither)."""

    created_at: str
    schema_version: int
    tables: dict[str, int]
    sequences: NotRequired[dict[str, int]]
    files: NotRequired[dict[str, str]]


class Restored(Manifest):
    previous_file: str | None      # where the replaced store was kept; None when there was none
    access_kept: bool              # who may come in is the replaced store's, not the backup's


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = [r[0] for r in con.execute(
        "select table_name from duckdb_tables() where not temporary and database_name = current_database() "
        "order by table_name").fetchall()]
    if not tables:
        return {}
    # table names come from DuckDB's own catalog; one query, as this runs before every import
    found = con.execute(" union all ".join(
        f"select '{name}', count(*) from \"{name}\"" for name in tables)).fetchall()
    return {name: count for name, count in sorted(found)}


def backup(con: duckdb.DuckDBPyConnection, folder: str | Path) -> Manifest:
    """Write the whole store to `folder` (new or empty); returns the manifest."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise SmarketingError("error.backup_not_folder", folder=str(folder))
    if folder.exists() and any(folder.iterdir()):
        raise SmarketingError("error.backup_not_empty", folder=str(folder))
    existed = folder.exists()
    manifest: Manifest = {"created_at": datetime.now().isoformat(timespec="seconds"),
                          "schema_version": migrations.applied(con)[-1], "tables": counts(con),
                          "sequences": dict(con.execute(
                              "select sequence_name, last_value from duckdb_sequences() where database_name = "
                              "current_database() and last_value is not null").fetchall())}
    try:
        # the whole customer base is in there: readable by the server's account only
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder.chmod(0o700)
        con.execute(f"export database '{_quoted(folder)}' (format parquet)")
        manifest["files"] = {p.name: _sha256(p) for p in sorted(folder.iterdir())}
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    except (duckdb.Error, OSError) as exc:
        # a full disk or a folder it may not write: no half backup is left to be mistaken for a whole one
        # (an empty folder the administrator made stays, empty)
        shutil.rmtree(folder, ignore_errors=True)
        if existed:
            folder.mkdir(exist_ok=True)
        raise SmarketingError("error.backup_failed", folder=str(folder), detail=_first_line(exc)) from exc
    return manifest


def automatic(con: duckdb.DuckDBPyConnection, reason: str,
              clock: Callable[[], datetime] = periods.now) -> Path | None:
    """A backup before an import or the demo's removal, or the day's, kept with the last few of the same
    reason; none for an empty or in-memory store, which has nothing to lose. Named by `clock`'s time: the app's
    day at the machine's time, as every stamp of the app, so that the day's backup and the others sort in the
    order they were taken (Settings lists them newest first) whatever day SMARKETING_TODAY fixes."""
    path = database_file(con)
    if path is None or not con.execute(
            "select exists (from leads) or exists (from spend) or exists (from objectives) or exists (from meetings)"
    ).fetchall()[0][0]:
        return None
    target = folder_for(path) / f"{clock():%Y%m%d-%H%M%S-%f}-{reason}"
    with _in_words(target.parent):
        backup(con, target)
        same = sorted(p for p in target.parent.iterdir() if p.is_dir() and p.name.endswith(f"-{reason}"))
        for old in same[:-KEEP_AUTOMATIC]:
            shutil.rmtree(old, ignore_errors=True)
    return target


def daily(con: duckdb.DuckDBPyConnection) -> Path | None:
    """The day's backup, taken by the app on the first use of the day: while the app runs it holds the
    file, so a nightly backup from outside could not open it."""
    path = database_file(con)
    if path is None:
        return None
    folder = folder_for(path)
    day = periods.today()
    with _in_words(folder):
        if folder.is_dir() and any(p.name.startswith(f"{day:%Y%m%d}-") and p.name.endswith("-daily")
                                   for p in folder.iterdir()):
            return None
    return automatic(con, "daily")


@contextmanager
def _in_words(folder: Path) -> Iterator[None]:
    """Whatever the disk says while backing up (full, gone, not allowed) becomes a message for the person
    who asked, on the page or the command line."""
    try:
        yield
    except OSError as exc:
        raise SmarketingError("error.backup_failed", folder=str(folder), detail=_first_line(exc)) from exc


def restore(db_path: str | Path, folder: str | Path, wait: float = 0) -> Restored:
    """Rebuild the store from a backup. The data goes into a new file first and is checked table by table
    against the manifest; only then is the old file moved aside (kept, renamed) and the new one put in
    its place. Returns the manifest with where the old file went."""
    db_path, folder = Path(db_path), Path(folder)
    manifest = _manifest(folder)
    fresh = db_path.with_name(f"{db_path.name}.restoring")
    try:
        fresh.unlink(missing_ok=True)
        _load(fresh, folder, manifest)
        # the schema of today, as any older store gets it
        db.connect(fresh).close()
        kept = None
        access_kept = False
        if db_path.exists():
            _not_in_use(db_path, wait)
            # a backup brings the data back, never someone removed since: who may come in, and their passwords,
            # stay as they are now (a store that lets nobody in yet takes the backup's)
            access_kept = _keep_access(db_path, fresh)
        if db_path.exists() or storage.log_of(db_path).exists():
            kept = db_path.with_name(f"{db_path.stem}.before-restore-{datetime.now():%Y%m%d-%H%M%S-%f}"
                                     f"{db_path.suffix}")
            _move(db_path, kept)
        try:
            fresh.rename(db_path)
        except OSError:
            if kept:
                _move(kept, db_path)            # the old file goes back where it was
            raise
    except (duckdb.Error, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            # the folder cannot be written: said in the store's words, never the system's English
            raise SmarketingError("error.db_read_only", path=str(db_path), folder=str(db_path.parent)) from exc
        raise SmarketingError("error.restore_failed", folder=str(folder), detail=_first_line(exc)) from exc
    finally:
        # whatever stopped it (a broken backup, the app holding the file), no half-built file stays behind
        for leftover in (fresh, storage.log_of(fresh)):
            # (a folder that cannot be written, read-only, has none: what stopped it is said, not this)
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    # (a log alone, with no store beside it, is what was kept: named, not a file that is not there)
    previous = None if kept is None else kept if kept.exists() else storage.log_of(kept)
    return Restored(**manifest, previous_file=str(previous) if previous else None, access_kept=access_kept)


def _move(store: Path, to: Path) -> None:
    """A store and its write-ahead log to another name, together: a log left behind is replayed into the next file
    of that name (a restored store then cannot be opened), and the old store kept without it misses its last
    transactions. Either may be missing (a log with no store is what a store copied over by hand leaves)."""
    for source, target in ((store, to), (storage.log_of(store), storage.log_of(to))):
        if source.exists():
            source.rename(target)


_ACCESS_TABLES = ("access_rules", "passwords")


def _keep_access(current: Path, fresh: Path) -> bool:
    """The current store's allow-list and passwords into the restored one, when it has any; whether it had. A store
    that cannot be read (the damage a restore is for) has none to keep."""
    try:
        old = db.connect(current)
    except (SmarketingError, duckdb.Error):
        return False
    try:
        rows = {table: old.execute(f'select * from "{table}"').fetchall() for table in _ACCESS_TABLES}
        columns = {table: [d[0] for d in old.execute(f'select * from "{table}" limit 0').description]
                   for table in _ACCESS_TABLES}
    finally:
        old.close()
    if not any(rows.values()):
        return False
    new = db.connect(fresh)
    try:
        with db.transaction(new):
            for table in _ACCESS_TABLES:
                # the names are our own tables and their columns as DuckDB lists them, never text from a file
                new.execute(f'delete from "{table}"')
                if rows[table]:
                    marks = ", ".join("?" for _ in columns[table])
                    new.executemany(f'insert into "{table}" ({", ".join(columns[table])}) values ({marks})',
                                    rows[table])
    finally:
        new.close()
    return True


def _load(fresh: Path, folder: Path, manifest: Manifest) -> None:
    """The backup's rows into a new file with the schema of the backup's version: only our migrations make
    tables, and every table's rows come from its own Parquet file, read through a connection that may read
    nothing but the backup's folder."""
    known = migrations.files()[-1][0]
    if manifest["schema_version"] > known:
        raise SmarketingError("error.backup_newer", folder=str(folder), version=manifest["schema_version"],
                              known=known)
    con = db.connect(fresh, migrate_schema=False)
    try:
        migrations.migrate(con, upto=manifest["schema_version"])
        ours = set(counts(con))
        unknown = sorted(set(manifest["tables"]) - ours)
        if unknown or manifest["schema_version"] not in migrations.applied(con):
            raise SmarketingError("error.backup_invalid", folder=str(folder))
        storage.lock_down(con, [folder])
        with db.transaction(con):
            for table in sorted(manifest["tables"]):
                data = folder / f"{table}.parquet"
                # the name is one of our own tables (checked above), never text from the folder; what the
                # migrations wrote in it (the stages, the migrations' own record) gives way to the backup's rows
                con.execute(f'delete from "{table}"')
                if manifest["tables"][table] or data.exists():
                    con.execute(f'insert into "{table}" by name select * from read_parquet(?)', [str(data)])
            _continue_sequences(con, manifest.get("sequences", {}))
        if counts(con) != {t: manifest["tables"].get(t, 0) for t in ours}:
            raise SmarketingError("error.restore_mismatch", folder=str(folder))
    finally:
        con.close()


def _continue_sequences(con: duckdb.DuckDBPyConnection, recorded: dict[str, int]) -> None:
    """Numbering goes on after the restored rows: each sequence past the position the backup recorded and
    past the highest number its table holds (a backup made before positions were recorded has only that)."""
    columns = con.execute(
        "select table_name, column_name, regexp_extract(column_default, 'nextval\\(''([a-z_]+)''\\)', 1) "
        "from duckdb_columns() where database_name = current_database() and column_default like 'nextval(%'"
    ).fetchall()
    for table, column, sequence in columns:
        highest = con.execute(f'select coalesce(max("{column}"), 0) from "{table}"').fetchall()[0][0]
        wanted = max(int(recorded.get(sequence) or 0), int(highest))
        if wanted:
            con.execute(f"select max(nextval('{sequence}')) from range(?)", [wanted])


def _not_in_use(db_path: Path, wait: float) -> None:
    """Nobody may be writing the old file while it is moved: take its lock first, as any writer would. A file
    too damaged to open is held by nobody, and is the very reason for most restores."""
    try:
        db.connect(db_path, migrate_schema=False, wait=wait).close()
    except SmarketingError as exc:
        # (its first bytes gone too, it no longer says it is a database at all; the restore keeps it aside) - but a
        # CSV or a workbook named by mistake is refused, as every other command refuses it
        if exc.key == "error.db_not_store" and storage.may_be_damaged_store(db_path):
            return
        if exc.key != "error.db_unreadable":
            raise


def _manifest(folder: Path) -> Manifest:
    """A backup's manifest (the row count of each table in "tables"), its files checked against the checksums
    it recorded when it was taken; a folder that is not a readable backup, or no longer the one taken, is
    said so."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        tables = manifest["tables"]
        if not (folder / "schema.sql").is_file() or not isinstance(tables, dict) or \
                not isinstance(manifest["schema_version"], int) or \
                not all(isinstance(n, int) for n in tables.values()):
            raise ValueError(tables)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SmarketingError("error.backup_invalid", folder=str(folder)) from exc
    # a backup made before checksums were recorded has none: its rows are still checked against their counts
    for name, digest in (manifest.get("files") or {}).items():
        file = folder / Path(name).name
        if not file.is_file() or _sha256(file) != digest:
            raise SmarketingError("error.backup_changed", folder=str(folder), file=Path(name).name)
    return cast(Manifest, manifest)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0]


def _quoted(path: Path) -> str:
    """A path inside a SQL string literal (EXPORT and IMPORT take no parameters)."""
    return str(path.resolve()).replace("'", "''")
