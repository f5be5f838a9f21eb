"""The demo company: loaded into an empty store so the app never opens on a blank page, and removable
in one step before real data goes in. Its files come from sample_data/generate.py."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, TypedDict

import duckdb

from smarketing import access, batches, db, journeys, metrics, periods, storage
from smarketing.errors import SmarketingError
from smarketing.i18n import fmt_long_date

DEMO_DIR = storage.ROOT / "sample_data" / "demo"


@lru_cache(maxsize=1)
def _meta() -> dict[str, Any]:
    """sample_data/demo/meta.json, as the generator wrote it; read through the functions below."""
    return json.loads((DEMO_DIR / "meta.json").read_text(encoding="utf-8"))


def company_name() -> str:
    """The demo company's name, as the demo notice and the report say it."""
    return str(_meta()["company"]["name"])


def anchor_date() -> date:
    """The newest day of the demo's data as generated, before it is moved onto today's week."""
    return date.fromisoformat(_meta()["anchor_date"])


def week_shift(today: date) -> int:
    """Days (a whole number of weeks) that move the demo's newest week onto today's week.

    Whole weeks keep weekdays where they were: Monday peaks and quiet weekends stay true."""
    anchor = anchor_date()
    return (periods.monday(today) - periods.monday(anchor)).days


class Status(TypedDict):
    """Whether the demo is loaded, and whether the store ever held anything (sql/demo/status.sql)."""

    demo_loaded: bool
    demo_leads: int       # the leads removing it takes out
    batches: int          # imports ever recorded, the demo's and undone ones included
    leads: int


def status(con: duckdb.DuckDBPyConnection) -> Status:
    return db.rows(con, "demo/status")[0]  # type: ignore[return-value]


def is_loaded(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(status(con)["demo_loaded"])


def ensure(con: duckdb.DuckDBPyConnection, today: date | None = None, lang: str = "it") -> bool:
    """Load the demo into a store that has never held data, its objectives in `lang`; True when it did.

    A store whose demo was removed keeps that batch in its ledger, so the demo never comes back uninvited."""
    state = status(con)
    if state["batches"] or state["leads"]:
        return False
    load(con, today, lang=lang)
    return True


def load(con: duckdb.DuckDBPyConnection, today: date | None = None, by: str | None = None, lang: str = "it") -> int:
    """Load the demo in one transaction and return its batch id, `by` whom (None: the app on first
    start). Only into a store without leads: made-up leads mixed with real ones would corrupt every figure."""
    if status(con)["leads"]:
        raise SmarketingError("error.demo_not_empty")
    today = today or periods.today()
    shift = week_shift(today)
    with db.transaction(con):
        batch_id = batches.open_batch(
            con, "demo", file_name="sample_data/demo", created_by=by,
            options={"anchor_date": anchor_date().isoformat(), "shift_days": shift},
        )
        counts = db.rows(
            con, "demo/load", dir=DEMO_DIR.as_posix(), shift_days=shift, batch_id=batch_id,
            cutoff=datetime.combine(today + timedelta(days=1), time()),
        )[0]
        ids = _load_objectives(con, batch_id, shift, lang)
        journeys.refresh(con, batch_id)
        _measure_objectives(con, list(ids.values()), today)
        _load_meetings(con, batch_id, shift, ids)
        batches.finish_batch(
            con, batch_id, "committed", rows_read=counts["leads"], inserted=counts["leads"]
        )
    return batch_id


def _load_objectives(con: duckdb.DuckDBPyConnection, batch_id: int, shift: int, lang: str) -> dict[str, int]:
    """The demo's objectives as the people starting it read them: their titles and sentences in `lang` (the English
    page showed the Italian ones)."""
    items = json.loads((DEMO_DIR / "objectives.json").read_text(encoding="utf-8"))
    ids: dict[str, int] = {}
    for item in items:
        start = _shifted(item["start_date"], shift)
        deadline = _shifted(item["deadline"], shift)
        statement = item[f"statement_{lang}"]
        if deadline is not None:
            statement = statement.replace("{deadline}", fmt_long_date(deadline, lang))
        ids[item["key"]] = db.execute(
            con, "demo/objective",
            title=item[f"title_{lang}"], statement=statement, lang=lang, metric=item["metric"],
            from_stage=item["from_stage"], to_stage=item["to_stage"],
            filters=json.dumps(item["filters"] or {}, ensure_ascii=False), direction=item["direction"],
            target=item["target"], target_kind=item["target_kind"], unit=item["unit"],
            start_date=start, deadline=deadline, cadence=item["cadence"], batch_id=batch_id,
        ).fetchall()[0][0]
    for item in items:
        db.execute(
            con, "demo/objective_links",
            objective_id=ids[item["key"]], owners=item["owners"],
            parent_id=ids.get(item["parent"]) if item["parent"] else None,
        )
    return ids


def _load_meetings(con: duckdb.DuckDBPyConnection, batch_id: int, shift: int, ids: dict[str, int]) -> None:
    """Last week's meeting with its decisions and actions, so this week's opens with work carried over."""
    from smarketing import meetings

    for item in json.loads((DEMO_DIR / "meetings.json").read_text(encoding="utf-8")):
        meeting = meetings.open_meeting(con, _day(item["week"], shift), "demo", batch_id)
        meetings.save(con, meeting["meeting_id"], item["attendees"], item["notes"], _shifted(item["held_on"], shift),
                      "demo")
        for decision in item["decisions"]:
            meetings.decide(con, meeting["meeting_id"], decision["text"], decision["decided_by"],
                            ids.get(decision["objective"]))
        for action in item["actions"]:
            action_id = meetings.act(con, meeting["meeting_id"], action["text"], action["owner"],
                                     _shifted(action["due"], shift), ids.get(action["objective"]))
            if action["done"]:
                meetings.set_action(con, action_id, "done", "demo",
                                    datetime.combine(_day(action["due"], shift), time(17)))


# A few weeks of check-ins, so the board and the meeting show confidence from the first start.
_CONFIDENCE = (7, 6, 8, 5, 7, 4, 6, 8, 3, 7)


def _measure_objectives(con: duckdb.DuckDBPyConnection, ids: list[int], today: date) -> None:
    """Baselines from the demo's own history, and recent check-ins by every owner."""
    from smarketing import objectives

    first_day = metrics.first_day(con)
    monday = periods.monday(today)
    for n, objective_id in enumerate(ids):
        row = objectives.get(con, objective_id)
        assert row is not None and row["start_date"] is not None     # made a moment ago, in this transaction
        start = row["start_date"]
        if row["metric"] not in (None, "manual") and row["deadline"]:
            past = objectives.windows(start, row["deadline"], first_day, count=1)
            if past:
                baseline = objectives.measure(con, objectives.Spec.of(row), *past[0], today)
                db.execute(con, "demo/baseline", objective_id=objective_id, baseline=baseline)
        for weeks_back in (3, 2, 1):
            week = monday - timedelta(weeks=weeks_back)
            if week < start:
                continue
            for m, owner in enumerate(row["owners"]):
                confidence = _CONFIDENCE[(n + m + weeks_back) % len(_CONFIDENCE)]
                value = (3.4 + 0.3 * (3 - weeks_back) + 0.1 * m) if row["metric"] == "manual" else None
                objectives.checkin(con, objective_id, week, owner, confidence, value=value)


def _shifted(value: str | None, shift: int) -> date | None:
    return None if value is None else _day(value, shift)


def _day(value: str, shift: int) -> date:
    return date.fromisoformat(value) + timedelta(days=shift)


def remove(con: duckdb.DuckDBPyConnection, by: str | None = None) -> None:
    """Delete everything the demo brought, in one transaction, after a backup; real imports stay as they are.
    The ledger keeps who removed it."""
    from smarketing import backups

    backups.automatic(con, "before-demo-removal")
    with db.transaction(con):
        db.execute(con, "demo/remove", undone_by=by or access.local_user())
        journeys.refresh(con)
