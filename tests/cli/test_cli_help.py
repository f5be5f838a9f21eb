"""Every command's --help, in both languages: argparse reads help as a %-format, so a "25%" in a text once
crashed `objectives check --help` with a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from smarketing import cli
from tests.helpers import command_parsers

ALL = [command for command, _ in command_parsers(cli.build_parser("en"))]


def test_the_walk_finds_every_command():
    assert {("objectives", "check"), ("import", ), ("imports", "presets"), ("report", "weekly"),
            ("digest", "send")} <= set(ALL)


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize("command", ALL, ids=" ".join)
def test_every_help_prints(command, lang, capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--lang", lang, *command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    # argparse's headings in the language too
    assert out.startswith({"it": "uso: python -m smarketing", "en": "usage: python -m smarketing"}[lang])
    assert {"it": "opzioni:", "en": "options:"}[lang] in out and "Traceback" not in out


def test_a_percent_in_a_help_text_is_printed_as_written(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "objectives", "check", "--help"])
    assert "25% (a level), +10% or -15%" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("argv", [["--help"], ["metrics", "--help"], ["import", "leads", "--help"],
                                  ["objectives", "check", "--help"], ["info", "--help"]])
def test_a_command_starts_without_the_heavy_libraries(argv):
    # issue 16: a command's start loads what every command needs, not pandas, Altair or Streamlit (a module-level
    # import of the Overview's figures once put pandas, ~0.4 s, in front of every --help); bench/cli_startup.py
    # measures the time itself
    code = ("import json, runpy, sys\n"
            f"sys.argv = ['smarketing', *{argv!r}]\n"
            "try:\n    runpy.run_module('smarketing', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & {'pandas', 'altair', 'streamlit', "
            "'pyarrow', 'vl_convert'})))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
