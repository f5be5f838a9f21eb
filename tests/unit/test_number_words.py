"""Targets, deadlines and service levels written in words, as people type them in a hurry ("venti nuovi
clienti", "entro sei mesi", "fifty thousand euros"), read as if written in digits; names, ordinals, the
verb "sei" and halves stay words (numberwords.py)."""

from __future__ import annotations

import pytest

from smarketing import numberwords
from tests.unit.test_smart_statements import D, assert_statement, case


@pytest.mark.parametrize(("text", "expected"), [
    ("Portare venti nuovi clienti entro giugno", "Portare 20 nuovi clienti entro giugno"),
    ("Venti nuovi clienti entro sei mesi", "20 nuovi clienti entro 6 mesi"),
    ("centoventi SQL e duecentocinquantamila euro", "120 SQL e 250000 euro"),
    ("Close fifty thousand euros by June", "Close 50000 euros by June"),
    # "per cento" stays a percent in words, never "per 100"
    ("il venti per cento in più", "il 20 percento in più"),
    # ordinals name periods; a capital inside the sentence is a name; "se sei" is the verb
    ("entro il quarto trimestre, nel terzo mese", "entro il quarto trimestre, nel terzo mese"),
    ("the fourth quarter", "the fourth quarter"),
    ("più contatti alla fiera di Cento e da Tre", "più contatti alla fiera di Cento e da Tre"),
    ("Se sei d'accordo, trenta SQL", "Se sei d'accordo, 30 SQL"),
    # a scale word after digits is the reader's already; a plural with no number is no amount
    ("Close 1.2 million euros, 2 milioni, 50 mila", "Close 1.2 million euros, 2 milioni, 50 mila"),
    ("millions of euros and thousands of leads", "millions of euros and thousands of leads"),
    # a half text2num would make the wrong amount of stays as written; the halves people write most are read
    ("two and a half million euros", "two and a half million euros"),
    ("un milione e mezzo di fatturato", "1.500.000 di fatturato"),
    ("mezzo milione di euro in venti contratti", "500.000 di euro in 20 contratti"),
    ("half a million euros won", "500.000 euros won"),
    # about as many: "circa", as the reader reads it; "almeno" kept
    ("un centinaio di nuovi lead", "circa 100 di nuovi lead"),
    ("almeno una trentina di SQL", "almeno 30 di SQL"),
    # one or two on their own are words more often than targets ("un po'", "le due regioni")
    ("aumentare un po' le SQL delle due regioni", "aumentare un po' le SQL delle due regioni"),
    # a character of the range that marks the pieces kept aside: nothing is converted, nothing is lost
    ("venti \U000f0000 SQL", "venti \U000f0000 SQL"),
])
def test_number_words_as_digits(text, expected):
    assert numberwords.digits(text) == expected


@pytest.mark.parametrize(("lang", "text", "statuses", "fields", "baseline", "history", "owners", "parent"), [
    case("it", "Portare venti nuovi clienti dalle fiere entro giugno 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=20.0, target_unit="count",
              deadline=D("2027-06-30"), filters={"source": "Fiere"})),
    case("it", "Generare cinquanta SQL dai webinar entro sei mesi", "ppwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=50.0, target_unit="count",
              deadline=D("2027-05-25"), filters={"source": "Webinar"})),
    case("it", "Aumentare del venti per cento gli MQL da LinkedIn entro il 2027", "ppppp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=120.0, target_kind="relative",
              target_unit="count", deadline=D("2027-12-31"), filters={"source": "LinkedIn"}),
         baseline=100, history=[100, 90, 130, 125, 110]),
    case("it", "Rispondere agli MQL entro quarantotto ore nel novanta per cento dei casi entro marzo 2027", "ppwpp",
         dict(metric="sla", direction="increase", target=0.9, target_unit="ratio", threshold=48.0,
              threshold_unit="hours", deadline=D("2027-03-31"))),
    case("it", "Ridurre il ciclo di vendita a trenta giorni entro il quarto trimestre 2027", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target=30.0,
              target_unit="days", deadline=D("2027-12-31"))),
    case("en", "Win twenty new customers from trade fairs by June 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=20.0, target_unit="count",
              deadline=D("2027-06-30"), filters={"source": "Fiere"})),
    case("en", "Close fifty thousand euros of new business from LinkedIn by Q2 2027", "ppwpp",
         dict(metric="won_value", direction="increase", target=50000.0, target_unit="EUR",
              deadline=D("2027-06-30"), filters={"source": "LinkedIn"})),
    case("en", "Bring the cost per lead under thirty euros within three months", "ppwpp",
         dict(metric="cpl", direction="decrease", target=30.0, target_unit="EUR", deadline=D("2027-02-25"))),
    # still no number: a half text2num would misread, and a town's name
    case("it", "Chiudere due milioni e mezzo di contratti entro il 2027", "pfwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", deadline=D("2027-12-31"))),
    case("it", "Portare più contatti dalla fiera di Cento entro il 2027", "pfwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", deadline=D("2027-12-31"),
              filters={"source": "Fiere"})),
])
def test_objectives_with_numbers_in_words(lang, text, statuses, fields, baseline, history, owners, parent):
    assert_statement(lang, text, statuses, fields, baseline, history, owners, parent)
