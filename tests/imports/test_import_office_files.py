"""Files as the office of an Italian PMI makes them (a review of 4 December 2026, evening): Excel sheets saved as
CSV, with notes and totals under the data, amounts typed by hand, report periods in title lines, an ad account with
one campaign. Each case distorted data without a word before."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smarketing.errors import SmarketingError
from smarketing.importing import reasons
from tests.db.test_import_corpus import counts, notes, rejects
from tests.imports.test_import_ambiguity import load, write


def test_one_amount_to_the_cent_does_not_turn_typed_thousands_into_units(con, tmp_path):
    # "99.90" proved the dot decimal and 1.500, 2.000 and 12.000 were stored as 1,50, 2,00 and 12,00, without a word
    path = write(tmp_path, "trattative.csv", "Codice;Email;Fase;Data creazione;Valore\n"
                 "L001;a@a.it;Opportunità;03/11/2026;1.500\nL002;b@b.it;Opportunità;04/11/2026;2.000\n"
                 "L003;c@c.it;Opportunità;05/11/2026;12.000\nL004;d@d.it;Opportunità;13/11/2026;99.90\n")
    result = load(con, path)
    assert counts(result) == (4, 3, 0, 0, 1)
    assert con.execute("select external_id, deal_value from leads order by 1").fetchall() == [
        ("L001", Decimal("1500.00")), ("L002", Decimal("2000.00")), ("L003", Decimal("12000.00"))]
    assert rejects(result) == [(5, "Valore", "99.90", "bad_number", ",")]
    assert ("import.note_decimal_conflict", {"field": "Valore", "decimal": ",", "it": 3, "us": 1}) in notes(result)


def test_spend_typed_by_hand_reads_its_thousands_the_same_way(con, tmp_path):
    path = write(tmp_path, "costi.csv", "Giorno;Canale;Costo\n02/11/2026;Google Ads;1.250\n"
                 "03/11/2026;Google Ads;2.100\n04/11/2026;Meta Ads;45.50\n")
    result = load(con, path, kind="spend")
    assert counts(result) == (3, 2, 0, 0, 1)
    assert con.execute("select amount from spend order by spend_date").fetchall() == [
        (Decimal("1250.00"),), (Decimal("2100.00"),)]


def test_a_value_either_mark_reads_kept_beside_more_amounts_to_the_cent_is_said(con, tmp_path):
    path = write(tmp_path, "deals.csv", "Email,Create Date,Amount\na@x.it,2026-11-02,99.90\n"
                 "b@x.it,2026-11-02,45.50\nc@x.it,2026-11-02,1.500\n")
    result = load(con, path)
    assert con.execute("select deal_value from leads order by email").fetchall() == [
        (Decimal("99.90"),), (Decimal("45.50"),), (Decimal("1.50"),)]
    note = next(n for n in result.notes if n.key == "import.note_decimal_thousandths")
    assert note.params == {"field": "Amount", "decimal": ".", "count": 1, "proof": 2, "example": "1.500"}
    assert reasons.note_text(note, "it") == (
        "Colonna «Amount»: 1 valore, «1.500», è letto con tre decimali, come scrivono il separatore decimale «.» gli "
        "altri 2. Se voleva dire migliaia, correggilo nel file o usa --decimal.")
    assert reasons.note_text(note, "en") == (
        "Column \"Amount\": 1 value, \"1.500\", is read with three decimals, as the other 2 write the decimal mark "
        "\".\". If it meant thousands, correct it in the file or use --decimal.")


def test_a_total_and_a_note_typed_under_the_data_are_no_leads(con, tmp_path):
    # with the ID column first, "Totale contatti: 2" and the note became two more leads: Contatto 4, lead -> MQL 50%
    path = write(tmp_path, "contatti.csv", "Codice;Nome;Email;Fase;Valore\n"
                 "L001;Mario Rossi;mario@rossi.it;MQL;1.000,00\nL002;Lucia Bianchi;lucia@bianchi.it;SQL;2.000,00\n"
                 "Totale contatti: 2;;;;3.000,00\nNote: estratto dal gestionale il 01/12/2026;;;;\n")
    result = load(con, path)
    assert counts(result) == (4, 2, 0, 0, 0)
    assert con.execute("select external_id from leads order by 1").fetchall() == [("L001",), ("L002",)]
    assert [(w["line"], w["column"], w["value"], w["code"]) for w in result.warnings] == [
        (4, "Codice", "Totale contatti: 2", "total_row"),
        (5, "Codice", "Note: estratto dal gestionale il 01/12/2026", "footer_row")]


def test_a_total_row_above_a_blank_line_and_a_signature_is_the_sum_of_the_rows(con, tmp_path):
    path = write(tmp_path, "contatti.csv", "Codice;Nome;Email;Fase;Valore\n"
                 "L001;Mario Rossi;mario@rossi.it;MQL;1.000,00\nL002;Lucia Bianchi;lucia@bianchi.it;SQL;2.000,00\n"
                 "2;Totale;;;3.000,00\n;;;;\nElaborato da: ufficio commerciale;;;;\n")
    result = load(con, path)
    assert counts(result) == (5, 2, 0, 0, 0)
    assert [(w["line"], w["code"]) for w in result.warnings] == [(4, "total_row"), (5, "empty_row"),
                                                                 (6, "footer_row")]


def test_a_last_lead_with_only_its_id_is_a_lead_and_a_company_called_total_is_a_company(con, tmp_path):
    path = write(tmp_path, "contatti.csv", "Codice;Azienda;Email\nL001;Total Italia S.r.l.;a@total.it\n"
                 "L002;Totale Italia;b@x.it\nL003;;\n")
    result = load(con, path)
    assert counts(result) == (3, 3, 0, 0, 0)
    assert con.execute("select external_id, company from leads order by 1").fetchall() == [
        ("L001", "Total Italia S.r.l."), ("L002", "Totale Italia"), ("L003", None)]


def test_a_report_period_in_the_title_is_read_in_the_order_its_dates_prove(con, tmp_path):
    # Microsoft Ads writes the month first and ISO the year first: both were read day first, and the month's spend
    # was stored on 11 January with a "period" of 323 days
    us = write(tmp_path, "msads.csv", '"Report Name: Campaign performance"\n"Report Time: 11/1/2026 - 11/30/2026"\n\n'
               '"Campaign name","Currency code","Spend"\n"Brand","EUR","120.50"\n"Generic","EUR","1,230.00"\n')
    iso = write(tmp_path, "iso.csv", "Periodo: 2026-11-01 - 2026-12-31\nCampagna;Costo\nBrand;120,50\n")
    for path, channel in ((us, "Microsoft Ads"), (iso, "Google Ads")):
        result = load(con, path, kind="spend", sets={"channel": channel})
        assert counts(result)[1] == result.rows_read
    assert con.execute("select channel, spend_date, amount from spend order by 1, 3").fetchall() == [
        ("Google Ads", date(2026, 11, 1), Decimal("120.50")), ("Microsoft Ads", date(2026, 11, 1), Decimal("120.50")),
        ("Microsoft Ads", date(2026, 11, 1), Decimal("1230.00"))]
    assert ("import.note_report_period", {"start": "2026-11-01", "end": "2026-12-31"}) in [
        (k, {n: p[n] for n in ("start", "end")}) for k, p in notes(result) if k == "import.note_report_period"]


def test_the_summary_row_of_a_meta_account_with_one_campaign_is_no_spend(con, tmp_path):
    # an always-on campaign, the usual account of a small company: 2.000 € stored for 1.000 €
    path = write(tmp_path, "meta.csv", "Inizio report,Fine report,Nome della campagna,Risultati,Importo speso (EUR),"
                 "Impression\n2026-11-01,2026-11-30,,45,1000.00,50000\n"
                 "2026-11-01,2026-11-30,Lead gen novembre,45,1000.00,50000\n")
    result = load(con, path, kind="spend", preset="meta-ads")
    assert counts(result) == (2, 1, 0, 0, 0)
    assert con.execute("select campaign, amount from spend").fetchall() == [("Lead gen novembre", Decimal("1000.00"))]
    assert [(w["line"], w["code"]) for w in result.warnings] == [(2, "total_row")]


def test_a_row_without_campaign_beside_one_campaign_in_a_sheet_by_day_stays_spend(con, tmp_path):
    # equal daily budgets: a sheet by day has no summary row, above or below
    path = write(tmp_path, "costi.csv", "Giorno;Canale;Campagna;Costo\n02/11/2026;Meta Ads;Brand;100,00\n"
                 "02/11/2026;Meta Ads;;100,00\n03/11/2026;Meta Ads;;50,00\n03/11/2026;Meta Ads;Retargeting;50,00\n")
    result = load(con, path, kind="spend")
    assert counts(result) == (4, 4, 0, 0, 0)


def test_a_corrected_file_that_moves_a_stored_lead_back_says_it_stays(con, tmp_path):
    # the corrected file's "SQL" for a stored customer was "updated: 1" without a word, the customer kept
    header = "Codice;Nome;Email;Fonte;Fase;Data creazione;Valore;Commerciale\n"
    first = write(tmp_path, "v1.csv", header + "L003;Gino Verdi;gino@verdi.it;Fiera;Cliente;05/11/2026;3.000,00;Paolo\n"
                  "L004;Ada Neri;ada@neri.it;Fiera;MQL;06/11/2026;;Paolo\n")
    again = write(tmp_path, "v2.csv", header + "L003;Gino Verdi;gino@verdi.it;Fiera;SQL;05/11/2026;3.000,00;Paolo\n"
                  "L004;Ada Neri;ada@neri.it;Fiera;SQL;06/11/2026;;Paolo\n")
    load(con, first)
    result = load(con, again)
    note = next(n for n in result.notes if n.key == "import.note_kept_back")
    assert reasons.note_text(note, "it") == (
        "1 contatto resta nella fase già registrata, non in quella del file (riga 2: il file dice «SQL», qui è "
        "«Cliente»). Una fase non torna indietro e un contatto chiuso resta chiuso: se il file corregge un errore, "
        "annulla l'importazione che l'aveva scritta e importa di nuovo.")
    assert reasons.note_text(note, "en").startswith(
        "1 lead stays at the stage already stored, not the file's (line 2: the file says \"SQL\", stored "
        "\"Customer\").")
    # the lead the file moves forward is no such case
    assert con.execute("select external_id, current_stage from leads order by 1").fetchall() == [
        ("L003", "customer"), ("L004", "sql")]


def test_a_channel_in_another_spelling_is_the_leads_source_and_one_no_lead_has_is_said(con, tmp_path):
    from tests.helpers import add_lead

    add_lead(con, "A", "2026-11-02", "lead", [("lead", "2026-11-02")], source="Google Ads")
    add_lead(con, "B", "2026-11-02", "lead", [("lead", "2026-11-02")], source="LinkedIn")
    # "google ads" made a channel of its own with 100 € and no lead; "LinkedIn Ads" (the preset's name) split ROI
    path = write(tmp_path, "costi.csv", "Giorno;Canale;Costo\n02/11/2026;google ads;100,00\n"
                 "02/11/2026;LinkedIn Ads;250,00\n02/11/2026;Radio Locale;80,00\n")
    result = load(con, path, kind="spend")
    assert con.execute("select channel, amount from spend order by 1").fetchall() == [
        ("Google Ads", Decimal("100.00")), ("LinkedIn Ads", Decimal("250.00")), ("Radio Locale", Decimal("80.00"))]
    said = [reasons.note_text(n, "it") for n in result.notes if n.key.startswith("import.note_channel_no_leads")]
    assert said == [
        "Nessun contatto ha «LinkedIn Ads» come fonte: la sua spesa non ha contatti nel costo per contatto e nel ROI. "
        "I contatti hanno la fonte «LinkedIn»: se è lo stesso canale, scrivilo così nella colonna «Canale» del file, "
        "annulla questa importazione e importa di nuovo.",
        "Nessun contatto ha «Radio Locale» come fonte: la sua spesa non ha contatti nel costo per contatto e nel ROI. "
        "Le fonti dei contatti sono Google Ads, LinkedIn."]
    # the same file again finds its rows as stored
    again = load(con, path, kind="spend")
    assert counts(again) == (3, 0, 0, 3, 0)


def test_spend_before_any_lead_names_no_missing_source(con, tmp_path):
    path = write(tmp_path, "costi.csv", "Giorno;Canale;Costo\n02/11/2026;Radio Locale;80,00\n")
    result = load(con, path, kind="spend")
    assert not [n for n in result.notes if n.key.startswith("import.note_channel_no_leads")]


def test_the_count_of_problems_is_the_count_of_the_list(con, tmp_path):
    # "Problemi (2 mostrati su 1)": a bad e-mail on a row refused for its date is one more reason listed
    path = write(tmp_path, "contatti.csv", "Codice;Email;Data creazione\nL001;a@b.it;03/11/2026\n"
                 "L002;non-una-mail;31/02/2026\n")
    result = load(con, path)
    assert (result.rejected, result.problems, len(result.rejects)) == (1, 2, 2)


def test_headers_an_italian_office_writes_are_read(con, tmp_path):
    # listed as ignored, their values lost
    path = write(tmp_path, "richieste.csv", "Referente;Email;Provenienza;Data richiesta;Importo preventivo\n"
                 "Mario Rossi;m@r.it;Fiera;03/11/2026;1.200,00\n")
    load(con, path)
    assert con.execute("select name, source, created_at::date, deal_value from leads").fetchall() == [
        ("Mario Rossi", "Fiera", date(2026, 11, 3), Decimal("1200.00"))]


@pytest.mark.parametrize(("november", "december"), [
    ("novembre 2026", "dicembre 2026"), ("nov-26", "dic-26"), ("Nov 2026", "Dec 2026"), ("11/2026", "12/2026"),
    ("2026-11", "2026-12")])
def test_a_monthly_spend_sheet_stores_each_month_on_its_first_day_and_says_so(con, tmp_path, november, december):
    # refused as dates that cannot be read, with advice (--date-order) that could not help
    path = write(tmp_path, "spese.csv", f"Mese;Canale;Spesa\n{november};Google Ads;1.200,00\n"
                 f"{december};Google Ads;900,00\n")
    result = load(con, path, kind="spend")
    assert con.execute("select spend_date, amount from spend order by 1").fetchall() == [
        (date(2026, 11, 1), Decimal("1200.00")), (date(2026, 12, 1), Decimal("900.00"))]
    assert ("import.note_months", {"field": "Mese"}) in notes(result)


def test_a_google_ads_report_by_month_keeps_its_total_row_out(con, tmp_path):
    path = write(tmp_path, "gads.csv", "Rapporto sulle campagne\n1 ottobre 2026 - 30 novembre 2026\n"
                 "Mese,Campagna,Codice valuta,Costo\nottobre 2026,Brand IT,EUR,\"512,34\"\n"
                 "novembre 2026,Brand IT,EUR,\"1.012,00\"\nTotale: account,,EUR,\"1.524,34\"\n")
    result = load(con, path, kind="spend", preset="google-ads")
    assert counts(result) == (3, 2, 0, 0, 0)
    assert con.execute("select spend_date, amount from spend order by 1").fetchall() == [
        (date(2026, 10, 1), Decimal("512.34")), (date(2026, 11, 1), Decimal("1012.00"))]


def test_a_lead_created_in_a_month_with_no_day_is_still_refused(con, tmp_path):
    # a lead's own day is never invented: only spend sheets are kept by month
    path = write(tmp_path, "contatti.csv", "Email;Data creazione\na@b.it;novembre 2026\n")
    result = load(con, path, partial=True)
    assert rejects(result)[0][3] == "bad_date"


def test_spend_downloaded_again_under_a_renamed_campaign_is_said_to_count_twice(con, tmp_path):
    first = write(tmp_path, "s1.csv", "Data;Canale;Campagna;Spesa\n01/11/2026;Google Ads;Brand;100,00\n"
                  "02/11/2026;Google Ads;Brand;50,00\n01/11/2026;Meta Ads;Lead gen;80,00\n")
    again = write(tmp_path, "s2.csv", "Data;Canale;Campagna;Spesa\n01/11/2026;Google Ads;Brand IT;100,00\n"
                  "02/11/2026;Google Ads;Brand IT;50,00\n01/11/2026;Meta Ads;Lead gen;80,00\n")
    load(con, first, kind="spend")
    result = load(con, again, kind="spend")
    assert counts(result) == (3, 2, 0, 1, 0)
    note = next(n for n in result.notes if n.key == "import.note_spend_renamed")
    assert reasons.note_text(note, "it") == (
        "2 righe di spesa hanno canale, giorno e importo di spesa già registrata con un'altra campagna (importazione "
        "1: «Brand», qui «Brand IT»): se la campagna è stata rinominata, quella spesa ora conta due volte. Annulla "
        "l'importazione 1 (nella pagina Importa, o con imports undo 1).")


def test_a_closing_date_left_empty_is_not_said_to_lack_its_column(con, tmp_path):
    # "Indica la colonna della data di chiusura (--map closed_at=...)" with "Data chiusura" mapped and empty
    path = write(tmp_path, "contatti.csv", "Codice;Email;Fase;Data creazione;Data chiusura\n"
                 "L1;a@b.it;Cliente;03/11/2026;\nL2;b@b.it;Perso;03/11/2026;10/11/2026\n")
    result = load(con, path)
    note = next(n for n in result.notes if n.key.startswith("import.note_closed_undated"))
    assert reasons.note_text(note, "en") == (
        "1 closed lead (a customer or lost) has the column \"Data chiusura\" empty: it counts in the totals but in no "
        "week, month or quarter, nor in a period's win rate. Fill in the date in the CRM or the file and import again.")


def test_a_channel_written_right_stays_right_beside_a_stray_spelling(con, tmp_path):
    from tests.helpers import add_lead

    for key in ("A", "B"):
        add_lead(con, key, "2026-11-02", "lead", [("lead", "2026-11-02")], source="Google Ads")
    add_lead(con, "C", "2026-11-02", "lead", [("lead", "2026-11-02")], source="google ads")
    # the right name was rewritten to the stray one: 200 EUR beside 1 lead, none beside the 2
    path = write(tmp_path, "costi.csv", "Giorno;Canale;Costo\n02/11/2026;Google Ads;200,00\n"
                 "03/11/2026;GOOGLE ADS;50,00\n")
    load(con, path, kind="spend")
    assert con.execute("select channel, amount from spend order by 2").fetchall() == [
        ("Google Ads", Decimal("50.00")), ("Google Ads", Decimal("200.00"))]


def test_amounts_to_the_thousandth_in_a_comma_file_stay_decimals_and_are_said(con, tmp_path):
    # a comma file writes the dot decimal: 12.345 beside 45.50 was stored as 12.345 EUR
    path = write(tmp_path, "cost.csv", "Day,Channel,Cost\n2026-11-02,Google Ads,12.345\n2026-11-03,Google Ads,8.120\n"
                 "2026-11-04,Google Ads,3.456\n2026-11-05,Google Ads,45.50\n2026-11-06,Google Ads,7.25\n")
    result = load(con, path, kind="spend")
    assert [a for (a,) in con.execute("select amount from spend order by spend_date").fetchall()] == [
        Decimal("12.35"), Decimal("8.12"), Decimal("3.46"), Decimal("45.50"), Decimal("7.25")]
    assert ("import.note_decimal_thousandths", {"field": "Cost", "decimal": ".", "count": 3, "proof": 2,
                                                "example": "12.345"}) in notes(result)


def test_campaigns_named_total_something_are_campaigns(con, tmp_path):
    path = write(tmp_path, "gads.csv", "Rapporto campagne\nPeriodo: 01/11/2026 - 30/11/2026\nCampagna;Costo\n"
                 "Totale Promo: Natale;200,00\nTotal Audience: Retargeting;180,00\nBrand;100,00\n")
    result = load(con, path, kind="spend", sets={"channel": "Google Ads"})
    assert counts(result) == (3, 3, 0, 0, 0)


def test_a_last_lead_with_a_two_word_key_is_a_lead(con, tmp_path):
    path = write(tmp_path, "contatti.csv", "Codice;Email;Fase\nACME 01;a@acme.it;MQL\nACME 02;;\n")
    result = load(con, path)
    assert counts(result) == (2, 2, 0, 0, 0)


def test_an_owner_spaced_twice_or_with_a_no_break_space_is_one_person(con, tmp_path):
    """Review 24: "Luca  Bertolini" (two spaces) stayed a second owner beside the team's "Luca Bertolini", listed
    again under "found" after being added, and metrics by owner printed him twice; so did a no-break space or a
    tab inside a name."""
    path = write(tmp_path, "contatti.csv", "Email;Fase;Responsabile\n"
                 "a@x.it;MQL;Luca  Bertolini\nb@x.it;MQL;Luca Bertolini\nc@x.it;SQL;Sara\u00a0Colombo\n"
                 "d@x.it;SQL;Sara\tColombo\ne@x.it;SQL; Sara Colombo \nf@x.it;SQL;\u00a0Luca Bertolini\n")
    load(con, path)
    assert con.execute("select owner, count(*) from leads group by 1 order by 1").fetchall() == [
        ("Luca Bertolini", 3), ("Sara Colombo", 3)]


def test_a_file_whose_currencies_are_mostly_unknown_is_refused_as_a_whole(con, tmp_path):
    """Review 24: a Valuta column all "XYZ" (or --set currency=XYZ) recorded a batch of 0 inserted and 2 rejected,
    with exit 0, where --currency XYZ and unreadable numbers stop the file with nothing written."""
    path = write(tmp_path, "costi.csv", "Data;Canale;Importo;Valuta\n01/11/2026;Google Ads;100,00;XYZ\n"
                 "02/11/2026;Google Ads;200,00;XYZ\n03/11/2026;Meta Ads;50,00;EUR\n")
    with pytest.raises(SmarketingError) as refused:
        load(con, path, kind="spend")
    assert refused.value.message("it") == (
        "Nulla è stato importato: 2 righe su 3 hanno nella colonna «Valuta» una valuta che non conosco: «XYZ» (2). "
        "Scrivi il codice ISO di 3 lettere (EUR, USD, CHF), o non abbinare la colonna e indica la valuta con "
        "--currency. Oppure importa solo la riga buona con --partial.")
    assert con.execute("select count(*) from import_batches").fetchone()[0] == 0
    # the good row alone, when asked for
    load(con, path, kind="spend", partial=True)
    assert con.execute("select channel, amount from spend").fetchall() == [("Meta Ads", Decimal("50.00"))]
    plain = write(tmp_path, "costi2.csv", "Data;Canale;Importo\n01/11/2026;Google Ads;100,00\n")
    with pytest.raises(SmarketingError) as refused:
        load(con, plain, kind="spend", sets={"currency": "XYZ"})
    assert refused.value.key == "error.currency_code"
