"""Spend reports that cover a period rather than a day (a review of 4 December 2026, with Meta and Google Ads
exports as Ads Manager and Google Ads write them): where such spend is stored is said, and a report that repeats
spend already stored is said to count it twice, with the undo."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from smarketing.importing import ImportOptions, run_import, undo
from tests.db.test_import_corpus import check_ledger, notes

META = "Campaign name,Reporting starts,Reporting ends,Results,Amount spent (EUR)\n"


def load(con, tmp_path, name: str, text: str, **options):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run_import(con, path, ImportOptions(kind="spend", **options))
    check_ledger(con, result)
    return result


def said(result, key: str) -> list[dict]:
    return [params for k, params in notes(result) if k == key]


def test_meta_rows_over_a_month_are_said_and_the_report_again_a_day_later_counts_twice(con, tmp_path):
    first = load(con, tmp_path, "meta.csv", META + "Lead Gen Autunno,2026-11-04,2026-12-03,45,900.00\n"
                 "Remarketing,2026-11-04,2026-12-03,3,300.00\n", preset="meta-ads")
    # Ads Manager's default export, with no day: the whole month went on 4 November without a word
    assert said(first, "import.note_row_period") == [{"count": 2, "field": "Reporting ends", "start": "2026-11-04",
                                                      "end": "2026-12-03"}]
    assert not said(first, "import.note_spend_overlap")
    again = load(con, tmp_path, "meta2.csv", META + "Lead Gen Autunno,2026-11-05,2026-12-04,46,905.00\n"
                 "Remarketing,2026-11-05,2026-12-04,3,305.00\n", preset="meta-ads")
    # stored on 5 November beside the 4 November rows: 2.410 € for about 1.210 €, with no note
    assert said(again, "import.note_spend_overlap") == [{"count": 2, "batch": first.batch_id}]
    assert con.execute("select sum(amount) from spend").fetchone()[0] == Decimal("2410.00")


def test_a_google_ads_period_report_over_daily_spend_is_said_to_count_twice(con, tmp_path):
    daily = load(con, tmp_path, "giorni.csv", "Day,Campaign,Currency code,Cost\n2026-11-01,Brand,EUR,10.00\n"
                 "2026-11-02,Brand,EUR,20.00\n2026-11-03,Brand,EUR,30.00\n", preset="google-ads")
    period = load(con, tmp_path, "periodo.csv", 'Campaign report\n"November 1, 2026 - November 3, 2026"\n'
                  "Campaign,Currency code,Cost\nBrand,EUR,60.00\n", preset="google-ads")
    assert said(period, "import.note_spend_overlap") == [{"count": 2, "batch": daily.batch_id}]
    # and the same report of a period downloaded again a day later
    shifted = load(con, tmp_path, "periodo2.csv", 'Campaign report\n"November 2, 2026 - November 4, 2026"\n'
                   "Campaign,Currency code,Cost\nBrand,EUR,65.00\n", preset="google-ads")
    # (2 November is its own first day, matched and updated; met again: 3 November, and 1 November's row, which
    # the first report's 1-3 November replaced and which covers those days since)
    assert said(shifted, "import.note_spend_overlap") == [{"count": 2, "batch": daily.batch_id}]


def test_spend_day_by_day_beside_the_reports_period_columns_is_no_period(con, tmp_path):
    # Meta by day writes "Reporting starts" and "Reporting ends" of the whole report beside each day
    text = ("Giorno,Nome della campagna,Importo speso (EUR),Inizio report,Fine report\n"
            "2026-11-01,Lead Gen,10.00,2026-11-01,2026-11-30\n2026-11-02,Lead Gen,20.00,2026-11-01,2026-11-30\n")
    first = load(con, tmp_path, "giorni.csv", text, preset="meta-ads")
    again = load(con, tmp_path, "giorni.csv", text, preset="meta-ads")
    for result in (first, again):
        assert not said(result, "import.note_row_period") and not said(result, "import.note_spend_overlap")
    assert again.unchanged == 2


def test_a_sheets_end_date_column_is_no_period_and_refuses_nothing(con, tmp_path):
    # a campaign's planned end ("in corso") refused the whole file as dates to read in another order
    result = load(con, tmp_path, "spesa.csv", "Data;Canale;Campagna;Spesa;Data fine\n"
                  "02/11/2026;Meta Ads;Natale;100;in corso\n03/11/2026;Meta Ads;Natale;100;--\n"
                  "04/11/2026;Meta Ads;Natale;100;31/12/2026\n")
    assert (result.inserted, result.rejected) == (3, 0)
    assert not said(result, "import.note_row_period")


def test_linkedins_utc_headers_cover_their_period_too(con, tmp_path):
    header = "Start Date (in UTC),End Date (in UTC),Campaign Name,Total Spent,Currency\n"
    daily = load(con, tmp_path, "giorni.csv", header + "11/1/2026,11/1/2026,Decisori,100.00,EUR\n"
                 "11/2/2026,11/2/2026,Decisori,100.00,EUR\n", preset="linkedin-ads")
    month = load(con, tmp_path, "mese.csv", header + "11/1/2026,11/30/2026,Decisori,3000.00,EUR\n",
                 preset="linkedin-ads")
    assert said(month, "import.note_row_period") == [{"count": 1, "field": "End Date (in UTC)",
                                                      "start": "2026-11-01", "end": "2026-11-30"}]
    assert said(month, "import.note_spend_overlap") == [{"count": 1, "batch": daily.batch_id}]


def test_a_summary_row_skipped_is_no_row_covering_a_period(con, tmp_path):
    result = load(con, tmp_path, "meta.csv", META + "Lead Gen,2026-11-04,2026-12-03,45,900.00\n"
                  "Remarketing,2026-11-04,2026-12-03,3,300.00\n,2026-11-04,2026-12-03,48,1200.00\n", preset="meta-ads")
    assert result.inserted == 2
    assert said(result, "import.note_row_period")[0]["count"] == 2


DAILY = "Data;Canale;Campagna;Spesa\n" + "".join(
    f"{day:02d}/11/2026;Google Ads;Ricerca Generica;1.000,00 €\n" for day in range(1, 31))


def test_a_monthly_sheet_over_daily_spend_is_said_to_count_twice_and_the_other_way_round(con, tmp_path):
    """Review 25: a month's row is stored on its first day, where it replaced one daily row and left the 29 others:
    November's search spend read 59.000 € for 30.000 €, with no word."""
    daily = load(con, tmp_path, "giorni.csv", DAILY)
    monthly = load(con, tmp_path, "mesi.csv", "Mese;Canale;Campagna;Spesa\nnovembre 2026;Google Ads;"
                   "Ricerca Generica;30.000,00 €\n")
    assert said(monthly, "import.note_spend_overlap") == [{"count": 29, "batch": daily.batch_id}]
    assert con.execute("select sum(amount) from spend").fetchone()[0] == Decimal("59000.00")
    # the same sheet again is matched row by row, no overlap of its own
    assert not said(load(con, tmp_path, "mesi.csv", "Mese;Canale;Campagna;Spesa\nnovembre 2026;Google Ads;"
                         "Ricerca Generica;30.000,00 €\n"), "import.note_spend_overlap")


def test_daily_spend_over_a_monthly_sheet_replaces_its_month(con, tmp_path):
    # the month's row, on its first day, is matched and updated by that day's: November is the days' 30.000 €, once
    load(con, tmp_path, "mesi.csv", "Mese;Canale;Campagna;Spesa\nnovembre 2026;Google Ads;Ricerca Generica;"
         "30.000,00 €\n")
    daily = load(con, tmp_path, "giorni.csv", DAILY)
    assert (daily.updated, said(daily, "import.note_spend_overlap")) == (1, [])
    assert con.execute("select sum(amount) from spend").fetchone()[0] == Decimal("30000.00")
    # a month sheet of another campaign over those days is no overlap either; the same campaign's is
    again = load(con, tmp_path, "mesi2.csv", "Mese;Canale;Campagna;Spesa\nnovembre 2026;Google Ads;Brand;500,00 €\n"
                 "novembre 2026;Google Ads;Ricerca Generica;30.000,00 €\n")
    assert said(again, "import.note_spend_overlap") == [{"count": 29, "batch": daily.batch_id}]


def test_a_google_ads_report_by_week_over_daily_spend_is_said_to_count_twice(con, tmp_path):
    daily = load(con, tmp_path, "giorni.csv", DAILY)
    weekly = load(con, tmp_path, "settimane.csv", "Settimana;Campagna;Codice valuta;Costo\n"
                  "2026-11-02;Ricerca Generica;EUR;7000,00\n2026-11-09;Ricerca Generica;EUR;7000,00\n",
                  preset="google-ads", sets={"channel": "Google Ads"})
    # each week's Tuesday to Sunday
    assert said(weekly, "import.note_spend_overlap") == [{"count": 12, "batch": daily.batch_id}]
    # (a report by day is no week: "Giorno" over the same days is matched day by day)
    again = load(con, tmp_path, "giorni2.csv", DAILY.replace("Data;", "Giorno;"))
    assert not said(again, "import.note_spend_overlap")


def test_the_same_file_again_with_another_day_or_channel_is_said_to_count_twice(con, tmp_path):
    """Review 25: Meta's campaign export has no date; imported with --set spend_date=2026-11-30, then corrected to
    the 15th, November read 117.410 USD for 58.705: the first rows stayed, with no word (another currency was
    said)."""
    text = "Campaign,Spent\nxyz 916,149.71\nxyz 936,2893.37\n"
    first = load(con, tmp_path, "kag.csv", text, sets={"spend_date": "2026-11-30", "channel": "Meta Ads"})
    assert not said(first, "import.note_spend_again")
    moved = load(con, tmp_path, "kag.csv", text, sets={"spend_date": "2026-11-15", "channel": "Meta Ads"})
    assert said(moved, "import.note_spend_again") == [{"batch": first.batch_id, "batches": [first.batch_id]}]
    assert con.execute("select sum(amount) from spend").fetchone()[0] == Decimal("6086.16")
    # the same day again is the same rows: nothing said; after the undo, the file goes in once
    same = load(con, tmp_path, "kag.csv", text, sets={"spend_date": "2026-11-15", "channel": "Meta Ads"})
    assert (same.unchanged, said(same, "import.note_spend_again")) == (2, [])
    # a dry run says it would
    check = run_import(con, tmp_path / "kag.csv", ImportOptions(kind="spend", dry_run=True, sets={
        "spend_date": "2026-11-01", "channel": "Meta Ads"}))
    # every earlier import still in force is named (undoing the last one alone left the first counting twice),
    # the one that held the rows again too: it is the one to undo first (undoing the one before it would take its
    # rows out from under it, and is refused)
    assert said(check, "import.note_spend_again_check") == [{
        "batch": same.batch_id, "batches": [first.batch_id, moved.batch_id, same.batch_id]}]
    from smarketing.importing.reasons import note_text
    assert [note_text(n, "it") for n in check.notes if n.key == "import.note_spend_again_check"] == [
        f"Questo stesso file è già stato importato (importazioni {first.batch_id}, {moved.batch_id} e "
        f"{same.batch_id}) con un altro giorno, canale o campagna: importato ora, le sue righe resterebbero e la "
        f"spesa sarebbe contata due volte. Annulla prima quelle importazioni (imports undo {same.batch_id})."]
    # once the earlier imports are undone, the file goes in once, with nothing to say
    undo(con, same.batch_id)
    undo(con, moved.batch_id)
    undo(con, first.batch_id)
    last = load(con, tmp_path, "kag.csv", text, sets={"spend_date": "2026-11-20", "channel": "Meta Ads"})
    assert (last.inserted, said(last, "import.note_spend_again")) == (2, [])
    assert con.execute("select sum(amount) from spend").fetchone()[0] == Decimal("3043.08")


def test_a_sheet_with_a_column_per_channel_imported_column_by_column_is_no_second_count(con, tmp_path):
    """As ISLR's Advertising.csv: TV, Radio and Newspaper spend side by side, imported once per column (review 21:
    the second and third imports were said to count the spend twice, and told to be undone)."""
    text = "Mese,TV,Radio,Newspaper\n2026-10-01,230.10,37.80,69.20\n2026-11-01,44.50,39.30,45.10\n"
    imports = [load(con, tmp_path, "advertising.csv", text, maps={"amount": channel, "spend_date": "Mese"},
                    sets={"channel": channel}) for channel in ("TV", "Radio", "Newspaper")]
    assert [(i.inserted, said(i, "import.note_spend_again"), said(i, "import.note_spend_twice"))
            for i in imports] == [(2, [], [])] * 3
    assert con.execute("select channel, sum(amount)::varchar from spend group by 1 order by 1").fetchall() == [
        ("Newspaper", "114.30"), ("Radio", "77.10"), ("TV", "274.60")]
    # the same column again under another channel's name is the same spend twice, and said
    again = load(con, tmp_path, "advertising.csv", text, maps={"amount": "TV", "spend_date": "Mese"},
                 sets={"channel": "Televisione"})
    assert said(again, "import.note_spend_again") == [{"batch": imports[0].batch_id,
                                                       "batches": [imports[0].batch_id]}]


def test_spend_dated_after_today_is_said_and_counts_from_its_day(con, tmp_path):
    """Review 25: a fair paid in advance (20 December) counted in "this month" on 4 December, against 1-4 November:
    a rise of spend that had not happened. Today is 25 November here."""
    from datetime import date

    from smarketing import metrics

    result = load(con, tmp_path, "fiere.csv", "Data;Canale;Campagna;Spesa\n20/11/2026;Fiere;Fiera Autunno;1.000,00 €\n"
                  "20/12/2026;Fiere;Fiera Natale;5.000,00 €\n15/01/2027;Fiere;Fiera Gennaio;8.000,00 €\n")
    assert said(result, "import.note_spend_future") == [{"count": 2, "start": "2026-12-20"}]
    month = metrics.Query(start=date(2026, 11, 1), end=date(2026, 12, 31), today=date(2026, 11, 25))
    assert metrics.compute(con, "roi", month)[0]["spend"] == 1000
    assert metrics.compute(con, "roi", replace(month, today=date(2026, 12, 20)))[0]["spend"] == 6000
    one = load(con, tmp_path, "fiera.csv", "Data;Canale;Campagna;Spesa\n15/02/2027;Fiere;Fiera Marzo;900,00 €\n")
    from smarketing.importing.reasons import note_text
    assert [note_text(n, "it") for n in one.notes if n.key == "import.note_spend_future"] == [
        "1 riga di spesa ha una data futura (15/02/2027): è spesa prevista, non ancora fatta, e conta nei numeri dal "
        "suo giorno."]


def test_an_excel_sheets_month_total_and_footer_lines_are_skipped_not_refused_as_dates(con, tmp_path):
    """Review 25: "Totale novembre", "IVA esclusa" and "Esportato il 04/12/2026" under two days of spend refused
    the whole sheet as dates to read in another order."""
    result = load(con, tmp_path, "spesa.csv", "Data;Canale;Campagna;Spesa\n02/11/2026;Google Ads;Brand;100,00 €\n"
                  "03/11/2026;Google Ads;Brand;200,00 €\nTotale novembre;;;300,00 €\nIVA esclusa;;;\n"
                  "Esportato il 04/12/2026;;;\n")
    assert (result.inserted, result.rejected) == (2, 0)
    assert [(r["line"], r["code"], r["value"]) for r in result.warnings] == [
        (4, "total_row", "Totale novembre"), (5, "footer_row", "IVA esclusa"),
        (6, "footer_row", "Esportato il 04/12/2026")]
    # a year's total, and the short form with its dot ("TOT" alone may be a lead's code: tests/imports)
    again = load(con, tmp_path, "spesa2.csv", "Data;Canale;Campagna;Spesa\n04/11/2026;Google Ads;Brand;100,00 €\n"
                 "Tot.;;;100,00 €\nTotale 2026;;;100,00 €\n")
    assert (again.inserted, again.rejected, [r["code"] for r in again.warnings]) == (1, 0, ["total_row"] * 2)
    # (a day with nothing else under the spend is a bad row, said, never a footer)
    bad = load(con, tmp_path, "spesa3.csv", "Data;Canale;Campagna;Spesa\n05/11/2026;Google Ads;Brand;100,00 €\n"
               "31/11/2026;;;\n", partial=True)
    assert [r["code"] for r in bad.rejects if r["code"] != "missing_value"][:1] == ["bad_date"]


def test_daily_spend_that_replaces_a_weeks_rows_is_no_second_count(con, tmp_path):
    """Review 25: a daily file over a report by week updated the three weekly rows, which kept their import's span
    and were said to be counted twice; Brand's November is exactly the daily total."""
    load(con, tmp_path, "settimane.csv", "Settimana;Campagna;Costo\n02/11/2026;Brand;300\n09/11/2026;Brand;310\n"
         "16/11/2026;Brand;320\n", sets={"channel": "Google Ads"})
    daily = load(con, tmp_path, "giorni.csv", "Giorno;Campagna;Costo\n" + "".join(
        f"{day:02d}/11/2026;Brand;10\n" for day in range(1, 31)), sets={"channel": "Google Ads"})
    assert (daily.inserted, daily.updated, said(daily, "import.note_spend_overlap")) == (27, 3, [])
    assert con.execute("select sum(amount) from spend").fetchone()[0] == Decimal("300.00")


def test_dated_total_rows_named_in_the_campaign_or_channel_are_skipped(con, tmp_path):
    """Review 26: a sheet's "Totale" rows with the day in their date cell went in as spend: 1.400 € for a day of
    700 €, and a month's ROI halved, with no word."""
    result = load(con, tmp_path, "spesa.csv", (
        "Data;Canale;Campagna;Spesa\n"
        "23/11/2026;Google Ads;Brand;400,00\n"
        "23/11/2026;Google Ads;Generica;300,00\n"
        "23/11/2026;Google Ads;Totale;700,00\n"          # the day's, for its channel
        "24/11/2026;Meta Ads;Retargeting;50,00\n"
        "24/11/2026;LinkedIn;Awareness;25,00\n"
        "24/11/2026;Totale;;75,00\n"                      # the day's
        "30/11/2026;Totale complessivo;;775,00\n"         # the sheet's, dated its last day
        "30/11/2026;Fiere;Totale;120,00\n"))              # a campaign so called: no sum, spend like any other
    assert (result.inserted, result.skipped) == (5, 3)
    assert [(w["line"], w["code"]) for w in result.warnings] == [(4, "total_row"), (7, "total_row"), (8, "total_row")]
    assert con.execute("select sum(amount) from spend").fetchone()[0] == Decimal("895.00")


@pytest.mark.parametrize("days", [(23, 24, 25), (23,)])
def test_daily_spend_for_part_of_a_stored_week_never_takes_its_place(con, tmp_path, days):
    """Review 26: a week of 700 € (23-29 November), then a daily file for 23-25: the week's row was replaced by the
    23rd's 90 €, and the four other days' spend was gone with no word. Part of a week cannot replace it: the days go
    in beside it and the import says the spend is counted twice, naming the import to undo."""
    week = load(con, tmp_path, "settimane.csv", "Settimana;Canale;Campagna;Spesa\n23/11/2026;Google Ads;Brand;700,00\n")
    amounts = {23: "90,00", 24: "110,00", 25: "100,00"}
    daily = load(con, tmp_path, "giorni.csv", "Data;Canale;Campagna;Spesa\n" + "".join(
        f"{day}/11/2026;Google Ads;Brand;{amounts[day]}\n" for day in days))
    assert (daily.inserted, daily.updated) == (len(days), 0)
    assert said(daily, "import.note_spend_overlap") == [{"count": 1, "batch": week.batch_id}]
    assert con.execute("select amount from spend where batch_id = ?", [week.batch_id]).fetchall() == [
        (Decimal("700.00"),)]
    # undoing the week leaves the days, once
    undo(con, week.batch_id)
    assert con.execute("select sum(amount) from spend").fetchone()[0] == sum(
        Decimal(amounts[d].replace(",", ".")) for d in days)


def test_the_same_meta_export_by_month_again_changes_nothing(con, tmp_path):
    """Review 26 (regression): a Meta export broken down by month, imported again, stored November a second time
    (610 -> 910 -> 1.210): a stored row's span was guessed from its import's longest row, a day past November."""
    text = ("Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Currency\n"
            "2026-10-01,2026-10-31,Retargeting,310.00,EUR\n2026-11-01,2026-11-30,Retargeting,300.00,EUR\n")
    load(con, tmp_path, "meta.csv", text, preset="meta-ads")
    again = load(con, tmp_path, "meta.csv", text, preset="meta-ads")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    assert not [n for n in again.notes if n.key.startswith("import.note_spend")]
    assert con.execute("select spend_date::varchar, spend_end::varchar, amount from spend order by 1").fetchall() == [
        ("2026-10-01", "2026-10-31", Decimal("310.00")), ("2026-11-01", "2026-11-30", Decimal("300.00"))]


WEEK = "Settimana;Canale;Campagna;Spesa\n23/11/2026;Google Ads;Brand;700,00\n"
DAYS = {23: "90,00", 24: "110,00", 25: "100,00", 26: "100,00", 27: "100,00", 28: "100,00", 29: "100,00"}


def days(*numbers: int) -> str:
    return "Data;Canale;Campagna;Spesa\n" + "".join(f"{d}/11/2026;Google Ads;Brand;{DAYS[d]}\n" for d in numbers)


def test_a_week_replaced_by_its_days_covers_its_first_day_alone_since(con, tmp_path):
    """Review 26 (regression): the week, then 23-29 November day by day (the week's row becomes the 23rd's), then a
    rolling export of 23-25: the 23rd went in a second time, 790 € for 700 €, blamed on the week's import."""
    load(con, tmp_path, "settimane.csv", WEEK)
    whole = load(con, tmp_path, "giorni.csv", days(*range(23, 30)))
    assert (whole.inserted, whole.updated, said(whole, "import.note_spend_overlap")) == (6, 1, [])
    rolling = load(con, tmp_path, "tre.csv", days(23, 24, 25))
    assert (rolling.inserted, rolling.updated, rolling.unchanged) == (0, 0, 3)
    assert not said(rolling, "import.note_spend_overlap")
    assert con.execute("select sum(amount) from spend").fetchone()[0] == Decimal("700.00")


def test_the_whole_week_by_day_after_part_of_it_meets_the_days_and_says_the_week_counts_twice(con, tmp_path):
    """Review 26 (regression): the week, 23-25 day by day (beside it, said), then 23-29: the week's row became the
    23rd's while the 23rd's own row stayed, 790 € with no word. The day's row is the one the file's day matches;
    the week stays, said to count twice, for the user to undo."""
    week = load(con, tmp_path, "settimane.csv", WEEK)
    load(con, tmp_path, "tre.csv", days(23, 24, 25))
    whole = load(con, tmp_path, "giorni.csv", days(*range(23, 30)))
    assert (whole.inserted, whole.updated, whole.unchanged) == (4, 0, 3)
    assert said(whole, "import.note_spend_overlap") == [{"count": 1, "batch": week.batch_id}]
    undo(con, week.batch_id)
    assert con.execute("select sum(amount) from spend").fetchone()[0] == Decimal("700.00")


def test_spend_stored_before_its_rows_kept_their_last_day_is_matched_on_its_key(con, tmp_path):
    """Review 26 (regression): a store of the release before, whose rows have no spend_end, refused the same file
    again with "rows lost" (an unexpected error): the row was neither changed nor unchanged."""
    text = ("Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Currency\n"
            "2026-11-01,2026-11-30,Retargeting,300.00,EUR\n")
    load(con, tmp_path, "meta.csv", text, preset="meta-ads")
    con.execute("update spend set spend_end = null")
    again = load(con, tmp_path, "meta.csv", text, preset="meta-ads")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 1)
    changed = load(con, tmp_path, "meta2.csv", text.replace("300.00", "320.00"), preset="meta-ads")
    assert (changed.inserted, changed.updated) == (0, 1)
    assert con.execute("select amount, spend_end::varchar from spend").fetchall() == [(Decimal("320.00"), "2026-11-30")]
