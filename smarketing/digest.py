"""The weekly digest: the meeting's agenda and each person's own to-dos (check-ins still missing, MQLs waiting
for them, their open and overdue actions), brought to people by e-mail (with the offline HTML report attached)
or to a Microsoft Teams or Slack channel through its incoming webhook.

It is sent by the running app (digest_worker.py) or by `python -m smarketing digest send` from a scheduler,
whichever comes first: each delivery (a week, an address or channel) is recorded, so none goes twice; a
failed one is tried again at the next send, up to MAX_ATTEMPTS times, and Settings shows why it failed.
Where to send is in the store (Settings); how (the SMTP server, the webhook addresses) is a secret of the
server, in .streamlit/secrets.toml (secrets_file.py)."""

from __future__ import annotations

import json
import logging
import os
import re
import smtplib
import ssl
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from typing import Any, TypedDict

import duckdb

from smarketing import agenda, alerts, db, meetings, objectives, periods, report, secrets_file
from smarketing.agendawords import say
from smarketing.errors import SmarketingError
from smarketing.i18n import LANGS, fmt_date, fmt_int, t
from smarketing.secrets_file import Secrets

_LOG = logging.getLogger("smarketing")
CHANNELS = ("email", "teams", "slack")
POLL_VAR, POLL_SECONDS = "SMARKETING_DIGEST_POLL", 60
WEBHOOKS = {"teams": "teams_webhook", "slack": "slack_webhook"}
MAX_ATTEMPTS = 5
TIMEOUT_SECONDS = 20
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Schedule:
    """When and where the digest goes; no channel: no digest."""

    day: int = 0                                # 0 Monday ... 6 Sunday
    at: str = "08:00"                           # the server's local time
    channels: tuple[str, ...] = ()
    recipients: tuple[str, ...] | None = None   # team members by name; None: every active one with an e-mail
    lang: str = "it"


def schedule(con: duckdb.DuckDBPyConnection) -> Schedule:
    found = db.rows(con, "settings/get", key="digest")
    if not found:
        return Schedule()
    kept = json.loads(found[0]["value"])
    recipients = kept.get("recipients")
    return Schedule(day=kept["day"], at=kept["at"], channels=tuple(kept["channels"]),
                    recipients=None if recipients is None else tuple(recipients), lang=kept["lang"])


def save_schedule(con: duckdb.DuckDBPyConnection, wanted: Schedule) -> Schedule:
    if wanted.day not in range(7):
        raise SmarketingError("error.digest_day", day=wanted.day)
    clock = _TIME.match(wanted.at.strip())
    if clock is None:
        raise SmarketingError("error.digest_time", time=wanted.at)
    unknown = [c for c in wanted.channels if c not in CHANNELS]
    if unknown or wanted.lang not in LANGS:
        raise SmarketingError("error.digest_channel", channel=", ".join(unknown) or wanted.lang)
    kept = replace(wanted, at=f"{int(clock.group(1)):02d}:{clock.group(2)}",
                   channels=tuple(c for c in CHANNELS if c in wanted.channels))
    value = asdict(kept) | {"channels": list(kept.channels),
                            "recipients": None if kept.recipients is None else list(kept.recipients)}
    db.execute(con, "settings/put", key="digest", value=json.dumps(value))
    return kept


def due_week(plan: Schedule, now: datetime) -> date | None:
    """The Monday of the week whose digest is due at `now` (its day and time have come), else None."""
    monday = periods.monday(now.date())
    hours, minutes = map(int, plan.at.split(":"))
    return monday if plan.channels and now >= datetime.combine(monday + timedelta(days=plan.day),
                                                               time(hours, minutes)) else None


def configured(config: Secrets) -> dict[str, bool]:
    """Which channels the server's secrets make possible."""
    smtp = config.get("smtp") or {}
    hooks = config.get("digest") or {}
    return {"email": bool(smtp.get("host") and smtp.get("sender")),
            **{channel: bool(hooks.get(key)) for channel, key in WEBHOOKS.items()}}


class Due(meetings.Action):
    overdue: bool                # its day has passed


@dataclass(frozen=True)
class Todo:
    """One person's part of the week."""

    checkins: list[str]          # objectives waiting for their check-in this week
    backlog: int                 # MQLs waiting for their answer past the hand-off's limit
    backlog_days: int
    actions: list[Due]           # their open actions

    @property
    def empty(self) -> bool:
        return not (self.checkins or self.backlog or self.actions)


def todos(con: duckdb.DuckDBPyConnection, names: list[str], week: date, today: date) -> dict[str, Todo]:
    """Each named person's part of the week: the week's check-ins, backlog and actions are read once for all."""
    as_of = agenda.figures_day(con, week, today)
    limits = alerts.thresholds(con)
    waiting: dict[str, int] = {}
    for r in alerts.backlog(con, as_of, limits, agenda.BACKLOG_WINDOW):
        if r["assigned"] is not False and r["owner"]:
            person = r["owner"].strip().casefold()
            waiting[person] = waiting.get(person, 0) + r["backlog"]
    missing = db.rows(con, "meetings/missing_checkins", week=week)
    open_actions = [Due(**a, overdue=meetings.overdue(a, as_of))
                    for a in meetings.actions(con, week, as_of) if a["status"] == "open"]
    return {name: Todo(checkins=[r["title"] for r in missing if r["owner"] == name],
                       backlog=waiting.get(name.strip().casefold(), 0), backlog_days=limits.backlog_days,
                       actions=[a for a in open_actions if a["owner"] == name])
            for name in names}


@dataclass(frozen=True)
class Message:
    channel: str
    recipient: str               # an e-mail address, or the channel's name
    person: str | None
    subject: str
    text: str
    attachment: tuple[str, str] | None = None   # file name, HTML


def compose(con: duckdb.DuckDBPyConnection, plan: Schedule, week: date, today: date) -> list[Message]:
    """Every message of a week's digest: one e-mail per recipient, one post per channel."""
    lang = plan.lang
    week = periods.monday(week)
    subject = f"smarketing · {report.week_title(week, lang)}"
    built = agenda.build(con, week, today)
    people = _recipients(con, plan)
    mine = todos(con, [m["name"] for m in people], week, today)
    messages = []
    if "email" in plan.channels:
        name = f"{report.file_stem(week, lang)}.html"
        page = report.html_page(report.build(con, week, today, lang))
        for member in people:
            if not member["email"]:
                continue
            text = "\n\n".join([
                t("digest.hello", lang, name=member["name"]),
                _todo_text(mine[member["name"]], lang),
                _agenda_text(built, lang),
                t("digest.attached", lang),
            ])
            messages.append(Message("email", member["email"], member["name"], subject, text, (name, page)))
    for channel in (c for c in plan.channels if c != "email"):
        lines = [f"{name}: {_todo_line(todo, lang)}" for name, todo in mine.items() if not todo.empty]
        text = "\n\n".join([subject, _agenda_text(built, lang),
                            t("digest.team_todos", lang) + "\n" + ("\n".join(f"- {line}" for line in lines)
                                                                   or t("digest.team_nothing", lang))])
        messages.append(Message(channel, channel, None, subject, _plain(channel, text)))
    return messages


def _plain(channel: str, text: str) -> str:
    """A post's text with nobody's words read as markup: titles, actions and file names are users' words, and
    Slack reads "<!channel>" and "<url|text>" (its control characters: &, <, >), Teams "[text](url)" and emphasis.
    Our own lines are plain, but for the "- " of a list, which stays one."""
    if channel == "slack":
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]<>#|~])", r"\\\1", text)


def _recipients(con: duckdb.DuckDBPyConnection, plan: Schedule) -> list[objectives.Member]:
    team = objectives.team(con)
    if plan.recipients is None:
        return [m for m in team if m["email"]]
    return [m for m in team if m["name"] in plan.recipients]


def _agenda_text(built: agenda.Agenda, lang: str) -> str:
    lines = [t("agenda.title", lang), t("meeting.as_of", lang, day=fmt_date(built.as_of, lang))]
    for n, section in enumerate(agenda.SECTIONS, start=1):
        items = built.sections[section]
        lines += ["", f"{n}. {t(f'agenda.{section}', lang)}"]
        lines += [f"- {say(item, lang)}" for item in items] or [f"- {t('agenda.nothing', lang)}"]
    return "\n".join(lines)


def _todo_text(todo: Todo, lang: str) -> str:
    if todo.empty:
        return t("digest.nothing_for_you", lang)
    lines = [t("digest.for_you", lang)]
    if todo.checkins:
        lines.append("- " + t("digest.checkins", lang, objectives="; ".join(todo.checkins)))
    if todo.backlog:
        lines.append("- " + t("digest.backlog_one" if todo.backlog == 1 else "digest.backlog", lang,
                              count=fmt_int(todo.backlog, lang), days=todo.backlog_days))
    lines += ["- " + _action(a, lang) for a in todo.actions]
    return "\n".join(lines)


def _todo_line(todo: Todo, lang: str) -> str:
    parts = []
    if todo.checkins:
        parts.append(t("digest.short_checkins", lang, count=len(todo.checkins)))
    if todo.backlog:
        parts.append(t("digest.short_backlog", lang, count=fmt_int(todo.backlog, lang)))
    if todo.actions:
        parts.append(t("digest.short_actions", lang, count=len(todo.actions),
                       overdue=sum(a["overdue"] for a in todo.actions)))
    return "; ".join(parts)


def _action(action: Due, lang: str) -> str:
    due = f" ({t('meeting.due_on', lang, day=fmt_date(action['due_date'], lang))}" + (
        f", {t('meeting.overdue', lang)})" if action["overdue"] else ")") if action["due_date"] else ""
    return t("digest.action", lang, text=action["text"]) + due


@dataclass(frozen=True)
class Outcome:
    message: Message
    status: str                  # sent, failed, dry_run, already_sent, gave_up
    error: SmarketingError | None = None


def send(con: duckdb.DuckDBPyConnection, week: date, today: date, *, dry_run: bool = False,
         config: Secrets | None = None) -> list[Outcome]:
    """Deliver a week's digest where it has not gone yet, recording each delivery."""
    plan = schedule(con)
    config = secrets_file.read() if config is None else config
    week = periods.monday(week)
    before = {(r["recipient"], r["channel"]): r for r in db.rows(con, "digest/sends", week=week, limit=100_000)}
    outcomes = []
    for message in compose(con, plan, week, today):
        prior = before.get((message.recipient, message.channel))
        if prior and prior["status"] == "sent":
            outcomes.append(Outcome(message, "already_sent"))
            continue
        if prior and prior["attempts"] >= MAX_ATTEMPTS:
            outcomes.append(Outcome(message, "gave_up", error_of(prior)))
            continue
        if dry_run:
            outcomes.append(Outcome(message, "dry_run"))
            continue
        try:
            _deliver(message, config)
        except SmarketingError as exc:
            outcome = Outcome(message, "failed", exc)
        except (OSError, smtplib.SMTPException, ValueError) as exc:
            outcome = Outcome(message, "failed", _worded(exc, message, config))
        else:
            outcome = Outcome(message, "sent")
        error = outcome.error
        db.execute(con, "digest/record", week=week, recipient=message.recipient, channel=message.channel,
                   person=message.person, status=outcome.status, error_key=error and error.key,
                   error_params=error and json.dumps({k: str(v)[:300] for k, v in error.params.items()}))
        outcomes.append(outcome)
    return outcomes


class Send(TypedDict):
    """A delivery of the digest (sql/digest/sends.sql), a failed one's reason as `error`, to word where shown."""

    week: date
    recipient: str                # an e-mail address, or the channel for a post
    channel: str                  # CHANNELS
    person: str | None
    status: str                   # sent, failed
    attempts: int
    error_key: str | None
    error_params: str | None
    updated_at: datetime
    error: SmarketingError | None


def sends(con: duckdb.DuckDBPyConnection, limit: int = 50) -> list[Send]:
    """The latest deliveries, newest week first."""
    return [row | {"error": error_of(row)}  # type: ignore[misc]
            for row in db.rows(con, "digest/sends", week=None, limit=limit)]


def error_of(row: dict[str, Any]) -> SmarketingError | None:
    """A delivery's reason for failing, from its row of sql/digest/sends.sql."""
    if not row["error_key"]:
        return None
    params = row["error_params"]
    return SmarketingError(row["error_key"], **(json.loads(params) if isinstance(params, str) else params or {}))


def _worded(exc: Exception, message: Message, config: Secrets) -> SmarketingError:
    """Why a delivery failed, in words a manager can pass on to whoever runs the server."""
    detail = f"{type(exc).__name__}: {exc}"
    smtp = config.get("smtp") or {}
    where = f"{smtp.get('host')}:{smtp.get('port', 587)}" if message.channel == "email" else message.channel
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return SmarketingError("error.digest_login", server=where, detail=detail)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SmarketingError("error.digest_no_starttls", server=where)
    if isinstance(exc, ssl.SSLError):
        return SmarketingError("error.digest_certificate", server=where, detail=detail)
    if isinstance(exc, urllib.error.HTTPError):
        return SmarketingError("error.digest_webhook_refused", channel=message.channel, status=exc.code)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return SmarketingError("error.digest_address_refused", address=message.recipient)
    if isinstance(exc, OSError):
        return SmarketingError("error.digest_unreachable", server=where, detail=detail)
    return SmarketingError("error.digest_failed", detail=detail)


def _deliver(message: Message, config: Secrets) -> None:
    if message.channel == "email":
        _email(message, config.get("smtp") or {})
    else:
        url = (config.get("digest") or {}).get(WEBHOOKS[message.channel])
        if not url:
            raise SmarketingError("error.digest_no_webhook", channel=message.channel, setting=WEBHOOKS[message.channel])
        _post(url, {"text": message.text})


def _email(message: Message, smtp: dict[str, Any]) -> None:
    if not (smtp.get("host") and smtp.get("sender")):
        raise SmarketingError("error.digest_no_smtp")
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = smtp["sender"], message.recipient, message.subject
    mail.set_content(message.text)
    if message.attachment:
        name, page = message.attachment
        mail.add_attachment(page.encode("utf-8"), maintype="text", subtype="html", filename=name)
    with smtplib.SMTP(smtp["host"], int(smtp.get("port", 587)), timeout=TIMEOUT_SECONDS) as server:
        if smtp.get("starttls", True):
            # the server's certificate is checked against the system's authorities, as a mail client does
            server.starttls(context=ssl.create_default_context())
        if smtp.get("username"):
            server.login(smtp["username"], smtp.get("password", ""))
        server.send_message(mail)


def _post(url: str, payload: dict[str, Any]) -> None:
    if not url.startswith("https://") and not url.startswith("http://127.0.0.1"):
        # an incoming webhook's address is a secret: it never travels in the clear (a local test server aside)
        raise SmarketingError("error.digest_webhook_https")
    request = urllib.request.Request(url, data=json.dumps(payload).encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - https checked above
        if not 200 <= response.status < 300:
            raise OSError(f"HTTP {response.status}")


class Worker(threading.Thread):
    """The running app's sender: looks every minute whether this week's digest is due, and sends what has not
    gone yet (retrying what failed). One per server process, beside the inbox watcher."""

    def __init__(self, connect: Callable[[], duckdb.DuckDBPyConnection]) -> None:
        super().__init__(name="smarketing-digest", daemon=True)
        self.connect = connect
        self.interval = float(os.environ.get(POLL_VAR) or POLL_SECONDS)
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                con = self.connect()
                week = due_week(schedule(con), periods.now())
                if week is not None:
                    send(con, week, periods.today())
            except Exception:  # noqa: BLE001 - one failed look must not end the sending; the log says why
                _LOG.exception("digest: a send failed")
            self.stopped.wait(self.interval)

    def stop(self) -> None:
        self.stopped.set()
