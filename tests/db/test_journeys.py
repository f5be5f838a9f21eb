"""lead_journeys stays equal to a rebuild from scratch after every kind of write."""

from __future__ import annotations

import duckdb

from smarketing import db, demo, journeys, migrations
from smarketing.importing import ImportOptions, run_import, undo
from tests.conftest import TODAY


def maintained(con) -> list[tuple]:
    return con.execute("select * from lead_journeys order by lead_id").fetchall()


def from_scratch(con) -> list[tuple]:
    con.execute("begin transaction")
    journeys.refresh(con)
    rows = maintained(con)
    con.execute("rollback")
    return rows


def test_demo_imports_undo_and_removal_keep_journeys_in_step(con, tmp_path):
    demo.load(con, TODAY)
    assert maintained(con) == from_scratch(con)
    assert len(maintained(con)) == con.execute("select count(*) from leads").fetchone()[0]
    first = tmp_path / "a.csv"
    first.write_text("Email,Fase,Data creazione\nnuovo@x.it,MQL,01/11/2026\n", encoding="utf-8")
    batch = run_import(con, first, ImportOptions()).batch_id
    # an update of a demo lead: its journey moves on
    email = con.execute("select email from leads where current_stage = 'mql' order by lead_id limit 1").fetchone()[0]
    second = tmp_path / "b.csv"
    second.write_text(f"Email,Fase,Won Date\n{email},Cliente,2026-11-20\n", encoding="utf-8")
    update = run_import(con, second, ImportOptions()).batch_id
    assert maintained(con) == from_scratch(con)
    assert con.execute("select outcome from lead_journeys join leads using (lead_id) where email = ?",
                       [email]).fetchone() == ("won",)
    undo(con, update)
    assert maintained(con) == from_scratch(con)
    undo(con, batch)
    demo.remove(con)
    assert maintained(con) == [] == from_scratch(con)


def test_an_older_store_gets_its_journeys_when_upgraded(db_path):
    old = duckdb.connect(str(db_path))
    migrations.migrate(old, upto=5)
    old.execute("insert into leads (lead_id, email, created_at, current_stage) values "
                "(1, 'a@x.it', '2026-01-05', 'sql'), (2, 'b@x.it', '2026-01-06', 'lost')")
    old.execute("insert into stage_events (lead_id, stage, entered_at) values (1, 'mql', '2026-01-07'), "
                "(2, 'lost', '2026-01-09')")
    old.close()
    con = db.connect(db_path)
    assert con.execute("select lead_id, lead_at::date::varchar, mql_at::date::varchar, furthest, is_lost, outcome, "
                       "closed_at::date::varchar from lead_journeys order by 1").fetchall() == [
        (1, "2026-01-05", "2026-01-07", 3, False, None, None),
        (2, "2026-01-06", None, 1, True, "lost", "2026-01-09"),
    ]
    con.close()
