"""The numbers of a sentence: its target (a level, a change in percent or in the measure's unit), a range, the
direction, the level it states for today, the period a change is meant against, a pace. Part of the reader of
sentences (drafting.py)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from smarketing import deadlines, metricwords
from smarketing.amounts import AMOUNT_WRITTEN, DAYS_IN, MARK, NUMBER, SCALE, money_in, number, scaled
from smarketing.importing.fields import normalise
from smarketing.stagewords import STAGE_TOKENS
from smarketing.vocabulary import DAYS, RATIOS, lower_is_better

if TYPE_CHECKING:
    from smarketing.drafting import Draft


def _plain(pattern: str) -> str:
    """A pattern's groups made non-capturing, to nest it under named ones."""
    return re.sub(r"\((?!\?)", "(?:", pattern)


_N = _plain(f"(?:{NUMBER})")
_UNIT = _plain(rf"(?:{SCALE})?\s*(?:%|{MARK})?")
_ARTICLE = r"(?:il\s+|i\s+|gli\s+|le\s+|the\s+)?"
_RANGE = re.compile(
    rf"\b(?:tra|fra|between)\s+{_ARTICLE}(?:{_plain(MARK)})?\s*(?P<a>{_N}){_UNIT}\s+(?:e|and)\s+"
    rf"{_ARTICLE}(?P<b>(?:{_plain(MARK)})?\s*{_N}{_UNIT})"
    # "25-30%", "100-120 MQL", "40–45 €", "€40-45": a dash between two numbers that carry a unit or count a stage,
    # never a date or a phone number
    rf"|(?<![\w.,/-])(?P<c>{_N})\s*[-–]\s*(?P<d>{_N}(?:{_plain(SCALE)})?\s*(?:%|{_plain(MARK)})"
    rf"|{_N}(?=\s+(?:nuov[ie]\s+)?(?:{STAGE_TOKENS}|contratti|trattative|deals?)\b))(?![\d/.-])"
    rf"|(?:(?<=[€$£])|(?<=[€$£]\s))(?P<e>{_N})\s*[-–]\s*(?P<f>{_N})(?![\d/.-])"
    # "almeno 50, ma non oltre 80", "non sotto il 20%, meglio se al 25%": a floor and a ceiling or a stretch
    rf"|\b(?:almeno|minimo|non sotto|at least|not below|no less than)\s+{_ARTICLE}(?:{_plain(MARK)})?\s*(?P<g>{_N})"
    rf"{_UNIT}(?:\s+(?:nuov[ie]\s+|new\s+)?(?:{STAGE_TOKENS}))?\s*,?\s*(?:ma\s+|but\s+)?"
    rf"(?:non oltre|non più di|non piu di|non superiore a|al massimo|massimo|fino a|meglio se|idealmente"
    rf"|no more than|not more than|at most|max|not above|ideally)\s+(?:(?:al|a|ai)\s+)?{_ARTICLE}"
    rf"(?P<h>(?:{_plain(MARK)})?\s*{_N}{_UNIT})",
    re.IGNORECASE)


def read_range(draft: Draft, text: str) -> tuple[str, float | None]:
    """"Generare tra 100 e 120 MQL", "Win rate 25-30%": a range, read as its first bound written with the second's
    unit ("tra 1,2 e 1,5 mln" is 1,2 mln), never as a start and a target; settle_range moves a falling measure to
    the other bound. Returns the sentence with the range as that one number, and the second bound over the first."""
    found = _RANGE.search(text)
    if found is None:
        return text, None
    first, second = next((found[x], found[y]) for x, y in ("ab", "cd", "ef", "gh") if found[x])
    written = re.match(rf"(?:{MARK})?\s*({NUMBER})(?:{SCALE})?", second.strip(), re.IGNORECASE)
    if written is None or number(first) <= 0 or number(first) >= number(written.group(1)):
        return text, None
    begin = found.start()
    while found["e"] and begin > 0 and text[begin - 1] in "€$£ ":
        begin -= 1              # "€40-45": quoted with the currency written before it
    draft.range_phrase = text[begin:found.end()].strip()
    one = second.strip()[:written.start(1)] + first + second.strip()[written.end(1):]
    return (re.sub(r"\s{2,}", " ", f"{text[:found.start()]} {one} {text[found.end():]}").strip(),
            number(written.group(1)) / number(first))


_FLOOR_FIRST = re.compile(r"(?:almeno|minimo|non sotto|at least|not below|no less than)\b", re.IGNORECASE)


# a time measure named with a verb: "giorni per qualificare un lead", "days to close" say what is timed, not which way
_TIMED_VERB = re.compile(r"\b(?:giorni|tempo|tempi|days|time)\s+(?:per|to|a)\s+(?:qualificare|chiudere|qualify|close"
                         r"|convertire|convert|vincere|win)\b")


def read_direction(draft: Draft, low: str) -> None:
    # "aumentare le opportunità del 20% perché siamo sotto": a reason given after the objective says where things
    # stand, never which way to go
    low = re.sub(r"\b(?:perche|poiche|dato che|visto che|because|as we are)\b.*$", " ", low)
    # "..., ma senza abbassare i prezzi", "without cutting prices": a change ruled out says nothing of the measure's
    # way (never "senza risposta", a part of the measure)
    low = re.sub(r"\b(?:senza|without)\s+(?:[a-z]+(?:are|ere|ire)|[a-z]+ing)\b[^,;.]*", " ", low)
    if draft.metric == "velocity":
        low = _TIMED_VERB.sub(" ", low)
    if draft.range_phrase and _FLOOR_FIRST.match(draft.range_phrase):
        # "almeno 50, ma non oltre 80": the floor is the objective, the ceiling its other bound
        draft.direction = "increase"
        return
    ceiling = r"\b(sotto|below|under|meno di|less than|entro i|non oltre|non piu di|no more than|not more than" \
              r"|at most|al massimo|massimo|max|inferior[ei] a\w*|lower than|fewer than|ceiling|cap|capped|tetto" \
              r"|or less|or lower|or fewer|o meno|o inferiore)\b"
    # a floor or a ceiling said with a negation: "non scendere sotto i 200 MQL" keeps them up, "il churn non deve
    # superare il 3%" keeps it down
    # "win rate non sotto il 20%", "never below 20%", "non meno di 50 SQL" with no verb too
    floor = re.search(r"\b(?:non|not|no|never|don t|do not|mai)\s+(?:\w+\s+){0,6}?"
                      r"(?:(?:scendere|calare|andare|drop|fall|go|dip)\s+)?"
                      r"(?:sotto|below|under|meno di|less than|lower than|inferior[ei] a\w*)\b", low) or re.search(
        # "non far scendere il tasso di accettazione MQL sotto l'80%": the verb of falling ruled out, then what falls
        r"\b(?:non|not|never|mai)\s+(?:\w+\s+){0,2}?(?:scendere|calare|drop|fall|dip)\s+(?:\w+\s+){0,6}?"
        r"(?:sotto|below|under)\b", low) or re.search(
        # "must not go down 75%", "non deve scendere dal 75%": a fall ruled out keeps the level as a floor
        r"\b(?:non|not|never|mai|don t|do not|must not|mustn t|should not|shouldn t)\s+(?:\w+\s+){0,3}?"
        r"(?:(?:go|come|drop|fall|get)\s+down|drop|fall|decline|decrease|scendere|calare|diminuire|scendano|calino)"
        r"\s+(?:(?:to|a|al|dal|from|the|il|lo)\s+)?\d", low)
    # (the rise ruled out below is of a cost, a rate or a time: a count's objective beside it is another's)
    levels = draft.metric not in ("stage_entries", "won_value")
    capped = re.search(r"\b(?:non|not|never|mai|don t|do not)\s+(?:\w+\s+){0,6}?(?:superare|superi|superino"
                       r"|oltrepassare|oltrepassi|sforare|sfori|sforino|exceed|exceeds"
                       r"|go over"
                       r"|pass)\b", low) or levels and re.search(
        # "il CPL non deve salire sopra i 50 €", "non andare oltre i 45 giorni", "evitare di superare i 60 giorni": a
        # rise past a level of the measure ruled out (never "non andare oltre i 10 commerciali", "evitare di superare
        # il budget": another thing's limit)
        r"\b(?:(?:non|not|never|mai|don t|do not)\s+(?:\w+\s+){0,4}?(?:salire|andare|crescere|aumentare|arrivare"
        r"|rise|go|grow|get)\s+(?:\w+\s+)?(?:sopra|oltre|above|over|beyond|past)"
        r"|(?:evitare di|evitare che|avoid|avoiding)\s+(?:\w+\s+){0,4}?(?:superare|superi|superino|sforare|exceed"
        r"|exceeding|going above|going over|go above|go over))\s+(?:i\s+|il\s+|gli\s+|le\s+|the\s+|a\s+)?"
        # (read as written: the words the rest is read from drop the € of "50 €")
        r"(?:[€$£]\s*\d|\d[\d.,]*\s*(?:k\s*)?(?:€|euro|eur\b|%|giorni|gg\b|days|punti|ore|hours))",
        draft.statement.lower())
    # "Non vogliamo più di 30 giorni da opportunità a cliente", "Cost per SQL not above €300", "CAC never above
    # €4,000", "mai sopra i 60 giorni": a level of a cost, a rate or a time not to pass
    capped = capped or levels and re.search(r"\b(?:non|not|never|mai|no)\s+(?:\w+\s+){0,4}?(?:sopra|above|over|oltre"
                                           r"|piu di|more than|higher than|superiore)\b", low)
    if floor:
        draft.direction = "increase"
    elif capped or re.search(rf"\b(?:{metricwords.DECREASE})\b", low) or re.search(ceiling, low) \
            or re.search(r"[<≤]\s*[€$£]?\s*\d", draft.statement) or re.search(r"\bdown\s+\d", low):
        draft.direction = "decrease"
    elif re.search(rf"\b(?:{metricwords.INCREASE})\b", low) or re.search(
            r"\b(sopra|oltre|above|over|almeno|at least|piu di|minimo|minimum|floor|or more|or higher|o piu"
            r"|o superiore)\b", low):
        draft.direction = "increase"
    vague = re.search(rf"\b({metricwords.VAGUE})\b", low)
    if vague and draft.direction is None and draft.metric not in (None, "manual") and re.search(r"\d", low):
        # "migliorare il CPL del 10%", "improve the cycle by 10 days": better is the measure's own way; alone, with
        # no number, the verb stays vague
        draft.direction = "decrease" if lower_is_better(draft.metric, draft.stage) else "increase"
    elif vague and draft.direction is None:
        draft.vague_verb = vague.group(1)
    # the passive too: "il CPL va dimezzato", "i clienti vanno raddoppiati"
    if re.search(r"\b(raddoppiare|raddopiare|raddoppiat[oaie]|double|doubled|portare al doppio|portarle al doppio"
                 r"|portarli al doppio|x ?2)\b", low):
        draft.target, draft.target_kind = 1.0, "relative"
    elif re.search(r"\b(triplicare|triplicat[oaie]|triple|tripled)\b", low):
        draft.target, draft.target_kind = 2.0, "relative"
    elif found := re.search(r"\b(quadruplicare|quadruplicat[oaie]|quadruple|quadrupled|quintuplicare"
                            r"|quintuplicat[oaie]|quintuple|quintupled|decuplicare|decuplicat[oaie])\b", low):
        # "quintuplicare gli MQL": five times as many, +400%
        draft.target = {"qua": 3.0, "qui": 4.0, "dec": 9.0}[found.group(1)[:3]]
        draft.target_kind = "relative"
    elif re.search(r"\b(dimezzare|dimezzat[oaie]|halve|halved)\b", low):
        draft.target, draft.target_kind, draft.direction = -0.5, "relative", "decrease"
    if draft.target is not None:
        draft.target_unit = metricwords.unit_of(draft)


# a count of customers written as what they are worth: "contratti per 2 mln", "vendite per 500k", "2 mln di contratti"
_MILLIONS = r"milioni|mln|milione|million|millions|m"
_SUMMED = re.compile(rf"\b(?:per|for|worth|di valore|per un (?:valore|totale) di)\s+(?:{NUMBER})\s*"
                     rf"(?:k|mila|{_MILLIONS})\b|(?:{NUMBER})\s*(?:{_MILLIONS})\b"
                     # "500k di ordini", "400 mila di commesse": an amount of them; "ordini per 300.000": a sum no
                     # count of customers reaches in a year
                     rf"|(?:{NUMBER})\s*(?:k|mila)\s+(?:di|in)\s+(?:ordini|commesse|contratti|vendite|orders|contracts"
                     # "250k in closed-won deals", "chiudere 250k di trattative": deals won, summed by their worth
                     r"|(?:closed[- ]won\s+|won\s+|closed\s+)?deals|trattative)\b"
                     # (never what they are of: "vendite per 1.000 licenze", "contratti per 2.000 utenti")
                     r"|\b(?:ordini|commesse|contratti|vendite|orders|contracts)\s+(?:per|for)\s+\d{1,3}(?:[.,]\d{3})+"
                     r"(?!\s*[a-zà-ù])",
                     re.IGNORECASE)


# an amount for each lead, MQL, SQL or customer: what one costs
_COST_OF = {r"leads?|contatt[oi]": "cpl", r"mqls?": "cost_per_mql", r"sqls?": "cost_per_sql",
            r"client[ei]|customers?|nuov[oi]\s+client[ei]|new\s+customers?": "cac"}
# an amount for each that is no cost: an average ("valore medio 10k € per cliente") or a budget
_NO_COST = re.compile(r"\b(?:valore medio|ticket medio|scontrino medio|average|budget)\b", re.IGNORECASE)
PER_UNIT = re.compile(rf"{AMOUNT_WRITTEN}\s*(?:per|a|al|each|/)\s*(?:ogni\s+|each\s+|every\s+)?"
                       rf"(?P<unit>{'|'.join(_COST_OF)})\b", re.IGNORECASE)


def _level_in_brackets(words: str, before_number: str = r"[^)\d]*") -> re.Pattern[str]:
    """"(oggi 180k)", "(currently €55)": a level in brackets after its words, with its scale and percent sign."""
    return re.compile(rf"\(\s*(?:{words})\b{before_number}({NUMBER})(?:{SCALE})?\s*(%?)[^)]*\)", re.IGNORECASE)


_NOW = _level_in_brackets(r"oggi|ora|adesso|attualmente|siamo|currently|today|now|we are|at present")
# "(l'anno scorso 28)": last year's level, where the objective starts, as "contro i 28 dell'anno scorso" is; a change
# ("(l'anno scorso +15%)", "(last year: growth of 10%)") is how last year went, no level
_LAST_YEAR = _level_in_brackets(
    r"l'anno scorso|l’anno scorso|lo scorso anno|anno scorso|last year|previous year|prior year"
    # "(erano 70 nel Q4 2026)", "(was 1.1k in 2026)": a level said in the past tense is where it stood
    r"|erano|era|eravamo|were|was|we were|it was",
    r"(?![^)]*\b(?:crescita|crescit[oa]|growth|grew|aumento|calo|increase|decrease|up|down|in più|in meno)\b)"
    # "(era così anche nel 2024)": a year is no level, unless what it counts follows ("(erano 2000 lead)")
    rf"[^)\d+\-−]*(?!(?:19|20)\d\d\b(?!\s+(?:nuov[ie]\s+|new\s+)?(?:{STAGE_TOKENS}|contatti|contratti|deals?)\b))")


# "oggi siamo a 18 giorni, vogliamo arrivare a 10", "today we are at 15 days", "this year we are at 50": the level
# today said as a clause of its own, with the word of where it stands ("a", "at") before the number
_NOW_CLAUSE = re.compile(
    rf"\b(?:oggi|ora|adesso|attualmente|al momento|quest'anno|quest’anno|today|now|currently|at present|this year)"
    rf"(?:\s+(?:siamo|stiamo|sta|è|e'|we are|we're|we stand|it is|it's|is))?\s+(?:a|al|ai|agli|alle|all'|at|on)\s*"
    rf"(?:{MARK})?\s*({NUMBER})(?:{SCALE})?\s*(%?)(?:\s*({'|'.join(DAYS_IN)})\b)?", re.IGNORECASE)


# "(it's ~75 today)", "(siamo a circa 75 oggi)": the level first, the word of today after it
_NOW_AFTER = re.compile(rf"\(\s*(?:it'?s|it is|we are|we're|siamo|sono|è|e')?\s*(?:a|al|at)?\s*[~≈]?\s*"
                        rf"(?:circa\s+|about\s+|around\s+)?(?:{MARK})?\s*({NUMBER})(?:{SCALE})?\s*(%?)[^)\d]*?"
                        r"\b(?:today|oggi|now|ora|adesso|currently|attualmente)\s*\)", re.IGNORECASE)
# ", currently €120,", ", oggi 120 €,": the level today between commas, with no word of where it stands
_NOW_BETWEEN = re.compile(
    rf",\s*(?:currently|attualmente|al momento|oggi|today|now|ora)\s+[~≈]?\s*(?:{MARK})?\s*({NUMBER})(?:{SCALE})?"
    rf"\s*(%?)"
    rf"(?:\s*(?:{MARK}))?(?:\s*({'|'.join(DAYS_IN)})\b)?\s*(?=[,;)]|$)", re.IGNORECASE)


# "(30 nel primo semestre 2026)", "(18 in Q1 2026)", "(Q4 2026: 480)": a level in brackets with the period it
# was reached in
# (with the currency's mark on either side of an amount: "(2026: €700k)", "(900.000 € nel 2026)")
_IN_A_PERIOD = re.compile(rf"\(\s*(?:(?:{MARK})?\s*({NUMBER})(?:{SCALE})?\s*(%?)(?:\s*(?:{MARK}))?\s*"
                          rf"(?:nel|nell'|in(?!\s+(?:più|piu|meno)\b)|durante|during)\s+([^)]*)"
                          rf"|([^):=]*?\b(?:[QH][1-4]|(?:19|20)\d\d)\b[^):=]*?)\s*[:=]\s*(?:{MARK})?\s*({NUMBER})"
                          rf"(?:{SCALE})?\s*(%?)(?:\s*(?:{MARK}))?\s*)\)", re.IGNORECASE)
# "..., partendo da 62", "a partire da una base di 62", "starting from 62 in 2026": the level the objective starts
# from, with the period it stood there in; never a day ("a partire dal 1 gennaio")
# (never a year, "a partire dal 2027", nor a number of something else, "partendo dai 3 commerciali attuali")
_STARTING = re.compile(
    rf",?\s*\(?\b(?:partendo|a\s+partire|starting|start)\s+(?:da|dai|dagli|dal|dalle|from|at)\s+"
    rf"(?:(?:una\s+|a\s+)?base\s+(?:di|of)\s+)?(?:{MARK})?\s*(?!(?:19|20)\d\d\b)({NUMBER})(?:{SCALE})?\s*(%?)"
    rf"(?:\s*(?:{MARK}))?(?![\d/.-]|\s*(?:{deadlines.MONTH_NAMES})\b)"
    rf"(?=\s*(?:$|[,;.)]|(?:nel|nell'|in|del|dello|della|dei|of|al|alla|at|di|oggi|today|attuali|current)\b"
    rf"|(?:nuov[ie]\s+|new\s+)?(?:{STAGE_TOKENS}|contatti|clienti|contratti|trattative|deals?|customers?|giorni"
    rf"|days|euro|eur)\b))"
    rf"(?:\s*\b(?:nel|nell'|in|del|of)\s+((?:(?:primo|secondo|terzo|quarto|first|second|third|fourth)\s+"
    rf"(?:trimestre|semestre|quarter|half)\s+|[QH][1-4]\s+)?(?:19|20)\d\d))?\s*\)?", re.IGNORECASE)
# "(vs 1,5 mln 2026)", "(contro 62 nel 2026)": the level the target is set against, and when it stood there
_VERSUS = re.compile(
    rf"\(\s*(?:vs\.?|versus|contro|rispetto\s+a(?:l|i|gli|lla|lle)?|compared\s+(?:to|with)|against)\s+(?:{MARK})?\s*"
    rf"(?!(?:19|20)\d\d\s*\))({NUMBER})(?:{SCALE})?\s*(%?)(?:\s*(?:{MARK}))?\s*(?:(?:nel|nell'|in|del|of)\s+)?((?:[QH][1-4]\s+)?(?:19|20)\d\d)?\s*\)",
    re.IGNORECASE)
# a clause said in the past: "l'anno scorso ne abbiamo fatti 60", "nel Q1 abbiamo chiuso 45 SQL", "last year we
# closed 60". A verb of change ("siamo cresciuti del 20%") says how it went, never a level
_PAST_VERB = re.compile(
    r"\b(?:abbiamo|avevamo|hanno|avevano|ha|aveva)\s+(?:\w+\s+){0,2}?(?:fatt|chius|generat|avut|portat|raccolt"
    r"|raggiunt|acquisit|vint|firmat|convertit|ottenut|registrat|toccat|fatturat|incassat|qualificat|consegnat"
    r"|segnat|trovat)[oaie]\b"
    r"|\b(?:erano|eravamo|siamo\s+stati|sono\s+stati|(?:è|e')\s+stat[oa]|siamo\s+arrivati|eravamo\s+arrivati)\b"
    # "il CAC era 1.200 €", "a settembre ne avevamo 120": the verb alone, before its number
    r"|\b(?:era|avevamo|avevano)\b(?=\s+(?:(?:di|a|al|ai|del|circa|sui|sulle|intorno\s+a)\s+)?[€$£]?\s*\d)"
    # (never "we will hit", "we must deliver": an objective)
    r"|\bwe\s+(?:(?!will|shall|should|must|would|could|can|need|want|plan|aim|have|are)\w+\s+)?(?:did|had|closed"
    r"|generated|got|made|reached|landed|signed|won|converted|booked|hit|delivered|brought\s+in|ended|finished"
    r"|sourced|created|qualified)\b"
    r"|\b(?:it|this|that|they|there)\s+(?:was|were)\b", re.IGNORECASE)
# a clause that names when the objective is due, or a year to come, says what is to be done, whatever its verb
# ("Entro marzo 2027, abbiamo l'impegno...", "By March 2027, we were asked to deliver 300 MQLs")
_DUE = re.compile(r"\b(?:entro|by|before|until|fino\s+a|within|prima\s+d)", re.IGNORECASE)
# how it went, in the past: "l'anno scorso siamo cresciuti del 20%", "last year we grew 15%"
_PAST_CHANGE = re.compile(
    r"\b(?:siamo|sono|è|e'|era|erano|eravamo)\s+(?:\w+\s+){0,2}?(?:cresciut|calat|aumentat|diminuit|scres|sces|salit"
    r"|raddoppiat|triplicat|dimezzat)[oaie]\b|\b(?:abbiamo|hanno|ha)\s+(?:\w+\s+){0,2}?(?:pers|guadagnat|recuperat)"
    r"[oaie]\b|\b(?:we|it|they)\s+(?:\w+\s+)?(?:grew|dropped|fell|rose|increased|decreased|declined|doubled|lost"
    r"|gained)\b|\b(?:sales|revenue|leads|mqls|sqls|customers|deals)\s+(?:grew|dropped|fell|rose|declined|doubled)\b",
    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;()]\s*|,(?!\d)\s*|[.:!?](?:\s+|$)|\s+[-–—]\s+"
                         r"|\s+(?:e|ed|ma|mentre|and|but|while|whereas)\s+", re.IGNORECASE)
_LEVEL_NUMBER = re.compile(rf"(?<![\w/.,+-])({NUMBER})(?:{SCALE})?(?![\w/.-])\s*(%?)")


def _a_year(text: str, found: re.Match[str]) -> bool:
    """Four plain digits that are a year, unless what they count follows ("2000 lead"): "2.000 lead", "2k" count."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", found.group(1)) and not found.group(2) and not re.match(
        rf"\s+(?:nuov[ie]\s+|new\s+)?(?:{STAGE_TOKENS}|contatti|contratti|trattative|deals?)\b", text[found.end():],
        re.IGNORECASE))


def _a_day_or_budget(text: str, found: re.Match[str]) -> bool:
    """A number that counts nothing of the measure: a day of a month ("Webinar del 12 marzo: 30 MQL", "March 12") or
    a budget ("Con 10k di budget su LinkedIn generare 200 lead", "Budget LinkedIn 10k: ..."), never where it starts."""
    after, before = text[found.end():], text[:found.start()]
    # (a count after a month is no day: "entro giugno 20 nuovi clienti")
    counted = re.match(rf"\s*(?:nuov[ie]\s+|new\s+)?(?:{STAGE_TOKENS}|contatti|contratti|trattative|deals?)\b", after,
                       re.IGNORECASE)
    day = re.match(rf"\s+(?:{deadlines.MONTH_NAMES})\b", after, re.IGNORECASE) or (
        re.search(rf"\b(?:{deadlines.MONTH_NAMES})\.?\s+$", before, re.IGNORECASE)
        and number(found.group(1)) <= 31 and not counted)
    budget = re.match(r"\s*(?:di\s+|of\s+)?budget\b", after, re.IGNORECASE) or (
        re.search(r"\bbudget\s+(?:(?:di|of|da|per)\s+)?(?:[^\W\d]+\s+)?$", before, re.IGNORECASE)
        and re.match(r"\s*(?:€|eur\b|euro\b)?\s*(?:[:,;)]|$)", after, re.IGNORECASE))
    return bool(day or budget)


def _levels(clause: str) -> list[re.Match[str]]:
    """The numbers of a clause that may be a level: never a year, nor a change ("del 20%", "+5")."""
    return [m for m in _LEVEL_NUMBER.finditer(clause) if not _a_year(clause, m)
            and not re.search(r"\b(?:del|di|by)\s+$", clause[:m.start()], re.IGNORECASE)]


def earlier_level(text: str, today: date) -> tuple[str, tuple[float, bool] | None, tuple[date, date] | None]:
    """A level reached earlier, said beside the objective: in brackets with its period ("(Q4 2026: 480)", "(30 nel
    primo semestre 2026)") or as a clause in the past ("l'anno scorso ne abbiamo fatti 60"). Taken out before the
    deadline is read, so its period is never the objective's, and returned (value, written with %) with the
    period in brackets (first and last day), for the reader to settle once the objective's window is known.
    Returns the text as it was when nothing else in it holds a number."""
    found = _IN_A_PERIOD.search(text)
    if found is not None:
        value, scale, percent, said = (found.group(1, 2, 3, 4) if found.group(1) else found.group(6, 7, 8, 5))
        period = _period_said(said, today)
        rest = text[:found.start()] + " " + text[found.end():]
        if period.day is not None and re.search(r"\d", rest):
            return rest, (scaled(number(value), scale), bool(percent)), (period.first or period.day, period.day)
    # "Fatturato 2027: 1,8 mln (vs 1,5 mln 2026)", "..., partendo da 62", "starting from 62 in 2026": the level it
    # is set against or starts from, with the period it stood there in, when one is named
    for said in (_VERSUS.search(text), _STARTING.search(text)):
        if said is None:
            continue
        stood = _period_said(said.group(4), today) if said.group(4) else None
        rest = text[:said.start()] + " " + text[said.end():]
        if re.search(r"\d", rest) and (stood is None or stood.day is not None):
            return rest, (scaled(number(said.group(1)), said.group(2)), bool(said.group(3))), (
                None if stood is None or stood.day is None else (stood.first or stood.day, stood.day))
    bounds = [0, *(m.end() for m in _CLAUSE_END.finditer(text)), len(text)]
    for begin, end in zip(bounds, bounds[1:], strict=False):
        clause = text[begin:end]
        if _DUE.search(clause) or any(int(y) > today.year for y in re.findall(r"\b(20\d\d)\b", clause)):
            continue
        levels = _levels(clause)
        rest = text[:begin] + " " + text[end:]
        verb = _PAST_VERB.search(clause)
        # the level after the verb that says it was reached: "3000 lead (erano 2000 lead nel 2025)" is one clause
        # of each
        if verb and len(levels) == 1 and levels[0].start() > verb.start() and _levels(rest):
            level = levels[0]
            return (text[:begin] + past_words(clause, today) + text[end:],
                    (scaled(number(level.group(1)), level.group(2)), bool(level.group(3))), None)
        if _PAST_CHANGE.search(clause) and re.search(r"\d", clause) and _levels(rest):
            # "l'anno scorso siamo cresciuti del 20%, nel 2027 vogliamo 80 nuovi clienti": how it went is no target
            return text[:begin] + past_words(clause, today) + text[end:], None, None
    return text, None, None


def _period_said(said: str, today: date) -> deadlines.Deadline:
    """The period a level was reached in: "Q4 2026", "primo semestre 2026", and a year alone ("(62 nel 2026)")."""
    period = deadlines.find(said, today)
    if period.day is None and re.fullmatch(r"\s*(?:19|20)\d\d\s*", said):
        period = deadlines.find(f"nel {said.strip()}", today)
    return period


def past_words(clause: str, today: date) -> str:
    """A clause said in the past without its numbers and its period: what it counts stays ("nel Q1 abbiamo fatto 45
    SQL, nel Q2 2027 ne vogliamo 60" counts SQLs; "Dopo aver chiuso 10 clienti nel Q4, puntiamo a 25" too)."""
    words = re.sub(rf"[+-]?(?:{NUMBER})(?:{SCALE})?\s*%?", " ", clause)
    for _ in range(3):
        phrase = deadlines.find(words, today).phrase
        if not phrase or phrase.lower() not in words.lower():
            break
        words = re.sub(re.escape(phrase), " ", words, flags=re.IGNORECASE)
    return f" {words} "


def now_said(text: str, today: date) -> tuple[str, tuple[float, bool] | None]:
    """"Win rate al 30% (oggi siamo al 24%)", "oggi siamo a 18 giorni, vogliamo arrivare a 10": the level today, in
    brackets or as a clause, taken out of the numbers read and returned (value, written with %), so it is never
    read as the target."""
    found = _NOW.search(text) or _LAST_YEAR.search(text) or _NOW_AFTER.search(text)
    if found is not None:
        return text[:found.start()] + " " + text[found.end():], (scaled(number(found.group(1)), found.group(2)),
                                                                 bool(found.group(3)))
    clause = _NOW_CLAUSE.search(text) or _NOW_BETWEEN.search(text)
    if clause is None or not re.search(r"\d", text[:clause.start()] + text[clause.end():]):
        return text, None
    value = scaled(number(clause.group(1)), clause.group(2)) * DAYS_IN.get((clause.group(4) or "").lower(), 1)
    return text[:clause.start()] + " " + text[clause.end():], (value, bool(clause.group(3)))


def without_aside(text: str) -> str:
    """"da 400 a 480 (+20%)", "30 clienti (+25%)", "al 40% (+5 punti)": a change in brackets beside other numbers
    says how they compare, and is left out; alone ("le SQL (+20%)") it is the target."""
    aside = re.sub(rf"\(\s*(?:[+-]\s*(?:{NUMBER})|(?:{NUMBER})\s*%)[^)]*\)", " ", text)
    # "35 new customers, 10 more than in Q1 '26": how the target compares, said beside it
    aside = re.sub(rf",?\s*\b(?:{NUMBER})\s+(?:more|fewer|less|in più|in piu|in meno)\s+(?:than|di|del|dello|della|dei"
                   r"|degli|delle|rispetto)\b[^,;]*", " ", aside, flags=re.IGNORECASE)
    # "1.200 MQL complessivi, circa 100 al mese": the pace that makes the total, said beside it
    aside = re.sub(rf",?\s*\(?\b(?:circa|about|around|roughly|cioè|cioe|ovvero|ossia|quindi|so|i\.e\.)\s+"
                   rf"(?:{NUMBER})\s+(?:\w+\s+)?(?:al|a|alla|per|every|each|an?)\s+(?:giorno|settimana|mese|trimestre|day|week|month"
                   r"|quarter)\b\)?", " ", aside, flags=re.IGNORECASE)
    # "40 nuovi clienti nel 2027, almeno 10 per trimestre": a floor each period, beside the total, is no target
    aside = re.sub(rf"(?<=\d)([^,;]*),\s*(?:almeno|at least|minimo|non meno di|no fewer than)\s+(?:{NUMBER})\s+"
                   r"(?:\w+\s+)?(?:al|a|alla|per|every|each|an?)\s+(?:giorno|settimana|mese|trimestre|day|week|month|quarter)\b",
                   r"\1 ", aside, flags=re.IGNORECASE)
    # "Lead totali 2027: 12.000 (1.000 al mese)", "400 MQLs by end of Q1 (~130/month)": the pace in brackets
    aside = re.sub(rf"\(\s*[~≈]?\s*(?:circa\s+|about\s+|around\s+|ca\.\s*)?(?:{NUMBER})(?:{SCALE})?\s*(?:\w+\s+)?"
                   r"(?:(?:al|a|alla|per|every|each|an?)\s+|/\s*)(?:giorno|settimana|sett|mese|trimestre|day|week|wk"
                   r"|month|mo|quarter)\.?\s*\)", " ", aside, flags=re.IGNORECASE)
    return aside if aside != text and re.search(r"\d", aside) else text


def read_numbers(draft: Draft, text: str, low: str) -> None:
    percents = [(number(m.group(1)), m.start()) for m in re.finditer(rf"([+-]?(?:{NUMBER}))\s*%", text)]
    money = money_in(text)
    # a time in days, weeks or months, in days ("8 settimane" is 56, "2 mesi" about 60: the reading shows it)
    days = [number(m.group(1)) * DAYS_IN[m.group(2)] for m in re.finditer(
        rf"({NUMBER})\s*(?:working\s+|business\s+)?({'|'.join(DAYS_IN)})\b", text.lower())]
    # "aumentare del 10%": a change; "verbale del 18/11: l'80% dei lead" is not
    relative_word = re.search(rf"\b(del|di|by|dello|della)\s+[+-]?(?:{NUMBER})\s*%", text, re.IGNORECASE)
    # a manual KPI written in percent (churn 3%, retention 90%) is a level, kept as a ratio
    levels = RATIOS | {"manual"}
    # "dal 25 al 30%": the percent sign written once, after the target
    once = re.search(rf"\b(?:dal|da|from)\s+({NUMBER})\s+(?:al|a|to)\s+({NUMBER})\s*%", text, re.IGNORECASE)
    if len(percents) >= 2 and draft.metric in levels:
        # "dal 18% al 25%"
        draft.stated_baseline, draft.target = percents[0][0] / 100, percents[1][0] / 100
        draft.target_kind = "absolute"
    elif once and len(percents) == 1 and draft.metric in levels:
        draft.stated_baseline, draft.target = number(once.group(1)) / 100, number(once.group(2)) / 100
        draft.target_kind = "absolute"
    elif percents and draft.target is None and (stated := _count_beside_comparison(draft, text)) is not None:
        # "40 new customers, up 25% on last year": the count is the target, the percent how it compares
        draft.target, draft.target_kind = stated, "absolute"
    elif percents and draft.target is None:
        value = percents[0][0] / 100
        # "aumentare il win rate del 5%" changes it; "raggiungere un win rate del 30%" names the level; "Conversione
        # MQL→SQL +5%", "Win rate +2%": a sign makes it a change too, never a level of 5%
        signed = text[percents[0][1]] in "+-"
        if draft.metric in levels and not signed \
                and not (relative_word and re.search(rf"\b(?:{metricwords.CHANGE_VERBS})\b", low)):
            draft.target, draft.target_kind = value, "absolute"
        else:
            draft.target, draft.target_kind = abs(value), "relative"
            # "CPL LinkedIn: -20%": the sign says the direction when no word does
            if draft.direction == "decrease" or (value < 0 and draft.direction is None):
                draft.target = -abs(value)
            sign = text[percents[0][1]]
            if sign in "+-" and draft.direction and (sign == "-") == (draft.direction == "increase"):
                # "aumentare i clienti del -50%": the sign and the verb disagree; read by the verb, and said
                draft.problems.append("sign_against_verb")
    elif money and draft.target is None:
        each = PER_UNIT.search(text)
        # "ricavi € 1,5k per cliente" is revenue per customer: an average, read as such by othermeasures.other_measure
        if each and draft.metric in (None, "stage_entries") and not _NO_COST.search(text):
            # "non più di 60 € per lead": a cost per lead, never 60 € of won value
            draft.metric, draft.stage = next(m for words, m in _COST_OF.items() if re.fullmatch(words, each["unit"],
                                                                                                   re.IGNORECASE)), None
        if draft.metric in (None, "stage_entries"):
            # "chiudere contratti per 1.500.000 €", "fatturare € 250.000": money is won value, never a count
            draft.metric, draft.stage = "won_value", None
            if draft.direction is None:
                draft.direction = "increase"
        if len(money) >= 2:
            draft.stated_baseline = money[0][0]
        draft.target, draft.target_kind, draft.currency = money[-1][0], "absolute", money[-1][2]
    elif days and draft.target is None and draft.metric in ("velocity", "sla", "sla_days", "conversion"):
        # "far passare gli MQL a SQL in meno di 3 giorni": days between the stages, never 300%
        draft.target, draft.target_kind = days[-1], "absolute"
        draft.metric = {"sla": "sla_days", "conversion": "velocity"}.get(draft.metric, draft.metric)
    elif draft.metric == "manual" and (score := re.search(
            rf"({NUMBER})\s*(?:su|/|out of)\s*(?:5|7|10|100)\b(?![/.,]\d)", text)):
        # "8 su 10", "4,5/5": a score on its scale, never the scale's top
        draft.target, draft.target_kind = number(score.group(1)), "absolute"
    elif draft.target is None:
        # "5 milioni di fatturato": a scale word counts, for money as for anything else
        # a time ("in 45 giorni") is no count: "chiudere le trattative in 45 giorni" names no 45 deals
        # a year is no target: four plain digits, unless what they count follows ("2000 lead"); "2.000 lead",
        # "2,000 leads", "2k" are counts
        counts = [scaled(number(m.group(1)), m.group(2)) for m in re.finditer(
            rf"(?<![\w/.-])({NUMBER})(?:{SCALE})?(?![\w/-]|\.\w|\s*%|\s*(?:{'|'.join(DAYS_IN)})\b)", text)
            if not _a_year(text, m) and not _a_day_or_budget(text, m)]
        if counts:
            if draft.metric == "manual":
                draft.target, draft.target_kind = counts[-1], "absolute"
            else:
                if len(counts) >= 2:
                    draft.stated_baseline = counts[0]
                draft.target, draft.target_kind = counts[-1], "absolute"
                start = re.search(rf"\b(?:up|down)\s+from\s+({NUMBER})(?:{SCALE})?", text, re.IGNORECASE)
                if start and len(counts) == 2 and scaled(number(start.group(1)), start.group(2)) == counts[1]:
                    # "2,000 MQLs by 2027, up from 1,500 this year": the number after "from" is where it starts
                    draft.stated_baseline, draft.target = counts[1], counts[0]
                if draft.metric == "stage_entries" and draft.stage == "customer" and _SUMMED.search(text):
                    # "chiudere contratti per 2 mln": what the contracts are worth, never two million customers
                    draft.metric, draft.stage = "won_value", None
                    if draft.direction is None:
                        draft.direction = "increase"
    span = _SPAN.search(text)
    if span and draft.stated_baseline is None and draft.target is not None and draft.target_kind == "absolute":
        # "da 120 a 90 giorni", "da 50 a 45 euro", "da 400 a 460 mila euro": the unit and the scale written
        # once, after the target
        scale = span.group(2) or span.group(4)
        if scaled(number(span.group(3)), span.group(4)) == draft.target:
            draft.stated_baseline = scaled(number(span.group(1)), scale)
        elif draft.metric in DAYS and re.search(r"giorni|gg|days", span.group(0), re.IGNORECASE) \
                and number(span.group(1)) == draft.target:
            # "da 3 giorni a 1": the unit written once, after the start
            draft.stated_baseline, draft.target = draft.target, number(span.group(3))
    _against(draft, text)
    if draft.target is not None:
        draft.target_unit = "ratio" if draft.metric == "manual" and percents else metricwords.unit_of(draft)
    if draft.direction is None and draft.metric == "won_value" and draft.target is not None:
        # "fatturato di 2 milioni": won value only adds up, so a level is one to reach
        draft.direction = "increase"
    if draft.direction is None and draft.target is not None and draft.stated_baseline is not None:
        draft.direction = "increase" if draft.target > draft.stated_baseline else "decrease"
    if draft.direction is None and draft.target_kind == "relative" and draft.target:
        draft.direction = "increase" if draft.target > 0 else "decrease"
    if draft.metric == "manual" and draft.direction is None and draft.target is not None:
        draft.direction = "increase"




# "il 20% in più del Q4": a comparison said with the change
_MORE_THAN = r"in\s+(?:più|piu|meno)\s+(?:del|dello|della|dell'|dei|degli|delle|di)"


def _count_beside_comparison(draft: Draft, text: str) -> float | None:
    """The count of a stage written beside a percent that only compares it with another period ("40 nuovi clienti,
    +25% rispetto al 2026", "40 new customers, up 25% on last year"), or None."""
    if draft.metric not in ("stage_entries", "won_value"):
        return None
    compared = re.search(rf"[+-]?\s*{NUMBER}\s*%\s*(?:in più\s+|more\s+)?(?:{deadlines.VERSUS}|on|over|than|sul|sull'|"
                         rf"rispetto|{_MORE_THAN})\b", text, re.IGNORECASE)
    if draft.metric == "won_value":
        # "Nuovo fatturato 2027: 1,5 mln, +25% sul 2026": the amount, with its scale or currency, is the target
        amount = re.search(rf"(?<![\w/.,+-])(?:{MARK})?\s*({NUMBER})(?:{SCALE})(?:\s*(?:di\s+)?(?:{MARK}))?"
                           rf"|(?<![\w/.,+-])(?:{MARK})\s*({NUMBER})()|(?<![\w/.,+-])({NUMBER})()\s*(?:{MARK})", text,
                           re.IGNORECASE)
        if not (compared and amount):
            return None
        value, scale = next((amount.group(i), amount.group(i + 1)) for i in (1, 3, 5) if amount.group(i))
        return scaled(number(value), scale or None)
    count = re.search(rf"(?<![\w/.,+-])({NUMBER})(?:{SCALE})?\s+(?:[^\W\d]+[\s-]+){{0,3}}(?:{STAGE_TOKENS})\b", text,
                      re.IGNORECASE) or re.search(
        # "Nuovi clienti 2027: 80, +25% sul 2026": the count after the stage's heading (read as the window already)
        rf"^\W*(?:(?:nuov[ie]\s+|new\s+)?\b(?:{STAGE_TOKENS})\b(?:\s+[\w'-]+){{0,3}}?)?\s*:\s*({NUMBER})(?:{SCALE})?"
        r"(?![\d.,]*\s*%)", text, re.IGNORECASE) or re.search(
        # "Portare gli SQL da Fiere a 90 entro giugno, +50% rispetto al primo semestre 2026": the level the stage is
        # brought to
        rf"\b(?:{STAGE_TOKENS})\b[^,;%\d]{{0,40}}?\s(?:a|to)\s+({NUMBER})(?:{SCALE})?(?![\d.,]*\s*%)", text,
        re.IGNORECASE)
    return scaled(number(count.group(1)), count.group(2)) if compared and count else None


# "al 30% rispetto al 25% del Q3", "30 clienti contro i 20 dell'anno scorso": the number after the comparison is
# where it starts
_AGAINST = re.compile(
    # the words between may name the period: "35 nuovi clienti nel Q1 (vs 28 dello scorso Q1)"
    rf"({NUMBER})(?:{SCALE})?\s*%?[\s,;:(]*(?:(?:[^\W\d]+|[QH][1-4]|(?:19|20)\d\d)[\s,;:(]+){{0,4}}?"
    rf"(?:{deadlines.VERSUS}|invece\s+(?:del|dei|degli|delle))\s*"
    rf"(?:il\s+|i\s+|gli\s+|le\s+|the\s+)?(?:{MARK})?\s*({NUMBER})(?:{SCALE})?\s*%?", re.IGNORECASE)


# "da 120 a 90 giorni", "from 400 to 460": where it starts and where it goes
_SPAN = re.compile(rf"\b(?:da|dai|dalle|from)\s+({NUMBER})(?:{SCALE})?(?:\s*(?:€|\$|£|euro|eur|usd|chf|giorni"
                   rf"|gg|days))?\s+(?:a|ai|alle|to)\s+({NUMBER})(?:{SCALE})?", re.IGNORECASE)
# "..., vs 310 last year", "rispetto ai 30 del 2026": the number right after a comparison is the one compared with
_NUMBER_COMPARED = re.compile(
    rf"(?:{deadlines.VERSUS}|invece\s+(?:del|dei|degli|delle))\s*(?:il\s+|i\s+|gli\s+|le\s+|the\s+)?(?:{MARK})?\s*"
    rf"({NUMBER})(?:{SCALE})?", re.IGNORECASE)


def _against(draft: Draft, text: str) -> None:
    """The two numbers of "X rispetto a Y" read the other way round (Y, the first written, taken as the start)
    are put back: X is the target, Y where it starts, however many words stand between them."""
    if draft.stated_baseline is None or draft.target is None:
        return
    compared = [scaled(number(m.group(1)), m.group(2)) for m in _NUMBER_COMPARED.finditer(text)]
    span = _SPAN.search(text)
    if span and draft.target in compared and draft.stated_baseline == scaled(number(span.group(1)), span.group(2)):
        # "da 320 a 400 entro fine 2027 vs 310 dell'anno scorso": the span says both, the last year's is beside them
        draft.target = scaled(number(span.group(3)), span.group(4) or span.group(2))
        return
    pairs = [(scaled(number(m.group(1)), m.group(2)), scaled(number(m.group(3)), m.group(4)))
             for m in _AGAINST.finditer(text)]
    pairs += [(draft.stated_baseline, value) for value in compared]
    for first, second in pairs:
        for factor in (1, 0.01):
            if (draft.stated_baseline, draft.target) == (first * factor, second * factor):
                draft.stated_baseline, draft.target = second * factor, first * factor
                return


# a level written next to the amount ("a 48 giorni", "sotto i 900 €"): the sentence names the level itself
_LEVEL = rf"\b(?:a|ad|al|alla|ai|agli|alle|allo|sotto|sopra|oltre|almeno|to|below|under|above|at least)\s+" \
         rf"(?:i\s+|il\s+|gli\s+|le\s+|lo\s+)?(?:{MARK})?\s*(?:{NUMBER})"
# "a meno di 2 giorni", "to less than €40", "non più di 40 €": a bound on the level, never a change by its amount
# (a bound on something else, "con al massimo 5 campagne", leaves the change as it is)
_BOUND = re.compile(rf"\b(?:(?:a|al|to|down to)\s+(?:(?:meno|più|piu)\s+di|(?:less|fewer|more)\s+than"
                    rf"|un\s+massimo\s+di)|non\s+(?:più|piu)\s+di|al\s+massimo|no\s+more\s+than|at\s+most)\s+"
                    rf"(?:{MARK})?\s*(?:{NUMBER})")
_CHANGE_UNITS = {**DAYS_IN, "punti percentuali": 0.01, "percentage points": 0.01, "punti": 0.01, "punto": 0.01,
                 "points": 0.01, "point": 0.01, "pp": 0.01, "pts": 0.01, "pt": 0.01}


def read_change(draft: Draft, text: str) -> None:
    """A change by an amount ("ridurre il ciclo di vendita di 10 giorni", "aumentare i lead di 200", "+50 MQL",
    "300 lead in più") is no level to reach: the check adds it to the data's starting point. Percentages are
    read above as relative changes; a rate moves by points ("di 5 punti")."""
    if draft.metric is None or draft.target_kind != "absolute":
        return
    low = text.lower()
    units = "|".join(_CHANGE_UNITS)
    amount = rf"({NUMBER})(?:{SCALE})?\s*(?:({MARK})|({units})\b)?"
    found = None
    # (the period compared with is no level: "di 150k rispetto al 2026" is no "al 2026")
    if re.search(rf"\b(?:{metricwords.CHANGE_VERBS})\b", normalise(text)) and not re.search(
            _LEVEL, _COMPARED_WITH.sub(" ", low)):
        # never a number's first digits: "+25%" is no change of 2
        found = re.search(rf"\b(?:di|by)\s+(?:(?:{MARK})\s*)?{amount}(?!\d|[.,]\d|\s*%|\s*per\s*cento)", low)
        if found is not None and any(b.start() <= found.start(1) < b.end() for b in _BOUND.finditer(low)):
            return
        if found is None:
            # "shorten the sales cycle of 20 days", "increase MQLs of 5 points": the Italian "di" put in English,
            # only with the amount's unit, as "of" before a bare number names what is counted
            found = re.search(rf"\bof\s+(?:(?:{MARK})\s*)?{amount}(?!\d|[.,]\d|\s*%)", low)
            found = found if found is not None and (found.group(3) or found.group(4)) else None
    sign = -1 if draft.direction == "decrease" else 1
    if found is None:
        found = re.search(rf"(?<![\w.,])\+\s*{amount}(?!\d|[.,]\d|\s*%)", low)
        sign = 1
    if found is None:
        # "€80 or less", "80 o meno" bound a level
        # ("15 mila euro di fatturato in più": what the amount is of, between)
        found = re.search(rf"\b{amount}\s+(?!or\b|o\b)(?:(?:di|of)\s+)?(?:\w+\s+)?(in piu|in più|in meno|more|fewer"
                          r"|less)\b", low)
        if found is not None:
            sign = -1 if found.group(5) in ("in meno", "fewer", "less") else 1
    if found is None:
        # "conversion up 5 pts", "deal cycle: down 10 days": a rate moved by points, a time by days, with no verb of
        # change
        found = re.search(rf"\b(?:up|su di|down|giù di|giu di)\s+(?:by\s+)?{amount}", low)
        if found is not None and found.group(4) is None:
            found = None
        elif found is not None:
            sign = -1 if found.group(0).startswith(("down", "giù", "giu")) else 1
    if found is None:
        # "-15 giorni", "shave 10 days off", "togliere 5 giorni": a cut of an amount whose unit is written
        forms = (rf"(?<![\w.,])-\s*{amount}", rf"\b(?:shave|take|knock|cut|trim)\s+{amount}\s+off\b",
                 rf"\btogliere\s+{amount}")
        found = next((m for form in forms for m in re.finditer(form, low) if m.group(4)), None)
        sign = -1
    if found is None:
        # "recuperare 2 punti di win rate", "gain 3 points": the amount gained, its unit written
        found = re.search(rf"\b(?:recuperare|guadagnare|gain|regain|recover)\s+{amount}", low)
        if found is not None and found.group(4) is None:
            found = None
        sign = 1
    if found is None:
        return
    # the change as written; a verb of gain left out ("2 punti", never "recuperare 2 punti")
    said = low[found.start(1) if re.match(r"(?:recuper|guadagn|gain|regain|recover)", found.group(0))
               else found.start():found.end()].strip()
    value = scaled(number(found.group(1)), found.group(2))
    factor = _CHANGE_UNITS.get(found.group(4) or "", 1)
    if draft.metric == "manual":
        # a KPI checked in by hand moves by its own points ("l'NPS di 10 punti"); its start is its first check-in,
        # unknown when the sentence is read
        if factor != 0.01:
            return
        factor = 1
    elif factor == 0.01 and draft.metric not in RATIOS:
        # "ridurre il CPL di 8 punti percentuali": points move a rate, and a cost is none; never read as 8 €
        draft.target, draft.change_phrase = None, said
        draft.problems.append("points_not_rate")
        return
    elif (factor == 0.01) != (draft.metric in RATIOS):
        # "di 5" alone does not say what a rate moves by
        return
    draft.change, draft.change_phrase = sign * value * factor, said
    draft.target, draft.stated_baseline = None, None
    if draft.direction is None:
        draft.direction = "increase" if sign > 0 else "decrease"


# a period named as the one to compare with: the check measures the starting point on the window just before
_COMPARED_WITH = re.compile(
    rf"\b(?:{deadlines.VERSUS}|in confronto (?:a|al|all')|{_MORE_THAN}|than|over)\s*(?:il\s+|lo\s+|la\s+|the\s+|l')?"
    # "rispetto al primo": the half or quarter the sentence just named
    r"(q[1-4](?:\s*\d{4})?|(?:primo|secondo|terzo|quarto)(?:\s+(?:trimestre|semestre))?(?:\s+\d{4})?"
    r"|h[12](?:\s*\d{4})?|(?:first|second)\s+half(?:\s+of)?(?:\s+\d{4})?"
    r"|(?:first|second|third|fourth)\s+quarter|(?:19|20)\d{2}|(?:anno|year)\s+(?:19|20)\d{2}|anno\s+scorso"
    r"|anno\s+precedente|scorso\s+anno"
    r"|last\s+year|previous\s+year|(?:mese|trimestre|semestre)\s+(?:scorso|precedente)|last\s+(?:month|quarter)"
    r"|stess[oa]\s+(?:periodo|mese|trimestre|semestre)\s+(?:dell'anno\s+(?:scorso|precedente)|dello\s+scorso\s+anno"
    r"|(?:del(?:l')?\s*(?:anno\s+)?)?\d{4})"
    r"|same\s+(?:period|month|quarter|half)\s+(?:(?:of\s+)?last\s+year|a\s+year\s+ago|(?:of|in)\s+\d{4})"
    rf"|(?:{deadlines.MONTH_NAMES})(?:\s+\d{{4}})?)\b"
    # "+50% YoY", "anno su anno": against the year before, with no comparison word
    r"|\b(?:yoy|year[\s-]+over[\s-]+year|anno\s+su\s+anno|qoq|quarter[\s-]+over[\s-]+quarter"
    r"|trimestre\s+su\s+trimestre|mom|month[\s-]+over[\s-]+month|mese\s+su\s+mese)\b"
    # "a/a", "t/t", "y/y": the same, as a slide abbreviates it
    r"|(?<![\w/])(?:a/a|y/y|t/t|q/q|m/m)(?![\w/])", re.IGNORECASE)


def read_compared(draft: Draft, text: str) -> None:
    """"Fatturato +20% rispetto al Q3": a change meant against a period the sentence names, kept for the check
    to say that the starting point is measured on the latest window of the same length, not on that period."""
    if draft.target_kind == "relative" or draft.change is not None:
        found = _COMPARED_WITH.search(text)
        if found:
            draft.compared_with = found.group(0).strip()


# each period a count or a change comes again in: "ogni trimestre", "al mese", "every quarter", "a week" (a day's
# only as a pace)
_EACH = r"(?:a|alla|al|per|ogni|each|every|an?)\s+"
EVERY_PERIOD = rf"{_EACH}(?:settimana|mese|trimestre|week|month|quarter)"
_PACE = re.compile(
    rf"\b(?:{EVERY_PERIOD}|{_EACH}(?:giorno|day))\b"
    r"(?!\s+(?:scors|precedent|prossim|passat|last|next|previous))"
    r"|/\s*(?:giorno|settimana|sett|mese|trimestre|day|week|wk|month|quarter)\b"
    r"|\bsu\s+base\s+(?:settimanale|mensile|trimestrale)\b|\b(?:settimanali|mensili|trimestrali|weekly|monthly|quarterly)\b"
    # "fatturato mensile di 100k", "media mensile di 30 SQL", "settimanalmente almeno 25 MQL" (never "report mensile",
    # "budget mensile 5k", "canone mensile di 500 €", "ci vediamo settimanalmente")
    r"|\b(?:fatturato|ricavi|media|ritmo|volume|quota|target|obiettivo|revenue)\s+"
    r"(?:settimanale|mensile|trimestrale|giornaliero|giornaliera)\b"
    r"|\b(?:settimanalmente|mensilmente|trimestralmente|giornalmente)\s+(?:almeno\s+|at\s+least\s+|circa\s+)?\d"
    r"|\d[^,;:]{0,30}\s(?:settimanalmente|mensilmente|trimestralmente|giornalmente)\b")


# a percent, a few words of its clause, then each period it repeats in
_REPEATED = re.compile(rf"\d\s*%\s+(?:[^\W\d][\w'’-]*\s+){{0,3}}?(?P<every>{EVERY_PERIOD})\b")
# a meeting, a check or a report held each period says how often the objective is looked at, not how it moves
_CADENCE_WORDS = r"check|riunion|incontr|review|report|verific|monitor|meeting|aggiorn|update"


def read_pace(draft: Draft, text: str) -> None:
    """"20 MQL a settimana", "1.000 lead al mese": a pace, where a count or a sum is measured as its total up to the
    deadline. Kept for the check to say so, rather than read 20 a week as 20 in all."""
    if draft.metric in ("stage_entries", "won_value") and draft.target_kind == "absolute":
        found = _PACE.search(text.lower())
        if found:
            # "100 lead mensilmente": the adverb is the pace, the count its amount
            adverb = re.search(r"\b\w+mente\b", found.group(0))
            draft.pace = adverb.group(0) if adverb else found.group(0).strip()
    elif draft.target_kind == "relative" and draft.compared_with is None and (
            repeated := _REPEATED.search(text.lower())) and not re.search(_CADENCE_WORDS, repeated.group(0)) \
            and draft.metric not in ("stage_entries", "won_value"):
        # "ridurre del 5% il CAC ogni trimestre nel 2027": a cost or a rate changed again each period compounds, as
        # "mese su mese" does (smart._compounds): never 5% once over the year
        draft.compared_with = repeated.group("every")
    elif draft.metric in ("stage_entries", "won_value") and draft.target_kind == "relative":
        # "+10% ogni trimestre nel 2027": a growth repeated each period, never 10% over the year
        found = re.search(rf"\d\s*%\s+(?:{_PACE.pattern})", text.lower())
        if found:
            draft.pace = re.sub(r"^\d+\s*%\s+", "", found.group(0)).strip()
