"""Presets for the exports people have (issue 15): each tested on a file with that product's own header and
value formats (tests/data/import/, written by make_corpus.py), against plain Python over the same file."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from decimal import Decimal

import pytest

from smarketing import metrics
from tests.imports.test_import_trust import load, rows_of

PIPEDRIVE = "pipedrive_deals_closed_on.csv"
BITRIX = "bitrix24_deals.csv"


@pytest.mark.parametrize("preset", [None, "pipedrive-deals"])
def test_a_newer_pipedrive_export_keeps_the_organization_and_the_close_date(con, preset):
    result = load(con, PIPEDRIVE, preset=preset)
    rows = rows_of(PIPEDRIVE)
    assert (result.rows_read, result.inserted, result.rejected) == (24, 24, 0)
    used = {m["field"]: (m["column"], m["origin"]) for m in result.mapping}
    origin = "preset" if preset else "synonym"
    assert (used["company"], used["closed_at"]) == (("Deal - Organization", origin), ("Deal - Deal closed on", origin))
    closed = {r["Deal - ID"]: r["Deal - Deal closed on"] for r in rows if r["Deal - Status"] != "open"}
    stored = dict(con.execute("select external_id, strftime(closed_at, '%Y-%m-%d %H:%M:%S') from leads "
                              "where closed_at is not null").fetchall())
    assert stored == closed and len(closed) == 15
    assert con.execute("select count(distinct company) from leads").fetchone()[0] == len(
        {r["Deal - Organization"] for r in rows})
    # a windowed win rate counts the deals closed in it: every won and lost deal of the file closed in Q2 2025
    statuses = Counter(r["Deal - Status"] for r in rows)
    rate = metrics.compute(con, "win-rate", metrics.Query(start=date(2025, 4, 1), end=date(2025, 6, 30),
                                                          today=date(2025, 7, 1)))[0]
    assert (rate["won"], rate["lost"]) == (statuses["won"], statuses["lost"]) == (9, 6)
    assert rate["won_value"] == sum(int(r["Deal - Value"]) for r in rows if r["Deal - Status"] == "won")


def test_bitrix24_deals_with_their_stage_ids_and_dates(con):
    result = load(con, BITRIX, preset="bitrix24-deals")
    rows = rows_of(BITRIX)
    assert (result.rows_read, result.inserted, result.rejected, result.unknown_stages) == (20, 20, 0, [])
    # WON and the second pipeline's C2:WON are customers, LOSE and APOLOGY lost, the rest open deals
    expected = Counter({"WON": "customer", "C2:WON": "customer", "LOSE": "lost", "APOLOGY": "lost"}.get(
        r["STAGE_ID"], "open") for r in rows)
    stored = Counter({"customer": "customer", "lost": "lost"}.get(s, "open") for (s,) in con.execute(
        "select current_stage from leads").fetchall())
    assert stored == expected == Counter({"open": 12, "customer": 4, "lost": 4})
    # OPPORTUNITY is the amount, never the name; the portal's local time is kept
    assert con.execute("select name, deal_value, created_at from leads where external_id = '101'").fetchone() == (
        "Ordine 1", Decimal("1000.00"), datetime(2025, 3, 2, 9, 15))
    assert con.execute("select sum(deal_value) from leads").fetchone()[0] == sum(
        float(r["OPPORTUNITY"]) for r in rows)
    # the close date of open deals is the one planned, so only won and lost deals keep it
    assert con.execute("select count(closed_at) from leads").fetchone()[0] == 8
