"""How a metric's value reads for people, in the chosen language: counts, rates, money, days, periods."""

from __future__ import annotations

from datetime import date

from smarketing.i18n import fmt_date, fmt_int, fmt_money, fmt_num, fmt_pct, t

RATES = {"conversion_from_previous", "conversion_from_first", "conversion_rate", "win_rate", "acceptance_rate",
         "roi"}
MONEY = {"won_value", "avg_deal_value", "spend", "cpl", "cac", "cost_per_mql", "cost_per_sql"}
DAYS = {"median_days", "mean_days", "median_days_to_accept"}


def format_value(key: str, value, row: dict, lang: str) -> str:
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
