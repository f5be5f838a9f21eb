"""How fresh the data is (freshness.py, worded by freshnesswords.py): said on every page, and a warning once it is
over a week old."""

from __future__ import annotations

from datetime import date

import pytest

from smarketing import batches, freshness, freshnesswords
from tests.conftest import TODAY
from tests.helpers import many_leads


def test_an_empty_store_says_nothing(con):
    fresh = freshness.freshness(con, TODAY)
    assert (freshnesswords.words(fresh, "it"), freshnesswords.warning(fresh, "it")) == (None, None)


def test_the_newest_day_and_the_last_import_are_said(con):
    with many_leads(con) as add:
        add("L1", "2026-11-18 10:00", "mql", [("lead", "2026-11-18 10:00"), ("mql", "2026-11-24 09:00")])
        # a date in the future is a typo in the CRM, not news
        add("L2", "2027-11-18 10:00", "lead", [("lead", "2027-11-18 10:00")])
    batch = batches.open_batch(con, "leads", file_name="hubspot.csv", created_by="anna")
    batches.finish_batch(con, batch, "committed")
    con.execute("update import_batches set started_at = '2026-11-24 18:00'")
    fresh = freshness.freshness(con, TODAY)
    assert (fresh.newest, fresh.stale) == (date(2026, 11, 24), False)
    assert freshnesswords.words(fresh, "it") == "Dati aggiornati al 24/11/2026, ultimo import 1 giorno fa"
    assert freshnesswords.words(fresh, "en") == "Data as of 24 Nov 2026, last import 1 day ago"
    assert freshnesswords.warning(fresh, "it") is None
    con.execute("update import_batches set started_at = '2026-11-25 08:00'")
    assert freshnesswords.words(freshness.freshness(con, TODAY), "en") == "Data as of 24 Nov 2026, last import today"


@pytest.mark.parametrize(("imported", "it", "en"), [
    # days until two weeks: CLDR's own rounding would say "1 settimana fa" for 6 and 9 days
    ("2026-11-19 18:00", "6 giorni fa", "6 days ago"),
    ("2026-11-16 18:00", "9 giorni fa", "9 days ago"),
    ("2026-11-12 18:00", "13 giorni fa", "13 days ago"),
    ("2026-11-11 18:00", "2 settimane fa", "2 weeks ago"),
    # and weeks until two months (CLDR: "2 mesi fa" for 45 days)
    ("2026-10-11 18:00", "6 settimane fa", "6 weeks ago"),
    ("2026-09-26 18:00", "2 mesi fa", "2 months ago"),
])
def test_the_last_import_is_said_in_whole_days_until_two_weeks(con, imported, it, en):
    with many_leads(con) as add:
        add("L1", "2026-11-24 10:00", "lead", [("lead", "2026-11-24 10:00")])
    batches.finish_batch(con, batches.open_batch(con, "leads", file_name="hubspot.csv"), "committed")
    con.execute("update import_batches set started_at = ?", [imported])
    fresh = freshness.freshness(con, TODAY)
    assert freshnesswords.words(fresh, "it") == f"Dati aggiornati al 24/11/2026, ultimo import {it}"
    assert freshnesswords.words(fresh, "en") == f"Data as of 24 Nov 2026, last import {en}"


def test_data_older_than_a_week_is_a_warning(con):
    with many_leads(con) as add:
        add("L1", "2026-11-10 10:00", "lead", [("lead", "2026-11-10 10:00")])
    fresh = freshness.freshness(con, TODAY)
    assert freshnesswords.words(fresh, "it") == "Dati aggiornati al 10/11/2026"
    assert freshnesswords.warning(fresh, "it") == (
        "I dati più recenti sono del 10/11/2026, 15 giorni fa: una settimana senza dati sembra una settimana "
        "senza contatti. Importa gli export più recenti prima di leggere i numeri.")
    # seven days is still this side of a week
    assert not freshness.freshness(con, date(2026, 11, 17)).stale


def test_years_of_silence_are_counted_with_the_languages_separators(con):
    """Review 26: a historical export (Maven CRM, last deal 31/12/2017) read '3260 giorni fa'."""
    with many_leads(con) as add:
        add("L1", "2017-12-31 10:00", "lead", [("lead", "2017-12-31 10:00")])
    fresh = freshness.freshness(con, date(2026, 12, 4))
    assert freshnesswords.warning(fresh, "it").startswith("I dati più recenti sono del 31/12/2017, 3.260 giorni fa:")
    assert "31 Dec 2017, 3,260 days ago:" in freshnesswords.warning(fresh, "en")
