"""Dates as CRMs write them (issue 13): month names in English and Italian, with commas, weekdays and times.

Zoho writes "15 Apr, 2021 00:02:00", HubSpot, Google Ads and Meta "Apr 15, 2021, 3:04:05 PM", Italians
"giovedì 15 aprile 2021". Each value is read in DuckDB the way the importer reads a column: a profile of
the column (formats.date_profile's query zipped with DATE_PROFILE_KEYS, as project._profile builds it), then the
fast parser where it applies and the full one (formats.date_expr) for the rest."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest

from smarketing.importing import ImportOptions, run_import
from smarketing.importing.formats import (
    DATE_PROFILE_KEYS,
    date_expr,
    date_fast_expr,
    date_profile,
    decide_order,
    profile_sql,
)
from tests.helpers import scratch


def profile_of(con, column: str, table: str) -> dict:
    """The column's profile, as project._profile builds it from the sample."""
    values = con.execute(profile_sql(table, [date_profile(column)])).fetchone()
    return dict(zip(DATE_PROFILE_KEYS, values))


def read(values: list[str], order: str) -> tuple[list[datetime | None], dict]:
    """Each raw value read as the importer reads a date column: the fast parser if the profile allows one,
    then the full parser for whatever it left NULL."""
    con = scratch()
    try:
        con.execute("create temp table import_sample (n integer, c0 varchar)")
        con.executemany("insert into import_sample values (?, ?)", list(enumerate(values)))
        profile = profile_of(con, "c0", "import_sample")
        full = date_expr("c0", profile, order)
        fast = date_fast_expr("c0", profile, order)
        rows = con.execute(f"select coalesce({fast or 'null::timestamp'}, {full}) from import_sample "
                           "order by n").fetchall()
        return [r[0] for r in rows], profile
    finally:
        con.close()


def ts(text: str) -> datetime:
    return datetime.fromisoformat(text)


# value -> the timestamp it stands for, whatever the order settled for the file's numeric dates
MONTH_NAMES = {
    # Zoho CRM
    "15 Apr, 2021 00:02:00": ts("2021-04-15 00:02:00"),
    "15 Apr, 2021 12:02 PM": ts("2021-04-15 12:02"),
    "15 Apr 2021 00:02": ts("2021-04-15 00:02"),
    "15 Apr, 2021 11:59 pm": ts("2021-04-15 23:59"),
    "15 Apr, 2021 12:05 AM": ts("2021-04-15 00:05"),
    # month first: HubSpot, Google Ads, Meta
    "Apr 15, 2021": ts("2021-04-15"),
    "April 15, 2021": ts("2021-04-15"),
    "Apr 15, 2021 3:04 PM": ts("2021-04-15 15:04"),
    "Apr 15, 2021, 3:04:05 PM": ts("2021-04-15 15:04:05"),
    "Apr 15, 2021 1:00 PM": ts("2021-04-15 13:00"),
    "Apr 15, 2021 12:00 PM": ts("2021-04-15 12:00"),
    "Apr 15, 2021 12:30 AM": ts("2021-04-15 00:30"),
    "Apr 15, 2021 3:04 p.m.": ts("2021-04-15 15:04"),
    "April 15, 2021 at 3:04 PM": ts("2021-04-15 15:04"),
    "Thu, Apr 15, 2021": ts("2021-04-15"),
    "Thursday, April 15, 2021": ts("2021-04-15"),
    "gio, Apr 15, 2021": ts("2021-04-15"),
    "giovedì, Apr 15, 2021": ts("2021-04-15"),
    "April 1st, 2021": ts("2021-04-01"),
    "Sept. 15, 2021": ts("2021-09-15"),
    "Feb 3, 22": ts("2022-02-03"),
    # Italian
    "15 aprile 2021": ts("2021-04-15"),
    "15 aprile 2021 10:30": ts("2021-04-15 10:30"),
    "15 apr. 2021, 10:30": ts("2021-04-15 10:30"),
    "giovedì 15 aprile 2021": ts("2021-04-15"),
    "giovedi 15 aprile 2021": ts("2021-04-15"),
    "gio 15 apr 2021": ts("2021-04-15"),
    "gio. 15 apr. 2021": ts("2021-04-15"),
    "1° aprile 2021": ts("2021-04-01"),
    "15/apr/2021": ts("2021-04-15"),
    "15 sett. 2021": ts("2021-09-15"),
    "3 genn. 2022": ts("2022-01-03"),
    "15 aprile 2021 alle 10.30": ts("2021-04-15 10:30"),
    "29 febbraio 2024": ts("2024-02-29"),
    # English, day first
    "15 April 2021 10:30:00": ts("2021-04-15 10:30:00"),
    "15-Apr-2021 10:30": ts("2021-04-15 10:30"),
    "15th April 2021": ts("2021-04-15"),
    # any case
    "15 APRILE 2021": ts("2021-04-15"),
    "APR 15, 2021": ts("2021-04-15"),
    "GIOVEDÌ 15 APRILE 2021": ts("2021-04-15"),
    # the shapes read before, unchanged
    "15 apr 2021": ts("2021-04-15"),
    "15-Apr-21": ts("2021-04-15"),
    "3 marzo 2025": ts("2025-03-03"),
    "3-mar-2025": ts("2025-03-03"),
    "1 dic 2024": ts("2024-12-01"),
    "7 settembre 24": ts("2024-09-07"),
    # two-digit years as _two_digit_year reads them: 00-68 are 20xx, 69-99 are 19xx
    "1 dicembre 99": ts("1999-12-01"),
    "1 gen 68": ts("2068-01-01"),
    "1 gen 69": ts("1969-01-01"),
}

# No date: the importer rejects such a row with bad_date. First a date's shape with no such day or time,
IMPOSSIBLE = [
    "31 Apr 2021",                # no 31st of April
    "Apr 31, 2021",
    "30 febbraio 2025",
    "29 Feb 2021",                # 2021 is no leap year
    "15 Apr, 2021 13:00 PM",      # no such 12-hour time
    "Apr 15, 2021 0:30 PM",
    "15 Apr 2021 24:00",
    "15 Apr 2021 10:60",
    "15 Apr 2021 23:59:60",
]
# then month words whose first three letters name no month,
UNKNOWN_MONTHS = [
    "3 brumaio 2025",
    "15 Foo 2021",
    "Foo 15, 2021",
]
# and values with no date's shape: an unknown weekday, a part missing.
NO_SHAPE = [
    "Foo, Apr 15, 2021",
    "Apr 2021",
    "15 Apr",
    "Apr 15 21:30",               # a time, no year
    "15 Apr 202",
    "15 Apr 2021 10",
]
NOT_DATES = IMPOSSIBLE + UNKNOWN_MONTHS + NO_SHAPE


@pytest.mark.parametrize("order", ["dmy", "mdy"])
@pytest.mark.parametrize("value", list(MONTH_NAMES))
def test_a_month_name_date_alone_in_its_column(value: str, order: str):
    parsed, profile = read([value], order)
    assert parsed == [MONTH_NAMES[value]]
    # the profile knows the column for a column of month names
    assert (profile["values"], profile["month_name"], profile["numeric"]) == (1, 1, 0)


@pytest.mark.parametrize("order", ["dmy", "mdy"])
@pytest.mark.parametrize("value", NOT_DATES)
def test_no_date_is_null(value: str, order: str):
    parsed, _ = read([value], order)
    assert parsed == [None]


@pytest.mark.parametrize("order", ["dmy", "mdy"])
def test_a_column_of_every_month_name_shape(order: str):
    values = list(MONTH_NAMES)
    parsed, profile = read(values + NOT_DATES, order)
    assert parsed == list(MONTH_NAMES.values()) + [None] * len(NOT_DATES)
    # every month-name value counted, and nothing read as an all-numeric date that could sway the order
    assert profile["values"] == len(values) + len(NOT_DATES)
    assert profile["numeric"] == 0
    assert profile["month_name"] == len(values) + len(IMPOSSIBLE) + len(UNKNOWN_MONTHS)


def test_a_column_of_month_names_leaves_the_order_to_the_numeric_dates():
    """A Zoho column proves nothing about day or month first: decide_order neither counts it nor assumes
    an order for it (no note, so project._recheck_order never runs for it)."""
    _, profile = read(["15 Apr, 2021 00:02:00", "Apr 15, 2021", "giovedì 15 aprile 2021"], "dmy")
    notes: list = []
    assert decide_order({"created_at": profile}, None, notes) == "dmy"
    assert notes == []
    _, numeric = read(["05/30/2021"], "dmy")
    notes = []
    assert decide_order({"created_at": profile, "closed_at": numeric}, None, notes) == "mdy"
    assert [(n.key, n.params) for n in notes] == [("import.note_date_order", {"order": "mdy", "count": 1})]


@pytest.mark.parametrize(("order", "numeric"), [("dmy", ts("2021-04-03")), ("mdy", ts("2021-03-04"))])
def test_mixed_column_reads_numeric_dates_by_the_order_and_month_names_by_their_name(order, numeric):
    parsed, _ = read(["03/04/2021", "Apr 15, 2021", "15 Apr, 2021 00:02:00", "2021-04-15 10:00"], order)
    assert parsed == [numeric, ts("2021-04-15"), ts("2021-04-15 00:02"), ts("2021-04-15 10:00")]


def test_the_fast_parser_leaves_month_names_to_the_full_one():
    con = scratch()
    con.execute("create temp table s as select * from (values ('15 Apr, 2021 00:02:00'), ('16 Apr, 2021 01:00:00')) "
                "as t(c0)")
    profile = profile_of(con, "c0", "s")
    assert profile["month_name"] == profile["values"] == 2
    assert date_fast_expr("c0", profile, "dmy") is None
    con.close()


# --- a Zoho CRM export, imported --------------------------------------------------------------------------

ZOHO_HEADER = ["Record Id", "Deal Name", "Deal Owner", "Amount", "Stage", "Closing Date", "Account Name",
               "Lead Source", "Created Time", "Modified Time"]
# Zoho's own column names: mapped explicitly, so that the test holds whichever synonyms the catalog knows
ZOHO_MAPS = {"created_at": "Created Time", "closed_at": "Closing Date"}


def write_csv(path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def imported(con, path, **options):
    result = run_import(con, path, ImportOptions(kind="leads", maps=ZOHO_MAPS,
                                                 stage_map={"Closed Lost to Competition": "lost"}, **options))
    bad = [r for r in result.rejects if r["code"] in ("bad_date", "date_out_of_range")]
    assert bad == []
    assert result.rejected == 0
    leads = {r[0]: r[1:] for r in con.execute("select external_id, created_at, closed_at from leads").fetchall()}
    return result, leads


def test_a_zoho_deals_export_imports_every_date(con, tmp_path):
    """Created Time as Zoho writes it, Closing Date as an ISO date. The store keeps a closing date for
    closed deals only (won or lost): an open deal's is its expected close, read but not stored."""
    path = tmp_path / "Deals_2021_05_31.csv"
    write_csv(path, ZOHO_HEADER, [
        ["zcrm_4876876000000101001", "Rinnovo Alfa", "Marco Rossi", "1200", "Qualification", "2021-05-30",
         "Alfa Srl", "Web Download", "15 Apr, 2021 00:02:00", "16 Apr, 2021 09:15:00"],
        ["zcrm_4876876000000101002", "Beta CRM", "Marco Rossi", "5000", "Closed Lost", "2021-06-15",
         "Beta SpA", "Partner", "1 Mar, 2021 12:02:00", "2 Mar, 2021 18:45:30"],
        ["zcrm_4876876000000101003", "Gamma upgrade", "Anna Bianchi", "800", "Closed Won", "2021-04-20",
         "Gamma Srl", "Advertisement", "31 Dec, 2020 23:59:59", "20 Apr, 2021 10:00:00"],
        ["zcrm_4876876000000101004", "Delta", "Anna Bianchi", "300", "Closed Lost to Competition", "2021-02-01",
         "Delta Snc", "Cold Call", "5 Jan, 2021 07:30:00", "6 Jan, 2021 08:00:00"],
        ["zcrm_4876876000000101005", "Epsilon", "Anna Bianchi", "900", "Needs Analysis", "",
         "Epsilon Srl", "Web Download", "15 Apr, 2021 12:02 PM", "15 Apr, 2021 12:02 PM"],
    ])
    result, leads = imported(con, path)
    assert (result.rows_read, result.inserted) == (5, 5)
    assert leads == {
        "zcrm_4876876000000101001": (ts("2021-04-15 00:02:00"), None),
        "zcrm_4876876000000101002": (ts("2021-03-01 12:02:00"), ts("2021-06-15")),
        "zcrm_4876876000000101003": (ts("2020-12-31 23:59:59"), ts("2021-04-20")),
        "zcrm_4876876000000101004": (ts("2021-01-05 07:30:00"), ts("2021-02-01")),
        "zcrm_4876876000000101005": (ts("2021-04-15 12:02"), None),
    }
    stages = dict(con.execute("select external_id, current_stage from leads").fetchall())
    assert stages == {"zcrm_4876876000000101001": "sql", "zcrm_4876876000000101002": "lost",
                      "zcrm_4876876000000101003": "customer", "zcrm_4876876000000101004": "lost",
                      "zcrm_4876876000000101005": "opportunity"}


def test_a_zoho_export_in_the_us_format(con, tmp_path):
    """A Zoho user with US settings gets "Apr 15, 2021 12:02 PM" and "May 30, 2021"."""
    path = tmp_path / "Deals_us.csv"
    write_csv(path, ZOHO_HEADER, [
        ["4876876000000101001", "Alfa", "Marco Rossi", "1200", "Closed Won", "May 30, 2021", "Alfa Srl",
         "Web Download", "Apr 15, 2021 12:02 PM", "Apr 16, 2021 09:15 AM"],
        ["4876876000000101002", "Beta", "Marco Rossi", "5000", "Closed Lost", "Jun 1, 2021", "Beta SpA",
         "Partner", "Mar 1, 2021 12:02 AM", "Mar 2, 2021 06:45 PM"],
    ])
    result, leads = imported(con, path)
    assert result.inserted == 2
    assert leads == {
        "4876876000000101001": (ts("2021-04-15 12:02"), ts("2021-05-30")),
        "4876876000000101002": (ts("2021-03-01 00:02"), ts("2021-06-01")),
    }
