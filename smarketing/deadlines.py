"""Deadlines written the way people write them, in Italian or English, read with python-dateutil.

Dates go through dateutil with a parserinfo that knows Italian month names (never fuzzy: a phrase that
is not a date is reported, not guessed). Quarters, "fine anno", "entro 90 giorni" and the like are turned
into dates here, since no parser knows them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from babel.dates import get_day_names, get_month_names
from dateutil import parser as dateparser
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from smarketing import periods
from smarketing.i18n import ELIDED


def _weekday(day: int) -> tuple[str, ...]:
    """A weekday's names from CLDR: English abbreviated and wide, Italian wide, and Italian as often typed, with
    no accent ("lunedi"). Italian abbreviations are left out: "mar" is both March and martedì."""
    italian = get_day_names("wide", locale="it")[day]
    return tuple(dict.fromkeys((get_day_names("abbreviated", locale="en")[day], get_day_names("wide", locale="en")[day],
                                italian, italian.replace("ì", "i"))))


class ItalianEnglishInfo(dateparser.parserinfo):
    """Month and weekday names in both languages; words around a date that carry no meaning are skipped."""

    # CLDR's wide and abbreviated names in Italian and English (British English writes "Sept")
    MONTHS = [tuple(dict.fromkeys(get_month_names(width, locale=where)[month] for where in ("it", "en", "en_GB")
                                  for width in ("wide", "abbreviated")))
              for month in range(1, 13)]
    WEEKDAYS = [_weekday(day) for day in range(7)]
    JUMP = [" ", ".", ",", ";", "-", "/", "'", "of", "the", "il", "del", "di", "lo", "la"]


_INFO = ItalianEnglishInfo(dayfirst=True)
# longest first, then alphabetical: the same text in every process (a set's order changes with each one), so that
# a pattern made with it is the one kept by an earlier process (regexcache)
MONTH_NAMES = "|".join(sorted({n.lower() for names in ItalianEnglishInfo.MONTHS for n in names},
                              key=lambda name: (-len(name), name)))
WEEKDAY_NAMES = "|".join(n.lower() for names in ItalianEnglishInfo.WEEKDAYS for n in names[1:])
# the words that set a number or a period beside another to compare with: "rispetto al Q3", "vs 20", "contro i 20"
VERSUS = r"rispetto\s+(?:a|al|allo|all'|alla|ai|agli|alle)|vs\.?|versus|compared\s+(?:to|with)" \
         r"|contro\s+(?:il|i|gli|le|lo|l')?"
_UNITS = {"giorno": "days", "giorni": "days", "gg": "days", "day": "days", "days": "days",
          "settimana": "weeks", "settimane": "weeks", "week": "weeks", "weeks": "weeks",
          "mese": "months", "mesi": "months", "month": "months", "months": "months",
          "anno": "years", "anni": "years", "year": "years", "years": "years"}
_ORDINAL_QUARTER = {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "first": 1, "second": 2, "third": 3,
                    "fourth": 4}

# A deadline is introduced by one of these; what follows is read as a date.
_LEAD_IN = r"(?:entro|by|before|prima del|prima di|per il|per la|per(?=\s+fine)|x(?=\s+fine)|until|fino al|fino a" \
           r"|a fine|alla fine di|da qui a|da qui alla fine di|within|in|scadenza|deadline|through|thru|till" \
           r"|between now and|from now (?:until|till|through|to))"
# "30th February 2027", "February 30th, 2027": the ordinal is part of the date, never a reason to drop the day
_DATE = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)|\d{4}-\d{1,2}-\d{1,2}"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES})\.?,?\s+\d{{4}}"
         rf"|(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})")


@dataclass
class Deadline:
    day: date | None
    phrase: str | None      # the words read, or the words that could not be read
    readable: bool
    first: date | None = None   # the period's first day, when the sentence names the period ("nel Q2", "Q2:")
    heading: bool = False       # a year read from a heading ("Fatturato 2027:"): any other deadline comes first
    event: bool = False         # a span counted from an event no sentence dates ("entro 6 settimane dal lancio")
    also: str | None = None     # the words of the day a span runs from, written apart ("dal 1 febbraio 2027, ...")
    counts_only: bool = False   # `first` holds for a count or a sum only ("a gennaio": January's MQLs, a rate by then)


# words that make a period the deadline ("entro il Q2", "by end of H1"); without them it is the period itself
# ("through Q4 2027" runs to its end; "throughout Q4 2027" is the quarter itself)
_BY = re.compile(r"(?:entro|by|before|until|through|thru|fino\s+al?|prima\s+d\w*|within|fine|end|end\s+of"
                 r"|for\s+the\s+end\s+of|scadenza:?"
                 r"|deadline:?|due)\s+"
                 r"(?:il\s+|la\s+|the\s+|del\s+|della\s+|dell'\s*|of\s+)?(?:fine\s+(?:del\s+)?)?$")


def _during(low: str, at: int, last: date, months: int) -> date | None:
    """The first day of the period ending on `last`, when the words before it name the period itself."""
    return None if _BY.search(low[:at]) else last + timedelta(days=1) - relativedelta(months=months)


_YEAR_WORDS = r"(?:del\s+prossimo\s+anno|dell['’]\s*anno\s+(?:prossimo|successivo|venturo)|(?:of\s+)?next\s+year" \
              r"|(?P<this>di\s+quest['’]\s*anno|dell['’]\s*anno\s+in\s+corso|(?:of\s+)?this\s+year))"


_WHOLE = {elided.rstrip("'"): whole for whole, elided in ELIDED.items()}


# the four-month periods of a year (quadrimestri), by their order
_FOUR_MONTHS = {"primo": (1, 4), "secondo": (5, 8), "terzo": (9, 12)}


def _four_months(text: str, today: date) -> str:
    """"nel primo quadrimestre 2027" is January to April 2027, "entro il secondo quadrimestre" the end of August: in the
    months the readers below know (with no year, the next such period not yet over)."""
    def months(found: re.Match[str]) -> str:
        first, last = _FOUR_MONTHS[found["which"].lower()]
        year = int(found["year"]) if found["year"] else today.year + (today.month > last)
        names = [get_month_names("wide", locale="it")[first], get_month_names("wide", locale="it")[last]]
        return f"entro {names[1]} {year}" if found["by"] else f"da {names[0]} a {names[1]} {year}"

    return re.sub(r"\b(?:(?P<by>entro(?:\s+(?:la\s+fine\s+del|fine|il))?)|(?:nel|del|durante\s+il|per\s+il))?\s*"
                  r"(?P<which>primo|secondo|terzo)\s+quadrimestre(?:\s+(?:del\s+)?(?P<year>(?:19|20)\d\d))?\b",
                  months, text, flags=re.IGNORECASE)


def shorthand(text: str, today: date) -> str:
    """Deadlines as notes, slides and e-mails write them, in the words the readers below know: "entro e non oltre"
    and "no later than" are a firm "entro" (never a ceiling); "giugno del prossimo anno" and "31 March next year" name
    the year; "dic. 2027", "marzo '27", "3 sett." are a month, a year and weeks; "al 30 giugno 2027" is the state by
    that day."""
    # "entro l'8 giugno", "dall'8 gennaio all'11 aprile": the article elided before a day, as it is written
    # (the articles i18n elides when it writes a day, read back)
    text = re.sub(r"\b(l|dall|all|dell|nell|sull)['’](?=(?:0?8|11)\b)", lambda m: _WHOLE[m[1].lower()] + " ", text,
                  flags=re.IGNORECASE)
    # "entor fine giugno", "entro fne marzo": the deadline's words typed fast
    text = re.sub(r"\b(?:entor|etnro|enrto|entrp)\b", "entro", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<=\bentro )fne\b|\bfne(?= (?:di |del |dell['’])?(?:" + MONTH_NAMES + r"|anno|mese|trimestre))",
                  "fine", text, flags=re.IGNORECASE)
    text = re.sub(r"\bentro\s+e\s+non\s+(?:oltre|dopo)\b|\bal\s+pi[uù]\s+tardi\s+entro\b", "entro", text,
                  flags=re.IGNORECASE)
    # "1H 2027", "3Q 2027": the half or the quarter with its number first, as some slides write it (with a year:
    # "2h" alone is two hours)
    text = re.sub(r"\b(?:([12])\s*H|([1-4])\s*Q)(?=\s*(?:19|20)\d\d\b)", lambda m: f"H{m[1]}" if m[1] else f"Q{m[2]}",
                  text, flags=re.IGNORECASE)
    text = _four_months(text, today)
    text = re.sub(r"\b(?:no|not)\s+later\s+than\b", "by", text, flags=re.IGNORECASE)
    # the month first, or the day and the month: the year they belong to
    # (never the verb: "leads may next year reach 5,000")
    text = re.sub(rf"\b((?:\d{{1,2}}\s+)?(?:{MONTH_NAMES}))\.?\s+{_YEAR_WORDS}", lambda m: m[0] if m[1] == "may" else
                  f"{m[1]} {today.year if m['this'] else today.year + 1}", text, flags=re.IGNORECASE)
    # "300 lead quest'anno": the calendar year; "by the end of this year", "entro la fine di quest'anno": its end, from
    # today; "dicembre quest'anno": that month of it; never where it stands now ("quest'anno siamo a 50")
    def this_year(found: re.Match[str]) -> str:
        if found["month"]:
            return f"{found['month']} {today.year}"
        if found["due"]:
            return f"entro fine {today.year}" if found["it"] else f"by end of {today.year}"
        return f"nel {today.year}" if found["it"] else f"in {today.year}"

    text = re.sub(rf"\b(?:(?P<month>{MONTH_NAMES})\.?\s+|(?P<due>(?:entro|prima)(?:\s+(?:della|la))?"
                  r"(?:\s+fine(?:\s+di)?)?|(?:la\s+)?fine(?:\s+di)?|nel\s+corso\s+di|durante"
                  r"|(?:by|before|until)?(?:\s+the)?\s*end\s+of|by|before|within|during|in\s+the\s+course\s+of)\s+)?"
                  r"(?:(?P<it>quest['’]\s*anno|l['’]\s*anno\s+in\s+corso)|this\s+year|the\s+current\s+year)\b"
                  r"(?!\s+(?:siamo|stiamo|sta|sono|è|e'|abbiamo|avevamo|ne|we|it|is|are|a|al|ai|at)\b)", this_year,
                  text, flags=re.IGNORECASE)
    # "1.000 MQL nell'anno", "Obiettivo dell'anno: 1.000 MQL": the calendar year under way, as "quest'anno"
    text = re.sub(r"(?<![\w'’])(?:(?P<head>(?:obiettiv[oi]|target|goals?|okr)\s+)dell|nell)['’]\s*anno"
                  r"(?:\s+in\s+corso)?\b(?!\s*(?:\d|scors|precedent|passat|prossim|successiv|ventur|fiscal))",
                  lambda m: f"{m['head'] or ''}nel {today.year}", text, flags=re.IGNORECASE)
    # "entro il prossimo giugno", "nel giugno prossimo", "by next June": the next such month to come
    def next_month(found: re.Match[str]) -> str:
        month = found["month"] or found["after"]
        first = _parse(f"1 {month} {today.year}")
        if first is None:
            return found[0]
        return f"{month} {today.year if first.month > today.month else today.year + 1}"

    text = re.sub(rf"\b(?:il\s+|the\s+)?(?:prossimo|next)\s+(?P<month>{MONTH_NAMES})\b(?!\s*\d{{4}})"
                  rf"|\b(?P<after>{MONTH_NAMES})\s+prossimo\b", next_month, text, flags=re.IGNORECASE)
    # "dic. 2027", "marzo '27", "March ’27"
    text = re.sub(rf"\b({MONTH_NAMES})\.?\s*['’](\d{{2}})\b", r"\1 20\2", text, flags=re.IGNORECASE)
    text = re.sub(r"\bsett\.?(?=\s*\d{4}\b)", "settembre", text, flags=re.IGNORECASE)
    text = re.sub(rf"\b({MONTH_NAMES})\.(?=\s*\d{{4}}\b)", r"\1", text, flags=re.IGNORECASE)
    # "entro il 3 sett.": a day of September; "entro 3 sett.", "in 4 sett": weeks (before a year, the month above)
    text = re.sub(r"\b(il|al|dal|del|l'|l’)\s*(\d{1,2})\s*sett\b\.?", r"\1 \2 settembre", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(\d{1,3})\s*sett\b\.?", r"\1 settimane", text, flags=re.IGNORECASE)

    # a deadline written with its own words wins: "verifica intermedia al 31/03/2027" beside "entro giugno 2027"
    elsewhere = re.search(r"\b(?:entro|by|before|until|fino\s+al?|scadenza|deadline|within|in\s+\d+\s+\w+)\b", text,
                          re.IGNORECASE)

    def by_day(found: re.Match[str]) -> str:
        # a day still to come, never a window's end ("dal 1 gennaio al 30 giugno"), a comparison's day, nor the day a
        # state is read on ("dati al 31 dicembre 2026: 100 clienti", "partendo dai 100 MQL al 31/12/2026")
        day = _parse(found["day"])
        if day is None or day <= today or (elsewhere and not found["head"]) or re.search(
                r"\b(?:dal|da|from|tra|fra|rispetto|dati|situazione|numeri|partendo|previst[ie]|verifica|aggiornat\w*"
                r"|stato|as\s+of)\b[^,;:]*$", text[:found.start()], re.IGNORECASE):
            return found[0]
        return f"{found['head'] or ''}entro il {found['day']}"

    # "Obiettivo 30 giugno 2027: ...", a heading's day, is the same
    return re.sub(rf"(?:\bal\s+|\b(?P<head>(?:obiettivo|objective|target|goal)\s+)(?=(?:{_DATE})\s*:))(?P<day>{_DATE})",
                  by_day, text, flags=re.IGNORECASE)


def without_bridges(text: str) -> str:
    """"prima del ponte del 25 aprile": the bridge is the days around the date, which is the deadline; the sentence
    without the word, so that the deadline's phrase is found in it as written."""
    return re.sub(r"\bponte\s+del\s+(?=\d)", "", text, flags=re.IGNORECASE)


def find(text: str, today: date) -> Deadline:
    """The deadline a statement names, relative to today where it is relative ("in 90 giorni"), with the day the
    window starts when the sentence names one ("a partire da dicembre 2026, 60 SQL entro il 28 febbraio 2027")."""
    found = _deadline(text, today)
    if found.day is None or found.first is not None or found.also is not None or _SPAN.search(found.phrase or ""):
        # (a span from today, "in 3 mesi", whose start the relative reader already looked for, keeps its length)
        return found
    start = _start_named(without_bridges(text).lower(), today, found)
    return found if start is None else replace(found, first=start[0], also=start[1])


_SPAN = re.compile(r"\d+\s*(?:giorn|gg\b|settiman|mes[ei]|ann[oi]|days?\b|weeks?\b|months?\b|years?\b|trimestr"
                   r"|quarters?\b|semestr|halves)")

# "a partire da dicembre 2026", "dal 1° gennaio 2027", "starting January 2027", "from 1 January 2027": the day the
# window starts, written apart from the deadline
_START = re.compile(r"(?:\ba\s+partire\s+(?:dal|dall'|dalla|da)|(?<!\w)(?:dal|dall')|\bstarting(?:\s+(?:from|on|in))?"
                    r"|\bbeginning(?:\s+(?:on|in))?|\bfrom)\s*(?:il\s+|the\s+)?"
                    rf"({_DATE}|(?:{MONTH_NAMES})\.?\s+\d{{4}})"
                    # "a partire da gennaio", "starting in January": the next such month's first day
                    rf"|(?:\ba\s+partire\s+da|\bstarting(?:\s+(?:from|on|in))?|\bbeginning(?:\s+in)?)\s+({MONTH_NAMES})\b")


def _start_named(low: str, today: date, found: Deadline) -> tuple[date, str] | None:
    """The window's first day a sentence names before or after its deadline: a day to come before the deadline
    (a day gone by says where things stand: "dal 1 settembre 2026 abbiamo 100 MQL al mese")."""
    assert found.day is not None
    # "1° gennaio": the ordinal mark is no part of the day
    for match in _START.finditer(re.sub(r"(?<=\d)[°º]", "", low)):
        if found.phrase and match.group(0) in found.phrase:
            continue
        written = match.group(1) or f"{match.group(2)} {today.year}"
        first = _parse(written) if re.match(r"\d", written) else _parse(f"1 {written}")
        if match.group(2) and first is not None and first <= today:
            first = first + relativedelta(years=1)
        if first is not None and today < first < found.day:
            return first, match.group(0)
    return None


def _not_years(low: str, today: date) -> str:
    """Four digits no deadline could be in, before five years ago or past thirty years on ("entro marzo 1500
    contatti" counts 1,500 contacts by March), marked so that no reader takes them as a year; the words keep their
    places. (A year in range stays one: "entro giugno 2027 SQL" is what is left of a sentence once its start is read,
    and "entro il 2045" is a deadline Time-bound finds too far.)"""
    def mark(found: re.Match[str]) -> str:
        return found.group(0) if today.year - 5 <= int(found.group(0)) <= today.year + 30 else "~" + found.group(0)[1:]

    return re.sub(r"(?<![\d.,'’/-])\d{4}(?![\d/-]|[.,]\d)", mark, low)


def _deadline(text: str, today: date) -> Deadline:
    low = _not_years(without_bridges(text).lower(), today)
    too_far = None
    span = None
    event_span: Deadline | None = None
    heading = None
    gone: Deadline | None = None
    # a season last: "a fall in CPL by June 2027" has a deadline, and it is June
    for reader in (_fiscal_end_dated, _month_in_brackets, _between_dates, _weekday_or_week, _relative, _half,
                   _mid_year, _quarter,
                   _end_of_year, _year_only,
                   _end_of_month, _explicit_date, _between_months, _month_year, _this_or_next_month, _feast_or_season):
        found = reader(low, today)
        if reader is _year_only and found is not None and _a_heading_year(found):
            # "OKR 2027 - 300 MQL entro giugno", "con il budget 2027 invariato ... entro giugno 2027": a year named
            # in passing is the window only when the sentence gives no day or month of its own
            heading = found
        elif reader is _relative and found is not None and found.event:
            # "entro 6 mesi dall'avvio della campagna": from an undated event; a day written too wins over it
            event_span = found
        elif reader is _relative and found is not None and (after := _AFTER_EVENT.search(text)) is not None:
            # "dopo la fiera di Verona ... entro 30 giorni": the days run from the fair, whose day no sentence gives
            return Deadline(None, after.group(0).strip(), False)
        elif reader is _relative and found is not None and found.day is None:
            # "entro 99999999 giorni lavorativi entro giugno 2027": a span past any calendar may be another
            # number (a response time); a deadline written further on wins over it
            too_far = found
        elif reader is _relative and found is not None and re.match(r"(?:in|within)\b", found.phrase or ""):
            # "chiudere le trattative in 45 giorni entro fine giugno": a span after "in" may be a deal's own
            # time; a calendar deadline written too wins over it
            span = found
        elif found is not None and found.day is not None and found.day < today and reader is not _relative:
            # "entro il 30/06/2027 (30 nel primo semestre 2026)": a period already over is the one compared
            # with when the sentence names one to come; alone, it is quoted back as past
            gone = gone or found
        elif found is not None:
            # "by October 31, 2026" read again as "October 31" of next year is still the date gone by
            return gone if gone is not None and _overlap(low, gone.phrase, found.phrase) else found
    if span is not None:
        return span
    if event_span is not None:
        return event_span
    if heading is not None:
        return heading
    if gone is not None:
        return gone
    if too_far is not None:
        return too_far
    event = event_phrase(text)
    if event is not None:
        # "entro la fiera SPS": when the fair falls no sentence says, so it is quoted back as no day, never guessed
        return Deadline(None, event, False)
    # a lead-in followed by something that looks like a date but is none ("entro il 31 febbraio 2027")
    stray = re.search(r"\b(?:entro|by|before|until)\s+(?:il\s+|la\s+|the\s+)?"
                      r"(\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,}|\s+[a-zà-ù]+\.?\s+\d{4,})|\d{4,}-\d{1,2}-\d{1,2})", low) \
        or re.search(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,}(?![\d/.-])", low)
    if stray:
        parts = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", (stray.group(1) if stray.lastindex
                                                                        else stray.group(0)).strip())
        # day first, strictly: "12-31-2027" stays quoted back, as no day-first reading holds it
        day = _valid(int(parts[3]), int(parts[2]), int(parts[1])) if parts else None
        if day is not None:
            # "... | Davide Mancini | 30/06/2027", a sheet's columns pasted: a valid date is never unreadable; one to
            # come is the deadline, a past one ("verbale del 18/11/2026") none
            return Deadline(day, stray.group(0).strip(), True) if day > today else Deadline(None, None, True)
        # "scadenza 31/12/20277": written as a date, whatever the words before it, so quoted back
        return Deadline(None, stray.group(0).strip(), False)
    return Deadline(None, None, True)


# what a span may be counted from that no sentence dates: "entro 6 settimane dal lancio", "within 90 days of the launch"
# (never a lead's own moment, "entro 1 giorno dall'ingresso del lead": the time each answer may take)
_FROM_EVENTS = {"lancio", "avvio", "firma", "fiera", "evento", "partenza", "apertura", "inizio", "kick", "kickoff",
                "launch", "start", "signing", "go", "rilascio", "release", "campagna", "campaign"}


_SMALL = {"due": "2", "tre": "3", "quattro": "4", "two": "2", "three": "3", "four": "4"}


def _relative(low: str, today: date) -> Deadline | None:
    match = re.search(r"\b(?:in|entro|within|within the next|nei prossimi|nelle prossime|in the next|over the next"
                      r"|entro i prossimi|entro le prossime|per i prossimi|per le prossime|for the next"
                      r"|during the next|per|for)"
                      # "entro un mese", "within a month": one, as common as a figure
                      r"\s+(\d+|un|uno|una|un'|a|an|one)\s*"
                      r"(giorni|giorno|gg|settimane|settimana|mesi|mese|anni|anno|days|day|weeks|week|months|month|"
                      r"years|year|trimestri|quarters|semestri|halves)\b", low)
    if not match:
        return None
    amount, unit = int(match.group(1)) if match.group(1).isdigit() else 1, _UNITS.get(match.group(2))
    # "entro un mese e mezzo", "within a year and a half": half a unit more; "entro una settimana o due", "in 2 or 3
    # months": the later end. Read as one unit, they looked clear and were short
    more = re.match(r"\s+(?:e\s+mezz[oa]|and\s+a\s+half)\b|\s+(?:o|or|-|–)\s+(\d+|due|tre|quattro|two|three|four)\b",
                    low[match.end():])
    extra = relativedelta()
    if more and more.group(1):
        amount = max(amount, int(_SMALL.get(more.group(1), more.group(1))))
    elif more and unit:
        extra = {"days": relativedelta(), "weeks": relativedelta(days=3), "months": relativedelta(days=15),
                 "years": relativedelta(months=6)}[unit]
    # "entro 90 giorni dall'1 gennaio 2027", "dal 1 febbraio 2027 ... entro 60 giorni", "a partire da gennaio 2027
    # ... in 3 mesi": the span runs from that day, which starts the window; "entro 6 settimane dal lancio di X": from
    # an event no sentence dates, so there is no day to count from
    after = re.match(rf"\s*(?:dal|dalla|dall'|dall’|dai|dalle|da|from|after|of)\s*(?:il\s+|la\s+|l'|the\s+)?"
                     rf"(?:({_DATE})|(?:inizio|start|beginning)\s+(?:del\s+|dell'anno\s+|of\s+(?:the\s+year\s+)?)?"
                     rf"(\d{{4}})\b|(?:(?:our|new|nostro|nuovo|product|prodotto)\s+)?(\w+)"
                     # "dal lancio del 15 marzo 2027", "dall'inizio di gennaio 2027": the event's day, written
                     rf"(?:\s+(?:del|di|dell'|on|of|in)\s*(?:il\s+)?({_DATE}|(?:{MONTH_NAMES})\s+\d{{4}}))?)",
                     low[match.end():])
    base, phrase, also = None, match.group(0), None
    if after and (after.group(1) or after.group(2) or after.group(4)):
        # "dall'1 gennaio 2027", "dall'inizio del 2027", "dal lancio del 15 marzo 2027": that day
        day = after.group(1) or after.group(4)
        base = date(int(after.group(2)), 1, 1) if after.group(2) else (
            _parse(day) if re.match(r"\d", day) else _parse(f"1 {day}"))
        phrase = (match.group(0) + low[match.end():match.end() + after.end()]).strip()
    elif after and after.group(3) and after.group(3) in _FROM_EVENTS:
        return Deadline(None, (match.group(0) + low[match.end():match.end() + after.end()]).strip(), False,
                        event=True)
    else:
        before = re.search(rf"\b(?:a\s+partire\s+dal?l?'?|dal|starting|from)\s*(?:il\s+|the\s+)?"
                           rf"({_DATE}|(?:{MONTH_NAMES})\s+\d{{4}})", low[:match.start()])
        if before:
            base = _parse(before.group(1)) if re.search(r"\d{1,2}\D", before.group(1)[:3]) else \
                _parse(f"1 {before.group(1)}")
            also = before.group(0)
            if base is not None and base < today:
                # "dal 1 settembre 2026 abbiamo 100 MQL al mese": a day gone by says where things stand, never when the
                # window starts
                base, also = None, None
    if base is None and re.match(r"(?:per|for)\s+(?:\d|un\b|uno\b|una\b|un'|a\b|an\b|one\b)", match.group(0)):
        # "dal 1 gennaio 2027, per 3 mesi" runs from that day; "per 2 anni di fila abbiamo chiuso 40 clienti" is
        # the past, never a deadline two years on
        return None
    if base is not None and unit is not None:
        try:
            last = base + relativedelta(**{unit: amount}) - (timedelta(days=1) if unit == "months" else timedelta(0))
        except (ValueError, OverflowError):
            return Deadline(None, match.group(0), False)
        return Deadline(last, phrase, True, base, also=also)
    if unit is None:
        # "nei prossimi 2 trimestri", "for the next two quarters": whole calendar quarters or halves after this one
        months = 3 if match.group(2) in ("trimestri", "quarters") else 6
        current_end = (today.month - 1) // months * months + months
        last = date(today.year, 1, 1) + relativedelta(months=current_end + amount * months) - timedelta(days=1)
        return Deadline(last, match.group(0), True)
    phrase = match.group(0) + (more.group(0) if more else "")
    try:
        return Deadline(today + relativedelta(**{unit: amount}) + extra, phrase, True)
    except (ValueError, OverflowError):
        # "in 99999999 anni" names no calendar day: quoted back, never an error
        return Deadline(None, match.group(0), False)


# words that make a quarter the one compared with, not the deadline: "+20% rispetto al Q3", "vs Q3"
# ("10 deals over €30k in Q1": what each deal is worth, never a level compared with)
_COMPARED = re.compile(rf"(?:{VERSUS}|than|meglio\s+del|peggio\s+del|sul"
                       r"|(?<!deals\s)(?<!deal\s)(?<!contracts\s)(?<!orders\s)over)\s*"
                       # "rispetto al 25% del Q3", "vs 120 in Q3": the value compared with, then its period
                       r"(?:(?:il\s+|i\s+|gli\s+|the\s+)?[€$£]?\s*\d[\d.,]*\s*(?:k|mila)?\s*(?:%|€|euro)?\s*"
                       r"(?:del|dello|nel|of|in)\s+(?:the\s+)?)?$")


def _quarter(low: str, today: date) -> Deadline | None:
    # a two-digit year only with its mark ("Q1 '27", "Q1/27"): "entro il Q2 30 nuovi clienti" counts 30 clients
    quarters = [*re.finditer(r"\bq([1-4])(?:\s*(?:del\s+|of\s+)?(\d{4})|\s*(?:'|’|/|-)(\d{2}))?(?!\d)", low),
                *re.finditer(r"\b(primo|secondo|terzo|quarto|first|second|third|fourth|[1-4](?:°|º|o)?)\s*"
                             r"(?:trimestre|trimester|quarter)\b\s*(?:del\s+|of\s+)?(\d{4})?()", low)]
    match = next((m for m in sorted(quarters, key=lambda m: m.start())
                  if not _COMPARED.search(low[:m.start()])), None)
    if not match:
        return _this_or_next_quarter(low, today)
    ordinal = re.sub(r"(?<=\d)[°ºo]$", "", match.group(1))     # 2° trimestre
    quarter = int(ordinal) if ordinal.isdigit() else _ORDINAL_QUARTER[ordinal]
    year = match.group(2) or (str(2000 + int(match.group(3))) if match.group(3) else None)     # Q1 '27
    last = _period_end(quarter * 3, year, today)
    return Deadline(last, match.group(0), True, _during(low, match.start(), last, 3))


def _period_end(last_month: int, year: str | None, today: date) -> date:
    """The last day of a quarter or half ending with `last_month`: of the year named, else the next one not
    yet over ("in Q1" written in November is next year's Q1)."""
    def end(y: int) -> date:
        return date(y, last_month, 1) + relativedelta(months=1) - timedelta(days=1)

    if year:
        return end(int(year))
    return end(today.year) if end(today.year) >= today else end(today.year + 1)


def _this_or_next_quarter(low: str, today: date) -> Deadline | None:
    """'entro fine trimestre', 'by the end of the quarter', 'entro il prossimo trimestre', 'next quarter'."""
    match = re.search(r"\b(?:fine|end of)\s+(?:del\s+|the\s+|this\s+|questo\s+)?(prossimo\s+|next\s+)?"
                      r"(?:trimestre|trimester|quarter)\b(?:\s+(prossimo|successivo))?", low) or re.search(
        r"\b(?:(?:entro|by|within|in|nel|during)\s+)?(?:il\s+|the\s+)?(prossimo|next)\s+(?:trimestre|trimester|quarter)\b()",
        low) or re.search(r"\b(?:nel\s+|entro\s+il\s+)?trimestre\s+(prossimo|successivo)\b()", low) or re.search(
        r"\b(?:this|questo|current)\s+(?:trimestre|quarter)\b()()|\btrimestre in corso\b()()", low) or re.search(
        # "Obiettivo del trimestre: 300 MQL", "nel trimestre", "for the quarter": the one under way (never "nel
        # trimestre gennaio-marzo", nor "del trimestre scorso", a quarter compared with)
        rf"\b(?:nel|del|per\s+il|durante\s+il|entro\s+il|(?:in|for|during|within)\s+the)\s+(?:trimestre|quarter)\b"
        rf"(?!\s+(?:(?:{MONTH_NAMES})\b|(?:19|20)\d\d\b|q[1-4]|scors|precedent|passat|prima|prossim|successiv|in\s+corso|di\b|del"
        rf"|dell|before|after|of\b|ending|last|previous|prior))()()", low)
    if not match:
        return None
    ahead = 1 if (match.group(1) or match.group(2)) else 0
    current = (today.month - 1) // 3
    first = date(today.year, current * 3 + 1, 1) + relativedelta(months=3 * ahead)
    last = first + relativedelta(months=3) - timedelta(days=1)
    # "trimestre in corso: 70 SQL", "in the next quarter": the quarter itself; "fine trimestre" is its end
    ends = re.match(r"(?:fine|end of|entro|by|within)\b", match.group(0))
    return Deadline(last, match.group(0), True, None if ends else _during(low, match.start(), last, 3))


_HALVES = {"primo": 6, "first": 6, "secondo": 12, "second": 12, "h1": 6, "h2": 12}


def _overlap(low: str, phrase: str | None, other: str | None) -> bool:
    """Two readers' phrases share words of the sentence ("october 31, 2026" and "by october")."""
    if not phrase or not other or phrase not in low or other not in low:
        return True
    start, end = low.index(phrase), low.index(phrase) + len(phrase)
    return any(at < end and at + len(other) > start for at in (m.start() for m in re.finditer(re.escape(other), low)))


def _half(low: str, today: date) -> Deadline | None:
    """'entro la fine del primo semestre 2027', 'by H1 2027', 'second half of 2027'."""
    # "rispetto ai 30 del primo semestre 2026": the half compared with, never the deadline
    match = next((m for m in [*re.finditer(r"\b(primo|secondo|first|second)\s+(?:semestre|semester|half(?:\s+of)?)\s*"
                                           r"(?:del\s+|dell'anno\s+)?(\d{4})?", low),
                              *re.finditer(r"\b(h1|h2)\s*(\d{4})?\b", low)]
                  if not _COMPARED.search(low[:m.start()])), None)
    if not match:
        # "entro fine semestre", "by the end of the half": the half under way (or the next one)
        current = re.search(r"\b(?:fine|end of)\s+(?:del\s+|the\s+|this\s+|questo\s+)?(?:(next|prossimo)\s+)?"
                            r"(?:semestre|semester|half)\b(?:\s+(prossimo|successivo))?", low) or re.search(
            # "within next half", "entro il prossimo semestre": the half after this one, to its end
            r"\b(?:entro|by|within|in|nel|during|over)\s+(?:il\s+|the\s+)?(next|prossimo)\s+(?:semestre|semester|half)\b()"
            r"|\b(?:entro|nel)\s+(?:il\s+)?semestre\s+(prossimo|successivo)\b", low)
        end = date(today.year, 6, 30) if today.month <= 6 else date(today.year, 12, 31)
        this = re.search(r"\b(?:questo\s+semestre|semestre\s+in\s+corso|this\s+half|(?:the\s+)?current\s+half"
                         r"|(?:nel|del|per\s+il|durante\s+il)\s+semestre|(?:in|for|during)\s+the\s+half)\b"
                         rf"(?!\s+(?:(?:{MONTH_NAMES})\b|(?:19|20)\d\d\b|scors|precedent|passat|prossim|successiv|di\b|del|dell|of\b"
                         r"|before|after|last|previous|prior))", low)
        if not current and this:
            # "300 MQL nel semestre", "this half": the half under way, from its first day
            return Deadline(end, this.group(0), True, end + timedelta(days=1) - relativedelta(months=6))
        if not current:
            return None
        if current.group(1) or current.group(2):
            end = end + relativedelta(months=6, day=31)
        return Deadline(end, current.group(0), True)
    last = _period_end(_HALVES[match.group(1)], match.group(2), today)
    return Deadline(last, match.group(0), True, _during(low, match.start(), last, 6))


def _mid_year(low: str, today: date) -> Deadline | None:
    """'entro metà 2027', 'a metà anno', 'by mid-2027', 'by midyear': the end of the first half; 'metà dicembre',
    'mid-March': the 15th. "La metà dei lead" is a share: only a year, a month or the word year make it a date."""
    match = re.search(r"\bmet(?:à|a')\s+(?:(?:dell'\s*|del\s+|l')?anno(?:\s+(\d{4}))?|(?:del\s+)?(\d{4}))\b", low) \
        or re.search(r"\bmid[- ]?(?:year(?:\s+(\d{4}))?|(\d{4}))\b", low)
    if match:
        return Deadline(_period_end(6, match.group(1) or match.group(2), today), match.group(0), True)
    # "entro metà dicembre", "by mid-March": the 15th
    month = re.search(rf"\b(?:met(?:à|a')\s+(?:di\s+)?|mid[- ]?)({MONTH_NAMES})(?:\s+(\d{{4}}))?\b", low)
    if not month:
        return None
    day = _parse(f"15 {month.group(1)} {month.group(2) or today.year}")
    if day is not None and day < today and not month.group(2):
        day = _parse(f"15 {month.group(1)} {today.year + 1}")
    return Deadline(day, month.group(0), day is not None)


# a feast day deadline ("entro Natale", "by Easter"): the next one not yet past
_FEASTS = {"natale": "christmas", "christmas": "christmas", "xmas": "christmas", "pasqua": "easter",
           "easter": "easter", "san silvestro": "new_year_eve", "new year's eve": "new_year_eve",
           "ferragosto": "ferragosto", "san valentino": "valentine", "valentine's day": "valentine",
           "valentine's": "valentine", "epifania": "epiphany", "befana": "epiphany", "pasquetta": "easter_monday",
           "lunedì dell'angelo": "easter_monday", "easter monday": "easter_monday", "immacolata": "immaculate",
           "festa della repubblica": "republic",
           "festa della liberazione": "liberation", "festa dei lavoratori": "labour", "primo maggio": "labour",
           "ognissanti": "all_saints", "santo stefano": "st_stephen"}
_FEAST_DAYS = {"christmas": (12, 25), "new_year_eve": (12, 31), "ferragosto": (8, 15), "valentine": (2, 14),
               "epiphany": (1, 6), "immaculate": (12, 8), "republic": (6, 2), "liberation": (4, 25),
               "labour": (5, 1), "all_saints": (11, 1), "st_stephen": (12, 26)}
# longest first: "valentine's day" before "valentine's"
FEAST_NAMES = "|".join(sorted(_FEASTS, key=len, reverse=True))
# a season is no day: the end of summer is 31 August to one person, 22 September to another
_SEASONS = r"estate|primavera|autunno|inverno|summer|spring|autumn|fall|winter"


def _feast_or_season(low: str, today: date) -> Deadline | None:
    # "entro l'Epifania", "prima del ponte dell'Immacolata": the feast day, the bridge around it said or not
    feast = re.search(r"\b(?:entro|by|before|until|prima\s+di|prima\s+del(?:la|l')?|per)\s*(?:il\s+|la\s+|l')?"
                      r"(?:ponte\s+(?:del|della|dell'|di)\s*)?"
                      rf"({FEAST_NAMES})(?:\s+(\d{{4}}))?\b",
                      low)
    if feast:
        def day(year: int) -> date:
            name = _FEASTS[feast.group(1)]
            if name == "easter_monday":
                return easter(year) + timedelta(days=1)
            return date(year, *_FEAST_DAYS[name]) if name in _FEAST_DAYS else easter(year)

        year = int(feast.group(2)) if feast.group(2) else (today.year if day(today.year) >= today else today.year + 1)
        return Deadline(day(year), feast.group(0), True)
    season = re.search(r"\b(?:entro|by|before|until|per|in|during|a\s+fine|alla\s+fine|(?:by\s+)?(?:the\s+)?end\s+of)"
                       r"\s+(?:l'\s*|la\s+|il\s+|the\s+|fine\s+(?:dell'\s*|della\s+|del\s+)?)?"
                       rf"(?:{_SEASONS})(?:\s+\d{{4}})?\b", low)
    if season:
        return Deadline(None, season.group(0), False)
    return None


def names_season(phrase: str) -> bool:
    """Whether a deadline phrase that could not be read names a season ("entro l'estate")."""
    return re.search(rf"\b(?:{_SEASONS})\b", phrase.lower()) is not None


_EVENT_WORDS = r"fiera|fiere|salone|expo|esposizione|evento|convegno|congresso|manifestazione|kermesse|roadshow" \
               r"|open day|summit|trade shows?|trade fairs?|shows?|fairs?|exhibitions?|events?|conferences?" \
               r"|conventions?|congress" \
               r"|chiusura (?:di|del) bilancio|approvazione (?:di|del) bilancio|bilancio|vendemmia|raccolta|harvest" \
               r"|shutdown|chiusura estiva|chiusura di agosto|ferie(?: estive| di agosto)?|summer break"
# the words that set an event as the time limit; "by" only where no verb before it makes the event who did it
# ("leads generated by the SPS show" came from the show)
_EVENT_BY = r"entro|before|until|till|by|prima\s+(?:del|della|dello|dell'|di)|fino\s+(?:al|alla|allo|all')" \
            r"|in\s+vista\s+(?:del|della|dello|dell')|in\s+time\s+for|ahead\s+of"
# a name's word: capitalised, or a year ("SPS Italia 2027"); never a month or a weekday ("by the SPS show in May")
_EVENT_NAME = rf"(?!(?i:{MONTH_NAMES}|{WEEKDAY_NAMES})\b)(?:[A-Z][\w&'’-]*|(?:19|20)\d\d\b)"
# an acronym alone ("prima del MECSPE", "before EIMA") is an event unless it is a period, a measure or a currency
_NOT_EVENT = r"(?:Q[1-4]|H[12]|FY\w*|EOY|EOQ|EOM|YTD|KPIS?|OKRS?|CRM|MQLS?|SQLS?|CPL|CAC|ROI|ROAS|SLA|NPS|MRR|ARR" \
             r"|EUR|USD|GBP|CHF|PMI|SMBS?|SMES?|B2B|B2C|ASAP|TBD)\b"
_EVENT = re.compile(
    rf"\b(?i:{_EVENT_BY})\s+(?i:(?:la\s+)?fine\s+(?:del|della|dell')\s*|the\s+end\s+of\s+)?"
    r"(?i:(?:il|la|lo|l'|i|le|the|our|this|next|questa|questo|prossimo|prossima)\s*)?"
    # "by the April trade fair": the month says which fair, not the day
    rf"(?:(?:(?:{_EVENT_NAME})\s+){{0,3}}(?:(?i:{MONTH_NAMES})\s+)?(?i:{_EVENT_WORDS})\b"
    rf"(?:\s+(?:(?i:di|del|della|of|in|a|at)\s+)?{_EVENT_NAME}){{0,3}}"
    # "per la fiera di marzo": the month says which fair, not the day
    rf"(?:\s+(?i:di|in|of)\s+(?i:{MONTH_NAMES})\b)?"
    rf"|(?!{_NOT_EVENT})[A-Z][A-Z0-9&-]+[A-Z0-9]\b"
    rf"(?:\s+(?:(?i:di|of)\s+)?{_EVENT_NAME}){{0,2}})")


def event_phrase(text: str) -> str | None:
    """An event named as the deadline, as written: "entro la fiera SPS", "by the SPS show", "before the Verona trade
    show", "prima del MECSPE". It says when, so it is never the objective's scope; "15 clienti dai contatti della
    fiera SPS" names where they come from and holds none."""
    for found in _EVENT.finditer(text):
        if found.group(0).lower().startswith("by") and re.search(
                r"(?:\w+ed|brought|driven|won|made|run|held|organi[sz]ed|sent|sourced)\s+$", text[:found.start()],
                re.IGNORECASE):
            continue
        return found.group(0).strip()
    return None


# an event a span is counted from: "dopo la fiera di Verona", "after the SPS show", "dalla fine del MECSPE"
_AFTER_EVENT = re.compile(
    r"\b(?i:dopo|after|following|dalla\s+fine\s+(?:del|della|dello|dell')|from\s+the\s+end\s+of)\s+"
    r"(?i:(?:il|la|lo|l'|i|le|the|our|this|next|questa|questo|prossimo|prossima)\s*)?"
    rf"(?:(?:(?:{_EVENT_NAME})\s+){{0,3}}(?i:{_EVENT_WORDS})\b"
    rf"(?:\s+(?:(?i:di|del|della|of|in|a|at)\s+)?{_EVENT_NAME}){{0,3}}"
    rf"|(?!{_NOT_EVENT})[A-Z][A-Z0-9&-]+[A-Z0-9]\b(?:\s+(?:(?i:di|of)\s+)?{_EVENT_NAME}){{0,2}})")


def names_event(phrase: str) -> bool:
    """Whether a deadline phrase that could not be read is an event ("entro la fiera SPS", "dopo la fiera di
    Verona" with a span counted from it)."""
    return event_phrase(phrase) == phrase.strip() or _AFTER_EVENT.fullmatch(phrase.strip()) is not None or (
        # "entro 6 settimane dal lancio": a span from an event (_relative)
        re.search(rf"\b(?:{'|'.join(_FROM_EVENTS)})$", phrase.strip().lower()) is not None
        and re.match(r"\S+(?:\s+\S+){0,3}\s+\d+\s*\w+\s+(?:dal|dalla|dall'|dall’|dai|dalle|da|from|after|of)\b",
                     phrase.strip().lower()) is not None)


# the words a heading naming its year starts with: "Obiettivo 2027:", "Budget 2027", "OKR 2027 -"
_HEADING = r"obiettivi|obiettivo|objectives?|goals?|okrs?|budget|piano|plan|target"


# a measure's heading with its year, before a colon: "Fatturato 2027: 800k", "Fatturato 2027 nel Nord-Est: 1 mln";
# never a comparison or a lead-in ("Rispetto al 2026: +10%", "entro il 2027: 800k" is read as a lead-in)
# ("Fatturato 2027 dal Nord-Ovest: 600k": where it comes from is no start, "dal 2026" and "from March" are)
_TITLED = re.compile(r"\W*(?![^:\n]*\b(?:rispetto|vs|contro|versus|compared|than|scorso|scorsa|last|previous"
                     r"|precedente|entro|by|before|until|fino)\b)"
                     rf"(?![^:\n]*\b(?:dal|dall|from|since)\b['’]?\s*(?:\d|(?:{MONTH_NAMES})\b))"
                     r"([^:\n\d]{0,60}?\b(\d{4})\b"
                     r"[^:\n\d]{0,40}?)\s*:"
                     # "Ricavi 2027 a 2,5 mln €", "Lead 2027 4k", "Revenue 2027 at €2.5M": a measure and its year, then
                     # the number, with no colon
                     r"|\W*((?:(?:nuovi\s+|new\s+)?(?:fatturato|ricavi|revenue|vendite|sales|lead|leads|contatti|mql|mqls"
                     r"|sql|sqls|clienti|customers|opportunit[àa]|opportunities|deals|trattative)\s+)(\d{4}))"
                     # ("Fatturato 2027 pari a 1,8 mln €")
                     r"(?=\s+(?:a|al|at|to|di|of|pari|equal|=|[+-]|[€$£]|\d))")


def _a_heading_year(found: Deadline) -> bool:
    """A year read from a heading word in the sentence ("Budget 2027", "OKR 2027 -", "2027 goals") or from a
    measure's heading ("Fatturato 2027:"), not from a lead-in ("entro il 2027") nor from a heading word that opens
    the sentence with a colon ("Obiettivo 2027:")."""
    phrase = (found.phrase or "").strip()
    return found.heading or (not phrase.endswith(":") and bool(re.match(rf"(?:{_HEADING})\b|\d{{4}}\s", phrase)))


def _year_only(low: str, today: date) -> Deadline | None:
    """'entro il 2027', 'by 2027', 'entro fine 2027', 'by the end of 2027': the year's last day. A year
    alone only counts after a deadline's lead-in, so "fatturato 2027" names no deadline."""
    # a heading ending in its year and a colon: "Obiettivo della cooperativa per il 2027: ..." is the year itself
    # (never a date's year: "Obiettivo al 30/06/2027:", "Obiettivo 30 giugno 2027:" name a day)
    heading = re.match(rf"\W*(?:{_HEADING})\b(?![^:\n]*\b(?:{MONTH_NAMES})\b)[^:\n]{{0,60}}?(?<![/.-])\b(\d{{4}})\s*:",
                       low)
    if heading and today.year - 1 <= int(heading.group(1)) <= today.year + 100:
        year = int(heading.group(1))
        return Deadline(date(year, 12, 31), heading.group(0).strip(), True, date(year, 1, 1))
    # "Chiudere il 2027 con 60 nuovi clienti", "close 2027 with...": the year itself
    closing = re.search(r"\b(?:chiudere|finire|terminare|close(?:\s+out)?|end|finish)\s+(?:il\s+|the\s+)?(\d{4})"
                        r"(?=\s+(?:con|with)\b)", low)
    if closing and today.year <= int(closing.group(1)) <= today.year + 100:
        year = int(closing.group(1))
        return Deadline(date(year, 12, 31), closing.group(0), True, date(year, 1, 1))
    # "nel 2026 abbiamo chiuso 180 clienti, nel 2027 ne vogliamo 250": the earlier year tells where it starts
    near = [m for m in re.finditer(
        r"\b(?:entro|by|before|until|per il|in|nel|during|through|throughout|per tutto il|durante il|tutto il|for"
        r"|all year|all of|for all of|for all|for the whole of|for the whole|for the entire|nell'arco del"
        r"|nel corso del|in the course of|anno fiscale|esercizio fiscale|esercizio|fiscal year|anno|year"
        r"|a(?=\s+fine))\s+(?:il\s+|la\s+|the\s+)?(?:(?:fine|end of|end|la fine del|la fine dell'anno|fine del)\s+)?"
        r"(?:the\s+)?(\d{4})(?![\d/-]|\.\d)", low) if today.year - 1 <= int(m.group(1)) <= today.year + 100
        # "rispetto all'anno 2026", "on the year 2026": the year compared with, never the objective's
        and not (re.match(r"anno|year|esercizio|fiscal", m.group(0)) and re.search(
            rf"(?:{VERSUS}|sull'|(?:than|on|over)\s+the)\s*(?:the\s*)?$",
            low[:m.start()]))
        # "CPL 10% lower than in 2026 by December 2027": the year after "than" is the one compared with
        and not re.search(r"\bthan\s*$", low[:m.start()])]
    match = max(near, key=lambda m: int(m.group(1)), default=None) or re.search(
        # a heading: "Obiettivo 2027: ...", "OKR 2027 -", "Budget 2027", "2027 goals"
        # the words between are a heading's ("Budget marketing 2027"), never a lead-in ("budget by June 2027")
        rf"\b(?:{_HEADING})(?:\s+(?!(?:by|entro|before|until|fino|prima|within|in|a|al|alla|per|di|del|della)\b)"
        r"[a-zà-ù]+){0,2}\s+"
        r"(?:per il\s+|for\s+)?(\d{4})(?![\d/-]|\.\d)|^\W*(\d{4})\s+(?:goals?|okrs?|objectives?|plan)\b", low)
    # "FY2027", "FY27": the fiscal year, which for the companies this tool serves is the calendar year
    fiscal = None if match else re.search(r"\bfy\s*'?(\d{4}|\d{2})\b", low)
    if fiscal:
        year = int(fiscal.group(1)) + (2000 if len(fiscal.group(1)) == 2 else 0)
        if not today.year - 1 <= year <= today.year + 100:
            return None
        return Deadline(date(year, 12, 31), fiscal.group(0), True, date(year, 1, 1))
    # a number after "in" that is no near year is a quantity: "in 2000 contatti"
    if not match:
        return _titled_year(low, today)
    year = next(int(g) for g in match.groups() if g)
    if not today.year - 1 <= year <= today.year + 100:
        return None
    # "nel 2027", "Obiettivo 2027:": the year itself; "entro il 2027", "by 2027": its end
    during = not re.match(r"(?:entro|by|before|until|a\b|through)", match.group(0).strip()) and not re.search(
        r"\b(?:entro|by|before|until)\s+(?:l'|il\s+|the\s+)?$", low[:match.start()])
    return Deadline(date(year, 12, 31), match.group(0), True, date(year, 1, 1) if during else None)


def _titled_year(low: str, today: date) -> Deadline | None:
    """"Fatturato 2027: 800k": a measure's heading naming a year, the only one the sentence names, and no month, is
    that year; a day or a month the sentence names elsewhere comes first ("Fatturato 2027: 800k entro giugno")."""
    titled = _TITLED.match(low)
    # (a year compared with is no other window: "Nuovo fatturato 2027: 1,5 mln, +25% sul 2026")
    years = [m for m in re.finditer(r"(?<!\d)\d{4}(?!\d)", low)
             if not re.search(rf"(?:{VERSUS}|\bsul|\bsull'|\bon|\bover|\bthan|\bvs)\s*(?:the\s+|l'anno\s+)?$",
                              low[:m.start()])]
    heading = titled and (titled.group(1) or titled.group(3))
    if titled is None or not heading or len(years) != 1 or re.search(rf"\b(?:{MONTH_NAMES})\b", heading):
        return None
    year = int(titled.group(2) or titled.group(4))
    if not today.year - 1 <= year <= today.year + 100:
        return None
    # the year is the phrase, not the heading around it: "from the North-West" in it is the scope
    return Deadline(date(year, 12, 31), titled.group(2) or titled.group(4), True, date(year, 1, 1), heading=True)


# the end of a fiscal year, which may be any day: "fine dell'esercizio fiscale", "end of the fiscal year", "fine FY"
_FISCAL_END = r"(?:fine|end|chiusura|close)\s+(?:of\s+)?(?:dell'\s*|del\s+|the\s+|this\s+|our\s+)?" \
              r"(?:esercizio(?:\s+fiscale)?|anno\s+fiscale|fiscal\s+year|financial\s+year|fy)(?:\s+\d{4})?"


def _fiscal_end_dated(low: str, today: date) -> Deadline | None:
    """'entro la fine dell'esercizio fiscale (30 giugno 2027)', 'entro il 30 giugno 2027 (fine esercizio)', 'by the
    end of the fiscal year (June 30, 2027)': a date in brackets beside a fiscal year's end is the day that end falls
    on, never the calendar year's end (nor its day a number of the objective)."""
    match = re.search(rf"{_FISCAL_END}\s*\(\s*({_DATE})\s*\)", low) or re.search(
        rf"({_DATE})\s*\(\s*(?:la\s+|the\s+)?{_FISCAL_END}\s*\)", low)
    if not match:
        return None
    day = _parse(match.group(1))
    return Deadline(day, match.group(0), day is not None)


def _month_in_brackets(low: str, today: date) -> Deadline | None:
    """'Fiera EIMA 2027 (novembre)', 'entro la fine del raccolto (ottobre)': a month in brackets beside an event or a
    season says when it falls, so the deadline is that month's end: of the year written beside it, else the next."""
    match = re.search(rf"(?:\b((?:19|20)\d\d)\s*)?\(\s*(?:(?:fine|end of|entro)\s+)?({MONTH_NAMES})"
                      rf"(?:\s+(\d{{4}}))?\s*\)", low)
    if not match:
        return None
    if re.search(rf"\b(?:entro|by|before|until|fino)\s+(?:al\s+|il\s+|the\s+|a\s+)?(?:fine\s+|end of\s+)?(?:{_DATE}"
                 rf"|(?:{MONTH_NAMES})\s+\d{{4}})", low[:match.start()] + " " + low[match.end():]):
        # "Fiera SPS Italia 2027 (maggio): 180 contatti entro il 30 giugno 2027": the month says when the fair is;
        # the deadline is the one written
        return None
    year = match.group(3) or match.group(1)
    first = _parse(f"1 {match.group(2)} {year or today.year}")
    if first is None:
        return Deadline(None, match.group(0), False)
    last = first + relativedelta(months=1) - timedelta(days=1)
    if not year and last < today:
        last = (first + relativedelta(years=1, months=1)) - timedelta(days=1)
    # the phrase is the brackets alone: the year before them stays the event's edition ("EIMA 2027"), never read
    # away into another edition's campaign
    return Deadline(last, match.group(0)[match.group(0).index("("):].strip(), True)


def _end_of_year(low: str, today: date) -> Deadline | None:
    # "entro l'anno prossimo", "during next year"; "by next year" may mean its first day: not guessed
    # "more customers from trade shows next year": with no lead-in too, but for "by" and "before"
    nxt = re.search(r"(?<!\bby )(?<!\bbefore )(?<!\buntil )\b(?:(?:entro|in|nel|nell'|during|within|over)\s*)?"
                    r"(?:l'|il\s+|the\s+)?(?:anno prossimo|prossimo anno|next year|following year|anno successivo)\b",
                    low)
    if nxt:
        return Deadline(date(today.year + 1, 12, 31), nxt.group(0), True)
    match = re.search(r"\b(?:fine|end of|chiusura|close of)\s+(?:dell'|del |the |this )?"
                      r"(?:(?:next|the next)\s+(?=year))?(?:anno fiscale|anno|fiscal year|year|esercizio|fy)"
                      r"(?:\s*(\d{4})\b|\s+(prossimo|next)|(?<=fy)'?(\d{2})\b)?", low) or re.search(
        r"\b(?:year[ -]end|year's end|eoy)(?:\s+(?:of\s+)?(\d{4}))?\b"
        r"|\b(?:entro l'anno(?!\s+(?:prossimo|successivo|\d{4}))|by the end of the year|within the year"
        r"|for the rest of the year|per il resto dell'anno|nel resto dell'anno"
        # "chiudere l'anno con 50 clienti in più", "close the year with 50 more customers": by its end
        r"|chiudere l'anno|chiudiamo l'anno|close the year|end the year|finish the year)\b", low)
    if not match:
        return None
    # "entro fine anno prossimo", "by the end of next year": the next year's end
    said = match.groups() if match.re.groups >= 3 else (match.group(1), None, None)
    ahead = said[1] in ("prossimo", "next") or said[0] in ("prossimo", "next") or "next" in match.group(0)
    # "by the end of FY27": the two digits of a fiscal year are its century's
    year = today.year + 1 if ahead else int(said[0] or (f"20{said[2]}" if said[2] else today.year))
    return Deadline(date(year, 12, 31), match.group(0), True)


def _end_of_month(low: str, today: date) -> Deadline | None:
    match = re.search(r"\b(?:fine|end of)\s+(?:del |the )?(?:(next)\s+)?(?:mese|month)(?:\s+(prossimo))?\b", low)
    if not match:
        return None
    # "entro la fine del mese prossimo", "by the end of next month"
    ahead = 2 if match.group(1) or match.group(2) else 1
    end = today.replace(day=1) + relativedelta(months=ahead) - timedelta(days=1)
    return Deadline(end, match.group(0), True)


# "questo mese", "nel mese in corso", "Obiettivo del mese: 100 MQL", "this month", "il mese prossimo", "next month"
# (never "al mese", a pace, nor "del mese scorso", a month compared with)
_THIS_MONTH = re.compile(
    r"\b(?P<by>(?:entro|by|before|until|within)\s+)?(?:il\s+|the\s+)?"
    r"(?:(?P<next>prossimo\s+mese|mese\s+(?:prossimo|successivo)|next\s+month|following\s+month)"
    r"|questo\s+mese|this\s+month|mese\s+in\s+corso|current\s+month"
    r"|(?:nel|del)\s+mese|(?<=\bil\s)mese(?=\s*:)|(?:in|for)\s+the\s+month"
    r"|(?<=\bentro\sil\s)mese|(?<=\bwithin\sthe\s)month)"
    r"(?!\s+(?:di|of|scors|precedent|passat|prima|last|previous|prior|before)\w*)\b")


def _this_or_next_month(low: str, today: date) -> Deadline | None:
    """The month under way or the next one, counted from its first day; after "entro" or "by", its last day, from
    today."""
    match = _THIS_MONTH.search(low)
    if not match or re.search(rf"(?:{VERSUS}|than|sul|over)\s[^,;:]*$", low[:match.start()]):
        return None
    first = today.replace(day=1) + relativedelta(months=1 if match["next"] else 0)
    last = first + relativedelta(months=1) - timedelta(days=1)
    by = match["by"] or re.search(r"\b(?:entro|within)\s+(?:il\s+|the\s+)?$", low[:match.start()])
    return Deadline(last, match.group(0).strip(), True, None if by else first)


def _explicit_date(low: str, today: date) -> Deadline | None:
    match = re.search(rf"\b{_LEAD_IN}\s+(?:il\s+|la\s+|the\s+)?({_DATE})", low)
    if not match:
        return _day_without_year(low, today)
    phrase = match.group(1)
    day = _parse(phrase)
    return Deadline(day, phrase, day is not None)


def _day_without_year(low: str, today: date) -> Deadline | None:
    """'entro il 15 gennaio', 'entro il 31/03', 'by 31 December': the next such day not yet past."""
    # only after a deadline's own words: "in 2/3 dei casi" is a share, not the 2nd of March
    match = re.search(rf"\b(?:entro|by|before|until|prima del|per il|fino al|scadenza|deadline)\s+"
                      rf"(?:il\s+|la\s+|the\s+)?(\d{{1,2}})"
                      rf"(?:st|nd|rd|th)?(?:\s+(?:di\s+|of\s+)?({MONTH_NAMES})\b\.?|[/.](\d{{1,2}}))"
                      # (a count after the day is no year: "entro il 31 gennaio 40 MQL")
                      r"(?![\d/.]|,?\s+(?:(?:19|20)\d\d|'\d\d)\b)", low)
    if not match:
        # "by March 15": the month first, as American English writes it
        first = re.search(rf"\b(?:by|before|until)\s+(?:the\s+)?({MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
                          r"(?![\d/.]|,?\s+(?:(?:19|20)\d\d|'\d\d)\b)", low)
        if first:
            day = _parse(f"{first.group(2)} {first.group(1)} {today.year}")
            if day is not None and day < today:
                day = _parse(f"{first.group(2)} {first.group(1)} {today.year + 1}")
            return Deadline(day, first.group(0), day is not None)
    if not match:
        return None
    month, number = match.group(2) or match.group(3), int(match.group(1))
    if match.group(3) and int(month) > 12 >= number and match.group(0).startswith(("by", "before", "until")):
        # "by 12/31", "by 6/30": English and no day-first reading, so the month comes first
        month, number = str(number), int(month)
    for year in (today.year, today.year + 1):
        day = _parse(f"{number} {month} {year}") if match.group(2) else _valid(year, int(month), number)
        if day is None:
            return Deadline(None, match.group(0), False)
        if day >= today:
            return Deadline(day, match.group(0), True)
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_WEEKDAYS = {n.lower(): i for i, names in enumerate(ItalianEnglishInfo.WEEKDAYS) for n in names[1:]}


def _weekday_or_week(low: str, today: date) -> Deadline | None:
    """'entro venerdì', 'by Friday': the next such day (a week on, when it is today); 'entro la prossima settimana',
    'by the end of next week': next week's Sunday; 'entro fine settimana', 'by the end of the week': this one's."""
    day = re.search(rf"\b(?:entro|by|before|until|per)\s+(?:il\s+|la\s+|this\s+|next\s+)?({WEEKDAY_NAMES})\b"
                    r"(?:\s+(prossimo|next))?", low)
    if day and (day.group(2) or "next" in day.group(0)):
        # "entro lunedì prossimo", "by next Monday": that day of next week (on a Friday, three days on, never ten)
        return Deadline(periods.monday(today) + timedelta(days=7 + _WEEKDAYS[day.group(1)]), day.group(0), True)
    if day:
        ahead = (_WEEKDAYS[day.group(1)] - today.weekday() - 1) % 7 + 1
        return Deadline(today + timedelta(days=ahead), day.group(0), True)
    numbered = re.search(r"\b(?:entro|by|before|until|in|nella|during|within)\s+(?:(?:la\s+)?fine\s+(?:della\s+)?"
                         r"|the\s+end\s+of\s+)?(?:la\s+|the\s+)?(?:settimana|sett\.?|week|wk|w(?=\d))\s*"
                         r"(?:n\.?\s*|nr\.?\s*|#\s*|numero\s+|number\s+)?(\d{1,2})\b(?![/.,]\d)"
                         # "chiudere in settimana 2 contratti", "fissare entro la settimana 3 demo": this week, and
                         # the count of what is done; a week's number stands alone, or before its year
                         r"(?=\s*(?:$|[,;:.)(]|[-–]\s|\d|(?:del|dell'anno|of|e|and|ed)\b))"
                         r"(?:\s*(?:del|dell'anno|of|of the year|,)?\s*((?:19|20)\d\d)\b)?", low)
    if numbered:
        # "entro la settimana 12 del 2027", "by week 10": the Sunday of that ISO week, in the year named, else the
        # next such week not over
        # (the ISO year: 1-3 January 2027 are in week 53 of 2026; a year with no such week is passed over)
        iso_year = today.isocalendar().year
        years = [int(numbered.group(2))] if numbered.group(2) else [iso_year, iso_year + 1]
        for year in years:
            try:
                sunday = date.fromisocalendar(year, int(numbered.group(1)), 7)
            except ValueError:
                continue
            if sunday >= today or numbered.group(2):
                first = sunday - timedelta(days=6) if re.match(r"(?:in|nella|during)\b", numbered.group(0)) else None
                return Deadline(sunday, numbered.group(0), True, first)
        return Deadline(None, numbered.group(0), False)
    week = re.search(r"\b(?:entro|by|before|in|nella|during|within)\s+"
                     r"(?:(?:la\s+)?fine\s+(?:della\s+)?|the\s+end\s+of\s+)?(?:la\s+|the\s+)?"
                     r"(prossima settimana|settimana prossima|next week|questa settimana|this week|settimana|week)\b",
                     low) or re.search(
        # "20 SQL questa settimana", "this week 15 demos": the week under way (never where it stands now, "questa
        # settimana siamo a 12")
        r"\b(questa settimana|this week|next week|la prossima settimana|la settimana prossima)\b"
        r"(?!\s+(?:siamo|stiamo|sono|abbiamo|avevamo|ne|we|it|is|are|was|were|a|al|at)\b)", low)
    if week:
        sunday = periods.monday(today) + timedelta(days=6)
        return Deadline(sunday + timedelta(days=7 if "pross" in week.group(1) or "next" in week.group(1) else 0),
                        week.group(0), True)
    return None


def _between_dates(low: str, today: date) -> Deadline | None:
    """'dal 1 gennaio al 30 giugno 2027', 'dal 01/01/2027 al 30/06/2027', 'from 1 January to 30 June 2027': the
    window between two days; the first takes the second's year when it names none."""
    day = rf"(?:{_DATE}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES})\.?|(?:{MONTH_NAMES})\.?\s+\d{{1,2}}" \
          rf"(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})|\d{{1,2}}[/.]\d{{1,2}}(?![/.\d]))"
    match = re.search(rf"\b(?:dal|da|from|tra il|fra il|between)\s+(?:il\s+|the\s+)?({day})\s+"
                      rf"(?:al|a|to|until|through|e il|and)\s+(?:il\s+|the\s+)?({day})", low)
    if not match:
        return None
    if re.search(r"\d{4}", match.group(2)):
        last = _parse(match.group(2))
    else:
        # "dal 1/1 al 31/3": the next such window not over
        last = next((d for d in (_year_day(match.group(2), y) for y in (today.year, today.year + 1))
                     if d is not None and d >= today), None)
    if last is None:
        return Deadline(None, match.group(0), False)
    first = _parse(match.group(1)) if re.search(r"\d{4}", match.group(1)) else _year_day(match.group(1), last.year)
    if first is not None and first > last and not re.search(r"\d{4}", match.group(1)):
        # "dal 1 novembre al 31 gennaio 2027": over the turn of the year
        first = first - relativedelta(years=1)
    if first is None or first > last:
        return Deadline(None, match.group(0), False)
    return Deadline(last, match.group(0), True, first)


def _year_day(day: str, year: int) -> date | None:
    """A day written without its year ("1/1", "1 gennaio", "feb 1") in the year given."""
    return _parse(f"{day} {year}" if re.search(r"[a-z]", day) else f"{day}/{year}")


def _between_months(low: str, today: date) -> Deadline | None:
    """'tra gennaio e marzo', 'da aprile a giugno 2027', 'between January and March', 'from January through March':
    the months as the window, the next such span not yet over."""
    match = re.search(rf"\b(?:tra|fra|between|da|from)\s+({MONTH_NAMES})(?:\s+(\d{{4}}))?\s+(?:e|and|a|ad|to|through"
                      rf"|thru|until|till|fino a|fino ad)\s+"
                      rf"({MONTH_NAMES})(?:\s+(\d{{4}}))?\b", low) or re.search(
        rf"\b({MONTH_NAMES})(?:\s+(\d{{4}}))?\s*[-–]\s*({MONTH_NAMES})(?:\s+(\d{{4}}))?\b", low) or re.search(
        # "January to June 2027", "January through March": the English span with no "from"
        rf"(?<!\bby )(?<!\bbefore )(?<!\buntil )\b({MONTH_NAMES})(?:\s+(\d{{4}}))?\s+(?:to|through|thru)\s+"
        rf"({MONTH_NAMES})(?:\s+(\d{{4}}))?\b", low)
    if not match:
        return None
    year = int(match.group(4) or match.group(2) or today.year)
    first, last = _parse(f"1 {match.group(1)} {match.group(2) or year}"), _parse(f"1 {match.group(3)} {year}")
    if first is None or last is None:
        return None
    last = last + relativedelta(months=1) - timedelta(days=1)
    if first > last:
        # "da novembre a febbraio": over the turn of the year
        last = last + relativedelta(years=1, day=31)
    if not (match.group(2) or match.group(4)) and last < today:
        first, last = first + relativedelta(years=1), last + relativedelta(years=1, day=31)
    return Deadline(last, match.group(0), True, first)


# the words before a month that make it the period itself ("nel mese di marzo", "during March"; "a" and "in" are
# read above), and those that make it a deadline ("entro gennaio", "by the end of January", "per gennaio")
_IN_MONTH = r"(?:nel\s+mese\s+di|nel\s+corso\s+di|durante(?:\s+il\s+mese\s+di)?|during|throughout" \
            r"|for(?:\s+the\s+month\s+of)?)"
_BY_MONTH = r"entro|by|before|prima|per|until|fino|a\s+fine|alla\s+fine|da\s+qui|within|scadenza|deadline|through" \
            r"|thru|till|between|from\s+now"


def _month_year(low: str, today: date) -> Deadline | None:
    """'entro marzo 2027', 'by March 2027', 'entro fine marzo 2027': the month's last day."""
    # (never the month a window starts in: "starting in January, 120 SQLs by end of March")
    match = next((m for m in re.finditer(rf"\b(?:{_LEAD_IN})\s+(?:(?:la\s+)?fine\s+(?:di\s+)?|(?:the\s+)?end of\s+)?"
                                         rf"({MONTH_NAMES})(?:\s+(\d{{4}}))?\b", low)
                  if not re.search(r"\b(?:starting|beginning|a\s+partire)\s*$", low[:m.start()])), None)
    if not match:
        # "su di 3 punti a settembre": "a" before a month says when, unless it closes a span or a comparison
        match = next((m for m in re.finditer(rf"\ba\s+({MONTH_NAMES})(?:\s+(\d{{4}}))?\b", low)
                      # ("100 MQL da LinkedIn a gennaio": a source after "da" is no span)
                      if not re.search(rf"(?:\b(?:da|dal|dall'|tra|fra)\s*(?:\d|(?:{MONTH_NAMES})\b)[^,;:]*"
                                       rf"|\brispetto\b[^,;:]*|{VERSUS})\s*$", low[:m.start()])),
                     None)
    if not match:
        # "il target di dicembre: 60 MQL", "nel mese di gennaio", "during March", "Gennaio: 100 MQL": the month
        # named as the period, when the sentence names no other
        match = re.search(rf"\b(?:(?:target|obiettiv[oi]|goals?)\s+(?:di\s+|for\s+|per\s+)?|(?:{_IN_MONTH}|per)\s+)"
                          rf"({MONTH_NAMES})(?:\s+(\d{{4}}))?\b", low) or re.match(
            rf"\W*({MONTH_NAMES})(?:\s+(\d{{4}}))?\s*:", low)
    if not match:
        return None
    year = match.group(2) or str(today.year)
    first = _parse(f"1 {match.group(1)} {year}")
    if first is None:
        return Deadline(None, match.group(0), False)
    last = first + relativedelta(months=1) - timedelta(days=1)
    if not match.group(2) and last < today:
        # "entro marzo" written in November: next March
        first, last = first + relativedelta(years=1), (first + relativedelta(years=1, months=1)) - timedelta(days=1)
    if re.match(r"(?:before|prima\s+d)", match.group(0)) and not re.search(r"\b(?:fine|end)\b", match.group(0)):
        # "before August 2027", "prima di agosto": August is past the limit, so the month before's last day
        last = first - timedelta(days=1)
    # "100 MQL a gennaio", "15 deals in March": the month itself, counted from its first day (from today, January's
    # target would count December's MQLs); "entro gennaio", "by January": its last day, from today. "Win rate al 30%
    # a giugno" is a level to reach by June: only "durante giugno", "nel mese di giugno" make June its window
    period = not re.match(rf"\W*(?:{_BY_MONTH})\b", match.group(0))
    loose = bool(re.match(r"\W*(?:a|in)\s", match.group(0)))
    return Deadline(last, match.group(0).strip(" :"), True, first if period else None, counts_only=period and loose)


def _parse(phrase: str, dayfirst: bool = True) -> date | None:
    # "30th of February": the ordinal and the "of" carry no meaning once the day is a number
    phrase = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\b)?", r"\1", phrase)
    # a year written first is ISO's order, year, month, day (dateutil reads 2027-06-10 day first as 6 October)
    dayfirst = dayfirst and not re.search(r"\d{4}[/.-]\d{1,2}[/.-]\d{1,2}", phrase)
    try:
        return dateparser.parse(phrase, parserinfo=_INFO, dayfirst=dayfirst, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None


def dates_in(text: str, dayfirst: bool = True) -> list[date]:
    """Every date written in a text, in order: "1 novembre 2026 - 30 novembre 2026", "November 1, 2026",
    "Report Start: 11/1/2026, 12:00 AM" (dayfirst=False for US exports). A date-shaped typo is left out."""
    found = (_parse(m.group(0), dayfirst) for m in re.finditer(_DATE, text.lower()))
    return [d for d in found if d is not None]


def order_proven(text: str) -> bool | None:
    """Whether the numeric dates of a text prove the day first (True: 30/11/2026), the month first (False:
    11/30/2026), or nothing (None): a number above 12 can only be a day."""
    firsts, seconds = [], []
    for m in re.finditer(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}(?!\d)", text):
        firsts.append(int(m.group(1)))
        seconds.append(int(m.group(2)))
    day_first, month_first = any(n > 12 for n in firsts), any(n > 12 for n in seconds)
    return None if day_first == month_first else day_first
