"""Files people open in Excel: every text cell that Excel would run as a formula is neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

# A leading quote makes Excel show the text as typed instead of evaluating it (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_text(rows: Iterable[dict], columns: list[str], headers: list[str] | None = None) -> str:
    """UTF-8 CSV (with BOM, so Excel opens accents right) of the given columns, formula-safe."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in (headers or columns)])
    for row in rows:
        writer.writerow([safe_cell(row.get(c)) for c in columns])
    return out.getvalue()
