"""An objective in words: its status, values, owners, changes and board row as the Objectives page, the CLI, the
agenda and the report write them, in a language. objective_views gives them in numbers and codes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from smarketing import drafting, meetings, objectives, periods, progress, smart, smartwords
from smarketing.i18n import fmt_date, fmt_num, fmt_pct, has_text, t, typed_decimals
from smarketing.objective_views import BoardRow
from smarketing.vocabulary import DAYS, MONEY, RATIOS

STATUS_MARK = {"done": "✅", "on_track": "🟢", "at_risk": "🟡", "off_track": "🔴", "too_early": "⏳",
               "not_started": "🗓️", None: "⚪"}
STATUS_COLOUR = {"done": "#cfe3ff", "on_track": "#d5f0dc", "at_risk": "#ffefbf", "off_track": "#fbd3d3",
                 "too_early": "#e8eaf0", "not_started": "#e8eaf0", None: "#ececec"}
# the same colours in Streamlit's badge names
STATUS_BADGE = {"done": "blue", "on_track": "green", "at_risk": "orange", "off_track": "red", "too_early": "gray",
                "not_started": "gray", None: "gray"}


def status_text(row: objectives.Objective, status: str | None, lang: str, amounts_in: tuple[str, ...] = ()) -> str:
    """A status in words; one not started yet says when it starts (a dash against its target, "expected 0%",
    read as a broken objective in the meeting), one not measurable for its amounts' currencies says them
    (progress.Progress.amounts_in: the company's currency changed, and a cost objective went blank unexplained)."""
    if status == "not_started":
        return t("status.starts", lang, date=fmt_date(row["start_date"], lang))
    return status_words(status, amounts_in, lang)


def status_words(status: str | None, amounts_in: tuple[str, ...], lang: str) -> str:
    """A status in words, with no objective at hand (the alerts' "from ... to ..."): not measurable for its amounts'
    currencies says them."""
    if status is None and len(amounts_in) == 1:
        return t("status.unknown_currency", lang, currency=amounts_in[0])
    if status is None and amounts_in:
        return t("status.unknown_currencies", lang, currencies=", ".join(amounts_in))
    return t("status." + (status or "unknown"), lang)


def as_draft(row: objectives.Objective) -> drafting.Draft:
    """A stored objective seen as a draft, to word its values like the SMART check does."""
    return drafting.Draft(statement=row["statement"] or "", metric=row["metric"], target_unit=row["unit"],
                          target_kind="absolute", target=row["target"])


def measure_words(row: objectives.Objective, stage_names: dict[str, dict[str, str]], lang: str) -> str:
    """What a stored objective measures, as the SMART check names it ("gli SQL", "la conversione MQL → SQL"), or
    "–" for one with no measure."""
    if row["metric"] is None:
        return "–"
    draft = drafting.Draft(statement=row["statement"] or "", metric=row["metric"], from_stage=row["from_stage"],
                           to_stage=row["to_stage"], threshold=row["threshold"], threshold_unit=row["threshold_unit"],
                           cadence=row["cadence"],
                           stage=row["to_stage"] if row["metric"] == "stage_entries" else None)
    context = smart.Context(today=periods.today(), stage_names=stage_names)
    return smartwords.metric_name(draft, context, lang, named=True)


def show(row: objectives.Objective, value: float | None, lang: str) -> str:
    return smartwords.show(value, as_draft(row), lang)


def target_typed(row: objectives.Objective, lang: str, target: float | None = None) -> str:
    """A target as a person types it in the edit form, which objectives.edited_target reads back: 25,0%, +10%,
    250.000 €, 45 (days); the objective's own target unless one is given."""
    value = row["target"] if target is None else target
    if value is None:
        return ""
    if row["target_kind"] == "relative":
        return ("+" if value > 0 else "-") + fmt_pct(abs(value), lang, typed_decimals(value))
    if row["metric"] in DAYS:
        return fmt_num(value, lang, 0 if float(value).is_integer() else 1)
    return show(row, value, lang)


def chart_format(row: objectives.Objective) -> tuple[str, str]:
    """What kind of value the detail chart draws (charts.FORMATS) and the currency of its amounts: a rate, an
    amount in the objective's own currency (190.000 €, as the cards' "€190,000"), any other number."""
    currency = smart.money_unit(row["unit"])
    return ("rate" if row["metric"] in RATIOS else "amount" if row["metric"] in MONEY else "number"), currency


def owners_text(row: objectives.Objective, lang: str) -> str:
    letters = {"marketing": t("objectives.letter_marketing", lang), "sales": t("objectives.letter_sales", lang)}
    return ", ".join(f"{n} ({letters.get(f, '?')})" for n, f in zip(row["owners"], row["functions"]))


def forecast_text(row: objectives.Objective, p: progress.Progress, lang: str) -> str:
    """The value forecast at the deadline; for counts and sums, with the share of the target it makes, which
    is what their status follows."""
    text = show(row, p.forecast, lang)
    if p.kind == "cumulative" and p.forecast_progress is not None:
        text += f" ({fmt_pct(p.forecast_progress, lang, 0)})"
    return text


def change_words(change: objectives.Change, row: objectives.Objective, parents: dict[int, str],
                 lang: str) -> tuple[str, str]:
    """A change log entry's old and new values as the page writes them ("25,0%", "30/06/2027", "archiviato",
    "Anna (Marketing)"), not as stored; a value it cannot read is shown as stored. `parents`: objective titles
    by id."""
    def word(value: str | None) -> str:
        if value is None:
            return "–"
        try:
            return _worded_value(change["field"], value, row, parents, lang)
        except (ValueError, KeyError, TypeError):
            return value
    return word(change["old_value"]), word(change["new_value"])


def _worded_value(field: str, value: str, row: objectives.Objective, parents: dict[int, str], lang: str) -> str:
    if field == "target":
        return target_typed(row, lang, float(value))
    if field == "baseline":
        return show(row, float(value), lang)
    if field in ("deadline", "start_date"):
        return fmt_date(date.fromisoformat(value[:10]), lang)
    if field == "status":
        return t(f"objectives.lifecycle_{value}", lang)
    if field == "direction":
        return t(f"smart.{value}", lang)
    if field == "target_kind":
        return t(f"objectives.kind_{value}", lang)
    if field == "cadence":
        return t(f"smart.cadence_{value}", lang)
    if field == "parent_id":
        return f"#{value} {parents.get(int(value), '')}".rstrip()
    if field == "owners":
        # someone no longer on the team has no function: their name alone
        return ", ".join(f"{name} ({t(f'function.{function}', lang)})" if has_text(f"function.{function}") else name
                         for name, function in json.loads(value))
    return value



@dataclass(frozen=True)
class BoardWords:
    """A board row in words, one field per column of the board (board_columns names them)."""

    id: int
    status: str
    title: str
    rollup: str
    owners: str
    deadline: str
    progress: int | None      # percent points for the bar
    progress_text: str
    expected: str
    actual: str
    target: str
    forecast: str
    confidence: str

    def cell(self, column: str) -> Any:
        """The value of a column named by a caller's list of columns."""
        return getattr(self, column)


def worded(row: BoardRow, lang: str) -> BoardWords:
    """A board row as the page, the agenda and the report write it."""
    o, p = row.objective, row.progress
    rolled = row.rollup
    return BoardWords(
        id=row.id,
        status=f"{STATUS_MARK[p.status]} {status_text(o, p.status, lang, p.amounts_in)}",
        title=row.title,
        rollup="" if rolled is None else t(
            "objectives.rollup" if rolled.children > 1 else "objectives.rollup_one", lang,
            total=show(o, rolled.total, lang), target=show(o, rolled.target, lang),
            share=fmt_pct(rolled.total / rolled.target, lang, 0), children=rolled.children),
        owners=owners_text(o, lang) + ("" if set(objectives.FUNCTIONS) <= set(o["functions"]) else " ⚠"),
        deadline=fmt_date(o["deadline"], lang),
        # percent points for the bar: whole numbers read the same in both languages; the bar stops at its ends, the
        # number beside it does not (the detail and the report say 166% too)
        progress=None if p.progress is None else round(p.progress * 100),
        progress_text=fmt_pct(p.progress, lang, 0),
        # with no deadline nothing is expected by any day: "–", never "0%"
        expected=fmt_pct(p.expected_progress, lang, 0) if o["deadline"] else "–",
        actual=show(o, p.actual, lang),
        target=show(o, p.target, lang),
        forecast=forecast_text(o, p, lang),
        confidence="–" if row.confidence is None else fmt_num(row.confidence, lang, 1)
        # (short: the board's column ends at the screen's edge at 1400 px; its caption says what the flag means)
        + (f" {t(f'objectives.flag_{row.flag}_short', lang)}" if row.flag else ""),
    )




def linked(row: meetings.Decision | meetings.Action, lang: str) -> str | None:
    """The objective a decision or an action is about, as "#8 Title"; one removed since is said so, never "None"."""
    if not row["objective_id"]:
        return None
    return f"#{row['objective_id']} {row['objective_title'] or t('meeting.objective_removed', lang)}"
