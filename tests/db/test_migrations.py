"""Schema files apply once each, in order, and upgrade an older store without losing rows."""

from __future__ import annotations

import duckdb

from smarketing import db, migrations

EXPECTED_TABLES = {
    "schema_migrations", "stages", "leads", "stage_events", "spend", "import_batches", "import_rejects",
    "team_members", "objectives", "objective_owners", "objective_changes", "checkins",
    "meetings", "decisions", "action_items", "lead_snapshots", "spend_snapshots", "lead_journeys", "access_rules",
    "passwords", "sign_in_failures", "settings", "import_mappings", "inbox_runs", "digest_sends", "batch_holds",
}


def tables(con) -> set[str]:
    return {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}


def test_files_are_numbered_without_gaps():
    versions = [v for v, _, _ in migrations.files()]
    assert versions == list(range(1, len(versions) + 1))


def test_fresh_store_gets_the_whole_data_model(con):
    assert tables(con) == EXPECTED_TABLES
    assert migrations.applied(con) == [v for v, _, _ in migrations.files()]
    stages = con.execute("select code, position, owner_function, is_terminal from stages order by position").fetchall()
    assert stages == [
        ("lead", 1, "marketing", False), ("mql", 2, "marketing", False), ("sql", 3, "sales", False),
        ("opportunity", 4, "sales", False), ("customer", 5, "sales", True), ("lost", 6, "sales", True),
    ]


def test_the_codes_the_code_uses_are_the_stages_table(con):
    from smarketing import stages

    rows = con.execute("select code, is_terminal, outcome from stages order by position").fetchall()
    assert tuple(code for code, _, _ in rows) == stages.CODES
    # the path ends at the won stage; the stage after it is off the path
    assert stages.CODES[:stages.CODES.index("customer") + 1] == stages.PATH
    assert [code for code, terminal, outcome in rows if terminal and outcome == "lost"] == ["lost"]
    # with a store open, the path is read from its table: by position, without the stage whose outcome is lost
    table = stages.stages(con)
    assert stages.path(table) == ("lead", "mql", "sql", "opportunity", "customer")
    assert stages.path(list(reversed(table))) == ("lead", "mql", "sql", "opportunity", "customer")


def test_migrating_twice_changes_nothing(db_path):
    first = db.connect(db_path)
    ledger = first.execute("select version, name, checksum, applied_at from schema_migrations").fetchall()
    assert migrations.migrate(first) == []
    first.close()
    second = db.connect(db_path)
    assert second.execute("select version, name, checksum, applied_at from schema_migrations").fetchall() == ledger
    assert second.execute("select count(*) from stages").fetchone()[0] == 6
    second.close()


def test_older_store_is_upgraded_in_place_keeping_its_rows(db_path):
    old = duckdb.connect(str(db_path))
    assert migrations.migrate(old, upto=1) == ["001_core"]
    old.execute("insert into leads (lead_id, external_id, email, created_at, current_stage) "
                "values (1, 'A-1', 'a@x.it', '2026-01-05 10:00', 'mql')")
    old.execute("insert into stage_events (lead_id, stage, entered_at) select lead_id, 'mql', created_at from leads")
    old.execute("insert into spend (spend_date, channel, amount) values ('2026-01-05', 'LinkedIn', 120.50)")
    old.close()
    assert "objectives" not in tables(duckdb.connect(str(db_path)))

    upgraded = db.connect(db_path)
    assert tables(upgraded) == EXPECTED_TABLES
    assert upgraded.execute("select external_id, email, current_stage from leads").fetchall() == [
        ("A-1", "a@x.it", "mql")]
    assert upgraded.execute("select count(*) from stage_events").fetchone()[0] == 1
    assert upgraded.execute("select amount::varchar from spend").fetchone()[0] == "120.50"
    assert [r[0] for r in upgraded.execute("select name from schema_migrations order by version").fetchall()] == [
        name for _, name, _ in migrations.files()]
    upgraded.close()


def test_failed_migration_leaves_no_trace(db_path, tmp_path, monkeypatch):
    broken = tmp_path / "schema"
    broken.mkdir()
    for _, _, file in migrations.files():
        (broken / file.name).write_text(file.read_text())
    (broken / "099_broken.sql").write_text("create table half_done (x integer);\nthis is not sql;\n")
    monkeypatch.setattr(migrations, "SCHEMA_DIR", broken)
    con = duckdb.connect(str(db_path))
    try:
        migrations.migrate(con)
    except duckdb.Error:
        pass
    else:
        raise AssertionError("a broken schema file must fail")
    assert "half_done" not in tables(con)
    assert 99 not in migrations.applied(con)
    assert migrations.applied(con) == [v for v, _, _ in migrations.files() if v != 99]


def test_a_store_of_the_previous_release_gets_its_lost_deals_told_apart_from_disqualified_leads(db_path):
    old = duckdb.connect(str(db_path))
    migrations.migrate(old, upto=10)
    old.execute("insert into leads (lead_id, external_id, created_at, current_stage) values "
                "(1, 'A', '2026-01-05', 'lost'), (2, 'B', '2026-01-05', 'lost')")
    old.execute("insert into stage_events (lead_id, stage, entered_at) values (1, 'opportunity', '2026-01-10'), "
                "(1, 'lost', '2026-01-20'), (2, 'mql', '2026-01-06'), (2, 'lost', '2026-01-07')")
    old.close()
    upgraded = db.connect(db_path)
    outcomes = upgraded.execute("select l.external_id, l.is_deal, j.deal_outcome from leads l join lead_journeys j "
                                "using (lead_id) order by 1").fetchall()
    assert outcomes == [("A", False, "lost"), ("B", False, "disqualified")]
    upgraded.close()


def test_a_password_protected_store_of_the_previous_release_gets_an_admin(db_path):
    old = duckdb.connect(str(db_path))
    migrations.migrate(old, upto=15)
    old.execute("insert into access_rules (pattern, role, created_at) values "
                "('@azienda.it', 'editor', '2026-01-01'), ('bruno@azienda.it', 'editor', '2026-01-02'), "
                "('anna@azienda.it', 'editor', '2026-01-03'), ('carla@azienda.it', 'viewer', '2026-01-01')")
    # the first editor with a password, not merely the first editor on the list (nor the domain)
    old.execute("insert into passwords (email, hash) values ('anna@azienda.it', 'x'), ('carla@azienda.it', 'y')")
    old.close()
    upgraded = db.connect(db_path)
    assert upgraded.execute("select pattern, role from access_rules order by pattern").fetchall() == [
        ("@azienda.it", "editor"), ("anna@azienda.it", "admin"), ("bruno@azienda.it", "editor"),
        ("carla@azienda.it", "viewer")]
    upgraded.close()


def test_a_store_of_the_previous_release_gets_its_lost_deals_to_the_opportunity_stage(db_path):
    """Review 25: a lost row of a deals export, with no earlier stage dated, counted in the win rate but reached only
    the lead stage in the funnel and the planner's odds; an upgraded store puts it at the opportunity stage."""
    old = duckdb.connect(str(db_path))
    migrations.migrate(old, upto=21)
    migrations.create_macros(old)
    old.execute("insert into leads (lead_id, external_id, created_at, current_stage, is_deal) values "
                "(1, 'A', '2026-10-06', 'lost', true), (2, 'B', '2026-10-06', 'lost', false), "
                "(3, 'C', '2026-10-06', 'sql', true)")
    old.execute("insert into stage_events (lead_id, stage, entered_at) values (1, 'lead', '2026-10-06'), "
                "(1, 'lost', '2026-11-12'), (2, 'lead', '2026-10-06'), (2, 'lost', '2026-11-12'), "
                "(3, 'lead', '2026-10-06'), (3, 'sql', '2026-10-07')")
    # the journeys as the previous release had them (written here: today's journeys SQL reads today's schema)
    old.execute("insert into lead_journeys (lead_id, created_at, lead_at, sql_at, lost_at, furthest, is_lost, "
                "current_stage, outcome, first_at, deal_outcome) values "
                "(1, '2026-10-06', '2026-10-06', null, '2026-11-12', 1, true, 'lost', 'lost', '2026-10-06', 'lost'), "
                "(2, '2026-10-06', '2026-10-06', null, '2026-11-12', 1, true, 'lost', 'lost', '2026-10-06', "
                "'disqualified'), "
                "(3, '2026-10-06', '2026-10-06', '2026-10-07', null, 3, false, 'sql', null, '2026-10-06', null)")
    old.close()
    upgraded = db.connect(db_path)
    # the lost deal at the opportunity stage (4); the lost lead, disqualified, and the open deal stay where they were
    assert upgraded.execute("select furthest, deal_outcome from lead_journeys order by lead_id").fetchall() == [
        (4, "lost"), (1, "disqualified"), (3, None)]
    upgraded.close()


def test_a_store_of_the_previous_release_gets_the_spend_ends_its_imports_tell(db_path):
    """Spend rows stored before spend_end was kept get it where their import tells it exactly; a report's rows,
    whose import kept only its longest span, stay without one (matched on their key, as before)."""
    old = duckdb.connect(str(db_path))
    migrations.migrate(old, upto=24)
    batches = [(1, "spend", '{"row_span": "week"}'), (2, "spend", '{"row_span": "month"}'),
               (3, "spend", '{"period_days": 0}'), (4, "spend", '{"period_days": 29}'), (5, "demo", None)]
    old.executemany("insert into import_batches (batch_id, kind, status, options) values (?, ?, 'committed', ?)",
                    batches)
    old.executemany("insert into spend (spend_date, channel, amount, batch_id) values (?, 'Google Ads', 10, ?)",
                    [("2026-11-02", n) for n, _, _ in batches])
    old.close()
    upgraded = db.connect(db_path)
    assert upgraded.execute("select batch_id, spend_end::varchar from spend order by batch_id").fetchall() == [
        (1, "2026-11-08"), (2, "2026-11-30"), (3, "2026-11-02"), (4, None), (5, "2026-11-08")]
    upgraded.close()


def test_a_store_of_the_previous_release_gets_its_sources_and_channels_in_one_form(db_path, tmp_path):
    """Stored with a no-break space or a zero-width one by an earlier release, a source or a channel stayed a second
    group beside the import's own, and the same spend read again was counted twice (regression review of
    5 December)."""
    from smarketing.importing import ImportOptions, run_import

    old = duckdb.connect(str(db_path))
    migrations.migrate(old, upto=25)
    old.execute("insert into import_batches (batch_id, kind, status, options) values (7, 'spend', 'committed', "
                "'{\"period_days\": 0}')")
    old.execute("insert into spend (spend_date, spend_end, channel, campaign, amount, currency, batch_id) values "
                "('2026-11-02', '2026-11-02', 'Fiera\u00a0', 'Stand\u00a0\u00a0Milano', 500, 'EUR', 7), "
                "('2026-11-04', '2026-11-04', '\u200bMeta Ads', 'Promo ½', 20, 'EUR', 7)")
    old.execute("insert into leads (lead_id, email, source, owner, current_stage) values "
                "(1, 'a@x.it', 'Fi\u00adera', 'Luca\u00a0 Bertolini', 'lead')")
    old.close()
    upgraded = db.connect(db_path)
    assert upgraded.execute("select channel, campaign from spend order by spend_date").fetchall() == [
        ("Fiera", "Stand Milano"), ("Meta Ads", "Promo ½")]
    assert upgraded.execute("select source, owner from leads").fetchall() == [("Fiera", "Luca Bertolini")]
    assert upgraded.execute("select source, owner from lead_journeys").fetchall() == [("Fiera", "Luca Bertolini")]
    path = tmp_path / "spesa.csv"
    path.write_text("Giorno;Canale;Campagna;Costo\n02/11/2026;Fiera;Stand Milano;500,00\n"
                    "04/11/2026;Meta Ads;Promo ½;20,00\n", encoding="utf-8")
    result = run_import(upgraded, path, ImportOptions(kind="spend", backup=False))
    assert (result.inserted, result.unchanged) == (0, 2)
    assert upgraded.execute("select sum(amount) from spend").fetchone()[0] == 520
    upgraded.close()


def test_a_store_of_the_previous_release_gets_its_customers_who_left_counted_as_won(db_path):
    """An earlier release's journeys said lost for a contact who was a customer and was lost later: refilled on
    upgrade, it is won on the day it became a customer, as a new store counts it (second regression review)."""
    from tests.helpers import add_lead

    old = duckdb.connect(str(db_path))
    migrations.migrate(old, upto=25)
    old.close()
    con = db.connect(db_path, migrate_schema=False)
    add_lead(con, "C1", "2026-09-01", "lost", [("lead", "2026-09-01"), ("customer", "2026-10-01"),
                                                ("lost", "2026-11-10")], deal_value=5000)
    con.execute("update lead_journeys set deal_outcome = 'lost', outcome = 'lost', closed_at = '2026-11-10'")
    con.close()
    upgraded = db.connect(db_path)
    assert upgraded.execute("select outcome, deal_outcome, closed_at::date::varchar from lead_journeys").fetchall() == [
        ("won", "won", "2026-10-01")]
    upgraded.close()


def test_a_store_of_the_previous_release_gets_one_spelling_per_name_whatever_its_case(db_path, tmp_path):
    """"Referral" from the demo and "referral" from Olist's export were two sources in every list, and the spend of
    "google ads" met no lead of "Google Ads" (review of 6 December): on upgrade each name takes the spelling of the
    most rows, in the leads, the spend, what an undo puts back and the objectives' filters alike."""
    import json

    from smarketing.importing import ImportOptions, run_import

    old = duckdb.connect(str(db_path))
    migrations.migrate(old, upto=26)
    old.execute("insert into import_batches (batch_id, kind, status, options) values (7, 'spend', 'committed', "
                "'{\"period_days\": 0}')")
    old.execute("insert into spend (spend_date, spend_end, channel, campaign, amount, currency, batch_id) values "
                "('2026-11-02', '2026-11-02', 'google ads', 'PROMO', 100, 'EUR', 7)")
    old.execute("insert into leads (lead_id, email, source, campaign, owner, region, current_stage) values "
                "(1, 'a@x.it', 'Google Ads', 'Promo', 'Luca Bertolini', 'LOMBARDIA', 'lead'), "
                "(2, 'b@x.it', 'Google Ads', 'promo', 'luca bertolini', 'lombardia', 'lead'), "
                "(3, 'c@x.it', 'Referral', null, 'luca bertolini', null, 'lead'), "
                "(4, 'd@x.it', 'referral', null, null, null, 'lead'), "
                "(5, 'e@x.it', 'referral', null, null, null, 'lead')")
    old.execute("insert into lead_snapshots select 8, * from leads where lead_id = 3")
    old.execute("insert into objectives (objective_id, title, statement, metric, filters) values "
                "(1, 'Referral', 'Referral', 'conversion', ?), (2, 'Promo', 'Promo', 'conversion', ?)",
                [json.dumps({"source": "Referral", "owner": "luca bertolini"}),
                 json.dumps({"campaign": "PROMO", "region": "LOMBARDIA"})])
    old.close()
    upgraded = db.connect(db_path)
    names = "select lead_id, source, campaign, owner, region from {} order by lead_id"
    assert upgraded.execute(names.format("leads")).fetchall() == [
        (1, "Google Ads", "Promo", "luca bertolini", "lombardia"),
        (2, "Google Ads", "Promo", "luca bertolini", "lombardia"),
        (3, "referral", None, "luca bertolini", None),
        (4, "referral", None, None, None),
        (5, "referral", None, None, None)]
    assert upgraded.execute(names.format("lead_journeys")).fetchall() == upgraded.execute(
        names.format("leads")).fetchall()
    assert upgraded.execute(names.format("lead_snapshots")).fetchall() == [
        (3, "referral", None, "luca bertolini", None)]
    assert upgraded.execute("select channel, campaign from spend").fetchall() == [("Google Ads", "Promo")]
    # written as the objectives write them, so that the planner still finds each by its filters
    assert upgraded.execute("select objective_id, filters::varchar from objectives order by 1").fetchall() == [
        (1, json.dumps({"source": "referral", "owner": "luca bertolini"})),
        (2, json.dumps({"campaign": "Promo", "region": "lombardia"}))]
    path = tmp_path / "spesa.csv"
    path.write_text("Giorno;Canale;Campagna;Costo\n02/11/2026;Google Ads;Promo;100,00\n", encoding="utf-8")
    result = run_import(upgraded, path, ImportOptions(kind="spend", backup=False))
    assert (result.inserted, result.unchanged) == (0, 1)
    upgraded.close()
