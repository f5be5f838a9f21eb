"""Shared objectives in the store: drafting one from a sentence, checking it against the team's own data,
storing it with its owners and every later edit, check-ins, and progress on the live data."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import EllipsisType
from typing import Any, NamedTuple, TypedDict

import duckdb

from smarketing import (
    amounts,
    corrections,
    coverage,
    db,
    drafting,
    metrics,
    periods,
    progress,
    settings,
    smart,
    stages,
    workdays,
)
from smarketing.errors import SmarketingError
from smarketing.metricrows import AnyRow
from smarketing.metricwords import unit_of
from smarketing.vocabulary import MEASURES, MONEY, OWNING_FUNCTIONS, SPLIT

HISTORY_WINDOWS = 12     # how many earlier windows of the same length Achievable looks at
FUNCTIONS = OWNING_FUNCTIONS


@dataclass
class Spec:
    """What an objective measures."""

    metric: str
    stage: str | None = None
    from_stage: str | None = None
    to_stage: str | None = None
    filters: metrics.Filters | None = None
    threshold: float | None = None         # a service level's time (sla only)
    threshold_unit: str | None = None      # hours, days, working_days
    currency: str | None = None            # an amount's: one in another currency is never counted toward it

    @classmethod
    def of(cls, row: Objective) -> Spec:
        if row["metric"] is None:
            raise ValueError(f"objective {row['objective_id']} measures nothing")
        filters = json.loads(row["filters"]) if row["filters"] else {}
        stage = row["to_stage"] if row["metric"] == "stage_entries" else None
        return cls(row["metric"], stage, row["from_stage"], row["to_stage"], filters, row["threshold"],
                   row["threshold_unit"], _currency_of(row["metric"], row["unit"]))


def _currency_of(metric: str, unit: str | None) -> str | None:
    """The currency a money objective is in (its unit); None for any other, or one stored before units."""
    return unit if metric in MONEY and unit and settings.CURRENCY.fullmatch(unit) else None


def measure(con: duckdb.DuckDBPyConnection, spec: Spec, start: date, end: date, today: date,
            objective_id: int | None = None) -> float | None:
    """The metric over [start, end], both days included; None when it cannot be measured."""
    return _measured(con, spec, start, end, today, objective_id)[0]


def _measured(con: duckdb.DuckDBPyConnection, spec: Spec, start: date, end: date, today: date,
              objective_id: int | None = None) -> tuple[float | None, tuple[str, ...]]:
    """measure(), and when the window's amounts are in another currency than the objective's, or in several, their
    currencies: the reason it is not measurable, said beside its status."""
    query = metrics.Query(start=start, end=end, filters=spec.filters or {}, today=today, mode="period",
                          from_stage=spec.from_stage, to_stage=spec.to_stage)
    name, key = MEASURES.get(spec.metric, (None, None))
    if spec.metric == "manual":
        if objective_id is None:
            return None, ()
        value = db.rows(con, "objectives/manual_value", objective_id=objective_id, end=end)[0]["value"]
        return (None if value is None else float(value)), ()
    if name is None or key is None:
        return None, ()
    if spec.metric == "sla" and spec.threshold is not None:
        return _service_level(con, spec, start, end, today), ()
    if spec.metric == "stage_entries":
        query.from_stage = query.to_stage = spec.stage
    if spec.metric in ("conversion", "velocity") and spec.from_stage and spec.to_stage:
        try:
            metrics.check_step(spec.from_stage, spec.to_stage)
        except SmarketingError:
            return None, ()   # stored before such steps were refused: not measurable, and still opens to fix
    if spec.metric == "conversion":
        return _matured_conversion(con, query), ()
    if spec.metric == "won_value" and spec.currency:
        # one deal in dollars never blanks a target in euros: it is left out, as the objective says
        value = db.rows(con, "objectives/won_value", start=start, end=end, currency=spec.currency,
                        **metrics.filter_params(spec.filters))[0]["won_value"]
        return (None if value is None else float(value)), ()
    rows = metrics.compute(con, name, query)
    value = rows[0][key] if rows else None
    found = _currencies(rows[0], name, key) if rows and spec.currency else ()
    if found and found != (spec.currency,):
        # the deals (or spend) of the window are in another currency than the objective, or in several: no figure,
        # rather than dollars counted as euros (the company's currency changed after they were imported)
        return None, found
    return (None if value is None else float(value)), ()


def _currencies(row: AnyRow, name: str, key: str) -> tuple[str, ...]:
    """The currencies of the amounts behind `key` in a metric's row: the one its currency column names, or each of
    its split when they are several (never added up)."""
    money = metrics.CATALOG[name].money
    column = money.get(key)
    if column is None:
        return ()
    if row.get(column):
        return (row[column],)
    split: list[dict[str, Any]] = next(
        (row[s] for amount, s in SPLIT.items() if money.get(amount) == column and row.get(s)), [])
    return tuple(part["currency"] for part in split)


def _matured_conversion(con: duckdb.DuckDBPyConnection, query: metrics.Query) -> float | None:
    """The conversion by cohort, the default of docs/metrics.md (of the leads reaching A in the window, the
    share that reached B), over the weeks whose cohorts have matured: a week whose newest leads have had less
    time than three conversions in four take is left out, never read as a fall. None when no week has."""
    query.mode, query.every = "cohort", "week"
    matured = [r for r in metrics.compute(con, "conversion", query) if not r["maturing"]]
    entered = sum(r["entered"] for r in matured)
    return sum(r["converted"] for r in matured) / entered if entered else None


def _service_level(con: duckdb.DuckDBPyConnection, spec: Spec, start: date, end: date, today: date) -> float | None:
    """The share of the window's MQLs accepted within the threshold (sql/metrics/sla_within.sql)."""
    working = spec.threshold_unit == "working_days"
    assert spec.threshold is not None      # measure() comes here only with a threshold
    hours = None if working else spec.threshold * (24 if spec.threshold_unit == "days" else 1)
    row = db.rows(con, "metrics/sla_within", start=start, end=end, today=today, within_hours=hours,
                  within_working_days=int(spec.threshold) if working else None,
                  holidays=workdays.italian_holidays(start, max(end, today)) if working else [],
                  **metrics.filter_params(spec.filters))[0]
    return None if row["within_rate"] is None else float(row["within_rate"])


def windows(start: date, deadline: date, first_day: date | None,
            count: int = HISTORY_WINDOWS) -> list[tuple[date, date]]:
    """Earlier windows as long as [start, deadline], newest first, that the data covers. Both days count, as they
    do where the objective is measured: a week from Monday to Sunday is compared with the seven days before."""
    days = (deadline - start).days + 1
    if days <= 1 or first_day is None:
        return []
    found: list[tuple[date, date]] = []
    end = start - timedelta(days=1)
    for _ in range(count):
        try:
            begin = end - timedelta(days=days - 1)
        except OverflowError:
            break           # a window longer than the calendar behind it ("entro il 31/12/9999")
        if begin < first_day:
            break
        found.append((begin, end))
        end = begin - timedelta(days=1)
    return found


def _spec_of(draft: drafting.Draft) -> Spec | None:
    if draft.metric is None:
        return None
    return Spec(draft.metric, draft.stage, draft.from_stage, draft.to_stage, draft.filters, draft.threshold,
                draft.threshold_unit, _currency_of(draft.metric, draft.target_unit))


def context(con: duckdb.DuckDBPyConnection, draft: drafting.Draft, owners: list[tuple[str, str]], today: date,
            parent_id: int | None = None) -> smart.Context:
    """Baseline and history of the draft's metric, measured on the store."""
    ctx = smart.Context(today=today, owners=owners, parent_id=parent_id, currency=settings.currency(con),
                        stage_names=stages.names(con))
    spec = _spec_of(draft)
    if spec is not None:
        ctx.missing = coverage.read(con, stages.stages(con)).missing_for(draft.metric, draft.stage, draft.from_stage,
                                                                          draft.to_stage)
    if spec is None or spec.metric == "manual" or draft.deadline is None or draft.start is None \
            or smart.foreign_currency(draft, ctx) or ctx.missing:
        return ctx
    past, history, ctx.baseline = _history(con, spec, draft.start, draft.deadline, today)
    if ctx.baseline is None and not history:
        # no window of the data to measure the start on: the start the sentence states ("dal 25% al 35%")
        ctx.baseline = draft.stated_baseline
        ctx.baseline_stated = draft.stated_baseline is not None
    ctx.baseline_window = past[0] if past else None
    ctx.history = [h for h in history if h is not None]
    return ctx


def _history(con: duckdb.DuckDBPyConnection, spec: Spec, start: date, deadline: date, today: date,
             count: int = HISTORY_WINDOWS) -> tuple[list[tuple[date, date]], list[float | None], float | None]:
    """The windows as long as the objective's before it, newest first, the measure over each, and the baseline:
    the first window's, else (less history than one window) _shorter_baseline's. An objective over a period still to
    come ("Q2: 90 SQL") is compared with the windows before today, which the data covers, not with the months
    between today and its start."""
    anchor = min(start, today)
    past = windows(anchor, anchor + (deadline - start), metrics.first_day(con), count)
    history = [measure(con, spec, begin, end, today) for begin, end in past]
    return past, history, history[0] if history else _shorter_baseline(con, spec, start, today)


def _shorter_baseline(con: duckdb.DuckDBPyConnection, spec: Spec, start: date, today: date) -> float | None:
    """A level (a rate, a cost, days) needs no window as long as the objective's: with less history than that, it is
    measured over all the data before the start. A count or a sum over a shorter window would be a smaller one."""
    first_day = metrics.first_day(con)
    end = min(start, today) - timedelta(days=1)
    if progress.kind_of(spec.metric, None) == "cumulative" or first_day is None or first_day > end:
        return None
    return measure(con, spec, first_day, end, today)


def read(con: duckdb.DuckDBPyConnection, text: str, today: date) -> drafting.Draft:
    """A sentence as read, with the store's values of each dimension ("da LinkedIn"), nothing measured."""
    return _in_company_currency(con, drafting.read(text, today, metrics.dimension_values(con)))


def _in_company_currency(con: duckdb.DuckDBPyConnection, draft: drafting.Draft) -> drafting.Draft:
    """The reader cannot know the company's currency: an amount naming none is in it, never in euros."""
    if draft.metric in MONEY and draft.currency is None and draft.target_unit is not None:
        draft.target_unit = unit_of(draft, settings.currency(con))
    return draft


class Checked(NamedTuple):
    """A sentence checked: what was read (with the corrections set over it), what the store says of its measure,
    and the SMART verdict."""

    draft: drafting.Draft
    context: smart.Context
    report: smart.Report


def check(con: duckdb.DuckDBPyConnection, text: str, owners: list[tuple[str, str]], today: date,
          parent_id: int | None = None, fixes: dict[str, Any] | None = None) -> Checked:
    """Read a sentence, set what a person corrected over it, and judge the result on the store's data."""
    draft = read(con, text, today)
    if fixes:
        if fixes.get("filters"):
            # "--scope source=linkedin": the data's LinkedIn, or refused; never an objective measured on nothing
            fixes = {**fixes, "filters": metrics.known_filters(con, fixes["filters"])}
        corrections.correct(draft, fixes, stages.names(con))
        # a corrected measure or target has its unit worked out again
        _in_company_currency(con, draft)
    ctx = context(con, draft, owners, today, parent_id)
    return Checked(draft, ctx, smart.check(draft, ctx))


def parsed(draft: drafting.Draft, ctx: smart.Context) -> dict[str, Any]:
    """The fields read from a sentence, as `objectives check --format json` states them."""
    return {
        "metric": draft.metric, "stage": draft.stage, "from_stage": draft.from_stage, "to_stage": draft.to_stage,
        "direction": draft.direction, "target": smart.absolute_target(draft, ctx.baseline),
        "target_kind": draft.target_kind, "target_given": draft.target, "target_unit": draft.target_unit,
        "baseline": ctx.baseline, "stated_baseline": draft.stated_baseline, "start": draft.start,
        "deadline": draft.deadline, "filters": draft.filters, "threshold": draft.threshold,
        "threshold_unit": draft.threshold_unit, "cadence": draft.cadence,
    }


def add(con: duckdb.DuckDBPyConnection, text: str, owners: list[tuple[str, str]], today: date, lang: str,
        created_by: str, *, title: str | None = None, parent_id: int | None = None,
        fixes: dict[str, Any] | None = None) -> int:
    """Store the objective a sentence describes, with its measured baseline; returns its id."""
    draft, ctx, _ = check(con, text, owners, today, parent_id, fixes)
    return create(con, draft, ctx.baseline, owners, lang, created_by, title=title, parent_id=parent_id)


def stored_stage(draft: drafting.Draft) -> str | None:
    """The stage an objective keeps in to_stage: a count's own stage, else the stage a rate or a time leads to."""
    return draft.stage if draft.metric == "stage_entries" else draft.to_stage


def check_keepable(con: duckdb.DuckDBPyConnection, statement: str, parent_id: int | None) -> None:
    """Refuse what no objective can be: an empty sentence (or emoji alone), a parent that does not exist. The
    command line's check says it as its add would, never a score for nothing."""
    if parent_id is not None and get(con, parent_id) is None:
        raise SmarketingError("error.objective_missing", objective_id=parent_id)
    if not re.search(r"\w", statement):
        raise SmarketingError("error.objective_empty")


def create(con: duckdb.DuckDBPyConnection, draft: drafting.Draft, baseline: float | None,
           owners: list[tuple[str, str]], lang: str, created_by: str, *, title: str | None = None,
           parent_id: int | None = None) -> int:
    """Store an objective from its fields, with its owners and the first line of its change log."""
    check_keepable(con, draft.statement, parent_id)
    _check_window(draft.start, draft.deadline)
    _check_share(draft, baseline)
    if smart.target_is_a_pace(draft):
        # "80 MQL ogni mese fino a giugno" kept as 80 in all showed "in line" at a tenth of the pace asked; the check
        # says the total to write, the correction takes it
        raise SmarketingError("error.objective_pace", pace=draft.pace)
    stage = stored_stage(draft)
    with db.transaction(con):
        objective_id = db.execute(
            con, "objectives/insert",
            title=title or draft.statement.strip()[:120], statement=draft.statement, lang=lang, metric=draft.metric,
            from_stage=draft.from_stage, to_stage=stage, filters=json.dumps(draft.filters, ensure_ascii=False),
            direction=draft.direction, baseline=baseline, target=draft.target, target_kind=draft.target_kind,
            unit=draft.target_unit, start_date=draft.start, deadline=draft.deadline, parent_id=parent_id,
            cadence=draft.cadence, created_by=created_by,
            threshold=draft.threshold, threshold_unit=draft.threshold_unit,
        ).fetchall()[0][0]
        for name, function in owners:
            _own(con, objective_id, name, function)
        _log(con, objective_id, created_by, "created", None, draft.statement)
        for name, read in draft.corrected.items():
            # what the reader had and what the person set instead: the log shows the sentence was overruled
            _log(con, objective_id, created_by, corrections.STORED_AS.get(name, name), _logged(read),
                 _logged(getattr(draft, name)))
    return objective_id



def _check_window(start: date | None, deadline: date | None) -> None:
    """A deadline before the start leaves no window: the pace needed would run backwards in time."""
    if start is not None and deadline is not None and deadline < start:
        raise SmarketingError("error.deadline_before_start", deadline=deadline.isoformat(),
                              start=start.isoformat())


def _logged(value) -> str | None:
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False) if value else None
    return None if value is None else str(value)


def _own(con, objective_id: int, name: str, function: str) -> None:
    if function not in FUNCTIONS:
        raise SmarketingError("error.owner_function", function=function)
    known = db.rows(con, "objectives/member_function", member=name)
    if known and known[0]["function"] != function and known[0]["function"] in FUNCTIONS:
        raise SmarketingError("error.owner_other_function", name=name, function=known[0]["function"])
    db.execute(con, "objectives/owner", objective_id=objective_id, member=name, function=function)


EDITABLE = ("title", "statement", "metric", "from_stage", "to_stage", "direction", "baseline", "target",
            "target_kind", "unit", "start_date", "deadline", "parent_id", "status", "cadence", "threshold",
            "threshold_unit")


def update(con: duckdb.DuckDBPyConnection, objective_id: int, changes: dict[str, Any], changed_by: str) -> list[str]:
    """Edit fields of an objective, keeping who changed what from what; returns the fields that changed."""
    found = get(con, objective_id)
    if found is None:
        raise SmarketingError("error.objective_missing", objective_id=objective_id)
    current: dict[str, Any] = dict(found)      # read by the names of the fields changed
    if changes.get("parent_id") is not None:
        _check_parent(con, objective_id, changes["parent_id"])
    if {"start_date", "deadline"} & {k for k, v in changes.items() if str(v) != str(current.get(k))}:
        # a title or a status edited on an objective made before this rule never trips over its old dates
        _check_window(changes.get("start_date", current["start_date"]), changes.get("deadline", current["deadline"]))
    changed = []
    with db.transaction(con):
        for field, value in changes.items():
            if field not in EDITABLE:
                raise ValueError(field)
            if str(current[field]) == str(value) or (current[field] is None and value is None):
                continue
            # field names come from EDITABLE above, never from input
            con.execute(f"update objectives set {field} = ?, updated_at = ? "
                        "where objective_id = ?", [value, periods.now(), objective_id])
            _log(con, objective_id, changed_by, field, None if current[field] is None else str(current[field]),
                 None if value is None else str(value))
            changed.append(field)
        if {"start_date", "deadline"} & set(changed) and "baseline" not in changes:
            # the baseline is the window of the objective's length just before its start: a new length or start
            # measures it again (a "+20%" kept on the old window's 361 asked 434 where the new one's 152 asks 183)
            changed += _remeasured(con, get(con, objective_id), changed_by)
    return changed


def _remeasured(con: duckdb.DuckDBPyConnection, row: Objective | None, changed_by: str) -> list[str]:
    if row is None or row["metric"] in (None, "manual") or row["start_date"] is None or row["deadline"] is None:
        return []
    _, history, baseline = _history(con, Spec.of(row), row["start_date"], row["deadline"], periods.today(), count=1)
    if baseline is None and row["target_kind"] == "relative" and row["baseline"] is not None:
        # a "+20%" with no start is no target: the edit is refused, never saved as "not measurable" without a word
        first = metrics.first_day(con)
        raise SmarketingError("error.edit_window_no_baseline", start=first.isoformat() if first else None)
    if baseline == row["baseline"] or (baseline is None and not history and row["target_kind"] == "absolute"):
        # (a level to reach keeps a start it has, stated or measured, when the data have none to give)
        return []
    con.execute("update objectives set baseline = ? where objective_id = ?", [baseline, row["objective_id"]])
    _log(con, row["objective_id"], changed_by, "baseline", None if row["baseline"] is None else str(row["baseline"]),
         None if baseline is None else str(baseline))
    return ["baseline"]


def _log(con: duckdb.DuckDBPyConnection, objective_id: int, by: str | None, field: str, old: str | None,
         new: str | None) -> None:
    """One line of the change log, dated on the app's day: an edit of "today" never falls after it."""
    db.execute(con, "objectives/change", objective_id=objective_id, changed_by=by, field=field, old_value=old,
               new_value=new, changed_at=periods.now())


def edited_target(row: Objective, text: str, company: str = settings.DEFAULT_CURRENCY) -> dict[str, Any]:
    """The target typed in the edit form ("30%", "+15%", "300.000 €") as the fields to store. It keeps the kind
    the sentence gave (a level stays a level, a change a change: "500" over "+10% MQL" would be another
    objective); an objective read with no target takes the typed one with its kind and unit (an amount in the
    company's currency)."""
    try:
        value, kind = corrections.target_of(text, row["metric"], row["unit"])
    except ValueError:
        raise SmarketingError("error.correction_target", text=text) from None
    if row["target_kind"] not in (None, kind):
        raise SmarketingError(f"error.edit_target_{row['target_kind']}", text=text)
    draft = drafting.Draft(statement=row["statement"] or "", metric=row["metric"], target=value, target_kind=kind)
    _check_share(draft, row["baseline"])
    if row["target_kind"] is None:
        return {"target": value, "target_kind": kind, "unit": unit_of(draft, company)}
    return {"target": value}


def _check_share(draft: drafting.Draft, baseline: float | None) -> None:
    """A conversion or win rate above 100% is refused: no week could reach it, so the objective would stay off
    track for good (the SMART check says so before saving)."""
    if smart.share_over_all(draft, baseline) is not None:
        raise SmarketingError("error.objective_share_over_all")


def _check_parent(con: duckdb.DuckDBPyConnection, objective_id: int, parent_id: int) -> None:
    """A parent must exist and be neither the objective itself nor one of its children: a loop has no top."""
    parent = get(con, parent_id)
    if parent is None:
        raise SmarketingError("error.objective_missing", objective_id=parent_id)
    if parent_id == objective_id or parent["parent_id"] == objective_id:
        raise SmarketingError("error.objective_parent_loop", objective_id=objective_id, parent_id=parent_id)


def set_owners(con: duckdb.DuckDBPyConnection, objective_id: int, owners: list[tuple[str, str]],
               changed_by: str) -> bool:
    """Replace an objective's owners, logging the old and new lists; False when nothing changed."""
    current = get(con, objective_id)
    if current is None:
        raise SmarketingError("error.objective_missing", objective_id=objective_id)
    before = sorted(zip(current["owners"], current["functions"]))
    after = sorted(set(owners))
    if before == after:
        return False
    with db.transaction(con):
        for name, _ in before:
            db.execute(con, "objectives/disown", objective_id=objective_id, member=name)
        for name, function in after:
            _own(con, objective_id, name, function)
        _log(con, objective_id, changed_by, "owners", _owner_list(before), _owner_list(after))
    return True


def _owner_list(owners: list[tuple[str, str]]) -> str:
    # JSON, never "name (function), ...": a name may hold a comma or brackets (sql/schema/018_owner_log_json.sql)
    return json.dumps([[name, function] for name, function in owners], ensure_ascii=False, separators=(",", ":"))


class Objective(TypedDict):
    """An objective as stored (sql/objectives/list.sql), with its owners and their functions."""

    objective_id: int
    title: str
    statement: str | None
    lang: str
    metric: str | None        # vocabulary.MEASURES
    from_stage: str | None
    to_stage: str | None
    filters: str | None       # JSON: {"source": "LinkedIn"}
    direction: str | None     # increase, decrease
    baseline: float | None
    target: float | None
    target_kind: str | None   # absolute, relative
    unit: str | None
    start_date: date | None
    deadline: date | None
    parent_id: int | None
    cadence: str | None
    status: str               # active, done, archived
    created_at: datetime
    created_by: str | None
    updated_at: datetime | None
    batch_id: int | None
    threshold: float | None
    threshold_unit: str | None
    owners: list[str]
    functions: list[str]      # each owner's: marketing, sales, or "" when not on the team


class Member(TypedDict):
    name: str
    function: str             # marketing, sales, management
    email: str | None


class Checkin(TypedDict):
    checkin_id: int
    objective_id: int
    week: date
    author: str
    confidence: int | None
    value: float | None
    note: str | None
    created_at: datetime
    recorded_by: str | None   # who typed it in, when not the owner


class Change(TypedDict):
    changed_at: datetime
    changed_by: str
    field: str                # a code: its words are objectives.field.<code> in texts.toml
    old_value: str | None
    new_value: str | None


def team(con: duckdb.DuckDBPyConnection) -> list[Member]:
    """The active team members, by function and name."""
    return db.rows(con, "objectives/team")  # type: ignore[return-value]


def checkins(con: duckdb.DuckDBPyConnection, objective_id: int | None) -> list[Checkin]:
    """An objective's check-ins (every objective's with None), newest week first."""
    return db.rows(con, "objectives/checkins", objective_id=objective_id)  # type: ignore[return-value]


def changes(con: duckdb.DuckDBPyConnection, objective_id: int) -> list[Change]:
    """What was changed in an objective after it was made, newest first."""
    return db.rows(con, "objectives/changes", objective_id=objective_id)  # type: ignore[return-value]


def all_objectives(con: duckdb.DuckDBPyConnection, status: str | None = "active") -> list[Objective]:
    return db.rows(con, "objectives/list", status=status)  # type: ignore[return-value]


def get(con: duckdb.DuckDBPyConnection, objective_id: int) -> Objective | None:
    return next((o for o in all_objectives(con, None) if o["objective_id"] == objective_id), None)


def target_level(row: Objective) -> float | None:
    return smart.level(row["target"], row["target_kind"], row["baseline"], row["metric"])


def progress_of(con: duckdb.DuckDBPyConnection, row: Objective, today: date,
                data_start: date | None | EllipsisType = ...) -> progress.Progress:
    """`data_start`: metrics.first_day(con), read here unless the caller, measuring several objectives or days, read
    it once."""
    if row["metric"] is None or row["start_date"] is None or row["deadline"] is None:
        return progress.Progress(None, row["baseline"], target_level(row), None, 0.0, None, None, None,
                                 progress.kind_of(row["metric"], row["direction"]))
    end = min(today, row["deadline"])
    actual, amounts_in = (None, ()) if today < row["start_date"] else _measured(
        con, Spec.of(row), row["start_date"], end, today, row["objective_id"])
    baseline = row["baseline"]
    if baseline is None and row["metric"] == "manual":
        # a manual KPI starts where its first check-in put it
        baseline = db.rows(con, "objectives/manual_first", objective_id=row["objective_id"])[0]["value"]
    elif baseline is None and progress.kind_of(row["metric"], row["direction"]) == "level" \
            and (today - row["start_date"]).days >= progress.TOO_EARLY_DAYS:
        # a level set with no data before its start starts where its first week put it, as the check promised
        # ("the starting point will come from the data")
        first_week = row["start_date"] + timedelta(days=progress.TOO_EARLY_DAYS - 1)
        baseline = measure(con, Spec.of(row), row["start_date"], first_week, today, row["objective_id"])
    if data_start is ...:
        data_start = metrics.first_day(con)
    measured = progress.compute(row["metric"], row["direction"], baseline, target_level(row), actual,
                                row["start_date"], row["deadline"], today, data_start)
    if actual is None and row["metric"] == "conversion" and row["start_date"] <= today <= row["deadline"]:
        # no cohort of the window has matured yet: too early to say, not unmeasurable
        measured.status = "too_early"
    elif actual is None and row["metric"] != "manual" and row["start_date"] <= today <= row["deadline"] and \
            (today - row["start_date"]).days < progress.TOO_EARLY_DAYS:
        # a CAC in a window opened this week with no customer yet: too early, never "not measurable"
        measured.status = "too_early"
    elif measured.status is None:
        measured.amounts_in = amounts_in
    return measured


def typed_value(text: str | None) -> float | None:
    """A KPI's value as a person types it on the page ("4,6", "4.6", "72"), None when left empty; anything else
    is said, never read as another number."""
    cleaned = (text or "").strip().replace(" ", "")
    if not cleaned:
        return None
    if not re.fullmatch(r"[+-]?\d[\d.,]*", cleaned):
        raise SmarketingError("error.checkin_value", value=text)
    sign = -1 if cleaned.startswith("-") else 1
    digits = cleaned.lstrip("+-")
    if re.fullmatch(r"0[.,]\d+", digits):
        # "0,125": a leading 0 is never a thousands group
        return sign * float(digits.replace(",", "."))
    try:
        return sign * amounts.number(digits)
    except ValueError as exc:
        raise SmarketingError("error.checkin_value", value=text) from exc


def checkin(con: duckdb.DuckDBPyConnection, objective_id: int, week: date, author: str, confidence: int,
            note: str | None = None, value: float | None = None, recorded_by: str | None = None,
            replace: bool = False) -> None:
    """The owner `author`'s confidence for a week (one per owner and week; a new one replaces it), typed
    in by `recorded_by` (the owner, unless said otherwise). One someone else typed in is replaced only with
    `replace`: two people checking in for one owner lost the first one's words without a word."""
    if not 1 <= confidence <= 10:
        raise SmarketingError("error.confidence_range")
    monday = periods.monday(week)
    typed_by = recorded_by or author
    earlier = next((c for c in checkins(con, objective_id) if c["week"] == monday and c["author"] == author), None)
    if earlier is not None and not replace and (earlier["recorded_by"] or author) != typed_by:
        raise SmarketingError("error.checkin_taken", author=author, by=earlier["recorded_by"] or author,
                              confidence=earlier["confidence"], note=earlier["note"] or "–")
    db.execute(con, "objectives/checkin", objective_id=objective_id, week=monday, author=author,
               confidence=confidence, value=value, note=note, recorded_by=typed_by)


def disagreement(confidence: int | None, status: str | None) -> str | None:
    """An owner sure of success while the numbers say off track or at risk, or worried while they say on
    track."""
    if confidence is None or status is None:
        return None
    if confidence >= 7 and status in ("off_track", "at_risk"):
        return "optimistic"
    if confidence <= 4 and status in ("on_track", "done"):
        return "pessimistic"
    return None
