"""What a page offers before anything is chosen (choices.read): one call for the demo notice, the filters, the
comparison's coverage and the stages."""

from __future__ import annotations

from datetime import date

from smarketing import choices, demo
from smarketing.importing import ImportOptions, run_import


def test_an_empty_store_offers_the_stages_and_nothing_to_filter(con):
    offered = choices.read(con)
    assert (offered.demo_loaded, offered.leads, offered.dimensions, offered.first_day) == (False, 0, {}, None)
    assert [s["code"] for s in offered.stages] == ["lead", "mql", "sql", "opportunity", "customer", "lost"]
    assert [s["label_it"] for s in offered.stages] == ["Contatto", "MQL", "SQL", "Opportunità", "Cliente", "Perso"]


def test_the_demo_is_said_and_its_values_offered_most_frequent_first(demo_con):
    offered = choices.read(demo_con)
    assert (offered.demo_loaded, offered.leads, offered.first_day) == (True, 4958, date(2025, 5, 26))
    assert offered.dimensions["segment"] == ["PMI", "Mid-market", "Enterprise"]
    assert offered.dimensions["source"][:3] == ["Google Ads", "Ricerca organica", "Webinar"]
    demo.remove(demo_con, "test")
    assert (choices.read(demo_con).demo_loaded, choices.read(demo_con).leads) == (False, 0)


def test_an_imported_file_is_offered_without_its_empty_cells(con, tmp_path):
    path = tmp_path / "leads.csv"
    path.write_text("Email;Fonte;Data creazione\nanna@rossi.it;Fiera;03/02/2026\nbruno@verdi.it;;04/02/2026\n"
                    "carla@neri.it;Fiera;05/02/2026\n", encoding="utf-8")
    run_import(con, path, ImportOptions(backup=False))
    offered = choices.read(con)
    assert (offered.demo_loaded, offered.leads, offered.first_day) == (False, 3, date(2026, 2, 3))
    assert offered.dimensions == {"source": ["Fiera"]}
