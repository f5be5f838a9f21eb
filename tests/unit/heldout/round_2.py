"""A second held-out set: forty objectives the reader has never seen, written the way managers of Italian
cooperatives and small and mid-sized companies write them (a wine cooperative, an industrial components maker, a
software house, a consultancy): OKR lines, plans, e-mails and meeting notes, with abbreviations ("gg", "k€", "nr."),
Italian amounts and a typo now and then.

The expectations come from docs/metrics.md ("Reading an objective", the metric definitions) and the rules in the
docstring of test_smart_corpus.py, worked out by hand, not from the code's output. TODAY is 2026-11-25. Relative
targets are baseline * (1 + x); quartiles are the inclusive ones written beside the histories. A case whose
expectation needed a judgement call says why in a comment above it.
No case is marked xfail: this round measured the reader."""

from __future__ import annotations

from tests.unit.test_smart_corpus import (
    ACCEPTANCE,
    CAC,
    COST_MQL,
    COST_SQL,
    CPL,
    CUSTOMERS,
    CYCLE,
    LEAD_MQL,
    LEADS,
    MQLS,
    OPP_CUSTOMER,
    OPPORTUNITIES,
    ROI,
    SQLS,
    WIN_RATE,
    WITHIN,
    WON,
    case,
    data,
    day,
    entries,
    manual,
    money,
    rate,
    step,
)

# Histories of this file's own, newest window first, with no trend (r² below 0.03).
NEWSLETTER_WON = data(70000, 65000, 90000, 80000, 60000)      # upper quartile 80.000, best 90.000
CLOUD_WON = data(100000, 90000, 130000, 115000, 85000)        # upper quartile 115.000, best 130.000
FEW_CUSTOMERS = data(6, 5, 9, 7, 4)                           # upper quartile 7, best 9 (windows of 5 days)

CASES = [
    # ---- Italian -----------------------------------------------------------------------------------------------
    # wine cooperative; "nr." is a label for the number. 410 > baseline 400, <= upper quartile 420
    case("it", "Cantina: portare a casa nr. 410 lead dalle fiere entro il 30/04/2027", "ppppp",
         entries("lead", 410.0, deadline=day("2027-04-30"), filters={"source": "Fiere"}), **LEADS),
    # orders in euros are won value; "fine febbraio" is 28/02/2027. 80.000 > 70.000, = upper quartile 80.000
    case("it", "Chiudere ordini per 80.000 euro dal canale newsletter entro fine febbraio", "ppppp",
         money("won_value", 80000.0, direction="increase", deadline=day("2027-02-28"),
               filters={"source": "Newsletter"}), **NEWSLETTER_WON),
    # a won-value level with no direction verb is one to reach; 1,2 mln > best 500.000
    case("it", "Fatturato export Enterprise: arrivare a 1,2 mln € entro la fine del 2027", "ppfpp",
         money("won_value", 1200000.0, direction="increase", deadline=day("2027-12-31"),
               filters={"segment": "Enterprise"}), **WON),
    # judgement: "120 k€" (with a space) is 120.000 EUR. Q2 2026 is over: "nel Q2" is Q2 2027.
    # 120.000 > upper quartile 115.000, <= best 130.000
    case("it", "Software house: chiudere 120 k€ di nuovi contratti Predicta Cloud nel Q2", "ppwpp",
         money("won_value", 120000.0, direction="increase", start=day("2027-04-01"), deadline=day("2027-06-30"),
               filters={"product": "Predicta Cloud"}), **CLOUD_WON),
    # judgement: "24h" is 24 hours, the time each lead may take (a verb of answering), the second "entro" the
    # deadline. 88% > best 86%
    case("it", "Ricontattare l'88% dei lead entro 24h entro fine marzo", "ppfpp",
         rate("sla", 0.88, threshold=24.0, threshold_unit="hours", deadline=day("2027-03-31")), **WITHIN),
    # judgement: "prendere in carico" is a verb of handling an MQL (like "gestire"), so this is a service level;
    # "gg lavorativi" are working days. 80% > baseline 78%, <= upper quartile 82%
    case("it", "Commerciali: prendere in carico l'80% degli MQL entro 2 gg lavorativi entro il 15/03/2027", "ppppp",
         rate("sla", 0.8, threshold=2.0, threshold_unit="working_days", deadline=day("2027-03-15")), **WITHIN),
    # no verb: a count of new customers goes up. 24 > upper quartile 22, <= best 25
    case("it", "Componenti industriali: nr. 24 nuovi clienti nel segmento PMI entro il 30/06/2027", "ppwpp",
         entries("customer", 24.0, deadline=day("2027-06-30"), filters={"segment": "PMI"}), **CUSTOMERS),
    # 68 > upper quartile 65, <= best 70
    case("it", "Aprire 68 nuove opportunità al Sud entro fine Q3", "ppwpp",
         entries("opportunity", 68.0, deadline=day("2027-09-30"), filters={"region": "Sud"}), **OPPORTUNITIES),
    # "migliorare" with a from-to says which way; stated start = the data's 30%; 33% = upper quartile
    case("it", "Migliorare la conversione da SQL a opportunità dal 30% al 33% entro il 31/05/2027", "ppppp",
         step("conversion", "sql", "opportunity", 0.33, direction="increase", unit="ratio", stated_baseline=0.3,
              deadline=day("2027-05-31")), **OPP_CUSTOMER),
    # judgement: "tasso di chiusura" is the win rate; "dal 25 al 30%" reads the 25 as a percent too (the % is
    # written once). Stated start = the data's; 30% > upper quartile 28%, <= best 32%
    case("it", "Tasso di chiusura sulle offerte Enterprise dal 25 al 30% entro fine Q2", "ppwpp",
         rate("win_rate", 0.3, stated_baseline=0.25, deadline=day("2027-06-30"), filters={"segment": "Enterprise"}),
         **WIN_RATE),
    # stated 92 within a tenth of the data's 90; 84 < lower quartile 85, >= best 75
    case("it", "Ridurre il ciclo di vendita medio da 92 a 84 gg entro fine settembre", "ppwpp",
         step("velocity", "lead", "customer", 84.0, direction="decrease", unit="days", stated_baseline=92.0,
              deadline=day("2027-09-30")), **CYCLE),
    # 72 < lower quartile 75, >= best 70
    case("it", "Costo per MQL: scendere a 72 € entro il 31 marzo", "ppwpp",
         money("cost_per_mql", 72.0, direction="decrease", deadline=day("2027-03-31")), **COST_MQL),
    # 350 * 0,92 = 322 >= lower quartile 320
    case("it", "Abbassare il costo per SQL del 8% entro fine Q2", "ppppp",
         money("cost_per_sql", 322.0, direction="decrease", kind="relative", deadline=day("2027-06-30")),
         **COST_SQL),
    # "1,1 k€" is 1.100 EUR; "sotto" says decrease. 1.100 = lower quartile
    case("it", "Portare il CAC sotto 1,1 k€ entro il 30/06/2027", "ppppp",
         money("cac", 1100.0, direction="decrease", deadline=day("2027-06-30")), **CAC),
    # 150% > upper quartile 140%, <= best 160%
    case("it", "ROI dei webinar almeno al 150% entro fine 2027", "ppwpp",
         rate("roi", 1.5, deadline=day("2027-12-31"), filters={"source": "Webinar"}), **ROI),
    # judgement: no verb; the direction comes from the data (65% above today's 60%), which Specific accepts.
    # 65% <= upper quartile 70%
    case("it", "Tasso di accettazione MQL da parte del commerciale: 65% entro fine marzo", "ppppp",
         rate("sla", 0.65, deadline=day("2027-03-31")), **ACCEPTANCE),
    # a manual KPI: no history, no parent; "sondaggio trimestrale" is the quarterly cadence
    case("it", "NPS clienti della consulenza: arrivare ad almeno 55 entro il 30/09/2027, sondaggio trimestrale",
         "ppwwp", manual(55.0, cadence="quarterly", deadline=day("2027-09-30"))),
    case("it", "Abbassare il churn degli abbonamenti all'1,5% mensile entro il 31/12/2027", "ppwwp",
         manual(0.015, direction="decrease", unit="ratio", cadence="monthly", deadline=day("2027-12-31"))),
    # judgement: "post-vendita" is part of the name of the survey, not the word "vendite" alone
    case("it", "Soddisfazione clienti sull'assistenza post-vendita: media 8/10, rilevazione mensile, entro giugno",
         "ppwwp", manual(8.0, cadence="monthly", deadline=day("2027-06-30"))),
    # judgement: "più" gives a direction (as in "Essere più presenti sui social"), "visibilità" names no measure
    case("it", "Più visibilità per la cantina sui mercati esteri nel 2027", "ffwwp",
         dict(direction="increase", start=day("2027-01-01"), deadline=day("2027-12-31"))),
    # a wish with a deadline: no measure, no direction, and no two objectives (neither part is a measure)
    case("it", "Sistemare il CRM e i processi commerciali entro fine anno", "ffwwp", dict(deadline=day("2026-12-31"))),
    # judgement: two objectives, the first (CPL at 45) is read; "portare" names no direction, so it comes from
    # the data (45 below today's 50: a decrease), and Specific warns to split them. 45 < 48, >= best 42
    case("it", "Portare il CPL a 45 € e gli SQL a 60 entro marzo", "wpwpp",
         money("cpl", 45.0, direction="decrease", deadline=day("2027-03-31")), **CPL),
    # a deadline in the past: no window, no data
    case("it", "Chiudere 150.000 € di contratti al Nord entro il 31 ottobre 2026", "ppwpf",
         money("won_value", 150000.0, direction="increase", deadline=day("2026-10-31"), filters={"region": "Nord"})),
    # 31 April is no date: quoted back, Time-bound fails, no window
    case("it", "Generare 60 SQL dalle fiere entro il 31/04/2027", "ppwpf",
         entries("sql", 60.0, filters={"source": "Fiere"})),
    # "fine mese" is 30/11/2026: windows of five days. 8 > upper quartile 7, <= best 9
    case("it", "Entro fine mese chiudere 8 nuovi clienti dal Centro", "ppwpp",
         entries("customer", 8.0, deadline=day("2026-11-30"), filters={"region": "Centro"}), **FEW_CUSTOMERS),
    # judgement: "90 gg" is 90 days (25/11/2026 + 90 = 23/02/2027). 115 > 110, <= best 120
    case("it", "Generare 115 MQL dai webinar entro 90 gg", "ppwpp",
         entries("mql", 115.0, deadline=day("2027-02-23"), filters={"source": "Webinar"}), **MQLS),
    # typo mended ("faturato" ~ "fatturato", 0.94). 400.000 * 1,12 = 448.000 <= upper quartile 450.000
    case("it", "Aumentare il faturato dal Centro del 12% nel 2027", "ppppp",
         money("won_value", 448000.0, direction="increase", kind="relative",
               start=day("2027-01-01"), deadline=day("2027-12-31"),
               filters={"region": "Centro"}), **WON),

    # ---- English -----------------------------------------------------------------------------------------------
    # 62 > best 60
    case("en", "Book 62 SQLs from LinkedIn in Q1", "ppfpp",
         entries("sql", 62.0,
                 start=day("2027-01-01"), deadline=day("2027-03-31"), filters={"source": "LinkedIn"}), **SQLS),
    # "new business" in euros is won value. 460k > upper quartile 450k, <= best 500k
    case("en", "Close EUR 460k of new business in the PMI segment by end of 2027", "ppwpp",
         money("won_value", 460000.0, direction="increase", deadline=day("2027-12-31"),
               filters={"segment": "PMI"}), **WON),
    # typo mended ("convertion" ~ "conversion", 0.9). 34% > upper quartile 33%, <= best 36%
    case("en", "Lift lead-to-MQL convertion to 34% by the end of next quarter", "ppwpp",
         step("conversion", "lead", "mql", 0.34, direction="increase", unit="ratio", deadline=day("2027-03-31")),
         **LEAD_MQL),
    # no verb: the direction comes from the data (28% above 25%). 28% = upper quartile
    case("en", "Win rate on Enterprise deals: 28% by June 30", "ppppp",
         rate("win_rate", 0.28, deadline=day("2027-06-30"), filters={"segment": "Enterprise"}), **WIN_RATE),
    # 90 * 0,95 = 85,5 >= lower quartile 85
    case("en", "Cut the sales cycle by 5% in H1 2027", "ppppp",
         step("velocity", "lead", "customer", 85.5, direction="decrease", unit="days", kind="relative",
              start=day("2027-01-01"), deadline=day("2027-06-30")), **CYCLE),
    # 50 * 0,94 = 47 < lower quartile 48, >= best 42
    case("en", "Lower cost per lead from Google Ads by 6% by 15/03/2027", "ppwpp",
         money("cpl", 47.0, direction="decrease", kind="relative", deadline=day("2027-03-15"),
               filters={"source": "Google Ads"}), **CPL),
    # 90% > best 86%
    case("en", "Call back 90% of inbound leads within 4 hours by the end of January", "ppfpp",
         rate("sla", 0.9, threshold=4.0, threshold_unit="hours", deadline=day("2027-01-31")), **WITHIN),
    # judgement: "checked every month" is the monthly cadence (as "ogni mese", "a month")
    case("en", "Customer satisfaction at 8.5/10 or better by March 31, 2027, checked every month", "ppwwp",
         manual(8.5, cadence="monthly", deadline=day("2027-03-31"))),
    case("en", "Get monthly churn below 1.2% by 30 September 2027", "ppwwp",
         manual(0.012, direction="decrease", unit="ratio", cadence="monthly", deadline=day("2027-09-30"))),
    # two objectives: the first (110 MQLs from LinkedIn) is read; 110 = upper quartile
    case("en", "Grow MQLs from LinkedIn to 110 and get win rate to 30% by end of Q2", "wpppp",
         entries("mql", 110.0, deadline=day("2027-06-30"), filters={"source": "LinkedIn"}), **MQLS),
    # a wish with a deadline: no measure, no direction
    case("en", "Work on our positioning in the DACH market by year end", "ffwwp", dict(deadline=day("2026-12-31"))),
    # 30 February is no date: quoted back, Time-bound fails, no window
    case("en", "Reach 70 opportunities by February 30th, 2027", "ppwpf", entries("opportunity", 70.0)),
    # "max" says decrease; 78 >= lower quartile 75, below today's 80
    case("en", "Cost per MQL from webinars: €78 max by end of March", "ppppp",
         money("cost_per_mql", 78.0, direction="decrease", deadline=day("2027-03-31"), filters={"source": "Webinar"}),
         **COST_MQL),
]
