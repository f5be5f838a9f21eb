"""How long the command line takes to start (issue 16), against `python -c "import duckdb"`, the floor of any
command that reads the store. Not part of the test suite.

    python bench/cli_startup.py [--repeat 15]

Each command runs in a fresh process, `--repeat` times, alternating with the baseline so that the shared
machine's load falls on both alike; the ratio is of medians taken in this one run. Target: every command's
start at most 2x the baseline. `--help` of a command is its start: the parser with every option, nothing
run. The same commands doing their work on the demo store are measured too, against the same baseline, so the
README can say what a person waits for: their start plus the work (the reader of sentences compiling its
patterns, a query, a file checked). Results go to bench/results/cli_startup.json."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
TARGET = 2.0
BASELINE = [sys.executable, "-c", "import duckdb"]
COMMANDS = {
    "--help": ["--help"],
    "metrics --help": ["metrics", "--help"],
    "import leads --help": ["import", "leads", "--help"],
    "objectives check --help": ["objectives", "check", "--help"],
}
# the same commands at work on the demo store ({db}); the file is one of the corpus's, checked and not written
WORK = {
    "metrics funnel": ["--db", "{db}", "metrics", "funnel", "--today", "2026-11-25"],
    "import leads --dry-run": ["--db", "{db}", "import", "leads", "tests/data/import/zoho_leads.csv",
                               "--dry-run"],
    "objectives check SENTENCE": ["--db", "{db}", "objectives", "check", "--today", "2026-11-25",
                                  "Portare gli MQL da LinkedIn a 40 al mese entro il 31/03/2027"],
}


def seconds(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    runs: dict[str, list[float]] = {"baseline": [], **{name: [] for name in (*COMMANDS, *WORK)}}
    with tempfile.TemporaryDirectory() as folder:
        store = str(Path(folder) / "demo.duckdb")
        subprocess.run([sys.executable, "-m", "smarketing", "--db", store, "init", "--demo"], cwd=ROOT,
                       stdout=subprocess.DEVNULL, check=True)
        commands = {**COMMANDS, **{name: [a.format(db=store) for a in argv] for name, argv in WORK.items()}}
        for _ in range(args.repeat):
            for name, extra in commands.items():
                runs["baseline"].append(seconds(BASELINE))
                runs[name].append(seconds([sys.executable, "-m", "smarketing", *extra]))
    base = statistics.median(runs["baseline"])
    results = {name: {"median_s": round(statistics.median(times), 4),
                      "ratio": round(statistics.median(times) / base, 2)} for name, times in runs.items()}
    report = {"when": datetime.now(UTC).isoformat(timespec="seconds"), "machine": platform.platform(),
              "python": platform.python_version(), "repeat": args.repeat, "target_ratio": TARGET,
              # Python's default; a machine with PYTHONDONTWRITEBYTECODE set compiles every changed module and
              # parses texts.toml at every start
              "bytecode_written": not os.environ.get("PYTHONDONTWRITEBYTECODE"),
              "results": results, "met": all(results[name]["ratio"] <= TARGET for name in COMMANDS)}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "cli_startup.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for name, result in results.items():
        print(f"{name:28} {result['median_s']:.3f} s  {result['ratio']:.2f}x")
    return 0 if report["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
