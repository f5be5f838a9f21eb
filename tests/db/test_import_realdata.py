"""Real CRM exports from ../shared/realdata through the importer: every row accounted for, and every figure
checked against the ORIGINAL file read here with Python's csv module (never with the importer's code).

The files are read in place and never copied into the repository; each test skips, saying why, when the
folder or its file is absent. Expected figures are recomputed from the file; the few numbers written out
(8000 MQLs, 842 deals, 60 empty origins...) are the ones the folders' READMEs state, so a changed file shows."""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smarketing import cli, db
from smarketing.errors import SmarketingError
from smarketing.importing import ImportOptions, run_import, undo
from smarketing.importing.fields import STAGE_SYNONYMS, normalise
from smarketing.importing.mapping import resolve
from tests.helpers import realfile

ROME = ZoneInfo("Europe/Rome")

OLIST = "olist_marketing_funnel"
MQL_FILE = "olist_marketing_qualified_leads_dataset.csv"
DEALS_FILE = "olist_closed_deals_dataset.csv"
MQL_MAPS = {"external_id": "mql_id", "stage:mql": "first_contact_date", "source": "origin",
            "campaign": "landing_page_id"}
DEALS_MAPS = {"external_id": "mql_id", "stage:customer": "won_date", "segment": "business_segment", "owner": "sr_id"}

MAVEN = "maven_crm_sales_opportunities"
MAVEN_MAPS = {"external_id": "opportunity_id", "owner": "sales_agent", "product": "product", "company": "account",
              "stage": "deal_stage", "stage:opportunity": "engage_date", "closed_at": "close_date",
              "deal_value": "close_value"}
MAVEN_STAGE_MAP = {"Prospecting": "sql", "Engaging": "opportunity"}
# the test's own reading of deal_stage: the two mapped above, Won and Lost as the importer's built-in names
MAVEN_STAGES = {"Prospecting": "sql", "Engaging": "opportunity", "Won": "customer", "Lost": "lost"}

SALESFORCE = "salesforce_export_format_demo"

ITALIAN = "italian_semicolon_comune_alessandria"
ITALIAN_FILE = "segnalazioni-municipium.csv"
ITALIAN_STAGE_MAP = {"aperta": "lead", "in carico": "opportunity", "chiusa": "customer", "annullata": "lost",
                     "archiviata": "lost", "eliminata": "lost"}


# --- reading the original files, independently of the importer ---------------------------------------------

@dataclass
class Record:
    line: int      # the physical line the record starts on; the header is line 1
    values: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.values[column]


def read_records(path: Path, delimiter: str = ",") -> list[Record]:
    """Every data record of the file, with Python's csv module (BOM dropped, CRLF handled)."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        header = next(reader)
        records, start = [], reader.line_num + 1
        for row in reader:
            records.append(Record(start, dict(zip(header, row, strict=True))))
            start = reader.line_num + 1
    return records


def text(value: str) -> str | None:
    return value or None


def day(value: str) -> datetime | None:
    """'2018-02-01' or '2018-02-26 19:58:54' as written: no time zone involved."""
    return datetime.fromisoformat(value) if value else None


def rome(value: str) -> datetime:
    """Salesforce's '2024-01-22T20:36:47.000+0000' as Italian wall-clock time."""
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%f%z").astimezone(ROME).replace(tzinfo=None)


# --- reading the store --------------------------------------------------------------------------------------

def stored(con, *columns: str, where: str = "true", params: list | None = None) -> dict:
    """external_id -> the given columns of leads (one value, or a tuple of several)."""
    rows = con.execute(f"select external_id, {', '.join(columns)} from leads where {where}", params or []).fetchall()
    result = {row[0]: row[1] if len(columns) == 1 else tuple(row[1:]) for row in rows}
    assert len(result) == len(rows), "two leads share an external_id"
    return result


def entries(con, stage: str, dated_only: bool = False) -> dict:
    """external_id -> entered_at of that stage's entry; at most one entry per lead and stage."""
    rows = con.execute(
        "select l.external_id, e.entered_at from stage_events as e join leads as l using (lead_id) "
        "where e.stage = ? and (not ? or e.entered_at is not null)", [stage, dated_only]).fetchall()
    result = dict(rows)
    assert len(result) == len(rows), f"a lead has two {stage} entries"
    return result


def state(con) -> tuple[list, list]:
    """Full contents of leads and stage_events, in a fixed order."""
    return (con.execute("select * from leads order by lead_id").fetchall(),
            con.execute("select * from stage_events order by all").fetchall())


def assert_accounted(con, result, records: list[Record], *, inserted: int = 0, updated: int = 0,
                     unchanged: int = 0, rejected: int = 0) -> None:
    """rows_read == data records of the file == inserted + updated + unchanged + rejected, here and in the ledger."""
    assert inserted + updated + unchanged + rejected == len(records)
    counts = (result.status, result.rows_read, result.inserted, result.updated, result.unchanged, result.rejected)
    assert counts == ("committed", len(records), inserted, updated, unchanged, rejected)
    ledger = con.execute("select status, rows_read, inserted, updated, unchanged, rejected from import_batches "
                         "where batch_id = ?", [result.batch_id]).fetchone()
    assert ledger == counts
    problems = con.execute("select count(*), count(distinct line) from import_rejects where batch_id = ?",
                           [result.batch_id]).fetchone()
    assert problems == (result.problems, rejected)


def rejects_of(con, batch_id: int) -> list[tuple]:
    return con.execute('select line, "column", value, reason from import_rejects where batch_id = ? '
                       "order by line, reason", [batch_id]).fetchall()


def import_olist(con, files: tuple[str, ...] = (MQL_FILE, DEALS_FILE)):
    results = []
    for name in files:
        path = realfile(OLIST, name)
        options = ImportOptions(maps=MQL_MAPS) if name == MQL_FILE else ImportOptions(mode="update", maps=DEALS_MAPS)
        results.append(run_import(con, path, options))
    return results


@pytest.fixture(scope="module")
def olist(tmp_path_factory):
    """One store with the MQLs then the closed deals; tests only read it."""
    mql_path, deals_path = realfile(OLIST, MQL_FILE), realfile(OLIST, DEALS_FILE)
    con = db.connect(tmp_path_factory.mktemp("olist") / "olist.duckdb")
    mql_result, deals_result = import_olist(con)
    yield con, mql_result, deals_result, read_records(mql_path), read_records(deals_path)
    con.close()


# --- 1. Olist marketing funnel ------------------------------------------------------------------------------

def test_olist_every_row_is_accounted_for(olist):
    con, mql_result, deals_result, mqls, deals = olist
    assert (len(mqls), len(deals)) == (8000, 842)  # the folder's README
    assert_accounted(con, mql_result, mqls, inserted=8000)
    # every deal names a stored MQL, so the update touches every line and rejects none
    assert_accounted(con, deals_result, deals, updated=842)
    assert con.execute("select count(*) from leads").fetchone()[0] == 8000


def test_olist_mqls_are_stored_as_the_file_says(olist):
    con, _, _, mqls, _ = olist
    expected = {r["mql_id"]: (text(r["origin"]), text(r["landing_page_id"])) for r in mqls}
    assert len(expected) == 8000
    assert stored(con, "source", "campaign") == expected
    assert entries(con, "mql") == {r["mql_id"]: day(r["first_contact_date"]) for r in mqls}


def test_olist_mql_entries_per_month_match_the_file(olist):
    con, _, _, mqls, _ = olist
    per_month = dict(con.execute(
        "select strftime(entered_at, '%Y-%m'), count(*) from stage_events where stage = 'mql' group by 1").fetchall())
    assert per_month == Counter(r["first_contact_date"][:7] for r in mqls)
    assert sum(per_month.values()) == 8000


def test_olist_empty_origin_stays_null_and_unknown_stays_unknown(olist):
    con, _, _, mqls, _ = olist
    in_file = Counter(r["origin"] for r in mqls)
    assert (in_file[""], in_file["unknown"]) == (60, 1099)
    in_store = dict(con.execute("select source, count(*) from leads group by 1").fetchall())
    assert (in_store[None], in_store["unknown"]) == (60, 1099)
    assert in_store == {text(origin): n for origin, n in in_file.items()}


def test_olist_customers_are_exactly_the_deals_of_the_file(olist):
    con, _, _, mqls, deals = olist
    won = {r["mql_id"] for r in deals}
    assert len(won) == 842
    stages = stored(con, "current_stage")
    assert {k for k, s in stages.items() if s == "customer"} == won
    assert Counter(stages.values()) == {"customer": len(won), "mql": len(mqls) - len(won)}


def test_olist_won_dates_and_deal_fields_equal_the_file(olist):
    con, _, _, _, deals = olist
    won_at = {r["mql_id"]: day(r["won_date"]) for r in deals}
    assert entries(con, "customer") == won_at
    assert stored(con, "closed_at", where="closed_at is not null") == won_at
    # one deal has an empty business_segment: it stays NULL
    assert sum(1 for r in deals if not r["business_segment"]) == 1
    assert stored(con, "segment", "owner", where="current_stage = 'customer'") == {
        r["mql_id"]: (text(r["business_segment"]), text(r["sr_id"])) for r in deals}
    assert con.execute("select count(*) from leads where current_stage = 'mql' "
                       "and (closed_at is not null or segment is not null or owner is not null)").fetchone()[0] == 0


def test_olist_reimporting_either_file_changes_nothing(con):
    import_olist(con)
    before = state(con)
    mql_again, deals_again = import_olist(con)
    assert (mql_again.inserted, mql_again.updated, mql_again.unchanged, mql_again.rejected) == (0, 0, 8000, 0)
    assert (deals_again.inserted, deals_again.updated, deals_again.unchanged, deals_again.rejected) == (0, 0, 842, 0)
    assert state(con) == before


def test_olist_undo_of_the_deals_batch_restores_the_state_after_the_mqls(con):
    (mql_result,) = import_olist(con, (MQL_FILE,))
    after_mqls = state(con)
    (deals_result,) = import_olist(con, (DEALS_FILE,))
    assert state(con) != after_mqls          # the deals did change the store, so the comparison below means something
    with pytest.raises(SmarketingError) as refused:
        undo(con, mql_result.batch_id)       # newest first: the deals batch changed the MQLs' rows
    assert (refused.value.key, refused.value.params["later"]) == ("error.batch_conflict", deals_result.batch_id)
    undo(con, deals_result.batch_id)
    assert state(con) == after_mqls
    assert con.execute("select count(*) from lead_snapshots").fetchone()[0] == 0
    assert con.execute("select status from import_batches where batch_id = ?",
                       [deals_result.batch_id]).fetchone()[0] == "undone"


def test_olist_deals_as_update_of_an_empty_store_reject_every_line_as_not_found(con):
    deals = read_records(realfile(OLIST, DEALS_FILE))
    (result,) = import_olist(con, (DEALS_FILE,))
    assert_accounted(con, result, deals, rejected=842)
    assert rejects_of(con, result.batch_id) == [(r.line, "mql_id", r["mql_id"], "not_found") for r in deals]
    assert state(con) == ([], [])


def _insert_mode_again(con):
    mqls = read_records(realfile(OLIST, MQL_FILE))
    import_olist(con, (MQL_FILE,))
    before = state(con)
    result = run_import(con, realfile(OLIST, MQL_FILE), ImportOptions(mode="insert", maps=MQL_MAPS))
    assert state(con) == before
    return mqls, result


def test_olist_insert_mode_rejects_every_stored_key_and_the_ledger_keeps_them_all(con):
    mqls, result = _insert_mode_again(con)
    assert_accounted(con, result, mqls, rejected=8000)
    assert len(result.rejects) == 100        # the result shows the first 100; the ledger holds all 8000
    assert [(line, column, reason) for line, column, _, reason in rejects_of(con, result.batch_id)] == [
        (r.line, "mql_id", "exists") for r in mqls]


def test_olist_insert_mode_rejects_say_which_key_exists(con):
    mqls, result = _insert_mode_again(con)
    assert [value for _, _, value, _ in rejects_of(con, result.batch_id)] == [r["mql_id"] for r in mqls]


# --- 2. Maven CRM sales pipeline (CRLF) ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def maven(tmp_path_factory):
    path = realfile(MAVEN, "sales_pipeline.csv")
    con = db.connect(tmp_path_factory.mktemp("maven") / "maven.duckdb")
    result = run_import(con, path, ImportOptions(maps=MAVEN_MAPS, stage_map=MAVEN_STAGE_MAP))
    yield con, result, read_records(path)
    con.close()


def test_maven_file_is_crlf_and_every_row_is_accounted_for(maven):
    con, result, opportunities = maven
    assert b"\r\n" in realfile(MAVEN, "sales_pipeline.csv").read_bytes()[:200]
    assert len(opportunities) == 8800
    assert_accounted(con, result, opportunities, inserted=8800)


def test_maven_header_synonyms_find_the_same_columns_as_the_explicit_mapping():
    header = read_records(realfile(MAVEN, "sales_pipeline.csv"))[0].values.keys()
    mapping = resolve("leads", list(header))
    assert {f: mapping.column_name(f) for f in mapping.columns} == MAVEN_MAPS


def test_maven_stage_counts_equal_the_deal_stage_counts_of_the_file(maven):
    con, _, opportunities = maven
    assert set(Counter(r["deal_stage"] for r in opportunities)) == set(MAVEN_STAGES)
    expected = Counter(MAVEN_STAGES[r["deal_stage"]] for r in opportunities)
    assert dict(con.execute("select current_stage, count(*) from leads group by 1").fetchall()) == expected
    assert stored(con, "current_stage") == {r["opportunity_id"]: MAVEN_STAGES[r["deal_stage"]] for r in opportunities}


def test_maven_won_value_equals_the_sum_of_close_value_of_won_rows(maven):
    con, _, opportunities = maven
    won = sum(Decimal(r["close_value"]) for r in opportunities if r["deal_stage"] == "Won")
    assert won == Decimal("10005534")
    assert con.execute("select sum(deal_value) from leads where current_stage = 'customer'").fetchone()[0] == won
    assert stored(con, "deal_value") == {
        r["opportunity_id"]: Decimal(r["close_value"]) if r["close_value"] else None for r in opportunities}


def test_maven_closed_at_of_won_and_lost_rows_is_the_close_date(maven):
    con, _, opportunities = maven
    closed = {r["opportunity_id"]: day(r["close_date"]) for r in opportunities if r["deal_stage"] in ("Won", "Lost")}
    assert len(closed) == 4238 + 2473 and None not in closed.values()
    assert stored(con, "closed_at", where="closed_at is not null") == closed
    assert entries(con, "customer") | entries(con, "lost") == closed


def test_maven_prospecting_rows_without_engage_date_have_no_dated_opportunity_entry(maven):
    con, _, opportunities = maven
    no_engage = {r["opportunity_id"] for r in opportunities if not r["engage_date"]}
    assert len(no_engage) == 500
    assert {r["deal_stage"] for r in opportunities if not r["engage_date"]} == {"Prospecting"}
    dated = entries(con, "opportunity", dated_only=True)
    assert dated == {r["opportunity_id"]: day(r["engage_date"]) for r in opportunities if r["engage_date"]}
    assert no_engage.isdisjoint(entries(con, "opportunity"))


def test_maven_owner_product_and_company_equal_the_file_and_empty_account_stays_null(maven):
    con, _, opportunities = maven
    assert sum(1 for r in opportunities if not r["account"]) == 1425
    assert con.execute("select count(*) from leads where company is null").fetchone()[0] == 1425
    assert stored(con, "owner", "product", "company") == {
        r["opportunity_id"]: (r["sales_agent"], r["product"], text(r["account"])) for r in opportunities}


def test_maven_reimport_through_the_cli_changes_nothing(tmp_path, capsys):
    path = realfile(MAVEN, "sales_pipeline.csv")
    store = tmp_path / "maven.duckdb"
    db.connect(store).close()
    args = ["--db", str(store), "import", "leads", str(path), "--format", "json"]
    args += [f"--map={f}={c}" for f, c in MAVEN_MAPS.items()]
    args += [f"--stage-map={v}={s}" for v, s in MAVEN_STAGE_MAP.items()]
    counts = []
    for _ in range(2):
        assert cli.main(args) == 0
        out = json.loads(capsys.readouterr().out)
        counts.append((out["rows_read"], out["inserted"], out["updated"], out["unchanged"], out["rejected"]))
    assert counts == [(8800, 8800, 0, 0, 0), (8800, 0, 0, 8800, 0)]


# --- 3. Salesforce demo org exports (UTF-8 BOM, +0000 timestamps) -------------------------------------------

@pytest.fixture(scope="module")
def salesforce(tmp_path_factory):
    lead_path, opp_path = realfile(SALESFORCE, "Lead.csv"), realfile(SALESFORCE, "Opportunity.csv")
    con = db.connect(tmp_path_factory.mktemp("salesforce") / "sf.duckdb")
    leads = run_import(con, lead_path, ImportOptions(preset="salesforce-leads"))
    opportunities = run_import(con, opp_path, ImportOptions(preset="salesforce-opportunities"))
    yield con, leads, opportunities, read_records(lead_path), read_records(opp_path)
    con.close()


def our_stage(value: str) -> str | None:
    """The stage a CRM value means, by the importer's own catalogue of names (None: unknown)."""
    return STAGE_SYNONYMS.get(normalise(value))


def test_salesforce_files_start_with_a_bom():
    for name in ("Lead.csv", "Opportunity.csv"):
        assert realfile(SALESFORCE, name).read_bytes()[:3] == b"\xef\xbb\xbf"


def test_salesforce_leads_accounted_for_and_staged_by_the_synonyms(salesforce):
    con, result, _, leads, _ = salesforce
    assert len(leads) == 60
    assert_accounted(con, result, leads, inserted=60)
    assert {v: our_stage(v) for v in Counter(r["Status"] for r in leads)} == {
        "New": "lead", "Qualified": "sql", "Working": "lead"}
    in_store = stored(con, "current_stage", where="batch_id = ?", params=[result.batch_id])
    assert in_store == {r["Id"]: our_stage(r["Status"]) for r in leads}


def test_salesforce_lead_values_equal_the_file(salesforce):
    con, result, _, leads, _ = salesforce
    columns = ("name", "first_name", "last_name", "email", "phone", "company", "source", "region", "owner")
    assert stored(con, *columns, where="batch_id = ?", params=[result.batch_id]) == {
        r["Id"]: (r["Name"], r["FirstName"], r["LastName"], r["Email"].strip().lower(), r["Phone"], r["Company"],
                  text(r["LeadSource"]), r["State"], r["OwnerId"]) for r in leads}


def test_salesforce_timestamps_are_stored_in_rome_local_time(salesforce):
    con, lead_result, opp_result, leads, opportunities = salesforce
    assert stored(con, "created_at", where="external_id = '00QEc00000BBaeXMAT'") == {
        "00QEc00000BBaeXMAT": datetime(2024, 1, 22, 21, 36, 47)}
    assert stored(con, "created_at", where="batch_id = ?", params=[lead_result.batch_id]) == {
        r["Id"]: rome(r["CreatedDate"]) for r in leads}
    accepted = [r for r in opportunities if our_stage(r["StageName"])]
    assert stored(con, "created_at", where="batch_id = ?", params=[opp_result.batch_id]) == {
        r["Id"]: rome(r["CreatedDate"]) for r in accepted}
    # the lead entry of every stored record carries the same local time
    assert entries(con, "lead") == {r["Id"]: rome(r["CreatedDate"]) for r in [*leads, *accepted]}


def test_salesforce_opportunity_stage_names_are_all_understood(salesforce):
    con, _, result, _, opportunities = salesforce
    assert {r["StageName"]: our_stage(r["StageName"]) for r in opportunities} == {
        "Qualification": "sql", "Discovery": "opportunity", "Proposal/Quote": "opportunity",
        "Negotiation": "opportunity", "Closed Won": "customer", "Closed Lost": "lost"}
    assert_accounted(con, result, opportunities, inserted=50)
    assert result.rejects == [] and rejects_of(con, result.batch_id) == []
    assert set(stored(con, "external_id", where="batch_id = ?", params=[result.batch_id])) == {
        r["Id"] for r in opportunities}


def test_salesforce_opportunity_stages_amounts_and_close_dates_equal_the_file(salesforce):
    con, _, result, _, opportunities = salesforce
    known = [r for r in opportunities if our_stage(r["StageName"])]
    assert {r["StageName"]: our_stage(r["StageName"]) for r in known} == {
        "Qualification": "sql", "Discovery": "opportunity", "Proposal/Quote": "opportunity",
        "Negotiation": "opportunity", "Closed Won": "customer", "Closed Lost": "lost"}
    in_store = stored(con, "current_stage", "deal_value", "closed_at", where="batch_id = ?", params=[result.batch_id])
    assert in_store == {
        r["Id"]: (our_stage(r["StageName"]), Decimal(r["Amount"]),
                  day(r["CloseDate"]) if r["StageName"].startswith("Closed") else None) for r in known}
    won = sum(Decimal(r["Amount"]) for r in opportunities if r["StageName"] == "Closed Won")
    assert sum(1 for r in opportunities if r["StageName"] == "Closed Won") == 12
    assert con.execute("select sum(deal_value) from leads where current_stage = 'customer' and batch_id = ?",
                       [result.batch_id]).fetchone()[0] == won


def test_salesforce_reimport_changes_nothing_and_a_stage_map_wins_over_the_built_in_names(tmp_path):
    con = db.connect(tmp_path / "sf.duckdb")
    path = realfile(SALESFORCE, "Opportunity.csv")
    opportunities = read_records(path)
    options = ImportOptions(preset="salesforce-opportunities")
    run_import(con, path, options)
    before = state(con)
    again = run_import(con, path, options)
    assert (again.inserted, again.updated, again.unchanged, again.rejected) == (0, 0, 50, 0)
    assert state(con) == before
    con.close()
    fresh = db.connect(tmp_path / "mapped.duckdb")
    stage_map = {"Discovery": "sql", "Proposal/Quote": "sql"}
    mapped = run_import(fresh, path, ImportOptions(preset="salesforce-opportunities", stage_map=stage_map))
    assert_accounted(fresh, mapped, opportunities, inserted=50)
    assert dict(fresh.execute("select current_stage, count(*) from leads group by 1").fetchall()) == Counter(
        stage_map.get(r["StageName"]) or our_stage(r["StageName"]) for r in opportunities)
    fresh.close()


def test_salesforce_dry_run_through_the_cli_writes_nothing_but_the_rejects_file(tmp_path, capsys):
    """Update-only into an empty store: every row is rejected as not found, and the file lists them all."""
    store, out = tmp_path / "sf.duckdb", tmp_path / "rejects.csv"
    db.connect(store).close()
    path = realfile(SALESFORCE, "Opportunity.csv")
    records = read_records(path)
    assert cli.main(["--db", str(store), "--lang", "en", "import", "leads", str(path), "--preset",
                     "salesforce-opportunities", "--mode", "update", "--dry-run", "--rejects", str(out),
                     "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["status"], result["rows_read"], result["inserted"], result["rejected"]) == ("dry_run", 50, 0, 50)
    with out.open(newline="", encoding="utf-8-sig") as handle:
        written = [(int(r["line"]), r["value"], r["code"]) for r in csv.DictReader(handle)]
    assert written == [(r.line, r["Id"], "not_found") for r in records]
    con = db.connect(store)
    assert [con.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("leads", "stage_events", "import_batches", "import_rejects")] == [0, 0, 0, 0]
    con.close()


# --- 4. Italian ';' open data (smoke test) ------------------------------------------------------------------

def test_italian_semicolon_file_with_a_stage_map_for_stato(con):
    path = realfile(ITALIAN, ITALIAN_FILE)
    records = read_records(path, delimiter=";")
    assert len(records) == 4651
    assert set(Counter(r["Stato"] for r in records)) == set(ITALIAN_STAGE_MAP)
    result = run_import(con, path, ImportOptions(stage_map=ITALIAN_STAGE_MAP))
    assert result.delimiter == ";"
    assert {m["field"]: m["column"] for m in result.mapping} == {
        "external_id": "Id", "stage": "Stato", "created_at": "Creato", "closed_at": "Chiusa"}
    assert_accounted(con, result, records, inserted=4651)
    assert dict(con.execute("select current_stage, count(*) from leads group by 1").fetchall()) == Counter(
        ITALIAN_STAGE_MAP[r["Stato"]] for r in records)
    assert stored(con, "current_stage", "created_at", "closed_at") == {
        r["Id"]: (ITALIAN_STAGE_MAP[r["Stato"]], day(r["Creato"]), day(r["Chiusa"])) for r in records}


# --- 5. Meta (Facebook) ads by ad: spend that adds up ------------------------------------------------------

def test_meta_ads_by_ad_sums_to_the_file_per_campaign_with_the_rounding_said(con):
    """1,143 ad rows of 3 campaigns, no date column: one day and the channel given with --set, the currency
    with --currency. Rows of one campaign are summed; the float noise of Spent (1.429999948) is stored to the
    cent and the note gives the effect on the total."""
    path = realfile("fb_ads_conversion", "KAG_conversion_data.csv")
    result = run_import(con, path, ImportOptions(kind="spend", maps={"campaign": "xyz_campaign_id", "amount": "Spent"},
                                                 sets={"channel": "meta_ads", "spend_date": "2017-08-30"},
                                                 currency="USD"))
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    exact: dict[str, Decimal] = {}
    for row in rows:
        exact[row["xyz_campaign_id"]] = exact.get(row["xyz_campaign_id"], Decimal(0)) + Decimal(row["Spent"])
    assert (result.rows_read, result.inserted, result.merged, result.rejected) == (len(rows), 3, len(rows) - 3, 0)
    stored = dict(con.execute("select campaign, amount from spend where currency = 'USD'").fetchall())
    cents = {c: sum(Decimal(r["Spent"]).quantize(Decimal("0.01")) for r in rows if r["xyz_campaign_id"] == c)
             for c in exact}
    assert stored == cents
    rounded = next(n for n in result.notes if n.key == "import.note_rounded")
    # the stored total against the file's: rounding to the cent added 0.000041795
    assert Decimal(rounded.params["difference"]) == sum(cents.values()) - sum(exact.values())
    assert sum(stored.values()) == Decimal("58705.23")   # the README's total, to the cent


# --- 6. X Education's leads: one source whatever its letter case -------------------------------------------

def test_x_education_sources_in_another_case_are_one_source_said_in_a_note(con):
    """Its README: "Lead Source has case variants ('Google' 2868 vs 'google' 5)". They were two sources in every list
    and filter; the five rows now join the 2,868 under the spelling of most rows, and the note says which."""
    path = realfile("x_education_leads", "Leads.csv")
    records = read_records(path)
    result = run_import(con, path, ImportOptions())
    assert_accounted(con, result, records, inserted=9240)
    by_file = Counter(r["Lead Source"] for r in records if r["Lead Source"])
    assert (by_file["Google"], by_file["google"]) == (2868, 5)
    merged = Counter({k: v for k, v in by_file.items() if k != "google"}) + Counter({"Google": by_file["google"]})
    assert dict(con.execute("select source, count(*) from leads where source is not null group by 1").fetchall()) \
        == dict(merged)
    assert [(n.params["field"], n.params["count"], n.params["pairs"]["it"]) for n in result.notes
            if n.key == "import.note_spelling"] == [("Lead Source", 5, "«google» → «Google»")]
    again = run_import(con, path, ImportOptions())
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 9240)
