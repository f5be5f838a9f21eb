"""A plan's words in a language: its table, its pace, the open deals it counts on, its problems, and the sentences
of the objectives it creates. The core (planner.py) says what it found as numbers, dates, stage codes and problem
codes; the Planner page words them here, as agendawords words the agenda."""

from __future__ import annotations

from datetime import date

from smarketing import periods
from smarketing.i18n import fmt_date, fmt_int, fmt_long_date, fmt_money, fmt_num, fmt_pct, t
from smarketing.planner import Plan, Sentences, child_stages


def table(plan: Plan, lang: str) -> list[dict[str, str]]:
    """One row per stage, from leads to customers: how many must come in, by when, how many a week that makes,
    how many a week come in now, the rate to the next stage."""
    labels = plan.labels(lang)
    shown = []
    for a, b in zip(plan.path, [*plan.path[1:], None]):
        needed = fmt_int(plan.needed.get(a), lang)
        if b is None and plan.needed.get(a) and plan.pipeline_customers:
            # the customers' weekly need counts those the open deals bring: the row says so, or 8 in 26 weeks would
            # read as 0,3 a week where it shows 0,8
            needed = t("planner.needed_with_pipeline", lang, new=needed,
                       pipeline=fmt_num(plan.pipeline_customers, lang, 1))
        shown.append({
            t("planner.col_stage", lang): labels.get(a, a),
            t("planner.col_needed", lang): needed,
            t("planner.col_by", lang): fmt_date(plan.by.get(a), lang),
            t("planner.col_per_week", lang): fmt_num(plan.per_week.get(a), lang, 1),
            t("planner.col_run_rate", lang): fmt_num(plan.run_rate.get(a), lang, 1),
            t("planner.col_rate", lang): fmt_pct(plan.rates.get((a, b)), lang) if b else "",
        })
    return shown


def pace(plan: Plan, lang: str) -> list[tuple[str, bool]]:
    """Per stage, the weekly need against today's weekly arrivals in words ("servono 36,8 contatti a
    settimana, ne arrivano 29"), and whether today's pace falls short."""
    said = []
    for stage in plan.path:
        need, now = plan.per_week.get(stage), plan.run_rate.get(stage)
        if not need or now is None:
            continue
        key = f"planner.pace_{stage}"
        if stage == "customer" and plan.pipeline_customers:
            # the weekly need counts the customers the open deals bring (planner._schedule): said beside the new ones
            key = "planner.pace_customer_with_pipeline"
        said.append((t(key, lang, need=fmt_num(need, lang, 1), now=fmt_num(now, lang, 1),
                       by=fmt_date(plan.by[stage], lang), pipeline=fmt_num(plan.pipeline_customers, lang, 1),
                       # the table's new customers beside the open deals' (the weekly need counts both)
                       new=fmt_int(plan.needed.get(stage) or 0, lang)),
                     now < need))
    return said


def coverage(plan: Plan, lang: str) -> str | None:
    """Where the data starts or stops inside the look-back, the days the weekly arrivals are measured over, in
    words."""
    if plan.covered_to is not None:
        first = plan.covered_from or periods.last_days(plan.lookback_days, plan.today)[0]
        return t("planner.covered_to", lang, day=fmt_date(plan.covered_to, lang),
                 days=fmt_int((plan.covered_to - first).days + 1, lang), lookback=fmt_int(plan.lookback_days, lang))
    if plan.covered_from is None:
        return None
    return t("planner.covered_from", lang, day=fmt_date(plan.covered_from, lang),
             days=fmt_int((plan.today - plan.covered_from).days + 1, lang), lookback=fmt_int(plan.lookback_days, lang))


def pipeline_rows(plan: Plan, lang: str) -> list[dict[str, str]]:
    """The deals already open that the plan counts on, stage by stage."""
    labels = plan.labels(lang)
    currency = plan.currency
    return [{
        t("planner.col_stage", lang): labels.get(deals.stage, deals.stage),
        t("planner.col_open", lang): fmt_int(deals.open, lang),
        t("planner.col_stale", lang): fmt_int(deals.stale, lang),
        t("planner.col_open_value", lang): fmt_money(deals.value, lang, currency),
        t("planner.col_stage_win_rate", lang): fmt_pct(deals.rate, lang),
        t("planner.col_chance", lang): fmt_pct(deals.chance, lang),
        t("planner.col_expected", lang): fmt_money(deals.expected, lang, currency) if plan.goal == "revenue"
        else fmt_num(deals.expected, lang, 1),
    } for deals in plan.pipeline]


def pipeline_notes(plan: Plan, lang: str) -> list[str]:
    """What the open deals' table leaves unsaid: deals at a stage no closed deal stopped at, and deals open longer
    than any closed from their stage (both counted for nothing), and deals with no value of their own (counted at
    the average deal, toward a revenue target)."""
    labels = plan.labels(lang)
    notes = []
    for deals in plan.pipeline:
        stage = labels.get(deals.stage, deals.stage)
        if deals.unweighed:
            notes.append(t("planner.unweighed_one" if deals.unweighed == 1 else "planner.unweighed", lang, stage=stage,
                           count=fmt_int(deals.unweighed, lang)))
        if deals.stale:
            notes.append(t("planner.stale_one" if deals.stale == 1 else "planner.stale", lang, stage=stage,
                           count=fmt_int(deals.stale, lang), days=fmt_int(deals.longest, lang)))
        if deals.estimated and plan.goal == "revenue" and plan.average_deal:
            notes.append(t("planner.estimated_one" if deals.estimated == 1 else "planner.estimated", lang,
                           stage=stage, count=fmt_int(deals.estimated, lang),
                           average=fmt_money(plan.average_deal, lang, plan.currency)))
    return notes


def problems(plan: Plan, lang: str) -> list[str]:
    """Why a plan is incomplete or late, in words."""
    labels = plan.labels(lang)
    said = []
    for problem in plan.problems:
        key = f"planner.{problem.code}"
        if problem.step is not None:
            a, b = problem.step
            said.append(t(key, lang, step=f"{labels.get(a, a)} → {labels.get(b, b)}",
                          stage=labels.get(problem.stage or "", problem.stage)))
        elif problem.stage is not None:
            said.append(t(key, lang, stage=labels.get(problem.stage, problem.stage),
                          by=fmt_date(plan.by[problem.stage], lang)))
        else:
            said.append(t(key, lang))
    return said


def scope(plan: Plan, lang: str) -> str:
    """The part of the data the plan is for, as its objectives' sentences say it: " (fonte: Fiere)"; none for all."""
    if not plan.filters:
        return ""
    said = [t("planner.scope_owner", lang, value=v) if d == "owner"
            else t("planner.scope_other", lang, dimension=t(f"metric.{d}", lang).lower(), value=v)
            for d, v in plan.filters.items()]
    return f" ({'; '.join(said)})"


def statement(stage: str, needed: int, deadline: date, lang: str, scoped: str = "") -> str:
    """The sentence of a child objective, in words the drafting reader understands; `scoped` as scope() says it."""
    return t(f"planner.child_{stage}", lang, count=fmt_int(needed, lang), deadline=fmt_long_date(deadline, lang),
             scope=scoped)


def amount_words(amount: float, goal: str, currency: str, lang: str) -> str:
    """A plan's target as read: money for revenue, a count for customers; cents or a decimal only when it has them
    (the page's "Letto come", the new parent's sentence)."""
    decimals = 0 if float(amount).is_integer() else 2
    return fmt_money(amount, lang, currency, decimals) if goal == "revenue" else fmt_num(amount, lang, decimals)


def parent_statement(plan: Plan, lang: str) -> str:
    """The sentence of the objective the plan serves, when there is none yet."""
    amount = amount_words(plan.target, plan.goal, plan.currency, lang)
    return t(f"planner.parent_{plan.goal}", lang, amount=amount, deadline=fmt_long_date(plan.deadline, lang),
             scope=scope(plan, lang))


def sentences(plan: Plan, lang: str) -> Sentences:
    """The sentences of the objectives the plan would create, in the language of the person creating them: the
    plan's own parent, and a child per stage it sets a number for."""
    scoped = scope(plan, lang)
    children = {stage: statement(stage, needed, plan.by[stage], lang, scoped) for stage, needed in child_stages(plan)}
    return Sentences(lang, parent_statement(plan, lang), children)
