"""A person's changes on a form laid over what a colleague saved since it was drawn (smarketing/edits.py)."""

from __future__ import annotations

from datetime import date

from smarketing import edits


def test_only_the_fields_changed_on_the_form_are_written():
    seen = {"title": "SQL di dicembre", "target": "6", "deadline": date(2026, 12, 24), "parent_id": None}
    form = {"title": "SQL di dicembre", "target": "8", "deadline": date(2026, 12, 24), "parent_id": None}
    assert edits.changed(seen, form) == {"target": "8"}


def test_additions_and_removals_go_over_the_list_stored_now():
    # the colleague added Sara since; this person took Giulia off and put Luca on
    assert edits.laid_over(["Giulia", "Marco", "Sara"], ["Giulia", "Marco"], ["Marco", "Luca"]) == [
        "Marco", "Sara", "Luca"]
    # nothing changed on the form: the stored list as it is, whatever the colleague did
    assert edits.laid_over(["Sara"], ["Giulia"], ["Giulia"]) == ["Sara"]
    assert edits.laid_over([], [], ["Luca", "Anna"]) == ["Luca", "Anna"]
