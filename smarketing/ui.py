"""The only module that imports Streamlit: the cached store, the language, shared widgets.

Pages stay thin: widgets, one core call, output. Everything they show comes from smarketing's pure core."""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import string
import sys
from datetime import date, timedelta
from pathlib import Path

import duckdb
import streamlit as st
from st_keyup import st_keyup

from smarketing import backups, db, demo, exports, i18n, metrics
from smarketing.errors import SmarketingError

_LANG_KEY = "lang"
_LANG_LABELS = {"it": "Italiano", "en": "English"}


def db_path() -> Path:
    """`streamlit run app.py -- --db PATH` wins, then $SMARKETING_DB, then ./smarketing.duckdb."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    known, _ = parser.parse_known_args(sys.argv[1:])
    return db.resolve_path(known.db).resolve()


@st.cache_resource(show_spinner=False)
def _store(path: str) -> duckdb.DuckDBPyConnection:
    """One connection for the whole server process: DuckDB allows one writing process per file."""
    con = db.connect(path)
    demo.ensure(con)
    db.lock_down(con, [db.UPLOADS, db.WORK, backups.folder_for(Path(path)), demo.DEMO_DIR])
    return con


def cursor() -> duckdb.DuckDBPyConnection:
    """A fresh cursor for this rerun, so concurrent sessions never share a result set."""
    try:
        return _store(str(db_path())).cursor()
    except SmarketingError as exc:
        st.error(exc.message(lang()))
        st.stop()


def lang() -> str:
    if _LANG_KEY not in st.session_state:
        st.session_state[_LANG_KEY] = i18n.default_lang()
    return st.session_state[_LANG_KEY]


def tr(key: str, **params: object) -> str:
    return i18n.t(key, lang(), **params)


def _language_changed(widget_key: str) -> None:
    st.session_state[_LANG_KEY] = st.session_state[widget_key]


def language_switch(container=None, key: str = "lang_sidebar") -> None:
    """An IT/EN switch; several can live on one page and all follow the same session language."""
    container = container or st.sidebar
    st.session_state[key] = lang()
    container.radio(
        "Lingua / Language",  # in both, so a reader of either can find the way back
        options=list(_LANG_LABELS),
        format_func=_LANG_LABELS.get,
        horizontal=True,
        key=key,
        on_change=_language_changed,
        args=(key,),
    )


def setup() -> None:
    """Page config and the sidebar frame shared by every page; called by app.py before navigation."""
    st.set_page_config(page_title="smarketing", page_icon=":material/handshake:", layout="wide")
    language_switch()
    st.sidebar.caption(tr("app.tagline"))


def page(path: str, title_key: str, icon: str, default: bool = False) -> st.Page:
    return st.Page(path, title=tr(title_key), icon=icon, default=default)


def demo_notice(con: duckdb.DuckDBPyConnection) -> None:
    """Say plainly when the numbers on screen are made up."""
    if demo.is_loaded(con):
        st.info(tr("demo.notice", company=demo.meta()["company"]["name"]), icon=":material/science:")


def today() -> date:
    """The day the pages count from: $SMARKETING_TODAY (YYYY-MM-DD) when set, for demos and tests."""
    fixed = os.environ.get("SMARKETING_TODAY")
    return date.fromisoformat(fixed) if fixed else date.today()


def save_upload(uploaded) -> Path:
    """Keep an upload on disk under a name the server makes (its upload id and a digest of its bytes),
    never the browser's name."""
    db.UPLOADS.mkdir(mode=0o700, exist_ok=True)
    data = uploaded.getbuffer()
    safe_id = "".join(ch for ch in str(uploaded.file_id) if ch in _ID_SIGNS)[:80] or "upload"
    path = db.UPLOADS / f"{safe_id}-{hashlib.sha256(data).hexdigest()[:16]}.csv"
    if not path.exists():
        path.write_bytes(data)
    return path


_ID_SIGNS = frozenset(string.ascii_letters + string.digits + "-")


def progress_bar():
    """A progress bar and the callback the core reports its steps to."""
    bar = st.progress(0.0)

    def report(fraction: float, key: str) -> None:
        bar.progress(min(max(fraction, 0.0), 1.0), text=tr(key))

    return report


def show_error(exc: SmarketingError) -> None:
    st.error(exc.message(lang()), icon=":material/error:")


def metric_filters(con: duckdb.DuckDBPyConnection, key: str, *, window: str = "year") -> metrics.Query:
    """The window and the dimension filters every metrics page offers, as a metrics.Query."""
    today_ = today()
    presets = {"all": None, "30": 30, "90": 90, "year": 365, "custom": None}
    with st.expander(tr("filters.title"), expanded=False):
        cols = st.columns([2, 3])
        choice = cols[0].radio(tr("filters.window"), list(presets), index=list(presets).index(window),
                               format_func=lambda p: tr(f"filters.window_{p}"), key=f"{key}_window", horizontal=True)
        start = end = None
        if choice == "custom":
            picked = cols[1].date_input(tr("filters.window_custom"), value=(today_ - timedelta(days=90), today_),
                                        key=f"{key}_dates", format="DD/MM/YYYY")
            if isinstance(picked, (tuple, list)) and len(picked) == 2:
                start, end = picked
        elif presets[choice]:
            start, end = today_ - timedelta(days=presets[choice]), today_
        filters = dimension_filters(con, key)
    return metrics.Query(start=start, end=end, filters=filters, today=today_)


def dimension_filters(con: duckdb.DuckDBPyConnection, key: str) -> dict[str, str]:
    """One select per dimension (source, campaign, segment...), offering the values the data holds."""
    values = metrics.dimension_values(con)
    filters = {}
    fcols = st.columns(3)
    for i, dimension in enumerate(metrics.DIMENSIONS):
        chosen = fcols[i % 3].selectbox(tr(f"metric.{dimension}"), [None, *values.get(dimension, [])],
                                        format_func=lambda v: tr("filters.all") if v is None else v,
                                        key=f"{key}_f_{dimension}")
        if chosen is not None:
            filters[dimension] = chosen
    return filters


def drill_table(rows: list[dict], key: str, file_stem: str) -> None:
    """The leads behind a number: a table and a formula-safe download of all of them."""
    from smarketing.i18n import fmt_date

    lang_ = lang()
    shown = [{tr(f"drill.{c}"): fmt_date(r[c], lang_) if c.endswith("_at") and r[c] else r[c]
              for c in exports.LEAD_COLUMNS} for r in rows[:500]]
    st.caption(tr("drill.count", count=i18n.fmt_int(len(rows), lang_)))
    st.dataframe(shown, hide_index=True)
    st.download_button(tr("drill.download"), key=f"{key}_download", mime="text/csv", file_name=f"{file_stem}.csv",
                       data=exports.leads_csv(rows, lang_))


def table(rows: list[dict], numeric: tuple[str, ...] = (), download: str | None = None) -> None:
    """A read-only table whose numbers are already formatted for the language, aligned right as numbers are;
    with `download` (a file name without extension), a formula-safe CSV of it under the table."""
    st.dataframe(
        rows,
        hide_index=True,
        column_config={name: st.column_config.TextColumn(alignment="right") for name in numeric},
    )
    if download and rows:
        st.download_button(tr("table.download"), key=f"{download}_csv", mime="text/csv", file_name=f"{download}.csv",
                           data=exports.table_csv(rows))


def live_text(label: str, key: str, placeholder: str = "") -> str:
    """A text field whose value reaches the page while the user types (half a second after the last key)."""
    return st_keyup(label, key=key, placeholder=placeholder, debounce=500) or ""


_MARKDOWN_SIGNS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>:$])")


def plain(text: object) -> str:
    """Text from users or files, shown by st.markdown exactly as typed: no emphasis, link, image or colour
    of theirs is rendered (CommonMark lets any ASCII punctuation be escaped)."""
    return _MARKDOWN_SIGNS.sub(r"\\\1", str(text))
