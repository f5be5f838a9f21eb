"""What a page offers before anything is chosen, read in one call: whether the demo's numbers are on screen,
the values each dimension takes (the filters), the first day of data (how much of a comparison it covers), the
journey's stages, how many leads there are and the days an MQL may wait (Settings' backlog limit). A page reads
these, lets the user choose, then asks for its view: its data cannot depend on choices it has not offered yet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from smarketing import alerts, coverage, demo, freshness, metrics, periods, stages


@dataclass(frozen=True)
class Choices:
    demo_loaded: bool
    leads: int                            # stored leads: none leaves the metrics with nothing to show
    dimensions: dict[str, list[str]]      # metrics.dimension_values()
    first_day: date | None                # metrics.first_day() of the leads: how much of a comparison they cover
    stages: list[stages.Stage]
    backlog_days: int = 7                 # alerts.thresholds(): the agenda's and the digest's limit too
    coverage: coverage.Coverage = coverage.Coverage()   # what the data holds at all: unknown figures, never 0
    data_end: date | None = None          # freshness.compared_up_to(): every comparison cut to the days data covers

    def first_step(self) -> tuple[str, str]:
        """The step the Funnel page opens on: MQL to SQL, the hand-off; where the data never dates either (a deals
        export, Maven's), the first step between two stages it dates, never one that can only show "–"."""
        codes = [s["code"] for s in self.stages]
        starts = [s["code"] for s in self.stages if not s["is_terminal"]]
        steps = [("mql", "sql"), *((a, codes[codes.index(a) + 1]) for a in starts if codes.index(a) + 1 < len(codes))]
        undated = self.coverage.undated
        return next(((a, b) for a, b in steps if a in starts and b in codes and a not in undated and b not in undated),
                    steps[0])


def read(con: duckdb.DuckDBPyConnection, today: date | None = None) -> Choices:
    state = demo.status(con)
    journey = stages.stages(con)
    return Choices(bool(state["demo_loaded"]), state["leads"], metrics.dimension_values(con),
                   metrics.first_day(con, "lead"), journey, alerts.thresholds(con).backlog_days,
                   coverage.read(con, journey),
                   freshness.compared_up_to(freshness.freshness(con, today or periods.today())))
