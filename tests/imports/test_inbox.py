"""The inbox folder's core (issue 15): which mapping a dropped file gets, settling, done/ and failed/ with the
result beside the file, the record the Import page and the agenda read. The clock is passed in, never slept
on; the running app is tested in tests/e2e/test_inbox.py."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from smarketing import agenda, inbox
from smarketing.agendawords import say
from smarketing.errors import SmarketingError
from smarketing.importing import ImportOptions, detect, reasons, saved
from tests.conftest import TODAY
from tests.imports.test_import_trust import CORPUS

HEADER = "Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status"


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "store-inbox"
    path.mkdir()
    return path


def drop(folder, name: str, data: bytes):
    (folder / name).write_bytes(data)
    return folder / name


NIGHT = datetime(2026, 11, 30, 3, 0)     # when the nightly export arrives: never the machine's clock


def settle(con, folder, watch=None) -> list[dict]:
    """Two looks SETTLE seconds apart: a file that did not change in between is imported."""
    watch = watch or inbox.Watch(settle=5)
    assert inbox.poll(con, folder, watch, now=100.0, clock=lambda: NIGHT) == []
    return inbox.poll(con, folder, watch, now=105.0, clock=lambda: NIGHT)


def test_a_file_still_growing_is_left_alone(con, folder):
    watch = inbox.Watch(settle=5)
    path = drop(folder, "zoho-leads.csv", (CORPUS / "zoho_leads.csv").read_bytes()[:200])
    assert inbox.poll(con, folder, watch, now=100.0) == []
    with path.open("ab") as fh:        # the copy goes on
        fh.write((CORPUS / "zoho_leads.csv").read_bytes()[200:])
    assert inbox.poll(con, folder, watch, now=104.0) == []
    assert inbox.poll(con, folder, watch, now=108.0) == []      # 4 s since it last changed
    [result] = inbox.poll(con, folder, watch, now=109.5)
    assert (result["status"], result["mapping"], result["counts"]["inserted"]) == ("done", "zoho-leads", 8)
    # with no clock given, the stamp is the app's day (the agenda counts a week's failures on it), and so are the
    # batch's: the agenda's "last import N days ago" reads them
    assert result["finished_at"].startswith(f"{TODAY.isoformat()}T")
    assert con.execute("select started_at::date, finished_at::date from import_batches where batch_id = ?",
                       [result["batch_id"]]).fetchone() == (TODAY, TODAY)


def test_the_mapping_named_in_the_file_name_wins_then_the_header(con, folder, tmp_path):
    week1 = tmp_path / "week1.csv"
    week1.write_text(HEADER + "\n1,Impianto,100,EUR,Primo contatto,open\n", encoding="utf-8")
    saved.save(con, "Pipedrive vendite", ImportOptions(stage_map={"Primo contatto": "lead", "Sopralluogo": "sql"}),
               HEADER.split(","))
    body = HEADER + "\n7,Pompa,900,EUR,Sopralluogo,open\n8,Caldaia,1200,EUR,Won,won\n"
    drop(folder, "Pipedrive vendite 2026-11-30.csv", body.encode())
    drop(folder, "export.csv", body.replace("7,", "9,").replace("8,", "10,").encode())
    drop(folder, "notte.TXT", (CORPUS / "meta_ads_by_day.csv").read_bytes())
    drop(folder, "~$export.csv", b"locked by Excel")
    drop(folder, ".partial.csv", b"hidden")
    results = {r["file"]: r for r in settle(con, folder)}
    assert {f: (r["status"], r["mapping"]) for f, r in results.items()} == {
        "Pipedrive vendite 2026-11-30.csv": ("done", "Pipedrive vendite"),
        "export.csv": ("done", "Pipedrive vendite"),        # its header is the saved one's
        "notte.TXT": ("done", "meta-ads"),                    # a built-in export, by its header
    }
    assert con.execute("select external_id, current_stage from leads order by 1::int").fetchall() == [
        ("7", "sql"), ("8", "customer"), ("9", "sql"), ("10", "customer")]
    # the export's 20 days and its "Amount spent (EUR)" column, whole
    assert con.execute("select count(*), sum(amount) from spend where channel = 'Meta Ads'").fetchone() == (
        20, Decimal("1375.33"))
    assert sorted(p.name for p in folder.iterdir()) == [".partial.csv", "done", "~$export.csv"]
    done = sorted(p.name for p in (folder / "done").iterdir())
    assert len(done) == 6 and all(n.endswith(".result.json") == (i % 2 == 1) for i, n in enumerate(done))
    batches = con.execute("select created_by, file_name from import_batches where kind <> 'demo' order by 2").fetchall()
    assert batches == [("inbox", "Pipedrive vendite 2026-11-30.csv"), ("inbox", "export.csv"), ("inbox", "notte.TXT")]


def test_a_file_that_cannot_be_imported_goes_to_failed_with_the_reason(con, folder):
    drop(folder, "strano.csv", b"foo,bar\n1,2\n")
    # a Pipedrive export with the company's own stages: refused, nothing written
    drop(folder, "pipedrive-deals.csv", (CORPUS / "pipedrive_custom_stages.csv").read_bytes())
    results = {r["file"]: r for r in settle(con, folder)}
    assert {f: r["status"] for f, r in results.items()} == {"strano.csv": "failed", "pipedrive-deals.csv": "failed"}
    written = json.loads(next((folder / "failed").glob("*strano.csv.result.json")).read_text(encoding="utf-8"))
    assert written["message"]["it"].startswith("Non so con quale mappatura leggere «strano.csv»")
    assert written["moved_to"].startswith("failed/") and written["moved_to"].endswith("-strano.csv")
    assert (folder / written["moved_to"]).read_bytes() == b"foo,bar\n1,2\n"
    refused = results["pipedrive-deals.csv"]
    assert refused["mapping"] == "pipedrive-deals"
    assert refused["message"]["en"].startswith("Nothing was imported: 38 of 46 rows have a stage I do not know in "
                                              "the column \"Deal - Stage\"")
    assert con.execute("select count(*) from import_batches where kind <> 'demo'").fetchone() == (0,)
    runs = inbox.runs(con)
    assert [(r["file_name"], r["status"]) for r in runs] == [("pipedrive-deals.csv", "failed"),
                                                            ("strano.csv", "failed")]
    assert reasons.run_message(runs[1], "en").startswith('I do not know which mapping to read "strano.csv" with')


def test_the_meeting_agenda_names_a_failed_inbox_file(con, folder):
    drop(folder, "strano.csv", b"foo,bar\n1,2\n")
    settle(con, folder)
    # the meeting of Monday 30 November, held on Tuesday
    plan = agenda.build(con, date(2026, 11, 30), date(2026, 12, 1))
    [item] = [i for i in plan.sections["data"] if "strano.csv" in say(i, "it")]
    assert item.severity == "high"
    assert say(item, "it") == (
        "Il file «strano.csv» lasciato nella cartella di importazione il 30/11/2026 non è stato importato (è in "
        "failed/20261130-030000-strano.csv): Non so con quale mappatura leggere «strano.csv»: il nome del file non "
        "contiene il nome di una mappatura salvata o di un formato previsto, e le sue colonne non corrispondono a "
        "nessuno. Importalo una volta dalla pagina Importa salvando la mappatura, poi metti il suo nome nel nome del "
        "file.")
    # two weeks later it is no longer news
    later = agenda.build(con, date(2026, 12, 14), date(2026, 12, 14))
    assert not [i for i in later.sections["data"] if "strano.csv" in say(i, "it")]


def test_the_folder_is_beside_the_store_unless_configured(tmp_path, monkeypatch):
    monkeypatch.delenv(inbox.ENV_FOLDER, raising=False)
    assert inbox.folder_for(tmp_path / "vendite.duckdb") == tmp_path / "vendite-inbox"
    monkeypatch.setenv(inbox.ENV_FOLDER, str(tmp_path / "drop"))
    assert inbox.folder_for(tmp_path / "vendite.duckdb") == (tmp_path / "drop").resolve()
    monkeypatch.setenv(inbox.ENV_FOLDER, "off")
    assert inbox.folder_for(tmp_path / "vendite.duckdb") is None


def test_the_same_nightly_name_never_overwrites_last_nights(con, folder):
    for night in (1, 2):
        drop(folder, "zoho-leads.csv", (CORPUS / "zoho_leads.csv").read_bytes())
        [result] = settle(con, folder)
        assert result["status"] == "done", night
    assert sorted(p.name for p in (folder / "done").glob("*-zoho-leads.csv")) == [
        "20261130-030000-2-zoho-leads.csv", "20261130-030000-zoho-leads.csv"]
    assert [(r["inserted"], r["finished_at"]) for r in inbox.runs(con)] == [(0, NIGHT), (8, NIGHT)]


def test_a_script_watching_done_never_reads_a_result_half_written(con, folder, monkeypatch):
    """A nightly job polls done/ and failed/ for *.result.json and reads each one it finds: it must never find one
    empty or cut. Every file write is stopped halfway, its first half on disk, while such a reader looks."""
    read: list[str] = []
    real = Path.write_text

    def halfway(self, data, *args, **kwargs):
        if folder in self.parents:
            with self.open("w", encoding="utf-8") as file:
                file.write(data[:len(data) // 2])
                file.flush()
                for result in sorted(folder.glob("*/*.result.json")):
                    read.append(json.loads(result.read_text(encoding="utf-8"))["file"])
        return real(self, data, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", halfway)
    drop(folder, "strano.csv", b"foo,bar\n1,2\n")
    drop(folder, "zoho-leads.csv", (CORPUS / "zoho_leads.csv").read_bytes())
    results = {r["file"]: r["status"] for r in settle(con, folder)}
    assert results == {"strano.csv": "failed", "zoho-leads.csv": "done"}
    # while the second result was written the reader found the first one, whole, and nothing else
    assert read == ["strano.csv"]
    # and nothing is left beside them but the files and their results
    assert sorted(p.name for p in folder.rglob("*") if p.is_file()) == [
        "20261130-030000-strano.csv", "20261130-030000-strano.csv.result.json",
        "20261130-030000-zoho-leads.csv", "20261130-030000-zoho-leads.csv.result.json"]
    assert json.loads((folder / "done" / "20261130-030000-zoho-leads.csv.result.json").read_text(
        encoding="utf-8"))["counts"]["inserted"] == 8


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".csv", ".txt")))
def test_the_header_read_to_choose_a_mapping_is_the_one_the_import_reads(name, tmp_path):
    # the inbox reads only the first megabyte to choose; the import then reads the whole file (once)
    path = CORPUS / name
    try:
        full = detect.inspect(path, tmp_path).header
    except SmarketingError as refused:
        # a spreadsheet, a zip, an empty file: refused as the import refuses it, not "no mapping matches"
        with pytest.raises(SmarketingError) as again:
            detect.header(path)
        assert again.value.key == refused.key
        return
    assert detect.header(path) == full


def test_a_link_and_a_file_that_fails_inside_go_to_failed_and_the_files_after_them_are_read(con, folder, tmp_path,
                                                                                          monkeypatch, caplog):
    # a "latest.csv" link a scheduler keeps, then tonight's export: the link stopped every look, and the export
    # after it was never read while the page said no file had arrived
    elsewhere = tmp_path / "exports" / "zoho-leads 2026-11-29.csv"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes((CORPUS / "zoho_leads.csv").read_bytes())
    (folder / "zoho-leads ultimo.csv").symlink_to(elsewhere)
    drop(folder, "zoho-leads 2026-11-30.csv", (CORPUS / "zoho_leads.csv").read_bytes())
    results = {r["file"]: r for r in settle(con, folder)}
    assert {f: (r["status"], r["message_key"]) for f, r in results.items()} == {
        "zoho-leads ultimo.csv": ("failed", "error.inbox_link"),
        "zoho-leads 2026-11-30.csv": ("done", None)}
    assert results["zoho-leads ultimo.csv"]["message"]["it"].startswith(
        "«zoho-leads ultimo.csv» è un collegamento a un file altrove, non un file")
    # any other failure inside the import is a failed file with words, its cause in the log only
    real = inbox.run_import

    def broken(con, path, options):
        if "rotto" in path.name:
            raise RuntimeError("disk went away")
        return real(con, path, options)

    monkeypatch.setattr(inbox, "run_import", broken)
    drop(folder, "zoho-leads rotto.csv", (CORPUS / "zoho_leads.csv").read_bytes())
    [failed] = settle(con, folder)
    assert (failed["status"], failed["message_key"]) == ("failed", "error.inbox_failed")
    assert "disk went away" not in json.dumps(failed) and "disk went away" in caplog.text
    assert [r["status"] for r in inbox.runs(con)].count("failed") == 2


def test_a_file_written_to_while_it_is_read_is_taken_back_and_read_whole_later(con, folder, monkeypatch):
    # an export written page by page, paused longer than the settling time: the first 3 of 9 rows were imported
    # and the file moved to done/ while its writer went on, the rest lost without a word
    data = (CORPUS / "zoho_leads.csv").read_bytes()
    lines = data.splitlines(keepends=True)
    path = drop(folder, "zoho-leads.csv", b"".join(lines[:4]))
    real = inbox.run_import

    def writer_goes_on(con, file, options):
        result = real(con, file, options)
        with path.open("ab") as fh:
            fh.write(b"".join(lines[4:]))
        return result

    monkeypatch.setattr(inbox, "run_import", writer_goes_on)
    assert settle(con, folder) == [{"status": "waiting", "file": "zoho-leads.csv"}]
    assert con.execute("select count(*) from leads").fetchone()[0] == 0
    assert con.execute("select status, created_by, undone_by from import_batches").fetchall() == [
        ("undone", "inbox", "inbox")]
    monkeypatch.setattr(inbox, "run_import", real)
    [result] = settle(con, folder)
    assert (result["status"], result["counts"]["inserted"]) == ("done", 8)


def test_a_file_refused_while_it_is_still_written_waits_to_be_read_whole(con, folder, monkeypatch):
    # only the header was there when it was read: refused as a header alone, and moved to failed/ while its writer
    # went on
    data = (CORPUS / "zoho_leads.csv").read_bytes()
    header, rest = data.split(b"\n", 1)
    path = drop(folder, "zoho-leads.csv", header + b"\n")
    real = inbox.run_import

    def writer_goes_on(con, file, options):
        try:
            return real(con, file, options)
        finally:
            with path.open("ab") as fh:
                fh.write(rest)

    monkeypatch.setattr(inbox, "run_import", writer_goes_on)
    assert settle(con, folder) == [{"status": "waiting", "file": "zoho-leads.csv"}]
    assert not (folder / "failed").exists()
    monkeypatch.setattr(inbox, "run_import", real)
    [result] = settle(con, folder)
    assert (result["status"], result["counts"]["inserted"]) == ("done", 8)


def test_the_import_pages_inbox_row_accounts_for_every_row(con, folder):
    # a nightly re-export said "Rows read: 3; inserted: 0; updated: 0; rejected: 0": its unchanged rows unsaid
    from smarketing.importing import review

    drop(folder, "zoho-leads.csv", (CORPUS / "zoho_leads.csv").read_bytes())
    settle(con, folder)
    drop(folder, "zoho-leads.csv", (CORPUS / "zoho_leads.csv").read_bytes())
    settle(con, folder)
    [again, _] = review.inbox_rows(inbox.runs(con), "en")
    assert again["Detail"] == "Import 2. Rows read: 8; inserted: 0; updated: 0; unchanged: 8; rejected: 0."


def test_a_report_periods_day_among_the_fixed_values_is_written_as_the_language_writes_dates(con, tmp_path):
    from smarketing.importing import ImportOptions, review, run_import

    path = tmp_path / "google.csv"
    path.write_text('Campaign report\n"November 4, 2026 - December 3, 2026"\nCampaign,Currency code,Cost\n'
                    "Brand,EUR,600.00\n", encoding="utf-8")
    result = run_import(con, path, ImportOptions(kind="spend", preset="google-ads", dry_run=True))
    assert "Data della spesa = 04/11/2026 (dal periodo del report)" in review.fixed_values(result, "it")
    assert "Spend date = 4 Nov 2026 (from the report's period)" in review.fixed_values(result, "en")
