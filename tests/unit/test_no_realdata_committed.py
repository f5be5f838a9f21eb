"""The real exports of ../shared/realdata are read in place, never committed: no data line of any of them
stands in a file of this repository. The demo (sample_data/generate.py) and the import corpus
(tests/data/import/make_corpus.py) are made-up people written by code, and this keeps them so."""

from __future__ import annotations

import subprocess

import pytest

from tests.conftest import REALDATA, ROOT

TEXT = (".csv", ".txt", ".tsv", ".json")


def _lines(path) -> set[str]:
    # a header alone is no data: the corpus copies real headers on purpose (they are formats, not people)
    lines = path.read_bytes().decode("utf-8", errors="ignore").splitlines()[1:]
    return {line.strip() for line in lines if len(line.strip()) > 20}


@pytest.mark.skipif(not REALDATA.is_dir(), reason="../shared/realdata is not beside the repository")
def test_no_row_of_a_real_export_is_committed():
    real = set().union(*(_lines(p) for p in REALDATA.rglob("*") if p.is_file() and p.suffix.lower() in TEXT))
    # the exports were read: X Education's 9,240 leads alone are more lines than this (an empty set finds nothing)
    assert len(real) > 9_000
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    copied = {name: len(_lines(ROOT / name) & real) for name in tracked.splitlines()
              if name.lower().endswith(TEXT) and (ROOT / name).is_file()}
    assert {name: n for name, n in copied.items() if n} == {}
    # the files a reviewer asked about are checked by name too: the demo (sample_data/generate.py), the Zoho
    # corpus file (make_corpus.py) and the upgrade fixture's leads (make_fixture.py, from the corpus); named
    # after the leads table, like x_education_leads/Leads.csv, and sharing no line with it or any real export
    assert copied["sample_data/demo/leads.csv"] == copied["tests/data/import/zoho_leads.csv"] == 0
    assert copied["tests/data/upgrade/release-27b823a/leads.csv"] == 0
    # nor a real export under its own name, whatever its lines
    names = {p.name for p in REALDATA.rglob("*") if p.is_file()} - {"README.txt"}
    assert [name for name in tracked.splitlines() if name.rsplit("/", 1)[-1] in names] == []
