"""A sentence in Italian or English -> the fields of an objective. Pure: the caller passes today and the
names the database knows (channels, segments, products, owners), so "dai webinar" becomes source=Webinar.

Nothing is guessed: what cannot be read is left empty and listed in `problems`, and the SMART check
(smart.py) turns each gap into the code of a reason and its advice, which smartwords.py words.

read() rewrites the sentence and reads it in steps, each in the module named for what it reads: the deadline
(deadlines.py), shares and service levels (shares.py), the measure and its stages (metricwords.py), the scope
(scopes.py), the numbers (targets.py), measures the store does not keep (othermeasures.py). Here: the order of
those steps, what the sentence says of people (owners, a condition, the means), the numbers that belong to names
("Transizione 5.0"), hidden from the rest; and what the SMART check settles on a Draft once the data is known (a
range's bound, a change's level, a direction, the name of a KPI kept by hand)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from smarketing import deadlines, metricwords, numberwords, othermeasures, scopes, shares, targets
from smarketing.amounts import AMOUNT_WRITTEN, MARK, NUMBER, SCALE, number
from smarketing.importing.fields import normalise
from smarketing.progress import CUMULATIVE
from smarketing.stagewords import STAGE_ANY, STAGE_TOKENS
from smarketing.vocabulary import MEASURES, RATIOS, lower_is_better


@dataclass
class Draft:
    statement: str
    metric: str | None = None
    stage: str | None = None              # for stage_entries: the stage whose entries are counted
    from_stage: str | None = None         # for conversion and velocity
    to_stage: str | None = None
    direction: str | None = None          # increase, decrease
    target: float | None = None
    target_kind: str | None = None        # absolute, relative (+0.20 = 20% more)
    target_unit: str | None = None        # count, ratio, EUR, days, score
    stated_baseline: float | None = None  # "dal 18% al 25%": the 18%
    threshold: float | None = None        # a service level's time: "entro 48 ore" is 48 (sla only)
    threshold_unit: str | None = None     # hours, days, working_days
    cadence: str | None = None            # how often a manual KPI is measured: weekly, monthly, quarterly
    currency: str | None = None           # the currency an amount names ("1.500.000 $"); None: the company's
    start: date | None = None
    deadline: date | None = None
    filters: dict[str, str] = field(default_factory=dict)
    vague_verb: str | None = None
    problems: list[str] = field(default_factory=list)   # codes: deadline_unreadable, no_metric, no_number...
    deadline_phrase: str | None = None
    corrected: dict[str, Any] = field(default_factory=dict)   # field -> the value read, for each field a person set
    pace: str | None = None               # "20 a settimana": a rate per period, where a count's target is a total
    other_measure: str | None = None      # "costo per opportunità", "valore della pipeline": a measure not tracked
    other_kind: str | None = None         # money, or stock ("i clienti attivi": how many there are, not who entered)
    # a value excluded, or a second one of a dimension: kind, dimension, values
    scope_note: dict[str, Any] | None = None
    change: float | None = None           # "di 10 giorni", "+50": a change in the metric's own unit, signed
    change_phrase: str | None = None      # as written
    compared_with: str | None = None      # "rispetto al Q3", "vs last year": the period a change is meant against
    range_phrase: str | None = None       # "tra 100 e 120", "25-30%": read as its first bound, said by the check
    range_bounds: list[float] | None = None   # the range's two bounds, as targets: [100, 120]
    roas: bool = False                    # written as a ROAS, tracked as the ROI it equals (ROI = ROAS - 100%)
    condition: str | None = None          # "a patto che il marketing consegni 200 MQL": said, never measured
    named_owners: list[str] = field(default_factory=list)  # "Giulia (marketing)", "owner: Sara": as written

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# a change's amount: a share, points, money or days ("del 15%", "di 10 giorni"), never a count of something else
_CHANGE_AMOUNT = r"[+-]?\d[\d.,]*\s*(?:%|punti|pp\b|€|euro\b|eur\b|giorni\b|gg\b|days\b|points\b)"


def _changes_as_nouns(text: str) -> str:
    """A change said as a noun, as the verb it stands for, only where it governs an amount of change: "CAC in calo
    del 15%", "calo del CAC del 15%", "taglio del 20% del CPL", "CPL giù del 20%", "a 20% reduction in CPL",
    "Reduction of the CPL of 20%" are cuts, "SQL in aumento di 50" a rise; "compensare il calo dei lead con 300 MQL",
    "dopo il taglio del budget", "nonostante il calo del mercato" name no change of the objective."""
    flags = re.IGNORECASE
    # (after the measure itself: "con il budget in calo del 10%, mantenere 300 MQL" cuts no MQL)
    measure = r"(?:cpl|cac|roi|roas|costo\w*|cost|ciclo\w*|tempo|tempi|lead|mql|sql|clienti|contatti|opportunit\w+" \
              r"|trattative|fatturato|ricavi|conversione|tasso\w*|win\s+rate|vendite)"
    text = re.sub(rf"(\b{measure}\s+(?:[\w-]+\s+){{0,2}}?)(?:in\s+calo|in\s+diminuzione|in\s+discesa|in\s+riduzione|giù"
                  r"|giu)\s+(?=(?:del|di|dello|della)\s+[+-]?\d)", r"\1ridotto ", text, flags=flags)
    text = re.sub(rf"(\b{measure}\s+(?:[\w-]+\s+){{0,2}}?)in\s+(?:aumento|crescita)\s+"
                  r"(?=(?:del|di|dello|della)\s+[+-]?\d)", r"\1aumentato ", text, flags=flags)
    text = re.sub(rf"(?<!\bin\s)\b(?:calo|taglio)\b(?=\s+(?:del|della|dello|dei|degli|delle|di)\s+"
                  rf"(?:[^,;:.()]{{0,30}}?\s)?{_CHANGE_AMOUNT})", "riduzione", text, flags=flags)
    # "ciclo di vendita più corto di 10 giorni", "10 days shorter", "shorter by 10 days": a cut of 10 days, never a
    # level of 10
    text = re.sub(r"\b(?:più|piu)\s+(?:cort[oaie]|brev[ei]|rapid[oaie]|veloc[ei])\s+di\s+(\d+(?:[.,]\d+)?\s*"
                  r"(?:giorni|gg|settimane|mesi))\b", r"ridotto di \1", text, flags=flags)
    text = re.sub(r"\b(\d+(?:[.,]\d+)?\s*(?:days|weeks|months))\s+(?:shorter|faster|quicker)\b|\b(?:shorter|faster"
                  r"|quicker)\s+by\s+(\d+(?:[.,]\d+)?\s*(?:days|weeks|months))\b",
                  lambda m: f"cut by {m[1] or m[2]}", text, flags=flags)
    text = re.sub(rf"\b(?:an?\s+)?({_CHANGE_AMOUNT})\s+(?:reduction|decline|decrease|drop|cut)\s+(?:in|of)\s+"
                  r"(?:the\s+|our\s+)?", r"reduce by \1 the ", text, flags=flags)
    return re.sub(rf"\b(?:reduction|decline|decrease)\s+of\s+(?:the\s+|our\s+)?([^,;:]{{1,30}}?)\s+(?:of|by)\s+"
                  rf"({_CHANGE_AMOUNT})", r"reduce \1 by \2", text, flags=flags)


# a number that is no year nor part of a date: what a list's number leaves to be the objective's
_ANOTHER_NUMBER = re.compile(r"(?<![\d/.-])(?!(?:19|20)\d\d\b)\d")
_KEY_RESULT = re.compile(r"\b(?:kr|key\s+result)\s*\d{1,2}\b\s*[:.)\-–]?", re.IGNORECASE)


def _first_key_result(draft: Draft, text: str) -> str:
    """"KR1: 60 nuovi clienti entro giugno 2027; KR2: CAC sotto 2.000 €": an OKR's key results are objectives each;
    the first is read, the others taken out up to the next separator (a deadline said after them stays), and the
    check says to write one objective per key result."""
    found = list(_KEY_RESULT.finditer(text))
    if len(found) < 2:
        return text
    draft.problems.append("two_objectives")
    for kr, after in reversed(list(zip(found[1:], [*found[2:], None]))):
        stop = re.search(r"\s*(?:[;,]\s|\s[-–—|]\s|\n)", text[kr.end():])
        end = min(kr.end() + stop.start() if stop else len(text), after.start() if after else len(text))
        text = text[:kr.start()] + " " + text[end:]
    return text


# MQLs Sales took or is to take: "accettati", "accepted", "presi in carico", "accettare", "pick up"
_ACCEPTED = re.compile(r"\b(?:accettat[ioae]|accepted|accolti|pres[ie] in carico|picked up|accettare|accettino"
                       r"|accettano|accept|accepts|prendere in carico|take on|pick up)\b")


def read(text: str, today: date, vocabulary: dict[str, list[str]] | None = None) -> Draft:
    draft = Draft(statement=text, start=today)
    # "venti nuovi clienti", "entro sei mesi", "fifty thousand euros": number words read as the digits they are
    text = numberwords.digits(text)
    # "più o meno 40 nuovi clienti", "more or less 200 MQLs": about that many, never "or less" as a ceiling
    text = re.sub(r"\b(?:più|piu)\s+o\s+meno\b|\bmore\s+or\s+less\b", "circa", text, flags=re.IGNORECASE)
    text = _first_key_result(draft, text)
    # "#2 - 300 MQL", "1) 300 MQL", "Obiettivo 3: 300 MQL": a list's or a slide's number is no number of the objective
    listed = re.match(r"^\s*(?:#\s*\d{1,2}|\d{1,2}\))\s*[-–:.]?\s+", text)
    if listed and _ANOTHER_NUMBER.search(text[listed.end():]):
        text = text[listed.end():]
    # (never a thousands or a decimal mark, nor a range: "Obiettivo 1.000 MQL", "Obiettivo 10-15 clienti"; nor the only
    # number beside a year: "Goal 40: new customers by December 2027" is a target of 40)
    numbered = re.match(r"^(\W*(?:obiettivo|objective|goal|okr|kr|o)\s*)\d{1,2}(?![\d.,])\s*(?=:|\)|[-–](?!\s*\d))",
                        text, flags=re.IGNORECASE)
    if numbered and _ANOTHER_NUMBER.search(text[numbered.end():]):
        text = numbered.group(1) + text[numbered.end():]
    # "1° semestre", "3° trimestre": the ordinal in words, as the periods are read
    text = re.sub(r"\b([1-4])\s*[°º]\s*(?=(?:semestre|trimestre|quadrimestre)\b)",
                  lambda m: ("primo", "secondo", "terzo", "quarto")[int(m[1]) - 1] + " ", text, flags=re.IGNORECASE)
    # "entro il 1° aprile": the ordinal's sign is no part of the day, nor a number of its own
    text = re.sub(r"(\d)\s*[°º]", r"\1", text)
    # "entro venerdì 27 novembre": the day's name adds nothing to its date
    text = re.sub(rf"\b(?:{deadlines.WEEKDAY_NAMES})\s+(?=\d{{1,2}}(?:\s+(?:{deadlines.MONTH_NAMES})\b|[/.]\d))", "",
                  text, flags=re.IGNORECASE)
    text = deadlines.shorthand(deadlines.without_bridges(text), today)
    # "risposta MQL ≤ 24h per il 95%", "sotto le 24 ore per il 95% degli MQL": beside a share, a time in hours is the
    # limit of each answer, as "entro 24 ore" says (alone, "sotto le 36 ore" is a level of the time to accept; days
    # stay as written: "ciclo di vendita sotto i 60 giorni" is a level of days)
    if shares.SHARE_ANSWERED.search(text):
        text = re.sub(r"(?:≤|<=?|\bsotto\s+(?:le\s+)?|\bunder\s+|\bbelow\s+)\s*(\d+)\s*(h|ore|hours?)\b",
                      r"entro \1 \2", text, flags=re.IGNORECASE)
    # "entro fine trim.": the short form of "trimestre"
    # (never the English verb: "trim the CPL by 10%")
    text = re.sub(r"\btrim\.|(?<=\bfine )trim\b|(?<=\bil )trim\b|(?<=/)\s*trim\b", "trimestre", text,
                  flags=re.IGNORECASE)
    # "fine mese prox", "il pross. trimestre": the short form of "prossimo" notes and chats use
    text = re.sub(r"\b(?:prox|pross)\b\.?", lambda m: "Prossimo" if m[0][0].isupper() else "prossimo", text,
                  flags=re.IGNORECASE)
    # "costo x MQL", "max 40 € x lead": the "x" of notes and chats is "per"; read otherwise, the cost is no measure
    # and its amount would be won value
    # (one of them, "x cliente": "500.000 € x clienti Enterprise" is what they bring)
    # ("cost for lead", as an Italian writes it in English, too)
    text = re.sub(r"(\bcost[oi]?|€|\beur[o]?)\s*\b(?:x|(?<=cost )for(?:\s+an?)?)\s+(?=(?:nuovo\s+|new\s+)?(?:lead|mql"
                  r"|sql|cliente|contatto|opportunit[aà]|trattativa|acquisizione|deal|customer)\b)", r"\1 per ", text,
                  flags=re.IGNORECASE)
    text = _changes_as_nouns(text)
    # "−20%", "–20%": the minus sign and the dash a word processor puts for "-"; a slide's arrows are a change's sign
    # ("CPL ↓ 20%", "MQL ▲15%")
    text = re.sub(r"[−–](?=\d)|[↓▼⬇]\s*(?=\d)", "-", text)
    text = re.sub(r"[↑▲⬆]\s*(?=\d)", "+", text)
    # "FY2027": the year of a fiscal year written against its letters, as "FY 2027" is read
    text = re.sub(r"\b(FY)((?:19|20)\d\d)\b", r"\1 \2", text, flags=re.IGNORECASE)
    # "+4 p.p.", "+4 p. p.": percentage points written with their dots, as "pp" (the dots read as an amount's)
    text = re.sub(r"(?<=\d)\s*p\.\s?p\.", " pp", text, flags=re.IGNORECASE)
    # "ridurre il CAC di un quarto", "by a third": the fraction as the percent it is
    text = re.sub(r"\b(di|by)\s+(?:un|a|one)\s+(quarto|quarter|terzo|third)\b",
                  lambda m: f"{m[1]} {'25' if m[2].lower() in ('quarto', 'quarter') else '33,33'}%", text,
                  flags=re.IGNORECASE)
    # "aumentare i lead di 1/3": a fraction in digits after a change's "di" is no date ("by 1/3" is one: 1 March)
    text = re.sub(r"\b(di)\s+([1-9])\s*/\s*([2-9]|10)\b(?![/.,]?\d)",
                  lambda m: f"{m[1]} {round(int(m[2]) * 100 / int(m[3]), 2):g}%".replace(".", ",")
                  if int(m[2]) < int(m[3]) and re.search(rf"\b(?:{metricwords.CHANGE_VERBS})\b", normalise(text))
                  else m[0], text, flags=re.IGNORECASE)
    # "under a week", "in meno di una settimana": seven days
    text = re.sub(r"\b(under|within|less than|meno di|sotto)\s+(?:a|one|una|la)\s+(week|settimana)\b",
                  lambda m: f"{m[1]} 7 {'days' if m[2].lower() == 'week' else 'giorni'}", text, flags=re.IGNORECASE)
    # "entro un giorno lavorativo", "within one business day", "oltre un'ora": one of the unit; "mezza giornata", "half
    # a day": half a day; "a 2-day response time": 2 days
    text = re.sub(r"\b(entro|in|within|under|less than|meno di|sotto|oltre|over|more than|più di|piu di)\s+"
                  r"(?:un|uno|una|un'|one|a|an)\s*(giorno lavorativo|giorno|giornata lavorativa|giornata|business day"
                  r"|working day|day|ora|hour)\b", r"\1 1 \2", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(?:mezza giornata(?: lavorativa)?|half a (?:working |business )?day|mezzo giorno)\b",
                  lambda m: "0,5 giorni" if m[0].lower().startswith("mezz") else "0.5 days", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(\d+)-(day|hour|week|month)s?\b", r"\1 \2s", text, flags=re.IGNORECASE)
    # "90% of the time", "nel 90% dei casi": a share of the leads answered
    text = re.sub(r"\b(\d+(?:[.,]\d+)?\s*%)\s+(?:of the time|of cases|delle volte)"
                  r"|\bnel\s+(\d+(?:[.,]\d+)?\s*%)\s+dei casi\b", lambda m: f"{m[1] or m[2]} of them", text,
                  flags=re.IGNORECASE)
    # "fatturato Q1 2027 pari al 110% del Q1 2026": a level set as a share of an earlier period is a change against it
    text = re.sub(r"\b(?:pari al|equal to|at)\s+(\d{2,3})\s*%\s+(?:del|dello|della|dell'|of(?:\s+the)?)\s*"
                  r"(?=(?:q[1-4]|h[12]|primo|secondo|terzo|quarto|anno|year|(?:19|20)\d\d|mese|trimestre|semestre|last"
                  r"|previous|scorso|stesso|same)\b)",
                  lambda m: f"{int(m[1]) - 100:+d}% vs " if int(m[1]) != 100 else m[0], text,
                  flags=re.IGNORECASE)
    # "più alto di 3 punti", "superiore di 5 punti", "3 points higher": a rise of points, as "+3 punti" (never a level
    # of 300%)
    text = re.sub(r"\b(?:più|piu)\s+(?:alt[oaie]|elevat[oaie])\s+di\s+(\d+(?:[.,]\d+)?)\s*(punti|pp|pts|points)\b"
                  r"|\bsuperiore\s+di\s+(\d+(?:[.,]\d+)?)\s*(punti|pp)\b"
                  r"|\b(\d+(?:[.,]\d+)?)\s*(points|pts|pp|punti)\s+(?:higher|more|in più|in piu)\b",
                  lambda m: next(f"+{m[i]} {m[i + 1]}" for i in (1, 3, 5) if m[i]), text, flags=re.IGNORECASE)
    # "+5pp", "3pts": points written against their number
    text = re.sub(r"(?<=\d)(pp|pts|pt)\b", r" \1", text, flags=re.IGNORECASE)
    # "al 3 percento", "25 per cento": a percent sign in words
    text = re.sub(r"(\d)\s*(?:percento|per\s+cento|percent|per\s+cent)\b", r"\1%", text, flags=re.IGNORECASE)
    # "1 milione e 200 mila euro": one amount, never 200.000; "850 kEUR", "1,2 Mio €", "1,2 ML": thousands and millions
    text = re.sub(r"\b(\d+)\s+milion[ei]\s+e\s+(\d{1,3})\s*mila\b", lambda m: f"{int(m[1]) * 1000 + int(m[2])} mila",
                  text, flags=re.IGNORECASE)
    text = re.sub(r"(\d)\s*k\s?eur\b", r"\1k €", text, flags=re.IGNORECASE)
    text = re.sub(r"(\d)\s*(?:mio\b\.?|ml\b)", r"\1 mln", text, flags=re.IGNORECASE)
    # "1 milione e mezzo", "2 milioni e mezzo": the half written out
    text = re.sub(r"\b(\d+)\s+(milion[ei]|mln|mila)\s+e\s+mezzo\b", lambda m: f"{m[1]},5 {m[2]}", text,
                  flags=re.IGNORECASE)
    text = _owners_named(draft, text, vocabulary or {})
    # what stands beside the objective, taken out before its numbers are read
    text = _condition(draft, _per_lead_time(draft, _excluded(draft, text)))
    text = _alongside(draft, _means(draft, _spend_kept(draft, _without_before(_without_reason(text), today))))
    # "Aumentare la pipeline qualificata: 250 SQL", "O1: più pipeline. KR1: 300 MQL": the pipeline names the aim, the
    # count of a stage the measure
    if re.search(rf"\d[\d.,]*\s*(?:k|mila)?\s+(?:nuov[ie]\s+|new\s+)?(?!pipeline\b)(?:{STAGE_TOKENS})\b", text,
                 re.IGNORECASE):
        text = re.sub(r"\b(?:la\s+|the\s+|our\s+)?pipeline(?:\s+(?:qualificata|commerciale|qualified|sales))?\b",
                      " ", text, flags=re.IGNORECASE)
    # "500 lead, di cui 100 MQL": the part is no target of its own; a share of the whole ("2 milioni di fatturato, di
    # cui almeno il 30% da Enterprise") is a measure the objective does not check, said
    # ("25 nuovi clienti, 8 dei quali Enterprise", "..., con almeno 5 Enterprise", "70 clienti, metà dal Nord-Est": the
    # part as written)
    parts = re.compile(r",?\s*\b(?:di cui|of which|including|(?:with|con)\s+(?:at least|almeno|at most|al massimo)\s+"
                       r"\d[\d.,]*\s+(?:\w+\s+)?(?:from|da|dai|dalle|dagli|dal|via))\s+([^,;:]*)"
                       r"|,\s*((?:\d[\d.,]*\s+(?:dei|delle)\s+quali|\d[\d.,]*\s+of\s+which|metà|meta|half|un\s+terzo"
                       rf"|a\s+third)\s+{_PART_NAMED})"
                       rf"|,?\s*\b(?:with|con)\s+((?:at least|almeno|at most|al massimo)\s+\d[\d.,]*\s+{_PART_NAMED})"
                       # "€1.2M revenue in 2027, at least €300k from Enterprise": an amount of it from one part
                       rf"|,\s*((?:at least|almeno|at most|al massimo)\s+{AMOUNT_WRITTEN}\s+{_PART_NAMED})",
                       re.IGNORECASE)
    # (a count or a half of it too: "80 nuovi clienti, di cui metà dal Sud", "2.000 lead, di cui 500 da LinkedIn")
    # ("di cui 100 MQL", a later stage among them, stays unsaid: no scope of the total)
    shared = next((m for m in parts.finditer(text)
                   if re.search(r"\d\s*%", _part(m)) or (
                       re.search(r"\d|\b(?:metà|meta|half|un terzo|a third)\b", _part(m), re.IGNORECASE)
                       and not re.search(rf"\b(?:{STAGE_ANY})\b", normalise(_part(m))))), None)
    if shared is not None and draft.scope_note is None:
        draft.scope_note = {"kind": "share_part", "dimension": None, "values": [_part(shared).strip(" .")]}
    text = parts.sub(" ", text)
    # "400 MQL entro giugno 2027, almeno il 40% da LinkedIn", "(50% PMI)": a share of the total the objective does not
    # check; said, never read as a +40% of LinkedIn's MQLs (a change of the whole is no part: "aumentare del 40%")
    # ("almeno il 40% da ricerca organica": after "da", a source in lower case too)
    part = re.search(r"(?:,|\(|;)\s*((?:almeno|at\s+least|circa|about|di\s+cui|of\s+which)?\s*(?:il\s+|the\s+)?"
                     r"\d+(?:[.,]\d+)?\s*%\s+(?:(?:(?:da|dal|dalla|dai|dalle|dagli|from|via)\s+)(?:[^\W\d][\w-]*)"
                     r"(?:\s+[^\W\d][\w-]*)?(?=\s*(?:[,;)]|$))"
                     r"|(?:(?:da|dal|dalla|dai|dalle|dagli|from|via|in|nel|nella|di|of)\s+)?"
                     r"(?:\w+\s+){0,2}?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))\s*\)?", text)
    if part and draft.scope_note is None and (re.search(
            rf"\d[\d.,]*\s*(?:k|mila)?\s+(?:nuov[ie]\s+|new\s+)?(?:{STAGE_ANY})", text[:part.start()], re.IGNORECASE)
            # "€2M revenue, at least 30% of it from Enterprise": a share of an amount won
            or (re.search(rf"{AMOUNT_WRITTEN}|\d\s*(?:{SCALE})\b", text[:part.start()], re.IGNORECASE)
                and re.search(rf"\b(?:{metricwords.WON_WORDS})\b", normalise(text[:part.start()])))):
        draft.scope_note = {"kind": "share_part", "dimension": None, "values": [part.group(1).strip()]}
        text = text[:part.start()] + " " + text[part.end():]
    # "Nessun MQL deve restare senza risposta per più di 3 giorni", "no MQL should wait more than 48 hours": every
    # one answered within that time
    # ("Nessun MQL senza risposta per più di 48 ore", with no verb, says the same)
    waiting = r"(?:senza\s+risposta|unanswered|untouched|in\s+attesa)\s+"
    text = re.sub(r"\b(?:nessun|nessuno|no|zero|mai più|mai piu|never again)\s+(mqls?|leads?|contatt[oi])\s+"
                  r"(?:(?:(?:deve|devono|dovrà|should|must|may|can)\s+)?(?:restare|rimanere|aspettare|attendere|stay"
                  rf"|remain|wait|go|be left|left|lasciat[io]|sit)\s+(?:{waiting})?|{waiting})"
                  r"(?:per\s+|for\s+)?(?:più\s+di|piu\s+di|oltre(?:\s+le|\s+i)?|more\s+than|over"
                  r"|longer\s+than)\s+(\d+(?:[.,]\d+)?\s*[a-z]+(?:\s+lavorativi)?(?:\s+days?)?)\b",
                  lambda m: f"rispondere al 100% degli {m[1]} entro {m[2]}", text, flags=re.IGNORECASE)
    text = shares.deal_shares(shares.lost_shares(text))
    text_left = shares.service_level(draft, shares.ratios(shares.counted_shares(text)))
    # "(Q4 2026: 480)", "l'anno scorso ne abbiamo fatti 60": a level reached earlier, whose period is never the
    # objective's
    text_left, earlier, earlier_period = targets.earlier_level(text_left, today)
    found = deadlines.find(text_left, today)
    if earlier_period is not None and (earlier_period[0] > today or (
            found.day is not None and (found.first or today) <= earlier_period[0] and earlier_period[1] <= found.day)):
        # "Lead totali 2026: 1.000 (250 nel Q4 2026)": a part of the objective's own window, or of a period still to
        # come, is no start
        earlier = None
    event = deadlines.event_phrase(text_left)
    if event is not None:
        # "entro la fiera SPS", "by the SPS show": the fair says when, never which campaign or source is counted
        text_left = text_left.replace(event, " ")
    low = metricwords.words_of(text_left)
    draft.deadline, draft.deadline_phrase = found.day, found.phrase
    if found.first is not None and found.first != today:
        # "Q2: 90 SQL", "nel secondo trimestre 2027": counted over the period, not from today to its end
        draft.start = found.first
    if not found.readable:
        draft.problems.append("deadline_unreadable")
    rest = text_left if not found.phrase else re.sub(re.escape(found.phrase), " ", text_left, flags=re.IGNORECASE)
    if found.also:
        # "dal 1 febbraio 2027, 50 SQL entro 60 giorni": the day the span runs from is no number of the objective
        rest = re.sub(re.escape(found.also), " ", rest, flags=re.IGNORECASE)
    # "webinar Transizione 5.0", "Windows 11": a name's number, hidden from every number read below
    rest = _name_numbers(rest, vocabulary or {})
    rest = _team_sizes(rest)
    rest, range_factor = targets.read_range(draft, rest)
    second = metricwords.second_objective(rest)
    if second is not None:
        # "aumentare gli MQL del 10% e ridurre il CPL del 10%": the first is read, the check says to split
        if "two_objectives" not in draft.problems:
            draft.problems.append("two_objectives")
        if not metricwords.names_measure(rest[:second]) and metricwords.names_measure(rest[second:]):
            # "120 iscritti e 30 MQL": registrations are no measure kept, the MQLs are; the words before stay for
            # the scope ("Webinar ..."), their numbers hidden
            rest = re.sub(r"\d", metricwords.NAME_MARK, rest[:second]) + rest[second:]
            draft.problems.append("first_not_measure")
        else:
            rest = rest[:second]
        low = metricwords.words_of(rest)
    each = scopes.each_value(draft, rest)
    if each != rest:
        rest, low = each, metricwords.words_of(each)
    scopes.per_person(draft, rest)
    metricwords.metric_and_stages(draft, low)
    if draft.metric == "velocity" and re.search(r"\b(?:giorni|gg)\s+lavorativi|\b(?:business|working)\s+days\b",
                                                rest, re.IGNORECASE):
        # the days between stages are the calendar's: working days would be read as calendar days without a word
        draft.problems.append("working_days")
    if draft.metric == "win_rate" and shares.WON_COUNTED.search(rest):
        # "20 trattative vinte", "15 deals won": a count of deals won is new customers, never a win rate of 2.000%
        draft.metric, draft.stage = "stage_entries", "customer"
    if draft.threshold is not None or (shares.SHARE_OF_MQLS.search(rest)
                                       and re.search(rf"\b(?:{shares.RESPOND})\b", low)):
        # "accettare almeno il 68% degli MQL": a share of the MQLs answered, never 68% more MQLs
        draft.metric, draft.stage, draft.from_stage, draft.to_stage = "sla", None, None, None
    scopes.filters(draft, low, vocabulary or {}, rest)
    scopes.unknown_scope(draft, rest, vocabulary or {})
    targets.read_direction(draft, low)
    # "ROAS 5x", and "ROI 2,5x", "un ROI di 2,5 volte la spesa": a multiple of the money spent is the return written
    # as a ROAS
    roas = draft.metric == "roi" and bool(re.search(r"\broas\b|\bspesa pubblicitaria\b|\bad spend\b", rest,
                                                    re.IGNORECASE) or re.search(
        rf"(?:{NUMBER})\s*(?:[x×](?!\w)|volte\b|times\b)", rest))
    if roas:
        # "ROAS 5:1": five of return to one spent, a multiple as "5x" writes it
        rest = re.sub(r"(?<![\d.,:])(\d+(?:[.,]\d+)?)\s*:\s*1(?![\d.,:])", r"\1x", rest)
        # "ROAS 5x" is 500%
        rest = re.sub(rf"({NUMBER})\s*(?:[x×](?!\w)|volte\b|times\b)", lambda m: f"{number(m[1]) * 100:g}%", rest)
    rest, now = targets.now_said(rest, today)
    now = now or earlier
    rest = targets.without_aside(rest)
    targets.read_numbers(draft, rest, normalise(rest))
    if now is not None and draft.target is not None and draft.target_kind == "absolute" \
            and draft.stated_baseline is None:
        # "(oggi siamo al 24%)": where it starts, as the text says it
        draft.stated_baseline = now[0] / 100 if now[1] and (draft.metric in RATIOS) else now[0]
        if draft.direction is None:
            # "oggi siamo a 18 giorni, vogliamo arrivare a 10": from where it stands to the target
            draft.direction = "increase" if draft.target > draft.stated_baseline else "decrease"
    if range_factor and draft.target_kind == "absolute" and draft.target is not None:
        draft.range_bounds = [draft.target, round(draft.target * range_factor, 9)]
    if roas and draft.target_kind == "absolute" and draft.target is not None:
        # won value over spend is the ROI plus one: "ROAS almeno 400%" is a ROI of 300%, said by the check
        draft.roas = True
        draft.target = round(draft.target - 1, 9)
        if draft.stated_baseline is not None:
            draft.stated_baseline = round(draft.stated_baseline - 1, 9)
        if draft.range_bounds:
            draft.range_bounds = [round(b - 1, 9) for b in draft.range_bounds]
    targets.read_change(draft, rest)
    if draft.metric == "sla" and draft.threshold is None and draft.target_kind == "absolute" \
            and (draft.target or 0) > 1 and "%" not in rest \
            and (counted := re.search(r"\b\d[\d.,]*\s*(?:k|mila)?\s+(?:accepted\s+)?(mqls?|marketing qualified leads?"
                                      r"|sqls?)\b", rest, re.IGNORECASE)):
        # "hand off 300 MQLs to sales": a count of MQLs passed on, never an acceptance rate of 30.000%
        sql = counted.group(1).lower().startswith("sql")
        draft.metric, draft.stage, draft.target_unit = "stage_entries", "sql" if sql else "mql", "count"
    if draft.metric == "stage_entries" and draft.stage == "mql" and _ACCEPTED.search(normalise(rest)):
        # "300 MQL accettati", "300 accepted MQLs", "le vendite devono accettare 300 MQL": the MQLs Sales takes are its
        # SQLs (the hand-off's acceptance is an MQL reaching SQL)
        draft.stage = "sql"
    if now is not None and draft.stated_baseline is None and (draft.target_kind == "relative"
                                                              or draft.change is not None):
        # "-20% (currently €75)", "ridurre di 3 giorni (oggi siamo a 5)": the change goes on the data's level, and
        # the level the text states is kept for the check to set beside it
        draft.stated_baseline = now[0] / 100 if now[1] and (draft.metric in RATIOS) else now[0]
    targets.read_compared(draft, text_left)
    targets.read_pace(draft, rest)
    # the deadline's phrase too: "Budget Google Ads 2027: non superare i 60k€" names its measure in the heading
    named = f"{found.phrase or ''} {rest}"
    othermeasures.other_measure(draft, normalise(named), named)
    if draft.threshold is not None and draft.target is None:
        # "rispondere ai MQL entro 48 ore" names no share: every one of them
        draft.target, draft.target_kind, draft.target_unit = 1.0, "absolute", "ratio"
    if draft.threshold is not None:
        draft.direction = "increase"
    if "sales_word" in draft.problems:
        draft.problems.remove("sales_word")
        if draft.metric == "stage_entries" and draft.target_kind != "absolute":
            # "migliorare le vendite", "+10% sales": a count of customers or the money won? Not ours to guess;
            # "50 vendite" is a count and "vendite per 50.000 €" money, both read above
            draft.metric, draft.stage, draft.target_unit = None, None, None
            draft.problems.append("sales_ambiguous")
    if draft.metric == "stage_entries" and draft.stage == "opportunity" and draft.target_kind == "relative" \
            and re.search(r"\bpipeline\b", low) and not re.search(
                r"\b(?:opportunita|opportunities|opportunity|trattative|trattativa|deals?|opps?|oppty)\b", low):
        # "crescere la pipeline del 20%": its deals or their value? Not ours to guess (the value is no measure kept,
        # othermeasures.py); "150 opportunità in pipeline" and "pipeline: 60 nuove opportunità" name the count
        draft.metric, draft.stage, draft.target_unit = None, None, None
        draft.problems.append("pipeline_ambiguous")
    if found.counts_only and draft.metric not in CUMULATIVE:
        # "Win rate al 30% a giugno": a level reached by June, from today; "100 MQL a gennaio" counts January's
        draft.start = today
    draft.cadence = shares.cadence(low) if draft.metric == "manual" else None
    if draft.cadence == "rarer":
        draft.cadence = "quarterly"
        draft.problems.append("cadence_rarer")
    if draft.metric is None:
        draft.problems.append("no_metric")
    if draft.target is None and draft.change is None and draft.metric != "manual":
        draft.problems.append("no_number")
    return draft


_IF = r"a patto che|a condizione che|ammesso che|supposto che|purché|purche|sempre che|qualora" \
      r"|nel caso in cui|se(?!\s+ne\b)|if|provided(?: that)?|as long as|assuming|on the assumption that" \
      r"|subject to|on condition that|unless|a meno che(?: non)?|salvo|tranne se|eccetto se|except if"


# a name as people write it in a sentence: "Giulia", "Marco Rossi", "De Luca"; never a stage, a measure, a period or
# the word that heads a row ("owner: Sara, MQL da LinkedIn": the MQLs are the objective; "Obiettivo Matteo
# (marketing)": Matteo). Those words are told apart before the names are looked for (_not_names), rather than by a
# look-ahead before each name word: written 32 times into _OWNERS_NAMED, it took ~0.12 s to compile at every start
_NOT_NAMES = re.compile(
    rf"(?<!\w)(?=(?i:{STAGE_ANY}|{deadlines.MONTH_NAMES}|cpl|cac|roi|roas|nps|kpi|okr|kr\d*|crm|q[1-4]|h[12]|fy"
    r"|obiettiv[oi]|target|goal|owners?|responsabil[ei]|resp|team|ufficio|reparto|scadenza|deadline"
    r"|each|every|all|our|the|we|ogni|ciascun[oa]?|tutt[ieoa]|noi|nostr[oiea]|il|la|le|lo|gli|i"
    r"|marketing|mktg|mkt|vendite|sales|commerciale|commerciali"
    rf"|{deadlines.FEAST_NAMES})\b)")
_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’][\w'’-]*"     # capitalised, never an acronym ("AE", "SDR")
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})?"
_FUNCTION = r"(?i:marketing|mktg|mkt|vendite|sales|commerciale|commerciali|ufficio commerciale|sales team|team vendite)"
_AND = r"\s*(?:,|\be\b|\bed\b|\band\b|&|/)\s*"
# one person, with the function in brackets when written: "Giulia", "Giulia (mktg)"
_ONE = rf"{_PERSON}(?:\s*\(\s*{_FUNCTION}\s*\))?"
_PEOPLE = rf"{_ONE}(?:{_AND}{_ONE})*"
# after "resp.", "responsabili": the people, each with the function it answers for when written ("resp. marketing
# Giulia Ferrari e vendite Elena Galli": Elena answers for Sales, never a filter on her leads)
_STAFF = rf"{_ONE}(?:{_AND}(?:{_FUNCTION}\s*:?\s*)?{_ONE})*"
_OWNERS_NAMED = re.compile(
    # "Giulia (marketing) e Marco (vendite)", "Sara Colombo e Luca Bertolini (vendite)"
    rf"\b{_PERSON}(?:{_AND}{_PERSON})*\s*\(\s*{_FUNCTION}\s*\)"
    # "(Marco, vendite)", "(Giulia - marketing, Luca - vendite)"
    rf"|\(\s*{_PERSON}\s*[,–-]\s*{_FUNCTION}(?:\s*[,;]\s*{_PERSON}\s*[,–-]\s*{_FUNCTION})*\s*\)"
    # "owner: Sara", "Responsabili: Giulia, Marco e Elena", "responsabile Giulia Ferrari", "owner Davide e Giulia",
    # "resp. vendite Davide", "responsabile marketing Matteo", "a cura di Luca", "in capo a Luca", "se ne occupa
    # Giulia", "accountable: Matteo", "owned by Elena"
    rf"|\b(?:(?i:responsabil[ei]|referent[ei]|owners?|accountable|dri)\b|(?i:resp)\.|(?i:a cura di|in carico a"
    rf"|assegnat[oi] a|affidat[oi] a|in capo a|se ne occupa(?:no)?|se ne fa(?:nno)? carico|ne rispond(?:e|ono)"
    rf"|ci pensa(?:no)?|owned by|led by)\b)"
    rf"(?:\s*(?i:del|della|dello|dell')?\s*{_FUNCTION}\b)?\s*:?\s*(?:{_FUNCTION}\s+)?{_STAFF}"
    # the next function of a list of owners: "(resp. marketing: Giulia Ferrari; vendite: Elena Galli)", never a
    # filter on Elena's leads
    rf"|(?<=[;,])\s*{_FUNCTION}\s*:\s*{_PEOPLE}"
    # "Lead: Matteo Ricci.", "Capofila: Giulia": the person who leads it, never the lead stage
    rf"|\b(?i:lead|capofila|project lead)\s*:\s*{_PEOPLE}(?=\s*(?:[.;,\n]|$))"
    # "Marco and Giulia owning it", "Marco (Sales) and Giulia (Marketing) jointly own this", "Elena and Davide to
    # own it", "with Davide and Sara leading"
    rf"|\b{_PEOPLE}\s+(?i:(?:to\s+)?(?:jointly\s+)?(?:own|owns|owning)\s+(?:it|this))\b"
    rf"|\b(?i:with)\s+{_PEOPLE}\s+(?i:leading|in charge|driving it)\b"
    # "Giulia deve consegnare 400 MQL", "Sara e Luca devono portare...": who is to do it, at the start
    rf"|^\s*{_PEOPLE}(?=\s+(?i:deve|devono|dovrà|dovranno|si impegna|si impegnano|must|should|will|needs? to"
    rf"|commits? to|has to|have to)\b)"
    # a pasted sheet row's cell holding a name alone: its owner column ("MQL LinkedIn<TAB>120<TAB>Giulia Ferrari")
    rf"|(?<=\t){_PEOPLE}\s*(?=\t|$)")


# the segment, region or source a part of the total is named by, capitalised, never a stage ("con almeno 50 SQL")
_PART_NAMED = r"(?:(?:da|dal|dalla|dai|dalle|dagli|from|in|nel|nella|nell')\s*)?" \
              r"(?!(?i:mqls?|sqls?|leads?|opportunit\w*|clienti|customers|contatti|deals?)\b)" \
              r"(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?"


def _part(found: re.Match[str]) -> str:
    """The part of a total as a sentence writes it, whichever way it is introduced."""
    return next(group for group in found.groups() if group is not None)


def _not_names(text: str) -> str:
    """The text with the first letter of each word that is never a name in lower case ("Marketing", "Q3",
    "Natale"): a name word starts with a capital after a mark or a space, so none starts there, and the letters
    keep their places for the matches to be cut from the text as written."""
    letters = list(text)
    for word in _NOT_NAMES.finditer(text):
        first = letters[word.start()]
        if "A" <= first <= "Z" or "À" <= first <= "Ý":
            letters[word.start()] = first.lower()
    return "".join(letters)


def _owners_named(draft: Draft, text: str, vocabulary: dict[str, list[str]]) -> str:
    """"..., Giulia (marketing) e Marco (vendite)", "owner: Sara": the people who answer for the objective, written
    into the sentence. They are no lead owner to count ("Giulia" would otherwise filter on the leads she holds) and
    not yet the objective's owners, which are chosen beside the sentence: kept for the check to say so. Returns
    the sentence without them. The data's lead owners tell the forms that name people only if known; a value of
    another dimension is nobody ("Enterprise should account for...")."""
    others = {normalise(v) for dimension, values in vocabulary.items() if dimension != "owner" for v in values}
    found = [m for m in _OWNERS_NAMED.finditer(_not_names(text)) if normalise(text[m.start():m.end()]) not in others
             # "i lead assegnati a Sara", "le trattative affidate a Luca": whose leads, a scope, never who answers
             and not (re.match(r"(?i:assegnat|affidat)", m.group(0))
                      and re.search(rf"(?i:\b(?:{STAGE_ANY}|contatti|trattative|deals?)\s*)$", text[:m.start()]))]
    if not found:
        return text
    # "..., Matteo e Davide", "Giulia:": the names without the marks around them
    draft.named_owners = [text[m.start():m.end()].strip(" ,;:.!–—-") for m in found]
    for m in reversed(found):
        text = text[:m.start()] + " " + text[m.end():]
    return text


def _excluded(draft: Draft, text: str) -> str:
    """The sentence without a part it rules out when that part holds a number ("escludendo le trattative sotto i
    5.000 €", whose amount and "sotto" would be read as the target and its direction): said, as every part ruled
    out that the data does not tell apart; without the existing customers ruled out, which no stage counts."""
    for found in scopes.EXCLUSION.finditer(text):
        what = found["what"]
        # ("esclusi i clienti esistenti", "excluding existing customers": new customers are what a stage's entries
        # count, so ruling the others out says what is measured anyway)
        if re.fullmatch(rf"(?:(?:i|gli|the|our) )?(?:{othermeasures.EXISTING.pattern})", normalise(what)):
            return text[:found.start()] + " " + text[found.end():]
        if re.search(r"\d", what) and re.search(r"\d", text[:found.start()] + text[found.end():]):
            if draft.scope_note is None:
                draft.scope_note = {"kind": "excluded_unknown", "dimension": None,
                                    "values": [scopes.excluded_part(found)]}
            return text[:found.start()] + " " + text[found.end():]
    return text


def _add_condition(draft: Draft, said: str) -> None:
    """A condition kept beside the one already read, never in its place."""
    draft.condition = said if draft.condition is None else f"{draft.condition}; {said}"


# a time each lead has, counted from its own start: "deve diventare MQL entro 14 giorni dall'iscrizione", "within 14
# days of sign-up": no deadline of the objective (it would end in 14 days), and no measure the data keeps
# the time each one has, in days, hours or weeks, of the calendar or of work
_EACH_ONE_S_TIME = r"(?:(?:business|working)\s+)?(?:giorni|giorno|gg|ore|ora|settimane|settimana|days?|hours?|weeks?)" \
                   r"(?:\s+(?:lavorativi|lavorative))?"
_PER_LEAD_TIME = re.compile(
    rf",?\s*\b(?:entro|in|within)\s+(?:\d+|un[ao]?|a|one|two|due|tre|three)\s*{_EACH_ONE_S_TIME}\s+"
    r"(?:dall['’]\s*|dalla\s+|dal\s+|dai\s+|dagli\s+|of\s+|from\s+|after\s+)(?:(?:their|the|its|loro|sua|suo)\s+)?"
    r"(?:iscrizion\w*|registrazion\w*|primo\s+contatto|ingresso|arrivo|download|compilazion\w*|creazion\w*"
    r"|sign[\s-]?ups?|signing\s+up|registration|first\s+(?:touch|contact)|arrival|entry|creation|download"
    # "entro 60 giorni dall'SQL", "within 30 days of becoming an MQL": from the stage each one entered
    rf"|(?:(?:diventare|essere|becoming|being)\s+(?:an?\s+)?)?(?:{STAGE_TOKENS})\b)"
    r"(?:\s+(?:al|del|della|to\s+the|of\s+the)\s+\w+)?", re.IGNORECASE)
# "il 90% degli SQL deve diventare opportunità entro 10 giorni lavorativi nel 2027": a time each one has to take the
# step, with the objective's own period beside it (MQLs becoming SQLs in a time are the hand-off, which measures it)
_STEP_TIME = re.compile(
    rf"(\b(?:{metricwords.BECOMING})\s+(?:(?:in|into|a|an|to)\s+)?(?!sqls?\b)(?:{STAGE_TOKENS})\b)"
    rf"(,?\s*\b(?:entro|in|within)\s+\d+\s*{_EACH_ONE_S_TIME})"
    rf"(?=\s*,?\s*(?:nel|nella|in|entro|by|during|per|for|da|from)\s+(?:il\s+|the\s+|fine\s+|end\s+of\s+)?"
    rf"(?:q[1-4]|h[12]|(?:19|20)\d\d|primo|secondo|terzo|quarto|first|second|third|fourth|{deadlines.MONTH_NAMES})\b)",
    re.IGNORECASE)


def _per_lead_time(draft: Draft, text: str) -> str:
    """The sentence without a time each lead has from its own start, kept as a condition the check says is not
    measured (beside one already read); as it is for the hand-off, whose time is its measure."""
    if re.search(rf"\b(?:{shares.RESPOND})\b", normalise(text)):
        return text
    found = _PER_LEAD_TIME.search(text)
    if found is not None:
        _add_condition(draft, found.group(0).strip(" ,;"))
        return text[:found.start()] + " " + text[found.end():]
    step = _STEP_TIME.search(text)
    if step is not None:
        _add_condition(draft, step.group(2).strip(" ,;"))
        return text[:step.end(1)] + " " + text[step.end():]
    return text


def _condition(draft: Draft, text: str) -> str:
    """"A patto che il marketing consegni 200 MQL, le vendite chiudono 20 clienti", "..., provided the webinar budget
    is approved": the condition is kept aside, for the check to say it is not measured, and the objective read
    without it (its numbers would otherwise be taken for the target). Returns the sentence without it."""
    hedge = _HEDGE.search(text)
    if hedge and re.search(r"\d", text[:hedge.start()]):
        # "..., ma dipende dalla fiera", "... se LinkedIn funziona", "depending on how the trade show goes": a hedge
        # at the end, with no number of its own, is neither condition nor scope (the fair is no filter)
        text = text[:hedge.start()].strip()
    found = re.match(rf"\s*(?:{_IF})\b[^,;:]*[,;:]\s*", text, re.IGNORECASE) or re.search(
        rf"[,;]\s*(?:{_IF})\b.*$", text, re.IGNORECASE)
    # "120 MQL nel Q1 2027 a patto che il marketing ne organizzi almeno 3", "40 new customers in 2027 if the regional
    # grant comes through": a condition closing the sentence with no comma before it, after the objective's number
    trailing = found is None and (found := _TRAILING_IF.search(text)) is not None \
        and re.search(r"\d", text[:found.start()]) is not None
    if found is None:
        return text
    rest = text[:found.start()] + " " + text[found.end():]
    said = normalise(found.group(0))
    # "se riusciamo", "if possible" hedge; a condition names a number, a stage, a measure or a budget
    # a hire is a condition too: "if we hire a second SDR", "se assumiamo un commerciale"
    named = trailing or re.search(r"\d", said) or re.search(rf"\b(?:{STAGE_ANY}|budget|spesa|spend|hire|hires|hired"
                                                            r"|hiring|assumiamo|assumere|assunzione|assunto)\b", said) \
        or any(re.search(rf"\b(?:{words})\b", said) for _, words in metricwords.METRIC_WORDS)
    if not named or (not re.search(r"\d", rest) and re.search(r"\d", found.group(0))):
        return text
    draft.condition = found.group(0).strip(" ,;:")
    return rest.strip()


# a condition closing the sentence with no comma (never a hedge: "se possibile", "if we can"; nor a stretch: "meglio
# se al 25%")
_TRAILING_IF = re.compile(rf"(?<=\S)(?<!\bmeglio)(?<!\bbetter)(?<!\bmagari)\s+(?:{_IF})\s+"
                          r"(?!possibile\b|possible\b|riusciamo\b|we can\b|ne\b)\S.*$",
                          re.IGNORECASE)


# a hedge closing the sentence, with no number of its own: "..., ma dipende dalla fiera", "... se LinkedIn funziona",
# "..., depending on how the trade show goes", "... if LinkedIn works"
_HEDGE = re.compile(rf"(?:\s*[,;]\s*(?:ma\s+|but\s+)?|\s+)(?:(?:{_IF})\s+(?:(?:il|la|lo|i|gli|le|l'|the|our)\s*)?"
                    rf"[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?\s+(?:va|vanno|funziona|funzionano|regge|tiene|rende|works?|goes"
                    rf"|go|performs?|holds?)\b|dipende\b|dipender[àa]\b|a seconda d\w*|depending on\b|depends on\b"
                    rf"|it depends\b)[^\d]*$", re.IGNORECASE)


# why the objective is set: "A causa del taglio del 20% al budget, ...", "..., per compensare il calo di ottobre"
# (never "dopo la fiera ...": days counted from an event need its day, which deadlines.find asks for)
_REASON = r"a causa d\w*|per via d\w*|visto che|considerato che|per compensare|per recuperare" \
          r"|due to|because of|to make up for|to offset"


# "Portare 200 MQL entro giugno, riducendo il CPL", "..., while keeping CPL low": another measure's change said
# alongside with no number of its own (with one, "riducendo il CPL del 10%", it is a second objective); or the spend
# moved to reach it, "spostando budget su LinkedIn" (where the money goes, never a second source of the objective)
_ALONGSIDE = re.compile(rf"{metricwords.ALONGSIDE}(?:(?P<moved>(?:spostando|dirottando|spostare|riallocando"
                        r"|reallocating|moving|shifting)\s+(?:(?:il|parte\s+del|the|some|our|part\s+of\s+the)\s+)?"
                        rf"(?:budget|spesa|spend|investiment[oi]))|{metricwords.GERUND_OF_CHANGE}|contenendo"
                        r"|mantenendo|tenendo|keeping|holding)\s+[^,;.\d]*(?=[,;.]|$)", re.IGNORECASE)


def _alongside(draft: Draft, text: str) -> str:
    """The sentence without a change of another measure, or the spend moved, said alongside with no number, kept as
    a condition the check says is not measured; as it is when the clause is all there is, or names no measure."""
    found = _ALONGSIDE.search(text)
    if found is None or draft.condition is not None or not re.search(r"\d", text[:found.start()]) \
            or not (found["moved"] or metricwords.names_measure(found.group(0))):
        return text
    draft.condition = found.group(0).strip(" ,;")
    return text[:found.start()] + text[found.end():]


def _without_reason(text: str) -> str:
    """The sentence without the reason it gives, whose numbers ("il taglio del 20%") are no part of the objective;
    as it is, when the reason holds every number."""
    # a trailing reason ends where a deadline begins: "..., due to the new budget by June 2027"
    found = re.match(rf"\s*(?:{_REASON})\b[^,;:]*[,;:]\s*", text, re.IGNORECASE) or re.search(
        rf"[,;]\s*(?:{_REASON})\b[^,;]*?(?=\s+(?:entro|by|before|until|within|prima)\b|[,;]|$)", text, re.IGNORECASE)
    if found is None:
        return text
    rest = text[:found.start()] + " " + text[found.end():]
    return rest.strip() if re.search(r"\d", rest) else text


# what happened before, opening the sentence: "Dopo i 120 lead del webinar di ottobre, puntiamo a 200 MQL", "After
# the October webinar we aim at 200 MQLs"
_AFTER = re.compile(r"\s*(?:dopo|after|following)\b[^,;:]*?(?:[,;:]\s*|\s(?=(?:puntiamo|vogliamo|dobbiamo|miriamo"
                    r"|ci\s+poniamo|we\s+(?:want|aim|need|must|will|plan|should))\b))", re.IGNORECASE)


# "... entro febbraio, dopo i 120 lead del webinar di ottobre": at the end, what came before says how many
_AFTER_COUNT = re.compile(rf",?\s+(?:dopo|after|following)\s+(?:i|gli|le|the|our|i\s+nostri)?\s*\d[\d.,]*\s*(?:k|mila)?"
                          rf"\s+(?:nuov[ie]\s+|new\s+)?(?:{STAGE_TOKENS}|contatti|contratti|trattative|deals?)\b[^,;]*",
                          re.IGNORECASE)


def _without_before(text: str, today: date) -> str:
    """The sentence without what happened before it ("Dopo il webinar di ottobre, ..."), whose numbers and names are
    neither the objective nor its scope; as it is when the rest counts days from it ("dopo la fiera di Verona,
    50 MQL entro 30 giorni": deadlines.find asks for the fair's day), or holds no number."""
    found = _AFTER.match(text) or _AFTER_COUNT.search(text)
    if found is None or not re.search(r"\d", found.group(0)):
        # "Dopo il lancio di Predicta Cloud, 30 nuovi clienti": with no number of its own, its names may be the scope
        return text
    rest = text[:found.start()] + " " + text[found.end():]
    if not re.search(r"\d", rest) or re.search(
            r"\b(?:entro|in|within)\s+(?:i\s+|the\s+)?(?:\d+|next)\s*(?:giorni|gg|settimane|mesi|days|weeks|months)\b",
            rest, re.IGNORECASE):
        return text
    if not metricwords.names_measure(rest):
        # "Dopo aver chiuso 10 clienti nel Q4, puntiamo a 25": what is counted is named there only
        return targets.past_words(found.group(0), today) + " " + rest
    return rest


_SPEND_WORDS = r"investimento|investimenti|budget|spesa|spend|spending|investment|sponsorizzazione|sponsorship" \
               r"|pubblicità|advertising"
# an amount of spend, with its currency or its scale ("10k"): the spend words say it is money
_SPEND_AMOUNT = rf"(?:{AMOUNT_WRITTEN}|(?:{NUMBER})(?:{SCALE}))"
# the money an objective is to be reached with, or within: "con 12.000 € di investimento", "con un budget di 10k€",
# "spendendo 5.000 €", "ma senza superare i 15.000 € di spesa al mese", "with a budget of €8k", "spending €5k"
_MEANS = re.compile(
    rf",?\s*\b(?:(?:con|with)\s+(?:un[oa]?\s+|a\s+|an\s+)?(?:{_SPEND_WORDS})(?P<names>(?:\s+(?-i:[A-Z])[\w-]*){{0,2}})"
    # ("con un budget di 5k": the spend words say a bare amount with its scale is money)
    rf"\s+(?:di|of)\s+(?:{_SPEND_AMOUNT})(?:\s+(?:su|on)(?P<on>\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?))?"
    rf"|(?:con|with)\s+(?:{_SPEND_AMOUNT})\s+(?:di|of)\s+(?:{_SPEND_WORDS})"
    # "with a €15k budget on Google Ads"
    rf"|with\s+(?:a|an)\s+(?:{_SPEND_AMOUNT})\s+(?:{_SPEND_WORDS})"
    # "spendiamo 5.000 € al mese su Google Ads per portare 100 MQL": the verb said in any person
    rf"|(?:investendo|spendendo|spending|investing|spendiamo|spendere|investiamo|investire|spend|invest)"
    rf"\s+(?:(?:al massimo|non più di|non piu di|at most|no more than"
    rf"|meno di|less than|under)\s+)?(?:{_SPEND_AMOUNT})(?:\s+(?:al|a|per|every|a|per)\s+(?:mese|month))?"
    # "keeping spend under 10k a month", "tenendo la spesa sotto i 10.000 € al mese"
    rf"|(?:while\s+)?(?:keeping|tenendo|mantenendo)\s+(?:the\s+|la\s+|il\s+)?(?:[A-Z][\w-]*\s+)?(?:{_SPEND_WORDS})"
    rf"(?:\s+(?:su|di|on)\s+[A-Z][\w-]*)?\s+(?:under|below|within|sotto|entro)"
    rf"\s+(?:i\s+|il\s+)?{_SPEND_AMOUNT}(?:\s+(?:al|a|per|every|a|per)\s+(?:mese|month))?"
    rf"|(?:ma\s+|but\s+)?(?:senza\s+(?:superare|sforare)|without\s+(?:exceeding|going\s+over))\s+(?:i\s+|il\s+|the\s+)?"
    # (never a ceiling on a cost per lead or per customer: "without exceeding €120 cost per MQL", a second objective)
    r"(?![€$£]?\s*\d[\d.,]*\s*(?:k|€|euro|eur)?\s+(?:di\s+|of\s+)?(?:cpl|cac|costo|cost)\b)"
    rf"(?:{AMOUNT_WRITTEN})(?:\s+(?:di|of)\s+(?:{_SPEND_WORDS}))?"
    rf"(?:\s+(?:al|a|per|every|a|per)\s+(?:mese|month|trimestre|quarter|anno|year))?)",
    re.IGNORECASE)


# a budget said as a name and its amount: "Budget di 5.000 €", "Budget LinkedIn 8k€", "budget mensile 8.000 €",
# "monthly budget €8,000", "budget 40k€ sul trimestre"; the channel it goes to in `names`
_BUDGET_SAID = (
    rf"(?:(?:il|un|our|a|the|q[1-4]|h[12]|marketing|sales|vendite|ads|adv|campaign|campagna|total[e]?|annual[e]?"
    rf"|monthly|mensile|quarterly|trimestrale)\s+){{0,2}}(?:{_SPEND_WORDS})"
    rf"(?:\s+(?:mensile|trimestrale|annuale|totale|complessivo))?(?P<names>(?:\s+(?-i:[A-Z])[\w-]*){{0,2}})"
    rf"\s*(?:(?:di|of|da|pari a|:)\s*)?(?:{_SPEND_AMOUNT})"
    rf"(?:\s*/\s*(?:mese|month|mo|trimestre|quarter|anno|year)\b"
    rf"|\s+(?:al|a|per|every|a|per|sul|nel|for the|in the|over the)\s+(?:mese|month|trimestre|quarter|anno|year))?")
# the budget heading the sentence, before the objective it is given for: "Budget di 5.000 €, 120 MQL entro marzo",
# "Budget LinkedIn 8k€: 200 lead", "Budget: € 5.000 al mese; 120 MQL"
_MEANS_HEADING = re.compile(rf"^\s*{_BUDGET_SAID}\s*(?:[,;:]|\s[-–—])\s*", re.IGNORECASE)
# ... or after it, its own clause: "Costo per lead: 45€ max, budget mensile 8.000 €", "CPL a max 180 € entro il 31
# marzo, budget 40k€ sul trimestre" (read as the level, it made the 45 € a start)
_MEANS_AFTER = re.compile(rf"\s*[,;]\s*(?:(?:e|and|con|with)\s+)?{_BUDGET_SAID}(?=\s*(?:[,;.]|$|\s(?:entro|by)\b))",
                          re.IGNORECASE)


# the spend held where it is while the objective is reached: "senza aumentare la spesa su Google Ads", "senza toccare il
# budget di Google Ads", "mantenendo invariato il budget su LinkedIn", "con lo stesso budget di Google Ads", "a parità
# di budget", "without increasing spend on LinkedIn", "keeping the LinkedIn budget flat": a condition, and the channel
# named is where the money stays, never the objective's scope (the company's MQLs, not Google Ads' alone)
_NAME = r"(?-i:[A-Z])[\w-]*"
_SPEND_KEPT = re.compile(
    r",?\s*\b(?:(?:ma\s+|but\s+)?(?:senza\s+(?:aumentare|toccare|alzare|cambiare|incrementare|modificare|ritoccare)"
    r"|without\s+(?:increasing|raising|changing|touching|adding\s+to))"
    r"|(?:mantenendo|tenendo|lasciando)\s+(?:invariat[oaie]|ferm[oaie]|costant[ei]|uguale|stabile)"
    r"|(?:mantenendo|tenendo|lasciando|keeping|holding|leaving)(?=\s+(?:(?:il|la|lo|l'|the|our)\s*)?(?:\w[\w-]*\s+)?"
    rf"(?:{_SPEND_WORDS})\b[^,;.\d]*?\b(?:invariat[oaie]|ferm[oaie]|costant[ei]|stabile|uguale|flat|unchanged|steady"
    r"|as\s+it\s+is|the\s+same)\b)"
    r"|a\s+parità\s+di|con\s+(?:lo\s+stesso|la\s+stessa|il\s+medesimo|la\s+medesima)|with\s+the\s+same"
    r"|at\s+the\s+same|on\s+the\s+same)"
    rf"\s+(?:(?:il|la|lo|l'|i|gli|le|the|our|nostro|nostra)\s*)?(?:{_NAME}(?:\s+{_NAME})?\s+)?(?:{_SPEND_WORDS})\b"
    rf"(?:\s+(?:su|di|per|in|sul|sulla|on|for|in)\s+{_NAME}(?:\s+{_NAME})?)?"
    r"(?:\s+(?:invariat[oaie]|ferm[oaie]|costant[ei]|stabile|uguale|flat|unchanged|steady|as\s+it\s+is"
    r"|the\s+same))?", re.IGNORECASE)


def _spend_kept(draft: Draft, text: str) -> str:
    """The sentence without the spend it says is held where it is, kept as a condition the check says is not
    measured (beside one already read); as it is when nothing else holds a number."""
    found = _SPEND_KEPT.search(text)
    if found is None:
        return text
    rest = text[:found.start()] + " " + text[found.end():]
    if not re.search(r"\d", rest):
        return text
    said = re.sub(r"^(?:ma|but)\s+", "", found.group(0).strip(" ,;"), flags=re.IGNORECASE)
    _add_condition(draft, said)
    return rest


def _means(draft: Draft, text: str) -> str:
    """"Con 12.000 € di investimento sui webinar portare a casa 40 SQL", "..., ma senza superare i 15.000 € di spesa
    al mese": the money the objective is to be reached with or within is no target of its own (it would be read as
    a won value of 12.000 €): kept aside as a condition the check says is not measured, when the rest still holds a
    number. "Budget Google Ads: non superare i 60k€" is the objective itself, and stays."""
    found = _MEANS_HEADING.match(text) or _MEANS.search(text) or _MEANS_AFTER.search(text)
    if found is None or draft.condition is not None:
        return text
    # the channel the money goes to stays the objective's scope: "Budget LinkedIn 8k€: 200 lead" counts LinkedIn's
    names = (found.groupdict().get("names") or "") + " " + (found.groupdict().get("on") or "")
    rest = text[:found.start()] + " " + names + " " + text[found.end():]
    if not re.search(r"\d", rest) or not metricwords.names_measure(rest):
        # "Spendere non più di 20.000 euro in fiere nel 2027": the money is the objective itself, nothing else is
        return text
    draft.condition = re.sub(r"^(?:ma|but)\s+", "", found.group(0).strip(" ,;:-–—"), flags=re.IGNORECASE)
    return rest


# words a number written after is the level or the period of, never part of a name: "MQL 120", "Q2 2027", "NPS 8.0"
_BEFORE_A_LEVEL = re.compile(
    rf"(?:{STAGE_ANY}|{'|'.join(words for _, words in metricwords.METRIC_WORDS)}|{deadlines.MONTH_NAMES}"
    rf"|{deadlines.WEEKDAY_NAMES}"
    r"|q[1-4]|h[12]|fy|eoy|kpi|okr|obiettivo|obiettivi|target|goal|quota|budget|score|punteggio|voto|rating|indice"
    r"|index|media|medio|average|almeno|minimo|massimo|max|min|sotto|sopra|oltre|circa|about|around|above|below"
    r"|under|over|least|most|alla|dalla|della|nella|sulla|dalle|delle|alle|nelle|sulle|dagli|degli|agli|negli"
    r"|sugli|from|than|into|onto|entro|within|fino|until|reach|raggiungere|portare|arrivare|bring|hit|tra|fra"
    r"|between|oggi|today|now|ora|siamo)")
# a number that reads as a target: a count, a percent, an amount, a level after "a", "to", "almeno"
_A_TARGET = re.compile(
    rf"(?<![\w.,])(?:{NUMBER})(?:{SCALE})?\s*(?:%|{MARK}|(?:nuov[ie]\s+|new\s+)?(?:{STAGE_TOKENS}|contratti|trattative"
    rf"|deals?|ordini|orders|commesse|logos|loghi)\b)|(?:{MARK})\s*(?:{NUMBER})|\b(?:a|al|ai|agli|alle|to|at least"
    rf"|almeno|sopra|sotto|oltre|under|over|above|below|fino a)\s+(?:i\s+|il\s+|gli\s+|the\s+)?(?:{NUMBER})",
    re.IGNORECASE)
# what makes a number after a name its quantity after all: a unit, a scale, a share, a count of something
_UNIT_AFTER = re.compile(
    rf"\s*(?:%|{MARK}|[x×/]|-\s*\d|(?:k|mila|mln|milion[ei]|millions?|m|euro|eur|usd|punti|points?|pp|pts|giorni|gg"
    rf"|days?|settimane|weeks?|mesi|months?|ore|hours?|h|{deadlines.MONTH_NAMES})\b|\s(?:su|out of|in|ogni|every)\s+\d"
    rf"|\s+(?:nuov[ie]\s+|new\s+)?(?:{STAGE_TOKENS}|contratti|trattative|deals?|ordini|orders|commesse|logos|loghi)\b)",
    re.IGNORECASE)
_NAME_NUMBER = re.compile(r"(?:(?<=\w\s)|(?<=^))([A-ZÀ-Ý][\w'’-]*)\s+(\d+(?:[.,]\d+)*)(?![\w.,]*\d|\w)"
                          r"|\b([a-zà-ÿ][\w'’-]{3,})\s+(\d\.0)(?![\w.,]*\d|\w)")


def _name_numbers(text: str, vocabulary: dict[str, list[str]]) -> str:
    """"Portare a 120 gli MQL del webinar Transizione 5.0", "Migrare 40 clienti a Windows 11": the number is part of
    a programme's or a product's name, never a target, a start or a level. A version ("5.0", "industria 4.0") is
    always one; a whole number after a capitalised name only when the sentence has its target elsewhere, so "clienti
    Enterprise 15 entro marzo" keeps its 15, as does a segment, region, source or owner the data holds ("Nord-Est 25,
    +10% sul 2026"): only products and campaigns carry versions. Returns the text with each such number as one
    private-use character, which no number reader below takes for a digit."""
    scopes_named = {w for d in ("segment", "region", "source", "owner") for v in vocabulary.get(d, [])
                    for w in normalise(v).split(" ")}
    hidden: list[tuple[int, int]] = []
    whole: list[tuple[int, int]] = []
    # "Webinar #4", "Webinar n. 3", "evento nr. 2": a number in a title after its sign, never a start or a target
    hidden += [(m.start(1), m.end(1)) for m in re.finditer(
        r"\b(?:webinar|evento|eventi|event|events|fiera|workshop|seminario|seminar|corso|course|episodio|episode"
        r"|puntata|newsletter|campagna|campaign|edizione|edition|live)\s*(?:#|n\.|nr\.|no\.|n°|numero\b|number\b)"
        r"\s*(\d{1,3})(?![\w.,]*\d)", text, re.IGNORECASE)]
    # "Punto 2 dell'odg: ...", "Slide 4 - ...", "KR2:": where the sentence stands in a list, never a number of it
    hidden += [(m.start(1), m.end(1)) for m in re.finditer(
        r"^\W*(?:punto|slide|pagina|pag\.|item|voce|kr|key result|capitolo|sezione|section)\s*(\d{1,2})\b"
        r"(?=\s*(?:[-–:.)]|dell|del|of)\b|\s*[-–:.)])", text, re.IGNORECASE)]
    # a campaign or product the data holds, named whole ("campagna Top 100 clienti", "Promo 2x1"): its numbers
    # are its name's, whatever the words around them
    for value in (v for d in ("campaign", "product") for v in vocabulary.get(d, []) if re.search(r"\d", v)):
        for named in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE):
            hidden += [(named.start() + n.start(), named.start() + n.end())
                       for n in re.finditer(r"\d+(?:[.,]\d+)*", named[0])]
    for found in _NAME_NUMBER.finditer(text):
        word, digits = (found[1], found[2]) if found[1] else (found[3], found[4])
        start = found.start(2) if found[1] else found.start(4)
        end = start + len(digits)
        if _BEFORE_A_LEVEL.fullmatch(normalise(word)) or re.fullmatch(f"(?:{MARK})", word, re.IGNORECASE) \
                or _UNIT_AFTER.match(text, end):
            # "MQL 120", "below EUR 900", "Enterprise 1,2 mln", "Silvestro 20 nuovi clienti": a quantity
            continue
        if re.fullmatch(r"\d{1,2}\.\d", digits):
            hidden.append((start, end))
        elif found[1] and re.fullmatch(r"\d{1,3}", digits) and normalise(word).split(" ")[-1] not in scopes_named \
                and (found.start(1) > 0 or text[end:].lstrip()[:1] == ":"):
            # at the start only as a heading: "Windows 11: ...", never "Tra 100 e 120 MQL"
            whole.append((start, end))
    if whole:
        spans = hidden + whole
        left = "".join(ch if not any(s <= i < e for s, e in spans) else " " for i, ch in enumerate(text))
        if _A_TARGET.search(left):
            hidden += whole
    # spans found twice (a version in a campaign's name) or overlapping are one number: merged before marking
    merged: list[list[int]] = []
    for start, end in sorted(hidden):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + metricwords.NAME_MARK + text[end:]
    return text


# how many people do the work: "Abbiamo 3 commerciali e 2 SDR", "with 4 sales reps"
# or in a company's: "clienti PMI con più di 50 dipendenti" ("40 account", "200 persone al webinar" are what is counted)
_TEAM = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})*)\s+(?:commerciali|venditori|venditrici|agenti|sdr|bdr|aes?"
                   r"|account\s+(?:manager|executive)s?|reps|sales\s*reps|salespeople|sellers|fte|heads|dipendenti"
                   r"|addetti|employees)\b", re.IGNORECASE)


def _team_sizes(text: str) -> str:
    """"Abbiamo 3 commerciali e 2 SDR: obiettivo 45 SQL entro marzo": the size of a team is no start and no target,
    hidden as a name's number is when the sentence holds another and names a measure ("Assumere 2 SDR" keeps its 2)."""
    hidden = _TEAM.sub(lambda m: m[0].replace(m[1], metricwords.NAME_MARK), text)
    # "Passare da 3 a 5 commerciali" is about the team itself
    return hidden if re.search(r"\d", hidden) and metricwords.names_measure(_TEAM.sub(" ", text)) else text


def ranged(draft: Draft) -> bool:
    """Whether the target is a bound of the range the sentence gave: not when a person corrected it."""
    return bool(draft.range_bounds) and "target" not in draft.corrected and draft.direction is not None


def settle_range(draft: Draft) -> None:
    """A range's bound that counts as met: the first for a measure going up, the second for one going down."""
    if ranged(draft):
        low, high = draft.range_bounds or (None, None)
        draft.target = high if draft.direction == "decrease" else low


def settle_change(draft: Draft, baseline: float | None) -> None:
    """"Ridurre il ciclo di vendita di 10 giorni" from the data's 58,5 days is a level of 48,5 days: the level the
    objective is stored and measured with. Without a starting point the change stays a change, and the check says
    it cannot be measured."""
    if draft.change is not None and draft.target is None and baseline is not None:
        draft.target, draft.target_kind = round(baseline + draft.change, 9), "absolute"
        draft.target_unit = metricwords.unit_of(draft)


def settle_direction(draft: Draft) -> bool:
    """"Portare il win rate al 30%", "150 SQL nei prossimi 6 mesi" name no direction: the measure gives it. A count
    or a sum over the window is a total to reach, a rate a level to reach or keep, a cost or a time one not to pass.
    Never the data's starting point: "150 SQL" after a half year of 259 would be a cut to 150, met on a quiet first
    day. True when it did."""
    if draft.direction is None and draft.target_kind == "absolute" and draft.target is not None \
            and draft.metric in MEASURES and draft.metric != "manual":
        draft.direction = "decrease" if lower_is_better(draft.metric, draft.stage) else "increase"
        return True
    return False


def manual_name(draft: Draft) -> str | None:
    """The KPI checked in by hand as the sentence names it ("NPS", "soddisfazione", "churn"), to say what was read."""
    found = re.search(rf"\b(?:{metricwords.MANUAL_WORDS})\b", normalise(draft.statement))
    return metricwords.as_written(found.group(0), draft.statement) if found else None
