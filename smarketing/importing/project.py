"""From the file to typed rows in one read: import_rows (one row per record, a fixed set of columns per
kind) and import_problems (one row per problem: record, field, value, reason code, detail).

Formats are settled on a sample of the first rows, then every value is parsed with them while the file is
read; values that fail are found afterwards and are few. The only SQL assembled in the code base lives here
and in source.py: fixed fragments, staging column names (c0, c1...) and field names from the catalog.
Text from the file is never spliced into SQL; stage names reach SQL through a dictionary table."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import duckdb

from smarketing import db, settings
from smarketing.i18n import month_names
from smarketing.importing import formats, source
from smarketing.importing.detect import Layout, Note
from smarketing.importing.fields import (
    FIELDS,
    OUTCOME_SYNONYMS,
    STAGE_SYNONYMS,
    Field,
    group_text,
    key_text,
    normalise,
    person_text,
)
from smarketing.importing.mapping import Mapping
from smarketing.importing.reasons import QUOTES
from smarketing.stages import CODES as STAGE_CODES
from smarketing.vocabulary import DIMENSIONS

SCIENTIFIC_KEY = r"^\s*\d+(?:[.,]\d+)?[eE]\+\d+\s*$"
# as an SQL literal (no quote inside)
# ("Tot.", the short form an Excel sheet's last row is often labelled with; "Totale contatti: 2", a few words, a
# colon and a count, what a sheet's author types: never a company such as "Total Italia" nor a campaign such as
# "Totale Promo: Natale". The words in ASCII letters: a Unicode class costs a tenth of a second a million rows)
# "Totale novembre", "Total 2026": a month's or a year's total ("TOT" without its dot stays a value: a lead's code)
_MONTHS = "|".join(name.lower() for lang in ("it", "en") for name in month_names(lang))
TOTAL = (r"'(?i)^\s*(grand\s+|sub\s*-?\s*)?(total[eis]?|tot\.)((\s+(complessivo|generale))?"
         rf"(\s+({_MONTHS}))?(\s+(19|20)\d\d)?\s*(:.*)?"
         r"|(\s+[a-z]+){1,4}\s*:\s*[\d.,]+)\s*$'")


# the values leads and spend are grouped by, kept in one form however they were spaced (fields.person_text for an
# owner, fields.group_text for the rest)
GROUPED = frozenset((*DIMENSIONS, "channel"))

# the rows an import skips as no data, counted apart from the rows it refuses
SKIPPED = ("total_row", "deleted_row", "empty_row", "footer_row")
SKIPPED_SQL = "(" + ", ".join(f"'{code}'" for code in SKIPPED) + ")"
# an outcome that says the deal was taken away in the CRM
DELETED = ("deleted", "eliminato", "eliminata", "cancellato", "cancellata")


# the kinds whose staged column holds the value read, beside raw_<field> as the file wrote it
RAW_KINDS = ("date", "number", "stage", "outcome", "email")


def written(name: str, specs: dict[str, Field]) -> str:
    """The staged column holding a field's cell as the file wrote it."""
    return f"raw_{column(name)}" if specs[name].kind in RAW_KINDS else column(name)


def _total(cell: str) -> str:
    """SQL: the cell says it is a total. Every such word holds "tot": that cheap test spares a million regular
    expressions."""
    return f"({cell} ilike '%tot%' and regexp_full_match({cell}, {TOTAL}))"


def _first_total(cells: list[str]) -> str:
    """SQL: the position (from 1) of the first of `cells` that says it is a total, null when none does. The
    pattern is written once for all of them: DuckDB compiles every pattern a query writes, and written per cell
    the check made a small file's problems take 16 ms rather than 6, and its flagged rows 11 rather than 6."""
    return f"list_position(list_transform([{', '.join(cells)}], lambda _cell: {_total('_cell')}), true)"


def email_shape(col: str) -> str:
    r"""SQL: the value has an e-mail's shape, ^[^@\s]+@[^@\s]+\.[^@\s]+$ in DuckDB's regular expressions (whose \s is
    tab, line feed, form feed, carriage return and space): one @ with text before it, and after it a dot with
    text on both sides. Said with LIKE and contains, in a third less time than the pattern on a million e-mails."""
    spacing = " or ".join(f"contains({col}, chr({c}))" for c in (9, 10, 12, 13, 32))
    return f"({col} like '_%@_%._%' and {col} not like '%@%@%' and not ({spacing}))"


_TYPES = {"text": "varchar", "email": "varchar", "stage": "varchar", "outcome": "varchar", "currency": "varchar",
          "date": "timestamp", "number": "decimal(18, 2)"}


def column(name: str) -> str:
    """Field name as a column of import_rows: stage:mql -> at_mql."""
    return "at_" + name.split(":", 1)[1] if name.startswith("stage:") else name


@dataclass
class Decisions:
    """How the file's values were read, for the report and the batch's options."""

    date_order: str | None = None
    decimals: dict[str, str] = field(default_factory=dict)
    unknown_stages: list[str] = field(default_factory=list)
    rows: int = 0
    # the days a spend row covers after its first one, when they are a calendar period: "week" (a Google Ads report
    # by week), "month" (a monthly sheet, each month on its first day)
    row_span: str | None = None


# the headers of a column of weeks, each named by its first day
_WEEKLY = re.compile(r"(?:settimana|week|sett)(?: (?:del|di inizio|starting|start|of|beginning|lun dom|mon sun"
                     r"|lunedi domenica|monday sunday))?")


def build(con: duckdb.DuckDBPyConnection, mapping: Mapping, layout: Layout, workdir: Path, *,
          date_order: str | None, decimal: str | None, stage_map: dict[str, str],
          notes: list[Note]) -> Decisions:
    specs = FIELDS[mapping.kind]
    mapped = {name: f"c{index}" for name, index in mapping.columns.items()}
    mapped |= {name: f"k_{name}" for name in mapping.constants}
    decisions = Decisions()
    if mapping.kind == "spend" and "spend_date" in mapping.columns and _WEEKLY.fullmatch(
            normalise(mapping.column_name("spend_date"))):
        # Google Ads' "Settimana" (its first day): each row's spend covers the week
        decisions.row_span = "week"

    source.sample_into(con, layout, workdir)
    _constants(con, mapping.constants)
    dates = [n for n in mapped if specs[n].kind == "date"]
    numbers = [n for n in mapped if specs[n].kind == "number"]
    profiles = _profile(con, mapped, dates, numbers)
    order = formats.decide_order({n: profiles[n] for n in dates}, date_order, notes) if dates else None
    for name in dates:
        if profiles[name]["iso_tz"]:
            # "2023-12-31T23:15:00.000+0000" is 1 January in Italy: said, as it can move a day, a month, a year
            notes.append(Note("import.note_timezone", {"field": mapping.column_name(name),
                                                      "zone": formats.TIMEZONE}))
    decisions.date_order = order
    default_decimal = "it" if layout.delimiter == ";" else "us"
    for name in numbers:
        decisions.decimals[name] = formats.decide_decimal(
            mapping.column_name(name), profiles[name], decimal, default_decimal, notes)

    selects, repairs, absent = [], [], []
    for name, spec in specs.items():
        col = column(name)
        if name not in mapped:
            # unmapped fields are constants of the view below: a million stored NULLs cost real time
            absent.append(f"null::{_TYPES[spec.kind]} as {col}")
            if spec.kind in RAW_KINDS:
                absent.append(f"null::varchar as raw_{col}")
            continue
        c = f"k.{mapped[name]}" if name in mapping.constants else f"r.{mapped[name]}"
        # Values are read as they are and trimmed afterwards only where padded: trimming a million values
        # costs more than finding the few that need it.
        text = f"nullif({c}, '')"
        padded = f"({col} like ' %' or {col} like '% ')"
        if spec.kind in ("text", "email", "currency", "stage", "outcome"):
            kept = col if spec.kind in ("text", "email", "currency") else f"raw_{col}"
            wrap = {"email": "lower({})", "currency": formats.currency_code_expr("{0}")}.get(spec.kind, "{}")
            selects.append(f"{wrap.format(text)} as {kept}")
            if spec.kind == "email":
                # as written, for messages; the column itself becomes the key
                selects.append(f"{text} as raw_{col}")
            repairs.append((f"{kept} = nullif(trim({kept}), '')", padded.replace(col, kept)))
            if name in GROUPED:
                # a person is one name however the CRM spaced it: "Luca  Bertolini", or a no-break space, a tab or a
                # line break inside, is the team's "Luca Bertolini" (team.add writes names so), never a second owner;
                # so is a source or a channel ("Fiera" typed with a no-break space from a web page is the same fair)
                repairs.append((f"{col} = nullif(trim(regexp_replace({col}, '[\\s\\p{{Z}}]+', ' ', 'g')), '')",
                                # (a no-break space is a byte outside ASCII: the fold below puts it right)
                                f"(contains({col}, '  ') or contains({col}, chr(9)) or contains({col}, chr(10)) "
                                f"or contains({col}, chr(13)))"))
        elif spec.kind == "date" and _months(profiles[name]):
            # a monthly sheet: each month's spend on its first day, said
            selects += [f"{formats.month_expr(c)} as {col}", f"{text} as raw_{col}"]
            notes.append(Note("import.note_months", {"field": mapping.column_name(name)}))
            decisions.row_span = "month" if name == "spend_date" else decisions.row_span
        elif spec.kind == "date":
            assert order is not None        # settled above, as there are dates
            full = formats.date_expr(f"raw_{col}", profiles[name], order)
            fast = formats.date_fast_expr(c, profiles[name], order)
            selects += [f"{fast or formats.date_expr(c, profiles[name], order)} as {col}", f"{text} as raw_{col}"]
            if fast:
                repairs.append((f"{col} = {full}", f"{col} is null and raw_{col} is not null"))
        elif spec.kind == "number":
            convention = decisions.decimals[name]
            selects += [f"{formats.number_fast_expr(c, convention)} as {col}", f"{text} as raw_{col}"]
            repairs.append((f"{col} = {formats.number_expr(f'raw_{col}', convention)}",
                            f"{col} is null and raw_{col} is not null"))
    width = len(mapping.header)
    # the cells under the header's nameless columns (Excel's "Data;Canale;Spesa;" over a note typed beside a row)
    # are text of the sheet, set aside with a word; only cells past them make a row too long
    nameless = min(layout.nameless, source.OVERFLOW)
    overflow = ", ".join(f"r.x{j}" for j in range(nameless, source.OVERFLOW))
    filled = ", ".join(f"nullif(r.c{i}, '')" for i in range(width))
    if nameless:
        beside = ", ".join(f"r.x{j}" for j in range(nameless))
        selects.append(f"nullif(trim(concat_ws(' ', {beside})), '') as side_note")
    selects += [
        # case, not and: DuckDB's and evaluates both sides, and nearly every row has no overflow to join up
        (f"case when coalesce({overflow}) is not null then trim(concat({overflow})) <> '' else false end"
         if overflow else "false") + " as too_many",
        f"r.c{width - 1} is null as too_few",
        # flat calls, not chains of + and and: a thousand columns would go past DuckDB's expression depth
        f"case when r.c{width - 1} is null then list_count([{', '.join(f'r.c{i}' for i in range(width))}]) end "
        "as found_columns",
        # coalesce stops at the first filled cell; concat would build every row's whole text
        f"coalesce({filled}) is null as empty_row",
    ]
    if 0 not in mapping.columns.values():
        # Google Ads writes "Total: Account" in its first column, which a report without days leaves unmapped
        selects.append(f"{_total('r.c0')} as first_total")
    # Read outside any transaction: a temp table never reaches the database file, and its rows get
    # row ids 0, 1, 2... in file order, which number the records.
    source.read_into(con, "import_rows", ",\n    ".join(selects), layout, workdir,
                     join="cross join import_constants as k" if mapping.constants else "")
    keys = [n for n in ("email", "external_id") if n in mapped and mapping.kind == "leads"]
    amount = amount_field(mapping.kind)
    # whether some amount writes its currency ("$ 5.000,00"): told by the sample, else by every value, as a mark
    # first met on the 20,001st row is still the row's currency
    sample_marked = amount in mapped and any(profiles[amount][code.lower()] for code in formats.CURRENCY_MARKS)
    # an owner's name too, a source, a channel: one group whatever bytes the CRM or a sheet wrote it in
    grouped = [n for n in mapped if n in GROUPED]
    folded = keys + grouped
    # (their spacing is repaired already: only a byte outside ASCII sends them to Python)
    facts = {f"odd_{n}": f"strlen({n}) <> length({n})" if n in GROUPED else _odd_key(n) for n in folded}
    if amount in mapped and not sample_marked:
        facts["marked"] = f"regexp_matches(raw_{column(amount)}, {formats.ANY_CURRENCY_MARK}, 'i')"
    found = _repair(con, repairs, facts)
    for name in folded:
        if found[f"odd_{name}"]:
            _fold_keys(con, name, person_text if name == "owner" else group_text if name in GROUPED
                       else partial(key_text, fold=name == "email"))
    if grouped:
        _one_spelling(con, grouped, mapping, notes)
    if dates and not date_order and order == "dmy":
        _recheck_order(con, [column(n) for n in dates], {n: profiles[n] for n in dates}, decisions, notes)
    if not decimal:
        for name in numbers:
            if not (profiles[name]["it_only"] or profiles[name]["us_only"]):
                _recheck_decimal(con, name, mapping.column_name(name), decisions, notes)
    for name in numbers:
        _rounding(con, name, mapping.column_name(name), decisions.decimals[name], notes)
    decisions.rows = con.execute("select count(*) from import_rows").fetchall()[0][0]
    source.number_lines(con, layout, decisions.rows)
    marked = sample_marked or bool(found.get("marked"))
    columns = ", ".join(["r.rowid as rn", "r.*", *absent, *_derived(mapping.kind, mapped, marked)])
    if mapping.kind == "leads":
        for name in ("stage", "status"):
            _dictionary(con, name, specs[name].kind, stage_map, decisions, name in mapped,
                        mapping.column_name(name) if name in mapping.columns else None)
            if name in mapping.columns:
                _stages_read(con, name, mapping.column_name(name), notes)
        # the dedupe key: external_id when mapped, else the normalised email
        key = "external_id" if "external_id" in mapped else "email"
        raw = {n: f"r.raw_{n}" if n in mapped else "null::varchar" for n in ("stage", "status")}
        con.execute(
            # messages quote the key as written in the file, the e-mail before it was folded
            f"create or replace temp view import_rows_coded as select {columns}, r.{key} as key, "
            f"r.{'raw_email' if key == 'email' else key} as written_key, "
            "ds.code as stage, coalesce(ds.known, true) as known_stage, coalesce(ds.named, true) as named_stage, "
            "dt.code as status, coalesce(dt.known, true) as known_status, coalesce(dt.named, true) as named_status "
            f"from import_rows as r left join import_dict_stage as ds on ds.raw = {raw['stage']} "
            f"left join import_dict_status as dt on dt.raw = {raw['status']}")
    else:
        con.execute(f"create or replace temp view import_rows_coded as select {columns} from import_rows as r")
    _problems(con, mapping, width, decisions, layout.scan.nul_count > 0, nameless > 0)
    return decisions


def _repair(con, repairs: list[tuple[str, str]], facts: dict[str, str]) -> dict[str, bool]:
    """Each (assignment, condition) as an update of import_rows, run only where some row needs it: one scan
    tells which do (a padded cell, a value the fast reader left for the full one), as nearly none ever do. The
    same scan tells whether some row meets each of `facts` (name: condition, read before any repair), which is
    cheaper than a pass of their own over a million rows."""
    conditions = [condition for _, condition in repairs] + list(facts.values())
    if not conditions:
        return {}
    # bare conditions: bool_or passes over nulls, and is null only where every row gives null: no repair either
    found = con.execute("select " + ", ".join(f"bool_or({condition})" for condition in conditions)
                        + " from import_rows").fetchone()
    for (assignment, condition), wanted in zip(repairs, found):
        if wanted:
            con.execute(f"update import_rows set {assignment} where {condition}")
    return {name: bool(some) for name, some in zip(facts, found[len(repairs):])}


def _rounding(con, name: str, header: str, convention: str, notes: list[Note]) -> None:
    """Amounts are kept to the cent; a value with more decimals (an ad platform's 1.429999948) is never rounded
    in silence: a note gives how many, an example and what the rounding does to the column's total."""
    col = column(name)
    exact = formats.number_expr(f"raw_{col}", convention, "decimal(38, 12)")
    # only a value with three or more characters after its decimal mark can have lost something: the others
    # are not read a second time
    mark = "," if convention == "it" else "."
    count, example, stored, difference = con.execute(
        f"with v as (select raw_{col} as raw, {col} as kept, {exact} as exact from import_rows "
        f"where raw_{col} like '%{mark}___%' and {col} is not null) "
        "select count(*) filter (where exact <> kept), any_value(raw) filter (where exact <> kept), "
        "any_value(kept) filter (where exact <> kept), sum(kept) - sum(exact) from v").fetchone()
    if count:
        notes.append(Note("import.note_rounded", {"field": header, "count": count, "example": example.strip(),
                                                 "stored": str(stored),
                                                 "difference": format(difference.normalize(), "f")}))


def _constants(con, constants: dict[str, str]) -> None:
    """import_constants: one row holding the value --set gives each field (k_<field>), passed as parameters;
    the sample gets the same columns, so a constant's date or number shape is read as a column's would be."""
    names = [f"k_{name}" for name in constants]
    con.execute("create or replace temp table import_constants as select "
                + ", ".join([f"${i + 1}::varchar as {n}" for i, n in enumerate(names)] or ["1 as k"]),
                list(constants.values()))
    for name, value in zip(names, constants.values()):
        con.execute(f"alter table import_sample add column {name} varchar")
        con.execute(f"update import_sample set {name} = ?", [value])


def _odd_key(col: str) -> str:
    """SQL: the key may not be in the form _fold_keys gives it: a byte outside ASCII or spacing at its ends. A
    repair that trims the value can only take it out of this set, never bring it in."""
    return f"(strlen({col}) <> length({col}) or {col} like ' %' or {col} like '% ' or contains({col}, chr(9)))"


def _fold_keys(con, col: str, form: Callable[[str], str | None]) -> None:
    """Dedupe keys in Unicode's compatibility form, with no invisible characters (fields.key_text), and owners,
    sources and channels as one name each (fields.group_text): an e-mail followed by a no-break space is the same
    lead as without it. Only values with a byte outside ASCII or spacing at their ends need Python; the rest is
    already in that form (e-mails lower-cased, the spacing of grouped values repaired)."""
    odd = [r[0] for r in con.execute(f"select distinct {col} from import_rows where {_odd_key(col)}").fetchall()]
    if not odd:
        return
    con.execute("create or replace temp table import_dict_key (raw varchar, key varchar)")
    con.executemany("insert into import_dict_key values (?, ?)", [(v, form(v)) for v in odd])
    con.execute(f"update import_rows set {col} = d.key from import_dict_key as d where import_rows.{col} = d.raw")


def _one_spelling(con, grouped: list[str], mapping: Mapping, notes: list[Note]) -> None:
    """Each grouped name in one spelling whatever its letter case (sql/imports/spellings.sql): the file's "google"
    stored as the store's "Google", said with the rows it concerns. Only the file's distinct values are compared,
    never its rows one by one."""
    con.execute("create or replace temp table import_names as " + " union all ".join(
        f"select '{name}' as field, {name} as v, count(*) as n from import_rows where {name} is not null group by all"
        for name in grouped))
    found = db.rows(con, "imports/spellings")
    for name in grouped:
        pairs = [r for r in found if r["field"] == name]
        if not pairs:
            continue
        con.execute(f"update import_rows set {name} = s.name from import_spellings as s "
                    f"where s.field = '{name}' and import_rows.{name} = s.written")
        # a value given for every row (by --set, the page's fixed values or an export's format) is named by its
        # field, as the page names it, never by the command line's option
        where = {"fixed": name} if name in mapping.constants else {"field": mapping.column_name(name)}
        notes.append(Note("import.note_spelling", {**where, "count": sum(r["rows"] for r in pairs), **_shown(
            [(r["written"], {lang: quote.format(r["name"]) for lang, quote in QUOTES.items()}) for r in pairs])}))


def _recheck_order(con, columns: list[str], profiles: dict[str, dict[str, Any]], decisions: Decisions,
                   notes: list[Note]) -> None:
    """The sample proved nothing, so day-first was assumed; the whole file may still prove month-first.

    A month-first file whose first rows all fall on days 1-12 would otherwise lose every later date to a
    reject. Only when the whole file has month-first proof and no day-first proof is the order switched."""
    if not any(n.key == "import.note_date_order_assumed" for n in notes):
        return
    numeric = formats.NUMERIC.replace("'", "''")
    # case, not and: the pattern is read only for the few values that can prove something
    counts = con.execute("select " + ", ".join(
        f"count(*) filter (where case when day({c}) > 12 then regexp_full_match(trim(raw_{c}), '{numeric}') end), "
        f"count(*) filter (where case when {c} is null and raw_{c} is not null then "
        f"try_cast(regexp_extract(trim(raw_{c}), '{numeric}', 2) as int) between 13 and 31 end)"
        for c in columns) + " from import_rows").fetchone()
    day_first, month_first = sum(counts[0::2]), sum(counts[1::2])
    if month_first and not day_first:
        for c, profile in zip(columns, profiles.values()):
            expr = formats.date_expr(f"raw_{c}", profile, "mdy")
            con.execute(f"update import_rows set {c} = {expr} where regexp_full_match(trim(raw_{c}), '{numeric}')")
        notes[:] = [n for n in notes if n.key != "import.note_date_order_assumed"]
        notes.append(Note("import.note_date_order", {"order": "mdy", "count": month_first}))
        decisions.date_order = "mdy"
    elif day_first:
        notes[:] = [n for n in notes if n.key != "import.note_date_order_assumed"]
        notes.append(Note("import.note_date_order", {"order": "dmy", "count": day_first}))


def _recheck_decimal(con, name: str, header: str, decisions: Decisions, notes: list[Note]) -> None:
    """As for dates: a column whose sample held no telling number is judged again on all its values."""
    col = column(name)
    profile = dict(zip(formats.NUMBER_PROFILE_KEYS, con.execute(
        formats.profile_sql("import_rows", [formats.number_profile(f"raw_{col}")])).fetchall()[0]))
    if not (profile["it_only"] or profile["us_only"] or profile["dots"] or profile["commas"]):
        return
    notes[:] = [n for n in notes if not (n.key in ("import.note_decimal_assumed", "import.note_decimal_thousands")
                                         and n.params["field"] == header)]
    choice = formats.decide_decimal(header, profile, None, decisions.decimals[name], notes)
    if choice != decisions.decimals[name]:
        decisions.decimals[name] = choice
        con.execute(f"update import_rows set {col} = {formats.number_expr(f'raw_{col}', choice)} "
                    f"where raw_{col} is not null")


def _months(profile: dict[str, Any]) -> bool:
    """Spend days that are months with no day ("novembre 2026"), and none a day: a monthly sheet, refused as bad
    dates before (a total row's "Totale: account" beside them is neither)."""
    return bool(profile.get("months")) and not any(
        profile[k] for k in ("iso", "iso_tz", "numeric", "year_first", "month_name", "serial"))


def _profile(con, mapped: dict[str, str], dates: list[str], numbers: list[str]) -> dict[str, dict[str, Any]]:
    parts: list[formats.Profile] = []
    keys: list[tuple[str, str]] = []
    for name in dates:
        parts.append(formats.date_profile(mapped[name]))
        keys += [(name, k) for k in formats.DATE_PROFILE_KEYS]
        if name == "spend_date":
            parts.append(formats.months_count(mapped[name]))
            keys.append((name, "months"))
    for name in numbers:
        parts.append(formats.number_profile(mapped[name]))
        keys += [(name, k) for k in formats.NUMBER_PROFILE_KEYS]
    if not parts:
        return {}
    values = con.execute(formats.profile_sql("import_sample", parts)).fetchone()
    profiles: dict[str, dict[str, Any]] = {}
    for (name, key), value in zip(keys, values):
        profiles.setdefault(name, {})[key] = value
    return profiles


PAIRS_SHOWN = 8


def _shown(pairs: list[tuple[str, dict[str, str]]]) -> dict[str, Any]:
    """A note's pairs param, each value as the file wrote it and as it was read ("«Engaging» → Opportunità"), in
    each language: the first PAIRS_SHOWN of them, and how many more as pairs_more (worded by reasons.counted)."""
    shown: dict[str, Any] = {"pairs": {lang: ", ".join(f"{quote.format(raw)} → {read[lang]}"
                                                       for raw, read in pairs[:PAIRS_SHOWN])
                                       for lang, quote in QUOTES.items()}}
    if len(pairs) > PAIRS_SHOWN:
        shown["pairs_more"] = len(pairs) - PAIRS_SHOWN
    return shown


def _stages_read(con, name: str, header: str, notes: list[Note]) -> None:
    """How each of the file's stage values was read ("Engaging" is an opportunity, "Working" a lead), said in both
    languages with the stages' own labels, so a reading nobody asked for is seen before the numbers move."""
    pairs = [(raw, *labels) for raw, code, *labels in con.execute(
        f"select d.raw, s.code, s.label_it, s.label_en from import_dict_{name} as d join stages as s "
        "on s.code = d.code where d.known").fetchall()
        # "MQL" read as MQL, "Cliente" as Cliente go without saying
        if normalise(raw) not in {normalise(code), *map(normalise, labels)}]
    if not pairs:
        return
    notes.append(Note("import.note_stages_read", {
        "field": header, **_shown([(raw, {"it": label_it, "en": label_en}) for raw, label_it, label_en in pairs])}))


def _dictionary(con, name: str, kind: str, stage_map: dict[str, str], decisions: Decisions, mapped: bool,
                header: str | None) -> None:
    """The file's distinct stage values -> our stage codes, as a small table to join on. The column's own header
    name is no stage: a repeated header row, refused as such (_problems), never offered to map."""
    table = f"import_dict_{name}"
    con.execute(f"create or replace temp table {table} (raw varchar, code varchar, known boolean, named boolean)")
    if not mapped:
        return
    # in the order the file first uses them: the stage map to fill in lists them so, the same on every check
    values = [r[0] for r in con.execute(
        f"select raw_{name} from import_rows where raw_{name} is not null group by 1 order by min(rowid)").fetchall()]
    custom = {normalise(k): v for k, v in stage_map.items() if normalise(k)}
    pairs = []
    for value in values:
        key = normalise(value)
        if not key:
            # "---" or "?" names no stage: rejected, never mapped
            code, known = None, False
        elif kind == "outcome":
            known = key in custom or key in OUTCOME_SYNONYMS
            code = custom[key] if key in custom else OUTCOME_SYNONYMS.get(key)
        else:
            # the user's --stage-map wins over the built-in names
            # Bitrix24 prefixes the stages of its second and later pipelines: "C2:WON", read as "WON"
            plain = re.sub(r"^c\d+ ", "", key)
            code = custom.get(key) or STAGE_SYNONYMS.get(key) or STAGE_SYNONYMS.get(plain) or \
                (key if key in STAGE_CODES else None)
            known = code is not None
        if header is not None and key == normalise(header):
            code, known = None, True
        if not known and key:
            decisions.unknown_stages.append(value)
        pairs.append((value, code, known, bool(key)))
    if pairs:
        con.executemany(f"insert into {table} values (?, ?, ?, ?)", pairs)


def amount_field(kind: str) -> str:
    """The field that holds a row's amount: a lead's deal value, a spend row's amount."""
    return "deal_value" if kind == "leads" else "amount"


def _derived(kind: str, mapped: dict[str, str], marked: bool) -> list[str]:
    """A name from first and last name when no full name is mapped; a currency written inside amounts (also beside
    a currency column, which the amount must then agree with)."""
    currency = formats.currency_expr(f"r.raw_{amount_field(kind)}") if marked else "null"
    derived = [f"{currency}::varchar as derived_currency"]
    if kind == "leads":
        parts = [f"r.{n}" for n in ("first_name", "last_name") if n in mapped]
        name = f"nullif(concat_ws(' ', {', '.join(parts)}), '')" if parts and "name" not in mapped else "null"
        derived.append(f"{name}::varchar as derived_name")
    return derived


def _problems(con, mapping: Mapping, width: int, decisions: Decisions, has_nul: bool, side_notes: bool) -> None:
    """Every reason a row cannot go in, each with the field and value it concerns.

    Each check is a select list and a condition. The file is scanned once for rows meeting any condition,
    which are few; the checks then run on those rows alone."""
    specs = FIELDS[mapping.kind]
    checks = [
        ("null, null, 'empty_row', null", "empty_row"),
        (f"null, null, 'too_many_columns', '{width}'", "too_many and not empty_row"),
        (f"null, null, 'too_few_columns', '{width}|' || found_columns", "too_few and not empty_row"),
    ]
    warnings: list[tuple[str, str]] = []
    emails_kept = False
    if side_notes:
        warnings.append(("null, side_note, 'side_note', null", "side_note is not null and not empty_row"))
    texts = [column(n) for n in mapping.fields if specs[n].kind in ("text", "email", "currency")]
    if has_nul and texts:
        checks.append(("null, null, 'nul_byte', null", " or ".join(f"contains({c}, chr(0))" for c in texts)))
    for name in mapping.fields:
        spec, col = specs[name], column(name)
        quoted = f"'{name}'"
        if spec.kind == "email":
            # not the key: the lead goes in without it, and the cell is reported with its line
            code = "bad_email_kept" if "external_id" in mapping.fields else "bad_email"
            emails_kept = code == "bad_email_kept"
            (warnings if emails_kept else checks).append(
                (f"{quoted}, raw_{col}, '{code}', null",
                 f"{col} is not null and not {email_shape(col)}"))
        elif name == "external_id":
            # "2,84441E+11": Excel's rounding of a long numeric ID, which then names no record, or the wrong one
            checks.append((f"{quoted}, {col}, 'key_scientific', null",
                           f"contains({col}, '+') and regexp_full_match({col}, '{SCIENTIFIC_KEY}')"))
        elif spec.kind in ("stage", "outcome"):
            checks.append((f"{quoted}, raw_{col}, case when named_{col} then 'unknown_stage' else 'unnamed_stage' "
                           "end, null", f"raw_{col} is not null and not known_{col}"))
            if spec.kind == "outcome":
                # Pipedrive's "Deleted": a deal taken away in the CRM is skipped, never an open deal in the pipeline
                deleted = ", ".join(f"'{w}'" for w in DELETED)
                # (unless the stage map names it: "--stage-map deleted=lost" keeps it as a lost deal)
                checks.append((f"{quoted}, raw_{col}, 'deleted_row', null",
                               f"lower(trim(raw_{col})) in ({deleted}) and raw_{col} in "
                               f"(select raw from import_dict_{col} where code is null)"))
        elif spec.kind == "date" and name == "spend_end":
            # only what a note says: a period's last day that cannot be read refuses no spend
            continue
        elif spec.kind == "date":
            checks.append((f"{quoted}, raw_{col}, 'bad_date', '{decisions.date_order or ''}'",
                           f"raw_{col} is not null and {col} is null"))
            low, high = formats.YEAR_RANGE
            checks.append((f"{quoted}, raw_{col}, 'date_out_of_range', null",
                           f"year({col}) not between {low} and {high}"))
        elif spec.kind == "number":
            mark = "," if decisions.decimals[name] == "it" else "."
            checks.append((f"{quoted}, raw_{col}, 'bad_number', '{mark}'", f"raw_{col} is not null and {col} is null"))
            if mapping.kind == "leads":
                checks.append((f"{quoted}, raw_{col}, 'negative_value', null", f"{col} < 0"))
        elif spec.kind == "currency":
            # a code ISO 4217 does not know ("EUE", "$", "Dollaro"): the few values a currency column holds are
            # looked up once, here, rather than in every row
            known = settings.iso_currencies()
            unknown = [v for (v,) in con.execute(f"select distinct {col} from import_rows where {col} is not null")
                       .fetchall() if v not in known]
            if unknown:
                listed = ", ".join("'" + v.replace("'", "''") + "'" for v in unknown)
                checks.append((f"{quoted}, {col}, 'bad_currency', null", f"{col} in ({listed})"))
            # "€ 1.200,00" with USD beside it: which one the deal is in no row says, so it is never guessed. A bare
            # "$" is the dollar of Canada, Australia or Mexico as much as of the United States: no contradiction
            amount = column(amount_field(mapping.kind))
            checks.append((f"{quoted}, {col}, 'currency_conflict', derived_currency",
                           f"derived_currency is not null and {col} is not null and derived_currency <> {col} "
                           f"and (derived_currency <> 'USD' or regexp_matches(raw_{amount}, 'USD', 'i'))"))
    fields = [n for n in mapping.columns if specs[n].kind != "number"]
    cells = [written(n, specs) for n in fields]
    if 0 not in mapping.columns.values():
        cells.append("first_total")
    footers = _footer_rows(con, mapping) if mapping.columns else []
    if cells:
        # "Total: Account" (Google Ads), "Totale" (Excel): a sum of the rows above, never a row of its own
        told_cells = [c for c in cells if c != "first_total"]
        said = " or ".join(([f"{_first_total(told_cells)} is not null"] if told_cells else [])
                           + (["first_total"] if "first_total" in cells else []))
        # a spend row has its own date, unless every row has the report's one; a lead row its key, unless the key
        # column holds what a total row puts there ("Totale;2;;3.000,00": the count of the rows above), told by
        # its amount being the sum of all the others
        amount = amount_field(mapping.kind)
        # (the last row, with no e-mail and no stage of its own: a lead called "Total" with both is a lead)
        blank = "".join(f" and {c} is null" for n, c in (("email", "email"), ("stage", "raw_stage"))
                        if n in mapping.columns)
        summed = ""
        if amount in mapping.columns:
            # the file's sum and last row once, from the staged table, as constants: never a subquery per row
            # (the last row of data: a note typed under the total is a footer)
            total, last = con.execute(f"select sum({amount}), max(rowid) filter (where not empty_row) "
                                      f"from import_rows where rowid not in ({', '.join(map(str, footers)) or -1})"
                                      ).fetchone()
            if total is not None:
                summed = (f" or (key is not null and {amount} is not null and 2 * {amount} = {total} "
                          f"and rn = {last}{blank})")
        keyless = (("true" if "spend_date" in mapping.constants else "spend_date is null") if mapping.kind == "spend"
                   else f"(key is null or {_total('key')}{summed})")
        # case, not and: only keyless rows get their cells read (DuckDB's and evaluates both sides)
        # the cell that says so is quoted, as any rejected value is (none when only the unmapped first one says it)
        names = ", ".join(f"'{n}'" for n in fields)
        field = f"[{names}][{_first_total(told_cells)}]" if told_cells else "null"
        value = f"[{', '.join(told_cells)}][{_first_total(told_cells)}]" if told_cells else "null"
        checks.append((f"{field}, {value}, 'total_row', null", f"case when {keyless} then {said} else false end"))
    if footers:
        # the footer's words quoted, where its column is mapped
        first = next((n for n, i in mapping.columns.items() if i == 0), None)
        said = f"'{first}', {written(first, specs)}" if first else "null, null"
        checks.append((f"{said}, 'footer_row', null", f"rn in ({', '.join(map(str, footers))})"))
    summaries = _summary_rows(con, mapping) + _named_totals(con, mapping) if mapping.kind == "spend" else []
    if summaries:
        checks.append(("'amount', raw_amount, 'total_row', null", f"rn in ({', '.join(map(str, summaries))})"))
    # the header again (files pasted one under another): one reason, not a bad date, number and stage. Its names
    # come from the file, so they travel as parameters
    named = [(n, c) for n, c in zip(fields, cells) if c != "first_total"][:2]
    headers = {f"header_{i}": mapping.column_name(n) for i, (n, _) in enumerate(named)}
    if named:
        checks.append((f"'{named[0][0]}', {named[0][1]}, 'repeated_header', null",
                       " and ".join(f"{c} = $header_{i}" for i, (_, c) in enumerate(named))))
    # bare conditions, no coalesce(..., false): a filter treats null as false anyway, and a function around them
    # makes DuckDB compute every condition on every row rather than only on the rows the earlier ones left
    con.execute("create or replace temp table import_flagged as select * from import_rows_coded where "
                + " or ".join(f"({condition})" for _, condition in checks + warnings), headers)
    con.execute("create or replace temp table import_problems as\n" + _union(checks), headers)
    for code in (*SKIPPED, "repeated_header"):
        con.execute(f"delete from import_problems where code <> '{code}' "
                    f"and rn in (select rn from import_problems where code = '{code}')")
    # a row skipped is said once, by the first check that found it (a total both named "Totale" and summing the
    # rows above: by its word)
    con.execute(f"delete from import_problems where code in {SKIPPED_SQL} and rowid not in "
                f"(select min(rowid) from import_problems where code in {SKIPPED_SQL} group by rn)")
    con.execute("create or replace temp table import_warnings as\n" + _union(warnings))
    con.execute("drop table import_flagged")
    if emails_kept:
        con.execute("update import_rows set email = null where rowid in "
                    "(select rn from import_warnings where code = 'bad_email_kept')")


def _footer_rows(con, mapping: Mapping) -> list[int]:
    """A report's footer ("Riservato e confidenziale", "Copyright ... salesforce.com", "Note: estratto dal
    gestionale il 01/12/2026"): at the end of the file, rows whose only cell is the first one are no leads left
    unidentified, but no data at all. When the first column is the key, a footer's cell is words with a colon or
    three words at least ("L099;;;", "ACME 02;;;" are leads with nothing else known). A footer is a few lines at
    the very end: the last rows of the staged table, read by their row id, never a pass over a million rows."""
    specs = FIELDS[mapping.kind]
    others = [written(n, specs) for n, i in mapping.columns.items() if i != 0]
    # a spend sheet's first column is its days: words there that are no day ("IVA esclusa", "Esportato il
    # 04/12/2026") under the last row of spend are a footer too
    key = ("spend_date" if mapping.kind == "spend" else "external_id" if "external_id" in mapping.columns
           else "email")
    if not others or mapping.kind not in ("leads", "spend"):
        return []
    first_is_key = mapping.columns[key] == 0 if key in mapping.columns else False
    rows = con.execute("select count(*) from import_rows").fetchone()[0]
    bare = " and ".join(f"{c} is null" for c in others)
    cell, words = ((f"raw_{key}", f"{key} is null") if mapping.kind == "spend" and key in mapping.columns
                   else (key, "false"))
    tail = con.execute(f"select rowid, {cell}, empty_row, {bare}, {words} from import_rows where rowid >= ? "
                       "order by rowid", [max(rows - 20, 0)]).fetchall()
    footers = []
    for n, k, empty, only_first, no_day in reversed(tail):
        if empty:
            continue
        if only_first and (k is None or (first_is_key and (":" in k or len(k.split()) > 2 or (
                no_day and re.search(r"[^\W\d_]{2}", k))))):
            footers.append(n)
        elif k is not None:
            break
    return sorted(footers)


def _summary_rows(con, mapping: Mapping) -> list[int]:
    """A spend report by campaign with its summary row (Meta's: no campaign name, the whole amount): a row with no
    campaign whose amount is the sum of all the others of its day and channel, beside two named campaigns at least,
    or, in a report over a period, above the one campaign of an account that runs one (a channel's budget row with no
    campaign, as much as another channel's campaign that day, is spend of its own)."""
    if "campaign" not in mapping.columns or "amount" not in mapping.columns:
        return []
    same = "o.spend_date is not distinct from r.spend_date" + (
        " and o.channel is not distinct from r.channel" if "channel" in mapping.columns else "")
    # beside one campaign only in a report over a period (Meta's "Inizio report"/"Fine report"), its summary row
    # above it: a sheet by day keeps an unnamed row as its own spend, however alike the amounts
    one = (f"case when exists (select 1 from import_rows_coded as o where {same} and o.campaign is not null "
           "and o.rn < r.rn) then 2 else 1 end") if "spend_end" in mapping.columns else "2"
    return [n for (n,) in con.execute(
        "select r.rn from import_rows_coded as r where r.campaign is null and r.amount is not null "
        f"and 2 * r.amount = (select sum(o.amount) from import_rows_coded as o where {same}) "
        f"and (select count(*) from import_rows_coded as o where {same} and o.campaign is not null) "
        f">= {one}"
    ).fetchall()]


def _named_totals(con, mapping: Mapping) -> list[int]:
    """A spend sheet's dated total rows: "Totale" in the campaign (the day's, or the day's for its channel) or in the
    channel (the day's, or the whole sheet's), with the sum of the other rows as its amount. A row named so whose
    amount is no such sum is spend like any other, as a campaign may be called anything."""
    cells = [c for c in ("campaign", "channel") if c in mapping.columns]
    if "amount" not in mapping.columns or not cells:
        return []
    said = " or ".join(_total(c) for c in cells)
    # one cheap pass first: nearly no sheet has such a row, and the sums are then never taken
    if not con.execute(f"select count(*) from import_rows_coded where {said}").fetchone()[0]:
        return []
    day = "o.spend_date is not distinct from r.spend_date"
    channel = " and o.channel is not distinct from r.channel" if "channel" in mapping.columns else ""
    return [n for (n,) in con.execute(
        f"with t as (select rn, spend_date, {', '.join(cells)}, amount, {said} as said from import_rows_coded "
        "where amount is not null), o as (select * from t where not said) "
        "select r.rn from t as r where r.said and r.amount in ("
        f"(select sum(o.amount) from o where {day}{channel}), (select sum(o.amount) from o where {day}), "
        "(select sum(amount) from o)) order by r.rn"
    ).fetchall()]


def _union(checks: list[tuple[str, str]]) -> str:
    """One row per check a flagged row fails: rn, field, value, code, detail."""
    first = ("select null::bigint as rn, null::varchar as field, null::varchar as value, null::varchar as code, "
             "null::varchar as detail where false")
    return "\nunion all\n".join([first] + [f"select rn, {columns} from import_flagged where {condition}"
                                             for columns, condition in checks])
