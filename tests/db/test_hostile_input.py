"""Hostile input: SQL text in every place a user types or a file carries (column names, mapping, stage
names, filters, objective text, meeting notes) is data, never SQL; random bytes and random text never
crash the importer or the objective reader, and a failed import writes nothing."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smarketing import cli, db, drafting, meetings, objectives, smart, smartwords, vocabulary
from smarketing.errors import SmarketingError
from smarketing.importing import ImportOptions, run_import
from tests.helpers import twelve

SQL = ["x'); drop table leads; --", "\" or 1=1 --", "'; delete from objectives where ''='", "$by", "?"]


def tables(con) -> dict[str, int]:
    names = [r[0] for r in con.execute("select table_name from duckdb_tables() where not temporary").fetchall()]
    return {n: con.execute(f'select count(*) from "{n}"').fetchone()[0] for n in names}


@pytest.mark.parametrize("payload", SQL)
def test_sql_in_a_files_header_mapping_and_stages_is_data(con, tmp_path, payload):
    path = tmp_path / "ostile.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([["Email", payload, "Fase"], ["uno@cliente.it", payload, payload]])
    result = run_import(con, path, ImportOptions(delimiter=";", maps={"name": payload, "stage": "Fase"},
                                                 stage_map={payload: "mql"}))
    if payload == "?":
        # no letter or digit names no stage: rejected, never mapped (a --stage-map "?=..." maps nothing)
        assert (result.inserted, result.rejected, [r["code"] for r in result.rejects]) == (0, 1, ["unnamed_stage"])
        return
    assert (result.inserted, result.rejected, result.rejects) == (1, 0, [])
    assert con.execute("select name, current_stage from leads").fetchall() == [(payload.strip(), "mql")]
    assert {"leads", "objectives", "stage_events"} <= set(tables(con))


@pytest.mark.parametrize("payload", SQL)
def test_sql_in_a_filter_is_refused_as_a_value_no_lead_has(con, db_path, capsys, payload):
    twelve(con)
    before = tables(con)
    con.close()
    # a value no lead has is refused in words, as any is, and runs nothing
    assert cli.main(["--db", str(db_path), "metrics", "funnel", "--filter", f"source={payload}",
                     "--today", "2026-11-25", "--format", "json"]) == 1
    assert capsys.readouterr().err.startswith(f"Errore: Nessun contatto né spesa ha «{payload}» come fonte (source)")
    again = db.connect(db_path)
    assert tables(again) == before
    again.close()


@pytest.mark.parametrize("payload", SQL)
def test_sql_in_objectives_and_meetings_is_kept_as_typed(con, payload):
    objective_id = objectives.add(con, f"Generare 5 SQL entro il 24/12/2026 {payload}", [(payload, "marketing")],
                                  date(2026, 11, 25), "it", payload, title=payload)
    objectives.update(con, objective_id, {"title": payload + "!"}, payload)
    meeting = meetings.open_meeting(con, date(2026, 11, 25), payload)
    meetings.decide(con, meeting["meeting_id"], payload, payload)
    meetings.act(con, meeting["meeting_id"], payload, payload, None)
    meetings.save(con, meeting["meeting_id"], [payload], payload, None, payload)
    row = objectives.get(con, objective_id)
    assert (row["title"], row["owners"]) == (payload + "!", [payload])
    assert meetings.decisions(con, meeting["meeting_id"])[0]["text"] == payload.strip()
    assert meetings.find(con, date(2026, 11, 25))["notes"] == payload.strip()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_random_bytes_never_crash_the_importer_nor_write_half(con, tmp_path, data):
    before = tables(con)
    path = tmp_path / "casuale.csv"
    path.write_bytes(data)
    try:
        result = run_import(con, path, ImportOptions())
    except SmarketingError as exc:
        assert exc.message("it") and exc.message("en")
        assert tables(con) == before                  # refused: not a row written, not a batch opened
    else:
        assert result.status == "committed"
        assert result.rows_read == result.inserted + result.updated + result.unchanged + result.rejected
    assert con.execute("select count(*) from duckdb_tables() where temporary").fetchone()[0] == 0


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_random_text_never_crashes_the_objective_reader(text):
    for lang in ("it", "en"):
        draft = drafting.read(text, date(2026, 11, 25), {"source": ["Webinar", "Fiere"]})
        report = smartwords.judged(draft, smart.Context(today=date(2026, 11, 25)), lang)
        assert 0 <= report.score <= 100 and set(report.criteria) == set(vocabulary.CRITERIA)
