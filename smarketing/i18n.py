"""Italian and English texts, and numbers and dates written the way each language's readers expect."""

from __future__ import annotations

import decimal
import hashlib
import json
import os
import re
import tomllib
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

from smarketing import storage
from smarketing.vocabulary import DEFAULT_CURRENCY

LANGS = ("it", "en")
DEFAULT_LANG = "it"
_TEXTS = Path(__file__).with_name("texts.toml")
_MISSING = "–"


def default_lang() -> str:
    value = os.environ.get("SMARKETING_LANG", DEFAULT_LANG).lower()[:2]
    return value if value in LANGS else DEFAULT_LANG


@lru_cache(maxsize=1)
def texts() -> dict[str, dict[str, str]]:
    """texts.toml flattened to {"section.key": {"it": ..., "en": ...}}. Reading the TOML takes ~40 ms, a fifth of
    `--help`; its flattened form is kept beside the bytecode, named by the file's digest (so never
    stale), and read in ~2 ms by the next process, as Python keeps a module's bytecode."""
    data = _TEXTS.read_bytes()
    kept = _TEXTS.with_name("__pycache__") / f"texts.{hashlib.sha256(data).hexdigest()[:16]}.json"
    try:
        return json.loads(kept.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    flat = _flatten(tomllib.loads(data.decode("utf-8")))
    storage.keep_beside_bytecode(kept, json.dumps(flat, ensure_ascii=False), replaces="texts.*")
    return flat


def _flatten(tree: dict[str, Any]) -> dict[str, dict[str, str]]:
    flat: dict[str, dict[str, str]] = {}

    def walk(prefix: str, node: dict[str, Any]) -> None:
        for key, value in node.items():
            if isinstance(value, dict) and set(value) <= set(LANGS) and value:
                flat[prefix + key] = value
            elif isinstance(value, dict):
                walk(prefix + key + ".", value)

    walk("", tree)
    return flat


def t(key: str, lang: str, **params: object) -> str:
    entry = texts()[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    if not params:
        return text
    return _articles(text.format(**params)) if lang == "it" else text.format(**params)


# an article before a number read with a vowel ("otto", "undici", "ottanta"), and the first of a month
ELIDED = {"il": "l'", "al": "all'", "dal": "dall'", "del": "dell'", "nel": "nell'", "sul": "sull'"}
_BEFORE_VOWEL = re.compile(r"\b(il|al|dal|del|nel|sul) (?=(?:0?8|11(?![\d])|8\d)[\d.,/ %]|(?:0?8|11)\b)")


@cache
def _first_of() -> re.Pattern[str]:
    # the months as dates are written (CLDR's, fmt_long_date), read only when a text has a " 1 " to look at: the
    # command line's start never loads the calendar for it
    return re.compile(rf"\b(il|al|dal|del|nel|sul) 1 (?=(?:{'|'.join(month_names('it'))})\b)")


def _articles(text: str) -> str:
    """Italian as it is written where a number or a date fills a text: "entro l'8 aprile", "entro l'11/12/2026",
    "dall'80%", "il 1° aprile" (never "entro il 8 aprile", "il 1 aprile")."""
    text = _BEFORE_VOWEL.sub(lambda m: ELIDED[m[1]], text)
    return _first_of().sub(lambda m: f"{m[1]} 1° ", text) if " 1 " in text else text


def has_text(key: str) -> bool:
    return key in texts()


def on_page(key: str) -> str:
    """The text's key as a page says it, where it has one ("…_page": the box to choose, not the CLI's option)."""
    return f"{key}_page" if has_text(f"{key}_page") else key


# CLDR's locales through Babel: separators, currency patterns, month and day names. English pages are read
# by people who also read Italian dates, so English dates keep the day first (31 Dec 2026).
LOCALES = {"it": "it_IT", "en": "en"}
# Italian business papers write the year in full, where CLDR's short Italian date has two digits (31/12/26)
DATE_PATTERNS = {"it": "dd/MM/y", "en": "d MMM y"}
LONG_DATE_PATTERN = "d MMMM y"
# the 24-hour clock in both languages, as the English dates are day-first (British) too
TIME_PATTERN = "HH:mm"


@cache
def locale(lang: str):
    """The Babel locale of a language (imported here, not at every command's start: --help shows no number)."""
    from babel import Locale

    return Locale.parse(LOCALES.get(lang, LOCALES[DEFAULT_LANG]))


@cache
def _pattern(lang: str, kind: str, decimals: int) -> str:
    """The locale's own number, percent or currency pattern, with `decimals` fixed decimals."""
    found = locale(lang)
    base = {"number": found.decimal_formats[None], "percent": found.percent_formats[None],
            "money": found.currency_formats["standard"]}[kind].pattern
    return re.sub(r"#,##0(\.[0#]+)?", "#,##0" + ("." + "0" * decimals if decimals else ""), base)


def fmt_list(items: list[str], lang: str) -> str:
    """"MQL e SQL", "MQL and SQL": CLDR's list pattern of the language."""
    from babel.lists import format_list

    return format_list(items, locale=locale(lang))


def fmt_int(value, lang: str) -> str:
    return fmt_num(value, lang, 0)


def _digits():
    """Room for every digit of any amount a sentence or a file can hold (1e300 included): Babel rounds in the
    decimal context, whose default 28 digits would make a 29-digit number an error. Halves round up, as Excel
    and a manager do (17,25 is 17,3; 15,625 € is 15,63 €), never to the even digit."""
    return decimal.localcontext(prec=400, rounding=decimal.ROUND_HALF_UP)


def _unsigned_zero(value, decimals: int, scale: int = 0):
    """`value`, or 0 where it rounds to zero at the decimals shown: Babel writes -0,004 as "-0", and "già -0 €" or
    "−0%" reads as a loss that is not there. `scale`: the power of ten the value is shown at (2 for a percent)."""
    try:
        rounded = round(decimal.Decimal(str(value)).scaleb(scale), decimals)
    except (decimal.InvalidOperation, ValueError, OverflowError):  # infinity and NaN have no digits to round
        return value
    return 0 if rounded == 0 else value


def fmt_num(value, lang: str, decimals: int = 1) -> str:
    """1234.5 -> 1.234,5 (it) / 1,234.5 (en)."""
    from babel.numbers import format_decimal

    if value is None:
        return _MISSING
    with _digits():
        return format_decimal(_unsigned_zero(value, decimals), format=_pattern(lang, "number", decimals),
                              locale=locale(lang))


def fmt_plain(value, lang: str, decimals: int = 2) -> str:
    """A number as the language's spreadsheet reads it in a file: its decimal mark and no grouping, 28350,00 (it) /
    28350.00 (en)."""
    from babel.numbers import format_decimal

    with _digits():
        return format_decimal(_unsigned_zero(value, decimals), format="0." + "0" * decimals if decimals else "0",
                              locale=locale(lang))


def fmt_pct(fraction, lang: str, decimals: int = 1) -> str:
    """0.1234 -> 12,3% (it) / 12.3% (en)."""
    from babel.numbers import format_percent

    if fraction is None:
        return _MISSING
    with _digits():
        return format_percent(_unsigned_zero(fraction, decimals, 2), format=_pattern(lang, "percent", decimals),
                              locale=locale(lang))


def typed_decimals(fraction: float, most: int = 2) -> int:
    """The fewest decimals that write a percent a person typed as they typed it: 25% 0, 2,5% 1, 0,25% 2 (at most
    `most`): "+3%" for "del 2,5%" read as a misreading. A value with more decimals than that, which nobody types,
    takes one."""
    points = round(abs(float(fraction)) * 100, 6)
    return next((d for d in range(most + 1) if round(points, d) == points), 1)


def fmt_signed_pct(fraction: float, lang: str, decimals: int = 0) -> str:
    """A change as a signed percent: +20%, −15% (a true minus sign, as a change is printed, not typed), 0% (a change
    that rounds to nothing at the decimals shown has no sign either)."""
    with _digits():
        shown = _unsigned_zero(fraction, decimals, 2)
    sign = "+" if shown > 0 else "−" if shown < 0 else ""
    return sign + fmt_pct(abs(fraction), lang, decimals)


def cents(value) -> int:
    """The decimals an amount is shown with: a cost per lead of 32,50 € is no 32 €, cents count on small amounts,
    never on thousands."""
    return 2 if abs(float(value)) < 100 and round(float(value), 2) != round(float(value)) else 0


def fmt_money(value, lang: str, currency: str = DEFAULT_CURRENCY, decimals: int = 0) -> str:
    """1234.5 -> 1.235 € (it) / €1,235 (en); another currency by its CLDR symbol or code: 1.235 CHF, $1,235."""
    from babel.numbers import format_currency

    if value is None:
        return _MISSING
    with _digits():
        return format_currency(_unsigned_zero(value, decimals), currency, format=_pattern(lang, "money", decimals),
                               locale=locale(lang), currency_digits=False)


def fmt_datetime(value: datetime | None, lang: str) -> str:
    """31/12/2026 18:05 (it) / 31 Dec 2026 18:05 (en)."""
    if value is None:
        return _MISSING
    return f"{fmt_date(value, lang)} {fmt_time(value, lang)}"


def fmt_time(value: datetime, lang: str) -> str:
    """18:05 in both languages."""
    from babel.dates import format_time

    return format_time(value, TIME_PATTERN, locale=locale(lang))


def fmt_date(value: date | datetime | None, lang: str) -> str:
    """31/12/2026 (it) / 31 Dec 2026 (en)."""
    from babel.dates import format_date

    if value is None:
        return _MISSING
    return format_date(value, DATE_PATTERNS.get(lang, DATE_PATTERNS[DEFAULT_LANG]), locale=locale(lang))


def fmt_week(monday: date, lang: str) -> str:
    """A week as every view names it, Monday to Sunday: 16/11/2026 – 22/11/2026 (it) / 16 Nov 2026 – 22 Nov 2026."""
    return f"{fmt_date(monday, lang)} – {fmt_date(monday + timedelta(days=6), lang)}"


def fmt_bytes(size: int, lang: str) -> str:
    amount = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{fmt_num(amount, lang, 0 if unit == 'B' else 1)} {unit}"
        amount /= 1024
    raise AssertionError("unreachable")


def month_names(lang: str, width: Literal["wide", "abbreviated"] = "wide") -> list[str]:
    """January to December in the language, "wide" (gennaio) or "abbreviated" (gen), from CLDR."""
    from babel.dates import get_month_names

    return [get_month_names(width, locale=locale(lang))[m] for m in range(1, 13)]


def day_names(lang: str, width: Literal["wide", "abbreviated"] = "wide") -> list[str]:
    """Monday to Sunday in the language, "wide" (lunedì) or "abbreviated" (lun), from CLDR."""
    from babel.dates import get_day_names

    return [get_day_names(width, locale=locale(lang))[d] for d in range(7)]


def fmt_long_date(value: date, lang: str) -> str:
    """30 giugno 2027 (it) / 30 June 2027 (en): for dates inside sentences."""
    from babel.dates import format_date

    return format_date(value, LONG_DATE_PATTERN, locale=locale(lang))
