"""A database as the previous release left it (tests/data/upgrade/release-*, written by that release's own
code with make_fixture.py) is upgraded in place by today's code: every table and column a new database
has, today's macros, its data kept and readable."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from smarketing import db, metrics, migrations, objectives, objectivewords
from smarketing.errors import SmarketingError

RELEASES = sorted((Path(__file__).resolve().parent.parent / "data" / "upgrade").glob("release-*"))


def columns(con) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in con.execute(
            "select table_name, column_name, data_type from duckdb_columns() where database_name = current_database()"
            " and schema_name = 'main' order by table_name, column_index").fetchall():
        found.setdefault(table, []).append((column, kind))
    return found


def macros(con) -> dict[str, str]:
    return dict(con.execute(
        "select function_name, macro_definition from duckdb_functions() where function_type in ('macro', "
        "'table_macro') and database_name = current_database()").fetchall())


@pytest.fixture(params=RELEASES, ids=lambda p: p.name)
def released(request, tmp_path) -> Path:
    """The release's database, as its own code wrote it."""
    path = tmp_path / "released.duckdb"
    con = duckdb.connect(str(path))
    con.execute(f"import database '{request.param}'")
    con.close()
    return path


def test_there_is_a_release_to_upgrade_from():
    assert RELEASES, "tests/data/upgrade/release-* is missing: run make_fixture.py with the last release"


def test_an_older_database_gets_every_table_column_and_macro_of_a_new_one(released, tmp_path):
    before = duckdb.connect(str(released))
    kept = {t: before.execute(f'select count(*) from "{t}"').fetchone()[0] for t in columns(before)}
    before.close()
    fresh = db.connect(tmp_path / "new.duckdb")
    upgraded = db.connect(released)
    assert columns(upgraded) == columns(fresh)
    assert macros(upgraded) == macros(fresh) and set(macros(fresh)) == {
        p.stem for p in migrations.MACRO_DIR.glob("*.sql")}
    assert upgraded.execute("select version from schema_migrations order by 1").fetchall() == \
        fresh.execute("select version from schema_migrations order by 1").fetchall()
    # the data is all there, and today's code reads it
    for table, count in kept.items():
        # schema_migrations gains today's migrations (checked above against a new database's)
        if table != "schema_migrations":
            assert upgraded.execute(f'select count(*) from "{table}"').fetchone()[0] == count, table
    assert kept["leads"] == 32 and kept["spend"] == 20
    funnel = {r["stage"]: r["reached"] for r in metrics.compute(upgraded, "funnel", metrics.Query())}
    assert funnel["lead"] == 32
    [objective] = objectives.all_objectives(upgraded)
    assert objectives.progress_of(upgraded, objective, date(2026, 11, 25)).target == 40
    fresh.close()
    upgraded.close()


def test_the_owners_lines_of_an_older_change_log_are_read_after_the_upgrade(released):
    # the release wrote owner lists as "name (function), ..."; today's log holds JSON (018_owner_log_json)
    con = duckdb.connect(str(released))
    con.execute("insert into objective_changes (change_id, objective_id, changed_by, field, old_value, new_value) "
                "values (90, 1, 'anna', 'owners', '', 'Anna Rossi (marketing), Bruno Neri (sales)'), "
                # someone no longer on the team had no function; a name with a town in brackets is no function
                "(91, 1, 'anna', 'owners', 'Anna Rossi (marketing)', 'Sara ()'), "
                "(92, 1, 'anna', 'owners', 'Sara ()', 'Ferrari (Milano), Giulia (marketing)')")
    con.close()
    con = db.connect(released)
    stored = con.execute("select old_value, new_value from objective_changes where field = 'owners' "
                         "order by change_id").fetchall()
    assert stored == [("[]", '[["Anna Rossi","marketing"],["Bruno Neri","sales"]]'),
                      ('[["Anna Rossi","marketing"]]', '[["Sara",""]]'),
                      ('[["Sara",""]]', "Ferrari (Milano), Giulia (marketing)")]
    row = objectives.get(con, 1)
    worded = [objectivewords.change_words(c, row, {}, "it") for c in objectives.changes(con, 1)
              if c["field"] == "owners"]
    # newest first; what no form reads is shown as it was stored, never split wrongly
    assert worded == [("Sara", "Ferrari (Milano), Giulia (marketing)"), ("Anna Rossi (Marketing)", "Sara"),
                      ("", "Anna Rossi (Marketing), Bruno Neri (Vendite)")]
    con.close()


def test_money_objectives_stored_in_euros_by_default_take_the_companys_currency(released):
    # the release stored an amount naming no currency in euros, whatever the company's (019_money_units); one
    # whose sentence named euros stays in euros, and a count is no amount
    con = duckdb.connect(str(released))
    con.execute("insert into settings values ('currency', 'CHF')")
    columns = "(objective_id, title, statement, lang, metric, direction, target, target_kind, unit, start_date, " \
              "deadline, status, created_by)"
    for objective_id, statement, metric, unit in (
            (2, "Portare il fatturato vinto a 10.000 entro il 31/03/2027", "won_value", "EUR"),
            (3, "Aumentare il fatturato vinto del 10% entro il 31/03/2027", "won_value", "EUR"),
            (4, "Portare il fatturato vinto a 10.000 € entro il 31/03/2027", "won_value", "EUR"),
            (5, "Ridurre il CPL a 30 euro entro il 31/03/2027", "cpl", "EUR"),
            (6, "Ridurre il CAC a 900 entro il 31/03/2027", "cac", "EUR")):
        con.execute(f"insert into objectives {columns} values (?, ?, ?, 'it', ?, 'increase', 1, 'absolute', ?, "
                    "date '2026-12-01', date '2027-03-31', 'active', 'anna')",
                    [objective_id, statement, statement, metric, unit])
    con.close()
    con = db.connect(released)
    assert con.execute("select objective_id, unit from objectives order by 1").fetchall() == [
        (1, "count"), (2, "CHF"), (3, "CHF"), (4, "EUR"), (5, "EUR"), (6, "CHF")]
    con.close()


def test_an_old_macro_is_replaced_by_todays(released):
    con = duckdb.connect(str(released))
    con.execute("create or replace macro period_of(every, ts) as null")    # as a buggy release had it
    con.close()
    con = db.connect(released)
    assert con.execute("select period_of('month', date '2026-11-25')").fetchone() == (date(2026, 11, 1),)
    con.close()


@pytest.mark.parametrize("tampering", [
    "drop macro period_of",
    "create or replace macro period_of(every, ts) as null",
])
def test_a_macro_dropped_or_changed_in_a_current_database_is_made_again_on_the_next_connect(tmp_path, tampering):
    path = tmp_path / "store.duckdb"
    db.connect(path).close()
    con = duckdb.connect(str(path))
    con.execute(tampering)
    con.close()
    con = db.connect(path)
    assert con.execute("select period_of('month', date '2026-11-25')").fetchone() == (date(2026, 11, 1),)
    con.close()


def test_a_schema_file_changed_after_it_was_applied_stops_with_a_message(released):
    con = duckdb.connect(str(released))
    con.execute("update schema_migrations set checksum = 'x' where version = 9")
    con.close()
    with pytest.raises(SmarketingError) as stopped:
        db.connect(released)
    assert stopped.value.message("en").startswith(
        'The database was prepared with another version of the schema file "009_access" (sql/schema/009_access.sql '
        "changed after it was applied)")
