"""Italian and English texts, and numbers and dates written the way each language's readers expect."""

from __future__ import annotations

import os
import tomllib
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

LANGS = ("it", "en")
DEFAULT_LANG = "it"
_TEXTS = Path(__file__).with_name("texts.toml")
_MISSING = "–"


def default_lang() -> str:
    value = os.environ.get("SMARKETING_LANG", DEFAULT_LANG).lower()[:2]
    return value if value in LANGS else DEFAULT_LANG


@lru_cache(maxsize=1)
def texts() -> dict[str, dict[str, str]]:
    """texts.toml flattened to {"section.key": {"it": ..., "en": ...}}."""
    with _TEXTS.open("rb") as fh:
        tree = tomllib.load(fh)
    flat: dict[str, dict[str, str]] = {}

    def walk(prefix: str, node: dict) -> None:
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
    return text.format(**params) if params else text


def has_text(key: str) -> bool:
    return key in texts()


def _group(number: float | int | Decimal, decimals: int, lang: str) -> str:
    text = f"{number:,.{decimals}f}"
    if lang == "it":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def fmt_int(value, lang: str) -> str:
    return _MISSING if value is None else _group(int(round(value)), 0, lang)


def fmt_num(value, lang: str, decimals: int = 1) -> str:
    return _MISSING if value is None else _group(float(value), decimals, lang)


def fmt_pct(fraction, lang: str, decimals: int = 1) -> str:
    """0.1234 -> 12,3% (it) / 12.3% (en)."""
    return _MISSING if fraction is None else _group(float(fraction) * 100, decimals, lang) + "%"


def fmt_money(value, lang: str, currency: str = "EUR", decimals: int = 0) -> str:
    """1234.5 -> 1.235 EUR (it) / EUR 1,235 (en)."""
    if value is None:
        return _MISSING
    number = _group(float(value), decimals, lang)
    return f"{number} {currency}" if lang == "it" else f"{currency} {number}"


def fmt_datetime(value: datetime | None, lang: str) -> str:
    """31/12/2026 18:05 (it) / 31 Dec 2026 18:05 (en)."""
    if value is None:
        return _MISSING
    return f"{fmt_date(value, lang)} {value:%H:%M}"


def fmt_date(value: date | datetime | None, lang: str) -> str:
    """31/12/2026 (it) / 31 Dec 2026 (en)."""
    if value is None:
        return _MISSING
    if lang == "it":
        return value.strftime("%d/%m/%Y")
    return f"{value.day} {EN_MONTHS[value.month - 1][:3]} {value.year}"


def fmt_bytes(size: int, lang: str) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{fmt_num(size, lang, 0 if unit == 'B' else 1)} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
IT_MONTHS = (
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
)


def fmt_long_date(value: date, lang: str) -> str:
    """30 giugno 2027 (it) / 30 June 2027 (en): for dates inside sentences."""
    if lang == "it":
        return f"{value.day} {IT_MONTHS[value.month - 1]} {value.year}"
    return f"{value.day} {EN_MONTHS[value.month - 1]} {value.year}"
