"""Sentences a twenty-third review (2026-12-07, 175 objectives as managers of Italian SMEs write them) found read
wrong under green criteria: the spend held where it is ("senza toccare il budget di Google Ads") made Google Ads the
objective's scope, so the company's MQLs were Google Ads' alone. Today is 25 November 2026 in every case."""

from __future__ import annotations

import pytest

from smarketing import drafting
from tests.unit.test_smart_eighteenth_review import read_as
from tests.unit.test_smart_statements import TODAY, VOCABULARY, D


@pytest.mark.parametrize(("text", "expected"), [
    ("CAC sotto i 300 € entro fine trimestre, senza aumentare la spesa su Google Ads",
     dict(metric="cac", direction="decrease", target=300.0, filters={}, deadline=D("2026-12-31"),
          condition="senza aumentare la spesa su Google Ads")),
    ("Entro aprile 2027 aumentare gli MQL del 30% senza toccare il budget di Google Ads",
     dict(stage="mql", target=0.3, filters={}, deadline=D("2027-04-30"),
          condition="senza toccare il budget di Google Ads")),
    ("Ridurre il CPL del 10% mantenendo invariato il budget su LinkedIn, entro il 31/03/2027",
     dict(metric="cpl", direction="decrease", target=-0.1, filters={}, deadline=D("2027-03-31"),
          condition="mantenendo invariato il budget su LinkedIn")),
    ("Aumentare gli SQL del 15% con lo stesso budget di Google Ads entro fine marzo",
     dict(stage="sql", target=0.15, filters={}, deadline=D("2027-03-31"),
          condition="con lo stesso budget di Google Ads")),
    ("Più 20% di SQL entro giugno 2027 a parità di budget",
     dict(stage="sql", target=0.2, filters={}, condition="a parità di budget")),
    ("Get CAC below €300 by end of Q1 2027 without increasing spend on LinkedIn",
     dict(metric="cac", target=300.0, filters={}, deadline=D("2027-03-31"),
          condition="without increasing spend on LinkedIn")),
    ("Grow MQLs by 20% by June 2027 keeping the LinkedIn budget flat",
     dict(stage="mql", target=0.2, filters={}, deadline=D("2027-06-30"), condition="keeping the LinkedIn budget flat")),
    # the source the objective names stays its scope; the budget beside it is the condition
    ("Aumentare gli MQL da Google Ads del 20% entro giugno 2027 a parità di budget",
     dict(stage="mql", target=0.2, filters={"source": "Google Ads"}, condition="a parità di budget")),
    # (as it was: the money the objective is reached with, and where it goes, is its scope)
    ("Con un budget di 5.000 € su LinkedIn portare 40 SQL entro marzo 2027",
     dict(stage="sql", target=40.0, filters={"source": "LinkedIn"})),
])
def test_the_spend_held_where_it_is_is_a_condition_not_the_scope(text, expected):
    read_as(text, expected)


def test_the_spend_held_beside_another_condition_keeps_both():
    draft = drafting.read("Se il budget viene approvato, 40 SQL entro marzo 2027 senza toccare il budget di LinkedIn",
                          TODAY, VOCABULARY)
    assert (draft.stage, draft.target, draft.filters, draft.condition) == (
        "sql", 40.0, {}, "Se il budget viene approvato; senza toccare il budget di LinkedIn")
