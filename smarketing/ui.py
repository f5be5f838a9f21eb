"""The only module that imports Streamlit: the cached store, the language, shared widgets.

Pages stay thin: widgets, one core call, output. Everything they show comes from smarketing's pure core."""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

import duckdb
import streamlit as st

from smarketing import db, demo, i18n
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
    return date.today()


def table(rows: list[dict], numeric: tuple[str, ...] = ()) -> None:
    """A read-only table whose numbers are already formatted for the language, aligned right as numbers are."""
    st.dataframe(
        rows,
        hide_index=True,
        column_config={name: st.column_config.TextColumn(alignment="right") for name in numeric},
    )


_UPLOADS = Path(tempfile.gettempdir()) / "smarketing-uploads"


def save_upload(uploaded) -> Path:
    """Keep an upload on disk under a name the server makes (its upload id), never the browser's name."""
    _UPLOADS.mkdir(mode=0o700, exist_ok=True)
    safe_id = "".join(ch for ch in str(uploaded.file_id) if ch.isalnum() or ch == "-")[:80] or "upload"
    path = _UPLOADS / f"{safe_id}.csv"
    if not path.exists():
        path.write_bytes(uploaded.getbuffer())
    return path


def progress_bar():
    """A progress bar and the callback the core reports its steps to."""
    bar = st.progress(0.0)

    def report(fraction: float, key: str) -> None:
        bar.progress(min(max(fraction, 0.0), 1.0), text=tr(key))

    return report


def show_error(exc: SmarketingError) -> None:
    st.error(exc.message(lang()), icon=":material/error:")
