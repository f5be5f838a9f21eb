"""Sentences the twenty-fifth review (2026-12-07, 200 objectives as managers of Italian SMEs write them) found read
wrong under a green criterion: a name heading the sentence ("Horeca: lead +20%", "Horeca leads +20%") dropped from
the scope without a word, so every lead counted; a fair named without its year ("dalla fiera MECSPE") tied to its
last edition, whose leads came in 2026, for an objective that runs to the end of 2027; a value ruled out after it
("(Enterprise esclusa)") taken as the scope; the second of the people answering for it ("resp. marketing Giulia
Ferrari e vendite Elena Galli") taken as a filter on her leads; a part's share of the whole ("almeno 20% dei totali")
read as 20% more of the part. Today is 25 November 2026 in every case."""

from __future__ import annotations

from datetime import date

import pytest

from smarketing import drafting, smart, smartwords
from tests.unit.test_smart_eighteenth_review import read_as
from tests.unit.test_smart_statements import BOTH, TODAY, VOCABULARY

EVENTS = {**VOCABULARY, "campaign": ["MECSPE Bologna 2026", "SPS Italia 2026", "SAVE Verona 2025",
                                      "Webinar Manutenzione"]}
PEOPLE = {**VOCABULARY, "owner": ["Giulia Ferrari", "Elena Galli", "Davide Mancini"]}


def unknown(*values: str) -> dict:
    return {"kind": "unknown", "dimension": "source", "values": list(values)}


@pytest.mark.parametrize(("text", "expected"), [
    # a heading the data holds nowhere: said, as "Lead Horeca" is (each counted every lead, with a green tick)
    ("Horeca: lead +20% entro giugno 2027", dict(stage="lead", filters={}, scope_note=unknown("Horeca"))),
    ("Lombardia: +30% di lead entro giugno 2027", dict(stage="lead", filters={}, scope_note=unknown("Lombardia"))),
    ("Horeca leads +20% by June 2027", dict(stage="lead", filters={}, scope_note=unknown("Horeca"))),
    ("Roma e Milano: 40 nuovi clienti entro dicembre 2027",
     dict(stage="customer", target=40.0, filters={}, scope_note=unknown("Roma"))),
    ("Horeca: +20% lead entro giugno 2027", dict(stage="lead", filters={}, scope_note=unknown("Horeca"))),
    # a value the data holds beside one it does not: the one counted, the other said (Horeca was dropped)
    ("Webinar e Horeca: 50 SQL entro marzo 2027",
     dict(filters={"source": "Webinar"},
          scope_note={"kind": "several", "dimension": "source", "values": ["Webinar", "Horeca"]})),
    ("Horeca e Webinar: 50 SQL entro marzo 2027",
     dict(filters={"source": "Webinar"},
          scope_note={"kind": "several", "dimension": "source", "values": ["Webinar", "Horeca"]})),
    # (as they were: a heading the data holds is the scope)
    ("PMI: clienti +10 entro giugno 2027", dict(filters={"segment": "PMI"}, scope_note=None)),
    ("Fiere: +30% di lead entro giugno 2027", dict(filters={"source": "Fiere"}, scope_note=None)),
    ("Enterprise deals: 20 won by June 2027", dict(filters={"segment": "Enterprise"}, scope_note=None)),
    # (as they were: a heading that names the measure, how it moves, a team, a period, or heads a note's line)
    ("Fatturato: 2 milioni entro dicembre 2027", dict(metric="won_value", filters={}, scope_note=None)),
    ("Revenue: 2 million by December 2027", dict(metric="won_value", filters={}, scope_note=None)),
    ("CPL: sotto i 40 euro entro giugno 2027", dict(metric="cpl", filters={}, scope_note=None)),
    ("Win rate: 30% entro giugno 2027", dict(metric="win_rate", filters={}, scope_note=None)),
    ("Nuovi Clienti: 40 entro dicembre 2027", dict(stage="customer", filters={}, scope_note=None)),
    ("Marketing: 300 MQL entro marzo 2027", dict(stage="mql", filters={}, scope_note=None)),
    ("Obiettivo 3: 300 MQL entro marzo 2027", dict(stage="mql", filters={}, scope_note=None)),
    ("Nota: 300 MQL entro marzo 2027", dict(stage="mql", filters={}, scope_note=None)),
    ("KR2: 300 MQL entro marzo 2027", dict(stage="mql", filters={}, scope_note=None)),
    ("Q1 2027: 300 MQL", dict(stage="mql", filters={}, scope_note=None)),
    ("Lead Gen: 500 MQL entro giugno 2027", dict(stage="mql", filters={}, scope_note=None)),
    # (as they were: a heading followed by what to do names who is asked, or who asks)
    ("Commerciali: prendere in carico l'80% degli MQL entro 2 giorni", dict(metric="sla", filters={}, scope_note=None)),
    ("Cantina: portare a casa 410 lead dalle fiere entro il 30 giugno 2027",
     dict(stage="lead", filters={"source": "Fiere"}, scope_note=None)),
    # (as they were: the first word is the verb, however it is typed)
    ("Lift SQLs by 20% by June 2027", dict(stage="sql", filters={}, scope_note=None)),
    ("Incrase opportunities by 20% by June 2027", dict(stage="opportunity", filters={}, scope_note=None)),
    ("Grwo leads by 20% by June 2027", dict(stage="lead", filters={}, scope_note=None)),
])
def test_a_name_heading_the_sentence_is_its_scope_or_said(text, expected):
    read_as(text, expected)


@pytest.mark.parametrize(("lang", "said"), [
    ("it", "«Horeca» non è tra le fonti, i segmenti, le regioni, i prodotti o i responsabili dei dati: senza ambito, "
           "conto tutto."),
    ("en", "\"Horeca\" is none of the sources, segments, regions, products or owners in the data: with no scope, "
           "everything is counted."),
])
def test_a_heading_the_data_does_not_hold_is_a_warning_not_a_tick(lang, said):
    draft = drafting.read("Horeca: lead +20% entro giugno 2027", TODAY, VOCABULARY)
    verdict = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH, baseline=2085), lang)
    assert (verdict.criteria["specific"].status, verdict.criteria["specific"].reason) == ("warn", said)


@pytest.mark.parametrize(("text", "expected"), [
    # the one edition the data holds ended in 2026: counted alone, next year's fair would never count (it was the
    # scope, with a green tick)
    ("Raddoppiare i lead dalla fiera MECSPE entro il 2027",
     dict(filters={"source": "Fiere"}, scope_note={"kind": "edition", "dimension": "campaign", "values": ["MECSPE"],
                                                   "candidates": ["MECSPE Bologna 2026"]})),
    ("Lead dalla fiera MECSPE: 200 entro giugno 2027",
     dict(target=200.0, filters={"source": "Fiere"},
          scope_note={"kind": "edition", "dimension": "campaign", "values": ["MECSPE"],
                      "candidates": ["MECSPE Bologna 2026"]})),
    ("MQL da SAVE Verona: 60 entro ottobre 2027",
     dict(stage="mql", filters={}, scope_note={"kind": "edition", "dimension": "campaign", "values": ["SAVE"],
                                               "candidates": ["SAVE Verona 2025"]})),
    ("Double SPS leads by the end of 2027",
     dict(filters={}, scope_note={"kind": "edition", "dimension": "campaign", "values": ["SPS"],
                                  "candidates": ["SPS Italia 2026"]})),
    # (as they were: the edition written is the scope; an objective within the edition's year takes it; a campaign
    # with no year in its name is no edition)
    ("Raddoppiare i lead dalla fiera MECSPE 2026 entro il 2027",
     dict(filters={"source": "Fiere", "campaign": "MECSPE Bologna 2026"}, scope_note=None)),
    ("Lead MECSPE +20% entro dicembre 2026", dict(filters={"campaign": "MECSPE Bologna 2026"}, scope_note=None)),
    ("SQL dal Webinar Manutenzione: 40 entro giugno 2027",
     dict(filters={"source": "Webinar", "campaign": "Webinar Manutenzione"}, scope_note=None)),
])
def test_a_fair_named_without_its_year_is_no_past_edition(text, expected):
    read_as(text, expected, EVENTS)


def test_a_past_edition_says_why_the_scope_is_wider():
    draft = drafting.read("Raddoppiare i lead dalla fiera MECSPE entro il 2027", TODAY, EVENTS)
    verdict = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH, baseline=467), "it")
    assert (verdict.criteria["specific"].status, verdict.criteria["specific"].reason) == (
        "warn", "«MECSPE» non è tra i valori di campagna dei dati (MECSPE Bologna 2026 è un'altra edizione): resta "
                "fuori dall'ambito, che è quindi più largo.")


@pytest.mark.parametrize(("text", "expected"), [
    # ruled out after it is written (it was the scope: the Enterprise customers alone)
    ("Nuovi clienti: almeno 30 nel H1 2027 (Enterprise esclusa)",
     dict(filters={}, scope_note={"kind": "excluded", "dimension": "segment", "values": ["Enterprise"]})),
    ("Nuovi clienti: almeno 30 nel H1 2027, Enterprise esclusa",
     dict(filters={}, scope_note={"kind": "excluded", "dimension": "segment", "values": ["Enterprise"]})),
    ("New customers: at least 30 in H1 2027 (Enterprise excluded)",
     dict(filters={}, scope_note={"kind": "excluded", "dimension": "segment", "values": ["Enterprise"]})),
    # (as they were: what follows the word is what is ruled out)
    ("MQL dalle Fiere esclusi i webinar: 500 entro fine 2027",
     dict(filters={"source": "Fiere"}, scope_note={"kind": "excluded", "dimension": "source", "values": ["Webinar"]})),
])
def test_a_value_ruled_out_after_it_is_never_the_scope(text, expected):
    read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # each person with the function they answer for: none is a filter (it was Elena Galli's leads, 64 MQLs)
    ("MQL 2027: 600, resp. marketing Giulia Ferrari e vendite Elena Galli",
     dict(stage="mql", target=600.0, filters={},
          named_owners=["resp. marketing Giulia Ferrari e vendite Elena Galli"])),
    ("Responsabili: marketing Giulia Ferrari, vendite Davide Mancini. 300 SQL entro giugno 2027",
     dict(stage="sql", target=300.0, filters={},
          named_owners=["Responsabili: marketing Giulia Ferrari, vendite Davide Mancini"])),
])
def test_the_people_answering_for_it_are_no_scope(text, expected):
    read_as(text, expected, PEOPLE)


@pytest.mark.parametrize(("text", "share"), [
    # a part's share of the whole is no measure kept (it was 20% more trade-fair SQLs, 106 to 128)
    ("SQL dal canale Fiere almeno 20% dei totali entro fine 2027", "20% dei totali"),
    ("Lead da fiere pari ad almeno il 25% del totale nel 2027", "25% del totale"),
    ("Ridurre i lead non in target al 10% del totale entro giugno 2027", "10% del totale"),
    ("Trade show SQLs at least 20% of total SQLs by end of 2027", "20% of total SQLs"),
    ("Fair leads at least 25% of all leads in 2027", "25% of all leads"),
])
def test_a_share_of_the_whole_is_no_growth_of_the_part(text, share):
    read_as(text, dict(metric=None, other_measure=share, other_kind="mix"))


@pytest.mark.parametrize(("text", "kind", "each"), [
    # a quantity for each event or each person, written with the count alone or after the measure (each was read as
    # the total: 10 opportunities from webinars in all, 20 Enterprise SQLs in all)
    ("Opportunita da webinar: 10 per webinar nel 2027", "per_event", "per webinar"),
    ("Opportunities: 10 per webinar in 2027", "per_event", "per webinar"),
    ("Opportunità per fiera: almeno 25 nel 2027", "per_event", "per fiera"),
    ("Opportunities per trade show: at least 25 in 2027", "per_event", "per trade show"),
    ("Enterprise SQLs: 20 per sales rep in Q1 2027", "per_person", "per sales rep"),
    # (as it was)
    ("30 lead per fiera nel 2027", "per_event", "per fiera"),
])
def test_a_quantity_for_each_event_or_person_is_said(text, kind, each):
    read_as(text, dict(scope_note={"kind": kind, "dimension": None, "values": [each]}))


@pytest.mark.parametrize(("text", "expected"), [
    # a count of the leads that became customers is of customers (it was 10 of the campaign's leads: 158 already)
    ("Lead SPS Italia 2026 convertiti in clienti: 10 entro giugno 2027",
     dict(metric="stage_entries", stage="customer", target=10.0, filters={"campaign": "SPS Italia 2026"})),
    ("Lead convertiti in clienti: 40 entro giugno 2027", dict(metric="stage_entries", stage="customer", target=40.0)),
    ("MQL trasformati in SQL: 100 entro giugno 2027", dict(metric="stage_entries", stage="sql", target=100.0)),
    ("Leads converted to customers: 40 by June 2027", dict(metric="stage_entries", stage="customer", target=40.0)),
    ("MQLs turned into SQLs: 100 by June 2027", dict(metric="stage_entries", stage="sql", target=100.0)),
    # (as it was: a share of them is the conversion rate)
    ("Il 20% dei lead convertiti in clienti entro giugno 2027",
     dict(metric="conversion", from_stage="lead", to_stage="customer", target=0.2)),
])
def test_a_count_of_those_that_became_the_next_stage_counts_that_stage(text, expected):
    read_as(text, expected, EVENTS)


@pytest.mark.parametrize(("text", "measure"), [
    # the leads lost as no fit are losses, counted in the win rate and among the disqualified (it was 10% more leads,
    # 984 to 1.083, for "ridurre")
    ("Nel Q1 2027 ridurre i lead non in target sotto il 10%", "lead non in target"),
    ("Cut off-target leads below 10% in Q1 2027", "off-target leads"),
])
def test_leads_off_target_are_losses_not_a_count_of_leads(text, measure):
    read_as(text, dict(metric=None, other_measure=measure, other_kind="lost"))


@pytest.mark.parametrize(("stated", "status", "said"), [
    # points added to the data's 36,9% where the sentence starts from 34%: said (it passed, within a tenth of 36,9%)
    ("34%", "warn", "The text starts from 34.0%, but the data says 36.9%; target 39.9%."),
    # (as it was: a whole percent within a point of the data's)
    ("37%", "pass", "Target 39.9%; starting point from the data: 36.9%."),
])
def test_points_added_to_a_rate_say_when_the_start_written_is_not_the_datas(stated, status, said):
    draft = drafting.read(f"MQL to SQL conversion +3 pp by 30 June 2027 (today {stated})", TODAY, VOCABULARY)
    verdict = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH, baseline=0.369), "en")
    assert (verdict.criteria["measurable"].status, verdict.criteria["measurable"].reason) == (status, said)


@pytest.mark.parametrize("text", ["Conversione MQL-SQL: +4 p.p. entro Q2 2027",
                                  "Conversione MQL-SQL: +4 p. p. entro Q2 2027",
                                  "Conversione MQL-SQL: +4 pp entro Q2 2027"])
def test_points_written_with_their_dots_are_points(text):
    # (it was a rate of 400%)
    read_as(text, dict(metric="conversion", change=0.04, target=None))


@pytest.mark.parametrize("text", ["Valore vinto Mid-market FY2027: 900k (FY2026: 700k)",
                                  "Valore vinto Mid-market FY 2027: 900k (FY 2026: 700k)"])
def test_a_fiscal_year_written_against_its_letters_is_a_year(text):
    # (the target and the start were swapped: 700k to reach, from 900k)
    read_as(text, dict(metric="won_value", target=900000.0, stated_baseline=700000.0))


@pytest.mark.parametrize("text", [
    "Fatturato 2027: 1,2 mln € (2026: 900.000 €)",
    "Fatturato 2027: € 1,2 mln (2026: € 900.000)",
    "Fatturato 2027: € 1,2 mln (€ 900.000 nel 2026)",
    "Won value 2027: €1.2M (2026: €900k)",
    "Won value 2027: €1.2M (€900k in 2026)",
])
def test_last_years_amount_in_brackets_with_its_currency_is_where_the_objective_starts(text):
    # (with the euro sign beside the bracketed amount, 900k was the target to reach in green and 1.2 mln the start,
    # with no window: the year in brackets was not read as the earlier period)
    read_as(text, dict(metric="won_value", target=1200000.0, stated_baseline=900000.0, deadline=date(2027, 12, 31)))


@pytest.mark.parametrize(("text", "each"), [
    # what is counted heads the sentence and the count follows it: the amount is each one's size (it was a won value of
    # €50k to reach, in green; the Italian counted every new customer, the condition dropped)
    ("Customers with deals above €50k: 10 in 2027", "with deals above €50k"),
    ("Clienti con contratto sopra i 50k: 10 nel 2027", "con contratto sopra i 50k"),
])
def test_a_size_each_customer_must_have_is_said_when_the_count_follows_the_heading(text, each):
    read_as(text, dict(metric="stage_entries", stage="customer", target=10.0,
                       scope_note={"kind": "each_value", "dimension": None, "values": [each]}))


@pytest.mark.parametrize("text", ["Tasso di chiusura Ferrari sopra il 28% entro giugno 2027",
                                  "Tasso di chiusura Giulia Ferrari sopra il 28% entro giugno 2027",
                                  "Win rate Ferrari sopra il 28% entro giugno 2027"])
def test_a_person_named_right_after_the_rate_is_whose_deals_it_is(text):
    # as "Win rate Ferrari" was read (the closing rate's word dropped her: every deal was counted)
    read_as(text, dict(metric="win_rate", target=0.28, filters={"owner": "Giulia Ferrari"}), PEOPLE)
