"""An import's outcome in words: why a row was rejected, a batch's status, why the inbox could not import a file.
The ledger keeps codes and details; the Import page, the CLI and the agenda word them here."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypedDict

from smarketing.errors import SmarketingError
from smarketing.i18n import fmt_date, fmt_num, fmt_time, has_text, on_page, t
from smarketing.stages import CODES as STAGE_CODES
from smarketing.vocabulary import DIMENSIONS

if TYPE_CHECKING:
    from smarketing.batches import Batch
    from smarketing.inbox import Run

# 1,23457E+11: how Excel writes a number too wide for its column, in the export as on screen
SCIENTIFIC = re.compile(r"\s*[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+\s*")
# (1.200,00): how an accountant writes a negative amount
_BRACKETS = re.compile(r"\s*[€$£]?\s*\([^()]*\d[^()]*\)\s*(?:[€$£]|eur)?\s*", re.IGNORECASE)
# a formula's error as Excel writes it, in Italian and English: no number, whatever its digits ("#DIV/0!")
EXCEL_ERROR = re.compile(r"\s*#(?:DIV/0!|N/D|N/A|VALORE!|VALUE!|RIF!|REF!|NOME\?|NAME\?|NUM!|NULLO!|NULL!)\s*",
                         re.IGNORECASE)


def reason_text(code: str, detail: str | None, value: str | None, lang: str, page: bool = False) -> str:
    """A reject's reason in words; `page`: as the Import page says it, naming its boxes, never the CLI's options."""
    a, _, b = (detail or "").partition("|")
    if code == "bad_date" and a:
        a = t(f"import.order_{a}", lang)
    elif code == "bad_number" and value and SCIENTIFIC.fullmatch(value):
        code = "bad_number_scientific"
    elif code == "bad_number" and value and _BRACKETS.fullmatch(value):
        # "(1.200,00)": an accountant's negative, whatever the decimal mark
        code = "bad_number_brackets"
    elif code == "bad_number" and (not re.search(r"\d", value or "") or EXCEL_ERROR.fullmatch(value or "")):
        # "n.d.", "da definire", "#DIV/0!": no number, whatever the decimal mark
        code = "bad_number_text"
    elif code == "bad_number":
        a = t("import.decimal_it" if a == "," else "import.decimal_us", lang)
    key = on_page(f"reject.{code}") if page else f"reject.{code}"
    return t(key, lang, a=a, b=b, value=value or "", stages=", ".join(STAGE_CODES))


class Reject(TypedDict):
    """A problem of one row, as the ledger keeps it (sql/imports/batch_rejects.sql): the file's line, the column
    and value it concerns (none for a row's own shape), the reason's code and its detail."""

    line: int
    column: str | None
    value: str | None
    code: str
    detail: str | None


class Worded(TypedDict):
    line: int
    column: str | None
    value: str | None
    reason: str
    code: str


def worded(rejects: list[Reject], lang: str, page: bool = False) -> list[Worded]:
    """Rejects as shown and exported: line, column, value, reason (words), code."""
    return [
        {"line": r["line"], "column": r["column"], "value": r["value"],
         "reason": reason_text(r["code"], r["detail"], r["value"], lang, page), "code": r["code"]}
        for r in rejects
    ]


# counts a text may carry, shown with the language's separators (4.651 / 4,651)
COUNTS = ("count", "rows", "total", "good", "lines")
SHOWN_VALUES = 8                # the values behind a reason named in a note or a refusal


# a quoted value as each language writes it (the English texts quote with straight double quotes)
QUOTES = {"it": "«{}»", "en": '"{}"'}


def values_text(values: list[list[Any]] | str, lang: str, more: list[int] | None = None) -> str:
    """The values behind a reason, each with its rows, most frequent first, then how many more there are
    and their rows: «Sopralluogo» (2.660), «Da richiamare» (12) e altri 3 valori (9 righe). `more`: [values,
    rows] beyond those listed."""
    if isinstance(values, str):
        # notes kept in the ledger by earlier releases carry them already worded
        return values
    quote = QUOTES.get(lang, QUOTES["it"])
    shown = ", ".join(f"{quote.format(value)} ({fmt_num(rows, lang, 0)})" for value, rows in values[:SHOWN_VALUES])
    if more and more[0]:
        count, rows = more
        words = t("import.rows_count_one" if rows == 1 else "import.rows_count", lang, rows=fmt_num(rows, lang, 0))
        return f"{shown} " + t("import.values_more_one" if count == 1 else "import.values_more", lang,
                               values=fmt_num(count, lang, 0), rows=words)
    if len(values) > SHOWN_VALUES:
        # kept by an earlier release, which listed one value more than it showed and counted no further
        return f"{shown} " + t("import.values_more_uncounted", lang)
    return shown


def counted(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """Params with their counts in the language's format and the values behind a reason in words; a param
    given in each language ({"it": "Cliente", "en": "Customer"}) in this one."""
    params = {name: value[lang] if isinstance(value, dict) and lang in value else value
              for name, value in params.items()}
    for name in COUNTS:
        if isinstance(params.get(name), int) and not isinstance(params[name], bool):
            params[name] = fmt_num(params[name], lang, 0)
    if "values" in params:
        params["values"] = values_text(params["values"], lang, params.pop("more", None))
    if "pairs_more" in params:
        # "«A» → «B», … e altri 22": how many pairs a note leaves out
        params["pairs"] = t("import.pairs_more", lang, pairs=params["pairs"],
                            count=fmt_num(params.pop("pairs_more"), lang, 0))
    if "fixed" in params:
        # a value given for every row, named by its field: "Fonte (valore fisso)"
        params["field"] = t("import.fixed_field", lang, field=t(f"import_field.{params.pop('fixed')}", lang))
    if isinstance(params.get("batches"), list):
        # "importazione 3", "importazioni 3 e 4", "imports 3, 4 and 7"
        ids = [str(n) for n in params["batches"]]
        joined = ids[0] if len(ids) == 1 else ", ".join(ids[:-1]) + (" e " if lang == "it" else " and ") + ids[-1]
        params["batches"] = t("import.batch_list_one" if len(ids) == 1 else "import.batch_list", lang, ids=joined)
    return params


def singular(key: str, params: dict[str, Any]) -> str:
    """The text's key for a count of one, where it has one: "1 importo ... ha", not "1 importi ... hanno"."""
    # the text's subject is its first count ("2 righe su 3 ... Oppure importa solo la riga buona": the rows, not the
    # one good row)
    subject = next((params[name] for name in ("count", "rows", "lines", "good") if type(params.get(name)) is int), None)
    return f"{key}_one" if subject == 1 and has_text(f"{key}_one") else key


def merged_skipped(merged: int, skipped: int, lang: str) -> str | None:
    """The rows an import summed or skipped beside its counts: "Inoltre 1 riga di totale saltata."; None when
    there are none."""
    parts = {name: t(singular(f"cli.rows_{name}", {"count": value}), lang, count=fmt_num(value, lang, 0))
             for name, value in (("merged", merged), ("skipped", skipped)) if value}
    if not parts:
        return None
    key = "cli.import_merged_skipped" if len(parts) == 2 else f"cli.import_{next(iter(parts))}_only"
    return t(key, lang, **parts)


def note_text(note, lang: str) -> str:
    """A detection note in words; codes inside it (date orders) are worded too."""
    return t(singular(note.key, note.params), lang, **params_worded(note.params, lang))


def params_worded(raw: dict[str, Any], lang: str) -> dict[str, Any]:
    """A note's or an error's parameters as its words show them: counts, date orders, exact amounts, a built-in
    export by its product's name, days in the page's format."""
    params = counted(raw, lang)
    for name in ("order", "before"):
        if name in params:
            params[name] = t(f"import.order_{params[name]}", lang)
    for name in ("stored", "difference"):
        if name in params:
            # amounts travel as exact text ("-0.000000029"): shown with every digit they have
            decimals = params[name].partition(".")[2]
            params[name] = fmt_num(Decimal(params[name]), lang, len(decimals))
            if name == "difference" and Decimal(raw[name]) > 0:
                # the stored total against the file's: rounding up adds
                params[name] = "+" + params[name]
    if str(params.get("detail", "")).startswith("oserror."):
        # why the system refused a file, in the language (its own words are English)
        params["detail"] = t(params["detail"], lang)
    if "product" in params:
        params["product"] = t(f"preset.{params['product']}", lang)
    if params.get("dimension") in DIMENSIONS:
        # a dimension travels as its code, which is also how the command line writes it ("--filter source=..."):
        # said in the language, with the code beside it where the two differ
        worded = t(f"metric.{params['dimension']}", lang).lower()
        params["dimension"] = worded if worded == params["dimension"] else f"{worded} ({params['dimension']})"
    for name in ("start", "end", "deadline", "monday"):
        if name in params:
            # days travel as ISO text: shown as the page's language writes them
            params[name] = fmt_date(date.fromisoformat(params[name]), lang)
    if "until" in params:
        # a moment, as ISO text too: its time of day, as the language writes it
        params["until"] = fmt_time(datetime.fromisoformat(params["until"]), lang)
    return params


def batch_status(batch: Batch, lang: str) -> str:
    """A batch's status in words, naming who undid it."""
    if batch["status"] == "undone" and batch["undone_by"]:
        return t("batch.undone_by", lang, by=batch["undone_by"])
    return t(f"batch.{batch['status']}", lang)


def run_message(run: Run, lang: str) -> str | None:
    """Why the inbox could not import a file, in `lang`, as the file's result said it; None for a run that did."""
    if not run["message_key"]:
        return None
    params = dict(run["message_params"] or {})
    failure = SmarketingError(run["message_key"], **{k: v for k, v in params.items() if k != "hints"})
    failure.hints = [tuple(h) for h in params.get("hints", [])]
    return failure.message(lang)
