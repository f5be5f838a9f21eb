"""digest send: the weekly digest from a scheduler (cron, a systemd timer), when the app is not the one sending."""

from __future__ import annotations

import argparse

from smarketing import lazy, periods
from smarketing.cli import report
from smarketing.cli.session import open_store
from smarketing.i18n import day_names, fmt_date, t

# the digest attaches the report, which draws charts (Altair, pandas): loaded when the command runs
digest = lazy.module("smarketing.digest")


def register(commands, lang: str) -> None:
    cmd = commands.add_parser("digest", help=t("cli.digest", lang), description=t("cli.digest", lang))
    sub = cmd.add_subparsers(dest="digest", required=True, metavar="ACTION")
    send = sub.add_parser("send", help=t("cli.digest_send", lang), description=t("cli.digest_send", lang))
    send.add_argument("--dry-run", action="store_true", help=t("cli.digest_dry_run", lang))
    send.add_argument("--week", metavar="WEEK", help=t("cli.digest_week", lang))
    # --week is read as the weekly report reads it
    send.set_defaults(handler=cmd_send, validate=report.week_option)


def cmd_send(args: argparse.Namespace) -> int:
    report.refuse_future_week(args, periods.today())
    con = open_store(args)
    try:
        plan = digest.schedule(con)
        if not plan.channels:
            print(t("cli.digest_off", args.lang))
            return 0
        week = args.week_start or digest.due_week(plan, periods.now())
        if week is None:
            print(t("cli.digest_not_due", args.lang, day=day_names(args.lang)[plan.day], at=plan.at))
            return 0
        outcomes = digest.send(con, week, periods.today(), dry_run=args.dry_run)
    finally:
        con.close()
    print(t("cli.digest_week_of", args.lang, day=fmt_date(week, args.lang)))
    for outcome in outcomes:
        message = outcome.message
        key = "dry_run_line" if outcome.status == "dry_run" else outcome.status
        print(t(f"cli.digest_{key}", args.lang, channel=message.channel, recipient=message.recipient,
                error=outcome.error.message(args.lang) if outcome.error else ""))
        if args.dry_run:
            print("\n".join("    " + line for line in message.text.splitlines()))
    return 1 if any(o.status == "failed" for o in outcomes) else 0
