"""Every page test runs the real app on a private temporary store."""

from __future__ import annotations

import shutil

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from smarketing import db, storage
from tests.conftest import ROOT


@pytest.fixture(autouse=True)
def app_store(tmp_path, monkeypatch):
    path = tmp_path / "app.duckdb"
    monkeypatch.setenv("SMARKETING_DB", str(path))
    monkeypatch.delenv("SMARKETING_LANG", raising=False)
    st.cache_resource.clear()
    yield path
    st.cache_resource.clear()
    # the process's upload folder outlives a test: each starts with it empty
    shutil.rmtree(storage.uploads_dir(), ignore_errors=True)


@pytest.fixture
def app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)


@pytest.fixture
def empty_store(app_store):
    """A store whose demo was removed, as a real user's would be before the first import."""
    from smarketing import demo

    con = db.connect(app_store)
    demo.load(con)
    demo.remove(con)
    con.close()
    return app_store
