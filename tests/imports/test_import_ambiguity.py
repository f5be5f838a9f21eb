"""Values a file leaves open, read the way the file itself proves or refused with the reason, never guessed in
silence (a review of 4 December 2026, with files written as users' exports are): a currency met only after the
sample, an amount and a currency column that disagree, amounts with only a thousands mark, a lone 0 before the
mark, a 12-hour clock, and two exports that number different things alike."""

from __future__ import annotations

from decimal import Decimal

import pytest

from smarketing import settings
from smarketing.errors import SmarketingError
from smarketing.importing import ImportOptions, reasons, run_import
from tests.db.test_import_corpus import check_ledger, counts, notes, rejects, warnings


def load(con, path, kind="leads", **options):
    result = run_import(con, path, ImportOptions(kind=kind, **options))
    check_ledger(con, result)
    return result


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_a_currency_first_written_after_the_sample_is_still_the_rows(con, tmp_path):
    rows = "".join(f"Lead {i};lead{i}@azienda.it;Cliente;100,00\n" for i in range(25_000))
    path = write(tmp_path, "clienti.csv", "Nome;Email;Fase;Valore\n" + rows
                 + "Late;late@x.it;Cliente;$ 5.000,00\nLater;later@x.it;Cliente;£ 7.000,00\n")
    result = load(con, path)
    assert counts(result) == (25_002, 25_002, 0, 0, 0)
    assert con.execute("select currency, count(*), sum(deal_value) from leads group by 1 order by 1").fetchall() == [
        ("EUR", 25_000, Decimal("2500000.00")), ("GBP", 1, Decimal("7000.00")), ("USD", 1, Decimal("5000.00"))]


def test_an_amount_whose_mark_the_currency_column_contradicts_is_refused(con, tmp_path):
    path = write(tmp_path, "clienti.csv", "Nome;Email;Fase;Valore;Valuta\n"
                 "Anna;anna@x.it;Cliente;€ 1.200,00;USD\nBea;bea@x.it;Cliente;500,00;usd\n"
                 "Carla;carla@x.it;Cliente;€ 900,00;EUR\nDora;dora@x.it;Cliente;£ 300,00;EUR\n")
    result = load(con, path)
    assert counts(result) == (4, 2, 0, 0, 2)
    assert rejects(result) == [(2, "Valuta", "USD", "currency_conflict", "EUR"),
                               (5, "Valuta", "EUR", "currency_conflict", "GBP")]
    assert con.execute("select email, deal_value, currency from leads order by 1").fetchall() == [
        ("bea@x.it", Decimal("500.00"), "USD"), ("carla@x.it", Decimal("900.00"), "EUR")]
    assert reasons.reason_text("currency_conflict", "EUR", "USD", "it") == (
        "L'importo è scritto in EUR, ma la colonna della valuta dice un'altra valuta: correggi l'una o l'altro.")


def test_amounts_with_only_a_thousands_dot_are_thousands_and_said(con, tmp_path):
    path = write(tmp_path, "costi.tsv", "Giorno\tCanale\tCampagna\tCosto\n"
                 "13/04/2026\tGoogle Ads\tBrand\t€ 1.200\n14/04/2026\tGoogle Ads\tBrand\t€ 2.500\n"
                 "15/04/2026\tMeta Ads\tRetarget\t€ 15.000\n16/04/2026\tMeta Ads\tRetarget\t€ 900\n")
    result = load(con, path, kind="spend")
    assert con.execute("select amount from spend order by spend_date").fetchall() == [
        (Decimal("1200.00"),), (Decimal("2500.00"),), (Decimal("15000.00"),), (Decimal("900.00"),)]
    assert ("import.note_decimal_thousands", {"field": "Costo", "decimal": ",", "thousands": "."}) in notes(result)


def test_amounts_with_only_a_thousands_comma_are_thousands(con, tmp_path):
    path = write(tmp_path, "spend.csv", 'Date,Channel,Campaign,Amount\n2026-04-03,Google Ads,Brand,"1,200"\n'
                 '2026-04-04,Google Ads,Brand,"15,000"\n')
    result = load(con, path, kind="spend")
    assert con.execute("select amount from spend order by spend_date").fetchall() == [
        (Decimal("1200.00"),), (Decimal("15000.00"),)]
    assert ("import.note_decimal_thousands", {"field": "Amount", "decimal": ".", "thousands": ","}) in notes(result)


def test_a_lone_zero_before_the_mark_proves_it_decimal(con, tmp_path):
    # a group of thousands never follows a lone 0: "0.125" is an eighth, with semicolons as with commas
    path = write(tmp_path, "spesa.csv", "Data;Canale;Campagna;Spesa\n13/04/2026;Google Ads;Brand;0.125\n"
                 "14/04/2026;Google Ads;Brand;0.250\n")
    load(con, path, kind="spend")
    assert con.execute("select amount from spend order by spend_date").fetchall() == [
        (Decimal("0.13"),), (Decimal("0.25"),)]
    path = write(tmp_path, "spend.csv", 'Date,Channel,Campaign,Amount\n2026-05-03,LinkedIn,Brand,"0,125"\n'
                 '2026-05-04,LinkedIn,Brand,"1,500"\n')
    load(con, path, kind="spend")
    assert con.execute("select amount from spend where channel = 'LinkedIn' order by spend_date").fetchall() == [
        (Decimal("0.13"),), (Decimal("1.50"),)]


def test_a_twelve_hour_clock_reads_the_month_first(con, tmp_path):
    path = write(tmp_path, "hubspot.csv", "Email,Lead Status,Create Date\na@x.com,New,04/03/2026 10:15 AM\n"
                 "b@x.com,New,05/06/2026 02:30 PM\n")
    result = load(con, path)
    assert con.execute("select email, created_at::varchar from leads order by 1").fetchall() == [
        ("a@x.com", "2026-04-03 10:15:00"), ("b@x.com", "2026-05-06 14:30:00")]
    assert ("import.note_date_order_twelve_hour", {"order": "mdy", "count": 2}) in notes(result)


def test_a_day_that_proves_the_order_wins_over_the_clock(con, tmp_path):
    path = write(tmp_path, "crm.csv", "Email,Create Date\na@x.com,25/03/2026 10:15 AM\nb@x.com,05/06/2026 02:30 PM\n")
    load(con, path)
    assert con.execute("select email, created_at::varchar from leads order by 1").fetchall() == [
        ("a@x.com", "2026-03-25 10:15:00"), ("b@x.com", "2026-06-05 14:30:00")]


def test_an_id_of_another_export_never_gives_a_person_anothers_email(con, tmp_path):
    people = write(tmp_path, "persons.csv", "ID,Name,Email,Organization\n1,Mario Rossi,mario@x.it,ACME\n"
                   "2,Giulia Neri,giulia@x.it,Beta\n")
    load(con, people)
    deals = write(tmp_path, "deals.csv", "Deal - ID,Deal - Title,Deal - Value,Deal - Stage,Deal - Status,"
                  "Person - Email\n1,Beta renewal,5000,Proposal Made,open,giulia@x.it\n")
    result = load(con, deals, preset="pipedrive-deals")
    assert counts(result) == (1, 0, 0, 0, 1)
    assert rejects(result) == [(2, "Person - Email", "giulia@x.it", "email_of_another", "2")]
    assert con.execute("select external_id, email, name from leads order by 1").fetchall() == [
        ("1", "mario@x.it", "Mario Rossi"), ("2", "giulia@x.it", "Giulia Neri")]
    assert reasons.reason_text("email_of_another", "2", "giulia@x.it", "en") == (
        "The ID is a stored lead's with another name, and this e-mail already belongs to lead \"2\": the file may "
        "number other things (deals rather than people, for example). The row updates nobody.")


def test_an_email_changed_under_the_same_id_is_taken_and_said(con, tmp_path):
    load(con, write(tmp_path, "persons.csv", "ID,Name,Email\n1,Mario Rossi,mario@x.it\n2,Giulia Neri,giulia@x.it\n"))
    again = write(tmp_path, "persons2.csv",
                  "ID,Name,Email\n1,Mario Rossi,mario.rossi@nuovo.it\n2,Giulia Neri,giulia@x.it\n")
    result = load(con, again)
    assert counts(result) == (2, 0, 1, 1, 0)
    assert ("import.note_email_changed", {"count": 1, "id": "1", "old": "mario@x.it", "new": "mario.rossi@nuovo.it",
                                          "batch": result.batch_id}) in notes(result)
    assert con.execute("select email from leads where external_id = '1'").fetchone() == ("mario.rossi@nuovo.it",)


def test_a_mac_roman_file_reads_its_accents_and_a_windows_one_stays_cp1252(con, tmp_path):
    text = "Nome;Email;Regione;Fase\nNiccolò;n@x.it;Forlì;Lead\nGiulia;g@x.it;Città;MQL\n"
    mac = tmp_path / "mac.csv"
    mac.write_bytes(text.encode("mac_roman"))
    result = load(con, mac)
    assert result.encoding == "mac_roman"
    assert ("import.note_encoding_fallback", {"tried": "UTF-8", "used": "Mac Roman"}) in notes(result)
    windows = tmp_path / "windows.csv"
    windows.write_bytes("Nome;Email;Regione;Fase\nPaola;p@x.it;Cantù;Lead\nL’azienda “Sì”;s@x.it;Città;MQL\n"
                        .encode("cp1252"))
    assert load(con, windows).encoding == "cp1252"
    assert con.execute("select first_name, region from leads order by email").fetchall() == [
        ("Giulia", "Città"), ("Niccolò", "Forlì"), ("Paola", "Cantù"), ("L’azienda “Sì”", "Città")]


def test_a_file_with_no_stage_column_says_every_lead_enters_as_a_lead(con, tmp_path):
    path = write(tmp_path, "export_de.csv", "Vorname;Nachname;E-Mail;Firma;Phase;Betrag\n"
                 "Hans;Müller;hans@x.de;ACME GmbH;Kunde;1.000,00\n")
    result = load(con, path)
    assert ("import.note_no_stage", {}) in notes(result)
    assert result.unmapped == ["Vorname", "Nachname", "Firma", "Phase", "Betrag"]


def test_a_bare_dollar_contradicts_no_currency_of_dollars(con, tmp_path):
    # "$" is the dollar of Canada and Australia too; "USD" written out is the United States'
    path = write(tmp_path, "deals.csv", 'Email,Nome,Fase,Valore,Valuta\na@x.ca,Ann Lee,Cliente,"$1,200.00",CAD\n'
                 'b@x.au,Bob Ray,Cliente,"$900.00",AUD\nc@x.ca,Cy Lu,Cliente,"USD 500.00",CAD\n')
    result = load(con, path)
    assert rejects(result) == [(4, "Valuta", "CAD", "currency_conflict", "USD")]
    assert con.execute("select email, deal_value, currency from leads order by 1").fetchall() == [
        ("a@x.ca", Decimal("1200.00"), "CAD"), ("b@x.au", Decimal("900.00"), "AUD")]


def test_a_german_windows_file_stays_cp1252_though_its_quotes_close_words(con, tmp_path):
    path = tmp_path / "kontakte.csv"
    path.write_bytes("Email;Vorname;Nachname;Notiz\njürgen@müller.de;Jürgen;Müller;„Frühjahrsaktion“\n"
                     "anna@schön.de;Anna;Schön;„Messe“\n".encode("cp1252"))
    result = load(con, path)
    assert result.encoding == "cp1252"
    assert con.execute("select email from leads order by 1").fetchall() == [("anna@schön.de",), ("jürgen@müller.de",)]


def test_a_shared_mailbox_and_emails_swapped_back_under_their_ids_go_in(con, tmp_path):
    load(con, write(tmp_path, "a.csv", "ID,First Name,Last Name,Email\n101,Mario,Rossi,info@acme.it\n"
                    "103,Paolo,Neri,paolo@acme.it\n201,Anna,Bo,gianni@x.it\n202,Gianni,Re,anna@x.it\n"))
    result = load(con, write(tmp_path, "b.csv", "ID,First Name,Last Name,Email\n101,Mario,Rossi,info@acme.it\n"
                             "103,Paolo,Neri,info@acme.it\n201,Anna,Bo,anna@x.it\n202,Gianni,Re,gianni@x.it\n"))
    assert counts(result) == (4, 0, 3, 1, 0)
    assert con.execute("select external_id, email from leads order by 1").fetchall() == [
        ("101", "info@acme.it"), ("103", "info@acme.it"), ("201", "anna@x.it"), ("202", "gianni@x.it")]
    assert ("import.note_email_changed", {"count": 3, "id": "103", "old": "paolo@acme.it", "new": "info@acme.it",
                                          "batch": result.batch_id}) in notes(result)


def test_values_with_no_digit_are_refused_as_no_numbers_never_as_a_decimal_mark_to_choose(con, tmp_path):
    path = write(tmp_path, "valori.csv", "Email;Nome;Valore\na@x.it;A;n.d.\nb@x.it;B;n.d.\nc@x.it;C;1.200,00\n")
    result = run_import(con, path, ImportOptions(dry_run=True))
    assert result.refusal["code"] == "bad_number_text"
    assert result.refusal["params"]["values"] == [["n.d.", 2]]
    # a value with digits still asks for the decimal mark
    path = write(tmp_path, "valori2.csv", "Email;Nome;Valore\na@x.it;A;1,2,3\nb@x.it;B;4,5,6\nc@x.it;C;1.200,00\n")
    assert run_import(con, path, ImportOptions(dry_run=True)).refusal["code"] == "bad_number"


def test_a_no_number_is_said_as_such_row_by_row_and_most_of_them_decide_the_refusal(con, tmp_path):
    # words where an amount goes, and one typo: most hold no digit
    path = write(tmp_path, "valori.csv", "Email;Nome;Valore\na@x.it;A;n.d.\nb@x.it;B;da definire\nc@x.it;C;1.2.3\n"
                 "d@x.it;D;circa mille\n")
    result = run_import(con, path, ImportOptions(dry_run=True))
    assert result.refusal["code"] == "bad_number_text"
    assert [reasons.reason_text(r["code"], r["detail"], r["value"], "it") for r in result.all_rejects] == [
        "Non è un numero: correggilo nel file, o lascia vuota la cella."] * 2 + [
        "Numero non valido per questa colonna, che usa la virgola decimale (1.234,56).",
        "Non è un numero: correggilo nel file, o lascia vuota la cella."]
    # Excel's accounting zero, "€ -" or a dash, is 0 (tests/imports/test_import_excel_review.py)


def test_swiss_francs_written_in_the_amount_are_kept_as_francs(con, tmp_path):
    # "CHF 1.000,00" was read as 1.000 in the company's euros, without a word
    path = write(tmp_path, "spesa.csv", "Data;Canale;Campagna;Importo\n01/03/2026;Google Ads;Brand;CHF 1.000,00\n"
                 "02/03/2026;Google Ads;Brand;1.000,00\n03/03/2026;Meta Ads;Retargeting;300,00 CHF\n")
    result = load(con, path, kind="spend")
    assert counts(result) == (3, 3, 0, 0, 0)
    assert con.execute("select spend_date::varchar, amount::varchar, currency from spend order by 1").fetchall() == [
        ("2026-03-01", "1000.00", "CHF"), ("2026-03-02", "1000.00", "EUR"), ("2026-03-03", "300.00", "CHF")]
    assert ("import.note_currency_default", {"currency": "EUR", "count": 1}) in notes(result)


def test_a_currency_column_takes_signs_and_words_and_refuses_what_no_iso_code_is(con, tmp_path):
    path = write(tmp_path, "clienti.csv", "ID;Email;Fase;Valore;Valuta\n1;v1@x.it;Cliente;1.000,00;€\n"
                 "2;v2@x.it;Cliente;2.000,00;Euro\n3;v3@x.it;Cliente;3.000,00;chf\n4;v4@x.it;Cliente;4.000,00;$\n"
                 "5;v5@x.it;Cliente;5.000,00;EUE\n")
    result = load(con, path)
    assert counts(result) == (5, 3, 0, 0, 2)
    assert con.execute("select external_id, currency from leads order by 1").fetchall() == [
        ("1", "EUR"), ("2", "EUR"), ("3", "CHF")]
    assert [(line, value, code) for line, _, value, code, _ in rejects(result)] == [
        (5, "$", "bad_currency"), (6, "EUE", "bad_currency")]
    assert reasons.reason_text("bad_currency", None, "$", "en") == (
        "Invalid currency: use the 3-letter ISO code (EUR, USD, CHF; for a dollar USD, CAD or AUD).")


def test_a_currency_given_for_the_file_or_the_company_must_be_an_iso_code(con, tmp_path):
    # "XYZ" would put every amount in a currency no other amount shares, and ROI would show nothing
    path = write(tmp_path, "spesa.csv", "Data;Canale;Importo\n01/03/2026;Google Ads;1.000,00\n")
    with pytest.raises(SmarketingError) as refused:
        load(con, path, kind="spend", currency="XYZ")
    assert refused.value.message("it") == ("«XYZ» non è un codice di valuta: scrivi tre lettere ISO, come EUR, USD "
                                           "o CHF.")
    with pytest.raises(SmarketingError) as refused:
        settings.set_currency(con, "eue")
    assert refused.value.message("en") == ('"eue" is not a currency code: write three ISO letters, such as EUR, USD '
                                           "or CHF.")
    assert (con.execute("select count(*) from spend").fetchone(), settings.currency(con)) == ((0,), "EUR")
    assert settings.set_currency(con, "chf") == "CHF"


def test_an_italian_sheet_with_an_empty_last_cell_is_read_with_its_semicolons(con, tmp_path):
    # decimal commas split every row in two with ",", while the rows whose owner is empty look short with ";":
    # the cells as written say ";" (the file was refused, its first row taken for the header)
    rows = "".join(f"x{i}@x.it;Azienda {i};Contatto;{1000 + i},50;{'Rossi' if i % 7 else ''}\n" for i in range(20))
    path = write(tmp_path, "contatti.csv", "Email;Azienda;Fase;Valore;Commerciale\n" + rows)
    result = load(con, path)
    assert counts(result) == (20, 20, 0, 0, 0)
    assert con.execute("select count(owner), sum(deal_value) from leads").fetchone() == (17, Decimal("20200.00"))


def test_a_stage_column_left_out_is_said_even_beside_a_closing_date(con, tmp_path):
    # a closing date tells no stage: every deal would enter as an open lead, unsaid
    path = write(tmp_path, "deals.csv", "Deal ID,Deal Name,Amount,Create Date,Close Date,Phase\n"
                 "1,A,1000,2026-01-10,2026-02-10,Closed Won\n2,B,2000,2026-01-11,2026-03-10,Closed Lost\n")
    result = load(con, path)
    assert ("import.note_no_stage", {}) in notes(result)
    # "Deal Stage Name" is the stage
    path = write(tmp_path, "deals2.csv", "Deal ID,Deal Name,Amount,Create Date,Close Date,Deal Stage Name\n"
                 "3,C,1000,2026-01-10,2026-02-10,Closed Won\n4,D,2000,2026-01-11,2026-03-10,Closed Lost\n")
    load(con, path)
    assert con.execute("select external_id, current_stage from leads where external_id in ('3', '4') order by 1"
                       ).fetchall() == [("3", "customer"), ("4", "lost")]


def test_a_deal_deleted_in_pipedrive_is_skipped_never_an_open_deal(con, tmp_path):
    path = write(tmp_path, "deals.csv",
                 "Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,Deal - Deal created\n"
                 "101,Alfa,1500,EUR,Qualified,Open,2026-01-10 10:00:00\n"
                 "102,Beta,12000,EUR,Proposal Made,Won,2026-01-11 10:00:00\n"
                 '104,Delta,"1,250.00",USD,Contact Made,Deleted,2026-01-13 10:00:00\n')
    result = load(con, path)
    assert (result.rows_read, result.inserted, result.skipped, result.rejected) == (3, 2, 1, 0)
    assert ("import.note_deleted", {"count": 1, "lines": "4"}) in notes(result)
    assert con.execute("select external_id, current_stage from leads order by 1").fetchall() == [
        ("101", "sql"), ("102", "customer")]
    assert reasons.merged_skipped(0, 1, "it") == ("Inoltre 1 riga saltata perché non è un dato (vuota, un totale, "
                                                  "un piè di pagina) o è una trattativa eliminata.")


def test_customers_and_losses_with_no_closing_date_are_said_to_count_in_no_period(con, tmp_path):
    # the typical Italian sheet: Fase and Data creazione, no Data chiusura; the win counted in no quarter, unsaid
    path = write(tmp_path, "contatti.csv", "Email;Azienda;Fase;Data creazione;Valore\n"
                 "a@x.it;Alfa;Contatto;10/01/2026;\nb@x.it;Pasticceria Perù;Cliente;12/01/2026;15.000,00\n"
                 "c@x.it;Gamma;Perso;13/01/2026;\n")
    result = load(con, path)
    assert ("import.note_closed_undated", {"count": 2}) in notes(result)
    dated = write(tmp_path, "chiusi.csv", "Email;Fase;Data creazione;Data chiusura\n"
                  "d@x.it;Cliente;12/01/2026;20/02/2026\n")
    assert not [n for n in notes(load(con, dated)) if n[0] == "import.note_closed_undated"]


def test_a_reports_footer_and_empty_lines_are_skipped_never_refused_leads(con, tmp_path):
    # a Salesforce report set to Italian ends with an empty line, a total, a confidentiality line and a copyright
    path = write(tmp_path, "report.csv",
                 '"Nome lead","Azienda","E-mail","Stato lead","Origine lead","Proprietario lead","Data creazione"\n'
                 '"Mario Rossi","Rossi Srl","mario@rossi.it","Aperto - Non contattato","Web","Giulia","20/01/2026"\n'
                 '"Anna Verdi","Verdi SpA","anna@verdi.it","Chiuso - Convertito","Fiera","Marco","21/01/2026"\n'
                 '"","","","","","",""\n"Totale","","","","","",""\n"Riservato e confidenziale","","","","","",""\n'
                 '"Copyright (c) 2000-2026 salesforce.com, inc. Tutti i diritti riservati.","","","","","",""\n')
    result = load(con, path)
    assert (result.rows_read, result.inserted, result.skipped, result.rejected) == (6, 2, 4, 0)
    assert [(line, code) for line, _, _, code, _ in warnings(result)] == [
        (4, "empty_row"), (5, "total_row"), (6, "footer_row"), (7, "footer_row")]
    assert con.execute("select name, current_stage, owner, source from leads order by 1").fetchall() == [
        ("Anna Verdi", "sql", "Marco", "Fiera"), ("Mario Rossi", "lead", "Giulia", "Web")]


def test_a_channels_budget_row_with_no_campaign_is_spend_never_a_summary(con, tmp_path):
    # Google Ads' 500 € with no campaign is as much as Meta's one campaign that day: its own spend, never a total
    path = write(tmp_path, "spesa.csv", "Data;Canale;Campagna;Importo\n01/03/2025;Google Ads;;500,00\n"
                 "01/03/2025;Meta Ads;Primavera;500,00\n01/04/2025;Google Ads;;500,00\n"
                 "01/04/2025;Meta Ads;Primavera;300,00\n01/04/2025;LinkedIn;B2B;200,00\n")
    result = load(con, path, kind="spend")
    assert (result.inserted, result.skipped) == (5, 0)
    assert con.execute("select sum(amount) from spend").fetchone() == (Decimal("2000.00"),)


@pytest.mark.parametrize(("text", "kept"), [
    # a code "TOT" and a lead called Total with its own e-mail and stage are leads
    ("Codice;Azienda;Email;Valore;Fase\nTOT;Tot Group;t@tot.it;1.000,00;Cliente\nABC;Abc Srl;a@abc.it;2.000,00;"
     "Cliente\n", 2),
    ("ID,Company,Email,Deal value,Stage\nA1,Alfa Srl,a@alfa.it,1000,Won\nA2,Beta Srl,b@beta.it,2000,Won\n"
     "A3,Total,c@total.fr,3000,Won\n", 3),
])
def test_what_only_looks_like_a_total_row_is_kept(con, tmp_path, text, kept):
    result = load(con, write(tmp_path, "contatti.csv", text))
    assert (result.inserted, result.skipped) == (kept, 0)


def test_a_stage_map_keeps_a_deleted_deal_as_the_map_says(con, tmp_path):
    path = write(tmp_path, "deals.csv", "Deal - ID,Deal - Title,Deal - Stage,Deal - Status\n"
                 "1,Alfa,Qualified,Open\n2,Beta,Qualified,Deleted\n")
    result = load(con, path, stage_map={"Deleted": "lost"})
    assert (result.inserted, result.skipped) == (2, 0)
    assert con.execute("select external_id, current_stage from leads order by 1").fetchall() == [
        ("1", "sql"), ("2", "lost")]


def test_the_same_spend_file_given_another_currency_is_said_to_count_twice(con, tmp_path):
    path = write(tmp_path, "spesa.csv", "Data;Canale;Importo\n01/03/2026;Google Ads;1.000,00\n")
    load(con, path, kind="spend", currency="USD")
    # the company's currency never set, the one every stored amount is in: the same file again is the same spend
    same = load(con, path, kind="spend")
    assert ((same.inserted, same.unchanged), ("import.note_currency_default", {"currency": "USD", "count": 1})) == (
        (0, 1), notes(same)[-1])
    # a company in euros: the same file read in euros is spend counted twice, and said
    settings.set_currency(con, "EUR")
    again = load(con, path, kind="spend")
    assert ("import.note_spend_twice", {"batch": 1, "was": "USD", "now": "EUR"}) in notes(again)
    assert con.execute("select currency, amount::varchar from spend order by 1").fetchall() == [
        ("EUR", "1000.00"), ("USD", "1000.00")]


@pytest.mark.parametrize(("header", "currency", "expected"), [
    # a sign in the amount's header names its currency as a code there does, whatever the company's or --currency
    ("Spend ($)", None, "USD"), ("Costo (€)", "CHF", "EUR"), ("Spesa (£)", None, "GBP"), ("Spend (USD)", None, "USD"),
])
def test_a_currency_sign_in_the_amount_header_is_the_rows_currency(con, tmp_path, header, currency, expected):
    path = write(tmp_path, "spesa.csv", f"Data;Canale;{header}\n01/11/2026;Bing;10,00\n")
    load(con, path, kind="spend", **({"currency": currency} if currency else {}))
    assert con.execute("select currency, amount::varchar from spend").fetchall() == [(expected, "10.00")]


@pytest.mark.parametrize("name", ["leads *.csv", "leads ?.csv", "leads [2026].csv", "leads {a,b}.csv"])
def test_a_file_name_with_a_pattern_mark_reads_that_file_alone(con, tmp_path, name):
    # "leads *.csv" read every file of the folder its pattern matched: 3 files, 2 of them refused as repeated keys
    for other in ("leads 1.csv", "leads [2026].csv", "leads {a,b}.csv", "leads *.csv", "leads ?.csv"):
        write(tmp_path, other, "Email;Fase\n" + "".join(f"{other[6]}{i}@x.it;MQL\n" for i in range(3)))
    result = load(con, tmp_path / name)
    assert (result.rows_read, result.inserted, result.file_name) == (3, 3, name)


def test_an_accountants_negative_in_brackets_is_refused_naming_the_brackets(con, tmp_path):
    # "(1.200,00)" was refused as a number not using the decimal comma, which it does use
    path = write(tmp_path, "valori.csv", "Email;Fase;Valore\na@x.it;Cliente;(1.200,00)\nb@x.it;Cliente;1.500,00\n")
    result = load(con, path, partial=True)
    assert [(r["line"], r["value"], r["code"]) for r in result.rejects] == [(2, "(1.200,00)", "bad_number")]
    assert reasons.reason_text("bad_number", ",", "(1.200,00)", "it") == (
        "Un numero tra parentesi è un negativo contabile, che qui non si legge: scrivi il segno meno (-1.200,00), o "
        "lascia vuota la cella.")
    # (a number written wrong otherwise keeps its reason)
    assert reasons.reason_text("bad_number", ",", "1.200,0.0", "en").startswith("Invalid number for this column")


def test_a_file_of_one_refused_row_says_so_in_the_singular(con, tmp_path):
    path = write(tmp_path, "uno.csv", "Email;Fase;Data creazione\na@x.it;Cliente;31/31/2026\n")
    with pytest.raises(SmarketingError) as refused:
        load(con, path)
    assert refused.value.message("it").startswith("Nulla è stato importato: 1 riga su 1 ha nella colonna «Data "
                                                  "creazione» una data che non riesco a leggere")
    assert refused.value.message("en").startswith("Nothing was imported: 1 of 1 row has a date I cannot read")


def test_a_folder_name_with_a_pattern_mark_reads_its_own_file(con, tmp_path):
    # "Export [ab]/l.csv" read "Export a/l.csv"
    for folder, email in (("Export [ab]", "f@x.it"), ("Export a", "g@x.it")):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "l.csv", f"Email;Fase\n{email};MQL\n")
    load(con, tmp_path / "Export [ab]" / "l.csv")
    assert con.execute("select email from leads").fetchall() == [("f@x.it",)]


def test_the_same_spend_file_given_another_fixed_currency_is_said_to_count_twice(con, tmp_path):
    # on the page the currency is a fixed value ("Valori fissi"), which went by without a word
    path = write(tmp_path, "spesa.csv", 'Day,Campaign,Cost\n2026-11-10,Newsletter,100.50\n')
    first = load(con, path, kind="spend", sets={"channel": "Email"})
    check = run_import(con, path, ImportOptions(kind="spend", sets={"channel": "Email", "currency": "USD"},
                                                dry_run=True))
    assert ("import.note_spend_twice_check", {"batch": first.batch_id, "was": "EUR", "now": "USD"}) in notes(check)
    again = load(con, path, kind="spend", sets={"channel": "Email", "currency": "USD"})
    assert ("import.note_spend_twice", {"batch": first.batch_id, "was": "EUR", "now": "USD"}) in notes(again)


def test_deals_closed_before_they_were_created_are_said(con, tmp_path):
    """Review 25: Salesforce's demo opportunities were created on 22 January 2024 and closed in 2023; twelve wins
    went into January 2024's cohort without a word."""
    path = write(tmp_path, "deals.csv", "Deal ID,Deal Name,Deal Stage,Amount,Create Date,Close Date\n"
                 "1,Alfa,Closed Won,1000,2024-01-22,2023-06-17\n2,Beta,Closed Lost,500,2024-01-22,2023-09-01\n"
                 "3,Gamma,Closed Won,800,2023-05-02,2023-07-10\n4,Delta,Negotiation,900,2024-01-22,2024-03-01\n")
    result = load(con, path)
    said = [n for n in result.notes if n.key == "import.note_closed_before_created"]
    assert [n.params for n in said] == [{"count": 2, "id": "1", "start": "2024-01-22", "end": "2023-06-17"}]
    assert reasons.note_text(said[0], "en") == (
        '2 closed leads have their closing date before their creation date (for example "1": created 22 Jan 2024, '
        "closed 17 Jun 2023). In cohorts they count from their creation, after they closed: check the two columns "
        "in the CRM.")
