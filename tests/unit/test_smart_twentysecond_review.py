"""Sentences a twenty-second review (2026-12-07, 120 objectives as managers of Italian SMEs write them) found read
wrong under green criteria: the hand-off written with Sales as the subject ("Le Vendite prendono in carico gli MQL
entro 48 ore nel 90% dei casi", "Sales accepts 95% of SQLs within 1 business day") was +90% MQLs or a count of
SQLs; calling an SQL in a time was measured as the MQLs accepted; "Spendere non più di 20.000 euro in fiere" was the
won value cut to 20.000 €. Today is 25 November 2026 in every case."""

from __future__ import annotations

import pytest

from smarketing import drafting, smart, smartwords
from tests.unit.test_smart_eighteenth_review import read_as
from tests.unit.test_smart_statements import BOTH, TODAY, VOCABULARY, D


@pytest.mark.parametrize(("text", "expected"), [
    # the hand-off with Sales doing it, in the present as a manager writes the rule
    ("Le Vendite prendono in carico gli MQL entro 48 ore nel 90% dei casi, entro il 30/06/2027",
     dict(metric="sla", threshold=48.0, threshold_unit="hours", target=0.9, deadline=D("2027-06-30"))),
    ("Le Vendite contattano gli MQL entro 48 ore nel 90% dei casi entro il 30/06/2027",
     dict(metric="sla", threshold=48.0, threshold_unit="hours", target=0.9)),
    ("I commerciali rispondono agli MQL entro 24 ore nel 95% dei casi entro marzo 2027",
     dict(metric="sla", threshold=24.0, threshold_unit="hours", target=0.95)),
    ("Il team vendite accetta il 90% degli MQL entro 2 giorni lavorativi entro giugno 2027",
     dict(metric="sla", threshold=2.0, threshold_unit="working_days", target=0.9)),
    ("Sales accepts 95% of SQLs within 1 business day by Q1 2027",
     dict(metric="sla", threshold=1.0, threshold_unit="working_days", target=0.95, deadline=D("2027-03-31"))),
    ("Sales calls 90% of MQLs within 24 hours by March 2027",
     dict(metric="sla", threshold=24.0, threshold_unit="hours", target=0.9)),
    # (as it was: a count of MQLs contacted with no time for each is a count)
    ("Contattare 200 MQL entro marzo 2027", dict(metric="stage_entries", stage="mql", target=200.0)),
])
def test_the_hand_off_is_read_whoever_is_its_subject(text, expected):
    read_as(text, expected)


@pytest.mark.parametrize(("text", "measure"), [
    ("Le vendite devono contattare gli SQL entro 24 ore nel 95% dei casi entro febbraio 2027", "contattare gli SQL"),
    ("SLA hand-off: gli SQL vanno contattati entro 2 giorni lavorativi nel 90% dei casi entro il 31/01/2027",
     "SQL vanno contattati"),
    ("Sales must call every SQL within 24 hours, 95% of the time", "call every SQL"),
    ("Follow up every opportunity within 48 hours by June 2027", "Follow up every opportunity"),
])
def test_calling_an_sql_in_a_time_is_no_acceptance_of_mqls(text, measure):
    """No store dates the call: measured as the MQLs Sales accepted it was another measure under a green tick."""
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert (draft.metric, draft.other_measure, draft.other_kind) == (None, measure, "follow_up")


def test_a_call_in_a_time_says_what_is_measured_instead():
    draft = drafting.read("Le vendite devono contattare gli SQL entro 24 ore nel 95% dei casi entro febbraio 2027",
                          TODAY, VOCABULARY)
    context = smart.Context(today=TODAY, owners=BOTH)
    italian = smartwords.judged(draft, context, "it").criteria
    assert (italian["specific"].status, italian["specific"].reason) == (
        "fail", "«contattare gli SQL»: quando le Vendite contattano un SQL o una trattativa non è nei dati. Il "
        "passaggio che smarketing misura è l'MQL preso in carico come SQL: la quota di MQL accettati entro un "
        "tempo, o i giorni per accettarli.")
    assert italian["measurable"].reason == "C'è un numero (95,0%), ma non di una misura che i dati sanno calcolare."
    english = smartwords.judged(draft, context, "en").criteria
    assert english["specific"].suggestion == ("Write the objective on the MQLs (\"accept 90% of MQLs within 2 working "
                                       "days\"), or keep it as a manual KPI, updated in the check-ins.")


@pytest.mark.parametrize(("text", "expected"), [
    # the spend said by its verb is a cap on spending, which no measure kept is: never the won value cut to it
    ("Spendere non più di 20.000 euro in fiere nel 2027", dict(metric=None, other_measure="Spendere")),
    ("Keep spending on trade fairs under €20,000 in 2027", dict(metric=None, other_measure="spending")),
    ("Investire al massimo 30.000 € su LinkedIn entro giugno 2027", dict(metric=None, other_measure="Investire")),
    # ... and the means of another objective, which stays the objective
    ("Spendiamo 5.000 € al mese su Google Ads per portare 100 MQL entro marzo 2027",
     dict(stage="mql", target=100.0, filters={"source": "Google Ads"}, condition="Spendiamo 5.000 € al mese")),
    ("Spend €5k a month on LinkedIn to get 40 SQLs by March 2027",
     dict(stage="sql", target=40.0, filters={"source": "LinkedIn"}, condition="Spend €5k a month")),
    # (as it was)
    ("Con 12.000 € di investimento sui webinar portare a casa 40 SQL entro marzo 2027",
     dict(stage="sql", target=40.0, condition="Con 12.000 € di investimento")),
])
def test_spending_is_said_as_spend(text, expected):
    read_as(text, expected)
