"""Service levels on the hand-off: the share of a window's MQLs accepted (reached SQL) within hours or working
days, working days skipping weekends and Italian public holidays, and an MQL still inside its time not
counted as a miss. Read from a sentence, stored with the objective, measured for its progress."""

from __future__ import annotations

from datetime import date

import pytest

from smarketing import objectives, smartwords
from tests.helpers import add_lead

BOTH = [("Anna Rossi", "marketing"), ("Bruno Neri", "sales")]


def mql(con, tag: str, entered: str, accepted: str | None) -> None:
    events = [("lead", entered), ("mql", entered)] + ([("sql", accepted)] if accepted else [])
    add_lead(con, tag, entered, "sql" if accepted else "mql", events)


@pytest.fixture
def december(con):
    # Tuesday 8 December 2026 is a public holiday (Immacolata): two working days after Friday 4 December are
    # Monday 7 and Wednesday 9, so an answer is due by the end of Wednesday 9
    mql(con, "A", "2026-12-04 17:00", "2026-12-09 18:00")   # on time by working days, 121 hours by the clock
    mql(con, "B", "2026-12-04 17:00", "2026-12-10 09:00")   # late either way
    mql(con, "C", "2026-12-05 10:00", None)                 # Saturday, never accepted: due Wednesday 9
    mql(con, "D", "2026-12-05 11:00", "2026-12-05 12:00")   # within an hour
    return con


@pytest.mark.parametrize(("threshold", "unit", "today", "share"), [
    (2, "working_days", date(2026, 12, 20), 2 / 4),   # A and D
    (2, "working_days", date(2026, 12, 8), 2 / 3),    # C still has until Wednesday: pending, not a miss
    (48, "hours", date(2026, 12, 20), 1 / 4),         # only D: A took 121 hours
    (2, "days", date(2026, 12, 20), 1 / 4),           # two calendar days are 48 hours
    (5, "days", date(2026, 12, 20), 1 / 4),           # D again: A took 5 days 1 hour
    (6, "days", date(2026, 12, 20), 3 / 4),           # A, B (5 days 16 hours) and D; C is past its six days
])
def test_the_share_accepted_within_the_time(december, threshold, unit, today, share):
    spec = objectives.Spec("sla", threshold=threshold, threshold_unit=unit)
    assert objectives.measure(december, spec, date(2026, 12, 1), date(2026, 12, 7), today) == pytest.approx(share)


def test_an_sql_dated_the_day_after_the_last_working_day_is_late(con):
    # review of 5 December: a date-only CRM export stores the SQL at midnight, and midnight after the last working day
    # counted as on time: every date-only answer had a whole extra day
    mql(con, "A", "2026-11-02", "2026-11-03")       # Monday, answered Tuesday: within 1 working day
    mql(con, "B", "2026-11-02", "2026-11-04")       # answered Wednesday: a day late
    mql(con, "C", "2026-11-09", "2026-11-11")
    mql(con, "D", "2026-11-09", "2026-11-12")
    spec = objectives.Spec("sla", threshold=1, threshold_unit="working_days")
    assert objectives.measure(con, spec, date(2026, 11, 1), date(2026, 11, 30), date(2026, 12, 4)) == 1 / 4
    # by the clock, 24 hours from midnight to midnight are still within
    hours = objectives.Spec("sla", threshold=24, threshold_unit="hours")
    assert objectives.measure(con, hours, date(2026, 11, 1), date(2026, 11, 30), date(2026, 12, 4)) == 1 / 4


@pytest.mark.parametrize(("accepted", "within"), [
    ("2027-03-30 23:00", 1.0),   # Easter Monday 29 March 2027 is skipped: one working day ends Tuesday 30
    ("2027-03-31 08:00", 0.0),
])
def test_easter_monday_is_no_working_day(con, accepted, within):
    mql(con, "E", "2027-03-26 16:00", accepted)
    spec = objectives.Spec("sla", threshold=1, threshold_unit="working_days")
    assert objectives.measure(con, spec, date(2027, 3, 22), date(2027, 3, 28), date(2027, 4, 30)) == within


def test_no_mql_in_the_window_measures_nothing(con):
    spec = objectives.Spec("sla", threshold=24, threshold_unit="hours")
    assert objectives.measure(con, spec, date(2026, 12, 1), date(2026, 12, 7), date(2026, 12, 20)) is None


def test_a_service_level_is_stored_and_measured_for_its_progress(december):
    text = "Ricontattare il 90% degli MQL entro 2 giorni lavorativi entro il 31/12/2026"
    objective_id = objectives.add(december, text, BOTH, date(2026, 12, 1), "it", "Anna Rossi")
    row = objectives.get(december, objective_id)
    assert {k: row[k] for k in ("metric", "target", "unit", "threshold", "threshold_unit", "deadline")} == {
        "metric": "sla", "target": 0.9, "unit": "ratio", "threshold": 2.0, "threshold_unit": "working_days",
        "deadline": date(2026, 12, 31)}
    # from 1 December to today (20 December): A and D of four
    assert objectives.progress_of(december, row, date(2026, 12, 20)).actual == 0.5


@pytest.mark.parametrize(("text", "threshold", "understood", "score"), [
    ("Rispondere ai MQL entro 1440 ore entro giugno 2027", (1440.0, "hours"),
     "la quota di MQL accettati come SQL entro 1.440 ore, almeno 100,0% (ora 100,0%), entro il 30/06/2027.", 90),
    ("Rispondere ai MQL entro 60 giorni lavorativi entro giugno 2027", (60.0, "working_days"),
     "la quota di MQL accettati come SQL entro 60 giorni lavorativi, almeno 100,0% (ora 100,0%), entro il 30/06/2027.",
     90),
    # beyond those no answer's time, nor a count of MQLs (a time is never a count): no target, which the check
    # says along with the missing direction (never a green tick, never an error on the store); the deadline
    # further on is still read
    ("Rispondere ai MQL entro 99999999 ore entro giugno 2027", (None, None),
     "gli MQL, nessun traguardo, entro il 30/06/2027.", 50),
    ("Rispondere ai MQL entro 99999999 giorni lavorativi entro giugno 2027", (None, None),
     "gli MQL, nessun traguardo, entro il 30/06/2027.", 50),
    ("Rispondere ai MQL entro 0 ore entro giugno 2027", (None, None), "gli MQL, nessun traguardo, entro il 30/06/2027.",
     50),
])
def test_a_service_level_time_has_bounds(december, text, threshold, understood, score):
    draft, context, checked = objectives.check(december, text, BOTH, date(2026, 12, 20))
    report = smartwords.worded(draft, context, checked, "it")
    assert (draft.threshold, draft.threshold_unit) == threshold
    assert (report.understood, report.score) == ("Ho capito: " + understood, score)
    assert report.criteria["specific"].status == ("pass" if threshold[0] else "fail")
