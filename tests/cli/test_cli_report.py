"""python -m smarketing report weekly: Markdown to stdout, HTML to a file, the week and language asked for."""

from __future__ import annotations

import pytest

from smarketing import cli, meetings
from tests.helpers import twelve


@pytest.fixture
def store(con, db_path):
    twelve(con)
    meeting = meetings.open_meeting(con, meetings.parse_week("2026-W48"), "anna")
    meetings.decide(con, meeting["meeting_id"], "Fiere: richiamare entro venerdì", "Marco")
    con.close()
    return str(db_path)


def test_markdown_to_stdout_in_english(store, capsys):
    assert cli.main(["--db", store, "report", "weekly", "--week", "2026-W48", "--lang", "en",
                     "--today", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:3] == [
        "# Weekly Sales and Marketing meeting · Week 48 (23 Nov 2026 – 29 Nov 2026)", "",
        "_Figures as of 25 Nov 2026._"]
    assert "## Decisions\n\n- Fiere: richiamare entro venerdì (Marco)\n" in out
    assert "### 1. Objectives off track, at risk or with a new status\n\nNothing to report.\n" in out


def test_html_to_a_file(store, capsys, tmp_path):
    out = tmp_path / "riunione.html"
    assert cli.main(["--db", store, "report", "weekly", "--week", "2026-W48", "--format", "html", "--out", str(out),
                     "--today", "2026-11-25"]) == 0
    assert capsys.readouterr().out == f"Resoconto scritto in {out}.\n"
    page = out.read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="it">') and "<svg" in page and "<script" not in page
    assert "Fiere: richiamare entro venerdì" in page


def test_a_past_week_reads_the_figures_of_that_week(store, capsys):
    assert cli.main(["--db", store, "report", "weekly", "--week", "2026-W46", "--today", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert "_Dati letti al 15/11/2026._" in out and "Fiere: richiamare" not in out


def test_a_bad_week_is_a_usage_error(store, capsys):
    with pytest.raises(SystemExit) as raised:
        cli.main(["--db", store, "report", "weekly", "--week", "W48"])
    assert raised.value.code == 2
    assert "Settimana «W48» non valida: scrivi un giorno della settimana, come 25/01/2027, o la settimana ISO, " \
        "come 2027-W04 (anno, W, numero)." in capsys.readouterr().err


def test_the_week_named_by_a_day_in_it(store, capsys):
    assert cli.main(["--db", store, "report", "weekly", "--week", "26/11/2026", "--today", "2026-11-25"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == \
        "# Riunione settimanale Vendite e Marketing · Settimana 48 (23/11/2026 – 29/11/2026)"


def test_an_unwritable_file_is_a_clear_failure_in_the_users_language(store, capsys, tmp_path):
    # the system's reason was English in the Italian message: "No such file or directory"
    assert cli.main(["--db", store, "report", "weekly", "--out", str(tmp_path / "no" / "such" / "r.md")]) == 1
    assert capsys.readouterr().err == (
        f"Errore: Impossibile scrivere {tmp_path / 'no' / 'such' / 'r.md'}: la cartella non esiste.\n")
    assert cli.main(["--db", store, "--lang", "en", "report", "weekly", "--out", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"Error: Cannot write {tmp_path}: it is a folder, not a file.\n"


def test_the_objective_a_decision_or_an_action_is_about_is_in_the_report(con, db_path, capsys, tmp_path):
    # the page said "(root · #1 SQL di dicembre)"; the report said "(root)", and an action's objective nowhere
    twelve(con)
    con.execute("insert into objectives (objective_id, title, statement, lang, metric, status) "
                "values (1, 'SQL di dicembre', 'Generare 6 SQL', 'it', 'stage_entries', 'active')")
    meeting = meetings.open_meeting(con, meetings.parse_week("2026-W48"), "anna")
    meetings.decide(con, meeting["meeting_id"], "Spostare budget sulle fiere", "Marco", 1)
    meetings.act(con, meeting["meeting_id"], "Richiamare i contatti", "Giulia", None, 1, created_by="anna")
    con.close()
    args = ["--db", str(db_path), "report", "weekly", "--week", "2026-W48", "--today", "2026-11-25"]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    # (Markdown's "#" escaped, as any of the users' words is)
    assert "- Spostare budget sulle fiere (Marco · \\#1 SQL di dicembre)\n" in out
    assert "| Richiamare i contatti (\\#1 SQL di dicembre) | Giulia |" in out
    page = tmp_path / "r.html"
    assert cli.main([*args, "--format", "html", "--out", str(page)]) == 0
    assert "<em>(Marco · #1 SQL di dicembre)</em>" in page.read_text(encoding="utf-8")


NOTES = ("Punti discussi:\n- budget LinkedIn ridotto\n- webinar di gennaio confermato\n\n"
         "Prossimi passi: 1) Luca richiama BI-MU; 2) Sara | Matteo *preparano* la scheda\n---")


def test_the_meetings_notes_keep_their_lines_in_both_formats(con, db_path, capsys, tmp_path):
    """Review 24: notes saved as a heading, a list and a next-steps line came out of both reports as one run-on line."""
    twelve(con)
    meeting = meetings.open_meeting(con, meetings.parse_week("2026-W48"), "anna")
    meetings.save(con, meeting["meeting_id"], ["Giulia"], NOTES, None, "anna")
    con.close()
    assert cli.main(["--db", str(db_path), "report", "weekly", "--week", "2026-W48", "--today", "2026-11-25"]) == 0
    assert ("## Note\n\nPunti discussi:  \n- budget LinkedIn ridotto  \n- webinar di gennaio confermato\n\n"
            "Prossimi passi: 1) Luca richiama BI-MU; 2) Sara \\| Matteo \\*preparano\\* la scheda  \n\\---\n") in \
        capsys.readouterr().out
    out = tmp_path / "riunione.html"
    assert cli.main(["--db", str(db_path), "report", "weekly", "--week", "2026-W48", "--format", "html", "--out",
                     str(out), "--today", "2026-11-25"]) == 0
    assert ("<h2>Note</h2><p>Punti discussi:<br>- budget LinkedIn ridotto<br>- webinar di gennaio confermato</p>"
            "<p>Prossimi passi: 1) Luca richiama BI-MU; 2) Sara | Matteo *preparano* la scheda<br>---</p>") in \
        out.read_text(encoding="utf-8")


def test_a_closed_action_says_who_closed_it_as_the_page_does(con, db_path, capsys):
    # review of 5 December: the page said "chiusa da sara@..."; the report "Fatta" alone
    twelve(con)
    meeting = meetings.open_meeting(con, meetings.parse_week("2026-W48"), "anna")
    action = meetings.act(con, meeting["meeting_id"], "Richiamare i contatti", "Giulia", None, created_by="anna")
    meetings.set_action(con, action, "done", "sara@azienda.it")
    con.close()
    assert cli.main(["--db", str(db_path), "report", "weekly", "--week", "2026-W48", "--today", "2026-11-25"]) == 0
    assert "| Richiamare i contatti | Giulia | – | Fatta, chiusa da sara@azienda.it |" in capsys.readouterr().out
