"""Settings: language, the company currency, the database, the journey stages, and the demo data."""

import streamlit as st

from smarketing import alerts, backups, demo, digest, periods, settings, settings_view, stages, ui
from smarketing.errors import SmarketingError
from smarketing.i18n import LANGS, day_names, fmt_bytes, fmt_date, fmt_datetime, fmt_int, t

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

st.subheader(ui.tr("settings.alerts_title"))
st.caption(ui.tr("settings.alerts_caption"))
with st.form("alerts_form", border=False):
    cols = st.columns(3)
    limits = store.alerts
    entries = cols[0].number_input(ui.tr("settings.alerts_entries"), 1, 500, round(limits.entries * 100), step=5,
                                   key="alerts_entries")
    conversion = cols[1].number_input(ui.tr("settings.alerts_conversion"), 1, 500, round(limits.conversion * 100),
                                      step=5, key="alerts_conversion")
    days = cols[2].number_input(ui.tr("settings.alerts_days"), 1, 90, limits.backlog_days, key="alerts_days")
    if st.form_submit_button(ui.tr("settings.alerts_save"), disabled=not ui.can_edit()):
        try:
            alerts.save_thresholds(cur, alerts.Thresholds(entries / 100, conversion / 100, int(days)))
        except SmarketingError as exc:
            ui.show_error(exc)
        else:
            st.success(ui.tr("settings.alerts_saved"))

st.subheader(ui.tr("settings.digest_title"))
st.caption(ui.tr("settings.digest_caption"))
plan, possible = store.digest, store.digest_possible
weekdays = day_names(lang)
with st.form("digest_form", border=False):
    cols = st.columns([1, 1, 1])
    day = ui.select(cols[0], ui.tr("settings.digest_day"), list(range(7)), key="digest_day", index=plan.day,
                    format_func=lambda d, names=weekdays: names[d])
    at = cols[1].text_input(ui.tr("settings.digest_at"), value=plan.at, max_chars=5, key="digest_at")
    language = ui.select(cols[2], ui.tr("settings.digest_lang"), list(LANGS), key="digest_lang",
                         index=list(LANGS).index(plan.lang),
                         # worded in this run's language: a format_func is also called between runs
                         format_func=lambda code, lang=lang: t(f"settings.lang_{code}", lang))
    cols = st.columns(3)
    chosen = [channel for channel, col in zip(digest.CHANNELS, cols) if col.checkbox(
        ui.tr(f"settings.digest_{channel}"), value=channel in plan.channels, key=f"digest_{channel}",
        disabled=not possible[channel], help=None if possible[channel] else ui.tr(f"settings.digest_{channel}_setup"))]
    everyone = plan.recipients is None
    recipients = st.multiselect(ui.tr("settings.digest_recipients"), store.people, select_all=False,
                                key="digest_recipients",
                                default=store.people if everyone else [n for n in plan.recipients or () if
                                                                        n in store.people],
                                placeholder=ui.tr("objectives.choose_people"))
    if not store.people:
        st.caption(ui.tr("settings.digest_no_people"))
    if st.form_submit_button(ui.tr("settings.digest_save"), disabled=not ui.can_edit()):
        try:
            saved = digest.save_schedule(cur, digest.Schedule(
                day=day, at=at, channels=tuple(chosen), lang=language,
                recipients=None if set(recipients) == set(store.people) else tuple(recipients)))
        except SmarketingError as exc:
            ui.show_error(exc)
        else:
            # shown after the rerun, which offers sending now once a channel is on
            st.session_state["digest_flash"] = (ui.tr("settings.digest_saved", day=weekdays[saved.day], at=saved.at)
                                                if saved.channels else ui.tr("settings.digest_saved_off"))
            st.rerun()
if "digest_flash" in st.session_state:
    st.success(st.session_state.pop("digest_flash"))
if plan.channels and st.button(ui.tr("settings.digest_send_now"), key="digest_send_now", disabled=not ui.can_edit()):
    sent = digest.send(cur, periods.monday(ui.today()), ui.today())
    failed = sum(o.status == "failed" for o in sent)
    # said after the rerun, whose view lists what was just sent
    st.session_state["digest_sent_flash"] = (failed, ui.tr("settings.digest_sent_now", failed=failed,
                                                           sent=sum(o.status == "sent" for o in sent)))
    st.rerun()
if "digest_sent_flash" in st.session_state:
    failed, said = st.session_state.pop("digest_sent_flash")
    (st.warning if failed else st.success)(said)
ui.table([{ui.tr("settings.col_digest_week"): fmt_date(r["week"], lang),
           ui.tr("settings.col_digest_to"): r["person"] or r["recipient"],
           ui.tr("settings.col_digest_channel"): ui.tr(f"settings.digest_{r['channel']}"),
           ui.tr("settings.col_digest_status"): ui.tr(f"settings.digest_status_{r['status']}"),
           ui.tr("settings.col_digest_attempts"): fmt_int(r["attempts"], lang),
           ui.tr("settings.col_digest_when"): fmt_datetime(r["updated_at"], lang),
           ui.tr("settings.col_digest_error"): r["error"].message(lang) if r["error"] else ""}
          for r in store.sends],
         numeric=(ui.tr("settings.col_digest_attempts"),), empty=ui.tr("settings.digest_none_sent"))

st.subheader(ui.tr("settings.database_title"))
path, summary = store.path, store.summary
cols = st.columns(3)
cols[0].metric(ui.tr("settings.db_path"), path.name, help=str(path))
cols[1].metric(ui.tr("settings.db_size"), fmt_bytes(store.size, lang))
cols[2].metric(ui.tr("settings.db_schema"), summary["schema_version"])
st.caption(ui.plain(path))
ui.table(
    # (what each holds in the page's language; the table's own name for those who query the file)
    [{ui.tr("settings.col_table_holds"): ui.tr(f"settings.table_{name}"), ui.tr("settings.col_table"): name,
      ui.tr("settings.col_rows"): fmt_int(count, lang)} for name, count in summary["tables"].items()],
    numeric=(ui.tr("settings.col_rows"),),
)

st.subheader(ui.tr("settings.backups_title"))
st.caption(ui.tr("settings.backups_caption", folder=ui.plain(store.backups_folder), keep=backups.KEEP_AUTOMATIC,
                 db=ui.plain(str(ui.db_path()))))
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
names = stages.labels(store.stages, lang)
ui.table(
    [
        {
            ui.tr("settings.col_position"): row["position"],
            ui.tr("settings.col_code"): row["code"],
            ui.tr("settings.col_label"): names[row["code"]],
            ui.tr("settings.col_function"): ui.tr(f"function.{row['owner_function']}"),
            ui.tr("settings.col_terminal"): bool(row["is_terminal"]),
        }
        for row in store.stages
    ],
)

st.subheader(ui.tr("settings.demo_title"))
if store.demo["demo_loaded"]:
    st.write(ui.tr("settings.demo_loaded", leads=fmt_int(store.demo["demo_leads"], lang)))
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
            demo.load(cur, by=ui.user(), lang=ui.lang())
        except SmarketingError as exc:
            ui.show_error(exc)          # someone imported data meanwhile
        else:
            st.session_state["demo_flash"] = "settings.demo_loaded_now"
            st.rerun()
if "demo_flash" in st.session_state:
    st.success(ui.tr(st.session_state.pop("demo_flash")))
