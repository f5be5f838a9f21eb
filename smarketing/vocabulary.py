"""The metric vocabulary, as codes: the metric reports, the measures a shared objective can track (each one
column of one report), and the five SMART criteria. Written once here, so that a command's options
(metrics NAME, objectives add --metric) can name them without loading the reader of sentences or the check."""

from __future__ import annotations

# the metric reports (docs/metrics.md); a command line writes them with hyphens (metrics win-rate)
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
CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
