"""Correcting what a sentence was read as: the fields a person sets over the reading, in the editor's boxes
or with `objectives check/add` options, and the fields that follow from them. The check then judges the
corrected draft, and the change log keeps what the reader had (`Draft.corrected`)."""

from __future__ import annotations

import re
from typing import Any

from smarketing import amounts, drafting, metricwords, stages
from smarketing.errors import SmarketingError
from smarketing.vocabulary import MONEY, RATIOS

# What a person may set over what was read, in the editor or with `objectives check/add` options
CORRECTABLE = ("metric", "stage", "from_stage", "to_stage", "filters", "direction", "target", "target_kind",
               "deadline", "start")
# a draft's field under the objectives table's column name, where they differ (the change log uses those)
STORED_AS = {"stage": "to_stage", "start": "start_date"}


def correct(draft: drafting.Draft, corrections: dict[str, Any],
            stage_names: dict[str, dict[str, str]] | None = None) -> None:
    """Set the fields a person corrected, keeping what was read in `corrected`, so that the SMART check judges
    the corrected objective and the change log can say what the reader had. A target may come as typed. The
    fields that follow from others (stages of a metric that has none, the unit, problems now solved) follow
    again."""
    unknown = set(corrections) - set(CORRECTABLE)
    if unknown:
        raise ValueError(unknown)
    if isinstance(corrections.get("target"), str):
        # as typed: "25%" is a level of a rate and a change of anything else, so the metric decides
        typed = corrections["target"]
        try:
            value, kind = target_of(typed, corrections.get("metric", draft.metric), draft.currency)
        except ValueError:
            raise SmarketingError("error.correction_target", text=typed) from None
        corrections = {**corrections, "target": value, "target_kind": kind}
    if "target" in corrections:
        # a target set by hand is the total or level meant: no pace or change of the sentence's stands over it
        draft.pace = draft.change = draft.change_phrase = None
    for name, value in ((n, corrections[n]) for n in CORRECTABLE if n in corrections):
        if value != getattr(draft, name):
            draft.corrected.setdefault(name, getattr(draft, name))
            setattr(draft, name, value)
    if not draft.corrected:
        return
    if draft.metric != "stage_entries":
        draft.stage = None
    elif draft.stage is None:
        raise SmarketingError("error.correction_stage")
    if draft.metric in ("conversion", "velocity"):
        draft.from_stage = draft.from_stage or "lead"
        draft.to_stage = draft.to_stage or "customer"
        if stages.PATH.index(draft.from_stage) >= stages.PATH.index(draft.to_stage):
            # the stages as the store names them, in each language ("Cliente → Contatto"); their codes without it
            names = stage_names or {}
            raise SmarketingError("error.correction_step", **{
                end: {lang: names.get(code, {}).get(lang) or code.upper() for lang in ("it", "en")}
                for end, code in (("a", draft.from_stage), ("b", draft.to_stage))})
    else:
        draft.from_stage = draft.to_stage = None
    if draft.metric != "sla":
        draft.threshold = draft.threshold_unit = None
    draft.cadence = (draft.cadence or "weekly") if draft.metric == "manual" else None
    if draft.target is not None and draft.target_kind is None:
        draft.target_kind = "absolute"
    if draft.target_kind == "relative" and draft.target and "direction" not in corrections:
        draft.direction = "increase" if draft.target > 0 else "decrease"
    draft.target_unit = metricwords.unit_of(draft) if draft.target is not None else None
    solved = {"no_metric": draft.metric is not None, "sales_ambiguous": draft.metric is not None,
              "pipeline_ambiguous": draft.metric is not None,
              "no_number": draft.target is not None, "deadline_unreadable": "deadline" in draft.corrected}
    draft.problems = [p for p in draft.problems if not solved.get(p)]


def target_of(text: str, metric: str | None, currency: str | None = None) -> tuple[float, str]:
    """A target as a person types it over the one read: "25%" (a rate's level), "+10%" or "-15%" (a change),
    "120", "250.000", "50k". Returns (value, kind); raises ValueError when it is no number. An amount naming
    another currency than the objective's (`currency`, when known) is refused: "250.000 USD" kept as 250.000 €
    converted nothing and said nothing."""
    text = " ".join(text.replace("\u00a0", " ").split())
    mark = re.search(amounts.MARK, text, re.IGNORECASE)
    named = amounts.currency_of(mark.group(0)) if mark else None
    if named and currency and named != currency and metric in MONEY:
        raise SmarketingError("error.target_other_currency", text=text, currency=currency, named=named)
    percent = re.fullmatch(rf"([+-]?)\s*({amounts.NUMBER})\s*%", text)
    if percent:
        value = amounts.number(percent.group(2)) / 100
        if percent.group(1) or metric not in RATIOS | {"manual"}:
            return (-value if percent.group(1) == "-" else value), "relative"
        return value, "absolute"
    return amounts.amount(text), "absolute"
