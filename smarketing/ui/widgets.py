"""Widgets the pages share: the period bar, cards, filters, tables, the list behind a number, progress, errors."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

import duckdb
import streamlit as st
from st_keyup import st_keyup

from smarketing import demo, exports, i18n, metricformat, metrics, periods, safe_text, stages
from smarketing.choices import Choices
from smarketing.errors import SmarketingError
from smarketing.metricrows import AnyRow
from smarketing.ui.language import lang, plain, select, tr


def page(path: str, title_key: str, icon: str, default: bool = False) -> st.Page:
    return st.Page(path, title=tr(title_key), icon=icon, default=default)


def demo_notice(loaded: bool) -> None:
    """Say plainly when the numbers on screen are made up."""
    if loaded:
        st.info(tr("demo.notice", company=demo.company_name()), icon=":material/science:")


def team_notice(missing: bool) -> None:
    """Where people are chosen and the team lists nobody to choose: say where to add them, with the way there."""
    if missing:
        st.caption(tr("team.nobody_yet"))
        st.page_link("app_pages/team.py", label=tr("team.go"), icon=":material/group_add:")


def today() -> date:
    return periods.today()


def progress_bar():
    """A progress bar and the callback the core reports its steps to."""
    bar = st.progress(0.0)

    def report(fraction: float, key: str) -> None:
        bar.progress(min(max(fraction, 0.0), 1.0), text=tr(key))

    return report


def show_error(exc: SmarketingError) -> None:
    """The error in the page's words where it has them: the boxes to choose, never the CLI's options."""
    st.error(SmarketingError(i18n.on_page(exc.key), **exc.params).message(lang(), escape=plain),
             icon=":material/error:")


def period_bar(offered: Choices) -> tuple[metrics.Query, str | None]:
    """The period, the comparison and the filters at the top of every metrics page, the same on all of them
    (the widgets keep their state for the whole session), and one line saying what is applied."""
    today_, lang_ = today(), lang()
    cols = st.columns([2, 2, 2])
    # labels in the language of this run: a format_func is also called between runs, outside any session
    preset = select(cols[0], tr("period.preset"), periods.PRESETS, key="period_preset",
                    format_func=lambda p: i18n.t(f"period.{p}", lang_),
                    index=periods.PRESETS.index(periods.DEFAULT_PRESET), persist_state="session")
    start: date | None
    end: date | None
    if preset == "custom":
        picked = cols[2].date_input(tr("period.dates"), value=(today_ - timedelta(days=89), today_),
                                    format="DD/MM/YYYY", key="period_dates", persist_state="session")
        # while the second day is being picked the widget holds one
        start, end = (tuple(picked) * 2)[:2] if isinstance(picked, (tuple, list)) and picked else (today_, today_)
    else:
        start, end = periods.preset_window(preset, today_)
    choice = select(cols[1], tr("period.compare"), ["none", *periods.COMPARISONS], key="period_compare",
                    format_func=lambda c: i18n.t(f"period.compare_{c}", lang_), index=1, persist_state="session",
                    disabled=start is None, help=tr("period.compare_help"))
    how = None if choice == "none" or start is None else choice
    filters = dimension_filters(offered.dimensions, "period", persist=True)
    # (data that stopped over a week ago is compared as far as it goes, on every page, as the caption says)
    query = metrics.Query(start=start, end=end, filters=filters, today=today_, unit=periods.PRESET_UNITS.get(preset),
                          data_end=offered.data_end)
    window, data = metrics.comparison_window(query, how, offered.first_day) if how else (None, None)
    st.caption(plain(metricformat.describe_period(start, end, today_, how, window, data, filters, lang_,
                                                  offered.data_end)))
    if gaps := metricformat.coverage_notes(offered.coverage, offered.stages, lang_):
        st.info("\n\n".join(gaps), icon=":material/info:")
    return query, how


def trend(chart, how: str | None, annotated: bool = False) -> None:
    """A trend chart and what its dashes, faint lines and grey verticals mean; without periods to draw, says so."""
    if chart is None:
        st.caption(tr("period.no_trend"))
        return
    st.altair_chart(chart, width="stretch")
    st.caption(" ".join([tr("period.partial_note"), *([tr("period.compare_note")] if how else []),
                         *([tr("annotation.note")] if annotated else [])]))


CARDS_PER_ROW = 5


def cards(row: AnyRow, keys: list[str] | tuple[str, ...], how: str | None,
          meaning: metricformat.Meaning = metricformat.IN_PERIOD, unknown: Mapping[str, str] | None = None) -> None:
    """One st.metric per key, at most five to a row, with its change against the comparison (metrics.compare)
    coloured the way the number reads (a lower cost is good news); what it counts and what it is compared with
    are in its help. A figure the data cannot hold (`unknown`: coverage.Coverage.unknown) is "–", its help the
    reason."""
    lang_ = lang()
    unknown = unknown or {}
    row = metricformat.blanked(row, unknown) if unknown else row
    shown = [metricformat.card(key, row, lang_) for key in keys]
    for placed in metricformat.card_rows([value for _, value in shown], CARDS_PER_ROW):
        widths = [w for _, w in placed]
        # a row's cards keep the width of a fifth each: what is left stays empty
        filler = [CARDS_PER_ROW - sum(widths)] if sum(widths) < CARDS_PER_ROW else []
        for col, (index, _) in zip(st.columns(widths + filler), placed):
            key, (label, value) = keys[index], shown[index]
            change, colour = metricformat.delta(key, row, lang_) if how else (None, "normal")
            # no change is neither good nor bad news: grey, without an arrow
            unchanged = change is not None and change.startswith("±")
            named = metricformat.card_label(key, label, meaning, lang_)
            col.metric(named, value, delta=change, delta_color="off" if unchanged else colour,  # type: ignore[arg-type]
                       delta_arrow="off" if unchanged else "auto",
                       help=tr(unknown[key]) if key in unknown else metricformat.card_help(key, row, lang_, how,
                                                                                           meaning))


def dimension_filters(values: dict[str, list[str]], key: str, persist: bool = False) -> dict[str, str | None]:
    """One select per dimension (source, campaign, segment...), offering the values the data holds
    (choices.Choices.dimensions); with `persist`, the choice stays for the whole session, whichever page shows
    the selects."""
    everything = tr("filters.all")
    filters = {}
    fcols = st.columns(len(metrics.DIMENSIONS) if persist else 3)
    for i, dimension in enumerate(metrics.DIMENSIONS):
        chosen = select(fcols[i % len(fcols)], tr(f"metric.{dimension}"), [None, *values.get(dimension, [])],
                        key=f"{key}_f_{dimension}", format_func=lambda v: everything if v is None else v,
                        persist_state="session" if persist else None)
        if chosen is not None:
            filters[dimension] = chosen
    return filters


DRILL_SHOWN = 500


def _cell(column: str, value, stage_labels: dict[str, str], lang_: str) -> str:
    """A lead's value as the list shows it: dates and amounts in the language's format, stages by name."""
    if value is None:
        return ""
    if column.endswith("_at"):
        return i18n.fmt_date(value, lang_)
    if column == "deal_value":
        return i18n.fmt_num(value, lang_, 2)
    if column == "current_stage":
        return stage_labels.get(value, value)
    return value


def drill_table(con: duckdb.DuckDBPyConnection, name: str, key: str, query: metrics.Query, widget_key: str,
                file_stem: str, journey: list[stages.Stage], *, value: str | None = None,
                stage: str | None = None) -> None:
    """The leads behind a number (metrics.listing): as many as the number says, the first ones in a table
    and every one of them in the download, fetched only when it is asked for; stages named from `journey`."""
    lang_ = lang()
    listed = metrics.listing(con, name, key, query, value=value, stage=stage, limit=DRILL_SHOWN)
    labels = stages.labels(journey, lang_)
    rows: list[Mapping[str, Any]] = list(listed.rows)     # read by the names of exports.LEAD_COLUMNS
    # (each heading worded once, not once per cell: 500 rows read the session's language 7,500 times, a tenth of
    # the Hand-off page on a million leads)
    headings = {c: tr(f"drill.{c}") for c in exports.LEAD_COLUMNS}
    shown = [{headings[c]: _cell(c, r[c], labels, lang_) for c in exports.LEAD_COLUMNS} for r in rows]
    if not listed.total:
        st.caption(tr("drill.none"))
        return
    key_ = "drill.count" if listed.total > len(shown) else "drill.count_all_one" if listed.total == 1 \
        else "drill.count_all"
    st.caption(tr(key_, count=i18n.fmt_int(listed.total, lang_), shown=i18n.fmt_int(len(shown), lang_)))
    st.dataframe(shown, hide_index=True, placeholder="–")
    st.download_button(tr("drill.download"), key=f"{widget_key}_download", mime="text/csv",
                       file_name=f"{safe_text.file_stem(file_stem)}.csv",
                       data=lambda: exports.leads_csv(metrics.listing(con, name, key, query, value=value, stage=stage,
                                                                      limit=None).rows, lang_, labels))


def table(rows: list[dict[str, Any]], numeric: tuple[str, ...] = (), download: str | None = None,
          empty: str | None = None, narrow: tuple[str, ...] = ()) -> None:
    """A read-only table whose numbers are already formatted for the language, aligned right as numbers are;
    with `download` (a file name without extension), a formula-safe CSV of it under the table. With no rows,
    a sentence instead of an empty grid: `empty`, or that the period and filters hold no data. `narrow` text
    columns (long campaign names) keep a medium width, so that the numbers beside them fit the screen."""
    if not rows:
        st.caption(empty or tr("table.empty"))
        return
    st.dataframe(
        rows,
        hide_index=True,
        column_config={**{name: st.column_config.TextColumn(width="medium") for name in narrow},
                       **{name: st.column_config.TextColumn(alignment="right", width=_fitting(name, rows))
                          for name in numeric}},
        placeholder="–",  # an empty cell, never the grid's English "None"
    )
    if download and rows:
        st.download_button(tr("table.download"), key=f"{download}_csv", mime="text/csv",
                           file_name=f"{safe_text.file_stem(download)}.csv",
                           data=exports.table_csv(rows, lang()))


def _fitting(name: str, rows: list[dict[str, Any]]) -> int:
    """A number column's width in pixels, wide enough for its longest value and its heading: the grid sizes a
    column from its first rows, and cut a right-aligned "1.117,88 €" it read as "17,88 €". Headings are measured
    at the width of their letters, not of digits: measured as digits, the hand-off table grew past the page and
    its last column showed the backlog of 115 as "1"."""
    longest = max([len(str(r.get(name) or "")) for r in rows])
    return max(longest * _CHAR_PX, len(name) * _HEADING_CHAR_PX) + _CELL_PADDING_PX


# the grid's font (Source Sans, 14 px): a digit, a separator or a currency sign is at most 8 px wide, a heading's
# letters 7 on average
_CHAR_PX = 8
_HEADING_CHAR_PX = 7
_CELL_PADDING_PX = 32


def live_text(label: str, key: str, placeholder: str = "") -> str:
    """A text field whose value reaches the page while the user types (half a second after the last key)."""
    return st_keyup(label, key=key, placeholder=placeholder, debounce=500) or ""

