"""import leads|spend FILE, imports list, imports undo: the import contract scripts rely on."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from smarketing import lazy
from smarketing.cli.output import print_json, print_table
from smarketing.cli.session import open_store
from smarketing.errors import SmarketingError, os_reason
from smarketing.exports import rejects_csv
from smarketing.i18n import fmt_date, fmt_int, t
from smarketing.importing import saved
from smarketing.importing.fields import FIELDS, MODES, normalise
from smarketing.importing.presets import PRESETS
from smarketing.importing.reasons import Worded, batch_status, merged_skipped, note_text, worded
from smarketing.stages import CODES as STAGE_CODES

# The importer itself (DuckDB's SQL, detection, staging) is loaded when a command first uses it, not at every
# command's start.
detect = lazy.module("smarketing.importing.detect")
run = lazy.module("smarketing.importing.run")

DATE_ORDERS = ("dmy", "mdy", "ymd")
_DELIMITER_NAMES = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}


def register(commands, lang: str) -> None:
    imp = commands.add_parser("import", help=t("cli.import", lang), description=t("cli.import", lang))
    imp.add_argument("kind", choices=("leads", "spend"), help=t("cli.import_kind", lang))
    imp.add_argument("file", metavar="FILE", help=t("cli.import_file", lang))
    imp.add_argument("--preset", metavar="NAME", help=t("cli.import_preset", lang) + f": {', '.join(sorted(PRESETS))}")
    imp.add_argument("--save-as", metavar="NAME", help=t("cli.import_save_as", lang))
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN", help=t("cli.import_map", lang))
    imp.add_argument("--stage-map", action="append", default=[], metavar="VALUE=STAGE",
                     help=t("cli.import_stage_map", lang))
    imp.add_argument("--mode", choices=MODES, default="upsert", help=t("cli.import_mode", lang))
    imp.add_argument("--delimiter", metavar="C", help=t("cli.import_delimiter", lang))
    imp.add_argument("--encoding", metavar="NAME", help=t("cli.import_encoding", lang))
    imp.add_argument("--date-order", choices=DATE_ORDERS, help=t("cli.import_date_order", lang))
    imp.add_argument("--decimal", choices=(",", "."), metavar="{','|'.'}", help=t("cli.import_decimal", lang))
    imp.add_argument("--deals", action=argparse.BooleanOptionalAction, default=None,
                     help=t("cli.import_deals", lang))
    imp.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", dest="set",
                     help=t("cli.import_set", lang))
    imp.add_argument("--currency", metavar="CODE", help=t("cli.import_currency", lang))
    imp.add_argument("--partial", action="store_true", help=t("cli.import_partial", lang))
    imp.add_argument("--dry-run", action="store_true", help=t("cli.import_dry_run", lang))
    imp.add_argument("--rejects", metavar="OUT.csv", help=t("cli.import_rejects", lang))
    imp.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.format", lang))
    imp.set_defaults(handler=cmd_import, validate=_validate, failure_json=_failure_json)

    imps = commands.add_parser("imports", help=t("cli.imports", lang), description=t("cli.imports", lang))
    sub = imps.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = sub.add_parser("list", help=t("cli.imports_list", lang), description=t("cli.imports_list", lang))
    listing.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.format", lang))
    listing.set_defaults(handler=cmd_list)
    known = sub.add_parser("presets", help=t("cli.imports_presets", lang), description=t("cli.imports_presets", lang))
    known.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.format", lang))
    known.set_defaults(handler=cmd_presets)
    forget = sub.add_parser("forget", help=t("cli.imports_forget", lang), description=t("cli.imports_forget", lang))
    forget.add_argument("name", metavar="NAME")
    forget.set_defaults(handler=cmd_forget)
    back = sub.add_parser("undo", help=t("cli.imports_undo", lang), description=t("cli.imports_undo", lang))
    back.add_argument("batch_id", type=int, metavar="BATCH_ID")
    back.set_defaults(handler=cmd_undo)


def _pairs(values: list[str], parser: argparse.ArgumentParser, option: str, lang: str) -> dict[str, str]:
    pairs = {}
    for value in values:
        left, sep, right = value.partition("=")
        if not sep or not left.strip():
            parser.error(t("cli.pair_expected", lang, option=option, value=value,
                           shape=t("cli.pair_map" if option == "--map" else "cli.pair_stage_map", lang)))
        pairs[left.strip()] = right.strip()
    return pairs


def _validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Usage errors (exit 2) before anything is opened: unknown fields, stages, delimiters."""
    args.maps = _pairs(args.map, parser, "--map", args.lang)
    unknown = [f for f in args.maps if f not in FIELDS[args.kind]]
    if unknown:
        parser.error(t("cli.unknown_fields", args.lang, fields=", ".join(unknown),
                       known=", ".join(FIELDS[args.kind])))
    args.stage_maps = _pairs(args.stage_map, parser, "--stage-map", args.lang)
    bad = [s for s in args.stage_maps.values() if s not in STAGE_CODES]
    if bad:
        parser.error(t("cli.unknown_stages", args.lang, stages=", ".join(bad), known=", ".join(STAGE_CODES)))
    unnamed = [v for v in args.stage_maps if not normalise(v)]
    if unnamed:
        parser.error(t("reject.unnamed_stage", args.lang, value=unnamed[0]))
    args.sets = {}
    # dated stage fields (stage:mql) come from columns only: one date for every row would invent a history
    settable = [f for f in FIELDS[args.kind] if ":" not in f]
    for value in args.set:
        name, sep, constant = value.partition("=")
        if not sep or name.strip() not in settable or not constant.strip():
            parser.error(t("cli.set_bad", args.lang, value=value, known=", ".join(settable)))
        args.sets[name.strip()] = constant.strip()
    if args.save_as is not None:
        try:
            args.save_as = saved.check_name(args.save_as)
        except SmarketingError as exc:
            parser.error(exc.message(args.lang))
    if args.rejects:
        rejects = Path(args.rejects).expanduser().absolute()
        # said before the import, never after it was committed: a script would take the failure for no import
        if rejects.is_dir() or not rejects.parent.is_dir():
            parser.error(t("cli.rejects_folder", args.lang, path=args.rejects))
        # "--rejects leads.csv" beside "import leads leads.csv" would write the rejects over the file imported, or
        # over the store: refused before anything is read
        from smarketing import storage  # (DuckDB with it: only once an import is asked for)

        if rejects.exists() and any(Path(kept).expanduser().exists() and rejects.samefile(Path(kept).expanduser())
                                    for kept in (args.file, storage.resolve_path(args.db))):
            parser.error(t("cli.rejects_overwrites", args.lang, path=args.rejects))
        args.rejects = str(rejects)
    if args.delimiter is not None:
        args.delimiter = _DELIMITER_NAMES.get(args.delimiter.lower(), args.delimiter)
        if len(args.delimiter) != 1 or args.delimiter in "\"\r\n":
            parser.error(t("cli.bad_delimiter", args.lang))


def cmd_import(args: argparse.Namespace) -> int:

    options = run.ImportOptions(
        kind=args.kind, mode=args.mode, preset=args.preset, maps=args.maps, stage_map=args.stage_maps,
        delimiter=args.delimiter, encoding=args.encoding, date_order=args.date_order,
        decimal={",": "it", ".": "us", None: None}[args.decimal], dry_run=args.dry_run, deals=args.deals,
        sets=args.sets, currency=args.currency, partial=args.partial,
    )
    con = open_store(args)
    try:
        result = run.run_import(con, Path(args.file), options)
        replaced = None
        if args.save_as:
            replaced = saved.save(con, args.save_as, saved.expand(con, options), result.header)
        if args.rejects:
            rows = result.all_rejects if args.dry_run else run.ledger(con, result.batch_id, None)
            rows = sorted(rows + result.warnings, key=lambda r: r["line"])
            _write_rejects(Path(args.rejects), worded(rows, args.lang), args.lang)
    finally:
        con.close()
    lang = args.lang
    rejects = worded(result.rejects, lang)
    warnings = worded(result.warnings, lang)
    refusal = run.refusal_error(result.refusal).message(lang) if result.refusal else None
    if args.format == "json":
        print_json({
            "batch_id": result.batch_id, "status": result.status, "file": result.file_name,
            "rows_read": result.rows_read, "inserted": result.inserted, "updated": result.updated,
            "unchanged": result.unchanged, "merged": result.merged, "skipped": result.skipped,
            "rejected": result.rejected, "rejects": rejects, "warnings": warnings,
            "mapping": result.mapping, "unmapped": result.unmapped,
            "notes": [note_text(n, lang) for n in result.notes], "refusal": refusal,
            "suggestion": suggestion_text(result.suggestion, lang),
            "saved_as": args.save_as,
        })
        return 0
    print(t("cli.import_file_line", lang, file=result.file_name, encoding=result.encoding))
    for note in result.notes:
        print("  " + note_text(note, lang))
    print(t("cli.import_mapping", lang))
    for item in result.mapping:
        # the report's first day as the language writes dates, as the note above it says it
        column = fmt_date(date.fromisoformat(item["column"]), lang) if item["origin"] == "period" else item["column"]
        print(f"  {column} -> {item['field']}  ({t('cli.origin_' + item['origin'], lang)})")
    if result.unmapped:
        print(t("cli.import_unmapped", lang, columns=", ".join(result.unmapped)))
    key = "cli.import_done_dry" if result.status == "dry_run" else "cli.import_done"
    print(t(key, lang, batch_id=result.batch_id, rows=fmt_int(result.rows_read, lang),
            inserted=fmt_int(result.inserted, lang), updated=fmt_int(result.updated, lang),
            unchanged=fmt_int(result.unchanged, lang), rejected=fmt_int(result.rejected, lang)))
    also = merged_skipped(result.merged, result.skipped, lang)
    if also:
        print(also)
    if result.suggestion:
        print(suggestion_text(result.suggestion, lang))
    if args.save_as:
        print(t("cli.mapping_replaced" if replaced else "cli.mapping_saved", lang, name=args.save_as))
    if refusal:
        # a dry run reaches here; a real run would have stopped with this message
        print(t("cli.import_refused_dry", lang))
        print("  " + refusal)
    if warnings:
        print(t("cli.import_warnings_head", lang, total=fmt_int(len(warnings), lang)))
        for r in warnings:
            where = t("cli.reject_where", lang, line=r["line"], column=r["column"] or "-", value=r["value"] or "")
            print(f"  {where}: {r['reason']}")
    if rejects:
        print(t("cli.import_rejects_head", lang, shown=len(rejects), total=fmt_int(result.problems, lang)))
        for r in rejects:
            where = t("cli.reject_where", lang, line=r["line"], column=r["column"] or "-", value=r["value"] or "")
            print(f"  {where}: {r['reason']}")
    return 0


def _write_rejects(path: Path, rows: list[Worded], lang: str) -> None:
    try:
        path.write_text(rejects_csv(rows, lang), encoding="utf-8")
    except OSError as exc:
        raise SmarketingError("error.write_failed", path=str(path), detail=os_reason(exc)) from exc


def _failure_json(exc: SmarketingError, args: argparse.Namespace) -> None:
    print_json({"batch_id": None, "status": "failed", "code": exc.key, "message": exc.message(args.lang),
                "rows_read": 0, "inserted": 0, "updated": 0, "unchanged": 0, "rejected": 0, "rejects": []})


def cmd_list(args: argparse.Namespace) -> int:

    con = open_store(args)
    rows = run.list_batches(con)
    con.close()
    if args.format == "json":
        print_json(rows)
        return 0
    lang = args.lang
    if not rows:
        print(t("cli.imports_none", lang))
        return 0
    headers = [t(f"cli.batch_col_{c}", lang) for c in
               ("id", "kind", "file", "when", "read", "inserted", "updated", "unchanged", "rejected", "status", "by")]
    table = [[r["batch_id"], t(f"imports.kind_{r['kind']}", lang), r["file_name"] or "",
              fmt_date(r["started_at"], lang),
              fmt_int(r["rows_read"], lang), fmt_int(r["inserted"], lang), fmt_int(r["updated"], lang),
              fmt_int(r["unchanged"], lang), fmt_int(r["rejected"], lang), batch_status(r, lang),
              r["created_by"] or ""] for r in rows]
    print_table(table, headers, right={0, 4, 5, 6, 7, 8})
    return 0


def suggestion_text(suggestion, lang: str) -> str | None:
    """The mapping a file read without --preset matches, proposed in words."""

    if suggestion is None:
        return None
    return note_text(detect.Note(*run.suggestion_note(suggestion)), lang)


def cmd_presets(args: argparse.Namespace) -> int:
    con = open_store(args)
    rows = saved.listing(con)
    con.close()
    lang = args.lang
    listed: list[dict[str, Any]] = [
        {"name": name, "kind": p.kind, "export": t(f"preset.{name}", lang), "saved_by": None, "saved_at": None}
        for name, p in sorted(PRESETS.items())]
    listed += [{"name": r["name"], "kind": r["kind"],
                "export": t(f"preset.{r['options']['preset']}", lang) if r["options"].get("preset") else "",
                "saved_by": r["saved_by"], "saved_at": r["saved_at"]} for r in rows]
    if args.format == "json":
        print_json(listed)
        return 0
    headers = [t(f"cli.presets_col_{c}", lang) for c in ("name", "kind", "what", "saved")]
    print_table([[r["name"], t(f"imports.kind_{r['kind']}", lang), r["export"],
                  t("cli.presets_builtin", lang) if r["saved_at"] is None else f"{r['saved_by'] or ''} "
                  f"{fmt_date(r['saved_at'], lang)}".strip()] for r in listed], headers)
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    con = open_store(args)
    try:
        saved.delete(con, args.name)
    finally:
        con.close()
    print(t("cli.mapping_forgotten", args.lang, name=args.name))
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    con = open_store(args)
    try:
        run.undo(con, args.batch_id)
    finally:
        con.close()
    print(t("cli.undone", args.lang, batch_id=args.batch_id))
    return 0

