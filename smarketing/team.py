"""The team: the people who own objectives, answer for MQLs in the hand-off and sit in the weekly meeting,
each with a function (Marketing, Sales, Management). Owners named in imported data whom the team does not
list are offered as people to add. Only admins change the team (access.py); the pages check that."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import duckdb

from smarketing import access, db, demo
from smarketing.errors import SmarketingError

FUNCTIONS = ("marketing", "sales", "management")
MAX_NAME = 80


@dataclass(frozen=True)
class Member:
    name: str
    function: str
    email: str | None
    active: bool
    leads: int                 # leads the imported data gives them as owner


@dataclass(frozen=True)
class Found:
    """An owner in the data whom the team does not list."""

    name: str
    leads: int


@dataclass(frozen=True)
class Team:
    """What the Team page shows, in one call."""

    people: list[Member]
    found: list[Found]
    rules: list[access.Rule]             # the allow-list, with who has a password
    mode: str                  # access.MODES: how people sign in
    demo_loaded: bool = False  # the people are the demo company's, made up
    owners_in_data: bool = True  # some imported lead names its owner (Olist's leads name none)


def view(con: duckdb.DuckDBPyConnection, oidc: bool) -> Team:
    return Team(people=people(con), found=found(con), rules=access.rules(con), mode=access.mode(con, oidc),
                demo_loaded=demo.is_loaded(con), owners_in_data=db.rows(con, "team/owned")[0]["owned"])


def people(con: duckdb.DuckDBPyConnection) -> list[Member]:
    return [Member(**row) for row in db.rows(con, "team/people")]


def known_as(con: duckdb.DuckDBPyConnection, name: str, function: str) -> str:
    """The team member a name typed on the command line means: the same name in any case, or the one person of that
    function whose first name it is ("Giulia" for Giulia Ferrari); a name nobody has stays as typed (a new person).
    Two people it could be are said, never guessed."""
    typed = name.strip().casefold()
    same = [m.name for m in people(con) if m.name.casefold() == typed]
    if same:
        return same[0]
    first = [m.name for m in people(con) if m.function == function and m.name.casefold().split(" ")[0] == typed]
    if len(first) > 1:
        raise SmarketingError("error.owner_ambiguous", name=name, candidates=", ".join(sorted(first)))
    return first[0] if first else name


def found(con: duckdb.DuckDBPyConnection) -> list[Found]:
    return [Found(**row) for row in db.rows(con, "team/found")]


def add(con: duckdb.DuckDBPyConnection, name: str, function: str, email: str | None = None) -> str:
    """Add a person; the name as it will be shown, once checked."""
    name = _name(name)
    function = _function(function)
    email = _email(email)
    taken = [known for known in _names(con) if known.casefold() == name.casefold()]
    if taken:
        raise SmarketingError("error.team_exists", name=taken[0])
    db.execute(con, "team/add", member=name, function=function, email=email)
    return name


def update(con: duckdb.DuckDBPyConnection, name: str, function: str, email: str | None, active: bool) -> None:
    if name not in _names(con):
        raise SmarketingError("error.team_unknown", name=name)
    db.execute(con, "team/update", member=name, function=_function(function), email=_email(email), active=active)


def _names(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The stored names alone: checking a name needs no count of anyone's leads."""
    return [row["name"] for row in db.rows(con, "team/names")]


def _name(value: str) -> str:
    name = " ".join((value or "").split())
    if not name:
        raise SmarketingError("error.team_name_empty")
    if len(name) > MAX_NAME:
        raise SmarketingError("error.team_name_long", length=MAX_NAME)
    if any(unicodedata.category(c).startswith("C") for c in name):
        raise SmarketingError("error.team_name_control")
    return name


def _function(value: str) -> str:
    if value not in FUNCTIONS:
        raise SmarketingError("error.team_function", function=value)
    return value


def _email(value: str | None) -> str | None:
    if not (value or "").strip():
        return None
    email = access.address(value)
    if email is None:
        raise SmarketingError("error.team_email", email=value)
    return email
