"""What an import does to stored data: upsert rules, stage history, dry runs, undo."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from smarketing import metrics, settings
from smarketing.errors import SmarketingError
from smarketing.importing import ImportOptions, list_batches, reasons, run_import, undo
from smarketing.importing.run import ledger


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(con) -> dict:
    return {
        "leads": con.execute("select * exclude (updated_at) from leads order by lead_id").fetchall(),
        "events": con.execute("select * from stage_events order by lead_id, stage, entered_at").fetchall(),
        "spend": con.execute("select * from spend order by spend_id").fetchall(),
    }


FIRST = """Record ID,Email,Company,Lifecycle Stage,Create Date,Amount,Contact owner
1,anna@alfa.it,Alfa Srl,lead,2026-01-05 10:00,,Giulia
2,bruno@beta.it,Beta Spa,marketingqualifiedlead,2026-01-06 11:00,,Giulia
3,carla@gamma.it,Gamma,opportunity,2026-01-07 12:00,12000,Luca
"""

SECOND = """Record ID,Email,Company,Lifecycle Stage,Create Date,Amount,Contact owner
1,anna@alfa.it,,salesqualifiedlead,2026-01-05 10:00,,
2,bruno@beta.it,Beta Spa,lead,2026-01-06 11:00,,Giulia
3,carla@gamma.it,Gamma,customer,2026-01-07 12:00,15000,Luca
4,dario@delta.it,Delta,lead,2026-02-01 09:00,,Giulia
"""


def test_upsert_lays_file_values_over_stored_ones(con, tmp_path):
    first = run_import(con, write(tmp_path, "a.csv", FIRST), ImportOptions())
    assert (first.inserted, first.updated, first.unchanged, first.rejected) == (3, 0, 0, 0)
    second = run_import(con, write(tmp_path, "b.csv", SECOND), ImportOptions())
    # 1 moves to sql, 3 is won with a new amount, 2 is unchanged (a stage never moves back), 4 is new
    assert (second.inserted, second.updated, second.unchanged, second.rejected) == (1, 2, 1, 0)
    rows = {r[0]: r[1:] for r in con.execute(
        "select external_id, company, current_stage, deal_value, owner, closed_at from leads").fetchall()}
    assert rows["1"] == ("Alfa Srl", "sql", None, "Giulia", None)  # empty cells never erase
    assert rows["2"] == ("Beta Spa", "mql", None, "Giulia", None)
    assert rows["3"][:4] == ("Gamma", "customer", 15000, "Luca")
    assert rows["4"] == ("Delta", "lead", None, "Giulia", None)
    events = con.execute("select l.external_id, e.stage, e.entered_at, e.batch_id from stage_events e "
                         "join leads l using (lead_id) order by 1, 2").fetchall()
    assert events == [
        ("1", "lead", datetime(2026, 1, 5, 10), first.batch_id),
        ("1", "sql", None, second.batch_id),
        ("2", "lead", datetime(2026, 1, 6, 11), first.batch_id),
        ("2", "mql", None, first.batch_id),
        ("3", "customer", None, second.batch_id),
        ("3", "lead", datetime(2026, 1, 7, 12), first.batch_id),
        ("3", "opportunity", None, first.batch_id),
        ("4", "lead", datetime(2026, 2, 1, 9), second.batch_id),
    ]


def test_reimport_changes_nothing(con, tmp_path):
    path = write(tmp_path, "a.csv", FIRST)
    run_import(con, path, ImportOptions())
    before = snapshot(con)
    again = run_import(con, path, ImportOptions())
    assert (again.inserted, again.updated, again.unchanged, again.rejected) == (0, 0, 3, 0)
    assert snapshot(con) == before


STORED = """Record ID,Email,Lifecycle Stage,Create Date,Close Date,Amount,Currency
1,anna@alfa.it,salesqualifiedlead,2026-01-05 10:00,,,
2,bruno@beta.it,customer,2026-01-06 11:00,2026-03-02 09:00,5000,EUR
3,carla@gamma.it,lost,2026-01-07 12:00,2026-03-03 09:00,,
"""


@pytest.mark.parametrize(("row", "counts", "after", "added"), [
    # told again as stored: nothing changes, and the history gains nothing
    ("2,bruno@beta.it,customer,2026-01-06 11:00,2026-03-02 09:00,5000,EUR", (0, 1),
     ("customer", datetime(2026, 3, 2, 9), "5000.00", "EUR"), []),
    # an earlier stage of the journey: the stage stays, the history gains the entry it lacks
    ("1,anna@alfa.it,marketingqualifiedlead,,,,", (1, 0), ("sql", None, None, None), [("mql", None)]),
    # forward along the journey
    ("1,anna@alfa.it,opportunity,,,,", (1, 0), ("opportunity", None, None, None), [("opportunity", None)]),
    # to a closing stage, with its date
    ("1,anna@alfa.it,customer,,2026-04-01 08:00,,", (1, 0), ("customer", datetime(2026, 4, 1, 8), None, None),
     [("customer", datetime(2026, 4, 1, 8))]),
    # a closed deal told an open stage stays closed, with its date; its history gains the stage
    ("2,bruno@beta.it,opportunity,,,,", (1, 0), ("customer", datetime(2026, 3, 2, 9), "5000.00", "EUR"),
     [("opportunity", None)]),
    # the same closing stage with another date (a Close Date corrected in the CRM): the file's date, in force in
    # the history too (the earlier entry stays, superseded), so the win counts on its new day
    ("2,bruno@beta.it,customer,,2026-03-09 09:00,,", (1, 0), ("customer", datetime(2026, 3, 9, 9), "5000.00", "EUR"),
     [("customer", datetime(2026, 3, 9, 9))]),
    # the same closing stage without a date: the stored date stays
    ("2,bruno@beta.it,customer,,,,", (0, 1), ("customer", datetime(2026, 3, 2, 9), "5000.00", "EUR"), []),
    # another currency alone is a change
    ("2,bruno@beta.it,,,,,USD", (1, 0), ("customer", datetime(2026, 3, 2, 9), "5000.00", "USD"), []),
    # an amount for a lead that had none takes the company's currency
    ("1,anna@alfa.it,,,,700,", (1, 0), ("sql", None, "700.00", "EUR"), []),
    # a lost lead won later: the closing stage the file tells
    ("3,carla@gamma.it,customer,,2026-05-04 10:00,,", (1, 0), ("customer", datetime(2026, 5, 4, 10), None, None),
     [("customer", datetime(2026, 5, 4, 10))]),
    # won later with no date: when is unknown, never the day it was lost
    ("3,carla@gamma.it,customer,,,,", (1, 0), ("customer", None, None, None), [("customer", None)]),
    # a won deal told lost with no date: the same, the day it was won is not the day it was lost
    ("2,bruno@beta.it,lost,,,,", (1, 0), ("lost", None, "5000.00", "EUR"), [("lost", None)]),
])
def test_what_a_later_file_does_to_a_stored_leads_stage_closing_date_and_currency(con, tmp_path, row, counts,
                                                                                   after, added):
    run_import(con, write(tmp_path, "a.csv", STORED), ImportOptions())
    header = STORED.splitlines()[0]
    again = run_import(con, write(tmp_path, "b.csv", f"{header}\n{row}\n"), ImportOptions())
    assert (again.updated, again.unchanged, again.inserted, again.rejected) == (*counts, 0, 0)
    key = row.split(",")[0]
    assert con.execute("select current_stage, closed_at, deal_value::varchar, currency from leads "
                       "where external_id = ?", [key]).fetchone() == after
    assert con.execute("select stage, entered_at from stage_events where batch_id = ? order by 1",
                       [again.batch_id]).fetchall() == added
    # the metrics count the close on the day the lead row holds; a customer told lost (a contact, not a deal) is a
    # customer who left: still won, on the day they became one (docs/metrics.md)
    won_on = {"2,bruno@beta.it,lost,,,,": datetime(2026, 3, 2, 9)}.get(row, after[1])
    assert con.execute("select j.closed_at from lead_journeys as j join leads as l using (lead_id) "
                       "where l.external_id = ?", [key]).fetchone() == (won_on,)
    # the other stored leads are as they were
    assert con.execute("select count(*) from leads where external_id <> ? and updated_at is not null",
                       [key]).fetchone() == (0,)


def test_currency_given_again_corrects_the_stored_amounts_and_without_it_they_keep_theirs(con, tmp_path):
    # Maven's deals imported with no --currency (stored as the company's EUR), then again with --currency USD
    # (review 21: the note said "stored in USD" while every amount stayed in EUR)
    settings.set_currency(con, "EUR")
    path = write(tmp_path, "pipeline.csv", "opportunity_id,deal_stage,close_value,close_date\n"
                 "A1,Won,100,2017-03-01\nA2,Won,200,2017-03-02\nA3,Engaging,,\n")
    run_import(con, path, ImportOptions())
    corrected = run_import(con, path, ImportOptions(currency="USD"))
    assert (corrected.updated, corrected.unchanged) == (2, 1)
    assert con.execute("select external_id, deal_value::varchar, currency from leads order by 1").fetchall() == [
        ("A1", "100.00", "USD"), ("A2", "200.00", "USD"), ("A3", None, None)]
    assert [(n.key, n.params) for n in corrected.notes if "currency" in n.key] == [
        ("import.note_currency_given", {"currency": "USD", "count": 2})]
    # the same file with no --currency leaves them in USD, and says so rather than "stored in EUR"
    again = run_import(con, path, ImportOptions())
    assert (again.updated, again.unchanged) == (0, 3)
    assert con.execute("select count(*) from leads where currency = 'USD'").fetchone() == (2,)
    said = [n for n in again.notes if "currency" in n.key]
    assert [(n.key, n.params) for n in said] == [("import.note_currency_kept", {"count": 2, "currency": "USD"})]
    assert reasons.note_text(said[0], "it") == (
        "Nessuna colonna valuta: 2 importi di contatti già presenti restano in USD, la valuta già registrata per "
        "loro. Se il file ne usa un'altra, indicala con --currency.")
    assert reasons.note_text(said[0], "en") == (
        "No currency column: 2 amounts of stored leads stay in USD, the currency already stored for them. If the "
        "file uses another, give it with --currency.")


def test_a_lost_lead_won_with_no_date_is_won_in_no_period_and_the_import_says_so(con, tmp_path):
    run_import(con, write(tmp_path, "a.csv", STORED), ImportOptions())
    header = STORED.splitlines()[0]
    again = run_import(con, write(tmp_path, "b.csv", f"{header}\n3,carla@gamma.it,customer,,,,\n"
                                                     "2,bruno@beta.it,customer,,,,\n"), ImportOptions())
    assert ("import.note_outcome_undated", {"count": 1}) in [(n.key, n.params) for n in again.notes]
    assert reasons.note_text(next(n for n in again.notes if n.key == "import.note_outcome_undated"), "it") == (
        "1 lead chiuso ha cambiato esito (per esempio da perso a vinto) e il file non dice quando: la sua data di "
        "chiusura ora è sconosciuta, e non conta in nessun periodo finché un file con la data di chiusura non lo data.")
    # the journey: won, with no day; not a March win, the month it was lost
    assert con.execute("select deal_outcome, j.closed_at, lost_at from lead_journeys as j join leads using (lead_id) "
                       "where external_id = '3'").fetchone() == ("won", None, datetime(2026, 3, 3, 9))
    march = metrics.compute(con, "win_rate", metrics.Query(start=date(2026, 3, 1), end=date(2026, 3, 31)))
    assert [(r["won"], r["lost"]) for r in march] == [(1, 0)]
    # a file with the date dates it, and the note is not repeated
    dated = run_import(con, write(tmp_path, "c.csv", f"{header}\n3,carla@gamma.it,customer,,2026-11-20 10:00,,\n"),
                       ImportOptions())
    assert "import.note_outcome_undated" not in [n.key for n in dated.notes]
    assert con.execute("select j.closed_at from lead_journeys as j join leads using (lead_id) where external_id = '3'"
                       ).fetchone() == (datetime(2026, 11, 20, 10),)


def test_a_file_without_dates_warns_of_period_views_only_when_it_adds_leads(con, tmp_path):
    run_import(con, write(tmp_path, "a.csv", STORED), ImportOptions())
    updates = run_import(con, write(tmp_path, "b.csv", "Record ID,Lifecycle Stage\n1,opportunity\n"), ImportOptions())
    assert (updates.inserted, updates.updated) == (0, 1)
    assert "import.note_no_dates" not in [n.key for n in updates.notes]
    # the stored lead keeps the dates it had
    assert con.execute("select created_at from leads where external_id = '1'").fetchone() == (datetime(2026, 1, 5, 10),)
    added = run_import(con, write(tmp_path, "c.csv", "Record ID,Lifecycle Stage\n1,opportunity\n9,lead\n"),
                       ImportOptions())
    assert (added.inserted, added.unchanged) == (1, 1)
    assert "import.note_no_dates" in [n.key for n in added.notes]


def test_dry_run_writes_nothing_and_reports_everything(con, tmp_path):
    run_import(con, write(tmp_path, "a.csv", FIRST), ImportOptions())
    before = snapshot(con)
    batches = len(list_batches(con))
    result = run_import(con, write(tmp_path, "b.csv", SECOND + "5,not-an-email,X,lead,,,\n"),
                        ImportOptions(dry_run=True))
    assert result.status == "dry_run" and result.batch_id is None
    # a malformed e-mail beside an ID: the lead would go in without it, the cell reported as a warning
    assert (result.inserted, result.updated, result.unchanged, result.rejected) == (2, 2, 1, 0)
    assert [(r["line"], r["code"]) for r in result.all_rejects] == []
    assert [(r["line"], r["value"], r["code"]) for r in result.warnings] == [(6, "not-an-email", "bad_email_kept")]
    assert snapshot(con) == before
    assert len(list_batches(con)) == batches


@pytest.mark.parametrize(("mode", "counts", "codes"), [
    ("insert", (1, 0, 0, 3), ["exists", "exists", "exists"]),
    ("update", (0, 2, 1, 1), ["not_found"]),
])
def test_modes(con, tmp_path, mode, counts, codes):
    run_import(con, write(tmp_path, "a.csv", FIRST), ImportOptions())
    result = run_import(con, write(tmp_path, "b.csv", SECOND), ImportOptions(mode=mode))
    assert (result.inserted, result.updated, result.unchanged, result.rejected) == counts
    assert [r["code"] for r in result.rejects] == codes


def test_a_key_two_stored_leads_share_updates_neither(con, tmp_path):
    # two CRM records with one e-mail, stored by their IDs; a later file without IDs is keyed by e-mail
    run_import(con, write(tmp_path, "a.csv", "Record ID,Email,Company\n1,anna@alfa.it,Alfa\n2,ANNA@alfa.it,Alfa Bis\n"
                                             "3,bruno@beta.it,Beta\n"), ImportOptions())
    before = snapshot(con)
    text = "Email,Company\nAnna@Alfa.it,Alfa Nuova\nbruno@beta.it,Beta Nuova\ncarla@gamma.it,Gamma\n"
    result = run_import(con, write(tmp_path, "b.csv", text), ImportOptions(dry_run=True))
    assert (result.inserted, result.updated, result.unchanged, result.rejected) == (1, 1, 0, 1)
    assert [(r["line"], r["value"], r["code"], r["detail"]) for r in result.all_rejects] == [
        (2, "Anna@Alfa.it", "ambiguous_match", "2")]
    assert snapshot(con) == before


def test_keys_shared_by_two_or_three_stored_leads_each_refuse_their_row_with_the_count(con, tmp_path):
    stored = ("Record ID,Email,Company\n1,anna@alfa.it,Alfa\n2,bruno@beta.it,Beta\n3,ANNA@alfa.it,Alfa Bis\n"
              "4,Bruno@Beta.it,Beta Bis\n5,anna@ALFA.it,Alfa Ter\n6,carla@gamma.it,Gamma\n")
    run_import(con, write(tmp_path, "a.csv", stored), ImportOptions())
    text = ("Email,Company\ncarla@gamma.it,Gamma Nuova\ndario@delta.it,Delta\nbruno@beta.it,Beta Nuova\n"
            "anna@alfa.it,Alfa Nuova\n")
    result = run_import(con, write(tmp_path, "b.csv", text), ImportOptions())
    assert (result.inserted, result.updated, result.unchanged, result.rejected) == (1, 1, 0, 2)
    assert [(r["line"], r["value"], r["code"], r["detail"]) for r in ledger(con, result.batch_id, None)] == [
        (4, "bruno@beta.it", "ambiguous_match", "2"), (5, "anna@alfa.it", "ambiguous_match", "3")]


@pytest.mark.parametrize(("mode", "counts", "refused"), [
    ("upsert", (2, 1, 0, 4), [(3, "anna@alfa.it", "ambiguous_match", "2")]),
    ("insert", (2, 0, 0, 5), [(2, "bruno@beta.it", "exists", None), (3, "anna@alfa.it", "ambiguous_match", "2")]),
    ("update", (0, 1, 0, 6), [(3, "anna@alfa.it", "ambiguous_match", "2"), (4, "dario@delta.it", "not_found", None),
                              (8, "carla@gamma.it", "not_found", None)]),
])
def test_a_key_the_file_repeats_goes_in_once_whether_stored_new_or_shared(con, tmp_path, mode, counts, refused):
    # leads 1 and 2 share an e-mail (stored by their IDs); the next file, keyed by e-mail, repeats a stored key,
    # a new key and the shared one: each repeat is refused naming the first line, whatever the first one meets
    run_import(con, write(tmp_path, "a.csv", "Record ID,Email,Company\n1,anna@alfa.it,Alfa\n2,ANNA@alfa.it,Alfa Bis\n"
                                             "3,bruno@beta.it,Beta\n"), ImportOptions())
    text = ("Email,Company\nbruno@beta.it,Beta Nuova\nanna@alfa.it,Alfa Nuova\ndario@delta.it,Delta\n"
            "Bruno@Beta.it,Beta Tre\nANNA@alfa.it,Alfa Tre\ndario@delta.it,Delta Bis\ncarla@gamma.it,Gamma\n")
    result = run_import(con, write(tmp_path, "b.csv", text), ImportOptions(mode=mode))
    assert (result.inserted, result.updated, result.unchanged, result.rejected) == counts
    repeats = [(5, "Bruno@Beta.it", "duplicate_in_file", "2"), (6, "ANNA@alfa.it", "duplicate_in_file", "3"),
               (7, "dario@delta.it", "duplicate_in_file", "4")]
    assert [(r["line"], r["value"], r["code"], r["detail"]) for r in ledger(con, result.batch_id, None)] == sorted(
        refused + repeats)
    assert con.execute("select email, company from leads order by lead_id").fetchall() == [
        ("anna@alfa.it", "Alfa"), ("anna@alfa.it", "Alfa Bis"),
        ("bruno@beta.it", "Beta" if mode == "insert" else "Beta Nuova"),
        *([("dario@delta.it", "Delta"), ("carla@gamma.it", "Gamma")] if mode != "update" else [])]


def test_a_repeated_key_is_found_among_lead_ids_too_far_apart_for_a_bitmap(con, tmp_path):
    run_import(con, write(tmp_path, "a.csv", FIRST), ImportOptions())
    # a store whose ids span more than DuckDB puts in a bitmap (10^9)
    for table in ("leads", "stage_events", "lead_journeys"):
        con.execute(f"update {table} set lead_id = 3000000000 where lead_id = 3")
    text = SECOND + "3,carla@gamma.it,Gamma,customer,2026-01-07 12:00,16000,Luca\n"
    result = run_import(con, write(tmp_path, "b.csv", text), ImportOptions())
    assert (result.inserted, result.updated, result.unchanged, result.rejected) == (1, 2, 1, 1)
    assert [(r["line"], r["value"], r["code"], r["detail"]) for r in ledger(con, result.batch_id, None)] == [
        (6, "3", "duplicate_in_file", "4")]
    assert con.execute("select deal_value from leads where lead_id = 3000000000").fetchone() == (15000,)


def test_undo_restores_the_exact_state_before_each_batch(con, tmp_path):
    empty = snapshot(con)
    first = run_import(con, write(tmp_path, "a.csv", FIRST), ImportOptions())
    after_first = snapshot(con)
    second = run_import(con, write(tmp_path, "b.csv", SECOND), ImportOptions())
    with pytest.raises(SmarketingError) as err:
        undo(con, first.batch_id)
    assert err.value.key == "error.batch_conflict" and err.value.params["later"] == second.batch_id
    # the word of the CLI and the page is "importazione", never "batch", in Italian
    assert err.value.message("it") == (f"L'importazione {second.batch_id} ha poi modificato gli stessi dati "
                                       f"dell'importazione {first.batch_id}: annulla prima la {second.batch_id}.")
    undo(con, second.batch_id)
    assert snapshot(con) == after_first
    undo(con, first.batch_id)
    assert snapshot(con) == empty
    statuses = {b["batch_id"]: b["status"] for b in list_batches(con)}
    assert statuses == {first.batch_id: "undone", second.batch_id: "undone"}
    with pytest.raises(SmarketingError) as err:
        undo(con, first.batch_id)
    assert err.value.key == "error.batch_already_undone"
    with pytest.raises(SmarketingError) as err:
        undo(con, 999)
    assert err.value.key == "error.batch_missing"


WEEK_ONE = """Codice;Email;Fase;Data creazione
C1;anna@alfa.it;SQL;02/11/2026
C2;bruno@beta.it;MQL;03/11/2026
"""

# a week later: the same two leads, as they were, and one more
WEEK_TWO = WEEK_ONE + "C3;carla@gamma.it;Contatto;24/11/2026\n"

SPEND = """Data;Canale;Importo
02/11/2026;LinkedIn;100,00
03/11/2026;LinkedIn;50,00
"""


@pytest.mark.parametrize("kind, first_text, second_text", [
    ("leads", WEEK_ONE, WEEK_ONE),      # the same export twice: the older one is the natural clean-up
    ("leads", WEEK_ONE, WEEK_TWO),      # a later export holding the earlier leads unchanged
    ("spend", SPEND, SPEND),
])
def test_an_earlier_batch_is_not_undone_under_a_later_file_that_holds_its_rows(con, tmp_path, kind, first_text,
                                                                                  second_text):
    first = run_import(con, write(tmp_path, "a.csv", first_text), ImportOptions(kind=kind))
    after_first = snapshot(con)
    second = run_import(con, write(tmp_path, "b.csv", second_text), ImportOptions(kind=kind))
    assert (second.updated, second.unchanged) == (0, 2)
    before = snapshot(con)
    # undoing the first took the rows out while the second, still in force, holds them: 0 leads, 0 spend
    with pytest.raises(SmarketingError) as err:
        undo(con, first.batch_id)
    assert (err.value.key, err.value.params["later"]) == ("error.batch_held", second.batch_id)
    assert err.value.message("it") == (
        f"Il file dell'importazione {second.batch_id} contiene di nuovo dati portati dall'importazione "
        f"{first.batch_id}: annullando la {first.batch_id} sparirebbero anche dalla {second.batch_id}. Annulla prima "
        f"la {second.batch_id}, poi la {first.batch_id}; se serve, importa di nuovo il file della {second.batch_id}.")
    assert snapshot(con) == before
    undo(con, second.batch_id)
    assert snapshot(con) == after_first
    # once the later batch is undone, it holds nothing any more
    undo(con, first.batch_id)
    assert snapshot(con) == {"leads": [], "events": [], "spend": []}


def test_a_later_batch_of_other_rows_leaves_an_earlier_one_free_to_undo(con, tmp_path):
    first = run_import(con, write(tmp_path, "a.csv", WEEK_ONE), ImportOptions())
    run_import(con, write(tmp_path, "b.csv", "Codice;Email;Fase;Data creazione\nC9;zeno@zeta.it;MQL;25/11/2026\n"),
               ImportOptions())
    run_import(con, write(tmp_path, "s.csv", SPEND), ImportOptions(kind="spend"))
    undo(con, first.batch_id)
    assert con.execute("select external_id from leads").fetchall() == [("C9",)]


def test_a_later_file_too_wide_for_a_bitmap_holds_every_stored_row(con, tmp_path):
    first = run_import(con, write(tmp_path, "a.csv", WEEK_ONE), ImportOptions())
    # a store whose ids span more than a bitmap is kept for: the later batch counts as holding them all
    for table in ("leads", "stage_events", "lead_journeys"):
        con.execute(f"update {table} set lead_id = 3000000000 where lead_id = 2")
    second = run_import(con, write(tmp_path, "b.csv", WEEK_ONE), ImportOptions())
    assert con.execute("select kind, held from batch_holds where batch_id = ?", [second.batch_id]).fetchall() == [
        ("lead", None)]
    with pytest.raises(SmarketingError) as err:
        undo(con, first.batch_id)
    assert (err.value.key, err.value.params["later"]) == ("error.batch_held", second.batch_id)


def test_stage_dates_fill_history_and_closing_date(con, tmp_path):
    run_import(con, write(tmp_path, "a.csv", "id,email,stage\nA,a@x.it,mql\n"), ImportOptions())
    # a later export brings the MQL date and the win date for the same lead
    text = "id,email,data mql,won date\nA,a@x.it,03/02/2026,2026-03-10 16:00\n"
    result = run_import(con, write(tmp_path, "b.csv", text), ImportOptions())
    assert (result.updated, result.rejected) == (1, 0)
    assert con.execute("select current_stage, closed_at from leads").fetchone() == (
        "customer", datetime(2026, 3, 10, 16))
    assert con.execute("select stage, entered_at from stage_events order by stage, entered_at nulls first"
                       ).fetchall() == [
        ("customer", datetime(2026, 3, 10, 16)), ("lead", None),
        ("mql", None), ("mql", datetime(2026, 2, 3)),
    ]


def test_stage_history_gains_only_the_entries_it_lacks(con, tmp_path):
    # A has a dated MQL entry, B and D an undated SQL entry, C none for SQL
    run_import(con, write(tmp_path, "a.csv", "id,email,data mql,stage\nA,a@x.it,03/02/2026,mql\n"
                                             "B,b@x.it,,sql\nC,c@x.it,,mql\nD,d@x.it,,sql\n"), ImportOptions())
    before = con.execute("select count(*) from stage_events").fetchone()[0]
    # the file tells A's MQL without a date (no entry: a dated one is known), B's SQL undated (known) and
    # dated (a new entry: the date is news), C's SQL undated (a new entry: the stage is news), D's SQL
    # undated (known)
    text = "id,email,stage,data sql\nA,a@x.it,mql,\nB,b@x.it,sql,10/02/2026\nC,c@x.it,sql,\nD,d@x.it,sql,\n"
    result = run_import(con, write(tmp_path, "b.csv", text), ImportOptions())
    assert (result.inserted, result.updated, result.unchanged) == (0, 2, 2)
    added = con.execute("select l.external_id, e.stage, e.entered_at from stage_events as e join leads as l "
                        "using (lead_id) where e.batch_id = ? order by 1, 2", [result.batch_id]).fetchall()
    assert added == [("B", "sql", datetime(2026, 2, 10)), ("C", "sql", None)]
    assert con.execute("select count(*) from stage_events").fetchone()[0] == before + 2


def test_a_corrected_stage_date_is_the_one_the_metrics_read_and_undo_puts_the_earlier_back(con, tmp_path):
    """Review 26: a Close Date moved from 26/11 to 01/12 after the deal was won showed on the lead, but the win
    stayed in November; a creation date fixed to 30/10 left the lead among November's. Each file's dates are the
    CRM's as it holds them then, also when a later one goes back to an earlier date."""
    header = "Codice;Fase;Data creazione;Data MQL;Data chiusura\n"
    run_import(con, write(tmp_path, "a.csv", header + "C1;Cliente;02/11/2026;05/11/2026;26/11/2026\n"),
               ImportOptions())
    dates = ("select j.first_at::date::varchar, j.mql_at::date::varchar, j.customer_at::date::varchar, "
             "j.closed_at::date::varchar from lead_journeys as j")
    assert con.execute(dates).fetchall() == [("2026-11-02", "2026-11-05", "2026-11-26", "2026-11-26")]
    corrected = run_import(con, write(tmp_path, "b.csv", header + "C1;Cliente;30/10/2026;05/11/2026;01/12/2026\n"),
                           ImportOptions())
    assert (corrected.updated, corrected.unchanged) == (1, 0)
    assert con.execute(dates).fetchall() == [("2026-10-30", "2026-11-05", "2026-12-01", "2026-12-01")]
    december = metrics.Query(start=date(2026, 12, 1), end=date(2026, 12, 31), today=date(2026, 12, 4))
    assert metrics.compute(con, "win_rate", december)[0]["won"] == 1
    # the first file's dates again: they are in force again, though the history already had them
    back = run_import(con, write(tmp_path, "c.csv", header + "C1;Cliente;02/11/2026;05/11/2026;26/11/2026\n"),
                      ImportOptions())
    assert (back.updated, back.unchanged) == (1, 0)
    assert con.execute(dates).fetchall() == [("2026-11-02", "2026-11-05", "2026-11-26", "2026-11-26")]
    # the same file once more changes nothing
    assert run_import(con, write(tmp_path, "c.csv", header + "C1;Cliente;02/11/2026;05/11/2026;26/11/2026\n"),
                      ImportOptions()).unchanged == 1
    undo(con, con.execute("select max(batch_id) from import_batches").fetchone()[0])
    undo(con, back.batch_id)
    assert con.execute(dates).fetchall() == [("2026-10-30", "2026-11-05", "2026-12-01", "2026-12-01")]
    undo(con, corrected.batch_id)
    assert con.execute(dates).fetchall() == [("2026-11-02", "2026-11-05", "2026-11-26", "2026-11-26")]
    assert con.execute("select count(*) from stage_events where superseded_by is not null").fetchone() == (0,)


def test_the_same_file_read_again_in_another_date_order_corrects_the_stage_dates(con, tmp_path):
    # no day over 12: the order is a guess (Italian day first), and the note of the first import says to try mdy
    text = ("Opportunity ID,Deal Stage,Engage Date,Close Date,Close Value\n"
            "OPP1,Won,1/11/2016,3/7/2017,592\nOPP2,Lost,2/3/2017,6/9/2017,\n")
    path = write(tmp_path, "pipeline.csv", text)
    first = run_import(con, path, ImportOptions())
    after_first = snapshot(con)
    again = run_import(con, path, ImportOptions(date_order="mdy"))
    assert again.updated == 2
    # the leads and the journeys read the month-first dates; the first reading's entries stay, superseded
    dates = ("select l.closed_at, j.opportunity_at, j.closed_at, j.first_at from leads as l join lead_journeys as j "
             "using (lead_id) where l.external_id = 'OPP1'")
    assert con.execute(dates).fetchall() == [(datetime(2017, 3, 7), datetime(2016, 1, 11), datetime(2017, 3, 7),
                                              datetime(2016, 1, 11))]
    assert con.execute("select e.entered_at, e.batch_id, e.superseded_by from stage_events as e join leads as l "
                       "using (lead_id) where l.external_id = 'OPP1' and e.stage = 'opportunity' "
                       "order by e.batch_id").fetchall() == [
        (datetime(2016, 11, 1), first.batch_id, again.batch_id), (datetime(2016, 1, 11), again.batch_id, None)]
    undo(con, again.batch_id)
    assert snapshot(con) == after_first
    assert con.execute(dates).fetchall() == [(datetime(2017, 7, 3), datetime(2016, 11, 1), datetime(2017, 7, 3),
                                              datetime(2016, 11, 1))]


def test_email_is_the_key_when_no_id_is_mapped(con, tmp_path):
    run_import(con, write(tmp_path, "a.csv", "Email,Nome\n Anna@Alfa.IT ,Anna\n"), ImportOptions())
    result = run_import(con, write(tmp_path, "b.csv", "E-mail,Azienda\nanna@alfa.it,Alfa\n"), ImportOptions())
    assert (result.inserted, result.updated) == (0, 1)
    assert con.execute("select email, first_name, company from leads").fetchall() == [
        ("anna@alfa.it", "Anna", "Alfa")]


SPEND = """Data;Canale;Campagna;Spesa
06/01/2026;Google Ads;Brand;1.234,50
06/01/2026;LinkedIn;;€ 800,00
13/01/2026;Google Ads;Brand;1.100,00
13/01/2026;Google Ads;Brand;999,00
"""


def test_spend_import_update_and_undo(con, tmp_path):
    result = run_import(con, write(tmp_path, "s.csv", SPEND), ImportOptions(kind="spend"))
    # two rows of one day, channel and campaign (an export by ad group): summed, and said so
    assert (result.inserted, result.merged, result.rejected) == (3, 1, 0)
    assert ("import.note_merged", {"rows": 1}) in [(n.key, n.params) for n in result.notes]
    assert con.execute("select spend_date::varchar, channel, campaign, amount::varchar, currency from spend "
                       "order by spend_id").fetchall() == [
        ("2026-01-06", "Google Ads", "Brand", "1234.50", "EUR"),
        ("2026-01-06", "LinkedIn", None, "800.00", "EUR"),
        ("2026-01-13", "Google Ads", "Brand", "2099.00", "EUR"),
    ]
    before = snapshot(con)
    fixed = run_import(con, write(tmp_path, "t.csv", "Data;Canale;Campagna;Spesa\n13/01/2026;Google Ads;Brand;1.150\n"),
                       ImportOptions(kind="spend"))
    assert (fixed.inserted, fixed.updated, fixed.unchanged) == (0, 1, 0)
    assert con.execute("select amount::varchar from spend where spend_date = '2026-01-13'").fetchone() == ("1150.00",)
    undo(con, fixed.batch_id)
    assert snapshot(con) == before


def test_file_level_failure_writes_nothing(con, tmp_path):
    before = snapshot(con)
    with pytest.raises(SmarketingError) as err:
        run_import(con, write(tmp_path, "a.csv", "Nome,Azienda\nAnna,Alfa\n"), ImportOptions())
    assert err.value.key == "error.import_no_key"
    assert snapshot(con) == before and list_batches(con) == []
    assert con.execute("select count(*) from duckdb_tables() where temporary").fetchone()[0] == 0


def test_an_import_leaves_no_staged_table_or_view(con, tmp_path):
    """The staged rows of a file go with its import, kept or dry run: a connection that imports all day holds none."""
    file = write(tmp_path, "a.csv", "Email,Nome,Fase\nanna@alfa.it,Anna,MQL\nbruno@beta.it,Bruno,Cliente\n")
    for options in (ImportOptions(dry_run=True), ImportOptions()):
        assert run_import(con, file, options).inserted == 2
        assert con.execute("select count(*) from duckdb_tables() where temporary").fetchone()[0] == 0
        assert con.execute("select count(*) from duckdb_views() where temporary and not internal").fetchone()[0] == 0


# --- deals: a lost row of a deals export is a lost deal, a lost contact is disqualified ----------------------

CONTACTS_LOST = """Record ID,Email,Lifecycle Stage,Create Date,Close Date
1,anna@alfa.it,lead,2026-01-05,
2,bruno@beta.it,lost,2026-01-06,2026-02-01
"""

# a HubSpot deals export: "Deal Stage" says every row is a deal, lost ones included
DEALS_LOST = """Record ID,Deal Name,Deal Stage,Create Date,Close Date,Amount
1,Alfa rinnovo,appointmentscheduled,2026-01-05,,1000
2,Beta nuovo,closedlost,2026-01-06,2026-02-01,2000
3,Gamma nuovo,closedwon,2026-01-07,2026-02-02,3000
"""


def win(con) -> tuple:
    from smarketing import metrics

    row = metrics.compute(con, "win_rate", metrics.Query())[0]
    return row["won"], row["lost"], row["disqualified"], row["win_rate"]


def test_a_deals_export_is_read_as_deals_and_says_why(con, tmp_path):
    result = run_import(con, write(tmp_path, "deals.csv", DEALS_LOST), ImportOptions())
    assert [n.key for n in result.notes if "deals" in n.key] == ["import.note_deals_header"]
    assert next(n.params for n in result.notes if n.key == "import.note_deals_header") == {"column": "Deal Name"}
    assert con.execute("select count(*) filter (where is_deal), count(*) from leads").fetchone() == (3, 3)
    # Beta was lost at no stage beyond "lead" in our journey, yet it is a deal: a lost deal, not disqualified
    assert win(con) == (1, 1, 0, 0.5)
    assert list_batches(con)[0]["options"]["deals"] is True


def test_no_deals_option_reads_the_same_rows_as_leads(con, tmp_path):
    result = run_import(con, write(tmp_path, "deals.csv", DEALS_LOST), ImportOptions(deals=False))
    assert not [n for n in result.notes if "deals" in n.key]
    assert win(con) == (1, 0, 1, 1.0)


@pytest.mark.parametrize(("text", "options", "note"), [
    (DEALS_LOST, ImportOptions(preset="hubspot-deals"), "import.note_deals_preset"),
    (CONTACTS_LOST, ImportOptions(deals=True), "import.note_deals_option"),
])
def test_a_deals_preset_or_the_option_make_every_row_a_deal(con, tmp_path, text, options, note):
    result = run_import(con, write(tmp_path, "file.csv", text), options)
    assert [n.key for n in result.notes if "deals" in n.key] == [note]
    assert win(con)[1:3] == (1, 0)


def test_a_contact_that_comes_back_in_a_deals_export_becomes_a_deal_and_undo_takes_it_back(con, tmp_path):
    run_import(con, write(tmp_path, "contacts.csv", CONTACTS_LOST), ImportOptions())
    assert win(con) == (0, 0, 1, None)
    before = snapshot(con)
    # the same two records, now as deals: both change (they become deals), nothing else does
    deals = run_import(con, write(tmp_path, "deals.csv", CONTACTS_LOST), ImportOptions(deals=True))
    assert (deals.inserted, deals.updated, deals.unchanged) == (0, 2, 0)
    assert win(con) == (0, 1, 0, 0.0)
    # once a deal, always a deal: the contacts export again changes nothing
    again = run_import(con, write(tmp_path, "contacts.csv", CONTACTS_LOST), ImportOptions(deals=False))
    assert (again.updated, again.unchanged) == (0, 2)
    undo(con, deals.batch_id)
    assert snapshot(con) == before
    assert win(con) == (0, 0, 1, None)


def test_an_italian_deals_sheet_is_keyed_by_its_deal_id_not_matched_to_the_contact_by_email(con, tmp_path):
    """Review 26: "ID trattativa" was left unmapped, so a deals sheet was keyed by e-mail: the first deal renamed the
    contact ("Bianchi - pilota"), the second was refused as a repeat and the third for having no key."""
    run_import(con, write(tmp_path, "contatti.csv", "Codice;Nome;Cognome;Email;Fase;Data creazione\n"
                                                    "C1;Giulia;Bianchi;giulia@b.it;SQL;03/11/2026\n"), ImportOptions())
    contact = con.execute("select * exclude (updated_at) from leads").fetchall()
    deals = run_import(con, write(tmp_path, "trattative.csv", (
        "ID trattativa;Nome trattativa;Codice cliente;Email;Fase;Valore;Data creazione\n"
        "D1;Bianchi - pilota;C1;giulia@b.it;Vinta;5.000,00;23/11/2026\n"
        "D2;Bianchi - rinnovo;C1;giulia@b.it;Trattativa;3.000,00;25/11/2026\n"
        "D3;Rossi - fornitura;C7;;Persa;1.200,00;26/11/2026\n")), ImportOptions())
    assert {line["field"]: line["column"] for line in deals.mapping}["external_id"] == "ID trattativa"
    assert (deals.inserted, deals.updated, deals.rejected) == (3, 0, 0)
    assert con.execute("select * exclude (updated_at) from leads where external_id = 'C1'").fetchall() == contact
    assert con.execute("select external_id, is_deal from leads where batch_id = ? order by 1",
                       [deals.batch_id]).fetchall() == [("D1", True), ("D2", True), ("D3", True)]


HUBSPOT_CONTACTS = ('"Record ID","Email","Lifecycle Stage","Create Date","Became a Customer Date"\n'
                    '"101","dario@delta.it","Customer","2026-11-05 14:00","2026-11-26 17:00"\n'
                    '"102","bruno@beta.it","Sales Qualified Lead","2026-11-03 10:00",""\n')
HUBSPOT_DEALS = ('"Record ID","Deal Name","Deal Stage","Amount","Create Date","Close Date"\n'
                 '"9001","Delta - fornitura","Closed Won","12000","2026-11-12 10:00","2026-11-26 17:00"\n'
                 '"9002","Beta - progetto","Closed Lost","4500","2026-11-20 10:00","2026-11-30 10:00"\n')


@pytest.mark.parametrize("deals_first", [False, True])
def test_deals_beside_contacts_of_the_same_sales_are_said_to_count_each_win_twice(con, tmp_path, deals_first):
    """Review 26: HubSpot's contacts, then its deals: 2 won and 1 lost (66,7%) for one sale won and one lost, and 4
    leads for 2 people, with no word: a contact and its deal are two rows, never one."""
    files = [("deals.csv", HUBSPOT_DEALS), ("contacts.csv", HUBSPOT_CONTACTS)]
    first, second = files if deals_first else reversed(files)
    run_import(con, write(tmp_path, *first), ImportOptions())
    key = "import.note_contacts_beside_deals" if deals_first else "import.note_deals_beside_contacts"
    # a check says it before
    check = run_import(con, write(tmp_path, *second), ImportOptions(dry_run=True))
    assert [(n.key, n.params["contacts"], n.params["deals"]) for n in check.notes if "beside" in n.key] == [
        (f"{key}_check", 1, 2)]
    result = run_import(con, write(tmp_path, *second), ImportOptions())
    assert [(n.key, n.params) for n in result.notes if "beside" in n.key] == [
        (key, {"contacts": 1, "deals": 2, "batch": result.batch_id})]
    text = reasons.note_text(next(n for n in result.notes if n.key == key), "it")
    assert text.startswith(
        "Nel database ci sono già contatti (non trattative) arrivati almeno alla fase Opportunità (1): le trattative "
        "di questo file (2) non li aggiornano" if not deals_first else
        "Nel database ci sono già trattative (2): i contatti di questo file arrivati almeno alla fase Opportunità (1) "
        "non le aggiornano")
    # the second import of the same kind adds nothing beside: nothing said
    again = run_import(con, write(tmp_path, "again.csv", HUBSPOT_CONTACTS if deals_first else HUBSPOT_DEALS),
                       ImportOptions())
    assert not [n for n in again.notes if "beside" in n.key]


def test_a_pipedrive_deal_with_its_persons_e_mail_is_no_person_twice(con, tmp_path):
    """Review 26: a Pipedrive persons file, then its deals file with "Person - Email": the import said the new deal had
    the e-mail of a contact "which several contacts without an ID share", and to remove the duplicates."""
    run_import(con, write(tmp_path, "persons.csv", "Person - ID,Person - Name,Person - Email\n"
                                                   "1,Dario Sala,dario@delta.it\n"), ImportOptions())
    deals = run_import(con, write(tmp_path, "deals.csv", (
        "Deal - ID,Deal - Title,Deal - Value,Deal - Stage,Deal - Status,Deal - Won time,Person - Email\n"
        "1,Delta - fornitura,12000,Negotiations Started,won,2026-11-26 17:00:00,dario@delta.it\n")), ImportOptions())
    assert deals.inserted == 1
    assert not [n for n in deals.notes if n.key.startswith("import.note_same_email")]


def test_an_owner_is_one_person_whatever_bytes_the_crm_wrote_the_name_in(con, tmp_path):
    """Review 26: "Niccolò Bianchi" written with a decomposed accent, a zero-width space in front or a thin space inside
    read as three more people "not in the team", holding MQLs nobody was accountable for."""
    import unicodedata

    names = ["Niccolò Bianchi", unicodedata.normalize("NFD", "Niccolò Bianchi"), "\u200bNiccolò Bianchi",
             "Niccolò\u2009Bianchi", "Luca  Bertolini"]
    text = "id,email,owner,stage,created\n" + "".join(
        f'{i},b{i}@x.it,"{name}",mql,2026-11-02\n' for i, name in enumerate(names))
    run_import(con, write(tmp_path, "owners.csv", text), ImportOptions())
    assert con.execute("select owner, count(*) from leads group by 1 order by 1").fetchall() == [
        ("Luca Bertolini", 1), ("Niccolò Bianchi", 4)]
    assert con.execute("select distinct owner from lead_journeys order by 1").fetchall() == [
        ("Luca Bertolini",), ("Niccolò Bianchi",)]


def test_leads_at_a_later_stage_with_no_date_for_it_are_said(con, tmp_path):
    """Review 26: a week-2 sheet with Fase alone moved three leads up; their entries had no date, so the week's
    conversions read 0 -> 0 and November's hand-off 0 MQLs, with no word (a close with no date is said). The week-1
    sheet had the same fault for its new leads: an MQL and an SQL with Data creazione alone, in no week's MQLs."""
    first = run_import(con, write(tmp_path, "a.csv", "Codice;Fase;Data creazione\nC1;Contatto;02/11/2026\n"
                                                     "C2;MQL;03/11/2026\nC3;SQL;04/11/2026\n"), ImportOptions())
    assert [(n.key, n.params) for n in first.notes if n.key.startswith("import.note_moved_undated")] == [
        ("import.note_moved_undated", {"count": 2, "id": "C2", "stage": "mql"})]
    assert reasons.note_text(next(n for n in first.notes if n.key == "import.note_moved_undated"), "en") == (
        '2 leads reached a later stage with no date for it (for example "C2"): they count in the totals, but in no '
        "week or month of that stage (the week's MQLs and SQLs, a period's conversions). If your CRM exports each "
        "stage's date, add it to the file (--map stage:mql=COLUMN).")
    assert con.execute("select stage, entered_at from stage_events where lead_id in "
                       "(select lead_id from leads where external_id = 'C3') order by 1").fetchall() == [
        ("lead", datetime(2026, 11, 4)), ("sql", None)]
    path = write(tmp_path, "b.csv", "Codice;Fase\nC1;MQL\nC2;SQL\nC3;Cliente\n")
    check = run_import(con, path, ImportOptions(dry_run=True))
    assert reasons.note_text(next(n for n in check.notes if n.key == "import.note_moved_undated_check"), "it") == (
        "2 contatti arriverebbero a una fase successiva senza una data per quella fase (per esempio «C1»): "
        "conterebbero nei totali, ma in nessuna settimana o mese di quella fase. Se il CRM esporta la data di ogni "
        "fase, aggiungila al file (--map stage:mql=COLONNA).")
    moved = run_import(con, path, ImportOptions())
    assert [(n.key, n.params) for n in moved.notes if n.key == "import.note_moved_undated"] == [
        ("import.note_moved_undated", {"count": 2, "id": "C1", "stage": "mql"})]
    assert reasons.note_text(next(n for n in moved.notes if n.key == "import.note_moved_undated"), "it").startswith(
        "2 contatti sono arrivati a una fase successiva senza una data per quella fase (per esempio «C1»)")
    # with the stage's date, nothing to say, for a stored lead or a new one
    dated = run_import(con, write(tmp_path, "c.csv", "Codice;Fase;Data SQL;Data creazione\nC1;SQL;20/11/2026;\n"
                                                     "C4;SQL;21/11/2026;19/11/2026\n"), ImportOptions())
    assert dated.inserted == 1
    assert not [n for n in dated.notes if n.key.startswith("import.note_moved_undated")]
    # a new lead at the first stage, or closed (said by its own note), is no later open stage
    plain = run_import(con, write(tmp_path, "d.csv", "Codice;Fase;Data creazione\nC5;Contatto;20/11/2026\n"
                                                     "C6;Cliente;20/11/2026\n"), ImportOptions())
    assert [n.key for n in plain.notes if n.key.startswith(("import.note_moved", "import.note_closed"))] == [
        "import.note_closed_undated"]


def test_a_deal_closed_the_other_way_is_no_longer_counted_in_its_first_outcome(con, tmp_path):
    """Review 26: a deal moved from Closed Won to Closed Lost still counted among the funnel's customers (2, and
    opportunity -> customer 2 of 4) while the win rate had it lost. A contact's customer entry stays: a customer
    later lost is a customer who left."""
    header = '"Record ID","Deal Name","Deal Stage","Amount","Create Date","Close Date"\n'
    run_import(con, write(tmp_path, "a.csv", header + '"9001","Delta","Closed Won","12000","2026-11-12 10:00",'
                                                      '"2026-11-26 17:00"\n'), ImportOptions())
    before = snapshot(con)
    journey = "select furthest, is_lost, deal_outcome, customer_at, lost_at::date::varchar from lead_journeys"
    lost_row = '"9001","Delta","Closed Lost","12000","2026-11-12 10:00","2026-11-30 10:00"\n'
    lost = run_import(con, write(tmp_path, "b.csv", header + lost_row), ImportOptions())
    assert con.execute(journey).fetchall() == [(4, True, "lost", None, "2026-11-30")]
    funnel = metrics.compute(con, "funnel", metrics.Query(today=date(2026, 12, 4)))
    assert {r["stage"]: r["reached"] for r in funnel}["customer"] == 0
    undo(con, lost.batch_id)
    assert snapshot(con) == before
    assert con.execute(journey).fetchall()[0][:3] == (5, False, "won")
    # a contact who was a customer and is lost now stays among the customers reached
    contacts = ('"Record ID","Email","Lifecycle Stage","Create Date","Became a Customer Date"\n'
                '"101","dario@delta.it","Customer","2026-11-05 14:00","2026-11-26 17:00"\n')
    run_import(con, write(tmp_path, "c.csv", contacts), ImportOptions())
    run_import(con, write(tmp_path, "d.csv", contacts.replace('"Customer"', '"Closed Lost"')), ImportOptions())
    assert con.execute("select j.furthest, j.customer_at is not null from lead_journeys as j join leads as l "
                       "using (lead_id) where l.external_id = '101'").fetchall() == [(5, True)]


@pytest.mark.parametrize(("text", "deals", "key"), [
    # a contacts sheet naming each lead's opportunity: keyed by the lead
    ("ID lead;Nome;Email;Stato lead;Data creazione;ID opportunità\nL001;Anna;anna@alfa.it;Contatto;02/11/2026;\n"
     "L003;Elena;elena@epsilon.it;SQL;06/11/2026;O77\n", None, "ID lead"),
    # contacts with their deal's ID, read as contacts as the user says, or as the file comes
    ("Codice;Email;Fase;Data creazione;ID trattativa\nC1;a@x.it;Contatto;02/11/2026;\nC2;b@x.it;SQL;03/11/2026;T9\n",
     False, "Codice"),
    ("Codice;Email;Fase;Data creazione;ID trattativa\nC1;a@x.it;Contatto;02/11/2026;\nC2;b@x.it;SQL;03/11/2026;T9\n",
     None, "Codice"),
    ("Contact ID,Email,Lead Status,Create Date,Opportunity ID\n1,a@x.it,New,2026-11-02,\n2,b@x.it,Qualified,"
     "2026-11-03,006A\n", None, "Contact ID"),
])
def test_a_contacts_sheet_naming_its_deals_is_keyed_by_the_person(con, tmp_path, text, deals, key):
    """Review 26 (regression): with "ID trattativa" first among the keys, a contacts sheet listing each lead's deal was
    keyed by the deal: the leads without one were refused and the lead's ID ignored."""
    result = run_import(con, write(tmp_path, "contatti.csv", text), ImportOptions(deals=deals))
    assert {line["field"]: line["column"] for line in result.mapping}["external_id"] == key
    assert (result.inserted, result.rejected) == (2, 0)
