"""Charts speak the page's language: Italian axes read 1.234,5 and Italian month names."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from smarketing import charts
from smarketing.milestones import Event

FRAME = pd.DataFrame({"period": [date(2026, 11, 2), date(2026, 11, 9)], "reached": [1200, 1350]})


@pytest.mark.parametrize("build", [
    lambda lang: charts.trend(FRAME, "reached", None, lang),
    lambda lang: charts.grouped_bars(FRAME.assign(source=["Fiere", "Webinar"]), "source", ["reached"], lang, "EUR"),
    lambda lang: charts.objective([{"day": date(2026, 11, 2), "value": 3.0}],
                                  [{"day": date(2026, 11, 2), "value": 6.0, "line": "target"}], "number", lang),
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
    # a date Vega writes by itself reads as the page's others do (i18n.fmt_date: 25/11/2026, 25 Nov 2026)
    assert (italian["time"]["date"], english["time"]["date"]) == ("%d/%m/%Y", "%-d %b %Y")


def test_a_partial_week_is_a_dashed_piece_joined_to_the_complete_weeks_beside_it():
    # a week cut by the window (the first) and the week in progress (the last) are drawn dashed, never as a drop; a
    # maturing cohort in the middle too. Each dashed piece takes in its complete neighbours, so each line stays
    # whole; a line with nothing partial is one solid piece
    weeks = [date(2026, 10, 5), date(2026, 10, 12), date(2026, 10, 19), date(2026, 10, 26), date(2026, 11, 2)]
    frame = pd.DataFrame({
        # rows in no particular order, as a grouping may give them
        "period": [weeks[4], weeks[0], weeks[1], weeks[2], weeks[3]] + weeks,
        "series": ["MQL"] * 5 + ["SQL"] * 5,
        "value": [5, 1, 2, 3, 4, 10, 20, 30, 40, 50],
        "partial": [True, True, False, False, False] + [False] * 5,
        "maturing": [False, False, False, True, False] + [False] * 5,
    })
    lines = charts.trend(frame, "value", "series", "it", value_title="Ingressi").to_dict()
    drawn = next(layer for layer in lines["layer"] if layer["mark"]["type"] == "line")
    rows = [(r["series"], str(r["period"])[:10], r["segment"], r["piece"])
            for r in lines["datasets"][drawn["data"]["name"]]]
    assert rows == [
        ("MQL", "2026-10-05", "dashed", "dashed1"), ("MQL", "2026-10-12", "dashed", "dashed1"),
        ("MQL", "2026-10-12", "solid", "solid2"),
        ("MQL", "2026-10-12", "dashed", "dashed3"), ("MQL", "2026-10-19", "dashed", "dashed3"),
        ("MQL", "2026-10-26", "dashed", "dashed3"),
        ("MQL", "2026-10-26", "solid", "solid4"),
        ("MQL", "2026-10-26", "dashed", "dashed5"), ("MQL", "2026-11-02", "dashed", "dashed5"),
        ("SQL", "2026-10-05", "solid", "solid1"), ("SQL", "2026-10-12", "solid", "solid1"),
        ("SQL", "2026-10-19", "solid", "solid1"), ("SQL", "2026-10-26", "solid", "solid1"),
        ("SQL", "2026-11-02", "solid", "solid1"),
    ]


def test_a_funnel_stage_still_maturing_is_drawn_pale_and_says_so():
    rows = [{"stage": code, "position": n, "label_it": it, "label_en": en, "reached": reached,
             "conversion_from_previous": previous, "maturing": maturing}
            for code, n, it, en, reached, previous, maturing in (
                ("lead", 1, "Contatto", "Lead", 717, None, False), ("mql", 2, "MQL", "MQL", 236, 236 / 717, False),
                ("customer", 3, "Cliente", "Customer", 0, 0.0, True))]
    spec = charts.funnel(rows, "it").to_dict()
    data = next(iter(spec["datasets"].values()))
    assert [(d["stage"], d["text"]) for d in data] == [
        ("Contatto", "717"), ("MQL", "236  (32,9%)"), ("Cliente", "0  (0,0%) · in maturazione")]
    assert [d["text"] for d in next(iter(charts.funnel(rows, "en").to_dict()["datasets"].values()))][2] == \
        "0  (0.0%) · still maturing"
    bars = spec["layer"][0]["encoding"]
    assert bars["opacity"] == {"condition": {"test": "datum.maturing", "value": 0.45}, "value": 1.0}
    assert bars["strokeDash"] == {"condition": {"test": "datum.maturing", "value": [4, 3]}, "value": [1, 0]}


@pytest.mark.parametrize(("lang", "axis", "tooltip"), [("it", "%d/%m", "%d/%m/%Y"), ("en", "%-d %b", "%-d %b %Y")])
def test_an_objectives_chart_dates_its_days_as_the_language_does(lang, axis, tooltip):
    # review 8: the English detail read "16/11, 18/11" where every other English chart says "16 Nov"
    spec = charts.objective([{"day": date(2026, 11, 2), "value": 3.0}],
                            [{"day": date(2026, 11, 2), "value": 6.0, "line": "target"}], "number", lang).to_dict()
    encoding = spec["encoding"]
    assert encoding["x"]["axis"]["format"] == axis
    assert [t["format"] for t in encoding["tooltip"] if t.get("type") == "temporal"] == [tooltip]


@pytest.mark.parametrize(("lang", "one_year", "several"), [("it", "%d/%m", "%d/%m/%Y"), ("en", "%-d %b", "%-d %b %Y")])
def test_a_weekly_axis_over_several_years_names_the_year(lang, one_year, several):
    # "Tutto il periodo" drew 30/01, 22/01, 13/01: four Januaries no one could tell apart
    def axis(*days):
        frame = pd.DataFrame({"period": list(days), "leads": [1.0] * len(days)})
        spec = charts.trend(frame, "leads", None, lang, every="week").to_dict()
        return next(layer["encoding"]["x"]["axis"]["format"] for layer in spec["layer"]
                    if "axis" in layer.get("encoding", {}).get("x", {}))
    assert axis(date(2026, 1, 5), date(2026, 11, 23)) == one_year
    assert axis(date(2025, 12, 29), date(2026, 1, 5)) == several


def _tooltips(spec) -> list[dict]:
    """Every tooltip field of a chart's spec, in every layer."""
    if isinstance(spec, dict):
        found = [f for f in spec.get("tooltip", []) if isinstance(f, dict)] if isinstance(spec.get("tooltip"), list) \
            else []
        return found + [f for key, value in spec.items() if key != "tooltip" for f in _tooltips(value)]
    return [f for value in spec for f in _tooltips(value)] if isinstance(spec, list) else []


_WEEKLY = pd.DataFrame({"week": [date(2026, 11, 2), date(2026, 11, 9)] * 2, "stage": ["lead", "lead", "mql", "mql"],
                        "position": [1, 1, 2, 2], "label_it": ["Contatto", "Contatto", "MQL", "MQL"],
                        "label_en": ["Lead", "Lead", "MQL", "MQL"], "entries": [10, 12, 3, 4],
                        "partial": [False, True, False, True]})
_MONTHS = [{"period": date(2026, m, 1), "spend": 100.0 * m, "won_value": 80.0 * m, "spend_compare": 90.0,
            "won_value_compare": 70.0} for m in (9, 10)]
# a chart of each kind the pages draw, by a language
NAMED_CHARTS = {
    "stages a week": lambda lang: charts.weekly_stage_entries(
        _WEEKLY, lang, [Event(date(2026, 11, 3), "decision", "Più budget ai webinar")]),
    "spend and won value": lambda lang: charts.metric_trend(_MONTHS, ["spend", "won_value"], lang, every="month",
                                                            currency="EUR"),
    "channels": lambda lang: charts.grouped_bars(
        pd.DataFrame({"source": ["Fiere"], "spend": [100.0], "won_value": [90.0]}), "source",
        ["spend", "won_value"], lang, "EUR"),
    "an objective": lambda lang: charts.objective(
        [{"day": date(2026, 11, 2), "value": 3.0}], [{"day": date(2026, 11, 2), "value": 6.0, "line": "target"}],
        "number", lang),
}


def test_every_value_a_tooltip_shows_is_named_in_the_pages_language():
    # hovering the bars of Spesa e ritorno read "source: Webinar / measure: Valore vinto / value: 112.550", and the
    # monthly lines "series: Spesa", a detail's "day" and "value": a field's own name, in English, on an Italian page
    titles = {lang: {name: [f.get("title") for f in _tooltips(build(lang).to_dict())]
                     for name, build in NAMED_CHARTS.items()} for lang in ("it", "en")}
    assert titles["it"] == {
        "stages a week": ["Periodo", "Cosa è successo", "Periodo", "Fase", "Ingressi", "Periodo", "Fase", "Ingressi"],
        "spend and won value": ["Periodo", "Misura", "Importo", "Periodo", "Misura", "Importo",
                                "Periodo", "Misura", "Importo (confronto)"],
        "channels": ["Fonte", "Misura", "Importo"],
        "an objective": ["Linea", "Giorno", "Valore"],
    }
    assert titles["en"]["channels"] == ["Source", "Measure", "Amount"]
    assert titles["en"]["an objective"] == ["Line", "Day", "Value"]


def test_the_spend_charts_write_their_amounts_in_the_charts_currency():
    # "EUR: 112.550" in the tooltip of a bar, "100000" on the axis: the amounts now read as the cards' and tables'
    frame = pd.DataFrame({"source": ["Fiere"], "spend": [23116.0], "won_value": [112550.0]})
    months = [{"period": date(2026, m, 1), "spend": 100.0 * m, "won_value": 80.0 * m} for m in (9, 10)]
    for lang, currency, written in (("it", "EUR", ["", "\u00a0€"]), ("en", "CHF", ["CHF", ""])):
        bars = charts.grouped_bars(frame, "source", ["spend", "won_value"], lang, currency).to_dict()
        lines = charts.metric_trend(months, ["spend", "won_value"], lang, every="month", currency=currency).to_dict()
        for spec in (bars, lines):
            assert spec["config"]["locale"]["number"]["currency"] == written
        assert bars["encoding"]["y"]["axis"]["format"] == "$,.0f"
        assert [f["format"] for f in _tooltips(bars) if f["field"] == "value"] == ["$,.0f"]
        assert {f["format"] for f in _tooltips(lines) if f["field"] == "value"} == {"$,.0f"}
    # a month's point is that month ("ottobre 2026"), never its first day ("01/10/2026"), its comparison's too
    assert {f["format"] for f in _tooltips(lines) if f["field"] == "period"} == {"%B %Y"}
    # a faint point names the month it is of: October's comparison is July's
    compared = charts.metric_trend([{**m, "spend_compare": 90.0, "compare_period": date(2026, m["period"].month - 3, 1)}
                                    for m in months], ["spend"], "it", every="month", currency="EUR").to_dict()
    faint = [f for f in _tooltips(compared) if f["field"] == "period_compare"]
    assert [(f["title"], f["format"]) for f in faint] == [("Periodo di confronto", "%B %Y")]
    assert sorted({str(d["period_compare"])[:10] for rows in compared["datasets"].values() for d in rows}) == [
        "2026-06-01", "2026-07-01"]
    # one amount alone is titled by its name: "Spesa: 1.000 €"
    single = charts.metric_trend(months, ["spend"], "it", every="month", currency="EUR").to_dict()
    assert [f.get("title") for f in _tooltips(single) if f["field"] == "value"] == ["Spesa", "Spesa"]


def test_an_objectives_chart_writes_its_amounts_in_the_objectives_currency():
    # "Valore: 0" and an axis of 200.000 beside cards of "190.000 €": the chart's amounts now carry the currency,
    # the objective's own, written as i18n.fmt_money writes it (1.234 CHF, CHF1,234)
    points = [{"day": date(2026, 11, 2), "value": 3.0}]
    lines = [{"day": date(2026, 11, 2), "value": 6.0, "line": "target"}]
    for lang, currency, written in (("it", "EUR", ["", "\u00a0€"]), ("it", "CHF", ["", "\u00a0CHF"]),
                                    ("en", "CHF", ["CHF", ""]), ("en", "EUR", ["€", ""])):
        spec = charts.objective(points, lines, "amount", lang, currency).to_dict()
        assert spec["config"]["locale"]["number"]["currency"] == written
        assert [f["format"] for f in spec["encoding"]["tooltip"] if f["field"] == "value"] == ["$,.0f"]


def _axis_labels(chart, title: str) -> list[str]:
    """The labels of the axis titled `title`, as Vega draws them (rendered offline, as the weekly report is)."""
    import re

    import vl_convert

    svg = vl_convert.vegalite_to_svg(chart.to_json())
    # each axis is a group of its labels, then its title; the marks' own texts follow the last one
    for axis in svg.split('class="mark-group role-axis"')[1:]:
        texts = re.findall(r"<text[^>]*>([^<]*)</text>", axis)
        if title in texts:
            return texts[:texts.index(title)]
    raise AssertionError(f"no axis titled {title!r}")


WEEKS = pd.to_datetime(["2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26"])


def test_a_small_count_is_drawn_on_whole_numbers():
    """A week of three SQLs read "0, 1, 1, 2, 2, 3, 3" (ticks every half, written whole), and a funnel of three
    leads counted "0,5" leads."""
    weekly = pd.DataFrame({"period": WEEKS, "entered": [1, 3, 2, 0]})
    assert _axis_labels(charts.trend(weekly, "entered", None, "it"), "Entrati") == ["0", "1", "2", "3"]
    funnel = [{"stage": code, "position": n, "label_it": code, "label_en": code, "reached": reached,
               "conversion_from_previous": None, "maturing": False}
              for n, (code, reached) in enumerate((("lead", 3), ("mql", 2), ("sql", 1)), 1)]
    assert _axis_labels(charts.funnel(funnel, "it"), "Hanno raggiunto") == ["0", "1", "2", "3"]
    # large counts keep d3's round steps, written as the language does
    weekly = pd.DataFrame({"period": WEEKS, "entered": [100, 3000, 2000, 0]})
    assert _axis_labels(charts.trend(weekly, "entered", None, "it"), "Entrati") == [
        "0", "500", "1.000", "1.500", "2.000", "2.500", "3.000"]


def test_a_small_rate_keeps_the_decimal_its_ticks_need():
    weekly = pd.DataFrame({"period": WEEKS, "conversion_rate": [0.01, 0.03, 0.02, 0.0]})
    assert _axis_labels(charts.trend(weekly, "conversion_rate", None, "it", percent=True), "Tasso di conversione") \
        == ["0%", "0,5%", "1%", "1,5%", "2%", "2,5%", "3%"]
    weekly = pd.DataFrame({"period": WEEKS, "conversion_rate": [0.1, 0.43, 0.22, 0.0]})
    assert _axis_labels(charts.trend(weekly, "conversion_rate", None, "en", percent=True), "Conversion rate") == [
        "0%", "5%", "10%", "15%", "20%", "25%", "30%", "35%", "40%", "45%"]


def _read_aloud(chart) -> list[tuple[str, ...]]:
    """What a screen reader is told of each kind of mark: the names Vega puts before each value of its description
    ("Hanno raggiunto: 94; Fase: SQL"), as the offline renderer compiles the chart; marks of one kind alike once."""
    import json
    import re

    import vl_convert

    def signals(node):
        if isinstance(node, dict):
            if isinstance(node.get("description"), dict) and "signal" in node["description"]:
                yield node["description"]["signal"]
            for value in node.values():
                yield from signals(value)
        elif isinstance(node, list):
            for value in node:
                yield from signals(value)

    vega = vl_convert.vegalite_to_vega(json.loads(json.dumps(chart.to_dict(), default=str)))
    return sorted({tuple(re.findall(r'(?:^"|; )([^;:"]+): "', signal)) for signal in signals(vega)})


def test_a_screen_reader_hears_every_chart_in_the_pages_language(demo_con):
    # the funnel's bars read "Hanno raggiunto: 94; stage: SQL; Fase: SQL" and their labels "reached: 94; stage: SQL;
    # text: 94": a field's own name, in English, on an Italian page, read out for every mark of every chart
    from smarketing import objective_views

    funnel = [{"stage": "lead", "label_it": "Contatto", "label_en": "Lead", "position": 1, "reached": 120,
               "conversion_from_previous": None},
              {"stage": "sql", "label_it": "SQL", "label_en": "SQL", "position": 3, "reached": 94,
               "conversion_from_previous": 0.5, "maturing": True}]
    board = objective_views.board(demo_con, date(2026, 11, 25))
    assert board
    builds = {**NAMED_CHARTS, "funnel": lambda lang: charts.funnel(funnel, lang),
              "objectives": lambda lang: charts.objectives_progress(board, lang)}
    heard = {lang: {name: _read_aloud(build(lang)) for name, build in builds.items()} for lang in ("it", "en")}
    # the lines' pieces and the funnel's labels repeat their points and bars: read once, with them
    assert heard["it"] == {
        "funnel": [("Hanno raggiunto", "Fase")],
        "stages a week": [("Periodo", "Cosa è successo"), ("Periodo", "Ingressi", "Fase")],
        "spend and won value": [("Periodo", "Importo", "Misura"), ("Periodo", "Importo (confronto)", "Misura")],
        "channels": [("Fonte", "Importo", "Misura")],
        "an objective": [("Giorno", "Valore", "Linea")],
        "objectives": [("Avanzamento", "Obiettivo"), ("Avanzamento atteso a oggi", "Obiettivo")],
    }
    assert heard["en"] == {
        "funnel": [("Reached", "Stage")],
        "stages a week": [("Period", "Entries", "Stage"), ("Period", "What happened")],
        "spend and won value": [("Period", "Amount", "Measure"), ("Period", "Amount (comparison)", "Measure")],
        "channels": [("Source", "Amount", "Measure")],
        "an objective": [("Day", "Value", "Line")],
        "objectives": [("Progress", "Objective"), ("Progress expected by now", "Objective")],
    }
