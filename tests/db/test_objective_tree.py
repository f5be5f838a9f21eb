"""Objectives as a tree: each child right under its parent on the board and in the weekly report, marked,
and the parent with what the children measuring the same count or sum add up to, over the twelve leads of
tests/helpers.py (today 25 November 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from smarketing import objective_views, objectives, objectivewords, report
from smarketing.errors import SmarketingError
from tests.helpers import twelve

TODAY = date(2026, 11, 25)
START = date(2026, 11, 1)
BOTH = [("Giulia", "marketing"), ("Marco", "sales")]


def board(con, lang: str) -> list[dict]:
    return [objectivewords.worded(r, lang) for r in objective_views.board(con, TODAY)]


@pytest.fixture
def tree(con):
    twelve(con)

    def add(text, title, parent=None):
        return objectives.add(con, text, BOTH, START, "it", "anna", title=title, parent_id=parent)

    # customers since 1 November: L12 (5 Nov, Referral), L5 (17 Nov, Fiere), L1 (20 Nov, Webinar)
    parent = add("Acquisire 6 nuovi clienti entro il 24/12/2026", "Clienti di fine anno")
    add("Generare 8 SQL entro il 24/12/2026", "SQL per arrivarci", parent)        # another measure
    add("Acquisire 3 nuovi clienti dai webinar entro il 24/12/2026", "Clienti dai webinar", parent)
    add("Acquisire 2 nuovi clienti dalle fiere entro il 24/12/2026", "Clienti dalle fiere", parent)
    add("Portare la conversione MQL-SQL al 60% entro il 24/12/2026", "Conversione")
    return con


def test_children_sit_under_their_parent_which_adds_them_up(tree):
    rows = board(tree, "it")
    assert [(r.title, r.actual, r.target, r.rollup) for r in rows] == [
        # the parent counts every customer (3); its two customer children, 1 from webinars and 1 from fairs,
        # cover 2 of the 6: the SQL child measures something else and adds nothing
        ("Clienti di fine anno", "3", "6", "2 di 6 (33%) da 2 sotto-obiettivi"),
        ("↳ SQL per arrivarci", "3", "8", ""),
        ("↳ Clienti dai webinar", "1", "3", ""),
        ("↳ Clienti dalle fiere", "1", "2", ""),
        # cohort: of the six MQLs since 1 November (L1, L2, L3, L4, L8, L6), L1, L2 and L4 reached SQL
        ("Conversione", "50,0%", "60,0%", ""),
    ]
    assert objective_views.board_columns(objective_views.board(tree, TODAY), report.BOARD_COLUMNS) == (
        "status", "title", "progress_text", "expected", "actual", "target", "forecast", "rollup", "deadline",
        "owners")


def test_rates_do_not_add_up(tree):
    parent = next(r for r in objectives.all_objectives(tree) if r["title"] == "Conversione")
    objectives.add(tree, "Portare la conversione MQL-SQL al 70% dai webinar entro il 24/12/2026", BOTH, START, "en",
                   "anna", title="Conversione webinar", parent_id=parent["objective_id"])
    rows = {r.title: r for r in board(tree, "en")}
    assert (rows["Conversione"].rollup, rows["↳ Conversione webinar"].rollup) == ("", "")


def test_the_report_shows_the_tree_and_the_roll_up(tree):
    built = report.build(tree, date(2026, 11, 23), TODAY, "en")
    lines = report.markdown(built).splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("| Status |"))
    table = [line for line in lines[first:] if line.startswith("| ")][:6]   # the header and five objectives
    assert table[0] == ("| Status | Objective | Progress | Expected | Actual | Target | Forecast | From sub-objectives "
                        "| Deadline | Owners |")
    assert [line.split(" | ")[1] for line in table[1:]] == [
        "Clienti di fine anno", "↳ SQL per arrivarci", "↳ Clienti dai webinar",
        "↳ Clienti dalle fiere", "Conversione"]
    assert table[1].split(" | ")[7] == "2 of 6 (33%) from 2 sub-objectives"


def test_a_parent_set_by_hand_later_and_a_loop_refused(tree):
    ids = {r["title"]: r["objective_id"] for r in objectives.all_objectives(tree)}
    # the conversion objective goes under the customers one: it is listed there, and logged
    assert objectives.update(tree, ids["Conversione"], {"parent_id": ids["Clienti di fine anno"]}, "anna") == [
        "parent_id"]
    titles = [r.title for r in board(tree, "it")]
    assert titles.index("↳ Conversione") == 4 and titles[0] == "Clienti di fine anno"
    for objective, parent in (("Clienti di fine anno", "Clienti di fine anno"),
                              ("Clienti di fine anno", "Clienti dai webinar")):
        with pytest.raises(SmarketingError) as refused:
            objectives.update(tree, ids[objective], {"parent_id": ids[parent]}, "anna")
        assert refused.value.key == "error.objective_parent_loop"
    with pytest.raises(SmarketingError) as refused:
        objectives.update(tree, ids["Conversione"], {"parent_id": 99}, "anna")
    assert refused.value.message("en") == "Objective 99 does not exist."
