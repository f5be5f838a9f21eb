"""Uploaded files kept on disk under names the server makes, and work done once per file and options."""

from __future__ import annotations

import contextlib
import hashlib
import os
import string
import time
from pathlib import Path

import streamlit as st

from smarketing import storage
from smarketing.errors import SmarketingError


def save_upload(uploaded, now: float | None = None) -> Path:
    """Keep an upload on disk under a name the server makes (its upload id and a digest of its bytes),
    never the browser's name. Uploads a session left behind for a day are removed on the way; the one in
    use is touched at every look, so it is never one of them. `now` (seconds since the epoch) is the clock's
    unless given (tests)."""
    folder = storage.uploads_dir()
    data = uploaded.getbuffer()
    safe_id = "".join(ch for ch in str(uploaded.file_id) if ch in _ID_SIGNS)[:80] or "upload"
    path = folder / f"{safe_id}-{hashlib.sha256(data).hexdigest()[:16]}.csv"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        now = time.time() if now is None else now
        stale = now - UPLOAD_KEPT_SECONDS
        for old in folder.iterdir():
            with contextlib.suppress(FileNotFoundError):      # another session got there first
                if old != path and old.stat().st_mtime < stale:
                    old.unlink()
        if not path.exists():
            path.write_bytes(data)
        os.utime(path, (now, now))
    except OSError as exc:
        path.unlink(missing_ok=True)                          # no half-written copy to import later
        raise SmarketingError("error.upload_unsaved", detail=str(exc)) from exc
    return path


UPLOAD_KEPT_SECONDS = 24 * 3600


_ID_SIGNS = frozenset(string.ascii_letters + string.digits + "-")


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
