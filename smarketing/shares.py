"""Shares, ratios and service levels as sentences write them ("7 MQL su 10", "SQL/MQL ratio", "1 trattativa su
3", "ricontattare il 90% degli MQL entro 2 giorni"), rewritten into the percent they are before numbers are read;
how often a KPI kept by hand is measured. Part of the reader of sentences (drafting.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smarketing import metricwords, stages
from smarketing.amounts import number
from smarketing.importing.fields import normalise
from smarketing.stagewords import STAGE_TOKENS

if TYPE_CHECKING:
    from smarketing.drafting import Draft


# a survey rarer than a quarter ("rilevazione semestrale", "annual NPS survey"): the check-ins go at most quarterly,
# so it is followed quarterly and the check says so
_RARER = r"semestrale|semestrali|ogni sei mesi|ogni 6 mesi|due volte l'anno|half[\s-]yearly|semi[\s-]?annual(?:ly)?" \
         r"|biannual(?:ly)?|twice a year|every six months|every 6 months|una volta l'anno|annualmente|annually" \
         r"|once a year|every year" \
         r"|(?:rilevazione|indagine|sondaggio|questionario|misurazione) annuale|(?:yearly|annual) (?:survey|check)"
# ("churn annuale", "annual churn" name a yearly rate, not how often it is surveyed)
_CADENCES = [
    ("rarer", _RARER),
    ("monthly", r"mensile|mensili|ogni mese|al mese|a mese|per mese|monthly|a month|per month|every month"),
    ("quarterly", r"trimestrale|trimestrali|ogni trimestre|al trimestre|a trimestre|per trimestre|quarterly"
                  r"|every quarter|per quarter|a quarter"),
    ("weekly", r"settimanale|settimanali|ogni settimana|weekly|every week|a week|per week"),
]


def counted_shares(text: str) -> str:
    """"7 MQL su 10", "8 out of 10 leads" as the share they are (70% degli MQL), never "from 7 to 10"; "la metà
    degli MQL", "half of the MQLs" as 50%."""
    text = re.sub(rf"\b(?:la\s+)?metà\s+(degli|dei|delle)\s+(?=(?:nostri\s+|nostre\s+)?(?:{STAGE_TOKENS})\b)",
                  r"il 50% \1 ", text, flags=re.IGNORECASE)
    text = re.sub(rf"\bhalf\s+(?:of\s+)?(?:the\s+|our\s+)?(?=(?:{STAGE_TOKENS})\b)", "50% of ", text,
                  flags=re.IGNORECASE)
    def share(m: re.Match[str]) -> str:
        return f"il {int(m.group(1)) * 100 / int(m.group(3)):g}% degli {m.group(2)}"
    text = re.sub(r"\b(\d{1,3})\s+(mqls?|leads?|contatti|richieste)\s+(?:su|out of|in)\s+(\d{1,3})\b(?!\s*%)",
                  lambda m: share(m) if 0 < int(m.group(1)) <= int(m.group(3)) else m.group(0), text, flags=re.I)
    text = re.sub(r"\b(\d{1,3})\s+(?:su|out of every|out of|of every|in|ogni)\s+(\d{1,3})\s+(mqls?|leads?|contatti"
                  r"|richieste)\b",
                  lambda m: f"il {int(m.group(1)) * 100 / int(m.group(2)):g}% degli {m.group(3)}"
                  if 0 < int(m.group(1)) <= int(m.group(2)) else m.group(0), text, flags=re.I)
    if not re.search(rf"\b(?:{RESPOND})\b", normalise(text)):
        return text
    # the leads answered, the share after them: "MQL accettati dalle vendite: 9 su 10", "Sales-accepted MQLs: 9 out of
    # 10" is 90% of them, never a start of 9 and a target of 10
    return re.sub(r"\b(mqls?|leads?|contatti)\b([^.;\d]{0,40}?)\b(\d{1,3})\s+(?:su|out of|in)\s+(\d{1,3})\b(?![\d.,%])",
                  lambda m: f"{m[1]}{m[2]}il {int(m[3]) * 100 / int(m[4]):g}% degli {m[1]}"
                  if 0 < int(m[3]) <= int(m[4]) else m[0], text, flags=re.I)


WON_COUNTED = re.compile(r"(?<![\d.,%])\b\d[\d.,]*\s+(?:nuov[ei]\s+|new\s+)?(?:trattative|offerte|deals?)\s+"
                          r"(?:vint[ei]|won)\b"
                          # as a heading, the number after it: "Trattative vinte: 40", "Deals won in 2027: 25"
                          # (never a share of them: "Percentuale di trattative vinte: 1 su 3")
                          r"|(?<!percentuale di )(?<!quota di )(?<!tasso di )(?<!share of )(?<!percentage of )"
                          r"\b(?:trattative|offerte|deals?)\s+(?:vint[ei]|won)(?:\s+(?:nel|in|del)\s+(?:19|20)\d\d)?"
                          r"\s*[:=\-–]\s*\d[\d.,]*(?!\s*[\d.,]*\s*%)", re.IGNORECASE)
# "conversione ... 1 su 25 entro marzo": a time after the whole makes it no share ("1 su 3 mesi")
_NOT_A_WHOLE = r"(?![\d.,]|\s*%|\s*(?:giorni|gg|settimane|mesi|anni|days|weeks|months|years)\b)"


# a level written after a measure: "al 30%", ": 30%", "= 30%", "≥ 30%"
_LEVEL_AFTER = r"(?=\s*(?::|=|≥|>=|\bal\b|\ba\b|\bat\b|\bto\b)?\s*\d+(?:[.,]\d+)?\s*%)"


def _position(token: str) -> int:
    """A stage word's place on the path ("SQL" 2, "clienti" 4)."""
    return stages.PATH.index(metricwords.stage_of(token.lower().replace("à", "a")))


def _later_over_earlier(found: re.Match[str], conversion: str = "conversione") -> str:
    """"SQL/MQL", "SQL su MQL": the later stage over the earlier one is the share of the earlier that became the
    later, whichever is written first; an earlier stage first is the step as written ("MQL/SQL", "il rapporto
    lead/clienti a 1 su 20": no step runs backwards)."""
    a, b = found[1], found[2]
    first, second = (b, a) if _position(a) > _position(b) else (a, b)
    return f"{conversion} {first} → {second}"


def ratios(text: str) -> str:
    """"Rapporto SQL/MQL", "SQL/MQL ratio": a ratio written B/A is the share of A that became B, the A→B conversion.
    "Conversione lead-cliente: 1 su 25", "conversion 1 out of 20": a conversion said as a count in a whole is that
    share (4%, 5%), never a start of 1 and a target of 25. A step said in words ("MQL che diventano SQL: 30%",
    "far diventare clienti il 20% delle opportunità", "% opportunità vinte") is the conversion or the win rate it
    names, never a rise of the count by that percentage."""
    flags = re.IGNORECASE
    # "SQL/MQL al 30%", "SQL su MQL al 30%": a level of the ratio, the earlier stage's conversion to the later
    text = re.sub(rf"(?<![\w/])({STAGE_TOKENS})\s*(?:/|\bsu\b|\bover\b)\s*({STAGE_TOKENS})\b(?!\s*ratio){_LEVEL_AFTER}",
                  _later_over_earlier, text, flags=flags)
    # "il 25% dei lead diventano MQL": that share of the first stage's conversion to the second
    become = r"(?:che\s+|that\s+)?(?:diventano|diventino|diventa|diventi|si\s+trasformano\s+in|trasformat[ie]\s+in" \
             r"|convertit[ie]\s+in|passati\s+a|passano\s+a|become|becomes|turn\s+into|turns\s+into|convert\s+to" \
             r"|converted\s+to)"
    text = re.sub(rf"\b(?:il\s+|l'|the\s+)?(\d+(?:[.,]\d+)?\s*%)\s+(?:di|dei|degli|delle|of(?:\s+the|\s+our)?)\s+"
                  rf"({STAGE_TOKENS})\s+{become}\s+({STAGE_TOKENS})\b",
                  lambda m: f"conversione {m[2]} → {m[3]} al {m[1]}", text, flags=flags)
    # "MQL che diventano SQL: 30%", "% di MQL convertiti in SQL: 30%": with its level after it; "300 MQL che diventano
    # SQL" is a count of them
    text = re.sub(rf"(?:%\s*(?:di|dei|degli|delle|of)\s+)?(?<![\d.,]\s)(?<![\d.,])\b({STAGE_TOKENS})\s+{become}\s+"
                  rf"({STAGE_TOKENS})\b{_LEVEL_AFTER}", _later_over_earlier, text, flags=flags)
    # "far diventare clienti il 20% delle opportunità": the share of the second that becomes the first
    text = re.sub(rf"\b(?:far\s+)?(?:diventare|trasformare\s+in|convertire\s+in)\s+({STAGE_TOKENS})\s+"
                  rf"(?:il\s+|l')?(\d+(?:[.,]\d+)?\s*%)\s+(?:di|dei|degli|delle)\s+({STAGE_TOKENS})\b",
                  lambda m: f"conversione {m[3]} → {m[1]} al {m[2]}", text, flags=flags)
    # "far passare a opportunità 1 SQL su 3", "convert 1 MQL in 4 into SQLs": the share of the stage counted that
    # reaches the one named, never a start of 1 and a target of 3
    text = re.sub(rf"\b(?:far\s+passare|passare|portare|trasformare|convertire)\s+(?:a|ad|in)\s+({STAGE_TOKENS})\s+"
                  rf"(\d{{1,3}})\s+({STAGE_TOKENS})\s+(?:su|ogni)\s+(\d{{1,4}})\b{_NOT_A_WHOLE}",
                  lambda m: f"conversione {m[3]} → {m[1]} al {_share(m[2], m[4])}%" if 0 < int(m[2]) <= int(m[4])
                  else m[0], text, flags=flags)
    text = re.sub(rf"\b(?:turn|convert|move)\s+(\d{{1,3}})\s+({STAGE_TOKENS})\s+(?:in|out of)\s+(\d{{1,4}})\s+"
                  rf"(?:into|to)\s+({STAGE_TOKENS})\b",
                  lambda m: f"conversion {m[2]} → {m[4]} at {_share(m[1], m[3]).replace(',', '.')}%"
                  if 0 < int(m[1]) <= int(m[3]) else m[0], text, flags=flags)
    # "% opportunità vinte: 30%", "opportunità vinte al 30%": the share of deals won; "20 trattative vinte" a count
    text = re.sub(r"(?:%\s*(?:di\s+|delle\s+)?)?\b(?:opportunit[àa]|trattative|deals?)\s+(?:vint[ei]|won)\b"
                  rf"{_LEVEL_AFTER}", "tasso di vittoria", text, flags=flags)
    # "portare i lead qualificati al 25%": the share of leads qualified
    text = re.sub(rf"\b(?:lead|contatti)\s+qualificati{_LEVEL_AFTER}", "conversione lead → MQL", text, flags=flags)
    text = re.sub(rf"\b(?:rapporto|ratio)\s+(?:tra\s+|fra\s+|between\s+)?(?:gli\s+|i\s+|le\s+|the\s+)?"
                  rf"({STAGE_TOKENS})\s*/\s*({STAGE_TOKENS})\b", _later_over_earlier, text, flags=flags)
    text = re.sub(rf"\b({STAGE_TOKENS})\s*/\s*({STAGE_TOKENS})\s+ratio\b",
                  lambda m: _later_over_earlier(m, "conversion"), text, flags=flags)
    # "il rapporto tra lead e clienti", "the ratio between leads and customers": the first stage's conversion to the
    # second
    text = re.sub(rf"\b(?:rapporto|ratio)\s+(?:tra|fra|between)\s+(?:gli\s+|i\s+|le\s+|the\s+)?({STAGE_TOKENS})\s+"
                  rf"(?:e|and)\s+(?:gli\s+|i\s+|le\s+|the\s+)?({STAGE_TOKENS})\b", r"conversione \1 → \2", text,
                  flags=flags)
    # (and the deals' win rate said as a count in a whole: "tasso di chiusura 1 su 4", "win rate 1 out of 3")
    if not re.search(r"\b(?:conversione|conversion|tasso di conversione|conversion rate|win rate|close rate"
                     r"|closing rate|hit rate|tasso di (?:chiusura|vittoria|successo)"
                     r"|(?:percentuale|quota) di (?:trattative|opportunit[àa]|offerte|deal)(?: chiuse)? vint[ei]"
                     r"|(?:percentage|share) of (?:deals|opportunities) (?:closed[ -])?won)\b", text, flags) and not \
            re.search(rf"\b(?:{STAGE_TOKENS})\s*(?:->|→|>|[-–]\s*to\s*[-–]|[-–])\s*(?:{STAGE_TOKENS})\b", text, flags):
        # a step written as one ("lead → MQL almeno 1 su 4", "Lead-to-MQL at least 1 in 4") is a conversion too
        return text
    return re.sub(rf"(?<![\d.,/])\b(\d{{1,3}})\s+(?:su|out of|over|in|ogni|every)\s+(\d{{1,4}})\b{_NOT_A_WHOLE}",
                  lambda m: f"{_share(m[1], m[2])}%" if 0 < int(m[1]) <= int(m[2]) else m[0], text, flags=flags)


def cadence(low: str) -> str:
    """How often a manual KPI is measured ("NPS con rilevazione trimestrale", "churn mensile"): weekly, the
    meeting's rhythm, when nothing is said."""
    return next((code for code, words in _CADENCES if re.search(rf"\b(?:{words})\b", low)), "weekly")


# Verbs of answering a lead: with them, "entro 48 ore" is the time each answer may take, not the deadline
RESPOND = r"rispondere|risposta|risposte|rispondiamo|ricontattare|ricontattati|ricontattate|ricontattato" \
           r"|richiamare|richiamato|richiamati|richiamate|contattare|contattati|contattato|gestire|gestiti" \
           r"|prendere in carico|presi in carico|preso in carico|presa in carico|prese in carico|gestito|gestita" \
           r"|gestite|lavorati|lavorato|evadere|evase|evasi|accettare|accettati|accettato|accettata" \
           r"|accettate|accolti|accolto|respond|responded|response" \
           r"|reply|replied|answer|answered|call back|called back|follow up|followed up|contact|contacted" \
           r"|handle|handled|accept|accepted|pick up|picked up|touched|worked" \
           r"|prendono in carico|prende in carico|prendiamo in carico|contattano|contatta|contattiamo|ricontattano" \
           r"|richiamano|rispondono|risponde|accettano|accetta|accettiamo|gestiscono|gestisce" \
           r"|accepts|replies|answers|responds|contacts|handles|follows up|picks up|calls? back|calls?|called"
# hours of work, which the hand-off counts on the clock (said: smart's measurable_working_hours)
_WORKING_HOURS = ("ore lavorative", "business hours", "working hours")
_WITHIN = re.compile(r"\b(?:entro|in|within|under|in meno di|in less than)\s+(?:le\s+|i\s+)?(\d+(?:[.,]\d+)?)\s*"
                     rf"({'|'.join(_WORKING_HOURS)}"
                     r"|minuti|minutes|mins?|ore|ora|h|hours?|hrs?|giorni lavorativi|giorno lavorativo|gg lavorativi"
                     r"|business days?"
                     r"|working days?|giorni|giorno|gg|days?)\b", re.IGNORECASE)
SHARE_OF_MQLS = re.compile(r"\d+(?:[.,]\d+)?\s*%\s+(?:degli|dei|delle|of(?:\s+the|\s+our)?)\s+(?:\w+\s+)?"
                            r"(?:mqls?|leads?|contatti|richieste|inbound)\b", re.IGNORECASE)
# a share of the leads answered: "per il 95%", "il 90% degli MQL" (never a change, "ridurre del 30%", nor another
# measure's level, "win rate al 30%")
SHARE_ANSWERED = re.compile(rf"\bper\s+il\s+\d+(?:[.,]\d+)?\s*%|{SHARE_OF_MQLS.pattern}", re.IGNORECASE)
# "il 40% degli MQL deve diventare SQL entro 5 giorni", "MQL acceptance within 24h": MQLs accepted as SQLs in a
# time are the hand-off's share answered in it (its days never the objective's deadline)
_MQLS_BECOME_SQLS = re.compile(
    rf"\bmqls?\b(?:\s+\S+){{0,4}}?\s+(?:{metricwords.BECOMING})\s+(?:(?:in|a|into|an)\s+)?sqls?\b"
    r"|\bmqls?\s+(?:acceptance|accettazione)\b|\b(?:acceptance|accettazione)\s+(?:of\s+|degli\s+|dei\s+)?mqls?\b"
    # "keep time from MQL to SQL under 48 hours for 90% of MQLs": with a share of them, the time each may take
    r"|\b(?:time|tempo|days|giorni|hours|ore)\s+(?:from|da|dal|dall['’]|between|tra|fra)\s*(?:the\s+|l['’])?mqls?\s+"
    r"(?:to|a|all['’]|and|e)\s*(?:the\s+|l['’])?sqls?\b(?=.*\d\s*%)",
    re.IGNORECASE)
# the longest time an answer may take: calendar days beyond a week are a deadline
SERVICE_MAX = {"hours": 1440, "working_days": 60, "days": 7}
_THRESHOLD_UNITS = {**dict.fromkeys(_WORKING_HOURS, "hours"),
                    "minuti": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
                    "ore": "hours", "ora": "hours", "h": "hours", "hour": "hours", "hours": "hours", "hr": "hours",
                    "hrs": "hours", "giorni lavorativi": "working_days", "gg lavorativi": "working_days",
                    "business days": "working_days", "working days": "working_days", "giorni": "days",
                    "gg": "days", "days": "days", "giorno lavorativo": "working_days",
                    "business day": "working_days", "working day": "working_days", "giorno": "days", "day": "days"}


def service_level(draft: Draft, text: str) -> str:
    """"Ricontattare il 90% degli MQL entro 2 giorni lavorativi": the 2 working days are the time each answer
    may take (the threshold), read before deadlines so they never become the objective's deadline. Returns
    the text without that phrase."""
    if not (re.search(rf"\b(?:{RESPOND})\b", normalise(text)) or _MQLS_BECOME_SQLS.search(text)) or (
            re.search(rf"\b(?:{metricwords.ANSWER_TIME})\b", normalise(text)) and not SHARE_ANSWERED.search(text)):
        # "time to accept MQLs: under 36 hours": the time an answer takes is the measure, its level the target
        # ("tempo di risposta entro 24 ore per il 95% degli MQL" is the share answered in that time)
        return text
    match = _WITHIN.search(text)
    if not match:
        return text
    value, unit = number(match.group(1)), _THRESHOLD_UNITS[match.group(2).lower()]
    if unit == "minutes":
        # "entro 30 minuti": half an hour
        value, unit = round(value / 60, 4), "hours"
    if not 0 < value <= SERVICE_MAX[unit]:
        # "contattare 500 lead entro 30 giorni": a month is the objective's deadline, not an answer's time;
        # nor is any answer's time zero or longer than a quarter of working days
        return text
    draft.threshold, draft.threshold_unit = value, unit
    if match.group(2).lower() in _WORKING_HOURS:
        # "entro 4 ore lavorative": the hand-off counts hours of the clock, nights and weekends in
        draft.problems.append("working_hours")
    return text[:match.start()] + " " + text[match.end():]


_DEALS = r"(?:trattative|trattativa|opportunita|opportunità|deals?|opportunities)"
_ONE_IN = r"(?:su|in|ogni|out of every|out of|every|for every)"


def deal_shares(text: str) -> str:
    """Shares written as counts of deals, as the percent they are: "chiudere il 30% delle trattative", "vincere 1
    trattativa su 3" and "win 1 in 4 deals" are the win rate; "chiudere 1 cliente ogni 20 lead" the step's
    conversion. Rewritten before anything is read, so that the numbers read are the percent."""
    flags = re.IGNORECASE
    # "One in four SQLs", "uno su cinque": the one written as a word
    text = re.sub(rf"\b(?:one|un|uno|una)\s+(?=(?:(?:{STAGE_TOKENS}|{_DEALS})\s+)?{_ONE_IN}\s+\d)", "1 ", text,
                  flags=flags)
    # the verb and "almeno" stay: winning more is the direction, at least that share a floor to keep
    verb = r"\b(vincere|chiudere|win|close)\s+(almeno\s+|at least\s+)?"
    # "win 35% of Enterprise opportunities": the scope may stand before the deals, and stays with the rate
    scope = rf"((?:[A-Z0-9{metricwords.NAME_MARK}][\w{metricwords.NAME_MARK}-]*\s+){{0,2}})"
    text = re.sub(rf"{verb}(?:il\s+|the\s+)?(\d+(?:[.,]\d+)?)\s*%\s+(?:delle|dei|degli|of(?:\s+the)?|of\s+our)\s+"
                  rf"{scope}{_DEALS}\b", lambda m: f"{m[1]} {m[2] or ''}tasso di vittoria {m[4]}al {m[3]}%", text,
                  flags=flags)
    # "il 50% delle opportunità Enterprise deve chiudersi vinto", "40% of deals should be won": the share won
    # "25% of Enterprise opportunities closed-won": the scope before the deals too
    text = re.sub(rf"\b(?:il\s+|the\s+)?(\d+(?:[.,]\d+)?)\s*%\s+(?:delle|dei|degli|of(?:\s+the)?|of\s+our)\s+"
                  rf"{scope}{_DEALS}\b"
                  rf"((?:\s+(?:della|del|dalla|dal|of the|from the|of|from)\s+(?:campagna|fiera|fonte"
                  rf"|campaign|fair|source)\b)?(?:\s+[A-Z0-9{metricwords.NAME_MARK}][\w{metricwords.NAME_MARK}-]*)*)"
                  rf"\s+(?:(?:deve|devono|dovra|dovrà|dovranno|should|must|to)\s+)?"
                  r"(?:chiudersi|essere|venire|be|get|close)?\s*(?:vint[eoai]|won|closed[\s-]won|in vittoria"
                  r"|con successo)\b",
                  lambda m: f"tasso di vittoria {m[2]}{m[3]} al {m[1]}%", text, flags=flags)
    # "le opportunità seguite da Elena devono chiudersi vinte almeno al 35%": the share after the verb
    text = re.sub(rf"\b{_DEALS}\b(.{{0,60}}?)\s+(?:(?:deve|devono|dovranno|should|must)\s+)?(?:chiudersi|essere|be|get"
                  r"|close)?\s*(?:vint[eoai]|won|closed[\s-]won)\s+(almeno\s+|at least\s+)?(?:al|per il|at|in)\s+"
                  r"(\d+(?:[.,]\d+)?)\s*%",
                  lambda m: f"tasso di vittoria {m[1].strip()} {m[2] or ''}al {m[3]}%", text, flags=flags)
    # "le opportunità in mano a Luca devono chiudersi vinte almeno nel 35% dei casi" (read above as "35% of them")
    text = re.sub(rf"\b{_DEALS}\b(.{{0,60}}?)\s+(?:(?:deve|devono|dovranno|should|must)\s+)?(?:chiudersi|essere|be|get"
                  r"|close)?\s*(?:vint[eoai]|won|closed[\s-]won)\s+(almeno\s+|at least\s+)?(\d+(?:[.,]\d+)?)\s*%"
                  r"\s+of them",
                  lambda m: f"tasso di vittoria {m[1].strip()} {m[2] or ''}al {m[3]}%", text, flags=flags)
    # "3 trattative vinte su 10", "10 clienti su 40 trattative": the won deals first, then the whole
    text = re.sub(rf"\b(almeno\s+|at least\s+)?(\d+)\s+(?:{_DEALS}\s+(?:vint[eoai]|won)|clienti|customers)\s+"
                  rf"(?:su|out of|of|from)\s+(\d+)(?:\s+{_DEALS})?\b(?!\s*%)",
                  lambda m: f"{m[1] or ''}tasso di vittoria al {_share(m[2], m[3])}%"
                  if 0 < int(m[2]) <= int(m[3]) and re.search(_DEALS, m[0], flags) else m[0], text, flags=flags)
    # "Su 100 MQL, 30 devono diventare SQL": the whole first, then the part and the stage it becomes
    text = re.sub(rf"\b(?:su|out of|of)\s+(\d+)\s+({STAGE_TOKENS}),?\s+(\d+)\s+(?:(?:devono|deve|dovranno|should|must)"
                  rf"\s+)?(?:diventare|become|passare\s+a|turn\s+into|convert\s+to|convertirsi\s+in)\s+"
                  rf"({STAGE_TOKENS})\b",
                  lambda m: f"conversione {m[2]} to {m[4]} al {_share(m[3], m[1])}%"
                  if 0 < int(m[3]) <= int(m[1]) else m[0], text, flags=flags)
    # "get 1 in 3 opportunities to close", "1 in 4 deals closed-won", "2 trattative su 5 vinte": the share won
    text = re.sub(rf"\b(?:(?:get|have|make|fare|avere)\s+)?(almeno\s+|at least\s+)?(\d+)\s+({_DEALS}\s+)?{_ONE_IN}\s+"
                  rf"(\d+)\s+({_DEALS}\s+)?(?:(?:should|must|to|devono|deve|dovranno)\s+)?(?:be\s+|get\s+|essere\s+)?"
                  r"(?:close(?=\s*$|\s+(?:by|entro|within|before|in)\b)|closed[\s-]won|won|chiudersi\s+vint[eoai]"
                  r"|vint[eoai])\b",
                  lambda m: f"{m[1] or ''}tasso di vittoria al {_share(m[2], m[4])}%"
                  if 0 < int(m[2]) <= int(m[4]) and (m[3] or m[5]) else m[0], text, flags=flags)
    text = re.sub(rf"{verb}(\d+)\s+(?:{_DEALS}\s+)?{_ONE_IN}\s+(\d+)\b(?:\s+{_DEALS})?",
                  lambda m: f"{m[1]} {m[2] or ''}tasso di vittoria al {_share(m[3], m[4])}%"
                  if 0 < int(m[3]) <= int(m[4]) else m[0], text, flags=flags)
    # "convertire 1 opportunità su 5 in clienti", "convert 1 in 5 opportunities into customers": the step named after
    # "at least 2 in 5 SQLs should turn into opportunities", "2 MQL su 5 devono diventare SQL": with the verb too
    become = rf"(?:(?:should|must|will|to|devono|deve|dovranno|dovrebbero)\s+)?(?:{metricwords.BECOMING}" \
             r"|passino|passano|passi" \
             r"|si\s+trasformi(?:no)?|trasformi(?:no)?|si\s+trasformano|move\s+on|progress|advance)"
    # the stage whose share it is may stand before, with its scope: "MQL da Google Ads: 1 su 3 deve diventare SQL"
    def becoming(m: re.Match[str]) -> str:
        before = re.findall(rf"\b({STAGE_TOKENS})\b", text[:m.start()], flags)
        whole = m[2] or m[4] or (before[-1] if before else None)
        if not whole or not 0 < int(m[1]) <= int(m[3]):
            return m[0]
        return f"conversione {whole} to {m[5]} al {_share(m[1], m[3])}%"
    # "convertire in SQL almeno 1 MQL su 4": the stage it becomes named first
    text = re.sub(rf"\b(?:convertire|trasformare|convert|turn)\s+(?:in|into|a|to)\s+({STAGE_TOKENS})\s+"
                  rf"(almeno\s+|at least\s+)?(\d+)\s+({STAGE_TOKENS})\s+{_ONE_IN}\s+(\d+)\b(?!\s+{STAGE_TOKENS})",
                  lambda m: f"conversione {m[4]} to {m[1]} {m[2] or ''}al {_share(m[3], m[5])}%"
                  if 0 < int(m[3]) <= int(m[5]) else m[0], text, flags=flags)
    text = re.sub(rf"\b(\d+)\s+(?:({STAGE_TOKENS})\s+)?{_ONE_IN}\s+(\d+)\s+(?:({STAGE_TOKENS})\s+)?"
                  rf"(?:{become}\s+(?:(?:into|in|to|a)\s+)?(?:an?\s+|un\s+|una\s+)?|(?:into|in|to|a)\s+)"
                  rf"({STAGE_TOKENS})\b", becoming, text, flags=flags)
    # "chiudere 1 cliente ogni 20 lead", "ottenere 2 SQL ogni 5 MQL", "3 customers for every 10 opportunities": the
    # step from the second stage to the first
    return re.sub(rf"\b(\d+)\s+({STAGE_TOKENS})\s+{_ONE_IN}\s+(\d+)\s+({STAGE_TOKENS})\b",
                  lambda m: f"conversione {m[4]} to {m[2]} al {_share(m[1], m[3])}%"
                  if 0 < int(m[1]) <= int(m[3]) and m[2].lower() != m[4].lower() else m[0], text, flags=flags)


_LOSING = r"(?:lose|losing|perdere|perdiamo|perdono|perda|perdano)"
_LOST_STAGE = rf"(?:{STAGE_TOKENS}|trattative|trattativa|deals?)"
# "1 SQL su 4", "1 in 4 SQLs", "1 deal in 4": the count, its stage before or after the whole
_ONE_LOST_IN = rf"\b(?P<n>\d+|un|uno|una|one)\s+(?:(?P<a>{_LOST_STAGE})\s+)?" \
               rf"(?:su|in|out of every|out of|ogni|every|for every)\s+(?P<m>\d+)\b(?:\s+(?P<b>{_LOST_STAGE})\b)?"


def lost_shares(text: str) -> str:
    """"Non più di 1 SQL su 4 deve andare perso", "no more than 1 in 4 SQLs should be lost", "lose at most 1 deal in
    4": the share lost, as the percent it is ("il 25% degli SQL persi"), never a count of 1 or 4 or a step."""
    def said(m: re.Match[str], italian: bool) -> str:
        stage = m["a"] or m["b"]
        count = "1" if m["n"].isalpha() else m["n"]
        if not stage or not 0 < int(count) <= int(m["m"]):
            return m[0]
        share = _share(count, m["m"])
        if re.fullmatch(r"trattativ[ae]|deals?", stage, re.IGNORECASE):
            # the deals lost are the win rate's other side: named as the measure-not-kept they are
            return f"il {share}% delle trattative perse" if italian else f"{share}% of deals lost"
        return f"il {share}% degli {stage} persi" if italian else f"{share}% of {stage} lost"

    after = r"\s+(?:(?:should|must|will|may|can|could|would|devono|deve|dovranno|dovrebbe|dovrebbero|possono|può" \
            r"|puo|vanno|va|sono|è|are|is|get|gets|go|goes|andare|andrà|andra|essere|be|finire|finiscono)\s+){0,3}" \
            r"(?P<lost>lost|pers[oaie])\b"
    text = re.sub(_ONE_LOST_IN + after, lambda m: said(m, m["lost"].lower() != "lost"), text, flags=re.IGNORECASE)
    # the verb first: "perdere al massimo 1 trattativa su 4", "lose no more than 1 in 4 deals"
    verb = re.search(rf"\b{_LOSING}\b", text, re.IGNORECASE)
    if verb is None:
        return text
    italian = verb[0].lower().startswith("perd")
    tail = re.sub(_ONE_LOST_IN, lambda m: said(m, italian), text[verb.end():], count=1, flags=re.IGNORECASE)
    # the verb goes with the share it made: "al massimo il 25% delle trattative perse" says the loss once
    return text if tail == text[verb.end():] else text[:verb.start()] + tail.lstrip()


def _share(count: str, every: str) -> str:
    """"1 su 3" as a percent, as the sentence would have written it: 33,33."""
    return f"{100 * int(count) / max(int(every), 1):.2f}".replace(".", ",")
