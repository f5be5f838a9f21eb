"""Sentences a twenty-fourth review (2026-12-07, 240 objectives as managers of Italian SMEs write them) found read
wrong under green criteria: the days "dall'SQL all'opportunità" read as a count of SQLs, a time each SQL has to become
an opportunity taken for the deadline, a condition's number for the target, a ROAS of "5:1" read as a ROI cut to 0%,
a rate of deals won read as a count of customers, a name right after the measure ("Lead Horeca") dropped from the
scope without a word. Today is 25 November 2026 in every case."""

from __future__ import annotations

import pytest

from smarketing import drafting, smart, smartwords
from tests.unit.test_smart_eighteenth_review import read_as
from tests.unit.test_smart_statements import BOTH, TODAY, VOCABULARY, D

PEOPLE = {**VOCABULARY, "owner": ["Luca Bertolini", "Sara Colombo", "Davide Mancini"],
          "region": ["Nord-Ovest", "Nord-Est", "Centro", "Sud e Isole"]}


@pytest.mark.parametrize(("text", "expected"), [
    # the elided articles of a span between two stages (it was the count of SQLs, cut to 7 or to 10)
    ("Ridurre i giorni dall'SQL all'opportunità a meno di 7 entro marzo 2027",
     dict(metric="velocity", from_stage="sql", to_stage="opportunity", direction="decrease", target=7.0)),
    ("Giorni dall'SQL all'opportunità: massimo 10 entro marzo 2027",
     dict(metric="velocity", from_stage="sql", to_stage="opportunity", target=10.0)),
    ("Ridurre a 7 giorni il tempo medio dall'SQL all'opportunità entro marzo 2027",
     dict(metric="velocity", from_stage="sql", to_stage="opportunity", target=7.0)),
    ("Tempo tra l'MQL e l'SQL sotto i 3 giorni entro giugno 2027",
     dict(metric="velocity", from_stage="mql", to_stage="sql", target=3.0)),
    ("Ridurre i giorni dall'SQL alla chiusura a 20 entro giugno 2027",
     dict(metric="velocity", from_stage="sql", to_stage="customer", target=20.0)),
    # the first contact opens the journey; the signature closes it
    ("Ridurre i giorni dal primo contatto alla firma a 60 entro il 2027",
     dict(metric="velocity", from_stage="lead", to_stage="customer", target=60.0, deadline=D("2027-12-31"))),
    ("Cut days from first contact to signature to 60 by end of 2027",
     dict(metric="velocity", from_stage="lead", to_stage="customer", target=60.0)),
    # working days between the stages: a tenth less is a tenth less whatever days are counted
    ("Ridurre del 10% i giorni lavorativi tra MQL e SQL entro giugno 2027",
     dict(metric="velocity", from_stage="mql", to_stage="sql", target=-0.1, target_kind="relative")),
    # the step named with its scope inside it (it was lead to customer)
    ("Tasso di conversione dei lead da webinar in opportunità al 10% nel 2027",
     dict(metric="conversion", from_stage="lead", to_stage="opportunity", target=0.1, filters={"source": "Webinar"})),
])
def test_the_days_and_steps_between_stages_as_people_write_them(text, expected):
    read_as(text, expected)


@pytest.mark.parametrize(("text", "measure"), [
    # no stage is dated by a call: the time to it is no count of leads (they were read as leads to cut)
    ("Meno di 5 giorni lavorativi dalla richiesta di demo alla prima call entro marzo 2027", "prima call"),
    ("Ridurre il tempo dalla richiesta di preventivo al primo appuntamento a 3 giorni entro giugno 2027",
     "primo appuntamento"),
    ("Primo contatto entro 2 giorni dalla richiesta per il 90% dei lead entro giugno 2027", "Primo contatto"),
    ("Tempo medio di primo contatto con il lead inferiore a 24h entro marzo 2027", "Tempo medio di primo contatto"),
    ("Speed to lead under 1 hour by March 2027", "Speed to lead"),
    ("Cut time to first call after a demo request to 2 days by June 2027", "time to first call"),
    ("First meeting within 3 days of the demo request for 80% of leads by June 2027", "First meeting"),
])
def test_the_time_to_a_first_call_is_no_measure_kept(text, measure):
    read_as(text, dict(metric=None, other_measure=measure, other_kind="first_contact"))


@pytest.mark.parametrize(("lang", "said"), [
    ("it", "«prima call»: quando le Vendite chiamano o incontrano per la prima volta un contatto non è nei dati, "
           "quindi il tempo per arrivarci non si misura. Il passaggio che smarketing misura è l'MQL preso in carico "
           "come SQL: la quota di MQL accettati entro un tempo, o i giorni per accettarli."),
    ("en", "\"prima call\": when Sales first calls or meets a lead is not in the data, so the time it takes cannot be "
           "measured. The hand-off smarketing measures is the MQL taken on as an SQL: the share of MQLs accepted "
           "within a time, or the days to accept them."),
])
def test_the_time_to_a_first_call_says_what_is_measured_instead(lang, said):
    draft = drafting.read("Meno di 5 giorni lavorativi dalla richiesta di demo alla prima call entro marzo 2027",
                          TODAY, VOCABULARY)
    verdict = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH), lang)
    assert (verdict.criteria["specific"].status, verdict.criteria["specific"].reason) == ("fail", said)


@pytest.mark.parametrize(("text", "expected"), [
    # a time each one has to take the step is a condition, never the deadline (17/12/2026 and 05/02/2027 were read)
    ("Il 90% degli SQL deve diventare opportunità entro 10 giorni lavorativi nel 2027",
     dict(metric="conversion", target=0.9, deadline=D("2027-12-31"), condition="entro 10 giorni lavorativi")),
    ("90% of SQLs should become opportunities within 10 business days in 2027",
     dict(metric="conversion", target=0.9, deadline=D("2027-12-31"), condition="within 10 business days")),
    ("Conversione SQL→cliente del 15% entro 60 giorni dall'SQL, nel Q2 2027",
     dict(metric="conversion", from_stage="sql", to_stage="customer", target=0.15, deadline=D("2027-06-30"),
          condition="entro 60 giorni dall'SQL")),
    ("30% of webinar leads should become MQLs within 14 business days of sign-up by June 2027",
     dict(metric="conversion", target=0.3, deadline=D("2027-06-30"), condition="within 14 business days of sign-up")),
    # (as it was: MQLs becoming SQLs in a time are the hand-off, which measures that time)
    ("Il 40% degli MQL deve diventare SQL entro 5 giorni, entro fine marzo",
     dict(metric="sla", threshold=5.0, threshold_unit="days", condition=None)),
])
def test_a_time_each_one_has_for_the_step_is_a_condition_not_the_deadline(text, expected):
    read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a condition closing the sentence, with no comma before it: its number is never the target, its words no scope
    ("120 MQL dai webinar nel Q1 2027 a patto che il marketing ne organizzi almeno 3",
     dict(stage="mql", target=120.0, stated_baseline=None, filters={"source": "Webinar"},
          condition="a patto che il marketing ne organizzi almeno 3")),
    ("150 SQLs in Q1 2027 as long as marketing runs at least 4 webinars",
     dict(stage="sql", target=150.0, stated_baseline=None, filters={},
          condition="as long as marketing runs at least 4 webinars")),
    ("Portare i nuovi clienti a 40 entro il 2027 se il budget fiere viene confermato",
     dict(stage="customer", target=40.0, filters={}, condition="se il budget fiere viene confermato")),
    ("Get 300 MQLs in Q1 2027 provided the webinar budget is approved",
     dict(stage="mql", target=300.0, filters={}, condition="provided the webinar budget is approved")),
    # "unless the budget is cut" is no cut of the customers (it was read as a decrease to 15)
    ("Win 15 new customers in 2027 unless the budget is cut",
     dict(stage="customer", direction="increase", target=15.0, condition="unless the budget is cut")),
    ("40 nuovi clienti nel 2027 salvo tagli al budget",
     dict(stage="customer", target=40.0, condition="salvo tagli al budget")),
    ("Nuovi clienti a 40 nel 2027 se arriva il contributo regionale",
     dict(stage="customer", target=40.0, condition="se arriva il contributo regionale")),
    # (as they were: a hedge, a stretch beside the floor)
    ("40 nuovi clienti nel 2027 se possibile", dict(stage="customer", target=40.0, condition=None)),
    ("Win rate PMI: non sotto il 20%, meglio se al 25%, entro il Q2",
     dict(metric="win_rate", target=0.2, condition=None)),
])
def test_a_condition_closing_the_sentence_is_said_and_never_read_as_the_objective(text, expected):
    read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "5:1" is five of return to one spent, a ROI of 400% (it was a ROI cut to 0%)
    ("ROAS 5:1 sulle fiere nel 2027",
     dict(metric="roi", roas=True, target=4.0, stated_baseline=None, filters={"source": "Fiere"})),
    ("ROAS pari a 4:1 sulle campagne LinkedIn entro giugno 2027",
     dict(metric="roi", roas=True, target=3.0, filters={"source": "LinkedIn"})),
    ("ROAS 5:1 on Google Ads in Q2 2027", dict(metric="roi", roas=True, target=4.0, stated_baseline=None)),
    # the return on ad spend written out (it was "spesa", a measure not kept)
    ("Ritorno sulla spesa pubblicitaria di 6 volte su Google Ads nel 2027",
     dict(metric="roi", roas=True, target=5.0, other_measure=None, filters={"source": "Google Ads"})),
    ("Ritorno sulla spesa pubblicitaria al 500% su Google Ads nel 2027", dict(metric="roi", roas=True, target=4.0)),
    ("Return on ad spend of 4x on LinkedIn by June 2027", dict(metric="roi", roas=True, target=3.0)),
])
def test_a_roas_as_a_ratio_or_in_words_is_the_roi_it_equals(text, expected):
    read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a share of deals won is the win rate (they were new customers 1 -> 3, +20%, +30%)
    ("Percentuale di trattative vinte: 1 su 3 entro fine anno prossimo",
     dict(metric="win_rate", target=0.3333, stated_baseline=None, deadline=D("2027-12-31"))),
    ("Portare al 20% la percentuale di opportunità chiuse vinte in Centro entro giugno 2027",
     dict(metric="win_rate", target=0.2, target_kind="absolute", filters={"region": "Centro"})),
    ("Percentage of opportunities closed-won in the Centre at 20% by June 2027",
     dict(metric="win_rate", target=0.2, target_kind="absolute", filters={"region": "Centro"})),
    ("Tasso chiusura trattative: 20% entro fine 2027", dict(metric="win_rate", target=0.2, target_kind="absolute")),
    # (as it was: a count of deals won is new customers)
    ("Trattative vinte: 40 entro il 2027", dict(metric="stage_entries", stage="customer", target=40.0)),
])
def test_a_share_of_deals_won_is_the_win_rate(text, expected):
    read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the size of the deals a rate is of: no scope holds it, said (it was dropped without a word)
    ("Tasso di vittoria sulle trattative oltre 30k €: 25% entro il 2027",
     dict(metric="win_rate", target=0.25, scope_note={"kind": "each_value", "dimension": None,
                                                      "values": ["trattative oltre 30k €"]})),
    ("Win rate on deals over €30k at 25% by June 2027",
     dict(metric="win_rate", target=0.25, scope_note={"kind": "each_value", "dimension": None,
                                                      "values": ["deals over €30k"]})),
    # a name right after the measure that the data does not hold (it counted every lead, with a green tick)
    ("Lead Horeca +20% entro giugno 2027",
     dict(stage="lead", filters={}, scope_note={"kind": "unknown", "dimension": "source", "values": ["Horeca"]})),
    ("Tasso di chiusura Horeca al 30% entro giugno 2027",
     dict(metric="win_rate", filters={}, scope_note={"kind": "unknown", "dimension": "source", "values": ["Horeca"]})),
    # English writes the name before the measure (never the sentence's first word: "Lift SQLs", a verb)
    ("Increase Horeca leads by 20% by June 2027",
     dict(stage="lead", filters={}, scope_note={"kind": "unknown", "dimension": "source", "values": ["Horeca"]})),
    ("Lift SQLs from trade fairs by 10% by Q2 2027", dict(stage="sql", filters={"source": "Fiere"}, scope_note=None)),
    ("Clienti nuovi nel settore Horeca: 12 entro il 2027",
     dict(stage="customer", scope_note={"kind": "unknown", "dimension": "segment", "values": ["settore Horeca"]})),
    # (as they were: a value the data holds; words that name no scope; a headline in capitals)
    ("Lead Google Ads +20% entro giugno 2027", dict(filters={"source": "Google Ads"}, scope_note=None)),
    ("Lead Gen: 500 MQL entro giugno 2027", dict(stage="mql", filters={}, scope_note=None)),
    ("Increase Qualified Leads By 20% By June 2027", dict(filters={}, scope_note=None)),
    # a part ruled out by "senza": said, never dropped
    ("Lead da Google Ads senza la campagna Brand: 700 entro giugno 2027",
     dict(target=700.0, filters={"source": "Google Ads"},
          scope_note={"kind": "excluded_unknown", "dimension": None, "values": ["la campagna Brand"]})),
    ("700 Google Ads leads without the Brand campaign by June 2027",
     dict(target=700.0, scope_note={"kind": "excluded_unknown", "dimension": None, "values": ["the Brand campaign"]})),
    # (as it was: the spend held is a condition)
    ("Lead da Google Ads senza toccare il budget: 700 entro giugno 2027",
     dict(target=700.0, scope_note=None, condition="senza toccare il budget")),
    # a share of the total from one source, in lower case too, or an amount of it: said, never the scope
    ("Obiettivo Q1 2027: 1.500 lead totali, almeno il 40% da ricerca organica",
     dict(stage="lead", target=1500.0, filters={},
          scope_note={"kind": "share_part", "dimension": None, "values": ["almeno il 40% da ricerca organica"]})),
    ("€1.2M closed-won revenue in 2027, at least €300k from Enterprise",
     dict(metric="won_value", target=1200000.0, stated_baseline=None, filters={},
          scope_note={"kind": "share_part", "dimension": None, "values": ["at least €300k from Enterprise"]})),
    # a second source named first, the one the data holds after it
    ("Cut CPL on Meta and LinkedIn to €40 by June 2027",
     dict(metric="cpl", filters={"source": "LinkedIn"},
          scope_note={"kind": "several", "dimension": "source", "values": ["LinkedIn", "Meta"]})),
])
def test_a_scope_the_data_cannot_hold_is_said(text, expected):
    read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a person by the surname (it counted every SQL)
    ("SQL di Bertolini: 40 entro giugno 2027", dict(stage="sql", target=40.0, filters={"owner": "Luca Bertolini"})),
    # (as it was: whose deals a rate is of, the full name holding the surname)
    ("Sara Colombo: win rate del 35% sulle sue trattative nel Q1.",
     dict(metric="win_rate", filters={"owner": "Sara Colombo"}, named_owners=[])),
    # the year of a heading is the period, the scope inside it kept
    ("Won revenue 2027 from the North-West: €600k",
     dict(metric="won_value", target=600000.0, deadline=D("2027-12-31"), filters={"region": "Nord-Ovest"})),
    ("Fatturato 2027 dal Nord-Ovest: 600k €",
     dict(metric="won_value", target=600000.0, deadline=D("2027-12-31"), filters={"region": "Nord-Ovest"})),
])
def test_people_and_places_written_shorter_or_inside_a_heading(text, expected):
    read_as(text, expected, PEOPLE)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ridurre i lead duplicati nel CRM sotto il 2% entro marzo 2027",
     dict(metric=None, other_measure="lead duplicati", other_kind="rate", target=0.02, target_kind="absolute")),
    ("Reduce duplicate leads in the CRM below 2% by March 2027",
     dict(metric=None, other_measure="duplicate leads", other_kind="rate")),
    ("Riattivare 30 clienti dormienti entro giugno 2027",
     dict(metric=None, other_measure="Riattivare", other_kind="existing")),
    ("Clienti riattivati: 20 entro dicembre 2027", dict(metric=None, other_kind="existing")),
    ("Reactivate 20 dormant customers by June 2027", dict(metric=None, other_kind="existing")),
])
def test_measures_the_data_does_not_keep_are_named_back(text, expected):
    read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("300 MQL nel 1H 2027", dict(target=300.0, start=D("2027-01-01"), deadline=D("2027-06-30"))),
    ("400 MQL nel primo quadrimestre 2027", dict(target=400.0, start=D("2027-01-01"), deadline=D("2027-04-30"))),
    ("400 MQL entro il secondo quadrimestre 2027", dict(target=400.0, start=TODAY, deadline=D("2027-08-31"))),
    ("300 MQL entor fine giugno 2027", dict(target=300.0, deadline=D("2027-06-30"))),
    ("300 MQL entro fne marzo 2027", dict(target=300.0, deadline=D("2027-03-31"))),
    # (as it was: two hours with no year are a time, not a half)
    ("Rispondere entro 2h ai lead nel 2027", dict(metric="sla", threshold=2.0, deadline=D("2027-12-31"))),
    # year on year as a slide abbreviates it: the period compared with is said
    ("MQL +20% a/a nel Q1 2027", dict(target=0.2, compared_with="a/a")),
])
def test_periods_as_slides_and_quick_notes_write_them(text, expected):
    read_as(text, expected)


def test_a_second_measure_kept_at_a_level_is_a_second_objective():
    draft = drafting.read("Increase SQLs 20% and keep CAC under €1,000 in H1 2027", TODAY, VOCABULARY)
    assert (draft.metric, draft.stage, draft.target, "two_objectives" in draft.problems) == (
        "stage_entries", "sql", 0.2, True)


def test_a_relative_change_of_working_days_is_not_said_to_be_counted_on_the_calendar():
    draft = drafting.read("Ridurre del 10% i giorni lavorativi tra MQL e SQL entro giugno 2027", TODAY, VOCABULARY)
    verdict = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH, baseline=3.1), "en")
    assert (verdict.criteria["measurable"].status, "working_days" in draft.problems) == ("pass", True)


@pytest.mark.parametrize(("text", "expected"), [
    # the time from MQL to SQL for a share of the MQLs is the hand-off's share accepted in that time (it was the
    # median days, raised by 90%)
    ("Keep time from MQL to SQL under 48 hours for 90% of MQLs through 2027",
     dict(metric="sla", target=0.9, threshold=48.0, threshold_unit="hours", deadline=D("2027-12-31"))),
    ("Tempo dall'MQL all'SQL sotto le 48 ore per il 90% degli MQL nel 2027",
     dict(metric="sla", target=0.9, threshold=48.0, threshold_unit="hours")),
    # (as it was: with no share, the days are the measure)
    ("Time from MQL to SQL under 3 days by June 2027",
     dict(metric="velocity", from_stage="mql", to_stage="sql", target=3.0, threshold=None)),
])
def test_the_time_from_mql_to_sql_for_a_share_of_them_is_the_hand_off(text, expected):
    read_as(text, expected)


@pytest.mark.parametrize(("lang", "understood", "measurable", "achievable"), [
    ("it", "Ho capito: il ROI (fonte Google Ads), variazione +20%, entro il 30/06/2027.",
     "Il punto di partenza dai dati è -71,5%, sotto zero: +20% di un numero negativo lo sposta nella direzione "
           "opposta (da -70% a -84%), quindi la variazione non dice a che livello arrivare.",
     "Una variazione in percentuale di un punto di partenza negativo non dà un livello da confrontare con la storia."),
    ("en", "Understood: the ROI (source Google Ads), change +20%, by 30 Jun 2027.",
     "The starting point in the data is -71.5%, below zero: +20% of a negative number moves it the other way "
           "(from -70% to -84%), so the change does not say what level to reach.",
     "A percentage change of a negative starting point gives no level to compare with the history."),
])
def test_a_percent_more_of_a_loss_is_no_target(lang, understood, measurable, achievable):
    # the demo's Google Ads lost 71,5% of its spend: "+20% of ROI" was offered as a ROI of -85,8%, "already beyond"
    # (and read back as "almeno -85,8% (ora -71,5%)")
    draft = drafting.read("Aumentare il ROI di Google Ads del 20% entro giugno 2027", TODAY, VOCABULARY)
    verdict = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH, baseline=-0.715), lang)
    assert [verdict.understood] + [(verdict.criteria[k].status, verdict.criteria[k].reason)
                                   for k in ("measurable", "achievable")] == [
        understood, ("fail", measurable), ("warn", achievable)]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("it", "Rispondere al 90% degli MQL entro 8 ore lavorative entro marzo 2027",
     "Il tempo per prendere in carico un MQL si conta in ore di orologio, notti e fine settimana compresi: le ore "
     "lavorative scritte sono contate come ore di orologio, un limite più stretto di quello scritto."),
    ("en", "Respond to 90% of MQLs within 8 business hours by March 2027",
     "The time to take on an MQL is counted in hours of the clock, nights and weekends included: the business hours "
     "written are counted as clock hours, a tighter limit than the one written."),
])
def test_working_hours_of_the_hand_off_are_said_to_count_on_the_clock(lang, text, said):
    # «entro 4 ore lavorative» was read as 4 hours of the clock without a word
    draft = drafting.read(text, TODAY, VOCABULARY)
    verdict = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH, baseline=0.5), lang)
    assert (draft.metric, draft.threshold, draft.threshold_unit, verdict.criteria["measurable"].status,
            verdict.criteria["measurable"].reason) == ("sla", 8.0, "hours", "warn", said)


def test_sqls_contacted_in_a_time_are_no_hand_off():
    # «95% degli SQL contattati entro 4 ore» was read as MQLs accepted within 4 hours, green
    draft = drafting.read("SLA vendite: 95% degli SQL contattati entro 4 ore lavorative nel 2027", TODAY, VOCABULARY)
    assert (draft.metric, draft.other_measure, draft.other_kind) == (None, "SQL contattati", "follow_up")
