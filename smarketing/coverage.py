"""What the stored data holds at all (sql/metrics/coverage.sql): a figure it cannot hold is unknown, shown as
"–" with the reason, never as 0 (docs/metrics.md, "What the data does not hold")."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from smarketing import db, stages

# the figures each gap leaves unknown, by the keys the pages' cards and tables use
SPEND_KEYS = ("spend", "cpl", "cost_per_mql", "cost_per_sql", "cac", "roi", "roas")
LOSS_KEYS = ("win_rate", "lost")
# with no amount on any lead, the money won and the return on the spend (spend alone read as ROI -100%)
LEAD_KEYS = ("won_value", "roi", "roas")
# with no lead at all, those and every count of the journey: an ad platform's export alone is no company without
# customers («Clienti 0» beside the spend)
COUNT_KEYS = ("leads", "mqls", "sqls", "opportunities", "customers", "backlog", "accepted")
STAGE_KEYS = {"lead": "leads", "mql": "mqls", "sql": "sqls", "opportunity": "opportunities", "customer": "customers"}
# the hand-off is MQLs accepted as SQLs: with either stage undated, how many and how fast are unknown
HANDOFF_KEYS = ("acceptance_rate", "median_days_to_accept", "backlog", "accepted")
STEP_KEYS = ("entered", "converted", "conversion_rate")


@dataclass(frozen=True)
class Coverage:
    spend: bool = True                  # some spend was imported
    losses: bool = True                 # some deal was lost, or none was won either (nothing to judge yet)
    undated: tuple[str, ...] = ()       # path stages no lead entered with a date, while a later one was
    leads: bool = True                  # some lead or deal was imported
    disqualified: bool = False          # some lead was lost before it was a deal
    values: bool = True                 # some lead or deal has an amount
    lead_own: bool = True               # some lead has a first day of its own, not only a later stage's

    def undrawn(self) -> tuple[str, ...]:
        """The stages a weekly chart (and the alerts on it) leave out: those never dated; the lost stage when no lead
        was ever lost (a file of won deals alone: a flat line of 0 read as a company that loses nothing); the first
        stage when no lead has a day of its own (Maven's deals: the opportunities' line again, under it)."""
        return self.undated + (() if self.losses or self.disqualified else ("lost",)) + (
            () if self.lead_own else ("lead",))

    def unknown(self) -> dict[str, str]:
        """The keys of the figures the data cannot hold, each with the reason's text key."""
        found = {key: "coverage.no_spend" for key in SPEND_KEYS} if not self.spend else {}
        if not self.leads:
            found.update({key: "coverage.no_leads" for key in LEAD_KEYS + COUNT_KEYS})
        elif not self.values:
            found.update({key: "coverage.no_values" for key in LEAD_KEYS})
        if not self.losses:
            found.update({key: "coverage.no_losses" for key in LOSS_KEYS})
        found.update({STAGE_KEYS[stage]: "coverage.undated" for stage in self.undated})
        if {"mql", "sql"} & set(self.undated):
            found.update({key: "coverage.undated" for key in HANDOFF_KEYS})
        return found

    def missing_for(self, metric: str | None, stage: str | None, from_stage: str | None,
                    to_stage: str | None) -> str | None:
        """Why an objective's measure cannot be measured on this data at all (a smart.py verdict's code), or None:
        a cost or return with no spend, a win rate with no deal lost, a count or step of a stage never dated."""
        if metric in SPEND_KEYS and not self.spend:
            return "no_spend"
        if metric == "win_rate" and not self.losses:
            return "no_losses"
        if metric in ("won_value", "roi") and not self.leads:
            return "no_leads"
        needs = {"stage_entries": (stage,), "conversion": (from_stage, to_stage), "velocity": (from_stage, to_stage),
                 "sla": ("mql", "sql"), "sla_days": ("mql", "sql")}.get(metric or "", ())
        return "undated" if any(s in self.undated for s in needs) else None

    def step_unknown(self, from_stage: str, to_stage: str) -> dict[str, str]:
        """The keys of a step between two stages, unknown when either has no date in the data."""
        return {key: "coverage.undated" for key in STEP_KEYS} if {from_stage, to_stage} & set(self.undated) else {}


def read(con: duckdb.DuckDBPyConnection, journey: list[stages.Stage]) -> Coverage:
    [row] = db.rows(con, "metrics/coverage")
    path = stages.path(journey)
    dated = [stage for stage in path if row.get(stage)]
    undated = tuple(stage for i, stage in enumerate(path)
                    if not row.get(stage) and any(later in dated for later in path[i + 1:]))
    return Coverage(bool(row["has_spend"]), bool(row["has_losses"] or not row["has_wins"]), undated,
                    bool(row["has_leads"]), bool(row["has_disqualified"]), bool(row["has_values"]),
                    bool(row["lead_own"]))
