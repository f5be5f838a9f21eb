"""The only module that imports Streamlit: the cached store, the language, shared widgets.

Pages stay thin: widgets, one core call, output. Everything they show comes from smarketing's pure core."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import logging
import os
import re
import string
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb
import streamlit as st
from st_keyup import st_keyup

from smarketing import access, backups, db, demo, exports, i18n, inbox, metricformat, metrics, periods, stages, storage
from smarketing.errors import SmarketingError

_LOG = logging.getLogger("smarketing")
_LANG_KEY = "lang"
_LANG_LABELS = {"it": "Italiano", "en": "English"}


def db_path() -> Path:
    """`streamlit run app.py -- --db PATH` wins, then $SMARKETING_DB, then ./smarketing.duckdb."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    known, _ = parser.parse_known_args(sys.argv[1:])
    return storage.resolve_path(known.db).resolve()


@st.cache_resource(show_spinner=False)
def _store(path: str) -> duckdb.DuckDBPyConnection:
    """One connection for the whole server process: DuckDB allows one writing process per file."""
    con = db.connect(path)
    demo.ensure(con, today())
    folders = [storage.uploads_dir(), storage.staging_dir(), backups.folder_for(Path(path)), demo.DEMO_DIR]
    dropped = inbox.folder_for(Path(path))
    storage.lock_down(con, folders + ([dropped] if dropped else []))
    return con


def _stop_inbox(worker: inbox.Worker | None) -> None:
    if worker is not None:
        worker.stop()


@st.cache_resource(show_spinner=False, on_release=_stop_inbox)
def _inbox(path: str) -> inbox.Worker | None:
    """The one inbox watcher of this server process (docs/imports.md, "Inbox folder")."""
    folder = inbox.folder_for(Path(path))
    if folder is None:
        return None
    worker = inbox.Worker(lambda: _store(path).cursor(), folder)
    worker.start()
    return worker


def serve(argv: list[str]) -> int:
    """`streamlit run` in this process, the inbox watched from the start (smarketing.serve)."""
    from streamlit.web import cli as streamlit_cli

    sys.argv = ["streamlit", "run", *argv]
    # the same cached store and watcher a session would create: one per process, whoever comes first
    threading.Thread(target=start_inbox, name="smarketing-inbox-start", daemon=True).start()
    return streamlit_cli.main()


def start_inbox() -> None:
    """Watch the inbox from the server's start (smarketing.serve) and, should that not have run, from the
    first visit."""
    try:
        _inbox(str(db_path()))
    except SmarketingError as exc:
        _LOG.error("inbox not watched: %s", exc)


@st.cache_resource(show_spinner=False)
def _daily_backup(path: str, day: str) -> None:
    """Once per store and day per server process, whichever session comes first."""
    try:
        backups.daily(_store(path).cursor())
    except SmarketingError as exc:
        # a full disk must not keep the team out of the app: say it, and try again tomorrow
        st.warning(exc.message(lang(), escape=plain), icon=":material/backup:")


def cursor() -> duckdb.DuckDBPyConnection:
    """A fresh cursor for this rerun, so concurrent sessions never share a result set."""
    try:
        return _store(str(db_path())).cursor()
    except SmarketingError as exc:
        # the CLI's advice (--wait, --db) means nothing in a browser
        show_error(SmarketingError("error.db_locked_app") if exc.key == "error.db_locked" else exc)
        st.stop()


def lang() -> str:
    if _LANG_KEY not in st.session_state:
        st.session_state[_LANG_KEY] = i18n.default_lang()
    return st.session_state[_LANG_KEY]


def tr(key: str, **params: object) -> str:
    return i18n.t(key, lang(), **params)


_WORDED = "_worded_selects"


def _language_changed(widget_key: str) -> None:
    st.session_state[_LANG_KEY] = st.session_state[widget_key]
    # A select box keeps showing the words it had: setting each one's value again makes the browser take the
    # option's words in the new language (else the next click sends old words and loses the choice).
    for key in st.session_state.get(_WORDED, ()):
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def select(container, label: str, options, *, key: str, format_func=str, **kwargs):
    """`container.selectbox` whose options are worded in the page's language (format_func), so that a
    language switch rewords the choice instead of losing it; `None` among the options reads as its own
    words, and an emptied box asks in the page's language, not in Streamlit's English."""
    st.session_state.setdefault(_WORDED, set()).add(key)
    kwargs.setdefault("placeholder", format_func(None) if None in options else tr("filters.choose"))
    return container.selectbox(label, options, key=key, format_func=format_func, **kwargs)


def choice(container, label: str, options, *, key: str, format_func=str, **kwargs):
    """`container.radio` whose options are worded in the page's language: a language switch keeps the choice."""
    st.session_state.setdefault(_WORDED, set()).add(key)
    return container.radio(label, options, key=key, format_func=format_func, **kwargs)


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
    """Page config, the sidebar frame and the sign-in every page shares; called by app.py before
    navigation, so nobody reaches a page without passing here."""
    st.set_page_config(page_title="smarketing", page_icon=":material/handshake:", layout="wide")
    language_switch()
    _style()
    st.sidebar.caption(tr("app.tagline"))
    person = sign_in()
    _daily_backup(str(db_path()), f"{date.today():%Y%m%d}")
    start_inbox()
    st.session_state["_read_only_said"] = False
    if _mode() != "open":
        st.sidebar.caption(tr("access.signed_in", name=plain(person.name), role=tr(f"access.role_{person.role}")))
        st.sidebar.button(tr("access.sign_out"), key="sign_out", on_click=_sign_out)


_PERSON = "signed_in_person"


def _oidc_configured() -> bool:
    """An [auth] section in .streamlit/secrets.toml means sign-in through an OIDC provider."""
    try:
        return "auth" in st.secrets
    except Exception as exc:  # noqa: BLE001 - Streamlit says why in error_id
        if getattr(exc, "error_id", None) == "no-secrets-found":
            return False            # no secrets file at all: a local, single-user install
        # a secrets file that does not parse must not leave a shared server open to anyone: stay shut, and
        # tell the administrator why in the server's log, not visitors who have not signed in
        _LOG.error("%s", exc)
        show_error(SmarketingError("error.secrets_unreadable"))
        st.stop()


def _oidc_identity() -> tuple[bool, str | None]:
    """(signed in, e-mail) from the provider's cookie. Only the email claim counts, and not when the
    provider says it is unverified; Entra's preferred_username is not used, as Microsoft warns it must not
    decide access (README: add the email claim in Entra)."""
    # some providers send the claim as the string "false"
    verified = str(st.user.get("email_verified", True)).lower() != "false"
    return bool(st.user.get("is_logged_in")), st.user.get("email") if verified else None


def _mode() -> str:
    return access.mode(cursor(), _oidc_configured())


def sign_in() -> access.Person:
    """The person using the app, asking who they are first where the server is shared (access.py)."""
    con = cursor()
    how = _mode()
    if how == "open":
        person = access.Person(access.local_user(), "editor")
    elif how == "oidc":
        signed_in, email = _oidc_identity()
        if not signed_in:
            st.title(tr("access.title"))
            st.write(tr("access.intro"))
            st.button(tr("access.sign_in_with"), type="primary", key="oidc_sign_in", on_click=st.login)
            st.stop()
        person = _allowed(con, email)
    else:
        known = st.session_state.get(_PERSON)
        if known is None:
            _password_form(con)
            st.stop()
        person = _allowed(con, known.name)
    st.session_state[_PERSON] = person
    return person


def _allowed(con: duckdb.DuckDBPyConnection, email: str | None) -> access.Person:
    """The person with the role the allow-list gives them now (it may have changed since they signed in)."""
    address = access.address(email)
    role = access.role_for(con, address)
    if role is None:
        st.session_state.pop(_PERSON, None)
        if address is None:
            st.error(tr("access.no_email"), icon=":material/block:")
        else:
            st.error(tr("access.not_allowed", email=plain(address)), icon=":material/block:")
        st.button(tr("access.sign_out"), key="not_allowed_out", on_click=_sign_out)
        st.stop()
    return access.Person(address, role)


def _password_form(con: duckdb.DuckDBPyConnection) -> None:
    st.title(tr("access.title"))
    st.write(tr("access.intro"))
    with st.form("password_sign_in"):
        email = st.text_input(tr("access.email"), key="sign_in_email")
        password = st.text_input(tr("access.password"), type="password", key="sign_in_password")
        if st.form_submit_button(tr("access.sign_in"), type="primary"):
            try:
                person = access.check_password(con, email, password)
            except SmarketingError as exc:
                show_error(exc)
                return
            if person is None:
                st.error(tr("access.wrong"), icon=":material/lock:")
            else:
                st.session_state[_PERSON] = person
                st.rerun()


def _sign_out() -> None:
    st.session_state.pop(_PERSON, None)
    if _oidc_configured():
        st.logout()


def person() -> access.Person:
    """The signed-in person; without one, the local user, an editor only where nobody signs in."""
    known = st.session_state.get(_PERSON)
    return known or access.Person(access.local_user(), "editor" if _mode() == "open" else "viewer")


def user() -> str:
    """The name written next to every change: the signed-in e-mail, or the computer's user."""
    return person().name


def can_edit() -> bool:
    """Whether this person may change data; viewers are told so, once per page."""
    if person().can_edit:
        return True
    if not st.session_state.get("_read_only_said"):
        st.info(tr("access.read_only"), icon=":material/visibility:")
        st.session_state["_read_only_said"] = True
    return False


def page(path: str, title_key: str, icon: str, default: bool = False) -> st.Page:
    return st.Page(path, title=tr(title_key), icon=icon, default=default)


def demo_notice(con: duckdb.DuckDBPyConnection) -> None:
    """Say plainly when the numbers on screen are made up."""
    if demo.is_loaded(con):
        st.info(tr("demo.notice", company=demo.meta()["company"]["name"]), icon=":material/science:")


def today() -> date:
    return periods.today()


def save_upload(uploaded) -> Path:
    """Keep an upload on disk under a name the server makes (its upload id and a digest of its bytes),
    never the browser's name. Uploads a session left behind for a day are removed on the way; the one in
    use is touched at every look, so it is never one of them."""
    folder = storage.uploads_dir()
    data = uploaded.getbuffer()
    safe_id = "".join(ch for ch in str(uploaded.file_id) if ch in _ID_SIGNS)[:80] or "upload"
    path = folder / f"{safe_id}-{hashlib.sha256(data).hexdigest()[:16]}.csv"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        stale = time.time() - UPLOAD_KEPT_SECONDS
        for old in folder.iterdir():
            with contextlib.suppress(FileNotFoundError):      # another session got there first
                if old != path and old.stat().st_mtime < stale:
                    old.unlink()
        if path.exists():
            os.utime(path)
        else:
            path.write_bytes(data)
    except OSError as exc:
        path.unlink(missing_ok=True)                          # no half-written copy to import later
        raise SmarketingError("error.upload_unsaved", detail=str(exc)) from exc
    return path


UPLOAD_KEPT_SECONDS = 24 * 3600


_ID_SIGNS = frozenset(string.ascii_letters + string.digits + "-")


def _style() -> None:
    """Streamlit's own words in the page's language, where no Streamlit option words them: the file
    uploader's button and limit ("Upload", "200MB per file"). The tables' column chooser, whose only words
    are English ("Select all"), is not offered. Constant CSS and texts.toml strings, never user text, with
    "<" escaped so that no text can end the style sheet."""
    limit = int(st.get_option("server.maxUploadSize"))
    words = {"button": tr("imports.upload_button"), "limit": tr("imports.upload_limit", size=limit)}
    # a CSS string: "<" as its CSS escape
    quoted = {name: json.dumps(text, ensure_ascii=False).replace("<", "\\3c ") for name, text in words.items()}
    st.html(
        "<style>"
        "[data-testid='stFileUploaderDropzoneInstructions'] span, [data-testid='stFileUploaderDropzone'] button p "
        "{font-size: 0 !important;}"
        f"[data-testid='stFileUploaderDropzoneInstructions'] span::after {{content: {quoted['limit']}; "
        "font-size: 0.875rem;}"
        f"[data-testid='stFileUploaderDropzone'] button p::after {{content: {quoted['button']}; font-size: 1rem;}}"
        "[data-testid='stElementToolbar'] button[aria-label^='Show/hide columns'] {display: none;}"
        "</style>")


def once(slot: str, key: object, compute):
    """compute() run once for `key` and kept in this session until `key` changes (one value per slot):
    a file's check is not run again on every click elsewhere on the page. A SmarketingError is kept too."""
    kept = st.session_state.get(f"_once_{slot}")
    if kept is None or kept[0] != key:
        try:
            kept = (key, compute(), None)
        except SmarketingError as exc:
            kept = (key, None, exc)
        st.session_state[f"_once_{slot}"] = kept
    if kept[2] is not None:
        raise kept[2]
    return kept[1]


def progress_bar():
    """A progress bar and the callback the core reports its steps to."""
    bar = st.progress(0.0)

    def report(fraction: float, key: str) -> None:
        bar.progress(min(max(fraction, 0.0), 1.0), text=tr(key))

    return report


def show_error(exc: SmarketingError) -> None:
    st.error(exc.message(lang(), escape=plain), icon=":material/error:")


def period_bar(con: duckdb.DuckDBPyConnection) -> tuple[metrics.Query, str | None]:
    """The period, the comparison and the filters at the top of every metrics page, the same on all of them
    (the widgets keep their state for the whole session), and one line saying what is applied."""
    today_, lang_ = today(), lang()
    cols = st.columns([2, 2, 2])
    # labels in the language of this run: a format_func is also called between runs, outside any session
    preset = select(cols[0], tr("period.preset"), periods.PRESETS, key="period_preset",
                    format_func=lambda p: i18n.t(f"period.{p}", lang_),
                    index=periods.PRESETS.index(periods.DEFAULT_PRESET), persist_state="session")
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
    filters = dimension_filters(con, "period", persist=True)
    query = metrics.Query(start=start, end=end, filters=filters, today=today_)
    window, data, _ = metrics.comparison_of(con, query, how) if how else (None, None, None)
    st.caption(plain(metricformat.describe_period(start, end, today_, how, window, data, filters, lang_)))
    return query, how


def trend(chart, how: str | None) -> None:
    """A trend chart and what its dashes and faint lines mean; without periods to draw, says so."""
    if chart is None:
        st.caption(tr("period.no_trend"))
        return
    st.altair_chart(chart, width="stretch")
    st.caption(tr("period.partial_note") + (" " + tr("period.compare_note") if how else ""))


CARDS_PER_ROW = 5


def cards(row: dict, keys: list[str] | tuple[str, ...], how: str | None) -> None:
    """One st.metric per key, at most five to a row, with its change against the comparison (metrics.compare)
    coloured the way the number reads (a lower cost is good news); what it is compared with is in its help."""
    lang_ = lang()
    against = metricformat.compared_with(row, lang_) if how else None
    for first in range(0, len(keys), CARDS_PER_ROW):
        for col, key in zip(st.columns(CARDS_PER_ROW), keys[first:first + CARDS_PER_ROW]):
            label, value = metricformat.card(key, row, lang_)
            change, colour = metricformat.delta(key, row, lang_) if how else (None, "normal")
            # no change is neither good nor bad news: grey, without an arrow
            unchanged = bool(change) and change.startswith("±")
            col.metric(label, value, delta=change, delta_color="off" if unchanged else colour,
                       delta_arrow="off" if unchanged else "auto", help=against)


def dimension_filters(con: duckdb.DuckDBPyConnection, key: str, persist: bool = False) -> dict[str, str]:
    """One select per dimension (source, campaign, segment...), offering the values the data holds; with
    `persist`, the choice stays for the whole session, whichever page shows the selects."""
    values = metrics.dimension_values(con)
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
                file_stem: str, *, value: str | None = None, stage: str | None = None) -> None:
    """The leads behind a number (metrics.listing): as many as the number says, the first ones in a table
    and every one of them in the download, fetched only when it is asked for."""
    lang_ = lang()
    listed = metrics.listing(con, name, key, query, value=value, stage=stage, limit=DRILL_SHOWN)
    labels = {s["code"]: s[f"label_{lang_}"] for s in stages.stages(con)}
    shown = [{tr(f"drill.{c}"): _cell(c, r[c], labels, lang_) for c in exports.LEAD_COLUMNS} for r in listed.rows]
    if not listed.total:
        st.caption(tr("drill.none"))
        return
    key_ = "drill.count" if listed.total > len(shown) else "drill.count_all"
    st.caption(tr(key_, count=i18n.fmt_int(listed.total, lang_), shown=i18n.fmt_int(len(shown), lang_)))
    st.dataframe(shown, hide_index=True, placeholder="–")
    st.download_button(tr("drill.download"), key=f"{widget_key}_download", mime="text/csv",
                       file_name=f"{file_stem}.csv",
                       data=lambda: exports.leads_csv(metrics.listing(con, name, key, query, value=value, stage=stage,
                                                                      limit=None).rows, lang_))


def table(rows: list[dict], numeric: tuple[str, ...] = (), download: str | None = None) -> None:
    """A read-only table whose numbers are already formatted for the language, aligned right as numbers are;
    with `download` (a file name without extension), a formula-safe CSV of it under the table. With no rows,
    a sentence instead of an empty grid."""
    if not rows:
        st.caption(tr("table.empty"))
        return
    st.dataframe(
        rows,
        hide_index=True,
        column_config={name: st.column_config.TextColumn(alignment="right") for name in numeric},
        placeholder="–",  # an empty cell, never the grid's English "None"
    )
    if download and rows:
        st.download_button(tr("table.download"), key=f"{download}_csv", mime="text/csv", file_name=f"{download}.csv",
                           data=exports.table_csv(rows))


def live_text(label: str, key: str, placeholder: str = "") -> str:
    """A text field whose value reaches the page while the user types (half a second after the last key)."""
    return st_keyup(label, key=key, placeholder=placeholder, debounce=500) or ""


# the signs links, images, emphasis, code, headings (#, =, -), lists, entities (&amp;), tables, HTML and
# Streamlit's :colour[...] and :icon: start with; CommonMark lets any ASCII punctuation be escaped
_MARKDOWN_SIGNS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>:$&=])")


def plain(text: object) -> str:
    """Text from users or files, shown by st.markdown as typed: no emphasis, link, image, heading, entity or
    colour of theirs is rendered."""
    return _MARKDOWN_SIGNS.sub(r"\\\1", str(text))
