"""Opening the store for a command: --db, then $SMARKETING_DB, then ./smarketing.duckdb; --wait for a file
another process holds."""

from __future__ import annotations

import argparse

import duckdb

from smarketing import db, storage


def open_store(args: argparse.Namespace, *, migrate: bool = True) -> duckdb.DuckDBPyConnection:
    return db.connect(storage.resolve_path(args.db), migrate_schema=migrate, wait=getattr(args, "wait", 0) or 0)
