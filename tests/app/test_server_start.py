"""What the server process starts before any visit (smarketing.ui.server.serve), with Streamlit's own run
replaced: the thread that opens the store is started only when there is an inbox to watch. The running server
is tested in tests/e2e/test_server.py; here nothing depends on how long a look at the store waits."""

from __future__ import annotations

import types

import pytest
from streamlit.web import cli as streamlit_cli

from smarketing.ui import server


@pytest.fixture
def started(monkeypatch, tmp_path):
    """The threads serve() would start, by name and target; none runs."""
    threads: list[tuple[str, object]] = []

    class Recorded:
        def __init__(self, target, args=(), name=None, daemon=None):
            self.entry = (name, target)

        def start(self):
            threads.append(self.entry)

    monkeypatch.setattr(server, "threading", types.SimpleNamespace(Thread=Recorded))
    monkeypatch.setattr(streamlit_cli, "main", lambda: 0)
    monkeypatch.setattr("sys.argv", ["smarketing"])
    monkeypatch.chdir(tmp_path)        # serve() moves to the project's folder; the test's own comes back after
    return threads


def test_without_an_inbox_nothing_is_started_before_a_visit(started, monkeypatch):
    monkeypatch.setenv("SMARKETING_INBOX", "off")
    assert server.serve(["app.py"]) == 0
    assert started == []


def test_with_an_inbox_its_watcher_starts_with_the_server(started, monkeypatch, tmp_path):
    monkeypatch.setenv("SMARKETING_INBOX", str(tmp_path / "inbox"))
    assert server.serve(["app.py"]) == 0
    assert started == [("smarketing-inbox-start", server.start_inbox)]
