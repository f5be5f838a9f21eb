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
def test_italian_charts_carry_the_italian_locale(build):
    italian = build("it").to_dict()["config"]["locale"]
    assert italian["number"] == {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " €"]}
    assert italian["time"]["shortMonths"][:3] == ["gen", "feb", "mar"]
    assert "locale" not in build("en").to_dict().get("config", {})
