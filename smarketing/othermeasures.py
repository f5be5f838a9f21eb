"""Measures a sentence names that the store does not keep ("costo per opportunità", "clienti attivi", "MRR",
"tasso di rinnovo"): named back, so that the check asks for one it keeps rather than read the number against
another. Part of the reader of sentences (drafting.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smarketing import metricwords, targets
from smarketing.amounts import NUMBER, SCALE, money_in

if TYPE_CHECKING:
    from smarketing.drafting import Draft


# money measures the store does not keep, which an amount would otherwise turn into the won value: an average
# deal, the pipeline's value, a cost per something else, the spend itself
_OTHER_MEASURES = re.compile(
    r"\b(?:valore (?:medio|della pipeline|del pipeline|delle opportunita|delle trattative)|pipeline value"
    r"|value of the pipeline|ticket medio|scontrino medio|average (?:deal|contract|order)(?: size| value)?|deal size"
    r"|dimensione media|costo per (?!contatto|lead|mql|sql|cliente|acquisizione|nuovo)\w+"
    r"|cost per (?!lead|mql|sql|customer|acquisition)\w+|cpa|spesa|spend|budget|pipeline"
    # "spendere non più di 20.000 euro in fiere": the spend said by its verb, never the won value to cut
    r"|spendere|spendiamo|spendono|spendete|spending|investire|investiamo|investono)\b")
# costs as a whole, when they are what the sentence cuts ("ridurre i costi di marketing a 10.000 €", "cut marketing
# costs by 10%"): what is spent, never a won value to cut; said in passing ("tenendo bassi i costi") they are no
# measure at all
_COSTS = re.compile(r"\b(?:ridurre|riduzione|tagliare|taglio|abbassare|diminuire|dimezzare|contenere|cut|reduce"
                    r"|lower|trim|halve)\s+(?:(?:i|dei|the|our)\s+)?(?P<costs>(?:(?:marketing|advertising|ads?"
                    r"|campaign|media|sales)\s+)?costs|costi(?:\s+(?:di|del|della|dello|delle|dei)\s+[^\W\d]+)?)\b")
# "il turnover del team vendite al 10%": people leaving, a rate; the turnover alone, or in money ("3 milioni di
# turnover del team Italia"), is revenue
_STAFF_TURNOVER = re.compile(
    r"\b(?:turnover (?:del |dello |dei |degli |della |delle |of (?:the )?)?(?:team|personale|dipendenti|staff"
    r"|commerciali|venditori|forza vendita|risorse|persone|employees|people|sales ?reps)\w*"
    r"|(?:staff|employee|people|personnel|sales team|team) turnover)\b")
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
# the service given to customers already won: "Customer care: tempi di risposta ai clienti a 1 giorno", "ticket
# evasi": no answer to an MQL (the hand-off's days), nor any stage
_SUPPORT = re.compile(r"\b(?:customer (?:care|service|support)|assistenza (?:ai )?clienti|servizio clienti"
                      r"|supporto clienti|help ?desk|ticket\w*"
                      r"|(?:tempi|tempo) (?:medi[oi] )?di (?:prima )?risposta"
                      r" (?:ai|dei|per i|alle richieste dei) clienti"
                      r"|response times? to customers"
                      # "Rispondere ai clienti entro 24 ore", "reply to customers' emails the same day": customers
                      # already won ("ai potenziali clienti" are leads, whose answer is the hand-off's)
                      r"|(?:rispondere|risposta|risposte|rispondiamo) (?:a |ai |agli |alle )?"
                      r"(?:(?:richieste|e-?mail|mail|messaggi|domande|chiamate|telefonate)"
                      r" (?:dei |degli |di |da |dai )?)?clienti(?! potenziali)"
                      r"|(?:respond|reply|answer|responding|replying|answering) to (?:all |our |every )?(?:customers?"
                      r"|clients?)(?!\w| prospects?| leads?)"
                      r"|reclami|complaints?)\b")
# Sales getting back to an SQL or a deal in a time ("contattare gli SQL entro 24 ore", "call every SQL within 24
# hours"): no store dates that call, and the hand-off the store measures is the MQL taken as an SQL, which would be
# another measure read in its place; accepting SQLs ("accepts 95% of SQLs") is that hand-off, as the CRMs name it
_FOLLOW_UP = re.compile(
    r"\b(?:contattare|contattano|contatta|contattiamo|ricontattare|ricontattano|chiamare|chiamano|richiamare"
    r"|richiamano|sentire|call|calls|calling|contact|contacts|contacting|follow up|follows up|following up|reach out to"
    r"|phone)\s+(?:\w+\s+){0,2}?(?:sqls?|opportunita|opportunities|opportunity|deals?|trattative|trattativa)\b"
    # ("il 95% degli SQL contattati entro 4 ore": with the participle alone too)
    r"|\b(?:sqls?|opportunita|opportunities|deals?|trattative)\s+(?:(?:vanno|devono essere|dovranno essere|must be"
    r"|should be|are|get|to be)\s+)?(?:contattat[ie]|chiamat[ie]|richiamat[ie]|sentit[ie]|called|contacted"
    r"|followed up|phoned)\b")
# the time to a first call, meeting or contact after a request: "dalla richiesta di demo alla prima call", "primo
# contatto entro 2 giorni dalla richiesta", "speed to lead", "time to first call". No stage is dated by a call, and
# the request is a lead counted, so the time would be read as a count of leads ("dal primo contatto alla firma" is
# the sales cycle: the first contact opens the journey)
_FIRST = r"(?:prim[oa]|first)\s+(?:call|calls|chiamata|telefonata|contatto|contact|appuntamento|appointment" \
         r"|incontro|meeting|touch|touchpoint|visita|visit|demo|risposta commerciale)\b"
_FIRST_CONTACT = re.compile(
    rf"\b(?:al|alla|allo|all|a|ad|to|until|till)\s+(?:la\s+|il\s+|lo\s+|the\s+)?{_FIRST}"
    rf"|\b{_FIRST}(?=(?:\s+\w+){{0,4}}?\s+(?:entro|within|in meno di|sotto|under|dalla|dal|dai|da|after|from)\b)"
    rf"|\b(?:tempo|tempi|giorni|ore|time|days|hours)\s+(?:medi[oi]\s+|average\s+)?(?:di|per|per la|per il|al|alla"
    rf"|to|until|before)\s+(?:la\s+|il\s+|the\s+)?{_FIRST}"
    r"|\bspeed to lead\b")
# a rate of renewals or retention of contracts: "tasso di rinnovo contratti all'85%", "contract renewal rate at 90%";
# no stage counts the contracts renewed, and "contratti" would otherwise read as new customers
_RENEWALS = re.compile(r"\b(?:tass[oi] di rinnov[oi](?: de[il]| dei)?(?: contratt[oi]| abbonament[oi])?"
                       r"|rinnovare|rinnovi|rinnovat[ie]|renew|renewed|margine(?: lordo| netto| operativo)?|marginalita"
                       # "ridurre i lead duplicati sotto il 2%": the share of duplicates in the CRM, no new leads
                       r"|(?:leads?|contatti|record|anagrafiche|schede) duplicat[ie]|duplicat[ie] (?:leads?|contacts?"
                       r"|records?)|duplicati|duplicates|tasso di duplicazione|duplicate rate"
                       r"|(?:gross |net )?margin"
                       r"|ebitda"

                       r"|rinnov[oi] (?:de[il] |dei )?(?:contratt[oi]|abbonament[oi])|(?<=al )rinnovo"
                       r"|(?:contract |subscription )?renewal(?: rate)?s?|renewals?)\b")


_LOST = re.compile(r"\b(?:leads?|contatti|mqls?|sqls?|trattative|opportunita|deals?|clienti|customers?|opportunities)"
                   r" (?:persi|perse|lost)\b|\blost (?:leads?|mqls?|sqls?|deals?|customers?|opportunities)\b"
                   # "la quota di MQL rifiutati dalle vendite", "rejected MQLs": the leads sales turned down
                   r"|\b(?:leads?|contatti|mqls?|sqls?) (?:rifiutat[ie]|scartat[ie]|respint[ie]|rejected"
                   r"|disqualified|(?:non |dis|s)qualificat[ie]|unqualified|non accettat[ie]|not accepted"
                   # "i lead non in target", "off-target leads": lost as no fit, the reason a CRM gives most often
                   r"|non in target|fuori target|off target)\b|\boff target (?:leads?|mqls?|sqls?)\b"
                   # "tasso di scarto degli MQL", "MQL rejection rate"
                   r"|\b(?:tasso|percentuale|quota) di (?:scarto|rifiuto|rifiuti)\b|\brejection rate\b"
                   r"|\b(?:rejected|disqualified|unqualified|non-qualified) (?:leads?|mqls?|sqls?)\b"
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
                  r"|dalla|dai|dalle|dagli|from)\b"
                  # "SQL dalle Fiere almeno 20% dei totali", "fair leads at least 25% of all leads": a part's share of
                  # the whole, never 20% more of the part
                  r"|\b(?P<total>\d+(?:[.,]\d+)?\s*%?\s+(?:dei|delle|degli|del|of)\s+(?:the\s+)?"
                  r"(?:totali|totale|total|all)\b"
                  r"(?:\s+(?:mqls?|sqls?|leads?|contatti|clienti|customers?|opportunita|opportunities|deals?))?)")
# business with the customers there are: no stage counts an upsell, and "15 existing customers" are no new ones
EXISTING = re.compile(r"\b(?:upsell|up sell|upselling|cross sell|cross selling|clienti (?:gia )?(?:acquisiti|esistenti"
                      r"|attuali|storici|in portafoglio)|existing customers|current customers|existing clients"
                      r"|existing accounts|clienti che hanno gia"
                      # customers won back: "riattivare 30 clienti dormienti", "reactivate 20 dormant customers"
                      r"|riattivar\w*|riattivat[ieoa]|riattivazion\w*"
                      r"|clienti (?:dormienti|inattivi|persi da recuperare)"
                      r"|reactivat\w*|dormant (?:customers|clients|accounts)|win[ -]back|lapsed customers)\b")
# ("clienti acquisiti" counted are the customers won in a period: "30 clienti acquisiti nel 2027", "Clienti acquisiti
# 2027: 60"; never "già acquisiti")
_WON_COUNTED = re.compile(r"\d\s+(?:nuovi\s+)?clienti acquisiti$|^clienti acquisiti(?:\s+(?:19|20)\d\d)?\s+\d")
# ("valore medio delle trattative vinte", "average deal size": whatever the deals' word became, a mean of values)
_AVERAGE = re.compile(r"\b(?:(?:fatturato|ricavo|ricavi|incasso) medi[oi](?: per (?:cliente|contratto|ordine))?"
                      r"|valore medio(?: (?:delle|dei|degli|per|di|a) \w+)?"
                      r"|average (?:deal|order|contract) (?:size|value)|deal size medio"
                      r"|dimensione media (?:delle|dei) \w+"
                      r"|(?:fatturato|ricavi|ricavo) (?:per|a) (?:cliente|contratto)|average revenue(?: per \w+)?"
                      r"|revenue per (?:customer|client|deal|account))\b")


def _not_kept(draft: Draft, measure: str, kind: str) -> None:
    """The sentence names a measure the store does not keep: no metric is read, and the measure is kept as written
    for Specific to name it, with what kind of measure it is."""
    draft.metric, draft.stage, draft.target_unit = None, None, None
    draft.other_measure, draft.other_kind = measure, kind


def other_measure(draft: Draft, low: str, text: str) -> None:
    """"Ridurre il costo per opportunità a 400 €" is no won value of 400 €: the measure is named back, and the
    check asks for one the store keeps."""
    cost = re.search(r"\b(?:costo per|cost per) (?!contatto|lead|mql|sql|cliente|acquisizione|nuovo|customer"
                     r"|acquisition)\w+", low)
    if cost and draft.metric not in ("cpl", "cost_per_mql", "cost_per_sql", "cac"):
        # "il costo per conversione" is a cost, whatever the word after it names
        draft.from_stage, draft.to_stage = None, None
        _not_kept(draft, metricwords.as_written(cost.group(0), text), "money")
        return
    costs = _COSTS.search(low)
    if costs and draft.metric in (None, "stage_entries", "won_value"):
        _not_kept(draft, metricwords.as_written(costs.group("costs"), text), "money")
        return
    mix = _MIX.search(low)
    if mix and draft.metric in (None, "stage_entries", "won_value"):
        # "il 40% dei nuovi clienti da Referral" is no 40% more Referral customers: a share of the whole
        written = metricwords.as_written(mix.group("what") or mix.group("share") or mix.group("part")
                                         or mix.group("total"), text)
        _not_kept(draft, written, "mix")
        return
    follow_up = _FOLLOW_UP.search(low)
    if follow_up and draft.metric == "sla":
        _not_kept(draft, metricwords.as_written(follow_up.group(0), text), "follow_up")
        # the number is still the share of them answered in time ("nel 95% dei casi"), a percent
        draft.target_unit = "ratio"
        return
    first = _FIRST_CONTACT.search(low)
    if first:
        _not_kept(draft, metricwords.as_written(re.sub(r"^(?:al|alla|allo|all|a|ad|to|until|till)\s+", "",
                                                       first.group(0)), text), "first_contact")
        return
    support = _SUPPORT.search(low)
    if support and draft.metric in (None, "stage_entries", "won_value", "sla", "sla_days"):
        _not_kept(draft, metricwords.as_written(support.group(0), text), "existing")
        return
    existing = EXISTING.search(low)
    if existing and existing.group(0) == "clienti acquisiti" and (
            _WON_COUNTED.search(low[:existing.end()]) or _WON_COUNTED.search(low[existing.start():])
            # "i clienti acquisiti tramite passaparola": acquired through a channel, customers won
            or re.match(r"\s+(?:tramite|attraverso|grazie a\w*|via|da|dal|dalla|dai|dalle|dagli|con)\b",
                        low[existing.end():])):
        existing = None
    if existing and draft.metric in (None, "stage_entries", "won_value"):
        # "upsell 15 existing customers" is no 15 new customers, nor all the won value
        _not_kept(draft, metricwords.as_written(existing.group(0), text), "existing")
        return
    lost = _LOST.search(low)
    if lost and draft.metric in (None, "stage_entries"):
        # "ridurre i lead persi del 20%": losses are counted in the win rate and among the disqualified, never as
        # entries; read as all new leads they would be cut by 20%
        _not_kept(draft, metricwords.as_written(lost.group(0), text), "lost")
        if draft.target_kind == "relative" and draft.target is not None and re.search(rf"(?:{NUMBER})\s*%", text) \
                and not (re.search(rf"\b(?:del|di|dello|della|by)\s+[+-]?(?:{NUMBER})\s*%", text, re.IGNORECASE)
                         and re.search(rf"\b(?:{metricwords.CHANGE_VERBS})\b", low)):
            # "non più di 1 SQL su 4 persi", "loss rate under 25%": a share lost, at most that level; "ridurre i lead
            # persi del 20%" stays a change
            draft.target, draft.target_kind, draft.target_unit = abs(draft.target), "absolute", "ratio"
            draft.direction = "decrease"
        return
    renewal = _RENEWALS.search(low) or (_STAFF_TURNOVER.search(low) if not money_in(text) and not re.search(
        r"\d\s*(?:mln|milion[ei]|mila|k|m)\b", low) else None)
    if renewal and draft.metric in (None, "stage_entries", "won_value"):
        # "tasso di rinnovo contratti all'85%" is no 85% more new customers: a rate the store does not keep
        _not_kept(draft, metricwords.as_written(renewal.group(0), text), "rate")
        share = re.search(r"\b(\d+)\s+(?:[^\W\d]+\s+){0,2}?(?:su|out of|in)\s+(\d+)\b", text)
        if share and 0 < int(share[1]) <= int(share[2]):
            # "9 clienti su 10 al rinnovo": the share renewed, never a start of 9 and a target of 10
            draft.target, draft.stated_baseline = int(share[1]) / int(share[2]), None
            draft.target_kind, draft.target_unit, draft.direction = "absolute", "ratio", draft.direction or "increase"
        elif draft.target is not None and re.search(rf"(?:{NUMBER})\s*%", text) and not (
                re.search(rf"\b(?:del|di|dello|della|by)\s+[+-]?(?:{NUMBER})\s*%", text, re.IGNORECASE)
                and re.search(rf"\b(?:{metricwords.CHANGE_VERBS})\b", low)):
            # a rate at a percent is its level: "all'85%" is 85%, never +85%
            draft.target, draft.target_kind, draft.target_unit = abs(draft.target), "absolute", "ratio"
        return
    average = _AVERAGE.search(low)
    each = targets.PER_UNIT.search(text)
    if average is None and draft.metric == "won_value" and each:
        # "Ricavi: € 1,5k per cliente": revenue per customer is an average deal value, never a cost per customer
        won = re.search(rf"\b(?:{metricwords.WON_WORDS})\b", low)
        draft.metric, draft.stage, draft.target_unit = None, None, None
        draft.other_measure = f"{metricwords.as_written(won.group(0), text)} {each.group(0).strip()}" if won else \
            each.group(0).strip()
        draft.other_kind = "average"
        return
    if average and draft.metric in (None, "stage_entries", "won_value", "win_rate"):
        # "il fatturato medio per cliente a 20k": an average, where the won value is a total
        _not_kept(draft, metricwords.as_written(average.group(0), text), "average")
        return
    recurring = _RECURRING.search(low)
    if recurring and draft.metric in (None, "stage_entries", "won_value"):
        # "MRR a 40k" is no 40.000 new customers, "net revenue retention 110%" no 110% more won value
        _not_kept(draft, metricwords.as_written(recurring.group(0), text), "money")
        return
    if draft.metric not in (None, "stage_entries", "won_value") or re.search(rf"\b(?:{metricwords.WON_WORDS})\b", low):
        return
    backlog = _BACKLOG.search(low)
    stock = _STOCKS.search(low) or backlog
    if stock and draft.metric == "stage_entries":
        # "i clienti attivi a 500": how many there are, where the store counts who entered a stage
        _not_kept(draft, metricwords.as_written(stock.group(0), text), "backlog" if backlog else "stock")
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
        _not_kept(draft, metricwords.as_written(found.group(0), text), "money")
