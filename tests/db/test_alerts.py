"""Alerts when a number moves (alerts.py), on the demo company at TODAY."""

from __future__ import annotations

import pytest

from smarketing import alerts
from smarketing.errors import SmarketingError
from tests.conftest import TODAY


def test_what_moved_in_the_demo(demo_con):
    found = alerts.overview_alerts(demo_con, TODAY, "it")
    assert [(a.kind, a.severity, a.text) for a in found] == [
        ("status", "high", "Triplicare i clienti: da «troppo presto» a «fuori strada» in una settimana."),
        ("status", "info", "Conversione MQL->SQL: da «troppo presto» a «in linea» in una settimana."),
        ("backlog", "high", "143 MQL degli ultimi 90 giorni aspettano da più di 7 giorni e nessuno delle Vendite li "
                            "ha in carico: vanno assegnati."),
        ("entries", "medium", "MQL: 13 ingressi nella settimana 16/11/2026–22/11/2026, contro una media di 43,0 "
                              "(−70%)."),
        ("entries", "medium", "SQL: 9 ingressi nella settimana 16/11/2026–22/11/2026, contro una media di 17,3 "
                              "(−48%)."),
        ("entries", "medium", "Contatto: 57 ingressi nella settimana 16/11/2026–22/11/2026, contro una media di "
                              "108,3 (−47%)."),
        # the latest cohort that has had the time to convert, not last week's
        ("conversion", "info", "Conversione SQL → Opportunità di chi è entrato nella settimana "
                               "26/10/2026–01/11/2026 (coorte maturata): 50,0% contro una media di 37,5% nelle 4 "
                               "settimane prima (+33%)."),
        ("conversion", "medium", "Conversione Contatto → MQL di chi è entrato nella settimana 09/11/2026–15/11/2026 "
                                 "(coorte maturata): 25,9% contro una media di 37,8% nelle 4 settimane prima (−31%)."),
    ]


def test_the_thresholds_of_settings_decide(demo_con):
    alerts.save_thresholds(demo_con, alerts.Thresholds(entries=0.5, conversion=0.32, backlog_days=60))
    found = alerts.overview_alerts(demo_con, TODAY, "en")
    assert [(a.kind, a.text[:40]) for a in found if a.kind != "status"] == [
        ("backlog", "37 MQLs of the last 90 days have waited "),     # for more than 60 days, not 7
        ("entries", "MQL: 13 entries in the week 16 Nov 2026–"),
        ("conversion", "Conversion SQL → Opportunity of those wh"),
    ]
    assert alerts.thresholds(demo_con) == alerts.Thresholds(0.5, 0.32, 60)


@pytest.mark.parametrize(("wanted", "message"), [
    (alerts.Thresholds(entries=0), "Alert thresholds go from 1% to 500%."),
    (alerts.Thresholds(backlog_days=0), "An MQL's days of waiting go from 1 to 90."),
])
def test_a_threshold_is_refused_in_words(con, wanted, message):
    with pytest.raises(SmarketingError) as raised:
        alerts.save_thresholds(con, wanted)
    assert raised.value.message("en") == message
