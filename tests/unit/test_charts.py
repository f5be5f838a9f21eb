"""Charts speak the page's language: Italian axes read 1.234,5 and Italian month names."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from smarketing import charts

FRAME = pd.DataFrame({"period": [date(2026, 11, 2), date(2026, 11, 9)], "reached": [1200, 1350]})


@pytest.mark.parametrize("build", [
    lambda lang: charts.trend(FRAME, "reached", None, lang),
    lambda lang: charts.grouped_bars(FRAME.assign(source=["Fiere", "Webinar"]), "source", ["reached"], lang),
    lambda lang: charts.objective([{"day": date(2026, 11, 2), "value": 3.0}],
                                  [{"day": date(2026, 11, 2), "value": 6.0, "line": "target"}], ",.0f", lang),
])
def test_charts_carry_their_languages_locale(build):
    italian = build("it").to_dict()["config"]["locale"]
    # the euro after the number, held to it by a no-break space, as CLDR writes Italian money
    assert italian["number"] == {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", "\u00a0€"]}
    assert italian["time"]["shortMonths"] == ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott",
                                              "nov", "dic"]
    assert italian["time"]["shortDays"][:2] == ["dom", "lun"] and italian["time"]["days"][1] == "lunedì"
    english = build("en").to_dict()["config"]["locale"]
    assert english["number"] == {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["€", ""]}
    assert english["time"]["shortMonths"][8] == "Sep" and english["time"]["days"][0] == "Sunday"
