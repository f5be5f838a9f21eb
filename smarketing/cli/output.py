"""Printing for the command line: JSON that scripts can read, tables people can read."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from smarketing import periods
from smarketing.i18n import t


def _default(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(type(value).__name__)


def print_json(value: object) -> None:
    print(json.dumps(value, default=_default, indent=2, ensure_ascii=False))


def print_table(rows: list[list[str]], headers: list[str], right: set[int] | frozenset[int] = frozenset()) -> None:
    widths = [max(len(str(c)) for c in column) for column in zip(headers, *rows)]
    for row in [headers, *rows]:
        print("  ".join(str(c).rjust(w) if i in right else str(c).ljust(w)
                        for i, (c, w) in enumerate(zip(row, widths))).rstrip())


def whole_number(low: int, high: int, what: str, lang: str) -> Callable[[str], int]:
    """An option's type: a whole number from low to high, else a usage error in the command's language (`what`
    names the number: a key of [cli]). A port of -1 ended in Streamlit's traceback, a backlog of 10^20 days in the
    database's."""
    def read(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(t("cli.bad_whole", lang, what=t(f"cli.{what}", lang), low=low, high=high,
                                               text=text))
        return value
    return read


def day_type(lang: str) -> Callable[[str], date]:
    """An option's type: a day as periods.day_of reads it, else a usage error in the command's language."""
    def read(text: str) -> date:
        day = periods.day_of(text)
        if day is None:
            raise argparse.ArgumentTypeError(t("cli.bad_date", lang, text=text))
        return day
    return read
