"""Saved mappings (issue 15): a week's choices kept under a name, proposed when next week's file has the same
header, reused with --preset NAME; the CLI as a person types it, in process (cli.main) for speed."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from smarketing import cli
from smarketing.importing import ImportOptions, run_import, saved
from tests.imports.test_import_trust import CORPUS

CUSTOM = "pipedrive_custom_stages.csv"
STAGE_MAPS = ["--stage-map", "Primo contatto=lead", "--stage-map", "Sopralluogo fatto=sql",
              "--stage-map", "In attesa di firma=opportunity"]
HEADER = "Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status"

# the commands here work on a store that exists
pytestmark = pytest.mark.usefixtures("migrated")


def next_week(tmp_path, rows: int = 12):
    """Next week's export of the same pipeline: the same header and stage names, new deals."""
    stages = ("Primo contatto", "Sopralluogo fatto", "In attesa di firma", "Won")
    lines = [HEADER] + [f"{5000 + i},Impianto {i},{i * 10},EUR,{stages[i % 4]},{'won' if i % 4 == 3 else 'open'}"
                        for i in range(rows)]
    path = tmp_path / "pipedrive-2026-11-30.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cli_out(db_path, capsys, *args: str, lang: str = "it") -> tuple[int, str]:
    code = cli.main(["--db", str(db_path), "--lang", lang, *args])
    return code, capsys.readouterr().out


def test_save_then_propose_then_reuse(db_path, tmp_path, capsys):
    # week 1: the stage map typed by hand, saved under a name
    code, out = cli_out(db_path, capsys, "import", "leads", str(CORPUS / CUSTOM), *STAGE_MAPS,
                        "--save-as", "  Pipedrive   vendite ")
    assert code == 0
    assert 'Mappatura «Pipedrive vendite» salvata: la prossima volta, --preset "Pipedrive vendite".' in out
    code, out = cli_out(db_path, capsys, "imports", "presets", "--format", "json")
    listed = {r["name"]: r for r in json.loads(out)}
    assert listed["Pipedrive vendite"]["kind"] == "leads" and listed["Pipedrive vendite"]["saved_by"]
    assert listed["meta-ads"]["kind"] == "spend" and listed["meta-ads"]["saved_at"] is None

    # week 2 without options: refused for its stages, and the saved mapping is named as the way out
    week2 = next_week(tmp_path)
    code, out = cli_out(db_path, capsys, "import", "leads", str(week2), "--format", "json")
    assert code == 1
    message = json.loads(out)["message"]
    assert message.startswith("Nulla è stato importato: 9 righe su 12 hanno nella colonna «Deal - Stage» una fase")
    assert message.endswith('Sembra un export Pipedrive (trattative) come quello della mappatura salvata «Pipedrive '
                            'vendite»: per usarla, --preset "Pipedrive vendite".')

    # week 2 with the saved name, written any case: the stage map comes from the store
    code, out = cli_out(db_path, capsys, "import", "leads", str(week2), "--preset", "pipedrive VENDITE",
                        "--format", "json")
    result = json.loads(out)
    assert code == 0 and (result["rows_read"], result["inserted"], result["rejected"]) == (12, 12, 0)
    assert result["suggestion"] is None
    stages = Counter(dict(cli_rows(db_path, "select external_id, current_stage from leads "
                                            "where external_id >= '5000'")).values())
    assert stages == Counter({"lead": 3, "sql": 3, "opportunity": 3, "customer": 3})


def cli_rows(db_path, sql: str) -> list[tuple]:
    import duckdb

    with duckdb.connect(str(db_path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_a_saved_mapping_keeps_fixed_values_and_reading_options(con, tmp_path):
    export = tmp_path / "spesa.csv"
    export.write_text("Giorno;Campagna;Euro\n03/11/2026;Fiera Verona;1.200,50\n04/11/2026;Fiera Verona;99,50\n",
                      encoding="utf-8")
    options = ImportOptions(kind="spend", maps={"amount": "Euro"}, sets={"channel": "Fiere"}, decimal="it",
                            date_order="dmy")
    result = run_import(con, export, options)
    assert saved.save(con, "Spese fiere", options, result.header, by="giulia@coop.it") is False
    assert saved.save(con, "spese FIERE", options, result.header) is True   # the same name: replaced
    export.write_text("Giorno;Campagna;Euro\n10/11/2026;Fiera Verona;2.000,00\n", encoding="utf-8")
    again = run_import(con, export, ImportOptions(kind="spend", preset="Spese fiere"))
    assert (again.inserted, again.rejected) == (1, 0)
    assert con.execute("select spend_date::varchar, channel, amount::varchar from spend order by 1").fetchall() == [
        ("2026-11-03", "Fiere", "1200.50"), ("2026-11-04", "Fiere", "99.50"), ("2026-11-10", "Fiere", "2000.00")]
    # a --set given this time wins over the saved one
    export.write_text("Giorno;Campagna;Euro\n11/11/2026;Open day;50,00\n", encoding="utf-8")
    run_import(con, export, ImportOptions(kind="spend", preset="Spese fiere", sets={"channel": "Eventi"}))
    assert con.execute("select channel from spend where campaign = 'Open day'").fetchone() == ("Eventi",)
    assert [r["name"] for r in saved.listing(con)] == ["spese FIERE"]


def test_a_saved_mapping_is_matched_by_its_header_not_by_a_stranger(con, tmp_path):
    week2 = next_week(tmp_path)
    header = HEADER.split(",")
    saved.save(con, "Pipedrive vendite", ImportOptions(stage_map={"Primo contatto": "lead"}), header)
    assert saved.match(con, "leads", header).get("name") == "Pipedrive vendite"
    # a newer export with one more column still matches (5 of 6 columns shared); another CRM's does not
    assert saved.match(con, "leads", [*header, "Deal - Owner"])["name"] == "Pipedrive vendite"
    assert saved.match(con, "leads", ["Record Id", "Lead Status", "Created Time", "Email"]) is None
    assert saved.match(con, "spend", header) is None
    result = run_import(con, week2, ImportOptions(dry_run=True, partial=True))
    assert result.suggestion == saved.Suggestion("Pipedrive vendite", True, "pipedrive-deals")


@pytest.mark.parametrize(("name", "message"), [
    ("", "«» non va bene come nome di una mappatura"),
    ("x" * 61, "non va bene come nome di una mappatura: scrivi da 1 a 60 caratteri"),
    ("Meta-Ads", "«Meta-Ads» è il nome di un formato già previsto"),
])
def test_a_mapping_name_that_will_not_do_is_refused_before_importing(db_path, capsys, name, message):
    with pytest.raises(SystemExit) as usage:
        cli.main(["--db", str(db_path), "import", "leads", str(CORPUS / CUSTOM), "--save-as", name])
    assert usage.value.code == 2
    assert message in capsys.readouterr().err
    assert not db_path.exists() or cli_rows(db_path, "select count(*) from import_batches") == [(0,)]


def test_unknown_and_wrong_kind_names_say_what_there_is(db_path, capsys):
    code = cli.main(["--db", str(db_path), "--lang", "en", "import", "leads", str(CORPUS / CUSTOM), "--preset",
                     "Pipedrive vendite"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith('Error: No mapping is called "Pipedrive vendite". Mappings available: '
                                        'bitrix24-deals, google-ads, hubspot-contacts,')
    code = cli.main(["--db", str(db_path), "--lang", "en", "import", "leads", str(CORPUS / "meta_ads_by_day.csv"),
                     "--preset", "meta-ads"])
    assert code == 1 and capsys.readouterr().err == (
        'Error: "meta-ads" is the mapping of a spend file: import the file as spend (import spend, or "Marketing '
        'spend" on the Import page).\n')
    assert cli_rows(db_path, "select count(*) from import_batches") == [(0,)]


def test_forget_a_saved_mapping(db_path, capsys):
    assert cli_out(db_path, capsys, "import", "leads", str(CORPUS / CUSTOM), *STAGE_MAPS, "--dry-run",
                   "--save-as", "Prova")[0] == 0
    assert cli_out(db_path, capsys, "imports", "forget", "prova")[1] == "Mappatura «prova» eliminata.\n"
    code, out = cli_out(db_path, capsys, "imports", "presets")
    assert code == 0 and "Prova" not in out and "pipedrive-deals" in out
    # the dry run that saved it wrote no lead; a name forgotten once is not there to forget again
    assert cli_rows(db_path, "select count(*) from leads") == [(0,)]
    assert cli.main(["--db", str(db_path), "--lang", "it", "imports", "forget", "prova"]) == 1
    assert capsys.readouterr().err == ("Errore: Nessuna mappatura si chiama «prova»: non ne è ancora stata salvata "
                                       "nessuna (--save-as, o «Salva mappatura» nella pagina Importa).\n")
