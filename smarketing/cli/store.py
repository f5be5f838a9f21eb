"""Commands about the store itself: init, info, run."""

from __future__ import annotations

import argparse
import os
import sys

from smarketing import access, backups, demo, inventory, migrations, periods, storage
from smarketing.cli.output import print_json, whole_number
from smarketing.cli.session import open_store
from smarketing.i18n import fmt_bytes, fmt_date, fmt_int, t


def register(commands, lang: str) -> None:
    init = commands.add_parser("init", help=t("cli.init", lang), description=t("cli.init", lang))
    init.add_argument("--demo", action="store_true", help=t("cli.init_demo", lang))
    init.set_defaults(handler=cmd_init)

    info = commands.add_parser("info", help=t("cli.info", lang), description=t("cli.info", lang))
    info.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.format", lang))
    info.set_defaults(handler=cmd_info)

    backup = commands.add_parser("backup", help=t("cli.backup", lang), description=t("cli.backup", lang))
    backup.add_argument("folder", metavar="DIR", help=t("cli.backup_dir", lang))
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser("restore", help=t("cli.restore", lang), description=t("cli.restore", lang))
    restore.add_argument("folder", metavar="DIR", help=t("cli.restore_dir", lang))
    restore.set_defaults(handler=cmd_restore)

    run = commands.add_parser("run", help=t("cli.run", lang), description=t("cli.run", lang))
    run.add_argument("--port", type=whole_number(1, 65535, "port_word", lang), default=8501, help=t("cli.port", lang))
    run.set_defaults(handler=cmd_run)


def cmd_init(args: argparse.Namespace) -> int:
    path = storage.resolve_path(args.db)
    con = open_store(args, migrate=False, create=True)
    applied = migrations.migrate(con)
    version = migrations.applied(con)[-1]
    print(t("cli.migrated", args.lang, path=path, version=version,
            applied=", ".join(applied) or t("cli.nothing", args.lang)))
    if args.demo:
        if demo.is_loaded(con):
            print(t("cli.demo_already", args.lang))
        else:
            demo.load(con, periods.today(), by=access.local_user(), lang=args.lang)
            counts = inventory.summary(con)["tables"]
            print(t("cli.demo_loaded", args.lang, leads=fmt_int(counts["leads"], args.lang),
                    events=fmt_int(counts["stage_events"], args.lang),
                    spend=fmt_int(counts["spend"], args.lang)))
    con.close()
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    path = storage.resolve_path(args.db)
    con = open_store(args)
    summary, loaded = inventory.summary(con), demo.is_loaded(con)
    con.close()
    where, size = str(path.resolve()), storage.file_size(path)
    if args.format == "json":
        print_json({**summary, "path": where, "size_bytes": size, "demo_loaded": loaded})
        return 0
    lang = args.lang
    print(t("cli.info_db", lang, path=where, size=fmt_bytes(size, lang), version=summary["schema_version"]))
    print(t("cli.info_demo", lang, value=t("cli.yes" if loaded else "cli.no", lang)))
    width = max(len(name) for name in summary["tables"])
    for name, count in summary["tables"].items():
        print(f"  {name:<{width}}  {fmt_int(count, lang):>10}")
    if summary["first_lead_at"]:
        print(t("cli.info_leads_range", lang, first=fmt_date(summary["first_lead_at"], lang),
                last=fmt_date(summary["last_lead_at"], lang)))
    if summary["last_event_at"]:
        print(t("cli.info_last_event", lang, when=fmt_date(summary["last_event_at"], lang)))
    if summary["first_spend_on"]:
        print(t("cli.info_spend_range", lang, first=fmt_date(summary["first_spend_on"], lang),
                last=fmt_date(summary["last_spend_on"], lang)))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    con = open_store(args)
    try:
        manifest = backups.backup(con, args.folder)
    finally:
        con.close()
    print(t("cli.backup_done", args.lang, folder=args.folder, tables=len(manifest["tables"]),
            rows=fmt_int(sum(manifest["tables"].values()), args.lang)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = storage.resolve_path(args.db)
    result = backups.restore(path, args.folder, wait=args.wait)
    print(t("cli.restore_done", args.lang, path=path, folder=args.folder,
            rows=fmt_int(sum(result["tables"].values()), args.lang)))
    if result["previous_file"]:
        print(t("cli.restore_kept", args.lang, kept=result["previous_file"]))
    if result["access_kept"]:
        print(t("cli.restore_access_kept", args.lang))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Prepare the store here, then become the Streamlit server (exec), so signals reach it directly."""
    path = storage.resolve_path(args.db).resolve()
    con = open_store(args, create=True)
    demo.ensure(con, periods.today(), args.lang)
    con.close()  # the server opens it again; DuckDB allows one writing process per file
    print(t("cli.starting", args.lang, port=args.port, path=path), flush=True)
    os.environ[storage.ENV_VAR] = str(path)
    os.execvp(sys.executable, [
        sys.executable, "-m", "smarketing.serve", str(storage.ROOT / "smarketing" / "ui" / "asgi.py"),
        "--server.port", str(args.port),
    ])
    return 0  # not reached
