"""The Streamlit settings the project ships, as Streamlit itself applies them when the app starts from the
repository: a misspelt key or section would leave Streamlit's default in place and fail here."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

OPTIONS = ("server.headless", "server.address", "server.enableXsrfProtection", "server.enableCORS",
           "server.maxUploadSize", "client.showErrorDetails", "client.toolbarMode", "client.disableDataExport",
           "browser.gatherUsageStats")

# Streamlit's own reading of its config files, in a fresh process started where `python -m smarketing run`
# starts it: what each option is, and which file set it
READ = """
import json, sys
from streamlit import config
config.get_config_options(force_reparse=True)
print(json.dumps({name: [config.get_option(name), config.get_where_defined(name)] for name in sys.argv[1:]}))
"""


@pytest.fixture(scope="module")
def applied() -> dict[str, list]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT / ".no-home")}   # no user config of this machine
    out = subprocess.run([sys.executable, "-c", READ, *OPTIONS], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_every_option_comes_from_the_projects_file(applied):
    assert {name: where for name, (_, where) in applied.items()} == dict.fromkeys(
        OPTIONS, str(ROOT / ".streamlit" / "config.toml"))


def test_server_is_closed_by_default(applied):
    assert [applied[n][0] for n in ("server.headless", "server.address", "server.enableXsrfProtection",
                                    "server.enableCORS")] == [True, "localhost", True, True]
    assert applied["server.maxUploadSize"][0] == 200          # MB; a 1,000,000-lead export is about 134 MB


def test_browsers_see_no_error_details_and_no_raw_exports(applied):
    assert [applied[n][0] for n in ("client.showErrorDetails", "client.toolbarMode", "client.disableDataExport",
                                    "browser.gatherUsageStats")] == ["none", "minimal", True, False]
