"""Opening the store for a command: --db, then $SMARKETING_DB, then ./smarketing.duckdb; --wait for a file
another process holds."""

from __future__ import annotations

import argparse
import sys

import duckdb

from smarketing import db, storage
from smarketing.errors import SmarketingError
from smarketing.i18n import fmt_num, t


def open_store(args: argparse.Namespace, *, migrate: bool = True, create: bool = False) -> duckdb.DuckDBPyConnection:
    """The store for a command. Only `init` and `run` make one: any other command on a path with no store says so
    (a mistyped --db made a new empty store, and "Nessun obiettivo", a backup of nothing, an import into it)."""
    path = storage.resolve_path(args.db)
    if not create and not path.exists():
        raise SmarketingError("error.db_missing", path=str(path))
    wait = getattr(args, "wait", 0) or 0

    def waiting() -> None:
        # a command that seems to hang says why, on stderr: stdout stays the command's output
        print(t("cli.waiting", args.lang, path=str(path), seconds=fmt_num(wait, args.lang, 0)), file=sys.stderr,
              flush=True)

    return db.connect(path, migrate_schema=migrate, wait=wait, waiting=waiting)
