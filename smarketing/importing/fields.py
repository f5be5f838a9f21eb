"""What an import can fill: the fields of leads and spend, the header names that mean them (Italian and
English, as CRMs and Excel users write them), and the stage names CRMs use. The exports of named products
are in presets.py."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

KINDS = ("leads", "spend")
MODES = ("upsert", "insert", "update")      # insert and update, new rows only, existing rows only


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # text, email, stage, outcome, date, number, currency
    synonyms: tuple[str, ...] = ()


def _f(name: str, kind: str, *synonyms: str) -> Field:
    return Field(name, kind, synonyms)


# Synonyms are compared after normalise(); within a field, earlier synonyms win when several columns match.
LEAD_FIELDS: tuple[Field, ...] = (
    _f("external_id", "text", "record id", "id", "lead id", "contact id", "deal id", "opportunity id", "external id",
       "id contatto", "id lead", "codice", "codice contatto", "codice cliente", "mql id", "deal id", "prospect id",
       # HubSpot and Pipedrive set to Italian
       "id record", "id del record", "trattativa id",
       # a deal's own ID: last in a contacts file (where it names the person's deal), first in a deals file
       # (mapping.resolve), before the code of the customer it lists
       "id trattativa", "codice trattativa", "id opportunita", "codice opportunita"),
    _f("email", "email", "email", "e mail", "email address", "indirizzo email", "indirizzo e mail",
       "posta elettronica", "mail", "person email", "email from"),
    _f("first_name", "text", "first name", "firstname", "nome", "given name"),
    _f("last_name", "text", "last name", "lastname", "cognome", "surname", "family name"),
    _f("name", "text", "full name", "nome completo", "nome e cognome", "nominativo", "contact name", "person name",
       "name", "deal name", "title", "titolo", "opportunity name", "opportunity", "nome lead", "nome trattativa",
       "trattativa titolo", "nome opportunita", "referente", "nome referente", "persona di riferimento"),
    _f("company", "text", "company", "company name", "ragione sociale", "azienda", "societa", "organization",
       "organisation", "organizzazione", "organization name", "associated company", "account name", "account",
       "impresa", "ente", "partner name", "nome azienda", "nome dell azienda", "organizzazione nome",
       "nome organizzazione"),
    _f("phone", "text", "phone", "phone number", "telefono", "tel", "numero di telefono", "cellulare",
       "mobile", "mobile phone", "person phone"),
    _f("source", "text", "lead source", "source", "original source", "fonte", "origine", "canale", "channel",
       "sorgente", "leadsource", "source channel", "origin", "lead origin", "canale di acquisizione", "source id",
       "fonte originale", "origine lead", "origine del lead", "fonte del lead", "fonte lead", "provenienza",
       "provenienza contatto", "come ci ha conosciuto"),
    _f("campaign", "text", "campaign", "campagna", "campaign name", "nome campagna", "utm campaign", "campaign id"),
    _f("segment", "text", "segment", "segmento", "business segment", "settore", "industry", "industria",
       "customer segment"),
    _f("region", "text", "region", "regione", "area", "zona", "territorio", "territory", "area geografica"),
    _f("owner", "text", "owner", "contact owner", "deal owner", "lead owner", "owner name", "commerciale",
       "venditore", "responsabile", "assegnato a", "sales agent", "sales rep", "agente", "ownerid", "owner id",
       "salesperson", "venditore assegnato", "addetto vendite", "user id", "assigned by id", "assigned by",
       "proprietario del contatto", "proprietario della trattativa", "proprietario lead", "proprietario del lead",
       "proprietario", "trattativa proprietario", "proprietario opportunita"),
    _f("product", "text", "product", "prodotto", "servizio", "linea di prodotto", "product line", "product name"),
    # ("current stage", "fase attuale": the app's own lists and the demo's file, imported back)
    _f("stage", "stage", "lifecycle stage", "deal stage", "stage", "stagename", "fase", "fase di vendita",
       "stato", "lead status", "status", "stadio", "fase del ciclo di vita", "stage id", "current stage",
       "fase attuale", "deal stage name", "stage name", "fase della trattativa", "fase trattativa", "pipeline stage",
       "fase della pipeline", "fase del lead", "stato del lead", "stato lead", "trattativa fase"),
    _f("status", "outcome", "deal status", "esito", "trattativa stato", "stato della trattativa"),
    _f("created_at", "date", "create date", "created date", "createddate", "created at", "created", "date created",
       "data creazione", "data di creazione", "data inserimento", "creato il", "creato", "deal created",
       "add time", "data", "created time", "created on", "creato il giorno", "date create", "create date",
       # Olist's MQLs, and Italian CRMs' "primo contatto": when the lead first came in
       "first contact date", "first contact", "data primo contatto", "primo contatto", "trattativa creata",
       "trattativa trattativa creata", "data richiesta", "data della richiesta", "data contatto"),
    _f("closed_at", "date", "close date", "closed date", "closedate", "closed at", "deal closed on", "closed on",
       "date closed",
       "data chiusura",
       "data di chiusura", "chiuso il", "chiusa", "data fine", "closing date", "expected closing"),
    _f("deal_value", "number", "amount", "deal value", "deal amount", "value", "valore", "importo",
       "valore trattativa", "ammontare", "close value", "valore affare", "opportunity amount", "expected revenue",
       "planned revenue", "trattativa valore",
       "ricavo previsto", "importo preventivo", "importo offerta", "valore preventivo", "valore offerta"),
    _f("currency", "currency", "currency", "valuta", "currency code", "currencyisocode", "divisa", "currency id",
       "trattativa valuta"),
    _f("lost_reason", "text", "lost reason", "closed lost reason", "motivo perdita", "motivo della perdita",
       "reason lost", "loss reason", "reason for loss", "motivo", "trattativa motivo della perdita"),
    _f("stage:lead", "date", "became a lead date", "data lead", "data contatto", "contatto dal", "lead since"),
    _f("stage:mql", "date", "became a marketing qualified lead date", "data mql", "mql date", "mql dal",
       "mql since"),
    _f("stage:sql", "date", "became a sales qualified lead date", "data sql", "sql date", "sql dal", "sql since"),
    _f("stage:opportunity", "date", "became an opportunity date", "data opportunita", "opportunity date",
       "engage date"),
    _f("stage:customer", "date", "became a customer date", "data cliente", "won date", "won time", "data vittoria",
       "ora di vincita", "data di vincita", "trattativa ora di vincita"),
    _f("stage:lost", "date", "lost date", "lost time", "data perso", "data perdita", "ora della perdita",
       "data della perdita", "trattativa ora della perdita"),
)

SPEND_FIELDS: tuple[Field, ...] = (
    _f("spend_date", "date", "spend date", "date", "data", "day", "giorno", "week", "settimana", "data spesa",
       "reporting starts", "inizio report", "period", "periodo", "mese", "month"),
    # the last day a row's spend covers (Meta's "Reporting ends", LinkedIn's "End Date" by its preset): its spend is
    # stored on its first day, and said. Never a sheet's "Data fine", a campaign's planned end ("in corso")
    _f("spend_end", "date", "reporting ends", "fine report"),
    _f("channel", "text", "channel", "canale", "source", "fonte", "platform", "piattaforma", "media"),
    _f("campaign", "text", "campaign", "campagna", "campaign name", "nome campagna", "nome della campagna"),
    _f("amount", "number", "amount", "spend", "spent", "spesa", "importo", "costo", "cost", "amount spent",
       "importo speso",
       "budget speso", "investimento"),
    _f("currency", "currency", "currency", "valuta", "divisa", "currency code"),
)

FIELDS = {"leads": {f.name: f for f in LEAD_FIELDS}, "spend": {f.name: f for f in SPEND_FIELDS}}
KEY_FIELDS = {"leads": ("external_id", "email"), "spend": ("spend_date", "channel", "amount")}

# a deal's own ID, the key of a deals file before any person's or customer's code
DEAL_KEYS = ("deal id", "opportunity id", "id trattativa", "codice trattativa", "trattativa id", "id opportunita",
             "codice opportunita")

# Headers only a deals export has, after normalise(); Pipedrive writes every deal column as "Deal - ...".
DEAL_HEADERS = frozenset({
    "deal", "deal id", "deal name", "deal title", "deal stage", "deal status", "deal value", "deal amount",
    "deal owner", "opportunity id", "opportunity name", "opportunity amount", "opportunity owner", "stagename",
    "iswon", "potential name", "potential owner", "id trattativa", "nome trattativa", "fase trattativa",
    "valore trattativa", "titolo trattativa",
    # Salesforce and HubSpot in Italian ("ID opportunità", "Nome opportunità", "Fase della trattativa")
    "id opportunita", "codice opportunita", "nome opportunita", "importo opportunita", "fase opportunita",
    "proprietario opportunita", "tipo opportunita", "nome della trattativa", "fase della trattativa",
    "proprietario trattativa", "proprietario della trattativa", "importo trattativa",
})
DEAL_HEADER_PREFIX = "deal "
# Meta Ads writes the currency into the amount's header: "Amount spent (EUR)"
HEADER_CURRENCY = re.compile(r"(.+?)\s*\(([A-Z]{3}|€|\$|£)\)")
# "Spesa (€)", "Spend ($)": a sign in the header names the currency as an amount's own sign does
HEADER_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP"}


def deals_marker(header: list[str]) -> str | None:
    """The first column whose name says the file lists deals, or None."""
    return next((h for h in header if normalise(h) in DEAL_HEADERS or normalise(h).startswith(DEAL_HEADER_PREFIX)),
                None)


# CRM and spreadsheet stage names -> our stage codes, after normalise().
STAGE_SYNONYMS: dict[str, str] = {}
for _code, _names in {
    "lead": ("lead", "lead in", "contatto", "contact", "nuovo", "nuovo contatto", "new", "open", "open not contacted",
             # HubSpot's lead statuses, in English and Italian, and Salesforce's in Italian
             "in progress", "connected", "bad timing", "aperto", "in corso",
             "connesso", "momento sbagliato", "aperto non contattato", "in lavorazione contattato",
             "subscriber", "iscritto", "prospect", "prospecting", "attempting to contact", "working contacted",
             "contacted", "contattato", "da contattare", "other", "raw", "working", "in lavorazione",
             "not contacted", "attempted to contact", "contact in future"),
    "mql": ("mql", "marketing qualified lead", "marketingqualifiedlead", "marketing qualified",
            "lead qualificato marketing", "qualificato marketing", "nurturing", "engaged", "interessato",
            "pre qualified", "lead qualificato per il marketing", "lead qualificato dal marketing"),
    "sql": ("sql", "sales qualified lead", "salesqualifiedlead", "sales qualified", "qualified", "qualificato",
            "lead qualificato", "qualificato vendite", "sales accepted lead", "accepted", "accettato",
            "qualification", "qualificazione", "converted", "closed converted", "convertito", "contact made",
            "lead qualificato per le vendite", "lead qualificato dalle vendite", "chiuso convertito"),
    "opportunity": ("opportunity", "opportunita", "trattativa", "trattativa aperta", "negoziazione",
                    "negotiation", "negotiation review", "proposal", "proposta", "proposal price quote",
                    "preventivo", "offerta", "needs analysis", "value proposition", "id decision makers",
                    "perception analysis", "appointmentscheduled", "appointment scheduled",
                    "qualifiedtobuy", "qualified to buy", "presentationscheduled", "presentation scheduled",
                    "decisionmakerboughtin", "decision maker bought in", "contractsent", "contract sent",
                    "engaging", "demo scheduled", "proposal made", "negotiations started", "in trattativa",
                    "discovery", "proposal quote", "negotiation", "scoperta", "proposition", "proposta inviata",
                    "preparation", "prepayment invoice", "executing", "final invoice", "identify decision makers",
                    # HubSpot's default pipeline in Italian
                    "appuntamento fissato", "qualificato per l acquisto", "presentazione programmata",
                    "decisore coinvolto", "contratto inviato", "proposta fatta", "trattativa avviata", "open deal",
                    "trattative iniziate", "negoziazione avviata"),
    "customer": ("customer", "cliente", "closed won", "closedwon", "won", "vinto", "vinta", "chiuso vinto",
                 "chiusa vinta", "acquisito", "evangelist"),
    "lost": ("lost", "perso", "persa", "closed lost", "closedlost", "chiuso perso", "chiusa persa",
             "unqualified", "non qualificato", "disqualified", "squalificato", "rejected", "scartato",
             "respinto", "abbandonato", "non interessato", "closed not converted", "closed lost to competition",
             "lose", "apology", "junk lead", "lost lead", "not qualified", "chiuso non convertito"),
}.items():
    for _name in _names:
        STAGE_SYNONYMS[_name] = _code

OUTCOME_SYNONYMS = {"won": "customer", "vinto": "customer", "vinta": "customer", "lost": "lost", "perso": "lost",
                    "persa": "lost", "open": None, "aperto": None, "aperta": None, "deleted": None}


def key_text(text: str, fold: bool) -> str | None:
    """A dedupe key as compared: no invisible characters (zero-width, no-break spaces) anywhere, compatibility
    forms folded (NFKC), no spacing at the ends; e-mails (fold) case folded too. An external id keeps its
    case: Salesforce's 15-character ids differ by case alone."""
    visible = "".join(c for c in text if not (unicodedata.category(c) == "Cf" or (c.isspace() and not c.isascii())))
    plain = unicodedata.normalize("NFKC", visible).strip()
    return (plain.casefold() if fold else plain) or None


def group_text(text: str, form: Literal["NFC", "NFKC"] = "NFC") -> str | None:
    """A source, a campaign, a channel as one name however it was spaced: no invisible characters (a zero-width
    space, a soft hyphen pasted in), composed accents (NFC), every run of spacing one space. Its look is kept:
    "Promo ½" stays itself. Stored names from before were put in this form by sql/schema/026_grouped_names.sql."""
    visible = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(unicodedata.normalize(form, visible).split()) or None


def person_text(text: str) -> str | None:
    """An owner's name as one person however the CRM wrote it: group_text's form, with compatibility forms folded
    too (NFKC: a fullwidth or decomposed letter is the plain one)."""
    return group_text(text, "NFKC")


def normalise(text: str) -> str:
    """Header or value as compared: Unicode compatibility forms and case folded (NFKC, casefold), accents off
    Latin letters, every run of punctuation or spacing one space. Letters of every script are kept: a Cyrillic
    or Greek stage name stays itself, never the empty key every other such name would share."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    kept, latin = [], False
    for char in folded:
        if unicodedata.combining(char):
            # "società" = "societa"; marks of other scripts (Devanagari vowel signs, Cyrillic й) are letters
            if latin:
                continue
        else:
            latin = char.isascii()
        kept.append(char)
    # letters, digits and marks make words; anything else separates them
    composed = unicodedata.normalize("NFC", "".join(kept))
    plain = "".join(c if unicodedata.category(c)[0] in "LNM" else " " for c in composed)
    return " ".join(plain.split())
