"""The held-out rounds (tests/unit/heldout/): objectives the reader had never seen, each round written by a
reviewer who did not read the reader, from the rules of docs/metrics.md and of test_smart_corpus.py, and run
once before any fix. What each round measured at its first run, before its misreadings were fixed in general
terms (never per sentence) and the round kept here as tests:

| round | statements (IT/EN) | where from                                   | fully right | verdicts | fields |
|-------|--------------------|----------------------------------------------|-------------|----------|--------|
| 1     | 45 (30/15)         | OKR key results, Monday messages, plans      | 38 (84%)*   | 98.2%*   | 98.3%* |
| 2     | 40 (27/13)         | a wine cooperative, a components maker, ...  | 36 (90%)    | 98.0%    | 99.2%  |
| 3     | 36 (24/12)         | a CEO's e-mails, OKR rows, chats, minutes    | 29 (81%)    | 95.0%    | 96.5%  |
| 4     | 45 (30/15)         | OKR examples, CRM blogs, a PMI plan, boards  | 37 (82%)    | 97.8%    | 96.9%  |
| 5     | 45 (30/15)         | a dairy cooperative, furniture, IT, training | 39 (87%)    | 96.4%    | 97.1%  |

"Fully right": every parsed field and all five verdicts. Verdicts: each of the five statuses counted alone;
fields: each parsed field. (*) Round 1 as corrected for a rule the code had and docs/metrics.md did not say
(a target the previous window already reached warns): 41 of 45; as first written, 38. Measured by
`python -m bench.smart_reading --history` (each round at the commit it was first run on, and at HEAD), written
to bench/results/smart_reading.json; a new round is measured with `python -m bench.smart_reading MODULE`, then
kept here."""

from __future__ import annotations

import pytest

from tests.unit.heldout import round_1, round_2, round_3, round_4, round_5
from tests.unit.test_smart_statements import assert_statement

ROUNDS = (round_1, round_2, round_3, round_4, round_5)


@pytest.mark.parametrize(("lang", "text", "statuses", "fields", "baseline", "history", "owners", "parent"),
                         [case for r in ROUNDS for case in r.CASES])
def test_heldout_statement(lang, text, statuses, fields, baseline, history, owners, parent):
    assert_statement(lang, text, statuses, fields, baseline, history, owners, parent)


# the rounds themselves, checked as they are collected (no test of the reader): two thirds Italian, each sentence once
assert all(sum(c.values[0] == "it" for c in r.CASES) * 3 >= len(r.CASES) * 2 for r in ROUNDS)
_TEXTS = [c.values[1] for r in ROUNDS for c in r.CASES]
assert len(set(_TEXTS)) == len(_TEXTS)
