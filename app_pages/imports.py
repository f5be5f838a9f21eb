"""Import: a CSV from a CRM, an ad platform or Excel, checked once before anything is written, written in one
go, undoable; the mappings saved for next time; what the inbox folder imported."""

import hashlib
import json
from dataclasses import replace

import streamlit as st

from smarketing import inbox, stages, ui
from smarketing.errors import SmarketingError
from smarketing.exports import rejects_csv
from smarketing.i18n import fmt_date, fmt_int
from smarketing.importing import ImportOptions, review, run_import, saved, undo
from smarketing.importing.presets import PRESETS
from smarketing.importing.reasons import batch_status, counted, merged_skipped, worded
from smarketing.importing.run import suggestion_note
from smarketing.stages import CODES as STAGE_CODES

cur = ui.cursor()
lang = ui.lang()
tr = ui.tr
st.title(tr("imports.title"))
folder = inbox.folder_for(ui.db_path())
# everything but a file's check, read once: an import reruns the page, an undo comes before it (a callback)
last = st.session_state.get("import_last")
view = review.page(cur, folder is not None, last)
if view.demo_loaded:
    st.warning(tr("imports.demo_warning"), icon=":material/warning:")

editor = ui.can_edit()
kind = ui.choice(st, tr("imports.kind"), ["leads", "spend"], format_func=lambda k: tr(f"imports.kind_{k}"),
                 horizontal=True, key="import_kind", disabled=not editor)
# a new key empties the field once a file is imported, so the same file is not offered for import again
round_ = st.session_state.setdefault("import_round", 0)
uploaded = st.file_uploader(tr("imports.upload"), type=["csv", "txt", "tsv"], help=tr("imports.upload_help"),
                            key=f"import_file_{round_}", disabled=not editor)



def reject_table(rejects: list, rows: int) -> None:
    """The problems of the rows left out, in the page's words (the first 200), saying when a row has several."""
    shown = rejects[:200]
    if len(rejects) > len(shown):
        st.caption(tr("imports.rejects_more", shown=len(shown), total=fmt_int(len(rejects), lang)))
    if len(rejects) > rows:
        st.caption(tr("imports.problems_of_rows_one" if rows == 1 else "imports.problems_of_rows",
                      problems=fmt_int(len(rejects), lang), rows=fmt_int(rows, lang)))
    ui.table([{tr(f"cli.rejects_col_{c}"): r[c] for c in ("line", "column", "value", "reason")} for r in shown])


if uploaded is not None:
    try:
        path = ui.save_upload(uploaded)
    except SmarketingError as exc:
        ui.show_error(exc)
        st.stop()
    auto = tr("imports.auto")
    with st.expander(tr("imports.detection"), expanded=False):
        cols = st.columns(4)
        encoding = ui.select(cols[0], tr("imports.encoding"), [None, "utf-8", "utf-16", "cp1252", "latin-1"],
                             format_func=lambda v: v or auto, key="import_encoding")
        delimiter = ui.select(cols[1], tr("imports.delimiter"), [None, ",", ";", "\t", "|"],
                              format_func=lambda v: {None: auto, "\t": "TAB"}.get(v, v),
                              key="import_delimiter")
        date_order = ui.select(cols[2], tr("imports.date_order"), [None, "dmy", "mdy", "ymd"],
                               format_func=lambda v: tr(f"import.order_{v}") if v else auto,
                               key="import_date_order")
        decimal = ui.select(cols[3], tr("imports.decimal"), [None, "it", "us"],
                            format_func=lambda v: tr(f"import.decimal_{v}") if v else auto,
                            key="import_decimal")
    cols = st.columns(3)
    presets = review.preset_choices(kind, view.saved.get(kind, []), lang)
    if st.session_state.get("import_preset") not in presets:
        st.session_state.pop("import_preset", None)
    preset = ui.select(cols[0], tr("imports.preset"), presets, format_func=lambda p: review.preset_label(p, lang),
                       key="import_preset")
    mode = ui.choice(cols[1], tr("imports.mode"), ["upsert", "insert", "update"], horizontal=True,
                     format_func=lambda m: tr(f"imports.mode_{m}"), key="import_mode")
    # whether a lost row is a lost deal or a lead disqualified before becoming one (the win rate)
    # words, not None/False/True: a radio whose value is None shows no choice at all after a language switch
    rows_are = {"auto": None, "leads": False, "deals": True}
    deals = rows_are[ui.choice(cols[2], tr("imports.rows_are"), list(rows_are), horizontal=True, key="import_deals",
                               format_func=lambda d: tr(f"imports.rows_are_{d}"),
                               help=tr("imports.rows_are_help"), disabled=kind != "leads")]

    # the user's edits of the mapping, of unknown stages and of fixed values, for this file, kind and preset
    scope = json.dumps([uploaded.file_id, kind, preset])
    edits = st.session_state.setdefault("import_edits", {}).setdefault(scope, {"maps": {}, "stage_map": {},
                                                                                "sets": {}})
    partial = st.session_state.get(f"partial_{scope}", False)
    options = ImportOptions(kind=kind, mode=mode, preset=preset, maps=edits["maps"], stage_map=edits["stage_map"],
                            sets=edits["sets"], delimiter=delimiter, encoding=encoding, date_order=date_order,
                            decimal=decimal, deals=deals, partial=partial, dry_run=True, file_name=uploaded.name,
                            created_by=ui.user())
    # before the check: a file that lacks a required field (an ad platform's export has no channel) is
    # completed here, or the check cannot run
    with st.expander(tr("imports.sets"), expanded=bool(edits["sets"])):
        st.caption(tr("imports.sets_help"))
        cols = st.columns([2, 3, 1], vertical_alignment="bottom")
        settable = [f for f in review.field_options(kind) if f and ":" not in f]
        set_field = ui.select(cols[0], tr("imports.col_field"), settable, key="import_set_field",
                              format_func=lambda f: review.field_label(f, lang))
        set_value = cols[1].text_input(tr("imports.col_set_value"), key="import_set_value")
        if cols[2].button(tr("imports.set_add"), key="import_set_add") and set_value.strip():
            edits["sets"][set_field] = set_value.strip()
            st.rerun()
        for name, constant in list(edits["sets"].items()):
            cols = st.columns([5, 1], vertical_alignment="center")
            cols[0].markdown(f"**{review.field_label(name, lang)}** = {ui.plain(constant)}")
            if cols[1].button(tr("imports.set_remove"), key=f"import_set_remove_{name}"):
                del edits["sets"][name]
                st.rerun()

    def use(name: str) -> None:
        st.session_state["import_preset"] = name

    def propose(proposal: tuple[str, dict]) -> None:
        """The saved mapping or format this file looks like, one click away."""
        if preset is not None:
            return
        cols = st.columns([4, 1], vertical_alignment="center")
        cols[0].info(ui.plain(review.proposal(proposal, lang)), icon=":material/lightbulb:")
        cols[1].button(tr("imports.suggest_use"), key="import_suggest",
                       on_click=use, args=(proposal[1]["name"],), type="primary")

    # one check per file, options and state of the store: a click elsewhere on the page does not read the
    # file again, and the Import button below writes what this check saw
    digest = hashlib.sha256(uploaded.getbuffer()).hexdigest()
    try:
        with st.spinner(tr("import.step_check")):
            check = ui.once("import_check", (digest, repr(options), view.stamp),
                            lambda: run_import(cur, path, options))
    except SmarketingError as exc:
        # the CLI's hint ("--preset meta-ads") is a button here, or the box to choose when a format is chosen
        missing = exc.params.get("missing", [])
        ui.show_error(SmarketingError(exc.key, **exc.params, labels=", ".join(review.field_label(f, lang)
                                                                              for f in missing)))
        if missing:
            # a field the file's names did not give: its column chosen here, as no table of columns can be drawn
            cols = st.columns(len(missing))
            for col, field in zip(cols, missing):
                picked = ui.select(col, tr("imports.pick_column", field=review.field_label(field, lang)),
                                   [None, *exc.params["free"]], key=f"import_pick_{field}_{scope}",
                                   format_func=lambda c: c or tr("imports.pick_none"))
                if picked:
                    edits["maps"] = {**edits["maps"], field: picked}
                    st.rerun()
        if exc.hints and review.is_proposal(exc.hints[0]) and preset is None:
            propose(exc.hints[0])
        elif exc.hints:
            st.info(ui.plain(review.hint_text(exc.hints[0], lang)), icon=":material/lightbulb:")
        st.stop()

    if check.suggestion:
        propose(suggestion_note(check.suggestion))

    st.caption(ui.plain(" · ".join([check.encoding, tr("imports.header_line", line=check.header_line),
                                    *(review.page_note(n, lang) for n in check.notes if review.reading(n))])))
    told = [review.page_note(n, lang) for n in check.notes if not review.reading(n) and not review.counted_twice(n)]
    if told:
        st.info("\n".join([f"**{tr('imports.notes_title')}**", *(f"- {ui.plain(said)}" for said in told)]),
                icon=":material/info:")
    twice = [review.page_note(n, lang) for n in check.notes if review.counted_twice(n)]
    for said in twice:
        st.warning(ui.plain(said), icon=":material/content_copy:")

    st.subheader(tr("imports.mapping"))
    edited = st.data_editor(
        review.mapping_rows(check), hide_index=True, disabled=["column"], key=f"mapping_{scope}",
        placeholder=review.field_label(review.IGNORE, lang),
        column_config={
            "column": st.column_config.TextColumn(tr("imports.col_column")),
            "field": st.column_config.SelectboxColumn(tr("imports.col_field"), options=review.field_options(kind),
                                                      help=tr("imports.mapping_help"),
                                                      format_func=lambda f: review.field_label(f, lang)),
        },
    )
    fixed = review.fixed_values(check, lang)
    if fixed:
        st.caption(ui.plain(tr("imports.fixed_values", values=fixed)))
    new_maps = review.maps_from_rows(kind, edited)
    if new_maps != review.maps_from_rows(kind, review.mapping_rows(check)):
        edits["maps"] = new_maps
        st.rerun()

    if check.unknown_stages:
        stage_labels = stages.labels(view.stages, lang)
        st.subheader(tr("imports.stage_map"))
        st.caption(tr("imports.stage_map_help"))
        # a value still to match shows the page's words, not the grid's English "None"
        chosen = st.data_editor(
            [{"value": v, "stage": edits["stage_map"].get(v)} for v in check.unknown_stages], hide_index=True,
            disabled=["value"], key=f"stages_{scope}", placeholder=tr("imports.to_choose"),
            column_config={"value": st.column_config.TextColumn(tr("imports.col_value")),
                           "stage": st.column_config.SelectboxColumn(
                               tr("imports.col_stage"), options=STAGE_CODES,
                               format_func=lambda code: stage_labels.get(code, code))},
        )
        picked = {row["value"]: row["stage"] for row in chosen if row["stage"]}
        if picked:
            edits["stage_map"] = {**edits["stage_map"], **picked}
            st.rerun()

    st.subheader(tr("imports.preview"))
    marks = review.problem_cells(check)
    table = review.preview_table(check)
    if table:
        import pandas as pd

        frame = pd.DataFrame(table)

        def paint(data: pd.DataFrame) -> pd.DataFrame:
            styles = pd.DataFrame("", index=data.index, columns=data.columns)
            for (row, column), _code in marks.items():
                target = data.columns[1:] if column is None else [data.columns[column + 1]]
                styles.loc[row, target] = "background-color: #f8d7da"
            return styles

        st.dataframe(frame.style.apply(paint, axis=None), hide_index=True, placeholder="–")

    if check.all_rejects:
        # why each red cell above is red, before anything is written: fix it here and check again
        st.subheader(tr("imports.to_reject_title"))
        reject_table(worded(check.all_rejects, lang, page=True), check.rejected)
    st.info(tr("imports.ready", rows=fmt_int(check.rows_read, lang), inserted=fmt_int(check.inserted, lang),
               updated=fmt_int(check.updated, lang), unchanged=fmt_int(check.unchanged, lang),
               rejected=fmt_int(check.rejected, lang))
            + ("  \n" + also if (also := merged_skipped(check.merged, check.skipped, lang)) else ""))
    blocked = False
    if check.refusal:
        # most rows refused for one fixable reason: fix it above, or say that the good rows alone are wanted
        params = check.refusal["params"]
        st.warning(ui.plain(tr(f"imports.refused_{check.refusal['code']}", **counted(params, lang))),
                   icon=":material/warning:")
        # with no good row there is nothing to import on its own
        blocked = not params["good"] or not st.checkbox(
            tr("imports.partial_one" if params["good"] == 1 else "imports.partial", good=fmt_int(params["good"], lang)),
            key=f"partial_{scope}")
    if twice and not blocked:
        # the spend counted twice is said where the button is, and the import waits for the user's word
        blocked = not st.checkbox(tr("imports.twice_confirm"), key=f"twice_{scope}")
    with st.expander(tr("imports.save_title")):
        st.caption(tr("imports.save_help"))
        cols = st.columns([3, 1], vertical_alignment="bottom")
        default = preset if preset and preset not in PRESETS else ""
        name = cols[0].text_input(tr("imports.save_name"), value=default, key=f"import_save_name_{scope}",
                                  max_chars=saved.MAX_NAME, disabled=not editor)
        if cols[1].button(tr("imports.save_run"), key="import_save", disabled=not editor or not name.strip()):
            try:
                replaced = saved.save(cur, name, saved.expand(cur, options), check.header, ui.user())
            except SmarketingError as exc:
                ui.show_error(exc)
            else:
                st.success(tr("imports.saved_replaced" if replaced else "imports.saved", name=saved.check_name(name)))

    if st.button(tr("imports.run"), type="primary", key="import_run", disabled=blocked):
        report = ui.progress_bar()
        try:
            result = run_import(cur, path, replace(options, dry_run=False), progress=report)
        except SmarketingError as exc:
            ui.show_error(exc)
            st.stop()
        st.session_state["import_last"] = result.batch_id
        # what the import says of spend counted twice, shown again once it is done
        st.session_state["import_twice"] = [review.page_note(n, lang) for n in result.notes
                                            if review.counted_twice(n)]
        st.session_state["import_round"] = round_ + 1
        # the import just made is the one offered for undo: set, not dropped, as the browser keeps a dropped
        # box's old choice
        st.session_state["undo_pick"] = result.batch_id
        path.unlink(missing_ok=True)
        st.rerun()

# the imports so far: the last one's counts and the history below
history = view.batches
if last:
    batch = next((b for b in history if b["batch_id"] == last), None)
    if batch and batch["status"] == "committed":
        # named by its file: the block stays below the next file's check, whose lines it must not seem to be
        st.success(tr("imports.done", batch_id=last, file=ui.plain(batch["file_name"] or "–")))
        shown_counts = ["rows_read", "inserted", "updated", "unchanged",
                        *(k for k in ("merged", "skipped") if batch[k]), "rejected"]
        for col, key in zip(st.columns(len(shown_counts)), shown_counts):
            col.metric(tr(f"imports.{key}"), fmt_int(batch[key], lang))
        for said in st.session_state.get("import_twice", []):
            st.warning(ui.plain(said), icon=":material/content_copy:")
        warned = worded(view.last_warnings, lang)
        if warned:
            st.subheader(tr("imports.warnings_title"))
            ui.table([{tr(f"cli.rejects_col_{c}"): r[c] for c in ("line", "column", "value", "reason")}
                      for r in warned[:200]])
        rejects = worded(view.last_rejects, lang, page=True)
        if rejects:
            st.subheader(tr("imports.rejects_title"))
            reject_table(rejects, batch["rejected"])
            st.download_button(
                tr("imports.download"), key="import_download", mime="text/csv",
                file_name=f"{tr('file.import_rejects', batch=last)}.csv",
                data=rejects_csv(rejects, lang),
            )

st.subheader(tr("imports.history"))
if not history:
    st.caption(tr("imports.history_empty"))
else:
    ui.table(
        # the kind beside the file's name: one column less, so that the counts fit the page
        [{tr("cli.batch_col_id"): b["batch_id"],
          tr("cli.batch_col_file"): tr("imports.kind_" + b["kind"]) + ": " + (b["file_name"] or "–"),
          # beside the file: a table wider than the page never hides that an import was undone
          tr("cli.batch_col_status"): batch_status(b, lang),
          tr("cli.batch_col_when"): fmt_date(b["started_at"], lang),
          tr("cli.batch_col_read"): fmt_int(b["rows_read"], lang),
          # the rows refused next to those read: a table wider than the page never hides them past its edge
          tr("cli.batch_col_rejected"): fmt_int(b["rejected"], lang),
          tr("cli.batch_col_inserted"): fmt_int(b["inserted"], lang),
          tr("cli.batch_col_updated"): fmt_int(b["updated"], lang),
          tr("cli.batch_col_unchanged"): fmt_int(b["unchanged"], lang),
          # summed (spend by ad) and skipped (total rows): the rows read all accounted for
          tr("cli.batch_col_other"): fmt_int(b["merged"] + b["skipped"], lang),
          tr("cli.batch_col_by"): review.author(b["created_by"], lang)}
         for b in history],
        numeric=(tr("cli.batch_col_read"), tr("cli.batch_col_inserted"), tr("cli.batch_col_updated"),
                 tr("cli.batch_col_unchanged"), tr("cli.batch_col_other"), tr("cli.batch_col_rejected")),
        narrow=(tr("cli.batch_col_file"),),
    )
    undoable = [b["batch_id"] for b in history if b["status"] == "committed"]

    def undo_batch(batch_id: int) -> None:
        """The batch the button was drawn for, bound when it was drawn: a second click that arrives after the
        list changed undoes nothing more, and says so."""
        try:
            if not ui.person().can_edit:
                raise SmarketingError("error.no_longer_allowed")
            undo(cur, batch_id, ui.user())
        except SmarketingError as exc:
            st.session_state["import_undo_error"] = exc
        else:
            st.session_state["import_flash"] = batch_id
            st.session_state.pop("import_last", None)
        st.session_state["undo_confirm"] = False

    if undoable and editor:
        cols = st.columns([2, 2, 1])
        # newest first, each said by its number, file, day and rows: "#12 · deals.csv · 01/12/2026 · 57 righe"
        named = {b["batch_id"]: b for b in history}
        target = ui.select(cols[0], tr("imports.undo_pick"), undoable, key="undo_pick",
                           format_func=lambda i: tr("imports.undo_choice_one" if named[i]["rows_read"] == 1
                                                    else "imports.undo_choice", batch=i,
                                                    file=named[i]["file_name"] or "–",
                                                    day=fmt_date(named[i]["started_at"], lang),
                                                    rows=fmt_int(named[i]["rows_read"], lang)))
        # a short label, the whole of it in the help: the long one was cut at 1400 px
        confirmed = cols[1].checkbox(tr("imports.undo_confirm"), key="undo_confirm",
                                     help=tr("imports.undo_confirm_help"))
        # the key names the batch: a click from a page drawn before an undo reaches that batch's button,
        # never the next batch's
        cols[2].button(tr("imports.undo"), disabled=not confirmed, key=f"undo_run_{target}", on_click=undo_batch,
                       args=(target,))
st.subheader(tr("imports.inbox_title"))
if folder is None:
    st.caption(tr("imports.inbox_off"))
else:
    st.caption(ui.plain(tr("imports.inbox_help", folder=folder)))
    runs = view.inbox_runs
    if runs:
        ui.table(review.inbox_rows(runs, lang))
    else:
        st.caption(tr("imports.inbox_empty"))

if "import_undo_error" in st.session_state:
    ui.show_error(st.session_state.pop("import_undo_error"))
if "import_flash" in st.session_state:
    st.success(tr("imports.undone", batch_id=st.session_state.pop("import_flash")))
