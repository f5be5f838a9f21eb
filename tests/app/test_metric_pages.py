"""Funnel, Hand-off and ROI pages through AppTest, over the twelve hand-made leads of tests/helpers.py."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest

from smarketing import db, metric_views, metrics, settings
from tests.conftest import TODAY, copy_open


@pytest.fixture
def twelve_store(app_store, twelve_template):
    with copy_open(twelve_template, app_store) as con:
        con.executemany("insert into team_members (name, function) values (?, ?)",
                        [("Giulia", "marketing"), ("Marco", "sales"), ("Luca", "sales")])
    return app_store


def open_page(app, page: str, preset: str = "all_time"):
    """The page over all the data: the twelve leads, those without dates too; no comparison is possible."""
    app.switch_page(page).run()
    app.selectbox(key="period_preset").set_value(preset).run()
    assert not app.exception
    return app


def rows(frame) -> list[tuple]:
    return [tuple(r) for r in frame.itertuples(index=False)]


def test_funnel_page(app, twelve_store):
    open_page(app, "app_pages/funnel.py")
    assert app.title[0].value == "Funnel"
    assert sum("Hanno raggiunto" in c.proto.spec for c in app.get("vega_lite_chart")) == 1
    # L9 came in yesterday: every stage after the first is still maturing, and the page says what that means
    assert rows(app.dataframe[0].value) == [
        ("Contatto", "12", "–", "100,0%", "–", ""), ("MQL", "10", "83,3%", "83,3%", "2", "in maturazione"),
        ("SQL", "6", "60,0%", "50,0%", "4", "in maturazione"), ("Opportunità", "4", "66,7%", "33,3%", "2",
                                                                "in maturazione"),
        ("Cliente", "3", "75,0%", "25,0%", "1", "in maturazione")]
    assert any(c.value.startswith("Fasi «in maturazione»: i contatti più recenti") and "Non è un calo" in c.value
               for c in app.caption)
    assert {m.label: m.value for m in app.metric}["Tasso di conversione"] == "60,0%"
    assert [(m.label, m.value) for m in app.metric][:3] == [("Entrati", "10"), ("Convertiti", "6"),
                                                            ("Tasso di conversione", "60,0%")]
    app.radio(key="funnel_mode").set_value("period").run()
    # entries with a date: 7 MQL entries, 4 SQL entries
    assert [(m.label, m.value) for m in app.metric][:3] == [("Ingressi in MQL", "7"), ("Ingressi in SQL", "4"),
                                                            ("Ingressi SQL ÷ MQL", "57,1%")]
    # a flow does not mature: its breakdown has no cohort column
    assert list(app.dataframe[1].value.columns) == ["Fonte", "Entrati", "Convertiti", "Tasso di conversione"]
    app.radio(key="funnel_mode").set_value("cohort").run()
    assert list(app.dataframe[1].value.columns) == ["Fonte", "Entrati", "Convertiti", "Tasso di conversione",
                                                    "Coorte"]
    app.selectbox(key="funnel_by").set_value("owner").run()
    assert rows(app.dataframe[1].value) == [
        ("(non indicato)", "1", "0", "0,0%", ""), ("Giulia", "4", "2", "50,0%", ""), ("Luca", "1", "1", "100,0%", ""),
        ("Marco", "4", "3", "75,0%", "")]
    app.selectbox(key="funnel_drill_stage").set_value("sql").run()
    assert sorted(app.dataframe[-1].value["ID"]) == ["L1", "L10", "L12", "L2", "L4", "L5"]
    assert [b.label for b in app.get("download_button")] == ["Scarica la tabella (CSV)", "Scarica la tabella (CSV)",
                                                             "Scarica l'elenco (CSV)"]
    # the deals a lost lead is counted in: L4 lost after its opportunity; L7 and L8 before, disqualified
    app.selectbox(key="funnel_drill_stage").set_value("deal:disqualified").run()
    assert sorted(app.dataframe[-1].value["ID"]) == ["L7", "L8"]


def test_funnel_page_tells_deals_from_disqualified_leads(app, twelve_store):
    open_page(app, "app_pages/funnel.py")
    cards = {m.label: m.value for m in app.metric}
    assert {k: cards[k] for k in ("Tasso di vittoria", "Vinti", "Persi", "Scartati")} == {
        "Tasso di vittoria": "75,0%", "Vinti": "3", "Persi": "1", "Scartati": "2"}


def test_a_step_between_two_stages_only_goes_forward(app, twelve_store):
    # from Opportunità to MQL read 100% converted: the end offers the stages after the start
    open_page(app, "app_pages/funnel.py")
    assert app.selectbox(key="funnel_from").options == ["Contatto", "MQL", "SQL", "Opportunità"]
    app.selectbox(key="funnel_from").set_value("opportunity").run()
    assert not app.exception
    assert app.selectbox(key="funnel_to").options == ["Cliente", "Perso"]
    # L1, L4, L5 (its stages skipped count as reached) and L12 reached Opportunità; L1, L5 and L12 became customers
    cards = {m.label: m.value for m in app.metric}
    assert (cards["Entrati"], cards["Convertiti"]) == ("4", "3")


def test_funnel_filters(app, twelve_store):
    open_page(app, "app_pages/funnel.py")
    app.selectbox(key="period_f_source").set_value("Fiere").run()
    assert [r[1] for r in rows(app.dataframe[0].value)] == ["3", "3", "2", "2", "1"]


def test_a_funnel_no_lead_came_into_is_said_not_drawn_as_zeros(app, twelve_store):
    """Every one of the twelve leads came in during November: last quarter's funnel is no chart of zeros on an axis
    reading "0,000000" (seen on a store of spend alone), but a sentence and what to do about it."""
    open_page(app, "app_pages/funnel.py", "last_quarter")
    assert [i.value for i in app.info] == [
        "Nessun contatto è entrato nel periodo scelto con questi filtri: il funnel conta ogni contatto dal suo primo "
        "giorno. Scegli un periodo più ampio o togli un filtro."]
    assert not any("Hanno raggiunto" in c.proto.spec for c in app.get("vega_lite_chart"))
    # nor its table: no table on the page has a row
    assert len(app.dataframe) == 0
    # with the previous quarter to compare with, still nothing to show: no table of zeros beside zeros
    app.selectbox(key="period_compare").set_value("previous").run()
    assert not app.exception and app.info[0].value.startswith("Nessun contatto è entrato nel periodo")
    assert len(app.dataframe) == 0
    app.sidebar.radio(key="lang_sidebar").set_value("en").run()
    assert app.info[0].value == ("No lead came in during the chosen period with these filters: the funnel counts "
                                 "each lead from its first day. Choose a wider period or remove a filter.")


def test_a_funnel_with_no_lead_imported_gives_no_advice_a_period_cannot_follow(app, empty_store):
    con = duckdb.connect(str(empty_store))
    con.execute("insert into spend (spend_date, channel, campaign, amount, currency) "
                "values (date '2026-11-02', 'Meta Ads', 'Autunno', 1200, 'EUR')")
    con.close()
    open_page(app, "app_pages/funnel.py")
    assert "Nessun contatto è entrato nel periodo scelto con questi filtri: il funnel conta ogni contatto dal suo " \
        "primo giorno." in [i.value for i in app.info]
    assert not any("periodo più ampio" in i.value for i in app.info)


def test_hand_off_page(app, twelve_store):
    open_page(app, "app_pages/handoff.py")
    assert {m.label: m.value for m in app.metric} == {
        "Tasso di accettazione": "60,0%", "Giorni per accettare": "1,5", "In arretrato": "1", "MQL": "10"}
    # by the accountable Sales person: Giulia is in Marketing, so her MQLs (and L6, with no owner) wait for
    # nobody in Sales yet, first in the list as they hold the backlog
    assert rows(app.dataframe[0].value) == [
        ("Non ancora assegnati a Vendite", "5", "2", "40,0%", "3,0", "1"), ("Luca", "1", "1", "100,0%", "1,0", "0"),
        ("Marco", "4", "3", "75,0%", "1,0", "0")]
    # the unassigned backlog: L3, an MQL since the 6th
    assert list(app.dataframe[-1].value["ID"]) == ["L3"]
    app.slider(key="handoff_days").set_value(2).run()
    assert {m.label: m.value for m in app.metric}["In arretrato"] == "2"
    # the card says what it counts, with the days chosen: the Overview's alert counts the MQLs of the last 90 days,
    # and a reader setting the two side by side learns why they differ (no comparison over all the data)
    assert {m.label: m.help for m in app.metric}["In arretrato"] == (
        "MQL entrati nel periodo, non ancora accettati né persi, che aspettano da più di 2 giorni.")
    app.slider(key="handoff_days").set_value(1).run()
    assert {m.label: m.help for m in app.metric}["In arretrato"] == (
        "MQL entrati nel periodo, non ancora accettati né persi, che aspettano da più di un giorno.")


def test_every_card_says_what_it_counts_then_what_it_is_compared_with(app, twelve_store):
    # this quarter (1 October - 25 November) against 1 July - 25 August, when the twelve leads had not come in
    open_page(app, "app_pages/funnel.py", preset="this_quarter")
    app.selectbox(key="funnel_from").set_value("opportunity").run()
    app.radio(key="funnel_mode").set_value("period").run()
    helps = {m.label: m.help for m in app.metric}
    # the step's cards name its stages and count as its mode does: two counts of entries side by side, named as
    # such (review 22: "Entrati 6 · Convertiti 8 · 133,3%" read as 8 of 6 converted)
    period_cards = ("Ingressi in Opportunità", "Ingressi in Cliente", "Ingressi Cliente ÷ Opportunità")
    assert [helps[name] for name in period_cards] == [
        "Ingressi nella fase Opportunità nel periodo: il funnel qui sopra conta invece i contatti dal loro primo "
        "giorno.\n\nnessun dato nel periodo di confronto",
        "Ingressi nella fase Cliente nel periodo, di qualsiasi contatto.\n\nnessun dato nel periodo di confronto",
        "Ingressi nella fase Cliente ÷ ingressi nella fase Opportunità, nel periodo.\n\nnessun dato nel periodo di "
        "confronto"]
    app.radio(key="funnel_mode").set_value("cohort").run()
    assert {m.label: m.help for m in app.metric}["Convertiti"] == (
        "Dei contatti entrati nella fase Opportunità nel periodo, quelli arrivati alla fase Cliente, in qualsiasi "
        "momento fino a oggi.\n\nnessun dato nel periodo di confronto")
    # from the first stage, those who entered are the period's new leads, by their first known day
    app.selectbox(key="funnel_from").set_value("lead").run()
    assert {m.label: m.help for m in app.metric}["Entrati"] == (
        "Nuovi contatti nel periodo: ognuno conta dal suo primo giorno noto (l'ingresso come contatto, altrimenti la "
        "creazione o la prima fase successiva).\n\nnessun dato nel periodo di confronto")
    # the win rate leaves out the leads disqualified before a deal, and says so where it is read
    assert helps["Tasso di vittoria"] == (
        "Trattative vinte su trattative chiuse (vinte più perse) nel periodo, secondo il giorno di chiusura: restano "
        "fuori le trattative ancora aperte e i contatti scartati prima di diventare trattative.\n\nnessun dato nel "
        "periodo di confronto")

    # the Overview's cards of this week count this week, against the same days of the last
    open_page(app, "app_pages/overview.py", preset="this_quarter")
    week = app.metric[7:13]
    assert (week[1].label, week[1].help) == (
        "MQL", "Contatti diventati MQL in questa settimana, contati in base al giorno in cui lo sono diventati.\n\n"
               "Confronto con 16/11/2026 – 18/11/2026")
    assert [(m.label, m.help) for m in app.metric[13:]] == [
        ("Contatti aperti", "Contatti non ancora clienti né persi."),
        ("Clienti totali", "Contatti che oggi sono clienti, di qualsiasi periodo; i filtri valgono.")]

    app.sidebar.radio(key="lang_sidebar").set_value("en").run()
    open_page(app, "app_pages/handoff.py", preset="this_quarter")
    assert {m.label: m.help for m in app.metric} == {
        "Acceptance rate": "Of the MQLs that arrived in the period, the share Sales has accepted so far (that became "
                           "SQLs).\n\nno data in the comparison period",
        "Days to accept": "Days from becoming an MQL to becoming an SQL: the median over the MQLs that arrived in the "
                          "period and were accepted.\n\nno data in the comparison period",
        "Backlog": "MQLs that arrived in the period, neither accepted nor lost yet, waiting for more than 7 days."
                   "\n\nno data in the comparison period",
        "MQLs": "Leads that became MQLs in the period, counted on the day they did.\n\nno data in the comparison "
                "period"}


def test_hand_off_starts_at_the_backlog_limit_set_in_settings(app, twelve_store):
    # the agenda and the digest count the backlog with Settings' limit: the page starts there too, never at 7
    from dataclasses import replace

    from smarketing import alerts, db

    con = db.connect(twelve_store)
    alerts.save_thresholds(con, replace(alerts.thresholds(con), backlog_days=2))
    con.close()
    open_page(app, "app_pages/handoff.py")
    assert app.slider(key="handoff_days").value == 2
    assert {m.label: m.value for m in app.metric}["In arretrato"] == "2"


def test_roi_page(app, twelve_store):
    open_page(app, "app_pages/roi.py")
    cards = {m.label: m.value for m in app.metric}
    assert cards["Spesa (EUR)"] == "5.000" and cards["ROI"] == "–"  # EUR spend against EUR and USD revenue
    # what the money brought (spend, customers, won value, CAC, ROI, ROAS), and in a tab beside it the leads and
    # what each stage cost: ten numbers in one table ran past the screen
    assert [t.label for t in app.tabs] == ["Ritorno", "Costo per fase", "Ritorno", "Costo per fase"]
    channels = {r[0]: r for r in rows(app.dataframe[0].value)}
    assert list(app.dataframe[0].value.columns) == ["Fonte", "Spesa", "Clienti", "Valore vinto", "CAC", "ROI", "ROAS"]
    assert channels["Webinar"][1:] == ("1.000\u00a0€", "1", "10.000\u00a0€", "1.000\u00a0€", "900,0%", "10,00×")
    assert channels["Referral"][3] == "8.000\u00a0USD" and channels["Referral"][5:] == ("–", "–")
    assert list(app.dataframe[1].value.columns) == ["Fonte", "Spesa", "Contatti", "Costo per contatto",
                                                    "Costo per MQL", "Costo per SQL"]
    assert {r[0]: r for r in rows(app.dataframe[1].value)}["Webinar"][2] == "3"
    app.selectbox(key="roi_channel").set_value("Fiere").run()
    assert list(app.dataframe[-1].value["ID"]) == ["L5"]  # Fiere's customer
    # one lead is one: «1 contatti» was the plural's
    assert "1 contatto, qui sotto e nel file da scaricare." in [c.value for c in app.caption]
    # every number column is as wide as its longest value: the grid sized CAC by its first rows, and cut
    # "1.117,88 €" to "17,88 €" (8 px a character, 32 of padding)
    widths = {name: c.get("width") for name, c in json.loads(app.dataframe[0].proto.columns).items()}
    # "1.000 €", 7 characters; "Valore vinto", 12 letters of 7 px, wider than its values
    assert (widths["Spesa"], widths["Valore vinto"]) == (7 * 8 + 32, 12 * 7 + 32)
    app.radio(key="roi_drill_who").set_value("leads").run()
    assert sorted(app.dataframe[-1].value["ID"]) == ["L4", "L5", "L6"]


@pytest.mark.parametrize(("page", "title", "cards"), [
    ("funnel", "Funnel", {"Entered": "0", "Converted": "0", "Conversion rate": "–", "Win rate": "–", "Won": "0",
                          "Lost": "0", "Disqualified": "0", "Won value": "–", "Average deal": "–"}),
    # (nothing imported: how many MQLs came and wait is unknown, as the money won is)
    ("handoff", "Hand-off to Sales", {"Acceptance rate": "–", "Days to accept": "–", "Backlog": "–", "MQLs": "–"}),
    ("roi", "Spend and return", {"Spend": "–", "Won value": "–", "ROI": "–", "ROAS": "–", "CAC": "–"}),
])
def test_pages_in_english_and_on_an_empty_store(app, empty_store, page, title, cards):
    app.run()
    app.sidebar.radio(key="lang_sidebar").set_value("en").run()
    app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception
    assert app.title[0].value == title
    # every table says there is nothing rather than drawing an empty grid
    assert "No data for the period and the filters chosen." in [c.value for c in app.caption]
    # nothing counted is 0; a rate or a cost of nothing is "–", never 0% or 0 €; with no lead at all, the money won
    # is unknown, never 0 € (docs/metrics.md, "What the data does not hold")
    assert {m.label: m.value for m in app.metric} == cards


def test_every_metrics_page_says_which_period_and_filters_it_shows(app, twelve_store):
    """(The same choice on every page is walked in the real browser, tests/e2e: AppTest does not keep
    widgets across pages.)"""
    for page in ("funnel", "handoff", "roi", "overview", "meeting"):
        open_page(app, f"app_pages/{page}.py", preset="last_month")
        app.selectbox(key="period_f_source").set_value("Fiere").run()
        # said in words on the page, not hidden in a closed box
        assert any(c.value.startswith("Periodo\\: 01/10/2026 – 31/10/2026") and "Fonte \\= Fiere" in c.value
                   for c in app.caption), page


def test_a_comparison_window_without_data_says_so_instead_of_a_change(app, twelve_store):
    open_page(app, "app_pages/roi.py", preset="this_quarter")   # compared with 1 July - 25 August: no data
    spend = next(m for m in app.metric if m.label == "Spesa (EUR)")
    assert (spend.value, spend.delta, spend.help) == (
        "5.000", "", "La spesa con data nel periodo, fino a oggi: quella con una data futura conta dal suo giorno.\n\n"
                     "nessun dato nel periodo di confronto")
    assert any("nessun dato in quel periodo" in c.value for c in app.caption)


def test_cards_show_the_change_against_the_previous_window(app, twelve_store):
    open_page(app, "app_pages/roi.py", preset="custom")
    app.date_input(key="period_dates").set_value((date(2026, 11, 9), date(2026, 11, 22))).run()
    assert app.selectbox(key="period_compare").value == "previous"
    cards = {m.label: (m.value, m.delta) for m in app.metric}
    # 9-22 November: Fiere 3,000 and Google Ads 500 spent; 26 October - 8 November: Webinar 1,000
    assert cards["Spesa (EUR)"] == ("3.500", "+2.500\u00a0€")
    # won: L5 (20,000 EUR, the 17th) and L1 (10,000 EUR, the 20th) against L12 (8,000 USD, the 5th): dollars are
    # no base for a change in euros ("+22.000 €" took them for euros); the card says why it shows none
    assert cards["Valore vinto (EUR)"] == ("30.000", "")
    won = next(m for m in app.metric if m.label == "Valore vinto (EUR)")
    assert won.help == ("Il valore delle trattative vinte nel periodo, sommato; importi in valute diverse non si "
                        "sommano mai.\n\nConfronto con 26/10/2026 – 08/11/2026 (allora in USD: importi in valute "
                        "diverse non si confrontano)")
    # the spend's cards were in euros both times; ROI and ROAS are ratios, each worked out in one currency
    assert cards == {"Spesa (EUR)": ("3.500", "+2.500\u00a0€"), "Valore vinto (EUR)": ("30.000", ""),
                     "ROI": ("757,1%", ""), "ROAS": ("8,57×", ""), "CAC (EUR)": ("1.750", "+750\u00a0€")}


@pytest.mark.parametrize("page", ["roi", "overview", "funnel"])
def test_an_amount_is_labelled_with_its_own_currency(app, twelve_store, page):
    # 26 October - 8 November: Webinar's spend in euros, L12 won in dollars: each card in its own currency (the
    # Spend and Overview cards once called the dollars "Valore vinto (EUR)")
    open_page(app, f"app_pages/{page}.py", preset="custom")
    app.date_input(key="period_dates").set_value((date(2026, 10, 26), date(2026, 11, 8))).run()
    # the period's cards (the Overview's week below has no win: its 0 is in the company's euros)
    cards = {m.label: m.value for m in app.metric[:7 if page == "overview" else None]}
    # every amount's card, with the currency in its label: the spend and the cost per customer in euros, what was
    # won (L12) and its average in dollars
    amounts = {label: value for label, value in cards.items() if "(" in label}
    assert amounts == {
        "roi": {"Spesa (EUR)": "1.000", "Valore vinto (USD)": "8.000", "CAC (EUR)": "1.000"},
        "overview": {"Valore vinto (USD)": "8.000"},
        "funnel": {"Valore vinto (USD)": "8.000", "Valore medio (USD)": "8.000"},
    }[page]


def test_the_spend_charts_draw_one_currency_and_say_which_amounts_they_leave_out(app, twelve_store):
    # all time: the spend and L1, L5 in euros, L12's 8,000 in dollars; the table keeps Referral's dollars, the bars
    # and the monthly lines (one axis, in euros) leave them out and say so
    open_page(app, "app_pages/roi.py")
    assert ("I grafici sono in EUR: gli importi in USD non ci sono (una valuta per asse) e restano nelle tabelle."
            in [c.value for c in app.caption])
    con = db.connect(twelve_store)
    view = metric_views.roi(con, metrics.Query(today=TODAY), None)
    con.close()
    referral = {r["source"]: r for r in view.channels}["Referral"]
    charted = {r["source"]: r for r in view.chart_channels}["Referral"]
    assert (referral["won_value"], referral["won_currency"], charted["won_value"]) == (8000, "USD", None)
    assert view.left_out == ("USD",) and view.chart_currency == "EUR"
    assert {r["source"]: r["won_value"] for r in view.chart_channels if r["won_value"]} == {
        "Fiere": 20000, "Webinar": 10000}

    # the company's currency changed in Settings converts nothing stored: the charts stay in the euros the amounts
    # are in (every bar stood at 0 on a CHF axis)
    con = db.connect(twelve_store)
    settings.set_currency(con, "CHF")
    view = metric_views.roi(con, metrics.Query(today=TODAY), None)
    con.close()
    assert view.chart_currency == "EUR" and view.left_out == ("USD",)
    assert {r["source"]: r["spend"] for r in view.chart_channels if r["spend"]}["Fiere"] > 0


def test_totals_against_a_window_the_data_covers_in_part_show_no_change(app, twelve_store):
    # 2-22 November against 12 October - 1 November, while the data begins on 20 October (L12)
    open_page(app, "app_pages/overview.py", preset="custom")
    app.date_input(key="period_dates").set_value((date(2026, 11, 2), date(2026, 11, 22))).run()
    cards = {m.label: m for m in app.metric[:7]}
    # L12 alone came in then: "+10 (+1000%)" would be the data starting, not growth
    assert (cards["Contatti"].value, cards["Contatti"].delta) == ("10", "")
    assert cards["Contatti"].help == ("Nuovi contatti nel periodo: ognuno conta dal suo primo giorno noto (l'ingresso "
                                      "come contatto, altrimenti la creazione o la prima fase successiva).\n\n"
                                      "Confronto con 12/10/2026 – 01/11/2026 (dati solo per una parte del periodo: "
                                      "i totali non si confrontano, tassi e costi sì)")
    # L1, L5 and L12 won against none then: "+3" would be the data starting too
    assert (cards["Clienti"].value, cards["Clienti"].delta) == ("3", "")
    assert any("i totali non si confrontano, tassi e costi sì" in c.value for c in app.caption)


def test_the_spend_page_says_when_its_spend_is_too_young_to_have_paid_back(app, twelve_store):
    # lead to customer took 18 (L1), 7 (L5) and 16 days (L12): a median of 16
    open_page(app, "app_pages/roi.py")
    assert [i.value for i in app.info if "passano di solito" in i.value] == [
        "Dal primo contatto al cliente passano di solito 16 giorni (la mediana dei clienti vinti): la spesa delle "
        "ultime settimane del periodo può non aver ancora portato i suoi clienti, e ROI e CAC possono ancora "
        "migliorare. Un ROI di −100% su una fonte recente dice questo, non che la fonte non rende."]
    # October ended 25 days ago, more than 16: its spend has had the time
    app.selectbox(key="period_preset").set_value("last_month").run()
    assert not [i for i in app.info if "passano di solito" in i.value]


def test_weekly_spend_is_not_compared_between_windows_of_different_weeks_and_the_page_says_why(app, twelve_store):
    # the twelve leads' spend is written on Mondays: November to the 25th holds four, 1-25 October three
    open_page(app, "app_pages/roi.py", preset="this_month")
    cards = {m.label: m for m in app.metric}
    assert (cards["Spesa (EUR)"].value, cards["Spesa (EUR)"].delta) == ("5.000", "")
    assert (cards["ROI"].delta, cards["CAC (EUR)"].delta) == ("", "")
    assert [i.value for i in app.info if "una volta a settimana" in i.value] == [
        "La spesa è registrata una volta a settimana (sempre lo stesso giorno), e questo periodo ne contiene un numero "
        "di registrazioni diverso da quello di confronto: spesa, costi, CAC, ROI e ROAS non si confrontano. Per "
        "confrontarli scegli settimane intere (Date a scelta, da lunedì a domenica), o importa la spesa giorno per "
        "giorno."]
    # two whole weeks against the two before: two Mondays each, compared
    app.selectbox(key="period_preset").set_value("custom").run()
    app.date_input(key="period_dates").set_value((date(2026, 11, 9), date(2026, 11, 22))).run()
    cards = {m.label: m for m in app.metric}
    assert (cards["Spesa (EUR)"].value, cards["Spesa (EUR)"].delta) == ("3.500", "+2.500\u00a0€")
    assert not [i for i in app.info if "una volta a settimana" in i.value]


def test_the_year_to_date_on_a_page_is_set_against_the_same_days_of_last_year(app, twelve_store, monkeypatch):
    # review of 5 December: on 4 January the year to date is also the month to date, and the page compared it with
    # 1-4 December; on a Monday the last 12 months were moved back 53 weeks
    monkeypatch.setenv("SMARKETING_TODAY", "2027-01-04")
    open_page(app, "app_pages/funnel.py", preset="year_to_date")
    assert [c.value for c in app.caption if c.value.startswith("Periodo")] == [
        "Periodo\\: 01/01/2027 – 04/01/2027 \\(in corso\\: dati fino a oggi, 04/01/2027\\) · confronto con il periodo "
        "precedente\\: 01/01/2026 – 04/01/2026 \\(nessun dato in quel periodo\\) · nessun filtro"]
    monkeypatch.setenv("SMARKETING_TODAY", "2026-12-28")
    app.selectbox(key="period_preset").set_value("last_12_months").run()
    # (a year back from 29 December, never 53 weeks; the twelve leads end on 24 November, over a week before, so the
    # comparison runs to the same day a year earlier, and says why: review 27)
    assert [c.value for c in app.caption if c.value.startswith("Periodo")] == [
        "Periodo\\: 29/12/2025 – 28/12/2026 \\(in corso\\: dati fino a oggi, 28/12/2026\\) · confronto con il periodo "
        "precedente\\: 29/12/2024 – 24/11/2025 \\(gli stessi giorni che i dati coprono\\: finiscono il 24/11/2026; "
        "nessun dato in quel periodo\\) · nessun filtro"]


def test_on_a_monday_this_week_is_never_set_against_last_monday(app, twelve_store, monkeypatch):
    """Review 21, the demo on Monday 7 December: "Questa settimana, 07/12 – 07/12" read "SQL 0 −3 (−100%)", the
    morning's few hours against last Monday's whole day. On Tuesday the comparison is back."""
    monkeypatch.setenv("SMARKETING_TODAY", "2026-11-23")
    app.run()
    assert not app.exception
    assert [m.delta for m in app.metric][-6:] == [""] * 6
    assert "Da lunedì a oggi. La settimana è appena cominciata: il confronto con gli stessi giorni della settimana " \
           "scorsa parte da domani, mai un giorno a metà contro uno intero." in [c.value for c in app.caption]
    monkeypatch.setenv("SMARKETING_TODAY", "2026-11-24")
    app.run()
    assert any(m.delta for m in app.metric[-6:])


def test_switching_language_keeps_the_period_without_a_second_default(app, twelve_store, caplog):
    # the switch sets each worded choice again: the widget then takes no default beside it, which Streamlit logs with
    # a stack trace on every switch
    open_page(app, "app_pages/funnel.py", "last_quarter")
    app.sidebar.radio(key="lang_sidebar").set_value("en").run()
    assert (app.selectbox(key="period_preset").value, app.selectbox(key="period_compare").value) == (
        "last_quarter", "previous")
    assert not [r for r in caplog.records if "created with a default value" in r.getMessage()]
