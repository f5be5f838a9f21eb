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


# A HubSpot-like export as sales teams send it: stage dates in any order, a stage without its date, a lead lost
# before it was an opportunity, a deal won with no stage date, an outcome column beside the stage.
FIRST = ("Email,Lifecycle Stage,Create Date,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,"
         "Became an Opportunity Date,Lost Date,Status\n") + """\
anna@coop.it,Opportunity,2026-09-01,2026-09-03,,2026-09-20,,
bruno@coop.it,SQL,2026-09-02,,2026-09-10,,,
carla@coop.it,Lead,2026-09-05,2026-09-06,,,2026-09-30,lost
dario@coop.it,Customer,2026-09-07,,,,,won
elena@coop.it,MQL,,2026-09-12,,,,
fabio@coop.it,Opportunity,2026-09-08,2026-09-09,2026-09-10,2026-09-11,2026-10-02,lost
"""

# A week later: two known leads move on, one is new, one stage date arrives for a stage told without one.
SECOND = """Email,Lifecycle Stage,Create Date,Became a Sales Qualified Lead Date,Became a Customer Date
anna@coop.it,Customer,,,2026-10-05
bruno@coop.it,SQL,,2026-09-10,
gino@coop.it,SQL,2026-10-01,2026-10-03,
dario@coop.it,Customer,,,2026-09-15
"""


def test_imported_journeys_equal_a_rebuild_from_history(con, tmp_path):
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    run_import(con, first, ImportOptions())
    assert maintained(con) == from_scratch(con)
    assert con.execute(
        "select email, furthest, is_lost, outcome, deal_outcome, mql_at::date::varchar, j.closed_at::date::varchar "
        "from lead_journeys as j join leads using (lead_id) order by email").fetchall() == [
        ("anna@coop.it", 4, False, None, None, "2026-09-03", None),
        ("bruno@coop.it", 3, False, None, None, None, None),
        ("carla@coop.it", 2, True, "lost", "disqualified", "2026-09-06", "2026-09-30"),
        ("dario@coop.it", 5, False, "won", "won", None, None),
        ("elena@coop.it", 2, False, None, None, "2026-09-12", None),
        ("fabio@coop.it", 4, True, "lost", "lost", "2026-09-09", "2026-10-02"),
    ]
    batch = run_import(con, second, ImportOptions()).batch_id
    assert maintained(con) == from_scratch(con)
    assert con.execute(
        "select email, furthest, outcome, customer_at::date::varchar, j.closed_at::date::varchar "
        "from lead_journeys as j join leads using (lead_id) where email in ('anna@coop.it', 'dario@coop.it', "
        "'gino@coop.it') order by email").fetchall() == [
        ("anna@coop.it", 5, "won", "2026-10-05", "2026-10-05"),
        ("dario@coop.it", 5, "won", "2026-09-15", "2026-09-15"),
        ("gino@coop.it", 3, None, None, None),
    ]
    undo(con, batch)
    assert maintained(con) == from_scratch(con)
    assert len(maintained(con)) == 6
