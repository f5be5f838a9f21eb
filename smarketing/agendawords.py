"""The meeting agenda's and the alerts' sentences in a language. The core (agenda.py, alerts.py) says what it
found as a sentence's key and its facts: numbers, days, codes and names as the data holds them. The pages, the
report and the digest word them here, as metricformat words the metrics."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from smarketing.i18n import fmt_date, fmt_int, fmt_num, fmt_pct, fmt_signed_pct, fmt_week, t

if TYPE_CHECKING:
    from smarketing import inbox
    from smarketing.objective_views import BoardRow


class Said(Protocol):
    """An agenda item or an alert: the sentence's key under [agenda] in texts.toml, and its facts."""

    @property
    def what(self) -> str: ...

    @property
    def facts(self) -> dict[str, Any]: ...


def say(found: Said, lang: str) -> str:
    facts = found.facts
    words = {name: _WORDS.get(name, _as_is)(value, facts, lang) for name, value in facts.items()}
    if "row" in facts:
        words.update(_objective(facts["row"], lang))
    return t(f"agenda.{found.what}", lang, **words)


def _owner(owner: str | None, facts: dict[str, Any], lang: str) -> str:
    from smarketing.metricformat import accountable

    # the hand-off's accountable Sales person says whether the team lists them; a check-in's owner is a person
    return accountable(owner, facts["assigned"], lang) if "assigned" in facts else owner or ""


def _confidence(latest: list[tuple[str, int]], facts: dict[str, Any], lang: str) -> str:
    return ", ".join(f"{who} {value}/10" for who, value in latest) or t("agenda.no_confidence", lang)


def _reason(run: inbox.Run, facts: dict[str, Any], lang: str) -> str:
    from smarketing.importing.reasons import run_message

    # the reason's own sentences end the item: quoted whole, never trimmed
    return run_message(run, lang) or ""


def _objective(row: BoardRow, lang: str) -> dict[str, str]:
    from smarketing.objectivewords import worded

    shown = worded(row, lang)
    return {"title": shown.title, "status": t(f"status.{row.status}", lang), "actual": shown.actual,
            "target": shown.target, "progress": shown.progress_text, "expected": shown.expected}


def _as_is(value: Any, facts: dict[str, Any], lang: str) -> Any:
    return value


def _label(labels: dict[str, str], facts: dict[str, Any], lang: str) -> str:
    return labels[lang]


def _status(code: str | None, facts: dict[str, Any], lang: str) -> str:
    from smarketing.objectivewords import status_words

    # (the status it had a week before was measured: the currencies tell why today's is not)
    return status_words(code, facts.get("amounts_in", ()) if code is None else (), lang)


# how each fact is worded, by its name: one meaning per name across every sentence
_WORDS: dict[str, Callable[[Any, dict[str, Any], str], Any]] = {
    "count": lambda n, _, lang: fmt_int(n, lang),
    "rejected": lambda n, _, lang: fmt_int(n, lang),
    "rows": lambda n, _, lang: fmt_int(n, lang),
    "days": lambda n, _, lang: fmt_int(n, lang),
    "window": lambda n, _, lang: fmt_int(n, lang),
    "average": lambda x, _, lang: fmt_num(x, lang, 1),
    "rate": lambda x, _, lang: fmt_pct(x, lang),
    "usual": lambda x, _, lang: fmt_pct(x, lang),
    "change": lambda x, _, lang: fmt_signed_pct(x, lang),
    "week": lambda monday, _, lang: fmt_week(monday, lang),
    "last_week": lambda day, _, lang: fmt_date(day, lang),
    "day": lambda day, _, lang: fmt_date(day, lang),
    "stage": _label, "a": _label, "b": _label,               # a stage's names, {"it": ..., "en": ...}
    "was": _status, "now": _status,
    "cadence": lambda code, _, lang: t(f"smart.cadence_{code}", lang),
    "owner": _owner,
    "confidence": _confidence,
    "objectives": lambda titles, _, lang: "; ".join(titles),
    "people": lambda n, _, lang: fmt_int(n, lang),
    "busiest": lambda pairs, _, lang: ", ".join(f"{who} ({fmt_int(n, lang)})" for who, n in pairs),
    "reason": _reason,
}
