"""A real server started the way the README starts it, on a free loopback port and a temporary store."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager

import pytest
from playwright.sync_api import expect

from tests.conftest import ROOT

# a browser test's expectation waits for what it names (a heading, a text, a chart) and returns as soon as it shows;
# its bound is wide enough for a loaded machine: the default 5 s ran out under the shifted clock (tests/shifted_clock,
# 2-3 times slower) on a card the page drew a moment later
expect.set_options(timeout=30_000)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# the day the app counts from: a Wednesday, as in the other tests, never the machine's clock
TODAY = "2026-11-25"


# the process serving each base url start_server yields, while it runs
SERVERS: dict[str, subprocess.Popen] = {}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited with {proc.returncode}: {proc.stdout.read()}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("server never became healthy")


@contextmanager
def start_server(tmp_path, env: dict[str, str] | None = None, cwd=ROOT):
    """`python -m smarketing --db PATH run --port N` on a free port, the day fixed at TODAY unless `env` says
    otherwise, from `cwd`: yields (base url, store path); the server's output is `proc.output` once stopped."""
    port = free_port()
    path = tmp_path / "e2e.duckdb"
    environment = {k: v for k, v in os.environ.items() if k not in ("SMARKETING_DB", "SMARKETING_LANG")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "smarketing", "--db", str(path), "run", "--port", str(port)],
        cwd=cwd, env={**environment, "SMARKETING_TODAY": TODAY, **(env or {})}, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        SERVERS[url] = proc
        yield url, path
    finally:
        SERVERS.pop(url, None)
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()



@pytest.fixture(scope="module")
def reading_server(tmp_path_factory, demo_template):
    """One server on a copy of the demo for the tests of a module that only read: each comes as a new
    visitor (its own browser context, so its own session), and none changes the store."""
    folder = tmp_path_factory.mktemp("reading")
    shutil.copy(demo_template, folder / "e2e.duckdb")
    with start_server(folder) as started:
        yield started


@pytest.fixture
def server(tmp_path, demo_template):
    # the demo as the first start makes it on TODAY (tests/conftest.py builds it once a session); the tests
    # that call start_server themselves still see a real first start build it
    shutil.copy(demo_template, tmp_path / "e2e.duckdb")
    with start_server(tmp_path) as started:
        yield started
