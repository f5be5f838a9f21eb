"""python -m smarketing: the command line over the same core the app uses.

Exit codes: 0 success, 1 failure with a message in plain words, 2 usage error (argparse)."""

from __future__ import annotations

import argparse
import os
import sys

from smarketing.cli import access, imports, metrics, objectives, report, store
from smarketing.errors import SmarketingError
from smarketing.i18n import LANGS, default_lang, t

COMMAND_MODULES = (store, imports, metrics, objectives, report, access)


def build_parser(lang: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m smarketing", description=t("cli.description", lang))
    parser.add_argument("--db", metavar="PATH", help=t("cli.db", lang))
    parser.add_argument("--lang", choices=LANGS, default=lang, help=t("cli.lang", lang))
    parser.add_argument("--wait", type=_seconds(lang), default=0, metavar="SECONDS", help=t("cli.wait", lang))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands, lang)
    return parser


def _seconds(lang: str):
    """--wait's type: a number of seconds from 0 to a day ('nan' or 'inf' would wait for ever)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = -1.0
        if not 0 <= value <= 86_400:
            raise argparse.ArgumentTypeError(t("cli.wait_invalid", lang, value=text))
        return value

    return parse


def _lang_from(argv: list[str]) -> str:
    """The language for --help itself, before argparse has parsed anything."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in LANGS:
            return value
    return default_lang()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(_lang_from(argv))
    args = parser.parse_args(argv)
    if hasattr(args, "validate"):
        args.validate(parser, args)
    try:
        return args.handler(args) or 0
    except SmarketingError as exc:
        if getattr(args, "format", None) == "json" and hasattr(args, "failure_json"):
            args.failure_json(exc, args)
        print(f"{t('error.prefix', args.lang)}: {exc.message(args.lang)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the user gets a sentence, not a traceback
        if os.environ.get("SMARKETING_DEBUG"):
            raise
        print(t("error.unexpected", args.lang, detail=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return 1
