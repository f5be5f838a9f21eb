"""metrics funnel|conversion|velocity|win_rate|sla|roi: the journey metrics for scripts and people."""

from __future__ import annotations

import argparse
import csv
import io
from dataclasses import replace

from smarketing import coverage, metrics, periods, stages
from smarketing.cli.output import day_type, print_json, print_table, whole_number
from smarketing.cli.session import open_store
from smarketing.errors import SmarketingError
from smarketing.exports import safe_cell
from smarketing.i18n import t
from smarketing.metricformat import TEXT_COLUMNS, blanked, coverage_notes, format_value, funnel_shown, label
from smarketing.stages import CODES as STAGE_CODES
from smarketing.vocabulary import REPORTS


def register(commands, lang: str) -> None:
    cmd = commands.add_parser("metrics", help=t("cli.metrics", lang), description=t("cli.metrics", lang))
    cmd.add_argument("metric", type=_report, choices=REPORTS, help=t("cli.metrics_name", lang))
    cmd.add_argument("--from", dest="from_stage", choices=STAGE_CODES, metavar="STAGE",
                     help=t("cli.metrics_from", lang))
    cmd.add_argument("--to", dest="to_stage", choices=STAGE_CODES, metavar="STAGE", help=t("cli.metrics_to", lang))
    cmd.add_argument("--by", choices=metrics.DIMENSIONS, metavar="DIMENSION", help=t("cli.metrics_by", lang))
    cmd.add_argument("--start", type=day_type(lang), metavar="DATE", help=t("cli.metrics_start", lang))
    cmd.add_argument("--end", type=day_type(lang), metavar="DATE", help=t("cli.metrics_end", lang))
    cmd.add_argument("--mode", choices=metrics.MODES, default="cohort", help=t("cli.metrics_mode", lang))
    cmd.add_argument("--every", choices=metrics.PERIODS, help=t("cli.metrics_every", lang))
    cmd.add_argument("--filter", action="append", default=[], metavar="DIMENSION=VALUE",
                     help=t("cli.metrics_filter", lang))
    cmd.add_argument("--today", type=day_type(lang), metavar="DATE", help=t("cli.metrics_today", lang))
    # none given: the limit Settings keep, as the pages and the report use it
    cmd.add_argument("--backlog-days", type=whole_number(1, 3650, "days_word", lang), default=None, metavar="N",
                     help=t("cli.metrics_backlog", lang))
    cmd.add_argument("--compare", choices=periods.COMPARISONS, help=t("cli.metrics_compare", lang))
    cmd.add_argument("--format", choices=("table", "csv", "json"), default="table", help=t("cli.format", lang))
    cmd.set_defaults(handler=cmd_metrics, validate=_validate)


# how earlier releases spelled a report on the command line: scheduled scripts that still write it keep working
_EARLIER_SPELLING = {"win-rate": "win_rate"}


def _report(text: str) -> str:
    return _EARLIER_SPELLING.get(text, text)


def _validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    filters: dict[str, str] = {}
    for item in args.filter:
        name, sep, value = item.partition("=")
        if not sep or name not in metrics.DIMENSIONS:
            parser.error(t("cli.metrics_bad_filter", args.lang, filter=item, known=", ".join(metrics.DIMENSIONS)))
        if name in filters and filters[name] != value:
            # a filter keeps one value of a dimension: the second one silently replaced the first
            parser.error(t("cli.filter_twice", args.lang, dimension=name, first=filters[name], second=value))
        filters[name] = value
    args.filters = filters
    if args.start and args.end and args.start > args.end:
        parser.error(t("cli.metrics_bad_window", args.lang))
    if args.compare and args.start is None:
        parser.error(SmarketingError("error.compare_needs_window").message(args.lang))


def cmd_metrics(args: argparse.Namespace) -> int:
    from smarketing import alerts  # the Settings' limits, read when the command runs

    query = metrics.Query(by=args.by, every=args.every, start=args.start, end=args.end, mode=args.mode,
                          from_stage=args.from_stage, to_stage=args.to_stage, filters=args.filters,
                          today=args.today or periods.today())
    con = open_store(args)
    try:
        query = replace(query, filters=metrics.known_filters(con, query.filters),
                        backlog_days=args.backlog_days or alerts.thresholds(con).backlog_days)
        full = metrics.compare(con, args.metric, query, args.compare)
        rows = metrics.public(full, args.metric, query, args.compare)
        # the table is read by a person: stages by name; JSON and CSV keep the codes, for scripts
        journey = stages.stages(con)
        stage_names = stages.labels(journey, args.lang)
        gaps = coverage.read(con, journey)
    finally:
        con.close()
    if args.format == "json":
        print_json(rows)
    elif args.format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        keys = list(rows[0]) if rows else []
        writer.writerow(keys)
        for row in rows:
            # numbers as they are (a ROI of -1.0 stays a number a script or Excel reads); only text is guarded
            writer.writerow(["" if row[k] is None else safe_cell(row[k]) for k in keys])
        print(out.getvalue(), end="")
    else:
        if not rows:
            print(t("cli.metrics_none", args.lang))
            return 0
        # only a cohort matures: a flow's column would be empty on every line (JSON and CSV keep the key)
        keys = [k for k in rows[0]
                if k not in metrics.COMPARE_KEYS and not (k == "maturing" and query.mode == "period")]
        if args.compare:
            first = rows[0]
            print(t("cli.metrics_compared", args.lang, start=format_value("compare_start", first["compare_start"],
                                                                          first, args.lang),
                    end=format_value("compare_end", first["compare_end"], first, args.lang),
                    data=format_value("compare_data", first["compare_data"], first, args.lang)))
        headers = [label(k, args.lang) for k in keys]
        # what the data cannot hold at all is "–" with the reason under the table, as on the pages (coverage.py)
        unknown = gaps.unknown() | (gaps.step_unknown(query.from_stage, query.to_stage)
                                    if args.metric == "conversion" and query.from_stage and query.to_stage else {})
        # each value worded with its whole row beside it: an amount in two currencies is each one's, never "–"
        # (blanked with its comparison: "Persi (confronto) 0" beside "Persi –" was a number the data cannot hold)
        shown = [blanked(r, unknown) for r in rows]
        if args.metric == "funnel":
            # the share kept at a step from or to a stage the data never dates is "–", as the Funnel page shows it
            shown = funnel_shown(shown, gaps)
        table = [[stage_names.get(row[k], row[k] or "") if k == "stage" else format_value(k, row[k], whole, args.lang)
                  for k in keys] for row, whole in zip(shown, full)]
        numeric = {i for i, k in enumerate(keys) if k not in TEXT_COLUMNS}
        print_table(table, headers, right=numeric)
        if any(k in unknown for k in keys) or shown != [blanked(r, unknown) for r in rows]:
            for note in coverage_notes(gaps, journey, args.lang):
                print(note)
    return 0
