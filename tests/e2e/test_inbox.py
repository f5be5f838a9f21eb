"""The inbox folder with a real running app (issue 15): files dropped while the server runs, with nobody
visiting it, are imported; the Import page lists the results and the meeting's agenda names the file that
failed. That a file still growing is left alone is tested in process, with the watcher's clock given
(tests/imports/test_inbox.py): here every file lands whole, so nothing waits on how fast a writer is."""

from __future__ import annotations

import csv
import json
import os
import re
import time
from collections import Counter

import duckdb
import pytest

from tests.conftest import ROOT
from tests.e2e.conftest import CHROMIUM, start_server
from tests.helpers import cli_process

pytestmark = pytest.mark.e2e

CORPUS = ROOT / "tests" / "data" / "import"
STAGE_MAPS = ["--stage-map", "Primo contatto=lead", "--stage-map", "Sopralluogo fatto=sql",
              "--stage-map", "In attesa di firma=opportunity"]


def wait_for(check, seconds: float = 45):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError("the inbox did not get there in time")


def drop(folder, name: str, data: bytes) -> None:
    """A file as a nightly copy that finishes before it shows lands: written beside the folder, then moved in."""
    staged = folder.parent / f"staged-{name}"
    staged.write_bytes(data)
    os.replace(staged, folder / name)


def results(folder, status: str) -> dict[str, dict]:
    """The result files written beside the files moved to done/ or failed/, by original file name."""
    found = {}
    for path in (folder / status).glob("*.result.json") if (folder / status).is_dir() else []:
        result = json.loads(path.read_text(encoding="utf-8"))
        found[result["file"]] = result
    return found


def test_the_running_app_imports_what_is_dropped_in_its_inbox(tmp_path):
    store = tmp_path / "e2e.duckdb"
    assert cli_process("--db", str(store), "init").returncode == 0
    # last week, by hand: the company's stage names mapped, and the mapping saved under a name
    saved = cli_process("--db", str(store), "import", "leads", str(CORPUS / "pipedrive_custom_stages.csv"),
                        *STAGE_MAPS, "--save-as", "Pipedrive vendite")
    assert saved.returncode == 0, saved.stderr
    # next week's export: two deals changed value (2002: 200 -> 900, 2020: 2000 -> 9000)
    week2 = (CORPUS / "pipedrive_custom_stages.csv").read_text(encoding="utf-8").replace(",200", ",900")
    env = {"SMARKETING_INBOX_POLL": "0.3", "SMARKETING_INBOX_SETTLE": "0.5"}
    with start_server(tmp_path, env) as (url, path):
        assert path == store
        folder = tmp_path / "e2e-inbox"
        wait_for(folder.is_dir)     # the server watches from its start: nobody has opened the app
        drop(folder, "Pipedrive vendite 2026-11-30.csv", week2.encode("utf-8"))
        done = wait_for(lambda: results(folder, "done").get("Pipedrive vendite 2026-11-30.csv"))
        assert (done["mapping"], done["counts"]["rows_read"], done["counts"]["updated"],
                done["counts"]["unchanged"], done["counts"]["rejected"]) == ("Pipedrive vendite", 46, 2, 44, 0)
        # a built-in export recognised by its header, and a file nobody can read
        drop(folder, "export-notte.csv", (CORPUS / "meta_ads_by_day.csv").read_bytes())
        drop(folder, "strano.csv", b"foo;bar\n1;2\n")
        meta = wait_for(lambda: results(folder, "done").get("export-notte.csv"))
        failed = wait_for(lambda: results(folder, "failed").get("strano.csv"))
        assert (meta["mapping"], meta["counts"]["inserted"]) == ("meta-ads", 20)
        assert failed["message"]["it"].startswith("Non so con quale mappatura leggere «strano.csv»")
        assert sorted(p.name for p in folder.iterdir()) == ["done", "failed"]

        browser = os.path.exists(CHROMIUM)
        if browser:
            walk_the_pages(url, tmp_path)

    con = duckdb.connect(str(store), read_only=True)
    batches = con.execute("select file_name, created_by, status from import_batches where kind <> 'demo' "
                          "order by batch_id").fetchall()
    assert [(f, by == "inbox", status) for f, by, status in batches] == [
        ("pipedrive_custom_stages.csv", False, "committed"),      # by hand, last week
        ("Pipedrive vendite 2026-11-30.csv", True, "committed"),
        ("export-notte.csv", True, "committed")]
    # the saved stage map was applied to next week's file: every deal at the stage its name was mapped to
    stage_of = {"Primo contatto": "lead", "Sopralluogo fatto": "sql", "In attesa di firma": "opportunity",
                "Won": "customer"}
    expected = Counter(stage_of[r["Deal - Stage"]] for r in csv.DictReader(week2.splitlines()))
    assert dict(con.execute("select current_stage, count(*) from leads group by 1").fetchall()) == expected
    assert sum(expected.values()) == 46 and expected["customer"] == 8
    assert con.execute("select sum(deal_value) from leads where external_id = '2002'").fetchone()[0] == 900
    con.close()
    if not browser:     # the inbox half passed; the test is not whole without the pages half, and says so
        pytest.skip(f"the inbox imported every file, but the Import and Meeting pages were not walked: {CHROMIUM} "
                    "is not installed (apt-get install chromium)")


def walk_the_pages(url: str, tmp_path) -> None:
    from playwright.sync_api import expect, sync_playwright

    from tests.e2e.test_browser import LAUNCH_ARGS, shot

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        page = browser.new_context(viewport={"width": 1400, "height": 2400}, locale="it-IT").new_page()
        page.goto(f"{url}/imports")
        expect(page.get_by_role("heading", name="Cartella di importazione")).to_be_visible()
        grid = page.locator("[data-testid='stDataFrame']").last
        expect(grid).to_contain_text("strano.csv")
        expect(grid).to_contain_text("non importato")
        expect(grid).to_contain_text("Meta Ads Manager (per giorno o per annuncio)")
        shot(page, tmp_path, "inbox")
        page.get_by_role("link", name=re.compile("Riunione settimanale")).click()
        # stamped with the app's day (SMARKETING_TODAY), not the machine's: the agenda lists a week's failures
        expect(page.get_by_text("Il file «strano.csv» lasciato nella cartella di importazione il 25/11/2026 "
                                "non è stato importato (è in failed/", exact=False)).to_be_visible()
        browser.close()
