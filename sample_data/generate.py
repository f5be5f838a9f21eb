#!/usr/bin/env python3
"""Generate the smarketing demo company: Predicta Emilia S.r.l. (Modena).

Predicta Emilia sells predictive-maintenance software and services to Italian
manufacturers. This script writes a coherent, *living* history of its Sales and
Marketing funnel: 18 months of leads with their full stage history, weekly
channel spend, the team and a handful of shared objectives (some deliberately
not SMART), so every page of smarketing has something believable to show.

Usage::

    python sample_data/generate.py [--out DIR] [--seed N] [--summary]

The output is a pure function of the seed: no current date, locale, hash seed
or dict-ordering dependence, fixed float formatting, UTF-8 without BOM and
``\\n`` line endings, so two runs give byte-identical files.  ``--summary``
re-reads the written files, prints the funnel and spend figures a sales
manager would check, verifies the data constraints and exits 1 if any fails.

Only the Python standard library is used on purpose: the generator must run
anywhere the repository is checked out, before any dependency is installed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import random
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

# --------------------------------------------------------------------------
# Fixed frame.  The loader later shifts every date by whole weeks so that the
# newest activity lands in the current week; here we use real calendar dates.
# --------------------------------------------------------------------------
ANCHOR = dt.date(2026, 11, 20)  # a Friday: newest activity is in its week
ANCHOR_END = dt.datetime(2026, 11, 20, 23, 59, 59)
ANCHOR_WEEK = ANCHOR - dt.timedelta(days=ANCHOR.weekday())  # Monday 2026-11-16
START = dt.date(2025, 5, 19)  # Monday, ~18 months before ANCHOR
MATURE_CUTOFF = dt.date(2026, 7, 20)  # cohorts created up to here are "mature"
DEFAULT_SEED = 42
CURRENCY = "EUR"
TS_FORMAT = "%Y-%m-%d %H:%M:%S"

COMPANY = {
    "name": "Predicta Emilia S.r.l.",
    "city": "Modena",
    "region": "Emilia-Romagna",
    "website": "predictaemilia.example",
    "sector": "Industrial software: predictive maintenance and machine monitoring",
    "description_it": (
        "Software house di Modena che vende monitoraggio macchine e manutenzione "
        "predittiva a PMI e grandi aziende manifatturiere italiane."
    ),
    "description_en": (
        "Modena software house selling machine monitoring and predictive "
        "maintenance to Italian manufacturing SMEs and large companies."
    ),
}
DOMAIN = COMPANY["website"]

STAGES = ["lead", "mql", "sql", "opportunity", "customer"]
LOST = "lost"

# The team.  Marketing owns lead/mql, Sales owns sql onwards (docs/metrics.md, "The journey").
MARKETING_DIGITAL = "Giulia Ferrari"  # web, ads, newsletter
MARKETING_EVENTS = "Matteo Ricci"  # webinars, fairs, referral programme
SALES_BY_TERRITORY = {
    "Nord-Est": "Luca Bertolini",  # home market around Modena
    "Nord-Ovest": "Sara Colombo",
    "Centro": "Davide Mancini",
    "Sud e Isole": "Davide Mancini",
}
KEY_ACCOUNT = "Elena Galli"  # all Enterprise deals, any region
TEAM = [
    (MARKETING_DIGITAL, "marketing"),
    (MARKETING_EVENTS, "marketing"),
    ("Luca Bertolini", "sales"),
    ("Sara Colombo", "sales"),
    ("Davide Mancini", "sales"),
    (KEY_ACCOUNT, "sales"),
]
SALES_TEAM = [name for name, function in TEAM if function == "sales"]

# Products: (code name, deal median EUR, min, max, opp->close median days)
PRODUCTS = {
    "Predicta Sense": (8500, 5000, 15000, 30),
    "Predicta Platform": (24000, 15000, 40000, 45),
    "Predicta Factory": (65000, 40000, 120000, 70),
}
PRODUCT_BY_SEGMENT = {
    "PMI": [("Predicta Sense", 0.65), ("Predicta Platform", 0.30), ("Predicta Factory", 0.05)],
    "Mid-market": [("Predicta Sense", 0.30), ("Predicta Platform", 0.50), ("Predicta Factory", 0.20)],
    "Enterprise": [("Predicta Sense", 0.10), ("Predicta Platform", 0.40), ("Predicta Factory", 0.50)],
}
SEGMENT_DEAL_FACTOR = {"PMI": 0.9, "Mid-market": 1.0, "Enterprise": 1.25}
REGIONS = [("Nord-Est", 0.38), ("Nord-Ovest", 0.34), ("Centro", 0.17), ("Sud e Isole", 0.11)]

# Channels.  Step probabilities (lead->mql, mql->sql, sql->opp, opp->customer)
# encode lead quality: referral and fairs best, Google Ads and newsletter worst.
CHANNELS = ["Ricerca organica", "Google Ads", "LinkedIn", "Webinar", "Fiere", "Referral", "Newsletter"]
STEP_PROB = {
    "Referral": (0.54, 0.47, 0.50, 0.38),
    "Fiere": (0.50, 0.45, 0.50, 0.36),
    "Webinar": (0.45, 0.36, 0.48, 0.30),
    "LinkedIn": (0.36, 0.35, 0.46, 0.28),
    "Ricerca organica": (0.36, 0.33, 0.46, 0.28),
    "Google Ads": (0.25, 0.28, 0.42, 0.24),
    "Newsletter": (0.25, 0.31, 0.40, 0.30),
}
SEGMENT_MIX = {
    "Google Ads": (0.66, 0.27, 0.07),
    "Ricerca organica": (0.60, 0.30, 0.10),
    "LinkedIn": (0.45, 0.38, 0.17),
    "Webinar": (0.50, 0.35, 0.15),
    "Fiere": (0.44, 0.38, 0.18),
    "Newsletter": (0.60, 0.30, 0.10),
    "Referral": (0.50, 0.35, 0.15),
}
SEGMENTS = ["PMI", "Mid-market", "Enterprise"]
# Always-on channels: average new leads per week at the start of the history.
WEEKLY_BASE = {"Google Ads": 19.0, "Ricerca organica": 12.5, "LinkedIn": 8.5, "Referral": 3.8, "Newsletter": 1.3}
CAMPAIGNS = {
    "Google Ads": [
        ("Google Ads - Manutenzione predittiva", 0.50),
        ("Google Ads - Monitoraggio macchine", 0.32),
        ("Google Ads - Brand", 0.18),
    ],
    "LinkedIn": [("LinkedIn - Direttori di stabilimento", 0.6), ("LinkedIn - Case study Industria 4.0", 0.4)],
    "Ricerca organica": [("Blog e SEO", 0.75), ("Ebook manutenzione predittiva", 0.25)],
    "Referral": [("Programma referral clienti", 0.65), ("Partner integratori", 0.35)],
    "Newsletter": [("Newsletter mensile", 1.0)],
}
EBOOK_LAUNCH = dt.date(2025, 9, 15)  # gated ebook exists only from here on

# Trade fairs: (campaign, first day, last day, city, expected leads, stand cost EUR)
FAIRS = [
    ("SAVE Verona 2025", dt.date(2025, 10, 22), dt.date(2025, 10, 23), "Verona", 75, 12500),
    ("MECSPE Bologna 2026", dt.date(2026, 3, 4), dt.date(2026, 3, 6), "Bologna", 115, 18500),
    ("SPS Italia 2026", dt.date(2026, 5, 19), dt.date(2026, 5, 21), "Parma", 155, 27500),
    ("BI-MU Milano 2026", dt.date(2026, 10, 13), dt.date(2026, 10, 16), "Milano", 125, 23500),
]
WEBINAR_TOPICS = [  # rotated in this order, one per webinar
    "Manutenzione predittiva",
    "OEE e fermi macchina",
    "Industria 4.0",
    "IoT in fabbrica",
    "Transizione 5.0",
    "Energia e consumi",
]
# fmt: off
MONTHS_IT = [
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
]
# fmt: on
DEM_CAMPAIGN = "Newsletter - Transizione 5.0"
DEM_SENDS = [dt.date(2025, 9, 16), dt.date(2026, 2, 10)]

# fmt: off
# Italian public holidays in the frame: almost nobody fills a form on these.
HOLIDAYS = {
    dt.date(2025, 6, 2), dt.date(2025, 8, 15), dt.date(2025, 11, 1), dt.date(2025, 12, 8),
    dt.date(2025, 12, 25), dt.date(2025, 12, 26), dt.date(2026, 1, 1), dt.date(2026, 1, 6),
    dt.date(2026, 4, 6), dt.date(2026, 4, 25), dt.date(2026, 5, 1), dt.date(2026, 6, 2),
    dt.date(2026, 8, 15), dt.date(2026, 11, 1),
}
# Company closures: Ferragosto and Christmas.  Funnel steps rarely happen here.
CLOSURES = [
    (dt.date(2025, 8, 9), dt.date(2025, 8, 24)),
    (dt.date(2025, 12, 24), dt.date(2026, 1, 6)),
    (dt.date(2026, 8, 8), dt.date(2026, 8, 23)),
]

# Lost reasons by the stage the lead was lost from (weights).
LOST_REASONS = {
    "lead": [("Non in target", 0.40), ("Nessuna risposta", 0.33), ("Dati di contatto errati", 0.15),
             ("Nessun budget", 0.12)],
    "mql": [("Nessuna risposta", 0.34), ("Nessun budget", 0.24), ("Tempistiche non adatte", 0.22),
            ("Non in target", 0.20)],
    "sql": [("Nessun budget", 0.30), ("Tempistiche non adatte", 0.25), ("Scelto un concorrente", 0.15),
            ("Nessuna risposta", 0.12), ("Prezzo troppo alto", 0.10), ("Non in target", 0.08)],
    "opportunity": [("Prezzo troppo alto", 0.30), ("Scelto un concorrente", 0.29),
                    ("Progetto rinviato", 0.18), ("Nessun budget", 0.15), ("Nessuna risposta", 0.08)],
}
# When a lead does not advance, the share that is eventually closed as lost
# (the rest stays open: nurturing at lead/mql, stalled deals further down).
LOST_SHARE = {"lead": 0.40, "mql": 0.45, "sql": 0.75, "opportunity": 0.93}
# Median days spent before a lost lead is closed out, by stage.
LOST_DELAY = {"lead": 45.0, "mql": 30.0, "sql": 24.0}

FIRST_NAMES = [
    "Alessandro", "Andrea", "Antonio", "Alberto", "Carlo", "Claudio", "Daniele", "Davide", "Emanuele",
    "Enrico", "Fabio", "Federico", "Filippo", "Francesco", "Gabriele", "Giacomo", "Gianluca", "Giorgio",
    "Giovanni", "Giuseppe", "Lorenzo", "Luca", "Marco", "Massimo", "Matteo", "Michele", "Nicola",
    "Niccolò", "Paolo", "Pietro", "Riccardo", "Roberto", "Simone", "Stefano", "Tommaso", "Valerio",
    "Vittorio", "Mattia", "Alessia", "Anna", "Barbara", "Chiara", "Cristina", "Elena", "Elisa",
    "Federica", "Francesca", "Giada", "Giulia", "Ilaria", "Laura", "Lucia", "Marta", "Martina",
    "Monica", "Paola", "Roberta", "Sara", "Serena", "Silvia", "Simona", "Valentina", "Veronica",
    "Beatrice", "Noemi", "Irene",
]
LAST_NAMES = [
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
    "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
    "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini",
    "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis",
    "D'Angelo", "Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco",
    "Marini", "Grasso", "Valentini", "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo",
    "Sanna", "Farina", "Rizzi", "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza",
    "Testa", "Dell'Acqua", "Pellegrino", "Carbone", "Giuliani", "Benedetti", "Barone", "Rossetti",
    "Caputo", "Montanari", "Guerra", "Palmieri", "Bernardi", "Martino", "Fiore", "Ferretti", "Bellini",
    "Basile", "Riva", "Donati", "Piras", "Vitali", "Battaglia", "Sartori", "Neri", "Costantini",
    "Milani", "Pagano", "Ruggiero", "Sorrentino", "D'Amico", "Orlando", "Damiani", "Negri", "Zanetti",
    "Bertolini", "Malaguti", "Guidetti", "Bonacini", "Ferrarini", "Pini", "Zanoni", "Manfredini", "Tosi",
    "Zanni", "Bergamaschi", "Cavazzuti", "Mussini", "Lucà", "Bonfiglioli",
]
SECTORS = [
    "Meccanica", "Automazione", "Stampaggio", "Plastiche", "Ceramiche", "Alimentare", "Packaging",
    "Oleodinamica", "Fonderia", "Carpenteria", "Lavorazioni", "Impianti", "Trafilerie", "Componenti",
    "Tessile", "Macchine Agricole", "Ingranaggi", "Valvole", "Pompe", "Elettromeccanica",
]
PLACE_ADJ = {
    "Nord-Est": ["Emiliana", "Veneta", "Padana", "Adriatica", "Appennino", "Romagnola", "Friulana"],
    "Nord-Ovest": ["Lombarda", "Piemontese", "Ligure", "Brianzola", "Insubrica", "Canavese"],
    "Centro": ["Toscana", "Marchigiana", "Umbra", "Laziale", "Tirrenica", "Centro Italia"],
    "Sud e Isole": ["Campana", "Pugliese", "Sicula", "Sarda", "Mediterranea", "Meridionale", "Lucana"],
}
BRAND_HEADS = ["Tecno", "Idro", "Termo", "Mecc", "Plast", "Elettro", "Oleo", "Metal", "Pneu", "Robo", "Ferro"]
BRAND_TAILS = ["dinamica", "sistemi", "tecnica", "form", "tec", "line", "mac", "service", "group", "press"]
ACRONYMS = ["OMB", "CMS", "FAM", "SIR", "OMC", "MTA", "CBR", "IMA", "SMV", "TMP", "GMV", "RBM", "ELT", "BMC"]
AREA_CODES = {
    "Nord-Est": ["051", "059", "0522", "0521", "045", "049", "041", "0444", "0532", "0543"],
    "Nord-Ovest": ["02", "011", "010", "035", "030", "0331", "039", "0372"],
    "Centro": ["06", "055", "071", "075", "0574", "0733"],
    "Sud e Isole": ["081", "080", "091", "095", "070", "0825"],
}
# fmt: on
MOBILE_PREFIXES = ["320", "328", "333", "335", "338", "340", "347", "348", "349", "366", "380", "392"]


# --------------------------------------------------------------------------
# Small random helpers (all draw from the one seeded Random passed in).
# --------------------------------------------------------------------------
def pick(rng: random.Random, weighted: list[tuple]):
    """Draw one value from [(value, weight), ...]."""
    values = [v for v, _ in weighted]
    weights = [w for _, w in weighted]
    return rng.choices(values, weights=weights, k=1)[0]


def poisson(rng: random.Random, lam: float) -> int:
    """Poisson draw (stdlib random has none before 3.12); Knuth is fine for small means."""
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def lognormal_days(rng: random.Random, median: float, sigma: float) -> float:
    """Skewed delay: most steps are quick, a long tail drags on for weeks."""
    return rng.lognormvariate(math.log(median), sigma)


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits only (for email local parts and domains)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def fmt_ts(value: dt.datetime) -> str:
    return value.strftime(TS_FORMAT)


def fmt_money(value: float) -> str:
    return f"{value:.2f}"


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def days_between(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


# --------------------------------------------------------------------------
# Calendar: when do leads arrive?
# --------------------------------------------------------------------------
WEEKDAY_FACTOR = [1.18, 1.22, 1.15, 1.05, 0.86, 0.14, 0.08]  # Mon..Sun, normalised below
_WD_NORM = 7.0 / sum(WEEKDAY_FACTOR)


def season_factor(day: dt.date) -> float:
    """Demand seasonality of Italian manufacturing: August and Christmas are dead."""
    if day in HOLIDAYS:
        return 0.15
    if day.month == 8:
        if day.day <= 7:
            return 0.85
        if day.day <= 23:
            return 0.43  # Ferragosto: factories closed
        return 0.80
    if (day.month == 12 and day.day >= 22) or (day.month == 1 and day.day <= 6):
        return 0.25
    if day.month == 7:
        return 0.95
    if day.month in (9, 10):
        return 1.10  # back-to-work budgets and fair season
    if day.month == 1:
        return 1.05
    return 1.0


def trend_factor(day: dt.date) -> float:
    """Gentle growth: roughly +30% over the 18 months as the brand gets known."""
    span = (ANCHOR - START).days
    return 0.86 + 0.30 * (day - START).days / span


def in_closure(day: dt.date) -> dt.date | None:
    """Return the reopening day if `day` falls in a company closure."""
    for first, last in CLOSURES:
        if first <= day <= last:
            return last + dt.timedelta(days=1)
    return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def month_starts(first: dt.date, last: dt.date):
    year, month = first.year, first.month
    while dt.date(year, month, 1) <= last:
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def plan_webinars() -> list[dict]:
    """Monthly webinar on the third Thursday (second in December), none in August."""
    webinars, used = [], set()
    index = 0
    for year, month in month_starts(START, ANCHOR):
        if month == 8:
            continue
        day = nth_weekday(year, month, 3, 2 if month == 12 else 3)
        if day < START + dt.timedelta(days=14) or day > ANCHOR:
            continue  # registrations need two weeks before the event
        topic = WEBINAR_TOPICS[index % len(WEBINAR_TOPICS)]
        index += 1
        name = f"Webinar {topic} - {MONTHS_IT[month - 1]}"
        if name in used:  # same topic in the same month a year later
            name = f"{name} {year}"
        used.add(name)
        webinars.append({"campaign": name, "date": day, "topic": topic})
    return webinars


def plan_newsletters() -> list[tuple[str, dt.date, float]]:
    """Monthly newsletter on the first Tuesday, plus two one-off DEM sends."""
    sends = []
    for year, month in month_starts(START, ANCHOR):
        day = nth_weekday(year, month, 1, 1)
        if START <= day <= ANCHOR:
            sends.append(("Newsletter mensile", day, 21.0 if month != 8 else 9.0))
    sends.extend((DEM_CAMPAIGN, day, 24.0) for day in DEM_SENDS)
    return sorted(sends, key=lambda s: (s[1], s[0]))


# --------------------------------------------------------------------------
# Lead arrivals: (created_at, source, campaign) tuples.
# --------------------------------------------------------------------------
def office_time(rng: random.Random, day: dt.date) -> dt.datetime:
    """A time of day a B2B contact fills a form: office hours, peaks mid-morning and mid-afternoon."""
    if day.weekday() >= 5:
        hour = rng.randint(9, 21)
    else:
        hour = pick(rng, [(h, w) for h, w in zip(range(7, 22), [1, 4, 8, 10, 10, 7, 4, 7, 9, 9, 7, 4, 2, 1, 1])])
    return dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))


def always_on_arrivals(rng: random.Random) -> list[tuple]:
    """Daily Poisson arrivals for the channels that run all year."""
    arrivals = []
    for day in days_between(START, ANCHOR):
        base = _WD_NORM * WEEKDAY_FACTOR[day.weekday()] * season_factor(day) * trend_factor(day) / 7.0
        for channel, weekly in WEEKLY_BASE.items():
            campaigns = [
                (c, w) for c, w in CAMPAIGNS[channel] if c != "Ebook manutenzione predittiva" or day >= EBOOK_LAUNCH
            ]
            for _ in range(poisson(rng, weekly * base)):
                arrivals.append((office_time(rng, day), channel, pick(rng, campaigns)))
    return arrivals


def webinar_arrivals(rng: random.Random, webinars: list[dict]) -> list[tuple]:
    """Registrations pile up in the two weeks before each webinar, most in the last days."""
    arrivals = []
    for webinar in webinars:
        total = max(20, round(rng.gauss(48, 9) * trend_factor(webinar["date"])))
        for _ in range(total):
            days_before = min(14, int(rng.expovariate(1 / 3.5)))
            day = webinar["date"] - dt.timedelta(days=days_before)
            arrivals.append((office_time(rng, day), "Webinar", webinar["campaign"]))
    return arrivals


def fair_arrivals(rng: random.Random) -> list[tuple]:
    """Badge scans imported each evening of the fair; business cards typed in over the next two weeks."""
    arrivals = []
    for name, first, last, _city, expected, _cost in FAIRS:
        fair_days = list(days_between(first, last))
        for _ in range(max(30, round(rng.gauss(expected, expected * 0.08)))):
            if rng.random() < 0.6:
                day = rng.choice(fair_days)
                moment = dt.datetime(
                    day.year, day.month, day.day, rng.randint(18, 21), rng.randrange(60), rng.randrange(60)
                )
            else:
                day = last + dt.timedelta(days=1 + min(13, int(rng.expovariate(1 / 4.0))))
                while day.weekday() >= 5:
                    day += dt.timedelta(days=1)
                moment = office_time(rng, day)
            arrivals.append((moment, "Fiere", name))
    return arrivals


def newsletter_arrivals(rng: random.Random, sends) -> list[tuple]:
    """Clicks on a send turn into leads within a few days."""
    arrivals = []
    for campaign, day, expected in sends:
        for _ in range(poisson(rng, expected * trend_factor(day))):
            arrival = day + dt.timedelta(days=min(6, int(rng.expovariate(1 / 1.2))))
            arrivals.append((office_time(rng, arrival), "Newsletter", campaign))
    return arrivals


# --------------------------------------------------------------------------
# Who the leads are: companies and contacts.
# --------------------------------------------------------------------------
def company_name(rng: random.Random, segment: str, region: str) -> str:
    legal = pick(
        rng,
        {
            "PMI": [("S.r.l.", 0.70), ("S.n.c.", 0.15), ("S.a.s.", 0.08), ("S.p.A.", 0.07)],
            "Mid-market": [("S.r.l.", 0.55), ("S.p.A.", 0.45)],
            "Enterprise": [("S.p.A.", 0.85), ("S.r.l.", 0.15)],
        }[segment],
    )
    surname, sector = rng.choice(LAST_NAMES), rng.choice(SECTORS)
    pattern = rng.randrange(7)
    if pattern == 0:
        core = f"{surname} {sector}"
    elif pattern == 1:
        core = f"{sector} {surname}"
    elif pattern == 2:
        core = f"Fratelli {surname}"
    elif pattern == 3:
        core = f"{rng.choice(ACRONYMS)} {sector}"
    elif pattern == 4:
        core = f"{surname} & {rng.choice(LAST_NAMES)}"
    elif pattern == 5:
        core = f"{sector} {rng.choice(PLACE_ADJ[region])}"
    else:
        core = rng.choice(BRAND_HEADS) + rng.choice(BRAND_TAILS)
    return f"{core} {legal}"


def company_domain(name: str, used: set[str]) -> str:
    core = name.rsplit(" ", 1)[0]  # drop the legal form
    slug = ascii_slug(core)
    domain, n = f"{slug}.example", 2
    while domain in used:  # different companies must not share a mail domain
        domain, n = f"{slug}{n}.example", n + 1
    used.add(domain)
    return domain


def company_phone(rng: random.Random, region: str) -> str:
    """A switchboard landline in the company's area."""
    code = rng.choice(AREA_CODES[region])
    digits = "".join(str(rng.randrange(10)) for _ in range(10 - len(code)))
    return f"{code} {digits}"


class CompanyPool:
    """Companies per segment; a few get several contacts (buying committees), most just one."""

    def __init__(self, rng: random.Random, sizes: dict[str, int]):
        self.rng = rng
        self.by_segment: dict[str, list[dict]] = {}
        cores, domains = set(), set()
        for segment in SEGMENTS:
            companies = []
            while len(companies) < sizes[segment]:
                region = pick(rng, REGIONS)
                name = company_name(rng, segment, region)
                core = name.rsplit(" ", 1)[0]  # "Rossi Meccanica S.r.l." and "... S.p.A." would clash
                if core in cores:
                    continue
                cores.add(core)
                companies.append(
                    {
                        "name": name,
                        "region": region,
                        "segment": segment,
                        "domain": company_domain(name, domains),
                        "phone": company_phone(rng, region),
                    }
                )
            self.by_segment[segment] = companies

    def draw(self, segment: str) -> dict:
        companies = self.by_segment[segment]
        # rng.random() ** 1.3 favours the first companies: they collect several contacts.
        return companies[int(len(companies) * self.rng.random() ** 1.3)]


def contact_phone(rng: random.Random, company: dict) -> str:
    """Direct mobile, company switchboard in two spellings, or nothing (forms leave it optional)."""
    roll = rng.random()
    if roll < 0.09:
        return ""
    if roll < 0.45:
        prefix = rng.choice(MOBILE_PREFIXES)
        digits = "".join(str(rng.randrange(10)) for _ in range(7))
        return f"+39 {prefix} {digits}" if rng.random() < 0.7 else f"+39 {prefix} {digits[:3]} {digits[3:]}"
    return f"+39 {company['phone']}" if roll < 0.75 else company["phone"]


def contact_email(rng: random.Random, first: str, last: str, domain: str, used: set[str]) -> str:
    f, s = ascii_slug(first), ascii_slug(last)
    candidates = [f"{f}.{s}", f"{f[0]}.{s}", f"{f[0]}{s}", f"{s}.{f}", f"{f}{s}"]
    # Most companies use name.surname; the rest some other house style.
    if rng.random() < 0.3:
        rng.shuffle(candidates)
    for local in candidates:
        email = f"{local}@{domain}"
        if email not in used:
            used.add(email)
            return email
    n = 2
    while f"{f}.{s}{n}@{domain}" in used:
        n += 1
    used.add(f"{f}.{s}{n}@{domain}")
    return f"{f}.{s}{n}@{domain}"


# --------------------------------------------------------------------------
# The journey of one lead through the funnel.
# --------------------------------------------------------------------------
def is_workday(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in HOLIDAYS


def next_workday(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not is_workday(day):
        day += dt.timedelta(days=1)
    return day


def after(rng: random.Random, previous: dt.datetime, days: float) -> dt.datetime:
    """The moment a step recorded `days` (calendar) after `previous`, strictly later than it.

    People move leads while at work, so the delay is counted in working days (weekends
    and holidays do not pile up on Mondays) and mostly skips company closures.
    """
    day = previous.date()
    if not is_workday(day):  # a lead left on Saturday is picked up on Monday
        day = next_workday(day)
    for _ in range(int(days * 5 / 7)):
        day = next_workday(day)
    reopen = in_closure(day)
    if reopen and rng.random() < 0.85:
        day = reopen if is_workday(reopen) else next_workday(reopen)
    hour = pick(rng, [(h, w) for h, w in zip(range(8, 19), [4, 9, 10, 10, 6, 4, 8, 9, 9, 7, 4])])
    moment = dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
    if moment <= previous:  # same day, earlier hour: a little later instead
        moment = previous + dt.timedelta(minutes=rng.randint(10, 240))
        if moment.hour >= 19 or moment.date() != previous.date():
            moment = dt.datetime.combine(
                next_workday(previous.date()), dt.time(rng.randint(8, 11), rng.randrange(60), rng.randrange(60))
            )
    return moment


def step_probabilities(channel: str, segment: str, product: str) -> list[float]:
    """Channel sets lead quality; segment and product nudge the later steps."""
    p = list(STEP_PROB[channel])
    if segment == "Enterprise":
        p[1] *= 1.08  # big logos get a call back quickly
        p[3] *= 0.85  # ...but long committees lose more deals
    elif segment == "PMI":
        p[3] *= 1.06
    if product == "Predicta Factory":
        p[3] *= 0.88
    elif product == "Predicta Sense":
        p[2] *= 1.05
    return [min(0.62, max(0.08, x)) for x in p]


def step_delay(rng: random.Random, step: int, channel: str, segment: str, product: str) -> float:
    """Days to advance from STAGES[step] to STAGES[step + 1]."""
    if step == 0:  # lead -> mql: event leads are scored fast, web leads need nurturing
        return lognormal_days(rng, 2.0 if channel in ("Webinar", "Fiere") else 6.0, 0.9)
    if step == 1:  # mql -> sql: the hand-off, a few days
        return lognormal_days(rng, 3.5, 0.8)
    if step == 2:  # sql -> opportunity: discovery call and demo
        return lognormal_days(rng, 14.0, 0.6)
    cycle = PRODUCTS[product][3] * (1.3 if segment == "Enterprise" else 1.0)
    return lognormal_days(rng, cycle, 0.5)


def deal_value(rng: random.Random, product: str, segment: str) -> float:
    median, low, high, _ = PRODUCTS[product]
    value = rng.lognormvariate(math.log(median * SEGMENT_DEAL_FACTOR[segment]), 0.3)
    return round(min(high, max(low, value)) / 50.0) * 50.0  # quotes are round numbers


class SteadyCoin:
    """Coin flips nudged back toward their expected total, one running gap per (channel, step).

    Bottom-of-funnel samples per channel are small (a dozen opportunities), so plain flips can
    give a channel a 5% or 70% win rate by chance and contradict the story the demo tells.
    Nudging each flip by the running shortfall keeps week-to-week noise but holds each
    channel's totals within a couple of leads of its designed rate.
    """

    def __init__(self, rng: random.Random, pull: float = 0.12):
        self.rng, self.pull, self.gap = rng, pull, defaultdict(float)

    def flip(self, key: tuple, p: float) -> bool:
        hit = self.rng.random() < min(0.98, max(0.02, p + self.pull * self.gap[key]))
        self.gap[key] += p - hit
        return hit


def simulate_journey(rng: random.Random, coin: SteadyCoin, lead: dict) -> list[tuple[str, dt.datetime]]:
    """Walk the funnel until the lead stalls, is lost, wins, or the next step would be after ANCHOR."""
    events = [("lead", lead["created_at"])]
    probs = step_probabilities(lead["source"], lead["segment"], lead["product"])
    for step in range(4):
        stage, entered = events[-1]
        if coin.flip((lead["source"], step), probs[step]):
            moment = after(rng, entered, step_delay(rng, step, lead["source"], lead["segment"], lead["product"]))
            if moment > ANCHOR_END:
                break  # would happen later: still open, the cohort is maturing
            events.append((STAGES[step + 1], moment))
            continue
        if rng.random() < LOST_SHARE[stage]:
            if stage == "opportunity":
                days = step_delay(rng, 3, lead["source"], lead["segment"], lead["product"]) * 1.1
            else:
                days = lognormal_days(rng, LOST_DELAY[stage], 0.55)
            moment = after(rng, entered, days)
            if moment <= ANCHOR_END:
                events.append((LOST, moment))
        break  # not advancing: lost, or left in nurturing / stalled
    return events


def lost_from(events: list[tuple[str, dt.datetime]]) -> str:
    return events[-2][0]


def sales_owner(rng: random.Random, segment: str, region: str) -> str:
    """Territory rule, with some deals taken by a colleague (holidays, workload)."""
    owner = KEY_ACCOUNT if segment == "Enterprise" else SALES_BY_TERRITORY[region]
    if rng.random() < 0.08:
        owner = rng.choice(SALES_TEAM)
    return owner


# --------------------------------------------------------------------------
# Assemble leads.
# --------------------------------------------------------------------------
def build_leads(rng: random.Random, webinars, sends) -> tuple[list[dict], dict[str, list]]:
    arrivals = (
        always_on_arrivals(rng) + webinar_arrivals(rng, webinars) + fair_arrivals(rng) + newsletter_arrivals(rng, sends)
    )
    # Oldest first so DEMO-000001 is the first lead; ties broken by channel and campaign.
    arrivals = [a for a in arrivals if a[0] <= ANCHOR_END]
    arrivals.sort(key=lambda a: (a[0], a[1], a[2]))
    pool = CompanyPool(rng, {"PMI": 2300, "Mid-market": 1000, "Enterprise": 260})
    emails: set[str] = set()
    leads, events = [], {}
    coin = SteadyCoin(rng)
    for number, (created, channel, campaign) in enumerate(arrivals, start=1):
        segment = SEGMENTS[rng.choices(range(3), weights=SEGMENT_MIX[channel])[0]]
        company = pool.draw(segment)
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        lead = {
            "external_id": f"DEMO-{number:06d}",
            "email": contact_email(rng, first, last, company["domain"], emails),
            "first_name": first,
            "last_name": last,
            "name": f"{first} {last}",
            "company": company["name"],
            "phone": contact_phone(rng, company),
            "source": channel,
            "campaign": campaign,
            "segment": segment,
            "region": company["region"],
            "product": pick(rng, PRODUCT_BY_SEGMENT[segment]),
            "created_at": created,
        }
        journey = simulate_journey(rng, coin, lead)
        finish_lead(rng, lead, journey)
        leads.append(lead)
        events[lead["external_id"]] = journey
    return leads, events


def finish_lead(rng: random.Random, lead: dict, journey: list[tuple[str, dt.datetime]]) -> None:
    """Derive the CRM snapshot fields from the stage history."""
    stage, moment = journey[-1]
    stages_seen = [s for s, _ in journey]
    lead["current_stage"] = stage
    lead["closed_at"] = moment if stage in ("customer", LOST) else None
    lead["lost_reason"] = pick(rng, LOST_REASONS[lost_from(journey)]) if stage == LOST else ""
    lead["deal_value"] = deal_value(rng, lead["product"], lead["segment"]) if "opportunity" in stages_seen else None
    if "sql" in stages_seen:
        lead["owner"] = sales_owner(rng, lead["segment"], lead["region"])
    else:
        digital = lead["source"] in ("Google Ads", "LinkedIn", "Ricerca organica", "Newsletter")
        lead["owner"] = MARKETING_DIGITAL if digital else MARKETING_EVENTS


# --------------------------------------------------------------------------
# Spend: one row per Monday per active channel+campaign.
# --------------------------------------------------------------------------
def paused_week(week: dt.date) -> bool:
    """Ads paused in Ferragosto and Christmas weeks: nobody is there to answer."""
    return any(first <= week + dt.timedelta(days=3) <= last for first, last in CLOSURES)


def media_factor(week: dt.date) -> float:
    mid = week + dt.timedelta(days=3)
    if mid.month == 8:
        return 0.45
    if mid.month in (9, 10):
        return 1.12
    return 1.0


def build_spend(rng: random.Random, leads: list[dict], webinars, sends) -> list[tuple]:
    rows: dict[tuple[dt.date, str, str], float] = defaultdict(float)
    weeks = [START + dt.timedelta(weeks=n) for n in range((ANCHOR_WEEK - START).days // 7 + 1)]
    weekly_media = {  # campaign: (channel, EUR per week)
        "Google Ads - Manutenzione predittiva": ("Google Ads", 620.0),
        "Google Ads - Monitoraggio macchine": ("Google Ads", 390.0),
        "Google Ads - Brand": ("Google Ads", 140.0),
        "LinkedIn - Direttori di stabilimento": ("LinkedIn", 520.0),
        "LinkedIn - Case study Industria 4.0": ("LinkedIn", 330.0),
    }
    for week in weeks:
        growth = trend_factor(week)
        for campaign, (channel, amount) in weekly_media.items():
            if not paused_week(week):
                rows[(week, channel, campaign)] += amount * growth * media_factor(week) * rng.uniform(0.82, 1.18)
        # SEO agency retainer (2,400 EUR/month) spread weekly; agency closed in closures.
        if not paused_week(week):
            rows[(week, "Ricerca organica", "Blog e SEO")] += 2400 * 12 / 52 * rng.uniform(0.9, 1.1)
            if week >= monday(EBOOK_LAUNCH):
                rows[(week, "Ricerca organica", "Ebook manutenzione predittiva")] += 140 * rng.uniform(0.8, 1.2)
        # Email platform licence, every week.
        rows[(week, "Newsletter", "Newsletter mensile")] += 55.0
    for campaign, day, _ in sends:  # copywriting and design of each send
        rows[(monday(day), "Newsletter", campaign)] += (
            260.0 if campaign == "Newsletter mensile" else 950.0
        ) * rng.uniform(0.9, 1.1)
    for webinar in webinars:  # platform + promotion, the week before and the week of the event
        total = rng.uniform(1600, 2600)
        rows[(monday(webinar["date"]) - dt.timedelta(days=7), "Webinar", webinar["campaign"])] += total * 0.4
        rows[(monday(webinar["date"]), "Webinar", webinar["campaign"])] += total * 0.6
    for name, first, _last, _city, _expected, cost in FAIRS:  # stand, fittings, travel
        rows[(monday(first), "Fiere", name)] += cost * rng.uniform(0.93, 1.08)
    for lead in leads:  # referral bonus paid in the week the referred deal is won
        if lead["source"] == "Referral" and lead["current_stage"] == "customer":
            bonus = 500.0 if lead["campaign"] == "Programma referral clienti" else 800.0
            rows[(monday(lead["closed_at"].date()), "Referral", lead["campaign"])] += bonus
    return sorted(
        (week, channel, campaign, round(amount, 2)) for (week, channel, campaign), amount in rows.items() if amount > 0
    )


# --------------------------------------------------------------------------
# Objectives: built from the data so baselines in the text match the numbers.
# --------------------------------------------------------------------------
def it_number(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def en_number(value: float) -> str:
    return f"{value:,.0f}"


def recent_mql_sql_rate(events: dict[str, list]) -> float:
    """Cohort MQL->SQL rate over leads that became MQL 7..1 months before ANCHOR."""
    first, last = dt.datetime(2026, 4, 20), dt.datetime(2026, 10, 19)
    entered = converted = 0
    for journey in events.values():
        stages = dict(journey)
        if "mql" in stages and first <= stages["mql"] < last:
            entered += 1
            converted += any(s in stages for s in ("sql", "opportunity", "customer"))
    return converted / entered


def trailing_won_value(leads: list[dict], source: str, months: int) -> float:
    since = ANCHOR_END - dt.timedelta(days=round(months * 30.4))
    return sum(
        ld["deal_value"]
        for ld in leads
        if ld["current_stage"] == "customer" and ld["source"] == source and ld["closed_at"] > since
    )


def trailing_cac(leads: list[dict], spend: list[tuple], weeks: int) -> float:
    since = ANCHOR_WEEK - dt.timedelta(weeks=weeks - 1)
    cost = sum(row[3] for row in spend if row[0] >= since)
    won = sum(1 for ld in leads if ld["current_stage"] == "customer" and ld["closed_at"].date() >= since)
    return cost / won


def objective(key: str, title: tuple[str, str], statement: tuple[str, str], **fields) -> dict:
    """One shared objective; fields not given are null (a vague objective leaves most of them out)."""
    record = dict.fromkeys(OBJECTIVE_FIELDS)
    record.update(key=key, title_it=title[0], title_en=title[1], statement_it=statement[0], statement_en=statement[1])
    record.update(filters={}, owners=[], smart_notes="complete")
    unknown = set(fields) - set(OBJECTIVE_FIELDS)
    if unknown:
        raise ValueError(f"unknown objective fields {sorted(unknown)}")
    record.update(fields)
    return record


OBJECTIVE_FIELDS = [
    "key", "title_it", "title_en", "statement_it", "statement_en", "metric", "from_stage", "to_stage",
    "filters", "direction", "target", "target_kind", "unit", "start_date", "deadline", "owners", "parent",
    "cadence", "smart_notes",
]  # fmt: skip


def build_objectives(leads, events, spend) -> list[dict]:
    """Four complete objectives, a manual KPI, a vague wish and an over-ambitious one."""
    rate = round(recent_mql_sql_rate(events), 2)
    goal = round(rate + 0.06, 2)
    fair_target = int(round(trailing_won_value(leads, "Fiere", 8) * 1.25 / 10000) * 10000)
    cac = int(round(trailing_cac(leads, spend, 26), -2))
    cac_target = int(round(cac * 0.85, -2))
    digital, events_mkt = MARKETING_DIGITAL, MARKETING_EVENTS
    return [
        objective(
            "fiere-won-value",
            ("Fatturato vinto dalle fiere", "Won revenue from trade fairs"),
            (
                f"Chiudere contratti per {it_number(fair_target)} EUR con i lead raccolti alle fiere "
                "entro il {deadline}",
                f"Close EUR {en_number(fair_target)} of won deals from trade-fair leads by {{deadline}}",
            ),
            metric="won_value",
            filters={"source": "Fiere"},
            direction="increase",
            target=fair_target,
            target_kind="absolute",
            unit="EUR",
            start_date="2026-10-26",
            deadline="2027-06-30",
            owners=[events_mkt, "Luca Bertolini", KEY_ACCOUNT],
        ),
        objective(
            "webinar-sql-growth",
            ("Più SQL dai webinar", "More SQLs from webinars"),
            (
                "Aumentare del 20% le SQL generate dai webinar entro il {deadline}",
                "Increase SQLs generated by webinars by 20% by {deadline}",
            ),
            metric="stage_entries",
            to_stage="sql",
            filters={"source": "Webinar"},
            direction="increase",
            target=0.2,
            target_kind="relative",
            unit="count",
            start_date="2026-10-05",
            deadline="2027-03-31",
            owners=[events_mkt, "Sara Colombo"],
            parent="cac-reduction",
        ),
        objective(
            "mql-sql-conversion",
            ("Conversione MQL->SQL", "MQL->SQL conversion"),
            (
                f"Portare il tasso di conversione MQL->SQL dal {rate:.0%} al {goal:.0%} entro il {{deadline}}",
                f"Raise the MQL->SQL conversion rate from {rate:.0%} to {goal:.0%} by {{deadline}}",
            ),
            metric="conversion",
            from_stage="mql",
            to_stage="sql",
            direction="increase",
            target=goal,
            target_kind="absolute",
            unit="ratio",
            start_date="2026-11-02",
            deadline="2027-04-30",
            owners=[digital, events_mkt, "Luca Bertolini", "Sara Colombo"],
        ),
        objective(
            "cac-reduction",
            ("Ridurre il CAC", "Reduce CAC"),
            (
                f"Ridurre il costo di acquisizione cliente da circa {it_number(cac)} EUR "
                f"a {it_number(cac_target)} EUR entro il {{deadline}}",
                f"Reduce customer acquisition cost from about EUR {en_number(cac)} "
                f"to EUR {en_number(cac_target)} by {{deadline}}",
            ),
            metric="cac",
            direction="decrease",
            target=cac_target,
            target_kind="absolute",
            unit="EUR",
            start_date="2026-10-19",
            deadline="2027-06-30",
            owners=[digital, "Davide Mancini"],
        ),
        objective(
            "migliorare-marketing",
            ("Migliorare il marketing", "Improve marketing"),
            ("Migliorare il marketing", "Improve marketing"),
            start_date="2026-11-02",
            owners=[digital, events_mkt],
            smart_notes="Vague verb with no metric, number, deadline or sales owner: fails Specific, "
            "Measurable, Relevant and Time-bound.",
        ),
        objective(
            "triple-customers",
            ("Triplicare i clienti", "Triple new customers"),
            (
                "Triplicare i nuovi clienti in 4 settimane, entro il {deadline}",
                "Triple new customers in 4 weeks, by {deadline}",
            ),
            metric="stage_entries",
            to_stage="customer",
            direction="increase",
            target=2.0,
            target_kind="relative",
            unit="count",
            start_date="2026-11-09",
            deadline="2026-12-07",
            owners=[digital, "Luca Bertolini"],
            smart_notes="Over-ambitious: tripling new customers in four weeks is far beyond anything in the "
            "history, so Achievable fails.",
        ),
        objective(
            "alignment-confidence",
            ("Fiducia nell'allineamento", "Alignment confidence"),
            (
                "Portare la fiducia del team nell'allineamento vendite-marketing ad almeno 4,5 su 5 "
                "entro il {deadline}, con check-in settimanale",
                "Raise the team's confidence in sales-marketing alignment to at least 4.5 out of 5 "
                "by {deadline}, with a weekly check-in",
            ),
            metric="manual",
            direction="increase",
            target=4.5,
            target_kind="absolute",
            unit="score",
            start_date="2026-10-26",
            deadline="2027-03-31",
            owners=[digital, "Sara Colombo"],
            parent="mql-sql-conversion",
            cadence="weekly",
        ),
    ]


def build_meetings() -> list[dict]:
    """Last week's alignment meeting: what was decided and who does what, some of it still open, so the
    current week's meeting starts with actions carried over."""
    week = ANCHOR_WEEK - dt.timedelta(days=7)
    return [{
        "week": week.isoformat(),
        "held_on": week.isoformat(),
        "title": "Allineamento Vendite-Marketing",
        "attendees": [MARKETING_DIGITAL, MARKETING_EVENTS, "Luca Bertolini", "Sara Colombo"],
        "notes": "Fiere: i contatti di BI-MU vanno richiamati entro due settimane. "
                 "Webinar di dicembre confermato sul tema manutenzione predittiva per le PMI.",
        "decisions": [
            {"text": "Gli MQL dei webinar passano alle Vendite entro 48 ore, con la registrazione allegata.",
             "decided_by": "Sara Colombo", "objective": "webinar-sql-growth"},
            {"text": "Si sospende la campagna LinkedIn sul segmento Enterprise fino a gennaio.",
             "decided_by": MARKETING_DIGITAL, "objective": None},
        ],
        "actions": [
            {"text": "Richiamare i contatti raccolti a BI-MU Milano", "owner": "Luca Bertolini",
             "due": (week + dt.timedelta(days=11)).isoformat(), "done": False, "objective": "fiere-won-value"},
            {"text": "Preparare la scheda di qualificazione MQL condivisa", "owner": MARKETING_EVENTS,
             "due": (week + dt.timedelta(days=4)).isoformat(), "done": False, "objective": "mql-sql-conversion"},
            {"text": "Inviare il riepilogo dei lead persi per prezzo", "owner": "Sara Colombo",
             "due": (week + dt.timedelta(days=3)).isoformat(), "done": True, "objective": None},
        ],
    }]


# --------------------------------------------------------------------------
# Writing.
# --------------------------------------------------------------------------
LEAD_COLUMNS = [
    "external_id",
    "email",
    "first_name",
    "last_name",
    "name",
    "company",
    "phone",
    "source",
    "campaign",
    "segment",
    "region",
    "owner",
    "product",
    "created_at",
    "current_stage",
    "closed_at",
    "deal_value",
    "currency",
    "lost_reason",
]


def write_csv(path: Path, header: list[str], rows) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def write_json(path: Path, payload) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8", newline="\n")


def lead_row(lead: dict) -> list[str]:
    return [
        lead["external_id"],
        lead["email"],
        lead["first_name"],
        lead["last_name"],
        lead["name"],
        lead["company"],
        lead["phone"],
        lead["source"],
        lead["campaign"],
        lead["segment"],
        lead["region"],
        lead["owner"],
        lead["product"],
        fmt_ts(lead["created_at"]),
        lead["current_stage"],
        fmt_ts(lead["closed_at"]) if lead["closed_at"] else "",
        fmt_money(lead["deal_value"]) if lead["deal_value"] is not None else "",
        CURRENCY,
        lead["lost_reason"],
    ]


def generate(out: Path, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    webinars, sends = plan_webinars(), plan_newsletters()
    leads, events = build_leads(rng, webinars, sends)
    spend = build_spend(rng, leads, webinars, sends)
    objectives = build_objectives(leads, events, spend)
    out.mkdir(parents=True, exist_ok=True)
    counts = {
        "team.csv": write_csv(
            out / "team.csv",
            ["name", "function", "email"],
            [(n, f, f"{ascii_slug(n.split()[0])}.{ascii_slug(n.split()[1])}@{DOMAIN}") for n, f in TEAM],
        ),
        "leads.csv": write_csv(out / "leads.csv", LEAD_COLUMNS, (lead_row(ld) for ld in leads)),
        "stage_events.csv": write_csv(
            out / "stage_events.csv",
            ["external_id", "stage", "entered_at"],
            ((key, stage, fmt_ts(moment)) for key, journey in events.items() for stage, moment in journey),
        ),
        "spend.csv": write_csv(
            out / "spend.csv",
            ["spend_date", "channel", "campaign", "amount", "currency"],
            ((w.isoformat(), ch, cp, fmt_money(a), CURRENCY) for w, ch, cp, a in spend),
        ),
    }
    write_json(out / "objectives.json", objectives)
    counts["objectives.json"] = len(objectives)
    meetings = build_meetings()
    write_json(out / "meetings.json", meetings)
    counts["meetings.json"] = len(meetings)
    write_json(out / "meta.json", build_meta(seed, webinars, sends, counts))
    return counts


def build_meta(seed: int, webinars, sends, counts: dict[str, int]) -> dict:
    return {
        "anchor_date": ANCHOR.isoformat(),
        "anchor_week_start": ANCHOR_WEEK.isoformat(),
        "history_start": START.isoformat(),
        "seed": seed,
        "generator": "sample_data/generate.py",
        "company": COMPANY,
        "currency": CURRENCY,
        "team": [{"name": n, "function": f} for n, f in TEAM],
        "territories": {"Enterprise (any region)": KEY_ACCOUNT, **SALES_BY_TERRITORY},
        "products": [
            {"name": n, "typical_deal_eur": v[0], "min_eur": v[1], "max_eur": v[2], "typical_cycle_days": v[3]}
            for n, v in PRODUCTS.items()
        ],
        "channels": CHANNELS,
        "fairs": [
            {"campaign": n, "first_day": first.isoformat(), "last_day": last.isoformat(), "city": c}
            for n, first, last, c, _e, _s in FAIRS
        ],
        "webinars": [{"campaign": w["campaign"], "date": w["date"].isoformat()} for w in webinars],
        "newsletter_sends": [{"campaign": c, "date": d.isoformat()} for c, d, _ in sends],
        "rows": counts,
        "mature_cohort_cutoff": MATURE_CUTOFF.isoformat(),
        "lost_reasons": sorted({r for reasons in LOST_REASONS.values() for r, _ in reasons}),
        "notes": "Dates are real dates relative to anchor_date; the loader shifts them by whole weeks "
        "so that the newest activity falls in the current week.",
    }


# --------------------------------------------------------------------------
# --summary: re-read the files, print the figures, check the constraints.
# --------------------------------------------------------------------------
def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def reached(stages_seen: set[str], stage: str) -> bool:
    """docs/metrics.md: a stage is reached through its own event or any later non-terminal one."""
    if stage == LOST:
        return LOST in stages_seen
    return any(s in stages_seen for s in STAGES[STAGES.index(stage) :])


def cohort_steps(leads, seen_by_id) -> list[tuple[int, int]]:
    """(entered, converted) for each adjacent step, among the given leads."""
    result = []
    for a, b in zip(STAGES, STAGES[1:]):
        entered = [ld for ld in leads if reached(seen_by_id[ld["external_id"]], a)]
        converted = [ld for ld in entered if reached(seen_by_id[ld["external_id"]], b)]
        result.append((len(entered), len(converted)))
    return result


def summarize(out: Path) -> bool:
    leads = read_csv(out / "leads.csv")
    events = read_csv(out / "stage_events.csv")
    spend = read_csv(out / "spend.csv")
    team = read_csv(out / "team.csv")
    problems = check_constraints(leads, events, spend, team)
    by_id = defaultdict(list)
    for event in events:
        by_id[event["external_id"]].append(event)
    seen = {key: {e["stage"] for e in rows} for key, rows in by_id.items()}
    print_funnel(leads, seen)
    problems.extend(check_step_ranges(leads, seen))
    print_money(leads, spend)
    print_seasonality(leads)
    print(f"\nrows: leads={len(leads)} stage_events={len(events)} spend={len(spend)} team={len(team)}")
    for problem in problems:
        print("PROBLEM:", problem)
    print("constraints:", "ALL OK" if not problems else f"{len(problems)} problem(s)")
    return not problems


def print_funnel(leads, seen) -> None:
    mature = [ld for ld in leads if ld["created_at"][:10] <= MATURE_CUTOFF.isoformat()]
    print(f"total leads {len(leads)}; mature cohort (created <= {MATURE_CUTOFF}) {len(mature)}")
    print(
        f"{'channel':18} {'leads':>6} {'mature':>6}  "
        + "  ".join(f"{a[:3]}->{b[:4]:4}" for a, b in zip(STAGES, STAGES[1:]))
        + "   lead->cust"
    )
    for channel in CHANNELS + ["ALL"]:
        group = [ld for ld in mature if channel == "ALL" or ld["source"] == channel]
        total = sum(1 for ld in leads if channel == "ALL" or ld["source"] == channel)
        steps = cohort_steps(group, seen)
        rates = "  ".join(f"{c / e:9.1%}" if e else f"{'-':>9}" for e, c in steps)
        print(f"{channel:18} {total:6d} {len(group):6d}  {rates}   {steps[-1][1] / len(group):8.2%}")
    stages = defaultdict(int)
    for lead in leads:
        stages[lead["current_stage"]] += 1
    print("current stage:", ", ".join(f"{s}={stages[s]}" for s in STAGES + [LOST]))
    reasons = defaultdict(int)
    for lead in leads:
        if lead["lost_reason"]:
            reasons[lead["lost_reason"]] += 1
    print("lost reasons:", ", ".join(f"{r}={n}" for r, n in sorted(reasons.items(), key=lambda x: -x[1])))


def check_step_ranges(leads, seen, low: float = 0.10, high: float = 0.60) -> list[str]:
    """Every mature-cohort step, per channel and overall, must look like a real funnel."""
    mature = [ld for ld in leads if ld["created_at"][:10] <= MATURE_CUTOFF.isoformat()]
    problems = []
    for channel in CHANNELS + ["ALL"]:
        group = [ld for ld in mature if channel == "ALL" or ld["source"] == channel]
        for (a, b), (entered, converted) in zip(zip(STAGES, STAGES[1:]), cohort_steps(group, seen)):
            if not entered or not low <= converted / entered <= high:
                problems.append(f"{channel} {a}->{b} conversion {converted}/{entered} outside {low:.0%}..{high:.0%}")
    return problems


def print_money(leads, spend) -> None:
    cost, n_leads, won, value = (defaultdict(float), defaultdict(int), defaultdict(int), defaultdict(float))
    for row in spend:
        cost[row["channel"]] += float(row["amount"])
    for lead in leads:
        n_leads[lead["source"]] += 1
        if lead["current_stage"] == "customer":
            won[lead["source"]] += 1
            value[lead["source"]] += float(lead["deal_value"])
    print(f"\n{'channel':18} {'spend':>10} {'CPL':>8} {'cust':>5} {'CAC':>9} {'won EUR':>11} {'ROI':>7}")
    for channel in CHANNELS + ["ALL"]:
        keys = CHANNELS if channel == "ALL" else [channel]
        c = sum(cost[k] for k in keys)
        n, w, v = (sum(d[k] for k in keys) for d in (n_leads, won, value))
        cac = f"{c / w:9.0f}" if w else f"{'-':>9}"
        print(f"{channel:18} {c:10.0f} {c / n:8.1f} {w:5d} {cac} {v:11.0f} {(v - c) / c:7.1f}")
    deals = defaultdict(list)
    for lead in leads:
        if lead["deal_value"]:
            deals[lead["product"]].append(float(lead["deal_value"]))
    for product, values in sorted(deals.items()):
        values.sort()
        print(
            f"deal value {product}: n={len(values)} min={values[0]:.0f} "
            f"median={values[len(values) // 2]:.0f} max={values[-1]:.0f}"
        )


def print_seasonality(leads) -> None:
    per_month = defaultdict(int)
    for lead in leads:
        per_month[lead["created_at"][:7]] += 1
    weekly = {}
    for month, n in sorted(per_month.items()):
        year, mon = int(month[:4]), int(month[5:])
        first = max(dt.date(year, mon, 1), START)
        last = min((dt.date(year + mon // 12, mon % 12 + 1, 1) - dt.timedelta(days=1)), ANCHOR)
        weekly[month] = n / ((last - first).days + 1) * 7
    print("\nnew leads per week by month: " + ", ".join(f"{m} {w:.0f}" for m, w in weekly.items()))
    august = [w for m, w in weekly.items() if m.endswith("-08")]
    others = [w for m, w in weekly.items() if not m.endswith("-08")]
    avg_a, avg_o = sum(august) / len(august), sum(others) / len(others)
    print(
        f"August {avg_a:.1f}/week vs other months {avg_o:.1f}/week ({avg_a / avg_o - 1:+.0%}); "
        f"overall {len(leads) / (((ANCHOR - START).days + 1) / 7):.1f}/week"
    )


def check_constraints(leads, events, spend, team) -> list[str]:
    problems = []
    end, week_start = fmt_ts(ANCHOR_END), f"{ANCHOR_WEEK.isoformat()} 00:00:00"
    functions = {t["name"]: t["function"] for t in team}
    if sorted(functions.values()) != ["marketing"] * 2 + ["sales"] * 4:
        problems.append("team must be 2 marketing + 4 sales")
    emails = [ld["email"] for ld in leads]
    if len(set(emails)) != len(emails) or any(e != e.lower() or not e.endswith(".example") for e in emails):
        problems.append("emails not unique / lower-case / .example")
    by_id = defaultdict(list)
    for event in events:
        by_id[event["external_id"]].append(event)
    newest = ""
    for lead in leads:
        key, path = lead["external_id"], by_id.get(lead["external_id"], [])
        problems.extend(f"{key}: {p}" for p in check_lead(lead, path, functions))
        newest = max([newest, lead["created_at"], lead["closed_at"]] + [e["entered_at"] for e in path])
    if len(by_id) != len(leads):
        problems.append("events for unknown leads")
    if not (week_start <= newest <= end):
        problems.append(f"newest activity {newest} is not in the anchor week")
    channels = {ld["source"] for ld in leads}
    if channels != set(CHANNELS):
        problems.append(f"channels {sorted(channels)}")
    campaigns = {(ld["source"], ld["campaign"]) for ld in leads}
    for row in spend:
        day = dt.date.fromisoformat(row["spend_date"])
        if day.weekday() != 0 or not START <= day <= ANCHOR_WEEK:
            problems.append(f"spend date {day} not a Monday in range")
        if (row["channel"], row["campaign"]) not in campaigns:
            problems.append(f"spend campaign without leads: {row['channel']} / {row['campaign']}")
        if float(row["amount"]) <= 0 or row["amount"] != f"{float(row['amount']):.2f}":
            problems.append(f"bad amount {row['amount']}")
    return problems[:50]


def check_lead(lead: dict, path: list[dict], functions: dict[str, str]) -> list[str]:
    problems = []
    stages = [e["stage"] for e in path]
    times = [e["entered_at"] for e in path]
    expected = STAGES[: len(stages)] if LOST not in stages else STAGES[: len(stages) - 1] + [LOST]
    if not stages or stages != expected:
        problems.append(f"bad path {stages}")
    if times and times[0] != lead["created_at"]:
        problems.append("first event is not created_at")
    if any(a >= b for a, b in zip(times, times[1:])):
        problems.append("events not strictly increasing")
    if times and times[-1] > fmt_ts(ANCHOR_END):
        problems.append("event after ANCHOR")
    if lead["created_at"] < f"{START.isoformat()} 00:00:00":
        problems.append("created before history start")
    if stages and lead["current_stage"] != stages[-1]:
        problems.append("current_stage is not the last event")
    closed = lead["current_stage"] in ("customer", LOST)
    if closed != bool(lead["closed_at"]) or (closed and lead["closed_at"] != times[-1]):
        problems.append("closed_at inconsistent")
    if (lead["current_stage"] == LOST) != bool(lead["lost_reason"]):
        problems.append("lost_reason inconsistent")
    if ("opportunity" in stages or "customer" in stages) != bool(lead["deal_value"]):
        problems.append("deal_value inconsistent")
    want = "sales" if "sql" in stages else "marketing"
    if functions.get(lead["owner"]) != want:
        problems.append(f"owner {lead['owner']} should be {want}")
    if lead["currency"] != CURRENCY:
        problems.append("currency")
    if lead["phone"] and not (lead["phone"].startswith("+39 ") or lead["phone"].startswith("0")):
        problems.append(f"phone {lead['phone']}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent / "demo",
        help="output directory (default: sample_data/demo next to this script)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default 42)")
    parser.add_argument(
        "--summary",
        action="store_true",
        help="after writing, print funnel/spend figures and verify constraints (exit 1 on failure)",
    )
    args = parser.parse_args(argv)
    counts = generate(args.out, args.seed)
    print(f"wrote {args.out}: " + ", ".join(f"{name} {n}" for name, n in counts.items()))
    if args.summary:
        return 0 if summarize(args.out) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
