"""Every page on a big store against a small one (issue 16). Not part of the test suite.

    python bench/pages_bench.py [--leads 1000000] [--small 10000] [--runs 3]

Builds the two stores of bench/metrics_bench.py (the same generated leads, stage history and spend), adds the
same three shared objectives and a week of check-ins to each, then opens every page of app_pages/ through
AppTest, each page in a fresh process so that no cache is shared: one first run (not timed: it opens the store
and takes the day's backup), then --runs reruns, timed. Target: for every page, the median on the big store at
most 3x the median on the small one, since pages fetch aggregates, never rows. Results go to
bench/results/pages_bench.json; exit code 0 when every page ran and met the target."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]  # run as a script from anywhere

from metrics_bench import TODAY, build_store, machine, page_timing  # noqa: E402

from smarketing import db, objectives  # noqa: E402

RESULTS = ROOT / "bench" / "results"
TARGET = 3.0
PAGES = sorted(p.name for p in (ROOT / "app_pages").glob("*.py"))
OWNERS = [("Giulia", "marketing"), ("Marco", "sales")]
OBJECTIVES = (
    "Aumentare del 20% le SQL generate dai webinar entro il 31/12/2026",
    "Portare il tasso di vittoria al 30% entro il 31/12/2026",
    "Ridurre il costo per contatto sotto i 40 € entro il 31/12/2026",
)

def add_objectives(path: Path) -> None:
    """The same objectives on both stores, measured from the same day, with a check-in each."""
    con = db.connect(path)
    for text in OBJECTIVES:
        objective_id = objectives.add(con, text, OWNERS, date(2026, 11, 2), "it", "bench")
        objectives.checkin(con, objective_id, date(2026, 11, 23), "Giulia", 6)
    con.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    report = {"when": datetime.now(UTC).isoformat(timespec="seconds"), "machine": machine(), "today": str(TODAY),
              "target": TARGET, "runs": args.runs, "pages": {}}
    with tempfile.TemporaryDirectory(prefix="smarketing-pages-bench-") as tmp:
        paths = {"big": Path(tmp) / "big.duckdb", "small": Path(tmp) / "small.duckdb"}
        report["stores"] = {name: build_store(paths[name], n) for name, n in (("big", args.leads),
                                                                             ("small", args.small))}
        for path in paths.values():
            add_objectives(path)
        for page in PAGES:
            timing = {name: page_timing(paths[name], page, args.runs) for name in ("big", "small")}
            ran = not timing["big"]["exception"] and not timing["small"]["exception"]
            ratio = round(timing["big"]["median_s"] / timing["small"]["median_s"], 2)
            report["pages"][page] = {**timing, "ratio": ratio, "ran": ran, "met": ran and ratio <= TARGET}
            print(f"{page:16s} big {timing['big']['median_s']:6.3f} s  small {timing['small']['median_s']:6.3f} s  "
                  f"ratio {ratio:5.2f}  {'OK' if report['pages'][page]['met'] else 'MISSED'}"
                  + ("" if ran else "  (the page failed)"), flush=True)
    report["targets_met"] = all(p["met"] for p in report["pages"].values())
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "pages_bench.json").write_text(json.dumps(report, indent=2, default=str) + "\n")
    return 0 if report["targets_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
