"""How a metric's value reads for people, in the chosen language: counts, rates, money, days, periods."""

from __future__ import annotations

from datetime import date

from smarketing.i18n import fmt_date, fmt_int, fmt_money, fmt_num, fmt_pct, t

RATES = {"conversion_from_previous", "conversion_from_first", "conversion_rate", "win_rate", "acceptance_rate",
         "roi"}
MONEY = {"won_value", "avg_deal_value", "spend", "cpl", "cac", "cost_per_mql", "cost_per_sql"}
DAYS = {"median_days", "mean_days", "median_days_to_accept"}


COMPARED = "_compare"


def label(key: str, lang: str) -> str:
    """A key's header: `won_compare` is "Vinti (confronto)"."""
    if key.endswith(COMPARED):
        return t("metric.compared", lang, label=t(f"metric.{key.removesuffix(COMPARED)}", lang))
    return t(f"metric.{key}", lang)


def format_value(key: str, value, row: dict, lang: str) -> str:
    if key.endswith(COMPARED):
        key = key.removesuffix(COMPARED)
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
        return fmt_money(value, lang, row.get("currency") or "EUR", 0 if key in ("won_value", "spend") else 2)
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
        return t("metric.not_filled", lang) if key in ("source", "campaign", "segment", "region", "owner",
                                                       "product") else "–"
    return str(value)


def accountable(owner: str | None, assigned: bool | None, lang: str) -> str:
    """Who answers for an MQL (the hand-off by owner): a Sales person, nobody yet, or someone the team does
    not list, said as such rather than guessed."""
    if assigned is False or owner is None:
        return t("metric.unassigned", lang)
    return owner if assigned else t("metric.not_in_team", lang, owner=owner)


def display(rows: list[dict], keys: list[str], lang: str, labels: dict[str, str] | None = None) -> list[dict]:
    """Rows as a page shows them: headers in the language, every value worded."""
    labels = labels or {}
    return [
        {labels.get(k) or label(k, lang): format_value(k, row.get(k), row, lang) for k in keys}
        for row in rows
    ]


def numeric_headers(keys: list[str], lang: str) -> tuple[str, ...]:
    """The headers of columns that hold numbers, to align them right."""
    words = {"source", "campaign", "segment", "region", "owner", "product", "period", "stage", "currency",
             "maturing"}
    return tuple(label(k, lang) for k in keys if k not in words)


def card(key: str, row: dict, lang: str) -> tuple[str, str]:
    """(label, value) for an st.metric card: money puts its currency in the label, where a card has room."""
    label = t(f"metric.{key}", lang)
    if key in MONEY and row.get(key) is not None:
        return f"{label} ({row.get('currency') or 'EUR'})", fmt_num(row[key], lang, 0)
    return label, format_value(key, row.get(key), row, lang)
