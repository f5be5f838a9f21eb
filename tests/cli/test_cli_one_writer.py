"""Two real processes on one database file: the second is told plainly, or waits when asked to; the file
is never left broken."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time

from tests.conftest import DEMO_LEADS, ROOT
from tests.helpers import cli_in_process, cli_process, hold, release

cli = cli_process


def tables(path) -> dict:
    done = cli_in_process("--db", str(path), "info", "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["tables"]


def test_a_held_database_gets_a_clear_message_and_exit_1(tmp_path, demo_template):
    path = tmp_path / "team.duckdb"
    shutil.copy(demo_template, path)
    before = tables(path)
    holder = hold(path)
    try:
        done = cli("--db", str(path), "--lang", "en", "info")
        assert done.returncode == 1
        assert done.stderr == (f"Error: The database {path} is already open for writing by another program (for "
                               "example the app). Close it and try again, ask to wait with --wait SECONDS, or use "
                               "another file with --db.\n")
        # told while the other process still holds the store, not once it let go
        assert "Traceback" not in done.stderr and holder.poll() is None
    finally:
        holder.kill()
        holder.wait()
    assert tables(path) == before and before["leads"] == DEMO_LEADS


def test_wait_retries_until_the_other_process_lets_go(tmp_path, empty_template, demo_template):
    path = tmp_path / "team.duckdb"
    shutil.copy(empty_template, path)
    holder = hold(path)
    waiting = subprocess.Popen([sys.executable, "-m", "smarketing", "--db", str(path), "--wait", "60", "init",
                                "--demo"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # the command says it waits, and why, while the other process holds the store; then it is let go
    assert waiting.stderr.readline() == (f"Il database {path} è aperto in scrittura da un altro programma: attendo "
                                         "che lo lasci (al massimo 60 s).\n")
    release(holder)
    out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    # the same store as a first start makes on the same day
    assert tables(path) == tables(demo_template)


def test_wait_gives_up_when_the_time_is_over(tmp_path, empty_template):
    path = tmp_path / "team.duckdb"
    shutil.copy(empty_template, path)
    holder = hold(path)
    try:
        started = time.monotonic()
        done = cli("--db", str(path), "--wait", "2", "info")
        assert done.returncode == 1 and "--wait" in done.stderr
        # it waited the two seconds asked, and gave up while the other process still held the store
        assert time.monotonic() - started >= 2 and holder.poll() is None
    finally:
        holder.kill()
        holder.wait()


def test_a_wait_that_is_not_a_number_of_seconds_is_refused(tmp_path):
    for value in ("nan", "inf", "-1", "dieci"):
        done = cli_in_process("--db", str(tmp_path / "x.duckdb"), "--lang", "en", "--wait", value, "info")
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert done.stderr.endswith(f'argument --wait: "{value}" is not a number of seconds between 0 and 86400 '
                                    "(one day).\n")
    assert not (tmp_path / "x.duckdb").exists()
