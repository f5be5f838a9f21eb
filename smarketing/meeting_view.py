"""What the weekly meeting page shows for one week, in one call: the period's key numbers, the agenda the
data sets, the meeting's record, its decisions, the actions still open or taken, and the people and
objectives its forms offer. No Streamlit here; the page lays these out and records what people add."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from smarketing import agenda, meetings, metrics, objectives, overview
from smarketing.metricrows import KeyNumbers


@dataclass(frozen=True)
class Week:
    numbers: KeyNumbers                   # overview.KEY_NUMBERS over the period bar's window, with the comparison
    agenda: agenda.Agenda
    meeting: meetings.Meeting | None   # None until something is recorded for the week
    actions: list[meetings.Action]     # this week's and those still open from earlier meetings
    decisions: list[meetings.Decision]
    team: list[str]
    objectives: dict[int, str]     # the active objectives a decision or an action can be tied to: id, title


def build(con: duckdb.DuckDBPyConnection, query: metrics.Query, how: str | None, week: date, today: date) -> Week:
    meeting = meetings.find(con, week)
    return Week(
        numbers=overview.key_numbers(con, query, how),
        agenda=agenda.build(con, week, today),
        meeting=meeting,
        actions=meetings.actions(con, week),
        decisions=meetings.decisions(con, meeting["meeting_id"]) if meeting else [],
        team=[m["name"] for m in objectives.team(con)],
        objectives={o["objective_id"]: o["title"] for o in objectives.all_objectives(con)},
    )
