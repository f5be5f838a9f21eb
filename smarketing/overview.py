"""The Overview's figures: where leads are, what came in this week, and the weekly flow per stage."""

from __future__ import annotations

from datetime import date

import duckdb

from smarketing import db


def stage_counts(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Per stage: leads in it now (`in_stage`) and leads that ever reached it (`reached`)."""
    return db.rows(con, "metrics/stage_counts")


def week_to_date(con: duckdb.DuckDBPyConnection, today: date) -> dict[str, dict]:
    """Entries into each path stage (and deals won, with their value) this week so far and in the same
    days of last week, keyed by stage code."""
    return {row["measure"]: row for row in db.rows(con, "metrics/week_to_date", today=today)}


def headline(con: duckdb.DuckDBPyConnection, today: date) -> dict:
    """The numbers on top of the Overview, and the per-stage counts they come from."""
    stages = stage_counts(con)
    return {
        "stages": stages,
        "week": week_to_date(con, today),
        "total_leads": sum(s["in_stage"] for s in stages),
        "open_leads": sum(s["in_stage"] for s in stages if not s["is_terminal"]),
        "customers": sum(s["in_stage"] for s in stages if s["outcome"] == "won"),
    }


def weekly_stage_entries(con: duckdb.DuckDBPyConnection, today: date, weeks: int = 26):
    return db.frame(con, "metrics/weekly_stage_entries", today=today, weeks=weeks)


def store_summary(con: duckdb.DuckDBPyConnection) -> dict:
    """Row counts per table and the dates covered: what `info` prints and Settings shows."""
    counts = {row["table_name"]: row["row_count"] for row in db.rows(con, "metrics/table_counts")}
    return {"tables": counts, **db.rows(con, "metrics/data_range")[0]}
