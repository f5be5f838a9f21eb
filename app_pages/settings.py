"""Settings: language, the company currency, the database, the journey stages, and the demo data."""

import streamlit as st

from smarketing import backups, demo, settings, settings_view, ui
from smarketing.errors import SmarketingError
from smarketing.i18n import fmt_bytes, fmt_int

cur = ui.cursor()
lang = ui.lang()
store = settings_view.build(cur, ui.db_path())
st.title(ui.tr("settings.title"))

st.subheader(ui.tr("settings.language_title"))
ui.language_switch(st, key="lang_settings")
st.caption(ui.tr("settings.language_caption"))

st.subheader(ui.tr("settings.currency_title"))
with st.form("currency_form", border=False):
    cols = st.columns([1, 3])
    code = cols[0].text_input(ui.tr("settings.currency"), value=store.currency, max_chars=3, key="company_currency",
                              disabled=not ui.can_edit())
    cols[1].caption(ui.tr("settings.currency_caption"))
    if st.form_submit_button(ui.tr("settings.currency_save"), disabled=not ui.can_edit()):
        try:
            saved = settings.set_currency(cur, code)
        except SmarketingError as exc:
            ui.show_error(exc)
        else:
            st.success(ui.tr("settings.currency_saved", currency=saved))

st.subheader(ui.tr("settings.database_title"))
path, summary = store.path, store.summary
cols = st.columns(3)
cols[0].metric(ui.tr("settings.db_path"), path.name, help=str(path))
cols[1].metric(ui.tr("settings.db_size"), fmt_bytes(store.size, lang))
cols[2].metric(ui.tr("settings.db_schema"), summary["schema_version"])
st.caption(ui.plain(path))
ui.table(
    [{ui.tr("settings.col_table"): name, ui.tr("settings.col_rows"): fmt_int(count, lang)}
     for name, count in summary["tables"].items()],
    numeric=(ui.tr("settings.col_rows"),),
)

st.subheader(ui.tr("settings.backups_title"))
st.caption(ui.tr("settings.backups_caption", folder=ui.plain(store.backups_folder), keep=backups.KEEP_AUTOMATIC))
if st.button(ui.tr("settings.backup_now"), key="backup_now", disabled=not ui.can_edit()):
    try:
        made = backups.automatic(cur, "manual")
    except SmarketingError as exc:
        ui.show_error(exc)
    else:
        st.success(ui.tr("settings.backup_done", folder=ui.plain(made)) if made else ui.tr("settings.backup_empty"))
# read after the button, so that a backup just taken is listed
taken = store.backups
if taken:
    ui.table([{ui.tr("settings.col_backup"): name} for name in taken])

st.subheader(ui.tr("settings.stages_title"))
st.caption(ui.tr("settings.stages_caption"))
ui.table(
    [
        {
            ui.tr("settings.col_position"): row["position"],
            ui.tr("settings.col_code"): row["code"],
            ui.tr("settings.col_label"): row[f"label_{lang}"],
            ui.tr("settings.col_function"): ui.tr(f"function.{row['owner_function']}"),
            ui.tr("settings.col_terminal"): bool(row["is_terminal"]),
        }
        for row in store.stages
    ],
)

st.subheader(ui.tr("settings.demo_title"))
if store.demo_loaded:
    st.write(ui.tr("settings.demo_loaded", leads=fmt_int(summary["tables"]["leads"], lang)))
    editor = ui.can_edit()
    confirmed = st.checkbox(ui.tr("settings.demo_confirm"), key="demo_confirm", disabled=not editor)
    if st.button(ui.tr("settings.demo_remove"), type="primary", disabled=not (confirmed and editor),
                 key="demo_remove"):
        try:
            demo.remove(cur, ui.user())
        except SmarketingError as exc:
            ui.show_error(exc)          # the backup before it failed: nothing was removed
        else:
            st.session_state["demo_flash"] = "settings.demo_removed"
            st.rerun()
else:
    st.write(ui.tr("settings.demo_absent"))
    if summary["tables"]["leads"]:
        st.caption(ui.tr("settings.demo_only_empty"))
    elif st.button(ui.tr("settings.demo_load"), key="demo_load", disabled=not ui.can_edit()):
        try:
            demo.load(cur, by=ui.user())
        except SmarketingError as exc:
            ui.show_error(exc)          # someone imported data meanwhile
        else:
            st.session_state["demo_flash"] = "settings.demo_loaded_now"
            st.rerun()
if "demo_flash" in st.session_state:
    st.success(ui.tr(st.session_state.pop("demo_flash")))
