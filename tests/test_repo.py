"""The house rules that keep the project honest: README commands, CI, lint, documentation, real data."""

from __future__ import annotations

import re
import subprocess
import sys

from smarketing import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section)


def test_quick_start_has_exactly_two_commands():
    assert quick_start_commands() == [
        "pip install -r requirements.txt && python -m smarketing run",
        "pip install -r requirements-dev.txt && python -m mypy && python -m pytest",
    ]


def test_ci_runs_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text()
    commands = [line for line in script.splitlines() if line and not line.startswith("#")]
    assert commands[-1] == quick_start_commands()[1]


def test_every_cli_command_and_option_is_documented():
    parser = cli.build_parser("en")
    options = [a.option_strings[0] for a in parser._actions if a.option_strings and a.dest != "help"]
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subparsers.choices.items():
        assert f"`{name}" in README, name
        options += [a.option_strings[0] for a in sub._actions if a.option_strings and a.dest != "help"]
    for option in options:
        assert option in README, option


def test_ruff_is_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
