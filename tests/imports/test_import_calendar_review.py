"""Dates as the calendar review of 5 December 2026 met them: rows dated after today, timestamps with an hour-only
offset or a zone written out."""

from __future__ import annotations

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
        "2 contatti hanno una data dopo oggi (la prima il 06/12/2026, «f2@x.it»): contano nei numeri dal loro "
        "giorno. Se non è vero, controlla nel file l'anno e l'ordine di giorno e mese.")
    assert reasons.note_text(note, "en") == (
        "2 leads have a date after today (the first on 6 Dec 2026, \"f2@x.it\"): they count in the figures from "
        "that day. If that is wrong, check the year and the order of day and month in the file.")
    # today's own rows are no rows ahead
    monkeypatch.setenv("SMARKETING_TODAY", "2028-01-20")
    assert "import.note_dated_ahead" not in [key for key, _ in notes(load(con, path))]
