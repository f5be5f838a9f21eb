"""The weekly report: the meeting's agenda, the objectives, decisions and actions, as Markdown to paste
into mail or a wiki, or as one HTML file that opens offline (charts inlined as SVG, drawn by vl-convert
without a browser; no script, no stylesheet, nothing fetched)."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import date, timedelta

import duckdb
import pandas as pd

from smarketing import (
    agenda,
    charts,
    coverage,
    demo,
    freshness,
    meetings,
    metricformat,
    metrics,
    milestones,
    objective_views,
    objectivewords,
    overview,
    periods,
    safe_text,
    stages,
)
from smarketing.agendawords import say
from smarketing.i18n import fmt_date, fmt_int, fmt_week, t
from smarketing.metricrows import AnyRow

CHART_WEEKS = 12
BOARD_COLUMNS = ("status", "title", "progress_text", "expected", "actual", "target", "forecast", "deadline", "owners")
ACTION_COLUMNS = ("text", "owner", "due", "state")


@dataclass
class Report:
    lang: str
    today: date
    agenda: agenda.Agenda
    meeting: meetings.Meeting | None
    decisions: list[meetings.Decision] = field(default_factory=list)
    actions: list[meetings.Action] = field(default_factory=list)
    board: list[objective_views.BoardRow] = field(default_factory=list)
    weekly: pd.DataFrame | None = None   # entries per stage and week, for the chart
    company: str | None = None       # the demo company's name when the figures are made up
    numbers: list[list[str]] = field(default_factory=list)   # the week's key numbers against earlier ones
    events: list[milestones.Event] = field(default_factory=list)  # drawn on the chart (decisions, imports...)


def build(con: duckdb.DuckDBPyConnection, week: date, today: date, lang: str) -> Report:
    week = periods.monday(week)
    plan = agenda.build(con, week, today)
    meeting = meetings.find(con, week)
    return Report(
        lang=lang, today=today, agenda=plan, meeting=meeting,
        decisions=meetings.decisions(con, meeting["meeting_id"]) if meeting else [],
        actions=meetings.actions(con, week, plan.as_of),
        board=objective_views.board(con, plan.as_of),
        weekly=overview.weekly_stage_entries(con, periods.monday(plan.as_of) - timedelta(weeks=CHART_WEEKS - 1),
                                             plan.as_of, today),
        events=milestones.events(con, periods.monday(plan.as_of) - timedelta(weeks=CHART_WEEKS - 1), plan.as_of,
                                  today),
        company=demo.company_name() if demo.is_loaded(con) else None,
        numbers=week_numbers(con, plan.reference, today, lang),
    )


def week_numbers(con: duckdb.DuckDBPyConnection, monday: date, today: date, lang: str) -> list[list[str]]:
    """The key numbers of a whole week (the one the agenda's moves describe) against the week before and the
    same week a year earlier (52 weeks back, the same weekdays), worded for the report."""
    cut = freshness.compared_up_to(freshness.freshness(con, today))
    # a week wholly after the data's last day holds no data: "–", never 0 customers against last week's 2 (-100%);
    # the weeks it is compared with are shown whole
    beyond = cut is not None and cut < monday
    week = metrics.Query(start=monday, end=monday + timedelta(days=6), today=today,
                         data_end=None if beyond else cut)
    # what the data cannot hold at all is "–", as on the pages (coverage.py), never 0
    unknown = coverage.read(con, stages.stages(con)).unknown()
    before, year = (metricformat.blanked(overview.key_numbers(con, week, how), unknown) for how in ("previous", "year"))
    rows = []
    for key in overview.KEY_NUMBERS:
        change, _ = metricformat.delta(key, before, lang)
        rows.append([metricformat.card(key, before, lang)[0], "–" if beyond else _value(key, before, "", lang),
                     _value(key, before, "_compare", lang), "–" if beyond else change or "–",
                     _value(key, year, "_compare", lang)])
    return rows


def _value(key: str, row: AnyRow, suffix: str, lang: str) -> str:
    """A key number as the report shows it; a win rate with the deals it comes from ("50,0% (2 su 4)"), as a
    rate of a handful of deals swings by tens of points from one week to the next."""
    shown = metricformat.format_value(key, row[f"{key}{suffix}"], row, lang)
    if key != "win_rate" or row[f"{key}{suffix}"] is None:
        return shown
    return t("report.rate_of", lang, rate=shown, part=fmt_int(row[f"deals_won{suffix}"], lang),
             whole=fmt_int(row[f"deals{suffix}"], lang))


def _number_headers(report: Report) -> list[str]:
    return [t("report.col_measure", report.lang), fmt_week(report.agenda.reference, report.lang),
            t("report.col_previous", report.lang), t("report.col_change", report.lang),
            t("report.col_year", report.lang)]


def title(report: Report) -> str:
    return week_title(report.agenda.week, report.lang)


def week_title(week: date, lang: str) -> str:
    """Weekly Sales and Marketing meeting · Week 48 (23 Nov 2026 – 29 Nov 2026)."""
    return f"{t('meeting.title', lang)} · {week_label(week, lang)}"


def file_stem(week: date, lang: str) -> str:
    """The report's file name without its extension: riunione-2026-W48 (the page's downloads, the digest)."""
    return t("file.meeting", lang, week=meetings.week_code(week))


def week_label(week: date, lang: str) -> str:
    """Week 48 (23 Nov 2026 – 29 Nov 2026): how the meeting page and the report name a week."""
    return t("meeting.week_label", lang, number=week.isocalendar().week, days=fmt_week(week, lang))


def _board_keys(report: Report) -> tuple[str, ...]:
    return objective_views.board_columns(report.board, BOARD_COLUMNS)


def _board_rows(report: Report) -> list[list[str]]:
    worded = [(r, objectivewords.worded(r, report.lang)) for r in report.board]
    return [[objectivewords.status_text(r.objective, r.status, report.lang, r.progress.amounts_in) if k == "status"
             else words.cell(k) for k in _board_keys(report)] for r, words in worded]


def _decided(d: meetings.Decision, lang: str) -> str:
    """Who took a decision and the objective it is about, as the page says them: "root · #8 Portare ..."."""
    return " · ".join(x for x in (d["decided_by"], objectivewords.linked(d, lang)) if x)


def _action_rows(report: Report) -> list[list[str]]:
    rows = []
    for a in report.actions:
        # who closed it, as the page says it
        state = ", ".join(x for x in (t("meeting.done", report.lang), a["status_by"] and t(
            "meeting.done_by", report.lang, by=a["status_by"])) if x) if a["status"] == "done" else (
            t("meeting.overdue", report.lang) if meetings.overdue(a, report.agenda.as_of) else "")
        origin = t("meeting.from_week", report.lang, first=fmt_date(a["meeting_week"], report.lang)) \
            if a["carried_over"] else ""
        about = objectivewords.linked(a, report.lang)
        rows.append([a["text"] + (f" ({about})" if about else ""), a["owner"] or "–",
                     fmt_date(a["due_date"], report.lang),
                     ", ".join(x for x in (state, origin) if x)])
    return rows


def _headers(report: Report, keys: tuple[str, ...]) -> list[str]:
    names = {"status": "objectives.col_status", "title": "objectives.col_title",
             "progress_text": "objectives.col_progress", "expected": "objectives.col_expected",
             "actual": "objectives.col_actual", "target": "objectives.col_target",
             "forecast": "objectives.col_forecast", "deadline": "objectives.col_deadline",
             "rollup": "objectives.col_rollup",
             "owners": "objectives.col_owners", "text": "meeting.action", "owner": "meeting.owner",
             "due": "meeting.due", "state": "objectives.col_status"}
    return [t(names[k], report.lang) for k in keys]


# ------------------------------------------------------------------------------------------------ Markdown

def _md(text: object) -> str:
    """A cell or line of user text that cannot break the table, nor become a link, an image or HTML in a wiki."""
    return safe_text.markdown(text)


def _md_table(headers: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(_md(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    return lines + ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]


def markdown(report: Report) -> str:
    lang = report.lang
    out = [f"# {_md(title(report))}", ""]
    out.append(f"_{_md(t('meeting.as_of', lang, day=fmt_date(report.agenda.as_of, lang)))}_")
    if report.company:
        out.append(f"_{_md(t('demo.notice', lang, company=report.company).replace('**', ''))}_")
    if report.meeting and report.meeting["attendees"]:
        out += ["", f"**{t('meeting.attendees', lang)}:** {_md(', '.join(report.meeting['attendees']))}"]
    out += ["", f"## {t('agenda.title', lang)}"]
    for n, section in enumerate(agenda.SECTIONS, start=1):
        out += ["", f"### {n}. {t(f'agenda.{section}', lang)}", ""]
        items = report.agenda.sections[section]
        out += [f"- {_md(say(item, lang))}" for item in items] or [t("agenda.nothing", lang)]
    out += ["", f"## {t('report.numbers', lang)}", ""]
    out += _md_table(_number_headers(report), report.numbers)
    out += ["", f"## {t('objectives.title', lang)}", ""]
    out += _md_table(_headers(report, _board_keys(report)), _board_rows(report)) if report.board else \
        [t("objectives.none", lang)]
    out += ["", f"## {t('meeting.decisions', lang)}", ""]
    out += [f"- {_md(d['text'])}" + (f" ({_md(by)})" if (by := _decided(d, lang)) else "")
            for d in report.decisions] or [t("meeting.no_decisions", lang)]
    out += ["", f"## {t('meeting.actions', lang)}", ""]
    out += _md_table(_headers(report, ACTION_COLUMNS), _action_rows(report)) if report.actions else \
        [t("meeting.no_actions", lang)]
    if report.meeting and report.meeting["notes"]:
        # the notes as typed, line by line: "Punti discussi:", then its list, never run into one line
        out += ["", f"## {t('meeting.notes', lang)}", "", safe_text.markdown_lines(report.meeting["notes"])]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------------- HTML

_STYLE = """
body { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2937;
       max-width: 1100px; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #e5e7eb; padding-bottom: .3rem; }
h3 { font-size: 1.05rem; margin-bottom: .3rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #e5e7eb; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f4f6; }
.note { color: #6b7280; font-style: italic; }
.high { border-left: 4px solid #dc2626; padding-left: .5rem; }
.medium { border-left: 4px solid #f59e0b; padding-left: .5rem; }
.info { border-left: 4px solid #9ca3af; padding-left: .5rem; }
ul.agenda { list-style: none; padding-left: 0; } ul.agenda li { margin: .3rem 0; }
.status { white-space: nowrap; border-radius: 4px; padding: 0 .3rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
.wide { overflow-x: auto; }
/* printed: a row never split over two pages, a heading never alone at the foot of one, a chart whole */
tr, li, figure { break-inside: avoid; } h2, h3 { break-after: avoid; } thead { display: table-header-group; }
@media print { .wide { overflow: visible; } }
"""


def _h(text: object) -> str:
    return html.escape(str(text))


def _html_table(headers: list[str], rows: list[list[str]], status_colours: list[str] | None = None) -> str:
    head = "".join(f"<th>{_h(h)}</th>" for h in headers)
    body = []
    for i, row in enumerate(rows):
        cells = [f"<td>{_h(c)}</td>" for c in row]
        if status_colours:
            cells[0] = f'<td><span class="status" style="background:{status_colours[i]}">{_h(row[0])}</span></td>'
        body.append("<tr>" + "".join(cells) + "</tr>")
    # (on a phone a table wider than the screen scrolls on its own, never the whole page sideways)
    return f'<div class="wide"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'


def svg(chart) -> str:
    """An Altair chart drawn to SVG in-process; no URL may be fetched while drawing."""
    import vl_convert

    return vl_convert.vegalite_to_svg(json.dumps(chart.to_dict(), default=str), allowed_base_urls=[])


def html_page(report: Report) -> str:
    lang = report.lang
    parts = [f"<h1>{_h(title(report))}</h1>",
             f'<p class="note">{_h(t("meeting.as_of", lang, day=fmt_date(report.agenda.as_of, lang)))}</p>']
    if report.company:
        parts.append(f'<p class="note">{_h(t("demo.notice", lang, company=report.company).replace("**", ""))}</p>')
    if report.meeting and report.meeting["attendees"]:
        parts.append(f"<p><strong>{_h(t('meeting.attendees', lang))}:</strong> "
                     f"{_h(', '.join(report.meeting['attendees']))}</p>")
    parts.append(f"<h2>{_h(t('agenda.title', lang))}</h2>")
    for n, section in enumerate(agenda.SECTIONS, start=1):
        parts.append(f"<h3>{n}. {_h(t(f'agenda.{section}', lang))}</h3>")
        items = report.agenda.sections[section]
        if items:
            parts.append('<ul class="agenda">' + "".join(f'<li class="{_h(i.severity)}">{_h(say(i, lang))}</li>'
                                                           for i in items) + "</ul>")
        else:
            parts.append(f'<p class="note">{_h(t("agenda.nothing", lang))}</p>')
    parts.append(f"<h2>{_h(t('report.numbers', lang))}</h2>")
    parts.append(_html_table(_number_headers(report), report.numbers))
    parts.append(f"<h2>{_h(t('objectives.title', lang))}</h2>")
    if report.board:
        colours = [objectivewords.STATUS_COLOUR[r.status] for r in report.board]
        parts.append(_html_table(_headers(report, _board_keys(report)), _board_rows(report), colours))
    else:
        parts.append(f'<p class="note">{_h(t("objectives.none", lang))}</p>')
    parts.append('<div class="charts">')
    if report.board:
        parts.append(f"<figure>{svg(charts.objectives_progress(report.board, lang))}</figure>")
    if report.weekly is not None and not report.weekly.empty:
        # a mailed page shows no hover: the lines are named under the chart
        note = t("period.partial_note", lang) + (" " + t("annotation.listed", lang, events="; ".join(
            f"{fmt_date(e.day, lang)} {charts.event_text(e, lang)}" for e in report.events)) if report.events else "")
        parts.append(f"<figure>{svg(charts.weekly_stage_entries(report.weekly, lang, report.events))}"
                     f'<figcaption class="note">{_h(note)}</figcaption></figure>')
    parts.append("</div>")
    parts.append(f"<h2>{_h(t('meeting.decisions', lang))}</h2>")
    if report.decisions:
        parts.append("<ul>" + "".join(
            f"<li>{_h(d['text'])}" + (f" <em>({_h(by)})</em>" if (by := _decided(d, lang)) else "") + "</li>"
            for d in report.decisions) + "</ul>")
    else:
        parts.append(f'<p class="note">{_h(t("meeting.no_decisions", lang))}</p>')
    parts.append(f"<h2>{_h(t('meeting.actions', lang))}</h2>")
    parts.append(_html_table(_headers(report, ACTION_COLUMNS), _action_rows(report)) if report.actions
                 else f'<p class="note">{_h(t("meeting.no_actions", lang))}</p>')
    if report.meeting and report.meeting["notes"]:
        parts.append(f"<h2>{_h(t('meeting.notes', lang))}</h2>" + "".join(
            "<p>" + "<br>".join(_h(line) for line in block) + "</p>"
            for block in safe_text.paragraphs(report.meeting["notes"])))
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_h(title(report))}</title><style>{_STYLE}</style></head>"
            f"<body>{''.join(parts)}</body></html>\n")


def render(report: Report, fmt: str) -> str:
    return html_page(report) if fmt == "html" else markdown(report)
