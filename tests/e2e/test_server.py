"""The README's first command: the server answers its health check and the store holds the demo."""

from __future__ import annotations

import time

import duckdb
import pytest

from tests.conftest import DEMO_LEADS
from tests.e2e.conftest import start_server

pytestmark = pytest.mark.e2e


def test_run_prepares_the_demo_and_serves_health(tmp_path):
    # the server holds the store from its start, before any visit (it watches the inbox folder): read it
    # once the server has stopped
    with start_server(tmp_path) as (_, path):
        assert held(path)
    con = duckdb.connect(str(path), read_only=True)
    leads = con.execute("select count(*) from leads").fetchone()[0]
    stages = {r[0] for r in con.execute("select distinct stage from stage_events").fetchall()}
    spend = con.execute("select count(*) from spend").fetchone()[0]
    objectives = con.execute("select count(*) from objectives").fetchone()[0]
    con.close()
    assert leads == DEMO_LEADS
    assert stages == {"lead", "mql", "sql", "opportunity", "customer", "lost"}
    assert (spend, objectives) == (625, 7)


def held(path, seconds: float = 20) -> bool:
    """Whether another process holds the store, waiting up to `seconds` for it to take it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            duckdb.connect(str(path), read_only=True).close()
        except duckdb.IOException as exc:
            assert "lock" in str(exc).lower()
            return True
        time.sleep(0.2)
    return False


def test_without_the_inbox_the_server_leaves_the_store_alone_until_a_visit(tmp_path):
    with start_server(tmp_path, {"SMARKETING_INBOX": "off"}) as (_, path):
        assert not held(path, seconds=3)
    assert not (tmp_path / "e2e-inbox").exists()
