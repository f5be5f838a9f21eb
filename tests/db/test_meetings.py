"""The weekly meeting: weeks, decisions and actions carried over until done, the agenda the data sets,
and the report in Markdown and in one offline HTML file. The meeting week is 23-29 November 2026; the
funnel moves look at 16-22 November against 19 October - 15 November."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from smarketing import agenda, alerts, batches, journeys, meetings, objective_views, objectives, objectivewords, report
from smarketing.agendawords import say
from smarketing.errors import SmarketingError
from tests.helpers import add_lead, twelve

WEEK = date(2026, 11, 23)
TODAY = date(2026, 11, 25)
BOTH = [("Giulia", "marketing"), ("Marco", "sales")]


@pytest.mark.parametrize(("text", "monday", "code"), [
    ("2027-W05", date(2027, 2, 1), "2027-W05"), ("2026w48", date(2026, 11, 23), "2026-W48"),
    (" 2020-W53 ", date(2020, 12, 28), "2020-W53"), ("2027-W1", date(2027, 1, 4), "2027-W01")])
def test_iso_weeks(text, monday, code):
    assert (meetings.parse_week(text), meetings.week_code(monday)) == (monday, code)


# a manager names the week by a day in it, as the calendar shows it
@pytest.mark.parametrize(("text", "monday"), [
    ("25/11/2026", date(2026, 11, 23)), ("29/11/2026", date(2026, 11, 23)), ("30/11/2026", date(2026, 11, 30)),
    ("2026-11-25", date(2026, 11, 23)), ("25 novembre 2026", date(2026, 11, 23)), ("1 gen 2027", date(2026, 12, 28)),
    ("Nov 25, 2026", date(2026, 11, 23)), ("3/1/2027", date(2026, 12, 28))])
def test_a_week_named_by_one_of_its_days(text, monday):
    assert meetings.parse_week(text) == monday


@pytest.mark.parametrize("text", ["2027-W54", "2026-W00", "settimana 5", "", "2027-05", "novembre 2026", "2026",
                                  "31/02/2027", "25/11"])
def test_a_bad_week_is_refused_with_the_forms_to_use(text):
    with pytest.raises(SmarketingError) as raised:
        meetings.parse_week(text)
    assert raised.value.message("en") == (f'Invalid week "{text}": write a day of the week, such as 25/01/2027, or '
                                          'the ISO week, such as 2027-W04 (year, W, number).')


def test_actions_stay_on_the_agenda_until_done(con):
    last = meetings.open_meeting(con, WEEK - timedelta(days=7), "anna")
    assert meetings.open_meeting(con, WEEK - timedelta(days=3), "other")["meeting_id"] == last["meeting_id"]
    open_one = meetings.act(con, last["meeting_id"], "Richiamare i contatti della fiera", "Marco", WEEK)
    done_late = meetings.act(con, last["meeting_id"], "Scheda MQL", "Giulia", WEEK - timedelta(days=3))
    done_early = meetings.act(con, last["meeting_id"], "Riepilogo persi", "Marco", WEEK - timedelta(days=4))
    meetings.set_action(con, done_early, "done", "giulia", datetime(2026, 11, 19, 17))
    meetings.set_action(con, done_late, "done", "marco", datetime(2026, 11, 24, 9))   # closed during this week
    this = meetings.open_meeting(con, WEEK, "anna")
    new = meetings.act(con, this["meeting_id"], "Nuova landing page", None, None)
    assert [(a["action_id"], a["status"], a["carried_over"]) for a in meetings.actions(con, WEEK)] == [
        (done_late, "done", True), (open_one, "open", True), (new, "open", False)]
    assert [a["status_by"] for a in meetings.actions(con, WEEK)] == ["marco", None, None]
    # the week after, only what is still open comes along
    assert [a["action_id"] for a in meetings.actions(con, WEEK + timedelta(days=7))] == [open_one, new]
    meetings.set_action(con, open_one, "open", "marco")
    with pytest.raises(SmarketingError):
        meetings.act(con, this["meeting_id"], "   ", "Marco", None)


def test_decisions_and_attendees(con):
    objective_id = objectives.add(con, "Generare 6 SQL entro il 24/12/2026", BOTH, TODAY, "it", "anna")
    meeting = meetings.open_meeting(con, WEEK, "anna")
    meetings.save(con, meeting["meeting_id"], ["Giulia", "Marco"], "  ", WEEK, "giulia")
    meetings.decide(con, meeting["meeting_id"], "  Webinar MQL alle Vendite entro 48 ore ", "Marco", objective_id)
    assert {k: meetings.find(con, WEEK)[k] for k in ("attendees", "notes", "held_on", "updated_by")} == {
        "attendees": ["Giulia", "Marco"], "notes": None, "held_on": WEEK, "updated_by": "giulia"}
    taken = meetings.decisions(con, meeting["meeting_id"])
    assert [(d["text"], d["decided_by"], d["objective_title"]) for d in taken] == [
        ("Webinar MQL alle Vendite entro 48 ore", "Marco", "Generare 6 SQL entro il 24/12/2026")]
    with pytest.raises(SmarketingError) as raised:
        meetings.decide(con, meeting["meeting_id"], "", "Marco")
    assert raised.value.message("it") == "Scrivi la decisione prima di salvarla."


def bulk(con, day: str, leads: int, mqls: int, tag: str) -> None:
    """`leads` leads created on `day`, the first `mqls` of them MQL that same day; one refresh at the end."""
    start = con.execute("select coalesce(max(lead_id), 0) from leads").fetchone()[0]
    for n in range(leads):
        lead_id = start + n + 1
        con.execute("insert into leads (lead_id, external_id, created_at, current_stage, owner) "
                    "values (?, ?, ?, ?, 'Giulia')",
                    [lead_id, f"{tag}{n}", f"{day} 09:00", "mql" if n < mqls else "lead"])
        con.execute("insert into stage_events (lead_id, stage, entered_at) values (?, 'lead', ?)",
                    [lead_id, f"{day} 09:00"])
        if n < mqls:
            con.execute("insert into stage_events (lead_id, stage, entered_at) values (?, 'mql', ?)",
                        [lead_id, f"{day} 10:00"])
    journeys.refresh(con)


@pytest.fixture
def moves(con):
    # 10 leads a week, half of them MQL the same day; then a week of 6 leads, 5 MQL
    for monday in ("2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09"):
        bulk(con, monday, 10, 5, f"W{monday}-")
    bulk(con, "2026-11-17", 6, 5, "REF-")
    return con


def test_funnel_moves_against_the_four_weeks_before(moves):
    items = agenda.funnel_moves(moves, date(2026, 11, 16), TODAY)
    # leads 6 against 10 (-40%); MQLs 5 against 5: no move; the week's lead cohort (its MQLs came the same day,
    # so it has matured) converted 5 of 6 against 20 of 40 before: +67%
    assert [(i.severity, say(i, "it")) for i in items] == [
        ("medium", "Contatto: 6 ingressi nella settimana 16/11/2026 – 22/11/2026, contro una media di 10,0 (−40%)."),
        ("info", "Conversione Contatto → MQL di chi è entrato nella settimana 16/11/2026 – 22/11/2026 (coorte "
                 "maturata): 83,3% contro una media di 50,0% nelle 4 settimane prima alla stessa età (+67%)."),
    ]
    # thresholds of Settings: a 50% move is needed for entries, 100% for conversion
    strict = alerts.Thresholds(entries=0.5, conversion=1.0)
    assert agenda.funnel_moves(moves, date(2026, 11, 16), TODAY, strict) == []
    alerts.save_thresholds(moves, alerts.Thresholds(entries=0.5, conversion=0.5))
    assert [i.severity for i in agenda.funnel_moves(moves, date(2026, 11, 16), TODAY)] == ["info"]


def test_handoff_backlog_and_missing_check_ins(moves):
    # every MQL of the fixture is still waiting, the last five since 17 November: eight days on the 25th.
    # Giulia is not in the team: her function is not known, so her queue is hers, said as such
    assert [say(i, "en") for i in agenda.handoff_breaches(moves, TODAY)] == [
        "Giulia (not in the team): 25 MQLs of the last 90 days have waited for an answer for more than 7 days."]
    assert say(agenda.handoff_breaches(moves, date(2026, 11, 24))[0], "en").startswith(
        "Giulia (not in the team): 20")
    # once the team says she works in Marketing, nobody in Sales holds these MQLs: they need an owner
    moves.execute("insert into team_members (name, function) values ('Giulia', 'marketing')")
    assert [(i.severity, say(i, "it")) for i in agenda.handoff_breaches(moves, TODAY)] == [
        ("high", "25 MQL degli ultimi 90 giorni aspettano da più di 7 giorni e nessuno delle Vendite li ha in carico: "
                 "vanno assegnati.")]
    objective_id = objectives.add(moves, "Generare 6 SQL entro il 24/12/2026", BOTH, TODAY, "it", "anna")
    objectives.checkin(moves, objective_id, TODAY, "Marco", 7)
    assert [say(i, "it") for i in agenda.missing_checkins(moves, WEEK)] == [
        "Giulia: Generare 6 SQL entro il 24/12/2026"]


def test_many_owners_outside_the_team_are_one_item_naming_the_busiest(con):
    """Review 26: a marketing-funnel export (Olist) names its sellers by a 32-character id; sixteen of them outside
    the team were sixteen backlog alerts, burying the rest of the Overview and the agenda. Up to three are each
    their own item; four or more are one, the busiest named."""
    for n, (owner, mqls) in enumerate((("a8387c01", 4), ("85fc447d", 3), ("Paolo", 2))):
        for k in range(mqls):
            add_lead(con, f"O{n}-{k}", "2026-11-02", "mql", [("lead", "2026-11-02"), ("mql", "2026-11-03")],
                     owner=owner, refresh=False)
    journeys.refresh(con)
    assert [say(i, "it") for i in agenda.handoff_breaches(con, TODAY)] == [
        "a8387c01 (non nel team): 4 MQL degli ultimi 90 giorni aspettano una risposta da più di 7 giorni.",
        "85fc447d (non nel team): 3 MQL degli ultimi 90 giorni aspettano una risposta da più di 7 giorni.",
        "Paolo (non nel team): 2 MQL degli ultimi 90 giorni aspettano una risposta da più di 7 giorni."]
    add_lead(con, "O3-0", "2026-11-02", "mql", [("lead", "2026-11-02"), ("mql", "2026-11-03")], owner="d3d1e91a")
    items = agenda.handoff_breaches(con, TODAY)
    assert [(i.severity, say(i, "it")) for i in items] == [
        ("high", "10 MQL degli ultimi 90 giorni aspettano da più di 7 giorni presso 4 responsabili che non sono nel "
                 "team (a8387c01 (4), 85fc447d (3), Paolo (2), …): aggiungili al team con la loro funzione, o "
                 "riassegna gli MQL.")]
    assert say(items[0], "en").startswith("10 MQLs of the last 90 days have waited more than 7 days with 4 owners who "
                                          "are not in the team (a8387c01 (4), 85fc447d (3), Paolo (2), …)")
    # one of them joins Sales: three outside are each their own item again, the Sales person's too
    con.execute("insert into team_members (name, function) values ('Paolo', 'sales')")
    assert [say(i, "en").split(":")[0] for i in agenda.handoff_breaches(con, TODAY)] == [
        "a8387c01 (not in the team)", "85fc447d (not in the team)", "Paolo", "d3d1e91a (not in the team)"]


# the owners who have not checked in this week: each named once, as their own item
NOBODY = ["Giulia: NPS", "Marco: NPS"]


@pytest.mark.parametrize(("sentence", "checkins", "expected"), [
    # a monthly NPS checked in five weeks ago is due; three weeks ago is not
    ("Portare l'NPS a 50 entro giugno 2027, rilevazione mensile", [("2026-10-19", 42.0)],
     ["NPS: manca il valore mensile (l'ultimo è della settimana del 19/10/2026).", *NOBODY]),
    ("Portare l'NPS a 50 entro giugno 2027, rilevazione mensile", [("2026-11-02", 42.0)], NOBODY),
    # a quarterly survey of ten weeks ago is not due yet
    ("Portare l'NPS a 50 entro giugno 2027, rilevazione trimestrale", [("2026-09-14", 42.0)], NOBODY),
    ("Portare l'NPS a 50 entro giugno 2027, rilevazione trimestrale", [],
     ["NPS: manca il valore trimestrale, non ancora inserito.", *NOBODY]),
    # weekly: this week's check-in came without the value; both owners checked in
    ("Portare l'NPS a 50 entro giugno 2027", [("2026-11-16", 42.0), ("2026-11-23", None)],
     ["NPS: manca il valore settimanale (l'ultimo è della settimana del 16/11/2026)."]),
    # weekly with no check-in this week: the missing check-ins say it, not a missing value besides
    ("Portare l'NPS a 50 entro giugno 2027", [("2026-11-16", 42.0)], NOBODY),
])
def test_a_manual_kpi_value_is_due_at_its_cadence(con, sentence, checkins, expected):
    objective_id = objectives.add(con, sentence, BOTH, date(2026, 9, 1), "it", "anna", title="NPS")
    for week, value in checkins:
        for owner in ("Giulia", "Marco"):
            objectives.checkin(con, objective_id, date.fromisoformat(week), owner, 6, value=value)
    assert [say(i, "it") for i in agenda.missing_checkins(con, WEEK)] == expected


def test_data_alerts(con):
    assert agenda.data_alerts(con, TODAY) == []
    failed = batches.open_batch(con, "leads", file_name="hubspot.csv")
    batches.finish_batch(con, failed, "failed")
    rejected = batches.open_batch(con, "leads", file_name="fiera.csv")
    batches.finish_batch(con, rejected, "committed", rows_read=300, inserted=288, rejected=12)
    # the ledger stamps the machine's clock: put both imports on the test's own days
    con.execute("update import_batches set started_at = ? - interval (3 - batch_id) day", [TODAY])
    texts = [say(i, "it") for i in agenda.data_alerts(con, TODAY)]
    assert texts[0] == ("L'import «fiera.csv» ha scartato 12 righe su 300: scarica le righe scartate dalla pagina "
                        "Importa.")
    assert texts[1] == "L'import «hubspot.csv» del 23/11/2026 non è andato a buon fine: niente è stato scritto."
    # three weeks on, the last real import is old news
    stale = agenda.data_alerts(con, TODAY + timedelta(days=21))
    assert say(stale[-1], "en") == "The last import was 22 days ago (24 Nov 2026): the numbers may be out of date."
    # as for the pages' freshness warning, a week is still this side of stale, and the day after is not
    def stale_on(day):
        return [say(i, "it") for i in agenda.data_alerts(con, day) if say(i, "it").startswith("L'ultimo import")]

    assert stale_on(TODAY + timedelta(days=6)) == []
    assert stale_on(TODAY + timedelta(days=7)) == [
        "L'ultimo import è di 8 giorni fa (24/11/2026): i numeri potrebbero non essere aggiornati."]
    # a week before the imports, its agenda never shows them; one row rejected is one "riga"
    assert [say(i, "it") for i in agenda.data_alerts(con, TODAY - timedelta(days=7))
            if "import «" in say(i, "it")] == []
    one = batches.open_batch(con, "spend", file_name="spesa.csv")
    batches.finish_batch(con, one, "committed", rows_read=5, inserted=4, rejected=1)
    con.execute("update import_batches set started_at = ? where batch_id = ?", [TODAY, one])
    assert "L'import «spesa.csv» ha scartato 1 riga su 5: scarica le righe scartate dalla pagina Importa." in [
        say(i, "it") for i in agenda.data_alerts(con, TODAY)]



def test_objectives_in_trouble_carry_every_owners_last_confidence(con):
    add_lead(con, "A", "2026-11-02 09:00", "sql", [("lead", "2026-11-02"), ("mql", "2026-11-03"),
                                                    ("sql", "2026-11-04")])
    objective_id = objectives.add(con, "Generare 20 SQL entro il 30/11/2026", BOTH, date(2026, 11, 1), "it", "anna",
                                  title="Venti SQL")
    objectives.checkin(con, objective_id, date(2026, 11, 16), "Giulia", 8)
    objectives.checkin(con, objective_id, date(2026, 11, 23), "Giulia", 5)
    objectives.checkin(con, objective_id, date(2026, 11, 16), "Marco", 6)
    items = agenda.objectives_in_trouble(con, TODAY, objective_views.board(con, TODAY))
    # 1 of 20 after 24 of 29 days
    assert [(i.severity, i.objective_id, say(i, "it")) for i in items] == [
        ("high", objective_id, "Venti SQL: fuori strada, 1 su 20 (avanzamento 5%, atteso 83%). "
                               "Fiducia: Giulia 5/10, Marco 6/10.")]


def test_the_report_in_markdown_and_in_offline_html(moves):
    objectives.add(moves, "Generare 20 MQL entro il 24/12/2026", BOTH, TODAY, "it", "anna")
    meeting = meetings.open_meeting(moves, WEEK, "anna")
    meetings.save(moves, meeting["meeting_id"], ["Giulia", "Marco"], "Note con <b>tag</b> | e barra", WEEK, "giulia")
    meetings.decide(moves, meeting["meeting_id"], "Usare <script>alert(1)</script> mai", "Marco")
    meetings.act(moves, meeting["meeting_id"], "Chiamare | richiamare", "Marco", date(2026, 11, 20))
    # dropped past its day: no longer anyone's to do, so never late (meetings.overdue, as the page and digest say)
    dropped = meetings.act(moves, meeting["meeting_id"], "Sondaggio clienti", "Giulia", date(2026, 11, 20))
    meetings.set_action(moves, dropped, "dropped", "giulia", datetime(2026, 11, 24, 9))
    # a link and a tracking image typed into a decision: in a wiki they must read as typed
    meetings.decide(moves, meeting["meeting_id"], "Vedi [il piano](https://evil.example/x) "
                    "![pixel](https://tracker.example/p.png) <https://evil.example>", "Marco")
    built = report.build(moves, WEEK, TODAY, "it")
    md = report.markdown(built)
    assert md.startswith("# Riunione settimanale Vendite e Marketing · Settimana 48 (23/11/2026 – 29/11/2026)\n")
    assert "- Contatto: 6 ingressi nella settimana 16/11/2026 – 22/11/2026, contro una media di 10,0 (−40%)." in md
    assert "| Chiamare \\| richiamare | Marco | 20/11/2026 | in ritardo |" in md
    assert "| Sondaggio clienti | Giulia | 20/11/2026 |  |" in md
    # the week the moves describe against the week before (10 leads, 5 MQLs) and a year earlier (no data)
    assert "| Misura | 16/11/2026 – 22/11/2026 | Settimana prima | Variazione | Un anno prima |" in md
    assert "| Contatti | 6 | 10 | -4 (-40%) | – |" in md and "| MQL | 5 | 5 | ±0 | – |" in md
    assert "| Tasso di vittoria | – | – | – | – |" in md
    assert "Usare &lt;script\\>alert(1)&lt;/script\\> mai" in md and "<" not in md
    assert ("- Vedi \\[il piano\\](https://evil.example/x) !\\[pixel\\](https://tracker.example/p.png) "
            "&lt;https://evil.example\\> (Marco)") in md
    assert "](" not in md.replace("\\](", "")
    page = report.html_page(built)
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") == 2
    assert "<script" not in page.lower() and "<link" not in page.lower()
    assert re.findall(r"(?:src|href)\s*=", page) == []
    # SVG namespaces aside, no address but the three typed into the decision, as text (in the list of decisions
    # and in the chart, where the decision is drawn on the day of its meeting)
    assert set(re.findall(r"https?://(?!www\.w3\.org/)[\w./]*", page)) == {
        "https://evil.example/x", "https://tracker.example/p.png", "https://evil.example"}
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "Note con &lt;b&gt;tag&lt;/b&gt;" in page
    # a mailed page has no hover: the chart's lines are named under it, never "hover over them"
    assert "passa il mouse" not in page
    assert ("Le linee verticali grigie: 23/11/2026 Decisione: Usare &lt;script&gt;alert(1)&lt;/script&gt; mai; "
            "23/11/2026 Decisione: Vedi [il piano](https://evil.example/x)") in page
    # on demo data the notice is plain words, as in the HTML: its bold, escaped, showed as \*\* in a wiki
    demo = report.markdown(replace(built, company="Predicta S.r.l."))
    assert ("_Stai guardando dati dimostrativi di un'azienda inventata (Predicta S.r.l.). Rimuovili da Impostazioni "
            "prima di importare i tuoi dati._") in demo.splitlines()
    english = report.markdown(report.build(moves, WEEK, TODAY, "en"))
    assert "(23 Nov 2026 – 29 Nov 2026)" in english and "against an average of 10.0 (−40%)" in english
    # the file's name in the page's language, as the digest attaches it too
    assert (report.file_stem(WEEK, "it"), report.file_stem(WEEK, "en")) == ("riunione-2026-W48", "meeting-2026-W48")


def test_an_objective_of_next_quarter_says_when_it_starts(con):
    """Drafted in December for the second quarter: the board says when it starts rather than setting a dash
    against its target; its start is news in the meeting only when it starts behind."""
    objective_id = objectives.add(con, "Generare 90 SQL nel Q2 2027", BOTH, TODAY, "it", "anna", title="SQL del Q2")
    board = objective_views.board(con, TODAY)
    assert [(r.id, r.status) for r in board] == [(objective_id, "not_started")]
    words = {lang: objectivewords.worded(board[0], lang) for lang in ("it", "en")}
    assert [(w.status, w.actual, w.target, w.forecast) for w in words.values()] == [
        ("🗓️ parte il 01/04/2027", "–", "90", "–"),
        ("🗓️ starts on 1 Apr 2027", "–", "90", "–")]
    assert agenda.objectives_in_trouble(con, TODAY, board) == []
    # the Monday after it started: four days of a count are too early to judge, nothing to discuss
    assert alerts.status_changes(con, date(2027, 4, 5)) == []
    # a rate is no level over its first deal: one won and one lost in the three months before today (50%, the
    # baseline), then the quarter's first deal lost on 2 April is too early to judge on the Monday after; a week
    # later, still 0% against 60%, it is off track, and that is news
    add_lead(con, "W", "2026-08-01", "customer", [("lead", "2026-08-01"), ("opportunity", "2026-10-05"),
                                                  ("customer", "2026-10-20")])
    add_lead(con, "L", "2026-10-02", "lost", [("lead", "2026-10-02"), ("opportunity", "2026-10-06"),
                                              ("lost", "2026-10-21")])
    rate_id = objectives.add(con, "Portare il tasso di vittoria al 60% nel Q2 2027", BOTH, TODAY, "it", "anna",
                             title="Vittorie del Q2")
    add_lead(con, "Q", "2027-03-20", "lost", [("lead", "2027-03-20"), ("opportunity", "2027-03-25"),
                                              ("lost", "2027-04-02")])
    assert alerts.status_changes(con, date(2027, 4, 5)) == []
    # (as is the count: no SQL in 12 days of 91)
    assert [(a.severity, a.objective_id, say(a, "it")) for a in alerts.status_changes(con, date(2027, 4, 12))] == [
        ("high", objective_id, "SQL del Q2: da «troppo presto» a «fuori strada» in una settimana."),
        ("high", rate_id, "Vittorie del Q2: da «troppo presto» a «fuori strada» in una settimana.")]


def test_the_board_says_progress_past_its_target_and_expects_nothing_without_a_deadline(con):
    """A cost cut past its target shows its real progress beside the full bar, as the detail and the report do;
    an objective with no deadline expects nothing by any day: '–', never '0%'."""
    from dataclasses import replace

    from smarketing import progress

    objectives.add(con, "Ridurre il CPL a 50 € entro giugno 2027", BOTH, TODAY, "it", "anna", title="CPL")
    objectives.add(con, "Migliorare il marketing", BOTH, TODAY, "it", "anna", title="Marketing")
    rows = {r.objective["title"]: r for r in objective_views.board(con, TODAY)}
    # from 80 € to 30 € against a target of 50 €: 167% of the way
    cut = replace(rows["CPL"], progress=progress.compute("cpl", "decrease", 80.0, 50.0, 30.0, TODAY,
                                                         date(2027, 6, 30), TODAY))
    shown = objectivewords.worded(cut, "it")
    assert (shown.progress, shown.progress_text) == (167, "167%")
    assert objectivewords.worded(rows["Marketing"], "it").expected == "–"


def test_next_week_s_agenda_prepared_mid_week_describes_the_latest_whole_week(con):
    """Prepared on Wednesday for next Monday, the agenda once compared Monday to Wednesday of this week with
    whole weeks: "SQL −81%", a collapse that was only a week in progress."""
    assert agenda.build(con, date(2026, 11, 30), TODAY).reference == date(2026, 11, 16)
    # this week's meeting, and last week's, describe the week before each
    assert agenda.build(con, date(2026, 11, 23), TODAY).reference == date(2026, 11, 16)
    assert agenda.build(con, date(2026, 11, 16), TODAY).reference == date(2026, 11, 9)


def test_one_owner_worried_while_the_numbers_say_done_is_flagged_on_the_board_as_in_the_detail(con):
    """Giulia says 4, Marco 7: their average 5,5 hid the worry the detail flags on Giulia's check-in."""
    objective_id = objectives.add(con, "Portare la fiducia nell'allineamento a 6 entro giugno 2027", BOTH,
                                  date(2026, 9, 1), "it", "anna", title="Fiducia")
    objectives.checkin(con, objective_id, TODAY, "Giulia", 4, value=7.0)
    objectives.checkin(con, objective_id, TODAY, "Marco", 7, value=7.0)
    row = next(r for r in objective_views.board(con, TODAY) if r.id == objective_id)
    assert (row.status, row.confidence, row.flag) == ("done", 5.5, "pessimistic")
    # the board's cell says it short, as the screen's edge at 1400 px allows (the caption says what ⚑ means)
    from smarketing import objectivewords

    assert [objectivewords.worded(row, lang).confidence for lang in ("it", "en")] == ["5,5 ⚑ preoccupato",
                                                                                      "5.5 ⚑ worried"]


def test_the_board_judges_the_latest_check_ins_by_the_status_of_their_week(con):
    """12 SQLs by 31 December from 2 November; 4 came by the 20th, none since. On the 22nd the run-rate
    forecast 11,8 (98%: on track), today 10,3 (85%: at risk). Both owners said 8 in the week of 16 November and
    nobody has checked in since: their 8 stays beside 'at risk', unflagged, as they were right then."""
    for n, day in enumerate(("03", "09", "13", "20")):
        add_lead(con, f"S{n}", f"2026-11-{day} 09:00", "sql",
                 [("lead", f"2026-11-{day} 09:00"), ("mql", f"2026-11-{day} 10:00"), ("sql", f"2026-11-{day} 11:00")])
    objective_id = objectives.add(con, "Generare 12 SQL entro il 31/12/2026", BOTH, date(2026, 11, 2), "it", "anna",
                                  title="SQL")
    for owner in ("Giulia", "Marco"):
        objectives.checkin(con, objective_id, date(2026, 11, 16), owner, 8)
    row = next(r for r in objective_views.board(con, TODAY) if r.id == objective_id)
    assert (row.status, row.confidence, row.flag) == ("at_risk", 8.0, None)
    # an 8 given this week, with the numbers at risk, is flagged
    objectives.checkin(con, objective_id, TODAY, "Giulia", 8)
    row = next(r for r in objective_views.board(con, TODAY) if r.id == objective_id)
    assert (row.status, row.confidence, row.flag) == ("at_risk", 8.0, "optimistic")


def test_a_past_meeting_s_agenda_is_read_on_the_day_it_was_held(con):
    """The meeting of the week of 16 November was held on Monday the 16th: a week later its agenda says what it
    had before it then ("Dati letti al 16/11"), not what the rest of the week found out. A past week with no
    meeting is read on its Sunday; this week's on today, held or not (an action due on Wednesday is late on
    Friday); once its week is over, on the day it was held."""
    held = meetings.open_meeting(con, date(2026, 11, 16), "anna")
    meetings.save(con, held["meeting_id"], ["Giulia"], "", date(2026, 11, 16), "anna")
    assert agenda.build(con, date(2026, 11, 16), TODAY).as_of == date(2026, 11, 16)
    assert agenda.build(con, date(2026, 11, 9), TODAY).as_of == date(2026, 11, 15)
    assert agenda.build(con, date(2026, 11, 23), TODAY).as_of == TODAY
    this_week = meetings.open_meeting(con, date(2026, 11, 23), "anna")
    meetings.save(con, this_week["meeting_id"], ["Giulia"], "", date(2026, 11, 23), "anna")
    assert agenda.build(con, date(2026, 11, 23), TODAY).as_of == TODAY
    assert agenda.build(con, date(2026, 11, 23), date(2026, 12, 1)).as_of == date(2026, 11, 23)


def test_a_decision_recorded_in_its_week_says_the_day_the_meeting_was_held(con):
    """Review 24: a decision recorded on Monday 30 November left the meeting with no day: a week later its report
    read "Dati letti al 06/12" beside the decision, with objectives in trouble the meeting never saw. Recorded
    ahead (the Friday before), it says no day yet; the first thing recorded in the week does, and it stays."""
    week = date(2026, 11, 30)
    ahead = meetings.open_meeting(con, week, "anna", today=date(2026, 11, 27))
    meetings.decide(con, ahead["meeting_id"], "Preparare la scheda", "anna")
    assert meetings.find(con, week)["held_on"] is None
    assert meetings.open_meeting(con, week, "anna", today=week)["held_on"] == week
    assert meetings.open_meeting(con, week, "anna", today=date(2026, 12, 2))["held_on"] == week
    assert agenda.build(con, week, date(2026, 12, 7)).as_of == week
    # recorded after its week, nothing says which day it was: read on its Sunday, as before
    late = date(2026, 11, 23)
    assert meetings.open_meeting(con, late, "anna", today=date(2026, 12, 1))["held_on"] is None


@pytest.mark.parametrize(("lang", "week", "before"), [
    ("it", "100,0% (2 su 2)", "–"), ("en", "100.0% (2 of 2)", "–")])
def test_the_report_says_how_many_deals_a_win_rate_comes_from(con, lang, week, before):
    # the twelve leads: L5 won on the 17th and L1 on the 20th; the week before closed no deal. A week so far:
    # L4 lost on the 24th, against L5 won in the same days of the week before
    twelve(con)
    rows = {r[0]: r[1:] for r in report.week_numbers(con, date(2026, 11, 16), TODAY, lang)}
    assert rows["Tasso di vittoria" if lang == "it" else "Win rate"] == [week, before, "–", "–"]
    rows = {r[0]: r[1:] for r in report.week_numbers(con, date(2026, 11, 23), TODAY, lang)}
    assert rows["Tasso di vittoria" if lang == "it" else "Win rate"][:2] == (
        ["0,0% (0 su 1)", "100,0% (1 su 1)"] if lang == "it" else ["0.0% (0 of 1)", "100.0% (1 of 1)"])


def test_an_action_of_this_weeks_meeting_is_late_once_its_day_has_passed(con):
    """Review 24 (regression of the day kept on recording): an action recorded on Monday 30 November, due on the
    2nd, read as open and not late on Friday the 4th, as the week's agenda was frozen on Monday."""
    week = date(2026, 11, 30)
    held = meetings.open_meeting(con, week, "anna", today=week)
    meetings.act(con, held["meeting_id"], "Richiamare BI-MU", "Sara", date(2026, 12, 2), None, created_by="anna")
    as_of = agenda.build(con, week, date(2026, 12, 4)).as_of
    assert as_of == date(2026, 12, 4)
    assert [meetings.overdue(a, as_of) for a in meetings.actions(con, week)] == [True]


def test_notes_written_ahead_for_next_weeks_meeting_leave_its_day_open(con):
    """Review 26: notes saved on Wednesday 25 November for the meeting of 30 November - 6 December set its day to
    the 25th, before its week: its report then read 16-22 November and the week 23-29 was in no report."""
    next_week = WEEK + timedelta(days=7)
    meetings.save_meeting(con, next_week, ["Giulia"], "Portare i numeri delle fiere", "anna", TODAY)
    saved = meetings.find(con, next_week)
    assert (saved["notes"], saved["held_on"]) == ("Portare i numeri delle fiere", None)
    # held on the day something is recorded in its week, and read on that day ever after
    meetings.add_decision(con, next_week, "Spostare budget sulle fiere", None, "Marco", date(2026, 12, 3))
    assert meetings.find(con, next_week)["held_on"] == date(2026, 12, 3)
    assert agenda.figures_day(con, next_week, date(2026, 12, 20)) == date(2026, 12, 3)
    # notes saved during a running week hold the meeting on that day
    meetings.save_meeting(con, WEEK, [], "Note", "anna", TODAY)
    assert meetings.find(con, WEEK)["held_on"] == TODAY


@pytest.mark.parametrize("record", [
    lambda con, day: meetings.add_action(con, WEEK, "  ", "Marco", None, None, "anna", day),
    lambda con, day: meetings.add_decision(con, WEEK, "", None, "anna", day),
])
def test_an_empty_action_or_decision_refused_does_not_hold_the_meeting_that_day(con, record):
    """Review 26: an empty action refused on Monday still opened the meeting on Monday: the real decision of Thursday
    was read on Monday's figures."""
    with pytest.raises(SmarketingError):
        record(con, WEEK)
    assert meetings.find(con, WEEK) is None
    meetings.add_action(con, WEEK, "Richiamare i contatti della fiera", "Marco", None, None, "anna", TODAY)
    assert meetings.find(con, WEEK)["held_on"] == TODAY


def test_a_past_meetings_report_and_digest_show_the_actions_as_they_stood_on_its_day(con):
    """Review 26: the report of the meeting of 23 November, "read on 23/11", listed an action as done on the 26th,
    and the digest for that week left it out of Sara's to-dos."""
    earlier = meetings.open_meeting(con, WEEK - timedelta(days=7), "anna")
    action = meetings.act(con, earlier["meeting_id"], "Inviare il riepilogo dei lead persi", "Sara", WEEK)
    meetings.add_decision(con, WEEK, "Spostare budget sulle fiere", None, "Marco", WEEK)      # held on Monday 23
    meetings.set_action(con, action, "done", "Sara", at=datetime(2026, 11, 26, 10))
    later = date(2026, 12, 10)
    built = report.build(con, WEEK, later, "it")
    assert built.agenda.as_of == WEEK
    assert [(a["text"], a["status"], a["done_at"]) for a in built.actions] == [
        ("Inviare il riepilogo dei lead persi", "open", None)]
    from smarketing import digest

    assert [a["text"] for a in digest.todos(con, ["Sara"], WEEK, later)["Sara"].actions] == [
        "Inviare il riepilogo dei lead persi"]
    # as things are now, and for the next week's meeting, it is done
    assert [a["status"] for a in meetings.actions(con, WEEK)] == ["done"]
    assert [a["status"] for a in meetings.actions(con, WEEK + timedelta(days=7), later)] == []


def olist_shaped(con) -> None:
    """An export whose data ends on 14 November, imported today (25 November), as Olist's funnel read on the 30th:
    three customers in the week of 9 November, none after the 14th because no data goes further."""
    for name, day in [("W1", "2026-11-10"), ("W2", "2026-11-12"), ("W3", "2026-11-14")]:
        add_lead(con, name, f"{day} 09:00", "customer", [("lead", f"{day} 09:00"), ("customer", f"{day} 18:00")],
                 closed_at=f"{day} 18:00")
    done = batches.open_batch(con, "leads", file_name="olist_closed_deals_dataset.csv")
    batches.finish_batch(con, done, "committed", rows_read=3, inserted=3)
    con.execute("update import_batches set started_at = ?", [TODAY])


def test_data_that_ends_weeks_before_a_recent_import_is_said_in_the_agenda(con):
    """Review 27 (Olist): the pages said "I dati più recenti sono del 14/11/2018, 16 giorni fa", the meeting's
    «Import e qualità dei dati» said «Niente da segnalare» (the last import was that day), and the report showed the
    week after the data as customers 0 against 2, -100%."""
    olist_shaped(con)
    assert [say(i, lang) for i in agenda.data_alerts(con, TODAY) for lang in ("it", "en")] == [
        "I dati più recenti sono del 14/11/2026, 11 giorni fa: le settimane dopo non hanno dati, e non sono "
        "settimane senza contatti. Importa gli export più recenti prima di discutere i numeri.",
        "The newest data is from 14 Nov 2026, 11 days ago: the weeks after it hold no data, and are not weeks "
        "without leads. Import the latest exports before discussing the numbers."]
    # a week after the data holds none of it: "–", never 0 against 2 (-100%); the week before is shown whole
    rows = {r[0]: r[1:] for r in report.week_numbers(con, date(2026, 11, 16), TODAY, "it")}
    assert rows["Clienti"] == ["–", "3", "–", "–"]
    assert rows["Contatti"] == ["–", "3", "–", "–"]
    # (the week the data ends in keeps its figures; the data starts inside it, so nothing compares)
    rows = {r[0]: r[1:] for r in report.week_numbers(con, date(2026, 11, 9), TODAY, "it")}
    assert rows["Clienti"] == ["3", "–", "–", "–"]


def test_fresh_data_says_nothing_in_the_agenda(con):
    olist_shaped(con)
    assert agenda.data_alerts(con, date(2026, 11, 21)) == []
