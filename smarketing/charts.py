"""Pure Altair builders: a frame and a language in, a chart out; no Streamlit here."""

from __future__ import annotations

import altair as alt
import pandas as pd

from smarketing.i18n import IT_MONTHS, t

# d3 number and time locales, so axes and tooltips read 1.234,5 and "gen" on Italian pages
_IT_LOCALE = {
    "number": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " €"]},
    "time": {
        "dateTime": "%A %e %B %Y, %X", "date": "%d/%m/%Y", "time": "%H:%M:%S", "periods": ["AM", "PM"],
        "days": ["domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
        "shortDays": ["dom", "lun", "mar", "mer", "gio", "ven", "sab"],
        "months": list(IT_MONTHS), "shortMonths": [m[:3] for m in IT_MONTHS],
    },
}


def localised(chart: alt.TopLevelMixin, lang: str) -> alt.TopLevelMixin:
    """The chart with the language's number and date formats; English keeps Vega's defaults."""
    return chart.configure(locale=_IT_LOCALE) if lang == "it" else chart


def weekly_stage_entries(frame: pd.DataFrame, lang: str) -> alt.Chart:
    """One line per stage, in journey order, weeks on the x axis."""
    label = "label_it" if lang == "it" else "label_en"
    data = frame.assign(stage_label=frame[label])
    order = data.drop_duplicates("stage").sort_values("position")["stage_label"].tolist()
    return localised(
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=alt.X("week:T", title=t("overview.chart_week", lang), axis=alt.Axis(format="%d/%m")),
            y=alt.Y("entries:Q", title=t("overview.chart_entries", lang)),
            color=alt.Color("stage_label:N", sort=order, title=t("overview.col_stage", lang)),
            tooltip=[
                alt.Tooltip("week:T", title=t("overview.chart_week", lang), format="%d/%m/%Y"),
                alt.Tooltip("stage_label:N", title=t("overview.col_stage", lang)),
                alt.Tooltip("entries:Q", title=t("overview.chart_entries", lang)),
            ],
        )
        .properties(height=300),
        lang,
    )


def funnel(rows: list[dict], lang: str) -> alt.Chart:
    """Horizontal bars, widest at the top, each labelled with its count and the share of the stage before."""
    from smarketing.metricformat import format_value

    label = "label_it" if lang == "it" else "label_en"
    data = pd.DataFrame([
        {"stage": r[label], "position": r["position"], "reached": r["reached"],
         "text": f"{format_value('reached', r['reached'], r, lang)}"
                 + ("" if r["conversion_from_previous"] is None else
                    f"  ({format_value('conversion_from_previous', r['conversion_from_previous'], r, lang)})")}
        for r in rows
    ])
    order = data.sort_values("position")["stage"].tolist()
    # clicking a bar picks the stage whose leads the page lists below
    pick = alt.selection_point(name="pick", fields=["code"])
    data["code"] = [r["stage"] for r in sorted(rows, key=lambda r: r["position"])] if len(data) else []
    base = alt.Chart(data).encode(y=alt.Y("stage:N", sort=order, title=None))
    bars = base.mark_bar().encode(
        x=alt.X("reached:Q", title=t("metric.reached", lang)),
        color=alt.condition(pick, alt.value("#4c78a8"), alt.value("#a9bfd6")),
        tooltip=[alt.Tooltip("stage:N", title=t("metric.stage", lang)),
                 alt.Tooltip("text:N", title=t("metric.reached", lang))],
    ).add_params(pick)
    text = base.mark_text(align="left", dx=4).encode(x="reached:Q", text="text:N")
    return localised((bars + text).properties(height=40 * max(len(data), 1) + 20), lang)


def trend(frame: pd.DataFrame, value: str, series: str | None, lang: str, *, percent: bool = False,
          value_title: str | None = None) -> alt.Chart:
    """Lines over periods, one per `series` value; the stretch of groups still maturing is dashed."""
    y_format = ".0%" if percent else ",.0f"
    value_title = value_title or t(f"metric.{value}", lang)
    encoding = {
        "x": alt.X("period:T", title=t("metric.period", lang)),
        "y": alt.Y(f"{value}:Q", title=value_title, axis=alt.Axis(format=y_format)),
        "tooltip": [alt.Tooltip("period:T", title=t("metric.period", lang), format="%d/%m/%Y"),
                    alt.Tooltip(f"{value}:Q", title=value_title, format=y_format)],
    }
    if series:
        encoding["color"] = alt.Color(f"{series}:N", title=None)
        encoding["tooltip"].append(alt.Tooltip(f"{series}:N", title=None))
    chart = alt.Chart(frame).mark_line(point=True).encode(**encoding)
    if "maturing" in frame:
        chart = chart.encode(
            strokeDash=alt.StrokeDash("maturing:N", legend=alt.Legend(
                title=t("metric.maturing", lang),
                labelExpr=f"datum.value ? {t('metric.maturing_yes', lang)!r} : {t('metric.maturing_no', lang)!r}"),
                                      scale=alt.Scale(domain=[False, True], range=[[1, 0], [4, 3]])))
    return localised(chart.properties(height=300), lang)


def grouped_bars(frame: pd.DataFrame, category: str, measures: list[str], lang: str) -> alt.Chart:
    """Side-by-side bars of several measures per category (for example spend and won value per channel)."""
    long = frame.melt(id_vars=[category], value_vars=measures, var_name="measure", value_name="value")
    long["measure"] = long["measure"].map(lambda m: t(f"metric.{m}", lang))
    return localised(
        alt.Chart(long)
        .mark_bar()
        .encode(
            x=alt.X(f"{category}:N", title=t(f"metric.{category}", lang), sort="-y"),
            xOffset="measure:N",
            y=alt.Y("value:Q", title=None, axis=alt.Axis(format=",.0f")),
            color=alt.Color("measure:N", title=None),
            tooltip=[alt.Tooltip(f"{category}:N"), alt.Tooltip("measure:N"), alt.Tooltip("value:Q", format=",.0f")],
        )
        .properties(height=320),
        lang,
    )


def objective(actual: list[dict], lines: list[dict], value_format: str, lang: str) -> alt.Chart:
    """The actual value week by week against the target, the pace that reaches it, and the forecast."""
    names = {key: t(f"objectives.line_{key}", lang) for key in ("actual", "target", "pace", "forecast")}
    points = pd.DataFrame([{**p, "line": names["actual"]} for p in actual if p["value"] is not None]
                          + [{**p, "line": names[p["line"]]} for p in lines])
    if points.empty:
        return alt.Chart(pd.DataFrame({"day": [], "value": []})).mark_line()
    dashes = {names["actual"]: [1, 0], names["target"]: [2, 2], names["pace"]: [6, 3], names["forecast"]: [3, 3]}
    return localised(
        alt.Chart(points)
        .mark_line(point=True)
        .encode(
            x=alt.X("day:T", title=None, axis=alt.Axis(format="%d/%m")),
            y=alt.Y("value:Q", title=None, axis=alt.Axis(format=value_format)),
            color=alt.Color("line:N", title=None, sort=list(names.values()), legend=alt.Legend(orient="bottom")),
            strokeDash=alt.StrokeDash("line:N", legend=None, scale=alt.Scale(domain=list(dashes),
                                                                             range=list(dashes.values()))),
            tooltip=[alt.Tooltip("line:N", title=""), alt.Tooltip("day:T", format="%d/%m/%Y"),
                     alt.Tooltip("value:Q", format=value_format)],
        )
        .properties(height=320),
        lang,
    )


def objectives_progress(rows: list[dict], lang: str) -> alt.Chart:
    """One bar per objective: its progress, with a tick where it should be by now (objective_views.board rows)."""
    data = pd.DataFrame([{"title": r["title"], "progress": (r["progress"] or 0) / 100,
                          "expected": r["expected_share"], "status": t(f"status.{r['status_code'] or 'unknown'}", lang)}
                         for r in rows])
    if data.empty:
        return localised(alt.Chart(pd.DataFrame({"title": [], "progress": []})).mark_bar(), lang)
    base = alt.Chart(data).encode(y=alt.Y("title:N", title=None, sort=None))
    bars = base.mark_bar(color="#4c78a8").encode(
        x=alt.X("progress:Q", title=t("objectives.col_progress", lang), axis=alt.Axis(format=".0%"),
                scale=alt.Scale(domain=[0, 1], clamp=True)))
    ticks = base.mark_tick(color="#e45756", thickness=2, size=18).encode(x="expected:Q")
    return localised((bars + ticks).properties(height=28 * len(data) + 20, width=420), lang)
