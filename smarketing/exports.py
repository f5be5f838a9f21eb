"""Files people open in Excel: every text cell Excel would run as a formula is neutralised, numbers left alone."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from typing import Any

from smarketing.i18n import fmt_plain, t

# A leading quote makes Excel show the text as typed instead of evaluating it (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


# A number as the pages write it ("-100,0%", "-1.234,50 €", "-0,50×", "-24 (-30%)") starts with a sign but runs
# nothing: no function, reference or operator past its sign. Guarded, it opened in Excel as text with a visible quote.
_AMOUNT = r"[-+]?(?:€\s?)?(?:\d{1,3}(?:[.,\u00a0\u202f']\d{3})+|\d+)(?:[.,]\d+)?(?:\s?(?:%|×|€|\$|£|[A-Z]{3}))?"
_NUMBER = re.compile(rf"{_AMOUNT}(?: \({_AMOUNT}\))?")
_PHONE = re.compile(r"\+[\d.]+")


def safe_cell(value: object) -> object:
    # (a "+" before bare digits is a phone number's: Excel would drop it, and the number with it)
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not (
            _NUMBER.fullmatch(value) and not _PHONE.fullmatch(value)):
        return "'" + value
    return value


def csv_text(rows: Iterable[Mapping[str, Any]], columns: list[str], headers: list[str] | None = None,
             lang: str = "en") -> str:
    """UTF-8 CSV (with BOM, so Excel opens accents right) of the given columns, formula-safe. In Italian the cells
    are split by semicolons, Excel's list separator there: with commas an Italian Excel shows one column."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";" if lang == "it" else ",", lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in (headers or columns)])
    for row in rows:
        writer.writerow([safe_cell(row.get(c)) for c in columns])
    return out.getvalue()


REJECT_COLUMNS = ["line", "column", "value", "reason", "code"]
LEAD_COLUMNS = ["external_id", "name", "company", "email", "source", "campaign", "owner", "current_stage",
                "lead_at", "mql_at", "sql_at", "closed_at", "deal_value", "currency", "lost_reason"]


def rejects_csv(rejects: Iterable[Mapping[str, Any]], lang: str) -> str:
    """An import's rejected rows with their line, column, value and reason (the app's and the CLI's file)."""
    return csv_text(rejects, REJECT_COLUMNS, [t(f"cli.rejects_col_{c}", lang) for c in REJECT_COLUMNS], lang)


def leads_csv(leads: Iterable[Mapping[str, Any]], lang: str, stage_labels: dict[str, str] | None = None) -> str:
    """The leads behind a number, every one of them: stages by the names the list shows, and amounts as the
    language's Excel reads a number (28350,00 in Italian: 28350.00 there is text)."""
    labels = stage_labels or {}

    def shown(lead: Mapping[str, Any]) -> dict[str, Any]:
        value, stage = lead.get("deal_value"), lead.get("current_stage")
        return {**lead, "current_stage": labels.get(stage, stage) if isinstance(stage, str) else stage,
                "deal_value": None if value is None or isinstance(value, str)
                else fmt_plain(value, lang)}
    return csv_text((shown(lead) for lead in leads), LEAD_COLUMNS, [t(f"drill.{c}", lang) for c in LEAD_COLUMNS],
                    lang)


def table_csv(rows: list[dict[str, Any]], lang: str) -> str:
    """A table as the page shows it: its headers and its already formatted cells."""
    columns = list(rows[0]) if rows else []
    return csv_text(rows, columns, lang=lang)
