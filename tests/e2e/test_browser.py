"""A real headless Chromium (Debian's package) walks the app: Overview, language switch, Settings."""

from __future__ import annotations

import os
import re

import pytest

from tests.e2e.conftest import CHROMIUM

pytestmark = pytest.mark.e2e

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is in requirements-dev.txt")
if not os.path.exists(CHROMIUM):
    pytest.skip("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it",
                allow_module_level=True)

LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


@pytest.fixture
def page(tmp_path):
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="it-IT")
        yield context.new_page()
        browser.close()


def test_overview_language_and_settings(server, page, tmp_path):
    url, _ = server
    page.goto(url)
    expect = playwright_api.expect
    expect(page.get_by_role("heading", name="Panoramica")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("dati dimostrativi", exact=False).first).to_be_visible()
    expect(page.get_by_text("Contatti aperti")).to_be_visible()
    expect(page.locator("[data-testid='stVegaLiteChart']").first).to_be_visible(timeout=30_000)
    page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)

    page.get_by_text("English", exact=True).first.click()
    expect(page.get_by_role("heading", name="Overview")).to_be_visible(timeout=15_000)
    expect(page.get_by_text("Open leads")).to_be_visible()

    page.get_by_role("link", name=re.compile("Settings")).click()
    expect(page.get_by_role("heading", name="Demo data")).to_be_visible(timeout=15_000)
    expect(page.get_by_text("Customer-journey stages")).to_be_visible()


def test_import_a_csv_in_the_browser(server, page, tmp_path):
    url, path = server
    csv_file = tmp_path / "contatti.csv"
    csv_file.write_text("Email;Ragione sociale;Fase;Data creazione\n"
                        "nuovo@cliente.it;Cliente Nuovo Srl;MQL;03/11/2026\n"
                        "rotto;Altro;MQL;31/02/2026\n", encoding="utf-8")
    expect = playwright_api.expect
    page.goto(url)
    page.get_by_role("link", name=re.compile("Importa")).click()
    expect(page.get_by_role("heading", name="Importa", exact=True)).to_be_visible(timeout=30_000)
    page.locator("input[type='file']").set_input_files(str(csv_file))
    expect(page.get_by_text("Pronto: 2 righe lette, 1 da inserire", exact=False)).to_be_visible(timeout=30_000)
    page.screenshot(path=str(tmp_path / "import.png"), full_page=True)
    page.get_by_role("button", name="Importa", exact=True).click()
    expect(page.get_by_text("registrata.", exact=False).first).to_be_visible(timeout=30_000)
    expect(page.get_by_test_id("stMetricValue").nth(4)).to_have_text("1")  # Scartate
    page.screenshot(path=str(tmp_path / "imported.png"), full_page=True)


def test_funnel_hand_off_and_roi_in_the_browser(server, page, tmp_path):
    url, _ = server
    expect = playwright_api.expect
    page.goto(url)
    page.get_by_role("link", name=re.compile("Funnel")).click()
    expect(page.get_by_role("heading", name="Conversione tra due fasi")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Tasso di conversione").first).to_be_visible()
    expect(page.locator("[data-testid='stVegaLiteChart']").first).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Clicca una barra del funnel", exact=False)).to_be_visible()
    # clicking the SQL bar lists the leads that reached SQL
    bars = page.locator("[data-testid='stVegaLiteChart'] svg [aria-roledescription='bar']")
    expect(bars).to_have_count(5, timeout=30_000)
    reached = int(re.search(r"Hanno raggiunto: (\d+)", bars.nth(2).get_attribute("aria-label")).group(1))
    bars.nth(2).click()
    shown = f"{reached:,}".replace(",", ".")
    expect(page.get_by_text(re.compile(rf"^{re.escape(shown)} contatti"))).to_be_visible(timeout=30_000)
    page.screenshot(path=str(tmp_path / "funnel.png"), full_page=True)
    page.get_by_role("link", name=re.compile("Consegna alle Vendite")).click()
    expect(page.get_by_text("Tasso di accettazione").first).to_be_visible(timeout=30_000)
    page.get_by_role("link", name=re.compile("Spesa e ritorno")).click()
    expect(page.get_by_role("heading", name="Per canale")).to_be_visible(timeout=30_000)
    page.screenshot(path=str(tmp_path / "roi.png"), full_page=True)


def test_the_smart_check_follows_the_typing(server, page, tmp_path):
    url, _ = server
    expect = playwright_api.expect
    page.goto(url)
    page.get_by_role("link", name=re.compile("Obiettivi")).click()
    expect(page.get_by_role("heading", name="Obiettivi condivisi")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("In linea: avanzamento almeno pari", exact=False)).to_be_visible(timeout=30_000)
    page.get_by_role("tab", name="Nuovo obiettivo").click()
    field = page.get_by_placeholder(re.compile("Aumentare"))
    # typed key by key, never Enter nor leaving the field: the check must follow anyway
    field.press_sequentially("Migliorare il marketing", delay=20)
    expect(page.get_by_text("Punteggio SMART: 10/100")).to_be_visible(timeout=30_000)
    field.fill("")
    field.press_sequentially("Aumentare del 20% le SQL dai webinar entro il 30 giugno 2027", delay=10)
    expect(page.get_by_text("Misura chiara: aumentare gli SQL, per Webinar.")).to_be_visible(timeout=30_000)
    page.screenshot(path=str(tmp_path / "objective.png"), full_page=True)

    page.get_by_role("link", name=re.compile("Pianificatore")).click()
    expect(page.get_by_role("heading", name="Pianificatore")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Budget necessario")).to_be_visible(timeout=30_000)
    page.screenshot(path=str(tmp_path / "planner.png"), full_page=True)
