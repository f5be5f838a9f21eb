"""Sentences a seventeenth review (2026-12-04: 400 objectives in the styles of Italian SMEs' slides, OKR tools,
notes and chats, and English as Italians write it) found read wrong while shown as clear; each rule is fixed in
general terms and checked here on sentences of its own, beside what the rules leave as it was."""

from __future__ import annotations

import pytest

from smarketing import drafting
from tests.unit.test_smart_statements import TODAY, VOCABULARY, D


@pytest.mark.parametrize(("text", "expected"), [
    # "entro e non oltre", "no later than": a firm deadline, never a ceiling on what is counted
    ("chiudere 20 contratti entro e non oltre il 31/03/2027",
     dict(stage="customer", direction="increase", target=20.0, stated_baseline=None, deadline=D("2027-03-31"))),
    ("Generare 300 MQL da LinkedIn entro e non oltre il 30/06/2027",
     dict(stage="mql", direction="increase", target=300.0, deadline=D("2027-06-30"))),
    ("50 SQL entro e non oltre il 30 aprile 2027",
     dict(stage="sql", target=50.0, stated_baseline=None, deadline=D("2027-04-30"))),
    ("Close 20 deals no later than March 31, 2027",
     dict(stage="customer", direction="increase", target=20.0, stated_baseline=None, deadline=D("2027-03-31"))),
    ("Close 20 deals not later than 31 March 2027", dict(target=20.0, deadline=D("2027-03-31"))),
    # a ceiling with "non oltre" and no deadline's words stays a ceiling
    ("CPL non oltre i 40 € entro giugno 2027",
     dict(metric="cpl", direction="decrease", target=40.0, deadline=D("2027-06-30"))),
    # "del prossimo anno", "dell'anno prossimo", "next year" after a month or a day: that month of next year
    ("40 SQL entro giugno del prossimo anno", dict(target=40.0, deadline=D("2027-06-30"))),
    ("chiudere 25 contratti entro il 31 marzo del prossimo anno",
     dict(stage="customer", target=25.0, stated_baseline=None, deadline=D("2027-03-31"))),
    ("40 SQL entro il 30 giugno dell'anno prossimo",
     dict(target=40.0, stated_baseline=None, direction=None, deadline=D("2027-06-30"))),
    ("Portare gli MQL a 300 entro marzo dell'anno prossimo", dict(target=300.0, deadline=D("2027-03-31"))),
    ("Reach 40 SQLs by June next year", dict(target=40.0, deadline=D("2027-06-30"))),
    ("40 SQL entro giugno di quest'anno", dict(target=40.0, deadline=D("2026-06-30"))),
    # the year alone after "entro" is still its end
    ("40 SQL entro il prossimo anno", dict(target=40.0, deadline=D("2027-12-31"))),
    # "al <day>": the state by that day
    ("300 MQL al 30 giugno 2027", dict(stage="mql", target=300.0, stated_baseline=None, deadline=D("2027-06-30"))),
    ("Obiettivo al 30/06/2027: 300 MQL", dict(target=300.0, deadline=D("2027-06-30"), start=TODAY)),
    ("Obiettivo 30 giugno 2027: 300 MQL", dict(target=300.0, stated_baseline=None, deadline=D("2027-06-30"))),
    ("Obiettivo entro il 30/06/2027: 300 MQL", dict(target=300.0, start=TODAY, deadline=D("2027-06-30"))),
    ("Obiettivo 2027: 300 MQL", dict(target=300.0, start=D("2027-01-01"), deadline=D("2027-12-31"))),
    # (a window between two days keeps both)
    ("300 MQL dal 1 gennaio al 30 giugno 2027", dict(target=300.0, start=D("2027-01-01"), deadline=D("2027-06-30"))),
    # a month's short form with its dot, and a year's two digits after an apostrophe
    ("fatturato vinto 1,2M€ entro dic. 2027", dict(metric="won_value", target=1200000.0, deadline=D("2027-12-31"))),
    ("300 MQL entro nov. 2027", dict(target=300.0, deadline=D("2027-11-30"))),
    ("50 SQL entro marzo '27", dict(stage="sql", target=50.0, stated_baseline=None, deadline=D("2027-03-31"))),
    ("50 SQLs by March ’27", dict(target=50.0, deadline=D("2027-03-31"))),
    # "sett." after a number is weeks; before a year it is September
    ("entro 3 sett. 60 MQL", dict(stage="mql", target=60.0, stated_baseline=None, deadline=D("2026-12-16"))),
    ("60 MQL in 4 sett", dict(target=60.0, stated_baseline=None, direction=None, deadline=D("2026-12-23"))),
    ("60 MQL entro sett. 2027", dict(target=60.0, deadline=D("2027-09-30"))),
])
def test_the_seventeenth_reviews_dates(text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert {key: getattr(draft, key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a rise past a level ruled out is a ceiling, as "non superare" is
    ("il CPL non deve salire sopra i 50 € nel 2027", dict(metric="cpl", direction="decrease", target=50.0)),
    ("il CAC non deve andare oltre i 1.200 € entro giugno 2027", dict(metric="cac", direction="decrease",
                                                                     target=1200.0)),
    ("non andare oltre i 45 giorni di ciclo di vendita entro giugno 2027",
     dict(metric="velocity", direction="decrease", target=45.0)),
    ("evitare di superare i 60 giorni di ciclo di vendita entro giugno 2027",
     dict(metric="velocity", direction="decrease", target=60.0)),
    ("Il CAC must not go over 900 € by June 2027", dict(metric="cac", direction="decrease", target=900.0)),
    # (a floor said with a negation stays one)
    ("il tasso di vincita non deve scendere sotto il 25% entro giugno 2027",
     dict(metric="win_rate", direction="increase", target=0.25)),
    # a fall said as a noun, or with a slide's arrow, is a cut
    ("CAC in calo del 15% entro giugno 2027", dict(metric="cac", direction="decrease", target=-0.15)),
    ("CPL in diminuzione del 10% entro giugno 2027", dict(metric="cpl", direction="decrease", target=-0.1)),
    ("calo del CAC del 15% entro giugno 2027", dict(metric="cac", direction="decrease", target=-0.15)),
    ("taglio del 20% del CPL entro giugno 2027", dict(metric="cpl", direction="decrease", target=-0.2)),
    ("CPL giù del 20% entro giugno 2027", dict(metric="cpl", direction="decrease", target=-0.2)),
    ("CPL ↓ 20% entro giugno 2027", dict(metric="cpl", direction="decrease", target=-0.2)),
    ("CPL ▼20% entro giugno 2027", dict(metric="cpl", direction="decrease", target=-0.2)),
    ("Reduction of the CPL of 20% by June 2027", dict(metric="cpl", direction="decrease", target=-0.2)),
    ("a 20% reduction in CPL by June 2027", dict(metric="cpl", direction="decrease", target=-0.2)),
    ("ciclo di vendita in calo di 10 giorni entro giugno 2027",
     dict(metric="velocity", direction="decrease", change=-10.0, target=None)),
    # and a rise as a noun or an arrow up
    ("MQL ▲15% entro giugno 2027", dict(stage="mql", direction="increase", target=0.15)),
    ("MQL in crescita del 20% entro giugno 2027", dict(stage="mql", direction="increase", target=0.2)),
    ("SQL in aumento di 50 entro giugno 2027", dict(stage="sql", direction="increase", change=50.0, target=None)),
])
def test_the_seventeenth_reviews_directions(text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert {key: getattr(draft, key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a step said in words, or as the later stage over the earlier one, is the conversion; never the count +30%
    ("MQL che diventano SQL: 30% entro giugno 2027",
     dict(metric="conversion", from_stage="mql", to_stage="sql", target=0.3, target_kind="absolute")),
    ("% di MQL che diventano SQL: 30% entro giugno 2027",
     dict(metric="conversion", from_stage="mql", to_stage="sql", target=0.3)),
    ("SQL su MQL al 30% entro giugno 2027", dict(metric="conversion", from_stage="mql", to_stage="sql", target=0.3)),
    ("SQL/MQL al 30% entro giugno 2027", dict(metric="conversion", from_stage="mql", to_stage="sql", target=0.3)),
    ("SQL/MQL ≥ 30% entro giugno 2027", dict(metric="conversion", from_stage="mql", to_stage="sql", target=0.3)),
    ("clienti/lead al 5% entro giugno 2027",
     dict(metric="conversion", from_stage="lead", to_stage="customer", target=0.05)),
    # (the earlier stage first is the step as written)
    ("MQL/SQL al 30% entro giugno 2027", dict(metric="conversion", from_stage="mql", to_stage="sql", target=0.3)),
    ("far diventare clienti il 20% delle opportunità entro giugno 2027",
     dict(metric="conversion", from_stage="opportunity", to_stage="customer", target=0.2)),
    ("portare i lead qualificati al 25% entro giugno 2027",
     dict(metric="conversion", from_stage="lead", to_stage="mql", target=0.25)),
    # the share of deals won is the win rate
    ("% opportunità vinte: 30% nel 2027", dict(metric="win_rate", target=0.3, target_kind="absolute")),
    ("opportunità vinte al 30% nel 2027", dict(metric="win_rate", target=0.3)),
    # what stays as it was: a count of deals won, a change of the count, won deals out of a whole
    ("20 trattative vinte entro giugno 2027", dict(metric="stage_entries", stage="customer", target=20.0)),
    ("aumentare i lead qualificati del 25% entro giugno 2027",
     dict(metric="stage_entries", stage="mql", target=0.25, target_kind="relative")),
    ("3 trattative vinte su 10 entro giugno 2027", dict(metric="win_rate", target=0.3)),
])
def test_the_seventeenth_reviews_steps_in_words(text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert {key: getattr(draft, key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an amount of orders or contracts is what they are worth, never that many customers
    ("500k di ordini entro giugno 2027", dict(metric="won_value", target=500000.0, direction="increase")),
    ("acquisire 400k di commesse entro giugno 2027", dict(metric="won_value", target=400000.0)),
    ("raccogliere ordini per 300.000 entro giugno 2027", dict(metric="won_value", target=300000.0)),
    # a million and thousands written apart are one amount; kEUR, Mio and ML are thousands and millions
    ("chiudere contratti per 1 milione e 200 mila euro nel 2027", dict(metric="won_value", target=1200000.0)),
    ("fatturato vinto 850 kEUR nel 2027", dict(metric="won_value", target=850000.0)),
    ("fatturato vinto 1,2 Mio € nel 2027", dict(metric="won_value", target=1200000.0)),
    ("fatturato 1,2 ML nel 2027", dict(metric="won_value", target=1200000.0)),
    ("fatturato vinto 1,2 mio. euro nel 2027", dict(metric="won_value", target=1200000.0)),
    # a count of orders stays a count
    ("chiudere 40 ordini entro giugno 2027", dict(metric="stage_entries", stage="customer", target=40.0)),
])
def test_the_seventeenth_reviews_amounts(text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert {key: getattr(draft, key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list's or a slide's number is no start nor target of the objective
    ("#2 - 300 MQL entro marzo 2027", dict(stage="mql", target=300.0, stated_baseline=None)),
    ("1) 300 MQL entro marzo 2027", dict(stage="mql", target=300.0, stated_baseline=None)),
    ("3) 20 nuovi clienti entro giugno 2027", dict(stage="customer", target=20.0, stated_baseline=None)),
    ("Obiettivo 3: 300 MQL entro marzo 2027", dict(stage="mql", target=300.0, stated_baseline=None)),
    # (a heading's year, and a count at the start, stay)
    ("Obiettivo 2027: 300 MQL", dict(target=300.0, deadline=D("2027-12-31"))),
    ("2 nuovi clienti entro marzo 2027", dict(stage="customer", target=2.0)),
])
def test_the_seventeenth_reviews_list_numbers(text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert {key: getattr(draft, key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a condition is said, never measured: its MQLs are no start of the customers
    ("a condizione che il marketing passi 200 MQL, chiudere 40 clienti entro giugno 2027",
     dict(stage="customer", target=40.0, stated_baseline=None)),
    ("ammesso che arrivino 200 MQL, chiudere 40 clienti entro giugno 2027",
     dict(stage="customer", target=40.0, stated_baseline=None)),
    ("supposto che arrivino 200 MQL, chiudere 40 clienti entro giugno 2027",
     dict(stage="customer", target=40.0, stated_baseline=None)),
    # a fact said first is where things stand, never a condition
    ("premesso che il win rate oggi è al 20%, portarlo al 30% entro fine 2027",
     dict(metric="win_rate", stated_baseline=0.2, target=0.3, condition=None)),
    # a value ruled out is no scope: said, and everything counted
    ("40 nuovi clienti non PMI entro giugno 2027",
     dict(filters={}, scope_note={"kind": "excluded", "dimension": "segment", "values": ["PMI"]})),
    ("40 nuovi clienti che non siano PMI entro giugno 2027",
     dict(filters={}, scope_note={"kind": "excluded", "dimension": "segment", "values": ["PMI"]})),
    ("40 new non-SME customers by June 2027",
     dict(filters={}, scope_note={"kind": "excluded", "dimension": "segment", "values": ["PMI"]})),
    # (a negation of the measure's fall keeps the scope)
    ("non scendere sotto i 40 clienti PMI entro giugno 2027", dict(filters={"segment": "PMI"}, target=40.0)),
])
def test_the_seventeenth_reviews_conditions_and_exclusions(text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert {key: getattr(draft, key) for key in expected} == expected


@pytest.mark.parametrize(("text", "pace"), [
    # a pace written as an adjective or an adverb is no total: the check asks for the total
    ("fatturato mensile di 100k € entro giugno 2027", "fatturato mensile"),
    ("settimanalmente almeno 25 MQL fino a fine anno", "settimanalmente"),
    ("mensilmente 100 lead entro giugno 2027", "mensilmente"),
    ("media mensile di 30 SQL nel 2027", "media mensile"),
    ("12 clienti/trim nel 2027", "/trimestre"),
    # a weekly meeting or a monthly report is no pace
    ("report mensile: 300 MQL entro giugno 2027", None),
    ("riunione settimanale: 40 SQL entro marzo 2027", None),
])
def test_the_seventeenth_reviews_paces(text, pace):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert (draft.pace, draft.direction if pace == "/trimestre" else None) == (pace, None)


@pytest.mark.parametrize(("text", "expected"), [
    # a span from a day runs from that day, which starts the window; from an event no sentence dates, it has no day
    ("entro 90 giorni dall'1 gennaio 2027 60 SQL",
     dict(target=60.0, stated_baseline=None, start=D("2027-01-01"), deadline=D("2027-04-01"))),
    ("dal 1 febbraio 2027, 50 SQL entro 60 giorni",
     dict(target=50.0, stated_baseline=None, start=D("2027-02-01"), deadline=D("2027-04-02"))),
    ("a partire da gennaio 2027, 50 SQL in 3 mesi",
     dict(target=50.0, start=D("2027-01-01"), deadline=D("2027-03-31"))),
    ("entro 6 settimane dal lancio di Predicta Cloud 20 SQL",
     dict(target=20.0, deadline=None, problems=["deadline_unreadable"])),
    ("within 90 days of the product launch, 50 MQLs", dict(target=50.0, deadline=None,
                                                           problems=["deadline_unreadable"])),
    # (a span from today stays one)
    ("60 SQL entro 90 giorni", dict(target=60.0, start=TODAY, deadline=D("2027-02-23"))),
    ("entro 6 settimane 20 SQL", dict(target=20.0, deadline=D("2027-01-06"))),
])
def test_the_seventeenth_reviews_spans_from_a_day_or_an_event(text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert {key: getattr(draft, key) for key in expected} == expected


def test_a_span_from_an_event_is_said_as_an_event():
    from smarketing import smart, smartwords

    draft = drafting.read("entro 6 settimane dal lancio di Predicta Cloud 20 SQL", TODAY, VOCABULARY)
    verdict = smartwords.judged(draft, smart.Context(today=TODAY), "it").criteria["time_bound"]
    assert (verdict.status, verdict.reason) == ("fail", "«entro 6 settimane dal lancio» è un evento, non un giorno: "
                                                        "senza la sua data non so quando scade l'obiettivo.")


@pytest.mark.parametrize(("text", "expected"), [
    # an OKR's key results are objectives each: the first is read and the check says to split; the second was read,
    # or the two made a start and a target, with no word
    ("KR1: 60 nuovi clienti entro giugno 2027; KR2: CAC sotto 2.000 €",
     dict(stage="customer", target=60.0, deadline=D("2027-06-30"), problems=["two_objectives"])),
    ("Obiettivo 2027: KR1 400 MQL; KR2 conversione MQL→SQL al 30%",
     dict(stage="mql", target=400.0, deadline=D("2027-12-31"), problems=["two_objectives"])),
    ("KR1: 400 MQL - KR2: 80 SQL - scadenza 30/06/2027",
     dict(stage="mql", target=400.0, stated_baseline=None, deadline=D("2027-06-30"), problems=["two_objectives"])),
    ("KR1 300 MQL, KR2 60 SQL, KR3 15 clienti — entro Q2 2027",
     dict(stage="mql", target=300.0, deadline=D("2027-06-30"), problems=["two_objectives"])),
    # one key result alone is one objective
    ("KR1: 300 MQL entro marzo 2027", dict(stage="mql", target=300.0, problems=[])),
])
def test_the_seventeenth_reviews_key_results(text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert {key: getattr(draft, key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a reviewer of the rules above found they misread, and must not
    # a noun of change elsewhere in the sentence, or June's "giu", is no cut of the objective's measure
    ("300 MQL entro il 30 giu 2027", dict(stage="mql", direction=None, target=300.0, deadline=D("2027-06-30"))),
    ("compensare il calo dei lead con 300 MQL entro giugno 2027", dict(direction=None, target=300.0)),
    ("dopo il taglio del budget, 200 SQL entro giugno 2027", dict(stage="sql", direction=None, target=200.0)),
    ("despite the decline in trade-show leads, 400 MQLs by June 2027", dict(direction=None, target=400.0)),
    ("MQL in calo di 50 entro giugno 2027", dict(direction="decrease", change=-50.0)),
    # a limit of something else is no ceiling on the objective
    ("non vogliamo andare oltre i 10 commerciali, ma 40 clienti entro fine 2027",
     dict(stage="customer", direction="increase", target=40.0)),
    ("evitare di superare il budget: 300 MQL entro giugno 2027", dict(stage="mql", direction="increase", target=300.0)),
    ("avoid going above 45 € CPL by June 2027", dict(metric="cpl", direction="decrease", target=45.0)),
    # a heading's number with a thousands mark or a range is the objective's
    ("Obiettivo 1.000 MQL entro giugno 2027", dict(stage="mql", target=1000.0)),
    ("Obiettivo 2.500 € di CAC massimo entro fine 2027", dict(metric="cac", target=2500.0)),
    # "al <day>" beside a deadline of its own, or a state read on a day, is no deadline
    ("300 MQL entro giugno 2027, verifica intermedia al 31/03/2027", dict(target=300.0, deadline=D("2027-06-30"))),
    ("situazione al 15 dicembre 2026: 120 SQL; obiettivo 200 SQL entro giugno 2027",
     dict(target=200.0, deadline=D("2027-06-30"))),
    # a day gone by before a span says where things stand, never when the window starts
    ("dal 1 settembre 2026 abbiamo 100 MQL al mese: +50% in 6 mesi", dict(start=TODAY, deadline=D("2027-05-25"))),
    # a day of September with its article
    ("300 MQL entro il 3 sett.", dict(target=300.0, deadline=D("2027-09-03"))),
    # an event beside a date written: the date
    ("300 MQL entro il 30 giugno 2027, cioè entro 6 mesi dall'avvio della campagna",
     dict(target=300.0, deadline=D("2027-06-30"), problems=[])),
    ("entro 3 mesi dall'inizio del 2027 100 SQL", dict(target=100.0, start=D("2027-01-01"), deadline=D("2027-03-31"))),
    ("Leads may next year reach 5,000", dict(target=5000.0, deadline=D("2027-12-31"))),
    # a count of a stage that turns into the next stays a count; a share of them is the conversion
    ("300 MQL che diventano SQL entro giugno 2027", dict(metric="stage_entries", stage="mql", target=300.0)),
    ("il 25% dei lead diventano MQL entro giugno 2027",
     dict(metric="conversion", from_stage="lead", to_stage="mql", target=0.25)),
    ("il 30% degli MQL diventa SQL entro giugno 2027",
     dict(metric="conversion", from_stage="mql", to_stage="sql", target=0.3)),
    ("MQLs that become SQLs: 30% by June 2027", dict(metric="conversion", from_stage="mql", to_stage="sql",
                                                     target=0.3)),
    # a budget, a fee, a weekly meeting are no pace
    ("budget mensile 5k, obiettivo 300 MQL entro giugno 2027", dict(pace=None)),
    ("ci vediamo settimanalmente: 300 MQL entro giugno 2027", dict(pace=None, target=300.0)),
    ("canone mensile di 500 €: 40 nuovi clienti entro giugno 2027", dict(pace=None)),
    ("100 lead mensilmente entro giugno 2027", dict(pace="mensilmente")),
    # what a sale is of is no amount of money
    ("vendite per 1.000 licenze entro giugno 2027", dict(metric="stage_entries", stage="customer")),
    # another thing's fall or limit beside the objective, and a heading's only number, stay as they were
    ("con il budget in calo del 10%, mantenere 300 MQL entro giugno 2027", dict(stage="mql", direction="increase")),
    ("Goal 40: new customers by December 2027", dict(stage="customer", target=40.0)),
    ("non crescere oltre il 10% di costi, e portare i clienti a 50 entro fine 2027",
     dict(stage="customer", direction="increase", target=50.0)),
    # an event's day written beside it is the day the span runs from
    ("entro 6 settimane dal lancio del 15 marzo 2027, 200 MQL",
     dict(target=200.0, start=D("2027-03-15"), deadline=D("2027-04-26"))),
    ("entro 90 giorni dall'inizio di gennaio 2027, 50 SQL",
     dict(target=50.0, start=D("2027-01-01"), deadline=D("2027-04-01"))),
])
def test_the_seventeenth_reviews_rules_hold_back_where_they_should(text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert {key: getattr(draft, key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the article elided before a day, as Italian writes it (and as the planner now writes its objectives)
    ("Acquisire 30 nuovi clienti entro l'8 giugno 2027",
     dict(stage="customer", target=30.0, stated_baseline=None, deadline=D("2027-06-08"))),
    ("Generare 223 MQL entro l'11 aprile 2027", dict(target=223.0, deadline=D("2027-04-11"))),
    ("30 clienti dall'8 gennaio all'11 aprile 2027",
     dict(target=30.0, start=D("2027-01-08"), deadline=D("2027-04-11"))),
    ("portare il win rate all'11% entro giugno 2027", dict(metric="win_rate", target=0.11)),
])
def test_the_seventeenth_reviews_elided_articles(text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert {key: getattr(draft, key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "il prossimo giugno", "by next June", "dicembre prossimo": the next such month to come
    ("300 MQL entro il prossimo giugno", dict(target=300.0, deadline=D("2027-06-30"))),
    ("300 MQLs by next June", dict(target=300.0, deadline=D("2027-06-30"))),
    ("entro il prossimo marzo 40 SQL", dict(target=40.0, deadline=D("2027-03-31"))),
    ("300 MQL entro dicembre prossimo", dict(target=300.0, deadline=D("2026-12-31"))),
])
def test_the_seventeenth_reviews_next_month(text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert {key: getattr(draft, key) for key in expected} == expected


@pytest.mark.parametrize(("text", "part", "target"), [
    # a share of the total beside it is said as unchecked, never read as a +40% of LinkedIn's MQLs (the 400 lost)
    ("400 MQL entro giugno 2027, almeno il 40% da LinkedIn", "almeno il 40% da LinkedIn", 400.0),
    ("50 nuovi clienti, il 30% dal canale Referral, entro fine 2027", "il 30% dal canale Referral", 50.0),
    # (the 50 of "50% PMI" is the share, never the count)
    ("100 nuovi clienti nel 2027 (50% PMI)", "50% PMI", 100.0),
])
def test_a_share_of_the_total_is_said_as_unchecked(text, part, target):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert (draft.target_kind, draft.target, draft.filters, draft.scope_note) == (
        "absolute", target, {}, {"kind": "share_part", "dimension": None, "values": [part]})


def test_a_change_or_a_level_with_its_scope_stays_one():
    change = drafting.read("aumentare gli MQL del 40% da LinkedIn entro giugno 2027", TODAY, VOCABULARY)
    assert (change.target, change.filters, change.scope_note) == (0.4, {"source": "LinkedIn"}, None)
