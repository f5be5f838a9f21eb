"""Dates and numbers as people type them, decided per column from the whole column, parsed in DuckDB.

A column's convention (day or month first, decimal comma or point) is settled once from every value in it,
never row by row; a value that does not fit the settled convention is rejected, never bent to fit.
The SQL built here is assembled only from the fixed fragments below and staging column names (c0, c1...):
no text from the file ever becomes SQL."""

from __future__ import annotations

import re
from typing import Any

from smarketing.i18n import month_names
from smarketing.importing.detect import Note

TIMEZONE = "Europe/Rome"  # offsets in exports (2024-01-22T20:36:47.000+0000) become Italian local time
YEAR_RANGE = (1900, 2100)

ISO = r"^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
# the zone as databases write it too: PostgreSQL's hour alone ("+01"), BigQuery's " UTC", a lower-case "z"
ISO_TZ = r"^\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$"
# (a time as Italian Excel's h.mm writes it, 9.30, as well as 9:30)
NUMERIC = (r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?"
           r"(?:\s*([AaPp][Mm]))?)?$")
YEAR_FIRST = r"^\d{4}[/.]\d{1,2}[/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"
SERIAL = r"^\d{5}(?:\.\d+)?$"

# Dates written with a month name, as CRMs and people write them in Italian and English: an optional weekday
# ("Thu,", "giovedì"), the month as a name or an abbreviation with or without a dot (apr, apr., aprile,
# April, Sept), the day with an optional ordinal mark (1°, 1st), and an optional time after a space or a
# comma, in 24 or 12 hours (00:02:00, 3:04 PM, 10.30). Month and weekday words are known by their first three
# letters, as before: a month word whose first three letters name no month ("brumaio") makes no date.
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|gio|ven|sab|dom)[a-zì]*\.?,?\s+)?"
_MONTH = r"([a-z]{3,})\.?"
_TIME = (r"(?:(?:\s*,\s*|\s+)(?:(?:at|alle|ore)\s+)?"
         r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}(?:\.\d+)?))?(?:\s*([ap])\.?m\.?)?)?")
# day first: 15 Apr, 2021 00:02:00 (Zoho), 15 aprile 2021, giovedì 15 aprile 2021, 1° aprile 2021, 15/apr/2021
MONTH_NAME = rf"(?i)^{_WEEKDAY}(\d{{1,2}})(?:°|º|st|nd|rd|th)?[ ./-]+{_MONTH}[ ./,-]+(\d{{4}}|\d{{2}}){_TIME}$"
# month first, US style (HubSpot, Google Ads, Meta): Apr 15, 2021, 3:04:05 PM; Thu, Apr 15, 2021
MONTH_FIRST = rf"(?i)^{_WEEKDAY}{_MONTH}[ ./-]+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|[ ./-]+)(\d{{4}}|\d{{2}}){_TIME}$"
# a month name is known by its first three letters, in Italian or English (CLDR's names, i18n.month_names)
_MONTHS_IT, _MONTHS_EN = (str([name[:3].lower() for name in month_names(lang, "abbreviated")]) for lang in ("it", "en"))

# a month with no day, as a monthly spend sheet writes it: "novembre 2026", "nov-26", "Nov 2026", "11/2026", "2026-11"
MONTH_ONLY = r"(?i)^([a-z]{3,})\.?[ ./'-]+(\d{4}|\d{2})$|^(\d{1,2})[/.-](\d{4})$|^(\d{4})[/.-](\d{1,2})$"

# Money markers are removed before a number is read: "EUR 1.000,00", "1 234,56" with no-break spaces.
_CLEAN = r"regexp_replace({c}, '[\s\x{{00a0}}\x{{202f}}€$£]|EUR|USD|GBP|CHF', '', 'gi')"
# a group of thousands never follows a lone 0: "0.125" and "0,125" are decimals, and prove the mark
NUMBER_PATTERNS = {
    "it": r"^[+-]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?$",
    "us": r"^[+-]?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?$",
}


def _q(pattern: str) -> str:
    return "'" + pattern.replace("'", "''") + "'"


# the marks an amount may write its currency with, by the currency they name (NUMBER_PROFILE_KEYS' order)
CURRENCY_MARKS = {"EUR": "€|EUR", "USD": "[$]|USD", "GBP": "£|GBP", "CHF": "CHF"}
# what a currency column writes for a code: "€", "Euro", "£", "franchi" (a bare "$" names no one currency)
CURRENCY_WORDS = {"€": "EUR", "EURO": "EUR", "EUROS": "EUR", "£": "GBP", "STERLINE": "GBP", "STERLINA": "GBP",
                  "FR.": "CHF", "SFR.": "CHF", "FRANCHI": "CHF", "US$": "USD", "DOLLARI": "USD", "DOLLARS": "USD"}


def currency_code_expr(text: str) -> str:
    """A currency column's value as its ISO code: upper case, the words and signs of CURRENCY_WORDS as codes."""
    cases = " ".join(f"when '{word}' then '{code}'" for word, code in CURRENCY_WORDS.items())
    return f"(case upper(trim({text})) {cases} else upper({text}) end)"


# A profile is two lists over a staged column: what each row gives (each pattern written once, named after the
# column), and the aggregates over them. DuckDB compiles every pattern the query writes: written in each aggregate
# that reads it, the profile of a small file took 21 ms rather than 14.
Profile = tuple[list[str], list[str]]


def profile_sql(table: str, profiles: list[Profile]) -> str:
    """One pass over `table`: the rows' values of every profile, then their aggregates, in order."""
    # (a column profiled twice, as two fields map it, gives its rows' values once)
    rows = ", ".join(dict.fromkeys(e for each, _ in profiles for e in each))
    aggregates = ", ".join(a for _, each in profiles for a in each)
    return f"select {aggregates} from (select rowid as _rid, {rows} from {table})"


def date_profile(c: str) -> Profile:
    """What tells which date shapes a staged column holds (DATE_PROFILE_KEYS)."""
    nz = f"nullif(trim({c}), '')"
    # the groups of a numeric date (all empty when the value is none: its year never is)
    parts = f"{c}_numeric"
    num = f"{parts}.y <> ''"
    rows = [
        f"{nz} as {c}_value",
        f"regexp_full_match({nz}, {_q(ISO)}) as {c}_iso",
        f"regexp_full_match({nz}, {_q(ISO_TZ)}) as {c}_iso_tz",
        f"regexp_extract({nz}, {_q(NUMERIC)}, ['d1', 'd2', 'y', 'h', 'mi', 's', 'ampm']) as {parts}",
        f"regexp_full_match({nz}, {_q(YEAR_FIRST)}) as {c}_year_first",
        f"regexp_full_match({nz}, {_q(MONTH_NAME)}) or regexp_full_match({nz}, {_q(MONTH_FIRST)}) as {c}_month_name",
        f"regexp_full_match({nz}, {_q(SERIAL)}) as {c}_serial",
        f"regexp_replace({nz}, '\\d+', '9', 'g') as {c}_shape",
    ]
    aggregates = [
        f"count({c}_value)",
        f"count(*) filter (where {c}_iso)",
        f"count(*) filter (where {c}_iso_tz)",
        f"count(*) filter (where {num})",
        f"count(*) filter (where {num} and try_cast({parts}.d1 as integer) > 12 "
        f"and try_cast({parts}.d1 as integer) <= 31)",
        f"count(*) filter (where {num} and try_cast({parts}.d2 as integer) > 12)",
        f"count(*) filter (where {c}_year_first)",
        f"count(distinct {c}_shape) filter (where {num})",
        f"count(distinct length({parts}.y)) filter (where {num})",
        f"count(*) filter (where {c}_month_name)",
        f"count(*) filter (where {c}_serial)",
        f"any_value({c}_shape) filter (where {num})",
        f"any_value(length({parts}.y)) filter (where {num})",
        f"count(*) filter (where {num} and {parts}.ampm <> '')",
    ]
    return rows, aggregates


DATE_PROFILE_KEYS = ("values", "iso", "iso_tz", "numeric", "day_first_proof", "month_first_proof",
                     "year_first", "shapes", "year_lengths", "month_name", "serial", "shape", "year_length",
                     "twelve_hour")


def number_profile(c: str) -> Profile:
    """What tells how a staged column writes its numbers (NUMBER_PROFILE_KEYS)."""
    clean = _CLEAN.format(c=f"nullif(trim({c}), '')")
    it, us = f"{c}_it", f"{c}_us"
    rows = [
        f"nullif(trim({c}), '') as {c}_value",
        f"trim({c}) as {c}_trimmed",
        f"regexp_full_match({clean}, {_q(NUMBER_PATTERNS['it'])}) as {it}",
        f"regexp_full_match({clean}, {_q(NUMBER_PATTERNS['us'])}) as {us}",
        *(f"regexp_matches({c}, {_q(marks)}, 'i') as {c}_{code.lower()}" for code, marks in CURRENCY_MARKS.items()),
        f"contains({c}, '.') as {c}_dot",
        f"contains({c}, ',') as {c}_comma",
    ]
    # "1.500", "12,000": either convention reads them, one as a thousand and more, the other to the thousandth
    either = [f"{c}_{mark} and {it} and {us}" for mark in ("dot", "comma")]
    aggregates = [
        f"count({c}_value)",
        f"count(*) filter (where {it} and not {us})",
        f"count(*) filter (where {us} and not {it})",
        *(f"count(*) filter (where {c}_{code.lower()})" for code in CURRENCY_MARKS),
        f"count(*) filter (where {c}_dot)",
        f"count(*) filter (where {c}_comma)",
        *(f"count(*) filter (where {e})" for e in either),
        # the first of them in the file, quoted by the note that says how they were read
        *(f"arg_min({c}_trimmed, _rid) filter (where {e})" for e in either),
    ]
    return rows, aggregates


NUMBER_PROFILE_KEYS = ("values", "it_only", "us_only", "eur", "usd", "gbp", "chf", "dots", "commas",
                       "thousands_dot", "thousands_comma", "first_dot", "first_comma")


def decide_order(profiles: dict[str, dict[str, Any]], forced: str | None, notes: list[Note]) -> str:
    """Day or month first, for the whole file: exports write every date column the same way."""
    if forced:
        notes.append(Note("import.note_date_order_forced", {"order": forced}))
        return forced
    ambiguous = [p for p in profiles.values() if p["numeric"]]
    dmy = sum(p["day_first_proof"] for p in ambiguous)
    mdy = sum(p["month_first_proof"] for p in ambiguous)
    if not ambiguous:
        return "dmy"
    if dmy and mdy:
        order = "dmy" if dmy >= mdy else "mdy"
        notes.append(Note("import.note_date_order_conflict", {"order": order, "dmy": dmy, "mdy": mdy}))
        return order
    if dmy:
        notes.append(Note("import.note_date_order", {"order": "dmy", "count": dmy}))
        return "dmy"
    if mdy:
        notes.append(Note("import.note_date_order", {"order": "mdy", "count": mdy}))
        return "mdy"
    twelve_hour = sum(p["twelve_hour"] for p in ambiguous)
    if twelve_hour:
        # "04/03/2026 10:15 AM": a 12-hour clock is written by American exports, which put the month first
        notes.append(Note("import.note_date_order_twelve_hour", {"order": "mdy", "count": twelve_hour}))
        return "mdy"
    notes.append(Note("import.note_date_order_assumed", {"order": "dmy"}))
    return "dmy"


def date_expr(text: str, profile: dict[str, Any], order: str) -> str:
    """Text -> timestamp for every shape a date may take in this column, NULL when it is no real date.

    Shapes missing from the sample still get a branch (a file edited by hand mixes them); the order of
    all-numeric dates is the one settled for the file, never re-guessed per value."""
    nz = f"nullif(trim({text}), '')"
    branches = [
        (f"regexp_full_match({nz}, {_q(ISO_TZ)})", _iso_tz(nz)),
        (f"regexp_full_match({nz}, {_q(ISO)})", _iso(nz)),
        (f"regexp_full_match({nz}, {_q(YEAR_FIRST)})",
         f"try_cast(replace(replace({nz}, '/', '-'), '.', '-') as timestamp)"),
        (f"regexp_full_match({nz}, {_q(NUMERIC)})", _numeric_expr(nz, order)),
        # only values of no shape above reach the month names: their patterns cost more
        (f"regexp_full_match({nz}, {_q(MONTH_NAME)})", _month_name_expr(nz, MONTH_NAME, ["d", "m"])),
        (f"regexp_full_match({nz}, {_q(MONTH_FIRST)})", _month_name_expr(nz, MONTH_FIRST, ["m", "d"])),
    ]
    if profile["serial"] and profile["serial"] == profile["values"]:
        branches.append((f"regexp_full_match({nz}, {_q(SERIAL)})",
                         f"timestamp '1899-12-30' + to_microseconds(({nz}::double * 86400000000)::bigint)"))
    return "case " + " ".join(f"when {cond} then {value}" for cond, value in branches) + " end"


def date_fast_expr(text: str, profile: dict[str, Any], order: str) -> str | None:
    """A cheaper parser when the sample shows one uniform shape: date_expr's own reading of that shape, without
    trimming the value or trying the other shapes. A value it reads, it reads as date_expr does; whatever it
    does not read stays NULL and is read again by date_expr afterwards. None when there is no such shape."""
    values = profile["values"]
    nz = f"nullif({text}, '')"
    if not values:
        return None
    if profile["iso"] == values:
        return f"case when regexp_full_match({nz}, {_q(ISO)}) then {_iso(nz)} end"
    if profile["iso_tz"] == values:
        return f"case when regexp_full_match({nz}, {_q(ISO_TZ)}) then {_iso_tz(nz)} end"
    if profile["numeric"] == values and profile["shapes"] == 1 and profile["year_lengths"] == 1:
        # strptime reads 26 as the year 26 where the settled four digits are missing, and 10:5 as 10:05
        read = _strptime_read(profile["shape"], order, profile["year_length"])
        if read:
            fmt, pattern = read
            return f"case when regexp_full_match({nz}, {_q(pattern)}) then try_strptime({nz}, '{fmt}') end"
    return None


def _iso(nz: str) -> str:
    return f"try_cast({nz} as timestamp)"


def _iso_tz(nz: str) -> str:
    return f"timezone('{TIMEZONE}', try_cast(replace({nz}, 'z', 'Z') as timestamptz))"


def months_count(c: str) -> Profile:
    """The values of a staged column that are a month with no day (MONTH_ONLY)."""
    return ([f"regexp_full_match(nullif(trim({c}), ''), {_q(MONTH_ONLY)}) as {c}_month_only"],
            [f"count(*) filter (where {c}_month_only)"])


def month_expr(text: str) -> str:
    """Text -> the first day of the month it names (MONTH_ONLY), NULL when it names none."""
    nz = f"nullif(trim({text}), '')"
    extract = f"regexp_extract({nz}, {_q(MONTH_ONLY)}, ['mn', 'y2', 'm', 'y', 'yy', 'mm'])"
    month = (f"coalesce({_month_number('_month_parts.mn')}, nullif(_month_parts.m, '')::int, "
             "nullif(_month_parts.mm, '')::int)")
    year = (f"coalesce(case when _month_parts.y2 <> '' then {_two_digit_year('_month_parts.y2')} end, "
            "nullif(_month_parts.y, '')::int, nullif(_month_parts.yy, '')::int)")
    # (bound to a lambda's parameter, as _month_name_expr's parts: the pattern runs once per value)
    return f"list_transform([{extract}], lambda _month_parts: try(make_timestamp({year}, {month}, 1, 0, 0, 0)))[1]"


def _month_number(word: str) -> str:
    """SQL: the month a word names by its first three letters, Italian or English; NULL for none."""
    token = f"lower(left({word}, 3))"
    return f"coalesce(nullif(list_position({_MONTHS_IT}, {token}), 0), nullif(list_position({_MONTHS_EN}, {token}), 0))"


def _two_digit_year(y: str) -> str:
    """Two-digit years the way strptime's %y reads them: 00-68 are 20xx, 69-99 are 19xx."""
    century = f"(case when {y}::int < 69 then 2000 else 1900 end)"
    return f"case when length({y}) = 2 then {century} + {y}::int else {y}::int end"


def _numeric_expr(nz: str, order: str) -> str:
    extract = f"regexp_extract({nz}, {_q(NUMERIC)}, ['a', 'b', 'y', 'h', 'mi', 's', 'ap'])"
    # ymd only when asked for (--date-order ymd): 25/03/04 is then 4 March 2025
    day, month, year = {"dmy": ("a", "b", "y"), "mdy": ("b", "a", "y"), "ymd": ("y", "b", "a")}[order]
    hour = "coalesce(nullif(_numeric_parts.h, '')::int, 0)"
    # US exports write 2:30 PM
    hour = (f"case when upper(_numeric_parts.ap) = 'PM' and {hour} < 12 then {hour} + 12 "
            f"when upper(_numeric_parts.ap) = 'AM' and {hour} = 12 then 0 else {hour} end")
    value = (f"try(make_timestamp({_two_digit_year(f'_numeric_parts.{year}')}, _numeric_parts.{month}::int, "
             f"_numeric_parts.{day}::int, {hour}, coalesce(nullif(_numeric_parts.mi, '')::int, 0), "
             "coalesce(nullif(_numeric_parts.s, '')::double, 0)))")
    # bound to a lambda's parameter as _month_name_expr's parts: written out in each place a part is used, the
    # pattern was compiled a dozen times for every import (~15 ms of a small file's) and run again inside try
    return f"list_transform([{extract}], lambda _numeric_parts: {value})[1]"


def _strptime_read(shape: str, order: str, year_length: int) -> tuple[str, str] | None:
    """'9/9/9 9:9' (digits collapsed) -> ('%d/%m/%Y %H:%M', the pattern of the values that format reads as
    date_expr does) when every value has that one shape."""
    match = re.fullmatch(r"9([/.-])9\1(9)(?:( )9:9(:9)?)?", shape)
    if not match:
        return None
    sep, _, space, seconds = match.groups()
    year = "%Y" if year_length == 4 else "%y"
    parts = {"dmy": ("%d", "%m", year), "mdy": ("%m", "%d", year), "ymd": ("%y", "%m", "%d")}[order]
    if order == "ymd" and year_length == 4:
        return None
    fmt = sep.join(parts)
    mark = re.escape(sep)
    # year first (asked for with --date-order ymd): its two digits, as date_expr reads 5/03/04 as the year 5
    first = r"\d{2}" if order == "ymd" else r"\d{1,2}"
    pattern = rf"^{first}{mark}\d{{1,2}}{mark}\d{{{year_length}}}"
    if space:
        fmt += " %H:%M" + (":%S" if seconds else "")
        pattern += r" \d{1,2}:\d{2}" + (r":\d{2}" if seconds else "")
    return fmt, pattern + "$"


def _month_name_expr(nz: str, pattern: str, first: list[str]) -> str:
    """The day and month of a MONTH_NAME or MONTH_FIRST value in the order given by the pattern, whatever
    the order settled for the all-numeric dates: a month name leaves no doubt."""
    extract = f"regexp_extract({nz}, {_q(pattern)}, {first + ['y', 'h', 'mi', 's', 'ap']})"
    # The parts are bound to a lambda's parameter so that the pattern runs once per value: written out
    # in every place a part is used, the extraction would run again each time (inside try and case
    # DuckDB does not share repeated expressions), ten times slower. A column of the same name would hide
    # the parameter: no staged or imported column is named _date_parts.
    month = _month_number("_date_parts.m")
    hour = "coalesce(nullif(_date_parts.h, '')::int, 0)"
    # 12-hour times: 12:05 AM is 0:05, 1 PM is 13; an hour past 12 with AM or PM is no time. make_timestamp
    # would carry 24:00 or a 60th second into the next day: such a time is no time either (NULL).
    hour = (f"case lower(_date_parts.ap) when '' then case when {hour} < 24 then {hour} end "
            f"when 'a' then case when {hour} = 12 then 0 when {hour} < 12 then {hour} end "
            f"else case when {hour} = 12 then 12 when {hour} between 1 and 11 then {hour} + 12 end end")
    second = "coalesce(nullif(_date_parts.s, '')::double, 0)"
    value = (f"try(make_timestamp({_two_digit_year('_date_parts.y')}, {month}, _date_parts.d::int, {hour}, "
             f"coalesce(nullif(_date_parts.mi, '')::int, 0), case when {second} < 60 then {second} end))")
    return f"list_transform([{extract}], lambda _date_parts: {value})[1]"


def decide_decimal(field: str, profile: dict[str, Any], forced: str | None, default: str, notes: list[Note]) -> str:
    if forced:
        return forced
    it, us = profile["it_only"], profile["us_only"]
    if us and not it and profile["thousands_dot"]:
        return _either(field, "us", us, profile["thousands_dot"], profile["first_dot"], default, notes)
    if it and not us and profile["thousands_comma"]:
        return _either(field, "it", it, profile["thousands_comma"], profile["first_comma"], default, notes)
    if it and not us:
        return "it"
    if us and not it:
        return "us"
    if it and us:
        choice = "it" if it >= us else "us"
        notes.append(Note("import.note_decimal_conflict", {"field": field, "decimal": _mark(choice),
                                                          "it": it, "us": us}))
        return choice
    if bool(profile["dots"]) != bool(profile["commas"]):
        # "1.200", "15.000" and no value with decimals: an amount is never written to the thousandth in every row,
        # so the one mark, always three digits before the end, separates thousands
        choice = "it" if profile["dots"] else "us"
        notes.append(Note("import.note_decimal_thousands", {"field": field, "decimal": _mark(choice),
                                                            "thousands": "." if choice == "it" else ","}))
        return choice
    if profile["values"]:
        notes.append(Note("import.note_decimal_assumed", {"field": field, "decimal": _mark(default)}))
    return default


def _either(field: str, proven: str, proof: int, either: int, example: str, default: str, notes: list[Note]) -> str:
    """Values only one convention reads ("99.90") beside values both read ("1.500"): by the proven mark the others
    are amounts to the thousandth (1,5) beside amounts to the cent, which money is not written as, so in a file
    whose delimiter is the other convention's (";" is Italian Excel's) each of them speaks for it (1.500 is 1500).
    The more numerous wins, and the note says what became of the rest: rejected, or kept to the thousandth. A file
    of the proven convention's own delimiter keeps it ("12.345" beside "45.50" in a comma file is 12,345)."""
    other = "it" if proven == "us" else "us"
    if either > proof and default == other:
        notes.append(Note("import.note_decimal_conflict", {"field": field, "decimal": _mark(other),
                                                          "it": either if other == "it" else proof,
                                                          "us": proof if other == "it" else either}))
        return other
    notes.append(Note("import.note_decimal_thousandths", {
        "field": field, "decimal": _mark(proven), "count": either, "proof": proof, "example": example}))
    return proven


def _mark(convention: str) -> str:
    return "," if convention == "it" else "."


def number_expr(text: str, convention: str, kind: str = "decimal(18, 2)") -> str:
    """Text -> decimal under the column's convention (stored to the cent; `kind` reads it exactly instead);
    NULL when the value does not fit it."""
    clean = _CLEAN.format(c=f"nullif(trim({text}), '')")
    # Excel's accounting format ("Contabilità") writes zero as a dash: "€ -", " - € "
    return f"case when {clean} = '-' then 0::{kind} else {_number(clean, convention, kind)} end"


def number_fast_expr(text: str, convention: str) -> str:
    """Numbers written bare (1234.5, 1.234,5), read without first stripping spaces and currency signs, which
    costs most of number_expr; the rest stays NULL and is read again by number_expr. The same pattern decides
    both, so a value reads alike either way: no bare cast that would take 1e5 or 1_000, which the pattern
    refuses (Excel writes 1,23E+11 for a number its narrow column cannot show, a rounded value)."""
    return _number(text, convention, "decimal(18, 2)")


def _number(clean: str, convention: str, kind: str) -> str:
    pattern = _q(NUMBER_PATTERNS[convention])
    digits = f"replace(replace({clean}, '.', ''), ',', '.')" if convention == "it" else f"replace({clean}, ',', '')"
    return f"case when regexp_full_match({clean}, {pattern}) then try_cast({digits} as {kind}) end"


# any mark of a currency an amount may be written with
ANY_CURRENCY_MARK = _q("|".join(CURRENCY_MARKS.values()))


def currency_expr(c: str) -> str:
    """The currency written inside an amount, when no currency column says it."""
    return "case " + " ".join(f"when regexp_matches({c}, {_q(marks)}, 'i') then '{code}'"
                              for code, marks in CURRENCY_MARKS.items()) + " end"
