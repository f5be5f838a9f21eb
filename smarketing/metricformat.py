"""How a metric's value reads for people, in the chosen language: counts, rates, money, days, periods."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from smarketing import periods, stages
from smarketing.i18n import cents, fmt_date, fmt_int, fmt_list, fmt_money, fmt_num, fmt_pct, t, texts
from smarketing.vocabulary import ADDITIVE, DEFAULT_CURRENCY, DIMENSIONS, LOWER_IS_BETTER, SPLIT

if TYPE_CHECKING:
    from collections.abc import Sequence

    from smarketing.coverage import Coverage
    from smarketing.metricrows import AnyRow

RATES = {"conversion_from_previous", "conversion_from_first", "conversion_rate", "win_rate", "acceptance_rate",
         "roi"}
MONEY = {"won_value", "avg_deal_value", "spend", "cpl", "cac", "cost_per_mql", "cost_per_sql"}
DAYS = {"median_days", "mean_days", "median_days_to_accept"}
# columns of words, not numbers: aligned left, and never summed or compared
TEXT_COLUMNS = frozenset((*DIMENSIONS, "period", "stage", "currency", "partial", "maturing"))


COMPARED = "_compare"
NEUTRAL = {"spend"}


def label(key: str, lang: str) -> str:
    """A key's header: `won_compare` is "Vinti (confronto)"."""
    if key.endswith(COMPARED):
        return t("metric.compared", lang, label=t(f"metric.{key.removesuffix(COMPARED)}", lang))
    return t(f"metric.{key}", lang)


def _not_comparable(key: str, row: AnyRow) -> bool:
    """A count or a sum against a window the data covers only in part: "+300%" would be the data starting, not
    growth (a rate or a cost keeps its comparison, being no total)."""
    return key in ADDITIVE and row.get("compare_data") == "partial"


def format_value(key: str, value, row: AnyRow, lang: str) -> str:
    compared = key.endswith(COMPARED)
    if compared:
        key = key.removesuffix(COMPARED)
        if _not_comparable(key, row):
            return "–"
    if key == "partial":
        return t("metric.partial_yes", lang) if value else ""
    if key == "compare_data":
        return t(f"metric.compare_data_{value}", lang)
    if key == "owner" and "assigned" in row:
        return accountable(value, row["assigned"], lang)
    if key == "roas":
        return "–" if value is None else fmt_num(value, lang, 2) + "×"
    if key in RATES:
        return fmt_pct(value, lang)
    if key in MONEY:
        if value is None and not compared and (split := row.get(SPLIT.get(key, ""))):
            # several currencies are never added: each one's amount, side by side, rather than "–" (the row's split is
            # its own window's: never shown again as the comparison's)
            return " + ".join(fmt_money(part["amount"], lang, part["currency"], 0) for part in split)
        # as the cards: cents on small amounts (a cost per lead of 32,50 €), never on thousands (15.000,00 €)
        return fmt_money(value, lang, currency_of(key, row), 0 if value is None else cents(value))
    if key in DAYS:
        return fmt_num(value, lang, 1)
    if key == "maturing":
        return t("metric.maturing_yes", lang) if value else ""
    if key == "period":
        return fmt_date(value, lang) if isinstance(value, date) else t("metric.no_date", lang)
    if isinstance(value, date):
        return fmt_date(value, lang)
    if key == "stage":
        return str(value)
    if isinstance(value, bool):
        return t("cli.yes" if value else "cli.no", lang)
    if isinstance(value, int):
        return fmt_int(value, lang)
    if value is None:
        return t("metric.not_filled", lang) if key in DIMENSIONS else "–"
    return str(value)


def accountable(owner: str | None, assigned: bool | None, lang: str) -> str:
    """Who answers for an MQL (the hand-off by owner): a Sales person, nobody yet, or someone the team does
    not list, said as such rather than guessed."""
    if assigned is False or owner is None:
        return t("metric.unassigned", lang)
    return owner if assigned else t("metric.not_in_team", lang, owner=owner)


def blanked(row: AnyRow, unknown: Mapping[str, str]) -> dict[str, Any]:
    """The row with the figures the data cannot hold (coverage.Coverage.unknown) and their comparisons as None:
    shown "–", never 0."""
    return {**row, **{k: None for key in unknown for k in (key, f"{key}_compare") if k in row}}


def funnel_shown(rows: Sequence[AnyRow], coverage: Coverage) -> list[dict[str, Any]]:
    """The funnel's rows with the share kept and the drop-off of a step from or to a stage the data never dates
    blanked (every lead at a later stage "reached" it: they would read 100%), and a never dated stage's share of the
    first."""
    never = set(coverage.undated)
    # the stage before, within the row's own group (the CLI's funnel by source or by week: each group starts anew)
    befores = [r.get("stage") if (r.get("dimension"), r.get("period")) == (row.get("dimension"), row.get("period"))
               else None for r, row in zip([{}, *rows], rows)]
    return [blanked(row, {**(dict.fromkeys(("conversion_from_previous", "drop_off"), "coverage.undated")
                             if row["stage"] in never or before in never else {}),
                          **({"conversion_from_first": "coverage.undated"} if row["stage"] in never else {})})
            for before, row in zip(befores, rows)]


def display(rows: Sequence[AnyRow], keys: list[str], lang: str, labels: dict[str, str] | None = None,
            unknown: Mapping[str, str] | None = None) -> list[dict[str, str]]:
    """Rows as a page shows them: headers in the language, every value worded, an unknown figure "–"."""
    labels = labels or {}
    return [
        {labels.get(k) or label(k, lang): format_value(k, row.get(k), row, lang) for k in keys}
        for row in (blanked(r, unknown) if unknown else r for r in rows)
    ]


def numeric_headers(keys: list[str], lang: str, labels: dict[str, str] | None = None) -> tuple[str, ...]:
    """The headers of columns that hold numbers, to align them right (`labels` as given to display)."""
    labels = labels or {}
    return tuple(labels.get(k) or label(k, lang) for k in keys if k not in TEXT_COLUMNS)


def currency_of(key: str, row: AnyRow) -> str:
    """The currency amount `key` is in: its own where the row names it apart (metrics' `money`: Spend and return
    names the spend's and the won value's, which need not be the same), else the row's, else the default."""
    from smarketing import metrics

    own = {m.money[key] for m in metrics.CATALOG.values() if key in m.money} - {"currency"}
    return next((row[c] for c in sorted(own) if row.get(c)), None) or row.get("currency") or DEFAULT_CURRENCY


def card(key: str, row: AnyRow, lang: str) -> tuple[str, str]:
    """(label, value) for an st.metric card: money puts its currency in the label, where a card has room; a
    long header has a shorter name on a card."""
    label = t(f"card.{key}", lang) if f"card.{key}" in texts() else t(f"metric.{key}", lang)
    if key in MONEY and row.get(key) is not None:
        # (a CAC of 49,08 € reads as the CLI and the tables have it, never 49)
        return f"{label} ({currency_of(key, row)})", fmt_num(row[key], lang, cents(row[key]))
    return label, format_value(key, row.get(key), row, lang)


# characters a card's value shows whole in one fifth of the page ("177.650", "30,8%", "3.136 €"); a longer one,
# an amount in two currencies ("165.000 CHF + 75.000 €"), takes the width of two or three cards
CARD_CHARS = 10


def card_rows(values: list[str], per_row: int) -> list[list[tuple[int, int]]]:
    """The cards laid out in rows of `per_row` widths: each card's index and its width, wide enough for its value,
    never cut short ("CHF165,…" hid the euros beside the francs)."""
    rows: list[list[tuple[int, int]]] = [[]]
    for index, value in enumerate(values):
        width = min(-(-len(value) // CARD_CHARS), per_row)
        if sum(w for _, w in rows[-1]) + width > per_row:
            rows.append([])
        rows[-1].append((index, width))
    return rows


def _signed(number: float, text: str) -> str:
    """Streamlit colours a delta by its first sign: an ASCII minus, a plus when it went up."""
    return ("-" if number < 0 else "+" if number > 0 else "±") + text


def delta(key: str, row: AnyRow, lang: str) -> tuple[str | None, str]:
    """An st.metric delta of `key` against `<key>_compare` (metrics.compare), worded for the language, and
    the colour rule: normal, inverse (lower is better: costs, days, backlog) or off (spend); none where the
    comparison is no base (_not_comparable)."""
    colour = "inverse" if key in LOWER_IS_BETTER else "off" if key in NEUTRAL else "normal"
    value, other = row.get(key), row.get(f"{key}{COMPARED}")
    if value is None or other is None or _not_comparable(key, row):
        return None, colour
    diff = float(value) - float(other)
    # the sign (and so the arrow and colour) of the change as shown: 3,094 against 3,111 days is "±0,0 gg", never a
    # green "-0,0 gg"
    if key in RATES:
        return _signed(round(diff * 100, 1), t("metric.points", lang, points=fmt_num(abs(diff) * 100, lang, 1))), \
            colour
    if key in MONEY:
        # with the decimals of the amounts themselves: 2.364 USD against 2.341 is "+23 USD", never "+22,76 USD"
        decimals = max(cents(value), cents(other))
        return _signed(round(diff, decimals), fmt_money(abs(diff), lang, currency_of(key, row), decimals)), colour
    if key in DAYS:
        return _signed(round(diff, 1), t("metric.days", lang, days=fmt_num(abs(diff), lang, 1))), colour
    if key == "roas":
        return _signed(round(diff, 2), fmt_num(abs(diff), lang, 2) + "×"), colour
    text = _signed(diff, fmt_int(abs(diff), lang))
    if other and diff:
        text += f" ({_signed(diff, fmt_pct(abs(diff) / abs(float(other)), lang, 0))})"
    return text, colour


def compared_with(row: AnyRow, lang: str, key: str | None = None) -> str:
    """What a delta is measured against: the comparison window, or that it holds no data; for an amount, that
    the window's was in another currency (metrics.compare)."""
    if row.get("compare_data") == "none":
        return t("period.no_compare_data", lang)
    text = t("period.against", lang, start=fmt_date(row["compare_start"], lang), end=fmt_date(row["compare_end"], lang))
    notes = [t("metric.compare_data_partial_totals", lang)] if row.get("compare_data") == "partial" else []
    if key in row.get("compare_currencies", {}):
        notes.append(t("metric.compare_other_currency", lang, currency=row["compare_currencies"][key]))
    return text + (f" ({'; '.join(notes)})" if notes else "")


@dataclass(frozen=True)
class Meaning:
    """What a card's definition names beside its key: the window it counts in ("period", or "week" for this week's
    cards), the hand-off's days before an MQL is backlog, and the funnel step's mode, its two stages' names and
    whether it starts at the first stage (where a lead enters on its first known day: new leads)."""

    window: str = "period"
    backlog_days: int | None = None
    mode: str | None = None
    start: str = ""
    end: str = ""
    from_first: bool = False


IN_PERIOD = Meaning()


def card_label(key: str, label: str, meaning: Meaning, lang: str) -> str:
    """A card's name as its meaning has it: a step counted by period is two flows of entries, never leads that
    entered and then converted ("Entrati 6 · Convertiti 8 · 133,3%" read as 8 of 6 converted)."""
    named = f"metric.{key}_period"
    return t(named, lang, start=meaning.start, end=meaning.end) if meaning.mode == "period" and named in texts() \
        else label


def card_help(key: str, row: AnyRow, lang: str, how: str | None, meaning: Meaning = IN_PERIOD) -> str:
    """A card's help: what its number counts (define.*), then what its change is measured against."""
    defined = "leads" if key == "entered" and meaning.from_first else key
    wanted = [f"define.{defined}_{meaning.mode}", *([f"define.{defined}_one"] if meaning.backlog_days == 1 else []),
              f"define.{defined}"]
    definition = t(next(k for k in wanted if k in texts()), lang, window=t(f"define.in_{meaning.window}", lang),
                   days=meaning.backlog_days, start=meaning.start, end=meaning.end)
    return f"{definition}\n\n{compared_with(row, lang, key)}" if how else definition


def coverage_notes(coverage: Coverage, journey: list[stages.Stage], lang: str) -> list[str]:
    """What the stored data does not hold at all, one sentence each: the figures it leaves "–" and how to fill
    them."""
    notes = []
    if coverage.undated:
        names = stages.labels(journey, lang)
        notes.append(t("coverage.note_undated", lang, stages=fmt_list([names[s] for s in coverage.undated], lang),
                       stage=coverage.undated[0]))
    if not coverage.losses:
        notes.append(t("coverage.note_no_losses_disqualified" if coverage.disqualified else "coverage.note_no_losses",
                       lang))
    if not coverage.spend:
        notes.append(t("coverage.note_no_spend", lang))
    if not coverage.leads:
        notes.append(t("coverage.note_no_leads", lang))
    elif not coverage.values:
        notes.append(t("coverage.note_no_values", lang))
    return notes


def describe_period(start, end, today: date, how: str | None, comparison, data: str | None,
                    filters: dict[str, str | None], lang: str, data_end: date | None = None) -> str:
    """One line saying what a page shows: the window (and whether it is still running), the comparison and how
    much data it has (cut to the days the data covers when it stopped at `data_end`), the filters."""
    if start is None:
        parts = [t("period.all_time_line", lang)]
    else:
        parts = [t("period.window", lang, start=fmt_date(start, lang), end=fmt_date(end, lang))]
    if periods.running(end, today):
        parts[0] += " " + t("period.running", lang, today=fmt_date(today, lang))
    if how and comparison is not None:
        cut = periods.data_cut(start, end, today, data_end)
        notes = ([t("period.same_days_data", lang, day=fmt_date(cut, lang))] if cut
                 else [t("period.same_days", lang)] if end > today else []) + \
            ([] if data == "full" else [t("metric.compare_data_partial_totals" if data == "partial"
                                          else f"metric.compare_data_{data}", lang)])
        parts.append(t(f"period.compare_line_{how}", lang, start=fmt_date(comparison.start, lang),
                       end=fmt_date(comparison.end, lang)) + (f" ({'; '.join(notes)})" if notes else ""))
    parts.append(t("period.filters", lang, filters=", ".join(f"{t(f'metric.{k}', lang)} = {v}"
                                                               for k, v in filters.items()))
                 if filters else t("period.no_filters", lang))
    return " · ".join(parts)
