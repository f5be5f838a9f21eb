"""The reader's patterns kept beside the bytecode (smarketing/regexcache.py): read back as the very patterns `re`
compiles, the sentences read as before, and nothing used that another Python, a damaged file or a changed one
left behind."""

from __future__ import annotations

import re
import sys

import pytest

from smarketing import drafting, objectives, regexcache, smart, smartwords
from tests.unit.test_smart_corpus import CASES
from tests.unit.test_smart_statements import BOTH, TODAY, VOCABULARY

# a sentence in every tenth case of the corpus, Italian and English: dates, money, rates, scopes, spans
SENTENCES = [case.values[1] for case in CASES[::10]]


def _readings() -> list[tuple[dict, str, int]]:
    out = []
    for text in SENTENCES:
        draft = drafting.read(text, TODAY, VOCABULARY)
        context = smart.Context(today=TODAY, owners=BOTH)
        report = smartwords.judged(draft, context, "it")
        out.append((objectives.parsed(draft, context), report.understood, report.score))
    return out


@pytest.fixture
def fresh(monkeypatch):
    """Python allowed to write bytecode, every pattern worth keeping, and none kept by this process yet."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(regexcache, "_WORTH", 0.0)
    monkeypatch.setattr(regexcache, "_entries", {})


def test_kept_patterns_come_back_as_the_patterns_re_compiles_and_read_the_same(tmp_path, fresh):
    kept = tmp_path / "patterns.marshal"
    # the readings' own patterns only, below re's bound: none of them dropped before the file is written
    re.purge()
    before = _readings()
    assert regexcache.keep(kept) > 100
    re.purge()
    regexcache._entries.clear()
    loaded = regexcache.warm(kept)
    assert loaded == len(re._cache) > 100  # type: ignore[attr-defined]
    # each one the same compiled program as re's own compiler makes of its text (Pattern equality compares it)
    differ = [key[1] for key, compiled in re._cache.items()  # type: ignore[attr-defined]
              if compiled != re._compiler.compile(key[1], key[2])]  # type: ignore[attr-defined]
    assert differ == []
    assert _readings() == before
    # nothing new to keep: the file is not written again
    assert regexcache.keep(kept) == 0


def test_a_file_of_another_python_a_damaged_one_or_none_is_not_used(tmp_path, fresh, monkeypatch):
    kept = tmp_path / "patterns.marshal"
    re.purge()
    re.compile(r"\bentro\s+il\s+(\d{1,2})/(\d{1,2})/(\d{4})\b")
    assert regexcache.keep(kept) == 1
    data = kept.read_bytes()
    for name, damaged in {"cut": data[:-100], "one byte changed": data[:-50] + bytes([data[-50] ^ 1]) + data[-49:],
                          "empty": b"", "not ours": b"\x00" * 64}.items():
        kept.write_bytes(damaged)
        re.purge()
        regexcache._entries.clear()
        assert (name, regexcache.warm(kept), len(re._cache)) == (name, 0, 0)  # type: ignore[attr-defined]
    assert regexcache.warm(tmp_path / "missing.marshal") == 0
    # kept by another Python: the same file, stamped with another version
    regexcache._entries.clear()
    re.compile(r"\bentro\s+il\s+(\d{1,2})/(\d{1,2})/(\d{4})\b")
    with monkeypatch.context() as other:
        other.setattr(regexcache, "_stamp", lambda: ("3.11.0 (another build)",))
        assert regexcache.keep(kept) == 1
    re.purge()
    regexcache._entries.clear()
    assert (regexcache.warm(kept), len(re._cache)) == (0, 0)  # type: ignore[attr-defined]


def test_nothing_is_kept_when_python_writes_no_bytecode(tmp_path, fresh, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    re.compile(r"\b(?:fino\s+al|until)\s+(\d{4})\b")
    assert regexcache.keep(tmp_path / "patterns.marshal") == 0
    assert list(tmp_path.iterdir()) == []


def test_a_pattern_whose_program_is_not_res_own_is_never_kept(tmp_path, fresh, monkeypatch):
    real = regexcache._entry

    def another_program(pattern, flags):
        # valid code, but not what re made of the text: it would ignore case where the pattern does not
        entry = real(pattern, flags)
        return entry[:2] + (entry[2] | re.IGNORECASE,) + entry[3:]

    re.purge()
    re.compile(r"\b(?:entro|by)\s+(\d{1,2})\s+(?:giorni|days)\b")
    monkeypatch.setattr(regexcache, "_entry", another_program)
    assert regexcache.keep(tmp_path / "patterns.marshal") == 0
    assert not (tmp_path / "patterns.marshal").exists()
