"""The import corpus (tests/data/import/, see its README): every bad or awkward file an export can be, each
with its exact outcome: the message, the rejected lines with their reasons, and the rows stored afterwards.

Every import is checked for the ledger invariant: rows_read = inserted + updated + unchanged + rejected, and
rows_read = the records in the file. Where the importer disagrees with the issue or the README's import contract,
the test states the specified behaviour and is marked xfail(strict=True) with the bug in one line."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from smarketing import cli, db
from smarketing.errors import SmarketingError
from smarketing.exports import csv_text
from smarketing.importing import ImportOptions, ImportResult, run_import
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "import"
_spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)

TABLES = ("leads", "stage_events", "spend", "import_batches", "import_rejects", "lead_snapshots",
          "spend_snapshots")


def bug(reason: str):
    return pytest.mark.xfail(strict=True, reason=f"bug: {reason}")



# --- helpers ------------------------------------------------------------------------------------------

def one(con, sql: str, params: list | None = None) -> tuple | None:
    """The first row, reading the whole result: DuckDB 2 refuses con.register() while a result is unfinished."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0] if rows else None


def load(con, file: str | Path, **options) -> ImportResult:
    path = file if isinstance(file, Path) else CORPUS / file
    result = run_import(con, path, ImportOptions(**options))
    check_ledger(con, result)
    return result


def check_ledger(con, result: ImportResult) -> None:
    """Nothing is lost, and the batch recorded says the same as the result."""
    assert result.rows_read == (result.inserted + result.updated + result.unchanged + result.merged
                                + result.skipped + result.rejected)
    batch = one(con, "select rows_read, inserted, updated, unchanged, merged, skipped, rejected, status "
                     "from import_batches where batch_id = ?", [result.batch_id])
    assert batch == (result.rows_read, result.inserted, result.updated, result.unchanged, result.merged,
                     result.skipped, result.rejected, "committed")
    lines = one(con, "select count(distinct line) from import_rejects where batch_id = ? and not warning",
                [result.batch_id])[0]
    assert lines == result.rejected
    warned = one(con, "select count(*) from import_rejects where batch_id = ? and warning", [result.batch_id])[0]
    assert warned == len(result.warnings)


def counts(result: ImportResult) -> tuple[int, int, int, int, int]:
    return result.rows_read, result.inserted, result.updated, result.unchanged, result.rejected


def rejects(result: ImportResult) -> list[tuple]:
    return [(r["line"], r["column"], r["value"], r["code"], r["detail"]) for r in result.rejects]


def warnings(result: ImportResult) -> list[tuple]:
    return [(r["line"], r["column"], r["value"], r["code"], r["detail"]) for r in result.warnings]


def notes(result: ImportResult) -> list[tuple[str, dict]]:
    return [(n.key, n.params) for n in result.notes]


def stored(con, key_field: str, key: str, columns: list[str]) -> dict:
    row = one(con, f"select {', '.join(columns)} from leads where {key_field} = ?", [key])
    assert row is not None, f"{key_field}={key!r} not stored"
    return dict(zip(columns, row))


def table_counts(con) -> dict[str, int]:
    return {t: one(con, f"select count(*) from {t}")[0] for t in TABLES}


def ts(text: str) -> datetime:
    return datetime.fromisoformat(text)


def delimiter_note(delimiter: str, columns: int) -> tuple[str, dict]:
    return "import.note_delimiter", {"delimiter": delimiter, "columns": columns}


# --- the corpus itself ---------------------------------------------------------------------------------

def test_the_committed_corpus_is_exactly_what_make_corpus_writes():
    on_disk = {p.name for p in CORPUS.iterdir() if p.is_file()} - {"README.md", "make_corpus.py"}
    assert on_disk == set(corpus.FILES)
    assert len(corpus.FILES) >= 30
    for name, data in corpus.FILES.items():
        assert (CORPUS / name).read_bytes() == data, f"{name}: run tests/data/import/make_corpus.py"
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert [name for name in corpus.FILES if f"`{name}`" not in readme] == []


# --- files that import: table-driven ---------------------------------------------------------------------

@dataclass
class Case:
    file: str
    encoding: str
    delimiter: str
    rows: int                                   # data records in the file
    inserted: int
    rejects: list[tuple] = field(default_factory=list)   # (line, column, value, code, detail)
    warnings: list[tuple] = field(default_factory=list)  # the same, for rows imported with a cell left out
    notes: list[tuple[str, dict]] | None = None          # the exact list, beside NO_DATES_FILES; None: none
    stored: dict[str, dict] = field(default_factory=dict)  # key -> {column: value}
    options: dict = field(default_factory=dict)
    key: str = "external_id"
    header_line: int = 1
    date_order: str | None = None    # the order numeric dates were read in; None: the file has no date
    id: str | None = None


# Lead files with no date column: the import says their leads will show in no period view (issue 15)
NO_DATES = ("import.note_no_dates", {})
NO_DATES_FILES = {
    "utf8_bom.csv", "utf8_no_bom.csv", "utf16le_bom_tab_excel_unicode.txt", "cp1252_euro_curly_quotes.csv",
    "latin1_invalid_cp1252_bytes.csv", "semicolon_excel_sep_line.csv", "tab_delimited.csv", "pipe_delimited.csv",
    "quoted_delimiters_doubled_quotes.csv", "trailing_delimiters.csv", "line_ends_crlf.csv", "line_ends_lf.csv",
    "line_ends_cr_only.csv", "blank_lines_at_end.csv", "blank_lines_middle_and_end.csv", "duplicate_headers.csv",
    "ragged_rows.csv", "numbers_italian.csv", "numbers_us.csv", "row_problems.csv", "nul_byte_in_value.csv",
    "email_key_normalised.csv", "leading_zeros_cap_piva_phone.csv",
}

# Lead files with no stage column: every new lead enters as a plain lead, said (a German "Phase" is no column known)
NO_STAGE = ("import.note_no_stage", {})
NO_STAGE_FILES = {
    "blank_lines_at_end.csv", "blank_lines_middle_and_end.csv", "cp1252_euro_curly_quotes.csv",
    "dates_absurd_years.csv", "dates_ambiguous_day_first.csv", "dates_day_first.csv",
    "dates_dotted_two_digit_years.csv", "dates_excel_serial.csv", "dates_iso_with_time.csv",
    "dates_italian_month_names.csv", "dates_month_first.csv", "dates_two_digit_year_month_name.csv",
    "duplicate_headers.csv", "email_key_normalised.csv", "latin1_invalid_cp1252_bytes.csv",
    "leading_zeros_cap_piva_phone.csv", "line_ends_cr_only.csv", "line_ends_crlf.csv", "line_ends_lf.csv",
    "nul_byte_in_value.csv", "numbers_italian.csv", "numbers_us.csv", "quoted_newlines_physical_lines.csv",
    "semicolon_excel_sep_line.csv", "trailing_delimiters.csv", "utf16le_bom_tab_excel_unicode.txt", "utf8_bom.csv",
    "utf8_no_bom.csv",
}


def case(*args, marks=(), **kwargs):
    c = Case(*args, **kwargs)
    return pytest.param(c, id=c.id or c.file, marks=marks)


# a malformed e-mail beside an ID: the lead goes in without it, the cell is a warning
BAD_EMAIL = "Email", "bad", "bad_email_kept", None
LINE_ENDS = dict(encoding="utf-8", delimiter=",", rows=4, inserted=4, warnings=[(4, *BAD_EMAIL)],
                 notes=[delimiter_note(",", 3)], stored={"E1": {"company": "Alfa"}, "E4": {"company": "Delta"}})
UNICODE = dict(delimiter=",", rows=3, inserted=3, warnings=[(4, "Email", "not-an-email", "bad_email_kept", None)],
               notes=[delimiter_note(",", 4)],
               stored={"U1": {"company": "Caffè Rossi", "region": "Lombardia"},
                       "U2": {"company": "Perché Sì Srl", "region": "Valle d’Aosta"}})

CASES = [
    # --- encodings
    case("utf8_bom.csv", encoding="utf-8-sig", **UNICODE),
    case("utf8_no_bom.csv", encoding="utf-8", **UNICODE),
    case("utf16le_bom_tab_excel_unicode.txt", "utf-16", "\t", rows=3, inserted=3, warnings=[(4, *BAD_EMAIL)],
         notes=[delimiter_note("TAB", 4), ("import.note_currency_default", {"currency": "EUR", "count": 3})],
         stored={"W1": {"company": "Caffè Rossi", "deal_value": Decimal("1234.56"), "currency": "EUR"},
                 "W2": {"company": "Zürich AG", "deal_value": Decimal("99.90")}}),
    case("cp1252_euro_curly_quotes.csv", "cp1252", ";", rows=3, inserted=3, warnings=[(4, *BAD_EMAIL)],
         notes=[("import.note_encoding_fallback", {"tried": "UTF-8", "used": "cp1252"}), delimiter_note(";", 5),
                ("import.note_currency_default", {"currency": "EUR", "count": 1})],
         stored={"C1": {"company": "Caffè “Rossi”", "deal_value": Decimal("1234.56"), "currency": "EUR",
                        "campaign": "Promo ‘estate’"},
                 "C2": {"company": "L’Osteria", "deal_value": Decimal("99.90"), "campaign": "Sconto – 10%"}}),
    # bytes cp1252 leaves undefined are read as Latin-1 inside the same fallback, so the file reports cp1252
    case("latin1_invalid_cp1252_bytes.csv", "cp1252", ";", rows=2, inserted=2,
         notes=[("import.note_encoding_fallback", {"tried": "UTF-8", "used": "cp1252"}), delimiter_note(";", 3)],
         stored={"L1": {"company": "Caffè \x81"}, "L2": {"company": "Città \x8d\x90"}}),
    # --- dialects
    case("semicolon_excel_sep_line.csv", "utf-8", ";", rows=3, inserted=3, warnings=[(4, *BAD_EMAIL)],
         notes=[("import.note_sep_line", {"delimiter": ";"}),
                ("import.note_currency_default", {"currency": "EUR", "count": 3})], header_line=2,
         stored={"D1": {"company": "Rossi, Bianchi & C.", "deal_value": Decimal("1234.56")},
                 "D3": {"deal_value": Decimal("0.50")}}),
    case("tab_delimited.csv", "utf-8", "\t", rows=3, inserted=3, warnings=[(3, *BAD_EMAIL)],
         notes=[delimiter_note("TAB", 4)],
         stored={"T1": {"company": "Alfa\tBeta Srl", "current_stage": "mql"},
                 "T3": {"company": "Delta, Epsilon", "current_stage": "lead"}}),
    case("pipe_delimited.csv", "utf-8", "|", rows=3, inserted=3, warnings=[(3, *BAD_EMAIL)],
         notes=[delimiter_note("|", 4)],
         stored={"P1": {"company": "Alfa | Beta"}, "P3": {"company": "Delta; Epsilon, Zeta"}}),
    case("quoted_delimiters_doubled_quotes.csv", "utf-8", ",", rows=4, inserted=4, warnings=[(4, *BAD_EMAIL)],
         notes=[delimiter_note(",", 4)],
         stored={"Q1": {"company": "Rossi, Bianchi & C."}, "Q2": {"company": 'Pizzeria "Da Mario"'},
                 "Q4": {"company": 'Bar "Sport"'}}),
    case("quoted_newlines_physical_lines.csv", "utf-8", ",", rows=5, inserted=4,
         rejects=[(5, "Data creazione", "31/02/2025", "bad_date", "dmy")], warnings=[(8, *BAD_EMAIL)],
         notes=[delimiter_note(",", 4), ("import.note_date_order", {"order": "dmy", "count": 5})],
         stored={"N1": {"company": "Rossi\nBianchi, sede di\nMilano", "created_at": ts("2025-01-13")},
                 "N3": {"company": "Verdi\nSrl"}, "N5": {"company": "Gialli"}}, date_order="dmy"),
    case("trailing_delimiters.csv", "utf-8", ";", rows=3, inserted=3, warnings=[(3, *BAD_EMAIL)],
         notes=[delimiter_note(";", 3)], stored={"R1": {"company": "Alfa"}, "R3": {"company": "Gamma"}}),
    case("trailing_delimiters_rows_only.csv", "utf-8", ";", rows=3, inserted=3, warnings=[(3, *BAD_EMAIL)],
         stored={"R1": {"company": "Alfa"}, "R3": {"company": "Gamma"}},
         notes=[delimiter_note(";", 3), NO_STAGE, NO_DATES]),
    case("line_ends_crlf.csv", **LINE_ENDS),
    case("line_ends_lf.csv", **LINE_ENDS),
    case("line_ends_cr_only.csv", **LINE_ENDS),
    case("blank_lines_at_end.csv", **LINE_ENDS),
    case("blank_lines_middle_and_end.csv", "utf-8", ",", rows=3, inserted=3, warnings=[(6, *BAD_EMAIL)],
         notes=[delimiter_note(",", 3)], stored={"B1": {"company": "Alfa"}, "B3": {"company": "Gamma"}}),
    # the title lines are skipped, not rejected, and said so
    case("title_rows_above_header.csv", "utf-8", ",", rows=3, inserted=3, warnings=[(6, *BAD_EMAIL)],
         header_line=4, stored={"H1": {"company": "Alfa"}, "H3": {"company": "Gamma"}},
         notes=[delimiter_note(",", 3), ("import.note_skipped_lines", {"count": 3}), NO_STAGE, NO_DATES]),
    case("title_rows_excel_padded.csv", "utf-8", ";", rows=3, inserted=3, warnings=[(5, *BAD_EMAIL)],
         header_line=3, stored={"X1": {"company": "Alfa", "current_stage": "mql"}},
         notes=[delimiter_note(";", 4), ("import.note_skipped_lines", {"count": 2}), NO_DATES]),
    case("duplicate_headers.csv", "utf-8", ",", rows=2, inserted=2,
         notes=[delimiter_note(",", 6), ("import.note_duplicate_header", {"name": "Email", "position": 4}),
                ("import.note_duplicate_header", {"name": "Note", "position": 6})],
         stored={"K1": {"email": "anna@x.it"}, "K2": {"email": "bruno@x.it"}}),
    case("ragged_rows.csv", "utf-8", ",", rows=7, inserted=3,
         rejects=[(3, None, None, "too_many_columns", "4"), (4, None, None, "too_few_columns", "4|3"),
                  (6, None, None, "too_few_columns", "4|2"), (8, None, None, "too_many_columns", "4")],
         notes=[delimiter_note(",", 4), ("import.note_ragged", {"share": 57})],
         stored={"G1": {"company": "Alfa", "current_stage": "mql"}, "G4": {"company": "Delta"},
                 "G6": {"company": "Zeta", "current_stage": "lead"}}),
    # --- numbers: the convention is settled for the column, values that do not fit it are rejected
    case("numbers_italian.csv", "utf-8", ";", rows=10, inserted=6,
         rejects=[(6, "Valore", "-1.234,5", "negative_value", None), (7, "Valore", "1,234.56", "bad_number", ","),
                  (9, "Valore", "1.5", "bad_number", ","), (10, "Valore", "dodici", "bad_number", ",")],
         notes=[delimiter_note(";", 3),
                ("import.note_decimal_conflict", {"field": "Valore", "decimal": ",", "it": 7, "us": 2}),
                ("import.note_currency_default", {"currency": "EUR", "count": 4})],
         stored={"V1": {"deal_value": Decimal("1234.56"), "currency": "EUR"},
                 "V2": {"deal_value": Decimal("1234567.80")},
                 "V3": {"deal_value": Decimal("1000.00"), "currency": "EUR"},
                 "V4": {"deal_value": Decimal("1234.56")},
                 "V7": {"deal_value": Decimal("12.50"), "currency": "EUR"},
                 "V10": {"deal_value": Decimal("0.99")}}),
    case("numbers_us.csv", "utf-8", ",", rows=6, inserted=4,
         rejects=[(5, "Amount", "1.234,56", "bad_number", "."), (6, "Amount", "-3", "negative_value", None)],
         notes=[delimiter_note(",", 3),
                ("import.note_decimal_conflict", {"field": "Amount", "decimal": ".", "it": 1, "us": 4}),
                ("import.note_currency_default", {"currency": "EUR", "count": 3})],
         stored={"A1": {"deal_value": Decimal("1234.56"), "currency": "EUR"},
                 "A2": {"deal_value": Decimal("0.50")},
                 "A3": {"deal_value": Decimal("1200.00"), "currency": "USD"},
                 "A6": {"deal_value": Decimal("1234567.80")}}),
    # --- dates
    case("dates_day_first.csv", "utf-8", ",", rows=5, inserted=4, date_order="dmy",
         rejects=[(4, "Data creazione", "31/02/2025", "bad_date", "dmy")],
         notes=[delimiter_note(",", 3), ("import.note_date_order", {"order": "dmy", "count": 4})],
         stored={"F1": {"created_at": ts("2025-04-03")}, "F2": {"created_at": ts("2025-04-13")},
                 "F4": {"created_at": ts("2024-02-29")}, "F5": {"created_at": ts("2025-02-28 18:45")}}),
    case("dates_month_first.csv", "utf-8", ",", rows=4, inserted=3, date_order="mdy",
         rejects=[(4, "Created Date", "02/31/2025", "bad_date", "mdy")],
         notes=[delimiter_note(",", 3), ("import.note_date_order", {"order": "mdy", "count": 3})],
         stored={"M1": {"created_at": ts("2025-03-04")}, "M2": {"created_at": ts("2025-04-13")},
                 "M4": {"created_at": ts("2024-12-25 09:30")}}),
    # an offset is converted to Italian local time, and said: 20:36 UTC in January is 21:36 in Rome
    case("dates_iso_with_time.csv", "utf-8", ",", rows=6, inserted=5,
         rejects=[(6, "Create Date", "2025-02-30", "bad_date", "dmy")],
         notes=[delimiter_note(",", 3), ("import.note_timezone", {"field": "Create Date", "zone": "Europe/Rome"})],
         stored={"I1": {"created_at": ts("2025-04-03")}, "I2": {"created_at": ts("2025-04-03 14:30")},
                 "I3": {"created_at": ts("2025-04-03 14:30:15")}, "I4": {"created_at": ts("2024-01-22 21:36:47")},
                 "I6": {"created_at": ts("2025-04-05")}}, date_order="dmy"),
    case("dates_dotted_two_digit_years.csv", "utf-8", ";", rows=5, inserted=4, date_order="dmy",
         rejects=[(6, "Data creazione", "31.04.25", "bad_date", "dmy")],
         notes=[delimiter_note(";", 3), ("import.note_date_order", {"order": "dmy", "count": 2})],
         stored={"O1": {"created_at": ts("2025-04-03")}, "O2": {"created_at": ts("2025-04-03")},
                 "O3": {"created_at": ts("2025-04-13 09:15")}, "O4": {"created_at": ts("1970-01-01")}}),
    case("dates_italian_month_names.csv", "utf-8", ";", rows=7, inserted=5,
         rejects=[(6, "Data creazione", "30 febbraio 2025", "bad_date", "dmy"),
                  (7, "Data creazione", "3 brumaio 2025", "bad_date", "dmy")],
         notes=[delimiter_note(";", 3)],
         stored={"T1": {"created_at": ts("2025-03-03")}, "T2": {"created_at": ts("2024-08-15")},
                 "T3": {"created_at": ts("2024-12-01")}, "T4": {"created_at": ts("2025-03-03")},
                 "T7": {"created_at": ts("2024-09-07")}}, date_order="dmy"),
    case("dates_excel_serial.csv", "utf-8", ",", rows=3, inserted=3, notes=[delimiter_note(",", 3)],
         stored={"X1": {"created_at": ts("2025-01-01")}, "X2": {"created_at": ts("2025-03-01 12:00")},
                 "X3": {"created_at": ts("2023-03-15")}}, date_order="dmy"),
    case("dates_absurd_years.csv", "utf-8", ",", rows=6, inserted=1,
         rejects=[(2, "Data creazione", "03/04/0201", "date_out_of_range", None),
                  (3, "Data creazione", "13/04/3025", "date_out_of_range", None),
                  (4, "Data creazione", "0201-04-03", "date_out_of_range", None),
                  (5, "Data creazione", "3025-04-03", "date_out_of_range", None),
                  (7, "Data creazione", "31/12/1899", "date_out_of_range", None)],
         notes=[delimiter_note(",", 3), ("import.note_date_order", {"order": "dmy", "count": 3})],
         stored={"Y5": {"created_at": ts("2025-04-13")}}, date_order="dmy"),
    case("dates_ambiguous_day_first.csv", "utf-8", ",", rows=3, inserted=3, date_order="dmy",
         notes=[delimiter_note(",", 3), ("import.note_date_order_assumed", {"order": "dmy"})],
         stored={"Z1": {"created_at": ts("2025-04-03")}, "Z3": {"created_at": ts("2024-11-12")}}),
    case("dates_ambiguous_day_first.csv", "utf-8", ",", rows=3, inserted=3, date_order="mdy",
         options={"date_order": "mdy"}, id="dates_ambiguous_day_first.csv --date-order mdy",
         notes=[delimiter_note(",", 3), ("import.note_date_order_forced", {"order": "mdy"})],
         stored={"Z1": {"created_at": ts("2025-03-04")}, "Z3": {"created_at": ts("2024-12-11")}}),
    case("dates_two_digit_year_month_name.csv", "utf-8", ";", rows=2, inserted=2,
         stored={"W1": {"created_at": ts("1999-12-01")}, "W2": {"created_at": ts("1999-12-01")}}, date_order="dmy",
         notes=[delimiter_note(";", 3), ("import.note_date_order_assumed", {"order": "dmy"})]),
    # --- rows
    case("row_problems.csv", "utf-8", ",", rows=9, inserted=3,
         # an empty line is skipped as no data, never counted among the rows refused
         warnings=[(4, "Email", "not-an-email", "bad_email_kept", None), (7, None, None, "empty_row", None)],
         rejects=[(3, "Fase", "Boh", "unknown_stage", None),
                  (5, "ID", "R1", "duplicate_in_file", "2"), (6, "ID", None, "no_key", None),
                  (8, "Valore", "dieci", "bad_number", "."),
                  (10, "ID", "R1", "duplicate_in_file", "2")],
         notes=[delimiter_note(",", 5), ("import.note_decimal_assumed", {"field": "Valore", "decimal": "."}),
                ("import.note_currency_default", {"currency": "EUR", "count": 3}),
                # each unknown stage once, with its rows
                ("import.note_unknown_stages", {"values": [["Boh", 1]], "example": "Boh"})],
         stored={"R1": {"email": "anna@x.it", "company": "Alfa", "current_stage": "mql",
                        "deal_value": Decimal("10.00")},
                 "R8": {"company": "Theta", "current_stage": "opportunity"}}),
    case("nul_byte_in_value.csv", "utf-8", ",", rows=2, inserted=1, rejects=[(2, None, None, "nul_byte", None)],
         notes=[delimiter_note(",", 3)], stored={"N2": {"company": "Beta"}}),
    case("email_key_normalised.csv", "utf-8", ",", rows=4, inserted=2, key="email",
         rejects=[(3, "Email", "anna@caffe.it", "duplicate_in_file", "2"), (4, "Email", None, "no_key", None)],
         # the e-mail kept, " Anna@Caffe.IT " in the file, is stored lower-case, and said
         notes=[delimiter_note(",", 2), ("import.note_email_lowered",
                                         {"count": 1, "example": "Anna@Caffe.IT", "lowered": "anna@caffe.it"})],
         stored={"anna@caffe.it": {"company": "Alfa", "external_id": None}, "bruno@x.it": {"company": "Delta"}}),
    # leading zeros stay text; the CRM's VAT number is the key, the CAP goes to region
    case("leading_zeros_cap_piva_phone.csv", "utf-8", ";", rows=2, inserted=2,
         options={"maps": {"external_id": "Partita IVA", "region": "CAP"}}, notes=[delimiter_note(";", 5)],
         stored={"01234567890": {"phone": "0039012345678", "region": "00184", "company": "Alfa Srl"},
                 "00012345678": {"phone": "+39 06 1234567", "region": "09100", "company": "Beta Spa"}}),
    # stored as typed; the exports are checked in test_formulas_are_neutralised_in_every_export
    case("formula_values.csv", "utf-8", ",", rows=6, inserted=2,
         warnings=[(3, "Email", "=1+1", "bad_email_kept", None)],
         rejects=[(4, "Fase", "@SUM(A1)", "unknown_stage", None),
                  (5, "Data creazione", "+39 06", "bad_date", "dmy"), (6, "Valore", "-2", "negative_value", None),
                  (7, "Valore", "=1+1", "bad_number", ".")],
         notes=[delimiter_note(",", 9), ("import.note_date_order", {"order": "dmy", "count": 5}),
                ("import.note_decimal_assumed", {"field": "Valore", "decimal": "."}),
                ("import.note_currency_default", {"currency": "EUR", "count": 2}),
                # two MQLs with their creation day alone: in no week's MQLs
                ("import.note_moved_undated", {"count": 2, "id": "F1", "stage": "mql"}),
                ("import.note_unknown_stages", {"values": [["@SUM(A1)", 1]], "example": "@SUM(A1)"})],
         stored={"F1": {"company": '=HYPERLINK("http://evil.example","clic")', "phone": "+39061234",
                        "source": "-2", "campaign": "@SUM(A1)"}}, date_order="dmy"),
]


@pytest.mark.parametrize("c", CASES)
def test_file_imports_with_exact_outcome(con, c: Case):
    result = load(con, c.file, **c.options)
    rejected = len({r[0] for r in c.rejects})
    assert counts(result) == (c.rows, c.inserted, 0, 0, rejected)
    assert rejects(result) == c.rejects
    assert warnings(result) == c.warnings
    assert (result.encoding, result.delimiter) == (c.encoding, c.delimiter)
    assert notes(result) == ((c.notes or []) + ([NO_STAGE] if c.file in NO_STAGE_FILES else [])
                             + ([NO_DATES] if c.file in NO_DATES_FILES else []))
    assert result.date_order == c.date_order
    options = json.loads(one(con, "select options from import_batches")[0])
    assert options["header_line"] == c.header_line
    assert one(con, "select count(*) from leads")[0] == c.inserted
    for key, values in c.stored.items():
        assert stored(con, c.key, key, list(values)) == values


def test_duplicate_header_can_be_chosen_by_its_numbered_name(con, tmp_path):
    result = load(con, "duplicate_headers.csv")
    assert result.unmapped == ["Email (2)", "Note", "Note (2)"]
    con2 = db.connect(tmp_path / "second.duckdb")
    try:
        chosen = load(con2, "duplicate_headers.csv", maps={"email": "Email (2)"})
        assert {"field": "email", "column": "Email (2)", "origin": "option"} in chosen.mapping
        assert counts(chosen) == (2, 2, 0, 0, 0)
        assert stored(con2, "external_id", "K1", ["email"]) == {"email": "anna.privata@x.it"}
        assert stored(con2, "external_id", "K2", ["email"]) == {"email": None}
    finally:
        con2.close()


def test_two_digit_year_reads_the_same_whatever_the_other_values(con, tmp_path):
    load(con, "dates_two_digit_year_uniform.csv")
    other = db.connect(tmp_path / "other.duckdb")
    try:
        load(other, "dates_two_digit_year_mixed.csv")
        uniform = stored(con, "external_id", "L1", ["created_at"])
        mixed = stored(other, "external_id", "L1", ["created_at"])
        assert stored(other, "external_id", "L2", ["created_at"]) == {"created_at": ts("2025-01-14")}
    finally:
        other.close()
    assert mixed == uniform


# --- encodings that need a second look ----------------------------------------------------------------------

def _deep(tmp_path: Path) -> Path:
    path = tmp_path / "utf8_stray_cp1252_byte_after_1mb.csv"
    path.write_bytes(corpus.deep_stray_byte_file())
    return path


@pytest.mark.parametrize("where, rows", [
    pytest.param("deep", 40_002, id="byte after the first MB (generated)"),
    pytest.param("utf8_stray_cp1252_byte.csv", 3, id="byte in the first KB"),
])
def test_utf8_with_a_stray_cp1252_byte_falls_back_and_says_so(con, tmp_path, where, rows):
    result = load(con, _deep(tmp_path) if where == "deep" else where)
    assert counts(result) == (rows, rows, 0, 0, 0)
    assert result.encoding == "utf-8+cp1252"
    assert ("import.note_encoding_mixed", {"count": 1}) in notes(result)
    assert stored(con, "external_id", "S2", ["company"]) == {"company": "Perché no"}
    # only the stray byte is read as cp1252: the file's genuine UTF-8 stays as written
    assert stored(con, "external_id", "S1", ["company"]) == {"company": "Caffè Rossi"}


# --- formulas: stored as typed, neutralised in every export -----------------------------------------------

@pytest.mark.usefixtures("migrated")
def test_formulas_are_neutralised_in_every_export(db_path, tmp_path, capsys):
    out = tmp_path / "rejects.csv"
    code = cli.main(["--db", str(db_path), "--lang", "en", "import", "leads", str(CORPUS / "formula_values.csv"),
                     "--rejects", str(out), "--format", "json"])
    assert code == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(r["line"], r["value"]) for r in shown["rejects"]] == [
        (4, "@SUM(A1)"), (5, "+39 06"), (6, "-2"), (7, "=1+1")]
    assert [(r["line"], r["value"]) for r in shown["warnings"]] == [(3, "=1+1")]
    written = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert written[0] == ["line", "column", "value", "reason", "code"]
    # (a negative number is no formula: it stays a number, as Excel should read it)
    assert [row[:3] + row[4:] for row in written[1:]] == [
        ["3", "Email", "'=1+1", "bad_email_kept"], ["4", "Fase", "'@SUM(A1)", "unknown_stage"],
        ["5", "Data creazione", "'+39 06", "bad_date"], ["6", "Valore", "-2", "negative_value"],
        ["7", "Valore", "'=1+1", "bad_number"]]
    assert written[1][3] == "Invalid email: the lead is imported without an email."
    con = db.connect(db_path)
    try:
        rows = db.rows(con, "imports/batches_list")
        assert (rows[0]["rows_read"], rows[0]["inserted"], rows[0]["rejected"]) == (6, 2, 4)
        leads = [dict(zip(("company", "phone", "source", "campaign"), r)) for r in con.execute(
            "select company, phone, source, campaign from leads where external_id = 'F1'").fetchall()]
    finally:
        con.close()
    assert leads == [{"company": '=HYPERLINK("http://evil.example","clic")', "phone": "+39061234",
                      "source": "-2", "campaign": "@SUM(A1)"}]
    exported = list(csv.reader(io.StringIO(csv_text(leads, ["company", "phone", "source", "campaign"])
                                           .lstrip("\ufeff"))))
    assert exported == [["company", "phone", "source", "campaign"],
                        ["'=HYPERLINK(\"http://evil.example\",\"clic\")", "'+39061234", "-2", "'@SUM(A1)"]]


# --- file-level failures: nothing written, a plain message --------------------------------------------------

FAILURES = [
    pytest.param("empty.csv", {}, "error.file_empty", {}, "The file is empty: there is nothing to import.",
                 id="empty"),
    pytest.param("bom_only.csv", {}, "error.file_empty", {}, "The file is empty: there is nothing to import.",
                 id="bom only"),
    pytest.param("blank_lines_only.csv", {}, "error.file_empty", {},
                 "The file is empty: there is nothing to import.", id="blank lines only"),
    pytest.param("header_only.csv", {}, "error.file_header_only", {},
                 "The file holds only the header row: no rows to import.", id="header only"),
    pytest.param("no_header_row.csv", {}, "error.file_no_header", {},
                 "The first row does not look like a header (it holds data, not column names). Add a row with "
                 "the column names.", id="no header row"),
    pytest.param("no_key_column.csv", {}, "error.import_no_key",
                 {"columns": "Azienda, Fase", "missing": ["external_id", "email"], "free": ["Azienda", "Fase"]},
                 "No column to recognise leads by: an ID or an email is needed (for example --map email=COLUMN). "
                 "Columns present: Azienda, Fase.", id="no key column"),
    pytest.param("line_ends_lf.csv", {"email": "Posta"}, "error.map_column_missing",
                 {"column": "Posta", "columns": "ID, Email, Azienda"},
                 'The column "Posta" is not in the file. Columns present: ID, Email, Azienda.', id="--map missing"),
    pytest.param("line_ends_lf.csv", {"email": "", "external_id": ""}, "error.import_no_key",
                 {"columns": "ID, Email, Azienda", "missing": ["external_id", "email"], "free": ["ID", "Email"]},
                 "No column to recognise leads by: an ID or an email is needed (for example --map email=COLUMN). "
                 "Columns present: ID, Email, Azienda.", id="--map key fields left out"),
    pytest.param("xlsx_renamed.csv", {}, "error.file_xlsx", {},
                 'This is an Excel workbook (.xlsx), not a CSV. In Excel: File > Save As > "CSV UTF-8 (Comma '
                 'delimited)", then import that file.', id="xlsx renamed"),
    pytest.param("xls_renamed.csv", {}, "error.file_xls", {},
                 'This is an old Excel workbook (.xls), not a CSV. Save it as "CSV UTF-8" and import that file.',
                 id="xls renamed"),
    pytest.param("pdf_renamed.csv", {}, "error.file_pdf", {},
                 "This is a PDF, not a CSV: export the data from your CRM as CSV.", id="pdf renamed"),
    pytest.param("gzip_renamed.csv", {}, "error.file_binary", {},
                 "The file is not text: perhaps a compressed archive or a spreadsheet. Export it as CSV.",
                 id="gzip renamed"),
]


def _seed(con) -> dict[str, int]:
    load(con, "reimport_base.csv")
    return table_counts(con)


@pytest.mark.parametrize("file, maps, key, params, message", FAILURES)
def test_file_level_failure_writes_nothing(con, file, maps, key, params, message):
    before = _seed(con)
    with pytest.raises(SmarketingError) as failure:
        run_import(con, CORPUS / file, ImportOptions(maps={f: c or None for f, c in maps.items()}))
    assert (failure.value.key, failure.value.params) == (key, params)
    assert failure.value.message("en") == message
    assert table_counts(con) == before
    assert before["import_batches"] == 1


@pytest.mark.usefixtures("migrated")
@pytest.mark.parametrize("file, maps, key, params, message", FAILURES)
def test_file_level_failure_on_the_command_line(db_path, capsys, file, maps, key, params, message):
    argv = ["--db", str(db_path), "--lang", "en", "import", "leads", str(CORPUS / file), "--format", "json"]
    for f, c in maps.items():
        argv += ["--map", f"{f}={c}"]
    assert cli.main(argv) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {
        "batch_id": None, "status": "failed", "code": key, "message": message, "rows_read": 0, "inserted": 0,
        "updated": 0, "unchanged": 0, "rejected": 0, "rejects": []}
    assert captured.err == f"Error: {message}\n"
    con = db.connect(db_path)
    try:
        assert table_counts(con) == dict.fromkeys(TABLES, 0)
    finally:
        con.close()


@pytest.mark.usefixtures("migrated")
def test_file_level_failure_in_italian_text(db_path, capsys):
    assert cli.main(["--db", str(db_path), "--lang", "it", "import", "leads", str(CORPUS / "empty.csv")]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "Errore: Il file è vuoto: non c'è nulla da importare.\n")


# --- size ---------------------------------------------------------------------------------------------------

def test_a_3_mb_line_imports_intact(con, tmp_path):
    path = tmp_path / "long_line_3mb.csv"
    path.write_bytes(corpus.long_line_file())
    result = load(con, path)
    assert counts(result) == (4, 4, 0, 0, 0)
    assert warnings(result) == [(4, *BAD_EMAIL)]
    value = one(con, "select company from leads where external_id = 'L2'")[0]
    assert len(value) > 3 * 1024 * 1024
    assert value == corpus.long_line_value()
    assert stored(con, "external_id", "L4", ["company", "current_stage"]) == {"company": "Delta",
                                                                              "current_stage": "lead"}


def test_a_bad_value_after_row_20480_rejects_exactly_that_line(con, tmp_path):
    path = tmp_path / "late_bad_date_30000_rows.csv"
    path.write_bytes(corpus.late_bad_date_file())
    result = load(con, path)
    assert counts(result) == (30_000, 29_999, 0, 0, 1)
    assert rejects(result) == [(25_001, "Data creazione", "31/02/2024", "bad_date", "dmy")]
    assert one(con, "select count(*) from leads")[0] == 29_999
    assert one(con, "select count(*) from leads where external_id = 'L25000'")[0] == 0
    for key, created, value in (("L24999", "2024-04-24", "24999.50"), ("L25001", "2024-06-26", "25001.50"),
                                ("L30000", "2024-01-13", "30000.50")):
        assert stored(con, "external_id", key, ["created_at", "deal_value"]) == {
            "created_at": ts(created), "deal_value": Decimal(value)}


def _late(con, tmp_path: Path, evidence: str) -> ImportResult:
    path = tmp_path / f"late_{evidence}_25000_rows.csv"
    path.write_bytes(corpus.late_evidence_file(evidence))
    return load(con, path)


def test_a_day_over_12_late_in_the_file_still_proves_the_order(con, tmp_path):
    result = _late(con, tmp_path, "date_order")
    assert counts(result) == (25_000, 25_000, 0, 0, 0)
    assert result.date_order == "mdy"
    assert ("import.note_date_order", {"order": "mdy", "count": 4_000}) in notes(result)
    assert stored(con, "external_id", "L25000", ["created_at"]) == {"created_at": ts("2024-04-13")}
    assert stored(con, "external_id", "L00001", ["created_at"]) == {"created_at": ts("2024-02-02")}


def test_italian_values_late_in_the_file_still_decide_the_decimal_mark(con, tmp_path):
    result = _late(con, tmp_path, "decimal_mark")
    assert counts(result) == (25_000, 25_000, 0, 0, 0)
    assert result.decimals == {"deal_value": "it"}
    assert stored(con, "external_id", "L21001", ["deal_value"]) == {"deal_value": Decimal("1234.56")}
    assert stored(con, "external_id", "L21002", ["deal_value"]) == {"deal_value": Decimal("2.50")}


# --- re-import and modes -------------------------------------------------------------------------------------

def test_reimporting_the_same_file_changes_nothing(con):
    first = load(con, "reimport_base.csv")
    assert counts(first) == (3, 3, 0, 0, 0)
    leads = con.execute("select * from leads order by lead_id").fetchall()
    events = con.execute("select * from stage_events order by all").fetchall()
    again = load(con, "reimport_base.csv")
    assert counts(again) == (3, 0, 0, 3, 0)
    assert warnings(again) == warnings(first) == [(4, *BAD_EMAIL)]
    assert con.execute("select * from leads order by lead_id").fetchall() == leads
    assert con.execute("select * from stage_events order by all").fetchall() == events
    assert one(con, "select count(*) from import_batches")[0] == 2


@pytest.mark.parametrize("mode, outcome, expected_rejects, b2, b4", [
    # B3's malformed e-mail is a warning: the lead went in with the first file, and is unchanged by the second
    pytest.param("upsert", (4, 1, 1, 2, 0), [], ("opportunity", Decimal("250.00")), True,
                 id="upsert"),
    # on a refused row the warning is one more reason
    pytest.param("insert", (4, 1, 0, 0, 3), [(2, "ID", "B1", "exists", None), (3, "ID", "B2", "exists", None),
                                             (4, "Email", "bad", "bad_email", None), (4, "ID", "B3", "exists", None)],
                 ("sql", Decimal("200.00")), True,
                 id="insert"),
    pytest.param("update", (4, 0, 1, 2, 1), [(5, "ID", "B4", "not_found", None)],
                 ("opportunity", Decimal("250.00")), False, id="update"),
])
def test_modes_on_a_second_import(con, mode, outcome, expected_rejects, b2, b4):
    load(con, "reimport_base.csv")
    result = load(con, "reimport_changed_plus_new.csv", mode=mode)
    assert counts(result) == outcome
    assert rejects(result) == expected_rejects
    assert one(con, "select current_stage, deal_value from leads where external_id = 'B2'") == b2
    assert one(con, "select count(*) from leads where external_id = 'B4'")[0] == int(b4)
    assert one(con, "select count(*) from leads")[0] == 3 + int(b4)
