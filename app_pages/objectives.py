"""Objectives: the shared board, a new objective checked SMART as you write it, one objective in detail."""

import dataclasses

import pandas as pd
import streamlit as st

from smarketing import (
    charts,
    corrections,
    edits,
    exports,
    objective_views,
    objectives,
    objectivewords,
    smartwords,
    stages,
    ui,
    vocabulary,
)
from smarketing.errors import SmarketingError
from smarketing.i18n import fmt_date, fmt_pct

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
today = ui.today()
# the boxes under the reading: every correctable field, named as corrections.correct() names it (the scope sets the
# filters, the target is typed with its kind)
FIXES = ("metric", "stage", "from_stage", "to_stage", "scope", "direction", "target", "deadline", "start")


def _corrections() -> dict:
    """The corrections set in the boxes under the reading; an empty box means "as read"."""
    state = st.session_state
    fixed = {name: state[f"fix_{name}"] for name in FIXES if state.get(f"fix_{name}") not in (None, "")}
    if "scope" in fixed:
        dimension, _, value = fixed.pop("scope").partition("=")
        fixed["filters"] = {dimension: value} if value else {}
    return fixed


def _read_label(name: str, value) -> str:
    """A box's label with what was read: the label follows the sentence as it is typed, where a select box's
    option words would stay as they were first shown."""
    return tr("correct.read_label", label=tr(f"correct.{name}"),
              value=tr("correct.nothing") if value in (None, "") else value)


def _scope_name(filters: dict) -> str:
    return ", ".join(f"{tr(f'metric.{d}')}: {v}" for d, v in filters.items()) or tr("correct.all_data")


def _target_read(draft) -> str | None:
    read = dataclasses.replace(draft, **draft.corrected)
    return None if read.target is None else smartwords.target_words(read, lang)


def _correction_widgets(draft, metric: str | None) -> None:
    """One box per field read, each starting from "as read", in an expander open once something is set;
    the stage boxes follow `metric`, the one read or the one set."""
    read = {name: draft.corrected.get(name, getattr(draft, name)) for name in corrections.CORRECTABLE}
    labels = stages.labels(view.offered.stages, lang)
    as_read = tr("correct.as_read")

    def metric_words(code: str) -> str:
        return tr(f"correct.metric_{code}")

    def box(col, name: str, options: list, words, shown) -> None:
        ui.select(col, _read_label(name, shown), [None, *options], key=f"fix_{name}",
                  format_func=lambda o: as_read if o is None else words(o))

    with st.expander(tr("correct.title"), expanded=bool(draft.corrected) or metric != draft.metric,
                     icon=":material/edit:"):
        st.caption(tr("correct.help"))
        cols = st.columns(3)
        box(cols[0], "metric", vocabulary.METRICS, metric_words, read["metric"] and metric_words(read["metric"]))
        if metric == "stage_entries":
            box(cols[1], "stage", stages.PATH, labels.get, labels.get(read["stage"]))
        if metric in ("conversion", "velocity"):
            box(cols[1], "from_stage", stages.PATH, labels.get, labels.get(read["from_stage"]))
            box(cols[2], "to_stage", stages.PATH, labels.get, labels.get(read["to_stage"]))
        cols = st.columns(3)
        scopes = ["=", *(f"{d}={v}" for d, values in dimensions.items() for v in values)]
        box(cols[0], "scope", scopes, lambda f: _scope_name(dict([f.split("=", 1)]) if f != "=" else {}),
            _scope_name(read["filters"]))
        box(cols[1], "direction", ["increase", "decrease"], lambda d: tr(f"smart.{d}"),
            read["direction"] and tr(f"smart.{read['direction']}"))
        cols[2].text_input(_read_label("target", _target_read(draft)), value=None, key="fix_target",
                           placeholder=as_read, help=tr("correct.target_help"))
        cols = st.columns(3)
        for col, name in ((cols[0], "deadline"), (cols[1], "start")):
            col.date_input(_read_label(name, read[name] and fmt_date(read[name], lang)), value=None,
                           format="DD/MM/YYYY", key=f"fix_{name}")
        cols[2].button(tr("correct.reset"), key="fix_reset", on_click=_reset, disabled=not draft.corrected)


def _reset() -> None:
    # set, not dropped: the browser keeps a dropped box's old value and sends it back at the next change,
    # which would bring the correction back unseen
    for name in FIXES:
        st.session_state[f"fix_{name}"] = None


st.title(tr("objectives.title"))
view = objective_views.page(cur, today)
ui.demo_notice(view.offered.demo_loaded)
editor = ui.can_edit()
board_tab, new_tab, detail_tab = st.tabs([tr("objectives.tab_board"), tr("objectives.tab_new"),
                                          tr("objectives.tab_detail")])
team, dimensions = view.team, view.offered.dimensions

with board_tab:
    board = view.board
    rows = [objectivewords.worded(r, lang) for r in board]
    if not rows:
        st.info(tr("objectives.none"))
    else:
        columns = objective_views.board_columns(board, ("status", "title", "progress", "expected", "actual", "target",
                                                         "forecast", "deadline", "confidence", "owners"))
        frame = pd.DataFrame([{k: r.cell(k) for k in columns} for r in rows])
        # the status cell carries its colour, whatever fonts the browser has for the status marks
        colours = [f"background-color: {objectivewords.STATUS_COLOUR[r.status]}" for r in board]
        st.dataframe(
            frame.style.apply(lambda _: colours, subset=["status"]),
            hide_index=True, key="objectives_board",
            column_config={
                # widths in pixels so that at 1400 px the board shows up to the confidence without scrolling
                # sideways (the owners follow); 150 px hold "parte il 01/04/2027" beside its mark, and the
                # currencies an objective is not measurable for take more ("non misurabile: importi in CHF, EUR")
                "status": st.column_config.TextColumn(tr("objectives.col_status"), width=150 if not any(
                    r.progress.amounts_in for r in board) else 330),
                "title": st.column_config.TextColumn(tr("objectives.col_title"), width="medium"),
                "owners": st.column_config.TextColumn(tr("objectives.col_owners"), help=tr("objectives.owners_help")),
                "progress": st.column_config.ProgressColumn(tr("objectives.col_progress"), min_value=0,
                                                            max_value=100, format="%d%%", width=110),
                "expected": st.column_config.TextColumn(tr("objectives.col_expected"), alignment="right"),
                "actual": st.column_config.TextColumn(tr("objectives.col_actual"), alignment="right"),
                "target": st.column_config.TextColumn(tr("objectives.col_target"), alignment="right"),
                "forecast": st.column_config.TextColumn(tr("objectives.col_forecast"), alignment="right"),
                "deadline": st.column_config.TextColumn(tr("objectives.col_deadline")),
                # left: the column is as wide as its longest flag, and a right-aligned "6,3" fell past the
                # screen's edge at 1400 px, reading as no check-in
                "confidence": st.column_config.TextColumn(tr("objectives.col_confidence"), alignment="left"),
                "rollup": st.column_config.TextColumn(tr("objectives.col_rollup")),
            },
        )
        st.caption(tr("objectives.board_caption"))
        st.download_button(tr("table.download"), key="objectives_board_csv", mime="text/csv",
                           file_name=f"{tr('file.objectives')}.csv",
                           # the bar's column is written as its percent in a file
                           data=exports.table_csv([{tr(f"objectives.col_{k}"): r.cell("progress_text" if k == "progress"
                                                                                        else k) for k in columns}
                                                   for r in rows], lang))

with new_tab:
    # each objective saved starts a new round of keys: its sentence, owners and title never prefill the next one
    # (a second save made a CAC objective titled after the SQL one, with all four owners)
    saved_rounds = st.session_state.get("objective_round", 0)
    suffix = f"_{saved_rounds}" if saved_rounds else ""
    if st.session_state.pop("objective_clear", False):
        _reset()
    text = ui.live_text(tr("objectives.write"), f"objective_text{suffix}", tr("objectives.example"))
    cols = st.columns(2)
    marketing = cols[0].multiselect(tr("objectives.owners_marketing"),
                                    [m["name"] for m in team if m["function"] == "marketing"],
                                    select_all=False,
                                    key=f"owners_marketing{suffix}", placeholder=tr("objectives.choose_people"))
    sales = cols[1].multiselect(tr("objectives.owners_sales"), [m["name"] for m in team if m["function"] == "sales"],
                                select_all=False,
                                key=f"owners_sales{suffix}", placeholder=tr("objectives.choose_people"))
    # a shared objective has owners on both sides (SMART's Relevant)
    ui.team_notice(not set(objectives.FUNCTIONS) <= {m["function"] for m in team})
    owners = [(n, "marketing") for n in marketing] + [(n, "sales") for n in sales]
    parents = [None, *[r.id for r in rows]] if rows else [None]
    titles = {r.id: r.title for r in rows}
    parent = ui.select(st, tr("objectives.parent"), parents, key=f"objective_parent{suffix}",
                       format_func=lambda p: tr("objectives.no_parent") if p is None else f"#{p} {titles[p]}")
    fixes = _corrections()
    if text.strip():
        try:
            # the corrections are the widgets' values from the last run: the widgets themselves come after
            # the check, since their "as read" labels need the reading
            draft, context, checked = objectives.check(cur, text, owners, today, parent, fixes)
            report = smartwords.worded(draft, context, checked, lang)
        except SmarketingError as exc:
            draft = None
            ui.show_error(exc)
    if text.strip() and draft is not None:
        # what was read comes first: a misreading shows before any tick
        st.info(ui.plain(report.understood), icon=":material/visibility:")
        _correction_widgets(draft, draft.metric)
        st.progress(report.score / 100, text=tr("objectives.score", score=report.score))
        for name in vocabulary.CRITERIA:
            verdict = report.criteria[name]
            box = {"pass": st.success, "warn": st.warning, "fail": st.error}[verdict.status]
            # reasons quote the objective's own words, names and filter values: shown as typed
            body = f"**{tr(f'criterion.{name}')}**: {ui.plain(verdict.reason)}"
            if verdict.status != "pass":
                body += f"  \n{ui.plain(verdict.suggestion)}"
            box(body, icon={"pass": ":material/check:", "warn": ":material/warning:",
                            "fail": ":material/close:"}[verdict.status])
        title = st.text_input(tr("objectives.title_field"), key=f"objective_title{suffix}", max_chars=120)
        if st.button(tr("objectives.save"), type="primary", key="objective_save", disabled=not editor):
            try:
                new_id = objectives.create(cur, draft, context.baseline, owners, lang, ui.user(),
                                           title=title or None, parent_id=parent)
            except SmarketingError as exc:
                ui.show_error(exc)
            else:
                st.session_state["objective_flash"] = new_id
                st.session_state["objective_round"] = saved_rounds + 1
                st.session_state["objective_clear"] = True
                st.rerun()
    elif text.strip():
        # a correction that makes no objective: the widgets stay, so it can be undone (the sentence as read is
        # all they need; nothing is measured again)
        _correction_widgets(objectives.read(cur, text, today), fixes.get("metric"))
    if "objective_flash" in st.session_state:
        st.success(tr("objectives.saved", objective_id=st.session_state.pop("objective_flash")))

with detail_tab:
    everything = view.objectives
    if everything:
        if "objective_pick_again" in st.session_state:
            # set again before the box is drawn, so the browser takes the new title's words: left alone it kept the
            # old ones, and the next submit moved the page to the first objective (with its first owner as author)
            st.session_state["objective_pick"] = st.session_state.pop("objective_pick_again")
        chosen = ui.select(st, tr("objectives.pick"), [o["objective_id"] for o in everything], key="objective_pick",
                           format_func=lambda i: next(f"#{o['objective_id']} {o['title']}" for o in everything
                                                      if o["objective_id"] == i))
        shown = objective_views.detail(cur, chosen, today)
        if shown is None:
            st.stop()
        row, p = shown.objective, shown.progress
        st.markdown(f"> {ui.plain(row['statement'])}")
        st.caption(ui.plain(objectivewords.owners_text(row, lang)))
        # the status is words, too long for a card beside four numbers ("troppo presto" was cut): a badge
        st.badge(f"{tr('objectives.col_status')}: {objectivewords.status_text(row, p.status, lang, p.amounts_in)}",
                 color=objectivewords.STATUS_BADGE[p.status])
        cols = st.columns(4)
        cols[0].metric(tr("objectives.col_actual"), objectivewords.show(row, p.actual, lang))
        cols[1].metric(tr("objectives.col_target"), objectivewords.show(row, p.target, lang))
        cols[2].metric(tr("objectives.col_progress"), fmt_pct(p.progress, lang, 0),
                       help=tr("objectives.expected_help", expected=fmt_pct(p.expected_progress, lang, 0)))
        cols[3].metric(tr("objectives.col_forecast"), objectivewords.forecast_text(row, p, lang))
        kind, currency = objectivewords.chart_format(row)
        chart = charts.objective(shown.series, shown.lines, kind, lang, currency)
        if chart is None:
            st.caption(tr("objectives.chart_empty"))
        else:
            st.altair_chart(chart, width="stretch")

        st.subheader(tr("objectives.checkins"))
        checkins = shown.checkins
        manual = row["metric"] == "manual"
        typed = [objective_views.typed_by(c, team) for c in checkins]
        if checkins:
            ui.table([{tr("objectives.col_week"): fmt_date(c["week"], lang), tr("objectives.col_author"): c["author"],
                       tr("objectives.col_confidence"): c["confidence"],
                       **({tr("objectives.col_value"): objectivewords.show(row, c["value"], lang)} if manual else {}),
                       tr("objectives.col_note"): c["note"] or "",
                       tr("objectives.col_flag"): tr(f"objectives.flag_{f}") if f else "",
                       **({tr("objectives.col_recorded_by"): by or ""} if any(typed) else {})}
                      for c, f, by in zip(checkins, shown.checkin_flags, typed)])
        with st.form("checkin_form", clear_on_submit=True):
            fcols = st.columns([2, 2, 1])
            # keyed by objective: the author picked for one is never carried to another's owners
            # the signed-in person first, where they own it (their e-mail in Team): never the first owner by name
            signed_in = ui.user().lower()
            me = next((m["name"] for m in team if m["email"] and m["email"].lower() == signed_in), None)
            author = ui.select(fcols[0], tr("objectives.col_author"), row["owners"] or [""],
                               key=f"checkin_author_{chosen}",
                               index=row["owners"].index(me) if me in row["owners"] else 0)
            confidence = fcols[1].slider(tr("objectives.col_confidence"), 1, 10, 7, key="checkin_confidence")
            # typed as text and read as the page's numbers are: a number box dropped the Italian comma (4,6 was 46)
            typed_value = fcols[2].text_input(tr("objectives.col_value"), key="checkin_value") if manual else ""
            note = st.text_input(tr("objectives.col_note"), key="checkin_note")
            replace = st.checkbox(tr("objectives.checkin_replace"), key="checkin_replace")
            if st.form_submit_button(tr("objectives.checkin_save"), disabled=not editor):
                try:
                    value = objectives.typed_value(typed_value)
                    objectives.checkin(cur, chosen, today, author, confidence, note or None, value,
                                       recorded_by=ui.user(), replace=replace)
                except SmarketingError as exc:
                    ui.show_error(exc)
                else:
                    st.rerun()

        st.subheader(tr("objectives.edit"))
        current = dict(zip(row["owners"], row["functions"]))
        typed_target = objectivewords.target_typed(row, lang)
        # what the form shows, kept from when it was drawn: saving writes only what this person changed from it,
        # never back over what a colleague saved meanwhile
        stored = {"title": row["title"], "target": typed_target, "deadline": row["deadline"], "status": row["status"],
                  "parent_id": row["parent_id"], "owners": sorted(current.items()), "target_value": row["target"]}
        # keys carry the id: each objective opens with its own values
        suffix, seen = ui.shared_form(f"edit_{chosen}", stored, f"edit_title_{chosen}")
        keyed = f"{chosen}{suffix}"
        # (the target's words follow the language: its number says whether it changed)
        if {k: v for k, v in seen.items() if k != "target"} != {k: v for k, v in stored.items() if k != "target"}:
            st.info(tr("objectives.changed_meanwhile", who=ui.plain(shown.changes[0]["changed_by"] if shown.changes
                                                                  else "–")), icon=":material/group:")
        with st.form(f"edit_form_{chosen}"):
            title = st.text_input(tr("objectives.title_field"), value=row["title"], max_chars=120,
                                  key=f"edit_title_{keyed}")
            ocols = st.columns(2)
            # the people now owning it stay offered, also once made inactive in Team
            picked = {function: ocols[i].multiselect(
                tr(f"objectives.owners_{function}"),
                list(dict.fromkeys([*(m["name"] for m in team if m["function"] == function),
                                    *(n for n, f in current.items() if f == function)])),
                default=[n for n, f in current.items() if f == function], select_all=False,
                key=f"edit_owners_{function}_{keyed}",
                placeholder=tr("objectives.choose_people"))
                for i, function in enumerate(objectives.FUNCTIONS)}
            ecols = st.columns(3)
            # the target as the sentence wrote it (25,0%, +10%, 250.000 €), not the stored 0.25 a person would
            # overwrite with 30 meaning 30%
            target = ecols[0].text_input(tr("objectives.col_target"), value=typed_target,
                                         key=f"edit_target_{keyed}", help=tr("correct.target_help"))
            deadline = ecols[1].date_input(tr("objectives.col_deadline"), value=row["deadline"], format="DD/MM/YYYY",
                                           key=f"edit_deadline_{keyed}")
            status = ui.select(ecols[2], tr("objectives.lifecycle"), ["active", "archived"],
                               index=0 if row["status"] == "active" else 1, key=f"edit_status_{keyed}",
                               format_func=lambda s: tr(f"objectives.lifecycle_{s}"))
            # a parent of its own: any objective but itself and its own children (one level of tree)
            parents = [None, *(o["objective_id"] for o in everything
                               if o["objective_id"] != chosen and o["parent_id"] != chosen)]
            names = {o["objective_id"]: o["title"] for o in everything}
            parent_id = ui.select(st, tr("objectives.parent"), parents, key=f"edit_parent_{keyed}",
                                  index=parents.index(row["parent_id"]) if row["parent_id"] in parents else 0,
                                  format_func=lambda p: tr("objectives.no_parent") if p is None else f"#{p} {names[p]}")
            if st.form_submit_button(tr("objectives.edit_save"), disabled=not editor):
                try:
                    mine = edits.changed(seen, {"title": title.strip() or seen["title"], "target": target.strip(),
                                                   "deadline": deadline, "status": status, "parent_id": parent_id})
                    # an untouched target stays as stored, to the last digit the box does not show; a typed one
                    # replaces the text in its place (the log keeps the form's order)
                    if "target" in mine:
                        mine |= objectives.edited_target(row, mine["target"], view.currency)
                    objectives.update(cur, chosen, mine, ui.user())
                    objectives.set_owners(cur, chosen, edits.laid_over(
                        stored["owners"], seen["owners"], [(n, f) for f, names in picked.items() for n in names]),
                        ui.user())
                except SmarketingError as exc:
                    ui.show_error(exc)
                else:
                    st.session_state["objective_pick_again"] = chosen
                    # the form is drawn again from what is stored now, the colleague's changes with this person's
                    ui.form_saved(f"edit_{chosen}")
                    st.rerun()

        st.subheader(tr("objectives.changes"))
        ui.table([{tr("objectives.col_when"): fmt_date(c["changed_at"], lang),
                   tr("objectives.col_who"): c["changed_by"],
                   tr("objectives.col_field"): tr(f"objectives.field.{c['field']}"),
                   tr("objectives.col_old"): old, tr("objectives.col_new"): new}
                  for c in shown.changes for old, new in [objectivewords.change_words(c, row, names, lang)]],
                 empty=tr("objectives.no_changes"))
