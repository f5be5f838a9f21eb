"""Pure Altair builders: a frame and a language in, a chart out; no Streamlit here."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import altair as alt
import pandas as pd

from smarketing import stages
from smarketing.i18n import DATE_PATTERNS, day_names, locale, month_names, t
from smarketing.objectivewords import status_text
from smarketing.vocabulary import DEFAULT_CURRENCY

if TYPE_CHECKING:
    from smarketing.metricrows import AnyRow
    from smarketing.milestones import Event
    from smarketing.objective_views import BoardRow, LinePoint, Point


# Altair checks each piece of a chart against Vega-Lite's schema as it is made ("debug mode", for a traceback that
# points at the piece), then the whole chart when it is drawn (to_dict, called by Streamlit, the report and the tests).
# The whole chart's check stays; the pieces' took ~8 ms of each trend chart
alt.utils.schemapi.disable_debug_mode()

# CLDR's date fields, as d3's time format writes them
_D3_FIELDS = {"d": "%-d", "dd": "%d", "M": "%-m", "MM": "%m", "MMM": "%b", "MMMM": "%B", "y": "%Y", "yyyy": "%Y"}


def _d3_format(pattern: str) -> str:
    return re.sub(r"d+|M+|y+", lambda field: _D3_FIELDS[field.group()], pattern)


# days in a tooltip, and on an axis without the year, as every other date of the page (i18n.DATE_PATTERNS)
FULL_DAY = {lang: _d3_format(pattern) for lang, pattern in DATE_PATTERNS.items()}
DAY_MONTH = {lang: _d3_format(re.sub(r"\W*y+", "", pattern)) for lang, pattern in DATE_PATTERNS.items()}
# d3's format of each kind of value a chart draws: a rate as 42%, an amount whole in the chart's currency, which
# d3_locale writes (1.234 €, €1,234), any other number as it is
FORMATS = {"rate": ".0%", "amount": "$,.0f", "number": ",.0f"}


def value_axis(kind: str, **axis: Any) -> alt.Axis:
    """The axis of a value of a kind of FORMATS. Its ticks fall on whole leads and whole units of money: d3 puts
    ticks every half on a small range, which a whole-number format wrote "0, 1, 1, 2, 2, 3" on a week of three SQLs
    and a fractional one "0,5" leads. A rate keeps a decimal where its ticks need one ("0,5%", never "0%, 1%, 1%")."""
    if kind == "rate":
        return alt.Axis(format=".1~%", **axis)
    return alt.Axis(format=FORMATS[kind], tickMinStep=1, **axis)


def day_axis(days: Any, lang: str) -> str:
    """The days on an axis without their year while they fall in one year; with it over several, where a
    label without the year ("22/01") could be any of them."""
    years = {d.year for d in days}
    return DAY_MONTH[lang] if len(years) <= 1 else FULL_DAY[lang]


def d3_locale(lang: str, currency: str = DEFAULT_CURRENCY) -> dict[str, Any]:
    """Vega's number and time locale for a language, from the same CLDR data as every other number and
    date the app writes (i18n): axes and tooltips read 1.234,5 and "gen" on Italian pages, and an amount ("$"
    in a format) 1.234 € or 1.234 CHF."""
    from babel.numbers import get_currency_symbol, get_decimal_symbol, get_group_symbol

    where = locale(lang)
    money = where.currency_formats["standard"].pattern.split(";")[0]
    symbol = get_currency_symbol(currency, where)
    before, _, after = money.partition("#")
    # d3 wants Sunday first; CLDR's week here starts on Monday
    days, short_days = day_names(lang), day_names(lang, "abbreviated")
    periods = where.day_periods["format"]["abbreviated"]
    return {
        "number": {"decimal": get_decimal_symbol(where), "thousands": get_group_symbol(where), "grouping": [3],
                   "currency": [before.replace("¤", symbol), after.lstrip("#,0.").replace("¤", symbol)]},
        "time": {
            "dateTime": "%A %e %B %Y, %X", "date": FULL_DAY[lang], "time": "%H:%M:%S",
            "periods": [periods["am"], periods["pm"]],
            "days": days[6:] + days[:6], "shortDays": short_days[6:] + short_days[:6],
            "months": month_names(lang), "shortMonths": month_names(lang, "abbreviated"),
        },
    }


Chart = TypeVar("Chart", alt.Chart, alt.LayerChart)


def localised(chart: Chart, lang: str, currency: str = DEFAULT_CURRENCY, **size: int) -> Chart:
    """The chart with the language's number and date formats, its amounts in `currency`, and its `size` (height,
    width). Set as they are: Altair's configure() and properties() check each value against Vega-Lite's schema
    (~7 ms each), and the whole chart is checked anyway when it is drawn (the to_dict of Streamlit and of the
    report)."""
    drawn = chart.copy(deep=False)
    drawn.config = alt.Config(locale=d3_locale(lang, currency))
    for name, value in size.items():
        setattr(drawn, name, value)
    return drawn


def event_text(event: Event, lang: str) -> str:
    """What the team did on a day, as a rule on a trend chart names it: "Decisione: …", "Import: leads.csv"."""
    return t(f"annotation.{event.kind}", lang, label=event.label)


def weekly_stage_entries(frame: pd.DataFrame, lang: str, events: Sequence[Event] = ()) -> alt.TopLevelMixin:
    """One line per stage, in journey order, weeks on the x axis; a week not over yet, or cut by the period,
    dashed with hollow points (overview.weekly_stage_entries)."""
    label = stages.label_column(lang)
    data = frame.assign(period=frame["week"], series=frame[label], value=frame["entries"])
    order = data.drop_duplicates("stage").sort_values("position")["series"].tolist()
    return trend(data[["period", "series", "value", "partial"]], "value", "series", lang,
                 value_title=t("overview.chart_entries", lang), series_order=order,
                 series_title=t("overview.col_stage", lang), events=events)


def funnel(rows: list[dict[str, Any]], lang: str) -> alt.LayerChart:
    """Horizontal bars, widest at the top, each labelled with its count and the share of the stage before. A
    stage whose cohort is still maturing is drawn pale with a dashed edge and says so: a count that can still
    grow, not a drop."""
    from smarketing.metricformat import format_value

    label = stages.label_column(lang)
    data = pd.DataFrame([
        {"stage": r[label], "position": r["position"], "reached": r["reached"],
         "maturing": bool(r.get("maturing")),
         "text": f"{format_value('reached', r['reached'], r, lang)}"
                 + ("" if r["conversion_from_previous"] is None else
                    f"  ({format_value('conversion_from_previous', r['conversion_from_previous'], r, lang)})")
                 + (f" · {t('metric.maturing_yes', lang)}" if r.get("maturing") else "")}
        for r in rows
    ])
    order = data.sort_values("position")["stage"].tolist()
    # clicking a bar picks the stage whose leads the page lists below
    pick = alt.selection_point(name="pick", fields=["code"])
    data["code"] = [r["stage"] for r in sorted(rows, key=lambda r: r["position"])] if len(data) else []
    # every field a mark encodes is named in the page's language: Vega reads each mark to a screen reader as its
    # fields' titles and values ("Hanno raggiunto: 94; Fase: SQL"), a field's own name ("stage") where it has none
    base = alt.Chart(data).encode(y=alt.Y("stage:N", sort=order, title=t("metric.stage", lang),
                                          axis=alt.Axis(title=None)))
    bars = base.mark_bar(stroke="#4c78a8").encode(
        x=alt.X("reached:Q", title=t("metric.reached", lang), axis=value_axis("number")),
        # each condition written as the channel it is: alt.condition() hands Altair a dict, which it matches against
        # every shape the schema allows (~7 ms each, 22 of the chart's 46 ms)
        color=alt.ColorValue("#a9bfd6", condition={"param": pick.name, "value": "#4c78a8"}),
        opacity=alt.OpacityValue(1.0, condition={"test": "datum.maturing", "value": 0.45}),
        strokeDash=alt.StrokeDashValue([1, 0], condition={"test": "datum.maturing", "value": [4, 3]}),
        tooltip=[alt.Tooltip("stage:N", title=t("metric.stage", lang)),
                 alt.Tooltip("text:N", title=t("metric.reached", lang))],
    ).add_params(pick)
    # the labels say what the bars say: read once, with the bars
    text = base.mark_text(align="left", dx=4, aria=False).encode(x="reached:Q", text="text:N")
    return localised(bars + text, lang, height=40 * max(len(data), 1) + 20)


def _incomplete(frame: pd.DataFrame) -> pd.Series:
    """Rows for a period still in progress or a cohort still maturing (metrics' `partial` and `maturing`)."""
    flags = pd.Series(False, index=frame.index)
    for column in ("partial", "maturing"):
        if column in frame:
            flags |= frame[column].fillna(False).astype(bool)
    return flags


def _segments(frame: pd.DataFrame, series: str | None) -> pd.DataFrame:
    """The line in pieces: solid through complete periods, dashed through each run of periods still in
    progress or cut by the window, so a partial week reads as unfinished, not as a drop. A dashed piece takes
    in the complete point on each side of its run, so the line stays whole."""
    # worked out on plain lists, then taken from the frame in one step: a groupby and an assign per run took ~25 ms
    # of every trend chart
    periods, incomplete = frame["period"].tolist(), frame["incomplete"].tolist()
    groups: dict[Any, list[int]] = {}
    for row, key in enumerate(frame[series].tolist() if series else [None] * len(frame)):
        groups.setdefault(None if pd.isna(key) else key, []).append(row)
    taken: list[int] = []
    segment: list[str] = []
    piece: list[str] = []
    for rows in groups.values():
        rows.sort(key=periods.__getitem__)
        start, run = 0, 0
        while start < len(rows):
            end = start
            while end + 1 < len(rows) and incomplete[rows[end + 1]] == incomplete[rows[start]]:
                end += 1
            run += 1
            kind = "dashed" if incomplete[rows[start]] else "solid"
            span = rows[max(start - 1, 0):end + 2] if kind == "dashed" else rows[start:end + 1]
            taken += span
            segment += [kind] * len(span)
            piece += [f"{kind}{run}"] * len(span)
            start = end + 1
    return frame.iloc[taken].assign(segment=segment, piece=piece).reset_index(drop=True)


def trend(frame: pd.DataFrame, value: str, series: str | None, lang: str, *, percent: bool = False,
          value_title: str | None = None, every: str = "week", series_order: list[str] | None = None,
          series_title: str | None = None, events: Sequence[Event] = (),
          currency: str | None = None) -> alt.TopLevelMixin:
    """Lines over periods, one per `series` value. A period still in progress or a cohort still maturing is
    dashed with a hollow point; `<value>_compare`, when the frame has it, is a faint dotted line in the
    series' colour: the same periods in the comparison window (metrics.compare). `events` (milestones.py)
    are grey vertical lines, read on hover, behind the numbers. With `currency` the values are amounts in it, written
    as every amount of the page is (112.550 €, not "EUR: 112.550")."""
    kind = "rate" if percent else "amount" if currency else "number"
    y_format = FORMATS[kind]
    value_title = value_title or t("metric.amount" if currency else f"metric.{value}", lang)
    data = frame.assign(incomplete=_incomplete(frame))
    # ticks on the periods themselves (Mondays, firsts of the month: Vega's weeks start on Sunday), a dozen at
    # most, dated as the language does
    shown = sorted(pd.to_datetime(frame["period"]).drop_duplicates())
    ticks = shown[::max(math.ceil(len(shown) / 12), 1)]
    axis = alt.Axis(format=day_axis(shown, lang) if every == "week" else "%b %Y", labelAngle=0,
                    values=[alt.DateTime(year=d.year, month=d.month, date=d.day) for d in ticks])
    period = t("metric.period", lang)
    x = alt.X("period:T", title=period, axis=axis)
    y = alt.Y(f"{value}:Q", title=value_title, axis=value_axis(kind))
    day = FULL_DAY[lang]
    # a month's point is the month, never its first day
    shown_as = day if every == "week" else "%B %Y"
    when = alt.Tooltip("period:T", title=period, format=shown_as)
    # each line named under the legend's own title (a field's name, "series", is no word of a page), in the tooltip
    # before its value, as the bars name their measure, and to a screen reader; the legend keeps only a title given
    series_name = series_title or t("metric.measure", lang)
    colour = {"color": alt.Color(f"{series}:N", title=series_name, sort=series_order,
                                 legend=alt.Legend(title=series_title))} if series else {}
    named = [alt.Tooltip(f"{series}:N", title=series_name)] if series else []
    tooltip = [when, *named, alt.Tooltip(f"{value}:Q", title=value_title, format=y_format)]
    # the pieces of line are read through their points, which name each period and value
    lines = alt.Chart(_segments(data, series)).mark_line(aria=False).encode(
        x=x, y=y, detail="piece:N", **colour,
        strokeDash=alt.StrokeDash("segment:N", legend=None,
                                  scale=alt.Scale(domain=["solid", "dashed"], range=[[1, 0], [5, 4]])))
    # complete periods filled, the rest hollow: two layers of one colour scale, so the legend stays whole
    complete = alt.Chart(data[~data["incomplete"]]).mark_point(size=45, filled=True, opacity=1).encode(
        x=x, y=y, tooltip=tooltip, **colour)
    hollow = alt.Chart(data[data["incomplete"]]).mark_point(size=45, filled=False, opacity=1).encode(
        x=x, y=y, tooltip=tooltip, **colour)
    layers = [lines, complete, hollow]
    if events:
        marks = pd.DataFrame([{"period": pd.Timestamp(e.day), "event": event_text(e, lang)} for e in events])
        layers.insert(0, alt.Chart(marks).mark_rule(color="#8c8c8c", strokeDash=[4, 3], strokeWidth=1.5).encode(
            x=alt.X("period:T", title=period),
            tooltip=[alt.Tooltip("period:T", title=period, format=day),
                     alt.Tooltip("event:N", title=t("annotation.title", lang))]))
    compared = f"{value}_compare"
    if compared in data and data[compared].notna().any():
        # the week or month the faint point is of, where the rows say it: drawn under November, it is August's
        then = alt.Tooltip("period_compare:T", title=t("metric.compare_period", lang), format=shown_as) \
            if "period_compare" in data and data["period_compare"].notna().any() else when
        faint = t("metric.compared", lang, label=value_title)
        # drawn last, so that the legend takes the lines' own look, not this faint one's; its axis titled as the
        # lines' own, as Vega joins the titles of the layers that share an axis
        layers.append(alt.Chart(data).mark_line(opacity=0.45, strokeDash=[2, 3], strokeWidth=1.5).encode(
            x=x, y=alt.Y(f"{compared}:Q", title=faint, axis=alt.Axis(title=value_title)), **colour,
            tooltip=[then, *named, alt.Tooltip(f"{compared}:Q", title=faint, format=y_format)]))
    return localised(alt.LayerChart(layer=layers), lang, currency or DEFAULT_CURRENCY, height=300)


def metric_trend(rows: Sequence[AnyRow], keys: list[str], lang: str, *, every: str, percent: bool = False,
                 currency: str | None = None, events: Sequence[Event] = ()) -> alt.TopLevelMixin | None:
    """Rows of metrics.compare with `period`: one line per key, their comparison faint; None with fewer than
    two periods, which make no trend. `currency`: the keys are amounts in it."""
    from smarketing.metricformat import label

    records = [{"period": r["period"], "series": label(k, lang), "value": _number(r[k]),
                "value_compare": _number(r.get(f"{k}_compare")), "period_compare": r.get("compare_period"),
                "partial": r.get("partial", False), "maturing": r.get("maturing", False)}
               for r in rows if r.get("period") is not None for k in keys]
    if len({r["period"] for r in records}) < 2:
        return None
    return trend(pd.DataFrame(records), "value", "series" if len(keys) > 1 else None, lang, percent=percent,
                 value_title=None if currency and len(keys) > 1 else label(keys[0], lang), every=every, events=events,
                 currency=currency)


def _number(value) -> float | None:
    return None if value is None else float(value)


def grouped_bars(frame: pd.DataFrame, category: str, measures: list[str], lang: str, currency: str) -> alt.Chart:
    """Side-by-side bars of several amounts in `currency` per category (for example spend and won value per
    channel)."""
    long = frame.melt(id_vars=[category], value_vars=measures, var_name="measure", value_name="value")
    long["measure"] = long["measure"].map(lambda m: t(f"metric.{m}", lang))
    measure = t("metric.measure", lang)
    return localised(
        alt.Chart(long)
        .mark_bar()
        .encode(
            x=alt.X(f"{category}:N", title=t(f"metric.{category}", lang), sort="-y"),
            xOffset=alt.XOffset("measure:N", title=measure),
            y=alt.Y("value:Q", title=t("metric.amount", lang), axis=value_axis("amount")),
            color=alt.Color("measure:N", title=measure, legend=alt.Legend(title=None)),
            tooltip=[alt.Tooltip(f"{category}:N", title=t(f"metric.{category}", lang)),
                     alt.Tooltip("measure:N", title=measure),
                     alt.Tooltip("value:Q", title=t("metric.amount", lang), format=FORMATS["amount"])],
        ),
        lang,
        currency,
        height=320,
    )


def objective(actual: list[Point], lines: list[LinePoint], kind: str, lang: str,
              currency: str = DEFAULT_CURRENCY) -> alt.Chart | None:
    """The actual value week by week against the target, the pace that reaches it, and the forecast; None when
    there is nothing to draw (an empty chart in the same place kept showing the objective picked before).
    `kind`: of FORMATS, an amount's in `currency` (objectivewords.chart_format)."""
    names = {key: t(f"objectives.line_{key}", lang) for key in ("actual", "target", "pace", "forecast")}
    points = pd.DataFrame([{**p, "line": names["actual"]} for p in actual if p["value"] is not None]
                          + [{**p, "line": names[p["line"]]} for p in lines])
    if points.empty:
        return None
    line = t("metric.line", lang)
    dashes = {names["actual"]: [1, 0], names["target"]: [2, 2], names["pace"]: [6, 3], names["forecast"]: [3, 3]}
    return localised(
        alt.Chart(points)
        .mark_line(point=True)
        .encode(
            x=alt.X("day:T", title=t("metric.day", lang),
                    axis=alt.Axis(format=day_axis(pd.to_datetime(points["day"]), lang), title=None)),
            y=alt.Y("value:Q", title=t("objectives.col_value", lang), axis=value_axis(kind, title=None)),
            color=alt.Color("line:N", title=line, sort=list(names.values()),
                            legend=alt.Legend(orient="bottom", title=None)),
            strokeDash=alt.StrokeDash("line:N", title=line, legend=None,
                                      scale=alt.Scale(domain=list(dashes), range=list(dashes.values()))),
            tooltip=[alt.Tooltip("line:N", title=line),
                     alt.Tooltip("day:T", title=t("metric.day", lang), format=FULL_DAY[lang]),
                     alt.Tooltip("value:Q", title=t("objectives.col_value", lang), format=FORMATS[kind])],
        ),
        lang,
        currency,
        height=320,
    )


def objectives_progress(rows: list[BoardRow], lang: str) -> alt.Chart | alt.LayerChart:
    """One bar per objective: its progress, with a tick where it should be by now."""
    data = pd.DataFrame([{"title": r.title, "progress": r.shown_progress or 0, "expected": r.progress.expected_progress,
                          "status": status_text(r.objective, r.status, lang, r.progress.amounts_in)} for r in rows])
    if data.empty:
        return localised(alt.Chart(pd.DataFrame({"title": [], "progress": []})).mark_bar(), lang)
    progress = t("objectives.col_progress", lang)
    base = alt.Chart(data).encode(y=alt.Y("title:N", title=t("objectives.col_title", lang), sort=None,
                                          axis=alt.Axis(title=None)))
    bars = base.mark_bar(color="#4c78a8").encode(
        x=alt.X("progress:Q", title=progress, axis=value_axis("rate"),
                scale=alt.Scale(domain=[0, 1], clamp=True)))
    # the axis titled as the bars' own: Vega joins the titles of the layers that share an axis
    ticks = base.mark_tick(color="#e45756", thickness=2, size=18).encode(
        x=alt.X("expected:Q", title=t("objectives.col_expected_progress", lang),
                axis=alt.Axis(title=progress)))
    return localised(bars + ticks, lang, height=28 * len(data) + 20, width=420)
