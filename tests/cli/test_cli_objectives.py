"""python -m smarketing objectives: the JSON contract of check and progress, add/list/show, usage errors."""

from __future__ import annotations

import json

import pytest

from smarketing import cli
from tests.helpers import twelve

OWNERS = ["--owner", "marketing:Giulia", "--owner", "sales:Marco"]
CRITERIA = ["specific", "measurable", "achievable", "relevant", "time_bound"]
PARSED = ["metric", "stage", "from_stage", "to_stage", "direction", "target", "target_kind", "target_given",
          "target_unit", "baseline", "stated_baseline", "start", "deadline", "filters", "threshold",
          "threshold_unit"]


@pytest.fixture
def store(con, db_path):
    twelve(con)
    con.close()
    return str(db_path)


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_json_contract(store, capsys):
    code, out, _ = run(capsys, "--db", store, "objectives", "check",
                       "Aumentare del 50% le MQL dai webinar entro il 24/12/2026", *OWNERS, "--today", "2026-11-25",
                       "--format", "json")
    assert code == 0
    result = json.loads(out)
    assert list(result) == ["understood", "score", "criteria", "parsed"]
    assert result["understood"] == "Ho capito: gli MQL (fonte Webinar), da 3 a 4,5, entro il 24/12/2026."
    assert list(result["criteria"]) == CRITERIA
    assert all(list(v) == ["status", "reason", "suggestion"] for v in result["criteria"].values())
    assert list(result["parsed"]) == PARSED
    # the 29 days before 25 November: L1, L2, L3 from webinars entered MQL on 4, 5 and 6 November
    assert result["parsed"] == {
        "metric": "stage_entries", "stage": "mql", "from_stage": None, "to_stage": None, "direction": "increase",
        "target": 4.5, "target_kind": "relative", "target_given": 0.5, "target_unit": "count", "baseline": 3.0,
        "stated_baseline": None, "start": "2026-11-25", "deadline": "2026-12-24", "filters": {"source": "Webinar"},
        "threshold": None, "threshold_unit": None}
    assert {k: v["status"] for k, v in result["criteria"].items()} == {
        "specific": "pass", "measurable": "pass", "achievable": "warn", "relevant": "pass", "time_bound": "pass"}
    assert result["score"] == 90


def test_check_text_in_english_with_lang_after_the_action(store, capsys):
    code, out, _ = run(capsys, "--db", store, "objectives", "check", "Migliorare il marketing", "--lang", "en",
                       "--today", "2026-11-25")
    assert code == 0
    assert out.splitlines()[:4] == [
        "Understood: no measure recognised.",
        "SMART score: 10/100",
        "  [fail] Specific: \"migliorare\" alone says neither what changes nor which way.",
        "      -> Name a measure and a direction: \"increase SQLs from webinars\", \"reduce the cost per lead\", "
        "\"bring the MQL→SQL conversion to 30%\".",
    ]


def test_add_list_show_progress(store, capsys):
    code, out, _ = run(capsys, "--db", store, "objectives", "add", "Generare 6 SQL entro il 24/12/2026", *OWNERS,
                       "--today", "2026-11-25", "--title", "SQL di dicembre", "--format", "json")
    assert code == 0
    added = json.loads(out)
    assert (added["id"], added["title"], added["metric"], added["to_stage"], added["target"], added["baseline"],
            added["owners"], added["functions"]) == (1, "SQL di dicembre", "stage_entries", "sql", 6.0, 3.0,
                                                     ["Marco", "Giulia"], ["sales", "marketing"])
    code, out, _ = run(capsys, "--db", store, "objectives", "list", "--format", "json")
    assert [(o["id"], o["title"]) for o in json.loads(out)] == [(1, "SQL di dicembre")]

    code, out, _ = run(capsys, "--db", store, "objectives", "progress", "--today", "2026-12-09", "--format", "json")
    assert code == 0
    # no SQL entries since 25 November: 0 of 6 after 14 of 29 days, run-rate 0
    assert json.loads(out) == [{"id": 1, "title": "SQL di dicembre", "actual": 0.0, "baseline": 3.0, "target": 6.0,
                                "progress": 0.0, "expected_progress": 14 / 29, "status": "off_track",
                                "forecast": 0.0, "forecast_progress": 0.0, "kind": "cumulative"}]
    code, out, _ = run(capsys, "--db", store, "objectives", "progress", "--today", "2026-12-09", "--lang", "en")
    assert out == ("#1 SQL di dicembre: off track: 0 of 6, progress 0% (expected 48%), forecast 0\n")

    code, out, _ = run(capsys, "--db", store, "objectives", "show", "1", "--today", "2026-12-09", "--format", "json")
    shown = json.loads(out)
    assert shown["progress"]["status"] == "off_track"
    assert [(c["field"], c["new_value"]) for c in shown["changes"]] == [
        ("created", "Generare 6 SQL entro il 24/12/2026")]


def test_show_of_a_missing_objective_fails_with_a_sentence(store, capsys):
    code, _, err = run(capsys, "--db", store, "objectives", "show", "42")
    assert (code, err) == (1, "Errore: L'obiettivo 42 non esiste.\n")


@pytest.mark.parametrize("owner", ["giulia", "finance:Giulia", "marketing:"])
def test_a_bad_owner_is_a_usage_error(store, capsys, owner):
    with pytest.raises(SystemExit) as raised:
        cli.main(["--db", store, "objectives", "check", "Generare 6 SQL", "--owner", owner])
    assert raised.value.code == 2
    assert f"responsabile «{owner}» non valido: usa marketing:NOME o sales:NOME" in capsys.readouterr().err


def test_an_empty_store_has_no_objectives(db_path, capsys):
    assert run(capsys, "--db", str(db_path), "objectives", "progress")[:2] == (0, "Nessun obiettivo.\n")
