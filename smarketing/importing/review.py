"""What the Import page shows before anything is written: the mapping as an editable table, the first
rows with their problems marked, the unknown stage names to map. Pure functions over ImportResult."""

from __future__ import annotations

from smarketing.i18n import t
from smarketing.importing.fields import FIELDS
from smarketing.importing.run import ImportResult

IGNORE = ""  # the editor's choice for "leave this column out"


def mapping_rows(result: ImportResult) -> list[dict]:
    """One row per file column: its name and the field it feeds (IGNORE when none)."""
    by_column = {}
    for item in result.mapping:
        by_column.setdefault(item["column"], item["field"])
    return [{"column": name, "field": by_column.get(name, IGNORE)} for name in result.header]


def maps_from_rows(kind: str, rows: list[dict]) -> dict[str, str | None]:
    """The editor's table back to --map overrides: every field stated, so auto-mapping cannot add one
    the user removed. A field chosen twice keeps its first column."""
    chosen: dict[str, str | None] = {name: None for name in FIELDS[kind]}
    for row in rows:
        field = row.get("field") or IGNORE
        if field != IGNORE and chosen.get(field) is None:
            chosen[field] = row["column"]
    return chosen


def field_options(kind: str) -> list[str]:
    return [IGNORE, *FIELDS[kind]]


def field_label(code: str | None, lang: str) -> str:
    """A field as a person reads it ("Data di creazione"), never its code ("created_at")."""
    return t(f"import_field.{code or 'ignore'}", lang)


def problem_cells(result: ImportResult) -> dict[tuple[int, int | None], str]:
    """(preview row, column index or None for the whole row) -> reason code, for the previewed rows."""
    row_of_line = {line: i for i, line in enumerate(result.preview_lines)}
    index_of_column = {name: i for i, name in enumerate(result.header)}
    marks: dict[tuple[int, int | None], str] = {}
    for reject in result.all_rejects:
        row = row_of_line.get(reject["line"])
        if row is not None:
            marks.setdefault((row, index_of_column.get(reject["column"])), reject["code"])
    return marks


def preview_table(result: ImportResult) -> list[dict]:
    """The first records keyed by header, with the physical line first; short rows padded with ''."""
    width = len(result.header)
    table = []
    for line, values in zip(result.preview_lines, result.preview):
        cells = (values + [""] * width)[:width]
        table.append({"#": line, **dict(zip(result.header, cells))})
    return table
