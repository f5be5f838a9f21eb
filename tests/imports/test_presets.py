"""Presets for the exports people have (issue 15): each tested on a file with that product's own header and
value formats (tests/data/import/, written by make_corpus.py), against plain Python over the same file."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date, datetime
from decimal import Decimal

import pytest

from smarketing import metrics
from smarketing.errors import SmarketingError
from smarketing.importing.reasons import note_text
from tests.imports.test_import_trust import CORPUS, load, rows_of

PIPEDRIVE = "pipedrive_deals_closed_on.csv"
BITRIX = "bitrix24_deals.csv"


@pytest.mark.parametrize("preset", [None, "pipedrive-deals"])
def test_a_newer_pipedrive_export_keeps_the_organization_and_the_close_date(con, preset):
    result = load(con, PIPEDRIVE, preset=preset)
    rows = rows_of(PIPEDRIVE)
    assert (result.rows_read, result.inserted, result.rejected) == (24, 24, 0)
    used = {m["field"]: (m["column"], m["origin"]) for m in result.mapping}
    origin = "preset" if preset else "synonym"
    assert (used["company"], used["closed_at"]) == (("Deal - Organization", origin), ("Deal - Deal closed on", origin))
    closed = {r["Deal - ID"]: r["Deal - Deal closed on"] for r in rows if r["Deal - Status"] != "open"}
    stored = dict(con.execute("select external_id, strftime(closed_at, '%Y-%m-%d %H:%M:%S') from leads "
                              "where closed_at is not null").fetchall())
    assert stored == closed and len(closed) == 15
    assert con.execute("select count(distinct company) from leads").fetchone()[0] == len(
        {r["Deal - Organization"] for r in rows})
    # a windowed win rate counts the deals closed in it: every won and lost deal of the file closed in Q2 2025
    statuses = Counter(r["Deal - Status"] for r in rows)
    rate = metrics.compute(con, "win_rate", metrics.Query(start=date(2025, 4, 1), end=date(2025, 6, 30),
                                                          today=date(2025, 7, 1)))[0]
    assert (rate["won"], rate["lost"]) == (statuses["won"], statuses["lost"]) == (9, 6)
    assert rate["won_value"] == sum(int(r["Deal - Value"]) for r in rows if r["Deal - Status"] == "won")


def test_bitrix24_deals_with_their_stage_ids_and_dates(con):
    result = load(con, BITRIX, preset="bitrix24-deals")
    rows = rows_of(BITRIX)
    assert (result.rows_read, result.inserted, result.rejected, result.unknown_stages) == (20, 20, 0, [])
    # WON and the second pipeline's C2:WON are customers, LOSE and APOLOGY lost, the rest open deals
    expected = Counter({"WON": "customer", "C2:WON": "customer", "LOSE": "lost", "APOLOGY": "lost"}.get(
        r["STAGE_ID"], "open") for r in rows)
    stored = Counter({"customer": "customer", "lost": "lost"}.get(s, "open") for (s,) in con.execute(
        "select current_stage from leads").fetchall())
    assert stored == expected == Counter({"open": 12, "customer": 4, "lost": 4})
    # OPPORTUNITY is the amount, never the name; the portal's local time is kept
    assert con.execute("select name, deal_value, created_at from leads where external_id = '101'").fetchone() == (
        "Ordine 1", Decimal("1000.00"), datetime(2025, 3, 2, 9, 15))
    assert con.execute("select sum(deal_value) from leads").fetchone()[0] == sum(
        float(r["OPPORTUNITY"]) for r in rows)
    # the close date of open deals is the one planned, so only won and lost deals keep it
    assert con.execute("select count(closed_at) from leads").fetchone()[0] == 8


ZOHO_STATUSES = {"Not Contacted": "lead", "Attempted to Contact": "lead", "Contact in Future": "lead",
                 "Contacted": "lead", "Pre-Qualified": "mql", "Junk Lead": "lost", "Lost Lead": "lost",
                 "Not Qualified": "lost"}


@pytest.mark.parametrize("preset", [None, "zoho-leads"])
def test_zoho_leads_with_zohos_default_statuses(con, preset):
    result = load(con, "zoho_leads.csv", preset=preset)
    rows = rows_of("zoho_leads.csv")
    assert (result.rows_read, result.inserted, result.rejected, result.unknown_stages) == (8, 8, 0, [])
    assert dict(con.execute("select external_id, current_stage from leads").fetchall()) == {
        r["Record Id"]: ZOHO_STATUSES[r["Lead Status"]] for r in rows}
    # "03 Feb, 2025 09:12:00", as Zoho writes its Created Time
    assert con.execute("select min(created_at), max(created_at) from leads").fetchone() == (
        datetime(2025, 2, 3, 9, 12), datetime(2025, 2, 25, 17, 10))
    assert con.execute("select owner, count(*) from leads group by 1 order by 1").fetchall() == [
        ("Marco Bassi", 4), ("Sara Conti", 4)]


def test_zoho_deals_preset_makes_every_row_a_deal(con):
    result = load(con, "zoho_deals.csv", preset="zoho-deals")
    assert (result.rows_read, result.inserted, result.rejected, result.unknown_stages) == (7, 7, 0, [])
    rate = metrics.compute(con, "win_rate", metrics.Query(today=date(2021, 12, 31)))[0]
    stages = Counter(r["Stage"] for r in rows_of("zoho_deals.csv"))
    assert (rate["won"], rate["lost"]) == (stages["Closed Won"], stages["Closed Lost"] +
                                          stages["Closed Lost to Competition"]) == (1, 2)


@pytest.mark.parametrize("preset", [None, "odoo-leads"])
def test_odoo_crm_lead_by_its_technical_field_names(con, preset):
    result = load(con, "odoo_crm_lead.csv", preset=preset)
    rows = rows_of("odoo_crm_lead.csv")
    assert (result.rows_read, result.inserted, result.rejected) == (5, 5, 0)
    assert {m["field"]: m["column"] for m in result.mapping} == {
        "external_id": "id", "name": "name", "email": "email_from", "company": "partner_name", "owner": "user_id",
        "stage": "stage_id", "deal_value": "expected_revenue", "closed_at": "date_closed",
        "created_at": "create_date", "source": "source_id"}
    odoo = {"New": "lead", "Qualified": "sql", "Proposition": "opportunity", "Won": "customer"}
    assert dict(con.execute("select external_id, current_stage from leads").fetchall()) == {
        r["id"]: odoo[r["stage_id"]] for r in rows}
    won = [r for r in rows if r["stage_id"] == "Won"]
    rate = metrics.compute(con, "win_rate", metrics.Query(start=date(2025, 4, 1), end=date(2025, 4, 30),
                                                          today=date(2025, 5, 1)))[0]
    assert (rate["won"], rate["won_value"]) == (len(won), sum(float(r["expected_revenue"]) for r in won)) == (
        2, 28500.0)


def test_unknown_stages_are_summed_up_once_each_and_a_file_without_dates_says_so(migrated, db_path, tmp_path,
                                                                                     capsys):
    from smarketing import cli

    export = tmp_path / "contatti.csv"
    export.write_text("ID;Email;Fase\n1;a@x.it;Lead\n2;b@x.it;Sopralluogo\n3;c@x.it;Sopralluogo\n4;d@x.it;Won\n"
                      "5;e@x.it;Lead\n6;f@x.it;Lead\n7;g@x.it;Da richiamare\n", encoding="utf-8")
    assert cli.main(["--db", str(db_path), "import", "leads", str(export)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2:5] == [
        # how the known ones were read, where the name alone does not say it
        '  Fasi di «Fase» lette così: «Won» → Cliente.',
        '  Fasi sconosciute, righe scartate: «Sopralluogo» (2), «Da richiamare» (1). Indica la fase di ciascuna '
        '(con --stage-map "Sopralluogo=FASE" o, nella pagina Importa, nella tabella delle fasi) e reimporta: le '
        'righe già entrate restano invariate.',
        '  Nessuna colonna di data: questi contatti non compariranno in nessuna vista per periodo (settimana, '
        'mese, trimestre). Indica la data di creazione con --map created_at=COLONNA o nella pagina Importa.']


@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_import_field_has_a_label_in_both_languages(lang):
    from smarketing.importing import review
    from smarketing.importing.fields import FIELDS

    labels = {code: review.field_label(code, lang) for kind in FIELDS for code in review.field_options(kind)}
    # no code shown as typed: "created_at" is "Data di creazione", the empty choice "(non importare)"
    assert not [code for code, label in labels.items() if label == code or "_" in label or label.startswith("stage:")]
    assert labels["created_at"] == {"it": "Data di creazione", "en": "Created on"}[lang]
    assert labels[""] == {"it": "(non importare)", "en": "(leave out)"}[lang]


# --- the ad platforms ------------------------------------------------------------------------------------


def spend_of(con) -> dict[tuple, Decimal]:
    return {(d.isoformat(), ch, camp, cur): amount for d, ch, camp, cur, amount in con.execute(
        "select spend_date, channel, campaign, currency, amount from spend order by all").fetchall()}


def utf16_rows(name: str, skip: int) -> list[dict]:
    """A UTF-16, tab-separated export read by the standard library, title lines skipped."""
    lines = (CORPUS / name).read_text(encoding="utf-16").splitlines()[skip:]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_google_ads_campaign_report_takes_its_period_as_the_date_and_skips_its_totals(con):
    result = load(con, "google_ads_campaign_report.csv", kind="spend", preset="google-ads")
    # four campaigns; "Total: Account", "Total: Search", "Total: Campaigns" are not spend
    assert (result.rows_read, result.inserted, result.skipped, result.merged, result.rejected) == (7, 4, 3, 0, 0)
    lines = (CORPUS / "google_ads_campaign_report.csv").read_text(encoding="utf-8").splitlines()
    rows = [r for r in csv.DictReader(lines[2:]) if not r["Campaign status"].startswith("Total")]
    assert spend_of(con) == {("2026-11-01", "Google Ads", r["Campaign"], "EUR"): Decimal(r["Cost"].replace(",", ""))
                             for r in rows}
    assert sum(spend_of(con).values()) == Decimal("15123.18")
    used = {m["field"]: (m["column"], m["origin"]) for m in result.mapping}
    assert used["spend_date"] == ("2026-11-01", "period") and used["channel"] == ("Google Ads", "preset")
    period = next(n for n in result.notes if n.key == "import.note_report_period")
    assert note_text(period, "it").startswith("Nessuna colonna di data: la spesa è registrata al primo giorno del "
                                              "periodo del report (01/11/2026 – 30/11/2026)")
    assert "(1 Nov 2026 – 30 Nov 2026)" in note_text(period, "en")


def test_google_ads_italian_csv_for_excel_by_day(con):
    result = load(con, "google_ads_daily_it.csv", kind="spend", preset="google-ads")
    assert (result.encoding, result.delimiter, result.header_line) == ("utf-16", "\t", 3)
    assert (result.rows_read, result.inserted, result.skipped) == (23, 21, 2)
    rows = [r for r in utf16_rows("google_ads_daily_it.csv", 2) if not r["Giorno"].startswith("Totale")]
    assert spend_of(con) == {(r["Giorno"], "Google Ads", r["Campagna"], "EUR"):
                             Decimal(r["Costo"].replace(".", "").replace(",", ".")) for r in rows}
    assert not any(n.key == "import.note_report_period" for n in result.notes)


def test_google_ads_editor_export_needs_the_period_and_then_reads(con):
    with pytest.raises(SmarketingError) as refused:
        load(con, "google_ads_editor.csv", kind="spend", preset="google-ads")
    assert refused.value.params["fields"] == "spend_date"
    result = load(con, "google_ads_editor.csv", kind="spend", preset="google-ads", sets={"spend_date": "2026-11-30"})
    assert (result.encoding, result.delimiter, result.rows_read, result.inserted) == ("utf-16", "\t", 4, 4)
    rows = utf16_rows("google_ads_editor.csv", 0)
    # no currency in Editor's file: the company's, said in a note
    assert spend_of(con) == {("2026-11-30", "Google Ads", r["Campaign"], "EUR"): Decimal(r["Cost"]) for r in rows}
    assert any(n.key == "import.note_currency_default" for n in result.notes)


def test_meta_ads_by_day_takes_the_day_not_the_reports_start(con):
    result = load(con, "meta_ads_by_day.csv", kind="spend", preset="meta-ads")
    rows = rows_of("meta_ads_by_day.csv")
    assert (result.rows_read, result.inserted) == (20, 20)
    assert spend_of(con) == {(r["Day"], "Meta Ads", r["Campaign name"], "EUR"): Decimal(r["Amount spent (EUR)"])
                             for r in rows}
    assert len({d for d, *_ in spend_of(con)}) == 10


def test_meta_ads_by_ad_with_the_preset_sums_the_ads_of_a_day(con):
    result = load(con, "meta_ads_by_ad.csv", kind="spend", preset="meta-ads")
    assert (result.rows_read, result.inserted, result.merged) == (35, 14, 21)
    total = sum(Decimal(r["Amount spent (EUR)"]) for r in rows_of("meta_ads_by_ad.csv"))
    assert sum(spend_of(con).values()) == total
    assert {ch for _, ch, _, _ in spend_of(con)} == {"Meta Ads"}


def test_linkedin_campaign_performance_by_day_reads_us_dates(con):
    result = load(con, "linkedin_campaign_performance.csv", kind="spend", preset="linkedin-ads")
    assert (result.encoding, result.header_line, result.date_order) == ("utf-16", 5, "mdy")
    rows = utf16_rows("linkedin_campaign_performance.csv", 4)
    assert (result.rows_read, result.inserted) == (len(rows), len(rows)) == (24, 24)

    def day(us: str) -> str:
        month, day_, year = us.split("/")
        return date(int(year), int(month), int(day_)).isoformat()

    assert spend_of(con) == {(day(r["Start Date (in UTC)"]), "LinkedIn Ads", r["Campaign Name"], r["Currency"]):
                             Decimal(r["Total Spent"]) for r in rows}
    # 11/12/2026 is the 12th of November, never the 11th of December
    assert max(d for d, *_ in spend_of(con)) == "2026-11-12"


def test_linkedin_report_without_days_uses_its_report_start(con):
    result = load(con, "linkedin_campaign_totals.csv", kind="spend", preset="linkedin-ads")
    # four title lines, then the header: never "Campaign Performance Report (in UTC)" as the only column
    assert (result.header_line, result.rows_read, result.inserted) == (5, 2, 2)
    rows = utf16_rows("linkedin_campaign_totals.csv", 4)
    assert spend_of(con) == {("2026-11-01", "LinkedIn Ads", r["Campaign Name"], "EUR"): Decimal(r["Total Spent"])
                             for r in rows}


@pytest.mark.parametrize(("name", "kind", "preset"), [
    ("google_ads_campaign_report.csv", "spend", "google-ads"),
    ("google_ads_daily_it.csv", "spend", "google-ads"),
    ("google_ads_editor.csv", "spend", "google-ads"),
    ("meta_ads_by_day.csv", "spend", "meta-ads"),
    ("meta_ads_by_ad.csv", "spend", "meta-ads"),
    ("linkedin_campaign_performance.csv", "spend", "linkedin-ads"),
    ("linkedin_campaign_totals.csv", "spend", "linkedin-ads"),
    ("pipedrive_deals_closed_on.csv", "leads", "pipedrive-deals"),
    ("pipedrive_deals_status.csv", "leads", "pipedrive-deals"),
    ("bitrix24_deals.csv", "leads", "bitrix24-deals"),
    ("zoho_leads.csv", "leads", "zoho-leads"),
    ("zoho_deals.csv", "leads", "zoho-deals"),
    ("odoo_crm_lead.csv", "leads", "odoo-leads"),
])
def test_each_export_is_recognised_by_its_header(con, tmp_path, name, kind, preset):
    from smarketing.importing import detect, presets

    layout = detect.inspect(CORPUS / name, tmp_path)
    assert presets.recognise(kind, layout.header).name == preset
    assert presets.recognise(None, layout.header).name == preset


@pytest.mark.parametrize("name", ["utf8_bom.csv", "excel_spend_totale.csv", "numbers_italian.csv",
                                  "invoices_customers.csv", "semicolon_excel_sep_line.csv"])
def test_a_plain_spreadsheet_is_no_known_export(tmp_path, name):
    from smarketing.importing import detect, presets

    assert presets.recognise(None, detect.inspect(CORPUS / name, tmp_path).header) is None


def test_salesforce_campaign_members_are_no_lead_export():
    # a membership carries its lead's LeadSource, CreatedDate and Status (Salesforce's CampaignMember object), and
    # the lead itself in LeadId: proposed as a lead export, its memberships would have become leads
    from smarketing.importing import presets

    members = ["Id", "CampaignId", "LeadId", "ContactId", "Status", "HasResponded", "CreatedDate",
               "FirstRespondedDate", "FirstName", "LastName", "Email", "LeadSource", "CompanyOrAccount"]
    assert presets.recognise("leads", members) is None
    leads = ["Id", "FirstName", "LastName", "Company", "Email", "LeadSource", "Status", "CreatedDate"]
    assert presets.recognise("leads", leads).name == "salesforce-leads"


def test_without_a_preset_an_ad_export_is_refused_with_the_preset_to_use(con):
    with pytest.raises(SmarketingError) as refused:
        load(con, "meta_ads_by_day.csv", kind="spend")
    assert refused.value.message("it").endswith(
        "Sembra un export Meta Ads Manager (per giorno o per annuncio): per usarne la mappatura, --preset meta-ads.")
    assert refused.value.message("en").endswith(
        "This looks like a Meta Ads Manager (by day or by ad) export: to use its mapping, --preset meta-ads.")


def test_a_preset_of_another_export_is_refused_naming_the_one_the_file_is(con, tmp_path):
    # Salesforce's Lead.csv (its own header) read as its opportunities: every lead was made a deal for good, and
    # its e-mails and statuses were dropped; the file is recognised, so the choice is refused before anything
    path = tmp_path / "Lead.csv"
    path.write_text("Id,FirstName,LastName,Email,Company,LeadSource,Status,CreatedDate\n"
                    "00Q1,Anna,Rossi,anna@alfa.it,Alfa,Web,Working,2024-01-22T20:36:47.000+0000\n", encoding="utf-8")
    with pytest.raises(SmarketingError) as refused:
        load(con, path, preset="salesforce-opportunities")
    assert refused.value.message("it") == (
        "Il file non sembra un export Salesforce (opportunità): mancano le sue colonne StageName, CloseDate. Nulla "
        "è stato importato. Sembra un export Salesforce (lead): per usarne la mappatura, --preset salesforce-leads.")
    assert con.execute("select count(*) from leads").fetchone() == (0,)
    # the preset it is reads it; a file no export's header recognises keeps the preset chosen (a short report)
    assert load(con, path, preset="salesforce-leads").inserted == 1
    short = tmp_path / "report.csv"
    short.write_text("Id,Email,Status\n00Q2,bruno@beta.it,Working\n", encoding="utf-8")
    assert load(con, short, preset="salesforce-leads").inserted == 1
    # columns mapped by hand say how the file is read (a mapping saved that way too): no export is second-guessed
    mapped = load(con, path, preset="salesforce-opportunities", maps={"email": "Email", "stage": "Status"})
    assert mapped.updated == 1


def test_a_preset_whose_own_columns_are_there_is_kept_whatever_else_the_file_holds(con, tmp_path):
    # HubSpot contacts exported with their deal columns: recognised as deals first, yet the contacts' own
    # columns (Contact ID, Lifecycle Stage) are there, so the preset chosen reads it
    path = tmp_path / "contacts.csv"
    path.write_text("Deal ID,Deal Name,Deal Stage,Amount,Contact ID,Lifecycle Stage,Email\n"
                    "9,Trattativa,appointmentscheduled,100,501,lead,anna@alfa.it\n", encoding="utf-8")
    result = load(con, path, preset="hubspot-contacts")
    assert (result.inserted, con.execute("select external_id, email from leads").fetchall()) == (
        1, [("501", "anna@alfa.it")])


@pytest.mark.parametrize(("name", "kind", "hint"), [
    ("meta_ads_by_day.csv", "leads",
     "Sembra un export di spesa Meta Ads Manager (per giorno o per annuncio): importalo come spesa, con import spend "
     "--preset meta-ads (nella pagina Importa, «Spesa marketing»)."),
    (PIPEDRIVE, "spend",
     "Sembra un export Pipedrive (trattative), di contatti o trattative: importalo con import leads --preset "
     "pipedrive-deals (nella pagina Importa, «Contatti e trattative»)."),
])
def test_an_export_of_the_other_kind_is_told_the_import_it_needs(con, name, kind, hint):
    with pytest.raises(SmarketingError) as refused:
        load(con, name, kind=kind)
    assert refused.value.message("it").endswith(" " + hint)
