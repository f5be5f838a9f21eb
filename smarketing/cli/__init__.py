"""python -m smarketing: the command line over the same core the app uses.

Exit codes: 0 success, 1 failure with a message in plain words, 2 usage error (argparse), 141 when the
reader of the output left early (`... | head -1`), as for any Unix tool a closed pipe stops."""

from __future__ import annotations

import argparse
import io
import os
import re
import sys

from smarketing import safe_text, storage
from smarketing.cli import access, digest, imports, metrics, objectives, report, store
from smarketing.errors import SmarketingError
from smarketing.i18n import LANGS, default_lang, t

COMMAND_MODULES = (store, imports, metrics, objectives, report, digest, access)

# argparse's own strings (Python 3.11), which it passes through gettext, and their keys in texts.toml [argparse]
ARGPARSE_WORDS = {
    "usage: ": "usage", "positional arguments": "positionals", "options": "options",
    "show this help message and exit": "help", "%(prog)s: error: %(message)s\n": "error",
    "argument %(argument_name)s: %(message)s": "argument",
    "invalid choice: %(value)r (choose from %(choices)s)": "invalid_choice",
    "invalid %(type)s value: %(value)r": "invalid_value", "the following arguments are required: %s": "required",
    "unrecognized arguments: %s": "unrecognized", "expected one argument": "expected_one",
    "expected at least one argument": "expected_at_least_one", "expected at most one argument": "expected_at_most_one",
    "ambiguous option: %(option)s could match %(matches)s": "ambiguous",
    "one of the arguments %s is required": "one_required", "not allowed with argument %s": "not_allowed",
    "can't open '%(filename)s': %(error)s": "cant_open",
}


def speak_argparse(lang: str) -> None:
    """argparse words its usage, headings and errors through gettext, and Python ships no Italian for them: its
    gettext is replaced by the language's texts, before any parser is built (the headings are made then)."""
    words = {msgid: t(f"argparse.{key}", lang) for msgid, key in ARGPARSE_WORDS.items()}
    argparse._ = lambda msgid: words.get(msgid, msgid)  # type: ignore[attr-defined]


def build_parser(lang: str) -> argparse.ArgumentParser:
    speak_argparse(lang)
    parser = argparse.ArgumentParser(prog="python -m smarketing", description=t("cli.description", lang))
    parser.add_argument("--db", metavar="PATH", help=t("cli.db", lang))
    parser.add_argument("--lang", choices=LANGS, default=lang, help=t("cli.lang", lang))
    parser.add_argument("--wait", type=_seconds(lang), default=0, metavar="SECONDS", help=t("cli.wait", lang))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands, lang)
    _literal_percent(parser)
    return parser


def _literal_percent(parser: argparse.ArgumentParser) -> None:
    """argparse reads help as a %-format: "25%" in a text (the target's help) would crash --help."""
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = action.help.replace("%", "%%")
        for sub in action.choices.values() if isinstance(action, argparse._SubParsersAction) else ():
            _literal_percent(sub)


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
    streams = sys.stdout, sys.stderr
    # values from files and users reach the terminal as text, never as its commands (colours, a new title,
    # a line rewritten): everything printed passes through safe_text.terminal
    sys.stdout, sys.stderr = _Printable(sys.stdout), _Printable(sys.stderr)
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:
        return _reader_gone()
    finally:
        sys.stdout, sys.stderr = streams


class _Printable(io.TextIOBase):
    """A text stream that writes to another what a terminal may show (safe_text.terminal)."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(safe_text.terminal(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding


# options whose value may start with a minus ("--target -15%", as the README writes it): argparse takes "-15%" for
# an option of its own unless it is joined to its name
_SIGNED = ("--target",)


def _joined(argv: list[str]) -> list[str]:
    joined: list[str] = []
    for arg in argv:
        if joined and joined[-1] in _SIGNED and arg.startswith("-") and arg[1:2].isdigit():
            joined[-1] = f"{joined[-1]}={arg}"
        else:
            joined.append(arg)
    return joined


def _main(argv: list[str]) -> int:
    argv = _joined(argv)
    parser = build_parser(_lang_from(argv))
    args = parser.parse_args(argv)
    if hasattr(args, "validate"):
        args.validate(parser, args)
    try:
        code = args.handler(args) or 0
        sys.stdout.flush()   # inside the try: a reader that left is met here, not at the interpreter's exit
        return code
    except BrokenPipeError:
        raise
    except SmarketingError as exc:
        return _failed(storage.disk_error(exc) or exc, args)
    except KeyboardInterrupt:
        return _interrupted(args)
    except Exception as exc:  # noqa: BLE001 - the user gets a sentence, not a traceback
        if type(exc).__name__ == "InterruptException":
            # Ctrl-C met inside DuckDB: the transaction was rolled back, as after one met in Python
            return _interrupted(args)
        full = storage.disk_error(exc) or _refused(exc)
        if full is not None:
            return _failed(full, args)
        if os.environ.get("SMARKETING_DEBUG"):
            raise
        print(t("error.unexpected", args.lang, detail=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return 1


def _interrupted(args: argparse.Namespace) -> int:
    print(t("error.interrupted", args.lang), file=sys.stderr)
    return 130


def _refused(exc: BaseException) -> SmarketingError | None:
    """A file or folder the system does not let this account read or write, said as such: the store's folder
    (DuckDB's write-ahead log beside it) or a file given to import."""
    if isinstance(exc, PermissionError):
        return SmarketingError("error.permission", path=str(exc.filename or ""))
    if "duckdb" in type(exc).__module__ and "permission denied" in str(exc).lower():
        named = re.search(r'"([^"]+)"', str(exc))
        return SmarketingError("error.permission", path=named.group(1) if named else "")
    return None


def _failed(exc: SmarketingError, args: argparse.Namespace) -> int:
    if getattr(args, "format", None) == "json" and hasattr(args, "failure_json"):
        args.failure_json(exc, args)
        sys.stdout.flush()
    print(f"{t('error.prefix', args.lang)}: {exc.message(args.lang)}", file=sys.stderr)
    return 1


def _reader_gone() -> int:
    """The program reading the output closed it (`... | head -1`): stop quietly, as Unix tools do. Standard
    output then points at /dev/null, so that the flush at the interpreter's exit finds nowhere to fail
    (Python's documentation, "Note on SIGPIPE"); 141 is the exit code of a process a closed pipe stopped."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass                    # no real file behind sys.stdout (a test capturing it): nothing to flush
    return 141
