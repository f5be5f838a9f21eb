"""Building tiny hand-checkable stores in tests, without going through the importer."""

from __future__ import annotations

import argparse
import functools
import io
import subprocess
import sys
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from datetime import datetime

import duckdb

from smarketing import db, journeys
from tests.conftest import ROOT


@functools.cache
def _memory() -> duckdb.DuckDBPyConnection:
    return duckdb.connect()


def scratch() -> duckdb.DuckDBPyConnection:
    """A connection of its own (its tables temp tables, gone when it closes) to one in-memory DuckDB per test
    process, for a test that only computes: a new database costs ~20 ms to open and ~4 ms to close, a cursor of one
    a fraction of a millisecond, and a few hundred such tests open one each."""
    return _memory().cursor()


def add_lead(con, external_id: str, created_at: str | None, current_stage: str,
             events: list[tuple[str, str | None]] = (), refresh: bool = True, **fields) -> int:
    """Insert one lead and its stage entries; returns its lead_id. Without `refresh`, the caller puts the
    journeys in step once it has added all its leads."""
    lead_id = con.execute("select coalesce(max(lead_id), 0) + 1 from leads").fetchone()[0]
    columns = ["lead_id", "external_id", "created_at", "current_stage", *fields]
    values = [lead_id, external_id, _ts(created_at), current_stage, *fields.values()]
    marks = ", ".join("?" for _ in columns)
    con.execute(f"insert into leads ({', '.join(columns)}) values ({marks})", values)
    for stage, entered_at in events:
        con.execute("insert into stage_events (lead_id, stage, entered_at) values (?, ?, ?)",
                    [lead_id, stage, _ts(entered_at)])
    if refresh:
        journeys.refresh(con)
    return lead_id


@contextmanager
def many_leads(con):
    """Leads added in one transaction, their journeys refreshed once at the end, as an import does: a store
    of a dozen leads in a few hundredths of a second rather than a third of a second."""
    with db.transaction(con):
        yield functools.partial(add_lead, con, refresh=False)
        journeys.refresh(con)


def _ts(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def small_funnel(con) -> None:
    """Nine leads whose every count can be checked by eye (see tests/db/test_overview_metrics.py)."""
    with many_leads(con) as add:
        add("L1", "2026-11-23 10:00", "lead", [("lead", "2026-11-23 10:00")])
        add("L2", "2026-11-24 11:00", "mql", [("lead", "2026-11-24 11:00"), ("mql", "2026-11-25 09:00")])
        add("L3", "2026-11-17 09:00", "sql",
            [("lead", "2026-11-17 09:00"), ("mql", "2026-11-18 09:00"), ("sql", "2026-11-24 15:00")])
        add("L4", "2026-11-18 14:00", "customer",
            [("lead", "2026-11-18 14:00"), ("mql", "2026-11-19 10:00"), ("sql", "2026-11-19 16:00"),
             ("opportunity", "2026-11-20 10:00"), ("customer", "2026-11-24 12:00")])
        # skipped stages: a customer whose middle steps carry no dates still reached them
        add("L5", "2026-11-19 08:30", "customer",
            [("lead", "2026-11-19 08:30"), ("customer", "2026-11-23 17:00")])
        add("L6", "2026-11-12 12:00", "lost",
            [("lead", "2026-11-12 12:00"), ("mql", "2026-11-13 12:00"), ("lost", "2026-11-20 12:00")])
        # known stage, no history at all
        add("L7", "2026-11-25 09:00", "sql")
        add("L8", "2026-11-03 09:00", "lost")
        add("L9", "2026-11-10 09:00", "opportunity",
            [("lead", "2026-11-10 09:00"), ("mql", "2026-11-11 09:00"), ("sql", "2026-11-16 09:00"),
             ("opportunity", "2026-11-17 09:00")])


def twelve(con) -> None:
    """Twelve leads and four spend rows whose every metric can be counted by eye (see
    tests/db/test_metrics.py). Today is 2026-11-25; every date is a midnight, so days are whole."""
    day = "2026-11-{:02d}".format
    rows = [
        ("L1", "Webinar", "Giulia", day(2), "customer", 10000, "EUR",
         [("lead", day(2)), ("mql", day(4)), ("sql", day(6)), ("opportunity", day(10)), ("customer", day(20))]),
        ("L2", "Webinar", "Giulia", day(3), "sql", None, None, [("lead", day(3)), ("mql", day(5)), ("sql", day(9))]),
        ("L3", "Webinar", "Giulia", day(3), "mql", None, None, [("lead", day(3)), ("mql", day(6))]),
        ("L4", "Fiere", "Marco", day(10), "lost", 5000, "EUR",
         [("lead", day(10)), ("mql", day(11)), ("sql", day(12)), ("opportunity", day(13)), ("lost", day(24))]),
        # skipped stages: won with no dated step in between
        ("L5", "Fiere", "Marco", day(10), "customer", 20000, "EUR", [("lead", day(10)), ("customer", day(17))]),
        ("L6", "Fiere", None, day(11), "mql", None, None, [("lead", day(11)), ("mql", day(20))]),
        ("L7", "Google Ads", "Giulia", day(16), "lost", None, None, [("lead", day(16)), ("lost", day(18))]),
        ("L8", "Google Ads", "Giulia", day(17), "lost", None, None,
         [("lead", day(17)), ("mql", day(18)), ("lost", day(23))]),
        ("L9", "Google Ads", "Giulia", day(24), "lead", None, None, [("lead", day(24))]),
        # a stage known from the export, no history at all; no source filled in
        ("L10", None, "Marco", day(5), "sql", None, None, []),
        # a literal "unknown" source, and an MQL entry without a date
        ("L11", "unknown", "Marco", day(12), "mql", None, None, [("lead", day(12)), ("mql", None)]),
        ("L12", "Referral", "Luca", "2026-10-20", "customer", 8000, "USD",
         [("lead", "2026-10-20"), ("mql", "2026-10-21"), ("sql", "2026-10-22"), ("opportunity", "2026-10-30"),
          ("customer", day(5))]),
    ]
    with many_leads(con) as add:
        for external_id, source, owner, created, stage, value, currency, events in rows:
            closed = next((at for s, at in events if s in ("customer", "lost")), None)
            add(external_id, created, stage, events, source=source, owner=owner, deal_value=value,
                currency=currency, closed_at=_ts(closed) if closed else None,
                campaign=f"{source} autunno" if source else None,
                segment="Enterprise" if external_id in ("L6", "L7", "L8", "L9") else "PMI")
    for spend_date, channel, amount in [(day(2), "Webinar", 1000), (day(9), "Fiere", 3000),
                                        (day(16), "Google Ads", 500), (day(23), "Google Ads", 500)]:
        con.execute("insert into spend (spend_date, channel, campaign, amount, currency) values (?, ?, ?, ?, 'EUR')",
                    [spend_date, channel, f"{channel} autunno", amount])


def realfile(folder: str, name: str):
    """A file of ../shared/realdata, read in place; the test is skipped, saying why, when the folder is absent. With
    the folder there, a file missing from it fails the test: a name mistyped, or an export renamed, is never a quiet
    skip."""
    import pytest

    from tests.conftest import REALDATA

    path = REALDATA / folder / name
    if not REALDATA.is_dir():
        pytest.skip(f"../shared/realdata is absent: {REALDATA} not found (real exports are never committed here)")
    assert path.is_file(), f"{folder}/{name} is not under {REALDATA}"
    return path


# the holder reads its stdin: a line from release(), or the end of the pipe when the test's process ends, whatever
# becomes of the test (it never lets go on a timer, which a slow machine could outlast)
_HOLD = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
sys.stdin.readline()
con.close()
"""


def hold(path) -> subprocess.Popen:
    """Another process that opens the store for writing, as the app does, and keeps it until release() tells it
    to let go (or it is killed)."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


def release(holder: subprocess.Popen) -> None:
    """The holder lets go of the store now, and has let go when this returns."""
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait()


def cli_process(*args: str, env: dict | None = None, timeout: float = 120, **options) -> subprocess.CompletedProcess:
    """`python -m smarketing ARGS` in a process of its own, from the repository, its output as text: for what
    needs a real process (a second writer, a kill, another environment, a limit set before it starts).
    `options` go to subprocess.run (input, preexec_fn)."""
    return subprocess.run([sys.executable, "-m", "smarketing", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout, **options)


def cli_in_process(*args: str) -> subprocess.CompletedProcess:
    """`python -m smarketing ARGS` run in the test's own process (cli.main), answered as a finished process:
    for the tests where the process boundary is not the point. A second writer, a kill or the start-up time
    need a real process."""
    from smarketing import cli

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.main(list(args))
        except SystemExit as exc:   # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    return subprocess.CompletedProcess(["smarketing", *args], code, out.getvalue(), err.getvalue())


def command_parsers(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
                    ) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command of the CLI, nested ones too ("objectives check"), with its own parser; () is the program."""
    found = [(prefix, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += command_parsers(sub, (*prefix, name))
    return found


def closed_deals(con, first: str, last: str) -> tuple[int, float, int]:
    """Deals won (and their value) and lost from `first` to `last` (ISO days, both included), counted from the
    leads and their stage history alone: a lost lead is a lost deal once it reached the opportunity stage."""
    won, value, lost = con.execute("""
        select count(*) filter (where current_stage = 'customer'),
               sum(deal_value) filter (where current_stage = 'customer'),
               count(*) filter (where current_stage = 'lost'
                                  and lead_id in (select lead_id from stage_events where stage = 'opportunity'))
        from leads where closed_at >= ?::date and closed_at < ?::date + 1""", [first, last]).fetchone()
    return won, float(value or 0), lost
