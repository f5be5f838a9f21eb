"""The page's language: the session's choice, texts in it, widgets worded in it, user text shown as typed,
and Streamlit's own words in it."""

from __future__ import annotations

import json
from typing import Any

import streamlit as st

from smarketing import i18n, safe_text

_LANG_KEY = "lang"
_LANG_LABELS = {"it": "Italiano", "en": "English"}


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
    return container.selectbox(label, options, key=key, format_func=format_func, **_kept(key, kwargs))


def _kept(key: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    """A widget whose choice the session holds (a language switch sets it again) takes no default besides it:
    Streamlit warns on the page when it is given both."""
    return {k: v for k, v in kwargs.items() if k not in ("index", "value")} if key in st.session_state else kwargs


def choice(container, label: str, options, *, key: str, format_func=str, **kwargs):
    """`container.radio` whose options are worded in the page's language: a language switch keeps the choice."""
    st.session_state.setdefault(_WORDED, set()).add(key)
    return container.radio(label, options, key=key, format_func=format_func, **_kept(key, kwargs))


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


def style() -> None:
    """Streamlit's own words in the page's language, where no Streamlit option words them: the file
    uploader's button and limit ("Upload", "200MB per file"). The tables' column chooser, whose only words
    are English ("Select all"), is not offered. The cards' numbers fit the screen. Constant CSS and texts.toml
    strings, never user text, with "<" escaped so that no text can end the style sheet."""
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
        # a card's number shrinks with the screen rather than being cut: on a tablet or a 1024 projector the five
        # cards of a row read "20…" for an ROI of 205,8% and "177.…" for 177.650
        "[data-testid='stMetricValue'] {font-size: clamp(1.1rem, 2.5vw, 2.25rem) !important;}"
        "[data-testid='stMetricDelta'], [data-testid='stMetricLabel'] p "
        "{font-size: clamp(0.7rem, 1.1vw, 0.875rem) !important;}"
        "</style>")


def plain(text: object) -> str:
    """Text from users or files, shown by st.markdown as typed: no emphasis, link, image, heading, entity or
    colour of theirs is rendered."""
    return safe_text.streamlit_markdown(text)
