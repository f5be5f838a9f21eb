"""The README's first command: the server answers its health check and the store holds the demo."""

from __future__ import annotations

import duckdb
import pytest

pytestmark = pytest.mark.e2e


def test_run_prepares_the_demo_and_serves_health(server):
    _, path = server
    # No browser has connected yet, so the server does not hold the file and the test may read it.
    con = duckdb.connect(str(path), read_only=True)
    leads = con.execute("select count(*) from leads").fetchone()[0]
    stages = {r[0] for r in con.execute("select distinct stage from stage_events").fetchall()}
    spend = con.execute("select count(*) from spend").fetchone()[0]
    objectives = con.execute("select count(*) from objectives").fetchone()[0]
    con.close()
    assert leads > 4000
    assert stages == {"lead", "mql", "sql", "opportunity", "customer", "lost"}
    assert spend > 300
    assert objectives >= 6
