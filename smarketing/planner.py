"""The reverse funnel (docs/metrics.md, the planner): from a revenue or customer target and a deadline, the
customers, opportunities, SQLs, MQLs and leads needed, from the rates measured over a look-back window and
the average deal value, net of what the deals already open are expected to bring; by when each stage's
entries must happen, given the median days of the steps after it; how many a week that makes against how
many come in now; and the budget at the current cost per lead."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import duckdb

from smarketing import coverage, db, drafting, freshness, metrics, objectives, periods, settings, stages
from smarketing.errors import SmarketingError

# a step of the journey: from one stage to the next
Step = tuple[str, str]


@dataclass(frozen=True)
class Problem:
    """Why a plan is incomplete or late: a code (a text key under [planner]) and what it is about, a stage or a
    step; plannerwords says it."""

    code: str
    stage: str | None = None    # too_late
    step: Step | None = None    # no_rate, undated, never_dated (with its stage), no_lag, over_full


@dataclass(frozen=True)
class OpenDeals:
    """The deals open at a stage that the plan counts on, at that stage's historical odds."""

    stage: str
    open: int
    # in the plan's currency: their own values where they have them, else the average; deals that count for nothing
    # (unweighed) their own values only, None with none
    value: float | None
    rate: float | None           # the stage's historical win rate
    chance: float | None         # expected over open (customers) or over value (revenue): won, and in time
    expected: float              # customers, or revenue, they are expected to bring
    stale: int = 0               # open longer than every deal closed from the stage stayed open: they bring nothing
    longest: int | None = None   # the most days a deal closed from the stage stayed open in it
    estimated: int = 0           # deals with no value of their own that count, at the average deal
    unweighed: int = 0           # at a stage no closed deal stopped at: no odds to count them at, they bring nothing


@dataclass(frozen=True)
class Sentences:
    """The sentences of the objectives a plan creates, in the language of the person creating them
    (plannerwords.sentences): each is stored as its objective's own, as a sentence a person types is."""

    lang: str
    parent: str                  # the objective the plan serves, when there is none yet
    children: dict[str, str]     # stage: its child objective's sentence


@dataclass
class Plan:
    goal: str                    # revenue, customers
    target: float
    deadline: date
    today: date
    lookback_days: int
    weeks: float
    covered_from: date | None = None   # the first day of data, when it falls inside the look-back
    covered_to: date | None = None     # the last day of data, when it stopped over a week before today
    average_deal: float | None = None
    currency: str = settings.DEFAULT_CURRENCY   # the won deals', else the company's
    spend_currency: str = settings.DEFAULT_CURRENCY     # the spend's (cost per lead, budget), else the company's
    rates: dict[Step, float | None] = field(default_factory=dict)    # (mql, sql): rate
    lags: dict[Step, float | None] = field(default_factory=dict)     # (mql, sql): median days
    needed: dict[str, int | None] = field(default_factory=dict)     # stage: new entries it needs
    by: dict[str, date] = field(default_factory=dict)        # stage: the last day entries still count
    # stage: entries a week it needs until `by`; the customers' count those the open deals bring too
    per_week: dict[str, float | None] = field(default_factory=dict)
    run_rate: dict[str, float | None] = field(default_factory=dict)  # stage: entries a week in the look-back
    pipeline: list[OpenDeals] = field(default_factory=list)
    from_pipeline: float = 0.0   # customers (or revenue) the open deals are expected to bring
    pipeline_customers: float = 0.0     # the customers they are expected to bring, for either goal
    cpl: float | None = None
    budget: float | None = None
    problems: list[Problem] = field(default_factory=list)
    stage_rows: list[stages.Stage] = field(default_factory=list)    # the journey's stages, to name them
    filters: dict[str, str] = field(default_factory=dict)   # the part of the data planned for: its objectives too

    def labels(self, lang: str) -> dict[str, str]:
        return stages.labels(self.stage_rows, lang)

    @property
    def path(self) -> tuple[str, ...]:
        return stages.path(self.stage_rows)

    def has(self, code: str) -> bool:
        return any(problem.code == code for problem in self.problems)

    @property
    def complete(self) -> bool:
        """Whether the plan can become objectives: every stage's need known, and a deadline still to come."""
        return self.needed.get("lead") is not None and not self.has("deadline_past")


def target_problem(goal: str, target: float) -> str | None:
    """Why a typed target cannot be planned for (a text key), or None: nothing to reach, or half a customer."""
    if target <= 0:
        return "planner.amount_not_positive"
    if goal == "customers" and not float(target).is_integer():
        return "planner.customers_whole"
    return None


def make(con: duckdb.DuckDBPyConnection, goal: str, target: float, deadline: date, today: date,
         lookback_days: int = 180, filters: metrics.Filters | None = None,
         undated: tuple[str, ...] | None = None) -> Plan:
    """The reverse funnel; `undated`, the stages the data never dates (coverage.py), read here unless the page has
    them already."""
    plan = Plan(goal, target, deadline, today, lookback_days, max((deadline - today).days, 0) / 7,
                stage_rows=stages.stages(con), filters={d: v for d, v in (filters or {}).items() if v})
    if plan.weeks <= 0:
        plan.problems.append(Problem("deadline_past"))
    start, end = periods.last_days(lookback_days, today)
    window = metrics.Query(start=start, end=end, filters=filters or {}, today=today)
    # a week's arrivals over the days the data covers: a store whose leads start 27 days ago has had 27 days of
    # arrivals, not 180 (its first weeks would otherwise look like a trickle)
    first = metrics.first_day(con, "lead")
    if first is not None and start < first <= end:
        plan.covered_from = first
    # and until the day it stops: Olist's export ends on 14 November, read on the 30th, and 16 days without data are
    # no 16 days without customers (6,8 a week where the days it covers had 7,5)
    last = freshness.compared_up_to(freshness.freshness(con, today))
    if last is not None and (plan.covered_from or start) <= last < end:
        plan.covered_to = last
    weeks_back = (((plan.covered_to or end) - (plan.covered_from or start)).days + 1) / 7
    # flows over the look-back (entries into B over entries into A): recent cohorts have not finished
    # converting, so cohort rates would ask for too many leads
    for a, b in zip(plan.path, plan.path[1:]):
        step = replace(window, mode="period", from_stage=a, to_stage=b)
        row = metrics.compute(con, "conversion", step)[0]
        plan.rates[a, b] = row["conversion_rate"]
        plan.run_rate[a] = row["entered"] / weeks_back
        plan.run_rate[b] = row["converted"] / weeks_back
        plan.lags[a, b] = metrics.compute(con, "velocity", step)[0]["median_days"]
    never_dated = coverage.read(con, plan.stage_rows).undated if undated is None else undated
    for stage in never_dated:
        # a stage the data never dates (coverage.py): its arrivals and the steps from and to it are unknown, not 0
        plan.run_rate[stage] = None
        plan.rates.update({step: None for step in plan.rates if stage in step})
    won = metrics.compute(con, "win_rate", window)[0]
    plan.average_deal = None if won["avg_deal_value"] is None else float(won["avg_deal_value"])
    # the target is in the currency of the deals it is measured against; with none yet, the company's
    plan.currency = won["currency"] or settings.currency(con)
    _open_deals(con, plan, window)
    customers = max(target - plan.from_pipeline, 0) if goal == "customers" else None
    if goal == "revenue":
        if (won["currencies"] or 0) > 1:
            plan.problems.append(Problem("mixed_currency"))    # never average EUR and USD deals together
        elif not plan.average_deal:
            plan.problems.append(Problem("no_deal_value"))
        else:
            customers = max(target - plan.from_pipeline, 0) / plan.average_deal
    need = None if customers is None else _whole(customers)
    plan.needed["customer"] = need
    for a, b in reversed(list(zip(plan.path, plan.path[1:]))):
        rate = plan.rates[a, b]
        if rate is not None and rate > 1:
            # more entries into the next stage than into this one in the look-back (entries with no date for this
            # stage, or leads that came in before it): every SQL was an MQL first, so a stage never needs fewer
            # entries than the next one, and the plan counts 100%, said
            plan.problems.append(Problem("over_full", step=(a, b)))
            rate = plan.rates[a, b] = 1.0
        if need == 0:
            # the open deals cover the target: no stage needs anyone, whatever its rate (an undated step included)
            plan.needed[a] = 0
            continue
        if need is None or not rate:
            if need is not None:
                # a stage no lead of the data has a date for: no period nor more of the same data mends the step
                gap = next((stage for stage in (a, b) if stage in never_dated), None)
                plan.problems.append(Problem("never_dated", gap, (a, b)) if gap
                                     else Problem(_unmeasured(con, window, b), step=(a, b)))
            need = None
        else:
            need = _whole(need / rate)
        plan.needed[a] = need
    _schedule(plan)
    roi = metrics.compute(con, "roi", window)[0]
    plan.cpl = None if roi["cpl"] is None else float(roi["cpl"])
    # the cost per lead and the budget are spend: in the spend's currency, never the deals'
    plan.spend_currency = roi["spend_currency"] or settings.currency(con)
    leads = plan.needed.get("lead")
    if plan.cpl is not None and leads is not None:
        plan.budget = plan.cpl * leads
    return plan


def _unmeasured(con: duckdb.DuckDBPyConnection, window: metrics.Query, stage: str) -> str:
    """Why a step has no rate: no lead of the look-back got that far ("no_rate": a longer period or more data may
    tell), or some did with no date for the stage (an export of the current stage only: "undated", which no period
    mends, only a file with the stages' dates)."""
    funnel = metrics.compute(con, "funnel", window)
    reached = next((row["reached"] for row in funnel if row["stage"] == stage), 0)
    return "undated" if reached else "no_rate"


@dataclass(frozen=True)
class Page:
    """What the Planner page shows: the plan, and for the objectives it proposes the active objectives they can
    hang under and the team who can own them."""

    plan: Plan
    active: list[objectives.Objective]
    team: list[objectives.Member]


def page(con: duckdb.DuckDBPyConnection, goal: str, target: float, deadline: date, today: date,
         lookback_days: int = 180, filters: metrics.Filters | None = None,
         undated: tuple[str, ...] | None = None) -> Page:
    return Page(make(con, goal, target, deadline, today, lookback_days, filters, undated),
                objectives.all_objectives(con), objectives.team(con))


def _open_deals(con: duckdb.DuckDBPyConnection, plan: Plan, window: metrics.Query) -> None:
    """The deals already open (at the opportunity stage, or from a deals export at any stage) count toward the
    target, each at its odds of being won by the deadline (sql/planner/pipeline.sql: by its age where its stage has
    a date, else at the stage's historical win rate and share won in time), with its own value when it has one in
    the plan's currency, else the average deal. Deals at a stage no closed deal stopped at have no odds and bring
    nothing (unweighed), said."""
    rows = db.rows(con, "planner/pipeline", start=window.start, end=window.end, today=plan.today,
                   days_left=max((plan.deadline - plan.today).days, 0), **metrics.filter_params(window.filters))
    average = plan.average_deal or 0
    for row in rows:
        if not row["open_deals"]:
            continue
        own_values = row["valued"] and row["currencies"] == 1 and row["currency"] == plan.currency
        if row["unweighed"]:
            # a stage no closed deal stopped at has only the next stage's history: no rate, no odds, nothing brought
            # (their own values shown, never the average, which would read as counted)
            plan.pipeline.append(OpenDeals(row["stage"], row["open_deals"],
                                           float(row["open_value"]) if own_values else None, None, None, 0.0,
                                           unweighed=row["open_deals"]))
            continue
        rate = row["won"] / row["closed"] if row["closed"] else None
        value = (float(row["open_value"]) + (row["open_deals"] - row["valued"]) * average
                 if own_values else row["open_deals"] * average)
        customers = float(row["expected_deals"])
        if plan.goal == "customers":
            expected, base = customers, row["open_deals"]
        else:
            expected = (float(row["expected_own_value"] or 0) + float(row["expected_unvalued"]) * average
                        if own_values else customers * average)
            base = value
        # (the stalled bring nothing, at whatever value: never said to count at the average)
        estimated = row["unvalued_counted"] if own_values else row["open_deals"] - row["stale"]
        plan.pipeline.append(OpenDeals(row["stage"], row["open_deals"], value, rate,
                                       expected / base if base else None, expected, row["stale"], row["longest"],
                                       estimated))
        plan.from_pipeline += expected
        plan.pipeline_customers += customers


def _schedule(plan: Plan) -> None:
    """When each stage's entries must happen: a lead that comes in later than the deadline minus the median
    days of the steps after it would close too late, so its weekly need counts only the weeks before that."""
    after = 0.0
    for stage, following in zip(reversed(plan.path), [None, *reversed(plan.path)]):
        if following is not None:
            lag = plan.lags[stage, following]
            if lag is None and plan.needed.get(stage):
                plan.problems.append(Problem("no_lag", step=(stage, following)))
            after += lag or 0
        plan.by[stage] = plan.deadline - timedelta(days=math.ceil(after))
        weeks = (plan.by[stage] - plan.today).days / 7
        needed = plan.needed.get(stage)
        # the customers coming in now include those the open deals bring: while new ones are needed, the last stage's
        # weekly need counts them too, or "0,3 a week needed" (the new ones alone) sits beside "0,9 come in" where
        # 0,8 are needed in all. Open deals that cover the target leave nothing needed, not their own count
        brought = plan.pipeline_customers if stage == plan.path[-1] and needed else 0.0
        plan.per_week[stage] = None if needed is None or weeks <= 0 else (needed + brought) / weeks
    # in journey order: the earliest stage that is too late first
    plan.problems += [Problem("too_late", stage) for stage in plan.path
                      if plan.needed.get(stage) and plan.by[stage] <= plan.today and plan.weeks > 0]


def _whole(value: float) -> int:
    """Round up to whole leads, but 6 / (2/3) is 9, not the 10 its binary fraction would give."""
    return math.ceil(round(value, 9))


def parent_draft(plan: Plan, sentence: str) -> drafting.Draft:
    """The objective the plan serves, from the plan's own fields: its sentence is what people read, never what
    the target is taken from (a formatted amount read back would lose its cents, or its currency)."""
    if plan.goal == "revenue":
        return _draft(plan, sentence, plan.target, plan.deadline, metric="won_value",
                      target_unit=plan.currency, currency=plan.currency)
    return _draft(plan, sentence, plan.target, plan.deadline, metric="stage_entries",
                  stage="customer", target_unit="count")


def _draft(plan: Plan, statement: str, target: float, deadline: date, **measure: Any) -> drafting.Draft:
    """An objective of the plan: more of its measure by its deadline, from today, measured on the part of the data
    the plan was made for, as its rates were."""
    return drafting.Draft(statement=statement, direction="increase", target=float(target), target_kind="absolute",
                          start=plan.today, deadline=deadline, filters=dict(plan.filters), **measure)


def _create(con: duckdb.DuckDBPyConnection, draft: drafting.Draft, owners: list[tuple[str, str]], plan: Plan,
            lang: str, created_by: str, parent_id: int | None = None) -> int:
    """Store an objective of the plan with its baseline measured like any objective's."""
    baseline = objectives.context(con, draft, owners, plan.today).baseline
    return objectives.create(con, draft, baseline, owners, lang, created_by, parent_id=parent_id)


def create_children(con: duckdb.DuckDBPyConnection, plan: Plan, parent_id: int, owners: dict[str, str],
                    sentences: Sentences, created_by: str, skip: tuple[str, ...] = ()) -> list[int]:
    """One child objective per stage, owned by the function that owns the stage (owners: function -> name),
    with its baseline measured like any objective's."""
    owning = {s["code"]: s["owner_function"] for s in plan.stage_rows}
    created = []
    for stage, needed in child_stages(plan, skip):
        draft = _child_draft(plan, stage, needed, sentences.children[stage])
        function = owning[stage]
        who = [(owners[function], function)] if owners.get(function) else []
        created.append(_create(con, draft, who, plan, sentences.lang, created_by, parent_id))
    return created


def child_stages(plan: Plan, skip: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    """The stages a child objective is made for, with what each needs: never a stage whose day has passed, which
    would be due before it starts (the page says the plan is late for it)."""
    return [(stage, needed) for stage in plan.path
            if (needed := plan.needed.get(stage)) and stage not in skip and plan.by[stage] >= plan.today]


def _first_draft(plan: Plan, parent_id: int | None, sentences: Sentences) -> drafting.Draft | None:
    """The first objective the plan would create: the new parent, else the first child."""
    if parent_id is None:
        return parent_draft(plan, sentences.parent)
    first = next(iter(child_stages(plan)), None)
    return None if first is None else _child_draft(plan, *first, sentences.children[first[0]])


def _child_draft(plan: Plan, stage: str, needed: int, sentence: str) -> drafting.Draft:
    """A stage's child objective, by the day its entries must happen to close in time (Plan.by)."""
    return _draft(plan, sentence, needed, plan.by[stage], metric="stage_entries", stage=stage, target_unit="count")


def create_plan(con: duckdb.DuckDBPyConnection, plan: Plan, parent_id: int | None, owners: dict[str, str],
                sentences: Sentences, created_by: str) -> tuple[int, list[int]]:
    """The children under an existing objective, or under a new one stating the plan's target, all or nothing."""
    if not plan.complete:
        # the page offers no button then; a plan due today or with a stage unmeasured is never half created
        raise SmarketingError("error.plan_incomplete")
    skip: tuple[str, ...] = ()
    with db.transaction(con):
        # the same plan again (a second click, the page opened twice) makes no second tree of objectives
        if (first := _first_draft(plan, parent_id, sentences)) is not None and (found := db.rows(
                con, "planner/existing", metric=first.metric, stage=objectives.stored_stage(first), target=first.target,
                deadline=first.deadline,
                filters=json.dumps(first.filters, ensure_ascii=False), parent_id=parent_id)):
            raise SmarketingError("error.plan_exists", objective=found[0]["objective_id"])
        if parent_id is None:
            both = [(name, function) for function, name in owners.items() if name]
            parent_id = _create(con, parent_draft(plan, sentences.parent), both, plan, sentences.lang, created_by)
            # a new customers parent already is the customer-stage objective
            skip = ("customer",) if plan.goal == "customers" else ()
        return parent_id, create_children(con, plan, parent_id, owners, sentences, created_by, skip)
