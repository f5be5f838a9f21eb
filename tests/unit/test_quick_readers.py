"""The quick readers of an import (a bare number, a column of one date shape) read a value exactly as the full
readers do, or leave it NULL for them: which path reads a value never changes what is stored, nor whether the
row goes in. Values are those a real file slips in among well-formed ones."""

from __future__ import annotations

from decimal import Decimal

import pytest

from smarketing.importing.formats import date_expr, date_fast_expr, number_expr, number_fast_expr
from tests.helpers import scratch
from tests.unit.test_crm_dates import profile_of

# a two-digit year, an offset of hours alone, a time zone's name, AM/PM, the words DuckDB's own cast takes
# (epoch, infinity), a one-digit minute, spaces around the value, a shape other than the column's
ODD_DATES = ["26", "2026-01-05 10:00:00+01", "2026-01-05 10:00:00 UTC", "2026-01-05 10:00:00 Europe/Rome",
             "2026-01-05 10:00 AM", "epoch", "infinity", "-infinity", "99999-01-01", "2026-01-05 1:2:3",
             " 2026-01-05 ", "05/01/26 10:00", "05/01/2026 1:5", "05/01/2026 10:00 PM", "05/01/2026 24:00",
             "05/01/2026T10:00", "5/1/2026 10:00", "05.01.2026 10:00", "2026-01-05T10:00:00Z", "16/02/26",
             "5/03/04", "25/3/4", "25/03/4"]
# columns of one shape, for which a quick reader applies
UNIFORM = {
    "iso": ["2026-01-05 10:00", "2026-02-06 11:30"],
    "iso_tz": ["2024-01-22T20:36:47.000+0000", "2024-02-01T08:00:00+0100"],
    "numeric": ["05/01/2026 10:00", "06/02/2026 11:30"],
    "numeric date": ["05/01/2026", "06/02/2026"],
    "numeric, two-digit years": ["05/03/04", "06/04/05"],
}


@pytest.mark.parametrize(("shape", "order"), [(shape, order) for shape in sorted(UNIFORM) for order in ("dmy", "mdy")]
                         + [("numeric, two-digit years", "ymd")])
def test_a_date_reads_the_same_whichever_reader_reads_it(shape, order):
    con = scratch()
    con.execute("create temp table import_sample (c0 varchar)")
    con.executemany("insert into import_sample values (?)", [(v,) for v in UNIFORM[shape]])
    profile = profile_of(con, "c0", "import_sample")
    fast = date_fast_expr("c0", profile, order)
    assert fast is not None
    values = UNIFORM[shape] + ODD_DATES + [v.replace("2026", "2027") for v in ODD_DATES]
    con.execute("create temp table t (c0 varchar)")
    con.executemany("insert into t values (?)", [(v,) for v in values])
    read = con.execute(f"select c0, {fast}, {date_expr('c0', profile, order)} from t").fetchall()
    assert [(v, quick, full) for v, quick, full in read if quick is not None and quick != full] == []
    # the column's own values are read quickly
    assert None not in [quick for _, quick, _ in read[:len(UNIFORM[shape])]]


AMOUNTS = ["1234.5", "1234,5", "1,234.56", "1.234,56", "+12", "-12", " 12", "12 ", "0012", "1e5", "1.5E+3",
           "1,23457E+11", "1_000", ".5", "5.", "12e-1", "1 000", "€ 1.234,56", "$1,234.56", "inf", "nan", "0x10",
           "12-", "(12)", "--1", "1.234.567", "1,234,567", "12.345", "1.005", "١٢٣", "１２"]
QUICK = {
    "it": {"1234,5": Decimal("1234.50"), "1.234,56": Decimal("1234.56"), "+12": 12, "-12": -12, "0012": 12,
           "1.234.567": 1234567, "12.345": 12345, "1.005": 1005},
    "us": {"1234.5": Decimal("1234.50"), "1,234.56": Decimal("1234.56"), "+12": 12, "-12": -12, "0012": 12,
           "1,234,567": 1234567, "12.345": Decimal("12.35"), "1.005": Decimal("1.01")},
}


@pytest.mark.parametrize("convention", ["it", "us"])
def test_an_amount_reads_the_same_whichever_reader_reads_it(convention):
    con = scratch()
    con.execute("create temp table t (v varchar)")
    con.executemany("insert into t values (?)", [(v,) for v in AMOUNTS])
    read = con.execute(f"select v, {number_fast_expr('v', convention)}, {number_expr('v', convention)} "
                       "from t").fetchall()
    assert [(v, quick, full) for v, quick, full in read if quick is not None and quick != full] == []
    assert {v: quick for v, quick, _ in read if quick is not None} == QUICK[convention]
