"""One metric vocabulary: the reports the code computes are the ones the vocabulary names, and every measure
an objective can track is a column one of them returns."""

from __future__ import annotations

from smarketing import metrics
from smarketing.vocabulary import MEASURES, METRICS, REPORTS


def test_the_reports_computed_are_the_reports_named():
    # (the command line names them before it loads the metrics: vocabulary.py holds them for it)
    assert tuple(metrics.CATALOG) == REPORTS


def test_every_measure_reads_a_column_its_report_returns():
    read = {m: (report, column) for m, (report, column) in MEASURES.items() if report}
    assert sorted(m for m in METRICS if m not in read) == ["manual"]
    for measure, (report, column) in read.items():
        assert column in metrics.CATALOG[report].keys, measure
