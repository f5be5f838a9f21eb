"""A sentence in Italian or English -> the fields of an objective. Pure: the caller passes today and the
names the database knows (channels, segments, products, owners), so "dai webinar" becomes source=Webinar.

Nothing is guessed: what cannot be read is left empty and listed in `problems`, and the SMART check
(smart.py) turns each gap into a reason and a suggestion."""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from smarketing import deadlines, numberwords, scopes
from smarketing.amounts import AMOUNT_WRITTEN, DAYS_IN, MARK, NUMBER, SCALE, money_in, number, scaled
from smarketing.importing.fields import normalise
from smarketing.stagewords import STAGE_ANY, STAGE_TOKENS, STAGE_WORDS
from smarketing.vocabulary import DAYS, MEASURES, MONEY, RATIOS, UNITS, lower_is_better

# Words that name a metric, most specific first (matched on normalise()d text: no accents, no punctuation).
_METRIC_WORDS = [
    ("conversion", r"tasso di conversione|conversion rate|conversione|conversion|convertire|convert"),
    ("win_rate", r"tasso di vittoria|tasso di vincita|tasso di chiusura|win rate|close rate|closing rate"
                 r"|percentuale di vittoria|percentuale di chiusura|(?:percentuale|quota) di (?:trattative|offerte)"
                 r" vinte|trattative vinte|offerte vinte|deals? won|win ratio"),
    ("cost_per_mql", r"costo per mql|cost per mql|costo per lead qualificat[oi]|costo di un mql"),
    ("cost_per_sql", r"costo per sql|cost per sql|costo di un sql"),
    ("cac", r"cac|costo (?:di |per )?acquisizione( clienti| cliente| di un cliente| del cliente)?|cost per acquisition"
            r"|customer acquisition cost|costo per cliente"
            r"|costo per acquisire (?:un |nuovi |i )?(?:nuov[oi] )?client[ei]"
            r"|cost per customer|cost per new customer|cost to acquire (?:a |new )?(?:new )?customers?"),
    ("cpl", r"cpl|costo per lead|costo per contatto|costo per nuovo contatto|cost per lead"),
    ("roi", r"roi|ritorno sull investimento|ritorno dell investimento|return on investment|roas"),
    # a response time is how long an answer takes; the share answered is the acceptance rate
    ("sla_days", r"tempo di risposta|tempo medio di risposta|tempi medi di risposta|tempi di risposta"
                 r"|average response time|response time|tempo di presa in carico|tempi di presa in carico"
                 r"|tempo di accettazione|tempi di accettazione"
                 # "handoff time max 2 working days": the days an MQL waits to be taken, never the share taken
                 r"|handoff time|hand off time|tempo di handoff|tempo di hand off|tempi di handoff|time to accept"
                 # "no more than 3 days for sales to accept an MQL", "giorni per accettare un MQL"
                 r"|days (?:for sales |for the sales team )?to accept|giorni (?:alle vendite |per le vendite )?"
                 r"per accettare|giorni per prendere in carico"),
    ("sla", r"sla|tasso di accettazione|accettazione|acceptance rate|acceptance|presa in carico"
            r"|(?:quota|percentuale) di mql accettati|mql accettati|share of mqls accepted|accepted mqls"
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

_MANUAL_WORDS = next(words for code, words in _METRIC_WORDS if code == "manual")


def manual_name(draft: Draft) -> str | None:
    """The KPI checked in by hand as the sentence names it ("NPS", "soddisfazione", "churn"), to say what was read."""
    found = re.search(rf"\b(?:{_MANUAL_WORDS})\b", normalise(draft.statement))
    return _as_written(found.group(0), draft.statement) if found else None


_WON_WORDS = next(words for code, words in _METRIC_WORDS if code == "won_value")
_ANSWER_TIME = next(words for code, words in _METRIC_WORDS if code == "sla_days")

_INCREASE = r"aumentare|aumentiamo|aumento|incrementare|crescere|far crescere|raddoppiare|triplicare|generare" \
            r"|contattare|ricontattare|ottenere|acquisire|conquistare|chiudere|firmare|fatturare|vendere|superare" \
            r"|increase" \
            r"|grow|raise|boost|lift|double|triple|generate|win|close|sign|land|sell|acquire|get|more" \
            r"|deliver|aprire|open|creare|create|avviare|raccogliere|collect|qualificare|qualify" \
            r"|book|schedule|fissare|prenotare|consegnare|hand|vincere" \
            r"|portare a casa|raddopiare|(?<!non )piu|salire|far salire|aggiungere|add|rise|go up|scale|scale up"
# "ridotto di 20 euro", "CPL abbassato": a cut said as done
_CUT_DONE = r"ridott[oaie]|diminuit[oaie]|abbassat[oaie]|tagliat[oaie]"
_DECREASE = r"ridurre|riduzione|ridurre a|diminuire|abbassare|tagliare|contenere|dimezzare|accorciare" \
            r"|abbattere|limare|comprimere|contrarre|snellire|velocizzare|reduce|decrease|cut|lower|halve|shorten" \
            r"|slash|trim|shrink|bring down|speed up|down to|scendere|calare|get down|down by" \
            rf"|{_CUT_DONE}|dimezzat[oaie]|cut down"
_VAGUE = r"migliorare|ottimizzare|potenziare|rafforzare|rilanciare|sviluppare|lavorare su|improve|optimi[sz]e" \
         r"|enhance|strengthen|work on|develop"
# verbs of a level to reach, which the measure gives its way: "raggiungere un CPL di 40 €" is a cut to 40 €,
# "reach 300 MQLs" a total to reach
_BRING = r"portare|bring|take|move|raggiungere|reach|hit|achieve|arrivare a|attain"

_TYPO_MIN = 7


def _known_words() -> list[str]:
    """The long words the patterns above match on their own: the targets a typo is mended to."""
    patterns = [w for _, w in _METRIC_WORDS + STAGE_WORDS] + [_INCREASE, _DECREASE, _BRING]
    words = {w for p in patterns for w in re.findall(rf"[a-z]{{{_TYPO_MIN},}}", p)}
    return sorted(w for w in words if any(re.fullmatch(rf"(?:{p})", w) for p in patterns))


_KNOWN = _known_words()

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


def read(text: str, today: date, vocabulary: dict[str, list[str]] | None = None) -> Draft:
    draft = Draft(statement=text, start=today)
    # "venti nuovi clienti", "entro sei mesi", "fifty thousand euros": number words read as the digits they are
    text = numberwords.digits(text)
    # "entro il 1° aprile": the ordinal's sign is no part of the day, nor a number of its own
    text = re.sub(r"(\d)\s*[°º]", r"\1", text)
    # "entro venerdì 27 novembre": the day's name adds nothing to its date
    text = re.sub(rf"\b(?:{deadlines.WEEKDAY_NAMES})\s+(?=\d{{1,2}}(?:\s+(?:{deadlines.MONTH_NAMES})\b|[/.]\d))", "",
                  text, flags=re.IGNORECASE)
    text = deadlines.without_bridges(text)
    # "fine mese prox", "il pross. trimestre": the short form of "prossimo" notes and chats use
    text = re.sub(r"\b(?:prox|pross)\b\.?", lambda m: "Prossimo" if m[0][0].isupper() else "prossimo", text,
                  flags=re.IGNORECASE)
    # "−20%", "–20%": the minus sign and the dash a word processor puts for "-"
    text = re.sub(r"[−–](?=\d)", "-", text)
    # "ridurre il CAC di un quarto", "by a third": the fraction as the percent it is
    text = re.sub(r"\b(di|by)\s+(?:un|a|one)\s+(quarto|quarter|terzo|third)\b",
                  lambda m: f"{m[1]} {'25' if m[2].lower() in ('quarto', 'quarter') else '33,33'}%", text,
                  flags=re.IGNORECASE)
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
                  lambda m: f"{int(m[1]) - 100:+d}% rispetto al " if int(m[1]) != 100 else m[0], text,
                  flags=re.IGNORECASE)
    # "al 3 percento", "25 per cento": a percent sign in words
    text = re.sub(r"(\d)\s*(?:percento|per\s+cento|percent|per\s+cent)\b", r"\1%", text, flags=re.IGNORECASE)
    # "1 milione e mezzo", "2 milioni e mezzo": the half written out
    text = re.sub(r"\b(\d+)\s+(milion[ei]|mln|mila)\s+e\s+mezzo\b", lambda m: f"{m[1]},5 {m[2]}", text,
                  flags=re.IGNORECASE)
    text = _means(draft, _condition(draft, _owners_named(draft, text, vocabulary or {})))
    # "500 lead, di cui 100 MQL": the part is no target of its own
    text = re.sub(r",?\s*\b(?:di cui|of which|including|(?:with|con)\s+(?:at least|almeno|at most|al massimo)\s+"
                  r"\d[\d.,]*\s+(?:\w+\s+)?(?:from|da|dai|dalle|dagli|dal|via))\s+[^,;:]*", " ", text,
                  flags=re.IGNORECASE)
    # "Nessun MQL deve restare senza risposta per più di 3 giorni", "no MQL should wait more than 48 hours": every
    # one answered within that time
    text = re.sub(r"\b(?:nessun|nessuno|no|zero|mai più|mai piu|never again)\s+(mqls?|leads?|contatt[oi])\s+"
                  r"(?:(?:deve|devono|dovrà|should|must|may|can)\s+)?(?:restare|rimanere|aspettare|attendere|stay|remain"
                  r"|wait|go|be left|left|lasciat[io]|sit)\s+(?:senza\s+risposta\s+|unanswered\s+|untouched\s+"
                  r"|in\s+attesa\s+)?(?:per\s+|for\s+)?(?:più\s+di|piu\s+di|oltre(?:\s+le|\s+i)?|more\s+than|over"
                  r"|longer\s+than)\s+(\d+(?:[.,]\d+)?\s*[a-z]+(?:\s+lavorativi)?(?:\s+days?)?)\b",
                  lambda m: f"rispondere al 100% degli {m[1]} entro {m[2]}", text, flags=re.IGNORECASE)
    text = _shares_of_deals(_shares_lost(text))
    text_left = _service_level(draft, _ratios(_shares(text)))
    found = deadlines.find(text_left, today)
    event = deadlines.event_phrase(text_left)
    if event is not None:
        # "entro la fiera SPS", "by the SPS show": the fair says when, never which campaign or source is counted
        text_left = text_left.replace(event, " ")
    low = _words(text_left)
    draft.deadline, draft.deadline_phrase = found.day, found.phrase
    if found.first is not None and found.first != today:
        # "Q2: 90 SQL", "nel secondo trimestre 2027": counted over the period, not from today to its end
        draft.start = found.first
    if not found.readable:
        draft.problems.append("deadline_unreadable")
    rest = text_left if not found.phrase else re.sub(re.escape(found.phrase), " ", text_left, flags=re.IGNORECASE)
    # "webinar Transizione 5.0", "Windows 11": a name's number, hidden from every number read below
    rest = _name_numbers(rest, vocabulary or {})
    rest, range_factor = _range(draft, rest)
    second = _second_objective(rest)
    if second is not None:
        # "aumentare gli MQL del 10% e ridurre il CPL del 10%": the first is read, the check says to split
        draft.problems.append("two_objectives")
        if not _names_measure(rest[:second]) and _names_measure(rest[second:]):
            # "120 iscritti e 30 MQL": registrations are no measure kept, the MQLs are; the words before stay for
            # the scope ("Webinar ..."), their numbers hidden
            rest = re.sub(r"\d", _NAME_MARK, rest[:second]) + rest[second:]
            draft.problems.append("first_not_measure")
        else:
            rest = rest[:second]
        low = _words(rest)
    each = scopes.each_value(draft, rest)
    if each != rest:
        rest, low = each, _words(each)
    scopes.per_person(draft, rest)
    _metric_and_stages(draft, low)
    if draft.metric == "win_rate" and _WON_COUNTED.search(rest):
        # "20 trattative vinte", "15 deals won": a count of deals won is new customers, never a win rate of 2.000%
        draft.metric, draft.stage = "stage_entries", "customer"
    if draft.threshold is not None or (_SHARE_OF_MQLS.search(rest) and re.search(rf"\b(?:{_RESPOND})\b", low)):
        # "accettare almeno il 68% degli MQL": a share of the MQLs answered, never 68% more MQLs
        draft.metric, draft.stage, draft.from_stage, draft.to_stage = "sla", None, None, None
    scopes.filters(draft, low, vocabulary or {}, rest)
    scopes.unknown_scope(draft, rest, vocabulary or {})
    _direction(draft, low)
    # "ROAS 5x", and "ROI 2,5x": a multiple of the money spent is the return written as a ROAS
    roas = draft.metric == "roi" and bool(re.search(r"\broas\b", rest, re.IGNORECASE) or re.search(
        rf"(?:{NUMBER})\s*[x×](?!\w)", rest))
    if roas:
        # "ROAS 5x" is 500%
        rest = re.sub(rf"({NUMBER})\s*[x×](?!\w)", lambda m: f"{number(m[1]) * 100:g}%", rest)
    rest, now = _now_said(rest)
    rest = _aside(rest)
    _numbers(draft, rest, normalise(rest))
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
    _change(draft, rest)
    if draft.metric == "sla" and draft.threshold is None and draft.target_kind == "absolute" \
            and (draft.target or 0) > 1 and "%" not in rest \
            and re.search(r"\b\d[\d.,]*\s*(?:k|mila)?\s+(?:mqls?|marketing qualified leads?)\b", rest, re.IGNORECASE):
        # "hand off 300 MQLs to sales": a count of MQLs passed on, never an acceptance rate of 30.000%
        draft.metric, draft.stage, draft.target_unit = "stage_entries", "mql", "count"
    if now is not None and draft.stated_baseline is None and (draft.target_kind == "relative"
                                                              or draft.change is not None):
        # "-20% (currently €75)", "ridurre di 3 giorni (oggi siamo a 5)": the change goes on the data's level, and
        # the level the text states is kept for the check to set beside it
        draft.stated_baseline = now[0] / 100 if now[1] and (draft.metric in RATIOS) else now[0]
    _compared(draft, text_left)
    _pace(draft, rest)
    # the deadline's phrase too: "Budget Google Ads 2027: non superare i 60k€" names its measure in the heading
    named = f"{found.phrase or ''} {rest}"
    _other_measure(draft, normalise(named), named)
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
    draft.cadence = _cadence(low) if draft.metric == "manual" else None
    if draft.cadence == "rarer":
        draft.cadence = "quarterly"
        draft.problems.append("cadence_rarer")
    if draft.metric is None:
        draft.problems.append("no_metric")
    if draft.target is None and draft.change is None and draft.metric != "manual":
        draft.problems.append("no_number")
    return draft


_IF = r"a patto che|purché|purche|sempre che|qualora|nel caso in cui|se(?!\s+ne\b)|if|provided(?: that)?|as long as" \
      r"|assuming" \
      r"|subject to|on condition that"


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
    rf"(?:\s*(?i:del|della|dello|dell')?\s*{_FUNCTION}\b)?\s*:?\s*{_PEOPLE}"
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
    found = [m for m in _OWNERS_NAMED.finditer(_not_names(text)) if normalise(text[m.start():m.end()]) not in others]
    if not found:
        return text
    # "..., Matteo e Davide", "Giulia:": the names without the marks around them
    draft.named_owners = [text[m.start():m.end()].strip(" ,;:.!–—-") for m in found]
    for m in reversed(found):
        text = text[:m.start()] + " " + text[m.end():]
    return text


def _condition(draft: Draft, text: str) -> str:
    """"A patto che il marketing consegni 200 MQL, le vendite chiudono 20 clienti", "..., provided the webinar budget
    is approved": the condition is kept aside, for the check to say it is not measured, and the objective read
    without it (its numbers would otherwise be taken for the target). Returns the sentence without it."""
    found = re.match(rf"\s*(?:{_IF})\b[^,;:]*[,;:]\s*", text, re.IGNORECASE) or re.search(
        rf"[,;]\s*(?:{_IF})\b.*$", text, re.IGNORECASE)
    if found is None:
        return text
    rest = text[:found.start()] + " " + text[found.end():]
    said = normalise(found.group(0))
    # "se riusciamo", "if possible" hedge; a condition names a number, a stage, a measure or a budget
    # a hire is a condition too: "if we hire a second SDR", "se assumiamo un commerciale"
    named = re.search(r"\d", said) or re.search(rf"\b(?:{STAGE_ANY}|budget|spesa|spend|hire|hires|hired|hiring"
                                                r"|assumiamo|assumere|assunzione|assunto)\b", said) or any(
        re.search(rf"\b(?:{words})\b", said) for _, words in _METRIC_WORDS)
    if not named or (not re.search(r"\d", rest) and re.search(r"\d", found.group(0))):
        return text
    draft.condition = found.group(0).strip(" ,;:")
    return rest.strip()


_SPEND_WORDS = r"investimento|investimenti|budget|spesa|spend|spending|investment|sponsorizzazione|sponsorship" \
               r"|pubblicità|advertising"
# an amount of spend, with its currency or its scale ("10k"): the spend words say it is money
_SPEND_AMOUNT = rf"(?:{AMOUNT_WRITTEN}|(?:{NUMBER})(?:{SCALE}))"
# the money an objective is to be reached with, or within: "con 12.000 € di investimento", "con un budget di 10k€",
# "spendendo 5.000 €", "ma senza superare i 15.000 € di spesa al mese", "with a budget of €8k", "spending €5k"
_MEANS = re.compile(
    rf",?\s*\b(?:(?:con|with)\s+(?:un[oa]?\s+|a\s+|an\s+)?(?:{_SPEND_WORDS})\s+(?:di|of)\s+(?:{AMOUNT_WRITTEN})"
    rf"|(?:con|with)\s+(?:{AMOUNT_WRITTEN})\s+(?:di|of)\s+(?:{_SPEND_WORDS})"
    # "with a €15k budget on Google Ads"
    rf"|with\s+(?:a|an)\s+(?:{AMOUNT_WRITTEN})\s+(?:{_SPEND_WORDS})"
    rf"|(?:investendo|spendendo|spending|investing)\s+(?:(?:al massimo|non più di|non piu di|at most|no more than"
    rf"|meno di|less than|under)\s+)?(?:{AMOUNT_WRITTEN})(?:\s+(?:al|a|per|every|a|per)\s+(?:mese|month))?"
    # "keeping spend under 10k a month", "tenendo la spesa sotto i 10.000 € al mese"
    rf"|(?:while\s+)?(?:keeping|tenendo|mantenendo)\s+(?:the\s+|la\s+|il\s+)?(?:[A-Z][\w-]*\s+)?(?:{_SPEND_WORDS})"
    rf"(?:\s+(?:su|di|on)\s+[A-Z][\w-]*)?\s+(?:under|below|within|sotto|entro)"
    rf"\s+(?:i\s+|il\s+)?{_SPEND_AMOUNT}(?:\s+(?:al|a|per|every|a|per)\s+(?:mese|month))?"
    rf"|(?:ma\s+|but\s+)?(?:senza\s+(?:superare|sforare)|without\s+(?:exceeding|going\s+over))\s+(?:i\s+|il\s+|the\s+)?"
    rf"(?:{AMOUNT_WRITTEN})(?:\s+(?:di|of)\s+(?:{_SPEND_WORDS}))?"
    rf"(?:\s+(?:al|a|per|every|a|per)\s+(?:mese|month|trimestre|quarter|anno|year))?)",
    re.IGNORECASE)


def _means(draft: Draft, text: str) -> str:
    """"Con 12.000 € di investimento sui webinar portare a casa 40 SQL", "..., ma senza superare i 15.000 € di spesa
    al mese": the money the objective is to be reached with or within is no target of its own (it would be read as
    a won value of 12.000 €): kept aside as a condition the check says is not measured, when the rest still holds a
    number. "Budget Google Ads: non superare i 60k€" is the objective itself, and stays."""
    found = _MEANS.search(text)
    if found is None or draft.condition is not None:
        return text
    rest = text[:found.start()] + " " + text[found.end():]
    if not re.search(r"\d", rest):
        return text
    draft.condition = re.sub(r"^(?:ma|but)\s+", "", found.group(0).strip(" ,;"), flags=re.IGNORECASE)
    return rest


# words a number written after is the level or the period of, never part of a name: "MQL 120", "Q2 2027", "NPS 8.0"
_BEFORE_A_LEVEL = re.compile(
    rf"(?:{STAGE_ANY}|{'|'.join(words for _, words in _METRIC_WORDS)}|{deadlines.MONTH_NAMES}|{deadlines.WEEKDAY_NAMES}"
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
    for start, end in sorted(hidden, reverse=True):
        text = text[:start] + _NAME_MARK + text[end:]
    return text


_NAME_MARK = chr(0xF0000)     # Unicode's supplementary private use area: never in a sentence a person types


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


def _shares(text: str) -> str:
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
    if not re.search(rf"\b(?:{_RESPOND})\b", normalise(text)):
        return text
    # the leads answered, the share after them: "MQL accettati dalle vendite: 9 su 10", "Sales-accepted MQLs: 9 out of
    # 10" is 90% of them, never a start of 9 and a target of 10
    return re.sub(r"\b(mqls?|leads?|contatti)\b([^.;\d]{0,40}?)\b(\d{1,3})\s+(?:su|out of|in)\s+(\d{1,3})\b(?![\d.,%])",
                  lambda m: f"{m[1]}{m[2]}il {int(m[3]) * 100 / int(m[4]):g}% degli {m[1]}"
                  if 0 < int(m[3]) <= int(m[4]) else m[0], text, flags=re.I)


_WON_COUNTED = re.compile(r"(?<![\d.,%])\b\d[\d.,]*\s+(?:nuov[ei]\s+|new\s+)?(?:trattative|offerte|deals?)\s+"
                          r"(?:vint[ei]|won)\b", re.IGNORECASE)
# "conversione ... 1 su 25 entro marzo": a time after the whole makes it no share ("1 su 3 mesi")
_NOT_A_WHOLE = r"(?![\d.,]|\s*%|\s*(?:giorni|gg|settimane|mesi|anni|days|weeks|months|years)\b)"


def _ratios(text: str) -> str:
    """"Rapporto SQL/MQL", "SQL/MQL ratio": a ratio written B/A is the share of A that became B, the A→B conversion.
    "Conversione lead-cliente: 1 su 25", "conversion 1 out of 20": a conversion said as a count in a whole is that
    share (4%, 5%), never a start of 1 and a target of 25."""
    flags = re.IGNORECASE
    text = re.sub(rf"\b(?:rapporto|ratio)\s+(?:tra\s+|fra\s+|between\s+)?(?:gli\s+|i\s+|le\s+|the\s+)?"
                  rf"({STAGE_TOKENS})\s*/\s*({STAGE_TOKENS})\b", r"conversione \2 → \1", text, flags=flags)
    text = re.sub(rf"\b({STAGE_TOKENS})\s*/\s*({STAGE_TOKENS})\s+ratio\b", r"\2 → \1 conversion", text, flags=flags)
    # "il rapporto tra lead e clienti", "the ratio between leads and customers": the first stage's conversion to the
    # second
    text = re.sub(rf"\b(?:rapporto|ratio)\s+(?:tra|fra|between)\s+(?:gli\s+|i\s+|le\s+|the\s+)?({STAGE_TOKENS})\s+"
                  rf"(?:e|and)\s+(?:gli\s+|i\s+|le\s+|the\s+)?({STAGE_TOKENS})\b", r"conversione \1 → \2", text,
                  flags=flags)
    if not re.search(r"\b(?:conversione|conversion|tasso di conversione|conversion rate)\b", text, flags):
        return text
    return re.sub(rf"(?<![\d.,/])\b(\d{{1,3}})\s+(?:su|out of|over|in|ogni|every)\s+(\d{{1,4}})\b{_NOT_A_WHOLE}",
                  lambda m: f"{_share(m[1], m[2])}%" if 0 < int(m[1]) <= int(m[2]) else m[0], text, flags=flags)


def _cadence(low: str) -> str:
    """How often a manual KPI is measured ("NPS con rilevazione trimestrale", "churn mensile"): weekly, the
    meeting's rhythm, when nothing is said."""
    return next((code for code, words in _CADENCES if re.search(rf"\b(?:{words})\b", low)), "weekly")


# Verbs of answering a lead: with them, "entro 48 ore" is the time each answer may take, not the deadline
_RESPOND = r"rispondere|risposta|risposte|rispondiamo|ricontattare|ricontattati|ricontattate|ricontattato" \
           r"|richiamare|richiamato|richiamati|richiamate|contattare|contattati|contattato|gestire|gestiti" \
           r"|prendere in carico|presi in carico|evadere|evase|evasi|accettare|accettati|accettato|accettata" \
           r"|accettate|accolti|accolto|respond|responded|response" \
           r"|reply|replied|answer|answered|call back|called back|follow up|followed up|contact|contacted" \
           r"|handle|handled|accept|accepted|pick up|picked up"
_WITHIN = re.compile(r"\b(?:entro|in|within|under|in meno di|in less than)\s+(?:le\s+|i\s+)?(\d+(?:[.,]\d+)?)\s*"
                     r"(minuti|minutes|mins?|ore|ora|h|hours?|hrs?|giorni lavorativi|giorno lavorativo|gg lavorativi"
                     r"|business days?"
                     r"|working days?|giorni|giorno|gg|days?)\b", re.IGNORECASE)
_SHARE_OF_MQLS = re.compile(r"\d+(?:[.,]\d+)?\s*%\s+(?:degli|dei|delle|of(?:\s+the|\s+our)?)\s+(?:\w+\s+)?"
                            r"(?:mqls?|leads?|contatti|richieste|inbound)\b", re.IGNORECASE)
# the longest time an answer may take: calendar days beyond a week are a deadline
SERVICE_MAX = {"hours": 1440, "working_days": 60, "days": 7}
_THRESHOLD_UNITS = {"minuti": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
                    "ore": "hours", "ora": "hours", "h": "hours", "hour": "hours", "hours": "hours", "hr": "hours",
                    "hrs": "hours", "giorni lavorativi": "working_days", "gg lavorativi": "working_days",
                    "business days": "working_days", "working days": "working_days", "giorni": "days",
                    "gg": "days", "days": "days", "giorno lavorativo": "working_days",
                    "business day": "working_days", "working day": "working_days", "giorno": "days", "day": "days"}


def _service_level(draft: Draft, text: str) -> str:
    """"Ricontattare il 90% degli MQL entro 2 giorni lavorativi": the 2 working days are the time each answer
    may take (the threshold), read before deadlines so they never become the objective's deadline. Returns
    the text without that phrase."""
    if not re.search(rf"\b(?:{_RESPOND})\b", normalise(text)) or re.search(rf"\b(?:{_ANSWER_TIME})\b",
                                                                            normalise(text)):
        # "time to accept MQLs: under 36 hours": the time an answer takes is the measure, its level the target
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
    return text[:match.start()] + " " + text[match.end():]





def _words(text: str) -> str:
    """The sentence as the metric and stage words are matched: arrows between stages (MQL->SQL, MQL → SQL)
    and the other ways of naming a step read as "to", then punctuation gone, then typos in long words
    mended ("fatturto", "convesione"). The "Ho capito" line names the measure read, so a mend is never silent."""
    words = normalise(_steps(re.sub(r"\s*(?:->|→|>)\s*", " to ", text))).split(" ")
    return " ".join(_mended(w) for w in words)


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


def _second_objective(text: str) -> int | None:
    """Where a second objective starts: "e"/"and"/";" followed by a verb of change ("generare 110 MQL e
    chiudere 22 clienti", "... e portare la conversione al 30%") or by a number of another stage ("110 MQLs and
    20 new customers"), or a condition on another measure ("200 MQL con un CPL massimo di 50 €"), when both halves
    hold a number. A range ("tra 100 e 120 MQL") is one objective."""
    # a verb of change, or any Italian infinitive with its pronoun ("e qualificarne il 35%")
    # (the infinitive drops its last "e" before the pronoun: qualificar-ne, ridur-li)
    verb = rf"(?:{_INCREASE}|{_DECREASE}|{_BRING}|convert|turn|fare|avere|make|do" \
           rf"|[a-zà-ù]{{3,}}(?:are|ere|ire|r(?:ne|li|le|lo|la|ci)))\b"
    count = rf"(?:(?:almeno|minimo|at least|oltre|over|piu di|più di)\s+)?\d[\d.,]*\s*(?:k|mila)?\s+" \
            rf"(?:nuov[ie]\s+|new\s+)?(?:{STAGE_TOKENS}|logos|clients?|contratti|trattative|deals?)\b"
    # "portare il CPL a 45 € e gli SQL a 60": the verb said once, a measure and its level again
    level = rf"(?:(?:gli|i|le|il|lo|la|l'|the)\s*)?(?:nuovi\s+|new\s+)?(?:{STAGE_TOKENS}|cpl|cac|roi|win rate" \
            rf"|(?:costo|cost) per \w+|tasso di \w+|ciclo di vendita|sales cycle)" \
            rf"\s+(?:a|al|alla|ai|agli|to|sotto|sopra|below|under|above)\s+(?:i\s+|gli\s+|il\s+|the\s+)?[€$£]?\s*\d"
    # "200 MQL con un CPL massimo di 50 €": a second measure with its own number, said as a condition
    condition = r",?\s+(?:con|with)\s+(?:un|una|a|an)\s+(?=(?:cpl|cac|roi|win rate|(?:costo|cost) per \w+" \
                rf"|tasso di \w+|ciclo di vendita|sales cycle|budget|spesa|spend|{_WON_WORDS})\b\D*\d)" \
                rf"|,?\s+(?:con|with)\s+(?={count})"
    # "al 35% nel Centro e al 30% al Sud": a second level of the same measure, for another scope (never a date)
    again = r"(?:al|alla|allo|ai|a|to)\s+(?:il\s+|the\s+)?[€$£]?\s*(?!(?:19|20)\d\d\b)(?![\d.,]+\s*/)\d"
    # "NPS > 60", "e il CAC sotto 900 €": another measure named with its own level
    measure = rf"(?:{'|'.join(words for _, words in _METRIC_WORDS)})\s*(?:[<>≥≤=:]\s*|(?:a|al|sopra|sotto|oltre" \
              r"|above|below|over|under|almeno|at least|at)\s+)[€$£]?\s*\d"
    # "Giulia 25%, Davide 35%", "Al Sud 25 nuovi clienti, al Nord-Ovest 40": after a comma, another name with its own
    # level (never a month or a period: "entro marzo, Q2 ...")
    named = rf",\s*(?:(?:al|alla|allo|all'|nel|nella|in|per|for|a)\s+)?" \
            rf"(?!(?i:{deadlines.MONTH_NAMES}|q[1-4]|h[12]|fy)\b)(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?" \
            r"\s*:?\s+" \
            r"(?:(?:max|min|massimo|minimo|almeno|at least|at most)\s+)?[€$£]?\s*\d"
    for match in re.finditer(rf"\s+(?:e|ed|and|;|,\s*e)\s+(?={verb}|{count}|{level}|{again}|{measure})|{condition}"
                             rf"|(?P<comma>,)\s+(?={count})"
                             rf"|(?={named})", text, re.IGNORECASE):
        before, after = text[:match.start()], text[match.end():]
        if match.group("comma") and not re.search(rf"{count}\s*$", before, re.IGNORECASE):
            # "2.000 lead, 400 MQL, 120 SQL": a comma splits counts of stages, never a time from its count ("within
            # 30 days after the show, 150 new leads")
            continue
        if _has_target(before) and _has_target(after) \
                and not re.search(r"\b(?:tra|fra|between|da|dal|from)\s+[\d.,]+\s*%?$", before, re.IGNORECASE):
            return match.start()
    return None


def _names_measure(half: str) -> bool:
    """Whether a part of the sentence names a stage or a measure the data computes (a KPI checked in by hand is none:
    "+200 nuovi soci e NPS > 60" is left to say that two objectives are one too many)."""
    low = _words(half)
    return bool(re.search(rf"\b(?:{STAGE_ANY})\b", low) or any(
        re.search(rf"\b(?:{words})\b", low) for code, words in _METRIC_WORDS if code != "manual"))


def _has_target(half: str) -> bool:
    """A number, or a word that is one ("double SQLs", "dimezzare il CAC")."""
    return bool(re.search(r"\d|\b(?:double|halve|triple|raddopp?iare|dimezzare|triplicare|x\s?2)\b", half,
                          re.IGNORECASE))


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
    text = re.sub(rf"\b({STAGE_TOKENS})((?:\s+(?:di|da|dal|dalla|dai|from|of)\s+[\w-]+){{0,2}})\s+(?:(?:deve|devono"
                  rf"|dovranno|should|must)\s+)?(?:{_BECOMING})\s+(?:(?:into|in|to|a|an)\s+)?({STAGE_TOKENS})\s+"
                  rf"(?:per il|per l'|al|nel|in|for)\s+(\d+(?:[.,]\d+)?\s*%)", r"\4 conversione \1 to \3\2", text,
                  flags=re.IGNORECASE)
    # "il tempo tra SQL e chiusura": the closing is the customer stage
    text = re.sub(rf"(\b(?:tra|fra|between|da|dal|dagli|dalle|from)\s+(?:gli\s+|i\s+|le\s+|il\s+|the\s+)?"
                  rf"(?:{STAGE_TOKENS})\s+(?:e|and|a|alla|to)\s+)(?:la\s+|the\s+)?(?:chiusura|firma|closing|close)\b",
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
                  rf"(?:(?:deve|devono|dovra|dovrà|dovranno|dovrebbero|should|must|to)\s+)?(?:{_BECOMING})\s+"
                  rf"(?:(?:into|in|to|a|an)\s+)?({STAGE_TOKENS})\b", r"% conversione \2 to \4 \1\3",
                  text, flags=re.IGNORECASE)
    # "qualify 70% of webinar leads into MQLs", "qualificare il 40% dei lead": those qualified are the MQLs
    text = re.sub(r"\b(?:qualify|qualificare)\s+(?:il\s+|the\s+)?(\d+(?:[.,]\d+)?\s*%)\s+(?:of(?:\s+the|\s+our)?|dei"
                  r"|degli|delle)\s+((?:[\w-]+\s+){0,2}?)(?:leads?|contatti)\b(?:\s+(?:into|in|as|come|a)\s+mqls?\b)?",
                  r"conversione lead to MQL al \1 \2", text, flags=re.IGNORECASE)
    # days between two stages, not the conversion the step alone would name: "giorni tra MQL e SQL", "il tempo
    # da MQL a cliente", "time from lead to customer"
    article = r"(?:gli\s+|i\s+|le\s+|il\s+|the\s+)?"
    span = rf"\b(?:giorni|tempo|tempi|days|time)\s+(?:medi\s+|medio\s+|average\s+|mean\s+)?(?:" \
           rf"(?:tra|fra|between)\s+{article}({STAGE_TOKENS})\s+(?:e|and)" \
           rf"|(?:da|dal|dai|dagli|dalle|from)\s+{article}({STAGE_TOKENS})\s+(?:a|ad|al|ai|agli|alle|to))" \
           rf"\s+{article}({STAGE_TOKENS})\b"
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
_BECOMING = r"diventare|diventino|diventano|diventassero|diventasse|divengano|passare\s+a|passino\s+a|passassero\s+a" \
            r"|trasformarsi\s+in|si\s+trasformino\s+in|become|turn\s+into|turn|convert\s+(?:to|into)|convert|move" \
            r"|passare|trasformarsi"
_DEALS = r"(?:trattative|trattativa|opportunita|opportunità|deals?|opportunities)"
_ONE_IN = r"(?:su|in|ogni|out of every|out of|every|for every)"


def _shares_of_deals(text: str) -> str:
    """Shares written as counts of deals, as the percent they are: "chiudere il 30% delle trattative", "vincere 1
    trattativa su 3" and "win 1 in 4 deals" are the win rate; "chiudere 1 cliente ogni 20 lead" the step's
    conversion. Rewritten before anything is read, so that the numbers read are the percent."""
    flags = re.IGNORECASE
    # "One in four SQLs", "uno su cinque": the one written as a word
    text = re.sub(rf"\b(?:one|un|uno|una)\s+(?=(?:(?:{STAGE_TOKENS}|{_DEALS})\s+)?{_ONE_IN}\s+\d)", "1 ", text,
                  flags=flags)
    # the verb and "almeno" stay: winning more is the direction, at least that share a floor to keep
    verb = r"\b(vincere|chiudere|win|close)\s+(almeno\s+|at least\s+)?"
    text = re.sub(rf"{verb}(?:il\s+|the\s+)?(\d+(?:[.,]\d+)?)\s*%\s+(?:delle|dei|degli|of(?:\s+the)?|of\s+our)\s+"
                  rf"{_DEALS}\b", lambda m: f"{m[1]} {m[2] or ''}tasso di vittoria al {m[3]}%", text, flags=flags)
    # "il 50% delle opportunità Enterprise deve chiudersi vinto", "40% of deals should be won": the share won
    # "25% of Enterprise opportunities closed-won": the scope before the deals too
    text = re.sub(rf"\b(?:il\s+|the\s+)?(\d+(?:[.,]\d+)?)\s*%\s+(?:delle|dei|degli|of(?:\s+the)?|of\s+our)\s+"
                  rf"((?:[A-Z0-9{_NAME_MARK}][\w{_NAME_MARK}-]*\s+){{0,2}}){_DEALS}\b"
                  rf"((?:\s+(?:della|del|dalla|dal|of the|from the|of|from)\s+(?:campagna|fiera|fonte"
                  rf"|campaign|fair|source)\b)?(?:\s+[A-Z0-9{_NAME_MARK}][\w{_NAME_MARK}-]*)*)"
                  rf"\s+(?:(?:deve|devono|dovra|dovrà|dovranno|should|must|to)\s+)?"
                  r"(?:chiudersi|essere|venire|be|get|close)?\s*(?:vint[eoai]|won|closed[\s-]won|in vittoria"
                  r"|con successo)\b",
                  lambda m: f"tasso di vittoria {m[2]}{m[3]} al {m[1]}%", text, flags=flags)
    # "le opportunità in mano a Luca devono chiudersi vinte almeno nel 35% dei casi" (read above as "35% of them")
    text = re.sub(rf"\b{_DEALS}\b(.{{0,60}}?)\s+(?:(?:deve|devono|dovranno|should|must)\s+)?(?:chiudersi|essere|be|get"
                  r"|close)?\s*(?:vint[eoai]|won|closed[\s-]won)\s+(almeno\s+|at least\s+)?(\d+(?:[.,]\d+)?)\s*%"
                  r"\s+of them",
                  lambda m: f"tasso di vittoria {m[1].strip()} {m[2] or ''}al {m[3]}%", text, flags=flags)
    text = re.sub(rf"{verb}(\d+)\s+(?:{_DEALS}\s+)?{_ONE_IN}\s+(\d+)\b(?:\s+{_DEALS})?",
                  lambda m: f"{m[1]} {m[2] or ''}tasso di vittoria al {_share(m[3], m[4])}%"
                  if 0 < int(m[3]) <= int(m[4]) else m[0], text, flags=flags)
    # "convertire 1 opportunità su 5 in clienti", "convert 1 in 5 opportunities into customers": the step named after
    # "at least 2 in 5 SQLs should turn into opportunities", "2 MQL su 5 devono diventare SQL": with the verb too
    become = rf"(?:(?:should|must|will|devono|deve|dovranno|dovrebbero)\s+)?(?:{_BECOMING}|passino|passano|passi" \
             r"|si\s+trasformi(?:no)?|trasformi(?:no)?|si\s+trasformano|move\s+on|progress|advance)"
    # the stage whose share it is may stand before, with its scope: "MQL da Google Ads: 1 su 3 deve diventare SQL"
    def becoming(m: re.Match[str]) -> str:
        before = re.findall(rf"\b({STAGE_TOKENS})\b", text[:m.start()], flags)
        whole = m[2] or m[4] or (before[-1] if before else None)
        if not whole or not 0 < int(m[1]) <= int(m[3]):
            return m[0]
        return f"conversione {whole} to {m[5]} al {_share(m[1], m[3])}%"
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


def _shares_lost(text: str) -> str:
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


def _metric_and_stages(draft: Draft, low: str) -> None:
    step = re.search(rf"\b({STAGE_ANY})\s*(?:->|>|a|to|verso|in)\s*({STAGE_ANY})\b", low) or re.search(
        rf"\b(?:da|dai|dalle|dagli|from)\s+({STAGE_ANY})\s+(?:a|ad|alle|ai|agli|to|in)\s+({STAGE_ANY})\b", low)
    for code, words in _METRIC_WORDS:
        if re.search(rf"\b(?:{words})\b", low):
            draft.metric = code
            break
    if draft.metric == "manual" and re.search(rf"\b(?:{NUMBER})\s+(?:{STAGE_ANY})\b", low):
        # "obiettivo di allineamento marketing-vendite: 120 SQL": the count of a stage is the measure
        draft.metric = None
    if step and (_stage_of(step.group(1)) == _stage_of(step.group(2)) or step.group(2) in ("vendite", "sales")):
        # "50 opportunità in pipeline": two words for one stage, no step; "400 MQL alle vendite", "MQLs to
        # sales": the team they go to
        step = None
    if step and draft.metric in (None, "conversion", "velocity"):
        draft.from_stage, draft.to_stage = _stage_of(step.group(1)), _stage_of(step.group(2))
        draft.metric = draft.metric or "conversion"
        return
    if draft.metric is None:
        # "consegnare alle vendite 150 MQL", "hand 150 MQLs to sales": the team the leads go to, no stage
        mentioned = [m for m in re.finditer(rf"\b(?:{STAGE_ANY})\b", low)
                     if not (m.group(0) in ("vendite", "sales") and re.search(
                         r"\b(?:alle|alla|a|al team|al reparto|to|to the|for|per|per le|da parte delle|by"
                         r"|marketing(?: e| and)?)\s*$", low[:m.start()]))]
        if mentioned:
            # "le SQL generate dai webinar": entries into the first stage named
            draft.metric, draft.stage = "stage_entries", _stage_of(mentioned[0].group(0))
            if re.fullmatch(r"vendite|sales", mentioned[0].group(0)):
                draft.problems.append("sales_word")
            if draft.stage == "opportunity" and re.search(
                    # scope words after the number too: "sign 15 Enterprise deals", "land 8 Predicta Sense deals"
                    r"\b(?:close|chiudere|vincere|win|firmare|sign|land)\s+(?:\d[\d.,]*\s+(?:new\s+|nuove\s+)?"
                    r"(?:[a-z][a-z-]*\s+){0,3}|(?:new\s+|nuove\s+)?)(?:deals?|trattative|opportunita|opportunities)\b"
                    r"|\b(?:closed|won|closed won|signed)\s+deals?\b|\bdeals?\s+(?:signed|closed|won|landed)\b"
                    r"|\b(?:trattative|opportunita|deal) (?:chiuse|vinte|firmate|chiusi|vinti)\b", low):
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


def _stage_of(words: str) -> str:
    for code, pattern in STAGE_WORDS:
        if re.fullmatch(rf"(?:{pattern})", words):
            return code
    raise AssertionError(words)


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
    rf"(?:non oltre|al massimo|fino a|meglio se|idealmente|no more than|at most"
    rf"|not above|ideally)\s+(?:(?:al|a|ai)\s+)?{_ARTICLE}(?P<h>(?:{_plain(MARK)})?\s*{_N}{_UNIT})",
    re.IGNORECASE)


def _range(draft: Draft, text: str) -> tuple[str, float | None]:
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
        draft.target_unit = unit_of(draft)


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


_FLOOR_FIRST = re.compile(r"(?:almeno|minimo|non sotto|at least|not below|no less than)\b", re.IGNORECASE)


# a time measure named with a verb: "giorni per qualificare un lead", "days to close" say what is timed, not which way
_TIMED_VERB = re.compile(r"\b(?:giorni|tempo|tempi|days|time)\s+(?:per|to|a)\s+(?:qualificare|chiudere|qualify|close"
                         r"|convertire|convert|vincere|win)\b")


def _direction(draft: Draft, low: str) -> None:
    # "aumentare le opportunità del 20% perché siamo sotto": a reason given after the objective says where things
    # stand, never which way to go
    low = re.sub(r"\b(?:perche|poiche|dato che|visto che|because|as we are)\b.*$", " ", low)
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
        # "must not go down 75%", "non deve scendere dal 75%": a fall ruled out keeps the level as a floor
        r"\b(?:non|not|never|mai|don t|do not|must not|mustn t|should not|shouldn t)\s+(?:\w+\s+){0,3}?"
        r"(?:(?:go|come|drop|fall|get)\s+down|drop|fall|decline|decrease|scendere|calare|diminuire|scendano|calino)"
        r"\s+(?:(?:to|a|al|dal|from|the|il|lo)\s+)?\d", low)
    capped = re.search(r"\b(?:non|not|never|mai|don t|do not)\s+(?:\w+\s+){0,6}?(?:superare|superi|superino"
                       r"|oltrepassare|oltrepassi|sforare|sfori|sforino|exceed|exceeds"
                       r"|go over"
                       r"|pass)\b", low)
    if floor:
        draft.direction = "increase"
    elif capped or re.search(rf"\b(?:{_DECREASE})\b", low) or re.search(ceiling, low) \
            or re.search(r"[<≤]\s*[€$£]?\s*\d", draft.statement) or re.search(r"\bdown\s+\d", low):
        draft.direction = "decrease"
    elif re.search(rf"\b(?:{_INCREASE})\b", low) or re.search(
            r"\b(sopra|oltre|above|over|almeno|at least|piu di|minimo|minimum|floor|or more|or higher|o piu"
            r"|o superiore)\b", low):
        draft.direction = "increase"
    vague = re.search(rf"\b({_VAGUE})\b", low)
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
    elif re.search(r"\b(dimezzare|dimezzat[oaie]|halve|halved)\b", low):
        draft.target, draft.target_kind, draft.direction = -0.5, "relative", "decrease"
    if draft.target is not None:
        draft.target_unit = unit_of(draft)


# a count of customers written as what they are worth: "contratti per 2 mln", "vendite per 500k", "2 mln di contratti"
_MILLIONS = r"milioni|mln|milione|million|millions|m"
_SUMMED = re.compile(rf"\b(?:per|for|worth|di valore|per un (?:valore|totale) di)\s+(?:{NUMBER})\s*"
                     rf"(?:k|mila|{_MILLIONS})\b|(?:{NUMBER})\s*(?:{_MILLIONS})\b", re.IGNORECASE)


# an amount for each lead, MQL, SQL or customer: what one costs
_COST_OF = {r"leads?|contatt[oi]": "cpl", r"mqls?": "cost_per_mql", r"sqls?": "cost_per_sql",
            r"client[ei]|customers?|nuov[oi]\s+client[ei]|new\s+customers?": "cac"}
_PER_UNIT = re.compile(rf"{AMOUNT_WRITTEN}\s*(?:per|a|al|each|/)\s*(?:ogni\s+|each\s+|every\s+)?"
                       rf"(?P<unit>{'|'.join(_COST_OF)})\b", re.IGNORECASE)


_NOW = re.compile(rf"\(\s*(?:oggi|ora|adesso|attualmente|siamo|currently|today|now|we are|at present)\b[^)\d]*"
                  rf"({NUMBER})\s*(%?)[^)]*\)", re.IGNORECASE)


# "oggi siamo a 18 giorni, vogliamo arrivare a 10", "today we are at 15 days", "this year we are at 50": the level
# today said as a clause of its own, with the word of where it stands ("a", "at") before the number
_NOW_CLAUSE = re.compile(
    rf"\b(?:oggi|ora|adesso|attualmente|al momento|quest'anno|quest’anno|today|now|currently|at present|this year)"
    rf"(?:\s+(?:siamo|stiamo|sta|è|e'|we are|we're|we stand|it is|it's|is))?\s+(?:a|al|ai|agli|alle|all'|at|on)\s*"
    rf"(?:{MARK})?\s*({NUMBER})\s*(%?)(?:\s*({'|'.join(DAYS_IN)})\b)?", re.IGNORECASE)


# "(it's ~75 today)", "(siamo a circa 75 oggi)": the level first, the word of today after it
_NOW_AFTER = re.compile(rf"\(\s*(?:it'?s|it is|we are|we're|siamo|sono|è|e')?\s*(?:a|al|at)?\s*[~≈]?\s*"
                        rf"(?:circa\s+|about\s+|around\s+)?(?:{MARK})?\s*({NUMBER})\s*(%?)[^)\d]*?"
                        r"\b(?:today|oggi|now|ora|adesso|currently|attualmente)\s*\)", re.IGNORECASE)
# ", currently €120,", ", oggi 120 €,": the level today between commas, with no word of where it stands
_NOW_BETWEEN = re.compile(
    rf",\s*(?:currently|attualmente|al momento|oggi|today|now|ora)\s+[~≈]?\s*(?:{MARK})?\s*({NUMBER})\s*(%?)"
    rf"(?:\s*(?:{MARK}))?(?:\s*({'|'.join(DAYS_IN)})\b)?\s*(?=[,;)]|$)", re.IGNORECASE)


def _now_said(text: str) -> tuple[str, tuple[float, bool] | None]:
    """"Win rate al 30% (oggi siamo al 24%)", "oggi siamo a 18 giorni, vogliamo arrivare a 10": the level today, in
    brackets or as a clause, taken out of the numbers read and returned (value, written with %), so it is never
    read as the target."""
    found = _NOW.search(text) or _NOW_AFTER.search(text)
    if found is not None:
        return text[:found.start()] + " " + text[found.end():], (number(found.group(1)), bool(found.group(2)))
    clause = _NOW_CLAUSE.search(text) or _NOW_BETWEEN.search(text)
    if clause is None or not re.search(r"\d", text[:clause.start()] + text[clause.end():]):
        return text, None
    value = number(clause.group(1)) * DAYS_IN.get((clause.group(3) or "").lower(), 1)
    return text[:clause.start()] + " " + text[clause.end():], (value, bool(clause.group(2)))


def _aside(text: str) -> str:
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
    return aside if aside != text and re.search(r"\d", aside) else text


def _numbers(draft: Draft, text: str, low: str) -> None:
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
        # "aumentare il win rate del 5%" changes it; "raggiungere un win rate del 30%" names the level
        if draft.metric in levels and not (relative_word and re.search(rf"\b(?:{_CHANGE_VERBS})\b", low)):
            draft.target, draft.target_kind = value, "absolute"
        else:
            draft.target, draft.target_kind = abs(value), "relative"
            # "CPL LinkedIn: -20%": the sign says the direction when no word does
            if draft.direction == "decrease" or (value < 0 and draft.direction is None):
                draft.target = -abs(value)
    elif money and draft.target is None:
        each = _PER_UNIT.search(text)
        # "ricavi € 1,5k per cliente" is revenue per customer: an average, read as such by _other_measure
        if each and draft.metric in (None, "stage_entries"):
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
    elif draft.metric == "manual" and (score := re.search(rf"({NUMBER})\s*(?:su|/|out of)\s*10\b", text)):
        # "8 su 10", "8/10": a score
        draft.target, draft.target_kind = number(score.group(1)), "absolute"
    elif draft.target is None:
        # "5 milioni di fatturato": a scale word counts, for money as for anything else
        # a time ("in 45 giorni") is no count: "chiudere le trattative in 45 giorni" names no 45 deals
        # a year is no target: four plain digits, unless what they count follows ("2000 lead"); "2.000 lead",
        # "2,000 leads", "2k" are counts
        counts = [scaled(number(m.group(1)), m.group(2)) for m in re.finditer(
            rf"(?<![\w/.-])({NUMBER})(?:{SCALE})?(?![\w/.-]|\s*%|\s*(?:{'|'.join(DAYS_IN)})\b)", text)
            if not (re.fullmatch(r"(?:19|20)\d\d", m.group(1)) and not m.group(2) and not re.match(
                rf"\s+(?:nuov[ie]\s+|new\s+)?(?:{STAGE_TOKENS}|contatti|contratti|trattative|deals?)\b",
                text[m.end():], re.IGNORECASE))]
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
    span = re.search(rf"\b(?:da|dai|dalle|from)\s+({NUMBER})(?:{SCALE})?(?:\s*(?:€|\$|£|euro|eur|usd|chf|giorni"
                     rf"|gg|days))?\s+(?:a|ai|alle|to)\s+({NUMBER})(?:{SCALE})?", text, flags=re.IGNORECASE)
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
        draft.target_unit = "ratio" if draft.metric == "manual" and percents else unit_of(draft)
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
    if draft.metric != "stage_entries":
        return None
    compared = re.search(rf"[+-]?\s*{NUMBER}\s*%\s*(?:in più\s+|more\s+)?(?:{deadlines.VERSUS}|on|over|than|sul|sull'|"
                         rf"rispetto|{_MORE_THAN})\b", text, re.IGNORECASE)
    count = re.search(rf"(?<![\w/.,+-])({NUMBER})(?:{SCALE})?\s+(?:[^\W\d]+[\s-]+){{0,3}}(?:{STAGE_TOKENS})\b", text,
                      re.IGNORECASE)
    return scaled(number(count.group(1)), count.group(2)) if compared and count else None


# "al 30% rispetto al 25% del Q3", "30 clienti contro i 20 dell'anno scorso": the number after the comparison is
# where it starts
_AGAINST = re.compile(
    rf"({NUMBER})(?:{SCALE})?\s*%?\s*(?:[^\W\d]+\s+){{0,2}}?(?:{deadlines.VERSUS}|invece\s+(?:del|dei|degli|delle))\s*"
    rf"(?:il\s+|i\s+|gli\s+|le\s+|the\s+)?(?:{MARK})?\s*({NUMBER})(?:{SCALE})?\s*%?", re.IGNORECASE)


def _against(draft: Draft, text: str) -> None:
    """The two numbers of "X rispetto a Y" read the other way round (Y, the first written, taken as the start)
    are put back: X is the target, Y where it starts."""
    found = _AGAINST.search(text)
    if found is None or draft.stated_baseline is None or draft.target is None:
        return
    first, second = scaled(number(found.group(1)), found.group(2)), scaled(number(found.group(3)), found.group(4))
    for factor in (1, 0.01):
        if (draft.stated_baseline, draft.target) == (first * factor, second * factor):
            draft.stated_baseline, draft.target = second * factor, first * factor
            return


# verbs that move a measure by an amount: "aumentare i lead di 200", "ridurre il CPL di 5 €"
_CHANGE_VERBS = r"aumentare|incrementare|crescere|far crescere|ridurre|diminuire|abbassare|tagliare|accorciare" \
                r"|abbattere|increase|grow|raise|boost|reduce|decrease|cut|lower|shorten|trim|migliorare|improve" \
                rf"|{_CUT_DONE}|aumentat[oaie]|cresciut[oaie]|salire|scendere|calare|rise|drop|lift"
# a level written next to the amount ("a 48 giorni", "sotto i 900 €"): the sentence names the level itself
_LEVEL = rf"\b(?:a|ad|al|alla|ai|agli|alle|allo|sotto|sopra|oltre|almeno|to|below|under|above|at least)\s+" \
         rf"(?:i\s+|il\s+|gli\s+|le\s+|lo\s+)?(?:{MARK})?\s*(?:{NUMBER})"
_CHANGE_UNITS = {**DAYS_IN, "punti percentuali": 0.01, "percentage points": 0.01, "punti": 0.01, "punto": 0.01,
                 "points": 0.01, "point": 0.01, "pp": 0.01, "pts": 0.01, "pt": 0.01}


def _change(draft: Draft, text: str) -> None:
    """A change by an amount ("ridurre il ciclo di vendita di 10 giorni", "aumentare i lead di 200", "+50 MQL",
    "300 lead in più") is no level to reach: the check adds it to the data's starting point. Percentages are
    read above as relative changes; a rate moves by points ("di 5 punti")."""
    if draft.metric is None or draft.target_kind != "absolute":
        return
    low = text.lower()
    units = "|".join(_CHANGE_UNITS)
    amount = rf"({NUMBER})(?:{SCALE})?\s*(?:({MARK})|({units})\b)?"
    found = None
    if re.search(rf"\b(?:{_CHANGE_VERBS})\b", normalise(text)) and not re.search(_LEVEL, low):
        # never a number's first digits: "+25%" is no change of 2
        found = re.search(rf"\b(?:di|by)\s+(?:(?:{MARK})\s*)?{amount}(?![\d.,]|\s*%|\s*per\s*cento)", low)
        if found is None:
            # "shorten the sales cycle of 20 days", "increase MQLs of 5 points": the Italian "di" put in English,
            # only with the amount's unit, as "of" before a bare number names what is counted
            found = re.search(rf"\bof\s+(?:(?:{MARK})\s*)?{amount}(?![\d.,]|\s*%)", low)
            found = found if found is not None and (found.group(3) or found.group(4)) else None
    sign = -1 if draft.direction == "decrease" else 1
    if found is None:
        found = re.search(rf"(?<![\w.,])\+\s*{amount}(?![\d.,]|\s*%)", low)
        sign = 1
    if found is None:
        # "€80 or less", "80 o meno" bound a level
        found = re.search(rf"\b{amount}\s+(?!or\b|o\b)(?:\w+\s+)?(in piu|in più|in meno|more|fewer|less)\b", low)
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
    r"|del(?:l')?\s*(?:anno\s+)?\d{4})"
    r"|same\s+(?:period|month|quarter|half)\s+(?:(?:of\s+)?last\s+year|a\s+year\s+ago|(?:of|in)\s+\d{4})"
    rf"|(?:{deadlines.MONTH_NAMES})(?:\s+\d{{4}})?)\b"
    # "+50% YoY", "anno su anno": against the year before, with no comparison word
    r"|\b(?:yoy|year[\s-]+over[\s-]+year|anno\s+su\s+anno|qoq|quarter[\s-]+over[\s-]+quarter"
    r"|trimestre\s+su\s+trimestre|mom|month[\s-]+over[\s-]+month|mese\s+su\s+mese)\b", re.IGNORECASE)


def _compared(draft: Draft, text: str) -> None:
    """"Fatturato +20% rispetto al Q3": a change meant against a period the sentence names, kept for the check
    to say that the starting point is measured on the latest window of the same length, not on that period."""
    if draft.target_kind == "relative" or draft.change is not None:
        found = _COMPARED_WITH.search(text)
        if found:
            draft.compared_with = found.group(0).strip()


_PACE = re.compile(
    r"\b(?:a|alla|al|per|ogni|each|every|an?)\s+(?:giorno|settimana|mese|trimestre|day|week|month|quarter)\b"
    r"(?!\s+(?:scors|precedent|prossim|passat|last|next|previous))"
    r"|/\s*(?:giorno|settimana|sett|mese|trimestre|day|week|wk|month|quarter)\b"
    r"|\bsu\s+base\s+(?:settimanale|mensile|trimestrale)\b|\b(?:settimanali|mensili|trimestrali|weekly|monthly|quarterly)\b")


def _pace(draft: Draft, text: str) -> None:
    """"20 MQL a settimana", "1.000 lead al mese": a pace, where a count or a sum is measured as its total up to the
    deadline. Kept for the check to say so, rather than read 20 a week as 20 in all."""
    if draft.metric in ("stage_entries", "won_value") and draft.target_kind == "absolute":
        found = _PACE.search(text.lower())
        if found:
            draft.pace = found.group(0).strip()


# money measures the store does not keep, which an amount would otherwise turn into the won value: an average
# deal, the pipeline's value, a cost per something else, the spend itself
_OTHER_MEASURES = re.compile(
    r"\b(?:valore (?:medio|della pipeline|del pipeline|delle opportunita|delle trattative)|pipeline value"
    r"|value of the pipeline|ticket medio|scontrino medio|average (?:deal|contract|order)(?: size| value)?|deal size"
    r"|dimensione media|costo per (?!contatto|lead|mql|sql|cliente|acquisizione|nuovo)\w+"
    r"|cost per (?!lead|mql|sql|customer|acquisition)\w+|cpa|spesa|spend|budget|pipeline)\b")
# measures of subscriptions and coverage the store does not keep, whatever count or money word stands beside them
# "copertura pipeline 3 volte il target", "pipeline coverage 3x", "coverage of the pipeline": in any word order
_RECURRING = re.compile(r"\b(?:mrr|arr|ricavi ricorrenti|recurring revenue|net revenue retention|nrr"
                        r"|(?:pipeline|funnel) (?:coverage|cover)(?: ratio)?|coverage (?:of )?(?:the )?pipeline"
                        r"|copertura (?:della |del |di )?(?:pipeline|funnel))\b")
# a stock is how many there are at one moment: the store counts who entered a stage, never who is still in it
_STOCKS = re.compile(r"\b(?:clienti attivi|active customers|base clienti|customer base|clienti totali|total customers"
                     r"|clienti in portafoglio|(?:opportunita|trattative|deals?) (?:aperte|aperti|attive|attivi"
                     r"|in corso)|open (?:opportunities|deals?)|active (?:opportunities|deals)"
                     r"|(?:opportunita|trattative) in essere)\b")
# the MQLs waiting for an answer at one moment: the hand-off's backlog, which no objective measure counts ("ridurre
# del 30% gli MQL non lavorati" is no cut of 30% in the MQLs marketing brings)
_BACKLOG = re.compile(r"\b(?:(?:mqls?|leads?|contatti) (?:non (?:lavorat[ie]|gestit[ie]|contattat[ie]|evas[ie]"
                      r"|richiamat[ie]|presi in carico)|inevas[ie]|senza risposta|in attesa|in arretrato|arretrati"
                      r"|waiting|left unanswered|not followed up|not worked)"
                      r"|arretrato(?: (?:degli|di|dei) (?:mqls?|leads?|contatti))?"
                      r"|(?:pile|heap|stack|queue|coda|mucchio) (?:of |di |degli |dei )?(?:mqls?|leads?|contatti)"
                      r"|(?:mqls?|leads?|contatti) (?:nobody|no one|che nessuno) (?:has |ha )?(?:called back|answered"
                      r"|contacted|richiamato|contattato|risposto)"
                      r"|backlog(?: of)?(?: (?:unanswered|unworked|open|waiting))?(?: (?:mqls?|leads?))?"
                      r"|(?:unanswered|unworked) (?:mqls?|leads?))\b")
# a rate of renewals or retention of contracts: "tasso di rinnovo contratti all'85%", "contract renewal rate at 90%";
# no stage counts the contracts renewed, and "contratti" would otherwise read as new customers
_RENEWALS = re.compile(r"\b(?:tass[oi] di rinnov[oi](?: de[il]| dei)?(?: contratt[oi]| abbonament[oi])?"
                       r"|rinnovare|rinnovi|rinnovat[ie]|renew|renewed|margine(?: lordo| netto| operativo)?|marginalita"
                       r"|(?:gross |net )?margin"
                       r"|ebitda"
                       r"|rinnov[oi] (?:de[il] |dei )?(?:contratt[oi]|abbonament[oi])|(?<=al )rinnovo"
                       r"|(?:contract |subscription )?renewal(?: rate)?s?|renewals?)\b")


_LOST = re.compile(r"\b(?:leads?|contatti|mqls?|sqls?|trattative|opportunita|deals?|clienti|customers?|opportunities)"
                   r" (?:persi|perse|lost)\b|\blost (?:leads?|mqls?|sqls?|deals?|customers?|opportunities)\b"
                   # "la quota di MQL rifiutati dalle vendite", "rejected MQLs": the leads sales turned down
                   r"|\b(?:leads?|contatti|mqls?|sqls?) (?:rifiutat[ie]|scartat[ie]|respint[ie]|rejected"
                   r"|disqualified)\b"
                   r"|\b(?:rejected|disqualified) (?:leads?|mqls?|sqls?)\b"
                   r"|\b(?:perdere|perdiamo|lose|losing)\b(?:\W+\w+){0,5}?\W+(?:trattative|opportunita|deals?"
                   r"|opportunities|clienti|customers|leads?|contatti|mqls?|sqls?)\b"
                   # "il tasso di perdita degli SQL", "SQL loss rate": the share lost, said as a rate
                   r"|\b(?:tasso|percentuale|quota) di perdita\b|\b(?:loss|lost) rate\b")
# a share of a total coming from one scope: "il 40% dei nuovi clienti deve venire da Referral", "at least half of new
# MQLs should come from organic search": the store counts each scope, never its share of the whole
_MIX = re.compile(r"\b(?P<share>(?:quota|percentuale|peso|share|proportion)\s+(?:di|del|dei|of)\s+(?:the\s+)?"
                  r"(?:nuovi\s+|new\s+)?(?:fatturato|ricavi|revenue|clienti|customers|mqls?|leads?|contatti|opportunita"
                  r"|deals?))\s+(?:da|dai|dal|dalla|dalle|dagli|from)\b"
                  # "Enterprise should account for 40% of won revenue"
                  r"|\baccount(?:s)? for\s+(?P<part>\d+(?:[.,]\d+)?\s*%?\s+of\s+(?:\w+\s+){0,2}?(?:revenue|customers"
                  r"|mqls?|leads?|deals?|sales))\b"
                  r"|\b(?P<what>(?:\d+(?:[.,]\d+)?\s*%?|meta|half)\s+(?:del|dei|delle|degli|of(?: the| our)?)\s+"
                  r"(?:nuovi\s+|new\s+)?(?:fatturato|ricavi|revenue|mqls?|sqls?|leads?|contatti|clienti|customers?"
                  r"|opportunita|opportunities|deals?|trattative))\b(?:\s+\w+){0,3}?\s+(?:(?:deve|devono|dovra|dovranno"
                  r"|should|must|has to|have to|to)\s+)?(?:arrivare|venire|provenire|come|arrive|originate)\s+(?:da|dal"
                  r"|dalla|dai|dalle|dagli|from)\b")
# business with the customers there are: no stage counts an upsell, and "15 existing customers" are no new ones
_EXISTING = re.compile(r"\b(?:upsell|up sell|upselling|cross sell|cross selling|clienti (?:gia )?(?:acquisiti|esistenti"
                       r"|attuali)|existing customers|current customers|clienti che hanno gia)\b")
_AVERAGE = re.compile(r"\b(?:(?:fatturato|ricavo|ricavi|incasso) medi[oi](?: per (?:cliente|contratto|ordine))?"
                      r"|(?:fatturato|ricavi|ricavo) (?:per|a) (?:cliente|contratto)|average revenue(?: per \w+)?"
                      r"|revenue per (?:customer|client|deal|account))\b")


def _not_kept(draft: Draft, measure: str, kind: str) -> None:
    """The sentence names a measure the store does not keep: no metric is read, and the measure is kept as written
    for Specific to name it, with what kind of measure it is."""
    draft.metric, draft.stage, draft.target_unit = None, None, None
    draft.other_measure, draft.other_kind = measure, kind


def _other_measure(draft: Draft, low: str, text: str) -> None:
    """"Ridurre il costo per opportunità a 400 €" is no won value of 400 €: the measure is named back, and the
    check asks for one the store keeps."""
    cost = re.search(r"\b(?:costo per|cost per) (?!contatto|lead|mql|sql|cliente|acquisizione|nuovo|customer"
                     r"|acquisition)\w+", low)
    if cost and draft.metric not in ("cpl", "cost_per_mql", "cost_per_sql", "cac"):
        # "il costo per conversione" is a cost, whatever the word after it names
        draft.from_stage, draft.to_stage = None, None
        _not_kept(draft, _as_written(cost.group(0), text), "money")
        return
    mix = _MIX.search(low)
    if mix and draft.metric in (None, "stage_entries", "won_value"):
        # "il 40% dei nuovi clienti da Referral" is no 40% more Referral customers: a share of the whole
        _not_kept(draft, _as_written(mix.group("what") or mix.group("share") or mix.group("part"), text), "mix")
        return
    existing = _EXISTING.search(low)
    if existing and draft.metric in (None, "stage_entries", "won_value"):
        # "upsell 15 existing customers" is no 15 new customers, nor all the won value
        _not_kept(draft, _as_written(existing.group(0), text), "existing")
        return
    lost = _LOST.search(low)
    if lost and draft.metric in (None, "stage_entries"):
        # "ridurre i lead persi del 20%": losses are counted in the win rate and among the disqualified, never as
        # entries; read as all new leads they would be cut by 20%
        _not_kept(draft, _as_written(lost.group(0), text), "lost")
        if draft.target_kind == "relative" and draft.target is not None and re.search(rf"(?:{NUMBER})\s*%", text) \
                and not (re.search(rf"\b(?:del|di|dello|della|by)\s+[+-]?(?:{NUMBER})\s*%", text, re.IGNORECASE)
                         and re.search(rf"\b(?:{_CHANGE_VERBS})\b", low)):
            # "non più di 1 SQL su 4 persi", "loss rate under 25%": a share lost, at most that level; "ridurre i lead
            # persi del 20%" stays a change
            draft.target, draft.target_kind, draft.target_unit = abs(draft.target), "absolute", "ratio"
            draft.direction = "decrease"
        return
    renewal = _RENEWALS.search(low)
    if renewal and draft.metric in (None, "stage_entries", "won_value"):
        # "tasso di rinnovo contratti all'85%" is no 85% more new customers: a rate the store does not keep
        _not_kept(draft, _as_written(renewal.group(0), text), "rate")
        share = re.search(r"\b(\d+)\s+(?:[^\W\d]+\s+){0,2}?(?:su|out of|in)\s+(\d+)\b", text)
        if share and 0 < int(share[1]) <= int(share[2]):
            # "9 clienti su 10 al rinnovo": the share renewed, never a start of 9 and a target of 10
            draft.target, draft.stated_baseline = int(share[1]) / int(share[2]), None
            draft.target_kind, draft.target_unit, draft.direction = "absolute", "ratio", draft.direction or "increase"
        elif draft.target is not None and re.search(rf"(?:{NUMBER})\s*%", text) and not (
                re.search(rf"\b(?:del|di|dello|della|by)\s+[+-]?(?:{NUMBER})\s*%", text, re.IGNORECASE)
                and re.search(rf"\b(?:{_CHANGE_VERBS})\b", low)):
            # a rate at a percent is its level: "all'85%" is 85%, never +85%
            draft.target, draft.target_kind, draft.target_unit = abs(draft.target), "absolute", "ratio"
        return
    average = _AVERAGE.search(low)
    each = _PER_UNIT.search(text)
    if average is None and draft.metric == "won_value" and each:
        # "Ricavi: € 1,5k per cliente": revenue per customer is an average deal value, never a cost per customer
        won = re.search(rf"\b(?:{_WON_WORDS})\b", low)
        draft.metric, draft.stage, draft.target_unit = None, None, None
        draft.other_measure = f"{_as_written(won.group(0), text)} {each.group(0).strip()}" if won else \
            each.group(0).strip()
        draft.other_kind = "average"
        return
    if average and draft.metric in (None, "stage_entries", "won_value"):
        # "il fatturato medio per cliente a 20k": an average, where the won value is a total
        _not_kept(draft, _as_written(average.group(0), text), "average")
        return
    recurring = _RECURRING.search(low)
    if recurring and draft.metric in (None, "stage_entries", "won_value"):
        # "MRR a 40k" is no 40.000 new customers, "net revenue retention 110%" no 110% more won value
        _not_kept(draft, _as_written(recurring.group(0), text), "money")
        return
    if draft.metric not in (None, "stage_entries", "won_value") or re.search(rf"\b(?:{_WON_WORDS})\b", low):
        return
    backlog = _BACKLOG.search(low)
    stock = _STOCKS.search(low) or backlog
    if stock and draft.metric == "stage_entries":
        # "i clienti attivi a 500": how many there are, where the store counts who entered a stage
        _not_kept(draft, _as_written(stock.group(0), text), "backlog" if backlog else "stock")
        return
    found = _OTHER_MEASURES.search(low)
    if found is None:
        return
    # "pipeline da 3 mln": a pipeline counted in millions is money, whatever currency is left unsaid
    value = re.search(r"\b(?:valore|value|ticket|scontrino|size|dimensione)\b", found.group(0)) or (
        found.group(0) == "pipeline" and re.search(rf"\d{SCALE}", low))
    # an amount made it the won value; a count stays a count unless the words name a value ("valore della
    # pipeline"): "generare 200 MQL riducendo la spesa" is about MQLs
    if draft.metric == "won_value" or value or (draft.metric is None and found.group(0) != "pipeline"):
        _not_kept(draft, _as_written(found.group(0), text), "money")


def _as_written(phrase: str, text: str) -> str:
    """A phrase found in the normalised sentence, as the sentence writes it (accents, capitals): quoted back."""
    accented = {"a": "[aàá]", "e": "[eèé]", "i": "[iìí]", "o": "[oòó]", "u": "[uùú]", " ": r"\W+"}
    found = re.search("".join(accented.get(ch, re.escape(ch)) for ch in phrase), text, re.IGNORECASE)
    return found.group(0) if found else phrase


def unit_of(draft: Draft) -> str | None:
    if draft.metric is None:
        return None        # "+10%" of no named measure: ten percent of what is unknown
    money = draft.currency or "EUR"
    if draft.target_kind == "relative":
        return "ratio" if draft.metric in RATIOS else {**dict.fromkeys(MONEY, money),
                                                        **dict.fromkeys(DAYS, "days")}.get(draft.metric, "count")
    unit = UNITS.get(draft.metric, "count")
    return money if unit == "money" else unit
