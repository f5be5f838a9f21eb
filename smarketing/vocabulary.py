"""The words an objective is made of, as codes: the measures a shared objective can track, and the five SMART
criteria. Written once here, so that a command's options (objectives add --metric) can name them without
loading the reader of sentences or the check."""

from __future__ import annotations

# what an objective measures (docs/metrics.md, "Objectives"); `manual` is a KPI checked in by hand
METRICS = ("stage_entries", "conversion", "velocity", "win_rate", "won_value", "cpl", "cost_per_mql", "cost_per_sql",
           "cac", "roi", "sla", "sla_days", "manual")
CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
