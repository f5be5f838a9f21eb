"""The weekly alignment meeting in the store: one meeting per ISO week, its attendees and notes, the
decisions taken and the action items, which stay on the agenda of later meetings until done."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TypedDict

import duckdb

from smarketing import db, edits, periods
from smarketing.errors import SmarketingError

ACTION_STATES = ("open", "done", "dropped")


def parse_week(text: str) -> date:
    """'2027-W05' (ISO 8601), or a day of the week as a manager writes it (25/01/2027, 2027-01-25) -> the Monday
    of that week."""
    match = re.fullmatch(r"\s*(\d{4})-?W(\d{1,2})\s*", text or "", flags=re.IGNORECASE)
    if not match:
        day = periods.day_of(text or "")
        if day is None:
            raise SmarketingError("error.week_format", week=text)
        return periods.monday(day)
    if not periods.FIRST_YEAR <= int(match.group(1)) <= periods.LAST_YEAR:
        raise SmarketingError("error.week_format", week=text)
    try:
        return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        raise SmarketingError("error.week_format", week=text) from None


class Meeting(TypedDict):
    """A week's meeting (sql/meetings/find.sql)."""

    meeting_id: int
    week: date                    # its Monday
    held_on: date | None
    title: str | None
    notes: str | None
    attendees: list[str]
    status: str
    created_by: str | None
    updated_by: str | None
    updated_at: datetime | None


class Decision(TypedDict):
    """A meeting's decision, with the title of the objective it concerns (sql/meetings/decisions.sql)."""

    decision_id: int
    text: str
    decided_by: str | None
    objective_id: int | None
    objective_title: str | None
    created_at: datetime


class Action(TypedDict):
    """An action item as a week's meeting looks at it (sql/meetings/actions.sql)."""

    action_id: int
    text: str
    owner: str | None
    due_date: date | None
    status: str                   # ACTION_STATES
    done_at: datetime | None
    status_by: str | None
    objective_id: int | None
    objective_title: str | None
    meeting_week: date
    carried_over: bool            # from an earlier meeting


def week_code(week: date) -> str:
    year, number, _ = week.isocalendar()
    return f"{year}-W{number:02d}"


def reading_day(week: date, today: date) -> date:
    """The day a week's meeting is held and its figures read, unless it was held earlier (agenda.figures_day): today
    while the week runs, its Sunday once it is over."""
    return min(today, week + timedelta(days=6))


def overdue(action: Action, as_of: date) -> bool:
    """An open action whose day had passed on `as_of` (one done or dropped never is)."""
    return action["status"] == "open" and action["due_date"] is not None and action["due_date"] < as_of


def find(con: duckdb.DuckDBPyConnection, week: date) -> Meeting | None:
    found = db.rows(con, "meetings/find", week=periods.monday(week))
    return found[0] if found else None  # type: ignore[return-value]


def open_meeting(con: duckdb.DuckDBPyConnection, week: date, created_by: str,
                 batch_id: int | None = None, today: date | None = None) -> Meeting:
    """The week's meeting, opened on first use. Something recorded for it on a day of its week (`today`) says the
    meeting is held that day, unless a day was kept already: its report then reads the figures it had, never what
    the rest of the week found out (agenda.figures_day)."""
    week = periods.monday(week)
    existing = find(con, week)
    if existing is None:
        db.execute(con, "meetings/create", week=week, created_by=created_by, batch_id=batch_id)
        existing = find(con, week)
        assert existing is not None
    if existing["held_on"] is None and today is not None and week <= today <= week + timedelta(days=6):
        db.execute(con, "meetings/held", meeting_id=existing["meeting_id"], held_on=today)
        existing["held_on"] = today
    return existing


def save_meeting(con: duckdb.DuckDBPyConnection, week: date, attendees: list[str], notes: str | None, by: str,
                 today: date, seen: tuple[list[str], str] | None = None) -> None:
    """Who came and the notes, saved for the week's meeting. Its day is the one kept, else today while its week
    runs, its Sunday once over; a week still to come is held on no day yet (notes written ahead): a day before its
    week had its report read the week before's figures.

    `seen`, the attendees and notes the form showed: only this person's changes go in, laid over what a colleague
    saved since. Notes both changed are refused, the colleague's named: neither text is lost."""
    with db.transaction(con):
        opened = open_meeting(con, week, by, today=today)
        if seen is not None:
            stored_notes = opened["notes"] or ""
            attendees = edits.laid_over(opened["attendees"] or [], seen[0], attendees)
            if (notes or "").strip() == seen[1].strip():
                notes = stored_notes
            elif stored_notes.strip() != seen[1].strip() and stored_notes.strip() != (notes or "").strip():
                raise SmarketingError("error.meeting_notes_meanwhile", by=opened["updated_by"] or "–")
        held_on = opened["held_on"] or (reading_day(opened["week"], today) if opened["week"] <= today else None)
        save(con, opened["meeting_id"], attendees, notes, held_on, by)


def add_action(con: duckdb.DuckDBPyConnection, week: date, text: str, owner: str | None, due_date: date | None,
               objective_id: int | None, by: str, today: date) -> int:
    """An action recorded at the week's meeting: the meeting is opened, and its day kept, only when the action
    goes in (an empty one refused left the meeting held on that day)."""
    with db.transaction(con):
        opened = open_meeting(con, week, by, today=today)
        return act(con, opened["meeting_id"], text, owner, due_date, objective_id, created_by=by)


def add_decision(con: duckdb.DuckDBPyConnection, week: date, text: str, objective_id: int | None, by: str,
                 today: date) -> int:
    """A decision taken at the week's meeting, recorded as add_action records an action."""
    with db.transaction(con):
        opened = open_meeting(con, week, by, today=today)
        return decide(con, opened["meeting_id"], text, by, objective_id)


def save(con: duckdb.DuckDBPyConnection, meeting_id: int, attendees: list[str], notes: str | None,
         held_on: date | None, by: str) -> None:
    db.execute(con, "meetings/save", meeting_id=meeting_id, attendees=list(attendees),
               notes=(notes or "").strip() or None, held_on=held_on, by=by, at=periods.now())


def decide(con: duckdb.DuckDBPyConnection, meeting_id: int, text: str, decided_by: str,
           objective_id: int | None = None) -> int:
    if not text or not text.strip():
        raise SmarketingError("error.decision_empty")
    return db.execute(con, "meetings/decide", meeting_id=meeting_id, text=text.strip(), decided_by=decided_by,
                      objective_id=objective_id).fetchall()[0][0]


def decisions(con: duckdb.DuckDBPyConnection, meeting_id: int) -> list[Decision]:
    return db.rows(con, "meetings/decisions", meeting_id=meeting_id)  # type: ignore[return-value]


def act(con: duckdb.DuckDBPyConnection, meeting_id: int, text: str, owner: str | None, due_date: date | None,
        objective_id: int | None = None, created_by: str | None = None) -> int:
    if not text or not text.strip():
        raise SmarketingError("error.action_empty")
    return db.execute(con, "meetings/act", meeting_id=meeting_id, text=text.strip(), owner=owner or None,
                      due_date=due_date, objective_id=objective_id, created_by=created_by).fetchall()[0][0]


def actions(con: duckdb.DuckDBPyConnection, week: date, as_of: date | None = None) -> list[Action]:
    """Open actions carried over from earlier meetings first (and those closed during this week), then
    this week's own; as of a day (a past meeting's report and digest), those closed after it still open."""
    return db.rows(con, "meetings/actions", week=periods.monday(week), as_of=as_of)  # type: ignore[return-value]


def set_action(con: duckdb.DuckDBPyConnection, action_id: int, status: str, by: str,
               at: datetime | None = None) -> None:
    """Done, dropped or open again, by whom; `at` is when (the app's day at the clock's time unless told: the
    week's list keeps an action done since its Monday, counted on the app's days)."""
    if status not in ACTION_STATES:
        raise ValueError(status)
    db.execute(con, "meetings/action_status", action_id=action_id, status=status, at=at or periods.now(), by=by)
