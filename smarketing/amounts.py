"""Numbers and amounts as people write them in Italian and English: 1.234,56 and 1,234.56, 400k, 2 mln di euro,
a currency before or after, and times in days. The sentence reader, the target box and the planner read them
here."""

from __future__ import annotations

import re

NUMBER = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
SCALE = r"\s*((?i:k|mila|milioni|mln|milione|million|millions|m))\b"


def number(text: str) -> float:
    """1.234,56 / 1,234.56 / 250.000 / 18,5 / 0.5 -> float; a single separator followed by three digits is a
    thousands mark, as people write amounts."""
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return float(text.replace(thousands, "").replace(decimal, "."))
    for mark in (",", "."):
        if mark in text:
            head, _, tail = text.rpartition(mark)
            if len(tail) == 3 and text.count(mark) >= 1 and len(head.replace(mark, "")) <= 3 * (text.count(mark) + 1):
                return float(text.replace(mark, ""))
            return float(text.replace(mark, "."))
    return float(text)


# How an amount names its currency; an amount naming none is in the company's currency
CURRENCY_MARKS = {"EUR": r"€|\beur\b|\beuros?\b", "USD": r"\$|\busd\b|\bdollari\b|\bdollars?\b",
                  "GBP": r"£|\bgbp\b|\bsterline\b|\bpounds?\b", "CHF": r"\bchf\b|\bfranchi\b"}
MARK = "|".join(f"(?:{m})" for m in CURRENCY_MARKS.values())
# an amount with its currency written before or after it: "€ 250.000", "50k€", "2 mln di euro"
AMOUNT_WRITTEN = rf"(?:(?:{MARK})\s*(?:{NUMBER})(?:{SCALE})?|(?:{NUMBER})(?:{SCALE})?\s*(?:di\s+|of\s+)?(?:{MARK}))"
_AMOUNT_SHAPE = re.compile(rf"(?:{MARK})?\s*({NUMBER})(?:{SCALE})?\s*(?:{MARK})?", re.IGNORECASE)


def amount(text: str) -> float:
    """An amount as people type it in a field: 400.000, 400.000,00, 400,000.00, € 400.000, 400k, 50 mila euro.
    A single separator before three digits groups thousands (400.000 is four hundred thousand, never 400).
    Raises ValueError when the text is not an amount."""
    match = _AMOUNT_SHAPE.fullmatch(" ".join(text.replace("\u00a0", " ").split()))
    if not match:
        raise ValueError(text)
    return scaled(number(match.group(1)), match.group(2))


def scaled(value: float, scale: str | None) -> float:
    """A number with its scale word: 400 k, 2 mln, 50 mila."""
    factor = {"k": 1e3, "mila": 1e3, "milioni": 1e6, "mln": 1e6, "milione": 1e6, "million": 1e6, "millions": 1e6,
              "m": 1e6}
    return value * factor.get((scale or "").lower(), 1)


# a time's unit in days: "8 settimane" is 56, "2 mesi" about 60, "24 ore" 1 (the reading shows the days)
DAYS_IN = {"giorni": 1, "giorno": 1, "gg": 1, "days": 1, "day": 1, "settimane": 7, "settimana": 7, "weeks": 7,
           "week": 7, "mesi": 30, "mese": 30, "months": 30, "month": 30, "ore": 1 / 24, "ora": 1 / 24,
           "hours": 1 / 24, "hour": 1 / 24, "h": 1 / 24}


def currency_of(mark: str) -> str:
    return next(code for code, m in CURRENCY_MARKS.items() if re.fullmatch(rf"(?:{m})", mark, re.IGNORECASE))


def money_in(text: str) -> list[tuple[float, int, str]]:
    """Amounts with their currency, in the order written: "€ 250.000", "1.500.000 $", "50k€", "2 mln di euro"."""
    found = []
    for m in re.finditer(rf"({MARK})\s*({NUMBER})(?:{SCALE})?", text, re.IGNORECASE):
        found.append((scaled(number(m.group(2)), m.group(3)), m.start(), currency_of(m.group(1))))
    for m in re.finditer(rf"({NUMBER})(?:{SCALE})?\s*(?:di\s+|of\s+)?({MARK})", text, re.IGNORECASE):
        if not any(abs(m.start() - p) < 3 for _, p, _ in found):
            found.append((scaled(number(m.group(1)), m.group(2)), m.start(), currency_of(m.group(3))))
    return sorted(found, key=lambda x: x[1])
