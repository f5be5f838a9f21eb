"""A name written in another letter case is the name already in use (review of 6 December 2026): X Education's
export has "Google" for 2,868 leads and "google" for 5, and a store fed by two exports had the demo's "Referral"
beside Olist's "referral". Each was a second source in every list, filter and chart, and the spend of a channel
"google ads" met no lead of "Google Ads" in the cost per lead."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from smarketing import metrics
from smarketing.importing import reasons, undo
from tests.db.test_import_corpus import counts, notes
from tests.imports.test_import_ambiguity import load, write

LEADS = ("Email;Fonte;Campagna;Responsabile;Data creazione\n"
         "a@x.it;Google Ads;Promo Inverno;Luca Bertolini;02/11/2026\n"
         "b@x.it;google ads;PROMO INVERNO;luca bertolini;02/11/2026\n"
         "c@x.it;Google Ads;Promo Inverno;Luca Bertolini;03/11/2026\n"
         "d@x.it;GOOGLE ADS;promo inverno;Luca Bertolini;03/11/2026\n"
         "e@x.it;Fiera;;Luca Bertolini;04/11/2026\n")


def test_a_file_s_names_take_the_spelling_of_most_of_its_rows_and_say_so(con, tmp_path):
    result = load(con, write(tmp_path, "lead.csv", LEADS))
    assert counts(result) == (5, 5, 0, 0, 0)
    assert con.execute("select source, campaign, owner, count(*) from leads group by all order by all").fetchall() == [
        ("Fiera", None, "Luca Bertolini", 1), ("Google Ads", "Promo Inverno", "Luca Bertolini", 4)]
    spelling = [n for n in notes(result) if n[0] == "import.note_spelling"]
    assert spelling == [
        ("import.note_spelling", {"field": "Fonte", "count": 2, "pairs": {
            "it": "«GOOGLE ADS» → «Google Ads», «google ads» → «Google Ads»",
            "en": '"GOOGLE ADS" → "Google Ads", "google ads" → "Google Ads"'}}),
        ("import.note_spelling", {"field": "Campagna", "count": 2, "pairs": {
            "it": "«PROMO INVERNO» → «Promo Inverno», «promo inverno» → «Promo Inverno»",
            "en": '"PROMO INVERNO" → "Promo Inverno", "promo inverno" → "Promo Inverno"'}}),
        ("import.note_spelling", {"field": "Responsabile", "count": 1, "pairs": {
            "it": "«luca bertolini» → «Luca Bertolini»", "en": '"luca bertolini" → "Luca Bertolini"'}}),
    ]
    words = {lang: [reasons.note_text(n, lang) for n in result.notes if n.key == "import.note_spelling"]
             for lang in ("it", "en")}
    assert words["it"][2] == ("1 riga di «Responsabile» scrive un nome con altre maiuscole o minuscole: è letta con "
                              "la grafia già registrata o, per un nome nuovo, con quella più usata nel file, per "
                              "contarla insieme: «luca bertolini» → «Luca Bertolini».")
    assert words["en"][0] == ('2 rows of "Fonte" write a name in another letter case: they are read in the spelling '
                              "already stored or, for a new name, the one the file uses most, to be counted together: "
                              '"GOOGLE ADS" → "Google Ads", "google ads" → "Google Ads".')


def test_a_tie_goes_to_the_spelling_a_name_is_written_in(con, tmp_path):
    # capitals and small letters, then small letters alone, then capitals alone
    result = load(con, write(tmp_path, "lead.csv", "Email;Fonte;Regione\na@x.it;referral;LOMBARDIA\n"
                             "b@x.it;Referral;lombardia\nc@x.it;REFERRAL;LOMBARDIA\nd@x.it;;lombardia\n"))
    assert con.execute("select source, region from leads order by email").fetchall() == [
        ("Referral", "lombardia"), ("Referral", "lombardia"), ("Referral", "lombardia"), (None, "lombardia")]
    assert [(n[1]["field"], n[1]["count"], n[1]["pairs"]["it"]) for n in notes(result)
            if n[0] == "import.note_spelling"] == [
        ("Fonte", 2, "«REFERRAL» → «Referral», «referral» → «Referral»"), ("Regione", 2, "«LOMBARDIA» → «lombardia»")]


def test_the_stored_spelling_wins_over_the_file_and_the_same_file_again_changes_nothing(con, tmp_path):
    load(con, write(tmp_path, "primo.csv", "Email;Fonte\nold@x.it;referral\n"))
    # the second export writes it with a capital in every row: the stored leads, and any filter on them, keep theirs
    second = write(tmp_path, "olist.csv", "Email;Fonte\na@x.it;Referral\nb@x.it;Referral\nold@x.it;Referral\n")
    result = load(con, second)
    assert counts(result) == (3, 2, 0, 1, 0)
    assert con.execute("select source, count(*) from leads group by 1").fetchall() == [("referral", 3)]
    assert con.execute("select source, count(*) from lead_journeys group by 1").fetchall() == [("referral", 3)]
    assert [n[1]["count"] for n in notes(result) if n[0] == "import.note_spelling"] == [3]
    assert counts(load(con, second)) == (3, 0, 0, 3, 0)


def test_spend_of_a_channel_in_another_case_meets_its_leads_and_is_not_counted_twice(con, tmp_path):
    load(con, write(tmp_path, "lead.csv", LEADS))
    spend = write(tmp_path, "spesa.csv", "Data;Canale;Campagna;Spesa\n02/11/2026;GOOGLE ADS;promo inverno;100,00\n"
                  "03/11/2026;google ads;Promo Inverno;60,00\n")
    result = load(con, spend, kind="spend")
    assert counts(result) == (2, 2, 0, 0, 0)
    assert con.execute("select channel, campaign, amount from spend order by spend_date").fetchall() == [
        ("Google Ads", "Promo Inverno", Decimal("100.00")), ("Google Ads", "Promo Inverno", Decimal("60.00"))]
    again = write(tmp_path, "spesa2.csv", "Data;Canale;Campagna;Spesa\n02/11/2026;Google Ads;Promo Inverno;100,00\n"
                  "03/11/2026;Google Ads;PROMO INVERNO;60,00\n")
    assert counts(load(con, again, kind="spend")) == (2, 0, 0, 2, 0)
    query = metrics.Query(by="source", start=date(2026, 11, 1), end=date(2026, 11, 30), today=date(2026, 11, 30))
    by_source = {r["source"]: (r["spend"], r["leads"], r["cpl"]) for r in metrics.compute(con, "roi", query)}
    # 160 € over the four leads of Google Ads: 40 € a lead, where "google ads" spend had no lead at all
    assert by_source == {"Google Ads": (Decimal("160.00"), 4, 40.0), "Fiera": (Decimal("0.00"), 1, None)}


def test_a_value_set_for_every_row_takes_the_stored_spelling(con, tmp_path):
    load(con, write(tmp_path, "lead.csv", LEADS))
    result = load(con, write(tmp_path, "fiera.csv", "Email\nf@x.it\ng@x.it\n"), sets={"source": "FIERA"})
    assert con.execute("select count(*) from leads where source = 'Fiera'").fetchone() == (3,)
    # named as the page names the field, never by the command line's option
    assert [reasons.note_text(n, lang) for n in result.notes if n.key == "import.note_spelling"
            for lang in ("it", "en")] == [
        "2 righe di «Fonte (valore fisso)» scrivono un nome con altre maiuscole o minuscole: sono lette con la grafia "
        "già registrata o, per un nome nuovo, con quella più usata nel file, per contarle insieme: «FIERA» → «Fiera».",
        '2 rows of "Source (fixed value)" write a name in another letter case: they are read in the spelling already '
        'stored or, for a new name, the one the file uses most, to be counted together: "FIERA" → "Fiera".']


@pytest.mark.parametrize("written", ["GOOGLE ADS", "google ads", "Google ads"])
def test_every_case_of_a_stored_name_is_that_name(con, tmp_path, written):
    load(con, write(tmp_path, "lead.csv", LEADS))
    load(con, write(tmp_path, "nuovo.csv", f"Email;Fonte\nz@x.it;{written}\n"))
    assert con.execute("select source from leads where email = 'z@x.it'").fetchone() == ("Google Ads",)


def test_names_that_differ_by_more_than_case_stay_apart(con, tmp_path):
    result = load(con, write(tmp_path, "lead.csv", "Email;Fonte\na@x.it;Google Ads\nb@x.it;Google\n"
                             "c@x.it;Google-Ads\nd@x.it;Città\ne@x.it;CITTÀ\n"))
    assert con.execute("select source, count(*) from leads group by 1 order by 1").fetchall() == [
        ("Città", 2), ("Google", 1), ("Google Ads", 1), ("Google-Ads", 1)]
    assert [n[1]["pairs"]["it"] for n in notes(result) if n[0] == "import.note_spelling"] == ["«CITTÀ» → «Città»"]


def test_a_spelling_an_undo_would_bring_back_is_the_stored_one(con, tmp_path):
    # the first import's "google" lives on in the snapshot the second import took when it changed the lead: a new
    # lead written "Google" meanwhile came back beside it as a second source once the second import was undone
    load(con, write(tmp_path, "uno.csv", "Email;Fonte\nw1@x.it;google\n"))
    second = load(con, write(tmp_path, "due.csv", "Email;Fonte\nw1@x.it;Bing\n"))
    load(con, write(tmp_path, "tre.csv", "Email;Fonte\nw2@x.it;Google\n"))
    undo(con, second.batch_id)
    assert con.execute("select source, count(*) from leads group by 1").fetchall() == [("google", 2)]


def test_an_objective_s_filter_keeps_its_leads_after_the_import_that_named_them_is_undone(con, tmp_path):
    first = load(con, write(tmp_path, "uno.csv", "Email;Fonte\na@x.it;webinar\n"))
    con.execute("insert into objectives (objective_id, title, statement, metric, filters) values "
                "(1, 'Webinar', 'Webinar', 'conversion', ?)", [json.dumps({"source": "webinar"})])
    undo(con, first.batch_id)
    result = load(con, write(tmp_path, "due.csv", "Email;Fonte\nb@x.it;Webinar\nc@x.it;Webinar\n"))
    assert con.execute("select source, count(*) from leads group by 1").fetchall() == [("webinar", 2)]
    assert [n[1]["pairs"]["en"] for n in notes(result) if n[0] == "import.note_spelling"] == [
        '"Webinar" → "webinar"']


def test_a_long_list_of_names_says_how_many_it_leaves_out(con, tmp_path):
    rows = "".join(f"{i}@x.it;Fiera {i}\n{i}b@x.it;FIERA {i}\n{i}c@x.it;Fiera {i}\n" for i in range(10, 40))
    result = load(con, write(tmp_path, "fiere.csv", "Email;Fonte\n" + rows))
    shown = [reasons.note_text(n, lang).rsplit(", ", 1)[-1] for n in result.notes if n.key == "import.note_spelling"
             for lang in ("it", "en")]
    assert shown == ["«FIERA 17» → «Fiera 17» e altri 22.", '"FIERA 17" → "Fiera 17" and 22 more.']
