"""Every CSV the app or the CLI hands out neutralises cells Excel would run as formulas (= + - @, tab,
CR, LF at the start), and no download in the pages bypasses smarketing/exports.py."""

from __future__ import annotations

import ast
import csv
import io
import json

import pytest

from smarketing import cli, exports
from tests.conftest import ROOT
from tests.helpers import twelve

PAYLOADS = ["=HYPERLINK(\"http://x.example\",\"clic\")", "+39 059 123", "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd",
            "\ncmd"]


def cells(text: str, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter))


def assert_neutral(rows: list[list[str]]) -> None:
    risky = [c for row in rows for c in row if c and c[0] in "=+-@\t\r\n"]
    assert risky == []


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_producer_quotes_formulas(payload):
    lead = {c: payload for c in exports.LEAD_COLUMNS}
    reject = {"line": 2, "column": payload, "value": payload, "reason": payload, "code": "bad_date"}
    for text, delimiter in ((exports.leads_csv([lead], "it"), ";"), (exports.rejects_csv([reject], "en"), ","),
                            (exports.table_csv([{payload: payload, "Fase": "MQL"}], "it"), ";"),
                            (exports.csv_text([{"a": payload}], ["a"]), ",")):
        rows = cells(text, delimiter)
        assert_neutral(rows)
        assert "'" + payload in [c for row in rows for c in row]


def test_numbers_and_plain_text_are_left_alone():
    rows = cells(exports.table_csv([{"Stage": "MQL", "Entered": "1,234", "Rate": "12.5%", "Note": "ok - good"}], "en"))
    assert rows == [["Stage", "Entered", "Rate", "Note"], ["MQL", "1,234", "12.5%", "ok - good"]]


def test_negative_numbers_as_the_pages_write_them_open_as_numbers_not_quoted_text():
    # review of 5 December: the ROI table's "-100,0%" downloaded as "'-100,0%", shown with its quote in Excel; an
    # import's rejected "-5,00" likewise
    row = {"ROI": "-100,0%", "Variazione": "-24 (-30%)", "Spesa": "-1.234,50 €", "ROAS": "-0,50×", "Su": "+12,5%",
           "Telefono": "+39 059 123", "Formula": "-2+3", "USD": "-1,234.50 USD", "Cellulare": "+393331234567"}
    # (a "+" before bare digits is a phone's: Excel would read it as a number and drop the "+")
    assert cells(exports.table_csv([row], "it"), ";")[1] == [
        "-100,0%", "-24 (-30%)", "-1.234,50 €", "-0,50×", "+12,5%", "'+39 059 123", "'-2+3", "-1,234.50 USD",
        "'+393331234567"]
    reject = {"line": 3, "column": "Valore", "value": "-5,00", "reason": "negativo", "code": "negative_value"}
    assert cells(exports.rejects_csv([reject], "it"), ";")[1][2] == "-5,00"


def test_an_italian_download_splits_its_cells_as_italian_excel_does():
    # semicolons, Excel's list separator in Italy: with commas every row would open as one cell
    text = exports.table_csv([{"Fase": "MQL", "Entrati": "1.234", "Tasso": "12,5%", "Note": "ok; bene"}], "it")
    assert text == "\ufeffFase;Entrati;Tasso;Note\r\nMQL;1.234;12,5%;\"ok; bene\"\r\n"


def test_the_leads_behind_a_number_open_in_italian_excel_as_numbers_and_named_stages():
    # review 8: "customer" and "28350.00" (text in an Italian Excel) where the list on screen says Cliente
    from decimal import Decimal

    lead = {c: None for c in exports.LEAD_COLUMNS} | {"external_id": "L1", "current_stage": "customer",
                                                        "deal_value": Decimal("28350.00"), "currency": "EUR"}
    labels = {"customer": "Cliente"}
    assert cells(exports.leads_csv([lead], "it", labels), ";")[1] == [
        "L1", "", "", "", "", "", "", "Cliente", "", "", "", "", "28350,00", "EUR", ""]
    assert cells(exports.leads_csv([lead], "en", {"customer": "Customer"}))[1][7:13] == [
        "Customer", "", "", "", "", "28350.00"]
    # no thousands mark, which a file's reader could take for the decimal one
    big = [lead | {"deal_value": Decimal("1234567.5")}, lead | {"deal_value": Decimal("0.5")}]
    assert [row[12] for row in cells(exports.leads_csv(big, "it", labels), ";")[1:]] == ["1234567,50", "0,50"]
    assert [row[12] for row in cells(exports.leads_csv(big, "en"))[1:]] == ["1234567.50", "0.50"]


def test_the_metrics_csv_of_the_cli_is_neutral_too(con, db_path, capsys):
    twelve(con)
    con.execute("update leads set source = '=cmd|''/c calc''!A0' where external_id = 'L1'")
    from smarketing import journeys

    journeys.refresh(con)
    con.close()
    assert cli.main(["--db", str(db_path), "metrics", "funnel", "--by", "source", "--today", "2026-11-25",
                     "--format", "csv"]) == 0
    rows = cells(capsys.readouterr().out)
    assert_neutral(rows)
    assert "'=cmd|'/c calc'!A0" in [r[0] for r in rows]
    assert cli.main(["--db", str(db_path), "metrics", "funnel", "--by", "source", "--format", "json"]) == 0
    assert "=cmd|'/c calc'!A0" in {r["source"] for r in json.loads(capsys.readouterr().out)}   # JSON stays exact


def _download_data(path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "download_button":
            data = next(k.value for k in node.keywords if k.arg == "data")
            found.append(ast.unparse(data))
    return found


def test_no_download_in_the_pages_bypasses_exports():
    sources = sorted((ROOT / "app_pages").glob("*.py")) + sorted((ROOT / "smarketing" / "ui").glob("*.py"))
    found = {p.name: _download_data(p) for p in sources}
    data = [d for ds in found.values() for d in ds]
    assert len(data) >= 6, found
    # CSV through exports.*_csv; the meeting report is Markdown or HTML, escaped by report.py
    allowed = ("exports.", "rejects_csv(", "lambda: exports.", "lambda: report.html_page(", "lambda: report.markdown(")
    assert [d for d in data if not d.startswith(allowed)] == []
