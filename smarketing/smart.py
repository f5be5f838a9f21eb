"""The SMART check (docs/metrics.md, "Objectives" and "Reading an objective"): each criterion gets pass, warn
or fail with the code of its reason and the values it names, and the objective a 0-100 score. Pure: the caller
measures the baseline and the metric's history (objectives.py) and passes them in; smartwords.py words the
verdicts in a language, at the edge."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext
from statistics import correlation, linear_regression, quantiles
from typing import TypeAlias

from dateutil.relativedelta import relativedelta

from smarketing import deadlines, numberwords
from smarketing.amounts import MARK, NUMBER, SCALE, number, scaled
from smarketing.drafting import Draft, manual_name, ranged, settle_change, settle_direction, settle_range
from smarketing.i18n import cents
from smarketing.metricwords import as_written
from smarketing.progress import CUMULATIVE
from smarketing.settings import CURRENCY
from smarketing.targets import EVERY_PERIOD
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
    # why the data can never measure the draft's measure (coverage.Coverage.missing_for): no spend, no deal lost, a
    # stage never dated; None when it can
    missing: str | None = None


# a value a verdict names, kept as what it is; smartwords.py words it in a language
@dataclass(frozen=True)
class Level:
    """A level of the draft's metric: 60 SQL, 25,0%, 900 €, 45 giorni."""

    value: float | None


@dataclass(frozen=True)
class Change:
    """A relative change, signed: +10%, −15%."""

    value: float


@dataclass(frozen=True)
class Share:
    """A plain share: the 150% of "ridurre del 150%", the 80% of a period gone."""

    value: float
    decimals: int = 1


@dataclass(frozen=True)
class Day:
    value: date


@dataclass(frozen=True)
class Measure:
    """The draft's measure by name ("gli SQL"); named, with the KPI a manual measure's words gave."""

    named: bool = False


@dataclass(frozen=True)
class Step:
    """A trend's move per window: points for a rate, the metric's unit otherwise."""

    value: float


@dataclass(frozen=True)
class Names:
    """People named in the sentence, each quoted."""

    names: tuple[str, ...]


@dataclass(frozen=True)
class Text:
    """Another of texts.toml's texts, with the values it names; lowered inside a sentence."""

    key: str
    params: tuple[tuple[str, Param], ...] = ()
    lower: bool = False


# the words of the sentence itself (a phrase, a scope value) and counts travel as they are
Param: TypeAlias = str | int | None | Level | Change | Share | Day | Measure | Step | Names | Text


@dataclass(frozen=True)
class Said:
    """One sentence of a verdict: its code in texts.toml's [smart] and the values it names."""

    code: str
    params: dict[str, Param] = field(default_factory=dict)


@dataclass
class Verdict:
    status: str
    reason: Said
    tip: str                                       # the advice's code ("<tip>_tip"), naming the reason's values
    also: list[Said] = field(default_factory=list)  # what the reason goes on with


@dataclass
class Report:
    score: int
    criteria: dict[str, Verdict]


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


def change_of_a_loss(draft: Draft, context: Context) -> bool:
    """A change in percent of a starting point below zero ("+20% di ROI" on a channel losing money): 20% more of
    -71,5% is -85,8%, a deeper loss, so no level follows from it (Measurable says so; no other criterion judges one)."""
    return draft.target_kind == "relative" and context.baseline is not None and context.baseline < 0


def share_over_all(draft: Draft, baseline: float | None) -> float | None:
    """The target level of a share of leads or deals (a conversion, a win rate) when it is above 100%, which
    no share reaches; None otherwise."""
    level = absolute_target(draft, baseline)
    return level if draft.metric in SHARES and level is not None and level > 1 else None


def check(draft: Draft, context: Context) -> Report:
    """The five verdicts and the score. A draft with a target level but no direction takes it from the
    baseline here, so the fields stored and shown agree with what was checked."""
    settle_change(draft, context.baseline)
    settled = settle_direction(draft)
    settle_range(draft)
    criteria = {
        "specific": _specific(draft),
        "measurable": _measurable(draft, context),
        "achievable": _achievable(draft, context),
        "relevant": _relevant(draft, context),
        "time_bound": _time_bound(draft, context),
    }
    if settled and not target_is_a_pace(draft):
        # said, since the sentence did not say it: a total to reach, a level to reach or one not to pass
        way = "total" if draft.metric in CUMULATIVE else draft.direction
        criteria["specific"].also.append(Said(f"direction_from_measure_{way}", {"target": Level(draft.target)}))
    return Report(sum(POINTS[v.status] for v in criteria.values()), criteria)


# reasons whose advice is another reason's, written once in texts.toml
_SAME_TIP = {"measurable_change_no_window": "measurable_no_window", "time_ok_one": "time_ok"}


def _v(status: str, key: str, **params: Param) -> Verdict:
    return Verdict(status, Said(key, params), _SAME_TIP.get(key, key))


def start_of(draft: Draft, context: Context) -> float | None:
    """Where the line of what was read starts: the start the sentence states ("da 120 a 90 giorni"), else the
    data's."""
    return draft.stated_baseline if draft.stated_baseline is not None else context.baseline


def reading(draft: Draft, context: Context) -> str | None:
    """How the line of what was read puts the target against its start: "from_to" (da 40 a 60), or, for a target the
    earlier window already passed, never drawn as a move the wrong way ("da 259 a 150"), "total" (a count or a sum
    starts from zero on the start day, with the earlier window beside it) or a level to keep, "at_least" or
    "at_most" (almeno 35,0%); "to" with no start; None with no target level."""
    start = start_of(draft, context)
    goal = absolute_target(draft, context.baseline)
    if goal is None:
        return None
    if start is None:
        return "to"
    if goal <= start if draft.direction == "increase" else goal >= start:
        return "total" if draft.metric in CUMULATIVE and draft.direction == "increase" else \
            "at_least" if draft.direction == "increase" else "at_most"
    return "from_to"


def target_of(draft: Draft) -> Param:
    """The draft's target as given: a change (+10%) or a level (25,0%, 250.000 €)."""
    assert draft.target is not None
    return Change(draft.target) if draft.target_kind == "relative" else Level(draft.target)


def shown(value: float, draft: Draft) -> tuple[str, float, int]:
    """How a level of the draft's metric is shown: as a percent, an amount, hours, days or a number, and with how
    many decimals (smartwords.show words it so)."""
    if draft.metric in RATIOS or draft.target_unit == "ratio":
        # a manual KPI written in percent (churn 3%) is a ratio too
        return "percent", value, 1
    if draft.metric in MONEY:
        return "money", value, cents(value)
    if draft.metric in DAYS and 0 < value < 1:
        # "entro 8 ore" is 0,33 days, which one decimal shows as 0,3 (7,2 hours): a time under a day in hours
        hours = round(value * 24, 1)
        return "hours", hours, 0 if hours.is_integer() else 1
    if draft.metric in DAYS:
        return "days", value, 1
    # a count typed with a decimal (4,5 MQL) keeps it: rounding it to 4 would show a target already passed; "NPS
    # almeno 45" is 45, "8,5 su 10" keeps its half point
    return "number", value, 0 if float(value).is_integer() else 1


def alike(a: float, b: float, draft: Draft) -> bool:
    """Two levels that read the same once shown (a target of 25,0% on a start of 24,97%): one, to the reader."""
    def digits(value: float) -> tuple[str, Decimal, int]:
        kind, number, decimals = shown(value, draft)
        exact = Decimal(str(number)).scaleb(2 if kind == "percent" else 0)
        # (an amount past any float, "a 10^300 euro", is infinite: shown as such, never rounded)
        return kind, exact.quantize(Decimal(1).scaleb(-decimals)) if exact.is_finite() else exact, decimals

    # halves round up, as the shown number does, with room for any amount a sentence holds (i18n)
    with localcontext(prec=400, rounding=ROUND_HALF_UP):
        return digits(a) == digits(b)


def money_unit(unit: str | None) -> str:
    """The currency a stored money objective's unit names (EUR, USD); EUR for one stored before units did."""
    return unit if unit and CURRENCY.fullmatch(unit) else DEFAULT_CURRENCY


def foreign_currency(draft: Draft, context: Context) -> bool:
    """An amount in another currency than the store's: never compared with it, as two currencies never add."""
    return draft.metric in MONEY and draft.currency is not None and draft.currency != context.currency


_COMPOUNDED = re.compile(r"mom|month[\s-]+over[\s-]+month|mese\s+su\s+mese|qoq|quarter[\s-]+over[\s-]+quarter"
                         r"|trimestre\s+su\s+trimestre|week[\s-]+over[\s-]+week|settimana\s+su\s+settimana"
                         # "del 5% ogni trimestre" (targets.read_pace)
                         rf"|{EVERY_PERIOD}", re.IGNORECASE)


def _compounds(draft: Draft) -> bool:
    """A growth "month over month" up to a deadline more than one month and a half away: it compounds, where the
    window's change is one; within about one period the two are the same ("+20% quarter over quarter by year end")."""
    found = _COMPOUNDED.fullmatch(draft.compared_with or "")
    if found is None or draft.deadline is None or draft.start is None:
        return False
    period = 7 if re.search(r"week|settimana", found[0], re.IGNORECASE) else (
        92 if re.search(r"\bq|quarter|trimestre", found[0], re.IGNORECASE) else 31)
    return (draft.deadline - draft.start).days > 1.5 * period


def _specific(draft: Draft) -> Verdict:
    if draft.metric is None:
        verdict = _no_measure(draft)
        if "two_objectives" in draft.problems:
            # "+200 nuovi soci e NPS > 60": the second is never dropped in silence, whatever the first is
            verdict.also.append(Said("specific_two_unread"))
        return verdict
    if draft.direction is None and draft.metric == "manual" and draft.vague_verb:
        # "migliorare la soddisfazione" says which way, never how far: a wish, and not for want of a direction
        return _v("fail", "specific_manual_vague", verb=draft.vague_verb,
                  name=manual_name(draft) or Text("smart.metric_manual", (("cadence", ""),)))
    if draft.direction is None:
        return _v("fail", "specific_no_direction", metric=Measure(named=True))
    if "first_not_measure" in draft.problems:
        # "120 iscritti e 30 MQL": the registrations are no measure kept, so the MQLs are judged, and that is said
        return _v("warn", "specific_two_second", metric=Measure(named=True))
    if "two_objectives" in draft.problems:
        return _v("warn", "specific_two", metric=Measure(named=True))
    if draft.condition:
        return _v("warn", "specific_condition", condition=draft.condition,
                  metric=Measure(named=True))
    if draft.roas and draft.target is not None:
        # a ROAS target tracked as the ROI it equals: both numbers said, so the 300% is not read as a mistake
        return _v("warn", "specific_roas", roas=Share(draft.target + 1), roi=Share(draft.target))
    if draft.scope_note:
        # "tranne LinkedIn", "da Webinar e LinkedIn": a scope holds one value, included
        note = draft.scope_note
        return _v("warn", f"specific_scope_{note['kind']}", values=", ".join(note["values"]),
                  dimension=Text(f"metric.{note['dimension']}", lower=True) if note["dimension"] else "",
                  kept=draft.filters.get(note["dimension"]) if note["dimension"] else None,
                  candidates=", ".join(note.get("candidates", [])))
    scope = ", ".join(f"{v}" for v in draft.filters.values())
    if scope:
        return _v("pass", "specific_ok_scope", metric=Measure(named=True), scope=scope,
                  direction=Text(f"smart.{draft.direction}"))
    return _v("pass", "specific_ok", metric=Measure(named=True),
              direction=Text(f"smart.{draft.direction}"))


def _no_measure(draft: Draft) -> Verdict:
    if draft.other_measure:
        return _v("fail", f"specific_other_{draft.other_kind or 'money'}", measure=draft.other_measure)
    if "sales_ambiguous" in draft.problems:
        return _v("fail", "specific_sales_ambiguous")
    if "pipeline_ambiguous" in draft.problems:
        return _v("fail", "specific_pipeline_ambiguous")
    if draft.vague_verb:
        return _v("fail", "specific_vague", verb=draft.vague_verb)
    return _v("fail", "specific_no_metric")


def _beyond_spend(draft: Draft) -> list[str]:
    """The scope values a spend measure cannot be cut by (a segment, a region...): spend comes by channel."""
    if draft.metric not in SPEND_MEASURES:
        return []
    return [v for k, v in draft.filters.items() if k not in SPEND_SCOPES]


def _measurable(draft: Draft, context: Context) -> Verdict:
    if "sign_against_verb" in draft.problems:
        return _v("fail", "measurable_sign_against_verb", target=Share(abs(draft.target or 0), 0),
                  direction=Text(f"smart.{draft.direction}"))
    if "points_not_rate" in draft.problems:
        return _v("fail", "measurable_points_not_rate", change=draft.change_phrase,
                  metric=Measure())
    if draft.change is not None and draft.target is None:
        # a change with no starting point to apply it to (a manual KPI's starts with its first check-in); with no
        # deadline there is no window to measure the start on, whatever the data holds
        if draft.deadline is None and draft.metric not in (None, "manual"):
            return _v("fail", "measurable_change_no_window", change=draft.change_phrase)
        return _v("fail", "measurable_change_no_baseline", change=draft.change_phrase)
    if draft.metric == "manual":
        if draft.target is None:
            return _v("fail", "measurable_manual_no_target")
        cadence = draft.cadence or "weekly"
        # the reminder follows the cadence: a monthly KPI is checked in monthly, never "every week"
        return _v("warn" if "cadence_rarer" in draft.problems else "pass",
                  "measurable_manual_rarer" if "cadence_rarer" in draft.problems else "measurable_manual",
                  target=Level(draft.target), cadence=Text(f"smart.cadence_{cadence}"),
                  every=Text(f"smart.every_{cadence}"))
    if draft.target is None:
        return _v("fail", "measurable_no_number")
    if draft.metric is None:
        # a level or a change of a measure the store does not keep ("costo per opportunità a 400 €", "pipeline value
        # +30%"), or of none it can tell ("triplicare le vendite": customers or money?), measures nothing
        return _v("fail", "measurable_no_metric", target=target_of(draft))
    if target_is_a_pace(draft):
        # "20 MQL a settimana" counted as 20 in all would show a cut where the team meant a pace
        return _v("fail", "measurable_pace", pace=draft.pace, target=pace_rate(draft),
                  example=_pace_example(draft))
    if context.missing:
        # "400 MQL" on a deals export that dates no MQL: a start of 0 and a best of 0 would be read as facts
        return _v("fail", f"measurable_{context.missing}", metric=Measure())
    if foreign_currency(draft, context):
        return _v("warn", "measurable_currency", currency=draft.currency, company=context.currency)
    if "working_hours" in draft.problems and draft.threshold is not None:
        # "entro 4 ore lavorative" counted as 4 hours of the clock, nights and weekends in: said, never dropped
        return _v("warn", "measurable_working_hours")
    if "working_days" in draft.problems and draft.target is not None and draft.target_kind != "relative":
        # "massimo 3 giorni lavorativi" measured as 3 days of the calendar, weekends in: said, never dropped ("-10%
        # of the working days" is a tenth less whatever days are counted)
        return _v("warn", "measurable_working_days", target=Level(draft.target))
    beyond = _beyond_spend(draft)
    if beyond:
        # "CAC per le PMI": spend comes by channel and campaign, never by segment, so no data will ever measure it
        return _v("fail", "measurable_spend_scope", metric=Measure(),
                  scope=", ".join(beyond))
    if draft.target_kind == "relative" and draft.target < -1:
        # "ridurre del 150%": nothing falls below zero, so no level can be measured against it
        return _v("fail", "measurable_below_zero", change=Share(abs(draft.target), 0))
    if draft.metric is not None and draft.target_kind == "relative" and context.baseline == 0:
        # "+20% degli SQL" where the window before had none: 20% of nothing is a target of 0, met on the first day
        return _v("fail", "measurable_zero_baseline", change=Change(draft.target),
                  metric=Measure())
    if change_of_a_loss(draft, context):
        return _v("fail", "measurable_negative_baseline", change=Change(draft.target),
                  baseline=Level(context.baseline))
    target = absolute_target(draft, context.baseline)
    if target is not None and target < 0:
        # "ridurre il tempo di 4 giorni" from 3,3 days: no time, cost or count goes under zero
        return _v("fail", "measurable_negative", target=Level(target),
                  baseline=Level(context.baseline))
    level = share_over_all(draft, context.baseline)
    if level is not None:
        # "la conversione a 30" read as 3.000%: a share of leads never gets there, so no green tick for it
        return _v("fail", "measurable_over_all", target=Level(level))
    if ranged(draft):
        # "tra 100 e 120 MQL": one bound is tracked, and which one is said
        low, high = draft.range_bounds or (None, None)
        other = low if draft.target == high else high
        return _v("warn", f"measurable_range_{draft.direction}", range=draft.range_phrase,
                  target=Level(draft.target), other=Level(other))
    if context.baseline is None:
        if draft.target_kind == "absolute":
            # a level to reach is measurable before any history: the data will give the starting point, over a
            # window the deadline sets (without one, importing more data would not give it)
            key = "measurable_later_no_window" if draft.deadline is None else "measurable_baseline_later"
            return _v("pass", key, target=Level(draft.target))
        # a change with nothing to apply it to: the change as written, not a dash; with no deadline there is
        # no window to measure the start on, whatever the data holds
        key = "measurable_no_window" if draft.deadline is None else "measurable_no_baseline"
        return _v("warn", key, target=Change(draft.target))
    if draft.compared_with and _compounds(draft):
        # "+10% mese su mese fino a giugno" compounds month after month: one change over the window is another goal
        return _v("warn", "measurable_compounded", compared=draft.compared_with, change=Change(draft.target))
    if draft.compared_with and context.baseline_window:
        # "+20% rispetto al Q3" measured from the weeks just before: said, so nobody reads the Q3 in the target
        return _v("warn", "measurable_compared", compared=draft.compared_with,
                  start=Day(context.baseline_window[0]), end=Day(context.baseline_window[1]),
                  baseline=Level(context.baseline), target=Level(target))
    # (a rate moved by points from where it is, "+3 punti (oggi 34%)", takes its target from the data's 36,9%: within a
    # tenth, 3,7 points, it read 39,9% in green where the sentence asks for 37%; a rate stated as a whole percent is
    # within a point of the data's)
    near = 0.01 if draft.target_unit == "ratio" and draft.change is not None else 0.1 * abs(context.baseline or 0)
    if draft.stated_baseline is not None and context.baseline and abs(draft.stated_baseline - context.baseline) > near:
        # a count or a sum starts from zero on the start day: its progress is never measured from the start stated
        key = "measurable_baseline_differs_count" if draft.metric in CUMULATIVE else "measurable_baseline_differs"
        return _v("warn", key, stated=Level(draft.stated_baseline),
                  baseline=Level(context.baseline), target=Level(target))
    # (a start taken from the sentence is never said to come from the data)
    return _v("pass", "measurable_ok_stated" if context.baseline_stated else "measurable_ok",
              target=Level(target), baseline=Level(context.baseline))


_PACE_DAYS = {"giorn": 1, "day": 1, "settiman": 7, "week": 7, "wk": 7, "sett": 7, "mes": 365.25 / 12,
              "mensil": 365.25 / 12, "month": 365.25 / 12, "trimestr": 365.25 / 4, "quarter": 365.25 / 4}


def target_is_a_pace(draft: Draft) -> bool:
    """The target itself is the pace: its number, then a few words of the same clause, then the pace ("80 MQL dalla
    Newsletter ogni mese", "15 SQL in più al mese"), or the pace right before it ("ogni mese 50 MQL"). A pace
    elsewhere ("400 MQL entro marzo, con check-in ogni settimana", "oggi facciamo 100 MQL al mese: vogliamo 500")
    leaves the target a total."""
    if draft.pace is None or (draft.target is None and draft.change is None):
        return False
    pace = re.escape(draft.pace)
    # the pace after the number and a few words of its clause, or right before it ("ogni mese 50 MQL")
    # (an amount's scale and currency are part of the number: "12.000 € al mese", "12k al mese", "€12k a month")
    after = rf"(?<![\d.,])(?:{MARK})?\s*({NUMBER})(\s*%)?(?:{SCALE})?(?:\s*(?:{MARK}))?" \
            rf"(?:\s+[^\W\d][\w'’-]*){{0,5}}\s+{pace}"
    # (a heading's colon too, "Target trimestrale: 300 MQL", "Monthly target: 100 MQLs"; never after a pace of its
    # own clause, "oggi facciamo 100 MQL al mese: vogliamo 500")
    colon = "" if re.match(r"(?:a|al|alla|per|ogni|each|every|an?)\b", draft.pace) else r"\s*:?"
    before = rf"\b{pace}{colon}\s+(?:[^\W\d][\w'’-]*{colon}\s+){{0,2}}(?:{MARK})?\s*({NUMBER})(\s*%)?" \
             rf"(?:{SCALE})?(?![\d.,]\d)"
    # ... or before the start and the target it runs between ("gli MQL mensili da 120 a 180", "monthly MQLs from 120
    # to 180")
    between = rf"\b{pace}{colon}\s+(?:[^\W\d][\w'’-]*\s+){{0,2}}(?:da|dai|dal|from)\s+(?:{NUMBER})\s*%?\s+" \
              rf"(?:a|ai|al|to)\s+(?:{MARK})?\s*({NUMBER})(\s*%)?(?:{SCALE})?(?![\d.,]\d)"
    # a growth each period ("+10% ogni trimestre") is a percent of the relative target
    # (numbers in words as the reading took them: "Duecento MQL al mese")
    statement = numberwords.digits(draft.statement)
    written = [scaled(number(found.group(1)), found.group(3)) / (100 if found.group(2) else 1)
               for pattern in (after, before, between)
               for found in re.finditer(pattern, statement, flags=re.IGNORECASE)]
    return any(value in (draft.target, draft.change) for value in written)


def pace_rate(draft: Draft) -> Param:
    """The number the pace goes with: a level (40 of "40 MQL al mese"), or a change as written ("15 SQL in più"), never
    the level that change makes of the data's start."""
    if draft.change is not None and draft.change_phrase:
        return as_written(draft.change_phrase, draft.statement)
    return Change(draft.target or 0) if draft.target_kind == "relative" else Level(draft.target)


def pace_total(draft: Draft) -> float | None:
    """What the pace makes up to the deadline ("40 al mese" from December to March: 169); None without a deadline
    or a period it knows, or for a pace raised by a change."""
    # at a word's start: "trimestre" holds "mes"
    days = next((d for word, d in _PACE_DAYS.items() if re.search(rf"\b{word}", draft.pace or "")), None)
    if days is None or draft.deadline is None or draft.start is None or draft.target is None \
            or draft.change is not None or draft.target_kind == "relative":
        # "15 SQL in più al mese", "+10% ogni trimestre" raise a pace the data sets: no total is worth guessing
        return None
    if days > 28:
        # months and quarters are counted on the calendar: January to April is 4 months, never 119 days / 30.44
        span = relativedelta(draft.deadline + timedelta(days=1), draft.start)
        periods = (span.years * 12 + span.months + span.days / (365.25 / 12)) / round(days / (365.25 / 12))
    else:
        periods = ((draft.deadline - draft.start).days + 1) / days
    return float(round(draft.target * periods))


def _pace_example(draft: Draft) -> Param:
    """What the pace makes up to the deadline, as the total to write instead ("circa 360"); empty when unknown."""
    total = pace_total(draft)
    if total is None or draft.deadline is None:
        return ""
    return Text("smart.pace_example", (("total", Level(total)), ("deadline", Day(draft.deadline))))


def _achievable(draft: Draft, context: Context) -> Verdict:
    if draft.metric == "manual":
        return _v("warn", "achievable_manual")
    if draft.metric is None or _beyond_spend(draft):
        # no history of a measure the data cannot compute would ever help: never "import more history"
        return _v("warn", "achievable_no_measure")
    if context.missing:
        return _v("warn", "achievable_not_in_data", metric=Measure())
    history = [h for h in context.history if h is not None]
    if draft.deadline is None and context.baseline is None and len(history) < 2:
        # the history is read over windows as long as the objective: without a deadline there are none, whatever
        # the data holds (never "import more history")
        return _v("warn", "achievable_no_window")
    if target_is_a_pace(draft):
        # "40 MQL al mese" is judged by what it makes up to the deadline, never as 40 in all
        total = pace_total(draft)
        if total is None or draft.deadline is None or draft.direction is None:
            return _v("warn", "achievable_pace", pace=draft.pace)
        paced = replace(draft, target=total, target_kind="absolute", pace=None)
        verdict = _achievable(paced, context)
        verdict.also.append(Said("achievable_pace_total", {"rate": pace_rate(draft), "pace": draft.pace,
                                                           "total": Level(total), "deadline": Day(draft.deadline)}))
        return verdict
    if change_of_a_loss(draft, context):
        return _v("warn", "achievable_negative_start")
    target = absolute_target(draft, context.baseline)
    if target is None and draft.direction is not None and (draft.target_kind == "relative" or draft.change is not None):
        return _v("warn", "achievable_no_start")
    if target is None or draft.direction is None:
        return _v("warn", "achievable_unknown")
    if context.baseline is not None and (target <= context.baseline if draft.direction == "increase"
                                         else target >= context.baseline):
        # already there, or already past it: "past" a cost or a time is below it, and the advice goes that way
        said = "equal" if alike(target, context.baseline, draft) else draft.direction
        levels: dict[str, Param] = {"target": Level(target), "baseline": Level(context.baseline)}
        # (with no window as long before the start, the baseline is all the data before it, or the sentence's own)
        where = "" if context.history else "_before"
        return Verdict("warn", Said(f"achievable_already_{said}{where}", levels),
                       f"achievable_already_{draft.direction}")
    if len(history) < 2:
        return _v("warn", "achievable_no_history", target=Level(target))
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
    params: dict[str, Param] = {"target": Level(target), "best": Level(shown_best), "typical": Level(typical),
                                "windows": len(history)}
    key = "beyond_best" if beyond_best else "top_tail" if in_top_tail else "ok"
    status = {"beyond_best": "fail", "top_tail": "warn", "ok": "pass"}[key]
    if step:
        # the best and the typical are then where the trend carries the windows, never results seen: said so
        params["step"] = Step(step)
        # the tip of a target past the best names no "best ever" either; the others hold as they are
        tip = "achievable_beyond_best_trend" if key == "beyond_best" else f"achievable_{key}"
        return Verdict(status, Said(f"achievable_{key}_trend", params), tip)
    return _v(status, f"achievable_{key}", **params)


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


def _relevant(draft: Draft, context: Context) -> Verdict:
    functions = {function for _, function in context.owners}
    missing = [f for f in OWNING_FUNCTIONS if f not in functions]
    if missing and draft.named_owners:
        # "Giulia (marketing) e Marco (vendite)" written in the sentence: not yet chosen as the objective's owners
        return _v("fail", f"relevant_named_{missing[0]}" if len(missing) == 1 else "relevant_named",
                  names=Names(tuple(draft.named_owners)))
    if missing:
        return _v("fail", f"relevant_missing_{missing[0]}" if len(missing) == 1 else "relevant_no_owners")
    if draft.metric in (None, "manual") and context.parent_id is None:
        return _v("warn", "relevant_not_tied")
    return _v("pass", "relevant_ok", owners=", ".join(name for name, _ in context.owners))


def _time_bound(draft: Draft, context: Context) -> Verdict:
    if "deadline_unreadable" in draft.problems and deadlines.names_season(draft.deadline_phrase or ""):
        return _v("fail", "time_season", phrase=draft.deadline_phrase or "")
    if "deadline_unreadable" in draft.problems and deadlines.names_event(draft.deadline_phrase or ""):
        return _v("fail", "time_event", phrase=draft.deadline_phrase or "")
    if "deadline_unreadable" in draft.problems:
        return _v("fail", "time_unreadable", phrase=draft.deadline_phrase or "")
    if draft.deadline is None:
        return _v("fail", "time_missing")
    start = draft.start or context.today
    if draft.deadline <= context.today:
        # (on its own last day, "entro fine anno" is today: not gone by, but no time left either)
        return _v("fail", "time_today" if draft.deadline == context.today else "time_past",
                  deadline=Day(draft.deadline))
    if draft.deadline <= start:
        return _v("fail", "time_before_start", deadline=Day(draft.deadline),
                  start=Day(start))
    if draft.deadline > context.today + timedelta(days=HORIZON_DAYS):
        return _v("warn", "time_far", deadline=Day(draft.deadline))
    gone = (context.today - start).days / max((draft.deadline - start).days, 1)
    if gone > UNDER_WAY and not re.search(r"\d{4}|\b(?:in corso|this|questo|current|corrente)\b",
                                          draft.deadline_phrase or ""):
        # "nel secondo semestre" written in late November: this year's, mostly gone, or next year's? Said
        return _v("warn", "time_under_way", phrase=(draft.deadline_phrase or "").strip(),
                  start=Day(start), deadline=Day(draft.deadline), gone=Share(gone, 0))
    days = (draft.deadline - context.today).days
    return _v("pass", "time_ok_one" if days == 1 else "time_ok", deadline=Day(draft.deadline),
              days=days)
