"""Why a row was rejected, in words: the ledger keeps a code and a detail, the views word them."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from smarketing.i18n import fmt_date, fmt_num, has_text, t

# 1,23457E+11: how Excel writes a number too wide for its column, in the export as on screen
SCIENTIFIC = re.compile(r"\s*[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+\s*")


def reason_text(code: str, detail: str | None, value: str | None, lang: str) -> str:
    a, _, b = (detail or "").partition("|")
    if code == "bad_date" and a:
        a = t(f"import.order_{a}", lang)
    elif code == "bad_number" and value and SCIENTIFIC.fullmatch(value):
        code = "bad_number_scientific"
    elif code == "bad_number":
        a = t("import.decimal_it" if a == "," else "import.decimal_us", lang)
    return t(f"reject.{code}", lang, a=a, b=b, value=value or "")


def worded(rejects: list[dict], lang: str) -> list[dict]:
    """Rejects as shown and exported: line, column, value, reason (words), code."""
    return [
        {"line": r["line"], "column": r["column"], "value": r["value"],
         "reason": reason_text(r["code"], r["detail"], r["value"], lang), "code": r["code"]}
        for r in rejects
    ]


def note_text(note, lang: str) -> str:
    """A detection note in words; codes inside it (date orders) are worded too."""
    params = dict(note.params)
    if "order" in params:
        params["order"] = t(f"import.order_{params['order']}", lang)
    for name in ("stored", "difference"):
        if name in params:
            # amounts travel as exact text ("-0.000000029"): shown with every digit they have
            decimals = params[name].partition(".")[2]
            params[name] = fmt_num(Decimal(params[name]), lang, len(decimals))
    if "product" in params:
        params["product"] = t(f"preset.{params['product']}", lang)
    key = note.key
    for name in ("count", "rows"):
        if isinstance(params.get(name), int) and not isinstance(params[name], bool):
            if params[name] == 1 and has_text(f"{key}_one"):
                # "1 importo ... ha", not "1 importi ... hanno"
                key = f"{key}_one"
            params[name] = fmt_num(params[name], lang, 0)
    for name in ("start", "end"):
        if name in params:
            # days travel as ISO text: shown as the page's language writes them
            params[name] = fmt_date(date.fromisoformat(params[name]), lang)
    return t(key, lang, **params)
