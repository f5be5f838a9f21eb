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


HEAVY = ("pandas", "altair", "streamlit", "pyarrow", "vl_convert")


def _heavy_loaded(argv: list[str]) -> list[str]:
    """The heavy libraries a command loads, run in a fresh process as `python -m smarketing ARGV`; the command
    must end well (exit code 0)."""
    code = ("import contextlib, io, json, runpy, sys\n"
            f"sys.argv = ['smarketing', *{argv!r}]\n"
            "status = 0\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n        runpy.run_module('smarketing', run_name='__main__')\n"
            "    except SystemExit as exc:\n        status = exc.code\n"
            f"print(json.dumps([status, sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r})]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    status, heavy = json.loads(out.stdout.strip().splitlines()[-1])
    assert status in (0, None), out.stderr
    return heavy


@pytest.mark.parametrize("argv", [["--help"], ["metrics", "--help"], ["import", "leads", "--help"],
                                  ["objectives", "check", "--help"], ["info", "--help"]])
def test_a_command_starts_without_the_heavy_libraries(argv):
    # issue 16: a command's start loads what every command needs, not pandas, Altair or Streamlit (a module-level
    # import of the Overview's figures once put pandas, ~0.4 s, in front of every --help); bench/cli_startup.py
    # measures the time itself
    assert _heavy_loaded(argv) == []


@pytest.mark.parametrize("argv", [
    ["metrics", "funnel"], ["metrics", "sla", "--format", "json"],
    ["import", "leads", "tests/data/import/zoho_leads.csv", "--dry-run"],
    ["objectives", "check", "Portare gli MQL da LinkedIn a 40 al mese entro il 31/03/2027"]])
def test_a_command_at_work_loads_no_heavy_library_either(argv, migrated):
    # a scheduled `metrics` script waited for pandas (~0.3 s, the command's time x2.8) once `metrics` read the
    # Settings' alert limits through the alerts module, which imports the Overview's
    assert _heavy_loaded(["--db", str(migrated), *argv]) == []
