"""The team (team.py): people with a function, owners found in the data, and what the hand-off makes of them."""

from __future__ import annotations

from datetime import date

import pytest

from smarketing import metrics, team
from smarketing.errors import SmarketingError
from tests.conftest import TODAY
from tests.helpers import twelve


def by_owner(con) -> list[tuple]:
    return [(r["owner"], r["assigned"], r["mqls"]) for r in metrics.compute(
        con, "sla", metrics.Query(today=TODAY, by="owner"))]


def test_owners_in_the_data_are_offered_and_once_added_answer_for_their_mqls(con):
    twelve(con)
    assert team.found(con) == [team.Found("Giulia", 6), team.Found("Marco", 4), team.Found("Luca", 1)]
    # nobody's function is known yet: the hand-off guesses no one to be Sales
    assert by_owner(con) == [("Giulia", None, 4), ("Luca", None, 1), ("Marco", None, 4), (None, False, 1)]
    team.add(con, "marco", "sales")               # written as the manager typed it: the data's Marco is him
    team.add(con, "Giulia", "marketing", "giulia@coop.it")
    assert team.found(con) == [team.Found("Luca", 1)]
    assert team.people(con) == [team.Member("Giulia", "marketing", "giulia@coop.it", True, 6),
                                team.Member("marco", "sales", None, True, 4)]
    # Giulia's MQLs wait for someone in Sales, with the one that has no owner; Marco answers for his, under the
    # team's spelling: one person, one name, however the CRM wrote it on each lead
    assert by_owner(con) == [(None, False, 5), ("Luca", None, 1), ("marco", True, 4)]


def test_an_owner_spelled_two_ways_is_one_person_in_every_grouping_filter_and_list(con):
    from tests.helpers import many_leads

    with many_leads(con) as add:
        spellings = ["Luca Bertolini", "luca bertolini ", "Luca Bertolini", "Elena Galli", "elena galli"]
        for n, owner in enumerate(spellings):
            add(f"L{n}", "2026-11-02", "mql", [("lead", "2026-11-02"), ("mql", "2026-11-03")], owner=owner)
    team.add(con, "Luca Bertolini", "sales")
    funnel = metrics.Query(today=TODAY, by="owner", mode="period", from_stage="lead", to_stage="mql")
    # Luca is on the team: his spelling; Elena is not yet: the data's, trimmed, one row for each way she was written
    assert [(r["owner"], r["entered"]) for r in metrics.compute(con, "conversion", funnel)] == [
        ("Elena Galli", 1), ("Luca Bertolini", 3), ("elena galli", 1)]
    assert [(r["owner"], r["mqls"]) for r in metrics.compute(con, "sla", metrics.Query(today=TODAY, by="owner"))] == [
        ("Elena Galli", 1), ("Luca Bertolini", 3), ("elena galli", 1)]
    # the filters offer each person once (the data's first spelling for someone not on the team), and keep all of
    # their leads, as the list behind the number does
    assert metrics.dimension_values(con)["owner"] == ["Luca Bertolini", "Elena Galli"]
    for typed in ("Luca Bertolini", "LUCA BERTOLINI", "Elena Galli"):
        query = metrics.Query(today=TODAY, mode="period", from_stage="lead", to_stage="mql", filters={"owner": typed})
        [row] = metrics.compute(con, "conversion", query)
        assert (row["entered"], metrics.listing(con, "conversion", "entered", query).total) == (
            3 if typed.lower().startswith("luca") else 2,) * 2


def test_a_person_can_be_set_aside_without_losing_their_history(con):
    team.add(con, "Sara Colombo", "sales", "sara@coop.it")
    team.update(con, "Sara Colombo", "management", "", False)
    assert team.people(con) == [team.Member("Sara Colombo", "management", None, False, 0)]
    # inactive people are not offered as owners or attendees
    from smarketing import objectives
    assert objectives.team(con) == []
    with pytest.raises(SmarketingError) as raised:
        team.update(con, "Nessuno", "sales", None, True)
    assert raised.value.message("en") == "Nessuno is not in the team."


@pytest.mark.parametrize(("name", "function", "email", "message"), [
    ("  ", "sales", None, "Write the person's name, as it appears in the CRM's data (e.g. Sara Colombo)."),
    ("sara  COLOMBO", "sales", None,
     "Sara Colombo is already in the team: choose another name or edit the person who is there."),
    ("Luca", "vendite", None, "Unknown function \"vendite\": use marketing, sales or management."),
    ("Luca", "sales", "luca@", "\"luca@\" is not one person's e-mail address (anna@company.com)."),
    ("Luca\u200bBianchi", "sales", None, "The name holds control or invisible characters: type it again by hand."),
    ("L" * 81, "sales", None, "The name is too long: at most 80 characters."),
])
def test_a_person_is_refused_in_words(con, name, function, email, message):
    team.add(con, "Sara Colombo", "sales")
    with pytest.raises(SmarketingError) as raised:
        team.add(con, name, function, email)
    assert raised.value.message("en") == message
    assert [m.name for m in team.people(con)] == ["Sara Colombo"]


def test_a_name_is_kept_as_written_with_its_spaces_tidied(con):
    assert team.add(con, "  Anna   Maria\tRossi ", "marketing", " Anna.Rossi@Coop.IT ") == "Anna Maria Rossi"
    assert team.people(con) == [team.Member("Anna Maria Rossi", "marketing", "anna.rossi@coop.it", True, 0)]


def test_a_sales_person_with_mqls_only_in_the_comparison_is_still_in_the_team(con):
    """Review 27 (the demo's hand-off, "Questo mese"): Elena Galli, Luca Bertolini and Sara Colombo, all in Sales,
    read "(non nel team)" with 0 MQLs, and the page said it could not tell whether they were in Sales or Marketing:
    the row of someone with MQLs only in the comparison lost what the team says of them with its figures. Marco's
    one MQL came in the week of 9 November, none in the week of 16."""
    twelve(con)
    team.add(con, "marco", "sales")
    week = metrics.Query(by="owner", start=date(2026, 11, 16), end=date(2026, 11, 22), today=TODAY)
    assert [(r["owner"], r["assigned"], r["mqls"], r["mqls_compare"])
            for r in metrics.compare(con, "sla", week, "previous")] == [
        (None, False, 1, 0), ("Giulia", None, 1, 0), ("marco", True, 0, 1)]
