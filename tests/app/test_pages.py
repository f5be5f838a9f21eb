"""Pages through AppTest: the numbers shown equal what the test counts in the store itself."""

from __future__ import annotations

import json
from datetime import date, timedelta

import duckdb
import pyarrow.ipc
import pytest

from smarketing import alerts, db, overview, ui
from tests.conftest import DEMO_LEADS, TODAY
from tests.helpers import add_lead, closed_deals, hold, many_leads


def store_counts(path) -> dict:
    """Independent plain SQL over the store, not the app's own queries."""
    con = duckdb.connect(str(path))
    monday = TODAY - timedelta(days=TODAY.weekday())
    one = lambda sql, *p: con.execute(sql, list(p)).fetchone()[0]  # noqa: E731

    def entries(stage: str, start: date, end: date) -> int:
        """Leads whose first entry into `stage` falls in [start, end], both days included."""
        return one("select count(*) from (select lead_id, min(entered_at) as first_entry from stage_events "
                   "where stage = ? group by lead_id) where first_entry >= ? and first_entry < ?",
                   stage, start, end + timedelta(days=1))

    def won(start: date, end: date) -> tuple[int, int]:
        return con.execute("select count(*), coalesce(sum(deal_value), 0) from leads where current_stage = "
                           "'customer' and closed_at >= ? and closed_at < ?",
                           [start, end + timedelta(days=1)]).fetchone()

    # this week so far and the same days of last week; this quarter so far and the same days of the one before
    windows = {"week": (monday, TODAY), "last_week": (monday - timedelta(days=7), TODAY - timedelta(days=7)),
               "quarter": (date(2026, 10, 1), TODAY), "last_quarter": (date(2026, 7, 1), date(2026, 8, 25))}
    counts = {
        "leads": one("select count(*) from leads"),
        **{name: {**{stage: entries(stage, *window) for stage in ("lead", "mql", "sql", "opportunity")},
                  "customer": won(*window)[0], "won_value": won(*window)[1]}
           for name, window in windows.items()},
        "open": one("select count(*) from leads where current_stage in ('lead', 'mql', 'sql', 'opportunity')"),
        "customers": one("select count(*) from leads where current_stage = 'customer'"),
        "in_stage": dict(con.execute("select current_stage, count(*) from leads group by 1").fetchall()),
        "reached_sql": one("select count(*) from leads l where current_stage in ('sql', 'opportunity', 'customer') "
                           "or exists (select 1 from stage_events e where e.lead_id = l.lead_id "
                           "and e.stage in ('sql', 'opportunity', 'customer'))"),
        "stage_events": one("select count(*) from stage_events"),
        # a lost lead is a lost deal once it reached the opportunity stage or came as a deal
        "lost_deals": one("select count(*) from leads l where current_stage = 'lost' and (coalesce(is_deal, false) "
                          "or exists (select 1 from stage_events e where e.lead_id = l.lead_id "
                          "and e.stage in ('opportunity', 'customer')))"),
    }
    con.close()
    return counts


def it_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def change(now: int, before: int) -> str:
    text = ("+" if now > before else "-" if now < before else "±") + it_int(abs(now - before))
    if before:
        share = f"{abs(now - before) / before * 100:.0f}%"
        text += f" ({'+' if now > before else '-' if now < before else '±'}{share})"
    return text


def test_first_start_loads_the_demo_and_overview_shows_its_numbers(app, bare_store):
    app_store = bare_store
    app.run()
    assert not app.exception
    assert app.title[0].value == "Panoramica"
    assert "dati dimostrativi" in app.info[0].value and "Predicta Emilia S.r.l." in app.info[0].value
    counts = store_counts(app_store)
    assert counts["leads"] == DEMO_LEADS and counts["stage_events"] > counts["leads"]
    cards = [(m.label, m.value, m.delta) for m in app.metric]
    stages = ("lead", "mql", "sql", "opportunity", "customer")
    labels = ["Contatti", "MQL", "SQL", "Opportunità", "Clienti"]
    # the period (this quarter so far, the default) against the same days of the quarter before
    assert cards[:5] == [(label, it_int(counts["quarter"][s]), change(counts["quarter"][s], counts["last_quarter"][s]))
                         for label, s in zip(labels, stages)]
    # deals closed this quarter so far (6 won for 166.050 €, 14 lost) against the same days of the quarter before
    # (10 won for 206.850 €, 29 lost): 30,0% against 25,6%
    con = duckdb.connect(str(app_store))
    assert (closed_deals(con, "2026-10-01", "2026-11-25"), closed_deals(con, "2026-07-01", "2026-08-25")) == (
        (6, 166050, 14), (10, 206850, 29))
    con.close()
    assert cards[5:7] == [("Valore vinto (EUR)", it_int(int(counts["quarter"]["won_value"])), "-40.800\u00a0€"),
                          ("Tasso di vittoria", "30,0%", "+4,4 punti")]
    # this week so far (Monday 23 to Wednesday 25) against Monday 16 to Wednesday 18, never a whole week
    assert cards[7:12] == [(label, it_int(counts["week"][s]), change(counts["week"][s], counts["last_week"][s]))
                           for label, s in zip(labels, stages)]
    assert cards[-2:] == [("Contatti aperti", it_int(counts["open"]), ""),
                          ("Clienti totali", it_int(counts["customers"]), "")]
    assert counts["week"]["lead"] > 0, "the demo's newest activity falls in the current week"
    table = app.dataframe[0].value
    assert list(table.columns) == ["Fase", "Responsabile", "Ora in fase", "Hanno raggiunto"]
    assert list(table["Fase"]) == ["Contatto", "MQL", "SQL", "Opportunità", "Cliente", "Perso: trattative perse",
                                   "Perso: scartati prima di una trattativa"]
    # who owns a loss the stage alone does not say: the deals lost are Sales', the rest never became deals; each
    # count in the number columns
    disqualified = counts["in_stage"]["lost"] - counts["lost_deals"]
    codes = ["lead", "mql", "sql", "opportunity", "customer"]
    assert list(table["Ora in fase"]) == [it_int(counts["in_stage"].get(c, 0)) for c in codes] + [
        it_int(counts["lost_deals"]), it_int(disqualified)]
    assert table["Hanno raggiunto"][0] == it_int(counts["leads"])
    assert table["Hanno raggiunto"][2] == it_int(counts["reached_sql"])
    # every stage's leads that ever reached it, and the two kinds of loss (as many as are in them now)
    con = duckdb.connect(str(app_store))
    reached = dict(con.execute("select stage, count(distinct lead_id) from stage_events group by 1").fetchall())
    con.close()
    assert list(table["Hanno raggiunto"]) == [it_int(reached[c]) for c in codes] + [
        it_int(counts["lost_deals"]), it_int(disqualified)]
    assert list(table["Responsabile"])[-2:] == ["Vendite", "–"]
    chart = app.get("vega_lite_chart")
    assert len(chart) == 1
    layers = json.loads(chart[0].proto.spec)["layer"]
    line = next(layer for layer in layers if layer["mark"]["type"] == "line")
    assert line["encoding"]["color"]["sort"] == ["Contatto", "MQL", "SQL", "Opportunità", "Cliente", "Perso"]
    # the current week is drawn apart: dashed, not as a drop
    assert line["encoding"]["strokeDash"]["scale"]["domain"] == ["solid", "dashed"]


def test_language_switch_changes_every_label(app, app_store):
    app.run()
    app.sidebar.radio(key="lang_sidebar").set_value("en").run()
    assert app.title[0].value == "Overview"
    counts = store_counts(app_store)
    labels = [m.label for m in app.metric]
    assert labels == ["Leads", "MQLs", "SQLs", "Opportunities", "Customers", "Won value (EUR)", "Win rate",
                      "Leads", "MQLs", "SQLs", "Opportunities", "Customers", "Won value (EUR)", "Open leads",
                      "Customers to date"]
    assert app.metric[-2].value == f"{counts['open']:,}"
    assert "demo data" in app.info[0].value
    assert list(app.dataframe[0].value.columns) == ["Stage", "Owner", "In stage now", "Reached"]
    table = app.dataframe[0].value
    assert list(table["Owner"]) == ["Marketing", "Marketing", "Sales", "Sales", "Sales", "Sales", "–"]
    # the lost split in two rows, each number in the number columns (one sentence in a cell was cut off)
    assert list(table["Stage"])[-2:] == ["Lost: deals lost", "Lost: disqualified before a deal"]
    assert list(table["In stage now"])[-2:] == [f"{counts['lost_deals']:,}",
                                                f"{counts['in_stage']['lost'] - counts['lost_deals']:,}"]
    app.switch_page("app_pages/settings.py").run()
    assert app.title[0].value == "Settings"
    assert [s.value for s in app.subheader] == ["Language", "Company currency", "Alert thresholds", "Weekly digest",
                                               "Database", "Backups",
                                               "Customer-journey stages", "Demo data"]
    # the Settings switch follows the session language and can bring it back
    app.radio(key="lang_settings").set_value("it").run()
    assert app.title[0].value == "Impostazioni"
    assert app.sidebar.radio(key="lang_sidebar").value == "it"


def test_settings_shows_the_store_and_removes_the_demo(app, app_store):
    app.switch_page("app_pages/settings.py").run()
    assert not app.exception
    assert ui.plain(app_store) in [c.value for c in app.caption]
    tables = dict(zip(app.dataframe[0].value["Tabella"], app.dataframe[0].value["Righe"]))
    counts = store_counts(app_store)
    assert tables["leads"] == it_int(counts["leads"])
    assert tables["stage_events"] == it_int(counts["stage_events"])
    # what each table holds, in the page's language (review of 7 December: raw English names alone)
    holds = dict(zip(app.dataframe[0].value["Tabella"], app.dataframe[0].value["Contiene"]))
    assert (holds["leads"], holds["stage_events"], holds["import_rejects"], len(holds)) == (
        "Contatti e trattative", "Ingressi nelle fasi", "Righe scartate o segnalate", 14)
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


def test_removed_demo_stays_removed_after_a_restart(empty_store):
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT

    app_store = empty_store
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not app.exception
    assert store_counts(app_store)["leads"] == 0
    app.switch_page("app_pages/settings.py").run()
    app.button(key="demo_load").click().run()
    assert app.success[0].value == "Dati dimostrativi caricati."
    assert store_counts(app_store)["leads"] == DEMO_LEADS


def test_locked_store_shows_a_message_not_a_traceback(app, app_store):
    holder = hold(app_store)
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


@pytest.mark.parametrize("page", ["overview", "funnel", "meeting", "team", "settings"])
def test_every_page_says_how_fresh_its_data_is_and_warns_when_it_is_old(app, blank_store, page):
    con = db.connect(blank_store)
    with many_leads(con) as add:
        add("L1", "2026-11-02 10:00", "mql", [("lead", "2026-11-02 10:00"), ("mql", "2026-11-03 09:00")])
    con.close()
    app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception
    assert "Dati aggiornati al 03/11/2026" in [c.value for c in app.sidebar.caption]
    assert [w.value for w in app.warning][:1] == [
        "I dati più recenti sono del 03/11/2026, 22 giorni fa: una settimana senza dati sembra una settimana "
        "senza contatti. Importa gli export più recenti prima di leggere i numeri."]


def test_the_overview_lists_what_moved(app, app_store):
    app.run()
    assert [s.value for s in app.subheader][0] == "Avvisi"
    # two objectives changed status in the week, a backlog nobody in Sales holds, three stages' entries, the leads
    # disqualified and two matured cohorts' conversion moved; worse news as an error or a warning
    shown = {kind: [ui.plain(text) for text in texts] for kind, texts in {
        "error": ["Triplicare i clienti: da «troppo presto» a «fuori strada» in una settimana.",
                  "143 MQL degli ultimi 90 giorni aspettano da più di 7 giorni e nessuno delle Vendite li ha in "
                  "carico: vanno assegnati."],
        "warning": ["MQL: 13 ingressi nella settimana 16/11/2026 – 22/11/2026, contro una media di 43,0 (−70%).",
                    "SQL: 9 ingressi nella settimana 16/11/2026 – 22/11/2026, contro una media di 17,3 (−48%).",
                    "Contatto: 57 ingressi nella settimana 16/11/2026 – 22/11/2026, contro una media di 108,3 (−47%).",
                    "Contatti scartati prima di diventare trattative: 36 nella settimana 16/11/2026 – 22/11/2026, "
                    "contro una media di 25,8 (+40%).",
                    "Conversione Contatto → MQL di chi è entrato nella settimana 09/11/2026 – 15/11/2026 (coorte "
                    "maturata): 25,9% contro una media di 35,3% nelle 4 settimane prima alla stessa età (−27%)."],
        "info": ["Conversione MQL->SQL: da «troppo presto» a «in linea» in una settimana.",
                 "Conversione SQL → Opportunità di chi è entrato nella settimana 26/10/2026 – 01/11/2026 (coorte "
                 "maturata): 50,0% contro una media di 35,0% nelle 4 settimane prima alla stessa età (+43%)."]}.items()}
    alerts_shown = {"error": [e.value for e in app.error], "warning": [w.value for w in app.warning],
                    # the demo's own notice comes first
                    "info": [i.value for i in app.info][1:]}
    assert alerts_shown == shown
    con = db.connect(app_store)
    alerts.save_thresholds(con, alerts.Thresholds(entries=5, conversion=5, backlog_days=90))
    con.close()
    app.run()
    # moves of 500% and MQLs waiting 90 days in a window of 90: only the status changes are left
    assert ([e.value for e in app.error], [w.value for w in app.warning], [i.value for i in app.info][1:]) == (
        shown["error"][:1], [], shown["info"][:1])


def test_figures_the_data_cannot_hold_show_as_a_dash_with_the_reason(app, blank_store):
    """Review 26, a real deals export (Maven): "MQL 0 ±0", "SQL 0", "Backlog 0", "Spend 0" and lines of zeros in the
    weekly chart, where the file dates no stage before the deal and no spend was imported: unknown, never 0."""
    con = db.connect(blank_store)
    for n, day in enumerate(("2026-11-02", "2026-11-04", "2026-11-10")):
        add_lead(con, f"D{n}", day, "customer" if n else "lost",
                 [("lead", day), ("opportunity", day), ("customer" if n else "lost", "2026-11-20")], is_deal=True,
                 deal_value=1000 * (n + 1), currency="EUR")
    con.close()
    app.run()
    app.selectbox(key="period_preset").set_value("all_time").run()
    assert not app.exception
    # the period's cards (this week's, under them, repeat the labels)
    cards = dict([(m.label, m.value) for m in app.metric][:7])
    assert (cards["MQL"], cards["SQL"], cards["Opportunità"], cards["Clienti"]) == ("–", "–", "3", "2")
    notes = [i.value for i in app.info]
    assert notes[0].startswith("Nei dati nessun contatto ha una data di ingresso in MQL e SQL: quegli ingressi")
    assert notes[0].endswith("Importa la spesa dalle piattaforme pubblicitarie (Google Ads, Meta, LinkedIn) o da "
                             "un file Excel.")
    app.switch_page("app_pages/funnel.py").run()
    # the step the page opens on is one the data dates (review of 7 December: MQL to SQL, all «–»)
    assert (app.selectbox(key="funnel_from").value, app.selectbox(key="funnel_to").value,
            {m.label: m.value for m in app.metric}["Entrati"]) == ("opportunity", "customer", "3")
    # MQL to SQL: unknown, and its breakdown says why rather than "no data for the period"
    app.selectbox(key="funnel_from").set_value("mql").run()
    app.selectbox(key="funnel_to").set_value("sql").run()
    cards = {m.label: m.value for m in app.metric}
    assert (cards["Entrati"], cards["Convertiti"], cards["Tasso di conversione"]) == ("–", "–", "–")
    undated = ("Nei dati nessun contatto ha una data di ingresso in questa fase: questo numero non si può "
               "misurare.")
    assert [c.value for c in app.caption].count(undated) == 2
    app.switch_page("app_pages/handoff.py").run()
    cards = {m.label: m.value for m in app.metric}
    assert (cards["Tasso di accettazione"], cards["In arretrato"], cards["MQL"]) == ("–", "–", "–")
    # and no green "no MQL waiting" under them, nor a weekly line of acceptance (review 21: drawn at 5-18%)
    assert [s.value for s in app.success] == []
    assert len(app.get("vega_lite_chart")) == 0
    assert [c.value for c in app.caption].count(undated) >= 1
    app.switch_page("app_pages/roi.py").run()
    assert {m.label: m.value for m in app.metric}["Spesa"] == "–"
    # no bar nor line of spend at 0 (review 21): the money won alone, by channel and month by month
    measures = set()
    for chart in app.get("vega_lite_chart"):
        for named in chart.proto.datasets:
            table = pyarrow.ipc.open_stream(named.data.data).read_all().to_pydict()
            measures |= set(table.get("measure", []))
    assert measures == {"Valore vinto"}
    app.sidebar.radio(key="lang_sidebar").set_value("en").run()
    assert {m.label: m.value for m in app.metric}["Spend"] == "–"
    assert [i.value for i in app.info][0].startswith("No lead in the data has a date of entry into MQL and SQL")
    # the weekly chart draws no line of zeros for the stages never dated
    con = db.connect(blank_store)
    weekly = overview.weekly_stage_entries(con, date(2026, 11, 1), TODAY, TODAY, None, ("mql", "sql"))
    assert set(weekly["stage"]) == {"lead", "opportunity", "customer", "lost"}
    con.close()


def test_spend_alone_is_no_empty_store(app, empty_store):
    """Meta's spend imported before any CRM file (review 21: the Overview said the database was empty and offered
    the demo data, beside a sidebar saying the last import was today)."""
    con = duckdb.connect(str(empty_store))
    con.execute("insert into spend (spend_date, channel, campaign, amount, currency) "
                "values (date '2026-11-02', 'Meta Ads', 'Autunno', 1200, 'EUR')")
    con.close()
    app.run()
    assert not app.exception
    assert [i.value for i in app.info] == [
        "Per ora ci sono solo dati di spesa: i numeri del percorso cliente (contatti, MQL, clienti, valore vinto) "
        "arrivano con i contatti o le trattative del CRM. Importali dalla pagina Importa; la spesa è in Spesa e "
        "ritorno."]
