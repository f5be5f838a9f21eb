"""How well the objective reader does on a set of statements: fully right (every parsed field and all five
verdicts), each verdict counted alone, each field counted alone. A new held-out round is measured with it before
any fix (tests/unit/test_smart_heldout.py keeps what each round measured):

    python -m bench.smart_reading tests.unit.heldout.round_5 [more modules with a CASES list]"""

from __future__ import annotations

import importlib
import sys

from smarketing import drafting, objectives, smart
from tests.unit.test_smart_statements import PARSED_KEYS, TODAY, VOCABULARY, expected_parsed, same


def measure(cases) -> dict:
    full = verdicts = fields = 0
    for case in cases:
        lang, text, statuses, wanted, baseline, history, owners, parent = case.values
        draft = drafting.read(text, TODAY, VOCABULARY)
        context = smart.Context(today=TODAY, baseline=baseline, history=history, owners=owners, parent_id=parent)
        report = smart.check(draft, context, lang)
        parsed = objectives.parsed(draft, context)
        expected = expected_parsed(wanted, baseline)
        got = "".join(report.criteria[c].status[0] for c in smart.CRITERIA)
        right_verdicts = sum(a == b for a, b in zip(got, statuses))
        right_fields = sum(same(parsed[k], expected[k]) for k in PARSED_KEYS)
        verdicts += right_verdicts
        fields += right_fields
        full += right_verdicts == len(smart.CRITERIA) and right_fields == len(PARSED_KEYS)
    n = len(cases)
    return {"statements": n, "fully_right": full, "verdicts": verdicts / (n * len(smart.CRITERIA)),
            "fields": fields / (n * len(PARSED_KEYS))}


if __name__ == "__main__":
    for name in sys.argv[1:]:
        m = measure(importlib.import_module(name).CASES)
        print(f"{name}: fully right {m['fully_right']}/{m['statements']} ({m['fully_right'] / m['statements']:.1%}); "
              f"verdicts {m['verdicts']:.1%}; fields {m['fields']:.1%}")
