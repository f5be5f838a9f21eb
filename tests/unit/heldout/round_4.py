"""A fourth held-out set: forty-five objectives the reader has never seen (30 Italian, 15 English), written in the
places objectives come from: an Italian PMI's annual commercial plan, the minutes of a cooperative's board, a sales
director's quarterly e-mail, a marketing agency's proposal, the SMART and OKR examples of sales and marketing blogs
(HubSpot, Pipedrive, Salesforce, Italian marketing blogs).

The expectations come from docs/metrics.md ("Reading an objective", the metric definitions) and the rules in the
docstring of test_smart_corpus.py, worked out by hand, not from the code's output. TODAY is 2026-11-25. Relative
targets are baseline * (1 + x); quartiles are the inclusive ones written beside the histories in
test_smart_corpus.py. A case with both a measure and a deadline carries its history; a deadline-less, past or
unreadable one, or one in another currency, carries no data. A case whose expectation needed a judgement call says
why in a comment above it. No case is marked xfail: this round measured the reader."""

from __future__ import annotations

from tests.unit.test_smart_corpus import (
    ACCEPTANCE,
    CAC,
    COST_MQL,
    COST_SQL,
    CPL,
    CUSTOMERS,
    CYCLE,
    FALLING_CPL,
    LEADS,
    MQL_SQL,
    MQL_SQL_DAYS,
    MQLS,
    OPPORTUNITIES,
    ROI,
    SQLS,
    WIN_RATE,
    WITHIN,
    WON,
    WON_PMI,
    case,
    day,
    entries,
    manual,
    money,
    rate,
    step,
)

CASES = [
    # ---- Italian -----------------------------------------------------------------------------------------------
    # PMI annual plan. judgement: the heading "Piano commerciale 2027" sets the deadline, 31/12/2027 (as "Obiettivo
    # 2027" does); "commerciale" is not the word "vendite". 23 > upper quartile 22, <= best 25
    case("it", "Piano commerciale 2027: acquisire 23 nuovi clienti nella regione Nord", "ppwpp",
         entries("customer", 23.0,
                 start=day("2027-01-01"), deadline=day("2027-12-31"), filters={"region": "Nord"}), **CUSTOMERS),
    # cooperative's board minutes; a won-value level with no direction verb is one to reach.
    # 250.000 > upper quartile 240.000, <= best 260.000
    case("it", "Il CdA della cooperativa delibera: fatturato dal segmento PMI a 250.000 euro entro il 31 dicembre 2027",
         "ppwpp", money("won_value", 250000.0, direction="increase", deadline=day("2027-12-31"),
                        filters={"segment": "PMI"}), **WON_PMI),
    # sales director's e-mail. judgement: "per il secondo trimestre" with no year is the next Q2 not yet over (Q2
    # 2027), as "nel primo trimestre" is Q1 2027; "portare" names no direction, taken from the data (30% above 25%).
    # 30% > upper quartile 28%, <= best 32%
    case("it", "Buongiorno a tutti, per il secondo trimestre l'obiettivo è portare il win rate al 30%.", "ppwpp",
         rate("win_rate", 0.3, start=day("2027-04-01"), deadline=day("2027-06-30")), **WIN_RATE),
    # agency's proposal. judgement: "portiamo" names no direction, taken from the data (440 above 400); "nuovi
    # contatti" are leads; "in 6 mesi" is 25/05/2027. 440 > upper quartile 420, <= best 450
    case("it", "Proposta dell'agenzia: con la campagna su Google Ads portiamo 440 nuovi contatti in 6 mesi", "ppwpp",
         entries("lead", 440.0, deadline=day("2027-05-25"), filters={"source": "Google Ads"}), **LEADS),
    # blog example; "entro 4 mesi" is 25/03/2027. 400 * 1,25 = 500 > best 450
    case("it", "Aumentare del 25% i lead provenienti dalla newsletter entro 4 mesi", "ppfpp",
         entries("lead", 500.0, kind="relative", deadline=day("2027-03-25"), filters={"source": "Newsletter"}),
         **LEADS),
    # stated start = the data's 1.200; 1.080 < lower quartile 1.100, >= best 1.000
    case("it", "Ridurre il costo di acquisizione cliente (CAC) da 1.200 a 1.080 euro entro il 30/09/2027", "ppwpp",
         money("cac", 1080.0, direction="decrease", stated_baseline=1200.0, deadline=day("2027-09-30")), **CAC),
    # 90 / 2 = 45 < best 75
    case("it", "Dimezzare il ciclo di vendita sul segmento PMI entro il primo semestre 2027", "ppfpp",
         step("velocity", "lead", "customer", 45.0, direction="decrease", unit="days", kind="relative",
              deadline=day("2027-06-30"), filters={"segment": "PMI"}), **CYCLE),
    # judgement: "entro la fine dell'anno" is "entro fine anno" with its articles, 31/12/2026; "contattare" with a
    # share of MQLs and hours is a service level. 84% > upper quartile 82%, <= best 86%
    case("it", "Accordo SLA: contattare l'84% degli MQL entro 24 ore entro la fine dell'anno", "ppwpp",
         rate("sla", 0.84, threshold=24.0, threshold_unit="hours", deadline=day("2026-12-31")), **WITHIN),
    # judgement: "ogni MQL" is every one (100%), as "tutti" and "every"; "va richiamato" is the verb of answering.
    # No deadline of its own: Time-bound fails, no window, no data
    case("it", "Ogni MQL dei webinar va richiamato entro 1 giorno lavorativo", "ppwpf",
         rate("sla", 1.0, threshold=1.0, threshold_unit="working_days", filters={"source": "Webinar"})),
    # judgement: "almeno" says increase (no verb, and a manual KPI has no data to take a direction from);
    # "rilevato ogni mese" is the monthly cadence (as "misurare ogni mese")
    case("it", "NPS rilevato ogni mese: almeno 45 entro giugno", "ppwwp",
         manual(45.0, cadence="monthly", deadline=day("2027-06-30"))),
    # "churn trimestrale" is the quarterly cadence; a manual KPI: no history, no parent
    case("it", "Ridurre il churn trimestrale dal 6% al 4% entro il 2027", "ppwwp",
         manual(0.04, direction="decrease", unit="ratio", cadence="quarterly", stated_baseline=0.06,
                deadline=day("2027-12-31"))),
    # judgement: a vague wish: "diventare" gives no direction, "punto di riferimento" no measure; 31/12/2028 is
    # beyond two years (25/11/2028), so Time-bound warns rather than passes
    case("it", "Diventare il punto di riferimento per l'automazione industriale in Lombardia entro il 2028", "ffwww",
         dict(deadline=day("2028-12-31"))),
    # two objectives: the first (double the MQLs from LinkedIn) is read; "Nel 2027" is 31/12/2027. 100 * 2 = 200 >
    # best 120
    case("it", "Nel 2027 raddoppiare gli MQL da LinkedIn e portare il costo per MQL sotto i 70 €", "wpfpp",
         entries("mql", 200.0, kind="relative",
                 start=day("2027-01-01"), deadline=day("2027-12-31"), filters={"source": "LinkedIn"}),
         **MQLS),
    # "vendite" with an amount are won value; a won-value level with no verb is one to reach. 180.000 is below what
    # the window just before reached (400.000): Achievable warns that it asks for no change
    case("it", "Obiettivo vendite del Sud per il secondo semestre 2027: 180.000 €", "ppwpp",
         money("won_value", 180000.0, direction="increase",
               start=day("2027-07-01"), deadline=day("2027-12-31"), filters={"region": "Sud"}),
         **WON),
    # "vendite" with a count are new customers; 19 is below the 20 of the window just before: Achievable warns
    case("it", "Chiudere 19 vendite sul prodotto Predicta On-Premise entro fine febbraio", "ppwpp",
         entries("customer", 19.0, deadline=day("2027-02-28"), filters={"product": "Predicta On-Premise"}),
         **CUSTOMERS),
    # judgement: "del 15%" on a rate is relative to it (baseline * 1,15), not 15 points: 0,20 * 1,15 = 23% = upper
    # quartile
    case("it", "Aumentare del 15% il tasso di conversione da MQL a SQL entro il 30 settembre 2027", "ppppp",
         step("conversion", "mql", "sql", 0.23, direction="increase", unit="ratio", kind="relative",
              deadline=day("2027-09-30")), **MQL_SQL),
    # judgement: "entro i 320 €" is a ceiling on the cost, not a deadline; "nel 2027" is the deadline. "Contenere"
    # keeps a cost down (and 320 below today's 350 says decrease anyway). 320 = lower quartile
    case("it", "Contenere il costo per SQL entro i 320 € nel 2027", "ppppp",
         money("cost_per_sql", 320.0, direction="decrease",
               start=day("2027-01-01"), deadline=day("2027-12-31")), **COST_SQL),
    # 50 * 0,96 = 48 = lower quartile
    case("it", "Tagliare il CPL di LinkedIn del 4% entro il 15 marzo 2027", "ppppp",
         money("cpl", 48.0, direction="decrease", kind="relative", deadline=day("2027-03-15"),
               filters={"source": "LinkedIn"}), **CPL),
    # no direction verb: "dal 120% al 170%" gives it; stated start = the data's. 170% > best 160%
    case("it", "ROI delle fiere: passare dal 120% al 170% entro fine 2027", "ppfpp",
         rate("roi", 1.7, stated_baseline=1.2, deadline=day("2027-12-31"), filters={"source": "Fiere"}), **ROI),
    # judgement: "la quota di MQL accettati dal commerciale" is the MQL acceptance rate; "dal 60 al 74%" reads the
    # 60 as a percent too. Stated start = the data's; 74% > upper quartile 70%, <= best 75%
    case("it", "Portare dal 60 al 74% la quota di MQL accettati dal commerciale entro il 30 giugno 2027", "ppwpp",
         rate("sla", 0.74, stated_baseline=0.6, deadline=day("2027-06-30")), **ACCEPTANCE),
    # "giorni tra MQL e SQL" is the MQL -> SQL velocity; stated start = the data's 4; 3,5 = lower quartile
    case("it", "Accorciare i giorni medi tra MQL e SQL da 4 a 3,5 entro il primo trimestre", "ppppp",
         step("velocity", "mql", "sql", 3.5, direction="decrease", unit="days", stated_baseline=4.0,
              deadline=day("2027-03-31")), **MQL_SQL_DAYS),
    # a deadline in the past: no window, no data
    case("it", "Raggiungere 60 opportunità dal Centro entro il 30 settembre 2026", "ppwpf",
         entries("opportunity", 60.0, deadline=day("2026-09-30"), filters={"region": "Centro"})),
    # 2027 is no leap year: 29/02/2027 is no date, quoted back, Time-bound fails, no window
    case("it", "Generare 430 lead dalla ricerca organica entro il 29/02/2027", "ppwpf",
         entries("lead", 430.0, filters={"source": "Ricerca organica"})),
    # judgement: the measure is the opportunities, "con clienti Enterprise" names the segment (not a second measure);
    # "entro 10 settimane" is 70 days, 03/02/2027. 64 <= upper quartile 65
    case("it", "Entro 10 settimane aprire 64 opportunità con clienti Enterprise", "ppppp",
         entries("opportunity", 64.0, deadline=day("2027-02-03"), filters={"segment": "Enterprise"}), **OPPORTUNITIES),
    # "valore dei contratti" is won value; 400.000 * 2 = 800.000 > best 500.000; 31/12/2028 is beyond two years
    case("it", "Raddoppiare il valore dei contratti Predicta Cloud entro il 2028", "ppfpw",
         money("won_value", 800000.0, direction="increase", kind="relative", deadline=day("2028-12-31"),
               filters={"product": "Predicta Cloud"}), **WON),
    # "sotto" says decrease; 76 >= lower quartile 75, below today's 80
    case("it", "Costo per MQL sotto i 76 euro entro il 31/01/2027 (campagne Google Ads)", "ppppp",
         money("cost_per_mql", 76.0, direction="decrease", deadline=day("2027-01-31"),
               filters={"source": "Google Ads"}), **COST_MQL),
    # typo mended ("oportunità" ~ "opportunità", 0.95); 60 * 1,05 = 63 <= upper quartile 65
    case("it", "Incrementare le oportunità del Nord del 5% entro aprile", "ppppp",
         entries("opportunity", 63.0, kind="relative", deadline=day("2027-04-30"), filters={"region": "Nord"}),
         **OPPORTUNITIES),
    # stated 48 within a tenth of the data's 50; "entro 60 giorni" is 24/01/2027. 57 > upper quartile 55, <= best 60
    case("it", "Far salire gli SQL dalle fiere da 48 a 57 entro 60 giorni", "ppwpp",
         entries("sql", 57.0, stated_baseline=48.0, deadline=day("2027-01-24"), filters={"source": "Fiere"}),
         **SQLS),
    # judgement: no verb, "da 400 a 460 mila euro" gives the direction and the scale written once covers both
    # (as a percent written once). Stated start = the data's; 460.000 > upper quartile 450.000, <= best 500.000
    case("it", "Fatturato Nord: da 400 a 460 mila euro entro fine 2027", "ppwpp",
         money("won_value", 460000.0, direction="increase", stated_baseline=400000.0, deadline=day("2027-12-31"),
               filters={"region": "Nord"}), **WON),
    # a cost falling window after window (r² = 1, the objective's way): every window moves to where the trend is
    # heading by the objective's window, 36, so 37 is neither beyond the best nor the lower quartile
    case("it", "Con le nuove landing page abbassare il costo per lead a 37 € entro marzo", "ppppp",
         money("cpl", 37.0, direction="decrease", deadline=day("2027-03-31")), **FALLING_CPL),

    # ---- English -----------------------------------------------------------------------------------------------
    # HubSpot-style SMART goal. 100 * 1,12 = 112 > upper quartile 110, <= best 120
    case("en", "Increase the number of MQLs generated from organic search by 12% by the end of Q2 2027", "ppwpp",
         entries("mql", 112.0, kind="relative", deadline=day("2027-06-30"), filters={"source": "Ricerca organica"}),
         **MQLS),
    # Pipedrive-style. judgement: closed deals are won deals, so "close 21 deals with new customers" is 21 new
    # customers (as "chiudere 30 contratti"), not opportunities. This quarter is 01/10-31/12/2026. 21 <= 22
    case("en", "Close 21 deals with new customers in the Centro region this quarter", "ppppp",
         entries("customer", 21.0, start=day("2026-10-01"), deadline=day("2026-12-31"), filters={"region": "Centro"}),
         **CUSTOMERS),
    # OKR row; stated start = the data's 90; 82 < lower quartile 85, >= best 75
    case("en", "KR2: Reduce average sales cycle from 90 to 82 days by end of H1 2027", "ppwpp",
         step("velocity", "lead", "customer", 82.0, direction="decrease", unit="days", stated_baseline=90.0,
              deadline=day("2027-06-30")), **CYCLE),
    # judgement: "the sales team" is who accepts, not "sales" as a measure; "accept" with no time for each is the
    # MQL acceptance rate; "get ... to" names no direction, taken from the data (70% above 60%). 70% = upper quartile
    case("en", "Get the sales team to accept 70% of MQLs by Q2 2027", "ppppp",
         rate("sla", 0.7, deadline=day("2027-06-30")), **ACCEPTANCE),
    # judgement: "contact" is a verb of answering (as "contattare"); trade fair MQLs come from the Fiere source.
    # 90% > best 86%
    case("en", "Contact 90% of trade fair MQLs within 48 hours by the end of February", "ppfpp",
         rate("sla", 0.9, threshold=48.0, threshold_unit="hours", deadline=day("2027-02-28"),
              filters={"source": "Fiere"}), **WITHIN),
    # "customer acquisition cost" is the CAC. 1.200 * 0,93 = 1.116 >= lower quartile 1.100
    case("en", "Lower customer acquisition cost by 7% by September 30, 2027", "ppppp",
         money("cac", 1116.0, direction="decrease", kind="relative", deadline=day("2027-09-30")), **CAC),
    # "tracked quarterly" is the quarterly cadence; a manual KPI: no history, no parent
    case("en", "Lift NPS from 38 to 50 by the end of 2027, tracked quarterly", "ppwwp",
         manual(50.0, stated_baseline=38.0, cadence="quarterly", deadline=day("2027-12-31"))),
    # judgement: "through 2027" runs to the end of 2027; no cadence named, so weekly; "under" says decrease
    case("en", "Keep customer churn under 3% through 2027", "ppwwp",
         manual(0.03, direction="decrease", unit="ratio", deadline=day("2027-12-31"))),
    # two objectives: the first (430 leads from LinkedIn) is read. 430 > upper quartile 420, <= best 450
    case("en", "Generate 430 leads from LinkedIn and convert 30% of them to MQLs by end of March", "wpwpp",
         entries("lead", 430.0, deadline=day("2027-03-31"), filters={"source": "LinkedIn"}), **LEADS),
    # a deadline in the past: no window, no data
    case("en", "Book 55 SQLs from the newsletter by October 31, 2026", "ppwpf",
         entries("sql", 55.0, deadline=day("2026-10-31"), filters={"source": "Newsletter"})),
    # 31 September is no date: quoted back, Time-bound fails, no window
    case("en", "Reach €480k in won revenue by 31/09/2027", "ppwpf",
         money("won_value", 480000.0, direction="increase")),
    # "by next year" is not read (its first day or its last?): Time-bound fails, no window
    case("en", "Grow webinar MQLs to 115 by next year", "ppwpf",
         entries("mql", 115.0, filters={"source": "Webinar"})),
    # judgement: "sales team" is the team, "more productive" names no measure; "more" gives a direction
    case("en", "Make our sales team more productive", "ffwwf", dict(direction="increase")),
    # "within 18 months" is 25/05/2028, within two years. 400.000 * 2 = 800.000 > best 500.000
    case("en", "Double revenue from the Enterprise segment within 18 months", "ppfpp",
         money("won_value", 800000.0, direction="increase", kind="relative", deadline=day("2028-05-25"),
               filters={"segment": "Enterprise"}), **WON),
    # dollars are not the company's currency: read as such, never compared with the data (Measurable warns), so no
    # baseline nor history
    case("en", "Close $300k in new business from referrals by end of Q3 2027", "pwwpp",
         money("won_value", 300000.0, direction="increase", target_unit="USD", deadline=day("2027-09-30"),
               filters={"source": "Referral"})),
]
