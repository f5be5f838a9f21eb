"""The customer journey's stages as the store defines them (docs/metrics.md, "The journey")."""

from __future__ import annotations

from typing import TypedDict

import duckdb

from smarketing import db

# The journey as sql/schema/001_core.sql writes it into the stages table (tests/db/test_migrations.py checks
# that they agree): the path in order, then the terminal stage off the path. Code that needs the codes
# before any store is open (a command's options, a sentence read) reads them here; with a store open, path() reads
# them from its table.
PATH = ("lead", "mql", "sql", "opportunity", "customer")
CODES = (*PATH, "lost")


class Stage(TypedDict):
    code: str
    position: int
    owner_function: str
    label_it: str
    label_en: str
    is_terminal: bool
    outcome: str | None           # won, lost; None on the path before the end


def stages(con: duckdb.DuckDBPyConnection) -> list[Stage]:
    return db.rows(con, "catalog/stages")  # type: ignore[return-value]


def path(rows: list[Stage]) -> tuple[str, ...]:
    """The path's stages in order, as the table holds them: every stage but the one whose outcome is lost, which
    sits off the path (reaching it reaches nothing before it)."""
    return tuple(s["code"] for s in sorted(rows, key=lambda s: s["position"]) if s["outcome"] != "lost")


def names(source: duckdb.DuckDBPyConnection | list[Stage]) -> dict[str, dict[str, str]]:
    """Each stage's name in each language, as the stages table holds them: {"customer": {"it": "Cliente", ...}};
    from the store, or from its rows already read."""
    return _names(stages(source) if isinstance(source, duckdb.DuckDBPyConnection) else source)


def _named_in(lang: str) -> str:
    """The language a stage is named in: English in English, Italian in any other."""
    return "en" if lang == "en" else "it"


def label_column(lang: str) -> str:
    """The column of a stage's name in a language, for a table of stages (charts)."""
    return f"label_{_named_in(lang)}"


def labels(rows: list[Stage], lang: str) -> dict[str, str]:
    """Each stage's name in a language, by its code."""
    return {code: named[_named_in(lang)] for code, named in _names(rows).items()}


def _names(rows: list[Stage]) -> dict[str, dict[str, str]]:
    return {s["code"]: {"it": s["label_it"], "en": s["label_en"]} for s in rows}
