"""CSV imports that lose nothing: leads, stage updates and spend from any CRM or Excel export.

The names below are loaded when first used: a command that only needs the presets or the field names (the
CLI's --help) does not load the importer and DuckDB's SQL it builds."""

from __future__ import annotations

import importlib

__all__ = ["ImportOptions", "ImportResult", "list_batches", "run_import", "undo"]


def __getattr__(name: str):
    if name in __all__:
        return getattr(importlib.import_module("smarketing.importing.run"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
