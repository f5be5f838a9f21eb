"""Building tiny hand-checkable stores in tests, without going through the importer."""

from __future__ import annotations

from datetime import datetime


def add_lead(con, external_id: str, created_at: str | None, current_stage: str,
             events: list[tuple[str, str | None]] = (), **fields) -> int:
    """Insert one lead and its stage entries; returns its lead_id."""
    lead_id = con.execute("select coalesce(max(lead_id), 0) + 1 from leads").fetchone()[0]
    columns = ["lead_id", "external_id", "created_at", "current_stage", *fields]
    values = [lead_id, external_id, _ts(created_at), current_stage, *fields.values()]
    marks = ", ".join("?" for _ in columns)
    con.execute(f"insert into leads ({', '.join(columns)}) values ({marks})", values)
    for stage, entered_at in events:
        con.execute("insert into stage_events (lead_id, stage, entered_at) values (?, ?, ?)",
                    [lead_id, stage, _ts(entered_at)])
    return lead_id


def _ts(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def small_funnel(con) -> None:
    """Nine leads whose every count can be checked by eye (see tests/db/test_overview_metrics.py)."""
    add_lead(con, "L1", "2026-11-23 10:00", "lead", [("lead", "2026-11-23 10:00")])
    add_lead(con, "L2", "2026-11-24 11:00", "mql", [("lead", "2026-11-24 11:00"), ("mql", "2026-11-25 09:00")])
    add_lead(con, "L3", "2026-11-17 09:00", "sql",
             [("lead", "2026-11-17 09:00"), ("mql", "2026-11-18 09:00"), ("sql", "2026-11-24 15:00")])
    add_lead(con, "L4", "2026-11-18 14:00", "customer",
             [("lead", "2026-11-18 14:00"), ("mql", "2026-11-19 10:00"), ("sql", "2026-11-19 16:00"),
              ("opportunity", "2026-11-20 10:00"), ("customer", "2026-11-24 12:00")])
    # skipped stages: a customer whose middle steps carry no dates still reached them
    add_lead(con, "L5", "2026-11-19 08:30", "customer",
             [("lead", "2026-11-19 08:30"), ("customer", "2026-11-23 17:00")])
    add_lead(con, "L6", "2026-11-12 12:00", "lost",
             [("lead", "2026-11-12 12:00"), ("mql", "2026-11-13 12:00"), ("lost", "2026-11-20 12:00")])
    # known stage, no history at all
    add_lead(con, "L7", "2026-11-25 09:00", "sql")
    add_lead(con, "L8", "2026-11-03 09:00", "lost")
    add_lead(con, "L9", "2026-11-10 09:00", "opportunity",
             [("lead", "2026-11-10 09:00"), ("mql", "2026-11-11 09:00"), ("sql", "2026-11-16 09:00"),
              ("opportunity", "2026-11-17 09:00")])
