"""The inbox folder: a CSV that the customer's own scheduler drops beside the store (`<db name>-inbox/`) is
imported by the running app, which holds the store (DuckDB lets one process write it), with the saved
mapping or built-in preset named in the file name, else the one its header matches. The file then goes to
`done/` or `failed/` with its result beside it, and the store records the outcome for the Import page and
the meeting agenda.

A file is read once its size and time have stood still for SETTLE_SECONDS: a copy still being written is
left alone."""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Required, TypedDict

import duckdb

from smarketing import db, periods, storage
from smarketing.errors import SmarketingError
from smarketing.importing import ImportOptions, detect, run_import, saved, undo
from smarketing.importing.fields import normalise
from smarketing.importing.presets import PRESETS
from smarketing.importing.reasons import note_text

ENV_FOLDER = "SMARKETING_INBOX"          # a folder, or "off"
ENV_POLL, ENV_SETTLE = "SMARKETING_INBOX_POLL", "SMARKETING_INBOX_SETTLE"
POLL_SECONDS, SETTLE_SECONDS = 10.0, 5.0
SUFFIXES = (".csv", ".txt", ".tsv")
BY = "inbox"
_LOG = logging.getLogger("smarketing.inbox")


def switched_off() -> bool:
    return os.environ.get(ENV_FOLDER, "").strip().lower() == "off"


def folder_for(db_path: Path) -> Path | None:
    """$SMARKETING_INBOX, else `<db name>-inbox` beside the store; None when switched off."""
    if switched_off():
        return None
    value = os.environ.get(ENV_FOLDER, "").strip()
    return Path(value).expanduser().resolve() if value else db_path.with_name(f"{db_path.stem}-inbox")


def _seconds(name: str, default: float) -> float:
    try:
        return max(float(os.environ.get(name, default)), 0.05)
    except ValueError:
        return default


@dataclass
class Watch:
    """What the last looks saw of each waiting file: its size and time, and since when they stand still."""
    seen: dict[str, tuple[int, int, float]] = field(default_factory=dict)
    settle: float = field(default_factory=lambda: _seconds(ENV_SETTLE, SETTLE_SECONDS))

    def settled(self, path: Path, now: float) -> bool:
        stamp = _stamp(path)
        if stamp is None:
            self.seen.pop(path.name, None)
            return False
        size, mtime = stamp
        before = self.seen.get(path.name)
        if before is None or before[:2] != (size, mtime):
            self.seen[path.name] = (size, mtime, now)
            return False
        return now - before[2] >= self.settle


def waiting(folder: Path) -> list[Path]:
    """The files to import, oldest first; hidden files, Office lock files and partial downloads are not."""
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES
             and not p.name.startswith((".", "~$"))]
    return sorted(files, key=lambda p: (p.stat().st_mtime_ns, p.name))


def poll(con: duckdb.DuckDBPyConnection, folder: Path, watch: Watch, now: float | None = None,
         clock: Callable[[], datetime] = periods.now) -> list[Outcome]:
    """One look at the folder: every settled file imported and moved; the results. `now` is the monotonic
    time settling is measured in, `clock` the day and time a result is stamped with."""
    now = time.monotonic() if now is None else now
    results = []
    for path in waiting(folder):
        if watch.settled(path, now):
            results.append(handle(con, folder, path, clock()))
            watch.seen.pop(path.name, None)
    return results


def choose(con: duckdb.DuckDBPyConnection, path: Path) -> str | None:
    """The mapping to use: the longest saved mapping or built-in preset name found in the file name, else
    the one its header matches."""
    stem = f" {normalise(path.stem)} "
    names = [r["name"] for r in saved.listing(con)] + list(PRESETS)
    named = [n for n in names if saved.key(n) and f" {saved.key(n)} " in stem]
    if named:
        return max(named, key=lambda n: len(saved.key(n)))
    found = saved.suggest(con, None, detect.header(path))
    return found.name if found else None


class Outcome(TypedDict, total=False):
    """What became of one file, as handle() returns it and writes it beside the file (<name>.result.json)."""

    status: Required[str]         # done, failed; waiting: written to while it was read, left for the next look
    file: Required[str]
    batch_id: int | None
    message_key: str | None       # why it failed, as a texts.toml key, and its parameters
    message_params: dict[str, Any] | None
    message: dict[str, Any]       # why it failed, in each language
    counts: dict[str, int]        # the batch's rows read, inserted, updated, unchanged, merged, skipped, rejected
    notes: dict[str, Any]         # the import's notes, in each language
    moved_to: str                 # done/<time>-<name> or failed/<time>-<name>
    mapping: str | None
    finished_at: str


def handle(con: duckdb.DuckDBPyConnection, folder: Path, path: Path, when: datetime | None = None) -> Outcome:
    """Import one file with its mapping, move it to done/ or failed/, write its result beside it, record it."""
    mapping = None
    outcome: Outcome
    stamp = _stamp(path)
    try:
        if path.is_symlink():
            # a "latest.csv" link to an export elsewhere: the store reads only files inside its own folders
            raise SmarketingError("error.inbox_link", file=path.name)
        mapping = choose(con, path)
        if mapping is None:
            raise SmarketingError("error.inbox_no_mapping", file=path.name)
        kind = saved.kind_of(con, mapping)
        result = run_import(con, path, ImportOptions(kind=kind, preset=mapping, created_by=BY, file_name=path.name))
    except Exception as exc:  # noqa: BLE001 - one file that cannot be read must never stop the files after it
        if _stamp(path) != stamp:
            # refused while it was still being written (only its header yet): it waits to be read whole
            _LOG.info("inbox: %s changed while it was read; left for the next look", path.name)
            return {"status": "waiting", "file": path.name}
        if not isinstance(exc, SmarketingError):
            # the cause goes to the server's log, never to the pages
            _LOG.exception("inbox: %s could not be imported", path.name)
            exc = SmarketingError("error.inbox_failed", file=path.name)
        outcome = {"status": "failed", "file": path.name, "batch_id": None, "message_key": exc.key,
                   "message_params": {**exc.params, "hints": exc.hints}, "message": _both(exc.message)}
    else:
        if _stamp(path) != stamp:
            # written to again while it was read (an export written page by page, with pauses): what was read is
            # taken back, and the file waits for its next quiet spell to be read whole
            undo(con, result.batch_id, BY)
            _LOG.info("inbox: %s changed while it was read; left for the next look", path.name)
            return {"status": "waiting", "file": path.name}
        outcome = {"status": "done", "file": path.name, "batch_id": result.batch_id, "message_key": None,
                   "message_params": None,
                   "counts": {k: getattr(result, k) for k in ("rows_read", "inserted", "updated", "unchanged",
                                                               "merged", "skipped", "rejected")},
                   "notes": _both(lambda lang: [note_text(n, lang) for n in result.notes])}
    when = when or periods.now()
    target = _move(folder, path, outcome["status"], when)
    outcome |= {"moved_to": str(target.relative_to(folder)), "mapping": mapping,
                "finished_at": when.isoformat(timespec="seconds")}
    storage.write_whole(target.with_name(target.name + ".result.json"),
                        json.dumps(outcome, ensure_ascii=False, indent=2, default=str))
    db.execute(con, "mappings/inbox_record", file_name=path.name, moved_to=outcome["moved_to"], finished_at=when,
               status=outcome["status"], mapping=mapping, batch_id=outcome["batch_id"],
               message_key=outcome["message_key"],
               message_params=json.dumps(outcome["message_params"], ensure_ascii=False, default=str)
               if outcome["message_params"] is not None else None)
    _LOG.info("inbox: %s %s", path.name, outcome["status"])
    return outcome


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _both(words: Callable[[str], object]) -> dict[str, Any]:
    return {"it": words("it"), "en": words("en")}


def _move(folder: Path, path: Path, status: str, when: datetime) -> Path:
    """Into done/ or failed/ under a name that starts with the time it was handled: the same nightly file
    name never overwrites last night's."""
    target_dir = folder / status
    target_dir.mkdir(exist_ok=True)
    target = target_dir / f"{when:%Y%m%d-%H%M%S}-{path.name}"
    counter = 1
    while target.exists():
        counter += 1
        target = target_dir / f"{when:%Y%m%d-%H%M%S}-{counter}-{path.name}"
    shutil.move(path, target)
    return target


class Run(TypedDict):
    """A file the inbox handled, with the counts of the batch it wrote (sql/mappings/inbox_runs.sql)."""

    run_id: int
    file_name: str
    moved_to: str                 # the folder it was moved to: done or failed
    finished_at: datetime
    status: str                   # done, failed (a file written to while it was read is "waiting": not recorded)
    mapping: str | None           # the saved mapping or built-in export it was read with
    batch_id: int | None
    message_key: str | None       # why it failed, as a texts.toml key, and its parameters
    message_params: dict[str, Any] | None
    rows_read: int | None
    inserted: int | None
    updated: int | None
    unchanged: int | None
    rejected: int | None
    batch_status: str | None


def runs(con: duckdb.DuckDBPyConnection, since: datetime | None = None, limit: int = 50,
         until: datetime | None = None) -> list[Run]:
    rows = db.rows(con, "mappings/inbox_runs", since=since or datetime(1970, 1, 1), until=until or datetime.max,
                   limit=limit)
    for row in rows:
        row["message_params"] = json.loads(row["message_params"]) if row["message_params"] else None
    return rows  # type: ignore[return-value]


def failed_since(con: duckdb.DuckDBPyConnection, since: datetime, until: datetime | None = None) -> list[Run]:
    """The files the inbox could not import from `since` to `until` (excluded), newest first."""
    return [r for r in runs(con, since, 100, until) if r["status"] == "failed"]


class Worker(threading.Thread):
    """Looks at the inbox every POLL seconds for as long as the server runs; one per server process."""

    def __init__(self, connect: Callable[[], duckdb.DuckDBPyConnection], folder: Path) -> None:
        super().__init__(name="smarketing-inbox", daemon=True)
        self.connect, self.folder = connect, folder
        self.watch = Watch()
        self.interval = _seconds(ENV_POLL, POLL_SECONDS)
        self.stopped = threading.Event()

    def run(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        while not self.stopped.is_set():
            try:
                poll(self.connect(), self.folder, self.watch)
            except Exception:  # noqa: BLE001 - one bad look must not end the watching; the log says why
                _LOG.exception("inbox: a look at %s failed", self.folder)
            self.stopped.wait(self.interval)

    def stop(self) -> None:
        """No further look (the store it was given is being closed)."""
        self.stopped.set()

