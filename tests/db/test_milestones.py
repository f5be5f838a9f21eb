"""What the team did, drawn on the trend charts (milestones.py): decisions, imports, objectives' windows."""

from __future__ import annotations

import json
from datetime import date

from smarketing import batches, charts, meetings, milestones, objectives, overview
from tests.conftest import TODAY


def test_decisions_imports_and_objective_windows_in_a_window(con):
    objective_id = objectives.add(con, "Generare 6 SQL entro il 24/12/2026", [("Anna", "marketing")],
                                  date(2026, 11, 2), "it", "anna", title="Sei SQL")
    meeting = meetings.open_meeting(con, date(2026, 11, 16), "anna")
    meetings.save(con, meeting["meeting_id"], ["Anna"], None, date(2026, 11, 17), "anna")
    meetings.decide(con, meeting["meeting_id"], "Più budget ai webinar", "Anna", objective_id)
    done = batches.open_batch(con, "leads", file_name="hubspot-novembre.csv", created_by="anna")
    batches.finish_batch(con, done, "committed")
    failed = batches.open_batch(con, "leads", file_name="rotto.csv", created_by="anna")
    batches.finish_batch(con, failed, "failed")
    con.execute("update import_batches set started_at = '2026-11-20 18:00'")
    found = milestones.events(con, date(2026, 11, 1), date(2026, 11, 30), date(2026, 12, 31))
    assert [(e.day, e.kind, e.text("it")) for e in found] == [
        (date(2026, 11, 2), "start", "Inizio obiettivo: Sei SQL"),
        (date(2026, 11, 17), "decision", "Decisione: Più budget ai webinar"),
        (date(2026, 11, 20), "import", "Import: hubspot-novembre.csv"),
    ]
    # the deadline falls outside the window; with no window every event is there once it has happened, and
    # not before: a deadline still ahead would stretch the chart past its data
    assert [e.kind for e in milestones.events(con, None, None, date(2026, 12, 31))] == [
        "start", "decision", "import", "deadline"]
    assert [e.kind for e in milestones.events(con, None, None, TODAY)] == ["start", "decision", "import"]


def test_the_trend_draws_them_as_grey_lines_read_on_hover(demo_con):
    frame = overview.weekly_stage_entries(demo_con, date(2026, 9, 7), TODAY, TODAY)
    events = [milestones.Event(date(2026, 11, 17), "decision", "Più budget ai webinar")]
    spec = json.loads(charts.weekly_stage_entries(frame, "en", events).to_json())
    [rule] = [layer for layer in spec["layer"] if layer["mark"]["type"] == "rule"]
    assert spec["datasets"][rule["data"]["name"]] == [{"period": "2026-11-17T00:00:00", "event":
                                                        "Decision: Più budget ai webinar"}]
    assert [t["title"] for t in rule["encoding"]["tooltip"]] == ["Period", "What happened"]
    # without events there is no such layer
    plain = json.loads(charts.weekly_stage_entries(frame, "en").to_json())
    assert [layer["mark"]["type"] for layer in plain["layer"]].count("rule") == 0


def test_with_no_end_nothing_is_drawn_after_the_newest_day_of_data(con):
    """Review 26: a 2017 export imported today drew its import line on 4 December 2026 in "Tutto il periodo": the
    weekly chart ran from 2017 to 2026, its data squeezed into the left tenth."""
    from tests.helpers import add_lead

    add_lead(con, "M1", "2017-12-31", "lead", [("lead", "2017-12-31")])
    done = batches.open_batch(con, "leads", file_name="sales_pipeline.csv", created_by="anna")
    batches.finish_batch(con, done, "committed")
    con.execute("update import_batches set started_at = '2026-12-04 09:00'")
    assert milestones.events(con, None, None, date(2026, 12, 4)) == []
    # a window that takes it in still shows it
    assert [e.kind for e in milestones.events(con, date(2026, 12, 1), date(2026, 12, 31), date(2026, 12, 4))] == [
        "import"]
