"""The server's secrets (.streamlit/secrets.toml), read the way Streamlit reads them, for the code that must
not import Streamlit (the command line, the digest sent from a scheduler): the file in the home folder, then
the app's folder, then the working folder, a later one's sections overriding. SMARKETING_SECRETS names one
file instead (a test, a server keeping its secrets elsewhere)."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from smarketing.storage import ROOT

ENV_VAR = "SMARKETING_SECRETS"


def files() -> list[Path]:
    named = os.environ.get(ENV_VAR)
    if named:
        return [Path(named)]
    return [folder / ".streamlit" / "secrets.toml" for folder in (Path.home(), ROOT, Path.cwd())]


Secrets = dict[str, Any]     # the file's sections as TOML parses them: [smtp], [digest], [auth]...


def read() -> Secrets:
    """Every section found; a file that is missing or does not parse adds nothing (the app says so itself)."""
    found: Secrets = {}
    for file in dict.fromkeys(f.resolve() for f in files()):
        try:
            found |= tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            continue
    return found
