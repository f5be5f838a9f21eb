"""The scope a sentence names: the data's values it filters on (one per dimension, by their names or other
names of them), and what no filter can hold, kept in the draft's `scope_note` for the check to say: a value
excluded, several of one dimension, a name the data does not hold, a word that starts several values, an amount
each customer must be worth."""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from smarketing import metricwords
from smarketing.amounts import AMOUNT_WRITTEN, NUMBER
from smarketing.deadlines import MONTH_NAMES, VERSUS, WEEKDAY_NAMES
from smarketing.importing.fields import normalise
from smarketing.stagewords import STAGE_ANY, STAGE_TOKENS

if TYPE_CHECKING:
    from smarketing.drafting import Draft

# Common names of channels; each group is matched to the database value it contains, if any.
CHANNEL_GROUPS: list[tuple[str, ...]] = [
    ("webinar", "webinars", "seminari online"),
    ("fiere", "fiera", "trade fair", "trade fairs", "trade show", "trade shows", "fair", "fairs", "eventi", "events"),
    ("linkedin",),
    ("google ads", "adwords", "google"),
    ("newsletter", "newsletters", "email marketing", "dem"),
    ("referral", "referrals", "passaparola", "segnalazioni", "word of mouth"),
    ("ricerca organica", "seo", "organic search", "organico", "organici", "organica", "organiche", "organic",
     "sito web"),
]


# the words that rule a part out, one list for a value named after them and for any part written after them
_RULED_OUT = r"tranne|eccetto|escluso|esclusi|esclusa|escluse|escludendo|a\s+esclusione\s+d\w*|a\s+parte|fuorch[eé]" \
             r"|senza\s+contare|except(?:\s+for)?|excluding|other\s+than|not\s+counting|but\s+not" \
             r"|senza(?=\s+(?:la|il|lo|i|gli|le|l['’])\s*" \
             r"(?:campagn|canal|font|segment|prodott|region|fier|event)\w*\b)" \
             r"|without(?=\s+(?:the\s+)?(?:\w+\s+)?(?:campaigns?|channels?|sources?|segments?|products?|regions?" \
             r"|fairs?|events?)\b)"
_EXCLUDING = re.compile(rf"\b(?:{_RULED_OUT}|non da|outside|fuori da|fuori dal|fuori dalle|fuori dai)\s+"
                        r"(?:\w+\s+){0,2}$"
                        # "40 nuovi clienti non PMI", "che non siano PMI", "new non-SME customers": a value ruled out
                        r"|\b(?:non|not|non-|non\s+-)\s*(?!solo\b|soltanto\b|only\b|just\b)(?:(?:siano|sono|sia|è|e|are|is|from|dal|dalla|dai|delle|del|di|in)"
                        r"\s+)?(?:\w+\s+)?$|\bnon-$")


# a part ruled out in words, with what is ruled out as written: "escluso SAVE Verona", "escluse le brand", "excluding
# deals under €5k", "(tranne i distributori)"; never a deadline after the word ("IVA esclusa entro il 2027")
EXCLUSION = re.compile(
    rf",?\s*\(?\b(?<!iva\s)(?<!vat\s)(?:{_RULED_OUT})\s+"
    r"(?!(?:entro|by|before|until|within|nel|nella|in|prima)\b)"
    r"(?P<what>\w[^,;:()]*?)\)?(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:entro|by|before|until|within|prima|nel|in)\s+[^,;]*\d)",
    re.IGNORECASE)


def excluded_part(found: re.Match[str]) -> str:
    """What an exclusion rules out, as written, without the words of a deadline read away before it ("Brand by")."""
    return re.sub(r"(?:\s+(?:entro|by|before|until|within|prima|nel|in|il|la|the|end|fine|of|di))+\s*$", "",
                  found["what"].strip(), flags=re.IGNORECASE)


# other names of a segment the data may hold
_SEGMENT_GROUPS: list[tuple[str, ...]] = [
    ("pmi", "smb", "smbs", "sme", "smes", "piccole e medie imprese", "small business", "small businesses",
     "small and medium businesses"),
]
_GROUPS: dict[str, list[tuple[str, ...]]] = {"source": CHANNEL_GROUPS, "segment": _SEGMENT_GROUPS}


# the Italian macro-regions as English writes them: "the South" is "Sud e Isole" in the data
_REGIONS_IN_ENGLISH = {"north": "nord", "south": "sud", "centre": "centro", "center": "centro", "central": "centro",
                       "islands": "isole", "north west": "nord ovest", "northwest": "nord ovest",
                       "north east": "nord est", "northeast": "nord est"}


def _candidates(vocabulary: dict[str, list[str]], text: str) -> list[tuple[re.Match[str], str]]:
    """The words of the sentence that may start a value of some dimension, each with its normalised form: the
    same for every dimension, so found once (a pasted text of thousands of words is read in linear time)."""
    whole = {normalise(v) for values in vocabulary.values() for v in values}
    found_words = []
    for found in re.finditer(r"\b(?:(dal|al|nel|del|dalla|in|from the|in the|of the)\s+)?([A-Za-z][\w'-]{2,})\b",
                             text):
        if not (found.group(1) or found.group(2)[0].isupper()):
            continue
        # "Davide's win rate": the possessive is no part of the name
        word = normalise(re.sub(r"'s$", "", found.group(2)))
        if word in whole or any(word in g for groups in _GROUPS.values() for g in groups):
            continue
        if re.fullmatch(r"\W*", text[:found.start()]) and text[found.end():].lstrip().startswith(","):
            # "Giulia, ti chiedo 35 opportunità": the person the message is written to, not the owner to count
            continue
        # the words just before are enough to find a comparison ("rispetto a", "compared with")
        if _AFTER_VERSUS.search(text[max(0, found.start() - _VERSUS_REACH):found.start()]):
            # "rispetto a MECSPE 2026": the event compared with, no scope
            continue
        found_words.append((found, word))
    return found_words


_AFTER_VERSUS = re.compile(rf"(?:{VERSUS})\s*$", re.IGNORECASE)
_VERSUS_REACH = 40


def _first_word(draft: Draft, dimension: str, vocabulary: dict[str, list[str]], text: str,
                candidates: list[tuple[re.Match[str], str]]) -> None:
    """"i lead del Sud" where the data says "Sud e Isole": a capitalised word, or any word after a preposition of
    place ("dal sud"), that starts one value is that value; one that starts several ("Nord": Nord-Ovest, Nord-Est)
    is no scope a filter can hold, and is said. A word that is a value of its own ("LinkedIn", a source) names that
    one, not the campaigns starting with it."""
    values = [(v, normalise(v).split(" ")) for v in vocabulary.get(dimension, [])]
    for found, word in candidates:
        if dimension == "region":
            word = _REGIONS_IN_ENGLISH.get(word, word)
        # "BI-MU" is "bi mu": the words a value starts with, however many
        # ("SQL di Bertolini": a person is named by the surname too, written with its capital)
        starting = [v for v, words in values if " ".join(words) == word or f"{' '.join(words)} ".startswith(f"{word} ")
                    or (dimension == "owner" and len(words) > 1 and words[-1] == word and found.group(2)[0].isupper())]
        year = re.match(r"\W+(?:\w+\W+)?((?:19|20)\d\d)\b", text[found.end():])
        if year:
            # "MECSPE 2027" is no "MECSPE Bologna 2026": a value naming another year is another edition, said (the
            # scope is then wider than the sentence asks, "la fiera" counting every trade fair)
            editions = starting
            starting = [v for v in starting if not re.search(r"\b(?:19|20)\d\d\b", v) or year.group(1) in v]
            if editions and not starting and draft.scope_note is None:
                # quoted as written, from the name to its year: "SPS Italia 2027"
                draft.scope_note = {"kind": "edition", "dimension": dimension,
                                    "values": [text[found.start(2):found.end() + year.end(1)]], "candidates": editions}
                return
        if not starting and dimension == "campaign" and not any(
                word in normalise(v).split(" ") for v in draft.filters.values()):
            # "i webinar di Manutenzione predittiva": a topic inside several campaigns' names is none of them alone
            # (a word of a value already read, "Ads" of "Google Ads", is that value's)
            inside = [v for v, words in values if word in words]
            if len(inside) > 1 and draft.scope_note is None:
                draft.scope_note = {"kind": "ambiguous", "dimension": dimension, "values": [found.group(2)],
                                    "candidates": inside}
                return
        if len(starting) == 1:
            if _EXCLUDING.search(text[:found.start()].lower()):
                # "le fiere, escluso SAVE Verona": the value the word starts, ruled out, which no filter can hold
                if draft.scope_note is None:
                    draft.scope_note = {"kind": "excluded", "dimension": dimension, "values": [starting[0]]}
                return
            edition = None if year else re.search(r"\b(?:19|20)\d\d\b", starting[0])
            later = draft.deadline is not None and edition is not None and draft.deadline.year > int(edition.group(0))
            if later and draft.stage in ("lead", "mql") and draft.scope_note is None:
                # "i lead dalla fiera MECSPE entro il 2027": the one value is the 2026 edition, whose leads came in
                # 2026; counted alone, a later edition's would never count. Said, as a year written beside the name
                # is. (Its leads may still become customers later: "15 clienti dai contatti della fiera SPS")
                draft.scope_note = {"kind": "edition", "dimension": dimension, "values": [found.group(2)],
                                    "candidates": starting}
                return
            draft.filters[dimension] = starting[0]
            return
        if starting and draft.scope_note is None:
            draft.scope_note = {"kind": "ambiguous", "dimension": dimension, "values": [found.group(2)],
                                "candidates": starting}
            return


# "(Enterprise esclusa)", "Enterprise excluded": the value, then the word that rules it out, where the clause ends
# (never "Fiere esclusi i webinar" nor "fiere, escluso SAVE Verona", where what follows is what is ruled out)
_EXCLUDED_AFTER = re.compile(r"\s*(?:esclus[oaie]|excluded)\b(?=\s*$|\s+(?:entro|nel|nella|nei|negli|per|by|in|within"
                             r"|e|ed|and|con|with|q[1-4]|h[12]|\d)\b)")


def filters(draft: Draft, low: str, vocabulary: dict[str, list[str]], original: str = "") -> None:
    """The scope: one value per dimension. A value the sentence excludes ("tranne LinkedIn") or a second value
    of the same dimension ("da Webinar e LinkedIn") is no scope a filter can hold: kept in `scope_note` for the
    check to say, the excluded one left out of the filters."""
    for dimension in ("source", "campaign", "segment", "region", "product", "owner"):
        named: list[tuple[str, int, int]] = []
        ruled_out: set[str] = set()
        for value in sorted(vocabulary.get(dimension, []), key=len, reverse=True):
            names = {normalise(value)}
            names |= next((set(g) for g in _GROUPS.get(dimension, []) if normalise(value) in g), set())
            mentions = [m for n in names if n for m in re.finditer(rf"\b{re.escape(n)}\b", low)]
            # where the sentence first names it, by any of its names (the longest at one place), never by whichever
            # name a set gives first: that changed with each process, and so did the reading
            found = min(mentions, key=lambda m: (m.start(), -m.end()), default=None)
            if found and not any(found.start() >= s and found.end() <= e for _, s, e in named):
                named.append((value, found.start(), found.end()))
                # "dagli eventi, escluse le fiere": one value named and ruled out, which no filter can hold: said
                if any(_EXCLUDING.search(low[:m.start()]) or _EXCLUDED_AFTER.match(low, m.end()) for m in mentions):
                    ruled_out.add(value)
        excluded = [v for v, _, _ in named if v in ruled_out]
        kept = [v for v, _, _ in sorted(named, key=lambda n: n[1]) if v not in excluded]
        if kept:
            draft.filters[dimension] = kept[0]
        if excluded and draft.scope_note is None:
            draft.scope_note = {"kind": "excluded", "dimension": dimension, "values": excluded}
        elif len(kept) > 1 and draft.scope_note is None:
            draft.scope_note = {"kind": "several", "dimension": dimension, "values": kept}
    candidates = _candidates(vocabulary, original)
    for dimension in ("source", "campaign", "segment", "region", "product", "owner"):
        if dimension not in draft.filters:
            _first_word(draft, dimension, vocabulary, original, candidates)
        if dimension in draft.filters and draft.scope_note is None:
            _a_second_value(draft, dimension, vocabulary, candidates)
    _owner_or_accountable(draft, low, original, vocabulary.get("owner", []))
    unnamed = EXCLUSION.search(original)
    if unnamed and draft.scope_note is None:
        # "90 SQL da Google Ads escluse le brand": a part the data's values do not name, ruled out: still counted, said
        draft.scope_note = {"kind": "excluded_unknown", "dimension": None, "values": [excluded_part(unnamed)]}


def _a_second_value(draft: Draft, dimension: str, vocabulary: dict[str, list[str]],
                    candidates: list[tuple[re.Match[str], str]]) -> None:
    """"Per Sara e Davide: 25 opportunità", "Centro e Sud: 30 nuovi clienti" (the data's "Sud e Isole"): a second
    word that starts one other value of the dimension already filtered is a second value, which no filter holds:
    said, as two values written whole are ("da LinkedIn e Webinar")."""
    chosen = draft.filters[dimension]
    for _, word in candidates:
        if dimension == "region":
            word = _REGIONS_IN_ENGLISH.get(word, word)
        if word in normalise(chosen).split(" "):
            continue
        starting = [v for v in vocabulary.get(dimension, [])
                    if f"{normalise(v)} ".startswith(f"{word} ") and v != chosen]
        if len(starting) == 1 and not re.search(r"\b(?:19|20)\d\d\b", starting[0]):
            draft.scope_note = {"kind": "several", "dimension": dimension, "values": [chosen, starting[0]]}
            return


# the words that make a person's name the owner of the leads counted: "le SQL di Giulia", "il portafoglio di Elena",
# "le opportunità seguite da Davide", "i lead assegnati a Sara", "the deals of Luca", "MQLs handled by Sara",
# "i clienti chiusi da Davide"
# ("obiettivo di Luca" is whose objective, not whose leads)
# ("su proposta di Sara", "su richiesta di Luca": who asked for it, never whose leads)
_WHOSE = re.compile(r"(?:(?<!obiettivo )(?<!objective )(?<!target )(?<!goal )(?<!proposta )(?<!richiesta )"
                    r"(?<!suggerimento )(?<!indicazione )"
                    r"\b(?:di|del|della|dei|degli|delle|of|for|per)"
                    r"|\b(?:seguit[eoia]|gestit[eoia]|assegnat[eoia]|in carico|in mano|handled|assigned|managed"
                    # "i clienti chiusi da Davide", "deals closed by Luca": who won them is whose they are
                    r"|owned|worked|chius[eoia]|vint[eoia]|firmat[eoia]|closed|won|signed)\s+(?:da|a|al|alla|by|to)"
                    # "Win rate Sara Colombo: dal 20% al 30%", "SQL Giulia: 30": the measure, then whose it is
                    rf"|\b(?:{STAGE_ANY}|win rate|tasso di vittoria|tasso di chiusura|tasso di vincita|close rate"
                    r"|closing rate|conversione|conversion|cpl|cac|roi|pipeline|fatturato|revenue|valore vinto"
                    r"|won value|ciclo di vendita|sales cycle))\s*$")


def _owner_or_accountable(draft: Draft, low: str, original: str, owners: list[str]) -> None:
    """A person named in the sentence answers for the objective ("Ci pensa Davide", "DRI Luca Bertolini", "Sara is on
    the hook for..."): her leads are the scope only when the words make them hers ("le SQL di Giulia", "Giulia's
    deals", "seguite da Davide"). Otherwise the names (every owner of the data the sentence names, "insieme a Davide
    e Sara") are kept for the check to ask that they be chosen as owners, and the leads of everyone are counted."""
    owner = draft.filters.get("owner")
    if owner is None:
        return
    forms = [normalise(owner), *dict.fromkeys((normalise(owner).split(" ")[0], normalise(owner).split(" ")[-1]))]
    found = [m for form in forms for m in re.finditer(rf"\b{re.escape(form)}\b", low)]
    if not found or any(_WHOSE.search(low[:m.start()]) or re.match(r"\s+s\b", low[m.end():]) for m in found):
        return
    # (one mention, however many of its forms match: "sara colombo" holds "colombo")
    if len({m.start() for m in found if not any(o.start() < m.start() < o.end() for o in found)}) == 1 and re.search(
            r"\b(?:sue|suoi|her|his)\s+(?:trattative|opportunita|clienti|contatti|lead|mql|sql|deals|opportunities"
            r"|customers|leads|mqls|sqls)\b", low):
        # "Sara Colombo: win rate del 35% sulle sue trattative": her deals are the scope
        return
    del draft.filters["owner"]
    if draft.scope_note is not None and draft.scope_note.get("dimension") == "owner":
        draft.scope_note = None
    written: list[tuple[int, str]] = []
    for name in owners:
        # the full name as written, else the first name, capitalised as a name is
        hit = re.search(rf"\b{re.escape(name)}\b", original, re.IGNORECASE) or re.search(
            rf"\b{re.escape(name.split(' ')[0])}\b", original)
        if hit and all(hit.group(0) not in w for _, w in written):
            written.append((hit.start(), hit.group(0)))
    for _, name in sorted(written):
        if not any(name in said for said in draft.named_owners):
            draft.named_owners.append(name)


# capitalised words after "da", "in", "from" that are no scope: stages, teams, months, periods
_NOT_SCOPE = re.compile(rf"(?:{STAGE_ANY}|marketing|vendite|sales|team|q[1-4]|h[12]|{MONTH_NAMES}|{WEEKDAY_NAMES}"
                        r"|crm|eur|euro)\b")


# words that make a kind of lead or customer of a channel or a market
# ("paid search", "paid social" named whole, never as "paid")
_KINDS_OF_LEAD = r"organic[io]?|organiche|organica|outbound|paid search|paid social|paid|a pagamento|sponsorizzat[io]" \
                 r"|social" \
                 r"|esteri|internazionali|international|foreign|b2b|b2c|diretti|indiretti|direct" \
                 r"|evento|eventi|events?|sito|sito web|website|passaparola|word of mouth" \
                 r"|e-commerce|ecommerce|e-shop|shop online|negozio online|online shop|marketplace"
# and of how ready or where from: a scope of a count ("300 MQL da inbound"), but for the hand-off the leads to call
# back ("i lead caldi", "inbound leads") are the MQLs it measures
_KINDS_BEYOND_HANDOFF = r"inbound|caldi|tiepidi|freddi|hot|warm|cold"


# "Lead Horeca +20%", "Tasso di chiusura Horeca al 30%": a name written right after the measure; "Increase Horeca
# leads by 20%", "Horeca leads +20%": before it, as English writes it (the sentence's first word only when it reads as
# no verb, however typed: "Lift SQLs", "Incrase opportunities")
_AFTER_MEASURE = re.compile(rf"\b(?i:{STAGE_TOKENS}|tasso di chiusura|tasso di vittoria|win rate|fatturato|revenue)"
                            r"\s+(?-i:([A-Z][\w-]+))"
                            rf"|(?:^|(?<=\S))\s*(?-i:([A-Z][\w-]+))\s+(?i:leads|mqls|sqls|opportunities|customers|deals"
                            r"|win rate|revenue)\b")
# capitalised words after a measure that name no scope: how many, how, which way
_NOT_NAMES = re.compile(r"(?:gen|generation|generati|generate[d]?|totali|total|complessivi|mensili|monthly|annuali"
                        r"|yearly|trimestrali|quarterly|qualificati|qualified|nuovi|new|target|obiettivo|goal|kpi|okr"
                        r"|rate|ytd|pipeline|budget|entro|by|a|al|to|da|from|in|per|for|di|of|del|up|down|ok"
                        # the words an English sentence opens with before its measure: "More leads", "Increase
                        # SQLs", "Our customers", "Won revenue"
                        r"|more|fewer|less|all|our|the|net|gross|weekly|daily|won|closed|open|active|increase|grow"
                        r"|raise|reduce|cut|get|generate|drive|boost|double|triple|win|close|book|bring|reach|hit"
                        r"|deliver|add|hand|pass|keep|land|sign|convert|nurture|capture|acquire|attract|improve)",
                        re.IGNORECASE)


# "Horeca: lead +20%", "Lombardia: +30% di lead", "Roma e Milano:": the names heading the sentence, before a colon
_HEADING = re.compile(r"\s*([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:(?:\s*,\s*|\s+(?:e|ed|and|&)\s+)[A-Z][\w-]+)*)\s*:(?!\d)")
# what heads a note's line without naming a scope: "Nota:", "KR2:", "Focus:", "Priorità:"
_HEADING_WORDS = re.compile(r"(?:nota|note|nb|ps|kr\d*|o\d+|okr\d*|obiettivo\s*\d*|objective\s*\d*|focus|priorita"
                            r"|priority|tema|topic|idea|proposta|proposal|azione|action|titolo|title|descrizione"
                            r"|description|misura|measure|metrica|metric|anno|year|mese|month|trimestre|quarter"
                            r"|risultato chiave|key result)")
# a measure named, on words_of()'s text; a heading that names one ("Fatturato: 2 milioni", "Lead Gen:"), or a way to
# move it, is no name
_MEASURE = rf"{metricwords.MEASURE_WORDS}|{STAGE_ANY}"
_MEASURE_HEADING = re.compile(rf"\b(?:{_MEASURE}|{metricwords.INCREASE}|{metricwords.DECREASE}|{metricwords.VAGUE})\b")
# what follows a heading that names a scope: the number or the measure ("Horeca: +20% lead", "Horeca: lead +20%");
# a heading followed by what to do is who is asked or who asks ("Commerciali: prendere in carico...", "Cantina:
# portare a casa 410 lead")
_AFTER_SCOPE_HEADING = re.compile(rf"\s*(?:[+\-]?\d|(?:{_MEASURE})\b)")
# the verbs an English sentence opens with, which a typo keeps close to: "Incrase SQLs", "Grwo leads"
_OPENING_VERBS = sorted(set(re.findall(r"[a-z]{4,}", metricwords.INCREASE + metricwords.DECREASE + metricwords.VAGUE)))


def _heading(text: str) -> list[str]:
    """The names heading the sentence (_HEADING: "Roma e Milano:"), unless the heading names the measure or a way
    to move it, or is any other word that is no name."""
    found = _HEADING.match(text)
    if found is None:
        return []
    heading = found.group(1)
    if _title_case(text) or _MEASURE_HEADING.search(metricwords.words_of(heading)) \
            or not _AFTER_SCOPE_HEADING.match(metricwords.words_of(text[found.end():])):
        return []
    names = [n.strip() for n in re.split(r"\s*,\s*|\s+(?:e|ed|and|&)\s+", heading)]
    return [n for n in names if not (_NOT_NAMES.fullmatch(n) or _HEADING_WORDS.fullmatch(normalise(n))
                                     or _NOT_SCOPE.match(normalise(n)))]


def _title_case(text: str) -> bool:
    """A sentence of capitalised words ("Increase Qualified Leads By 20%"), where a capital says no name."""
    words = re.findall(r"[^\W\d_]{3,}", text)[1:]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def _words_in(part: str, whole: str) -> bool:
    """`part` as whole words of `whole` ("lazio" is no part of "segnalazioni"); no pattern per value, which the
    patterns kept beside the bytecode (regexcache) would each hold."""
    def spaced(text: str) -> str:
        return " " + "".join(c if c.isalnum() else " " for c in text) + " "

    return spaced(part) in spaced(whole)


def unknown_scope(draft: Draft, text: str, vocabulary: dict[str, list[str]]) -> None:
    """"150 lead da Facebook", "100 lead in Lombardia": a name the data has in no dimension would be dropped from
    the scope without a word, counting every lead; kept in `scope_note` for the check to say so."""
    if draft.scope_note is not None or not vocabulary:
        return
    # the other names of a channel or a segment ("SMB" for "PMI") are known too: the filter holds them
    known = {normalise(v) for values in vocabulary.values() for v in values} | {
        n for groups in _GROUPS.values() for g in groups for n in g}
    # ("In Veneto 20 nuovi clienti": the preposition opening the sentence too)
    # ("dalla provincia di Bologna", "nel Lazio", "dall'Abruzzo": a place after its article or its kind too)
    for found in re.finditer(r"(?:\b(?i:da|dal|dai|dalla|dalle|dallo|in|nel|nella|from|via)\s+|\b(?i:dall|nell)['’]\s*)"
                             r"(?:the\s+|(?i:(?:la\s+)?(?:provincia|province|regione|region|area|zona|città|city)\s+(?:di|of)"
                             r")\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)", text):
        name = _REGIONS_IN_ENGLISH.get(normalise(found.group(1)), normalise(found.group(1)))
        if not _NOT_SCOPE.match(name) and not any(_words_in(name, k) or _words_in(k, name) for k in known if k):
            draft.scope_note = {"kind": "unknown", "dimension": "source", "values": [found.group(1)]}
            return
    # "i lead organici", "MQL inbound": a kind of lead written after it, lower-case, which no value of the data names
    kinds = _KINDS_OF_LEAD if draft.metric in ("sla", "sla_days") else f"{_KINDS_OF_LEAD}|{_KINDS_BEYOND_HANDOFF}"
    kind = re.search(rf"\b(?:{STAGE_TOKENS})\s+({kinds})\b|\b({kinds})\s+(?:{STAGE_TOKENS})\b"
                     rf"|\b(?:da|dal|dai|dalla|dalle|dallo|from)\s+(?:il\s+|i\s+|the\s+)?({kinds})\b"
                     # "Fatturato e-commerce 300k €": the revenue of a channel
                     r"|\b(?:fatturato|revenue|vendite|sales|ordini|orders)\s+(e-commerce|ecommerce|e-shop|online)\b",
                     text, re.IGNORECASE)
    # "da LinkedIn e Meta", "across Google Ads and Meta", "from the BI-MU and SPS trade shows": a value of the scope,
    # then a second name the data does not hold: one value counted, said, never the second dropped without a word
    # ("CPL on Meta and LinkedIn": the value the data holds named second, the other first)
    for found in re.finditer(r"\b(?i:da|dal|dalla|dai|dalle|from|via|across|tra|fra|between|on|su|sui|sulle|per|for)"
                             r"\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?i:e|ed|and|o|or|&)\s+([A-Z][\w'-]+)",
                             text):
        for one, other in ((found.group(1), found.group(2)), (found.group(2), found.group(1))):
            kept = [v for v in draft.filters.values() if _words_in(normalise(one), normalise(v))]
            # (a second value the data holds, of another edition or not read as the scope, is a second value too)
            if kept and not _NOT_SCOPE.match(normalise(other)) and not _words_in(normalise(other), normalise(kept[0])):
                draft.scope_note = {"kind": "several", "dimension": next(d for d, v in draft.filters.items()
                                                                          if v == kept[0]),
                                    "values": [kept[0], other]}
                return
    # "Webinar e Horeca: 50 SQL": a heading's value of the scope beside a name the data does not hold
    heading = _heading(text)
    kept = [v for v in draft.filters.values() if any(_words_in(normalise(n), normalise(v)) for n in heading)]
    strange = [n for n in heading
               if not any(_words_in(normalise(n), k) or _words_in(k, normalise(n)) for k in known if k)]
    if kept and strange:
        draft.scope_note = {"kind": "several", "dimension": next(d for d, v in draft.filters.items() if v == kept[0]),
                            "values": [kept[0], strange[0]]}
        return
    # "dall'estero", "from abroad", "canale rivenditori", "the reseller channel", "partner-sourced": where the leads
    # come from, named with no value of the data; "i clienti Horeca", "gli agenti di zona": a market or a sales
    # network the data does not hold
    channel = re.search(r"\b(?:dall'estero|all'estero|from abroad|abroad|overseas"
                        r"|(?:clienti|customers|clients)\s+(?-i:([A-Z][\w-]+))"
                        r"|(agenti\s+di\s+zona|rete\s+(?:agenti|vendita|commerciale)|field\s+agents|sales\s+agents"
                        r"|agents?\s+network)"
                        r"|(?:canale|channel)\s+([a-zà-ÿ][\w'-]+)|([a-z][\w'-]+)\s+channel|(partner)[\s-]sourced"
                        r"|(?:da|dai|dal|via|through)\s+(?:i\s+|the\s+)?(partners?|rivenditori|resellers?|distributori"
                        r"|distributors?))\b", text, re.IGNORECASE)
    if channel and channel.group(1) and text.upper() == text:
        # "AUMENTARE I NUOVI CLIENTI DEL 10%": in a sentence all in capitals, a capital says no name
        channel = None
    after = _AFTER_MEASURE.search(text)
    beside = None if after is None else after.group(1) or after.group(2)
    # (the sentence's first word before the measure, when it reads as a verb however typed: "Incrase SQLs")
    opening = after is not None and after.group(2) is not None and not text[:after.start(2)].strip()
    if beside and (_NOT_NAMES.fullmatch(beside) or _NOT_SCOPE.match(normalise(beside)) or _title_case(text) or (
            opening and difflib.get_close_matches(beside.lower(), _OPENING_VERBS, n=1, cutoff=0.75))):
        beside = None
    written = (kind and next(g for g in kind.groups() if g)) or (
        channel and next((g for g in channel.groups() if g), channel.group(0))) or beside or next(iter(strange), None)
    if written and not _NOT_SCOPE.match(normalise(written)) and not any(
            _words_in(normalise(written), k) or _words_in(k, normalise(written)) for k in known if k):
        draft.scope_note = {"kind": "unknown", "dimension": "source", "values": [written]}
        return
    # a KPI checked in by hand counts nothing from the data: "NPS among our logistics customers" has no scope to lose
    market = None if draft.metric == "manual" else _market(
        text, known | {n for groups in _GROUPS.values() for g in groups for n in g})
    if market:
        draft.scope_note = {"kind": "unknown", "dimension": "segment", "values": [market]}


# the words of a lower-case market: "con le cooperative", "per i rivenditori", "dai distributori", "nel settore
# alimentare", "with wineries", "in the food sector"; the plural articles only, as "per la stagione" is a time
_MARKET = re.compile(
    r"\b(?i:(?:con|tra|fra|presso)\s+(?:(?:i|gli|le)\s+|l')?|per\s+(?:i|gli|le)\s+|(?:dai|dalle|dagli)\s+"
    r"|(?:with|among|from)\s+(?:the\s+)?)(?i:(?:nostri|nostre|our)\s+)?([a-zà-ÿ][\w'’-]+(?:\s+[a-zà-ÿ][\w'’-]+)?)"
    r"|\b(?i:nel|nella|del|della|per il|in the)\s+((?:settore|mercato|comparto|filiera|sector|market|industry)"
    r"\s+(?:del\s+|della\s+|dei\s+|delle\s+|degli\s+|dell'|of\s+)?[a-zà-ÿA-ZÀ-Ý][\w'’-]+)"
    r"|\b(?i:in\s+the)\s+([a-z][\w'’-]+\s+(?:sector|market|industry))\b"
    # "60 nuove cantine clienti", "40 new winery customers": the market between "new" and the customers it names
    r"|\b(?i:nuov[ie]|new)\s+([a-zà-ÿ][\w'’-]+)\s+(?i:clienti|customers|clients)\b")
# words between "nuovi" and "clienti" that say what kind of customer, not which market
_KIND_OF_CUSTOMER = re.compile(
    r"potenziali|grandi|piccoli|piccole|medi|medie|importanti|buoni|veri|paganti|fedeli|diretti|strategici|primi"
    r"|key|big|small|large|paying|loyal|qualified|qualificati|strategic|top|major|premium|good|happy|direct|first"
    r"|many|few|several|vari|diversi|altri|more|fewer|recurring|ricorrenti|active|attivi|b2b|b2c")
# words after those prepositions that name no market: function words, stages, people, periods, what is done
_NO_MARKET = re.compile(
    rf"(?:{STAGE_ANY}|{MONTH_NAMES}|{WEEKDAY_NAMES}|[a-z]|an|un|una|uno|il|lo|la|le|gli|the|our|your|my|this|that"
    r"|these|those|questo|questa|questi|queste|quel|quella|quelli|quelle|cui|which|who|che|chi|what|how|no|nessun[oa]?"
    r"|zero|almeno|at|least|only|solo|just|also|anche|them|us|loro|noi|voi|here|there|now|today|oggi|adesso|ora"
    r"|nuov[oaie]|new|altr[oaie]|other|others|stess[oaie]|same|tutt[oaie]|all|ogni|every|each|any|some|alcun[oaie]"
    r"|pochi|molti|piu|more|less|meno|their|its|esistenti|existing|attual[ei]|current|primi|prime|ultimi|ultime"
    r"|last|next|prossim[oaie]|previous|precedenti|scorsi|rest|resto|whole|first|second|third|start|scratch|inizio"
    r"|fine|end|data|dati|numeri|numbers|risultati|results|mesi|months?|settimane|weeks?|giorni|days?|anni|years?"
    r"|trimestri|quarters?|semestri|halves|periodo|period|team|marketing|commerciali|commerciale|venditori|agenti"
    r"|agents?|reps?|sellers?|colleghi|responsabili|account|managers?|partners?|campagn[ae]|campaigns?|canali"
    r"|channels?|fonti|sources?|attivita|activities|azioni|actions|iniziative|initiatives|offert[ae]|offers?"
    r"|promozioni|promotions?|sconti|discounts?|demos?|telefonate|chiamate|calls?|visite|visits?|meetings?|riunioni"
    r"|incontri|emails?|mail|contenuti|content|posts?|annunci|ads|budget|costi|costs?|spesa|spend|prezzi|prices?"
    r"|margini|margins?|ordini|orders?|progetti|projects?|prodotti|products?|servizi|services?|soluzioni|solutions?"
    r"|valore|value|fatturato|revenue|ricavi|target|obiettivi|goals?|kpi|okr|crm|tools?|strumenti|risorse|resources"
    r"|persone|people|soci|members?|utenti|users?|aiuto|supporto|help|support|evento|eventi|events?|lancio|launch"
    r"|entro|by|before|until|in|nel|nella|nei|nelle|per|da|dal|dai|dalle|di|del|della|dei|delle|e|ed|and|or|o|al|ai"
    r"|alle|to|con|with|of|on|su|sul|sui|sulle|for|from|tra|fra|than|vs|rispetto|contro|non|not)")


def _market(text: str, known: set[str]) -> str | None:
    """"Aumentare le SQL con le cooperative": a market written lower-case that no value of the data names, which
    the scope would drop without a word; the words as written, or None."""
    for found in _MARKET.finditer(text):
        words = next(g for g in found.groups() if g)
        if found.group(1):
            # the second word only when it goes with the first ("aziende agricole"), never "cooperative entro"
            first, _, second = words.partition(" ")
            # a market is many: "le cooperative", "i distributori", "wineries"; "con rilevazione trimestrale",
            # "con questionario" say how; a name after the word ("aziende PMI") is the scope, read on its own
            if _NO_MARKET.fullmatch(normalise(first)) or not re.search(r"(?<!ion)[ies]$", normalise(first)) \
                    or re.match(r"\s+[A-Z]", text[found.start(1) + len(first):]):
                continue
            if not second or _NO_MARKET.fullmatch(normalise(second)):
                words = first
        elif found.group(4):
            if _NO_MARKET.fullmatch(normalise(words)) or _KIND_OF_CUSTOMER.fullmatch(normalise(words)) \
                    or not re.search(r"[iesy]$", normalise(words)):
                continue
        elif _NO_MARKET.fullmatch(normalise(words).split(" ")[-1]) or re.search(
                r"\b(?:italian[oaie]?|nazional[ei]|domestic[oaie]?|intern[oaie]|national|home|riferimento)\b",
                normalise(words)):
            # "nel settore di riferimento", "nel mercato italiano": the company's whole market, no part of it
            continue
        said = normalise(words)
        if any(k and (re.search(rf"\b{re.escape(k)}\b", said) or re.search(rf"\b{re.escape(said)}\b", k))
               for k in known):
            continue
        return words
    return None


# an amount each customer or deal must be worth: "10 clienti da almeno 50k€ ciascuno", "deals worth €20k each"
_EACH = r"ciascun[oa]|l'un[oa]|ognun[oa]|a testa|each|apiece" \
        r"|(?:per|a|al|alla|per ogni)\s+(?:cliente|contratto|trattativa|deal|ordine|commessa|customer|contract|order)"
# an amount, or a number in thousands that can only be one ("da almeno 50k ciascuno")
_MONEY = rf"(?:{AMOUNT_WRITTEN}|(?:{NUMBER})\s*(?:k|mila)\b)"
_AT_LEAST = r"(?:(?:almeno|minimo|oltre|sopra|piu di|più di|superiore a|superiori a|at least|over|above|more than" \
            r"|minimum)\s+|[>≥]\s*)(?:i\s+|il\s+|the\s+)?"
_WORTH = r"(?:da|di|del valore di|con (?:un\s+)?valore (?:di\s+)?|con valore|di valore|of|worth|valued at)\s+"
_EACH_VALUE = re.compile(
    rf",?\s*(?:(?:{_WORTH})?(?:{_AT_LEAST})?{_MONEY}\s*(?:{_EACH})\b"
    # "con contratti da almeno 50k€", "deals worth over €20k": the things counted, each with the amount
    # ("10 trattative con valore > 30k €", "18 contratti sopra i 25k €", "10 deals over €30k": the least each is worth)
    rf"|(?:con\s+|with\s+)?\b(?P<noun>contratt[io]|trattative|deals?|ordini|commesse|contracts?|orders?)\s+"
    rf"(?:{_WORTH}(?:{_AT_LEAST})?|{_AT_LEAST}){_MONEY}(?:\s*(?P<each>{_EACH})\b)?)", re.IGNORECASE)
# a rate of the deals: what their size would narrow
_RATE = re.compile(r"\b(?:tasso|percentuale|win rate|close rate|closing rate|win ratio|percentage|rate)\b",
                   re.IGNORECASE)
# (a segment's or a product's name may stand between: "10 new Enterprise customers")
_COUNTED = re.compile(rf"\d[\d.,]*\s*(?:k|mila)?\s+(?:nuov[ie]\s+|new\s+)?(?:(?-i:[A-Z])[\w-]*\s+){{0,2}}?"
                      rf"(?:public\s+)?(?:{STAGE_TOKENS}|contratti"
                      r"|trattative|deals?|contracts?|gare|bandi|appalti|tenders?)\b"
                      # "Customers with deals above €50k: 10": what is counted heads the sentence, the count after it
                      rf"|^\s*(?:nuov[ie]\s+|new\s+)?(?:{STAGE_TOKENS}|contratti|trattative|deals?|contracts?)\b[^:\d]*:"
                      r"\s*(?:almeno\s+|at least\s+)?\d", re.IGNORECASE)


# the average the things counted must have: "con valore medio di 15k", "with an average deal size of €20k"
_AVERAGE_VALUE = re.compile(
    rf",?\s*\b(?:con\s+(?:un\s+)?|with\s+(?:an?\s+)?)?(?:(?:valore|ticket|importo|scontrino)\s+medio"
    rf"(?:\s+(?:per\s+)?(?:cliente|contratto|trattativa|deal|ordine))?|average\s+(?:deal\s+|contract\s+|order\s+)?"
    rf"(?:value|size|ticket))\s+(?:di\s+|da\s+|of\s+|pari\s+a\s+)?(?:{_AT_LEAST})?{_MONEY}", re.IGNORECASE)


def each_value(draft: Draft, text: str) -> str:
    """"Chiudere 10 clienti Enterprise da almeno 50k€ ciascuno": the count is the objective, the amount a size each
    one must have, which no scope can hold; kept in `scope_note` for the check to say every one is counted, and
    taken out of the sentence so it is never read as 50k€ of won value. Returns the sentence without it."""
    average = _AVERAGE_VALUE.search(text)
    if average is not None:
        # "chiudere 40 trattative con valore medio di 15k": the deals are counted, their average no scope holds
        left = text[:average.start()] + " " + text[average.end():]
        if _COUNTED.search(left):
            draft.scope_note = {"kind": "average_value", "dimension": None, "values": [average.group(0).strip(" ,")]}
            return left
    found = _EACH_VALUE.search(text)
    if found is None:
        return text
    left = text[:found.start()] + " " + text[found.end():]
    if found.group("noun") and _RATE.search(text):
        # "tasso di vittoria sulle trattative oltre 30k €: 25%", "win rate on deals over €30k": the deals of that size
        # are no scope the rate can hold; every deal is counted, and said
        draft.scope_note = {"kind": "each_value", "dimension": None, "values": [found.group(0).strip(" ,")]}
        return left
    if not _COUNTED.search(left) and found.group("noun") and (
            found.group("each") or re.search(rf"\s(?:{_AT_LEAST})", found.group(0), re.IGNORECASE)):
        # "close 10 deals worth €20k each", "10 trattative con valore > 30k €": the deals are what is counted, only
        # their worth is taken out ("20 deals worth €400k", with neither "each" nor a least, may be their total, and
        # stays the won value it was read as)
        left = text[:found.start()] + " " + found.group("noun") + " " + text[found.end():]
    if not _COUNTED.search(left):
        # "contratti da 500k€" with no count: the amount is the objective
        return text
    draft.scope_note = {"kind": "each_value", "dimension": None, "values": [found.group(0).strip(" ,")]}
    return left


# a quantity each person must reach: "12 SQL a testa", "5 new customers each AE", "3 per rep"
_PER_PERSON = re.compile(
    r"\b(?:a testa|ciascuno|ciascuna|ognuno|ognuna|(?:per |ogni |per ogni )(?:commerciale|venditore|agente|persona"
    r"|account|sdr|bdr)|ciascun (?:commerciale|venditore|agente)"
    r"|each (?:ae|rep|sales ?rep|salesperson|seller|account executive|sdr|bdr)"
    r"|(?:per|every|for each) (?:sales ?rep|rep|ae|head|person|salesperson|seller|account executive)|apiece"
    r"|each of (?:them|us))\b", re.IGNORECASE)


# a quantity each event or campaign must bring: "50 MQL per webinar", "30 leads per event"
# ("8 opportunità da ogni fiera", "from each trade show": from each, as much)
_PER_EVENT = re.compile(r"\b(?:per ogni|per|ogni|a|each|every|for each|for every|da ogni|da ciascun[oa]?|da ciascun'"
                        r"|from each|from every)\s+(?:webinar|evento|eventi|fiera"
                        r"|campagna|newsletter"
                        r"|event|fair|trade show|campaign)\b", re.IGNORECASE)


def per_person(draft: Draft, text: str) -> None:
    """"Almeno 12 SQL a testa per ogni commerciale", "50 MQL per webinar": the store counts the total of everyone
    and of every event, so the 12 or the 50 would be read as the total; kept in `scope_note` for the check to say
    so."""
    found = _PER_PERSON.search(text)
    # ("10 per webinar", the count alone before it; "Opportunità per fiera: almeno 25", the measure)
    event = _PER_EVENT.search(text) if re.search(rf"(?:\d[\d.,]*\s*(?:k|mila)?\s+(?:\w+\s+)?|\b(?:{STAGE_TOKENS})\s+)"
                                                 + _PER_EVENT.pattern, text, re.IGNORECASE) else None
    if found and draft.scope_note is None:
        draft.scope_note = {"kind": "per_person", "dimension": None, "values": [found.group(0)]}
    elif event and draft.scope_note is None:
        draft.scope_note = {"kind": "per_event", "dimension": None, "values": [event.group(0)]}
