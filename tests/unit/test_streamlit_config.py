"""The Streamlit settings the project ships: what a team server starts with unless told otherwise."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT

CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


def test_server_is_closed_by_default():
    server = CONFIG["server"]
    assert (server["address"], server["enableXsrfProtection"], server["enableCORS"]) == ("localhost", True, True)
    assert server["maxUploadSize"] == 200          # MB; a 1,000,000-lead export is about 134 MB


def test_browsers_see_no_error_details_and_no_raw_exports():
    client = CONFIG["client"]
    assert (client["showErrorDetails"], client["toolbarMode"], client["disableDataExport"]) == ("none", "minimal",
                                                                                                True)
    assert CONFIG["browser"]["gatherUsageStats"] is False
