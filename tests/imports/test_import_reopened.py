"""A deal the CRM reopened, won after it was lost, or deleted after an earlier import (a review of 4 December 2026,
with Pipedrive and HubSpot exports taken again after the change): the store follows the CRM, or says where it does
not."""

from __future__ import annotations

from smarketing import db
from smarketing.importing import ImportOptions, run_import
from tests.db.test_import_corpus import check_ledger, notes

PIPEDRIVE = ("Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,Deal - Deal created,"
             "Deal - Lost time,Deal - Won time,Deal - Lost reason\n")


def load(con, path, **options):
    result = run_import(con, path, ImportOptions(kind="leads", **options))
    check_ledger(con, result)
    return result


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def deals(con):
    return con.execute("select l.external_id, l.current_stage, l.closed_at::date::varchar, l.lost_reason, "
                       "j.deal_outcome from leads as l join lead_journeys as j using (lead_id) order by 1").fetchall()


def test_deals_reopened_in_pipedrive_are_open_again_and_said(con, tmp_path):
    load(con, write(tmp_path, "a.csv", PIPEDRIVE
                    + "7,Acme,2000,EUR,Proposal Made,lost,2026-10-01 10:00:00,2026-11-20 09:00:00,,Prezzo\n"
                    + "8,Beta,1500,EUR,Negotiations Started,won,2026-10-02 10:00:00,,2026-11-21 09:00:00,\n"))
    assert deals(con) == [("7", "lost", "2026-11-20", "Prezzo", "lost"), ("8", "customer", "2026-11-21", None, "won")]
    again = load(con, write(tmp_path, "b.csv", PIPEDRIVE
                            + "7,Acme,2000,EUR,Proposal Made,open,2026-10-01 10:00:00,,,\n"
                            + "8,Beta,1500,EUR,Negotiations Started,open,2026-10-02 10:00:00,,,\n"))
    assert (again.updated, again.unchanged) == (2, 0)
    assert ("import.note_reopened", {"count": 2, "lines": "2, 3"}) in notes(again)
    # open, out of the win rate; the loss and the win stay in the stage history
    assert deals(con) == [("7", "opportunity", None, None, None), ("8", "opportunity", None, None, None)]
    assert con.execute("select count(*) from stage_events where stage in ('lost', 'customer')").fetchone()[0] == 2
    # undone, the store is closed again as before
    db.execute(con, "imports/undo", batch_id=again.batch_id, undone_by="test")
    con.execute("select 1")
    assert [r[:4] for r in con.execute("select external_id, current_stage, closed_at::date::varchar, lost_reason "
                                       "from leads order by 1").fetchall()] == [
        ("7", "lost", "2026-11-20", "Prezzo"), ("8", "customer", "2026-11-21", None)]


def test_a_deal_won_after_it_was_lost_loses_its_lost_reason(con, tmp_path):
    load(con, write(tmp_path, "a.csv", PIPEDRIVE
                    + "7,Acme,2000,EUR,Proposal Made,lost,2026-10-01 10:00:00,2026-11-20 09:00:00,,Prezzo\n"))
    load(con, write(tmp_path, "b.csv", PIPEDRIVE
                    + "7,Acme,2000,EUR,Proposal Made,won,2026-10-01 10:00:00,,2026-11-28 09:00:00,\n"))
    assert deals(con) == [("7", "customer", "2026-11-28", None, "won")]


def test_a_closed_lost_deal_moved_back_in_hubspot_is_open_again(con, tmp_path):
    header = "Record ID,Deal Name,Deal Stage,Amount,Create Date,Close Date,Deal owner,Closed Lost Reason\n"
    load(con, write(tmp_path, "a.csv", header + '9001,Rossi,Closed Lost,"5,000.00",2026-10-01,2026-11-25,Marco,Budget\n'
                    + '9003,Neri,Closed Won,"3,000.00",2026-10-07,2026-11-10,Giulia,\n'))
    again = load(con, write(tmp_path, "b.csv", header
                            + '9001,Rossi,Appointment Scheduled,"5,000.00",2026-10-01,2026-12-20,Marco,\n'
                            + '9003,Neri,Closed Won,"3,000.00",2026-10-07,2026-11-10,Giulia,\n'))
    assert ("import.note_reopened", {"count": 1, "lines": "2"}) in notes(again)
    assert deals(con) == [("9001", "opportunity", None, None, None), ("9003", "customer", "2026-11-10", None, "won")]


def test_a_contacts_export_still_never_moves_a_customer_back(con, tmp_path):
    header = "Record ID,Email,Lifecycle Stage,Create Date\n"
    load(con, write(tmp_path, "a.csv", header + "1,a@x.it,customer,2026-10-01\n"))
    again = load(con, write(tmp_path, "b.csv", header + "1,a@x.it,lead,2026-10-01\n"))
    assert (again.updated, again.unchanged) == (0, 1)
    assert not [n for n in notes(again) if n[0] == "import.note_reopened"]
    assert con.execute("select current_stage from leads").fetchall() == [("customer",)]


def test_a_deal_deleted_after_an_earlier_import_is_said_to_stay(con, tmp_path):
    load(con, write(tmp_path, "a.csv", PIPEDRIVE + "1,Alfa,1000,EUR,Proposal Made,open,2026-10-01,,,\n"
                    + "2,Beta,2000,EUR,Qualified,open,2026-10-02,,,\n"))
    again = load(con, write(tmp_path, "b.csv", PIPEDRIVE + "1,Alfa,1000,EUR,Proposal Made,deleted,2026-10-01,,,\n"
                            + "2,Beta,2000,EUR,Qualified,open,2026-10-02,,,\n"
                            + "3,Gamma,500,EUR,Qualified,deleted,2026-10-03,,,\n"))
    assert ("import.note_deleted", {"count": 2, "lines": "2, 4"}) in notes(again)
    # (of two deleted deals, one stored: "Di queste, 1 è già qui", never "Questa è già qui")
    assert ("import.note_deleted_stored", {"count": 1, "lines": "2"}) in notes(again)
    from smarketing.importing.detect import Note
    from smarketing.importing.reasons import note_text
    assert note_text(Note("import.note_deleted_stored", {"count": 1, "lines": "2"}), "it").startswith(
        "Di queste, 1 è già qui da un'importazione precedente")
    assert con.execute("select external_id, current_stage from leads order by 1").fetchall() == [
        ("1", "opportunity"), ("2", "sql")]


def test_a_lead_from_a_sheet_with_no_id_takes_the_crms_id_by_its_email(con, tmp_path):
    # an Excel list first, the CRM's export after: Anna became two leads, the note said she was stored as "None"
    load(con, write(tmp_path, "foglio.csv", "Nome;Cognome;Email;Fase;Data creazione\n"
                    "Anna;Rossi;anna@rossi.it;MQL;01/10/2026\nZeno;Blu;zeno@blu.it;Contatto;05/10/2026\n"))
    crm = load(con, write(tmp_path, "hubspot.csv", "Record ID,First Name,Last Name,Email,Lifecycle Stage,Create Date\n"
                          "101,Anna,Rossi,anna@rossi.it,lead,2026-10-01 09:00\n"
                          "102,Bruno,Verdi,bruno@verdi.it,marketingqualifiedlead,2026-10-02 10:00\n"))
    assert (crm.inserted, crm.updated) == (1, 1)
    assert ("import.note_id_given", {"count": 1, "id": "101", "email": "anna@rossi.it"}) in notes(crm)
    assert not [n for n in notes(crm) if n[0].startswith("import.note_same_email")]
    assert con.execute("select external_id, email, current_stage from leads order by email").fetchall() == [
        ("101", "anna@rossi.it", "mql"), ("102", "bruno@verdi.it", "mql"), (None, "zeno@blu.it", "lead")]


def test_an_email_two_leads_with_no_id_share_is_never_guessed_and_said_in_words(con, tmp_path):
    load(con, write(tmp_path, "foglio.csv", "Email;Fase\nanna@rossi.it;MQL\n"))
    con.execute("insert into leads (lead_id, email, current_stage) values (99, 'anna@rossi.it', 'lead')")
    crm = load(con, write(tmp_path, "hubspot.csv", "Record ID,Email,Lifecycle Stage\n101,anna@rossi.it,lead\n"))
    assert crm.inserted == 1
    assert [n for n in notes(crm) if n[0].startswith("import.note_same_email")] == [
        ("import.note_same_email_no_id", {"count": 1, "new": "101", "old": None, "batch": crm.batch_id})]


def test_a_deals_file_never_reopens_a_contact_nor_gives_a_deals_id_to_a_person(con, tmp_path):
    # a contacts sheet (Anna a customer, Bruno lost), then deals listing a new open deal of each: the contacts were
    # reopened, and Anna merged into the deal, her 12.000 € won gone from the win rate
    load(con, write(tmp_path, "contatti.csv", "Nome;Email;Fase;Data creazione;Valore\n"
                    "Anna Rossi;anna@rossi.it;Cliente;01/03/2026;12000\n"
                    "Bruno Verdi;bruno@verdi.it;Perso;02/03/2026;\n"))
    deals = load(con, write(tmp_path, "pd.csv", "Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,"
                            "Deal - Status,Deal - Deal created,Person - Email\n"
                            "501,Rinnovo Rossi,3000,EUR,Proposal Made,open,2026-11-20 10:00:00,anna@rossi.it\n"))
    assert not [n for n in notes(deals) if n[0] in ("import.note_reopened", "import.note_id_given")]
    assert con.execute("select name, external_id, current_stage, deal_value::int from leads order by lead_id"
                       ).fetchall() == [("Anna Rossi", None, "customer", 12000), ("Bruno Verdi", None, "lost", None),
                                        ("Rinnovo Rossi", "501", "opportunity", 3000)]
    sheet = load(con, write(tmp_path, "trattative.csv", "Nome trattativa;Email;Fase trattativa;Valore trattativa;"
                            "Data creazione\nRinnovo Rossi 2027;anna@rossi.it;Proposta;3000;20/11/2026\n"))
    assert not [n for n in notes(sheet) if n[0] == "import.note_reopened"]
    assert con.execute("select current_stage from leads where name = 'Anna Rossi'").fetchall() == [("customer",)]


def test_a_reopened_deal_the_file_keeps_a_lost_reason_for_is_unchanged_when_imported_again(con, tmp_path):
    header = "Record ID,Deal Name,Deal Stage,Amount,Create Date,Close Date,Closed Lost Reason\n"
    load(con, write(tmp_path, "a.csv", header + "9001,Rossi,Closed Lost,5000,2026-10-01,2026-11-25,Budget\n"))
    reopened = header + "9001,Rossi,Appointment Scheduled,5000,2026-10-01,,Budget\n"
    first = load(con, write(tmp_path, "b.csv", reopened))
    assert (first.updated, deals(con)) == (1, [("9001", "opportunity", None, "Budget", None)])
    again = load(con, write(tmp_path, "c.csv", reopened))
    assert (again.updated, again.unchanged) == (0, 1)


def test_a_reopened_deal_is_not_said_to_have_lost_its_closing_date(con, tmp_path):
    load(con, write(tmp_path, "a.csv", PIPEDRIVE
                    + "7,Acme,2000,EUR,Proposal Made,lost,2026-10-01 10:00:00,2026-11-20 09:00:00,,Prezzo\n"))
    again = load(con, write(tmp_path, "b.csv",
                            PIPEDRIVE + "7,Acme,2000,EUR,Proposal Made,open,2026-10-01 10:00:00,,,\n"))
    assert [n[0] for n in notes(again) if n[0] in ("import.note_reopened", "import.note_outcome_undated")] == [
        "import.note_reopened"]


def test_the_id_taken_by_email_is_said_only_where_it_is_taken(con, tmp_path):
    load(con, write(tmp_path, "foglio.csv", "Email;Fase\nanna@rossi.it;MQL\n"))
    crm = write(tmp_path, "hubspot.csv", "Record ID,Email,Lifecycle Stage\n101,anna@rossi.it,lead\n")
    # refused in insert mode ("already there"): nothing taken, nothing said
    refused = run_import(con, crm, ImportOptions(kind="leads", mode="insert", partial=True))
    assert not [n for n in notes(refused) if n[0].startswith("import.note_id_given")]
    # a check says what the import would do
    check = run_import(con, crm, ImportOptions(kind="leads", dry_run=True))
    assert ("import.note_id_given_check", {"count": 1, "id": "101", "email": "anna@rossi.it"}) in notes(check)
    assert con.execute("select external_id from leads").fetchall() == [(None,)]
