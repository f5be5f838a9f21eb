"""Who may use a shared smarketing server, and what they may do.

Three ways in, chosen by what is configured: with an OIDC provider in .streamlit/secrets.toml ([auth],
for Google Workspace or Microsoft Entra) people sign in there; else, once the administrator has set a
password for someone, people sign in with e-mail and password; else (a laptop, one person) nobody is
asked anything. In the first two, the allow-list decides who gets in and with which role: viewers read,
editors import, edit objectives, check in and record decisions, admins also manage the team, the allow-list and
the passwords from the app. Once sign-in is on there is always an admin: each change is checked before it is
kept. On a laptop (nobody signs in) the one person using it is the admin."""

from __future__ import annotations

import functools
import getpass
import hashlib
import hmac
import re
import secrets
import threading
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import TypedDict

import duckdb

from smarketing import db, secrets_file
from smarketing.errors import SmarketingError

ROLES = ("viewer", "editor", "admin")
MODES = ("open", "password", "oidc")
MIN_PASSWORD = 10
# after this many wrong passwords for one e-mail within the window, it waits out the window: guessing a
# ten-character password at five tries per quarter hour is hopeless, a colleague's typos are not punished
MAX_FAILURES, WINDOW_MINUTES = 5, 15
# scrypt with the cost OWASP suggests for interactive logins
_N, _R, _P = 2**14, 8, 1
_PATTERN = re.compile(r"^(?:[^@\s]+@|@)[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
# what someone signs in as: one address, a name before a single @ (a domain rule is not a person)
_ADDRESS = re.compile(r"^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$")
# counting a try and checking the count must not interleave between two sessions of the server
_TRIES = threading.Lock()


@dataclass(frozen=True)
class Person:
    """Who is using the app: the name written next to what they change, and their role."""

    name: str
    role: str = "editor"

    @property
    def can_edit(self) -> bool:
        return self.role in ("editor", "admin")

    @property
    def can_admin(self) -> bool:
        return self.role == "admin"


def local_user() -> str:
    """The computer's login name: who made a change when nobody signs in (the CLI, a laptop)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers: the ledger says so
        return "unknown"


def _utf8(password: str) -> bytes:
    # the same password typed on a Mac and on Windows may arrive composed differently ("è" as one sign or two)
    return unicodedata.normalize("NFC", password).encode()


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(_utf8(password), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` is the one behind `stored`, compared in constant time."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        computed = hashlib.scrypt(_utf8(password), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                                  dklen=len(digest) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(computed.hex(), digest)


@functools.cache
def _decoy() -> str:
    """A hash nobody's password matches, checked when an e-mail has none, so both cases take the same time;
    made at the first sign-in, not when a command that never signs anyone in starts."""
    return hash_password(secrets.token_urlsafe(16))


def normalise(pattern: str) -> str:
    value = (pattern or "").strip().lower()
    if not _PATTERN.match(value):
        raise SmarketingError("error.access_pattern", pattern=pattern)
    return value


def allow(con: duckdb.DuckDBPyConnection, pattern: str, role: str, by: str, oidc: bool = False) -> str:
    """Let an e-mail or a domain in with `role`, replacing the role it had. Nobody changes their own rule
    (an admin who demoted themselves would lose the page they did it from): another admin does."""
    if role not in ROLES:
        raise SmarketingError("error.access_role", role=role)
    pattern = normalise(pattern)
    if role == "admin" and pattern.startswith("@"):
        raise SmarketingError("error.access_admin_domain", pattern=pattern)
    _not_oneself(pattern, by)
    with db.transaction(con):
        db.execute(con, "access/allow", pattern=pattern, role=role, created_by=by)
        _keep_an_admin(con, oidc)
    return pattern


def remove(con: duckdb.DuckDBPyConnection, pattern: str, by: str, oidc: bool = False,
           open_server: bool = False) -> None:
    """Take an e-mail (with its password) or a domain off the list. Taking the last password away turns a
    password-protected server into one that asks nobody anything: refused unless `open_server` confirms it."""
    pattern = normalise(pattern)
    _not_oneself(pattern, by)
    if pattern not in {r["pattern"] for r in rules(con)}:
        # "nobody@azienda.it removed." for an address never on the list would hide a typo in the one meant
        raise SmarketingError("error.access_not_listed", pattern=pattern)
    with db.transaction(con):
        before = mode(con, oidc)
        db.execute(con, "access/remove", pattern=pattern)
        if before == "password" and mode(con, oidc) == "open" and not open_server:
            raise SmarketingError("error.access_would_open", pattern=pattern)
        _keep_an_admin(con, oidc)


class Rule(TypedDict):
    """One entry of the allow-list (sql/access/rules.sql): an e-mail or an @domain, its role, when and by whom it
    was added, whether the e-mail has a password."""

    pattern: str
    role: str
    created_at: datetime
    created_by: str | None
    has_password: bool


def rules(con: duckdb.DuckDBPyConnection) -> list[Rule]:
    return db.rows(con, "access/rules")  # type: ignore[return-value]


def set_password(con: duckdb.DuckDBPyConnection, email: str, password: str, role: str | None, by: str,
                 oidc: bool = False) -> str:
    """Give an e-mail a password and a place on the allow-list with `role` (None: the role it has, else
    editor), returning the role given. The first password turns sign-in on: when nobody is an admin yet,
    its owner becomes one."""
    email = normalise(email)
    if email.startswith("@"):
        raise SmarketingError("error.access_password_domain", pattern=email)
    if len(password) < MIN_PASSWORD:
        raise SmarketingError("error.access_password_short", length=MIN_PASSWORD)
    if role is not None and role not in ROLES:
        raise SmarketingError("error.access_role", role=role)
    with db.transaction(con):
        counts = db.rows(con, "access/counts")[0]
        own = [r["role"] for r in rules(con) if r["pattern"] == email]
        if role is not None and own and role != own[0]:
            # one's own password, yes; one's own role, no (allow() says why)
            _not_oneself(email, by)
        role = "admin" if not counts["admins"] and not counts["passwords"] else role or (own or ["editor"])[0]
        db.execute(con, "access/allow", pattern=email, role=role, created_by=by)
        db.execute(con, "access/set_password", email=email, hash=hash_password(password))
        db.execute(con, "access/forget_failures", email=email)
        _keep_an_admin(con, oidc)
    return role


def _not_oneself(pattern: str, by: str) -> None:
    if pattern == (by or "").strip().lower():
        raise SmarketingError("error.access_oneself")


def _keep_an_admin(con: duckdb.DuckDBPyConnection, oidc: bool) -> None:
    """Refuse a change (the caller's transaction rolls it back) that leaves sign-in on with nobody able
    to manage access from the app."""
    counts = db.rows(con, "access/counts")[0]
    if counts["rules"] and not counts["admins"] and (counts["passwords"] or oidc):
        raise SmarketingError("error.access_no_admin")


def address(email: str | None) -> str | None:
    """`email` as one person's address, lower case; None when it is anything else (two @, a bare domain)."""
    value = (email or "").strip().lower()
    return value if _ADDRESS.match(value) else None


def role_for(con: duckdb.DuckDBPyConnection, email: str | None) -> str | None:
    """The role the allow-list gives an e-mail (its own rule before its domain's); None: not let in."""
    email = address(email)
    if email is None:
        return None
    found = db.rows(con, "access/role", email=email, domain="@" + email.rsplit("@", 1)[1])
    return found[0]["role"] if found else None


def check_password(con: duckdb.DuckDBPyConnection, email: str, password: str,
                   client: str | None = None) -> Person | None:
    """The person behind an e-mail and password, or None; the same work is done whether or not the
    e-mail is known, so the answer's timing gives nothing away. Too many wrong tries in a row from one client (its
    network address) and the e-mail, known or not, must wait there before trying again: a stranger guessing never
    keeps its owner out from another place."""
    email = (email or "").strip().lower()
    with _TRIES:
        recent = db.rows(con, "access/failures", email=email, client=client, minutes=WINDOW_MINUTES)[0]
        if recent["failures"] >= MAX_FAILURES:
            # the moment travels as ISO text, as days do: the message's language words it (errors.message)
            raise SmarketingError("error.access_locked", until=recent["counts_until"].isoformat(timespec="minutes"))
        # counted as failed until proven right, so tries made at the same moment cannot slip past the limit
        db.execute(con, "access/failed", email=email, client=client, minutes=WINDOW_MINUTES)
    found = db.rows(con, "access/password", email=email)
    matches = verify_password(password or "", found[0]["hash"] if found else _decoy())
    role = role_for(con, email)
    if found and matches and role:
        with _TRIES:
            db.execute(con, "access/forget_failures", email=email)
        return Person(email, role)
    return None


def oidc_on_disk() -> bool:
    """Whether Streamlit, started from here, finds an [auth] section in a secrets file (secrets_file.py): for
    the CLI, which must not import Streamlit, to say which sign-in the app asks for."""
    return "auth" in secrets_file.read()


def mode(con: duckdb.DuckDBPyConnection, oidc_configured: bool) -> str:
    if oidc_configured:
        return "oidc"
    return "password" if db.rows(con, "access/counts")[0]["passwords"] else "open"
