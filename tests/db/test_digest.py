"""The weekly digest (digest.py) delivered for real: a local SMTP server speaking STARTTLS with a certificate of
a throwaway authority, and a local HTTP server standing in for a Slack or Teams incoming webhook. Assertions
are on what arrived."""

from __future__ import annotations

import email
import json
import socket
import threading
from datetime import date, datetime
from email import policy
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import trustme
from aiosmtpd import controller

from smarketing import cli, digest
from smarketing.errors import SmarketingError
from tests.conftest import TODAY

WEEK = date(2026, 11, 23)          # TODAY's Monday
PEOPLE = ["Davide Mancini", "Elena Galli", "Giulia Ferrari", "Luca Bertolini", "Matteo Ricci", "Sara Colombo"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Mailbox:
    """aiosmtpd's handler: every message received, parsed, and an event per arrival."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.arrived = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        self.arrived.set()
        return "250 OK"


@pytest.fixture
def smtp(tmp_path, monkeypatch):
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1")
    server_context = __import__("ssl").create_default_context(__import__("ssl").Purpose.CLIENT_AUTH)
    certificate.configure_cert(server_context)
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    # the client checks the server's certificate against the system's authorities: here, the test's own
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    box = Mailbox()
    box.port = free_port()
    running = []

    def start() -> None:
        # a stopped controller's loop is closed: each start is a new server on the same port
        running.append(controller.Controller(box, hostname="127.0.0.1", port=box.port, tls_context=server_context,
                                             require_starttls=True))
        running[-1].start()

    def stop() -> None:
        running.pop().stop()

    box.start, box.stop = start, stop
    start()
    yield box
    if running:
        stop()


class Hook(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self):  # noqa: N802 - http.server's name
        length = int(self.headers["Content-Length"])
        Hook.received.append(json.loads(self.rfile.read(length)))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def webhook():
    Hook.received = []
    server = HTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hook", Hook.received
    server.shutdown()


def config(smtp, hook_url) -> dict:
    return {"smtp": {"host": "127.0.0.1", "port": smtp.port, "sender": "smarketing@predictaemilia.example",
                     "starttls": True},
            "digest": {"slack_webhook": hook_url}}


def test_the_digest_is_due_from_its_day_and_time_on():
    plan = digest.Schedule(day=0, at="08:00", channels=("email",))
    assert digest.due_week(plan, datetime(2026, 11, 23, 7, 59)) is None
    assert digest.due_week(plan, datetime(2026, 11, 23, 8, 0)) == WEEK
    assert digest.due_week(plan, datetime(2026, 11, 29, 23, 59)) == WEEK       # a server down on Monday catches up
    assert digest.due_week(digest.Schedule(day=4, at="17:30", channels=("slack",)), datetime(2026, 11, 26, 9)) is None
    assert digest.due_week(digest.Schedule(), datetime(2026, 11, 30, 9)) is None   # no channel: no digest


@pytest.mark.parametrize(("wanted", "message"), [
    (digest.Schedule(at="8"), "Time \"8\" is not valid: write it as 08:00."),
    (digest.Schedule(at="24:00"), "Time \"24:00\" is not valid: write it as 08:00."),
    (digest.Schedule(day=7), "Day \"7\" is not valid: from 0 (Monday) to 6 (Sunday)."),
    (digest.Schedule(channels=("whatsapp",)),
     "Unknown channel or language: whatsapp. The channels are email, teams and slack."),
])
def test_a_schedule_is_refused_in_words(con, wanted, message):
    with pytest.raises(SmarketingError) as raised:
        digest.save_schedule(con, wanted)
    assert raised.value.message("en") == message
    assert digest.schedule(con) == digest.Schedule()


def test_each_person_gets_their_own_todos(demo_con):
    todo, nobody = digest.todos(demo_con, ["Matteo Ricci", "Nessuno"], WEEK, TODAY).values()
    assert todo.checkins == ["Fatturato vinto dalle fiere", "Più SQL dai webinar", "Conversione MQL->SQL",
                             "Migliorare il marketing"]
    assert [(a["text"], a["due_date"], a["overdue"]) for a in todo.actions] == [
        ("Preparare la scheda di qualificazione MQL condivisa", date(2026, 11, 20), True)]
    assert nobody.empty


def test_the_digest_reaches_everyone_once_and_a_failed_send_is_tried_again(demo_con, smtp, webhook):
    url, posts = webhook
    digest.save_schedule(demo_con, digest.Schedule(channels=("email", "slack"), lang="it"))
    outcomes = digest.send(demo_con, WEEK, TODAY, config=config(smtp, url))
    assert [(o.message.channel, o.status) for o in outcomes] == [("email", "sent")] * 6 + [("slack", "sent")]
    assert sorted(m["To"] for m in smtp.messages) == sorted(
        f"{n.lower().replace(' ', '.')}@predictaemilia.example" for n in PEOPLE)
    matteo = next(m for m in smtp.messages if m["To"].startswith("matteo"))
    assert matteo["Subject"] == ("smarketing · Riunione settimanale Vendite e Marketing · Settimana 48 "
                                 "(23/11/2026 – 29/11/2026)")
    body = matteo.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert body.startswith("Buongiorno Matteo Ricci, ecco la settimana di Vendite e Marketing.\n\nPer te:\n"
                           "- check-in da fare per questa settimana: Fatturato vinto dalle fiere; Più SQL dai "
                           "webinar; Conversione MQL->SQL; Migliorare il marketing\n"
                           "- azione aperta: Preparare la scheda di qualificazione MQL condivisa (entro il 20/11/2026, "
                           "in ritardo)\n\nOrdine del giorno\nDati letti al 25/11/2026.\n")
    [attachment] = list(matteo.iter_attachments())
    assert attachment.get_filename() == "riunione-2026-W48.html"
    assert attachment.get_content().startswith("<!DOCTYPE html>")
    [post] = posts
    assert post["text"].startswith("smarketing · Riunione settimanale")
    assert "- Matteo Ricci: check-in da fare: 4; azioni aperte: 1, in ritardo: 1" in post["text"].splitlines()
    # a second send (the app's next look, a scheduler's run) sends nothing again
    again = digest.send(demo_con, WEEK, TODAY, config=config(smtp, url))
    assert {o.status for o in again} == {"already_sent"} and len(smtp.messages) == 6 and len(posts) == 1
    assert [(r["recipient"], r["status"], r["attempts"]) for r in digest.sends(demo_con)][-1] == ("slack", "sent", 1)


def test_a_failed_send_is_recorded_with_its_reason_and_tried_again(demo_con, smtp, webhook):
    url, posts = webhook
    digest.save_schedule(demo_con, digest.Schedule(channels=("email",), recipients=("Sara Colombo",)))
    smtp.stop()
    [failed] = digest.send(demo_con, WEEK, TODAY, config=config(smtp, url))
    assert failed.status == "failed" and failed.error.message("it") == (
        f"Il server 127.0.0.1:{smtp.port} non risponde: controlla indirizzo e porta in .streamlit/secrets.toml, o che "
        "il server sia raggiungibile da qui (ConnectionRefusedError: [Errno 111] Connection refused).")
    assert [(r["recipient"], r["status"], r["attempts"]) for r in digest.sends(demo_con)] == [
        ("sara.colombo@predictaemilia.example", "failed", 1)]
    smtp.start()
    [sent] = digest.send(demo_con, WEEK, TODAY, config=config(smtp, url))
    assert sent.status == "sent" and [m["To"] for m in smtp.messages] == ["sara.colombo@predictaemilia.example"]
    assert [(r["status"], r["attempts"], r["error"]) for r in digest.sends(demo_con)] == [("sent", 2, None)]


def test_a_server_without_starttls_does_not_get_the_mail(demo_con, tmp_path, monkeypatch):
    """The digest carries the company's figures: it is never handed over in the clear."""
    box = Mailbox()
    port = free_port()
    plain = controller.Controller(box, hostname="127.0.0.1", port=port)
    plain.start()
    try:
        digest.save_schedule(demo_con, digest.Schedule(channels=("email",), recipients=("Sara Colombo",)))
        [failed] = digest.send(demo_con, WEEK, TODAY, config={"smtp": {"host": "127.0.0.1", "port": port,
                                                                       "sender": "s@example.it"}})
    finally:
        plain.stop()
    assert failed.status == "failed" and box.messages == []
    assert failed.error.message("it") == (
        f"Il server di posta 127.0.0.1:{port} non offre STARTTLS: il riepilogo non viene mai consegnato in chiaro. "
        "Usa la porta che lo offre (di solito 587).")


def test_the_running_app_sends_once_the_time_has_come(demo_con, smtp, webhook, monkeypatch):
    url, _ = webhook
    digest.save_schedule(demo_con, digest.Schedule(channels=("email",), recipients=("Elena Galli",), day=0,
                                                   at="00:00"))
    monkeypatch.setenv(digest.POLL_VAR, "0.2")
    monkeypatch.setattr(digest.secrets_file, "read", lambda: config(smtp, url))
    worker = digest.Worker(demo_con.cursor)
    worker.start()
    try:
        assert smtp.arrived.wait(60)
    finally:
        worker.stop()
        worker.join(10)
    assert [m["To"] for m in smtp.messages] == ["elena.galli@predictaemilia.example"]


def test_the_command_line_says_what_it_would_send_and_when(demo_con, tmp_path, monkeypatch, capsys):
    secrets = tmp_path / "secrets.toml"
    secrets.write_text('[smtp]\nhost = "127.0.0.1"\nsender = "s@example.it"\n', encoding="utf-8")
    monkeypatch.setenv("SMARKETING_SECRETS", str(secrets))
    digest.save_schedule(demo_con, digest.Schedule(channels=("email",), recipients=("Elena Galli",), day=4,
                                                   at="17:30"))
    db_path = tmp_path / "demo.duckdb"
    demo_con.close()
    assert cli.main(["--db", str(db_path), "--lang", "en", "digest", "send"]) == 0
    assert capsys.readouterr().out == "This week's digest goes out on Friday at 17:30: not yet.\n"
    assert cli.main(["--db", str(db_path), "--lang", "en", "digest", "send", "--week", "2026-W48",
                     "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == ["Digest of the week of 23 Nov 2026:", "  to send: email elena.galli@predictaemilia.example",
                       "    Buongiorno Elena Galli, ecco la settimana di Vendite e Marketing."]


@pytest.mark.parametrize(("channel", "expected"), [
    # Slack's control characters, and Teams' Markdown, in a title a user wrote: shown as written, never a mention of
    # the whole channel or a link whose address is hidden
    ("slack", "&lt;!channel&gt; Triplicare i clienti: &lt;https://evil.example/login|apri&gt; [Accedi](https://evil."
              "example/login) *fatto* &amp; basta"),
    ("teams", r"<!channel> Triplicare i clienti: <https://evil.example/login|apri> [Accedi](https://evil."
              r"example/login) *fatto* & basta".replace("<", "\\<").replace(">", "\\>").replace("|", "\\|")
     .replace("[", "\\[").replace("]", "\\]").replace("*", "\\*")),
])
def test_a_post_shows_users_words_as_written_never_as_markup(demo_con, channel, expected):
    title = ("<!channel> Triplicare i clienti: <https://evil.example/login|apri> [Accedi](https://evil.example/login) "
             "*fatto* & basta")
    demo_con.execute("update objectives set title = ? where title = 'Triplicare i clienti'", [title])
    digest.save_schedule(demo_con, digest.Schedule(channels=(channel,), lang="it"))
    [post] = digest.compose(demo_con, digest.schedule(demo_con), WEEK, TODAY)
    assert expected in post.text
    assert "- Matteo Ricci: check-in da fare: 4; azioni aperte: 1, in ritardo: 1" in post.text.splitlines()
