"""The SMART check (docs/metrics.md, "Objectives" and "Reading an objective"): each criterion gets pass, warn
or fail, a reason and a suggestion in the chosen language, and the objective a 0-100 score. Pure: the caller
measures the baseline and the metric's history (objectives.py) and passes them in."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import correlation, linear_regression, quantiles
from typing import Any

from dateutil.relativedelta import relativedelta

from smarketing import deadlines
from smarketing.corrections import STORED_AS
from smarketing.drafting import Draft, manual_name, ranged, settle_change, settle_direction, settle_range
from smarketing.i18n import cents, fmt_date, fmt_money, fmt_num, fmt_pct, fmt_signed_pct, t
from smarketing.importing.reasons import QUOTES
from smarketing.progress import CUMULATIVE
from smarketing.settings import CURRENCY
from smarketing.vocabulary import (
    COUNTS,
    DAYS,
    DEFAULT_CURRENCY,
    MONEY,
    OWNING_FUNCTIONS,
    RATIOS,
    SPEND_MEASURES,
    SPEND_SCOPES,
)

POINTS = {"pass": 20, "warn": 10, "fail": 0}
HORIZON_DAYS = 730          # beyond two years a deadline stops steering the weekly meeting
UNDER_WAY = 0.5             # a period named with no year, more than this share gone: which year is asked
# shares of leads or deals, which cannot pass 100% (a ROI can)
SHARES = frozenset({"conversion", "win_rate", "sla"})


@dataclass
class Context:
    """What the data and the form say about a draft."""

    today: date
    baseline: float | None = None          # the metric over the window of the same length before the start
    baseline_window: tuple[date, date] | None = None   # that window, first and last day
    # the baseline is the start the sentence states ("from £500k"), with no window of the data to measure it on
    baseline_stated: bool = False
    history: list[float] = field(default_factory=list)   # the metric over earlier windows of that length
    owners: list[tuple[str, str]] = field(default_factory=list)   # (name, function)
    parent_id: int | None = None
    currency: str = DEFAULT_CURRENCY       # the company's: what the store's amounts are in
    # the stages' names in each language, from the stages table: {"customer": {"it": "Cliente", ...}}; a stage
    # missing here is named by its code
    stage_names: dict[str, dict[str, str]] = field(default_factory=dict)

    def stage_name(self, code: str | None, lang: str) -> str:
        return self.stage_names.get(code or "", {}).get(lang) or (code or "").upper()


@dataclass
class Verdict:
    status: str
    reason: str
    suggestion: str


@dataclass
class Report:
    score: int
    criteria: dict[str, Verdict]
    understood: str = ""                   # what was read, in one line, before any verdict

    def as_dict(self) -> dict[str, Any]:
        return {"understood": self.understood, "score": self.score,
                "criteria": {k: vars(v) for k, v in self.criteria.items()}}


def absolute_target(draft: Draft, baseline: float | None) -> float | None:
    return level(draft.target, draft.target_kind, baseline, draft.metric)


def level(target: float | None, kind: str | None, baseline: float | None, metric: str | None = None) -> float | None:
    """The target as a level: +20% of a baseline of 50 is 60. A count of entries is whole: +20% of 42 SQL is
    51 (at least 50,4 SQL is 51 of them, never "14 of 50,4"), -20% of 42 is 33."""
    if target is None:
        return None
    if kind == "relative":
        if baseline is None:
            return None
        # rounded: 50 * 1.1 must compare equal to 55
        value = round(baseline * (1 + target), 9)
        if metric in COUNTS:
            return float(math.ceil(value) if target > 0 else math.floor(value))
        return value
    return target


def share_over_all(draft: Draft, baseline: float | None) -> float | None:
    """The target level of a share of leads or deals (a conversion, a win rate) when it is above 100%, which
    no share reaches; None otherwise."""
    level = absolute_target(draft, baseline)
    return level if draft.metric in SHARES and level is not None and level > 1 else None


def check(draft: Draft, context: Context, lang: str) -> Report:
    """The five verdicts and the score. A draft with a target level but no direction takes it from the
    baseline here, so the fields stored and shown agree with what was checked."""
    settle_change(draft, context.baseline)
    settled = settle_direction(draft)
    settle_range(draft)
    criteria = {
        "specific": _specific(draft, context, lang),
        "measurable": _measurable(draft, context, lang),
        "achievable": _achievable(draft, context, lang),
        "relevant": _relevant(draft, context, lang),
        "time_bound": _time_bound(draft, context, lang),
    }
    if settled:
        # said, since the sentence did not say it: a total to reach, a level to reach or one not to pass
        way = "total" if draft.metric in CUMULATIVE else draft.direction
        criteria["specific"].reason += " " + t(f"smart.direction_from_measure_{way}", lang,
                                               target=show(draft.target, draft, lang))
    return Report(sum(POINTS[v.status] for v in criteria.values()), criteria, understood(draft, context, lang))


def understood(draft: Draft, context: Context, lang: str) -> str:
    """One line of what the sentence was read as (metric, scope, from where to where, by when), so that a
    misreading shows at once instead of hiding behind a green tick."""
    if draft.metric is None:
        return t("smart.understood_nothing", lang)
    parts = [metric_name(draft, context, lang, named=True)]
    if draft.filters:
        parts[0] += " (" + ", ".join(f"{t(f'metric.{d}', lang).lower()} {v}" for d, v in draft.filters.items()) + ")"
    start = draft.stated_baseline if draft.stated_baseline is not None else context.baseline
    goal = absolute_target(draft, context.baseline)
    if goal is not None:
        shown = show(start, draft, lang)
        # a target the earlier window already passed is never drawn as a move the wrong way ("da 259 a 150"): a
        # count or a sum starts from zero on the start day, with the earlier window beside it; a level is one to
        # keep ("almeno 35,0%")
        way = "from_to"
        if start is not None and (goal <= start if draft.direction == "increase" else goal >= start):
            way = "total" if draft.metric in CUMULATIVE and draft.direction == "increase" else \
                "at_least" if draft.direction == "increase" else "at_most"
        if None not in (draft.stated_baseline, context.baseline) and draft.stated_baseline != context.baseline:
            # "da 120 a 90 giorni" while the data say 135: both, side by side; inside the brackets of "almeno 75,0%
            # (ora 70,0%)" after a comma, never a bracket in a bracket
            data = show(context.baseline, draft, lang)
            shown += ", " + t("smart.understood_data_inside", lang, value=data) if way in ("at_least", "at_most") \
                else " " + t("smart.understood_data", lang, value=data)
        parts.append(t(f"smart.understood_{way}", lang, a=shown, b=show(goal, draft, lang))
                     if start is not None else t("smart.understood_to", lang, b=show(goal, draft, lang)))
    elif draft.target is not None and draft.target_kind == "relative":
        parts.append(t("smart.understood_relative", lang, change=_relative(draft, lang)))
    elif draft.change is not None and draft.change_phrase:
        # "200 lead in più" with no start to apply it to: the change as written, never "no target"
        parts.append(t("smart.understood_relative", lang, change=draft.change_phrase))
    else:
        parts.append(t("smart.understood_no_target", lang))
    if draft.deadline and draft.start and draft.start != context.today:
        parts.append(t("smart.understood_between", lang, start=fmt_date(draft.start, lang),
                       deadline=fmt_date(draft.deadline, lang)))
    else:
        parts.append(t("smart.understood_by", lang, deadline=fmt_date(draft.deadline, lang)) if draft.deadline
                     else t("smart.understood_no_deadline", lang))
    line = t("smart.understood", lang, what=", ".join(parts))
    if draft.corrected:
        names = ", ".join(t(f"objectives.field.{STORED_AS.get(f, f)}", lang) for f in draft.corrected)
        line += " " + t("smart.understood_corrected", lang, fields=names)
    return line


# reasons whose advice is another reason's, written once in texts.toml
_SAME_TIP = {"measurable_change_no_window": "measurable_no_window", "time_ok_one": "time_ok"}


def _v(status: str, key: str, lang: str, **params) -> Verdict:
    return Verdict(status, t(f"smart.{key}", lang, **params), t(f"smart.{_SAME_TIP.get(key, key)}_tip", lang, **params))


def metric_name(draft: Draft, context: Context, lang: str, named: bool = False) -> str:
    if draft.metric == "sla" and draft.threshold is not None:
        return t("smart.metric_sla_within", lang, within=within(draft.threshold, draft.threshold_unit or "days", lang))
    if draft.metric == "stage_entries":
        return t(f"smart.entries_{draft.stage}", lang)
    if draft.metric in ("conversion", "velocity"):
        return t(f"smart.metric_{draft.metric}", lang, a=context.stage_name(draft.from_stage, lang),
                 b=context.stage_name(draft.to_stage, lang))
    if draft.metric == "manual":
        cadence = t(f"smart.cadence_{draft.cadence or 'weekly'}", lang)
        if named and (name := manual_name(draft)):
            # "Misura chiara: aumentare l'indicatore «NPS»": the KPI the words named, not just that one was read
            return t("smart.metric_manual_named", lang, name=name, cadence=cadence)
        return t("smart.metric_manual", lang, cadence=cadence)
    return t(f"smart.metric_{draft.metric}", lang)


def within(threshold: float, unit: str, lang: str) -> str:
    """A service level's time, worded: 48 ore, 2 giorni lavorativi, 24 hours."""
    one = "_one" if threshold == 1 else ""
    return t(f"smart.within_{unit}{one}", lang, n=fmt_num(threshold, lang, 0 if float(threshold).is_integer() else 1))


def show(value: float | None, draft: Draft, lang: str) -> str:
    """A level of the draft's metric, worded: 60 SQL, 25,0%, 900 EUR, 45 giorni."""
    if value is None:
        return "–"
    unit = "count" if draft.target_kind == "relative" and draft.target_unit == "count" else draft.target_unit
    if draft.metric in RATIOS or draft.target_unit == "ratio":
        # a manual KPI written in percent (churn 3%) is a ratio too
        return fmt_pct(value, lang)
    if draft.metric in MONEY:
        return fmt_money(value, lang, draft.currency or money_unit(draft.target_unit), cents(value))
    if draft.metric in DAYS and 0 < value < 1:
        # "entro 8 ore" is 0,33 days, which one decimal shows as 0,3 (7,2 hours): a time under a day in hours
        return within(round(value * 24, 1), "hours", lang)
    if draft.metric in DAYS:
        return t("smart.days", lang, days=fmt_num(value, lang, 1))
    if unit == "score":
        # "NPS almeno 45" is 45, "8,5 su 10" keeps its half point
        return fmt_num(value, lang, 0 if float(value).is_integer() else 1)
    # a count typed with a decimal (4,5 MQL) keeps it: rounding it to 4 would show a target already passed
    return fmt_num(value, lang, 0 if float(value).is_integer() else 1)


def _relative(draft: Draft, lang: str) -> str:
    """A relative target as a signed percent: +100%, −15%."""
    assert draft.target is not None
    return fmt_signed_pct(draft.target, lang)


def target_words(draft: Draft, lang: str) -> str:
    """The draft's target as the check says it: a change signed (+10%), a level in its unit (25,0%, 250.000 €)."""
    assert draft.target is not None
    return _relative(draft, lang) if draft.target_kind == "relative" else show(draft.target, draft, lang)


def money_unit(unit: str | None) -> str:
    """The currency a stored money objective's unit names (EUR, USD); EUR for one stored before units did."""
    return unit if unit and CURRENCY.fullmatch(unit) else DEFAULT_CURRENCY


def foreign_currency(draft: Draft, context: Context) -> bool:
    """An amount in another currency than the store's: never compared with it, as two currencies never add."""
    return draft.metric in MONEY and draft.currency is not None and draft.currency != context.currency


_COMPOUNDED = re.compile(r"mom|month[\s-]+over[\s-]+month|mese\s+su\s+mese|qoq|quarter[\s-]+over[\s-]+quarter"
                         r"|trimestre\s+su\s+trimestre|week[\s-]+over[\s-]+week|settimana\s+su\s+settimana",
                         re.IGNORECASE)


def _compounds(draft: Draft) -> bool:
    """A growth "month over month" up to a deadline more than one month and a half away: it compounds, where the
    window's change is one; within about one period the two are the same ("+20% quarter over quarter by year end")."""
    found = _COMPOUNDED.fullmatch(draft.compared_with or "")
    if found is None or draft.deadline is None or draft.start is None:
        return False
    period = 7 if re.match(r"week|settimana", found[0], re.IGNORECASE) else (
        92 if re.match(r"q|trimestre", found[0], re.IGNORECASE) else 31)
    return (draft.deadline - draft.start).days > 1.5 * period


def _specific(draft: Draft, context: Context, lang: str) -> Verdict:
    if draft.metric is None:
        verdict = _no_measure(draft, lang)
        if "two_objectives" in draft.problems:
            # "+200 nuovi soci e NPS > 60": the second is never dropped in silence, whatever the first is
            verdict.reason += " " + t("smart.specific_two_unread", lang)
        return verdict
    if draft.direction is None and draft.metric == "manual" and draft.vague_verb:
        # "migliorare la soddisfazione" says which way, never how far: a wish, and not for want of a direction
        return _v("fail", "specific_manual_vague", lang, verb=draft.vague_verb,
                  name=manual_name(draft) or t("smart.metric_manual", lang, cadence=""))
    if draft.direction is None:
        return _v("fail", "specific_no_direction", lang, metric=metric_name(draft, context, lang, named=True))
    if "first_not_measure" in draft.problems:
        # "120 iscritti e 30 MQL": the registrations are no measure kept, so the MQLs are judged, and that is said
        return _v("warn", "specific_two_second", lang, metric=metric_name(draft, context, lang, named=True))
    if "two_objectives" in draft.problems:
        return _v("warn", "specific_two", lang, metric=metric_name(draft, context, lang, named=True))
    if draft.condition:
        return _v("warn", "specific_condition", lang, condition=draft.condition,
                  metric=metric_name(draft, context, lang, named=True))
    if draft.roas and draft.target is not None:
        # a ROAS target tracked as the ROI it equals: both numbers said, so the 300% is not read as a mistake
        return _v("warn", "specific_roas", lang, roas=fmt_pct(draft.target + 1, lang), roi=fmt_pct(draft.target, lang))
    if draft.scope_note:
        # "tranne LinkedIn", "da Webinar e LinkedIn": a scope holds one value, included
        note = draft.scope_note
        return _v("warn", f"specific_scope_{note['kind']}", lang, values=", ".join(note["values"]),
                  dimension=t(f"metric.{note['dimension']}", lang).lower() if note["dimension"] else "",
                  kept=draft.filters.get(note["dimension"]) if note["dimension"] else None,
                  candidates=", ".join(note.get("candidates", [])))
    scope = ", ".join(f"{v}" for v in draft.filters.values())
    if scope:
        return _v("pass", "specific_ok_scope", lang, metric=metric_name(draft, context, lang, named=True), scope=scope,
                  direction=t(f"smart.{draft.direction}", lang))
    return _v("pass", "specific_ok", lang, metric=metric_name(draft, context, lang, named=True),
              direction=t(f"smart.{draft.direction}", lang))


def _no_measure(draft: Draft, lang: str) -> Verdict:
    if draft.other_measure:
        return _v("fail", f"specific_other_{draft.other_kind or 'money'}", lang, measure=draft.other_measure)
    if "sales_ambiguous" in draft.problems:
        return _v("fail", "specific_sales_ambiguous", lang)
    if draft.vague_verb:
        return _v("fail", "specific_vague", lang, verb=draft.vague_verb)
    return _v("fail", "specific_no_metric", lang)


def _beyond_spend(draft: Draft) -> list[str]:
    """The scope values a spend measure cannot be cut by (a segment, a region...): spend comes by channel."""
    if draft.metric not in SPEND_MEASURES:
        return []
    return [v for k, v in draft.filters.items() if k not in SPEND_SCOPES]


def _measurable(draft: Draft, context: Context, lang: str) -> Verdict:
    if "sign_against_verb" in draft.problems:
        return _v("fail", "measurable_sign_against_verb", lang, target=fmt_pct(abs(draft.target or 0), lang, 0),
                  direction=t(f"smart.{draft.direction}", lang))
    if "points_not_rate" in draft.problems:
        return _v("fail", "measurable_points_not_rate", lang, change=draft.change_phrase,
                  metric=metric_name(draft, context, lang))
    if draft.change is not None and draft.target is None:
        # a change with no starting point to apply it to (a manual KPI's starts with its first check-in); with no
        # deadline there is no window to measure the start on, whatever the data holds
        if draft.deadline is None and draft.metric not in (None, "manual"):
            return _v("fail", "measurable_change_no_window", lang, change=draft.change_phrase)
        return _v("fail", "measurable_change_no_baseline", lang, change=draft.change_phrase)
    if draft.metric == "manual":
        if draft.target is None:
            return _v("fail", "measurable_manual_no_target", lang)
        cadence = draft.cadence or "weekly"
        # the reminder follows the cadence: a monthly KPI is checked in monthly, never "every week"
        return _v("warn" if "cadence_rarer" in draft.problems else "pass",
                  "measurable_manual_rarer" if "cadence_rarer" in draft.problems else "measurable_manual", lang,
                  target=show(draft.target, draft, lang), cadence=t(f"smart.cadence_{cadence}", lang),
                  every=t(f"smart.every_{cadence}", lang))
    if draft.target is None:
        return _v("fail", "measurable_no_number", lang)
    if draft.metric is None and (draft.target_kind == "absolute" or draft.other_measure):
        # a level, or a change of a measure named, that the store does not keep ("costo per opportunità a 400 €",
        # "pipeline value +30%") measures nothing
        return _v("fail", "measurable_no_metric", lang, target=target_words(draft, lang))
    if draft.pace is not None:
        # "20 MQL a settimana" counted as 20 in all would show a cut where the team meant a pace
        return _v("fail", "measurable_pace", lang, pace=draft.pace, target=show(draft.target, draft, lang),
                  example=_pace_example(draft, lang))
    if foreign_currency(draft, context):
        return _v("warn", "measurable_currency", lang, currency=draft.currency, company=context.currency)
    beyond = _beyond_spend(draft)
    if beyond:
        # "CAC per le PMI": spend comes by channel and campaign, never by segment, so no data will ever measure it
        return _v("fail", "measurable_spend_scope", lang, metric=metric_name(draft, context, lang),
                  scope=", ".join(beyond))
    if draft.target_kind == "relative" and draft.target < -1:
        # "ridurre del 150%": nothing falls below zero, so no level can be measured against it
        return _v("fail", "measurable_below_zero", lang, change=fmt_pct(abs(draft.target), lang, 0))
    if draft.metric is not None and draft.target_kind == "relative" and context.baseline == 0:
        # "+20% degli SQL" where the window before had none: 20% of nothing is a target of 0, met on the first day
        return _v("fail", "measurable_zero_baseline", lang, change=_relative(draft, lang),
                  metric=metric_name(draft, context, lang))
    target = absolute_target(draft, context.baseline)
    if target is not None and target < 0:
        # "ridurre il tempo di 4 giorni" from 3,3 days: no time, cost or count goes under zero
        return _v("fail", "measurable_negative", lang, target=show(target, draft, lang),
                  baseline=show(context.baseline, draft, lang))
    level = share_over_all(draft, context.baseline)
    if level is not None:
        # "la conversione a 30" read as 3.000%: a share of leads never gets there, so no green tick for it
        return _v("fail", "measurable_over_all", lang, target=show(level, draft, lang))
    if ranged(draft):
        # "tra 100 e 120 MQL": one bound is tracked, and which one is said
        low, high = draft.range_bounds or (None, None)
        other = low if draft.target == high else high
        return _v("warn", f"measurable_range_{draft.direction}", lang, range=draft.range_phrase,
                  target=show(draft.target, draft, lang), other=show(other, draft, lang))
    if context.baseline is None:
        if draft.target_kind == "absolute":
            # a level to reach is measurable before any history: the data will give the starting point, over a
            # window the deadline sets (without one, importing more data would not give it)
            key = "measurable_later_no_window" if draft.deadline is None else "measurable_baseline_later"
            return _v("pass", key, lang, target=show(draft.target, draft, lang))
        # a change with nothing to apply it to: the change as written, not a dash; with no deadline there is
        # no window to measure the start on, whatever the data holds
        key = "measurable_no_window" if draft.deadline is None else "measurable_no_baseline"
        return _v("warn", key, lang, target=_relative(draft, lang))
    if draft.compared_with and _compounds(draft):
        # "+10% mese su mese fino a giugno" compounds month after month: one change over the window is another goal
        return _v("warn", "measurable_compounded", lang, compared=draft.compared_with, change=_relative(draft, lang))
    if draft.compared_with and context.baseline_window:
        # "+20% rispetto al Q3" measured from the weeks just before: said, so nobody reads the Q3 in the target
        return _v("warn", "measurable_compared", lang, compared=draft.compared_with,
                  start=fmt_date(context.baseline_window[0], lang), end=fmt_date(context.baseline_window[1], lang),
                  baseline=show(context.baseline, draft, lang), target=show(target, draft, lang))
    if draft.stated_baseline is not None and context.baseline and \
            abs(draft.stated_baseline - context.baseline) > 0.1 * abs(context.baseline):
        # a count or a sum starts from zero on the start day: its progress is never measured from the start stated
        key = "measurable_baseline_differs_count" if draft.metric in CUMULATIVE else "measurable_baseline_differs"
        return _v("warn", key, lang, stated=show(draft.stated_baseline, draft, lang),
                  baseline=show(context.baseline, draft, lang), target=show(target, draft, lang))
    # (a start taken from the sentence is never said to come from the data)
    return _v("pass", "measurable_ok_stated" if context.baseline_stated else "measurable_ok", lang,
              target=show(target, draft, lang), baseline=show(context.baseline, draft, lang))


_PACE_DAYS = {"giorn": 1, "day": 1, "settiman": 7, "week": 7, "wk": 7, "sett": 7, "mes": 365.25 / 12,
              "mensil": 365.25 / 12, "month": 365.25 / 12, "trimestr": 365.25 / 4, "quarter": 365.25 / 4}


def _pace_example(draft: Draft, lang: str) -> str:
    """What the pace makes up to the deadline, as the total to write instead ("circa 360"); empty without a
    deadline or a period it knows."""
    # at a word's start: "trimestre" holds "mes"
    days = next((d for word, d in _PACE_DAYS.items() if re.search(rf"\b{word}", draft.pace or "")), None)
    if days is None or draft.deadline is None or draft.start is None or draft.target is None \
            or draft.change is not None:
        # "15 SQL in più al mese" raises a pace the data sets: no total is worth guessing from the 15
        return ""
    if days > 28:
        # months and quarters are counted on the calendar: January to April is 4 months, never 119 days / 30.44
        span = relativedelta(draft.deadline + timedelta(days=1), draft.start)
        periods = (span.years * 12 + span.months + span.days / (365.25 / 12)) / round(days / (365.25 / 12))
    else:
        periods = ((draft.deadline - draft.start).days + 1) / days
    return t("smart.pace_example", lang, total=show(round(draft.target * periods), draft, lang),
             deadline=fmt_date(draft.deadline, lang))


def _achievable(draft: Draft, context: Context, lang: str) -> Verdict:
    if draft.metric == "manual":
        return _v("warn", "achievable_manual", lang)
    if draft.metric is None or _beyond_spend(draft):
        # no history of a measure the data cannot compute would ever help: never "import more history"
        return _v("warn", "achievable_no_measure", lang)
    history = [h for h in context.history if h is not None]
    if draft.deadline is None and context.baseline is None and len(history) < 2:
        # the history is read over windows as long as the objective: without a deadline there are none, whatever
        # the data holds (never "import more history")
        return _v("warn", "achievable_no_window", lang)
    target = absolute_target(draft, context.baseline)
    if target is None and draft.direction is not None and (draft.target_kind == "relative" or draft.change is not None):
        return _v("warn", "achievable_no_start", lang)
    if target is None or draft.direction is None:
        return _v("warn", "achievable_unknown", lang)
    if context.baseline is not None and (target <= context.baseline if draft.direction == "increase"
                                         else target >= context.baseline):
        # already there, or already past it: "past" a cost or a time is below it, and the advice goes that way
        said = "equal" if show(target, draft, lang) == show(context.baseline, draft, lang) else draft.direction
        levels = dict(target=show(target, draft, lang), baseline=show(context.baseline, draft, lang))
        # (with no window as long before the start, the baseline is all the data before it, or the sentence's own)
        where = "" if context.history else "_before"
        return Verdict("warn", t(f"smart.achievable_already_{said}{where}", lang, **levels),
                       t(f"smart.achievable_already_{draft.direction}_tip", lang, **levels))
    if len(history) < 2:
        return _v("warn", "achievable_no_history", lang, target=show(target, draft, lang))
    trended, step = with_trend(history)
    if (step > 0) == (draft.direction == "increase"):
        # only a trend running the objective's way moves the bar; a business going backwards can still aim
        # at the levels its own history shows it reached
        history = trended
    else:
        step = 0.0
    best = max(history) if draft.direction == "increase" else min(history)
    # inclusive: with few windows the quartiles stay inside the range actually seen
    cuts = quantiles(history, n=4, method="inclusive")
    typical = cuts[2] if draft.direction == "increase" else cuts[0]
    beyond_best = target > best if draft.direction == "increase" else target < best
    in_top_tail = target > typical if draft.direction == "increase" else target < typical
    # a trend may carry the best between two counts: "punta a 26,4 SQL" is said as 26
    shown_best = float(round(best)) if draft.target_unit == "count" else best
    params = dict(target=show(target, draft, lang), best=show(shown_best, draft, lang),
                  typical=show(typical, draft, lang), windows=len(history))
    key = "beyond_best" if beyond_best else "top_tail" if in_top_tail else "ok"
    status = {"beyond_best": "fail", "top_tail": "warn", "ok": "pass"}[key]
    if step:
        # the best and the typical are then where the trend carries the windows, never results seen: said so
        # a rate moves by points: "+0,4 punti a periodo", never "+0,4%", which reads as a relative change
        moved = t("metric.points", lang, points=fmt_num(abs(step) * 100, lang, 1)) \
            if draft.metric in RATIOS or draft.target_unit == "ratio" else show(abs(step), draft, lang)
        params["step"] = ("+" if step > 0 else "−") + moved
        # the tip of a target past the best names no "best ever" either; the others hold as they are
        tip = "achievable_beyond_best_trend_tip" if key == "beyond_best" else f"achievable_{key}_tip"
        return Verdict(status, t(f"smart.achievable_{key}_trend", lang, **params), t(f"smart.{tip}", lang, **params))
    return _v(status, f"achievable_{key}", lang, **params)


TREND_WINDOWS = 4       # fewer windows than this draw no trend worth the name
TREND_FIT = 0.7         # r²: how much of the windows' spread the straight line must explain


def with_trend(history: list[float]) -> tuple[list[float], float]:
    """The history (newest window first) read with its trend: on a business growing window after window,
    each window is moved to where its trend brings it by the objective's window, so that +5% on the best
    window ever is judged against where the growth is heading, not against the past. Returns the history
    unchanged and 0 when the windows draw no clear straight line. Also the change per window."""
    if len(history) < TREND_WINDOWS or len(set(history)) < 2:
        return history, 0.0
    ages = list(range(len(history)))
    if correlation(ages, history) ** 2 < TREND_FIT:
        return history, 0.0
    slope = linear_regression(ages, history).slope      # per window older, so growth is negative
    return [value - slope * (age + 1) for age, value in zip(ages, history)], -slope


def _relevant(draft: Draft, context: Context, lang: str) -> Verdict:
    functions = {function for _, function in context.owners}
    missing = [f for f in OWNING_FUNCTIONS if f not in functions]
    if missing and draft.named_owners:
        # "Giulia (marketing) e Marco (vendite)" written in the sentence: not yet chosen as the objective's owners
        quote = QUOTES.get(lang, QUOTES["it"])
        return _v("fail", f"relevant_named_{missing[0]}" if len(missing) == 1 else "relevant_named", lang,
                  names=", ".join(quote.format(name) for name in draft.named_owners))
    if missing:
        return _v("fail", f"relevant_missing_{missing[0]}" if len(missing) == 1 else "relevant_no_owners", lang)
    if draft.metric in (None, "manual") and context.parent_id is None:
        return _v("warn", "relevant_not_tied", lang)
    return _v("pass", "relevant_ok", lang, owners=", ".join(name for name, _ in context.owners))


def _time_bound(draft: Draft, context: Context, lang: str) -> Verdict:
    if "deadline_unreadable" in draft.problems and deadlines.names_season(draft.deadline_phrase or ""):
        return _v("fail", "time_season", lang, phrase=draft.deadline_phrase or "")
    if "deadline_unreadable" in draft.problems and deadlines.names_event(draft.deadline_phrase or ""):
        return _v("fail", "time_event", lang, phrase=draft.deadline_phrase or "")
    if "deadline_unreadable" in draft.problems:
        return _v("fail", "time_unreadable", lang, phrase=draft.deadline_phrase or "")
    if draft.deadline is None:
        return _v("fail", "time_missing", lang)
    start = draft.start or context.today
    if draft.deadline <= context.today:
        # (on its own last day, "entro fine anno" is today: not gone by, but no time left either)
        return _v("fail", "time_today" if draft.deadline == context.today else "time_past", lang,
                  deadline=fmt_date(draft.deadline, lang))
    if draft.deadline <= start:
        return _v("fail", "time_before_start", lang, deadline=fmt_date(draft.deadline, lang),
                  start=fmt_date(start, lang))
    if draft.deadline > context.today + timedelta(days=HORIZON_DAYS):
        return _v("warn", "time_far", lang, deadline=fmt_date(draft.deadline, lang))
    gone = (context.today - start).days / max((draft.deadline - start).days, 1)
    if gone > UNDER_WAY and not re.search(r"\d{4}|\b(?:in corso|this|questo|current|corrente)\b",
                                          draft.deadline_phrase or ""):
        # "nel secondo semestre" written in late November: this year's, mostly gone, or next year's? Said
        return _v("warn", "time_under_way", lang, phrase=(draft.deadline_phrase or "").strip(),
                  start=fmt_date(start, lang), deadline=fmt_date(draft.deadline, lang), gone=fmt_pct(gone, lang, 0))
    days = (draft.deadline - context.today).days
    return _v("pass", "time_ok_one" if days == 1 else "time_ok", lang, deadline=fmt_date(draft.deadline, lang),
              days=days)
