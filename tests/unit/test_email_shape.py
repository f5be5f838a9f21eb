"""The import's e-mail check, said with LIKE and contains for speed, accepts and refuses exactly what the regular
expression it replaced did: ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$ in DuckDB (RE2, whose \\s is tab, line feed, form feed,
carriage return and space)."""

from __future__ import annotations

import pytest

from smarketing.importing.project import email_shape
from tests.helpers import scratch

PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"

# cells as CRM and Excel exports hold them, good and bad
CELLS = [
    "mario.rossi@azienda.it", "MARIO.ROSSI@AZIENDA.IT", "m@a.it", "giulia+newsletter@coop-sociale.org",
    "info@città-del-gusto.it", "anna.müller@firma.de", "ζωή@παράδειγμα.ελ", "o'brien@example.ie", "a@b.c",
    "x_y%z@dominio.it", "a@b..c", "a@.b.c", "a@b.c.", "a@b.", "a@.b", "@azienda.it", "mario@", "mario", "",
    "mario.rossi@azienda", "mario rossi@azienda.it", " mario@azienda.it", "mario@azienda.it ",
    "mario@azienda.it\n", "mario@azi\tenda.it", "mario@azienda.it\r", "mario\f@azienda.it", "mario@azienda\x0b.it",
    "mario@azienda.it\u00a0", "mario@@azienda.it", "mario@rossi@azienda.it", "a@b@c.d", "info at neri.it",
    "mario.rossi@", "Bruno @Ex.it", "a.b@c", ".@..", "a@b.c@", "%@_.%", "_@%._", "n/d", "-", "a@b\u3000.c",
]


@pytest.mark.parametrize("cell", CELLS)
def test_the_shape_test_agrees_with_the_pattern(cell):
    pattern, shape = scratch().execute(
        f"select regexp_full_match(e, '{PATTERN}'), {email_shape('e')} from (select ? as e)", [cell]).fetchone()
    assert shape == pattern


def test_the_cells_hold_both_verdicts():
    """So that the agreement above is about e-mails accepted and refused alike."""
    verdicts = scratch().execute(
        f"select list(e order by e) filter (where {email_shape('e')}) from unnest(?) as t(e)", [CELLS]).fetchone()[0]
    assert verdicts == sorted(["mario.rossi@azienda.it", "MARIO.ROSSI@AZIENDA.IT", "m@a.it",
                               "giulia+newsletter@coop-sociale.org", "info@città-del-gusto.it",
                               "anna.müller@firma.de", "ζωή@παράδειγμα.ελ", "o'brien@example.ie", "a@b.c",
                               "x_y%z@dominio.it", "a@b..c", "a@.b.c", "a@b.c.", "mario@azienda.it\u00a0",
                               "mario@azienda\x0b.it", "%@_.%", "_@%._", "a@b\u3000.c"])
