"""Deadlines on awkward days and in common words (the calendar review of 5 December 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from smarketing import deadlines, drafting, smart, smartwords
from tests.unit.test_smart_statements import BOTH, VOCABULARY

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(("text", "day", "phrase"), [
    # "un", "una", "a", "one" before the unit are one: these read as no deadline at all
    ("Portare gli SQL a 60 entro un mese", date(2027, 1, 4), "entro un mese"),
    ("Reach 60 SQLs within a month", date(2027, 1, 4), "within a month"),
    ("Reach 60 SQLs within one month", date(2027, 1, 4), "within one month"),
    ("Portare gli SQL a 60 in un mese", date(2027, 1, 4), "in un mese"),
    ("Fissare 10 demo entro una settimana", date(2026, 12, 11), "entro una settimana"),
    ("Acquisire 40 clienti entro un anno", date(2027, 12, 4), "entro un anno"),
    ("Win 40 customers within a year", date(2027, 12, 4), "within a year"),
    # half a unit more, or the later of two: read as one unit they looked clear and were short (regression review)
    ("Portare i lead a 300 entro un mese e mezzo", date(2027, 1, 19), "entro un mese e mezzo"),
    ("Win 40 customers within a year and a half", date(2028, 6, 4), "within a year and a half"),
    ("Fissare 10 demo entro una settimana o due", date(2026, 12, 18), "entro una settimana o due"),
    ("Portare gli SQL a 60 entro 1 mese e mezzo", date(2027, 1, 19), "entro 1 mese e mezzo"),
    # a quarter in the singular is no span of months: no deadline read, the sentence asks for one
    ("Portare gli SQL a 60 entro un trimestre", None, None),
    # (as it was)
    ("Portare gli SQL a 60 entro 2 mesi", date(2027, 2, 4), "entro 2 mesi"),
])
def test_one_of_a_unit_is_a_deadline(text, day, phrase):
    found = deadlines.find(text.lower(), TODAY)
    assert (found.day, found.phrase) == (day, phrase)


@pytest.mark.parametrize(("today", "day"), [
    # 1-3 January 2027 are in ISO week 53 of 2026: the week was looked for in 2027 and 2028, neither of which has one
    (date(2027, 1, 1), date(2027, 1, 3)),
    (date(2027, 1, 3), date(2027, 1, 3)),
    (date(2026, 12, 31), date(2027, 1, 3)),
    # a year with no week 53 ahead: unreadable, quoted back
    (date(2027, 6, 1), None),
])
def test_week_53_is_read_in_its_iso_year(today, day):
    found = deadlines.find("30 sql entro la settimana 53", today)
    assert (found.day, found.readable) == (day, day is not None)


def test_a_deadline_of_today_is_said_to_be_today_not_gone_by():
    # "La scadenza 31/12/2026 è già passata" on 31 December itself: false
    today = date(2026, 12, 31)
    report = smartwords.judged(drafting.read("Portare gli SQL a 60 entro fine anno", today, VOCABULARY),
                               smart.Context(today=today, owners=BOTH), "it")
    assert report.criteria["time_bound"]._asdict() == {
        "status": "fail", "code": "time_today",
        "reason": "La scadenza 31/12/2026 è oggi: non resta tempo per raggiungere il traguardo.",
        "suggestion": "Scegli una data più avanti (per esempio la fine del prossimo periodo)."}
    english = smartwords.judged(drafting.read("60 new SQLs by end of Q1", date(2027, 3, 31), VOCABULARY),
                                smart.Context(today=date(2027, 3, 31), owners=BOTH), "en")
    assert english.criteria["time_bound"].reason == (
        "The deadline 31 Mar 2027 is today: no time is left to reach the target.")
    # the day before: tomorrow, in one word ("tra 1 giorni")
    tomorrow = smartwords.judged(drafting.read("Portare gli SQL a 60 entro fine anno", date(2026, 12, 30), VOCABULARY),
                                 smart.Context(today=date(2026, 12, 30), owners=BOTH), "it")
    assert tomorrow.criteria["time_bound"]._asdict() == {
        "status": "pass", "code": "time_ok_one", "reason": "Scadenza 31/12/2026, domani.", "suggestion": "Bene così."}
