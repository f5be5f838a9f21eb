"""A sentence reads the same in every process. Python orders a set by its strings' hashes, and these change with
each process (PYTHONHASHSEED): a reading that followed a set's order (which of two names of one channel a sentence
was taken by, the order of the month names in a pattern) could differ from one run of a command to the next, and
the patterns kept beside the bytecode (smarketing/regexcache.py) were never the ones asked for."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from smarketing import drafting, smart, smartwords
from tests.unit import test_smart_corpus, test_smart_statements
from tests.unit.test_smart_statements import BOTH, TODAY, VOCABULARY

ROOT = Path(__file__).resolve().parents[2]
# "eventi" and "fiere" are two names of the one source Fiere: named by the first, ruled out by the second
RULED_OUT = {"it": "Aumentare gli MQL dagli eventi, escluse le fiere, del 20% entro giugno 2027",
             "en": "Grow MQLs from events but not trade fairs by 20% by June 2027"}

_READ = textwrap.dedent("""
    import json, sys
    from smarketing import drafting, objectives, smart, smartwords
    from tests.unit import test_smart_corpus, test_smart_statements
    from tests.unit.test_reading_repeatable import RULED_OUT
    from tests.unit.test_smart_statements import BOTH, TODAY, VOCABULARY
    cases = [(c.values[0], c.values[1]) for c in test_smart_statements.CASES + test_smart_corpus.CASES]
    cases += list(RULED_OUT.items())
    read = []
    for lang, text in cases:
        draft = drafting.read(text, TODAY, VOCABULARY)
        context = smart.Context(today=TODAY, owners=BOTH)
        report = smartwords.judged(draft, context, lang)
        read.append([objectives.parsed(draft, context), draft.scope_note, report.understood,
                     {name: [v.status, v.reason] for name, v in report.criteria.items()}])
    print(json.dumps(read, default=str))
""")

_LISTING = textwrap.dedent("""
    import json, os, re, sys
    import smarketing
    ours, engine = os.path.dirname(smarketing.__file__), os.path.dirname(re.__file__)
    compiled = set()
    real = re._compile
    def listing(pattern, flags):
        frame = sys._getframe(1)
        while frame and frame.f_code.co_filename.startswith(engine):
            frame = frame.f_back
        if isinstance(pattern, str) and frame and frame.f_code.co_filename.startswith(ours):
            compiled.add(pattern)
        return real(pattern, flags)
    re._compile = listing
    from tests.unit.test_regexcache import _readings
    _readings()
    print(json.dumps(sorted(compiled)))
""")


def _in_process(script: str, seed: str):
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT,
                          env={"PYTHONHASHSEED": seed, "PYTHONDONTWRITEBYTECODE": "1", "PATH": ""})
    return json.loads(done.stdout)


def test_every_sentence_of_the_tables_reads_the_same_in_another_process():
    # seed 1 read the Italian sentence below as counting Fiere, seed 2 as ruling it out
    first, second = _in_process(_READ, "1"), _in_process(_READ, "2")
    # every case was read in both: the statements' table, the corpus and the two sentences above
    assert len(first) == len(second) == len(test_smart_statements.CASES) + len(test_smart_corpus.CASES) + 2 > 2
    assert [i for i, (a, b) in enumerate(zip(first, second)) if a != b] == []


def test_a_value_named_and_ruled_out_by_two_of_its_names_is_said_not_counted():
    for lang, text in RULED_OUT.items():
        draft = drafting.read(text, TODAY, VOCABULARY)
        report = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH), lang)
        assert (draft.filters, draft.scope_note) == (
            {}, {"kind": "excluded", "dimension": "source", "values": ["Fiere"]})
        assert (report.criteria["specific"].status, report.criteria["specific"].reason) == ("warn", {
            "it": "La frase esclude Fiere, ma un ambito può solo includere: conto ogni fonte, Fiere compresa.",
            "en": "The sentence excludes Fiere, but a scope can only include: every source is counted, Fiere "
                  "included."}[lang])


def test_the_readers_patterns_are_the_same_text_in_every_process():
    # the month names' alternation was sorted by length only, from a set: the same reading, but another text in
    # each process, so the pattern kept by one was never the one the next asked for
    first, second = _in_process(_LISTING, "1"), _in_process(_LISTING, "2")
    assert len(first) > 100
    assert [p for p in first if p not in second] == []
