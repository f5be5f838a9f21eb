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
    assert [(e.day, e.kind, charts.event_text(e, "it")) for e in found] == [
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



def test_what_was_done_after_the_newest_day_of_data_is_still_drawn(con):
    """Review 26: hiding the events after the newest day of data (so that today's import of an old export would not
    stretch the chart) hid this week's decision and import on a store whose data stops a week ago."""
    from tests.helpers import add_lead

    add_lead(con, "C1", "2026-11-23", "lead", [("lead", "2026-11-23")])
    meetings.add_decision(con, date(2026, 11, 30), "Richiamare le fiere", None, "Marco", date(2026, 12, 3))
    done = batches.open_batch(con, "leads", file_name="contatti.csv", created_by="anna")
    batches.finish_batch(con, done, "committed")
    con.execute("update import_batches set started_at = '2026-12-04 09:00'")
    assert [(e.day, e.kind) for e in milestones.events(con, None, None, date(2026, 12, 4))] == [
        (date(2026, 12, 3), "decision"), (date(2026, 12, 4), "import")]
