"""The house rules that keep the project honest: README commands, CI, lint, documentation, real data."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from smarketing import cli
from tests.conftest import REALDATA, ROOT
from tests.helpers import command_parsers

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
    """Each command, nested ones too, and each of their options is in the README as a whole word ("--week" is not
    documented by "--weeks"); a nested command on a line after its parent, as the README writes them ("objectives
    list | show ID | progress")."""
    undocumented = []
    for command, parser in command_parsers(cli.build_parser("en")):
        words = [r"(?<![\w-])" + re.escape(word) + r"(?![\w-])" for word in command]
        if command and not re.search(r"[^\n]*?".join(words), README):
            undocumented.append(" ".join(command))
        for action in parser._actions:
            if action.option_strings and action.dest != "help" and not re.search(
                    re.escape(action.option_strings[0]) + r"(?![\w-])", README):
                undocumented.append(f"{' '.join(command)} {action.option_strings[0]}")
    assert undocumented == []


def test_ruff_is_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_committed_file_holds_a_line_or_address_of_the_real_exports():
    # the real exports are read in place (tests/conftest.py: REALDATA); the demo and the corpus are made up by
    # sample_data/generate.py and tests/data/import/make_corpus.py, and must stay free of anything copied
    if not REALDATA.is_dir():
        pytest.skip(f"{REALDATA} is absent: nothing to compare the committed files with")
    email = re.compile(rb"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    real_lines, real_emails = set(), set()
    for path in REALDATA.rglob("*"):
        if path.is_file() and path.suffix.lower() in (".csv", ".txt", ".tsv"):
            data = path.read_bytes()
            real_lines.update(line.strip() for line in data.splitlines() if len(line.strip()) > 40)
            real_emails.update(m.lower() for m in email.findall(data))
    tracked = subprocess.run(["git", "ls-files", "*.csv", "*.tsv", "*.txt"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    assert len(real_lines) > 10_000 and len(tracked) > 50        # both sides were read
    copied = {}
    for name in tracked:
        data = (ROOT / name).read_bytes()
        lines = {line.strip() for line in data.splitlines()[1:]} & real_lines
        emails = {m.lower() for m in email.findall(data)} & real_emails
        if lines or emails:
            copied[name] = sorted(lines)[:2] + sorted(emails)[:2]
    assert copied == {}


def test_every_document_the_code_points_to_is_in_the_repository():
    """A comment or message that sends the reader to docs/X.md names a file a clone has."""
    tracked = subprocess.run(["git", "ls-files", "smarketing", "sql", "app_pages", "app.py", "bench", "README.md",
                              "docs"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    named: dict[str, set[str]] = {}
    for name in tracked:
        if name.endswith((".py", ".sql", ".md", ".toml")):
            for doc in re.findall(r"docs/[\w./-]+?\.md", (ROOT / name).read_text(encoding="utf-8")):
                named.setdefault(doc, set()).add(name)
    assert len(named) >= 3                                   # metrics, imports, import-limits at least
    assert {doc: sorted(where) for doc, where in named.items() if not (ROOT / doc).is_file()} == {}
