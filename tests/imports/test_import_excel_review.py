"""Sheets as Excel, LibreOffice and Google Sheets save them, by an Italian office (a review of 5 December 2026):
each case stored a value wrong, lost a row, or refused one for a reason that did not hold."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from tests.db.test_import_corpus import counts, rejects
from tests.imports.test_import_ambiguity import load, write


def test_a_header_cell_broken_with_alt_enter_is_one_header(con, tmp_path):
    # Excel writes the line break inside the quotes: the first data row was taken for the header, and the import
    # refused the file for want of a key ("Colonne presenti: H1, Uno, Lead...")
    path = write(tmp_path, "lead.csv", 'Esportazione lead\r\nID;Nome;Fase;"Data\ncreazione";Valore\r\n'
                 "H1;Uno;Lead;01/12/2026;1.000,00\r\nH2;Due;Opportunità;13/11/2026;2.500,00\r\n"
                 "H3;Tre;Lead;31/02/2026;500,00\r\n")
    result = load(con, path, partial=True)
    assert result.header == ["ID", "Nome", "Fase", "Data creazione", "Valore"]
    assert result.header_line == 2
    assert counts(result) == (3, 2, 0, 0, 1)
    # the lines named are the file's own: the header takes lines 2 and 3
    assert rejects(result) == [(6, "Data creazione", "31/02/2026", "bad_date", "dmy")]
    assert con.execute("select external_id, created_at, deal_value from leads order by 1").fetchall() == [
        ("H1", datetime(2026, 12, 1), Decimal("1000.00")), ("H2", datetime(2026, 11, 13), Decimal("2500.00"))]


def test_a_broken_header_cell_keeps_its_column_where_the_rest_fits_on_a_line(con, tmp_path):
    # "Create" alone was read as the last column and "Date" as a row: both leads lost their creation date
    path = write(tmp_path, "leads.csv", 'ID,Name,"Create\nDate"\nH1,Uno,01/12/2026\nH2,Due,13/11/2026\n')
    result = load(con, path)
    assert result.header == ["ID", "Name", "Create Date"]
    assert counts(result) == (2, 2, 0, 0, 0)
    assert con.execute("select external_id, created_at from leads order by 1").fetchall() == [
        ("H1", datetime(2026, 12, 1)), ("H2", datetime(2026, 11, 13))]
