"""What the stored data holds at all (smarketing/coverage.py): a figure it cannot hold is unknown, never 0. Review
26 found, on real exports, "MQL 0 ±0" and "backlog 0" from a deals export that dates no stage before the deal,
"Spend 0" where no spend was ever imported, and "win rate 100,0%" from a file of won deals only."""

from __future__ import annotations

from datetime import date

import pytest

from smarketing import coverage, journeys, metricformat, stages
from tests.helpers import add_lead, twelve


def read(con) -> coverage.Coverage:
    return coverage.read(con, stages.stages(con))


def test_the_hand_made_leads_hold_every_figure(con):
    twelve(con)
    journeys.refresh(con)
    assert read(con) == coverage.Coverage(spend=True, losses=True, undated=(), disqualified=True)
    assert read(con).unknown() == {}


def test_a_deals_export_that_dates_no_stage_before_the_deal(con):
    """As Maven's sales_pipeline.csv: the deal's engage date, its close, nothing for MQL or SQL; no spend."""
    add_lead(con, "1", "2026-10-05", "customer", [("lead", "2026-10-05"), ("opportunity", "2026-10-07"),
                                                  ("customer", "2026-11-10")], is_deal=True, refresh=False,
             deal_value=4500, currency="USD")
    add_lead(con, "2", "2026-10-06", "lost", [("lead", "2026-10-06"), ("opportunity", "2026-10-08"),
                                              ("lost", "2026-11-12")], is_deal=True, refresh=False)
    journeys.refresh(con)
    found = read(con)
    assert found == coverage.Coverage(spend=False, losses=True, undated=("mql", "sql"))
    assert found.unknown() == {
        **{key: "coverage.no_spend" for key in ("spend", "cpl", "cost_per_mql", "cost_per_sql", "cac", "roi", "roas")},
        **{key: "coverage.undated" for key in ("mqls", "sqls", "acceptance_rate", "median_days_to_accept",
                                                "backlog", "accepted")}}
    # a step from or to an undated stage is unknown; one between dated stages is not
    assert found.step_unknown("mql", "sql") == {key: "coverage.undated"
                                                for key in ("entered", "converted", "conversion_rate")}
    assert found.step_unknown("opportunity", "customer") == {}
    assert metricformat.coverage_notes(found, stages.stages(con), "it") == [
        "Nei dati nessun contatto ha una data di ingresso in MQL e SQL: quegli ingressi, e le conversioni e la "
        "consegna alle Vendite che ne dipendono, sono «–», non 0. Se il CRM esporta la data di ogni fase, "
        "aggiungila al file e, nella pagina Importa, indicala come data di quella fase (da riga di comando: --map "
        "stage:mql=COLONNA).",
        "Nessuna spesa importata: spesa, costo per contatto, CAC, ROI e ROAS sono «–», non 0. Importa la spesa "
        "dalle piattaforme pubblicitarie (Google Ads, Meta, LinkedIn) o da un file Excel."]
    assert metricformat.coverage_notes(found, stages.stages(con), "en")[0].startswith(
        "No lead in the data has a date of entry into MQL and SQL: those entries")


def test_a_file_of_won_deals_only_has_no_win_rate(con):
    """As Olist's closed deals: every row won."""
    for n, day in enumerate(("2026-11-02", "2026-11-09")):
        add_lead(con, f"W{n}", day, "customer", [("lead", day), ("customer", day)], is_deal=True, refresh=False)
    journeys.refresh(con)
    found = read(con)
    assert found.losses is False
    assert {k: v for k, v in found.unknown().items() if v == "coverage.no_losses"} == {
        "win_rate": "coverage.no_losses", "lost": "coverage.no_losses"}
    # (its customers' earlier stages are undated too: said first)
    assert metricformat.coverage_notes(found, stages.stages(con), "en")[1] == (
        "The data holds won deals but no lost one (an export of won deals only?): the win rate would always be "
        "100% and is \"–\". Import the lost deals too to measure it.")
    # one deal lost, whenever: the rate is measured, a period's 100% included
    add_lead(con, "L", "2025-01-02", "lost", [("lead", "2025-01-02"), ("lost", "2025-03-02")], is_deal=True)
    assert read(con).losses is True


def test_a_new_store_with_leads_only_has_its_later_stages_at_zero(con):
    """Leads and no MQL yet: nothing later is dated either, so no MQL is a true 0, not a stage the CRM skips."""
    add_lead(con, "N", "2026-11-20", "lead", [("lead", "2026-11-20")])
    assert read(con).undated == ()


def test_an_unknown_figure_shows_as_a_dash_never_zero():
    row = {"spend": 0, "spend_compare": 0, "won_value": 100}
    assert metricformat.blanked(row, {"spend": "coverage.no_spend"}) == {"spend": None, "spend_compare": None,
                                                                          "won_value": 100}
    assert metricformat.display([row], ["spend", "won_value"], "it", unknown={"spend": "coverage.no_spend"}) == [
        {"Spesa": "–", "Valore vinto": "100\u00a0€"}]


def test_the_meeting_report_shows_what_the_data_cannot_hold_as_a_dash(con):
    """The HTML report's key numbers, as the pages: MQLs and SQLs a deals export never dates are "–", not 0."""
    from datetime import date

    from smarketing import report

    add_lead(con, "1", "2026-11-16", "customer", [("lead", "2026-11-16"), ("opportunity", "2026-11-17"),
                                                  ("customer", "2026-11-20")], is_deal=True, closed_at="2026-11-20")
    rows = {r[0]: r[1:] for r in report.week_numbers(con, date(2026, 11, 16), date(2026, 11, 25), "it")}
    assert rows["MQL"] == rows["SQL"] == ["–", "–", "–", "–"]
    assert rows["Contatti"][0] == rows["Opportunità"][0] == rows["Clienti"][0] == "1"


@pytest.mark.parametrize(("text", "code"), [
    ("Portare gli MQL a 400 entro marzo 2027", "measurable_undated"),
    ("Conversione MQL-SQL al 40% entro marzo 2027", "measurable_undated"),
    ("Il 90% degli MQL accettato entro 48 ore, entro marzo 2027", "measurable_undated"),
    ("CPL sotto 40 € entro marzo 2027", "measurable_no_spend"),
    ("Tasso di vittoria al 70% entro marzo 2027", "measurable_no_losses"),
])
def test_an_objective_the_data_can_never_measure_fails_measurable(con, text, code):
    """Review 26: "400 MQL" on a deals export that dates no MQL read «punto di partenza dai dati: 0» with Measurable
    green and «il miglior risultato di sempre (0)»: a start and a best the data never had."""
    from datetime import date

    from smarketing import objectives

    for n, (stage, end) in enumerate((("customer", "2026-11-20"), ("customer", "2026-11-21"))):
        add_lead(con, f"D{n}", "2026-10-01", stage, [("lead", "2026-10-01"), ("opportunity", "2026-10-02"),
                                                     (stage, end)], is_deal=True, closed_at=end, refresh=False)
    journeys.refresh(con)
    draft, context, report = objectives.check(con, text, [("Giulia", "marketing"), ("Marco", "sales")],
                                              date(2026, 11, 25))
    assert (report.criteria["measurable"].status, report.criteria["measurable"].reason.code) == ("fail", code)
    assert report.criteria["achievable"].reason.code == "achievable_not_in_data"
    assert (context.baseline, context.history) == (None, [])


def test_an_objective_on_what_the_data_dates_is_measured_as_before(con):
    from datetime import date

    from smarketing import objectives

    add_lead(con, "D", "2026-10-01", "customer", [("lead", "2026-10-01"), ("opportunity", "2026-10-02"),
                                                  ("customer", "2026-11-20")], is_deal=True, closed_at="2026-11-20")
    _, context, report = objectives.check(con, "Portare le opportunità a 5 entro marzo 2027", [], date(2026, 11, 25))
    assert context.missing is None and report.criteria["measurable"].status == "pass"


def test_spend_with_no_lead_has_no_return(con):
    """As an ad platform's export imported before any CRM file (review 21: ROI -100,0%, ROAS 0,00×)."""
    con.execute("insert into spend (spend_date, channel, campaign, amount, currency) "
                "values (date '2026-11-02', 'Meta Ads', 'Autunno', 1200, 'EUR')")
    found = read(con)
    assert found == coverage.Coverage(spend=True, losses=True, undated=(), leads=False)
    # (nor how many leads or customers there are: no CRM file came in, which is no company without customers)
    assert found.unknown() == {key: "coverage.no_leads" for key in ("won_value", "roi", "roas", "leads", "mqls",
                                                                     "sqls", "opportunities", "customers", "backlog",
                                                                     "accepted")}
    assert found.missing_for("roi", None, None, None) == "no_leads"
    assert found.missing_for("cpl", None, None, None) is None
    assert metricformat.coverage_notes(found, stages.stages(con), "it") == [
        "Nessun contatto né trattativa importati: contatti, clienti, valore vinto, ROI e ROAS sono «–», non 0 e -100%. "
        "Importa i contatti o le trattative dal CRM (HubSpot, Salesforce, Pipedrive) o da un file Excel."]


def test_the_example_names_the_first_stage_left_undated(con):
    """As Olist: MQLs dated, their deals won on a day, nothing between (review 21: the hint said stage:mql)."""
    add_lead(con, "O", "2026-10-05", "customer", [("lead", "2026-10-05"), ("mql", "2026-10-05"),
                                                  ("customer", "2026-11-10")], is_deal=True)
    assert read(con).undated == ("sql", "opportunity")
    assert metricformat.coverage_notes(read(con), stages.stages(con), "en")[0].endswith(
        "(on the command line: --map stage:sql=COLUMN).")


def test_won_deals_beside_leads_lost_early_are_said_as_such(con):
    """As the Comune di Alessandria's reports: some closed done, others closed before they were deals (review 21: the
    note asked whether the file held won deals only)."""
    add_lead(con, "W", "2026-11-02", "customer", [("lead", "2026-11-02"), ("customer", "2026-11-09")], refresh=False)
    add_lead(con, "D", "2026-11-03", "lost", [("lead", "2026-11-03"), ("lost", "2026-11-05")], refresh=False)
    journeys.refresh(con)
    found = read(con)
    assert (found.losses, found.disqualified) == (False, True)
    assert (
        "Nei dati ci sono trattative vinte ma nessuna persa: i contatti persi lo sono stati prima di diventare "
        "trattative (scartati, contati a parte). Il tasso di vittoria sarebbe sempre 100% ed è «–». Se alcuni persi "
        "erano trattative, importa le trattative perse (o il file con --deals).") in metricformat.coverage_notes(
        found, stages.stages(con), "it")


def test_the_funnel_shows_no_share_at_a_step_from_or_to_a_stage_never_dated(con):
    """As Maven's pipeline (review 21): MQL and SQL read «1.151 (100,0%)», every deal having "reached" them."""
    from smarketing import metrics

    for n, (day, stage) in enumerate((("2026-11-02", "customer"), ("2026-11-04", "opportunity"))):
        add_lead(con, f"D{n}", day, stage, [("lead", day), ("opportunity", day)]
                 + ([("customer", "2026-11-20")] if stage == "customer" else []), is_deal=True, refresh=False)
    add_lead(con, "L", "2026-11-05", "lead", [("lead", "2026-11-05")], refresh=False)
    journeys.refresh(con)
    rows = metrics.compute(con, "funnel", metrics.Query(today=date(2026, 11, 25)))
    shown = metricformat.funnel_shown(rows, read(con))
    assert [(r["stage"], r["reached"], r["conversion_from_previous"], r["conversion_from_first"]) for r in shown] == [
        ("lead", 3, None, 1.0), ("mql", 2, None, None), ("sql", 2, None, None), ("opportunity", 2, None, 2 / 3),
        ("customer", 1, 0.5, 1 / 3)]
    # the rows as computed keep their numbers, for the CLI's JSON and scripts
    assert [r["conversion_from_previous"] for r in rows][1:3] == [2 / 3, 1.0]


def test_the_cli_funnel_table_blanks_the_same_shares_as_the_page(migrated, capsys, monkeypatch):
    """`metrics funnel` on Maven's pipeline printed MQL and SQL at «100,0%» of the step before: the page's «–»,
    with the reason under the table; grouped by a dimension each group starts anew (its first stage has no step
    before it from another group)."""
    from smarketing import cli, db

    monkeypatch.setenv("SMARKETING_TODAY", "2026-11-25")
    con = db.connect(migrated)
    for n, (day, stage, source) in enumerate((("2026-11-02", "customer", "Fiere"),
                                              ("2026-11-04", "opportunity", "Webinar"))):
        add_lead(con, f"D{n}", day, stage, [("lead", day), ("opportunity", day)]
                 + ([("customer", "2026-11-20")] if stage == "customer" else []), is_deal=True, refresh=False)
        con.execute("update leads set source = ? where external_id = ?", [source, f"D{n}"])
    journeys.refresh(con)
    con.close()
    assert cli.main(["--db", str(migrated), "--lang", "en", "metrics", "funnel"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split() for line in lines[1:6]] == [
        ["Lead", "2", "–", "100.0%", "–"], ["MQL", "2", "–", "–", "–"], ["SQL", "2", "–", "–", "–"],
        ["Opportunity", "2", "–", "100.0%", "–"], ["Customer", "1", "50.0%", "50.0%", "1"]]
    assert lines[6].startswith("No lead in the data has a date of entry into MQL and SQL")
    assert cli.main(["--db", str(migrated), "--lang", "en", "metrics", "funnel", "--by", "source"]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()[1:11]]
    assert [r[:4] for r in rows if r[1] == "Lead"] == [["Fiere", "Lead", "1", "–"], ["Webinar", "Lead", "1", "–"]]
    assert [r[:5] for r in rows if r[1] == "Customer"][0] == ["Fiere", "Customer", "1", "100.0%", "100.0%"]


def test_a_file_of_wins_alone_draws_no_line_of_losses(con):
    """Olist's closed deals: won, none lost, nothing disqualified (review 22: the Overview drew «Perso» as a flat line
    at 0 every week, read as a company that loses nothing). Leads lost early keep their line."""
    from smarketing import overview

    add_lead(con, "O", "2026-10-05", "customer", [("lead", "2026-10-05"), ("mql", "2026-10-05"),
                                                  ("customer", "2026-11-10")], is_deal=True)
    found = read(con)
    assert found.undrawn() == ("sql", "opportunity", "lost")
    weekly = overview.weekly_stage_entries(con, date(2026, 10, 5), date(2026, 11, 22), date(2026, 11, 25),
                                           undrawn=found.undrawn())
    assert set(weekly["stage"]) == {"lead", "mql", "customer"}
    add_lead(con, "D", "2026-11-03", "lost", [("lead", "2026-11-03"), ("lost", "2026-11-05")])
    assert read(con).undrawn() == ("sql", "opportunity")


def test_deals_with_no_amount_at_all_leave_the_money_won_unknown(con):
    """As Olist's closed deals (review of 7 December): 175 customers won, no amount on any of them; the Spend page drew
    «0 €» bars and a month-by-month line of 0 with no word, and the report's year before read «0 €»."""
    add_lead(con, "O1", "2026-10-05", "customer", [("lead", "2026-10-05"), ("customer", "2026-11-10")], is_deal=True,
             refresh=False)
    add_lead(con, "O2", "2026-10-06", "lost", [("lead", "2026-10-06"), ("lost", "2026-11-12")], is_deal=True)
    found = read(con)
    assert (found.values, {k: v for k, v in found.unknown().items() if v == "coverage.no_values"}) == (
        False, {"won_value": "coverage.no_values", "roi": "coverage.no_values", "roas": "coverage.no_values"})
    assert metricformat.coverage_notes(found, stages.stages(con), "en")[-1] == (
        "No lead or deal in the imported data has an amount: won value, ROI and ROAS are \"–\", not €0 and -100%. If "
        "the CRM exports the deals' value, add it to the file and, on the Import page, map it as the value (on the "
        "command line: --map deal_value=COLUMN).")
    # one amount anywhere, and the money won is known (0 € in a window where nothing was won)
    con.execute("update leads set deal_value = 1200, currency = 'EUR' where external_id = 'O2'")
    from smarketing import journeys

    journeys.refresh(con)
    assert (read(con).values, "won_value" in read(con).unknown()) == (True, False)


@pytest.mark.parametrize(("undated", "step"), [
    ((), ("mql", "sql")),
    # Maven's deals: no MQL or SQL dated; the Funnel page opened on a step that could only show «–»
    (("mql", "sql"), ("opportunity", "customer")),
    # Olist's: MQLs dated, nothing between them and the deal won
    (("sql", "opportunity"), ("lead", "mql")),
])
def test_the_funnel_opens_on_a_step_the_data_dates(con, undated, step):
    from smarketing import choices

    offered = choices.Choices(False, 1, {}, None, stages.stages(con), coverage=coverage.Coverage(undated=undated))
    assert offered.first_step() == step
