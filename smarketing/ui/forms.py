"""Forms two people may have open at once (an objective's edit form, a meeting's notes): what the form showed when
it was drawn is kept, so that saving lays only this person's changes over a colleague's (smarketing/edits.py)."""

from __future__ import annotations

from typing import TypeVar

import streamlit as st

Shown = TypeVar("Shown")


def shared_form(scope: str, stored: Shown, probe: str) -> tuple[str, Shown]:
    """(the suffix of the form's widget keys, what the form shows). Once saved (form_saved) the widgets take new
    keys: the browser keeps a widget's old value under its old key, and only a new one draws the form again from
    the store. Widgets drawn anew (`probe`, one of their keys, not yet in the session: the page opened again) show
    what is stored, never what the page showed before."""
    version = st.session_state.get(f"{scope}_version", 0)
    suffix = f"_{version}" if version else ""
    if probe + suffix not in st.session_state:
        st.session_state[f"{scope}_seen"] = stored
    return suffix, st.session_state.get(f"{scope}_seen", stored)


def form_seen(scope: str, shown: object) -> None:
    """What the form is taken to show from now on (a colleague's notes, shown beside this person's)."""
    st.session_state[f"{scope}_seen"] = shown


def form_saved(scope: str) -> None:
    """The form is drawn again, under new keys, from what is stored now."""
    st.session_state[f"{scope}_version"] = st.session_state.get(f"{scope}_version", 0) + 1
