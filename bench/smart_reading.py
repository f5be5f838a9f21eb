"""How well the objective reader does on a set of statements: fully right (every parsed field and all five
verdicts), each verdict counted alone, each field counted alone. A new held-out round is measured with it before
any fix (tests/unit/test_smart_heldout.py keeps what each round measured):

    python -m bench.smart_reading tests.unit.heldout.round_5 [more modules with a CASES list]
    python -m bench.smart_reading --history    # every round at the commit it was first run on, and at HEAD,
                                               # written to bench/results/smart_reading.json"""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from smarketing import drafting, objectives, smart, smartwords, vocabulary
from tests.unit.test_smart_statements import PARSED_KEYS, TODAY, VOCABULARY, expected_parsed, same


def measure(cases) -> dict:
    full = verdicts = fields = 0
    for case in cases:
        lang, text, statuses, wanted, baseline, history, owners, parent = case.values
        draft = drafting.read(text, TODAY, VOCABULARY)
        context = smart.Context(today=TODAY, baseline=baseline, history=history, owners=owners, parent_id=parent)
        report = smartwords.judged(draft, context, lang)
        parsed = objectives.parsed(draft, context)
        expected = expected_parsed(wanted, baseline)
        got = "".join(report.criteria[c].status[0] for c in vocabulary.CRITERIA)
        right_verdicts = sum(a == b for a, b in zip(got, statuses))
        right_fields = sum(same(parsed[k], expected[k]) for k in PARSED_KEYS)
        verdicts += right_verdicts
        fields += right_fields
        full += right_verdicts == len(vocabulary.CRITERIA) and right_fields == len(PARSED_KEYS)
    n = len(cases)
    return {"statements": n, "fully_right": full, "verdicts": verdicts / (n * len(vocabulary.CRITERIA)),
            "fields": fields / (n * len(PARSED_KEYS))}


ROOT = Path(__file__).resolve().parents[1]
# each held-out round and the commit it was first run on, before its misreadings were fixed
FIRST_RUN = {1: "4e15b79", 2: "991bc18", 3: "cbc7332", 4: "1b07be3", 5: "8c53822"}
# what a past commit is measured with: today's statements, helpers and this file (the reader is the commit's)
CARRIED = ("tests/unit/heldout", "tests/unit/test_smart_statements.py", "tests/unit/test_smart_corpus.py",
           "bench/smart_reading.py")


def _at(commit: str, round_no: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "-q", "--detach", str(tree), commit], cwd=ROOT, check=True)
        try:
            for name in CARRIED:
                target = tree / name
                if (ROOT / name).is_dir():
                    shutil.rmtree(target, ignore_errors=True)
                    shutil.copytree(ROOT / name, target)
                else:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy(ROOT / name, target)
            out = subprocess.run([sys.executable, "-m", "bench.smart_reading", "--json",
                                  f"tests.unit.heldout.round_{round_no}"], cwd=tree, capture_output=True, text=True,
                                 check=True).stdout
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True)
    return json.loads(out)[0]


def history() -> dict:
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()
    rounds = []
    for round_no, commit in FIRST_RUN.items():
        module = importlib.import_module(f"tests.unit.heldout.round_{round_no}")
        rounds.append({"round": round_no, "first_run": {"commit": commit, **_at(commit, round_no)},
                       "head": {"commit": head, **measure(module.CASES)}})
    return {"when": datetime.now(UTC).isoformat(timespec="seconds"), "rounds": rounds}


if __name__ == "__main__":
    if sys.argv[1:] == ["--history"]:
        result = history()
        (ROOT / "bench" / "results" / "smart_reading.json").write_text(json.dumps(result, indent=2) + "\n")
        for r in result["rounds"]:
            f, h = r["first_run"], r["head"]
            print(f"round {r['round']}: first run {f['fully_right']}/{f['statements']}, verdicts {f['verdicts']:.1%}, "
                  f"fields {f['fields']:.1%}; at HEAD {h['fully_right']}/{h['statements']}")
        sys.exit(0)
    if sys.argv[1:2] == ["--json"]:
        print(json.dumps([{"module": n, **measure(importlib.import_module(n).CASES)} for n in sys.argv[2:]]))
        sys.exit(0)
    for name in sys.argv[1:]:
        m = measure(importlib.import_module(name).CASES)
        print(f"{name}: fully right {m['fully_right']}/{m['statements']} ({m['fully_right'] / m['statements']:.1%}); "
              f"verdicts {m['verdicts']:.1%}; fields {m['fields']:.1%}")
