"""The metric vocabulary, as codes: the metric reports, the measures a shared objective can track (each one
column of one report), and the five SMART criteria. Written once here, so that a command's options
(metrics NAME, objectives add --metric) can name them without loading the reader of sentences or the check."""

from __future__ import annotations

# the metric reports (docs/metrics.md), as every page, command and file names them (metrics win_rate)
REPORTS = ("funnel", "conversion", "velocity", "win_rate", "sla", "roi")

# what an objective measures (docs/metrics.md, "Objectives"), and the report column it reads; `manual` is a KPI
# checked in by hand, read from its check-ins
MEASURES = {
    "stage_entries": ("conversion", "entered"), "conversion": ("conversion", "conversion_rate"),
    "velocity": ("velocity", "median_days"), "win_rate": ("win_rate", "win_rate"),
    "won_value": ("win_rate", "won_value"), "cpl": ("roi", "cpl"), "cost_per_mql": ("roi", "cost_per_mql"),
    "cost_per_sql": ("roi", "cost_per_sql"), "cac": ("roi", "cac"), "roi": ("roi", "roi"),
    "sla": ("sla", "acceptance_rate"), "sla_days": ("sla", "median_days_to_accept"), "manual": (None, None),
}
METRICS = tuple(MEASURES)
# the measures that set spend against leads or won value: spend is imported by channel (source) and campaign only
SPEND_MEASURES = frozenset(m for m, (family, _) in MEASURES.items() if family == "roi")
SPEND_SCOPES = ("source", "campaign")
# the unit each measure's level is in: a ratio (shown 25,0%), money (in the objective's currency), days, a count
# of leads, or the score of a KPI checked in by hand
UNITS = {
    "stage_entries": "count", "conversion": "ratio", "velocity": "days", "win_rate": "ratio", "won_value": "money",
    "cpl": "money", "cost_per_mql": "money", "cost_per_sql": "money", "cac": "money", "roi": "ratio",
    "sla": "ratio", "sla_days": "days", "manual": "score",
}
# the two functions a shared objective has owners in (SMART's Relevant); the team also has management
OWNING_FUNCTIONS = ("marketing", "sales")
# what leads are grouped and filtered by (metrics.DIMENSIONS)
DIMENSIONS = ("source", "campaign", "segment", "region", "owner", "product")
# the currency of amounts in a store that has not named its own (settings.currency)
DEFAULT_CURRENCY = "EUR"
RATIOS = frozenset(m for m, unit in UNITS.items() if unit == "ratio")
MONEY = frozenset(m for m, unit in UNITS.items() if unit == "money")
DAYS = frozenset(m for m, unit in UNITS.items() if unit == "days")
COUNTS = frozenset(m for m, unit in UNITS.items() if unit == "count")
CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
# report columns that add up: a group missing from a comparison window had none of them there, and a sum over a
# window the data covers only in part is no base to measure a change against
ADDITIVE = frozenset({"reached", "drop_off", "entered", "converted", "won", "lost", "disqualified", "won_value",
                      "mqls", "accepted", "backlog", "spend", "leads", "customers", "sqls", "opportunities"})
# report columns that are better when they go down; spend is neither better nor worse for going up
LOWER_IS_BETTER = frozenset({"cpl", "cac", "cost_per_mql", "cost_per_sql", "median_days", "mean_days",
                             "median_days_to_accept", "backlog", "lost", "disqualified", "drop_off"})


def lower_is_better(measure: str, stage: str | None = None) -> bool:
    """Whether an objective's measure gets better going down: a cost, a time, the entries into the lost stage."""
    return MEASURES[measure][1] in LOWER_IS_BETTER or (measure == "stage_entries" and stage == "lost")

# the key of a row holding an amount's sum per currency, where it is in several (sql/metrics/roi.sql, win_rate.sql)
SPLIT = {"spend": "spend_split", "won_value": "won_split"}
