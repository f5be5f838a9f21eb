"""Texts exist in both languages, and numbers and dates read the way each language writes them."""

from __future__ import annotations

import re
import sys
from datetime import date, datetime
from decimal import Decimal

import pytest

from smarketing import i18n
from smarketing.i18n import t


def test_every_text_has_italian_and_english_with_the_same_placeholders():
    # the texts file read whole: the pages' titles among them
    assert i18n.texts()["overview.title"] == {"it": "Panoramica", "en": "Overview"}
    for key, entry in i18n.texts().items():
        assert set(entry) == {"it", "en"}, key
        assert entry["it"].strip() and entry["en"].strip(), key
        assert set(re.findall(r"\{(\w+)\}", entry["it"])) == set(re.findall(r"\{(\w+)\}", entry["en"])), key


@pytest.mark.parametrize(("value", "lang", "expected"), [
    (1234, "it", "1.234"), (1234, "en", "1,234"), (1234567, "it", "1.234.567"), (0, "it", "0"),
    (-1234, "it", "-1.234"), (None, "it", "–"), (12.6, "en", "13"),
])
def test_fmt_int(value, lang, expected):
    assert i18n.fmt_int(value, lang) == expected


@pytest.mark.parametrize(("value", "lang", "expected"), [
    (0.1234, "it", "12,3%"), (0.1234, "en", "12.3%"), (1.5, "it", "150,0%"), (0, "en", "0.0%"), (None, "en", "–"),
    (Decimal("0.1053"), "it", "10,5%"),
])
def test_fmt_pct(value, lang, expected):
    assert i18n.fmt_pct(value, lang) == expected


@pytest.mark.parametrize(("value", "lang", "expected"), [
    (0.2, "it", "+20%"), (-0.15, "en", "\u221215%"), (0, "it", "0%"), (1.0, "en", "+100%"), (-0.005, "it", "\u22121%"),
    # a change shown as 0% has no sign: "−0%" read as a fall that the number itself denies
    (-0.004, "it", "0%"), (0.004, "en", "0%"),
])
def test_a_change_is_signed_with_a_true_minus(value, lang, expected):
    # the agenda, the SMART check and the correction boxes all print a change this way
    assert i18n.fmt_signed_pct(value, lang) == expected


def test_a_value_that_rounds_to_zero_is_shown_with_no_minus():
    # Babel writes -0,004 as "-0": "al massimo -0 €" for a target that is nothing, "-0,0%" for a rate of nothing
    assert [i18n.fmt_money(-0.0, "it"), i18n.fmt_money(-0.4, "en"), i18n.fmt_money(-0.004, "it", decimals=2),
            i18n.fmt_num(-0.04, "it", 1), i18n.fmt_int(-0.2, "en"), i18n.fmt_pct(-0.0004, "it"),
            i18n.fmt_plain(-0.001, "it")] == ["0\u00a0€", "€0", "0,00\u00a0€", "0,0", "0", "0,0%", "0,00"]
    # what does not round to zero keeps its sign, a half rounding away from it
    assert [i18n.fmt_money(-0.5, "it"), i18n.fmt_money(-0.4, "en", decimals=2), i18n.fmt_num(-0.05, "it", 1),
            i18n.fmt_pct(-0.0005, "en"), i18n.fmt_plain(-0.005, "en")] == [
        "-1\u00a0€", "-€0.40", "-0,1", "-0.1%", "-0.01"]


@pytest.mark.parametrize(("value", "lang", "decimals", "expected"), [
    # CLDR's money: the euro after the number in Italian, held to it by a no-break space, before it in English
    (1234.56, "it", 2, "1.234,56\u00a0€"), (1234.56, "en", 2, "€1,234.56"),
    (Decimal("1000000"), "it", 0, "1.000.000\u00a0€"), (None, "it", 0, "–"), (-100, "it", 0, "-100\u00a0€"),
    (98765.4, "it", 0, "98.765\u00a0€"),
    # halves round up, as Excel and a manager do, never to the even digit (which made 15,625 € read 15,62 €)
    (1234.5, "it", 0, "1.235\u00a0€"), (15.625, "it", 2, "15,63\u00a0€"), (2.675, "en", 2, "€2.68"),
])
def test_fmt_money(value, lang, decimals, expected):
    assert i18n.fmt_money(value, lang, decimals=decimals) == expected


def test_a_half_rounds_up_in_numbers_and_percents_too():
    # the alerts' "contro una media di 17,3" for 17,25; a share of 12,25% is 12,3%
    assert (i18n.fmt_num(17.25, "it", 1), i18n.fmt_num(108.25, "en", 1), i18n.fmt_pct(0.1225, "it")) == (
        "17,3", "108.3", "12,3%")


@pytest.mark.parametrize(("value", "lang", "expected"), [
    (date(2026, 12, 31), "it", "31/12/2026"), (date(2026, 12, 31), "en", "31 Dec 2026"),
    (datetime(2027, 3, 4, 10, 30), "it", "04/03/2027"), (None, "it", "–"),
])
def test_fmt_date(value, lang, expected):
    assert i18n.fmt_date(value, lang) == expected


@pytest.mark.parametrize(("value", "lang", "expected"), [
    (date(2027, 6, 30), "it", "30 giugno 2027"), (date(2027, 6, 30), "en", "30 June 2027"),
])
def test_fmt_long_date(value, lang, expected):
    assert i18n.fmt_long_date(value, lang) == expected


@pytest.mark.parametrize(("size", "lang", "expected"), [
    (512, "it", "512 B"), (2048, "it", "2,0 KB"), (5 * 1024 * 1024 + 300 * 1024, "en", "5.3 MB"),
])
def test_fmt_bytes(size, lang, expected):
    assert i18n.fmt_bytes(size, lang) == expected


@pytest.mark.parametrize(("env", "expected"), [("en", "en"), ("EN_gb", "en"), ("it", "it"), ("fr", "it"), (None, "it")])
def test_default_lang_from_environment(monkeypatch, env, expected):
    if env is None:
        monkeypatch.delenv("SMARKETING_LANG", raising=False)
    else:
        monkeypatch.setenv("SMARKETING_LANG", env)
    assert i18n.default_lang() == expected


def test_error_reads_in_both_languages():
    from smarketing.errors import SmarketingError

    err = SmarketingError("error.db_folder_missing", folder="/x")
    assert str(err) == "La cartella del database non esiste: /x\nThe database folder does not exist: /x"


def test_an_error_shown_on_a_page_escapes_what_the_user_typed():
    from smarketing import ui
    from smarketing.errors import SmarketingError

    exc = SmarketingError("error.access_pattern", pattern="![x](http://evil/x.png)")
    assert exc.message("en") == ('"![x](http://evil/x.png)" is neither an e-mail address (anna@company.com) nor a '
                                 'domain (@company.com).')
    assert exc.message("en", escape=ui.plain).startswith('"\\!\\[x\\]\\(http\\://evil/x\\.png\\)" is neither')


def test_plain_text_cannot_become_a_heading_or_an_entity():
    from smarketing import ui

    assert ui.plain("Fiera\n===") == "Fiera\n\\=\\=\\="
    assert ui.plain("R&amp;D") == "R\\&amp;D"


@pytest.mark.parametrize(("key", "row", "lang", "expected"), [
    ("leads", {"leads": 120, "leads_compare": 100}, "it", ("+20 (+20%)", "normal")),
    ("leads", {"leads": 80, "leads_compare": 100}, "en", ("-20 (-20%)", "normal")),
    ("leads", {"leads": 5, "leads_compare": 0}, "it", ("+5", "normal")),          # no share of nothing
    ("leads", {"leads": 5, "leads_compare": 5}, "it", ("±0", "normal")),
    ("win_rate", {"win_rate": 0.31, "win_rate_compare": 0.25}, "it", ("+6,0 punti", "normal")),
    ("cac", {"cac": 900.0, "cac_compare": 1000.0, "currency": "EUR"}, "it", ("-100\u00a0€", "inverse")),
    ("median_days_to_accept", {"median_days_to_accept": 3.5, "median_days_to_accept_compare": 2.0}, "en",
     ("+1.5 d", "inverse")),
    ("spend", {"spend": 1500, "spend_compare": 1000, "currency": "EUR"}, "en", ("+€500", "off")),
    # a change that rounds to nothing is shown as none: no arrow, no green (review 8: "↓ -0.0 d" for 3,094 vs 3,111)
    ("median_days_to_accept", {"median_days_to_accept": 3.094, "median_days_to_accept_compare": 3.111}, "en",
     ("±0.0 d", "inverse")),
    ("win_rate", {"win_rate": 0.30001, "win_rate_compare": 0.3}, "it", ("±0,0 punti", "normal")),
    ("backlog", {"backlog": 12, "backlog_compare": None}, "it", (None, "inverse")),   # nothing to compare with
    # the data began inside the comparison window: 717 leads against 95 is the data starting, not +655%; a rate
    # or a cost is no total and keeps its change
    ("leads", {"leads": 717, "leads_compare": 95, "compare_data": "partial"}, "it", (None, "normal")),
    ("won_value", {"won_value": 166050, "won_value_compare": 9000, "compare_data": "partial"}, "it",
     (None, "normal")),
    ("opportunities", {"opportunities": 46, "opportunities_compare": 3, "compare_data": "partial"}, "en",
     (None, "normal")),
    ("win_rate", {"win_rate": 0.30, "win_rate_compare": 0.25, "compare_data": "partial"}, "it",
     ("+5,0 punti", "normal")),
    ("cac", {"cac": 900.0, "cac_compare": 1000.0, "currency": "EUR", "compare_data": "partial"}, "en",
     ("-€100", "inverse")),
])
def test_a_change_reads_as_its_number_and_colours_as_good_or_bad_news(key, row, lang, expected):
    from smarketing.metricformat import delta

    assert delta(key, row, lang) == expected


def test_a_total_compared_with_a_window_the_data_covers_in_part_is_shown_as_none_in_a_table():
    from smarketing.metricformat import format_value

    row = {"reached": 3252, "reached_compare": 1687, "conversion_from_previous": 0.3,
           "conversion_from_previous_compare": 0.28, "compare_data": "partial"}
    assert format_value("reached_compare", 1687, row, "it") == "–"
    assert format_value("conversion_from_previous_compare", 0.28, row, "it") == "28,0%"
    assert format_value("reached_compare", 1687, {**row, "compare_data": "full"}, "it") == "1.687"


def test_a_number_past_28_digits_is_written_not_an_error():
    # "Raggiungere 9999999999999998483608109057 clienti": the reader keeps it, the check quotes it back
    assert i18n.fmt_num(1e28, "it", 0) == "10.000.000.000.000.000.000.000.000.000"
    assert i18n.fmt_money(Decimal("1E+30"), "en") == "€1,000,000,000,000,000,000,000,000,000,000"
    assert i18n.fmt_pct(1e27, "it", 0) == "100.000.000.000.000.000.000.000.000.000%"


def test_the_texts_kept_beside_the_bytecode_are_those_of_the_file_as_it_is_now(tmp_path, monkeypatch):
    # a command reads the flattened texts the last one kept, never a copy an edit of texts.toml left behind
    source = tmp_path / "texts.toml"
    monkeypatch.setattr(i18n, "_TEXTS", source)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    read = []
    for greeting in ("Ciao", "Buongiorno"):
        source.write_text(f'[hello]\nworld = {{ it = "{greeting}", en = "Hello" }}\n', encoding="utf-8")
        for _ in range(2):         # the first run keeps them, the second reads what it kept
            i18n.texts.cache_clear()
            read.append(i18n.texts())
        assert [p.name.startswith("texts.") for p in (tmp_path / "__pycache__").iterdir()] == [True]
    i18n.texts.cache_clear()
    assert read == [{"hello.world": {"it": "Ciao", "en": "Hello"}}] * 2 + [
        {"hello.world": {"it": "Buongiorno", "en": "Hello"}}] * 2
    # with Python told to write no bytecode, nothing is kept
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(i18n, "_TEXTS", tmp_path / "other" / "texts.toml")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "texts.toml").write_bytes(source.read_bytes())
    assert i18n.texts() == {"hello.world": {"it": "Buongiorno", "en": "Hello"}}
    i18n.texts.cache_clear()
    assert not (tmp_path / "other" / "__pycache__").exists()


def test_every_amount_a_report_gives_is_worded_as_money_and_no_other_column_is():
    # the report's catalog names each amount's currency column; the words must treat exactly those as money,
    # or an amount would read as a bare count (or a count as euros)
    from smarketing import metrics
    from smarketing.metricformat import MONEY, TEXT_COLUMNS

    assert {key for metric in metrics.CATALOG.values() for key in metric.money} == MONEY
    assert {key for metric in metrics.CATALOG.values() for key in metric.keys} & MONEY == MONEY
    assert not TEXT_COLUMNS & MONEY


@pytest.mark.parametrize(("day", "expected"), [
    # the article before a number read with a vowel is elided, and the first of a month is "1°", as Italian writes
    # them: the planner's titles and the meeting's due days said "entro il 8 aprile", "entro il 11/12/2026"
    ("8 aprile 2027", "entro l'8 aprile 2027"), ("11/12/2026", "entro l'11/12/2026"),
    ("08/12/2026", "entro l'08/12/2026"), ("1 aprile 2027", "entro il 1° aprile 2027"),
    ("18 aprile 2027", "entro il 18 aprile 2027"), ("110 giorni", "entro il 110 giorni"),
    ("01/04/2027", "entro il 01/04/2027"),
])
def test_italian_articles_before_a_number(day, expected):
    assert t("meeting.due_on", "it", day=day) == expected
    assert t("meeting.due_on", "en", day=day) == f"due {day}"


def test_a_planners_title_reads_as_italian():
    assert t("planner.child_mql", "it", count=223, scope="", deadline="8 aprile 2027") == \
        "Generare 223 MQL entro l'8 aprile 2027"
    assert t("cli.info_spend_range", "it", first="1 novembre 2026", last="8 dicembre 2026") == \
        "Spesa: dal 1° novembre 2026 all'8 dicembre 2026"


@pytest.mark.parametrize(("row", "lang", "card", "delta"), [
    # review 25: the CAC card read 49 where the CLI and the tables have 49,08 €; thousands stay whole
    ({"cac": 49.08, "cac_compare": 51.5, "spend_currency": "EUR"}, "it", ("CAC (EUR)", "49,08"), "-2,42\u00a0€"),
    ({"cac": 49.08, "cac_compare": 51.5, "spend_currency": "EUR"}, "en", ("CAC (EUR)", "49.08"), "-€2.42"),
    ({"cac": 1234.56, "cac_compare": 1000.0, "spend_currency": "EUR"}, "it", ("CAC (EUR)", "1.235"), "+235\u00a0€"),
    ({"cac": 49.0, "cac_compare": 40.0, "spend_currency": "EUR"}, "it", ("CAC (EUR)", "49"), "+9\u00a0€"),
    # review of 7 December: Maven's average deal «2.364 USD» changed by «+22,76 USD»; the change has the amounts'
    # decimals
    ({"cac": 2364.0, "cac_compare": 2341.24, "spend_currency": "USD"}, "it", ("CAC (USD)", "2.364"), "+23\u00a0USD"),
    ({"cac": 32.5, "cac_compare": 30.0, "spend_currency": "EUR"}, "en", ("CAC (EUR)", "32.50"), "+€2.50"),
])
def test_a_small_amount_keeps_its_cents_on_a_card(row, lang, card, delta):
    from smarketing import metricformat

    assert metricformat.card("cac", row, lang) == card
    assert metricformat.delta("cac", row, lang)[0] == delta


def test_amounts_in_tables_keep_cents_only_when_small_as_the_cards_do():
    """Review of 5 December: the CLI's win rate printed "Valore medio 15.000,00 €" beside "30.000 €" won."""
    from decimal import Decimal

    from smarketing.metricformat import format_value

    row = {"currency": "EUR", "spend_currency": "EUR"}
    assert format_value("avg_deal_value", Decimal("15000.00"), row, "it") == "15.000\u00a0€"
    assert format_value("cac", Decimal("3136.22"), row, "en") == "€3,136"
    assert format_value("cpl", Decimal("32.50"), row, "it") == "32,50\u00a0€"
    assert format_value("spend", Decimal("45.50"), row, "en") == "€45.50"
    assert format_value("cpl", None, row, "it") == "–"


def test_a_card_holding_two_currencies_is_given_the_width_to_show_both():
    """Review of 5 December: "Valore vinto" in francs and euros read "CHF165,…" on the Overview, the euros cut off."""
    from smarketing.metricformat import card_rows

    numbers = ["820", "304", "117", "49", "8", "177.650", "30,8%"]
    assert card_rows(numbers, 5) == [[(0, 1), (1, 1), (2, 1), (3, 1), (4, 1)], [(5, 1), (6, 1)]]
    numbers[5] = "CHF165,000 + €75,000"
    assert card_rows(numbers, 5) == [[(0, 1), (1, 1), (2, 1), (3, 1), (4, 1)], [(5, 2), (6, 1)]]
    # too wide for what is left of a row: the next row
    assert card_rows(["30,8%", "8", "2", "165.000 CHF + 75.000 €", "5"], 5) == [
        [(0, 1), (1, 1), (2, 1)], [(3, 3), (4, 1)]]


def test_an_amount_in_two_currencies_is_never_shown_again_as_its_comparison():
    """Review of 5 December: the CLI's "Spend (comparison)" repeated this window's "£3,249 + $3,315", where October's
    spend was £3,673.24."""
    from decimal import Decimal

    from smarketing.metricformat import format_value

    row = {"spend": None, "spend_compare": None, "compare_data": "full",
           "spend_split": [{"currency": "GBP", "amount": Decimal("3249")},
                           {"currency": "USD", "amount": Decimal("3315")}]}
    assert format_value("spend", None, row, "en") == "£3,249 + $3,315"
    assert format_value("spend_compare", None, row, "en") == "–"
