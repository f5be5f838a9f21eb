"""The words that name a measure and which way it should move, as objectives write them in Italian or English
(matched on normalise()d text), with typos in long words mended and the steps between stages said one way; which
measure and stages a sentence names, whether it holds a second objective, and the unit its target is in; the mark
that stands for a digit of a name. Part of the reader of sentences (drafting.py)."""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from smarketing import deadlines
from smarketing.amounts import NUMBER
from smarketing.importing.fields import normalise
from smarketing.stagewords import STAGE_ANY, STAGE_TOKENS, STAGE_WORDS
from smarketing.vocabulary import DAYS, DEFAULT_CURRENCY, MONEY, RATIOS, UNITS

if TYPE_CHECKING:
    from smarketing.drafting import Draft


# Words that name a metric, most specific first (matched on normalise()d text: no accents, no punctuation).
METRIC_WORDS = [
    # what the won deals are worth, before the win rate their words would name ("il valore delle trattative vinte")
    ("won_value", r"valore (?:delle |dei |degli )?(?:trattative|deal|contratti|opportunita|offerte) (?:vinte|vinti"
                  r"|chiuse|chiusi|firmate|firmati)|value of (?:the )?(?:won|closed won|closed) deals?"
                  r"|value of (?:the )?deals? (?:won|closed)|(?:won|closed won) deals? value|won deal value"
                  # "250k di trattative vinte": an amount of them
                  r"|\d+ ?(?:k|mila|mln|milioni) (?:di |in )?(?:trattative|deals?|contratti) "
                  r"(?:vinte|vinti|chiuse|chiusi|firmate|firmati|won)"),
    ("conversion", r"tasso di conversione|conversion rate|conversione|conversion|convertire|convert"),
    ("win_rate", r"tasso di vittoria|tasso di vincita|tasso di chiusura|win rate|close rate|closing rate"
                 r"|percentuale di vittoria|percentuale di chiusura|(?:percentuale|quota) di (?:trattative|offerte"
                 r"|opportunita|deal)(?: chiuse)? vinte|trattative vinte|offerte vinte|deals? won|win ratio"
                 # "tasso chiusura trattative", "percentage of opportunities closed-won", as notes write them
                 r"|tasso (?:chiusura|vittoria|vincita)"
                 r"|(?:percentage|share) of (?:opportunities|deals) (?:closed )?won"),
    # "costi per SQL", "costo MQL", "costo di un nuovo cliente", "MQL cost": the plural, and the stage named right
    # after the cost; "costo x MQL" is "per" by then (drafting.read)
    ("cost_per_mql", r"cost[oi] (?:per |di )?(?:(?:un|ogni) )?mql|cost per mql|costo per lead qualificat[oi]"
                     r"|mql costs?"),
    ("cost_per_sql", r"cost[oi] (?:per |di )?(?:(?:un|ogni) )?sql|cost per sql|sql costs?"),
    ("cac", r"cac|costo (?:di |per )?acquisizione( clienti| cliente| di un cliente| del cliente)?|cost per acquisition"
            r"|customer acquisition cost|cost[oi] (?:per |di )?(?:(?:un|ogni) )?(?:nuovo )?cliente"
            r"|costo per acquisire (?:un |nuovi |i )?(?:nuov[oi] )?client[ei]"
            r"|cost per customer|cost per new customer|cost to acquire (?:a |new )?(?:new )?customers?"),
    ("cpl", r"cpl|cost[oi] (?:per |di )?(?:(?:un|ogni) )?(?:nuovo )?(?:lead|contatto)|cost per lead|lead costs?"),
    ("roi", r"roi|ritorno sull investimento|ritorno dell investimento|return on investment|roas"
            # the return on ad spend, written out
            r"|ritorno sulla spesa pubblicitaria|ritorno della spesa pubblicitaria|return on ad spend"),
    # a response time is how long an answer takes; the share answered is the acceptance rate
    ("sla_days", r"tempo di risposta|tempo medio di risposta|tempi medi di risposta|tempi di risposta"
                 r"|tempo di prima risposta|tempi di prima risposta|first response time|time to first response"
                 r"|average response time|response time|tempo di presa in carico|tempi di presa in carico"
                 r"|tempo di accettazione|tempi di accettazione"
                 # "handoff time max 2 working days": the days an MQL waits to be taken, never the share taken
                 r"|handoff time|hand off time|tempo di handoff|tempo di hand off|tempi di handoff|time to accept"
                 # "no more than 3 days for sales to accept an MQL", "giorni per accettare un MQL"
                 r"|days (?:for sales |for the sales team )?to accept|giorni (?:alle vendite |per le vendite )?"
                 r"per accettare|giorni per prendere in carico"
                 # "dimezzare i gg di presa in carico degli MQL", "le ore di risposta"
                 r"|(?:giorni|gg|ore|days|hours) (?:medi )?di (?:presa in carico|risposta|accettazione)"),
    ("sla", r"sla|tasso di accettazione|accettazione|acceptance rate|acceptance|presa in carico"
            r"|(?:quota|percentuale) di mql accettati|mql accettati|share of mqls accepted|accepted mqls"
            # "SQL accettati dalle vendite: almeno 80%", "MQLs accepted by sales": with a count, SQLs (drafting.read)
            r"|sql accettati|accepted sqls|mqls? accepted|sqls? accepted"
            # "the share of MQLs that sales accept", "la quota di MQL che le vendite accettano"
            r"|share of mqls (?:that |which )?(?:sales|the sales team) accepts?"
            r"|(?:quota|percentuale) di mql che (?:le vendite|i commerciali|il commerciale) accett\w+"
            r"|handoff|hand off|passaggio alle vendite"),
    ("velocity", r"ciclo di vendita|ciclo di vendita medio|ciclo vendita|ciclo vendite|sales cycle|velocita|tempo medio"
                 r"|days to close"
                 r"|giorni per chiudere|tempo di chiusura|tempi di chiusura|tempo di qualificazione"
                 r"|tempi di qualificazione|qualification time|time to qualify|days to qualify"
                 r"|giorni per qualificare|giorni di qualificazione"
                 r"|durata (?:media )?(?:delle trattative|dei deal|delle opportunita|del ciclo)|deal cycle"
                 r"|time to close"),
    ("won_value", r"fatturato|ricavi|revenue|valore vinto|won value|giro d affari|turnover|valore dei contratti"
                  r"|valore delle vendite"),
    ("manual", r"clima|climate|soddisfazione|fiducia|morale|engagement|satisfaction|allineamento|alignment|nps"
               r"|team spirit|spirito di squadra|confidence|check in|churn|tasso di abbandono|abbandono dei clienti"
               r"|customer churn|retention|fidelizzazione"),
]

MANUAL_WORDS = next(words for code, words in METRIC_WORDS if code == "manual")
# every measure's words, for a pattern that asks whether any measure is named
MEASURE_WORDS = "|".join(words for _, words in METRIC_WORDS)


WON_WORDS = "|".join(words for code, words in METRIC_WORDS if code == "won_value")
ANSWER_TIME = next(words for code, words in METRIC_WORDS if code == "sla_days")

INCREASE = r"aumentare|aumentiamo|aumento|incrementare|crescere|far crescere|raddoppiare|triplicare|generare" \
            r"|quadruplicare|quintuplicare|decuplicare" \
            r"|contattare|ricontattare|ottenere|acquisire|conquistare|chiudere|firmare|fatturare|vendere|superare" \
            r"|increase" \
            r"|grow|raise|boost|lift|double|triple|generate|win|close|sign|land|sell|acquire|get|more" \
            r"|deliver|aprire|open|creare|create|avviare|raccogliere|collect|qualificare|qualify" \
            r"|book|schedule|fissare|prenotare|consegnare|hand|vincere" \
            r"|portare a casa|raddopiare|(?<!non )piu|salire|far salire|aggiungere|add|rise|go up|scale|scale up"
# "ridotto di 20 euro", "CPL abbassato": a cut said as done
_CUT_DONE = r"ridott[oaie]|diminuit[oaie]|abbassat[oaie]|tagliat[oaie]"
DECREASE = r"ridurre|riduzione|ridurre a|diminuire|abbassare|tagliare|contenere|dimezzare|accorciare" \
            r"|abbattere|limare|comprimere|contrarre|snellire|velocizzare|reduce|decrease|cut|lower|halve|shorten" \
            r"|slash|trim|shrink|bring down|speed up|down to|scendere|calare|get down|down by" \
            rf"|{_CUT_DONE}|dimezzat[oaie]|cut down" \
            r"|inferiore del|inferiore di|piu bass[oaie]|piu cort[oaie]|piu breve|shorter|minore del"
VAGUE = r"migliorare|ottimizzare|potenziare|rafforzare|rilanciare|sviluppare|lavorare su|improve|optimi[sz]e" \
         r"|enhance|strengthen|work on|develop"
# verbs of a level to reach, which the measure gives its way: "raggiungere un CPL di 40 €" is a cut to 40 €,
# "reach 300 MQLs" a total to reach
_BRING = r"portare|bring|take|move|raggiungere|reach|hit|achieve|arrivare a|attain"

_TYPO_MIN = 7


def _known_words() -> list[str]:
    """The long words the patterns above match on their own: the targets a typo is mended to."""
    patterns = [w for _, w in METRIC_WORDS + STAGE_WORDS] + [INCREASE, DECREASE, _BRING]
    words = {w for p in patterns for w in re.findall(rf"[a-z]{{{_TYPO_MIN},}}", p)}
    # a word of its own beside a measure's: "the agency contract" is no typo of the customers' "contracts"
    return sorted({w for w in words if any(re.fullmatch(rf"(?:{p})", w) for p in patterns)} | {"contract"})


_KNOWN = _known_words()


# what a digit of a name ("Transizione 5.0", "Windows 11") becomes, hidden from the numbers read: Unicode's
# supplementary private use area, never in a sentence a person types
NAME_MARK = chr(0xF0000)


def words_of(text: str) -> str:
    """The sentence as the metric and stage words are matched: arrows between stages (MQL->SQL, MQL → SQL)
    and the other ways of naming a step read as "to", then punctuation gone, then typos in long words
    mended ("fatturto", "convesione"). The "Ho capito" line names the measure read, so a mend is never silent."""
    words = normalise(_steps(re.sub(r"\s*(?:->|→|>)\s*", " to ", text))).split(" ")
    # "conversone mql sql al 35%", typed fast: two stages right after the conversion (its typo mended) are its step
    return re.sub(rf"\b(conversione|conversion)((?: rate)?) (?:da |from )?({STAGE_TOKENS}) ({STAGE_TOKENS})\b",
                  r"\1\2 \3 to \4", " ".join(_mended(w) for w in words))


def _mended(word: str) -> str:
    if len(word) < _TYPO_MIN or word in _KNOWN:
        return word
    # two letters typed the other way round ("cleinti"), in a word of any length the list holds
    swapped = next((k for k in _KNOWN if len(k) == len(word) and _swapped(k, word)), None)
    if swapped:
        return swapped
    # 0.88: one letter dropped or swapped in a word of eight or more; "fatture" and "generale" stay themselves
    close = difflib.get_close_matches(word, _KNOWN, n=1, cutoff=0.88)
    return close[0] if close else word


def _swapped(known: str, word: str) -> bool:
    apart = [i for i, (a, b) in enumerate(zip(known, word)) if a != b]
    return len(apart) == 2 and apart[1] == apart[0] + 1 and known[apart[0]] == word[apart[1]] \
        and known[apart[1]] == word[apart[0]]


# "500 MQL a non più di 80 € per MQL", "500 MQLs at no more than €80 each": what each one may cost, said after the count
_COST_EACH = r",?\s+(?:at|a|per|for|con|with)\s+(?:(?:no|not)\s+more\s+than\s+|at\s+most\s+|max(?:imum)?\s+|under\s+" \
             r"|below\s+|non\s+pi[uù]\s+di\s+|(?:al\s+)?massimo\s+|meno\s+di\s+|less\s+than\s+|un\s+costo\s+" \
             r"(?:massimo\s+)?di\s+)?(?=(?:[€$£]\s*\d[\d.,]*|\d[\d.,]*\s*(?:€|euro\b|eur\b))\s*(?:(?:per|a|al|/)\s*" \
             r"(?:(?:ogni|each|every)\s+)?(?:leads?|mqls?|sqls?|contatt[oi])\b|each\b|ciascuno\b|l'uno\b))"


# "500 MQL entro giugno riducendo il CPL del 10%", "800 MQLs in H1 while cutting CPL by 15%": a change of another
# measure said alongside, with its own number (never the money it is done with: "aumentando il budget a 10k")
# the words that open such a clause: "mentre", "while", "e al contempo", then a gerund of change (drafting's
# conditions with no number of their own start the same way)
ALONGSIDE = r",?\s+(?:while\s+|mentre\s+|e\s+(?:al\s+contempo\s+|allo\s+stesso\s+tempo\s+|intanto\s+)?)?"
GERUND_OF_CHANGE = r"(?:(?:riduc|abbass|tagli|aument|alz|miglior|port|dimezz|raddoppi|increment|diminu)(?:endo|ando)" \
                   r"|crescendo|cutting|reducing|lowering|growing|increasing|raising|improving|halving|doubling" \
                   r"|bringing|boosting|driving)"
_WHILE = rf"{ALONGSIDE}{GERUND_OF_CHANGE}\s+" \
         r"(?!(?:il\s+|la\s+|lo\s+|i\s+|the\s+|our\s+)?(?:budget|spesa|spend|investiment))(?=\D*\d)"


def second_objective(text: str) -> int | None:
    """Where a second objective starts: "e"/"and"/";" followed by a verb of change ("generare 110 MQL e
    chiudere 22 clienti", "... e portare la conversione al 30%") or by a number of another stage ("110 MQLs and
    20 new customers"), or a condition on another measure ("200 MQL con un CPL massimo di 50 €"), when both halves
    hold a number. A range ("tra 100 e 120 MQL") is one objective."""
    # a verb of change, or any Italian infinitive with its pronoun ("e qualificarne il 35%")
    # (the infinitive drops its last "e" before the pronoun: qualificar-ne, ridur-li)
    verb = rf"(?:{INCREASE}|{DECREASE}|{_BRING}|convert|turn|fare|avere|make|do|keep|hold|maintain" \
           rf"|[a-zà-ù]{{3,}}(?:are|ere|ire|r(?:ne|li|le|lo|la|ci)))\b"
    count = rf"(?:(?:almeno|minimo|at least|oltre|over|piu di|più di)\s+)?\d[\d.,]*\s*(?:k|mila)?\s+" \
            rf"(?:nuov[ie]\s+|new\s+)?(?:{STAGE_TOKENS}|logos|clients?|contratti|trattative|deals?)\b"
    # "portare il CPL a 45 € e gli SQL a 60": the verb said once, a measure and its level again
    # the rates and costs a sentence may set a level of
    rates = r"cpl|cac|roi|win rate|(?:costo|cost) per \w+|tasso di \w+"
    level = rf"(?:(?:gli|i|le|il|lo|la|l'|the)\s*)?(?:nuovi\s+|new\s+)?(?:{STAGE_TOKENS}|{rates}" \
            rf"|ciclo di vendita|sales cycle)" \
            rf"\s+(?:a|al|alla|ai|agli|to|sotto|sopra|below|under|above)\s+(?:i\s+|gli\s+|il\s+|the\s+)?[€$£]?\s*\d"
    # "200 MQL con un CPL massimo di 50 €", "..., con CPL sotto 60 €": a second measure with its own number, said as a
    # condition; "..., while keeping cost per SQL below €250", "mantenendo il CPL sotto i 40 €": a level kept (never a
    # budget left as it is for 12 months); "..., senza superare un costo per MQL di 120 €", "without exceeding €120
    # cost per MQL": a ceiling on another measure
    condition = rf",?\s+(?:con|with)\s+(?:(?:un|una|a|an|il|the)\s+)?(?=(?:{rates}" \
                rf"|ciclo di vendita|sales cycle|budget|spesa|spend|{WON_WORDS})\b\D*\d)" \
                r"|,?\s+(?:while\s+|mentre\s+)?(?:keeping|mantenendo|tenendo)(?:\s+(?:il|lo|la|i|gli|le|the|our))?" \
                rf"\s+(?=(?:{rates})\b\D*\d)" \
                rf"|,?\s+(?:con|with)\s+(?={count})" \
                r"|,?\s+(?:ma\s+|but\s+)?(?:senza\s+(?:superare|sforare)|without\s+(?:exceeding|going\s+over))\s+" \
                rf"(?:(?:un|una|il|la|lo|i|a|an|the|our)\s+)?(?=(?:{rates})\b\D*\d" \
                rf"|[€$£]?\s*\d[\d.,]*\s*(?:k|€|euro|eur)?\s*(?:di\s+|of\s+)?(?:{rates})\b)" \
                rf"|(?P<cost>{_COST_EACH})" \
                rf"|{_WHILE}"
    # "al 35% nel Centro e al 30% al Sud": a second level of the same measure, for another scope (never a date)
    again = r"(?:al|alla|allo|ai|a|to)\s+(?:il\s+|the\s+)?[€$£]?\s*(?!(?:19|20)\d\d\b)(?![\d.,]+\s*/)\d" \
            r"|\d[\d.,]*\s+(?:per|for|da|from)\s+(?-i:[A-Z])"
    # ("12 nuovi clienti per Sara e 10 per Davide", "... da Sara Colombo e 8 da Davide Mancini": a second level for
    # another person or source)
    # "NPS > 60", "e il CAC sotto 900 €": another measure named with its own level
    measure = rf"(?:{MEASURE_WORDS})\s*(?:[<>≥≤=:]\s*|(?:a|al|sopra|sotto|oltre" \
              r"|above|below|over|under|almeno|at least|at)\s+)[€$£]?\s*\d"
    # "Giulia 25%, Davide 35%", "Al Sud 25 nuovi clienti, al Nord-Ovest 40", "Sara: 12 ...; Davide: 10": after a comma
    # or a semicolon, another name with its own level (never a month or a period: "entro marzo, Q2 ...")
    named = rf"[,;]\s*(?:(?:al|alla|allo|all'|nel|nella|in|per|for|a)\s+)?" \
            rf"(?!(?i:{deadlines.MONTH_NAMES}|q[1-4]|h[12]|fy)\b)(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?" \
            r"\s*:?\s+" \
            r"(?:(?:max|min|massimo|minimo|almeno|at least|at most)\s+)?[€$£]?\s*\d"
    # "30 entro marzo, poi 60 entro giugno": a later step with its own number
    # (never a span of time after it, "poi 3 mesi di nurturing", nor a pace, "10 al giorno")
    then = r",?\s+(?:e\s+|and\s+)?(?:poi|then|successivamente|later)\s+(?=(?:(?:a|al|to)\s+)?[€$£]?\s*\d[\d.,]*" \
           r"(?!\d|[.,]\d|\s*(?:giorn|settiman|mes[ei]|ann[oi]|days?|weeks?|months?|years?|al |a |per |every|each)))"
    # (";" with or without a space before it: "Q1: 400 MQLs; 90 SQLs")
    for match in re.finditer(rf"(?:\s+(?:e|ed|and|,\s*e)|\s*;)\s+(?={verb}|{count}|{level}|{again}|{measure})"
                             rf"|{condition}|{then}|(?P<comma>,)\s+(?={count})"
                             rf"|(?={named})", text, re.IGNORECASE):
        before, after = text[:match.start()], text[match.end():]
        if match.group("cost") and not re.search(r"\d[\d.,]*\s*(?:k|mila)?\s+(?:nuov[ie]\s+|new\s+)?(?:leads?|mqls?"
                                                 r"|sqls?|contatti)\b", before, re.IGNORECASE):
            # what each lead, MQL or SQL may cost is a second measure; what each customer is worth is no cost
            continue
        if match.group("comma") and not re.search(rf"{count}\s*$|\b(?:{rates})\b[^,]*\d[\d.,]*\s*(?:k|mila)?\s*"
                                                  r"(?:€|%|euro|eur)?\s*$", before, re.IGNORECASE):
            # "2.000 lead, 400 MQL, 120 SQL", "CPL sotto 45 €, almeno 400 lead": a comma splits counts of stages, or a
            # rate or cost's level from a count, never a time from its count ("within 30 days after the show, 150 new
            # leads")
            continue
        if _has_target(before) and _has_target(after) \
                and not re.search(r"\b(?:tra|fra|between|da|dal|from)\s+[\d.,]+\s*%?$", before, re.IGNORECASE):
            return match.start()
    return None


def names_measure(half: str) -> bool:
    """Whether a part of the sentence names a stage or a measure the data computes (a KPI checked in by hand is none:
    "+200 nuovi soci e NPS > 60" is left to say that two objectives are one too many)."""
    low = words_of(half)
    return bool(re.search(rf"\b(?:{STAGE_ANY})\b", low) or any(
        re.search(rf"\b(?:{words})\b", low) for code, words in METRIC_WORDS if code != "manual"))


def _has_target(half: str) -> bool:
    """A number, or a word that is one ("double SQLs", "dimezzare il CAC")."""
    return bool(re.search(r"\d|\b(?:double|halve|triple|quadruple|raddopp?iare|dimezzare|triplicare|quadruplicare"
                          r"|quintuplicare|x\s?2)\b", half, re.IGNORECASE))


def _steps(text: str) -> str:
    """The ways people name a step between two stages, as "X to Y": MQL-SQL, "quota di MQL che diventano SQL",
    "share of MQLs that become SQLs", "giorni tra MQL e SQL", "days between MQL and SQL", "il tempo da MQL a
    cliente"."""
    text = re.sub(rf"\b({STAGE_TOKENS})\s*[-–/]\s*({STAGE_TOKENS})\b", r"\1 to \2", text, flags=re.IGNORECASE)
    text = re.sub(rf"\b(?:quota|percentuale|share|proportion)\s+(?:di|degli|dei|delle|of)\s+({STAGE_TOKENS})\s+"
                  rf"(?:che\s+diventano|che\s+passano\s+a|che\s+si\s+trasformano\s+in|that\s+become|becoming|"
                  rf"turning\s+into)\s+({STAGE_TOKENS})\b", r"conversione \1 to \2", text, flags=re.IGNORECASE)
    # "le opportunità che diventano clienti", "trasformare in clienti il 20% delle opportunità": the step
    text = re.sub(rf"\b(?:le|gli|i|the)\s+({STAGE_TOKENS})\s+(?:che\s+diventano|che\s+si\s+trasformano\s+in|"
                  rf"that\s+become|that\s+turn\s+into)\s+({STAGE_TOKENS})\b", r"conversione \1 to \2", text,
                  flags=re.IGNORECASE)
    # "far passare a MQL il 25% dei contatti arrivati dalla newsletter": the scope written beside it kept
    text = re.sub(rf"\b(?:far\s+passare|passare|portare|trasformare|convertire|turn|convert|move)\s+(?:a|ad|in|into|to)"
                  rf"\s+({STAGE_TOKENS})\s+(?:il\s+|the\s+)?(\d+(?:[.,]\d+)?\s*%)\s+(?:delle|degli|dei|of(?:\s+the"
                  rf"|\s+our)?)\s+((?:[\w-]+\s+){{0,3}}?)({STAGE_TOKENS}|contatti)\b",
                  lambda m: f"{m[2]} conversione {'lead' if m[4].lower() == 'contatti' else m[4]} to {m[1]} {m[3]}",
                  text, flags=re.IGNORECASE)
    # "turn 30% of SAVE Verona leads into MQLs", "convertire il 20% dei lead del webinar in MQL"
    text = re.sub(rf"\b(?:turn|convert|move|trasformare|convertire)\s+(?:il\s+|the\s+)?(\d+(?:[.,]\d+)?\s*%)\s+(?:of"
                  rf"(?:\s+the|\s+our)?|dei|degli|delle)\s+((?:[\w-]+\s+){{0,3}}?)({STAGE_TOKENS})\s+((?:[\w-]+\s+){{0,3}}?)"
                  rf"(?:into|to|in)\s+(?:an?\s+)?({STAGE_TOKENS})\b", r"\1 conversione \3 to \5 \2\4", text,
                  flags=re.IGNORECASE)
    # "gli SQL di Sara devono diventare opportunità per il 45%": the share after the step
    # ("gli MQL da Webinar devono convertire in SQL almeno al 25%": the floor kept with it)
    text = re.sub(rf"\b({STAGE_TOKENS})((?:\s+(?:di|da|dal|dalla|dai|from|of)\s+[\w-]+){{0,2}})\s+(?:(?:deve|devono"
                  rf"|dovranno|should|must)\s+)?(?:{BECOMING})\s+(?:(?:into|in|to|a|an)\s+)?({STAGE_TOKENS})\s+"
                  rf"(almeno\s+|at\s+least\s+)?(?:per il|per l'|al|nel|in|for|at)\s+(\d+(?:[.,]\d+)?\s*%)",
                  lambda m: f"{m[4] or ''}{m[5]} conversione {m[1]} to {m[3]}{m[2]}", text, flags=re.IGNORECASE)
    # "Le SQL di Luca: conversione in opportunità almeno al 45%": the step from the stage named first
    text = re.sub(rf"\b({STAGE_TOKENS})\b([^.;]{{0,40}}?)\b(?:conversione|conversion|tasso di conversione)\s+"
                  rf"(?:in|a|into|to)\s+({STAGE_TOKENS})\b", r"\2 conversione \1 to \3", text, flags=re.IGNORECASE)
    # "i giorni dal primo contatto alla firma": the first contact is how a lead comes in
    text = re.sub(r"\b(da|dal|dalla|from|tra|fra|between)\s+(?:il\s+|the\s+)?(?:primo\s+contatto|first\s+contact"
                  r"|first\s+touch)\b", r"\1 lead", text, flags=re.IGNORECASE)
    # "conversione dei lead da webinar in opportunità": the step, the scope written inside it kept
    text = re.sub(rf"\b(conversione|conversion|tasso di conversione|conversion rate)\s+"
                  rf"(?:dei|degli|delle|di|of(?:\s+the)?)\s+({STAGE_TOKENS})((?:\s+[\w'-]+){{0,4}}?)\s+(?:in|into|a|ad|to)\s+({STAGE_TOKENS})\b",
                  r"\1 \2 to \4\3", text, flags=re.IGNORECASE)
    # "il tempo tra SQL e chiusura": the closing is the customer stage
    text = re.sub(rf"(\b(?:(?:tra|fra|between|da|dal|dagli|dalle|from)\s+(?:gli\s+|i\s+|le\s+|il\s+|the\s+|l['’]\s*)?"
                  rf"|dall['’]\s*)(?:{STAGE_TOKENS})\s+(?:e|and|a|alla|to)\s+)(?:la\s+|the\s+)?"
                  rf"(?:chiusura|firma|closing|close|signature|signing)\b",
                  r"\1clienti", text, flags=re.IGNORECASE)
    # a lead by its other names in a share: "il 40% delle richieste di preventivo deve diventare opportunità"
    text = re.sub(r"(%\s+(?:delle|of(?:\s+the)?|of\s+our)\s+)(?:richieste di preventivo|richieste di offerta|richieste"
                  r"|quote requests|requests for quote)\b", r"\1lead", text, flags=re.IGNORECASE)
    # "Iscritti ai webinar che diventano MQL: conversione al 40%": those who sign up are leads, whatever they are
    # called, when no stage before names them
    if re.search(r"\b(?:conversione|conversion|tasso)\b", text, re.IGNORECASE):
        text = re.sub(rf"^((?:(?!{STAGE_ANY}).)*?)\b(?:che|who|that)\s+(?:diventano|diventino|passano\s+a|"
                      rf"si\s+trasformano\s+in|become|turn\s+into)\s+({STAGE_TOKENS})\b",
                      r"\1 conversione lead to \2", text, flags=re.IGNORECASE)
    # "il 40% degli MQL deve diventare SQL", "30% of MQLs should become SQLs", "il 60% degli SQL diventassero
    # opportunità", "il 30% degli MQL dal Nord-Est deve diventare SQL", "70% of webinar leads should become MQLs":
    # the step's conversion, the scope written beside it kept
    text = re.sub(rf"%\s+(?:degli|dei|delle|of(?:\s+the)?|of\s+our)\s+((?:[\w-]+\s+){{0,2}}?)({STAGE_TOKENS})"
                  rf"((?:\s+(?:da|dal|dalla|dai|dagli|dalle|del|della|di|in|nel|nella|from|of)\s+[^\s,;:%]+"
                  rf"(?:\s+[A-Z][^\s,;:%]*)?)?)\s+"
                  rf"(?:(?:deve|devono|dovra|dovrà|dovranno|dovrebbero|should|must|to)\s+)?(?:{BECOMING})\s+"
                  rf"(?:(?:into|in|to|a|an)\s+)?({STAGE_TOKENS})\b", r"% conversione \2 to \4 \1\3",
                  text, flags=re.IGNORECASE)
    # "qualify 70% of webinar leads into MQLs", "qualificare il 40% dei lead": those qualified are the MQLs
    text = re.sub(r"\b(?:qualify|qualificare)\s+(?:il\s+|the\s+)?(\d+(?:[.,]\d+)?\s*%)\s+(?:of(?:\s+the|\s+our)?|dei"
                  r"|degli|delle)\s+((?:[\w-]+\s+){0,2}?)(?:leads?|contatti)\b(?:\s+(?:into|in|as|come|a)\s+mqls?\b)?",
                  r"conversione lead to MQL al \1 \2", text, flags=re.IGNORECASE)
    # days between two stages, not the conversion the step alone would name: "giorni tra MQL e SQL", "il tempo
    # da MQL a cliente", "time from lead to customer"
    # (an elided article is written on its word: "dall'SQL all'opportunità", "tra l'MQL e l'SQL")
    article = r"(?:(?:gli|i|le|il|the)\s+|l['’]\s*)?"
    span = rf"\b(?:giorni|tempo|tempi|days|time)\s+(?:medi\s+|medio\s+|average\s+|mean\s+)?" \
           rf"(?:lavorativi\s+|di\s+calendario\s+)?(?:" \
           rf"(?:tra|fra|between)\s+{article}({STAGE_TOKENS})\s+(?:e|and)\s+" \
           rf"|(?:(?:da|dal|dai|dagli|dalle|from)\s+{article}|dall['’]\s*)({STAGE_TOKENS})\s+" \
           rf"(?:(?:a|ad|al|alla|allo|ai|agli|alle|to)\s+|all['’]\s*))" \
           rf"{article}({STAGE_TOKENS})\b"
    text = re.sub(span, lambda m: f"tempo medio da {m[1] or m[2]} to {m[3]}", text, flags=re.IGNORECASE)
    # "time-to-MQL", "days to SQL": from the lead's creation to that stage ("response time to MQLs" is the hand-off's)
    text = re.sub(rf"(?<!response )(?<!reply )(?<!answer )\b(?:time|days)[\s-]+to[\s-]+({STAGE_TOKENS})\b",
                  r"tempo medio da lead to \1", text, flags=re.IGNORECASE)
    # "opportunity-to-close time": the closing is the customer stage
    text = re.sub(rf"\b({STAGE_TOKENS})[\s-]+to[\s-]+(?:close|closing|win)\s+(time|days|cycle)\b", r"\1 to customer \2",
                  text, flags=re.IGNORECASE)
    # English puts the time after the step: "MQL to customer time", "MQL-to-SQL time"
    return re.sub(rf"\b({STAGE_TOKENS})[\s-]+to[\s-]+({STAGE_TOKENS})\s+(?:time|days|cycle)\b",
                  r"tempo medio da \1 to \2", text, flags=re.IGNORECASE)


# the verb of a share that becomes the next stage, in the forms people write it
BECOMING = r"diventare|diventino|diventano|diventassero|diventasse|divengano|passare\s+a|passino\s+a|passassero\s+a" \
            r"|trasformarsi\s+in|si\s+trasformino\s+in|become|turn\s+into|turn|convert\s+(?:to|into)|convert|move" \
            r"|passare|trasformarsi|convertire|convertirsi|convertano|convertono"


# after a stage, the later stage its leads became: "lead convertiti in clienti", "MQLs converted to SQLs"
_BECAME = re.compile(rf"(?:\s+\S+){{0,4}}?\s+(?:convertit[ieoa]|trasformat[ieoa]|passat[ieoa]|diventat[ieoa]|converted"
                     rf"|turned)\s+(?:in|into|a|ad|to)\s+({STAGE_ANY})\b")


def metric_and_stages(draft: Draft, low: str) -> None:
    step = re.search(rf"\b({STAGE_ANY})\s*(?:->|>|a|to|verso|in)\s*({STAGE_ANY})\b", low) or re.search(
        rf"\b(?:da|dai|dalle|dagli|from)\s+({STAGE_ANY})\s+(?:a|ad|alle|ai|agli|to|in)\s+({STAGE_ANY})\b", low)
    for code, words in METRIC_WORDS:
        if re.search(rf"\b(?:{words})\b", low):
            draft.metric = code
            break
    if draft.metric == "manual" and re.search(rf"\b(?:{NUMBER})\s+(?:{STAGE_ANY})\b", low):
        # "obiettivo di allineamento marketing-vendite: 120 SQL": the count of a stage is the measure
        draft.metric = None
    if step and (stage_of(step.group(1)) == stage_of(step.group(2)) or step.group(2) in ("vendite", "sales")):
        # "50 opportunità in pipeline": two words for one stage, no step; "400 MQL alle vendite", "MQLs to
        # sales": the team they go to
        step = None
    if step and draft.metric in (None, "conversion", "velocity"):
        draft.from_stage, draft.to_stage = stage_of(step.group(1)), stage_of(step.group(2))
        draft.metric = draft.metric or "conversion"
        return
    if draft.metric is None:
        # "consegnare alle vendite 150 MQL", "hand 150 MQLs to sales": the team the leads go to, no stage
        mentioned = [m for m in re.finditer(rf"\b(?:{STAGE_ANY})\b", low)
                     if not (m.group(0) in ("vendite", "sales") and re.search(
                         r"\b(?:alle|alla|a|al team|al reparto|to|to the|for|per|per le|da parte delle|by"
                         r"|marketing(?: e| and)?)\s*$", low[:m.start()]))]
        if len(mentioned) > 1 and _team_word(mentioned[0], low) and any(
                m.group(0) not in ("vendite", "sales") for m in mentioned[1:]):
            # "Vendite e marketing: 400 MQL", "Sales: 50 SQLs by March": the team the objective is for, before the
            # stage it counts
            mentioned = [m for m in mentioned[1:] if m.group(0) not in ("vendite", "sales")]
        counted = [m for m in mentioned if re.search(r"\b\d+\s+(?:nuov[ieoa]\s+|new\s+)?$", low[:m.start()])]
        heading = _heading_end(draft.statement, low)
        if mentioned and mentioned[0].start() < heading and any(m.start() >= heading for m in counted):
            # "Clienti Enterprise: 40 opportunità", "Lead gen: 35 new customers": a heading names who or what the
            # objective is about; the stage counted after it is the measure (its scope words stay scope)
            mentioned = [m for m in mentioned if m.start() >= heading]
        before = low[:mentioned[0].start()] if mentioned else ""
        if counted and counted[0] is not mentioned[0] and re.search(
                r"\b(?:da|dai|dagli|dalle|dal|dallo|from|out of)\s+(?:(?:i|gli|le|the|our|nostri|nostre)\s+)?$",
                before):
            # "Dai contatti della fiera BI-MU ricavare 20 opportunità", "From the fair's leads, 20 opportunities": the
            # stage the number counts, the one they come from the scope
            mentioned = counted
        elif counted and counted[0] is not mentioned[0] and (
                (re.fullmatch(r"(?:(?:i|gli|le|il|lo|la|l|the)\s+)?", before)
                 and re.match(r"\s+(?:di|del|della|dei|degli|delle|of|(?:seguit|gestit|assegnat|affidat)[eoia]\s+"
                              r"(?:da|a)|in carico a|(?:handled|managed|owned|worked)\s+by|assigned\s+to)\s+[^\W\d]",
                              low[mentioned[0].end():]))
                or re.fullmatch(r"(?:[^\W\d]+\s+){1,3}s\s+", before)):
            # "Sara Colombo's leads: 15 new customers", "I lead di Sara: 15 nuovi clienti": a sentence that opens
            # with whose leads they are counts the stage after the number ("Portare i lead di Google Ads a 500,
            # per 50 nuovi clienti" counts leads)
            mentioned = counted
        if mentioned:
            # "le SQL generate dai webinar": entries into the first stage named; "Lead SPS Italia 2026 convertiti in
            # clienti: 10", "MQLs turned into SQLs: 100": a count of those that became the later one is of that one
            # (a share of them, "il 20% dei lead convertiti in clienti", is the conversion rate)
            became = _BECAME.match(low, mentioned[0].end())
            counted_stage = became.group(1) if became and not re.search(r"\d\s*%", draft.statement) \
                else mentioned[0].group(0)
            draft.metric, draft.stage = "stage_entries", stage_of(counted_stage)
            if re.fullmatch(r"vendite|sales", mentioned[0].group(0)):
                draft.problems.append("sales_word")
            if draft.stage == "opportunity" and re.search(
                    # scope words after the number too: "sign 15 Enterprise deals", "land 8 Predicta Sense deals"
                    # a bound before the number changes nothing: "chiudere almeno 8 trattative", "close at least 8"
                    r"\b(?:close|chiudere|vincere|win|firmare|sign|land)\s+(?:(?:almeno|at least|minimo|non meno di"
                    r"|no less than|oltre|piu di|more than|over|circa|about|around)\s+)?"
                    r"(?:\d[\d.,]*(?:\s*(?:k|mila)\s+di)?\s+(?:new\s+|nuove\s+)?(?:[a-z][a-z-]*\s+){0,3}"
                    r"|(?:new\s+|nuove\s+)?)"
                    r"(?:deals?|trattative|opportunita|opportunities)\b"
                    r"|\b(?:closed|won|closed won|signed)\s+deals?\b|\bdeals?\s+(?:signed|closed|won|landed)\b"
                    r"|\b(?:trattative|opportunita|deal) (?:chiuse|vinte|firmate|chiusi|vinti)\b"
                    # "Le trattative di Sara Colombo: 20 vinte", "Sara Colombo's deals: 20 won": a count of won ones
                    r"|\b(?:trattative|deals?)\b(?:\s+[^\W\d]+){0,4}\s+\d[\d.,]*\s+(?:vinte|vinti|chiuse|chiusi|firmate"
                    r"|won|closed|signed)\b|\b(?:trattative|deals?)\b.*\b(?:vincere|chiudere|firmare)\s+\d", low):
                # deals closed or won are new customers; opened or generated, opportunities
                draft.stage = "customer"
            if draft.stage == "customer" and re.search(r"\b(eur|euro|€)\b|€", low):
                draft.metric, draft.stage = "won_value", None
    if draft.metric == "velocity" and not draft.from_stage:
        # "la durata delle trattative", "deal cycle": from the opportunity on; else the whole journey
        deals = re.search(r"\b(?:trattative|trattativa|deals?|opportunita|opportunities)\b", low)
        qualifying = re.search(r"\b(?:qualificazione|qualificare|qualification|qualify)\b", low)
        draft.from_stage, draft.to_stage = ("lead", "mql") if qualifying else (
            ("opportunity" if deals else "lead"), "customer")
    if draft.metric == "conversion" and not draft.from_stage:
        draft.from_stage, draft.to_stage = "lead", "customer"


def _heading_end(statement: str, low: str) -> int:
    """Where a heading the sentence opens with ends in its matched words ("Clienti PMI: 300 lead" -> after "pmi"),
    0 without one. Counted in words: the matched text has no punctuation and some words mended. A number or a bracket
    makes it no heading ("Generare 7 MQL (campagna: Top 100 clienti)")."""
    # a few words with no number, bracket or verb: "Ridurre i lead di bassa qualità: 200 MQL in più" says what to do
    found = re.match(r"\s*([^\W\d][^:;\n\d()]{0,40}?)\s*:\s*\S", statement)
    if not found or re.search(rf"\b(?:{INCREASE}|{DECREASE}|{VAGUE}|{_BRING})\b", normalise(found.group(1))):
        return 0
    words = len(normalise(found.group(1)).split())
    spans = [m.end() for m in re.finditer(r"\S+", low)]
    return spans[words - 1] if 0 < words <= len(spans) else 0


def _team_word(mention: re.Match[str], low: str) -> bool:
    """Whether "vendite"/"sales" names the team rather than the sales made: beside "marketing" ("vendite e
    marketing"), opening the sentence as its label ("Vendite: 400 MQL", "Obiettivo vendite ...") or doing the
    verb ("le vendite devono accettare", "sales must accept")."""
    if mention.group(0) not in ("vendite", "sales"):
        return False
    before, after = low[:mention.start()], low[mention.end():]
    return bool(re.match(r"\s*(?:e|and|&|con|with)?\s*(?:il\s+|the\s+)?marketing\b", after)
                or re.fullmatch(r"\s*(?:(?:obiettivo|obiettivi|objective|objectives|goal|target|team|il team|reparto"
                                r"|ufficio|per|for)\s+)?(?:(?:le|delle|alle|the)\s+)?", before)
                or re.match(r"\s+(?:deve|devono|dovranno|dovrebbero|vuole|vogliono|punta|puntano|must|should|need|needs"
                            r"|want|wants|will|has to|have to|aims?)\b", after))


def stage_of(words: str) -> str:
    for code, pattern in STAGE_WORDS:
        if re.fullmatch(rf"(?:{pattern})", words):
            return code
    raise AssertionError(words)


# verbs that move a measure by an amount: "aumentare i lead di 200", "ridurre il CPL di 5 €"
CHANGE_VERBS = r"aumentare|incrementare|crescere|far crescere|ridurre|diminuire|abbassare|tagliare|accorciare" \
                r"|abbattere|increase|grow|raise|boost|reduce|decrease|cut|lower|shorten|trim|migliorare|improve" \
                rf"|{_CUT_DONE}|aumentat[oaie]|cresciut[oaie]|salire|scendere|calare|rise|drop|lift"


def as_written(phrase: str, text: str) -> str:
    """A phrase found in the normalised sentence, as the sentence writes it (accents, capitals): quoted back."""
    accented = {"a": "[aàá]", "e": "[eèé]", "i": "[iìí]", "o": "[oòó]", "u": "[uùú]", " ": r"\W+"}
    found = re.search("".join(accented.get(ch, re.escape(ch)) for ch in phrase), text, re.IGNORECASE)
    return found.group(0) if found else phrase


def unit_of(draft: Draft, company: str = DEFAULT_CURRENCY) -> str | None:
    """The unit of the draft's target; an amount naming no currency is in the company's."""
    if draft.metric is None:
        return None        # "+10%" of no named measure: ten percent of what is unknown
    money = draft.currency or company
    if draft.target_kind == "relative":
        return "ratio" if draft.metric in RATIOS else {**dict.fromkeys(MONEY, money),
                                                        **dict.fromkeys(DAYS, "days")}.get(draft.metric, "count")
    unit = UNITS.get(draft.metric, "count")
    return money if unit == "money" else unit
