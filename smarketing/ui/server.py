"""What one server process shares: the store it holds, the inbox it watches, the daily backup."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from pathlib import Path

import duckdb
import streamlit as st

from smarketing import backups, db, demo, digest, inbox, periods, storage
from smarketing.errors import SmarketingError
from smarketing.ui.language import lang, plain
from smarketing.ui.widgets import show_error

_LOG = logging.getLogger("smarketing")


def db_path() -> Path:
    """`streamlit run app.py -- --db PATH` wins, then $SMARKETING_DB, then ./smarketing.duckdb."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    known, _ = parser.parse_known_args(sys.argv[1:])
    return storage.resolve_path(known.db).resolve()


@st.cache_resource(show_spinner=False)
def _store(path: str) -> duckdb.DuckDBPyConnection:
    """One connection for the whole server process: DuckDB allows one writing process per file."""
    con = db.connect(path)
    demo.ensure(con, periods.today())
    folders = [storage.uploads_dir(), storage.staging_dir(), backups.folder_for(Path(path)), demo.DEMO_DIR]
    dropped = inbox.folder_for(Path(path))
    storage.lock_down(con, folders + ([dropped] if dropped else []))
    return con


def _stop_inbox(worker: inbox.Worker | None) -> None:
    if worker is not None:
        worker.stop()


@st.cache_resource(show_spinner=False, on_release=_stop_inbox)
def _inbox(path: str) -> inbox.Worker | None:
    """The one inbox watcher of this server process (docs/imports.md, "Inbox folder")."""
    folder = inbox.folder_for(Path(path))
    if folder is None:
        return None
    worker = inbox.Worker(lambda: _store(path).cursor(), folder)
    worker.start()
    return worker


def serve(argv: list[str]) -> int:
    """`streamlit run` in this process, the inbox watched from the start (smarketing.serve)."""
    from streamlit.web import cli as streamlit_cli

    # no watching of the app's own source files: a served app's code does not change under it, and the watcher
    # re-reads the path of every loaded module after each run of a page (~15% of the server's CPU over a walk of
    # six pages on the demo). `streamlit run app.py` (development) keeps reloading on save
    sys.argv = ["streamlit", "run", *argv, "--server.fileWatcherType", "none"]
    # the project's .streamlit/config.toml (localhost only, XSRF, no usage statistics) is found from here,
    # whatever folder the server was started from: the ASGI script (smarketing/ui/asgi.py) is not beside it
    os.chdir(storage.ROOT)
    # the same cached store and watcher a session would create: one per process, whoever comes first. Without an
    # inbox nothing starts: the store stays untouched until a visit, from the server's first moment
    if not inbox.switched_off():
        threading.Thread(target=start_inbox, args=(False,), name="smarketing-inbox-start", daemon=True).start()
    return streamlit_cli.main()


def start_inbox(visit: bool = True) -> None:
    """Watch the inbox, and send the weekly digest when it is due, from the server's start (smarketing.serve)
    and, should that not have run, from the first visit. Without an inbox the server leaves the store alone
    until a visit (a scheduler's commands may use it meanwhile, `digest send` among them)."""
    try:
        watching = _inbox(str(db_path())) is not None
        if watching or visit:
            _digest(str(db_path()))
    except SmarketingError as exc:
        _LOG.error("inbox not watched: %s", exc)


def _stop_digest(worker: digest.Worker) -> None:
    worker.stop()


@st.cache_resource(show_spinner=False, on_release=_stop_digest)
def _digest(path: str) -> digest.Worker:
    """The one digest sender of this server process (digest.py): it sends only once Settings names a channel."""
    worker = digest.Worker(lambda: _store(path).cursor())
    worker.start()
    return worker


@st.cache_resource(show_spinner=False)
def daily_backup(path: str, day: str) -> None:
    """Once per store and day per server process, whichever session comes first."""
    try:
        backups.daily(_store(path).cursor())
    except SmarketingError as exc:
        # a full disk must not keep the team out of the app: say it, and try again tomorrow
        st.warning(exc.message(lang(), escape=plain), icon=":material/backup:")


def cursor() -> duckdb.DuckDBPyConnection:
    """A fresh cursor for this rerun, so concurrent sessions never share a result set."""
    try:
        return _store(str(db_path())).cursor()
    except SmarketingError as exc:
        # the CLI's advice (--wait, --db) means nothing in a browser
        show_error(SmarketingError("error.db_locked_app") if exc.key == "error.db_locked" else exc)
        st.stop()
