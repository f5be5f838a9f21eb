"""What the Import page shows: the mapping as an editable table, the first rows with their problems marked,
the unknown stage names to map, the formats to choose from, the inbox's results. Pure functions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import duckdb

from smarketing import inbox
from smarketing.i18n import fmt_date, fmt_datetime, fmt_int, on_page, t
from smarketing.importing import detect
from smarketing.importing.fields import FIELDS
from smarketing.importing.presets import PRESETS
from smarketing.importing.reasons import Reject, note_text, run_message
from smarketing.importing.run import ImportResult, ledger

if TYPE_CHECKING:
    from smarketing.batches import Batch
    from smarketing.stages import Stage

IGNORE = ""  # the editor's choice for "leave this column out"


@dataclass(frozen=True)
class Page:
    """What the Import page shows besides a file's check: whether the demo is still in, the mappings saved for
    each kind of file, the journey's stages, the imports so far (newest first), what the inbox did, and the
    warnings and rejects of the import just made."""

    demo_loaded: bool
    saved: dict[str, list[str]]       # kind: the names of its saved mappings
    stages: list[Stage]
    batches: list[Batch]
    inbox_runs: list[inbox.Run]       # the latest 20; none with the inbox off
    last_warnings: list[Reject]       # of the import just made, in file order; none without one
    last_rejects: list[Reject]
    stamp: tuple[Any, ...]            # batches.stamp: a file's check is made again only when it changes


def page(con: duckdb.DuckDBPyConnection, inbox_on: bool, last_batch: int | None = None) -> Page:
    from smarketing import batches, demo, stages
    from smarketing.importing import list_batches, saved

    names: dict[str, list[str]] = {}
    for mapping in saved.listing(con):
        names.setdefault(mapping["kind"], []).append(mapping["name"])
    return Page(demo.is_loaded(con), names, stages.stages(con), list_batches(con),
                inbox.runs(con, limit=20) if inbox_on else [],
                ledger(con, last_batch, None, warning=True) if last_batch else [],
                ledger(con, last_batch, None) if last_batch else [], batches.stamp(con))


def mapping_rows(result: ImportResult) -> list[dict[str, str]]:
    """One row per file column: its name and the field it feeds (IGNORE when none)."""
    by_column: dict[str, str] = {}
    for item in result.mapping:
        by_column.setdefault(item["column"], item["field"])
    return [{"column": name, "field": by_column.get(name, IGNORE)} for name in result.header]


def maps_from_rows(kind: str, rows: list[dict[str, str]]) -> dict[str, str | None]:
    """The editor's table back to --map overrides: every field stated, so auto-mapping cannot add one
    the user removed. A field chosen twice keeps its first column."""
    chosen: dict[str, str | None] = {name: None for name in FIELDS[kind]}
    for row in rows:
        field = row.get("field") or IGNORE
        if field != IGNORE and chosen.get(field) is None:
            chosen[field] = row["column"]
    return chosen


def fixed_values(result: ImportResult, lang: str) -> str:
    """The values every row gets without a column, with where each comes from: "Canale = Meta Ads (dal
    formato)"."""
    # a preset maps columns too: a fixed value is one whose "column" is no column of the file
    fixed = [m for m in result.mapping if m["origin"] in ("preset", "period", "header", "set")
             and m["column"] not in result.header]
    # (the report period's first day as the language writes dates, as the note above says it)
    return "; ".join(f"{field_label(m['field'], lang)} = "
                     f"{fmt_date(date.fromisoformat(m['column']), lang) if m['origin'] == 'period' else m['column']} "
                     f"({t('imports.from_' + m['origin'], lang)})" for m in fixed)


def field_options(kind: str) -> list[str]:
    return [IGNORE, *FIELDS[kind]]


def field_label(code: str | None, lang: str) -> str:
    """A field as a person reads it ("Data di creazione"), never its code ("created_at")."""
    return t(f"import_field.{code or 'ignore'}", lang)


def problem_cells(result: ImportResult) -> dict[tuple[int, int | None], str]:
    """(preview row, column index or None for the whole row) -> reason code, for the previewed rows."""
    row_of_line = {line: i for i, line in enumerate(result.preview_lines)}
    # a row's own problem (too many columns) names no column: it marks the whole row
    index_of_column: dict[str | None, int] = {name: i for i, name in enumerate(result.header)}
    marks: dict[tuple[int, int | None], str] = {}
    for reject in result.all_rejects:
        row = row_of_line.get(reject["line"])
        if row is not None:
            marks.setdefault((row, index_of_column.get(reject["column"])), reject["code"])
    return marks


def preview_table(result: ImportResult) -> list[dict[str, object]]:
    """The first records keyed by header, with the physical line first; short rows padded with ''."""
    width = len(result.header)
    table = []
    for line, values in zip(result.preview_lines, result.preview):
        cells = (values + [""] * width)[:width]
        table.append({"#": line, **dict(zip(result.header, cells))})
    return table


def page_note(note, lang: str) -> str:
    """A note as the Import page says it: where the CLI's words name an option (--stage-map), the page's
    name the table or box that does the same."""
    return note_text(type(note)(on_page(note.key), note.params), lang)


# notes that only say how the file was read (its separator, its dates' proven order, the title lines skipped): the
# page's grey line under the file. Every other note tells what happens to the data (rows skipped, dates assumed,
# amounts given a currency, stages unknown) and stands in a box of its own, one line each, never lost in that line
READING = ("import.note_delimiter", "import.note_date_order", "import.note_date_order_forced", "import.note_sep_line",
           "import.note_line_ends_doubled", "import.note_skipped_lines", "import.note_stages_read",
           "import.note_deals_header", "import.note_deals_option", "import.note_deals_preset",
           "import.note_report_period", "import.note_timezone")


def reading(note) -> bool:
    return note.key in READING


# notes that say the spend is, or would be, counted twice: a box of their own on the page, and a word from the user
# before the import, never a phrase in the line of reading notes
TWICE = ("import.note_spend_twice", "import.note_spend_again", "import.note_spend_overlap")


def counted_twice(note) -> bool:
    return note.key.startswith(TWICE)


def hint_text(hint: tuple[str, dict[str, Any]], lang: str) -> str:
    """A refusal's hint as the page says it: the box to choose, where the CLI names an option."""
    return page_note(detect.Note(*hint), lang)


def is_proposal(hint: tuple[str, dict[str, Any]]) -> bool:
    """Whether a hint proposes a mapping of this kind, which the page offers as a button."""
    return hint[0].startswith("import.note_suggestion")


def proposal(note: tuple[str, dict[str, str | None]], lang: str) -> str:
    """A proposed mapping as the page asks it ("Sembra un export Pipedrive: usare la mappatura ...?"), from
    the note the CLI words as an option to add."""
    key, params = note
    product = t(f"preset.{params['product']}", lang) if params.get("product") else ""
    return t(key.replace("import.note_suggestion", "imports.suggestion"), lang, name=params["name"],
             product=product)


def preset_choices(kind: str, saved_names: list[str], lang: str) -> list[str | None]:
    """The format box's choices: none (recognise the columns), this kind's built-in formats by their label,
    then the mappings saved for it."""
    builtin = sorted((p for p in PRESETS if PRESETS[p].kind == kind), key=lambda p: preset_label(p, lang))
    return [None, *builtin, *saved_names]


def preset_label(name: str | None, lang: str, none: str | None = None) -> str:
    """A choice of the format box: "Pipedrive (trattative)" for a built-in preset, the name for a saved one."""
    if name is None:
        return none or t("imports.preset_none", lang)
    if name in PRESETS:
        return t(f"preset.{name}", lang)
    return t("imports.preset_saved", lang, name=name)


def author(created_by: str | None, lang: str) -> str:
    """Who wrote a batch: a person's name, or the import folder in words."""
    return t("imports.by_inbox", lang) if created_by == inbox.BY else created_by or ""


def inbox_rows(runs: list[inbox.Run], lang: str) -> list[dict[str, str]]:
    """The inbox's results as the page lists them: when, file, mapping, outcome in words."""
    rows = []
    for run in runs:
        if run["status"] == "done":
            counted = {k: run[k] or 0 for k in ("rows_read", "inserted", "updated", "unchanged", "rejected")}  # type: ignore[literal-required]
            # every row accounted for: a nightly re-export is mostly unchanged rows, and summed or skipped rows too
            other = counted["rows_read"] - sum(v for k, v in counted.items() if k != "rows_read")
            outcome = t("imports.inbox_done", lang, batch=run["batch_id"], rows=fmt_int(counted["rows_read"], lang),
                        inserted=fmt_int(counted["inserted"], lang), updated=fmt_int(counted["updated"], lang),
                        unchanged=fmt_int(counted["unchanged"], lang), rejected=fmt_int(counted["rejected"], lang),
                        other=t("imports.inbox_other", lang, count=fmt_int(other, lang)) if other > 0 else "")
            if run["batch_status"] == "undone":
                outcome += " " + t("imports.inbox_undone", lang)
        else:
            outcome = run_message(run, lang) or ""
        rows.append({t("imports.inbox_col_when", lang): fmt_datetime(run["finished_at"], lang),
                     t("imports.inbox_col_file", lang): run["file_name"],
                     t("imports.inbox_col_mapping", lang): preset_label(run["mapping"], lang, "–"),
                     t("imports.inbox_col_status", lang): t(f"imports.inbox_{run['status']}_word", lang),
                     t("imports.inbox_col_result", lang): outcome,
                     t("imports.inbox_col_moved", lang): run["moved_to"]})
    return rows
