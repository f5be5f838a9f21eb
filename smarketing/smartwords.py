"""The SMART check's words in a language: what a sentence was read as, and each verdict's reason and advice. The
check (smart.py) says what it found as codes and values; the Objectives page and the CLI word them here, as
plannerwords words a plan."""

from __future__ import annotations

from typing import Any, NamedTuple

from smarketing import smart
from smarketing.corrections import STORED_AS
from smarketing.drafting import Draft, manual_name
from smarketing.i18n import fmt_date, fmt_money, fmt_num, fmt_pct, fmt_signed_pct, t, typed_decimals
from smarketing.importing.reasons import QUOTES
from smarketing.smart import Context, Report, Said


class Verdict(NamedTuple):
    status: str
    code: str                               # the reason's code, the same in every language
    reason: str
    suggestion: str


class Worded(NamedTuple):
    understood: str                         # what was read, in one line, before any verdict
    score: int
    criteria: dict[str, Verdict]

    def as_dict(self) -> dict[str, Any]:
        return {"understood": self.understood, "score": self.score,
                "criteria": {name: v._asdict() for name, v in self.criteria.items()}}


def worded(draft: Draft, context: Context, report: Report, lang: str) -> Worded:
    """A checked draft's report in words."""
    return Worded(understood(draft, context, lang), report.score, {
        name: Verdict(v.status, v.reason.code,
                      " ".join(said(s, draft, context, lang) for s in (v.reason, *v.also)),
                      said(Said(f"{v.tip}_tip", v.reason.params), draft, context, lang))
        for name, v in report.criteria.items()})


def judged(draft: Draft, context: Context, lang: str) -> Worded:
    """A draft checked and worded at once, for a sentence read without a store."""
    return worded(draft, context, smart.check(draft, context), lang)


def said(sentence: Said, draft: Draft, context: Context, lang: str) -> str:
    return t(f"smart.{sentence.code}", lang,
             **{name: word(value, draft, context, lang) for name, value in sentence.params.items()})


def word(value: smart.Param, draft: Draft, context: Context | None, lang: str) -> object:
    """One value a verdict names, in words; the sentence's own words and counts as they are. Only the measure's
    name needs the context (its stages' names)."""
    if isinstance(value, smart.Level):
        return show(value.value, draft, lang)
    if isinstance(value, smart.Change):
        # a change the sentence gave, as it gave it: "del 2,5%" is +2,5%, never +3%
        return fmt_signed_pct(value.value, lang, typed_decimals(value.value))
    if isinstance(value, smart.Share):
        return fmt_pct(value.value, lang, value.decimals)
    if isinstance(value, smart.Day):
        return fmt_date(value.value, lang)
    if isinstance(value, smart.Measure):
        assert context is not None
        return metric_name(draft, context, lang, named=value.named)
    if isinstance(value, smart.Step):
        # a rate moves by points: "+0,4 punti a periodo", never "+0,4%", which reads as a relative change
        moved = t("metric.points", lang, points=fmt_num(abs(value.value) * 100, lang, 1)) \
            if smart.shown(value.value, draft)[0] == "percent" else show(abs(value.value), draft, lang)
        return ("+" if value.value > 0 else "−") + moved
    if isinstance(value, smart.Names):
        quote = QUOTES.get(lang, QUOTES["it"])
        return ", ".join(quote.format(name) for name in value.names)
    if isinstance(value, smart.Text):
        text = t(value.key, lang, **{name: word(v, draft, context, lang) for name, v in value.params})
        return text.lower() if value.lower else text
    return value


def understood(draft: Draft, context: Context, lang: str) -> str:
    """One line of what the sentence was read as (metric, scope, from where to where, by when), so that a
    misreading shows at once instead of hiding behind a green tick."""
    if draft.metric is None:
        return t("smart.understood_nothing", lang)
    parts = [metric_name(draft, context, lang, named=True)]
    if draft.filters:
        scope = ", ".join(f"{t(f'metric.{d}', lang).lower()} {v}" for d, v in draft.filters.items())
        # one bracket after a measure that has its own: "(mediana, segmento PMI)", never "(mediana) (segmento PMI)"
        parts[0] = f"{parts[0][:-1]}, {scope})" if parts[0].endswith(")") else f"{parts[0]} ({scope})"
    # (a change of a loss reads as written: "+20%", never "almeno -85,8%")
    way = None if smart.change_of_a_loss(draft, context) else smart.reading(draft, context)
    goal = smart.absolute_target(draft, context.baseline)
    if smart.target_is_a_pace(draft):
        # "40 MQL al mese", "15 SQL in più al mese": the pace as written, never "40 in all" (Measurable asks for
        # the total)
        parts.append(t("smart.understood_pace", lang, rate=word(smart.pace_rate(draft), draft, context, lang),
                       pace=draft.pace))
    elif way is not None:
        shown = show(smart.start_of(draft, context), draft, lang)
        if None not in (draft.stated_baseline, context.baseline) and draft.stated_baseline != context.baseline:
            # "da 120 a 90 giorni" while the data say 135: both, side by side; inside the brackets of "almeno 75,0%
            # (ora 70,0%)" after a comma, never a bracket in a bracket
            data = show(context.baseline, draft, lang)
            shown += ", " + t("smart.understood_data_inside", lang, value=data) if way in ("at_least", "at_most") \
                else " " + t("smart.understood_data", lang, value=data)
        parts.append(t(f"smart.understood_{way}", lang, a=shown, b=show(goal, draft, lang)))
    elif draft.target is not None and draft.target_kind == "relative":
        parts.append(t("smart.understood_relative", lang,
                       change=word(smart.Change(draft.target), draft, context, lang)))
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


def metric_name(draft: Draft, context: Context, lang: str, named: bool = False) -> str:
    if draft.metric == "sla" and draft.threshold is not None:
        return t("smart.metric_sla_within", lang, within=within(draft.threshold, draft.threshold_unit or "days", lang))
    if draft.metric == "stage_entries":
        return t(f"smart.entries_{draft.stage}", lang)
    if draft.metric in ("conversion", "velocity"):
        return t(f"smart.metric_{draft.metric}", lang, a=stage_name(context, draft.from_stage, lang),
                 b=stage_name(context, draft.to_stage, lang))
    if draft.metric == "manual":
        cadence = t(f"smart.cadence_{draft.cadence or 'weekly'}", lang)
        if named and (name := manual_name(draft)):
            # "Misura chiara: aumentare l'indicatore «NPS»": the KPI the words named, not just that one was read
            return t("smart.metric_manual_named", lang, name=name, cadence=cadence)
        return t("smart.metric_manual", lang, cadence=cadence)
    return t(f"smart.metric_{draft.metric}", lang)


def stage_name(context: Context, code: str | None, lang: str) -> str:
    """A stage by the name the stages table gives it in the language; one missing there by its code."""
    return context.stage_names.get(code or "", {}).get(lang) or (code or "").upper()


def within(threshold: float, unit: str, lang: str) -> str:
    """A service level's time, worded: 48 ore, 2 giorni lavorativi, 24 hours."""
    one = "_one" if threshold == 1 else ""
    return t(f"smart.within_{unit}{one}", lang, n=fmt_num(threshold, lang, 0 if float(threshold).is_integer() else 1))


def show(value: float | None, draft: Draft, lang: str) -> str:
    """A level of the draft's metric, worded as smart.shown says: 60 SQL, 25,0%, 900 EUR, 45 giorni, 8 ore."""
    if value is None:
        return "–"
    kind, number, decimals = smart.shown(value, draft)
    if kind == "percent":
        return fmt_pct(number, lang, decimals)
    if kind == "money":
        return fmt_money(number, lang, draft.currency or smart.money_unit(draft.target_unit), decimals)
    if kind == "hours":
        return within(number, "hours", lang)
    if kind == "days":
        return t("smart.days", lang, days=fmt_num(number, lang, decimals))
    return fmt_num(number, lang, decimals)


def target_words(draft: Draft, lang: str) -> str:
    """The draft's target as the check says it: a change signed (+10%), a level in its unit (25,0%, 250.000 €)."""
    return str(word(smart.target_of(draft), draft, None, lang))
