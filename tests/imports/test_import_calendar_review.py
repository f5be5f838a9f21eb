"""Dates as the calendar review of 5 December 2026 met them: rows dated after today, timestamps with an hour-only
offset or a zone written out."""

from __future__ import annotations

from datetime import date

from smarketing import metrics
from smarketing.importing import reasons
from tests.db.test_import_corpus import counts, notes
from tests.imports.test_import_ambiguity import load, write


def test_rows_dated_after_today_go_in_and_are_said(con, tmp_path, monkeypatch):
    # imported without a word, then missing from every window until their day (a 2028 row: a mistyped year)
    monkeypatch.setenv("SMARKETING_TODAY", "2026-12-04")
    path = write(tmp_path, "lead.csv", "Email;Data creazione;Fase\na@x.it;01/12/2026 10:00;Lead\n"
                 "f1@x.it;20/01/2028 10:00;Lead\nf2@x.it;06/12/2026 10:00;Lead\n")
    result = load(con, path)
    assert counts(result) == (3, 3, 0, 0, 0)
    note = next(n for n in result.notes if n.key == "import.note_dated_ahead")
    assert note.params == {"count": 2, "id": "f2@x.it", "start": "2026-12-06"}
    assert reasons.note_text(note, "it") == (
        "2 contatti hanno una data dopo oggi (il primo: «f2@x.it», con data 06/12/2026): contano nei numeri dal loro "
        "giorno. Se non è vero, controlla nel file l'anno e l'ordine di giorno e mese.")
    assert reasons.note_text(note, "en") == (
        "2 leads have a date after today (the first: \"f2@x.it\", dated 6 Dec 2026): they count in the figures from "
        "that day. If that is wrong, check the year and the order of day and month in the file.")
    # today's own rows are no rows ahead
    monkeypatch.setenv("SMARKETING_TODAY", "2028-01-20")
    assert "import.note_dated_ahead" not in [key for key, _ in notes(load(con, path))]


def test_timestamps_with_an_hour_offset_or_a_zone_written_out_are_read_in_italian_time(con, tmp_path):
    # PostgreSQL writes "+01", BigQuery " UTC": the whole file was refused, advising a date order that could not help
    path = write(tmp_path, "leads.csv", "Email,Create Date\np1@x.it,2026-12-31 23:30:00+01\n"
                 "p2@x.it,2026-06-30 23:30:00+02\np3@x.it,2026-11-30 23:30:00 UTC\np4@x.it,2026-11-29T22:30:00z\n")
    result = load(con, path)
    assert counts(result) == (4, 4, 0, 0, 0)
    assert con.execute("select email, created_at::varchar from leads order by 1").fetchall() == [
        ("p1@x.it", "2026-12-31 23:30:00"), ("p2@x.it", "2026-06-30 23:30:00"), ("p3@x.it", "2026-12-01 00:30:00"),
        ("p4@x.it", "2026-11-29 23:30:00")]


def test_a_time_written_with_a_dot_as_italian_excel_does(con, tmp_path):
    # "9.30" (Excel's h.mm): refused with "--date-order", which did not help
    path = write(tmp_path, "lead.csv", "Email;Data creazione\na@x.it;05/12/2026 9.30\nb@x.it;13/11/2026 23.59\n"
                 "c@x.it;01/12/2026 10.05.30\n")
    result = load(con, path)
    assert counts(result) == (3, 3, 0, 0, 0)
    assert con.execute("select email, created_at::varchar from leads order by 1").fetchall() == [
        ("a@x.it", "2026-12-05 09:30:00"), ("b@x.it", "2026-11-13 23:59:00"), ("c@x.it", "2026-12-01 10:05:30")]


def test_the_first_day_ahead_is_the_earliest_any_row_tells(con, tmp_path, monkeypatch):
    # regression review: "la prima il" was the earliest of each row's last day: a row created ahead and closed later
    # was passed over for one created later
    monkeypatch.setenv("SMARKETING_TODAY", "2026-12-04")
    path = write(tmp_path, "deals.csv", "Email;Data creazione;Fase;Data chiusura\n"
                 "a@x.it;08/12/2026;Cliente;25/12/2026\nb@x.it;10/12/2026;Lead;\n")
    note = next(n for n in load(con, path).notes if n.key == "import.note_dated_ahead")
    assert note.params == {"count": 2, "id": "a@x.it", "start": "2026-12-08"}


def test_a_customer_later_lost_in_a_contacts_file_is_still_won(con, tmp_path):
    # review of 5 December (docs followed literally): November's 2 wins and 15.000 € became 1 win and 5.000 €, with a
    # lost deal in December, when one customer was marked "Perso" later; docs/metrics.md: a customer who left
    first = write(tmp_path, "m1.csv", "ID;Email;Fase;Data creazione;Data cliente;Valore\n"
                  "C1;c1@a.it;Cliente;02/11/2026;20/11/2026;10000\nC2;c2@a.it;Cliente;03/11/2026;21/11/2026;5000\n")
    load(con, first)
    load(con, write(tmp_path, "m2.csv", "ID;Email;Fase;Data perdita\nC1;c1@a.it;Perso;01/12/2026\n"))
    november = metrics.compute(con, "win_rate", metrics.Query(start=date(2026, 11, 1), end=date(2026, 11, 30),
                                                              today=date(2026, 12, 4)))[0]
    december = metrics.compute(con, "win_rate", metrics.Query(start=date(2026, 12, 1), end=date(2026, 12, 31),
                                                              today=date(2026, 12, 4)))[0]
    assert (november["won"], november["lost"], float(november["won_value"])) == (2, 0, 15000.0)
    assert (december["won"], december["lost"]) == (0, 0)
    assert con.execute("select current_stage from leads where external_id = 'C1'").fetchone() == ("lost",)


def test_a_customer_who_left_with_no_lost_date_is_not_said_to_count_in_no_period(con, tmp_path):
    # second regression review: won on the day it became a customer, it counts in that period; the note said it
    # counted in none
    path = write(tmp_path, "contatti.csv", "Record ID,Create Date,Lifecycle Stage,Became a Customer Date,Amount\n"
                 "6,2026-09-06,Lost,2026-11-15,2500\n7,2026-09-07,Customer,,1000\n")
    result = load(con, path)
    assert ("import.note_closed_undated", {"count": 1}) in notes(result)
    assert con.execute("select count(*) from lead_journeys where outcome = 'won' and closed_at is not null"
                       ).fetchone() == (1,)
