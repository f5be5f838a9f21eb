"""Objectives written as people write them, Italian and English, good and bad: the fields read from each
sentence and the status of every SMART criterion, against a known baseline and history.

Statuses are written specific, measurable, achievable, relevant, time-bound: "ppwpp" is pass, pass, warn,
pass, pass. Achievable compares the target with the history: beyond the best window fails, beyond the
upper quartile (inclusive method) warns."""

from __future__ import annotations

import math
from datetime import date

import pytest

from smarketing import corrections, drafting, objectives, smart, smartwords, vocabulary

TODAY = date(2026, 11, 25)
VOCABULARY = {
    "source": ["Webinar", "Fiere", "LinkedIn", "Google Ads", "Newsletter", "Referral", "Ricerca organica"],
    "segment": ["PMI", "Enterprise"],
    "region": ["Nord", "Centro", "Sud"],
    "product": ["Predicta Cloud", "Predicta On-Premise"],
}
BOTH = [("Anna Rossi", "marketing"), ("Bruno Neri", "sales")]
D = date.fromisoformat
STATUS = {"p": "pass", "w": "warn", "f": "fail"}


def case(lang, text, statuses, fields, *, baseline=None, history=(), owners=BOTH, parent=None):
    return pytest.param(lang, text, statuses, fields, baseline, list(history), owners, parent, id=text[:60])


CASES = [
    # the issue's own examples
    case("it", "Aumentare del 20% le SQL generate dai webinar entro il 30 giugno 2027", "ppwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=60.0, target_kind="relative",
              target_unit="count", deadline=D("2027-06-30"), filters={"source": "Webinar"}),
         baseline=50, history=[50, 45, 55, 60, 40]),
    case("it", "Portare il tasso di conversione MQL->SQL dal 18% al 25% entro fine Q2 2027", "ppfpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.25,
              stated_baseline=0.18, target_unit="ratio", deadline=D("2027-06-30")),
         baseline=0.18, history=[0.18, 0.2, 0.17, 0.22]),
    case("en", "Increase won revenue from trade fairs to EUR 250.000 by 31/12/2027", "ppwpp",
         dict(metric="won_value", direction="increase", target=250000.0, target_unit="EUR",
              deadline=D("2027-12-31"), filters={"source": "Fiere"})),
    case("it", "Ridurre il CAC sotto i 900 euro in 90 giorni", "ppfpp",
         dict(metric="cac", direction="decrease", target=900.0, target_unit="EUR", deadline=D("2027-02-23")),
         baseline=1200, history=[1200, 1100, 1000, 950, 1300]),
    case("it", "Migliorare il marketing", "ffwwf", {}),
    case("en", "Improve marketing", "ffwwf", {}),
    # stages, channels, segments, regions, products from the database's own values
    case("it", "Generare 120 MQL da LinkedIn entro il 31/03/2027", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=120.0, target_unit="count",
              deadline=D("2027-03-31"), filters={"source": "LinkedIn"}),
         baseline=100, history=[100, 90, 130, 110]),
    case("it", "Raddoppiare i nuovi clienti dal segmento PMI entro fine anno", "ppfpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=20.0, target_kind="relative",
              target_unit="count", deadline=D("2026-12-31"), filters={"segment": "PMI"}),
         baseline=10, history=[10, 12, 8, 15]),
    case("en", "Double new customers in the Enterprise segment by end of Q3 2027", "pwwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=None, target_kind="relative",
              target_unit="count", deadline=D("2027-09-30"), filters={"segment": "Enterprise"})),
    case("it", "Aumentare i contatti dalla ricerca organica del 30% entro il 31 luglio 2027", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=260.0, target_kind="relative",
              target_unit="count", deadline=D("2027-07-31"), filters={"source": "Ricerca organica"}),
         baseline=200, history=[200, 180, 260, 220]),
    case("en", "Increase leads from organic search by 25% by 31 July 2027", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=250.0, target_kind="relative",
              target_unit="count", deadline=D("2027-07-31"), filters={"source": "Ricerca organica"}),
         baseline=200, history=[200, 180, 260, 220]),
    case("it", "Aumentare del 15% i clienti dai referral entro il primo trimestre 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=23.0, target_kind="relative",
              target_unit="count", deadline=D("2027-03-31"), filters={"source": "Referral"}),
         baseline=20, history=[20, 24, 18, 22]),
    case("en", "Grow referral customers by 15% by the end of the first quarter of 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=23.0, target_kind="relative",
              target_unit="count", deadline=D("2027-03-31"), filters={"source": "Referral"}),
         baseline=20, history=[20, 24, 18, 22]),
    case("it", "Generare 300 SQL dalla regione Nord entro il 30.06.2027", "ppppp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=300.0, target_unit="count",
              deadline=D("2027-06-30"), filters={"region": "Nord"}),
         baseline=250, history=[250, 320, 280, 300]),
    case("en", "Increase SQLs in the Centro region to 200 by 30/06/2027", "ppwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=200.0, target_unit="count",
              deadline=D("2027-06-30"), filters={"region": "Centro"}),
         baseline=210, history=[210, 190, 230]),
    case("en", "Increase Predicta Cloud opportunities by 30% by Q4 2027", "pwwpp",
         dict(metric="stage_entries", stage="opportunity", direction="increase", target=None,
              target_kind="relative", target_unit="count", deadline=D("2027-12-31"),
              filters={"product": "Predicta Cloud"})),
    case("it", "Aumentare le opportunità dalla newsletter del 10%", "ppppf",
         dict(metric="stage_entries", stage="opportunity", direction="increase", target=22.0,
              target_kind="relative", target_unit="count", filters={"source": "Newsletter"}),
         baseline=20, history=[20, 22, 25, 18]),
    case("en", "Increase opportunities from the newsletter by 10%", "ppppf",
         dict(metric="stage_entries", stage="opportunity", direction="increase", target=22.0,
              target_kind="relative", target_unit="count", filters={"source": "Newsletter"}),
         baseline=20, history=[20, 22, 25, 18]),
    # costs, rates, days, money in Italian and English formats
    case("it", "Ridurre il costo per lead del 15% entro 6 mesi", "ppwpp",
         dict(metric="cpl", direction="decrease", target=85.0, target_kind="relative", target_unit="EUR",
              deadline=D("2027-05-25")),
         baseline=100, history=[100, 90, 80, 95]),
    case("en", "Reduce cost per lead below EUR 40 by March 2027", "ppwpp",
         dict(metric="cpl", direction="decrease", target=40.0, target_unit="EUR", deadline=D("2027-03-31")),
         baseline=45, history=[45, 50, 38, 42]),
    case("it", "Tagliare il costo per contatto a 35 euro entro fine marzo 2027", "ppwpp",
         dict(metric="cpl", direction="decrease", target=35.0, target_unit="EUR", deadline=D("2027-03-31"))),
    case("en", "Halve the cost per lead by 31 Dec 2027", "ppfpp",
         dict(metric="cpl", direction="decrease", target=30.0, target_kind="relative", target_unit="EUR",
              deadline=D("2027-12-31")),
         baseline=60, history=[60, 55, 50, 65]),
    case("it", "Ridurre il CAC da 1.200 € a 950 € entro il 31/12/2027", "ppwpp",
         dict(metric="cac", direction="decrease", target=950.0, stated_baseline=1200.0, target_unit="EUR",
              deadline=D("2027-12-31")),
         baseline=1210, history=[1210, 1100, 1000, 900]),
    case("en", "Cut CAC by 10% in the next 6 months", "ppfpp",
         dict(metric="cac", direction="decrease", target=900.0, target_kind="relative", target_unit="EUR",
              deadline=D("2027-05-25")),
         baseline=1000, history=[1000, 950, 1100, 1050]),
    case("it", "Portare il win rate al 30% entro il 30/06/2027", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.3, target_unit="ratio", deadline=D("2027-06-30")),
         baseline=0.25, history=[0.25, 0.2, 0.32, 0.28]),
    case("en", "Raise the win rate from 20% to 28% by 30 June 2027", "pwppp",
         dict(metric="win_rate", direction="increase", target=0.28, stated_baseline=0.2, target_unit="ratio",
              deadline=D("2027-06-30")),
         baseline=0.25, history=[0.25, 0.2, 0.32, 0.28]),
    case("it", "Accorciare il ciclo di vendita a 45 giorni entro fine anno", "ppfpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target=45.0,
              target_unit="days", deadline=D("2026-12-31")),
         baseline=60, history=[60, 55, 70, 50]),
    case("en", "Shorten the sales cycle to 60 days within 6 months", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target=60.0,
              target_unit="days", deadline=D("2027-05-25")),
         baseline=70, history=[70, 65, 80, 60]),
    case("it", "Raggiungere 1,5 milioni di euro di fatturato entro il 31 dicembre 2027", "ppwpp",
         dict(metric="won_value", direction="increase", target=1500000.0, target_unit="EUR",
              deadline=D("2027-12-31"))),
    case("en", "Reach EUR 2.5 million of revenue by 31 December 2027", "ppwpp",
         dict(metric="won_value", direction="increase", target=2500000.0, target_unit="EUR",
              deadline=D("2027-12-31"))),
    case("it", "Portare il fatturato dai clienti Enterprise a € 1.234.567,50 entro il 15/03/2027", "ppwpp",
         dict(metric="won_value", direction="increase", target=1234567.5, target_unit="EUR",
              deadline=D("2027-03-15"), filters={"segment": "Enterprise"}),
         baseline=1000000, history=[1000000, 1100000, 1300000, 900000]),
    case("it", "Portare il tasso di accettazione degli MQL al 70% entro 3 mesi", "ppwpp",
         dict(metric="sla", direction="increase", target=0.7, target_unit="ratio", deadline=D("2027-02-25")),
         baseline=0.6, history=[0.6, 0.65, 0.75, 0.55]),
    case("en", "Raise the MQL acceptance rate to 80% by end of Q1 2027", "ppfpp",
         dict(metric="sla", direction="increase", target=0.8, target_unit="ratio", deadline=D("2027-03-31")),
         baseline=0.6, history=[0.6, 0.65, 0.75, 0.55]),
    case("it", "Ridurre a 2 giorni il tempo di risposta agli MQL entro fine anno", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=2.0, target_unit="days", deadline=D("2026-12-31")),
         baseline=3, history=[3, 2.5, 4, 2]),
    case("it", "Portare la conversione da lead a MQL al 40% entro 120 giorni", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="mql", direction="increase", target=0.4,
              target_unit="ratio", deadline=D("2027-03-25")),
         baseline=0.3, history=[0.3, 0.35, 0.42, 0.33]),
    case("en", "Raise lead to MQL conversion to 35% within 120 days", "ppppp",
         dict(metric="conversion", from_stage="lead", to_stage="mql", direction="increase", target=0.35,
              target_unit="ratio", deadline=D("2027-03-25")),
         baseline=0.3, history=[0.3, 0.35, 0.42, 0.33]),
    # "portare al 150%" names no direction; without data there is nothing to take it from
    case("it", "Portare il ROI delle campagne Google Ads al 150% entro il 30 settembre 2027", "ppwpp",
         dict(metric="roi", direction="increase", target=1.5, target_unit="ratio", deadline=D("2027-09-30"),
              filters={"source": "Google Ads"})),
    # owners and parents
    case("it", "Acquisire 40 nuovi clienti entro il 30 giugno 2027", "ppwfp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=40.0, target_unit="count",
              deadline=D("2027-06-30")),
         owners=[("Anna Rossi", "marketing")]),
    case("en", "Win 40 new customers by 30 June 2027", "ppwfp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=40.0, target_unit="count",
              deadline=D("2027-06-30")),
         owners=[]),
    case("it", "Portare la fiducia nell'allineamento a 8 su 10 entro fine anno", "ppwwp",
         dict(metric="manual", direction="increase", target=8.0, target_unit="score", cadence="weekly",
              deadline=D("2026-12-31"))),
    case("en", "Raise team alignment confidence to 8/10 by end of Q2 2027", "ppwpp",
         dict(metric="manual", direction="increase", target=8.0, target_unit="score", cadence="weekly",
              deadline=D("2027-06-30")),
         parent=1),
    case("en", "Reach 8 out of 10 in sales and marketing alignment by 30/06/2027", "ppwfp",
         dict(metric="manual", direction="increase", target=8.0, target_unit="score", cadence="weekly",
              deadline=D("2027-06-30")),
         owners=[], parent=1),
    # deadlines: unreadable, past, too far, missing, end of month
    case("it", "Aumentare le SQL entro il 31 febbraio 2027", "pfwpf",
         dict(metric="stage_entries", stage="sql", direction="increase")),
    case("it", "Aumentare le SQL del 20% entro il 30 giugno 2025", "pwwpf",
         dict(metric="stage_entries", stage="sql", direction="increase", target=None, target_kind="relative",
              target_unit="count", deadline=D("2025-06-30"))),
    case("en", "Generate 500 leads by 2030-12-31", "ppwpw",
         dict(metric="stage_entries", stage="lead", direction="increase", target=500.0, target_unit="count",
              deadline=D("2030-12-31"))),
    case("it", "Generare più lead", "pfwpf", dict(metric="stage_entries", stage="lead", direction="increase")),
    case("it", "Ridurre il CAC entro fine mese", "pfwpp",
         dict(metric="cac", direction="decrease", deadline=D("2026-11-30"))),
    case("it", "Generare 80 SQL entro 8 settimane", "ppwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=80.0, target_unit="count",
              deadline=D("2027-01-20"))),
    # vague wishes
    case("it", "Ottimizzare il funnel entro fine anno", "ffwwp", dict(deadline=D("2026-12-31"))),
    case("en", "Optimise the funnel by end of year", "ffwwp", dict(deadline=D("2026-12-31"))),
    case("it", "Migliorare la soddisfazione del team entro giugno 2027", "ffwwp",
         dict(metric="manual", cadence="weekly", deadline=D("2027-06-30"))),
    case("it", "Vendere di più", "ffwwf", dict(direction="increase")),
    # issue 14: money is won value (or the cost the sentence names), never a count; deadlines as people write
    # them. No data yet: an absolute target is measurable but unchecked (warn), as the data will tell.
    case("it", "Chiudere contratti per 1.500.000 € entro il 31/12/2027", "ppwpp",
         dict(metric="won_value", direction="increase", target=1500000.0, target_unit="EUR",
              deadline=D("2027-12-31"))),
    case("it", "Fatturare € 250.000 entro il 2027", "ppwpp",
         dict(metric="won_value", direction="increase", target=250000.0, target_unit="EUR",
              deadline=D("2027-12-31"))),
    case("en", "Win €160k in new business by the end of 2027", "ppwpp",
         dict(metric="won_value", direction="increase", target=160000.0, target_unit="EUR",
              deadline=D("2027-12-31"))),
    case("it", "Raggiungere 5 milioni di fatturato entro il 2030", "ppwpw",
         dict(metric="won_value", direction="increase", target=5000000.0, target_unit="EUR",
              deadline=D("2030-12-31"))),
    case("it", "Ridurre il costo per MQL a 40 € entro marzo", "ppwpp",
         dict(metric="cost_per_mql", direction="decrease", target=40.0, target_unit="EUR",
              deadline=D("2027-03-31"))),
    case("it", "Abbassare il costo per SQL sotto i 120 euro entro fine trimestre", "ppwpp",
         dict(metric="cost_per_sql", direction="decrease", target=120.0, target_unit="EUR",
              deadline=D("2026-12-31"))),
    case("it", "Generare 200 MQL dai webinar entro marzo", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=200.0, target_unit="count",
              deadline=D("2027-03-31"), filters={"source": "Webinar"})),
    case("it", "Chiudere 30 contratti entro il 31/12/20277", "ppwpf",
         dict(metric="stage_entries", stage="customer", direction="increase", target=30.0, target_unit="count")),
    case("it", "Acquisire 10 nuovi clienti in 99999999 anni", "ppwpf",
         dict(metric="stage_entries", stage="customer", direction="increase", target=10.0, target_unit="count")),
    case("it", "Acquisire 12 clienti nel Q1 2027", "ppppp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=12.0, target_unit="count",
              start=D("2027-01-01"), deadline=D("2027-03-31")), baseline=10, history=[10, 12, 8, 15]),
    case("en", "Sell more by next year", "ffwwf", dict(direction="increase")),
    # the time between two stages, written as a span: days, never the conversion of the step (4.500%)
    case("it", "Ridurre il tempo da MQL a cliente a 45 giorni entro il 30/06/2027", "ppwpp",
         dict(metric="velocity", from_stage="mql", to_stage="customer", direction="decrease", target=45.0,
              target_unit="days", deadline=D("2027-06-30"))),
    case("it", "Ridurre a 30 giorni il tempo medio dalle SQL ai clienti entro giugno 2027", "ppwpp",
         dict(metric="velocity", from_stage="sql", to_stage="customer", direction="decrease", target=30.0,
              target_unit="days", deadline=D("2027-06-30"))),
    case("en", "Cut the time from lead to customer to 60 days by June 2027", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target=60.0,
              target_unit="days", deadline=D("2027-06-30"))),
    # a change by an amount, in the measure's own unit, added to the data's starting point
    case("it", "Ridurre il ciclo di vendita di 10 giorni entro fine anno", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target=48.5,
              target_unit="days", deadline=D("2026-12-31")), baseline=58.5),
    case("it", "Aumentare i lead di 200 entro fine marzo", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=1445.0, target_unit="count",
              deadline=D("2027-03-31")), baseline=1245),
    case("it", "Ridurre il CPL di 5 € entro marzo", "ppwpp",
         dict(metric="cpl", direction="decrease", target=59.0, target_unit="EUR", deadline=D("2027-03-31")),
         baseline=64),
    case("it", "Aumentare il win rate di 5 punti entro il Q3 2027", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.332, target_unit="ratio", deadline=D("2027-09-30")),
         baseline=0.282),
    case("it", "+50 MQL rispetto al trimestre scorso entro fine Q1", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=489.0, target_unit="count",
              deadline=D("2027-03-31")), baseline=439),
    case("en", "Shorten the sales cycle by 2 weeks by Q2", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target=53.0,
              target_unit="days", deadline=D("2027-06-30")), baseline=67),
    # with no starting point in the data, a change cannot be measured: said, never read as the level
    case("it", "Aumentare i lead di 200 entro fine marzo", "pfwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target_kind="absolute", target_unit="count",
              deadline=D("2027-03-31"))),
    # a pace is no total: the check says so rather than count 20 a week as 20 in all
    case("it", "Generare 20 MQL a settimana dai webinar entro il Q2", "pfwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=20.0, target_unit="count",
              deadline=D("2027-06-30"), filters={"source": "Webinar"})),
    case("en", "Hit 1,200 leads per month from Google Ads by June 2027", "pfwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=1200.0, target_unit="count",
              deadline=D("2027-06-30"), filters={"source": "Google Ads"})),
    # weeks and months of a time are days
    case("it", "Ridurre il ciclo di vendita a 8 settimane entro giugno", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target=56.0,
              target_unit="days", deadline=D("2027-06-30"))),
    case("en", "Cut average response time to MQLs from 2 days to 1 day by end of March", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=1.0, stated_baseline=2.0, target_unit="days",
              deadline=D("2027-03-31"))),
    # a ceiling or a floor said with a negation
    case("it", "Il costo per lead non deve superare i 50 € entro fine marzo", "ppwpp",
         dict(metric="cpl", direction="decrease", target=50.0, target_unit="EUR", deadline=D("2027-03-31"))),
    case("it", "Non scendere sotto i 200 MQL entro fine anno", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=200.0, target_unit="count",
              deadline=D("2026-12-31"))),
    # money measures the store does not keep are named back, never read as the won value
    case("it", "Ridurre il costo per opportunità a 400 € entro giugno", "ffwwp",
         dict(direction="decrease", target=400.0, deadline=D("2027-06-30"))),
    case("en", "Grow pipeline to €2M by end of Q1", "ffwwp",
         dict(direction="increase", target=2_000_000.0, deadline=D("2027-03-31"))),
    # a cost word beside a count names no other measure: the count is the objective
    case("it", "Generare 500 MQL riducendo la spesa entro marzo", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=500.0, target_unit="count",
              deadline=D("2027-03-31"))),
    case("it", "Generare 5 SQL al giorno entro marzo", "pfwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=5.0, target_unit="count",
              deadline=D("2027-03-31"))),
    # the length of deals is the time from opportunity to customer; a share of MQLs becoming SQLs, the step
    case("it", "Ridurre la durata media delle trattative a 50 giorni entro il Q2", "ppwpp",
         dict(metric="velocity", from_stage="opportunity", to_stage="customer", direction="decrease", target=50.0,
              target_unit="days", deadline=D("2027-06-30"))),
    case("it", "Il 40% degli MQL deve diventare SQL entro fine marzo", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.4,
              target_unit="ratio", deadline=D("2027-03-31")), baseline=0.36),
    case("it", "Portare la conversione da lead a cliente al 3 percento entro fine anno", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="customer", direction="increase", target=0.03,
              target_unit="ratio", deadline=D("2026-12-31")), baseline=0.02),
    # a scope can hold one value, included: an excluded one or a second one is said, not silently read
    case("it", "Generare 300 MQL da tutti i canali tranne LinkedIn entro fine anno", "wpwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=300.0, target_unit="count",
              deadline=D("2026-12-31"))),
    case("it", "Aumentare i lead da Webinar e LinkedIn del 20% entro giugno", "wpwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=392.0, target_kind="relative",
              target_unit="count", deadline=D("2027-06-30"), filters={"source": "Webinar"}), baseline=326),
    # a rate's level said with "del": no verb of change, so no change
    case("it", "Raggiungere un win rate del 30% entro giugno", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.3, target_unit="ratio", deadline=D("2027-06-30")),
         baseline=0.272),
    case("it", "Aumentare il win rate del 5% entro giugno", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.2856, target_kind="relative", target_unit="ratio",
              deadline=D("2027-06-30")), baseline=0.272),
    case("it", "Trasformare in clienti il 20% delle opportunità entro il Q2", "ppwpp",
         dict(metric="conversion", from_stage="opportunity", to_stage="customer", direction="increase", target=0.2,
              target_unit="ratio", deadline=D("2027-06-30")), baseline=0.15),
    case("it", "Costo per acquisizione cliente sotto i 900 € entro fine anno", "ppwpp",
         dict(metric="cac", direction="decrease", target=900.0, target_unit="EUR", deadline=D("2026-12-31"))),
    case("it", "Fatturato di 1 milione e mezzo entro fine anno", "ppwpp",
         dict(metric="won_value", direction="increase", target=1_500_000.0, target_unit="EUR",
              deadline=D("2026-12-31")), baseline=166_050),
    case("it", "Ridurre da 60 a 45 giorni il tempo tra SQL e chiusura entro giugno", "ppwpp",
         dict(metric="velocity", from_stage="sql", to_stage="customer", direction="decrease", target=45.0,
              stated_baseline=60.0, target_unit="days", deadline=D("2027-06-30"))),
    case("it", "Tempo medio di qualificazione dei lead a 3 giorni entro fine marzo", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="mql", direction="decrease", target=3.0,
              target_unit="days", deadline=D("2027-03-31")), baseline=3.3),
    case("it", "Generare 500 lead, di cui 100 MQL, entro fine marzo", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=500.0, target_unit="count",
              deadline=D("2027-03-31"))),
    case("it", "Generare 200 lead qualificati dai webinar entro marzo", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=200.0, target_unit="count",
              deadline=D("2027-03-31"), filters={"source": "Webinar"})),
    case("it", "Portare i clienti attivi a 500 entro fine anno", "ffwwp",
         dict(target=500.0, deadline=D("2026-12-31"))),
    case("it", "Obiettivo di allineamento marketing-vendite: 120 SQL entro marzo", "ppwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=120.0, target_unit="count",
              deadline=D("2027-03-31")), baseline=100),
    # a response time is days to accept an MQL, in hours too; never the acceptance rate
    case("it", "Dimezzare il tempo di risposta agli MQL entro fine marzo", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=1.55, target_kind="relative", target_unit="days",
              deadline=D("2027-03-31")), baseline=3.1),
    case("it", "Tempo di risposta ai lead sotto le 24 ore entro fine marzo", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=1.0, target_unit="days", deadline=D("2027-03-31"))),
    case("it", "Far passare gli MQL a SQL in meno di 3 giorni entro marzo", "ppwpp",
         dict(metric="velocity", from_stage="mql", to_stage="sql", direction="decrease", target=3.0,
              target_unit="days", deadline=D("2027-03-31"))),
    # shares of deals written as counts
    case("it", "Vincere 1 trattativa su 3 entro il Q2", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.3333, target_unit="ratio", deadline=D("2027-06-30")),
         baseline=0.272),
    case("en", "Win 1 in 4 deals by end of Q2", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.25, target_unit="ratio", deadline=D("2027-06-30")),
         baseline=0.2),
    case("it", "Chiudere 1 cliente ogni 20 lead entro fine 2027", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="customer", direction="increase", target=0.05,
              target_unit="ratio", deadline=D("2027-12-31")), baseline=0.016),
    case("it", "Chiudere almeno il 30% delle trattative aperte entro fine anno", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.3, target_unit="ratio", deadline=D("2026-12-31")),
         baseline=0.25),
    # a KPI checked in by hand moves by points from its first check-in, unknown when the sentence is read
    case("it", "Aumentare l'NPS di 10 punti entro fine anno", "pfwwp",
         dict(metric="manual", direction="increase", target_kind="absolute", target_unit="score",
              deadline=D("2026-12-31"), cadence="weekly")),
    # a cost of something the store does not count is named back, whatever word follows it
    case("it", "Ridurre il costo per conversione su Google Ads a 30 € entro marzo", "ffwwp",
         dict(direction="decrease", target=30.0, deadline=D("2027-03-31"),
              filters={"source": "Google Ads"})),
    # a deal's own time after "in" is neither the deadline nor a count of deals
    case("it", "Chiudere le trattative in 45 giorni entro fine giugno", "pfwpp",
         dict(metric="stage_entries", stage="opportunity", direction="increase", deadline=D("2027-06-30"))),
    case("en", "Increase webinar leads 25% by March 15", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=175.0, target_kind="relative",
              target_unit="count", deadline=D("2027-03-15"), filters={"source": "Webinar"}), baseline=140),
    # a name the data has in no dimension is said, not dropped from the scope in silence
    case("it", "Generare 150 lead da Facebook entro giugno", "wpwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=150.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("en", "Generate 100 leads in Lombardy by end of March", "wpwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=100.0, target_unit="count",
              deadline=D("2027-03-31"))),
    # months, days and the teams are no scope
    case("en", "Action item from Monday's meeting: generate 120 MQLs from LinkedIn by March 2027", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=120.0, target_unit="count",
              deadline=D("2027-03-31"), filters={"source": "LinkedIn"})),
    # a condition on another measure is a second objective: the first is judged, Specific says to split them
    case("it", "Generare 200 MQL con un CPL massimo di 50 € entro giugno", "wpwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=200.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("en", "Generate 200 MQLs with a budget of €10,000 by June", "wpwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=200.0, target_unit="count",
              deadline=D("2027-06-30"))),
    # an amount each customer must be worth is no won value: the count is the objective, the amount is said
    case("it", "Chiudere 10 clienti Enterprise da almeno 50k€ ciascuno entro fine anno", "wpwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=10.0, target_unit="count",
              deadline=D("2026-12-31"), filters={"segment": "Enterprise"})),
    case("en", "Win 12 new customers worth at least €30k each by June", "wpwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=12.0, target_unit="count",
              deadline=D("2027-06-30"))),
    # with no count beside it, the amount is the objective
    case("it", "Chiudere contratti di 500k€ entro fine anno", "ppwpp",
         dict(metric="won_value", direction="increase", target=500000.0, target_unit="EUR",
              deadline=D("2026-12-31"))),
    # the year that starts the sentence tells where it starts; the later one is the deadline
    case("it", "Nel 2026 abbiamo chiuso 180 clienti, nel 2027 ne vogliamo 250", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=250.0, target_unit="count",
              stated_baseline=180.0, start=D("2027-01-01"), deadline=D("2027-12-31"))),
    # a kind of lead written after it: the data's own source when it has one, else said
    case("it", "Cresc. lead organici +25% x fine anno", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=103.0, target_kind="relative",
              target_unit="count", deadline=D("2026-12-31"), filters={"source": "Ricerca organica"}), baseline=82),
    case("en", "Grow outbound leads by 30% by June", "wpwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=2867.0, target_kind="relative",
              target_unit="count", deadline=D("2027-06-30")), baseline=2205),
    # "X rispetto a Y": Y is where it starts, and the period after it is no deadline
    case("it", "Portare il win rate al 30% rispetto al 25% del Q3 entro giugno", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.3, target_unit="ratio", stated_baseline=0.25,
              deadline=D("2027-06-30"))),
    case("en", "Win 30 customers vs 20 in Q3 by June", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=30.0, target_unit="count",
              stated_baseline=20.0, deadline=D("2027-06-30"))),
    # a range is read as the bound that counts as met, never as a start and a target
    case("it", "Win rate 25-30% entro fine 2027", "pwwpp",
         dict(metric="win_rate", direction="increase", target=0.25, target_unit="ratio", deadline=D("2027-12-31"))),
    case("it", "Generare tra 100 e 120 MQL entro marzo 2027", "pwwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=100.0, target_unit="count",
              deadline=D("2027-03-31"))),
    case("en", "CPL €40-45 by end of March", "pwwpp",
         dict(metric="cpl", direction="decrease", target=45.0, target_unit="EUR", deadline=D("2027-03-31"))),
    # money for each lead or customer is what one costs; a sum in millions of contracts is what they are worth
    case("it", "Non più di 60 € per lead su LinkedIn entro marzo", "ppwpp",
         dict(metric="cpl", direction="decrease", target=60.0, target_unit="EUR", deadline=D("2027-03-31"),
              filters={"source": "LinkedIn"})),
    case("en", "Spend no more than €900 per new customer by June", "ppwpp",
         dict(metric="cac", direction="decrease", target=900.0, target_unit="EUR", deadline=D("2027-06-30"))),
    case("it", "Chiudere contratti per 2 mln entro fine 2027", "ppwpp",
         dict(metric="won_value", direction="increase", target=2000000.0, target_unit="EUR",
              deadline=D("2027-12-31"))),
    # an average is no total: the won value is not read for it
    case("it", "Portare il fatturato medio per cliente a 20k entro giugno", "ffwwp",
         dict(metric=None, direction="increase", target=20000.0, target_kind="absolute", deadline=D("2027-06-30"))),
    # closed deals are won ones; a change "by €5" is a change, the currency written first
    case("en", "20 closed deals by June", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=20.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("en", "Lower cost per lead by €5 by end of March", "ppwpp",
         dict(metric="cpl", direction="decrease", target=59.0, target_kind="absolute", target_unit="EUR",
              deadline=D("2027-03-31")), baseline=64.0),
    # a ROAS is tracked as the ROI it equals, and said
    case("it", "ROAS Google Ads almeno 400% entro giugno", "wpwpp",
         dict(metric="roi", direction="increase", target=3.0, target_unit="ratio", deadline=D("2027-06-30"),
              filters={"source": "Google Ads"})),
    case("en", "ROAS of 5x on LinkedIn by end of Q2", "wpwpp",
         dict(metric="roi", direction="increase", target=4.0, target_unit="ratio", deadline=D("2027-06-30"),
              filters={"source": "LinkedIn"})),
    # the share of deals won, and of SQLs that become opportunities, said in a sentence
    case("it", "Il 50% delle opportunità Enterprise deve chiudersi vinto entro giugno", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.5, target_unit="ratio", deadline=D("2027-06-30"),
              filters={"segment": "Enterprise"})),
    case("en", "At least 35% of SQLs to become opportunities by end of Q1", "ppwpp",
         dict(metric="conversion", from_stage="sql", to_stage="opportunity", direction="increase", target=0.35,
              target_unit="ratio", deadline=D("2027-03-31"))),
    # a value named by its first word, or by another name of its segment
    case("en", "Grow SMB customers 20% by end of Q2", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=12.0, target_kind="relative",
              target_unit="count", deadline=D("2027-06-30"), filters={"segment": "PMI"}), baseline=10),
    # the MQLs handed to Sales are MQLs, not customers nor a step
    case("it", "Consegnare alle vendite 400 MQL entro fine marzo", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=400.0, target_unit="count",
              deadline=D("2027-03-31"))),
    case("en", "Hand 400 MQLs to sales by end of March", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=400.0, target_unit="count",
              deadline=D("2027-03-31"))),
    # a quarter compared with is not the deadline; next year's and next month's ends are theirs
    case("en", "Increase MQLs 20% vs Q3 by end of Q2", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=945.0, target_kind="relative",
              target_unit="count", deadline=D("2027-06-30")), baseline=787),
    case("it", "Arrivare a 300 clienti entro fine anno prossimo", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=300.0, target_unit="count",
              deadline=D("2027-12-31")), baseline=65),
    case("it", "Generare 400 MQL entro la fine del mese prossimo", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=400.0, target_unit="count",
              deadline=D("2026-12-31"))),
    # a share of leads above 100%: no green tick, whatever the number was meant to be
    case("it", "Aumentare la conversione da MQL a SQL a 30 entro giugno 2027", "pfwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=30.0,
              target_unit="ratio", deadline=D("2027-06-30"))),
    case("en", "Increase the win rate by 200% by June 2027", "pffpp",
         dict(metric="win_rate", direction="increase", target=1.2, target_kind="relative", target_unit="ratio",
              deadline=D("2027-06-30")), baseline=0.4, history=[0.4, 0.35, 0.45]),
    # a third review of 150 sentences as managers write them: each was misread under a green tick
    # the sign alone says the direction: -20% of a cost is a cut (50 -> 40, past the best 42)
    case("it", "CPL LinkedIn: -20% entro marzo", "ppfpp",
         dict(metric="cpl", direction="decrease", target=40.0, target_kind="relative", target_unit="EUR",
              deadline=D("2027-03-31"), filters={"source": "LinkedIn"}), baseline=50, history=[50, 55, 42, 48, 60]),
    case("it", "CPL Google Ads –15% entro giugno 2027", "ppwpp",
         dict(metric="cpl", direction="decrease", target=42.5, target_kind="relative", target_unit="EUR",
              deadline=D("2027-06-30"), filters={"source": "Google Ads"}), baseline=50, history=[50, 55, 42, 48, 60]),
    # a floor with no verb: at least 20%, which the window before already passed
    case("it", "Win rate Enterprise non sotto il 20% entro fine anno", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.2, target_unit="ratio", deadline=D("2026-12-31"),
              filters={"segment": "Enterprise"}), baseline=0.25, history=[0.25, 0.22, 0.32, 0.28, 0.2]),
    case("en", "Get response time to MQLs down to 4 hours by end of Q1", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=4 / 24, target_unit="days", deadline=D("2027-03-31"))),
    case("it", "Scendere a 35 giorni di ciclo di vendita entro fine H1", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target=35.0,
              target_unit="days", deadline=D("2027-06-30"))),
    # a segment no spend carries: Measurable fails, as the CAC of Enterprise can never be computed
    case("it", "CAC Enterprise < 3.500 € entro fine anno prossimo", "pfwpp",
         dict(metric="cac", direction="decrease", target=3500.0, target_unit="EUR", deadline=D("2027-12-31"),
              filters={"segment": "Enterprise"})),
    # shares written as counts: "2 SQL ogni 5 MQL" is the step's conversion, "2 out of every 5 opportunities"
    # closed the win rate, "half of the MQLs" 50%
    case("it", "Ottenere 2 SQL ogni 5 MQL entro fine marzo", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.4,
              target_unit="ratio", deadline=D("2027-03-31"))),
    case("it", "Ottenere 3 clienti ogni 10 opportunità entro giugno", "ppwpp",
         dict(metric="conversion", from_stage="opportunity", to_stage="customer", direction="increase", target=0.3,
              target_unit="ratio", deadline=D("2027-06-30"))),
    case("en", "Close 2 out of every 5 opportunities by end of Q3", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.4, target_unit="ratio", deadline=D("2027-09-30"))),
    case("en", "At least half of the MQLs should become SQLs by the end of Q2", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.5,
              target_unit="ratio", deadline=D("2027-06-30"))),
    # deals signed are customers, with a segment between the number and the deals too
    case("en", "Sign 15 Enterprise deals in Q2 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=15.0, target_unit="count",
              start=D("2027-04-01"), deadline=D("2027-06-30"), filters={"segment": "Enterprise"})),
    case("it", "Ridurre il tempo di qualificazione dei lead a 5 giorni entro marzo", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="mql", direction="decrease", target=5.0,
              target_unit="days", deadline=D("2027-03-31"))),
    # the start as written, its unit after both numbers ("gg"), set beside the data's
    case("it", "Ciclo di vendita PMI da 45 gg a 30 gg entro luglio", "pwfpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target=30.0,
              stated_baseline=45.0, target_unit="days", deadline=D("2027-07-31"), filters={"segment": "PMI"}),
         baseline=56.1, history=[56.1, 60, 58, 62]),
    # the quarter named as such is the window: the current one from its first day, the next one too
    case("it", "Trimestre in corso: 70 SQL", "ppwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=70.0, target_unit="count",
              start=D("2026-10-01"), deadline=D("2026-12-31"))),
    case("en", "Book 120 SQLs in the next quarter", "ppwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=120.0, target_unit="count",
              start=D("2027-01-01"), deadline=D("2027-03-31"))),
    # counts near a year are counts: a year is four plain digits with nothing counted after them
    case("it", "Generare 2.000 lead entro marzo", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=2000.0, target_unit="count",
              deadline=D("2027-03-31"))),
    case("en", "Generate 2k leads by the end of February", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=2000.0, target_unit="count",
              deadline=D("2027-02-28"))),
    case("it", "Generare 2000 lead entro giugno", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=2000.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("it", "Generare 2mila lead entro fine giugno", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=2000.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("it", "Nel 2027 generare 2050 SQL", "ppwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=2050.0, target_unit="count",
              start=D("2027-01-01"), deadline=D("2027-12-31"))),
    # measures said in other words: the cost of acquiring a customer is the CAC, new contacts are leads
    case("it", "Costo per acquisire un cliente PMI max 700€ entro giugno", "pfwpp",
         dict(metric="cac", direction="decrease", target=700.0, target_unit="EUR", deadline=D("2027-06-30"),
              filters={"segment": "PMI"})),
    case("en", "Cost per new customer under €1k by H1 2027", "ppwpp",
         dict(metric="cac", direction="decrease", target=1000.0, target_unit="EUR", deadline=D("2027-06-30"))),
    case("en", "Reach 1,500 new contacts from organic search by May 2027", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=1500.0, target_unit="count",
              deadline=D("2027-05-31"), filters={"source": "Ricerca organica"})),
    # fractions and spans in words: a quarter is 25%, a third 33,33%, a week 7 days; a rate up by points
    case("en", "Reduce CAC by a quarter by the end of H1", "ppfpp",
         dict(metric="cac", direction="decrease", target=900.0, target_kind="relative", target_unit="EUR",
              deadline=D("2027-06-30")), baseline=1200, history=[1200, 1100, 1000, 950, 1300]),
    case("it", "Aumentare le SQL di un terzo entro giugno", "ppfpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=67.0, target_kind="relative",
              target_unit="count", deadline=D("2027-06-30")), baseline=50, history=[50, 45, 55, 60, 40]),
    case("en", "Shorten time from SQL to opportunity to under a week by end of January", "ppwpp",
         dict(metric="velocity", from_stage="sql", to_stage="opportunity", direction="decrease", target=7.0,
              target_unit="days", deadline=D("2027-01-31"))),
    # 20% + 5 points = 25%, above the upper quartile 23%, below the best 26%
    case("en", "MQL→SQL conversion up 5 pts by Q2", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.25,
              target_unit="ratio", deadline=D("2027-06-30")), baseline=0.2, history=[0.2, 0.18, 0.26, 0.23, 0.16]),
    # a count with a percent that only compares it: the count is the target
    case("en", "40 new Enterprise customers, up 25% on last year, by Dec 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=40.0, target_unit="count",
              deadline=D("2027-12-31"), filters={"segment": "Enterprise"})),
    case("it", "40 nuovi clienti PMI, +25% rispetto al 2026, entro dicembre 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=40.0, target_unit="count",
              deadline=D("2027-12-31"), filters={"segment": "PMI"})),
    # a change in brackets beside the numbers says how they compare
    case("it", "Portare i lead da 400 a 480 (+20%) entro giugno", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=480.0, stated_baseline=400.0,
              target_unit="count", deadline=D("2027-06-30"))),
    case("it", "Portare la conversione MQL-SQL al 40% (+5 punti) entro giugno", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.4,
              target_unit="ratio", deadline=D("2027-06-30"))),
    # alone it is the target: 60, within the upper quartile 62,5
    case("it", "Aumentare le SQL (+20%) entro il 30/06/2027", "ppppp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=60.0, target_kind="relative",
              target_unit="count", deadline=D("2027-06-30")), baseline=50, history=[50, 45, 55, 65, 40, 70]),
    # a fourth review of 120 sentences: "down 15%", "ridotto di 20 euro", "migliorare del 10%" are changes
    case("en", "Bring cost per SQL down 15% by end of next quarter", "ppwpp",
         dict(metric="cost_per_sql", direction="decrease", target=297.5, target_kind="relative", target_unit="EUR",
              deadline=D("2027-03-31")), baseline=350, history=[350, 380, 290, 320, 400]),
    case("it", "Costo per MQL LinkedIn ridotto di 20 euro entro marzo 2027", "ppfpp",
         dict(metric="cost_per_mql", direction="decrease", target=60.0, target_unit="EUR", deadline=D("2027-03-31"),
              filters={"source": "LinkedIn"}), baseline=80, history=[80, 85, 70, 75, 90]),
    case("it", "Migliorare il win rate del 10% entro marzo", "ppppp",
         dict(metric="win_rate", direction="increase", target=0.275, target_kind="relative", target_unit="ratio",
              deadline=D("2027-03-31")), baseline=0.25, history=[0.25, 0.22, 0.32, 0.28, 0.2]),
    # "7 in 10", "1 in 5 ... into": shares
    case("en", "At least 7 in 10 MQLs accepted by sales by end of February", "ppwpp",
         dict(metric="sla", direction="increase", target=0.7, target_unit="ratio", deadline=D("2027-02-28"))),
    case("en", "Convert 1 in 5 opportunities into customers by end of Q1", "ppwpp",
         dict(metric="conversion", from_stage="opportunity", to_stage="customer", direction="increase", target=0.2,
              target_unit="ratio", deadline=D("2027-03-31"))),
    # the CAC under other names
    case("it", "Costo acquisizione cliente 1,1k€ entro H2", "ppwpp",
         dict(metric="cac", direction="decrease", target=1100.0, target_unit="EUR", deadline=D("2026-12-31"))),
    case("en", "Cut cost per acquisition to €1,300 by Q3", "ppwpp",
         dict(metric="cac", direction="decrease", target=1300.0, target_unit="EUR", deadline=D("2027-09-30"))),
    case("it", "Tasso di conversione MQL→SQL non inferiore al 35% per tutto il 2027", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.35,
              target_unit="ratio", start=D("2027-01-01"), deadline=D("2027-12-31"))),
    # no time goes under zero: 3,3 days - 4 fails Measurable
    case("it", "Ridurre il tempo tra lead e MQL di 4 giorni entro fine Q1 2027", "pffpp",
         dict(metric="velocity", from_stage="lead", to_stage="mql", direction="decrease", target=-0.7,
              target_unit="days", deadline=D("2027-03-31")), baseline=3.3, history=[3.3, 3.5, 3.0, 4.0]),
    # spend has no segment: the CAC of the PMI can never be computed
    case("it", "Entro la fine di febbraio avere un CAC inferiore ai 950 euro per le PMI", "pfwpp",
         dict(metric="cac", direction="decrease", target=950.0, target_unit="EUR", deadline=D("2027-02-28"),
              filters={"segment": "PMI"})),
    # the start after "up from"; the day of "1° aprile" is no target; points written out; "ciclo vendita"
    case("en", "Reach 2,000 MQLs by end of 2027, up from 1,500 this year", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=2000.0, stated_baseline=1500.0,
              target_unit="count", deadline=D("2027-12-31"))),
    case("it", "Chiudere 10 clienti entro il 1° aprile", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=10.0, target_unit="count",
              deadline=D("2027-04-01"))),
    case("en", "Increase lead-to-MQL conversion by 3 percentage points by June", "ppppp",
         dict(metric="conversion", from_stage="lead", to_stage="mql", direction="increase", target=0.33,
              target_unit="ratio", deadline=D("2027-06-30")), baseline=0.3, history=[0.3, 0.28, 0.36, 0.33, 0.25]),
    case("it", "Ciclo vendita Enterprise ≤ 100 gg entro dicembre 2027", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target=100.0,
              target_unit="days", deadline=D("2027-12-31"), filters={"segment": "Enterprise"})),
    # "migliorare" with a number is better the measure's own way: a shorter cycle, a lower cost
    case("it", "Migliorare il ciclo di vendita di 10 giorni entro giugno", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target=80.0,
              target_unit="days", deadline=D("2027-06-30")), baseline=90, history=[90, 95, 75, 85, 100]),
    # 1.200 - 15% = 1.020, below the lower quartile 1.100, above the best 1.000
    case("en", "Improve CAC by 15% by June", "ppwpp",
         dict(metric="cac", direction="decrease", target=1020.0, target_kind="relative", target_unit="EUR",
              deadline=D("2027-06-30")), baseline=1200, history=[1200, 1300, 1000, 1100, 1400]),
    # "logos" are customers in B2B talk
    case("en", "Board slide: fifteen new Enterprise logos in Q1 '27", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=15.0, target_unit="count",
              start=D("2027-01-01"), deadline=D("2027-03-31"), filters={"segment": "Enterprise"})),
    # "scadenza Q1" is a deadline, counted from today
    case("it", "KR: 90% degli MQL presi in carico entro 48 ore (scadenza Q1)", "ppwpp",
         dict(metric="sla", direction="increase", target=0.9, target_unit="ratio", threshold=48.0,
              threshold_unit="hours", deadline=D("2027-03-31"))),
]

PARSED_KEYS = ("metric", "stage", "from_stage", "to_stage", "direction", "target", "target_kind", "target_unit",
               "stated_baseline", "baseline", "start", "deadline", "filters", "threshold", "threshold_unit", "cadence")


def assert_statement(lang, text, statuses, fields, baseline, history, owners, parent):
    """Every parsed field (floats to nine significant digits: 1.1 * 50 is 55.00000000000001) and the five
    statuses, as one case of a statement table expects them."""
    draft = drafting.read(text, TODAY, VOCABULARY)
    context = smart.Context(today=TODAY, baseline=baseline, history=history, owners=owners, parent_id=parent)
    report = smartwords.judged(draft, context, lang)
    parsed = objectives.parsed(draft, context)
    expected = expected_parsed(fields, baseline)
    # a key the reading does not give is a mistyped case, never a field quietly left unchecked
    assert set(expected) <= set(parsed), set(expected) - set(parsed)
    differ = [k for k in expected if not same(parsed[k], expected[k])]
    assert {k: parsed[k] for k in differ} == {k: expected[k] for k in differ}
    assert "".join(report.criteria[name].status[0] for name in vocabulary.CRITERIA) == statuses
    assert report.score == sum(smart.POINTS[STATUS[s]] for s in statuses)


def verdict(text: str, lang: str, criterion: str, **context) -> tuple[str, str]:
    """One criterion's status and reason for a sentence, owned by both functions, with the context given."""
    report = smartwords.judged(drafting.read(text, TODAY, VOCABULARY),
                               smart.Context(today=TODAY, owners=BOTH, **context), lang)
    return report.criteria[criterion].status, report.criteria[criterion].reason


def expected_parsed(fields: dict, baseline: float | None) -> dict:
    """Every parsed key as a case expects it: the fields it names, the rest empty."""
    expected = {key: None for key in PARSED_KEYS} | {"filters": {}, "start": TODAY, "baseline": baseline}
    if fields.get("target") is not None and "target_kind" not in fields:
        expected["target_kind"] = "absolute"
    return expected | fields


def same(actual, expected) -> bool:
    if isinstance(expected, float) and isinstance(actual, float):
        return math.isclose(actual, expected, rel_tol=1e-9)
    return actual == expected


@pytest.mark.parametrize(("lang", "text", "statuses", "fields", "baseline", "history", "owners", "parent"), CASES)
def test_statement(lang, text, statuses, fields, baseline, history, owners, parent):
    assert_statement(lang, text, statuses, fields, baseline, history, owners, parent)


# the table itself, checked as it is collected (no test of the reader): no case written twice, both languages, more
# Italian. A sentence may come twice with other data ("Aumentare i lead di 200": with a starting point, and without)
_LANGS = [c.values[0] for c in CASES]
assert len({repr(c.values) for c in CASES}) == len(CASES) and _LANGS.count("it") > _LANGS.count("en") > 0


@pytest.mark.parametrize(("lang", "reasons"), [
    ("it", {"specific": ("«migliorare» da solo non dice cosa cambia né in che direzione.",
                         "Nomina una misura e una direzione: «aumentare le SQL dai webinar», «ridurre il costo per "
                         "contatto», «portare la conversione MQL→SQL al 30%»."),
            "measurable": ("Non c'è un numero da raggiungere.",
                           "Aggiungi il traguardo: «del 20%», «a 60 SQL», «al 25%», «sotto i 900 euro»."),
            "time_bound": ("Nessuna scadenza.",
                           "Aggiungi quando: «entro il 30 giugno 2027», «entro fine anno», «in 90 giorni».")}),
    ("en", {"specific": ("\"improve\" alone says neither what changes nor which way.",
                         "Name a measure and a direction: \"increase SQLs from webinars\", \"reduce the cost per "
                         "lead\", \"bring the MQL→SQL conversion to 30%\"."),
            "measurable": ("There is no number to reach.",
                           "Add the target: \"by 20%\", \"to 60 SQLs\", \"to 25%\", \"below EUR 900\"."),
            "time_bound": ("No deadline.",
                           "Add when: \"by 30 June 2027\", \"by the end of the year\", \"in 90 days\".")}),
])
def test_a_vague_wish_is_taught_how_to_become_smart(lang, reasons):
    text = "Migliorare il marketing" if lang == "it" else "Improve marketing"
    report = smartwords.judged(drafting.read(text, TODAY, VOCABULARY), smart.Context(today=TODAY, owners=BOTH), lang)
    assert {name: (report.criteria[name].reason, report.criteria[name].suggestion) for name in reasons} == reasons
    assert report.score == 20


@pytest.mark.parametrize(("lang", "text", "baseline", "line"), [
    ("it", "Aumentare del 20% le SQL generate dai webinar entro il 30 giugno 2027", 50,
     "Ho capito: gli SQL (fonte Webinar), da 50 a 60, entro il 30/06/2027."),
    ("it", "Chiudere contratti per 1.500.000 € entro il 31/12/2027", None,
     "Ho capito: il valore vinto, traguardo 1.500.000\u00a0€, entro il 31/12/2027."),
    ("it", "Portare il tasso di conversione MQL->SQL dal 18% al 25% entro fine Q2 2027", 0.2,
     "Ho capito: la conversione MQL → SQL, da 18,0% (dai dati: 20,0%) a 25,0%, entro il 30/06/2027."),
    ("en", "Double new customers in the Enterprise segment by end of Q3 2027", None,
     "Understood: new customers (segment Enterprise), change +100%, by 30 Sep 2027."),
    ("en", "Increase won revenue from trade fairs to EUR 250.000", None,
     "Understood: the won value (source Fiere), target €250,000, no deadline."),
    ("it", "Migliorare il marketing", None, "Ho capito: nessuna misura riconosciuta."),
    # a target the earlier window already passed: a total beside it, a level to keep, never a move the wrong way
    ("it", "150 SQL nei prossimi 6 mesi", 259,
     "Ho capito: gli SQL, 150 in tutto, contro 259 nel periodo precedente, entro il 25/05/2027."),
    ("it", "MQL → SQL 35% entro Q2", 0.368,
     "Ho capito: la conversione MQL → SQL, almeno 35,0% (ora 36,8%), entro il 30/06/2027."),
    ("en", "Sales cycle 60 days by year end", 58.5,
     "Understood: the days from LEAD to CUSTOMER (median), at most 60.0 days (now 58.5 days), by 31 Dec 2026."),
])
def test_every_check_says_first_what_it_understood(lang, text, baseline, line):
    draft = drafting.read(text, TODAY, VOCABULARY)
    report = smartwords.judged(draft, smart.Context(today=TODAY, baseline=baseline, owners=BOTH), lang)
    assert report.understood == line


@pytest.mark.parametrize(("lang", "reason"), [
    ("it", "Traguardo 3.000,0%: una quota di contatti o di trattative va da 0% a 100%."),
    ("en", "Target 3,000.0%: a share of leads or deals runs from 0% to 100%."),
])
def test_a_share_over_a_hundred_percent_is_refused_in_words(lang, reason):
    draft = drafting.read("Aumentare la conversione da MQL a SQL a 30 entro giugno 2027", TODAY, VOCABULARY)
    report = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH), lang)
    assert (report.criteria["measurable"].status, report.criteria["measurable"].reason) == ("fail", reason)


def test_stages_are_named_as_the_store_names_them_in_each_language():
    draft = drafting.read("Ridurre il tempo da MQL a cliente a 45 giorni entro il 30/06/2027", TODAY, VOCABULARY)
    names = {"mql": {"it": "MQL", "en": "MQL"}, "customer": {"it": "Cliente", "en": "Customer"}}
    context = smart.Context(today=TODAY, owners=BOTH, stage_names=names)
    assert smartwords.judged(draft, context, "it").understood == (
        "Ho capito: i giorni da MQL a Cliente (mediana), traguardo 45,0 giorni, entro il 30/06/2027.")
    assert smartwords.judged(draft, context, "en").understood == (
        "Understood: the days from MQL to Customer (median), target 45.0 days, by 30 Jun 2027.")


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("it", "Generare 300 MQL da tutti i canali tranne LinkedIn entro fine anno",
     "La frase esclude LinkedIn, ma un ambito può solo includere: conto ogni fonte, LinkedIn compresa."),
    ("en", "Increase leads from Webinar and LinkedIn by 20% by June",
     "The sentence names several values of source (Webinar, LinkedIn): a scope holds one, so only Webinar is "
     "counted."),
    ("it", "Chiudere 10 clienti Enterprise da almeno 50k€ ciascuno entro fine anno",
     "«da almeno 50k€ ciascuno» è un valore che ciascuno deve avere, e un ambito non può tenerlo: conto tutti, di "
     "qualsiasi valore."),
    ("en", "Win 12 new customers worth at least €30k each by June",
     "\"worth at least €30k each\" is a value each one must have, which a scope cannot hold: every one is counted, "
     "whatever its value."),
    ("en", "100 MQLs from the Baltics region by March",
     "\"Baltics\" is none of the sources, segments, regions, products or owners in the data: with no scope, "
     "everything is counted. Direction taken from the measure: 100 is the total to reach by the deadline."),
    # where a count comes from; for the hand-off, the inbound leads to call back are its MQLs (held-out cases)
    ("it", "Generare 300 MQL da inbound entro marzo",
     "«inbound» non è tra le fonti, i segmenti, le regioni, i prodotti o i responsabili dei dati: senza ambito, conto "
     "tutto."),
    ("it", "Generare 300 MQL dal social entro giugno",
     "«social» non è tra le fonti, i segmenti, le regioni, i prodotti o i responsabili dei dati: senza ambito, conto "
     "tutto."),
])
def test_a_scope_a_filter_cannot_hold_is_said(lang, text, reason):
    assert verdict(text, lang, "specific") == ("warn", reason)


def test_the_person_a_message_is_written_to_is_no_owner_scope():
    people = {**VOCABULARY, "owner": ["Giulia Ferrari", "Marco Bianchi"]}
    asked = drafting.read("Giulia, ti chiedo 35 nuove opportunità al Centro per fine febbraio", TODAY, people)
    assert (asked.filters, asked.target) == ({"region": "Centro"}, 35.0)
    # named as whose they are, the first name is the owner
    assert drafting.read("Opportunità di Giulia: 35 entro fine febbraio", TODAY, people).filters == {
        "owner": "Giulia Ferrari"}


@pytest.mark.parametrize(("text", "named", "fields"), [
    ("Aumentare del 20% le SQL da webinar entro il 31/03/2027, Giulia (marketing) e Marco (vendite)",
     ["Giulia (marketing)", "Marco (vendite)"], ("sql", 0.2, {"source": "Webinar"})),
    ("Responsabili: Giulia (marketing), Marco (vendite). 40 opportunità al Centro entro marzo 2027",
     ["Responsabili: Giulia (marketing), Marco (vendite)"], ("opportunity", 40.0, {"region": "Centro"})),
    # the stage after the names is the objective's, never a third person
    ("Owner: Giulia, MQL da LinkedIn +30% entro giugno 2027", ["Owner: Giulia"], ("mql", 0.3, {"source": "LinkedIn"})),
    ("KR1 - 120 SQL dai webinar entro Q1 2027 (owner: Giulia e Marco)", ["owner: Giulia e Marco"],
     ("sql", 120.0, {"source": "Webinar"})),
    ("A cura di Giulia e Marco: 35 nuovi clienti PMI entro fine anno", ["A cura di Giulia e Marco"],
     ("customer", 35.0, {"segment": "PMI"})),
    # review 8: the forms managers use for the people who answer for it
    ("Giulia deve consegnare 400 MQL alle vendite entro fine H1 2027", ["Giulia"], ("mql", 400.0, {})),
    ("Obiettivo commerciale 2027 (Marco, vendite): 40 opportunità", ["(Marco, vendite)"], ("opportunity", 40.0, {})),
    ("MQL LinkedIn\t120\t31/03/2027\tGiulia Ferrari", ["Giulia Ferrari"], ("mql", 120.0, {"source": "LinkedIn"})),
    ("Opportunità – target 30 – entro 30/6/27 – resp. Giulia Ferrari", ["resp. Giulia Ferrari"],
     ("opportunity", 30.0, {})),
    ("Giulia Ferrari e Marco Bianchi (vendite) devono portare gli SQL a 90 entro marzo 2027",
     ["Giulia Ferrari e Marco Bianchi (vendite)"], ("sql", 90.0, {})),
    ("Aumentare gli SQL del 15% entro giugno 2027, owner Marco e Giulia", ["owner Marco e Giulia"],
     ("sql", 0.15, {})),
    ("Obiettivo Giulia (marketing): +40% di MQL da newsletter entro il 30/04/2027", ["Giulia (marketing)"],
     ("mql", 0.4, {"source": "Newsletter"})),
    ("Get our SQL count in Enterprise to 70 in the next 6 months, Marco and Giulia owning it",
     ["Marco and Giulia owning it"], ("sql", 70.0, {"segment": "Enterprise"})),
    ("Marco (Sales) and Giulia (Marketing) jointly own this: 40 new customers in the SMB segment by 31/03/2027",
     ["Marco (Sales)", "Giulia (Marketing)"], ("customer", 40.0, {"segment": "PMI"})),
    # acronyms and words that head a sentence are nobody: "Each AE should close..."
    ("Each AE should close 5 new customers by March 31", [], ("customer", 5.0, {})),
    # the person whose leads are counted stays the scope
    ("Le SQL di Giulia: 30 entro marzo 2027", [], ("sql", 30.0, {"owner": "Giulia Ferrari"})),
    # review 9: with no colon, with the function between, and the other words managers use
    ("Portare gli SQL da Webinar a 60 entro il Q2, responsabile Giulia Ferrari", ["responsabile Giulia Ferrari"],
     ("sql", 60.0, {"source": "Webinar"})),
    ("Obiettivo Q1: 45 nuovi clienti, in capo a Marco Bianchi", ["in capo a Marco Bianchi"], ("customer", 45.0, {})),
    ("Win rate al 30% o più entro fine H1 2027 — resp. vendite Marco Bianchi", ["resp. vendite Marco Bianchi"],
     (None, 0.3, {})),
    ("Nel Sud vogliamo 300 lead entro il 30/04/2027, responsabile marketing Giulia Ferrari",
     ["responsabile marketing Giulia Ferrari"], ("lead", 300.0, {"region": "Sud"})),
    ("Conversione opportunità-cliente: non scendere sotto il 25% nel 2027, responsabili Marco e Giulia",
     ["responsabili Marco e Giulia"], (None, 0.25, {})),
    ("Ciao a tutti, per il 2027 proponiamo +30% di MQL dai webinar. Se ne occupa Giulia.", ["Se ne occupa Giulia"],
     ("mql", 0.3, {"source": "Webinar"})),
    ("Costo per lead fiere: da 95 € a 70 € entro fine H1, referente Giulia Ferrari", ["referente Giulia Ferrari"],
     (None, 70.0, {"source": "Fiere"})),
    ("Ridurre a 5 gg il tempo tra MQL e accettazione entro fine gennaio (Giulia - marketing, Marco - vendite)",
     ["(Giulia - marketing, Marco - vendite)"], (None, 5.0, {})),
    ("300 MQLs from LinkedIn in Q2 2027, accountable: Giulia Ferrari", ["accountable: Giulia Ferrari"],
     ("mql", 300.0, {"source": "LinkedIn"})),
    ("Hit €500k revenue on Predicta Cloud by June 2027 with Marco and Giulia leading",
     ["with Marco and Giulia leading"], (None, 500000.0, {"product": "Predicta Cloud"})),
    # a feast before the names is the deadline, not a person
    ("Sales velocity MQL→customer at most 90 days by Easter, Giulia and Marco to own it",
     ["Giulia and Marco to own it"], (None, 90.0, {})),
    ("Land 8 customers in the South by 30 April 2027, owned by Giulia", ["owned by Giulia"],
     ("customer", 8.0, {"region": "Sud"})),
    # a lead owner of the data named with no word that makes the leads hers answers for it
    ("nr. 120 MQL da LinkedIn nel primo trimestre 2027, con Giulia", ["Giulia"],
     ("mql", 120.0, {"source": "LinkedIn"})),
    ("Bring cost per SQL down to €250 by end of Q2 with Marco", ["Marco"], (None, 250.0, {})),
    ("Dodici nuovi clienti Enterprise entro fine marzo, obiettivo di Marco", ["Marco"],
     ("customer", 12.0, {"segment": "Enterprise"})),
    ("Giulia: CPL medio sotto 50 € entro Q2", ["Giulia"], (None, 50.0, {})),
    ("Clienti da Google Ads: 18 nel Q2 2027, Giulia e Marco", ["Giulia", "Marco"],
     ("customer", 18.0, {"source": "Google Ads"})),
    ("300 MQL con LinkedIn entro marzo 2027", [], ("mql", 300.0, {"source": "LinkedIn"})),
    ("LinkedIn: 300 MQL entro marzo 2027", [], ("mql", 300.0, {"source": "LinkedIn"})),
    ("Generare 40 SQL entro marzo, con Mario", [], ("sql", 40.0, {})),
    # review 10: a person of the data named in any other way answers for it; only the words that make the leads hers
    # ("di", "'s", "seguite da", "portafoglio di") make them the scope
    ("Ci pensa Marco: 15 nuovi clienti Enterprise entro giugno 2027", ["Ci pensa Marco"],
     ("customer", 15.0, {"segment": "Enterprise"})),
    ("Obiettivo affidato a Giulia Ferrari: 25 SQL dal Centro entro fine febbraio", ["affidato a Giulia Ferrari"],
     ("sql", 25.0, {"region": "Centro"})),
    ("chiudere 10 contratti Predicta Cloud entro aprile insieme a Marco e Giulia", ["Marco", "Giulia"],
     ("customer", 10.0, {"product": "Predicta Cloud"})),
    ("Giulia Ferrari is on the hook for 18 new PMI customers by end of Q2 2027", ["Giulia Ferrari"],
     ("customer", 18.0, {"segment": "PMI"})),
    ("Raggiungere il 70% di MQL accettati dalle vendite entro 3 giorni lavorativi entro aprile 2027, ne risponde "
     "Marco", ["ne risponde Marco"], (None, 0.7, {})),
    ("DRI Marco Bianchi – win rate at 30% by Q2 2027", ["DRI Marco Bianchi"], (None, 0.3, {})),
    ("Nel Q2 2027 Marco vuole 12 nuovi clienti PMI", ["Marco"], ("customer", 12.0, {"segment": "PMI"})),
    # "Lead:" heading a name is who leads it, never the lead stage
    ("Lead: Giulia Ferrari. Goal: 300 MQLs from Google Ads by March 31, 2027", ["Lead: Giulia Ferrari"],
     ("mql", 300.0, {"source": "Google Ads"})),
    ("Il portafoglio di Giulia: 20 nuovi clienti entro giugno 2027", [],
     ("customer", 20.0, {"owner": "Giulia Ferrari"})),
    ("Opportunità seguite da Marco: 40 entro giugno 2027", [], ("opportunity", 40.0, {"owner": "Marco Bianchi"})),
    ("Marco's deals: win rate at 35% by June 2027", [], (None, 0.35, {"owner": "Marco Bianchi"})),
    # the measure, then whose it is
    ("Win rate Marco Bianchi: dal 20% al 30% entro aprile", [], (None, 0.3, {"owner": "Marco Bianchi"})),
])
def test_the_people_a_sentence_names_as_its_owners_are_no_lead_owner_scope(text, named, fields):
    people = {**VOCABULARY, "owner": ["Giulia Ferrari", "Marco Bianchi"]}
    draft = drafting.read(text, TODAY, people)
    assert (draft.named_owners, (draft.stage, draft.target, draft.filters)) == (named, fields)


@pytest.mark.parametrize(("lang", "owners", "reason"), [
    ("it", [], "La frase nomina «Giulia (marketing)», «Marco (vendite)», ma nessuno è scelto come responsabile "
               "dell'obiettivo."),
    ("en", [("Giulia Ferrari", "marketing")], "The sentence names \"Giulia (marketing)\", \"Marco (vendite)\", but no "
                                              "Sales owner is chosen: the objective is not shared."),
    # chosen beside the sentence: shared, whatever the sentence says
    ("it", BOTH, "Condiviso da Marketing e Vendite (Anna Rossi, Bruno Neri) e legato al percorso cliente."),
])
def test_owners_named_only_in_the_sentence_are_asked_to_be_chosen(lang, owners, reason):
    draft = drafting.read("Aumentare del 20% le SQL entro il 31/03/2027, Giulia (marketing) e Marco (vendite)", TODAY,
                          VOCABULARY)
    report = smartwords.judged(draft, smart.Context(today=TODAY, owners=owners, baseline=30.0), lang)
    assert report.criteria["relevant"].reason == reason


def test_a_scope_the_data_does_not_hold_is_named_in_each_language():
    draft = drafting.read("Generare 150 lead da Facebook entro giugno", TODAY, VOCABULARY)
    said = {lang: smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH), lang).criteria["specific"].reason
            for lang in ("it", "en")}
    assert said == {
        "it": "«Facebook» non è tra le fonti, i segmenti, le regioni, i prodotti o i responsabili dei dati: senza "
              "ambito, conto tutto.",
        "en": "\"Facebook\" is none of the sources, segments, regions, products or owners in the data: with no scope, "
              "everything is counted."}


@pytest.mark.parametrize(("lang", "text", "plain", "reason"), [
    ("it", "Fatturato +20% rispetto al Q3 entro fine anno", "Fatturato +20% entro fine anno",
     "Il confronto è «rispetto al Q3», ma il punto di partenza si misura sul periodo più recente della stessa "
     "durata (20/10/2026 – 24/11/2026): 166.050\u00a0€; traguardo 199.260\u00a0€."),
    ("en", "Increase revenue by 20% compared to last year by year end", "Increase revenue by 20% by year end",
     "The comparison is \"compared to last year\", but the starting point is measured on the latest period "
     "of the same length (20 Oct 2026 – 24 Nov 2026): €166,050; target €199,260."),
    ("en", "Grow revenue 20% quarter over quarter by year end", "Grow revenue 20% by year end",
     "The comparison is \"quarter over quarter\", but the starting point is measured on the latest period of the "
     "same length (20 Oct 2026 – 24 Nov 2026): €166,050; target €199,260."),
    # "YoY" says it with no comparison word
    ("en", "Grow revenue 20% YoY by year end", "Grow revenue 20% by year end",
     "The comparison is \"YoY\", but the starting point is measured on the latest period of the same length "
     "(20 Oct 2026 – 24 Nov 2026): €166,050; target €199,260."),
    ("it", "Fatturato +20% anno su anno entro fine anno", "Fatturato +20% entro fine anno",
     "Il confronto è «anno su anno», ma il punto di partenza si misura sul periodo più recente della stessa "
     "durata (20/10/2026 – 24/11/2026): 166.050\u00a0€; traguardo 199.260\u00a0€."),
])
def test_a_change_against_a_named_period_says_where_its_start_is_measured(lang, text, plain, reason):
    draft = drafting.read(text, TODAY, VOCABULARY)
    context = smart.Context(today=TODAY, owners=BOTH, baseline=166050.0,
                            baseline_window=(D("2026-10-20"), D("2026-11-24")))
    assert draft.compared_with is not None
    report = smartwords.judged(draft, context, lang)
    assert (report.criteria["measurable"].status, report.criteria["measurable"].reason) == ("warn", reason)
    # the same change with no period named measures from the same window without a word
    unnamed = drafting.read(plain, TODAY, VOCABULARY)
    assert (unnamed.compared_with, unnamed.target, unnamed.deadline) == (None, draft.target, draft.deadline)
    assert smartwords.judged(unnamed, context, lang).criteria["measurable"].status == "pass"


@pytest.mark.parametrize(("value", "lang", "shown"), [
    (8 / 24, "it", "8 ore"), (4 / 24, "en", "4 hours"), (0.5, "it", "12 ore"), (1.0, "it", "1,0 giorni"),
    (3.14, "en", "3.1 days"),
])
def test_a_time_under_a_day_is_shown_in_hours(value, lang, shown):
    """8 hours is 0,33 days, which one decimal would show as 0,3 giorni (7,2 hours)."""
    draft = drafting.Draft(statement="", metric="sla_days", target_unit="days")
    assert smartwords.show(value, draft, lang) == shown


@pytest.mark.parametrize(("lang", "text", "status", "reason"), [
    ("it", "NPS clienti a 45 entro fine Q2, rilevazione trimestrale", "pass",
     "Traguardo 45, misurato con i check-in dei responsabili (cadenza trimestrale)."),
    ("en", "Keep team alignment at 8 out of 10 by March, monthly check-in", "pass",
     "Target 8, measured by the owners' check-ins (monthly)."),
    # spend has no segment: never a green tick for a measure no data will ever give
    ("en", "Cut Enterprise CAC to €2,000 by Sept 2027", "fail",
     "Spend is imported by channel and campaign: the customer acquisition cost (CAC) for Enterprise cannot be "
     "computed."),
])
def test_measurable_says_how_and_whether_a_measure_can_be_measured(lang, text, status, reason):
    assert verdict(text, lang, "measurable") == (status, reason)


@pytest.mark.parametrize(("text", "tip"), [
    # 25/11/2026 to 30/06/2027 is 218 days, both included: 31,1 weeks of 20
    ("Generare 20 MQL a settimana dai webinar entro il Q2",
     "Scrivi il totale da raggiungere entro la scadenza (a questo ritmo, circa 623 entro il 30/06/2027)."),
    # to 30/09/2027 are 10 months and 6 days on the calendar: 3,4 quarters of 90, never months ("trimestre" holds
    # "mes")
    ("MQL da Webinar: passare da 60 a 90 a trimestre entro il Q3",
     "Scrivi il totale da raggiungere entro la scadenza (a questo ritmo, circa 306 entro il 30/09/2027)."),
    # months on the calendar: January to April is 4 months of 400
    ("Da gennaio ad aprile 2027, 400 lead al mese da Google Ads",
     "Scrivi il totale da raggiungere entro la scadenza (a questo ritmo, circa 1.600 entro il 30/04/2027)."),
    # 15 more a month raises a pace the data sets: no total guessed from the 15
    ("Generare 15 SQL in più al mese entro giugno", "Scrivi il totale da raggiungere entro la scadenza."),
])
def test_a_pace_says_the_total_it_makes(text, tip):
    report = smartwords.judged(drafting.read(text, TODAY, VOCABULARY), smart.Context(today=TODAY, baseline=288.0), "it")
    assert (report.criteria["measurable"].status, report.criteria["measurable"].suggestion) == ("fail", tip)


@pytest.mark.parametrize(("target", "baseline", "metric", "level"), [
    (0.2, 42, "stage_entries", 51.0),       # at least 50,4 SQL is 51 of them
    (-0.2, 42, "stage_entries", 33.0),      # at most 33,6 is 33
    (0.2, 50, "stage_entries", 60.0),       # 50 * 1.2 is 60.00000000000001 in floats: still 60
    (0.5, 3, "stage_entries", 5.0),
    (0.2, 1000.5, "won_value", 1200.6),     # money and rates keep their decimals
    (0.1, 0.25, "conversion", 0.275),
])
def test_a_change_of_a_count_is_a_whole_number_of_entries(target, baseline, metric, level):
    assert smart.level(target, "relative", baseline, metric) == level


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("it", "Raddoppiare le SQL da LinkedIn entro giugno 2027",
     "Traguardo +100%, ma nei dati non c'è un punto di partenza per questa misura."),
    ("en", "Cut the cost per lead by 15% by June 2027",
     "Target −15%, but the data holds no starting point for this measure."),
    # no deadline, no window: the data may hold plenty, the start still cannot be measured
    ("it", "Entro fine estate raddoppiare i contatti dalla Newsletter",
     "Traguardo +100%: il punto di partenza si misura su un periodo lungo quanto l'obiettivo, che senza scadenza "
     "non c'è."),
])
def test_a_change_with_no_starting_point_says_the_change(lang, text, reason):
    """Before any data the change is all there is to show: never "Target –"."""
    assert verdict(text, lang, "measurable") == ("warn", reason)


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("it", "Aumentare del 20% le SQL da LinkedIn entro il 31/03/2027",
     "Il punto di partenza dai dati è 0 (gli SQL): +20% di 0 resta 0, un traguardo già raggiunto che non chiede "
     "nulla."),
    ("en", "Double Newsletter opportunities by June 2027",
     "The starting point in the data is 0 (opportunities): +100% of 0 is still 0, a target met already that asks "
     "for nothing."),
])
def test_a_change_from_nothing_is_no_target(lang, text, reason):
    """A window before with none of them (a scope with nothing in the data): 20% of 0 would be a target of 0."""
    assert verdict(text, lang, "measurable", baseline=0.0) == ("fail", reason)


@pytest.mark.parametrize(("lang", "text", "reason", "tip"), [
    ("it", "Fatturato tra 1,2 e 1,5 mln entro fine anno",
     "La frase dà un intervallo («tra 1,2 e 1,5 mln»): l'obiettivo conta come raggiunto a 1.200.000\u00a0€ o più.",
     "Se il traguardo è 1.500.000\u00a0€, scrivi solo quello."),
    ("en", "CPL €40-45 by end of March",
     "The sentence gives a range (\"€40-45\"): the objective counts as met at €45 or less.",
     "If the target is €40, write that alone."),
])
def test_a_range_says_which_bound_is_tracked(lang, text, reason, tip):
    report = smartwords.judged(drafting.read(text, TODAY, VOCABULARY), smart.Context(today=TODAY, owners=BOTH), lang)
    measurable = report.criteria["measurable"]
    assert (measurable.status, measurable.reason, measurable.suggestion) == ("warn", reason, tip)


def test_a_value_named_by_its_first_word_is_that_value_or_said_when_several_start_so():
    regions = {**VOCABULARY, "region": ["Nord-Ovest", "Nord-Est", "Centro", "Sud e Isole"]}
    south = drafting.read("Portare i lead del Sud a 300 entro marzo", TODAY, regions)
    assert (south.filters, south.scope_note) == ({"region": "Sud e Isole"}, None)
    north = drafting.read("Generare 100 MQL al Nord entro marzo", TODAY, regions)
    report = smartwords.judged(north, smart.Context(today=TODAY, owners=BOTH), "it")
    assert north.filters == {}
    assert (report.criteria["specific"].status, report.criteria["specific"].reason) == (
        "warn", "«Nord» può essere più di un valore di regione (Nord-Ovest, Nord-Est): un ambito ne tiene uno solo, "
                "quindi conto tutto.")
    # a word that is a value of its own names that one, not the values starting with it
    linkedin = drafting.read("Generare 300 MQL da LinkedIn entro marzo", TODAY,
                             {**VOCABULARY, "campaign": ["LinkedIn - Direttori", "LinkedIn - Case study"]})
    assert (linkedin.filters, linkedin.scope_note) == ({"source": "LinkedIn"}, None)


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("it", "Ridurre i lead persi del 20% entro fine giugno",
     "«lead persi» non è una misura degli obiettivi: le perdite contano nel tasso di vittoria (le trattative perse) "
     "e tra gli scartati (i contatti persi prima di diventare trattative)."),
    ("en", "Cut lost deals by 10% by June",
     "\"lost deals\" is not a measure objectives track: losses count in the win rate (lost deals) and among the "
     "disqualified (leads lost before they became deals)."),
])
def test_losses_are_no_count_of_new_leads(lang, text, reason):
    # read as all new leads, "ridurre i lead persi del 20%" would cut the leads the team wants by a fifth
    draft = drafting.read(text, TODAY, VOCABULARY)
    report = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH), lang)
    assert (draft.metric, report.criteria["specific"].status, report.criteria["specific"].reason) == (
        None, "fail", reason)


def test_a_target_corrected_over_a_range_stays_as_typed():
    # the range's upper bound counts for a cost; a person who types 50 € means 50 €, checked as many times as needed
    draft = drafting.read("CPL €40-45 by end of March", TODAY, VOCABULARY)
    corrections.correct(draft, {"target": "50"})
    context = smart.Context(today=TODAY, owners=BOTH, baseline=64.0)
    for _ in range(2):
        report = smartwords.judged(draft, context, "en")
        assert (draft.target, report.criteria["measurable"].status) == (50.0, "pass")
    plain = drafting.read("CPL €40-45 by end of March", TODAY, VOCABULARY)
    for _ in range(2):
        smartwords.judged(plain, context, "en")
        assert (plain.target, plain.range_bounds) == (45.0, [40.0, 45.0])


def test_an_unreadable_deadline_is_quoted_not_guessed():
    report = smartwords.judged(drafting.read("Aumentare le SQL entro il 31 febbraio 2027", TODAY, VOCABULARY),
                         smart.Context(today=TODAY, owners=BOTH), "it")
    assert (report.criteria["time_bound"].status, report.criteria["time_bound"].reason) == (
        "fail", "Non riesco a leggere la scadenza «31 febbraio 2027».")


def test_two_objectives_in_one_sentence_are_judged_on_the_first_and_split():
    draft = drafting.read("Generare 110 MQL e chiudere 22 nuovi clienti entro marzo 2027", TODAY, VOCABULARY)
    report = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH), "it")
    assert (draft.metric, draft.stage, draft.target, draft.deadline) == ("stage_entries", "mql", 110.0,
                                                                          D("2027-03-31"))
    assert (report.criteria["specific"].status, report.criteria["specific"].reason,
            report.criteria["specific"].suggestion) == (
        "warn", "Due obiettivi in una frase: valuto il primo, gli MQL.",
        "Dividili: un obiettivo per misura, così ognuno ha il suo traguardo, i suoi responsabili e il suo "
        "avanzamento.")
    # "e" between two channels is one objective
    assert drafting.read("Generare 50 SQL dai webinar e dalle fiere entro marzo", TODAY, VOCABULARY).problems == []


REGIONS = {**VOCABULARY, "region": ["Nord-Ovest", "Nord-Est", "Centro", "Sud e Isole"]}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the count is the target; the percent only says how it compares with the quarter before
    ("it", "Obiettivo Q1 2027: 240 MQL da LinkedIn, il 20% in più del Q4",
     dict(metric="stage_entries", stage="mql", target=240.0, target_kind="absolute", filters={"source": "LinkedIn"},
          start=D("2027-01-01"), deadline=D("2027-03-31"))),
    ("it", "Aumentare gli SQL al Sud del 20% rispetto allo stesso trimestre del 2026 entro il Q1 2027",
     dict(metric="stage_entries", stage="sql", target=0.2, target_kind="relative", filters={"region": "Sud e Isole"},
          compared_with="rispetto allo stesso trimestre del 2026", deadline=D("2027-03-31"))),
    ("en", "Grow SQLs by 15% vs the same quarter last year by end of Q1",
     dict(metric="stage_entries", stage="sql", target=0.15, target_kind="relative",
          compared_with="vs the same quarter last year", deadline=D("2027-03-31"))),
    ("it", "Lead +25% nel secondo semestre 2027 rispetto al primo",
     dict(metric="stage_entries", stage="lead", target=0.25, target_kind="relative", compared_with="rispetto al primo",
          start=D("2027-07-01"), deadline=D("2027-12-31"))),
    # a second level for another region is a second objective
    ("it", "Portare la conversione MQL-SQL al 35% nel Centro e al 30% al Sud entro giugno",
     dict(metric="conversion", from_stage="mql", to_stage="sql", target=0.35, target_kind="absolute",
          filters={"region": "Centro"}, two_objectives=True, deadline=D("2027-06-30"))),
    ("it", "Chiudere 20 nuovi clienti entro fine Q2, con un fatturato di almeno 400k€",
     dict(metric="stage_entries", stage="customer", target=20.0, target_kind="absolute", two_objectives=True,
          deadline=D("2027-06-30"))),
    ("it", "Chiudere 20 nuovi clienti entro fine Q2 e fare 400k€ di fatturato",
     dict(metric="stage_entries", stage="customer", target=20.0, target_kind="absolute", two_objectives=True,
          deadline=D("2027-06-30"))),
    # a budget, even named in the heading, and a pipeline in millions are money the store does not keep
    ("it", "Budget Google Ads 2027: non superare i 60k€",
     dict(metric=None, target=60000.0, target_kind="absolute", other_measure="budget", filters={"source": "Google Ads"},
          start=D("2027-01-01"), deadline=D("2027-12-31"))),
    ("en", "Marketing budget for 2027 capped at €250k",
     dict(metric=None, target=250000.0, target_kind="absolute", other_measure="budget", start=D("2027-01-01"),
          deadline=D("2027-12-31"))),
    ("it", "Pipeline da 3 mln entro fine marzo",
     dict(metric=None, target=3000000.0, target_kind="absolute", other_measure="Pipeline", deadline=D("2027-03-31"))),
    ("it", "Budget 2027: 500 MQL",
     dict(metric="stage_entries", stage="mql", target=500.0, target_kind="absolute", start=D("2027-01-01"),
          deadline=D("2027-12-31"))),
    # a region in lower case after a preposition, or in English
    ("it", "dobbiamo fare +30% di sql dal sud entro q1",
     dict(metric="stage_entries", stage="sql", target=0.3, target_kind="relative", filters={"region": "Sud e Isole"},
          deadline=D("2027-03-31"))),
    ("en", "Close fifteen new customers in the North-West by the end of January",
     dict(metric="stage_entries", stage="customer", target=15.0, target_kind="absolute",
          filters={"region": "Nord-Ovest"}, deadline=D("2027-01-31"))),
    ("en", "Add 5 new customers from the South by end of Q1",
     dict(metric="stage_entries", stage="customer", direction="increase", target=5.0, target_kind="absolute",
          filters={"region": "Sud e Isole"}, deadline=D("2027-03-31"))),
    ("it", "CPL linkedin sotto i 50 entro fine mese prox",
     dict(metric="cpl", target=50.0, target_kind="absolute", filters={"source": "LinkedIn"},
          deadline=D("2026-12-31"))),
    ("en", "Bring days to qualify a lead below 3 by end of February",
     dict(metric="velocity", from_stage="lead", to_stage="mql", target=3.0, target_kind="absolute",
          deadline=D("2027-02-28"))),
    ("en", "Reduce time-to-MQL by 2 days by February 15",
     dict(metric="velocity", from_stage="lead", to_stage="mql", change=-2.0, deadline=D("2027-02-15"))),
    ("en", "At least 2 in 5 SQLs should turn into opportunities by March 31",
     dict(metric="conversion", from_stage="sql", to_stage="opportunity", target=0.4, target_kind="absolute",
          deadline=D("2027-03-31"))),
    ("it", "Far salire la conversione lead → MQL di due punti entro fine febbraio",
     dict(metric="conversion", from_stage="lead", to_stage="mql", direction="increase", change=0.02,
          deadline=D("2027-02-28"))),
    # read wrong, though a criterion failed
    ("it", "Per il 2027 puntiamo a 1.200 MQL complessivi, circa 100 al mese",
     dict(metric="stage_entries", stage="mql", target=1200.0, target_kind="absolute", pace=None,
          start=D("2027-01-01"), deadline=D("2027-12-31"))),
    ("it", "Entro le prossime 6 settimane 40 SQL dai webinar",
     dict(metric="stage_entries", stage="sql", target=40.0, filters={"source": "Webinar"}, start=TODAY,
          deadline=D("2027-01-06"))),
    ("it", "Costo per contatto della Newsletter sotto i 20 € dal 1° gennaio al 30 giugno 2027",
     dict(metric="cpl", target=20.0, filters={"source": "Newsletter"}, start=D("2027-01-01"),
          deadline=D("2027-06-30"))),
    ("it", "x fine gennaio almeno 40 opp da linkedin",
     dict(metric="stage_entries", stage="opportunity", target=40.0, filters={"source": "LinkedIn"},
          deadline=D("2027-01-31"))),
    ("it", "aumentre i cleinti PMI del 10% entro giugno",
     dict(metric="stage_entries", stage="customer", target=0.1, target_kind="relative", filters={"segment": "PMI"},
          deadline=D("2027-06-30"))),
    ("it", "Chiudere il 2027 con 60 nuovi clienti",
     dict(metric="stage_entries", stage="customer", target=60.0, start=D("2027-01-01"), deadline=D("2027-12-31"))),
    ("en", "Keep Referral CPL under €25 for the next two quarters",
     dict(metric="cpl", target=25.0, filters={"source": "Referral"}, start=TODAY, deadline=D("2027-06-30"))),
    ("en", "Get 30 customers from trade shows next year",
     dict(metric="stage_entries", stage="customer", target=30.0, filters={"source": "Fiere"},
          deadline=D("2027-12-31"))),
    ("en", "Opps from Google Ads: +25 vs last quarter by end of February",
     dict(metric="stage_entries", stage="opportunity", change=25.0, compared_with="vs last quarter",
          filters={"source": "Google Ads"}, deadline=D("2027-02-28"))),
])
def test_sentences_misread_by_the_fifth_review_read_right(lang, text, expected):
    draft = drafting.read(text, TODAY, REGIONS)
    read = {key: getattr(draft, key) for key in expected if key != "two_objectives"}
    if "two_objectives" in expected:
        read["two_objectives"] = "two_objectives" in draft.problems
    assert read == expected


@pytest.mark.parametrize(("lang", "text", "criterion", "expected"), [
    # a measure the data cannot compute: no history would help, so never "import more history"
    ("it", "CPA Google Ads max 900€ entro aprile", "achievable",
     ("warn", "Senza una misura che i dati sanno calcolare non si può confrontare con la storia.")),
    ("en", "Grow pipeline value by 30% by end of Q2", "achievable",
     ("warn", "Without a measure the data can compute it cannot be compared with the history.")),
    ("en", "Grow pipeline value by 30% by end of Q2", "measurable",
     ("fail", "There is a number (+30%), but not of a measure the data can compute.")),
    ("it", "Ridurre il CAC delle PMI a 900 € entro giugno", "achievable",
     ("warn", "Senza una misura che i dati sanno calcolare non si può confrontare con la storia.")),
    # a change with no starting point has a target and a direction: what it lacks is the start
    ("en", "Cut LinkedIn CAC by 10% within 6 weeks", "achievable",
     ("warn", "Without a starting point in the data a change cannot be compared with the history.")),
    # a ceiling is a direction; cents are kept on small amounts
    ("en", "CPL ceiling of €35 for webinars in 2027", "specific", ("pass", "Clear measure: reduce the cost per lead, "
                                                                   "for Webinar.")),
    ("it", "Le opportunità dal canale Referral devono salire a 35 entro il 31 marzo 2027", "specific",
     ("pass", "Misura chiara: aumentare le opportunità, per Referral.")),
    ("it", "CPL medio sotto i 32,50 € entro il 31/03/2027", "measurable",
     ("pass", "Traguardo 32,50\xa0€; punto di partenza dai dati: 64,40\xa0€.")),
    ("en", "Lower cost per MQL to €70.50 by end of January", "measurable",
     ("pass", "Target €70.50; starting point from the data: €293.")),
])
def test_messages_the_fifth_review_found_wrong_say_what_holds(lang, text, criterion, expected):
    # the two costs are checked against the starting points the review's store gave
    baseline = {"CPL medio": 64.4, "Lower cost": 293.0}
    assert verdict(text, lang, criterion, baseline=next((v for k, v in baseline.items() if text.startswith(k)),
                                                        None)) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a floor or a ceiling said in more words
    ("en", "Don't let MQL-to-SQL conversion fall below 30 percent in 2027",
     dict(metric="conversion", direction="increase", target=0.3, start=D("2027-01-01"), deadline=D("2027-12-31"))),
    ("en", "Cost per MQL: hold at €80 or less for the next 3 months",
     dict(metric="cost_per_mql", direction="decrease", target=80.0, change=None, deadline=D("2027-02-25"))),
    # the level today in brackets is where it starts, never the target
    ("it", "Win rate al 30% (oggi siamo al 24%) entro la fine del prossimo semestre",
     dict(metric="win_rate", target=0.3, stated_baseline=0.24, deadline=D("2027-06-30"))),
    # a comparison beside the target is no change of its own
    ("en", "Reach 35 new customers in Q1 '27, 10 more than in Q1 '26",
     dict(metric="stage_entries", stage="customer", target=35.0, change=None, start=D("2027-01-01"),
          deadline=D("2027-03-31"))),
    ("it", "Generare 50 SQL in più rispetto al Q3 entro marzo",
     dict(metric="stage_entries", stage="sql", change=50.0, compared_with="rispetto al Q3")),
    # losses, subscriptions and retention are no measure the store keeps
    ("it", "Non vogliamo perdere più del 40% delle trattative nel 2027",
     dict(metric=None, other_measure="perdere più del 40% delle trattative")),
    ("it", "MRR da nuovi clienti software a 40k entro giugno 2027", dict(metric=None, other_measure="MRR")),
    ("en", "Net revenue retention above 110% by end of FY27", dict(metric=None, other_measure="Net revenue retention")),
    # a response time in minutes
    ("en", "Reply to every MQL within 30 minutes by end of January",
     dict(metric="sla", threshold=0.5, threshold_unit="hours", target=1.0, deadline=D("2027-01-31"))),
    # other words for customers and leads
    ("en", "Let's land 8 new clients from webinars by 15/03/2027",
     dict(metric="stage_entries", stage="customer", target=8.0, filters={"source": "Webinar"})),
    ("it", "Chiudere 6 commesse entro fine aprile", dict(metric="stage_entries", stage="customer", target=6.0)),
    ("it", "Per la stagione 2027 vogliamo 2.000 richieste di preventivo entro aprile",
     dict(metric="stage_entries", stage="lead", target=2000.0)),
    # a quantity per person, and a condition, are kept for the check to say
    ("it", "Almeno 12 SQL a testa per ogni commerciale entro fine gennaio",
     dict(metric="stage_entries", stage="sql", target=12.0,
          scope_note={"kind": "per_person", "dimension": None, "values": ["a testa"]})),
    ("en", "Each AE should close 5 new customers by March 31",
     dict(metric="stage_entries", stage="customer", target=5.0,
          scope_note={"kind": "per_person", "dimension": None, "values": ["Each AE"]})),
    ("it", "Ogni commerciale deve portare 10 opportunità entro marzo 2027",
     dict(metric="stage_entries", stage="opportunity", target=10.0,
          scope_note={"kind": "per_person", "dimension": None, "values": ["Ogni commerciale"]})),
    ("it", "A patto che il marketing consegni 200 MQL, le vendite chiudono 20 clienti entro giugno",
     dict(metric="stage_entries", stage="customer", target=20.0,
          condition="A patto che il marketing consegni 200 MQL", deadline=D("2027-06-30"))),
    ("en", "If LinkedIn CPL stays below €45, scale LinkedIn leads to 900 by end of Q2",
     dict(metric="stage_entries", stage="lead", target=900.0, direction="increase", filters={"source": "LinkedIn"},
          condition="If LinkedIn CPL stays below €45")),
    ("en", "Marketing to deliver at least 400 MQLs in Q1 '27, provided the webinar budget is approved",
     dict(metric="stage_entries", stage="mql", target=400.0, filters={},
          condition="provided the webinar budget is approved")),
    ("it", "Se riusciamo, 50 clienti entro fine anno", dict(stage="customer", target=50.0, condition=None)),
])
def test_sentences_misread_by_the_sixth_review_read_right(lang, text, expected):
    draft = drafting.read(text, TODAY, REGIONS)
    assert {key: getattr(draft, key) for key in expected} == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "A patto che il marketing consegni 200 MQL, le vendite chiudono 20 clienti entro giugno",
     ("warn", "La condizione «A patto che il marketing consegni 200 MQL» non è misurata: valuto solo l'obiettivo, i "
              "nuovi clienti. Direzione presa dalla misura: 20 è il totale da raggiungere entro la scadenza.")),
    ("en", "New customers from Referral: 3 per rep by end of January",
     ("warn", "\"per rep\" is a quantity per person, but the objective counts everyone's total: the target holds for "
              "all together, not for each. Direction taken from the measure: 3 is the total to reach by the "
              "deadline.")),
])
def test_a_condition_or_a_quantity_per_person_is_said_by_specific(lang, text, expected):
    assert verdict(text, lang, "specific") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "Ridurre il CPL da LinkedIn di 8 punti percentuali entro marzo",
     ("fail", "«di 8 punti percentuali»: i punti percentuali muovono un tasso, non il costo per contatto.")),
    ("en", "Cut the sales cycle by 5 points by June",
     ("fail", "\"by 5 points\": percentage points move a rate, not the days from LEAD to CUSTOMER (median).")),
])
def test_points_on_a_measure_that_is_no_rate_are_refused_never_read_as_its_level(lang, text, expected):
    assert verdict(text, lang, "measurable") == expected
    assert drafting.read(text, TODAY, VOCABULARY).target is None


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a floor with a ceiling or a stretch beside it: the floor is the objective, the other its bound
    ("it", "SQL da Fiere: almeno 50, ma non oltre 80, entro giugno",
     dict(direction="increase", target=50.0, range_bounds=[50.0, 80.0], range_phrase="almeno 50, ma non oltre 80")),
    ("it", "Win rate PMI: non sotto il 20%, meglio se al 25%, entro il Q2",
     dict(direction="increase", target=0.2, range_bounds=[0.2, 0.25],
          range_phrase="non sotto il 20%, meglio se al 25%")),
    ("en", "At least 40 MQLs but no more than 60 by March",
     dict(direction="increase", target=40.0, range_bounds=[40.0, 60.0])),
])
def test_a_floor_with_its_ceiling_or_stretch_is_a_range_read_at_the_floor(lang, text, expected):
    draft = drafting.read(text, TODAY, VOCABULARY)
    drafting.settle_range(draft)
    assert {key: getattr(draft, key) for key in expected} == expected


def test_an_event_of_another_year_or_compared_with_is_no_campaign_scope():
    events = {**VOCABULARY, "campaign": ["MECSPE Bologna 2026", "SPS Italia 2026"]}
    # next year's edition is not this year's campaign; the edition compared with is no scope at all
    assert drafting.read("In occasione di MECSPE 2027 raccogliere 250 contatti", TODAY, events).filters == {}
    assert drafting.read("Dimezzare il CAC delle Fiere rispetto a MECSPE 2026 entro fine 2027", TODAY,
                         events).filters == {"source": "Fiere"}
    # the edition named is its campaign
    assert drafting.read("Raccogliere 250 contatti al MECSPE 2026 entro marzo", TODAY, events).filters == {
        "campaign": "MECSPE Bologna 2026"}
    # another edition is said, as the scope is then wider than the sentence asks (every trade fair)
    draft = drafting.read("Lead generati dalla fiera MECSPE 2027: 150 entro marzo 2027", TODAY, events)
    assert (draft.filters, draft.scope_note) == ({"source": "Fiere"}, {
        "kind": "edition", "dimension": "campaign", "values": ["MECSPE 2027"], "candidates": ["MECSPE Bologna 2026"]})
    report = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH, baseline=126), "it")
    assert (report.criteria["specific"].status, report.criteria["specific"].reason) == (
        "warn", "«MECSPE 2027» non è tra i valori di campagna dei dati (MECSPE Bologna 2026 è un'altra edizione): "
                "resta fuori dall'ambito, che è quindi più largo. Direzione presa dalla misura: 150 è il totale da "
                "raggiungere entro la scadenza.")


def test_a_roi_written_as_a_multiple_is_the_return_as_a_roas_and_both_numbers_are_said():
    # "ROI 2,5x": 2,5 times the money spent back, a ROAS of 250%, tracked as a ROI of 150%; never 200%
    draft = drafting.read("ROI delle fiere almeno 2,5x nel 2027", TODAY, VOCABULARY)
    assert (draft.metric, draft.target, draft.roas, draft.filters) == ("roi", 1.5, True, {"source": "Fiere"})
    assert verdict("ROI delle fiere almeno 2,5x nel 2027", "it", "specific") == (
        "warn", "Il ROAS si segue come ROI, che è il ROAS meno 100%: un ROAS di 250,0% è un ROI di 150,0%.")


# The seventh review's four misreadings, each with the ways managers write it. Statuses as in CASES: an objective
# with no deadline or no measure the data keeps carries no data, as objectives.context() would give it.
SEVENTH_REVIEW = [
    # an event named as the deadline is when, never the campaign or the source counted, and no day to measure by
    case("it", "Chiudere 15 nuovi clienti entro la fiera SPS", "ppwpf",
         dict(metric="stage_entries", stage="customer", direction="increase", target=15.0, target_unit="count")),
    case("en", "Win 15 new customers by the SPS show", "ppwpf",
         dict(metric="stage_entries", stage="customer", direction="increase", target=15.0, target_unit="count")),
    case("it", "Entro il MECSPE vogliamo 40 nuove opportunità", "ppwpf",
         dict(metric="stage_entries", stage="opportunity", direction="increase", target=40.0, target_unit="count")),
    case("it", "Prima della fiera di Verona raccogliere 300 contatti dai webinar", "ppwpf",
         dict(metric="stage_entries", stage="lead", direction="increase", target=300.0, target_unit="count",
              filters={"source": "Webinar"})),
    case("en", "Generate 120 MQLs from LinkedIn ahead of the SPS Italia show", "ppwpf",
         dict(metric="stage_entries", stage="mql", direction="increase", target=120.0, target_unit="count",
              filters={"source": "LinkedIn"})),
    case("en", "Hit 250 MQLs before the Verona trade show", "ppwpf",
         dict(metric="stage_entries", stage="mql", direction="increase", target=250.0, target_unit="count")),
    # a programme's or a product's number is part of its name: 120 is the target, never 5 (nor 120 its start); 120
    # MQLs are the best window, past the upper quartile of 110
    case("it", "Portare a 120 gli MQL del webinar Transizione 5.0 entro il 31 marzo 2027", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=120.0, target_unit="count",
              deadline=D("2027-03-31"), filters={"source": "Webinar"}),
         baseline=100, history=[100, 90, 120, 110, 95]),
    case("it", "Webinar Transizione 5.0: 60 MQL entro fine marzo", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=60.0, target_unit="count",
              deadline=D("2027-03-31"), filters={"source": "Webinar"})),
    case("it", "Generare 200 lead dalla campagna Industria 4.0 entro giugno 2027", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=200.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("en", "Transizione 4.0 webinar MQLs up 20% by March 2027", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=120.0, target_kind="relative",
              target_unit="count", deadline=D("2027-03-31"), filters={"source": "Webinar"}),
         baseline=100, history=[100, 90, 120, 110, 95]),
    case("it", "Migrare 40 clienti a Windows 11 entro giugno 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=40.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("en", "Win 30 new customers on Windows 11 by June 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=30.0, target_unit="count",
              deadline=D("2027-06-30"))),
    # ...but a number that is the quantity stays one: thousands, a percent with its decimal, a count after a scope
    case("it", "Portare gli MQL a 5.000 entro giugno 2027", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=5000.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("it", "Conversione MQL-SQL al 5,0% entro giugno 2027", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.05,
              target_unit="ratio", deadline=D("2027-06-30"))),
    case("it", "Clienti Enterprise 15 entro marzo", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=15.0, target_unit="count",
              deadline=D("2027-03-31"), filters={"segment": "Enterprise"})),
    # and a name's number alone is no target at all
    case("it", "MQL Industria 4.0 entro giugno 2027", "ffwpp",
         dict(metric="stage_entries", stage="mql", deadline=D("2027-06-30"))),
    # a market written lower-case that the data does not hold is said, never dropped in silence; 50 SQLs + 30% = 65,
    # past the best window of 60
    case("it", "Aumentare del 30% le SQL con le cooperative entro giugno 2027", "wpfpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=65.0, target_kind="relative",
              target_unit="count", deadline=D("2027-06-30")), baseline=50, history=[50, 45, 60, 55, 40]),
    case("en", "Grow SQLs with cooperatives by 30% by June 2027", "wpfpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=65.0, target_kind="relative",
              target_unit="count", deadline=D("2027-06-30")), baseline=50, history=[50, 45, 60, 55, 40]),
    case("it", "Chiudere 6 commesse con aziende agricole entro fine aprile", "wpwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=6.0, target_unit="count",
              deadline=D("2027-04-30"))),
    case("it", "Per le cantine del Veneto: 40 nuovi clienti entro fine 2027", "wpwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=40.0, target_unit="count",
              deadline=D("2027-12-31"))),
    case("it", "Generare 150 MQL nel settore alimentare entro marzo 2027", "wpwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=150.0, target_unit="count",
              deadline=D("2027-03-31"))),
    case("en", "Win 20 new customers among wineries by June 2027", "wpwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=20.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("en", "200 MQLs in the food sector by March 2027", "wpwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=200.0, target_unit="count",
              deadline=D("2027-03-31"))),
    # a share of SQLs or deals lost is a rate at most that level, of a measure the store does not keep: never a
    # count of 1 or 4 SQLs, nor a cut of SQLs by a quarter
    case("en", "No more than 1 in 4 SQLs should be lost by June 2027", "ffwwp",
         dict(direction="decrease", target=0.25, target_unit="ratio", deadline=D("2027-06-30"))),
    case("it", "Non più di 1 SQL su 4 deve andare perso entro giugno 2027", "ffwwp",
         dict(direction="decrease", target=0.25, target_unit="ratio", deadline=D("2027-06-30"))),
    case("it", "Entro giugno 2027 al massimo un SQL su quattro va perso", "ffwwp",
         dict(direction="decrease", target=0.25, target_unit="ratio", deadline=D("2027-06-30"))),
    case("en", "Lose no more than 1 in 4 SQLs by the end of Q2 2027", "ffwwp",
         dict(direction="decrease", target=0.25, target_unit="ratio", deadline=D("2027-06-30"))),
    case("it", "Perdere al massimo 1 trattativa su 4 entro fine 2027", "ffwwp",
         dict(direction="decrease", target=0.25, target_unit="ratio", deadline=D("2027-12-31"))),
    case("en", "Keep SQL loss rate under 25% by June 2027", "ffwwp",
         dict(direction="decrease", target=0.25, target_unit="ratio", deadline=D("2027-06-30"))),
    case("it", "Tasso di perdita degli SQL sotto il 25% entro giugno 2027", "ffwwp",
         dict(direction="decrease", target=0.25, target_unit="ratio", deadline=D("2027-06-30"))),
    case("it", "Non vogliamo perdere più del 40% delle trattative nel 2027", "ffwwp",
         dict(direction="decrease", target=0.4, target_unit="ratio", start=D("2027-01-01"),
              deadline=D("2027-12-31"))),
    # a cut of the losses stays a change; the share that moves on is the step's conversion, as before
    case("it", "Ridurre i lead persi del 20% entro fine giugno", "ffwwp",
         dict(direction="decrease", target=None, target_kind="relative", deadline=D("2027-06-30"))),
    case("en", "At least 2 in 5 SQLs should turn into opportunities by June 2027", "ppwpp",
         dict(metric="conversion", from_stage="sql", to_stage="opportunity", direction="increase", target=0.4,
              target_unit="ratio", deadline=D("2027-06-30"))),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "fields", "baseline", "history", "owners", "parent"),
                         SEVENTH_REVIEW)
def test_sentences_misread_by_the_seventh_review_read_right(lang, text, statuses, fields, baseline, history, owners,
                                                            parent):
    assert_statement(lang, text, statuses, fields, baseline, history, owners, parent)


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("it", "Chiudere 15 nuovi clienti entro la fiera SPS",
     "«entro la fiera SPS» è un evento, non un giorno: senza la sua data non so quando scade l'obiettivo."),
    ("en", "Win 15 new customers by the SPS show",
     "\"by the SPS show\" is an event, not a day: without its date I cannot tell when the objective is due."),
])
def test_an_event_as_the_deadline_asks_for_its_day(lang, text, reason):
    report = smartwords.judged(drafting.read(text, TODAY, VOCABULARY), smart.Context(today=TODAY, owners=BOTH), lang)
    verdict_ = report.criteria["time_bound"]
    assert (verdict_.status, verdict_.reason) == ("fail", reason)
    assert verdict_.suggestion == {
        "it": "Scrivi il giorno dell'evento, o quello entro cui chiudere: «entro il 12/05/2027», «entro fine aprile "
              "2027».",
        "en": "Write the event's day, or the one to finish by: \"by 12/05/2027\", \"by end of April 2027\"."}[lang]


def test_an_event_scopes_the_objective_only_when_it_is_where_the_leads_come_from():
    events = {**VOCABULARY, "campaign": ["MECSPE Bologna 2026", "SPS Italia 2026"]}
    # as the deadline: neither the fair's campaign nor the Fiere source
    for text in ("Chiudere 15 nuovi clienti entro la fiera SPS", "Win 15 new customers by the SPS show",
                 "Chiudere 15 nuovi clienti entro il MECSPE", "Win 15 new customers before MECSPE"):
        assert drafting.read(text, TODAY, events).filters == {}, text
    # a date written beside it is the deadline, and the source named the scope
    draft = drafting.read("By the SPS show in May, 200 new leads from trade fairs", TODAY, events)
    assert (draft.filters, draft.deadline) == ({"source": "Fiere"}, D("2027-05-31"))
    # where the customers come from: the campaign, as before
    assert drafting.read("15 clienti dai contatti della fiera SPS entro giugno", TODAY, events).filters == {
        "source": "Fiere", "campaign": "SPS Italia 2026"}
    assert drafting.read("15 customers from the SPS show leads by June", TODAY, events).filters == {
        "campaign": "SPS Italia 2026"}
    # "by" after a verb names who brought the leads, not a time; the show's leads by June 2027 are next May's, which
    # the 2026 edition's campaign would never count: said (review 25; it was that campaign, with a green tick)
    generated = drafting.read("200 leads generated by the SPS show by June", TODAY, events)
    assert (generated.filters, generated.deadline, generated.scope_note) == ({}, D("2027-06-30"), {
        "kind": "edition", "dimension": "campaign", "values": ["SPS"], "candidates": ["SPS Italia 2026"]})


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("it", "Aumentare del 30% le SQL con le cooperative entro giugno 2027",
     "«cooperative» non è tra le fonti, i segmenti, le regioni, i prodotti o i responsabili dei dati: senza ambito, "
     "conto tutto."),
    ("it", "Chiudere 6 commesse con aziende agricole entro fine aprile",
     "«aziende agricole» non è tra le fonti, i segmenti, le regioni, i prodotti o i responsabili dei dati: senza "
     "ambito, conto tutto."),
    ("it", "Generare 150 MQL nel settore alimentare entro marzo 2027",
     "«settore alimentare» non è tra le fonti, i segmenti, le regioni, i prodotti o i responsabili dei dati: senza "
     "ambito, conto tutto."),
    ("en", "Grow SQLs with cooperatives by 30% by June 2027",
     "\"cooperatives\" is none of the sources, segments, regions, products or owners in the data: with no scope, "
     "everything is counted."),
    ("en", "200 MQLs in the food sector by March 2027",
     "\"food sector\" is none of the sources, segments, regions, products or owners in the data: with no scope, "
     "everything is counted. Direction taken from the measure: 200 is the total to reach by the deadline."),
])
def test_a_lower_case_market_the_data_does_not_hold_is_named(lang, text, reason):
    assert verdict(text, lang, "specific") == ("warn", reason)


@pytest.mark.parametrize(("text", "filters"), [
    # how the work is done, who does it, with what: no market
    ("Generare 200 MQL con le campagne LinkedIn entro marzo 2027", {"source": "LinkedIn"}),
    ("Chiudere 20 clienti con il budget attuale entro giugno 2027", {}),
    ("Generare 300 MQL con le stesse risorse entro giugno 2027", {}),
    ("Generare 100 SQL con le telefonate entro marzo 2027", {}),
    ("Get 50 SQLs from existing customers by June 2027", {}),
    ("Grow MQLs from webinars and trade shows by 20% by June 2027", {"source": "Webinar"}),
    # a market the data holds, however written
    ("Aumentare del 20% i clienti per le pmi entro giugno 2027", {"segment": "PMI"}),
    ("Chiudere 20 contratti con aziende PMI entro giugno 2027", {"segment": "PMI"}),
])
def test_ordinary_words_after_con_per_from_are_no_market(text, filters):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert (draft.filters, draft.scope_note is None or draft.scope_note["kind"] != "unknown") == (filters, True)


@pytest.mark.parametrize(("lang", "text", "specific", "measurable"), [
    ("en", "No more than 1 in 4 SQLs should be lost by June 2027",
     "\"SQLs lost\" is not a measure objectives track: losses count in the win rate (lost deals) and among the "
     "disqualified (leads lost before they became deals).",
     "There is a number (25.0%), but not of a measure the data can compute."),
    ("it", "Non più di 1 SQL su 4 deve andare perso entro giugno 2027",
     "«SQL persi» non è una misura degli obiettivi: le perdite contano nel tasso di vittoria (le trattative perse) e "
     "tra gli scartati (i contatti persi prima di diventare trattative).",
     "C'è un numero (25,0%), ma non di una misura che i dati sanno calcolare."),
    ("it", "Perdere al massimo 1 trattativa su 4 entro fine 2027",
     "«trattative perse» non è una misura degli obiettivi: le perdite contano nel tasso di vittoria (le trattative "
     "perse) e tra gli scartati (i contatti persi prima di diventare trattative).",
     "C'è un numero (25,0%), ma non di una misura che i dati sanno calcolare."),
])
def test_a_share_lost_is_said_as_the_rate_it_is_of_a_measure_not_kept(lang, text, specific, measurable):
    assert verdict(text, lang, "specific") == ("fail", specific)
    assert verdict(text, lang, "measurable") == ("fail", measurable)


# The eighth review's readings under green ticks, each with the ways managers write it. Statuses as in CASES: no
# baseline nor history, as a store with no data gives them.
EIGHTH_REVIEW = [
    # pipeline coverage, a rate of renewals, an average per customer, a stock of open deals: measures the store does
    # not keep, in any word order, never opportunities, new customers, a CAC or entries
    case("it", "Copertura pipeline 3 volte il target entro fine trimestre", "ffwwp",
         dict(target=3.0, deadline=D("2026-12-31"))),
    case("en", "Pipeline coverage ratio at 3 by end of Q1 2027", "ffwwp", dict(target=3.0, deadline=D("2027-03-31"))),
    case("it", "Copertura del funnel pari a 3 volte entro marzo 2027", "ffwwp",
         dict(target=3.0, deadline=D("2027-03-31"))),
    case("it", "Tasso di rinnovo contratti all'85% entro fine 2027", "ffwwp",
         dict(direction="increase", target=0.85, target_unit="ratio", deadline=D("2027-12-31"))),
    case("it", "Tasso di rinnovo dei contratti almeno all'85% entro fine 2027", "ffwwp",
         dict(direction="increase", target=0.85, target_unit="ratio", deadline=D("2027-12-31"))),
    case("en", "Contract renewal rate at 90% by 2027 end", "ffwwp",
         dict(direction="increase", target=0.9, target_unit="ratio", deadline=D("2027-12-31"))),
    case("it", "Trattenere almeno 9 clienti su 10 al rinnovo del contratto entro giugno 2027", "ffwwp",
         dict(direction="increase", target=0.9, target_unit="ratio", deadline=D("2027-06-30"))),
    case("en", "Average revenue from new deals € 1,5k per customer by June", "ffwwp",
         dict(direction="increase", target=1500.0, deadline=D("2027-06-30"))),
    case("it", "Ricavi: € 1,5k per cliente entro giugno", "ffwwp",
         dict(direction="increase", target=1500.0, deadline=D("2027-06-30"))),
    case("it", "Fatturato di 2.000 € per cliente entro fine 2027", "ffwwp",
         dict(direction="increase", target=2000.0, deadline=D("2027-12-31"))),
    case("en", "Revenue of €2,000 per customer by end of 2027", "ffwwp",
         dict(direction="increase", target=2000.0, deadline=D("2027-12-31"))),
    case("it", "Opportunità aperte > 80 a fine trimestre", "ffwwp", dict(target=80.0, deadline=D("2026-12-31"))),
    case("en", "Open opportunities more than 60 at end of quarter", "ffwwp",
         dict(direction="increase", target=60.0, deadline=D("2026-12-31"))),
    case("it", "Trattative aperte almeno 50 entro fine marzo 2027", "ffwwp",
         dict(direction="increase", target=50.0, deadline=D("2027-03-31"))),
    # where it stands today, said as a clause: the start, and the way from it to the target
    case("it", "Oggi siamo a 18 giorni per qualificare un lead, vogliamo arrivare a 10 entro aprile", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="mql", direction="decrease", target=10.0,
              target_unit="days", stated_baseline=18.0, deadline=D("2027-04-30"))),
    case("en", "Today we are at 15 days to qualify a lead, target 8 days by April 2027", "ppwpp",
         dict(metric="velocity", from_stage="lead", to_stage="mql", direction="decrease", target=8.0,
              target_unit="days", stated_baseline=15.0, deadline=D("2027-04-30"))),
    case("it", "Oggi siamo al 20% di conversione MQL-SQL, vogliamo arrivare al 25% entro giugno 2027", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.25,
              target_unit="ratio", stated_baseline=0.2, deadline=D("2027-06-30"))),
    case("it", "Chiudere il 2027 con 70 nuovi clienti, oggi siamo a 52", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=70.0, target_unit="count",
              stated_baseline=52.0, start=D("2027-01-01"), deadline=D("2027-12-31"))),
    # a date in brackets beside a fiscal year's end is that end
    case("it", "Entro la fine dell'esercizio fiscale (30 giugno 2027) 45 nuovi clienti", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=45.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("it", "Entro il 30 giugno 2027 (fine esercizio) 45 nuovi clienti", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=45.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("en", "By the end of the fiscal year (June 30, 2027) 50 new logos", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=50.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("en", "200 MQLs by the end of our financial year (31 March 2027)", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=200.0, target_unit="count",
              deadline=D("2027-03-31"))),
    # a second target for another name, or another measure with its level: two objectives, the first judged
    case("it", "Win rate per owner: Giulia 25%, Davide 35% entro giugno", "wpwpp",
         dict(metric="win_rate", direction="increase", target=0.25, target_unit="ratio", deadline=D("2027-06-30"))),
    case("it", "Al Sud 25 nuovi clienti entro fine 2027, al Nord 40", "wpwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=25.0, target_unit="count",
              deadline=D("2027-12-31"), filters={"region": "Sud"})),
    case("it", "CPL LinkedIn max 55 € entro fine Q1 2027, Google Ads max 35 €", "wpwpp",
         dict(metric="cpl", direction="decrease", target=55.0, target_unit="EUR", deadline=D("2027-03-31"),
              filters={"source": "LinkedIn"})),
    case("it", "Obiettivo soci 2027: +200 nuovi soci iscritti e NPS > 60", "ffwwp",
         dict(target=200.0, start=D("2027-01-01"), deadline=D("2027-12-31"))),
    case("en", "500 new leads and NPS above 50 by June 2027", "wpwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=500.0, target_unit="count",
              deadline=D("2027-06-30"))),
    # "of" after a verb of change, with its unit, is the Italian "di": a change, never the level
    case("en", "Shorten the sales cycle of 20 days within Q2 2027", "pfwpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target_kind="absolute",
              target_unit="days", deadline=D("2027-06-30"))),
    case("en", "Cut the CPL of 5 € by June 2027", "pfwpp",
         dict(metric="cpl", direction="decrease", target_kind="absolute", target_unit="EUR",
              deadline=D("2027-06-30"))),
    case("en", "Increase Referral MQLs of 5 percentage points by Q2", "pfwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target_kind="absolute", target_unit="count",
              deadline=D("2027-06-30"), filters={"source": "Referral"})),
    # a fall ruled out is a floor
    case("en", "MQL acceptance rate must not go down 75% (now 70%) by 31/3", "ppwpp",
         dict(metric="sla", direction="increase", target=0.75, target_unit="ratio", stated_baseline=0.7,
              deadline=D("2027-03-31"))),
    case("it", "Il tasso di accettazione degli MQL non deve scendere al 60% entro marzo 2027", "ppwpp",
         dict(metric="sla", direction="increase", target=0.6, target_unit="ratio", deadline=D("2027-03-31"))),
    # before a month is by the end of the month before
    case("en", "For the harvest season we need 200 leads from farms before August 2027", "wpwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=200.0, target_unit="count",
              deadline=D("2027-07-31"))),
    case("it", "Prima di agosto 2027 200 lead dai webinar", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=200.0, target_unit="count",
              deadline=D("2027-07-31"), filters={"source": "Webinar"})),
    # days counted from an event run from a day no sentence gives: asked, never counted from today
    case("it", "Dopo la fiera di Verona raccogliere 200 lead entro 30 giorni", "ppwpf",
         dict(metric="stage_entries", stage="lead", direction="increase", target=200.0, target_unit="count",
              filters={"source": "Fiere"})),
    case("en", "Within 30 days after the SPS show, 150 new leads", "ppwpf",
         dict(metric="stage_entries", stage="lead", direction="increase", target=150.0, target_unit="count")),
    # a market between "new" and the customers
    case("it", "Vendemmia 2027: 60 nuove cantine clienti entro settembre", "wpwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=60.0, target_unit="count",
              deadline=D("2027-09-30"))),
    case("en", "40 new winery customers by June 2027", "wpwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=40.0, target_unit="count",
              deadline=D("2027-06-30"))),
    case("it", "20 nuovi grandi clienti entro giugno 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=20.0, target_unit="count",
              deadline=D("2027-06-30"))),
    # a survey rarer than the check-ins: followed quarterly, and said
    case("it", "NPS soci ≥ 50 a fine 2027, rilevazione semestrale", "pwwwp",
         dict(metric="manual", direction="increase", target=50.0, target_unit="score", deadline=D("2027-12-31"),
              cadence="quarterly")),
    case("en", "NPS above 50 by December 2027, surveyed twice a year", "pwwwp",
         dict(metric="manual", direction="increase", target=50.0, target_unit="score", deadline=D("2027-12-31"),
              cadence="quarterly")),
    # a valid date after a pipe, a sheet's columns pasted, is the deadline
    case("it", "Obiettivo | Owner | Scadenza: 40 nuovi clienti Enterprise | Bruno Neri | 30/06/2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=40.0, target_unit="count",
              deadline=D("2027-06-30"), filters={"segment": "Enterprise"})),
    case("it", "40 nuovi clienti | 30/06/2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=40.0, target_unit="count",
              deadline=D("2027-06-30"))),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "fields", "baseline", "history", "owners", "parent"),
                         EIGHTH_REVIEW)
def test_sentences_misread_by_the_eighth_review_read_right(lang, text, statuses, fields, baseline, history, owners,
                                                           parent):
    assert_statement(lang, text, statuses, fields, baseline, history, owners, parent)


@pytest.mark.parametrize(("lang", "text", "criterion", "expected"), [
    ("it", "Tasso di rinnovo contratti all'85% entro fine 2027", "specific",
     "«Tasso di rinnovo contratti» non è una misura che smarketing tiene: i tassi che tiene sono la conversione tra "
     "due fasi, il tasso di vittoria e l'accettazione degli MQL."),
    ("en", "Average revenue from new deals € 1,5k per customer by June", "specific",
     "\"Average revenue\" is an average per customer (the average deal value): smarketing shows it in the win rate "
     "report, but does not keep it as an objective; the measures in money are the won value, the cost per lead, per "
     "MQL and per SQL, the CAC and the ROI."),
    ("en", "Open opportunities more than 60 at end of quarter", "specific",
     "\"Open opportunities\" is how many there are at one moment, but smarketing counts who enters a stage in the "
     "period: new leads, MQLs, SQLs, opportunities, customers."),
    ("it", "Obiettivo soci 2027: +200 nuovi soci iscritti e NPS > 60", "specific",
     "Non è chiaro quale misura del percorso cliente cambia. La frase ha anche un secondo obiettivo, che non valuto: "
     "scrivine uno per frase."),
    ("it", "Dopo la fiera di Verona raccogliere 200 lead entro 30 giorni", "time_bound",
     "«Dopo la fiera di Verona» è un evento, non un giorno: senza la sua data non so quando scade l'obiettivo."),
    ("it", "NPS soci ≥ 50 a fine 2027, rilevazione semestrale", "measurable",
     "Traguardo 50, rilevato meno spesso di un trimestre: i check-in vanno al massimo ogni trimestre, quindi lo "
     "seguo con cadenza trimestrale."),
])
def test_messages_of_the_eighth_review_say_what_was_read(lang, text, criterion, expected):
    assert verdict(text, lang, criterion)[1] == expected


@pytest.mark.parametrize(("lang", "text", "tip"), [
    ("en", "Customer churn below 5% by Q4 2027, measured monthly",
     "Remember the check-in every month: without it, progress is unknown."),
    ("en", "NPS from 32 to 45 by december 2027 (quarterly survey)",
     "Remember the check-in every quarter: without it, progress is unknown."),
    ("it", "Soddisfazione del team a 8 su 10 entro giugno 2027",
     "Ricordate il check-in ogni settimana: senza, l'avanzamento è sconosciuto."),
])
def test_the_check_in_reminder_follows_the_cadence(lang, text, tip):
    report = smartwords.judged(drafting.read(text, TODAY, VOCABULARY), smart.Context(today=TODAY, owners=BOTH), lang)
    assert report.criteria["measurable"].suggestion == tip


def test_an_owner_named_with_a_possessive_is_the_owner_scope():
    people = {**VOCABULARY, "owner": ["Giulia Ferrari", "Davide Mancini"]}
    for text in ("Davide's win rate must arrive to 35% by 30/06/2027", "Davide’s win rate to 35% by June 2027",
                 "Win rate of Davide to 35% by June 2027"):
        assert drafting.read(text, TODAY, people).filters == {"owner": "Davide Mancini"}, text


def test_a_start_said_beside_a_floor_or_ceiling_and_the_data_is_one_bracket():
    draft = drafting.read("MQL acceptance rate at least 60% (now 70%) by March 2027", TODAY, VOCABULARY)
    line = smartwords.judged(draft, smart.Context(today=TODAY, baseline=0.358, owners=BOTH), "en").understood
    assert line == "Understood: the MQL acceptance rate, at least 60.0% (now 70.0%, the data: 35.8%), by 31 Mar 2027."


NINTH_REVIEW = [
    # a conversion said as a count in a whole is that share, never a start of 1 and a target of 25
    case("it", "Conversione lead-cliente: 1 su 25 entro fine anno prox", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="customer", direction="increase", target=0.04,
              target_unit="ratio", deadline=D("2027-12-31"))),
    case("it", "Tasso di conversione da MQL a cliente: 1 su 10 entro giugno 2027", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="customer", direction="increase", target=0.1,
              target_unit="ratio", deadline=D("2027-06-30"))),
    case("en", "Lead to customer conversion 1 out of 20 by end of the year", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="customer", direction="increase", target=0.05,
              target_unit="ratio", deadline=D("2026-12-31"))),
    case("en", "Conversion rate lead to customer 1 in 30 by Q2 2027", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="customer", direction="increase", target=0.0333,
              target_unit="ratio", deadline=D("2027-06-30"))),
    # a ratio written B/A is the A→B conversion
    case("it", "Portare il rapporto SQL/MQL a 2 su 5 entro fine marzo 2027", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.4,
              target_unit="ratio", deadline=D("2027-03-31"))),
    case("it", "Rapporto clienti/opportunità al 30% entro fine 2027", "ppwpp",
         dict(metric="conversion", from_stage="opportunity", to_stage="customer", direction="increase", target=0.3,
              target_unit="ratio", deadline=D("2027-12-31"))),
    case("en", "SQL/MQL ratio 2 over 5 by end of March", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.4,
              target_unit="ratio", deadline=D("2027-03-31"))),
    case("en", "Customer/opportunity ratio at 25% by June 2027", "ppwpp",
         dict(metric="conversion", from_stage="opportunity", to_stage="customer", direction="increase", target=0.25,
              target_unit="ratio", deadline=D("2027-06-30"))),
    # a count of deals won is new customers, never a win rate
    case("it", "Obiettivo Q2 '27 — Davide — 20 trattative vinte nel segmento Mid-market", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=20.0, target_unit="count",
              start=D("2027-04-01"), deadline=D("2027-06-30"))),
    case("it", "30 trattative vinte nel segmento Enterprise entro settembre 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=30.0, target_unit="count",
              deadline=D("2027-09-30"), filters={"segment": "Enterprise"})),
    case("en", "25 deals won in the Enterprise segment by June 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=25.0, target_unit="count",
              deadline=D("2027-06-30"), filters={"segment": "Enterprise"})),
    # a hand-off time in days is the days to accept an MQL, never an acceptance rate of 200%
    case("en", "Handoff time max 2 working days from February", "ppwpf",
         dict(metric="sla_days", direction="decrease", target=2.0, target_unit="days")),
    case("en", "Handoff time under 3 days by March 2027", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=3.0, target_unit="days", deadline=D("2027-03-31"))),
    case("it", "Tempo di handoff massimo 2 giorni entro giugno 2027", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=2.0, target_unit="days", deadline=D("2027-06-30"))),
    # "su di N pp/punti" is +N points; "a settembre" the next September's end
    case("it", "Conversione SQL→opportunità su di 3 pp a settembre", "ppwpp",
         dict(metric="conversion", from_stage="sql", to_stage="opportunity", direction="increase", target=0.48,
              target_unit="ratio", deadline=D("2027-09-30")), baseline=0.45),
    case("it", "Conversione MQL→SQL su di 3 punti a settembre", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.33,
              target_unit="ratio", deadline=D("2027-09-30")), baseline=0.3),
    case("it", "Win rate su di 5 punti a giugno 2027", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.25, target_unit="ratio", deadline=D("2027-06-30")),
         baseline=0.2),
    # a growth month over month over several months compounds: measurable says it is not tracked
    case("it", "Gli SQL devono crescere del 10% mese su mese fino a giugno", "pwwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=110.0, target_kind="relative",
              target_unit="count", deadline=D("2027-06-30")), baseline=100),
    case("en", "SQLs must grow 10% month over month until June", "pwwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=110.0, target_kind="relative",
              target_unit="count", deadline=D("2027-06-30")), baseline=100),
    case("it", "Lead da LinkedIn +5% mese su mese fino a dicembre 2027", "pwwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=210.0, target_kind="relative",
              target_unit="count", deadline=D("2027-12-31"), filters={"source": "LinkedIn"}), baseline=200),
    # deadlines: the whole year, the next half, a month in brackets beside an event or a season
    case("en", "Keep retention of our members over 92% for all 2027", "ppwwp",
         dict(metric="manual", direction="increase", target=0.92, target_unit="ratio", start=D("2027-01-01"),
              deadline=D("2027-12-31"), cadence="weekly")),
    case("en", "Churn below 3% for the whole of 2027", "ppwwp",
         dict(metric="manual", direction="decrease", target=0.03, target_unit="ratio", start=D("2027-01-01"),
              deadline=D("2027-12-31"), cadence="weekly")),
    case("en", "Halve the cost per lead of Newsletter within next half", "pwwpp",
         dict(metric="cpl", direction="decrease", target_kind="relative", target_unit="EUR", deadline=D("2027-06-30"),
              filters={"source": "Newsletter"})),
    case("it", "Dimezzare il CPL della Newsletter entro il prossimo semestre", "pwwpp",
         dict(metric="cpl", direction="decrease", target_kind="relative", target_unit="EUR", deadline=D("2027-06-30"),
              filters={"source": "Newsletter"})),
    case("it", "Fiera EIMA 2027 (novembre): 400 contatti dallo stand", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=400.0, target_unit="count",
              deadline=D("2027-11-30"), filters={"source": "Fiere"})),
    case("en", "SPS Italia 2027 (May): 250 leads from the booth", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=250.0, target_unit="count",
              deadline=D("2027-05-31"))),
    case("it", "Entro la fine del raccolto (ottobre) 35 nuovi clienti tra le aziende agricole", "wpwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=35.0, target_unit="count",
              deadline=D("2027-10-31"))),
    case("it", "Entro la vendemmia (settembre) 20 nuovi clienti", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=20.0, target_unit="count",
              deadline=D("2027-09-30"))),
    # "#N", "n. N" after a webinar or an event: a number in a title, never the start
    case("en", "Webinar #4 \"OEE e fermi macchina\": 80 MQLs by Feb 28", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=80.0, target_unit="count",
              deadline=D("2027-02-28"), filters={"source": "Webinar"})),
    case("it", "Webinar n. 2 \"Manutenzione predittiva\": 60 MQL entro marzo 2027", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=60.0, target_unit="count",
              deadline=D("2027-03-31"), filters={"source": "Webinar"})),
    case("en", "Event no. 3: 150 leads by April 2027", "ppwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=150.0, target_unit="count",
              deadline=D("2027-04-30"))),
    # registrations beside MQLs: the MQLs are read, and the registrations said as not kept
    case("it", "Webinar n. 3 \"Transizione 5.0\": 120 iscritti e 30 MQL entro il 15 febbraio", "wpwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=30.0, target_unit="count",
              deadline=D("2027-02-15"), filters={"source": "Webinar"})),
    case("en", "Webinar no. 2 \"Industry 5.0\": 200 registrations and 40 MQLs by March 2027", "wpwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=40.0, target_unit="count",
              deadline=D("2027-03-31"), filters={"source": "Webinar"})),
    case("it", "Workshop n. 5: 80 partecipanti e 25 MQL entro giugno 2027", "wpwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=25.0, target_unit="count",
              deadline=D("2027-06-30"))),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "fields", "baseline", "history", "owners", "parent"),
                         NINTH_REVIEW)
def test_sentences_misread_by_the_ninth_review_read_right(lang, text, statuses, fields, baseline, history, owners,
                                                          parent):
    assert_statement(lang, text, statuses, fields, baseline, history, owners, parent)


TENTH_REVIEW = [
    # a share of the MQLs accepted, in any form of the verb, is the acceptance rate, never 70% more MQLs
    case("it", "Non è accettabile che meno del 70% degli MQL venga accettato dalle vendite: da rispettare entro "
         "marzo 2027", "ppwpp",
         dict(metric="sla", direction="increase", target=0.7, target_kind="absolute", target_unit="ratio",
              deadline=D("2027-03-31")),
         baseline=0.358),
    # the share of MQLs sales turn down is a measure not kept, never 10% fewer MQLs
    case("it", "Ridurre sotto il 10% la quota di MQL rifiutati dalle vendite entro fine Q1 2027", "ffwwp",
         dict(direction="decrease", target=0.1, target_kind="absolute", target_unit="ratio",
              deadline=D("2027-03-31")),
         baseline=None),
    # those who sign up are leads: the step to the stage they become
    case("it", "Iscritti ai webinar che diventano MQL: conversione al 40% entro fine marzo 2027", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="mql", direction="increase", target=0.4,
              target_kind="absolute", target_unit="ratio", deadline=D("2027-03-31"), filters={"source": "Webinar"}),
         baseline=0.3),
    # a share won with the scope named between
    case("it", "entro fine Q1 2027 il 60% delle opportunità della fiera Fiere deve chiudersi vinto", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.6, target_kind="absolute", target_unit="ratio",
              deadline=D("2027-03-31"), filters={"source": "Fiere"}),
         baseline=0.3),
    # quote requests are leads in a share too
    case("it", "Per i soci della cooperativa: almeno il 40% delle richieste di preventivo deve diventare "
         "opportunità entro il 30/06/2027", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="opportunity", direction="increase", target=0.4,
              target_kind="absolute", target_unit="ratio", deadline=D("2027-06-30")),
         baseline=0.055),
    # a ratio of a stage named before it, with its scope
    case("it", "MQL da Google Ads: 1 su 3 deve diventare SQL entro marzo 2027", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.3333,
              target_kind="absolute", target_unit="ratio", deadline=D("2027-03-31"),
              filters={"source": "Google Ads"}),
         baseline=0.313),
    # the ratio between two stages
    case("it", "Portare a 1 su 5 il rapporto tra lead e clienti entro il 2027", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="customer", direction="increase", target=0.2,
              target_kind="absolute", target_unit="ratio", deadline=D("2027-12-31")),
         baseline=0.016),
    case("en", "1 in 3 SQLs should become an opportunity by end of Q2 2027", "ppwpp",
         dict(metric="conversion", from_stage="sql", to_stage="opportunity", direction="increase", target=0.3333,
              target_kind="absolute", target_unit="ratio", deadline=D("2027-06-30")),
         baseline=0.25),
    # the MQLs accepted, their share after them
    case("en", "Sales-accepted MQLs: 9 out of 10 by end of January", "ppwpp",
         dict(metric="sla", direction="increase", target=0.9, target_kind="absolute", target_unit="ratio",
              deadline=D("2027-01-31")),
         baseline=0.375),
    # a second objective after "e almeno" is said
    case("it", "CPL ≤ 35 € e almeno 300 lead entro fine marzo 2027", "wpwpp",
         dict(metric="cpl", direction="decrease", target=35.0, target_kind="absolute", target_unit="EUR",
              deadline=D("2027-03-31")),
         baseline=64.14),
    # a part of the total ("with at least 10 from") is neither the target nor the scope
    case("en", "New customers: 30 by end of March, with at least 10 from trade fairs", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=30.0, target_kind="absolute",
              target_unit="count", deadline=D("2027-03-31")),
         baseline=17),
    # an event qualified by its month is the deadline, not a source
    case("en", "By the April trade fair, 50 new leads from the South", "ppwpf",
         dict(metric="stage_entries", stage="lead", direction="increase", target=50.0, target_kind="absolute",
              target_unit="count", filters={"region": "Sud"}),
         baseline=None),
    # days for sales to accept are the hand-off's days
    case("en", "No more than 3 days for sales to accept an MQL, by February 2027", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=3.0, target_kind="absolute", target_unit="days",
              deadline=D("2027-02-28")),
         baseline=3.1),
    # MQLs handed off are a count, never an acceptance rate of 30.000%
    case("en", "Hand off 300 MQLs to sales by the end of H1 2027", "ppwpp",
         dict(metric="stage_entries", stage="mql", direction="increase", target=300.0, target_kind="absolute",
              target_unit="count", deadline=D("2027-06-30")),
         baseline=789),
    # "no lower than" is a floor; "through Q4" runs to its end
    case("en", "Opportunity to customer conversion no lower than 28% through Q4 2027", "ppwpp",
         dict(metric="conversion", from_stage="opportunity", to_stage="customer", direction="increase", target=0.28,
              target_kind="absolute", target_unit="ratio", deadline=D("2027-12-31")),
         baseline=0.286),
    # a reason after the objective ("perché siamo sotto") gives no direction
    case("it", "Aumentare le opportunita qualificate del centro del 20% perche siamo sotto, entro giugno 2027", "ppwpp",
         dict(metric="stage_entries", stage="opportunity", direction="increase", target=28.0, target_kind="relative",
              target_unit="count", deadline=D("2027-06-30"), filters={"region": "Centro"}),
         baseline=23),
    # a level stated as today's beside a change is set against the data's
    case("en", "Bring CPL down 20% on Google Ads by end of Q1 2027 (currently €75)", "pwwpp",
         dict(metric="cpl", direction="decrease", target=47.208, target_kind="relative", target_unit="EUR",
              stated_baseline=75.0, deadline=D("2027-03-31"), filters={"source": "Google Ads"}),
         baseline=59.01),
    case("it", "Ridurre di 3 giorni i tempi di presa in carico degli MQL (oggi siamo a 5) entro fine febbraio "
         "2027", "pwwpp",
         dict(metric="sla_days", direction="decrease", target=0.1, target_kind="absolute", target_unit="days",
              stated_baseline=5.0, deadline=D("2027-02-28")),
         baseline=3.1),
    # "from January through March" is the window
    case("en", "Sales to accept at least 85% of MQLs within 2 business days, from January through March 2027", "ppwpp",
         dict(metric="sla", direction="increase", target=0.85, target_kind="absolute", target_unit="ratio",
              deadline=D("2027-03-31"), threshold=2.0, threshold_unit="working_days", start=D("2027-01-01")),
         baseline=0.209),
    # "non vogliamo che superi" is a ceiling, said
    case("it", "Non vogliamo che il CAC superi i 3.000 € nel 2027", "ppwpp",
         dict(metric="cac", direction="decrease", target=3000.0, target_kind="absolute", target_unit="EUR",
              deadline=D("2027-12-31"), start=D("2027-01-01")),
         baseline=4175),
]



@pytest.mark.parametrize(("lang", "text", "statuses", "fields", "baseline", "history", "owners", "parent"),
                         TENTH_REVIEW)
def test_sentences_misread_by_the_tenth_review_read_right(lang, text, statuses, fields, baseline, history, owners,
                                                          parent):
    assert_statement(lang, text, statuses, fields, baseline, history, owners, parent)


ELEVENTH_REVIEW = [
    # a share of a stage that becomes the next, with the verb in the subjunctive, a scope between, "one" in words,
    # "qualify": the step's conversion, never that many percent more of the first stage
    case("it", "Vorrei che il 60 % degli SQL diventassero opportunita entro giugno 2027", "ppwpp",
         dict(metric="conversion", from_stage="sql", to_stage="opportunity", direction="increase", target=0.6,
              target_unit="ratio", deadline=D("2027-06-30")),
         baseline=0.44),
    case("it", "Il trenta per cento degli MQL dal Nord deve diventare SQL entro il Q2 2027", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.3,
              target_unit="ratio", deadline=D("2027-06-30"), filters={"region": "Nord"}),
         baseline=0.39),
    case("en", "One in four SQLs should turn into a customer by end of June 2027", "ppwpp",
         dict(metric="conversion", from_stage="sql", to_stage="customer", direction="increase", target=0.25,
              target_unit="ratio", deadline=D("2027-06-30")),
         baseline=0.05),
    case("en", "Qualify 70% of webinar leads into MQLs by end of March 2027", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="mql", direction="increase", target=0.7,
              target_unit="ratio", deadline=D("2027-03-31"), filters={"source": "Webinar"}),
         baseline=0.46),
    case("en", "70% of webinar leads should become MQLs by end of March 2027", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="mql", direction="increase", target=0.7,
              target_unit="ratio", deadline=D("2027-03-31"), filters={"source": "Webinar"}),
         baseline=0.46),
    case("en", "Raise the share of MQLs that sales accept to 80% by end of January 2027", "ppwpp",
         dict(metric="sla", direction="increase", target=0.8, target_unit="ratio", deadline=D("2027-01-31")),
         baseline=0.375),
    # the MQLs waiting for an answer are the hand-off's backlog, which no objective measure counts: never a cut in
    # the MQLs marketing brings
    case("it", "Ridurre del 30% gli MQL non lavorati da oltre 7 giorni entro febbraio 2027", "ffwwp",
         dict(direction="decrease", target_kind="relative", deadline=D("2027-02-28"))),
    case("en", "Halve the backlog of unanswered MQLs by December 15", "ffwwp",
         dict(direction="decrease", target_kind="relative", deadline=D("2026-12-15"))),
    # no MQL left waiting longer than a time: all of them answered within it
    case("it", "Nessun MQL deve restare senza risposta per più di 3 giorni, entro marzo 2027", "ppwpp",
         dict(metric="sla", direction="increase", target=1.0, target_unit="ratio", deadline=D("2027-03-31"),
              threshold=3.0, threshold_unit="days"),
         baseline=0.2),
    # the time to accept, however written, is its days: never the acceptance rate, nor a share within that time
    case("it", "Dimezzare i tempi di presa in carico degli MQL entro fine marzo 2027", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=1.55, target_kind="relative", target_unit="days",
              deadline=D("2027-03-31")),
         baseline=3.1),
    case("en", "Time to accept MQLs: under 36 hours by February 2027", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=1.5, target_unit="days", deadline=D("2027-02-28")),
         baseline=3.1),
    case("en", "Opportunity-to-close time: max 40 days by June 2027", "ppwpp",
         dict(metric="velocity", from_stage="opportunity", to_stage="customer", direction="decrease", target=40.0,
              target_unit="days", deadline=D("2027-06-30")),
         baseline=41.4),
    # a change with no verb, or with a verb of gain: added to the data's level, never the level itself
    case("en", "Deal cycle for Mid-market: down 10 days by end of H1 2027", "ppwpp",
         dict(metric="velocity", from_stage="opportunity", to_stage="customer", direction="decrease", target=30.0,
              target_unit="days", deadline=D("2027-06-30")),
         baseline=40.0),
    case("en", "Lift the SQL-to-opportunity rate by 4 percentage points by June 2027", "ppwpp",
         dict(metric="conversion", from_stage="sql", to_stage="opportunity", direction="increase", target=0.47,
              target_unit="ratio", deadline=D("2027-06-30")),
         baseline=0.43),
    case("it", "Recuperare 2 punti di win rate entro giugno 2027", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.282, target_unit="ratio", deadline=D("2027-06-30")),
         baseline=0.262),
    # the money to reach it with, or within, is a condition not measured: never a won value of 12.000 €
    case("it", "Con 12.000 € di investimento sui webinar portare a casa 40 SQL entro marzo 2027", "wpwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=40.0, target_unit="count",
              deadline=D("2027-03-31"), filters={"source": "Webinar"}),
         baseline=30),
    case("it", "Portare il ROI complessivo sopra il 250% entro l'anno, ma senza superare i 15.000 € di spesa al mese",
         "wpwpp",
         dict(metric="roi", direction="increase", target=2.5, target_unit="ratio", deadline=D("2026-12-31")),
         baseline=7.8),
    # a second count after "con almeno" is a second objective
    case("it", "Obiettivo commerciale 2027: 1.500.000 euro di fatturato, con almeno 60 nuovi clienti", "wpwpp",
         dict(metric="won_value", direction="increase", target=1500000.0, target_unit="EUR",
              start=D("2027-01-01"), deadline=D("2027-12-31")),
         baseline=1457200),
    # deals landed are new customers, with a two-word product between
    case("en", "Land 8 Predicta Cloud deals in the South by 30 April 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=8.0, target_unit="count",
              deadline=D("2027-04-30"), filters={"product": "Predicta Cloud", "region": "Sud"}),
         baseline=1),
    # the level today between commas, or in brackets with "today" after it, is the stated start
    case("en", "Cut cost per lead 25% on trade shows, currently €120, by end of Q2 2027", "pwwpp",
         dict(metric="cpl", direction="decrease", target=138.0, target_kind="relative", target_unit="EUR",
              stated_baseline=120.0, deadline=D("2027-06-30"), filters={"source": "Fiere"}),
         baseline=184),
    case("en", "Shorten our sales cycle to 60 days (it's ~75 today) by May 2027", "pwwpp",
         dict(metric="velocity", from_stage="lead", to_stage="customer", direction="decrease", target=60.0,
              target_unit="days", stated_baseline=75.0, deadline=D("2027-05-31")),
         baseline=67),
]


TWELFTH_REVIEW = [
    # shares that become the next stage, in more forms: the share after the step, a verb that moves them, "closed-won",
    # "si trasformi", "3 of every 4"
    case("it", "Gli SQL dai webinar devono diventare opportunità per il 45% entro marzo 2027", "ppwpp",
         dict(metric="conversion", from_stage="sql", to_stage="opportunity", direction="increase", target=0.45,
              target_unit="ratio", deadline=D("2027-03-31"), filters={"source": "Webinar"}),
         baseline=0.37),
    case("it", "Far passare a MQL il 25% dei contatti arrivati dalla newsletter entro giugno 2027", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="mql", direction="increase", target=0.25,
              target_unit="ratio", deadline=D("2027-06-30"), filters={"source": "Newsletter"}),
         baseline=0.25),
    case("en", "Turn 30% of webinar leads into MQLs by March 2027", "ppwpp",
         dict(metric="conversion", from_stage="lead", to_stage="mql", direction="increase", target=0.3,
              target_unit="ratio", deadline=D("2027-03-31"), filters={"source": "Webinar"}),
         baseline=0.2),
    case("en", "We want 25% of Enterprise opportunities closed-won in 2027", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.25, target_unit="ratio", start=D("2027-01-01"),
              deadline=D("2027-12-31"), filters={"segment": "Enterprise"}),
         baseline=0.34),
    case("it", "Vogliamo che almeno un SQL su tre si trasformi in opportunità entro marzo 2027", "ppwpp",
         dict(metric="conversion", from_stage="sql", to_stage="opportunity", direction="increase", target=0.3333,
              target_unit="ratio", deadline=D("2027-03-31")),
         baseline=0.42),
    case("en", "Sales should accept at least 3 of every 4 MQLs marketing sends over by end of Q1 2027", "ppwpp",
         dict(metric="sla", direction="increase", target=0.75, target_unit="ratio", deadline=D("2027-03-31")),
         baseline=0.36),
    # nobody left waiting, in more forms; a share of the time; half a day; a 2-day time; one working day
    case("it", "Mai più MQL lasciati senza risposta oltre le 72 ore, entro marzo 2027", "ppwpp",
         dict(metric="sla", direction="increase", target=1.0, target_unit="ratio", deadline=D("2027-03-31"),
              threshold=72.0, threshold_unit="hours"),
         baseline=0.2),
    case("en", "Zero MQLs left untouched for more than 2 business days by end of Q1 2027", "ppwpp",
         dict(metric="sla", direction="increase", target=1.0, target_unit="ratio", deadline=D("2027-03-31"),
              threshold=2.0, threshold_unit="working_days"),
         baseline=0.2),
    case("en", "First response to MQLs within 2 hours, 90% of the time, by Q1 2027", "ppwpp",
         dict(metric="sla", direction="increase", target=0.9, target_unit="ratio", deadline=D("2027-03-31"),
              threshold=2.0, threshold_unit="hours"),
         baseline=0.02),
    case("it", "Tempi di risposta ai lead qualificati: da 3 giorni a mezza giornata entro marzo 2027", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=0.5, target_unit="days", stated_baseline=3.0,
              deadline=D("2027-03-31")),
         baseline=3.1),
    case("en", "Hit a 2-day average response time on MQLs from trade shows by the end of next month", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=2.0, target_unit="days", deadline=D("2026-12-31"),
              filters={"source": "Fiere"}),
         baseline=3.0),
    case("it", "Rispondere a tutti gli MQL entro un giorno lavorativo, se ne fa carico Sara Colombo, entro fine Q1 "
         "2027", "ppwpp",
         dict(metric="sla", direction="increase", target=1.0, target_unit="ratio", deadline=D("2027-03-31"),
              threshold=1.0, threshold_unit="working_days"),
         baseline=0.12),
    # the pile waiting is the backlog
    case("en", "Bring the pile of MQLs nobody has called back under 20 by February 2027", "ffwwp",
         dict(direction="decrease", target=20.0, deadline=D("2027-02-28"))),
    # a cut of days with its sign; a level "reached" goes the measure's way
    case("it", "Durata media trattativa (da opportunità a chiusura): -15 giorni entro giugno 2027", "ppwpp",
         dict(metric="velocity", from_stage="opportunity", to_stage="customer", direction="decrease", target=26.4,
              target_unit="days", deadline=D("2027-06-30")),
         baseline=41.4),
    case("it", "Raggiungere un CPL di 40 € entro giugno 2027", "ppwpp",
         dict(metric="cpl", direction="decrease", target=40.0, target_unit="EUR", deadline=D("2027-06-30")),
         baseline=71.57),
    # spend the objective is to be reached within
    case("it", "Arrivare a 60 opportunità entro marzo spendendo al massimo 8.000 € al mese in Google Ads", "wpwpp",
         dict(metric="stage_entries", stage="opportunity", direction="increase", target=60.0, target_unit="count",
              deadline=D("2027-03-31"), filters={"source": "Google Ads"}),
         baseline=9),
    case("en", "Keeping spend under 10k a month, land 25 new customers by June 30, 2027", "wpwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=25.0, target_unit="count",
              deadline=D("2027-06-30")),
         baseline=32),
    # review 11: "passi a", "move on to", won "nel 35% dei casi", deals signed, "da 3 giorni a 1", counts split
    # by commas
    case("it", "Vogliamo che almeno un MQL su quattro passi a SQL entro marzo 2027", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.25,
              target_unit="ratio", deadline=D("2027-03-31")),
         baseline=0.37),
    case("en", "At least 1 in 3 MQLs should move on to SQL by end of Q1 2027", "ppwpp",
         dict(metric="conversion", from_stage="mql", to_stage="sql", direction="increase", target=0.3333,
              target_unit="ratio", deadline=D("2027-03-31")),
         baseline=0.37),
    case("it", "Le opportunità dai webinar devono chiudersi vinte almeno nel 35% dei casi entro giugno 2027", "ppwpp",
         dict(metric="win_rate", direction="increase", target=0.35, target_unit="ratio", deadline=D("2027-06-30"),
              filters={"source": "Webinar"}),
         baseline=0.25),
    case("en", "Get 25 Predicta Cloud deals signed in the South by Q4 2027", "ppwpp",
         dict(metric="stage_entries", stage="customer", direction="increase", target=25.0, target_unit="count",
              deadline=D("2027-12-31"), filters={"product": "Predicta Cloud", "region": "Sud"}),
         baseline=0),
    case("it", "Ridurre il tempo di risposta agli MQL da 3 giorni a 1 entro marzo 2027", "ppwpp",
         dict(metric="sla_days", direction="decrease", target=1.0, target_unit="days", stated_baseline=3.0,
              deadline=D("2027-03-31")),
         baseline=3.1),
    case("it", "Per il 2027: 2.000 lead, 400 MQL, 120 SQL", "wpwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=2000.0, target_unit="count",
              start=D("2027-01-01"), deadline=D("2027-12-31")),
         baseline=3509),
    # the English forms of the same: "sit unanswered", "pick up", a budget before its noun, a spend cap with its channel
    case("en", "No MQL should sit unanswered for more than 8 hours by March 2027", "ppwpp",
         dict(metric="sla", direction="increase", target=1.0, target_unit="ratio", deadline=D("2027-03-31"),
              threshold=8.0, threshold_unit="hours"),
         baseline=0.036),
    case("en", "Sales must pick up 90% of MQLs within 2 days by March 2027", "ppwpp",
         dict(metric="sla", direction="increase", target=0.9, target_unit="ratio", deadline=D("2027-03-31"),
              threshold=2.0, threshold_unit="days"),
         baseline=0.14),
    case("en", "With a €15k budget on Google Ads, deliver 200 leads by March 2027", "wpwpp",
         dict(metric="stage_entries", stage="lead", direction="increase", target=200.0, target_unit="count",
              deadline=D("2027-03-31"), filters={"source": "Google Ads"}),
         baseline=351),
    case("en", "Reach 60 SQLs by June 2027 while keeping LinkedIn spend below €5k a month", "wpwpp",
         dict(metric="stage_entries", stage="sql", direction="increase", target=60.0, target_unit="count",
              deadline=D("2027-06-30")),
         baseline=291),
]


@pytest.mark.parametrize(("text", "expected"), [
    # a share of the whole from one scope, a margin, renewals, business with the customers there are: measures the
    # store does not keep, never a change of the count or the value beside them
    ("Il 30% del fatturato 2027 deve arrivare da clienti Enterprise entro fine 2027",
     dict(metric=None, other_measure="30% del fatturato", other_kind="mix")),
    ("Nel Q1 2027 il 40% dei nuovi clienti deve venire da Referral",
     dict(metric=None, other_measure="40% dei nuovi clienti", other_kind="mix")),
    ("At least half of new MQLs should come from organic search by mid-2027",
     dict(metric=None, other_measure="half of new MQLs", other_kind="mix")),
    ("Portare il margine lordo sui nuovi contratti al 35% entro il 2027",
     dict(metric=None, other_measure="margine lordo", other_kind="rate", target=0.35)),
    ("Rinnovare il 90% dei contratti in scadenza nel 2027",
     dict(metric=None, other_measure="Rinnovare", other_kind="rate", target=0.9)),
    ("Aumentare del 15% il fatturato da upsell sui clienti già acquisiti entro dicembre 2027",
     dict(metric=None, other_measure="upsell", other_kind="existing")),
    ("Upsell 15 existing customers to the Platform tier by end of 2027",
     dict(metric=None, other_measure="Upsell", other_kind="existing")),
    # a level set as a share of an earlier period: a change against it, the comparison said (in words of no one
    # language: review 21 found "rispetto al Q1 2026" in the English check of "at 115% of Q1 2026")
    ("Fatturato Q1 2027 pari al 110% del Q1 2026",
     dict(metric="won_value", target=0.1, target_kind="relative", compared_with="vs Q1 2026")),
    ("Q1 2027 revenue at 115% of Q1 2026",
     dict(metric="won_value", target=0.15, target_kind="relative", compared_with="vs Q1 2026")),
    # a campaign whose name has a dash, and another edition of it
    ("Dalla fiera BI-MU 2026 portare 20 opportunità entro febbraio",
     dict(filters={"source": "Fiere", "campaign": "BI-MU Milano 2026"}, scope_note=None)),
    ("Book 40 SQLs at BI-MU 2027 by end of October 2027",
     dict(filters={}, scope_note={"kind": "edition", "dimension": "campaign", "values": ["BI-MU 2027"],
                                  "candidates": ["BI-MU Milano 2026"]})),
    # where the leads come from, named with no value of the data
    ("Attraverso il canale rivenditori chiudere 15 nuovi clienti entro fine 2027",
     dict(filters={}, scope_note={"kind": "unknown", "dimension": "source", "values": ["rivenditori"]})),
    ("Cantina: 300 nuovi contatti B2B dall'estero entro marzo 2027",
     dict(filters={}, scope_note={"kind": "unknown", "dimension": "source", "values": ["dall'estero"]})),
    # a quantity per event is said like one per person; tenders won are new customers, each of a size
    ("Almeno 50 MQL per webinar entro giugno 2027",
     dict(metric="stage_entries", target=50.0,
          scope_note={"kind": "per_event", "dimension": None, "values": ["per webinar"]})),
    ("Win 5 public tenders worth at least €100k each by Q3 2027",
     dict(metric="stage_entries", stage="customer", target=5.0,
          scope_note={"kind": "each_value", "dimension": None, "values": ["worth at least €100k each"]})),

    # review 11: a share of the whole written as "la quota di ... da", "account for"; renewals counted; per fair
    ("La quota di fatturato da clienti Enterprise deve salire al 50% entro il 2027",
     dict(metric=None, other_measure="quota di fatturato", other_kind="mix")),
    ("Enterprise should account for 40% of won revenue in 2027",
     dict(metric=None, other_measure="40% of won revenue", other_kind="mix", named_owners=[])),
    ("Rinnovi: almeno 40 contratti rinnovati entro dicembre 2027",
     dict(metric=None, other_measure="Rinnovi", other_kind="rate")),
    ("Almeno 25 MQL per ogni fiera a cui partecipiamo nel 2027",
     dict(scope_note={"kind": "per_event", "dimension": None, "values": ["per ogni fiera"]})),
    # another edition quoted as written, every word of its name
    ("Raccogliere 120 lead alla fiera SPS Italia 2027 entro giugno 2027",
     dict(scope_note={"kind": "edition", "dimension": "campaign", "values": ["SPS Italia 2027"],
                      "candidates": ["SPS Italia 2026"]})),
    # a hire is a condition, never a hedge
    ("If we hire a second SDR, 500 MQLs by September 2027",
     dict(metric="stage_entries", stage="mql", target=500.0, condition="If we hire a second SDR")),
])
def test_measures_and_scopes_of_the_twelfth_review(text, expected):
    draft = drafting.read(text, TODAY, {**VOCABULARY, "campaign": ["BI-MU Milano 2026", "MECSPE Bologna 2026",
                                                                   "SPS Italia 2026"]})
    assert {key: getattr(draft, key) for key in expected} == expected


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("it", "Nel Q1 2027 il 40% dei nuovi clienti deve venire da Referral",
     "«40% dei nuovi clienti» è la quota di un ambito sul totale: smarketing conta ciascun ambito (i nuovi clienti da "
     "Referral, il valore vinto dai clienti Enterprise), non la sua quota sul totale."),
    ("en", "Upsell 15 existing customers to the Platform tier by end of 2027",
     "\"Upsell\" is about the customers there already are, but smarketing counts who enters a stage: new leads, MQLs, "
     "SQLs, opportunities, new customers and the value won with them."),
])
def test_a_share_of_the_whole_and_the_existing_customers_are_named_as_not_kept(lang, text, reason):
    assert verdict(text, lang, "specific") == ("fail", reason)


@pytest.mark.parametrize(("lang", "reason"), [
    ("it", "60,0% va oltre il miglior periodo di sempre portato all'obiettivo con la tendenza (+2,0 punti a periodo, "
           "in linea da 4 periodi): 42,0%."),
    ("en", "60.0% is beyond the best period ever carried to the objective along the trend (+2.0 pts per period, "
           "steady over 4 periods): 42.0%."),
])
def test_a_rates_trend_moves_by_points_never_by_a_percent(lang, reason):
    # 34%, 36%, 38%, 40%: two points a window, which "+2,0%" would read as a change of 2% of the rate
    draft = drafting.read("Portare la conversione MQL → SQL al 60% entro marzo 2027", TODAY, VOCABULARY)
    report = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH, baseline=0.40,
                                              history=[0.40, 0.38, 0.36, 0.34]), lang)
    assert (report.criteria["achievable"].status, report.criteria["achievable"].reason) == ("fail", reason)


@pytest.mark.parametrize(("lang", "text", "statuses", "fields", "baseline", "history", "owners", "parent"),
                         TWELFTH_REVIEW)
def test_sentences_misread_by_the_twelfth_review_read_right(lang, text, statuses, fields, baseline, history, owners,
                                                            parent):
    assert_statement(lang, text, statuses, fields, baseline, history, owners, parent)


@pytest.mark.parametrize(("lang", "text", "statuses", "fields", "baseline", "history", "owners", "parent"),
                         ELEVENTH_REVIEW)
def test_sentences_misread_by_the_eleventh_review_read_right(lang, text, statuses, fields, baseline, history, owners,
                                                             parent):
    assert_statement(lang, text, statuses, fields, baseline, history, owners, parent)


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("it", "Ridurre del 30% gli MQL non lavorati da oltre 7 giorni entro febbraio 2027",
     "«MQL non lavorati» sono gli MQL che aspettano una risposta in un momento (l'arretrato della pagina Consegna "
     "alle Vendite): un obiettivo tiene invece la quota di MQL accettati entro un tempo, o i giorni per accettarli."),
    ("en", "Halve the backlog of unanswered MQLs by December 15",
     "\"backlog of unanswered MQLs\" are the MQLs waiting for an answer at one moment (the backlog on the Hand-off to "
     "Sales page): an objective keeps instead the share of MQLs accepted within a time, or the days to accept them."),
])
def test_the_backlog_is_named_with_the_measures_that_keep_it(lang, text, reason):
    assert verdict(text, lang, "specific") == ("fail", reason)


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("it", "Con 12.000 € di investimento sui webinar portare a casa 40 SQL entro marzo 2027",
     "La condizione «Con 12.000 € di investimento» non è misurata: valuto solo l'obiettivo, gli SQL."),
    ("en", "200 MQLs from LinkedIn by June 2027 with a budget of €8k",
     "The condition \"with a budget of €8k\" is not measured: I judge only the objective, MQLs. Direction taken "
     "from the measure: 200 is the total to reach by the deadline."),
    ("en", "Raise ROI above 250% by year end, but without exceeding €15k of spend a month",
     "The condition \"without exceeding €15k of spend a month\" is not measured: I judge only the objective, the "
     "ROI."),
])
def test_the_money_to_reach_it_with_is_a_condition_not_measured(lang, text, reason):
    assert verdict(text, lang, "specific") == ("warn", reason)


@pytest.mark.parametrize(("lang", "text", "baseline", "reason", "tip"), [
    # a time or a cost already under its ceiling is below it, and a better target is lower still
    ("it", "Tempo di qualificazione (lead→MQL) sotto i 7 giorni entro il Q1 2027", 3.2,
     "Nel periodo precedente della stessa durata il dato era già 3,2 giorni, sotto il traguardo 7,0 giorni: "
     "l'obiettivo non chiede alcun cambiamento.",
     "Fissa un traguardo sotto 3,2 giorni, o controlla la direzione (aumentare o ridurre)."),
    ("en", "Cost per lead at most €45 for the Newsletter channel by end of Q1 2027", 18.03,
     "Over the previous period of the same length it was already €18.03, below the target €45: the objective asks "
     "for no change.",
     "Set a target below €18.03, or check the direction (increase or reduce)."),
    ("it", "Chiudere 12 trattative entro fine febbraio 2027", 12.0,
     "Nel periodo precedente della stessa durata il dato era già 12, pari al traguardo: l'obiettivo non chiede alcun "
     "cambiamento.",
     "Fissa un traguardo oltre 12, o controlla la direzione (aumentare o ridurre)."),
])
def test_a_target_already_reached_is_said_the_measures_way(lang, text, baseline, reason, tip):
    # (the baseline of the window as long just before: the first of the history)
    report = smartwords.judged(drafting.read(text, TODAY, VOCABULARY), smart.Context(
        today=TODAY, owners=BOTH, baseline=baseline, history=[baseline]), lang)
    assert (report.criteria["achievable"].status, report.criteria["achievable"].reason,
            report.criteria["achievable"].suggestion) == ("warn", reason, tip)


def test_a_start_measured_on_less_history_is_not_said_to_be_a_window_as_long():
    # "Nel periodo precedente della stessa durata": there is none when the data are shorter than the window
    report = smartwords.judged(drafting.read("Portare il tasso di vittoria al 30% entro il 31 dicembre 2028", TODAY,
                                       VOCABULARY), smart.Context(today=TODAY, owners=BOTH, baseline=0.305), "it")
    assert report.criteria["achievable"].reason == (
        "Prima dell'inizio il dato era già 30,5%, oltre il traguardo 30,0%: l'obiettivo non chiede alcun cambiamento.")


@pytest.mark.parametrize(("lang", "text", "measurable", "achievable"), [
    # a pace with no deadline fails Measurable on its own account: it says why, not that the deadline is missing
    ("it", "Generare 3.000 lead al trimestre dal sito (ricerca organica)",
     ("fail", "«al trimestre» è un ritmo, ma il traguardo conta il totale fino alla scadenza: 3.000 varrebbe per "
              "tutto il periodo."),
     ("warn", "Senza scadenza non c'è un periodo della stessa durata da confrontare con la storia.",
      "Aggiungi la scadenza (vedi Temporizzato): la storia si legge su periodi lunghi quanto l'obiettivo.")),
    ("en", "Follow up every inbound MQL within 4 hours",
     ("pass", "Target 100.0%; the starting point is measured over a period as long as the objective, which the "
              "deadline will set."),
     ("warn", "Without a deadline there is no period of the same length to compare with the history.",
      "Add the deadline (see Time-bound): the history is read over periods as long as the objective.")),
])
def test_with_no_deadline_the_checks_ask_for_it_not_for_more_data(lang, text, measurable, achievable):
    report = smartwords.judged(drafting.read(text, TODAY, VOCABULARY), smart.Context(today=TODAY, owners=BOTH), lang)
    assert (report.criteria["measurable"].status, report.criteria["measurable"].reason) == measurable
    got = report.criteria["achievable"]
    assert (got.status, got.reason, got.suggestion) == achievable


@pytest.mark.parametrize(("lang", "text", "criterion", "expected", "context"), [
    # no deadline: the change cannot be measured for want of a window, not of data
    ("it", "Entro l'estate vogliamo 200 lead in più dalla newsletter", "measurable",
     "«200 lead in più» è una variazione: il punto di partenza si misura su un periodo lungo quanto l'obiettivo, che "
     "senza scadenza non c'è.", {}),
    # a topic inside several campaigns' names is none of them alone
    ("it", "150 MQL dai webinar di Manutenzione predittiva nel 2027", "specific",
     "«Manutenzione» può essere più di un valore di campagna (Webinar Manutenzione predittiva - gennaio, Webinar "
     "Manutenzione predittiva - giugno): un ambito ne tiene uno solo, quindi conto tutto. Direzione presa dalla "
     "misura: 150 è il totale da raggiungere entro la scadenza.", {}),
])
def test_messages_of_the_tenth_review_say_what_was_read(lang, text, criterion, expected, context):
    vocabulary_ = {**VOCABULARY, "campaign": ["Webinar Manutenzione predittiva - gennaio",
                                             "Webinar Manutenzione predittiva - giugno", "Ebook Brand"]}
    report = smartwords.judged(drafting.read(text, TODAY, vocabulary_),
                               smart.Context(today=TODAY, owners=BOTH, **context), lang)
    assert report.criteria[criterion].reason == expected
    # the understood line says the change as written, never "nessun traguardo"
    assert "nessun traguardo" not in report.understood


@pytest.mark.parametrize(("lang", "text", "criterion", "expected", "context"), [
    ("it", "Gli SQL devono crescere del 10% mese su mese fino a giugno", "measurable",
     "«mese su mese» è una variazione che si somma periodo dopo periodo, e smarketing non la segue: misurerei +10% una "
     "volta sola, sull'intera finestra fino alla scadenza.", dict(baseline=100.0)),
    ("en", "SQLs must grow 10% month over month until June", "measurable",
     "\"month over month\" is a change that compounds period after period, and smarketing does not track it: I would "
     "measure +10% once, over the whole window up to the deadline.", dict(baseline=100.0)),
    ("it", "Webinar n. 3 \"Transizione 5.0\": 120 iscritti e 30 MQL entro il 15 febbraio", "specific",
     "Due obiettivi in una frase: valuto gli MQL; l'altro numero non è di una misura che smarketing tiene (iscritti, "
     "partecipanti...), quindi non lo seguo. Direzione presa dalla misura: 30 è il totale da raggiungere entro la "
     "scadenza.", {}),
    ("it", "Migliorare la soddisfazione dei soci", "specific",
     "«migliorare» dice in che verso deve andare «soddisfazione», ma non fino a dove: da solo resta un auspicio.", {}),
    ("en", "Improve customer churn", "specific",
     "\"improve\" says which way \"customer churn\" should go, but not how far: alone it stays a wish.", {}),
    ("it", "NPS soci ≥ 50 a fine 2027, rilevazione semestrale", "specific",
     "Misura chiara: aumentare l'indicatore «NPS» con check-in trimestrale.", {}),
    ("en", "Keep retention of our members over 92% for all 2027", "specific",
     "Clear measure: increase the KPI \"retention\" with weekly check-ins.", {}),
])
def test_messages_of_the_ninth_review_say_what_was_read(lang, text, criterion, expected, context):
    assert verdict(text, lang, criterion, **context)[1] == expected


def test_a_growth_month_over_month_within_about_a_month_is_the_window_s_change():
    draft = drafting.read("Grow revenue 20% month over month by end of December", TODAY, VOCABULARY)
    context = smart.Context(today=TODAY, owners=BOTH, baseline=100000.0,
                            baseline_window=(D("2026-10-20"), D("2026-11-24")))
    assert smartwords.judged(draft, context, "en").criteria["measurable"].reason.startswith("The comparison is")


@pytest.mark.parametrize(("text", "target", "campaign"), [
    # a campaign or product the data holds has its number in its name: never the target, whatever words surround it
    ("Generare 7 MQL dalla campagna Top 100 clienti entro il 31 marzo 2027", 7.0, "Top 100 clienti"),
    ("Generate 7 MQLs (campaign: Top 100 clienti) by 31 March 2027", 7.0, "Top 100 clienti"),
    ("Generare 30 SQL dalla campagna Promo 2x1 entro il 31 marzo 2027", 30.0, "Promo 2x1"),
    # a version in a campaign's name, hidden both as a version and as the name's number
    ("Portare a 120 gli MQL del webinar Transizione 5.0 entro il 31 marzo 2027", 120.0, "Webinar Transizione 5.0"),
])
def test_a_number_in_a_campaign_the_data_holds_is_part_of_its_name(text, target, campaign):
    vocabulary = {**VOCABULARY, "campaign": ["Top 100 clienti", "Promo 2x1", "Webinar Transizione 5.0"]}
    draft = drafting.read(text, date(2026, 11, 25), vocabulary)
    assert (draft.target, draft.filters.get("campaign"), draft.deadline) == (target, campaign, date(2027, 3, 31))
