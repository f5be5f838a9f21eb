"""Header synonyms, presets and stage names: which column feeds which field."""

from __future__ import annotations

import pytest

from smarketing.errors import SmarketingError
from smarketing.importing import review
from smarketing.importing.fields import FIELDS, OUTCOME_SYNONYMS, STAGE_SYNONYMS, normalise
from smarketing.importing.mapping import resolve
from smarketing.importing.presets import PRESETS
from smarketing.stages import CODES as STAGE_CODES


def fields_of(mapping) -> dict[str, str]:
    return {item["field"]: item["column"] for item in mapping.report()}


@pytest.mark.parametrize(("header", "expected"), [
    (["Ragione sociale", "E-mail", "Fonte", "Fase", "Data creazione", "Importo", "Commerciale"],
     {"company": "Ragione sociale", "email": "E-mail", "source": "Fonte", "stage": "Fase",
      "created_at": "Data creazione", "deal_value": "Importo", "owner": "Commerciale"}),
    (["Record ID", "First Name", "Last Name", "Email", "Lifecycle Stage", "Lead Status", "Create Date",
      "Contact owner", "Became a Marketing Qualified Lead Date"],
     {"external_id": "Record ID", "first_name": "First Name", "last_name": "Last Name", "email": "Email",
      "stage": "Lifecycle Stage", "created_at": "Create Date", "owner": "Contact owner",
      "stage:mql": "Became a Marketing Qualified Lead Date"}),
    (["Azienda", "Origine", "Stato", "Valore", "Owner", "Email"],
     {"company": "Azienda", "source": "Origine", "stage": "Stato", "deal_value": "Valore", "owner": "Owner",
      "email": "Email"}),
    (["Company", "Lead Source", "Amount", "Email", "OPPORTUNITÀ DATA"],
     {"company": "Company", "source": "Lead Source", "deal_value": "Amount", "email": "Email"}),
    # Olist's MQL export: the day of the first contact is when the lead came in
    (["mql_id", "first_contact_date", "landing_page_id", "origin"],
     {"external_id": "mql_id", "created_at": "first_contact_date", "source": "origin"}),
    (["Codice", "Ragione sociale", "Data primo contatto", "Canale"],
     {"external_id": "Codice", "company": "Ragione sociale", "created_at": "Data primo contatto", "source": "Canale"}),
    # beside first and last names, Salesforce's "Title" is the job and an Italian "Titolo" the honorific ("Dott.")
    (["Id", "FirstName", "LastName", "Title", "Company", "Email"],
     {"external_id": "Id", "first_name": "FirstName", "last_name": "LastName", "company": "Company",
      "email": "Email"}),
    (["Titolo", "Nome", "Cognome", "Email"], {"first_name": "Nome", "last_name": "Cognome", "email": "Email"}),
    # the app's own files imported back: the demo's leads and a list downloaded from a page keep their stages
    (["external_id", "email", "first_name", "last_name", "name", "company", "phone", "source", "campaign", "segment",
      "region", "owner", "product", "created_at", "current_stage", "closed_at", "deal_value", "currency",
      "lost_reason"],
     {n: n for n in ("external_id", "email", "first_name", "last_name", "name", "company", "phone", "source",
                     "campaign", "segment", "region", "owner", "product", "created_at", "closed_at", "deal_value",
                     "currency", "lost_reason")} | {"stage": "current_stage"}),
    (["ID", "Nome", "Azienda", "Email", "Fonte", "Campagna", "Responsabile", "Fase attuale", "Contatto dal",
      "MQL dal", "SQL dal", "Chiuso il", "Valore", "Valuta", "Motivo perdita"],
     {"external_id": "ID", "first_name": "Nome", "company": "Azienda", "email": "Email", "source": "Fonte",
      "campaign": "Campagna", "owner": "Responsabile", "stage": "Fase attuale", "stage:lead": "Contatto dal",
      "stage:mql": "MQL dal", "stage:sql": "SQL dal", "closed_at": "Chiuso il", "deal_value": "Valore",
      "currency": "Valuta", "lost_reason": "Motivo perdita"}),
    (["ID", "Name", "Current stage", "Lead since", "MQL since", "SQL since", "Closed on"],
     {"external_id": "ID", "name": "Name", "stage": "Current stage", "stage:lead": "Lead since",
      "stage:mql": "MQL since", "stage:sql": "SQL since", "closed_at": "Closed on"}),
    # HubSpot, Pipedrive and a Salesforce report with the interface set to Italian
    (["ID record", "Nome", "Cognome", "E-mail", "Numero di telefono", "Proprietario del contatto",
      "Fase del ciclo di vita", "Data di creazione", "Fonte originale", "Nome azienda"],
     {"external_id": "ID record", "first_name": "Nome", "last_name": "Cognome", "email": "E-mail",
      "phone": "Numero di telefono", "owner": "Proprietario del contatto", "stage": "Fase del ciclo di vita",
      "created_at": "Data di creazione", "source": "Fonte originale", "company": "Nome azienda"}),
    (["Trattativa - ID", "Trattativa - Titolo", "Trattativa - Valore", "Trattativa - Valuta", "Trattativa - Fase",
      "Trattativa - Stato", "Trattativa - Proprietario", "Trattativa - Trattativa creata",
      "Trattativa - Ora di vincita", "Trattativa - Ora della perdita", "Trattativa - Motivo della perdita",
      "Organizzazione - Nome"],
     {"external_id": "Trattativa - ID", "name": "Trattativa - Titolo", "deal_value": "Trattativa - Valore",
      "currency": "Trattativa - Valuta", "stage": "Trattativa - Fase", "status": "Trattativa - Stato",
      "owner": "Trattativa - Proprietario", "created_at": "Trattativa - Trattativa creata",
      "stage:customer": "Trattativa - Ora di vincita", "stage:lost": "Trattativa - Ora della perdita",
      "lost_reason": "Trattativa - Motivo della perdita", "company": "Organizzazione - Nome"}),
    (["Nome lead", "Azienda", "E-mail", "Stato lead", "Origine lead", "Proprietario lead", "Data creazione"],
     {"name": "Nome lead", "company": "Azienda", "email": "E-mail", "stage": "Stato lead", "source": "Origine lead",
      "owner": "Proprietario lead", "created_at": "Data creazione"}),
    # alone, it names the deal
    (["Deal ID", "Title", "Email", "Value"],
     {"external_id": "Deal ID", "name": "Title", "email": "Email", "deal_value": "Value"}),
])
def test_header_synonyms(header, expected):
    mapping = resolve("leads", header)
    assert fields_of(mapping) == expected
    assert {item["origin"] for item in mapping.report()} == {"synonym"}


def test_preset_then_overrides():
    header = ["Deal - ID", "Deal - Title", "Deal - Value", "Deal - Currency", "Deal - Stage", "Deal - Status",
              "Deal - Won time", "Organization - Name", "Person - Email", "Note"]
    mapping = resolve("leads", header, preset="pipedrive-deals", overrides={"company": None, "lost_reason": "Note"})
    assert fields_of(mapping) == {
        "external_id": "Deal - ID", "name": "Deal - Title", "deal_value": "Deal - Value",
        "currency": "Deal - Currency", "stage": "Deal - Stage", "status": "Deal - Status",
        "stage:customer": "Deal - Won time", "email": "Person - Email", "lost_reason": "Note"}
    assert dict((i["field"], i["origin"]) for i in mapping.report())["lost_reason"] == "option"
    assert mapping.unmapped_columns() == ["Organization - Name"]


def test_overrides_match_case_and_accents():
    mapping = resolve("leads", ["Città", "Email"], overrides={"region": "citta"})
    assert fields_of(mapping)["region"] == "Città"


@pytest.mark.parametrize(("kind", "header", "overrides", "key"), [
    ("leads", ["Nome", "Azienda"], {}, "error.import_no_key"),
    ("leads", ["Email"], {"company": "Ditta"}, "error.map_column_missing"),
    ("spend", ["Data", "Canale"], {}, "error.spend_missing_fields"),
])
def test_mapping_errors(kind, header, overrides, key):
    with pytest.raises(SmarketingError) as err:
        resolve(kind, header, overrides=overrides)
    assert err.value.key == key


def test_catalog_is_normalised_and_complete():
    for kind, specs in FIELDS.items():
        for spec in specs.values():
            assert all(normalise(s) == s for s in spec.synonyms), (kind, spec.name)
    assert all(normalise(k) == k for k in STAGE_SYNONYMS)
    assert set(STAGE_SYNONYMS.values()) == set(STAGE_CODES)
    assert all(field in FIELDS[preset.kind] for preset in PRESETS.values() for field in preset.columns)
    assert all(field in FIELDS[preset.kind] for preset in PRESETS.values() for field in preset.sets)
    # a signature is written as headers are compared
    assert all(normalise(h) == h for preset in PRESETS.values() for sig in preset.signatures for h in sig)
    assert set(OUTCOME_SYNONYMS.values()) == {"customer", "lost", None}


@pytest.mark.parametrize(("value", "stage"), [
    ("Contatto", "lead"), ("MQL", "mql"), ("Marketing Qualified Lead", "mql"), ("marketingqualifiedlead", "mql"),
    ("salesqualifiedlead", "sql"), ("Opportunità", "opportunity"), ("Cliente", "customer"),
    ("Closed Won", "customer"), ("Won", "customer"), ("Vinto", "customer"), ("Perso", "lost"),
    ("Closed Lost", "lost"), ("Proposal/Price Quote", "opportunity"), ("Negotiation/Review", "opportunity"),
    ("Open - Not Contacted", "lead"), ("Closed - Not Converted", "lost"),
    # HubSpot, Pipedrive and Salesforce with the interface set to Italian, and HubSpot's lead statuses
    ("Lead qualificato per il marketing", "mql"), ("Lead qualificato per le vendite", "sql"),
    ("Appuntamento fissato", "opportunity"), ("Qualificato per l'acquisto", "opportunity"),
    ("Contratto inviato", "opportunity"), ("Chiuso vinto", "customer"), ("Chiuso perso", "lost"),
    ("Trattative iniziate", "opportunity"), ("Aperto - Non contattato", "lead"),
    ("In lavorazione - Contattato", "lead"), ("Chiuso - Convertito", "sql"), ("Chiuso - Non convertito", "lost"),
    ("IN_PROGRESS", "lead"), ("OPEN_DEAL", "opportunity"), ("BAD_TIMING", "lead"),
])
def test_crm_stage_names(value, stage):
    assert STAGE_SYNONYMS[normalise(value)] == stage


def test_mapping_editor_round_trip():
    from smarketing.importing.run import ImportResult

    result = ImportResult(
        status="dry_run", batch_id=None, file_name="f.csv", rows_read=0, inserted=0, updated=0, unchanged=0,
        rejected=0, rejects=[], problems=0, mapping=[{"field": "email", "column": "Mail", "origin": "synonym"}],
        unmapped=["Note"], notes=[], encoding="utf-8", delimiter=",", date_order=None, decimals={},
        header=["Mail", "Note"], preview=[["a@x.it", "ciao"], ["b@x.it"]], preview_lines=[2, 4],
        all_rejects=[{"line": 4, "column": "Mail", "code": "bad_email"}, {"line": 4, "column": None, "code": "x"}],
    )
    rows = review.mapping_rows(result)
    assert rows == [{"column": "Mail", "field": "email"}, {"column": "Note", "field": ""}]
    rows[1]["field"] = "lost_reason"
    maps = review.maps_from_rows("leads", rows)
    assert maps["email"] == "Mail" and maps["lost_reason"] == "Note" and maps["company"] is None
    assert review.preview_table(result) == [{"#": 2, "Mail": "a@x.it", "Note": "ciao"},
                                            {"#": 4, "Mail": "b@x.it", "Note": ""}]
    assert review.problem_cells(result) == {(1, 0): "bad_email", (1, None): "x"}
