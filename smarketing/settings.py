"""Company-wide settings kept in the store: the currency of amounts whose file names none."""

from __future__ import annotations

import re

import duckdb

from smarketing import db
from smarketing.errors import SmarketingError
from smarketing.vocabulary import DEFAULT_CURRENCY

CURRENCY = re.compile(r"^[A-Z]{3}$")


def currency(con: duckdb.DuckDBPyConnection) -> str:
    """The company's currency: what an amount is in when its file says nothing. Never set, the one every stored
    amount is in, else EUR."""
    return db.rows(con, "settings/currency")[0]["currency"] or DEFAULT_CURRENCY


def set_currency(con: duckdb.DuckDBPyConnection, code: str) -> str:
    code = check_currency(code)
    db.execute(con, "settings/put", key="currency", value=code)
    return code


def check_currency(code: str) -> str:
    """An ISO 4217 code as the importer stores it (EUR, USD, CHF), else a message."""
    cleaned = (code or "").strip().upper()
    if not CURRENCY.fullmatch(cleaned) or cleaned not in iso_currencies():
        raise SmarketingError("error.currency_code", code=code)
    return cleaned


def iso_currencies() -> set[str]:
    """The ISO 4217 codes CLDR knows (Babel): "XYZ" or a typed "EUE" is none, and would leave every amount of the
    company in a currency no other amount shares."""
    from babel.numbers import list_currencies

    return set(list_currencies())
