"""The reverse funnel: from a revenue or customer target and a deadline, the customers, opportunities, SQLs,
MQLs and leads needed (in all and per week), from the rates measured over a look-back window and the
average deal value, and the budget that implies at the current cost per lead."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

import duckdb

from smarketing import db, drafting, metrics, objectives, stages
from smarketing.i18n import fmt_int, fmt_long_date, fmt_money, fmt_num, fmt_pct, t

PATH = ("lead", "mql", "sql", "opportunity", "customer")


@dataclass
class Plan:
    goal: str                    # revenue, customers
    target: float
    deadline: date
    today: date
    lookback_days: int
    weeks: float
    average_deal: float | None = None
    currency: str | None = None
    rates: dict[str, float | None] = field(default_factory=dict)    # "mql->sql": rate
    needed: dict[str, int | None] = field(default_factory=dict)     # stage: leads that must enter it
    per_week: dict[str, float | None] = field(default_factory=dict)
    cpl: float | None = None
    budget: float | None = None
    problems: list[str] = field(default_factory=list)


def make(con: duckdb.DuckDBPyConnection, goal: str, target: float, deadline: date, today: date,
         lookback_days: int = 180, filters: dict | None = None) -> Plan:
    plan = Plan(goal, target, deadline, today, lookback_days, max((deadline - today).days, 0) / 7)
    if plan.weeks <= 0:
        plan.problems.append("deadline_past")
    window = dict(start=today - timedelta(days=lookback_days), end=today, filters=filters or {}, today=today)
    # flows over the look-back (entries into B over entries into A): recent cohorts have not finished
    # converting, so cohort rates would ask for too many leads
    for a, b in zip(PATH, PATH[1:]):
        row = metrics.compute(con, "conversion", metrics.Query(mode="period", from_stage=a, to_stage=b, **window))[0]
        plan.rates[f"{a}->{b}"] = row["conversion_rate"]
    won = metrics.compute(con, "win-rate", metrics.Query(**window))[0]
    plan.average_deal = None if won["avg_deal_value"] is None else float(won["avg_deal_value"])
    plan.currency = won["currency"]
    customers = target
    if goal == "revenue":
        if (won["currencies"] or 0) > 1:
            plan.problems.append("mixed_currency")    # never average EUR and USD deals together
            customers = None
        elif not plan.average_deal:
            plan.problems.append("no_deal_value")
            customers = None
        else:
            customers = target / plan.average_deal
    need = None if customers is None else _whole(customers)
    plan.needed["customer"] = need
    for a, b in reversed(list(zip(PATH, PATH[1:]))):
        rate = plan.rates[f"{a}->{b}"]
        if need is None or not rate:
            if need is not None:
                plan.problems.append(f"no_rate:{a}->{b}")
            need = None
        else:
            need = _whole(need / rate)
        plan.needed[a] = need
    plan.per_week = {s: (None if n is None or plan.weeks <= 0 else n / plan.weeks) for s, n in plan.needed.items()}
    roi = metrics.compute(con, "roi", metrics.Query(**window))[0]
    plan.cpl = None if roi["cpl"] is None else float(roi["cpl"])
    if plan.cpl is not None and plan.needed.get("lead") is not None:
        plan.budget = plan.cpl * plan.needed["lead"]
    return plan


def _whole(value: float) -> int:
    """Round up to whole leads, but 6 / (2/3) is 9, not the 10 its binary fraction would give."""
    return math.ceil(round(value, 9))


def table(plan: Plan, stage_rows: list[dict], lang: str) -> list[dict]:
    """The plan as the page and the CLI show it: one row per stage, from leads to customers."""
    labels = {s["code"]: s[f"label_{lang}"] for s in stage_rows}
    shown = []
    for a, b in zip(PATH, [*PATH[1:], None]):
        shown.append({
            t("planner.col_stage", lang): labels.get(a, a),
            t("planner.col_needed", lang): fmt_int(plan.needed.get(a), lang),
            t("planner.col_per_week", lang): fmt_num(plan.per_week.get(a), lang, 1),
            t("planner.col_rate", lang): fmt_pct(plan.rates.get(f"{a}->{b}"), lang) if b else "",
        })
    return shown


def problems(plan: Plan, stage_rows: list[dict], lang: str) -> list[str]:
    """Why a plan is incomplete, in words."""
    labels = {s["code"]: s[f"label_{lang}"] for s in stage_rows}
    said = []
    for problem in plan.problems:
        if problem.startswith("no_rate:"):
            a, b = problem.split(":", 1)[1].split("->")
            said.append(t("planner.no_rate", lang, step=f"{labels.get(a, a)} → {labels.get(b, b)}"))
        else:
            said.append(t(f"planner.{problem}", lang))
    return said


def statement(stage: str, needed: int, deadline: date, lang: str) -> str:
    """The sentence of a child objective, in words the drafting reader understands."""
    return t(f"planner.child_{stage}", lang, count=fmt_int(needed, lang), deadline=fmt_long_date(deadline, lang))


def parent_statement(plan: Plan, lang: str) -> str:
    """The sentence of the objective the plan serves, when there is none yet."""
    amount = fmt_money(plan.target, lang, plan.currency or "EUR") if plan.goal == "revenue" \
        else fmt_int(plan.target, lang)
    return t(f"planner.parent_{plan.goal}", lang, amount=amount, deadline=fmt_long_date(plan.deadline, lang))


def create_children(con: duckdb.DuckDBPyConnection, plan: Plan, parent_id: int, owners: dict[str, str], lang: str,
                    created_by: str, skip: tuple[str, ...] = ()) -> list[int]:
    """One child objective per stage, owned by the function that owns the stage (owners: function -> name),
    with its baseline measured like any objective's."""
    owning = {s["code"]: s["owner_function"] for s in stages.stages(con)}
    created = []
    for stage in PATH:
        needed = plan.needed.get(stage)
        if not needed or stage in skip:
            continue
        text = statement(stage, needed, plan.deadline, lang)
        draft = drafting.Draft(statement=text, metric="stage_entries", stage=stage, direction="increase",
                               target=float(needed), target_kind="absolute", target_unit="count", start=plan.today,
                               deadline=plan.deadline)
        function = owning[stage]
        who = [(owners[function], function)] if owners.get(function) else []
        baseline = objectives.context(con, draft, who, plan.today).baseline
        created.append(objectives.create(con, draft, baseline, who, lang, created_by, parent_id=parent_id))
    return created


def create_plan(con: duckdb.DuckDBPyConnection, plan: Plan, parent_id: int | None, owners: dict[str, str], lang: str,
                created_by: str) -> tuple[int, list[int]]:
    """The children under an existing objective, or under a new one stating the plan's target, all or nothing."""
    skip: tuple[str, ...] = ()
    with db.transaction(con):
        if parent_id is None:
            both = [(name, function) for function, name in owners.items() if name]
            parent_id = objectives.add(con, parent_statement(plan, lang), both, plan.today, lang, created_by)
            # a new customers parent already is the customer-stage objective
            skip = ("customer",) if plan.goal == "customers" else ()
        return parent_id, create_children(con, plan, parent_id, owners, lang, created_by, skip)
