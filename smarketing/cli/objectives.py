"""objectives check|add|list|show|progress: drafting, the SMART check and progress from the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from smarketing import lazy, metrics, periods, regexcache, stages
from smarketing.cli.output import day_type, print_json, print_table
from smarketing.cli.session import open_store
from smarketing.errors import SmarketingError
from smarketing.i18n import LANGS, fmt_date, fmt_pct, t
from smarketing.vocabulary import CRITERIA, METRICS

if TYPE_CHECKING:
    from smarketing.progress import Progress

# objectives, their views and the agenda they feed load when a command first uses them, not at every start
access = lazy.module("smarketing.access")
db = lazy.module("smarketing.db")
objective_views = lazy.module("smarketing.objective_views")
objectivewords = lazy.module("smarketing.objectivewords")
objectives = lazy.module("smarketing.objectives")
smartwords = lazy.module("smarketing.smartwords")
team = lazy.module("smarketing.team")


def register(commands, lang: str) -> None:
    cmd = commands.add_parser("objectives", help=t("cli.objectives", lang), description=t("cli.objectives", lang))
    sub = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, handler in (("check", cmd_check), ("add", cmd_add)):
        p = _action(sub, name, lang, handler, today=True)
        p.add_argument("text", metavar="TEXT", help=t("cli.objectives_text", lang))
        p.add_argument("--owner", action="append", default=[], metavar="FUNCTION:NAME",
                       help=t("cli.objectives_owner", lang))
        p.add_argument("--parent", type=int, metavar="ID", help=t("cli.objectives_parent", lang))
        if name == "add":
            p.add_argument("--title", metavar="TITLE", help=t("cli.objectives_title", lang))
        _corrections(p, lang)
        p.set_defaults(validate=_validate)
    _action(sub, "list", lang, cmd_list, today=False)
    _action(sub, "show", lang, cmd_show, today=True).add_argument("objective_id", type=int, metavar="ID")
    _action(sub, "progress", lang, cmd_progress, today=True)


def _action(sub, name: str, lang: str, handler, *, today: bool) -> argparse.ArgumentParser:
    """An objectives action with the options they share; --lang here too, as the contract writes it after
    the action (SUPPRESS keeps the global --lang when this one is not given)."""
    p = sub.add_parser(name, help=t(f"cli.objectives_{name}", lang), description=t(f"cli.objectives_{name}", lang))
    if today:
        p.add_argument("--today", type=day_type(lang), metavar="YYYY-MM-DD", help=t("cli.objectives_today", lang))
    p.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=t("cli.lang", lang))
    p.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.format", lang))
    p.set_defaults(handler=handler)
    return p


def _corrections(p: argparse.ArgumentParser, lang: str) -> None:
    """The same corrections the editor offers, set over what the sentence was read as."""
    group = p.add_argument_group(t("cli.objectives_corrections", lang))
    group.add_argument("--metric", choices=METRICS, help=t("cli.objectives_metric", lang))
    group.add_argument("--stage", choices=stages.PATH, help=t("cli.objectives_stage", lang))
    group.add_argument("--from-stage", choices=stages.PATH, help=t("cli.objectives_from_stage", lang))
    group.add_argument("--to-stage", choices=stages.PATH, help=t("cli.objectives_to_stage", lang))
    group.add_argument("--scope", action="append", metavar="DIMENSION=VALUE", help=t("cli.objectives_scope", lang))
    group.add_argument("--no-scope", action="store_true", help=t("cli.objectives_no_scope", lang))
    group.add_argument("--direction", choices=("increase", "decrease"), help=t("cli.objectives_direction", lang))
    group.add_argument("--target", metavar="VALUE", help=t("cli.objectives_target", lang))
    group.add_argument("--deadline", type=day_type(lang), metavar="YYYY-MM-DD", help=t("cli.objectives_deadline", lang))
    group.add_argument("--start", type=day_type(lang), metavar="YYYY-MM-DD", help=t("cli.objectives_start", lang))


def _corrected(parser: argparse.ArgumentParser, args: argparse.Namespace) -> dict[str, Any]:
    fixed = {name: getattr(args, name) for name in ("metric", "stage", "from_stage", "to_stage", "direction",
                                                    "target", "deadline", "start") if getattr(args, name) is not None}
    if args.no_scope or args.scope:
        fixed["filters"] = {}
    for item in args.scope or []:
        dimension, sep, value = item.partition("=")
        if not sep or dimension.strip() not in metrics.DIMENSIONS or not value.strip():
            parser.error(t("cli.objectives_bad_scope", args.lang, scope=item,
                           dimensions=", ".join(metrics.DIMENSIONS)))
        dimension, value = dimension.strip(), value.strip()
        if fixed["filters"].get(dimension, value) != value:
            parser.error(t("cli.filter_twice", args.lang, dimension=dimension, first=fixed["filters"][dimension],
                           second=value))
        fixed["filters"][dimension] = value
    return fixed


def _validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    args.corrections = _corrected(parser, args)
    owners = []
    for item in args.owner:
        function, sep, name = item.partition(":")
        if not sep or function not in objectives.FUNCTIONS or not name.strip():
            parser.error(t("cli.objectives_bad_owner", args.lang, owner=item))
        owners.append((name.strip(), function))
    args.owners = owners


def _check(args: argparse.Namespace):
    con = open_store(args)
    try:
        objectives.check_keepable(con, args.text, args.parent)
        return objectives.check(con, args.text, args.owners, args.today or periods.today(), args.parent,
                                args.corrections)
    finally:
        con.close()


def cmd_check(args: argparse.Namespace) -> int:
    # the reader's patterns compiled by an earlier command are used again (regexcache): most of a check's time
    with regexcache.kept():
        draft, ctx, report = _check(args)
        worded = smartwords.worded(draft, ctx, report, args.lang)
    if args.format == "json":
        print_json({**worded.as_dict(), "parsed": objectives.parsed(draft, ctx)})
        return 0
    print(worded.understood)
    print(t("cli.objectives_score", args.lang, score=worded.score))
    for name in CRITERIA:
        verdict = worded.criteria[name]
        print(f"  [{t(f'status.{verdict.status}', args.lang)}] {t(f'criterion.{name}', args.lang)}: {verdict.reason}")
        if verdict.status != "pass":
            print(f"      -> {verdict.suggestion}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    con = open_store(args)
    try:
        # "--owner marketing:Giulia" is Giulia Ferrari, never a second, new person in the team
        args.owners = [(team.known_as(con, name, function), function) for name, function in args.owners]
        with regexcache.kept():
            draft, ctx, report = objectives.check(con, args.text, args.owners, args.today or periods.today(),
                                                  args.parent, args.corrections)
        objective_id = objectives.create(con, draft, ctx.baseline, args.owners, args.lang, access.local_user(),
                                         title=args.title, parent_id=args.parent)
        row = objectives.get(con, objective_id)
    finally:
        con.close()
    if args.format == "json":
        print_json({**_public(row), "score": report.score})
    else:
        print(t("cli.objectives_added", args.lang, objective_id=objective_id, title=row["title"],
                score=report.score))
    return 0


def _public(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("objective_id", "title", "statement", "metric", "from_stage", "to_stage", "filters", "direction",
            "baseline", "target", "target_kind", "unit", "start_date", "deadline", "parent_id", "status", "owners",
            "functions")
    return {("id" if k == "objective_id" else k): row[k] for k in keys}


def cmd_list(args: argparse.Namespace) -> int:
    con = open_store(args)
    try:
        rows = objectives.all_objectives(con, None)
        names = stages.names(con)
    finally:
        con.close()
    if args.format == "json":
        print_json([_public(r) for r in rows])
        return 0
    if not rows:
        print(t("cli.objectives_none", args.lang))
        return 0
    # words in the table, for a person; JSON keeps the codes, for scripts
    print_table([[r["objective_id"], r["title"], objectivewords.measure_words(r, names, args.lang),
                  fmt_date(r["deadline"], args.lang), ", ".join(r["owners"]),
                  t(f"objectives.lifecycle_{r['status']}", args.lang)] for r in rows],
                [t(f"cli.objectives_col_{c}", args.lang) for c in ("id", "title", "metric", "deadline", "owners",
                                                                   "status")], right={0})
    return 0


def _progress_row(row: dict[str, Any], p: Progress) -> dict[str, Any]:
    return {"id": row["objective_id"], "title": row["title"], "actual": p.actual, "baseline": p.baseline,
            "target": p.target, "progress": p.progress, "expected_progress": p.expected_progress, "status": p.status,
            "forecast": p.forecast, "forecast_progress": p.forecast_progress, "kind": p.kind,
            "amounts_in": list(p.amounts_in)}


def _progress_line(row: dict[str, Any], p: dict[str, Any], lang: str) -> str:
    status = objectivewords.status_text(row, p["status"], lang, tuple(p["amounts_in"]))
    if p["status"] == "not_started":
        # nothing measured yet: no actual, progress or forecast to set beside the target
        return t("cli.objectives_progress_not_started", lang, status=status,
                 target=objectivewords.show(row, p["target"], lang))
    return t("cli.objectives_progress_line", lang, status=status, actual=objectivewords.show(row, p["actual"], lang),
             target=objectivewords.show(row, p["target"], lang), progress=fmt_pct(p["progress"], lang, 0),
             expected=fmt_pct(p["expected_progress"], lang, 0),
             forecast=objectivewords.show(row, p["forecast"], lang))


def cmd_show(args: argparse.Namespace) -> int:
    con = open_store(args)
    try:
        row = objectives.get(con, args.objective_id)
        if row is None:
            raise SmarketingError("error.objective_missing", objective_id=args.objective_id)
        progress = _progress_row(row, objectives.progress_of(con, row, args.today or periods.today()))
        changes = objectives.changes(con, args.objective_id)
        checkins = objectives.checkins(con, args.objective_id)
        team = objectives.team(con)
        titles = {o["objective_id"]: o["title"] for o in objectives.all_objectives(con, None)}
    finally:
        con.close()
    if args.format == "json":
        print_json({**_public(row), "progress": progress, "changes": changes, "checkins": checkins})
        return 0
    print(f"#{row['objective_id']} {row['title']}")
    print(f"  {row['statement']}")
    print("  " + t("cli.objectives_owners", args.lang, owners=", ".join(
        f"{n} ({t(f'function.{f}', args.lang) if f else '?'})" for n, f in zip(row["owners"], row["functions"]))))
    print("  " + _progress_line(row, progress, args.lang))
    for change in changes:
        old, new = objectivewords.change_words(change, row, titles, args.lang)
        print("  " + t("cli.objectives_change", args.lang, when=fmt_date(change["changed_at"], args.lang),
                       who=change["changed_by"] or "?", field=t(f"objectives.field.{change['field']}", args.lang),
                       old=old, new=new))
    for c in checkins:
        # (typed in by someone else than the owner: said, as on the page)
        by = objective_views.typed_by(c, team)
        who = t("cli.objectives_checkin_for", args.lang, author=c["author"], by=by) if by else c["author"]
        print("  " + t("cli.objectives_checkin", args.lang, week=fmt_date(c["week"], args.lang), who=who,
                       confidence=c["confidence"], note=c["note"] or ""))
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    con = open_store(args)
    try:
        measured = [(row, _progress_row(row, p)) for row, p in
                    objective_views.measured(con, args.today or periods.today())]
    finally:
        con.close()
    if args.format == "json":
        print_json([p for _, p in measured])
        return 0
    if not measured:
        print(t("cli.objectives_none", args.lang))
        return 0
    for row, p in measured:
        print(f"#{p['id']} {p['title']}: {_progress_line(row, p, args.lang)}")
    return 0


