"""access list|allow|remove|password: the allow-list, the roles and the passwords of a shared server."""

from __future__ import annotations

import argparse
import getpass
import sys

from smarketing import access
from smarketing.cli.output import print_json, print_table
from smarketing.cli.session import open_store
from smarketing.errors import SmarketingError
from smarketing.i18n import fmt_date, t


def register(commands, lang: str) -> None:
    cmd = commands.add_parser("access", help=t("cli.access", lang), description=t("cli.access", lang))
    sub = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = sub.add_parser("list", help=t("cli.access_list", lang), description=t("cli.access_list", lang))
    listing.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.format", lang))
    listing.set_defaults(handler=cmd_list)
    allow = sub.add_parser("allow", help=t("cli.access_allow", lang), description=t("cli.access_allow", lang))
    allow.add_argument("pattern", metavar="EMAIL|@DOMAIN", help=t("cli.access_pattern", lang))
    allow.add_argument("--role", choices=access.ROLES, default="viewer", help=t("cli.access_role", lang))
    allow.set_defaults(handler=cmd_allow)
    remove = sub.add_parser("remove", help=t("cli.access_remove", lang), description=t("cli.access_remove", lang))
    remove.add_argument("pattern", metavar="EMAIL|@DOMAIN", help=t("cli.access_pattern", lang))
    remove.add_argument("--open", action="store_true", dest="open_server", help=t("cli.access_open", lang))
    remove.set_defaults(handler=cmd_remove)
    password = sub.add_parser("password", help=t("cli.access_password", lang),
                              description=t("cli.access_password", lang))
    password.add_argument("email", metavar="EMAIL", help=t("cli.access_email", lang))
    password.add_argument("--role", choices=access.ROLES, default=None, help=t("cli.access_password_role", lang))
    password.set_defaults(handler=cmd_password)


def cmd_list(args: argparse.Namespace) -> int:
    con = open_store(args)
    try:
        found = access.rules(con)
        mode = access.mode(con, access.oidc_on_disk())
    finally:
        con.close()
    if args.format == "json":
        print_json(found)
        return 0
    if not found:
        print(t("cli.access_none_oidc" if mode == "oidc" else "cli.access_none", args.lang))
        return 0
    print_table([[r["pattern"], r["role"], t("cli.yes" if r["has_password"] else "cli.no", args.lang),
                  fmt_date(r["created_at"], args.lang), r["created_by"] or ""] for r in found],
                [t(f"cli.access_col_{c}", args.lang) for c in ("pattern", "role", "password", "since", "by")])
    print(t(f"cli.access_mode_{mode}", args.lang))
    return 0


def cmd_allow(args: argparse.Namespace) -> int:
    con = open_store(args)
    try:
        pattern = access.allow(con, args.pattern, args.role, access.local_user(), oidc=access.oidc_on_disk())
    finally:
        con.close()
    print(t("cli.access_allowed", args.lang, pattern=pattern, role=args.role))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    con = open_store(args)
    try:
        access.remove(con, args.pattern, access.local_user(), oidc=access.oidc_on_disk(), open_server=args.open_server)
    finally:
        con.close()
    print(t("cli.access_removed", args.lang, pattern=access.normalise(args.pattern)))
    return 0


def _read_password(lang: str) -> str:
    """Typed twice at a terminal; from a pipe, its first line (for scripts: never on the command line)."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(t("cli.access_type", lang))
    if getpass.getpass(t("cli.access_again", lang)) != first:
        raise SmarketingError("error.access_password_mismatch")
    return first


def cmd_password(args: argparse.Namespace) -> int:
    password = _read_password(args.lang)
    con = open_store(args)
    try:
        first = not any(r["has_password"] for r in access.rules(con))
        role = access.set_password(con, args.email, password, args.role, access.local_user(),
                                   oidc=access.oidc_on_disk())
    finally:
        con.close()
    email = access.normalise(args.email)
    print(t("cli.access_password_set", args.lang, email=email, role=role))
    if first:
        print(t("cli.access_first_admin", args.lang, email=email))
    return 0
