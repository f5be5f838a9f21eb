"""One import, start to finish, as one transaction: inspect, stage, check, write, record."""

from __future__ import annotations

import difflib
import json
import shutil
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any, TypedDict

import duckdb

from smarketing import access, backups, batches, db, journeys, periods, settings, storage
from smarketing.errors import SmarketingError
from smarketing.importing import detect, mapping, presets, project, reasons, saved
from smarketing.importing.fields import KINDS, MODES, deals_marker, normalise
from smarketing.importing.presets import PRESETS, Preset
from smarketing.stages import CODES as STAGE_CODES

REJECTS_SHOWN = 100


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
    sets: dict[str, str] = field(default_factory=dict)  # --set FIELD=VALUE: a constant for a field the file lacks
    currency: str | None = None       # of amounts whose file names none; None: the company's (Settings)
    partial: bool = False             # write the good rows even when most are refused for one fixable reason
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
    rejects: list[reasons.Reject]      # the first REJECTS_SHOWN problems
    problems: int                      # all problems (a row may have several)
    mapping: list[mapping.Line]
    unmapped: list[str]
    notes: list[detect.Note]
    encoding: str
    delimiter: str
    date_order: str | None
    decimals: dict[str, str]
    all_rejects: list[reasons.Reject] = field(default_factory=list)  # every problem, kept for dry runs only
    unknown_stages: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    header_line: int = 1
    preview: list[list[str]] = field(default_factory=list)  # the first records as written in the file
    preview_lines: list[int] = field(default_factory=list)  # and the line each starts on
    merged: int = 0                    # spend rows summed into another row of the same key
    skipped: int = 0                   # total rows
    warnings: list[reasons.Reject] = field(default_factory=list)   # cells left out of rows that went in, total rows
    refusal: Refusal | None = None        # most rows refused for one fixable reason (a dry run tells, a run stops)
    suggestion: saved.Suggestion | None = None  # read without a preset: the mapping its header matches


class Refusal(TypedDict):
    """Most rows refused for one fixable reason: its code, and the texts' params (how many rows of how many,
    the values behind it, the rows that would go in, the column)."""

    code: str
    params: dict[str, Any]


Progress = Callable[[float, str], None]


def run_import(con: duckdb.DuckDBPyConnection, path: str | Path, options: ImportOptions,
               progress: Progress | None = None) -> ImportResult:
    path = Path(path)
    step = progress or (lambda fraction, key: None)
    if options.kind not in KINDS or options.mode not in MODES:
        raise ValueError(f"kind {options.kind!r} / mode {options.mode!r}")
    if path.is_dir():
        raise SmarketingError("error.file_is_folder", path=str(path))
    if not path.is_file():
        raise SmarketingError("error.file_missing", path=str(path))
    file_name = options.file_name or path.name
    chosen = options.preset               # a built-in preset or a saved mapping's name: nothing to propose
    options = saved.expand(con, options)
    preset = PRESETS.get(options.preset) if options.preset else None
    if preset and preset.kind != options.kind:
        raise SmarketingError(f"error.mapping_for_{preset.kind}", name=options.preset)
    if preset and preset.date_order and not options.date_order:
        options = replace(options, date_order=preset.date_order)
    storage.staging_dir().mkdir(exist_ok=True, mode=0o700)
    # inside the one staging folder the app's locked-down connection may read
    with tempfile.TemporaryDirectory(prefix="import-", dir=storage.staging_dir()) as tmp, ExitStack() as ending:
        # the staged rows are temp tables of a connection of the import's own: closing it frees them all at once
        # (a large file holds hundreds of MB), where dropping each of the ~25 cost ~10 ms of every import
        con = ending.enter_context(con.cursor())
        work = Path(tmp)
        if any(mark in str(path) for mark in "*?[]{}"):
            # DuckDB's reader takes "leads *.csv" (or a folder "Export [ab]") as a pattern and reads every file it
            # matches: a copy under a name of our own is read instead, the file alone
            path = Path(shutil.copyfile(path, work / f"source{path.suffix}"))
        step(0.05, "import.step_detect")
        layout = detect.inspect(path, work, options.encoding, options.delimiter)
        # however the import ends, its pass over the file ends first (before the work folder goes); by then a
        # finished import has read it whole, and one that failed needs no more of it
        ending.callback(layout.finish, stop=True)
        notes = layout.notes
        defaults = {name: (value, "preset") for name, value in (preset.sets if preset else {}).items()}
        period = _report_period(layout, options.date_order) if options.kind == "spend" else None
        if period:
            defaults["spend_date"] = (period[0].isoformat(), "period")
        suggestion = None if chosen else saved.suggest(con, options.kind, layout.header)
        if preset is not None and chosen == preset.name and not options.maps:
            # a saved mapping, or columns mapped by hand, say how this file is read: no export is second-guessed
            _check_export(preset, options.kind, layout.header)
        try:
            mapped = mapping.resolve(options.kind, layout.header, options.preset, options.maps, options.sets,
                                     defaults, options.deals)
        except SmarketingError as exc:
            # a file that cannot be read as it is may be a known export: say which, and how to use its mapping
            if suggestion:
                exc.hints.append(suggestion_note(suggestion))
            elif (other := presets.recognise(None, layout.header)) is not None and other.kind != options.kind:
                # an ad platform's spend read as leads, or a CRM's leads as spend: the import it needs
                exc.hints.append((f"import.note_other_kind_{other.kind}", {"product": other.name,
                                                                          "name": other.name}))
            raise
        if period and mapped.constant_origin.get("spend_date") == "period":
            notes.append(detect.Note("import.note_report_period", {"start": period[0].isoformat(),
                                                                   "end": period[1].isoformat()}))
        currency = settings.check_currency(options.currency) if options.currency else settings.currency(con)
        if "currency" in mapped.constants:
            # --set currency=XYZ gives every row the same currency: a code ISO 4217 does not know is the file's
            # mistake once, as --currency's, never each row's
            settings.check_currency(mapped.constants["currency"])
        deals = options.kind == "leads" and _reads_deals(options, layout.header, notes)
        try:
            step(0.2, "import.step_read")
            decisions = project.build(con, mapped, layout, work, date_order=options.date_order,
                                      decimal=options.decimal, stage_map=options.stage_map, notes=notes)
            if decisions.rows == 0:
                raise SmarketingError("error.file_header_only")
            period_days = _row_periods(con, mapped, period, notes) if options.kind == "spend" else 0
            con.execute("create or replace temp table import_columns (field varchar, header varchar)")
            con.executemany("insert into import_columns values (?, ?)",
                            [(f, mapped.column_name(f)) for f in mapped.fields])
            step(0.6, "import.step_write")
            if options.backup and not options.dry_run:
                backups.automatic(con, "before-import")
            with db.transaction(con):
                # a dry run takes no batch number: it leaves no trace, not even a gap in the numbering
                batch_id = 0 if options.dry_run else batches.open_batch(
                    con, options.kind, file_name=file_name, sha256=layout.scan.sha256,
                    options={**_ledger_options(options, layout, mapped, decisions, notes, deals),
                             "period_days": period_days, "row_span": decisions.row_span},
                    created_by=options.created_by or access.local_user(),
                )
                # what each spend row covers: its day, a week, a month, or the report's period
                span = {"row_ends": period_days > 0, "period_end": period[1] if period_days and period else None,
                        "row_span": decisions.row_span}
                counts = _write(con, options, mapped, batch_id, deals, currency, span)
                if options.kind == "leads" and not options.dry_run:
                    journeys.refresh_import(con, created=counts["inserted"] > 0)
                db.execute(con, "imports/rejects_save", batch_id=batch_id)
                skip = project.SKIPPED_SQL
                rejected, skipped = con.execute(
                    f"select count(distinct rn) filter (where code not in {skip}), "
                    f"count(distinct rn) filter (where code in {skip}) from import_problems").fetchall()[0]
                # every reason listed, a warning on a refused row among them (a bad e-mail beside a bad date): the
                # count of the list the ledger keeps, never fewer than it shows
                problems = con.execute("select count(*) from import_rejects where batch_id = ? and not warning",
                                       [batch_id]).fetchall()[0][0]
                if decisions.rows != sum(counts.values()) + skipped + rejected:
                    raise AssertionError(f"rows lost: {decisions.rows} read, {counts}, {skipped} skipped, "
                                         f"{rejected} rejected")
                _explain(con, options, mapped, batch_id, counts, skipped, currency, notes, deals)
                if options.kind == "spend" and "currency" not in mapped.columns and counts["inserted"]:
                    # the same file with another --currency, or another fixed currency on the page: its rows are new
                    # ones, and the spend counted twice (a check says it would be)
                    given = mapped.constants.get("currency") or currency
                    twice = db.rows(con, "imports/same_file_currency", batch_id=batch_id, sha256=layout.scan.sha256,
                                    currency=given, amount_column=mapped.column_name("amount"))
                    if twice:
                        notes.append(detect.Note("import.note_spend_twice_check" if options.dry_run
                                                 else "import.note_spend_twice", {
                                                     "batch": twice[0]["batch_id"], "was": twice[0]["currency"],
                                                     "now": given}))
                if options.kind == "spend" and counts["inserted"] and not any(
                        n.key.startswith("import.note_spend_twice") for n in notes):
                    # the same file with another --set spend_date or channel: new rows beside the first ones
                    again = db.rows(con, "imports/same_file_again", batch_id=batch_id,
                                    sha256=layout.scan.sha256, amount_column=mapped.column_name("amount"))[0]
                    if again["batch"] is not None:
                        notes.append(detect.Note("import.note_spend_again_check" if options.dry_run
                                                 else "import.note_spend_again", {
                                                     "batch": again["batch"], "batches": again["batches"]}))
                if options.kind == "spend" and (counts["inserted"] or counts["updated"]):
                    overlap = db.rows(con, "imports/spend_overlap", batch_id=batch_id)[0]
                    if overlap["rows"]:
                        notes.append(detect.Note("import.note_spend_overlap", {"count": overlap["rows"],
                                                                               "batch": overlap["batch"]}))
                    renamed = db.rows(con, "imports/spend_renamed", batch_id=batch_id)[0]
                    if renamed["rows"]:
                        notes.append(detect.Note("import.note_spend_renamed", {
                            "count": renamed["rows"], "batch": renamed["batch"], "earlier": renamed["earlier"] or "–",
                            "later": renamed["later"] or "–"}))
                    notes.extend(_channels_without_leads(con, batch_id, None if "channel" in mapped.constants
                                                         else mapped.column_name("channel")))
                    later, first = con.execute("select count(*), min(spend_date) from import_targets "
                                               "where spend_date > ?", [periods.today()]).fetchall()[0]
                    if later:
                        # a fair paid in advance: planned, not spent yet (metrics/roi counts spend up to today)
                        notes.append(detect.Note("import.note_spend_future", {"count": later,
                                                                              "start": str(first)[:10]}))
                refusal = _refusal(con, decisions.rows - skipped, rejected, mapped, decisions)
                if refusal and not options.partial and not options.dry_run:
                    refused = refusal_error(refusal)
                    if suggestion and suggestion.saved:
                        # a saved mapping may hold the stage map this file needs (a built-in preset does not)
                        refused.hints.append(suggestion_note(suggestion))
                    raise refused
                status = "dry_run" if options.dry_run else "committed"
                batches.finish_batch(con, batch_id, status, rows_read=decisions.rows, rejected=rejected,
                                     skipped=skipped, **counts)
                rejects = ledger(con, batch_id, REJECTS_SHOWN)
                warnings = ledger(con, batch_id, None, warning=True)
                # a dry run leaves no ledger behind, so its rejects travel with the result
                everything = ledger(con, batch_id, None) if options.dry_run else []
                preview_lines = [r[0] for r in con.execute(
                    f"select line from import_lines where rn < {detect.PREVIEW_ROWS} order by rn").fetchall()]
                if options.dry_run:
                    raise _DryRun
        except _DryRun:
            pass
    step(1.0, "import.step_done")
    return ImportResult(
        status=status, batch_id=None if options.dry_run else batch_id, file_name=file_name,
        rows_read=decisions.rows, rejected=rejected, rejects=rejects, problems=problems,
        mapping=mapped.report(), unmapped=mapped.unmapped_columns(), notes=notes, encoding=layout.encoding,
        delimiter=layout.delimiter, date_order=decisions.date_order, decimals=decisions.decimals,
        all_rejects=everything, unknown_stages=decisions.unknown_stages, header=layout.header,
        header_line=layout.header_line, preview=layout.sample, preview_lines=preview_lines,
        # a run with --partial went ahead: only a dry run still has a refusal to tell
        skipped=skipped, warnings=warnings, refusal=refusal if options.dry_run else None, suggestion=suggestion,
        **counts,
    )


def ledger(con: duckdb.DuckDBPyConnection, batch_id: int, limit: int | None,
           warning: bool = False) -> list[reasons.Reject]:
    """A batch's rejects (or its warnings) in file order."""
    return db.rows(con, "imports/batch_rejects", batch_id=batch_id, limit=limit,  # type: ignore[return-value]
                   warning=warning)


# Reasons that refuse most of a file for one cause the user can fix with an option; the option is in the message.
FIXABLE = ("unknown_stage", "bad_date", "bad_number", "key_scientific", "bad_currency")


def _values_of(con, code: str) -> dict[str, Any]:
    """The values behind one reason as reasons.values_text words them: those it shows, each once with its
    row count, most frequent first, and when there are more, how many with their rows:
    {"values": [["Sopralluogo", 2], ...], "more": [3, 9]}."""
    found = con.execute(
        "select value, rows, count(*) over (), sum(rows) over () from (select value, count(*) as rows "
        "from import_problems where code = ? group by value) order by 2 desc, 1 limit ?",
        [code, reasons.SHOWN_VALUES]).fetchall()
    values = [[value, rows] for value, rows, _, _ in found]
    if not found or found[0][2] == len(values):
        return {"values": values}
    return {"values": values, "more": [found[0][2] - len(values), int(found[0][3]) - sum(r for _, r in values)]}


def _check_export(preset: Preset, kind: str, header: list[str]) -> None:
    """A preset chosen for a file that is another product's export (Salesforce's leads read as its opportunities)
    would drop the columns the other reads and make every lead a deal: refused, naming the export it is. A file
    recognised as no export keeps the preset chosen: a report may hold fewer columns than a full export."""
    present = presets.headers(header)
    other = presets.recognise(kind, header)
    if other is None or other.name == preset.name or presets.signed(preset, present):
        return
    # the columns of its nearest signature that the file lacks, named as the export writes them
    nearest = min(preset.signatures, key=lambda signature: sum(s not in present for s in signature))
    missing = [next((c for cs in preset.columns.values() for c in cs if normalise(c) == s), s)
               for s in nearest if s not in present]
    refused = SmarketingError("error.preset_other_export", product=preset.name, columns=", ".join(missing))
    refused.hints.append(("import.note_suggestion_preset", {"product": other.name, "name": other.name}))
    raise refused


def refusal_error(refusal: Refusal) -> SmarketingError:
    """The refusal as the error a run stops with (a dry run tells the same words): the good rows alone are
    offered when there are some."""
    refused = SmarketingError(f"error.refused_{refusal['code']}", **refusal["params"])
    if refusal["params"]["good"]:
        refused.hints.append(("error.refused_partial", {"good": refusal["params"]["good"]}))
    return refused


def _refusal(con, rows: int, rejected: int, mapped: mapping.Mapping, decisions: project.Decisions) -> Refusal | None:
    """When one fixable reason refuses more than half the rows, the values behind it and how many rows
    would go in: the import stops rather than write the few (--partial writes them anyway)."""
    found = con.execute(
        "select code, any_value(field), count(distinct rn) from import_problems "
        f"where code in {FIXABLE} group by code order by 3 desc limit 1").fetchall()
    if not found or found[0][2] * 2 <= rows:
        return None
    code, name, refused = found[0]
    params = {"rows": refused, "total": rows, **_values_of(con, code), "good": rows - rejected,
              "column": mapped.column_name(name)}
    if code == "unknown_stage":
        params["stages"] = ", ".join(STAGE_CODES)
    elif code == "bad_date":
        params["order"] = decisions.date_order or "dmy"
    elif code == "bad_number" and con.execute(
            "select count(distinct rn) filter (where not regexp_matches(value, '\\d') "
            "or regexp_full_match(value, ?, 'i')) * 2 > count(distinct rn) from import_problems "
            "where code = 'bad_number'",
            [reasons.EXCEL_ERROR.pattern]).fetchone()[0]:
        # most are "n.d.", "-", "da definire": no digit to read with any decimal mark, so none is offered
        code = "bad_number_text"
    return {"code": code, "params": params}


def _same_email(con, batch_id: int, dry_run: bool, notes: list[detect.Note]) -> None:
    """New leads with the e-mail of a lead stored under another ID: said, with an example, and the undo once
    written (a check, which writes nothing, says it before)."""
    found = db.rows(con, "imports/same_email", batch_id=batch_id)[0]
    if found["leads"]:
        # (a stored lead with no ID has its own words: "stored as None" named nothing)
        key = ("import.note_same_email_check" if dry_run else "import.note_same_email") + (
            "_no_id" if found["old_id"] is None else "")
        notes.append(detect.Note(key, {"count": found["leads"], "new": found["new_id"], "old": found["old_id"],
                                       "batch": batch_id}))


def _deals_beside_contacts(con, batch_id: int, deals: bool, dry_run: bool, notes: list[detect.Note]) -> None:
    """Deals new beside contacts of the same sales, or such contacts new beside deals: each win counted twice,
    said with the undo. The other kind is looked for first: a store of one kind only is spared the count."""
    if not con.execute("select exists (select 1 from leads where is_deal <> ? and batch_id is distinct from ?)",
                       [deals, batch_id]).fetchone()[0]:
        return
    found = db.rows(con, "imports/deals_beside_contacts", batch_id=batch_id, deals=deals)[0]
    if found["contacts"] and found["deals"]:
        notes.append(detect.Note(("import.note_deals_beside_contacts" if deals else "import.note_contacts_beside_deals")
                                 + ("_check" if dry_run else ""), {**found, "batch": batch_id}))


def _explain(con, options: ImportOptions, mapped: mapping.Mapping, batch_id: int, counts: dict[str, int], skipped: int,
             currency: str, notes: list[detect.Note], deals: bool) -> None:
    """Notes for what the import did to rows beyond reading them: summed, skipped, given a currency."""
    if counts["merged"]:
        notes.append(detect.Note("import.note_merged", {"rows": counts["merged"]}))
    for code, key in (("total_row", f"import.note_total_rows_{options.kind}"), ("deleted_row", "import.note_deleted")):
        found = con.execute("select count(*), list(l.line order by l.line)[1:5] from import_problems as p "
                            "join import_lines as l using (rn) where p.code = ?", [code]).fetchall()[0] \
            if skipped else (0, [])
        if found[0]:
            notes.append(detect.Note(key, {"count": found[0], "lines": ", ".join(map(str, found[1]))}))
    amount = project.amount_field(options.kind)
    if amount in mapped.fields and "currency" not in mapped.fields:
        # a stored lead keeps the currency it has, unless --currency gives the file's: those are said apart (the
        # join with the stored leads only where some lead is in another currency: a million-row join otherwise)
        stored = options.kind == "leads" and con.execute(
            "select exists (select 1 from leads where currency <> ?)", [currency]).fetchone()[0]
        count, kept, kept_in = con.execute(
            "select count(*) filter (where l.currency is null or l.currency = $currency), "
            "count(*) filter (where l.currency <> $currency), "
            "string_agg(distinct l.currency, ', ' order by l.currency) filter (where l.currency <> $currency) "
            "from import_rows_coded as r "
            + ("left join import_matches as m using (rn) left join leads as l on l.lead_id = m.lead_id " if stored
               else "left join (select null::varchar as currency) as l on false ")
            + f"where r.{amount} is not null and r.derived_currency is null "
            "and r.rn not in (select rn from import_problems)", {"currency": currency}).fetchall()[0]
        if count:
            # the currency given for this file is no company's: Settings may say another
            key = "import.note_currency_given" if options.currency else "import.note_currency_default"
            notes.append(detect.Note(key, {"currency": currency, "count": count}))
        if kept:
            notes.append(detect.Note("import.note_currency_kept", {"count": kept, "currency": kept_in}))
    if options.kind == "leads":
        # a closed lead the file closes the other way (lost, then won) with no date: its closing date is unknown
        # now rather than the first one's, so the win counts in no period until a file dates it
        undated = con.execute(
            "select count(*) from import_changed as c join lead_snapshots as s "
            "on s.lead_id = c.lead_id and s.snapshot_batch_id = ? "
            "join stages as now on now.code = c.current_stage "
            "where c.closed_at is null and s.closed_at is not null and c.current_stage <> s.current_stage "
            "and now.is_terminal",
            [batch_id]).fetchone()[0]
        if undated:
            notes.append(detect.Note("import.note_outcome_undated", {"count": undated}))
        kept = db.rows(con, "imports/kept_back")[0]
        if kept["leads"]:
            notes.append(detect.Note("import.note_kept_back", {
                "count": kept["leads"], "lines": ", ".join(map(str, kept["lines"])), "line": kept["lines"][0],
                "told": {"it": kept["told_it"], "en": kept["told_en"]},
                "kept": {"it": kept["kept_it"], "en": kept["kept_en"]}}))
        if counts["updated"]:
            reopened = db.rows(con, "imports/reopened", batch_id=batch_id)[0]
            if reopened["deals"]:
                notes.append(detect.Note("import.note_reopened", {"count": reopened["deals"],
                                                                  "lines": ", ".join(map(str, reopened["lines"]))}))
        if skipped:
            # a deal deleted in the CRM after an earlier import: the file no longer tells it, the store still does
            kept = db.rows(con, "imports/deleted_stored", by_id="external_id" in mapped.fields)[0]
            if kept["deals"]:
                # "Questa è già qui" after the one deleted deal; "Di queste, 1 è già qui" after several
                alone = con.execute("select count(*) = 1 from import_problems where code = 'deleted_row'").fetchone()[0]
                notes.append(detect.Note("import.note_deleted_stored_only" if alone else "import.note_deleted_stored", {
                    "count": kept["deals"], "lines": ", ".join(map(str, kept["lines"]))}))
        if "email" in mapped.fields:
            # e-mails are keys compared without case, so they are stored lower-case: never changed without a word
            cased, written, stored = con.execute(
                "select count(*), arg_min(raw_email, rowid), arg_min(email, rowid) from import_rows "
                "where raw_email <> email and lower(raw_email) <> raw_email "
                "and rowid not in (select rn from import_problems)").fetchone()
            if cased:
                notes.append(detect.Note("import.note_email_lowered", {"count": cased, "example": written.strip(),
                                                                      "lowered": stored}))
        given = con.execute(
            "select count(*), arg_min(r.external_id, r.rn), arg_min(r.email, r.rn) from import_id_given as g "
            "join import_rows_coded as r on r.rn = g.rn where g.rn not in (select rn from import_problems)").fetchone()
        if given[0]:
            # (a row refused after all, "--mode insert", gives nothing; a check says what the import would do)
            notes.append(detect.Note("import.note_id_given_check" if options.dry_run else "import.note_id_given",
                                     {"count": given[0], "id": given[1], "email": given[2]}))
        # (a deal with its contact's e-mail is that person's deal, never the same person twice)
        if counts["inserted"] and "external_id" in mapped.fields and "email" in mapped.fields and not deals:
            _same_email(con, batch_id, options.dry_run, notes)
        if counts["inserted"]:
            _deals_beside_contacts(con, batch_id, deals, options.dry_run, notes)
        if counts["updated"] and "external_id" in mapped.fields and "email" in mapped.fields:
            changed = db.rows(con, "imports/email_changed")[0]
            if changed["leads"]:
                notes.append(detect.Note("import.note_email_changed_check" if options.dry_run
                                         else "import.note_email_changed",
                                         {"count": changed["leads"], "id": changed["id"], "old": changed["old_email"],
                                          "new": changed["new_email"], "batch": batch_id}))
        # won or lost with no day it happened: counted in the totals, in no week, month or quarter (the typical
        # Italian sheet: Fase and Data creazione, no Data chiusura; a file with no date at all says so in its own note)
        dated = any(f == "created_at" or f.startswith("stage:") for f in mapped.fields)
        # (read from import_told, the rows' outcome kept as a table: import_good would be worked out again)
        # (one pass over the rows' outcome for both: closed with no date, and dated after today)
        undated_closed, ahead, ahead_rn, ahead_first, undated_new, undated_rn = con.execute(
            # (the first: the earliest day after today any row tells, never the earliest of each row's last day)
            # (a contact lost with the day it became a customer is a customer who left: won on that day)
            "select count(*) filter (where next_stage in ('customer', 'lost') and next_closed_at is null "
            "and (customer_told or lost_told) and not (next_stage = 'lost' and customer_at is not null "
            "and not $deals)), count(*) filter (where soon is not null), arg_min(rn, soon), "
            "min(soon), count(*) filter (where none), arg_min(rn, rn) filter (where none) "
            "from (select *, case when greatest(lead_at, mql_at, sql_at, opportunity_at, customer_at, "
            "lost_at) >= $t then list_min(list_filter([lead_at, mql_at, sql_at, opportunity_at, customer_at, "
            "lost_at], lambda d: d >= $t)) end as soon, existing_id is null and coalesce(lead_at, mql_at, sql_at, "
            "opportunity_at, customer_at, lost_at, next_closed_at) is null as none from import_told)",
            {"t": periods.today() + timedelta(days=1), "deals": deals}).fetchall()[0] if dated \
            else (0, 0, None, None, 0, None)
        if undated_new:
            # Maven's 500 deals in Prospecting: no engage date, no close date, in no period view unsaid
            key = con.execute("select written_key from import_rows_coded where rn = ?", [undated_rn]).fetchall()[0][0]
            notes.append(detect.Note("import.note_new_undated_check" if options.dry_run else "import.note_new_undated",
                                     {"count": undated_new, "id": key}))
        if undated_closed:
            # with the closing date's column mapped, its cells are empty: no column to name
            notes.append(detect.Note("import.note_closed_undated_empty", {
                "count": undated_closed, "column": mapped.column_name("closed_at")}) if "closed_at" in mapped.fields
                else detect.Note("import.note_closed_undated", {"count": undated_closed}))
        # a lead at an open stage after the first that the file does not date, moved on or new: said, as a close
        # with no date is
        moved = db.rows(con, "imports/moved_undated", dated=dated)[0]
        if moved["leads"]:
            notes.append(detect.Note("import.note_moved_undated_check" if options.dry_run else
                                     "import.note_moved_undated",
                                     {"count": moved["leads"], "id": moved["example"], "stage": moved["stage"]}))
        if "closed_at" in mapped.fields:
            # Salesforce's CloseDate of an open opportunity is when it is expected to close: never a closing
            expected = con.execute("select count(*) from import_good where closed_at is not null "
                                   "and not coalesce(told_terminal, false)").fetchone()[0]
            if expected:
                notes.append(detect.Note("import.note_close_expected", {"count": expected,
                                                                       "field": mapped.column_name("closed_at")}))
        if "closed_at" in mapped.fields and "created_at" in mapped.fields:
            # Salesforce's demo export: CreatedDate 2024 on deals closed in 2023, counted in January 2024's cohort
            early, key, made, closed = con.execute(
                "select count(*), arg_min(r.written_key, r.rn), arg_min(r.created_at, r.rn)::date::varchar, "
                "arg_min(t.next_closed_at, r.rn)::date::varchar from import_told as t "
                "join import_rows_coded as r on r.rn = t.rn "
                "where t.next_closed_at::date < r.created_at::date").fetchall()[0]
            if early:
                notes.append(detect.Note("import.note_closed_before_created", {
                    "count": early, "id": key, "start": made, "end": closed}))
        if ahead:
            # a date after today (a year mistyped, a month read as the day) counts in no window until its day comes:
            # said, as the week's figures would otherwise look short of a row the file plainly holds
            key = con.execute("select written_key from import_rows_coded where rn = ?", [ahead_rn]).fetchall()[0][0]
            notes.append(detect.Note("import.note_dated_ahead", {"count": ahead, "id": key,
                                                                 "start": str(ahead_first)[:10]}))
    first = con.execute("select value from import_problems where code = 'unknown_stage' group by value "
                        "order by count(*) desc, 1 limit 1").fetchall()
    if first:
        # each unknown stage once, with its rows, rather than one line per row
        notes.append(detect.Note("import.note_unknown_stages", {**_values_of(con, "unknown_stage"),
                                                                "example": first[0][0]}))
    # "Phase" in a German export is no column the import knows: every new lead would enter as a plain lead unsaid
    # (a closing date tells no stage: "Deal Stage Name" left out beside "Close Date" made every deal an open lead)
    if options.kind == "leads" and counts["inserted"] and not options.deals and not any(
            f in ("stage", "status") or f.startswith("stage:") for f in mapped.fields):
        notes.append(detect.Note("import.note_no_stage"))
    # a file that only updates stored leads leaves their dates as they were
    if options.kind == "leads" and counts["inserted"] and not any(
            f == "created_at" or f == "closed_at" or f.startswith("stage:") for f in mapped.fields):
        notes.append(detect.Note("import.note_no_dates"))


def suggestion_note(suggestion: saved.Suggestion) -> tuple[str, dict[str, str | None]]:
    """The proposal of a saved mapping or a built-in preset, as a text key and its params."""
    if suggestion.saved and suggestion.product:
        return "import.note_suggestion_saved_product", {"name": suggestion.name, "product": suggestion.product}
    if suggestion.saved:
        return "import.note_suggestion_saved", {"name": suggestion.name}
    return "import.note_suggestion_preset", {"product": suggestion.product, "name": suggestion.name}


_PERIOD_STARTS = ("reporting starts", "inizio report", "start date", "start date (in utc)", "data inizio",
                  "inizio periodo")


def _row_periods(con, mapped: mapping.Mapping, period, notes: list[detect.Note]) -> int:
    """How many days after its first one a row's spend covers at most: a report's period (its title lines), or
    the rows' own (Meta's "Reporting starts" and "Reporting ends"), whose spend is stored on its first day, and
    said as the report's period is (import.note_report_period); 0 for spend day by day."""
    if period and mapped.constant_origin.get("spend_date") == "period":
        return (period[1] - period[0]).days
    if "spend_end" not in mapped.columns or normalise(mapped.column_name("spend_date")) not in {
            normalise(h) for h in _PERIOD_STARTS}:
        # "Giorno" beside "Inizio report" and "Fine report": each row is its day, the report's end is no row's
        return 0
    count, days, first, last = con.execute(
        "select count(*), max(date_diff('day', spend_date, spend_end)), arg_max(spend_date, spend_end - spend_date), "
        "arg_max(spend_end, spend_end - spend_date) from import_rows where spend_end > spend_date "
        # (a total row skipped is no row of spend)
        "and rowid not in (select rn from import_problems)").fetchone()
    if count:
        notes.append(detect.Note("import.note_row_period", {"count": count, "field": mapped.column_name("spend_end"),
                                                           "start": str(first)[:10], "end": str(last)[:10]}))
    return days or 0


def _report_period(layout: detect.Layout, order: str | None):
    """The period a report covers, as its title lines say ("1 novembre 2026 - 30 novembre 2026", or "Report
    Start:" and "Report End:" lines): its first and last day, or None."""
    # loaded here, not with the module: the CLDR names of three locales cost every import process 30 ms, a
    # re-import of a million rows a hundredth of its time, and only a report's title lines need them
    from smarketing import deadlines

    # the title's own dates say their order where a number above 12 proves it ("11/1/2026 - 11/30/2026"): a file
    # with no date column has no order of its own
    proven = deadlines.order_proven(" ".join(layout.titles))
    dayfirst = proven if proven is not None else order != "mdy"
    found = [d for line in layout.titles for d in deadlines.dates_in(line, dayfirst=dayfirst)]
    if len(found) >= 2 and found[0] <= found[1]:
        return found[0], found[1]
    return None


def _reads_deals(options: ImportOptions, header: list[str], notes: list[detect.Note]) -> bool:
    """Whether every row is a deal (docs/metrics.md: a lost deal counts against the win rate, a lead lost
    earlier does not), saying why in a note."""
    if options.deals is not None:
        if options.deals:
            notes.append(detect.Note("import.note_deals_option"))
        return options.deals
    if options.preset and PRESETS[options.preset].deals:
        notes.append(detect.Note("import.note_deals_preset", {"product": options.preset}))
        return True
    marker = deals_marker(header)
    if marker is not None:
        notes.append(detect.Note("import.note_deals_header", {"column": marker}))
        return True
    return False


def _channels_without_leads(con, batch_id: int, column: str | None) -> list[detect.Note]:
    """A channel no lead comes from, said with the source most like it: its spend would stand alone in the cost per
    lead and the ROI, the channel's leads counted under another name. `column`: the file's column of channels, to
    correct there (a fixed value is corrected as one)."""
    notes = []
    for row in db.rows(con, "imports/spend_unmatched", batch_id=batch_id):
        words = row["channel"].casefold().split()
        # "LinkedIn" for "LinkedIn Ads", "Google" for "Google AdWords": a source the channel's first word starts
        close = [s for s in row["sources"] if words and s.casefold().split()[:1] == words[:1]] or \
            difflib.get_close_matches(row["channel"], row["sources"], n=1, cutoff=0.6)
        sources = ", ".join(row["sources"][:8]) + (" …" if len(row["sources"]) > 8 else "")
        if not close:
            notes.append(detect.Note("import.note_channel_no_leads", {"channel": row["channel"], "sources": sources}))
        elif column is None:
            notes.append(detect.Note("import.note_channel_no_leads_like", {"channel": row["channel"],
                                                                           "like": close[0]}))
        else:
            notes.append(detect.Note("import.note_channel_no_leads_like_column", {
                "channel": row["channel"], "like": close[0], "column": column}))
    return notes


def _write(con, options: ImportOptions, mapped: mapping.Mapping, batch_id: int, deals: bool,
           currency: str, span: dict[str, Any]) -> dict[str, int]:
    if options.kind == "leads":
        key_field = "external_id" if "external_id" in mapped.fields else "email"
        db.execute(con, "imports/leads_match", key_field=key_field, deals=deals)
        # (never a deal's ID to a person: a deals export lists deals, many per person)
        if key_field == "external_id" and "email" in mapped.fields and not deals and con.execute(
                "select exists (select 1 from leads where external_id is null and email is not null)").fetchone()[0]:
            db.execute(con, "imports/leads_match_email")
        else:
            # none paired by e-mail: an empty table says so to _explain (asking DuckDB's catalog whether the table
            # exists cost ten times more)
            con.execute("create or replace temp table import_id_given (rn bigint, lead_id bigint)")
        facts = _match_facts(con)
        db.execute(con, "imports/leads_refused", key_field=key_field, mode=options.mode, **facts,
                   unmatched=_some_row_unmatched(con, facts["row_matched_twice"]))
        counts = db.rows(con, "imports/leads_write", batch_id=batch_id, deals=deals, currency=currency,
                         currency_given=bool(options.currency),
                         # (a row two leads matched was refused: each row left matches one)
                         new_leads=_some_row_unmatched(con, False))[0] | {"merged": 0}
        _keep_holds(con, batch_id, "lead", "select lead_id as id from import_matches")
        return counts
    db.execute(con, "imports/spend_channels")
    db.execute(con, "imports/spend_keys", currency=currency, **span)
    counts = db.rows(con, "imports/spend_write", batch_id=batch_id, mode=options.mode)[0]
    _keep_holds(con, batch_id, "spend", "select spend_id as id from import_targets where spend_id is not null")
    return counts


def _keep_holds(con, batch_id: int, kind: str, held: str) -> None:
    """Which stored rows the file held again (`held`: their ids), changed or not: a batch that wrote them is not
    undone under this one (imports/undo_conflict)."""
    con.execute(f"create or replace temp view import_held as {held}")
    low, high = con.execute("select min(id), max(id) from import_held").fetchone()
    if low is not None:
        db.execute(con, "imports/batch_holds", batch_id=batch_id, kind=kind, low=low, high=high,
                   wide=high - low >= BITMAP_SPAN)


# lead ids spanning more than this are not put in a bitmap (DuckDB refuses a span over 10^9, and the bitmap's
# size follows the span): the keys are grouped instead
BITMAP_SPAN = 100_000_000


def _match_facts(con) -> dict[str, bool]:
    """What imports/leads_refused is told of the matches: whether some stored lead was matched by two rows, some
    row by two leads, and some match changes a value. Bitmaps of the matches tell in ~5 ms what grouping them by
    key tells in ~80 ms a million, and nearly every file has neither; with no value changed (a re-import of the
    same file) no row can bring another lead's e-mail, and the stored e-mails are not read (~30 ms a million)."""
    low, high = con.execute("select min(lead_id), max(lead_id) from import_matches").fetchone()
    if low is None:
        return {"lead_matched_twice": False, "row_matched_twice": False, "values_changed": False}
    lead_twice, row_twice, changed = con.execute(
        "select count(*) > " + ("bit_count(bitstring_agg(lead_id))" if high - low < BITMAP_SPAN else "0")
        + ", count(*) > bit_count(bitstring_agg(rn)), bool_or(values_changed) from import_matches").fetchone()
    return {"lead_matched_twice": lead_twice, "row_matched_twice": row_twice, "values_changed": changed}


def _some_row_unmatched(con, row_twice: bool) -> bool:
    """Whether some row neither matched a stored lead nor was refused: a new lead, or a key to look at. The rows
    matched are the matches, counted once each by a bitmap only when some row matched twice (`row_twice`): a
    million matches are counted in no time, their bitmap takes 13 ms."""
    matched = "coalesce(bit_count(bitstring_agg(rn)), 0)" if row_twice else "count(*)"
    return con.execute(
        f"select (select count(*) from import_rows) > (select {matched} from import_matches) "
        "+ (select count(distinct rn) from import_problems)").fetchone()[0]


def _ledger_options(options: ImportOptions, layout: detect.Layout, mapped: mapping.Mapping,
                    decisions: project.Decisions, notes: list[detect.Note], deals: bool) -> dict[str, Any]:
    return {
        "mode": options.mode, "deals": deals, "preset": options.preset, "maps": options.maps,
        "stage_map": options.stage_map, "sets": options.sets, "partial": options.partial,
        "encoding": layout.encoding, "delimiter": layout.delimiter, "header_line": layout.header_line,
        "date_order": decisions.date_order, "decimals": decisions.decimals, "mapping": mapped.report(),
        "notes": [asdict(n) for n in notes],
    }


class _DryRun(Exception):
    """Raised inside the batch's transaction so that a dry run rolls everything back."""


def undo(con: duckdb.DuckDBPyConnection, batch_id: int, by: str | None = None) -> None:
    """Restore the store as it was before the batch, in one transaction; the ledger keeps who did it."""
    batch = con.execute("select kind, status from import_batches where batch_id = ?", [batch_id]).fetchone()
    if batch is None:
        raise SmarketingError("error.batch_missing", batch_id=batch_id)
    kind, status = batch
    if status == "undone":
        # a second click or command: say so, and undo nothing more
        who = con.execute("select undone_by from import_batches where batch_id = ?", [batch_id]).fetchall()[0][0]
        raise SmarketingError("error.batch_already_undone", batch_id=batch_id, by=f" ({who})" if who else "")
    if status != "committed":
        raise SmarketingError("error.batch_not_committed", batch_id=batch_id, status=status)
    conflict = db.rows(con, "imports/undo_conflict", batch_id=batch_id)[0]
    if conflict["later_batch"] is not None:
        raise SmarketingError("error.batch_conflict" if conflict["changed"] else "error.batch_held",
                              batch_id=batch_id, later=conflict["later_batch"])
    if kind == "demo":
        from smarketing import demo

        demo.remove(con, by)
        return
    with db.transaction(con):
        journeys.touched(con, batch_id)
        db.execute(con, "imports/undo", batch_id=batch_id, undone_by=by or access.local_user())
        journeys.rebuild(con)


def list_batches(con: duckdb.DuckDBPyConnection) -> list[batches.Batch]:
    rows = db.rows(con, "imports/batches_list")
    for row in rows:
        row["options"] = json.loads(row["options"]) if row["options"] else {}
    return rows  # type: ignore[return-value]
