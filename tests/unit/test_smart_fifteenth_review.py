"""Sentences a fifteenth review (2026-12-04: 120 objectives as they come from slides, e-mails, chats and minutes,
in Italian, English and a mix of both) found read wrong while shown as clear, or refused though fine; each rule is
fixed in general terms and checked here on sentences of its own."""

from __future__ import annotations

from datetime import date

import pytest

from smarketing import deadlines, drafting
from tests.unit.test_smart_statements import TODAY, VOCABULARY, D

OWNERS = {**VOCABULARY, "owner": ["Davide Mancini", "Sara Colombo", "Luca Bertolini"]}


@pytest.mark.parametrize(("text", "expected"), [
    # the turnover of a team is people leaving, a rate the store does not keep, never revenue
    ("Ridurre il turnover del team vendite al 10% entro il 2027", dict(metric=None, other_measure="turnover del team")),
    ("Reduce sales team turnover to 10% by end of 2027", dict(metric=None, other_measure="sales team turnover")),
    ("Portare il turnover a 2 milioni entro fine 2027", dict(metric="won_value", target=2000000.0)),
    # "cost for lead", as Italians write it in English, is the cost per lead
    ("Lower the cost for lead under 35 euro until end of april",
     dict(metric="cpl", target=35.0, direction="decrease", deadline=D("2027-04-30"))),
    ("Lower the cost for a new customer under 900 euro by end of 2027", dict(metric="cac", target=900.0)),
    # a floor said with seven words between the negation and "sotto"
    ("Si decide di non far scendere il tasso di accettazione MQL sotto l'80% per tutto il 2027",
     dict(metric="sla", target=0.8, direction="increase")),
    # the reason for the objective is no part of it
    ("A causa del taglio del 20% al budget, ridurre il CPL di Google Ads a 30 € entro marzo",
     dict(metric="cpl", target=30.0, target_kind="absolute", deadline=D("2027-03-31"))),
    ("Ridurre il CPL di Google Ads a 30 € entro marzo, a causa del taglio del 20% al budget",
     dict(metric="cpl", target=30.0, target_kind="absolute")),
    ("Aumentare gli MQL del 20% entro marzo 2027, per compensare il calo di ottobre",
     dict(metric="stage_entries", stage="mql", target=0.2, target_kind="relative")),
    # a later step with its own number is a second objective: the first is read, and the check says to split
    ("Nuovi clienti 30 entro marzo, poi 60 entro giugno",
     dict(target=30.0, stated_baseline=None, deadline=D("2027-03-31"), problems=["two_objectives"])),
    ("20 new customers by March 2027, then 45 by June 2027", dict(target=20.0, problems=["two_objectives"])),
    # a second measure kept at a level while the first grows: the first is read, and the check says to split
    ("Grow SQLs to 180 by March while keeping cost per SQL below €250",
     dict(metric="stage_entries", stage="sql", target=180.0, problems=["two_objectives"])),
    ("Portare gli MQL a 300 entro marzo 2027 mantenendo il CPL sotto i 40 €",
     dict(metric="stage_entries", stage="mql", target=300.0, problems=["two_objectives"])),
    # costs kept low in passing, with no number, are no second objective
    ("Chiudere 40 nuovi clienti per 400.000 € entro fine 2027 tenendo bassi i costi",
     dict(metric="won_value", target=400000.0, problems=[])),
    # where the sentence stands in a list or a deck is no number of it
    ("Punto 2 dell'odg: i commerciali si impegnano a chiudere 12 trattative Enterprise entro il 31 marzo",
     dict(target=12.0, stated_baseline=None, range_bounds=None)),
    ("Slide 4 - 12 nuovi clienti entro marzo", dict(target=12.0, stated_baseline=None, range_bounds=None)),
    # a fiscal year in two digits, and one named in words
    ("By the end of FY27 we should land 3 mln in won revenue from Enterprise",
     dict(target=3000000.0, stated_baseline=None, deadline=D("2027-12-31"))),
    ("Nell'anno fiscale 2027 fatturato Centro 800k€", dict(start=D("2027-01-01"), deadline=D("2027-12-31"))),
    # an ordinal with its sign before a period is the period, never a number
    ("Entro fine 1° semestre 2027: 900 lead", dict(target=900.0, stated_baseline=None, deadline=D("2027-06-30"))),
    ("Nel 3° trimestre 2027 40 clienti", dict(target=40.0, start=D("2027-07-01"), deadline=D("2027-09-30"))),
    ("Entro il 1° aprile 2027 40 clienti", dict(target=40.0, deadline=D("2027-04-01"))),
    # the month of a target, the Italian periods put in English, the short "trim."
    ("Team, ricordo il target di dicembre: 60 MQL da LinkedIn.", dict(target=60.0, deadline=D("2026-12-31"))),
    ("Increase of the 20% the SQL coming from the fairs within the first trimester",
     dict(stage="sql", target=0.2, deadline=D("2027-03-31"))),
    ("The win rate must pass the 30% within the next semester", dict(metric="win_rate", deadline=D("2027-06-30"))),
    ("CPL max 40 € x LinkedIn entro fine trim.", dict(metric="cpl", target=40.0, deadline=D("2026-12-31"))),
    # a time in hours beside a share of MQLs is the limit of each answer: 95% answered within it, never 95% fewer MQLs
    ("Tempo risposta MQL ≤ 24h per il 95% entro gen.",
     dict(metric="sla", target=0.95, threshold=24.0, threshold_unit="hours", direction="increase",
          deadline=D("2027-01-31"))),
    ("Tempo di risposta agli MQL sotto le 24 ore per il 95% degli MQL entro gennaio 2027",
     dict(metric="sla", target=0.95, threshold=24.0, direction="increase")),
    # alone, the time is the level of the time to accept
    ("Time to accept MQLs: under 36 hours by March 2027", dict(metric="sla_days", target=1.5, direction="decrease")),
    # what these rules leave as it was (a review of their first form)
    ("Trim the CPL by 10% by June 2027", dict(metric="cpl", target=-0.1, direction="decrease")),
    ("Entro fine FY 30 nuovi clienti Enterprise", dict(target=30.0, deadline=D("2026-12-31"))),
    ("L'obiettivo di marzo è stato mancato: 300 MQL entro giugno 2027", dict(target=300.0, deadline=D("2027-06-30"))),
    ("Rispetto all'esercizio 2026, +20% di MQL entro giugno 2027", dict(target=0.2, deadline=D("2027-06-30"))),
    ("Reach 500 leads, due to the new budget by June 2027", dict(target=500.0, deadline=D("2027-06-30"))),
    ("Non abbiamo raggiunto il target, ma vogliamo il CPL sotto i 35 € entro giugno 2027",
     dict(metric="cpl", target=35.0, direction="decrease")),
    ("Ridurre del 30% il tempo di risposta, sotto le 24 ore entro giugno 2027",
     dict(metric="sla_days", target=-0.3, threshold=None)),
    ("Chiudere 20 deal entro marzo 2027, poi 3 mesi di nurturing", dict(target=20.0, problems=[])),
    ("Portare gli MQL a 300 entro marzo 2027, quindi 10 al giorno", dict(target=300.0, problems=[])),
    ("Aumentare gli MQL del 20% entro giugno 2027 tenendo il budget invariato per 12 mesi",
     dict(target=0.2, problems=[])),
    ("Portare a 3 milioni il turnover del team commerciale Italia entro dicembre 2027",
     dict(metric="won_value", target=3000000.0)),
    # Easter Monday is the day after Easter
    ("By Easter Monday: 300 leads from the newsletter", dict(target=300.0, deadline=D("2027-03-29"))),
])
def test_the_fifteenth_reviews_rules(text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert {key: getattr(draft, key) for key in expected} == expected


def test_who_proposed_an_objective_is_no_scope():
    draft = drafting.read("Si stabilisce, su proposta di Sara Colombo, un obiettivo di 80 opportunità entro il primo "
                          "semestre 2027", TODAY, OWNERS)
    assert (draft.filters, draft.target, draft.deadline) == ({}, 80.0, D("2027-06-30"))
    assert drafting.read("Le opportunità di Sara Colombo: 30 entro giugno 2027", TODAY, OWNERS).filters == {
        "owner": "Sara Colombo"}


@pytest.mark.parametrize(("today", "text", "day"), [
    # "lunedì prossimo" is Monday of next week: on a Friday three days on, never ten
    (date(2026, 12, 4), "Entro lunedì prossimo 10 nuove opportunità", date(2026, 12, 7)),
    (date(2026, 11, 30), "Entro lunedì prossimo 10 nuove opportunità", date(2026, 12, 7)),
    (date(2026, 11, 30), "Entro venerdì prossimo 10 nuove opportunità", date(2026, 12, 11)),
    (date(2026, 12, 4), "By next Monday 10 new opportunities", date(2026, 12, 7)),
    # with no "prossimo", the next such day
    (date(2026, 11, 30), "Entro venerdì 10 nuove opportunità", date(2026, 12, 4)),
])
def test_a_weekday_of_next_week(today, text, day):
    assert deadlines.find(text, today).day == day
