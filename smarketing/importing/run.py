"""One import, start to finish, as one transaction: inspect, stage, check, write, record."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb

from smarketing import access, backups, batches, db, journeys
from smarketing.errors import SmarketingError
from smarketing.importing import detect, mapping, project
from smarketing.importing.fields import DEAL_PRESETS, deals_marker

MODES = ("upsert", "insert", "update")
KINDS = ("leads", "spend")
REJECTS_SHOWN = 100
PREVIEW_ROWS = 20


@dataclass
class ImportOptions:
    kind: str = "leads"
    mode: str = "upsert"
    preset: str | None = None
    maps: dict[str, str | None] = field(default_factory=dict)
    stage_map: dict[str, str] = field(default_factory=dict)
    delimiter: str | None = None
    encoding: str | None = None
    date_order: str | None = None
    decimal: str | None = None        # "it" (1.234,56) or "us" (1,234.56)
    deals: bool | None = None         # every row is a deal; None: a deals preset or a deals header says so
    dry_run: bool = False
    created_by: str | None = None
    file_name: str | None = None      # the name the user knows, when the file was saved under another
    backup: bool = True               # a backup of the store before writing (bench/import_bench.py times without)


@dataclass
class ImportResult:
    status: str                        # committed, dry_run
    batch_id: int | None
    file_name: str
    rows_read: int
    inserted: int
    updated: int
    unchanged: int
    rejected: int
    rejects: list[dict]                # the first REJECTS_SHOWN problems
    problems: int                      # all problems (a row may have several)
    mapping: list[dict]
    unmapped: list[str]
    notes: list[detect.Note]
    encoding: str
    delimiter: str
    date_order: str | None
    decimals: dict[str, str]
    all_rejects: list[dict] = field(default_factory=list)  # every problem, kept for dry runs only
    unknown_stages: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    header_line: int = 1
    preview: list[list[str]] = field(default_factory=list)  # the first records as written in the file
    preview_lines: list[int] = field(default_factory=list)  # and the line each starts on


Progress = Callable[[float, str], None]


def run_import(con: duckdb.DuckDBPyConnection, path: str | Path, options: ImportOptions,
               progress: Progress | None = None) -> ImportResult:
    path = Path(path)
    step = progress or (lambda fraction, key: None)
    if options.kind not in KINDS or options.mode not in MODES:
        raise ValueError(f"kind {options.kind!r} / mode {options.mode!r}")
    if not path.is_file():
        raise SmarketingError("error.file_missing", path=str(path))
    file_name = options.file_name or path.name
    db.staging_dir().mkdir(exist_ok=True, mode=0o700)
    # inside the one staging folder the app's locked-down connection may read
    with tempfile.TemporaryDirectory(prefix="import-", dir=db.staging_dir()) as tmp:
        work = Path(tmp)
        step(0.05, "import.step_detect")
        layout = detect.inspect(path, work, options.encoding, options.delimiter)
        mapped = mapping.resolve(options.kind, layout.header, options.preset, options.maps)
        notes = layout.notes
        deals = options.kind == "leads" and _reads_deals(options, layout.header, notes)
        try:
            step(0.2, "import.step_read")
            decisions = project.build(con, mapped, layout, work, date_order=options.date_order,
                                      decimal=options.decimal, stage_map=options.stage_map, notes=notes)
            if decisions.rows == 0:
                raise SmarketingError("error.file_header_only")
            con.execute("create or replace temp table import_columns (field varchar, header varchar)")
            con.executemany("insert into import_columns values (?, ?)",
                            [(f, mapped.column_name(f)) for f in mapped.columns])
            step(0.6, "import.step_write")
            if options.backup and not options.dry_run:
                backups.automatic(con, "before-import")
            with db.transaction(con):
                # a dry run takes no batch number: it leaves no trace, not even a gap in the numbering
                batch_id = 0 if options.dry_run else batches.open_batch(
                    con, options.kind, file_name=file_name, sha256=layout.scan.sha256,
                    options=_ledger_options(options, layout, mapped, decisions, notes, deals),
                    created_by=options.created_by or access.local_user(),
                )
                counts = _write(con, options, mapped, batch_id, deals)
                if options.kind == "leads" and not options.dry_run:
                    journeys.refresh(con, batch_id)
                db.execute(con, "imports/rejects_save", batch_id=batch_id)
                rejected, problems = con.execute(
                    "select count(distinct rn), count(*) from import_problems").fetchone()
                if decisions.rows != counts["inserted"] + counts["updated"] + counts["unchanged"] + rejected:
                    raise AssertionError(f"rows lost: {decisions.rows} read, {counts}, {rejected} rejected")
                status = "dry_run" if options.dry_run else "committed"
                batches.finish_batch(con, batch_id, status, rows_read=decisions.rows, rejected=rejected, **counts)
                rejects = db.rows(con, "imports/batch_rejects", batch_id=batch_id, limit=REJECTS_SHOWN)
                # a dry run leaves no ledger behind, so its rejects travel with the result
                everything = db.rows(con, "imports/batch_rejects", batch_id=batch_id, limit=None) \
                    if options.dry_run else []
                preview_lines = [r[0] for r in con.execute(
                    f"select line from import_lines where rn < {PREVIEW_ROWS} order by rn").fetchall()]
                if options.dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        finally:
            _drop_temp_objects(con)
    step(1.0, "import.step_done")
    return ImportResult(
        status=status, batch_id=None if options.dry_run else batch_id, file_name=file_name,
        rows_read=decisions.rows, rejected=rejected, rejects=rejects, problems=problems,
        mapping=mapped.report(), unmapped=mapped.unmapped_columns(), notes=notes, encoding=layout.encoding,
        delimiter=layout.delimiter, date_order=decisions.date_order, decimals=decisions.decimals,
        all_rejects=everything, unknown_stages=decisions.unknown_stages, header=layout.header,
        header_line=layout.header_line, preview=layout.sample[:PREVIEW_ROWS], preview_lines=preview_lines,
        **counts,
    )


def _reads_deals(options: ImportOptions, header: list[str], notes: list[detect.Note]) -> bool:
    """Whether every row is a deal (docs/metrics.md: a lost deal counts against the win rate, a lead lost
    earlier does not), saying why in a note."""
    if options.deals is not None:
        if options.deals:
            notes.append(detect.Note("import.note_deals_option"))
        return options.deals
    if options.preset in DEAL_PRESETS:
        notes.append(detect.Note("import.note_deals_preset", {"preset": options.preset}))
        return True
    marker = deals_marker(header)
    if marker is not None:
        notes.append(detect.Note("import.note_deals_header", {"column": marker}))
        return True
    return False


def _write(con, options: ImportOptions, mapped: mapping.Mapping, batch_id: int, deals: bool) -> dict:
    if options.kind == "leads":
        key_field = "external_id" if "external_id" in mapped.columns else "email"
        db.execute(con, "imports/leads_keys", key_field=key_field)
        db.execute(con, "imports/leads_match", key_field=key_field, mode=options.mode)
        return db.rows(con, "imports/leads_write", batch_id=batch_id, deals=deals)[0]
    db.execute(con, "imports/spend_keys")
    return db.rows(con, "imports/spend_write", batch_id=batch_id, mode=options.mode)[0]


def _ledger_options(options: ImportOptions, layout: detect.Layout, mapped: mapping.Mapping,
                    decisions: project.Decisions, notes: list[detect.Note], deals: bool) -> dict:
    return {
        "mode": options.mode, "deals": deals, "preset": options.preset, "maps": options.maps,
        "stage_map": options.stage_map,
        "encoding": layout.encoding, "delimiter": layout.delimiter, "header_line": layout.header_line,
        "date_order": decisions.date_order, "decimals": decisions.decimals, "mapping": mapped.report(),
        "notes": [asdict(n) for n in notes],
    }


class _DryRun(Exception):
    """Raised inside the batch's transaction so that a dry run rolls everything back."""


def _drop_temp_objects(con) -> None:
    """Free the staged rows at once: a large file holds hundreds of MB in temp tables."""
    for (name,) in con.execute(
            "select view_name from duckdb_views() where temporary and view_name like 'import_%'").fetchall():
        con.execute(f'drop view if exists temp."{name}"')
    for (name,) in con.execute(
            "select table_name from duckdb_tables() where temporary and table_name like 'import_%'").fetchall():
        con.execute(f'drop table if exists temp."{name}"')


def undo(con: duckdb.DuckDBPyConnection, batch_id: int, by: str | None = None) -> None:
    """Restore the store as it was before the batch, in one transaction; the ledger keeps who did it."""
    batch = con.execute("select kind, status from import_batches where batch_id = ?", [batch_id]).fetchone()
    if batch is None:
        raise SmarketingError("error.batch_missing", batch_id=batch_id)
    kind, status = batch
    if status != "committed":
        raise SmarketingError("error.batch_not_committed", batch_id=batch_id, status=status)
    later = db.rows(con, "imports/undo_conflict", batch_id=batch_id)[0]["later_batch"]
    if later is not None:
        raise SmarketingError("error.batch_conflict", batch_id=batch_id, later=later)
    if kind == "demo":
        from smarketing import demo

        demo.remove(con, by)
        return
    with db.transaction(con):
        journeys.touched(con, batch_id)
        db.execute(con, "imports/undo", batch_id=batch_id, undone_by=by or access.local_user())
        journeys.rebuild(con)


def list_batches(con: duckdb.DuckDBPyConnection) -> list[dict]:
    rows = db.rows(con, "imports/batches_list")
    for row in rows:
        row["options"] = json.loads(row["options"]) if row["options"] else {}
    return rows
