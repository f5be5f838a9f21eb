"""Pages through AppTest: the numbers shown equal what the test counts in the store itself."""

from __future__ import annotations

import json
from datetime import date, timedelta

import duckdb

from smarketing import db, ui
from tests.helpers import hold


def store_counts(path) -> dict:
    """Independent plain SQL over the store, not the app's own queries."""
    con = duckdb.connect(str(path))
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    one = lambda sql, *p: con.execute(sql, list(p)).fetchone()[0]  # noqa: E731
    counts = {
        "leads": one("select count(*) from leads"),
        # first entries into each stage this week so far, and in the same days of last week
        "week": {stage: tuple(one(
            "select count(*) from (select lead_id, min(entered_at) as first_entry from stage_events where stage = ? "
            "group by lead_id) where first_entry >= ? and first_entry < ?",
            stage, start, start + (today - monday) + timedelta(days=1))
            for start in (monday, monday - timedelta(days=7))) for stage in ("lead", "mql", "sql", "opportunity")},
        "won": tuple(one("select count(*) from leads where current_stage = 'customer' and closed_at >= ? "
                         "and closed_at < ?", start, start + (today - monday) + timedelta(days=1))
                     for start in (monday, monday - timedelta(days=7))),
        "open": one("select count(*) from leads where current_stage in ('lead', 'mql', 'sql', 'opportunity')"),
        "customers": one("select count(*) from leads where current_stage = 'customer'"),
        "in_stage": dict(con.execute("select current_stage, count(*) from leads group by 1").fetchall()),
        "reached_sql": one("select count(*) from leads l where current_stage in ('sql', 'opportunity', 'customer') "
                           "or exists (select 1 from stage_events e where e.lead_id = l.lead_id "
                           "and e.stage in ('sql', 'opportunity', 'customer'))"),
        "stage_events": one("select count(*) from stage_events"),
    }
    con.close()
    return counts


def it_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def test_first_start_loads_the_demo_and_overview_shows_its_numbers(app, app_store):
    app.run()
    assert not app.exception
    assert app.title[0].value == "Panoramica"
    assert "dati dimostrativi" in app.info[0].value and "Predicta Emilia S.r.l." in app.info[0].value
    counts = store_counts(app_store)
    assert counts["leads"] > 4000 and counts["stage_events"] > counts["leads"]
    metrics = {m.label: (m.value, m.delta) for m in app.metric}
    week = dict(zip(["Contatto", "MQL", "SQL", "Opportunità"], counts["week"].values()))
    week["Cliente"] = counts["won"]
    assert {label: metrics[label] for label in week} == {
        label: (it_int(this), f"{this - last:+d}") for label, (this, last) in week.items()}
    assert metrics["Contatti aperti"] == (it_int(counts["open"]), "")
    assert metrics["Clienti totali"] == (it_int(counts["customers"]), "")
    assert counts["week"]["lead"][0] > 0, "the demo's newest activity falls in the current week"
    table = app.dataframe[0].value
    assert list(table.columns) == ["Fase", "Responsabile", "Ora in fase", "Hanno raggiunto"]
    assert list(table["Fase"]) == ["Contatto", "MQL", "SQL", "Opportunità", "Cliente", "Perso"]
    codes = ["lead", "mql", "sql", "opportunity", "customer", "lost"]
    assert list(table["Ora in fase"]) == [it_int(counts["in_stage"].get(c, 0)) for c in codes]
    assert table["Hanno raggiunto"][0] == it_int(counts["leads"])
    assert table["Hanno raggiunto"][2] == it_int(counts["reached_sql"])
    chart = app.get("vega_lite_chart")
    assert len(chart) == 1
    spec = json.loads(chart[0].proto.spec)
    assert (spec["encoding"]["x"]["field"], spec["encoding"]["y"]["field"]) == ("week", "entries")
    assert spec["encoding"]["color"]["sort"] == ["Contatto", "MQL", "SQL", "Opportunità", "Cliente", "Perso"]


def test_language_switch_changes_every_label(app, app_store):
    app.run()
    app.sidebar.radio(key="lang_sidebar").set_value("en").run()
    assert app.title[0].value == "Overview"
    counts = store_counts(app_store)
    labels = [m.label for m in app.metric]
    assert labels == ["Lead", "MQL", "SQL", "Opportunity", "Customer", "Won value this week (EUR)", "Open leads",
                      "Customers to date"]
    assert app.metric[6].value == f"{counts['open']:,}"
    assert "demo data" in app.info[0].value
    assert list(app.dataframe[0].value.columns) == ["Stage", "Owner", "In stage now", "Reached"]
    assert list(app.dataframe[0].value["Owner"]) == ["Marketing", "Marketing", "Sales", "Sales", "Sales", "Sales"]
    app.switch_page("app_pages/settings.py").run()
    assert app.title[0].value == "Settings"
    assert [s.value for s in app.subheader] == ["Language", "Database", "Backups", "Customer-journey stages",
                                               "Demo data"]
    # the Settings switch follows the session language and can bring it back
    app.radio(key="lang_settings").set_value("it").run()
    assert app.title[0].value == "Impostazioni"
    assert app.sidebar.radio(key="lang_sidebar").value == "it"


def test_settings_shows_the_store_and_removes_the_demo(app, app_store):
    app.run()
    app.switch_page("app_pages/settings.py").run()
    assert not app.exception
    assert ui.plain(app_store) in [c.value for c in app.caption]
    tables = dict(zip(app.dataframe[0].value["Tabella"], app.dataframe[0].value["Righe"]))
    counts = store_counts(app_store)
    assert tables["leads"] == it_int(counts["leads"])
    assert tables["stage_events"] == it_int(counts["stage_events"])
    assert [list(d.value.columns) for d in app.dataframe][1] == ["Backup presenti"]   # the day's backup
    stages = app.dataframe[2].value
    assert list(stages["Codice"]) == ["lead", "mql", "sql", "opportunity", "customer", "lost"]
    assert list(stages["Funzione"]) == ["Marketing", "Marketing", "Vendite", "Vendite", "Vendite", "Vendite"]

    remove = app.button(key="demo_remove")
    assert remove.disabled, "removal needs the confirmation first"
    app.checkbox(key="demo_confirm").check().run()
    app.button(key="demo_remove").click().run()
    assert not app.exception
    assert app.success[0].value.startswith("Dati dimostrativi rimossi")
    assert store_counts(app_store)["leads"] == 0
    con = duckdb.connect(str(app_store))
    assert con.execute("select count(*) from spend").fetchone()[0] == 0
    assert con.execute("select count(*) from objectives").fetchone()[0] == 0
    assert con.execute("select status from import_batches").fetchall() == [("undone",)]
    con.close()

    app.switch_page("app_pages/overview.py").run()
    assert [i.value for i in app.info] == [
        "Il database è vuoto: importa i tuoi contatti o carica i dati dimostrativi da Impostazioni."]


def test_removed_demo_stays_removed_after_a_restart(app_store):
    from streamlit.testing.v1 import AppTest

    from smarketing import demo
    from tests.conftest import ROOT

    con = db.connect(app_store)
    demo.load(con)
    demo.remove(con)
    con.close()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not app.exception
    assert store_counts(app_store)["leads"] == 0
    app.switch_page("app_pages/settings.py").run()
    app.button(key="demo_load").click().run()
    assert app.success[0].value == "Dati dimostrativi caricati."
    assert store_counts(app_store)["leads"] > 4000


def test_locked_store_shows_a_message_not_a_traceback(app, app_store):
    holder = hold(app_store, 60)
    try:
        app.run()
        assert not app.exception
        assert app.error[0].value == ("Il database è occupato da un comando in corso sul server (un import o un "
                                      "backup pianificato, per esempio). Riprova tra poco: appena termina, l'app "
                                      "riparte da sola al prossimo clic.")
    finally:
        holder.kill()
        holder.wait()
    app.run()                                   # the command is done: the next click works
    assert not app.exception and [t.value for t in app.title] == ["Panoramica"]
