"""report weekly: the weekly meeting's report, as Markdown or as one offline HTML file."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from smarketing import lazy, periods
from smarketing.cli.output import day_type
from smarketing.cli.session import open_store
from smarketing.errors import SmarketingError, os_reason
from smarketing.i18n import LANGS, t

# loaded when a command first uses them, not at every command's start: the report draws charts (Altair, pandas)
meetings = lazy.module("smarketing.meetings")
report = lazy.module("smarketing.report")


def register(commands, lang: str) -> None:
    cmd = commands.add_parser("report", help=t("cli.report", lang), description=t("cli.report", lang))
    sub = cmd.add_subparsers(dest="report", required=True, metavar="REPORT")
    weekly = sub.add_parser("weekly", help=t("cli.report_weekly", lang), description=t("cli.report_weekly", lang))
    weekly.add_argument("--week", metavar="WEEK", help=t("cli.report_week", lang))
    weekly.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=t("cli.lang", lang))
    weekly.add_argument("--format", choices=("md", "html"), default="md", help=t("cli.report_format", lang))
    weekly.add_argument("--out", metavar="FILE", help=t("cli.report_out", lang))
    weekly.add_argument("--today", type=day_type(lang), metavar="YYYY-MM-DD", help=t("cli.report_today", lang))
    weekly.set_defaults(handler=cmd_weekly, validate=week_option)


def week_option(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """--week (2026-W48) as the Monday it names, in args.week_start; a week that is none is a usage error."""
    try:
        args.week_start = meetings.parse_week(args.week) if args.week else None
    except SmarketingError as exc:
        parser.error(exc.message(args.lang))


def refuse_future_week(args: argparse.Namespace, today: date) -> None:
    """A --week still to come has no numbers: its report or digest would show today's under its title (and a digest
    sent for it would stand for the real one when the week comes)."""
    if args.week_start is not None and args.week_start > today:
        raise SmarketingError("error.week_future", week=args.week, monday=args.week_start.isoformat())


def cmd_weekly(args: argparse.Namespace) -> int:
    today = args.today or periods.today()
    refuse_future_week(args, today)
    con = open_store(args)
    try:
        built = report.build(con, args.week_start or today, today, args.lang)
    finally:
        con.close()
    text = report.render(built, args.format)
    if not args.out:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.out).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise SmarketingError("error.report_write", path=args.out, detail=os_reason(exc)) from exc
    print(t("cli.report_written", args.lang, path=args.out))
    return 0
