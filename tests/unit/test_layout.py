"""The core imports without Streamlit; exactly one module of it imports Streamlit."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

from tests.conftest import ROOT

CORE = ROOT / "smarketing"


def _imports_streamlit(path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
            [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        if any(n == "streamlit" or n.startswith("streamlit.") for n in names):
            return True
    return False


def test_only_ui_imports_streamlit():
    # one package, smarketing/ui/: its modules split by what they hold, none elsewhere
    found = {p.relative_to(CORE).as_posix() for p in CORE.rglob("*.py") if _imports_streamlit(p)}
    assert found and all(name.startswith("ui/") for name in found)


def test_core_imports_without_loading_streamlit():
    modules = sorted(
        "smarketing." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py") if p.relative_to(CORE).parts[0] != "ui"
        and p.name not in ("__main__.py", "__init__.py")
    )
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'streamlit')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert json.loads(result.stdout) == []
    assert len(modules) >= 8


def test_pages_and_router_exist():
    assert (ROOT / "app.py").is_file()
    assert {p.name for p in (ROOT / "app_pages").glob("*.py")} >= {"overview.py", "settings.py"}
    assert "st.navigation" in (ROOT / "app.py").read_text()


def test_pages_run_no_sql_of_their_own():
    # a page asks the core for what it shows; the SQL runner and the connection's execute stay in the core
    found = []
    for page in sorted((ROOT / "app_pages").glob("*.py")):
        for node in ast.walk(ast.parse(page.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and (
                    (isinstance(node.value, ast.Name) and node.value.id == "db") or node.attr in ("execute", "sql")):
                found.append(f"{page.name}:{node.lineno} {ast.unparse(node)}")
    assert found == []


def test_pages_take_their_figures_from_one_view():
    # each page that shows figures asks for its view once (metric_views, overview.page, meeting_view, the
    # planner's plan, the board and an objective's detail) and only lays it out and words it: no page
    # stitches metric queries, progress or the agenda together itself. What a page offers to choose from comes
    # before, in one call too (choices.read): the view depends on what is chosen
    figures = ("metrics", "metric_views", "overview", "meeting_view", "agenda", "planner", "objective_views",
               "settings_view", "team", "choices", "stages", "demo")
    calls = {}
    for page in sorted((ROOT / "app_pages").glob("*.py")):
        for node in ast.walk(ast.parse(page.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    isinstance(node.func.value, ast.Name) and node.func.value.id in figures:
                calls.setdefault(page.stem, []).append(f"{node.func.value.id}.{node.func.attr}")
            # any other call given the page's cursor reads (or writes) the store too, whatever its module, or a
            # function imported by name
            elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Name) and \
                    node.args[0].id == "cur":
                calls.setdefault(page.stem, []).append(ast.unparse(node.func))
    assert {page: sorted(found) for page, found in calls.items()} == {
        # the stages' names are worded from the choices, not read again; the leads behind a figure are listed
        # when a person picks it (ui.drill_table), as HubSpot lists a report's records
        "funnel": ["choices.read", "metric_views.funnel", "stages.labels", "ui.drill_table", "ui.drill_table"],
        "handoff": ["choices.read", "metric_views.handoff", "ui.drill_table"],
        # the guard of an empty store is one of the choices, before the period bar; the view after it
        "overview": ["choices.read", "overview.page", "stages.labels"],
        "roi": ["choices.read", "metric_views.roi", "ui.drill_table"],
        # the rest are a person's actions: a meeting saved (then read again), a decision, an action, a tick, and
        # the report built when its download is asked for
        "meeting": ["choices.read", "meeting_view.build", "meetings.add_action", "meetings.add_decision",
                    "meetings.find", "meetings.save_meeting", "meetings.set_action", "report.build", "report.build"],
        # the plan, then its words (plannerwords); creating the objectives it proposes is the editor's action
        "planner": ["choices.read", "planner.create_plan", "planner.page", "planner.target_problem"],
        # the page's view (the board, the team, the scope's values, every objective) and one objective's detail;
        # their words come from objectivewords, which reads nothing
        "objectives": ["objective_views.board_columns", "objective_views.detail", "objective_views.page",
                       "objective_views.typed_by",
                       # a sentence checked, stored, edited, given owners or a check-in: a person's actions
                       "objectives.check", "objectives.checkin", "objectives.create", "objectives.read",
                       "objectives.set_owners", "objectives.update", "stages.labels"],
        # loading and removing the demo are the admin's actions
        "settings": ["alerts.save_thresholds", "backups.automatic", "demo.load", "demo.remove", "digest.save_schedule",
                     "digest.send", "settings.set_currency", "settings_view.build", "stages.labels"],
        # the page's view (review.page, the last import's warnings and rejects included); a file's check and its
        # import, a mapping saved and an undo are a person's actions
        "imports": ["review.page", "run_import", "run_import", "saved.expand", "saved.save", "stages.labels", "undo"],
        # the team and who may sign in, as one view; adding and editing people are the admin's actions
        "team": ["access.allow", "access.remove", "access.set_password", "team.add", "team.add", "team.update",
                 "team.view"],
    }


def test_shared_widgets_read_nothing_but_the_leads_asked_for():
    # the period bar, the filters and the demo notice lay out what the page's choices hold; only the list behind
    # a number reads the store, and only once someone asks for it
    tree = ast.parse((ROOT / "smarketing" / "ui" / "widgets.py").read_text(encoding="utf-8"))
    reading = sorted(node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
                     and any(a.arg == "con" for a in node.args.args))
    assert reading == ["drill_table"]


def _wording(path) -> set[str]:
    """What a module words or formats a text with: the texts' lookup, i18n's and Babel's formats."""
    wording = {"t", "has_text", "on_page", "fmt_num", "fmt_int", "fmt_pct", "fmt_signed_pct", "fmt_money", "fmt_date",
               "fmt_datetime", "fmt_time", "fmt_week", "fmt_long_date", "fmt_plain", "fmt_bytes"}
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "smarketing.i18n":
            found |= {a.name for a in node.names} & wording
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("babel"):
            found |= {a.name for a in node.names if a.name.startswith("format_")}
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "i18n" \
                and node.attr in wording:
            found.add(node.attr)
    return found


def test_the_core_says_what_it_found_in_codes_and_numbers():
    # the core (the store, the imports, the metrics, objectives and their progress, the SMART check, the agenda, the
    # alerts, the meetings, the Planner and the pages' views) returns codes and numbers; words and formats are
    # applied at the edge, in the language asked for there: the pages and the CLI, and the modules they word with,
    # each named for what it words. Any other module that words a text of its own fails here
    edge = {
        "agendawords", "freshnesswords", "objectivewords", "plannerwords", "smartwords",  # the core's findings
        "metricformat",               # a metric's value as people read it
        "charts", "report", "digest", "exports",    # what people see drawn, mailed, or open in Excel
        "importing/reasons", "importing/review",    # an import's outcome and the Import page's view of a file
        "errors",                     # an error's message, turned into words where it is shown
        "demo",                       # the demo's objectives, stored as sentences a person types (dated today)
    }
    found = {p.relative_to(CORE).with_suffix("").as_posix() for p in CORE.rglob("*.py") if _wording(p)}
    assert {m for m in found if m.split("/")[0] not in ("cli", "ui", "i18n")} == edge
    # what the pages and the CLI word with: the core's modules above are free of it
    assert {"cli/objectives", "cli/imports", "ui/widgets"} <= found
