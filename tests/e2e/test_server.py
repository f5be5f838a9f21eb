"""The README's first command: the server answers its health check and the store holds the demo."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path

import duckdb
import pytest

from tests.conftest import DEMO_LEADS, ROOT
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
    """Whether another process holds the store, waiting up to `seconds` for it to take it (looking at least
    once)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            duckdb.connect(str(path), read_only=True).close()
        except duckdb.IOException as exc:
            assert "lock" in str(exc).lower()
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)


def test_without_the_inbox_the_server_leaves_the_store_alone_until_a_visit(tmp_path):
    # once the server answers, its start is over and the store is free: one look, no window to wait out. That no
    # thread is left to open it later is tested where the server's start is (tests/app/test_server_start.py)
    with start_server(tmp_path, {"SMARKETING_INBOX": "off"}) as (_, path):
        assert not held(path, seconds=0)
    assert not (tmp_path / "e2e-inbox").exists()


def listening_on(port: int) -> set[str]:
    """The addresses a port listens on, from the kernel's own table (Linux): 127.0.0.1, or 0.0.0.0 for every
    network the machine is on."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text(encoding="ascii").splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hexport = local.split(":")
            if int(hexport, 16) == port and state == "0A":
                if len(address) == 8:
                    found.add(".".join(str(int(address[i:i + 2], 16)) for i in (6, 4, 2, 0)))
                else:
                    found.add("::1" if address == "0" * 24 + "01000000" else "::" if set(address) == {"0"}
                              else address)
    return found


def test_started_from_another_folder_the_server_keeps_its_settings_and_closes_its_metrics(tmp_path):
    """The project's .streamlit/config.toml holds the server to this machine: it must be found wherever the
    server is started. Streamlit's metrics (open sessions, what the caches hold) are answered by nobody."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PYTHONPATH": str(ROOT)}
    with start_server(tmp_path, env, cwd=elsewhere) as (url, _):
        port = int(url.rsplit(":", 1)[1])
        assert listening_on(port) <= {"127.0.0.1", "::1"} and listening_on(port)
        for path in ("/_stcore/metrics", "/_stcore/metrics/", "//_stcore//metrics", "/_stcore/metrics?families=x"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(url + path, timeout=10)
            assert refused.value.code == 404, path
        with urllib.request.urlopen(url + "/_stcore/health", timeout=10) as health:
            assert health.read() == b"ok"
