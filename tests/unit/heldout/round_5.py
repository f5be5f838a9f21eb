"""A fifth held-out set: forty-five objectives the reader has never seen (30 Italian, 15 English), written by the
sales and marketing managers of Italian PMI and cooperatives (a dairy cooperative, a furniture maker, an IT services
company, a training firm, a logistics company) in plans, OKR sheets, e-mails, chat messages and meeting minutes, and
by English-speaking managers in OKR tools and CRM blog examples.

The expectations come from docs/metrics.md ("Reading an objective", the metric definitions) and the rules in the
docstring of test_smart_corpus.py, worked out by hand, not from the code's output. TODAY is 2026-11-25. Relative
targets are baseline * (1 + x); quartiles are the inclusive ones written beside the histories in
test_smart_corpus.py (none of them has a trend). A case with both a measure and a deadline carries its history; a
deadline-less, past or unreadable one carries no data. A case whose expectation needed a judgement call says why in
a comment above it. No case is marked xfail: this round measured the reader."""

from __future__ import annotations

from tests.unit.test_smart_corpus import (
    ACCEPT_DAYS,
    ACCEPTANCE,
    CAC,
    COST_MQL,
    COST_SQL,
    CPL,
    CUSTOMERS,
    CYCLE,
    LEADS,
    MQL_SQL_DAYS,
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
    days,
    entries,
    manual,
    money,
    rate,
    step,
)

# This file's own history: SQLs from the Centro in windows of five days, newest first, no trend (r² 0.03).
FEW_SQLS = data(9, 8, 12, 10, 7)                  # upper quartile 10, best 12

CASES = [
    # ---- Italian -----------------------------------------------------------------------------------------------
    # dairy cooperative's plan. judgement: "piano marketing 2027:" is a heading naming a year (as "Piano commerciale
    # 2027:"), so the deadline is 31/12/2027; leads gathered at trade fairs come from the Fiere source;
    # "raccogliere" raises. 450 > upper quartile 420, = best 450
    case("it", "Caseificio sociale, piano marketing 2027: raccogliere 450 contatti alle fiere di settore", "ppwpp",
         entries("lead", 450.0,
                 start=day("2027-01-01"), deadline=day("2027-12-31"), filters={"source": "Fiere"}), **LEADS),
    # furniture maker. judgement: "primo semestre" with no year is H1 2027 (H1 2026 is over). 18 is below the 20 the
    # window just before reached: it asks for no change, so Achievable warns
    case("it", "Mobilificio – obiettivo del primo semestre: acquisire almeno 18 nuovi clienti nel segmento Enterprise",
         "ppwpp", entries("customer", 18.0,
                          start=day("2027-01-01"), deadline=day("2027-06-30"), filters={"segment": "Enterprise"}),
         **CUSTOMERS),
    # IT services OKR sheet; "KR1" is a label. 60 * 1,18 = 70,8, so 71 opportunities > best 70
    case("it", "KR1 servizi IT: +18% opportunità su Predicta Cloud entro il 31/05/2027", "ppfpp",
         entries("opportunity", 71.0, kind="relative", deadline=day("2027-05-31"),
                 filters={"product": "Predicta Cloud"}), **OPPORTUNITIES),
    # training firm; "webinar gratuiti" are the Webinar source; "la fine di febbraio" is 28/02/2027. 62 > best 60
    case("it", "Ente di formazione: generare 62 SQL dai webinar gratuiti entro la fine di febbraio", "ppfpp",
         entries("sql", 62.0, deadline=day("2027-02-28"), filters={"source": "Webinar"}), **SQLS),
    # logistics company, a chat message; "Luca" is a person. 1.050 < lower quartile 1.100, >= best 1.000
    case("it", "ciao Luca, per la logistica dobbiamo abbassare il CAC a 1.050 € entro fine Q2, ce la facciamo?",
         "ppwpp", money("cac", 1050.0, direction="decrease", deadline=day("2027-06-30")), **CAC),
    # "nei prossimi 3 mesi" is 25/02/2027. 50 * 0,97 = 48,5 >= lower quartile 48
    case("it", "Nei prossimi 3 mesi ridurre del 3% il costo per lead di LinkedIn", "ppppp",
         money("cpl", 48.5, direction="decrease", kind="relative", deadline=day("2027-02-25"),
               filters={"source": "LinkedIn"}), **CPL),
    # no verb: "da 82 a 74" gives the direction. Stated 82 within a tenth of the data's 80; 74 < lower quartile 75,
    # >= best 70
    case("it", "Costo per MQL della newsletter: da 82 a 74 euro entro il 30 aprile 2027", "ppwpp",
         money("cost_per_mql", 74.0, direction="decrease", stated_baseline=82.0, deadline=day("2027-04-30"),
               filters={"source": "Newsletter"}), **COST_MQL),
    # judgement: "va dimezzato" is halving in the passive. 350 / 2 = 175 < best 290
    case("it", "Il costo per SQL delle fiere va dimezzato entro dicembre 2027", "ppfpp",
         money("cost_per_sql", 175.0, direction="decrease", kind="relative", deadline=day("2027-12-31"),
               filters={"source": "Fiere"}), **COST_SQL),
    # "almeno" says increase; "fine giugno" is 30/06/2027. 130% > 120%, <= upper quartile 140%
    case("it", "Obiettivo ROI sulle campagne LinkedIn: almeno 130% entro fine giugno", "ppppp",
         rate("roi", 1.3, deadline=day("2027-06-30"), filters={"source": "LinkedIn"}), **ROI),
    # "tasso di chiusura" is the win rate. Stated 22% is more than a tenth from the data's 25%: Measurable warns
    # (side by side). 28% = upper quartile
    case("it", "Alzare il tasso di chiusura delle offerte al Sud dal 22% al 28% entro il Q3 2027", "pwppp",
         rate("win_rate", 0.28, stated_baseline=0.22, deadline=day("2027-09-30"), filters={"region": "Sud"}),
         **WIN_RATE),
    # judgement: "migliorare" alone names no direction; "fino al 34%" is above today's 30%, so the direction is
    # taken from the data (increase). 34% > upper quartile 33%, <= best 36%
    case("it", "Migliorare la conversione da opportunità a cliente fino al 34% entro giugno 2027", "ppwpp",
         step("conversion", "opportunity", "customer", 0.34, direction="increase", unit="ratio",
              deadline=day("2027-06-30")), **OPP_CUSTOMER),
    # "giorni tra MQL e SQL" is the MQL -> SQL velocity; "entro 100 giorni" is the deadline, 05/03/2027.
    # 4 * 0,9 = 3,6 >= lower quartile 3,5
    case("it", "Ridurre del 10% i giorni tra MQL e SQL entro 100 giorni", "ppppp",
         step("velocity", "mql", "sql", 3.6, direction="decrease", unit="days", kind="relative",
              deadline=day("2027-03-05")), **MQL_SQL_DAYS),
    # "Nel 2027" is 31/12/2027; "scendere" cuts. 80 < lower quartile 85, >= best 75
    case("it", "Nel 2027 il ciclo di vendita del segmento PMI deve scendere a 80 giorni", "ppwpp",
         step("velocity", "lead", "customer", 80.0, direction="decrease", unit="days",
              start=day("2027-01-01"), deadline=day("2027-12-31"),
              filters={"segment": "PMI"}), **CYCLE),
    # "tempo di risposta agli MQL" is the days to accept (no verb of answering, no "entro" before the days).
    # Stated start = the data's 3; 2,5 = lower quartile
    case("it", "Il tempo medio di risposta agli MQL deve passare da 3 a 2,5 giorni entro la fine del primo trimestre",
         "ppppp", days("sla_days", 2.5, stated_baseline=3.0, deadline=day("2027-03-31")), **ACCEPT_DAYS),
    # a service level with its own deadline. 83% > upper quartile 82%, <= best 86%
    case("it", "Accordo SLA con i commerciali: richiamare almeno l'83% degli MQL da LinkedIn entro 2 giorni "
         "lavorativi, entro il 31 maggio 2027", "ppwpp",
         rate("sla", 0.83, threshold=2.0, threshold_unit="working_days", deadline=day("2027-05-31"),
              filters={"source": "LinkedIn"}), **WITHIN),
    # judgement: "7 MQL su 10 ... accettati" is a share of 70% of MQLs accepted, the acceptance rate (not a score
    # out of 10); "vogliamo" names no direction, taken from the data (70% above 60%). 70% = upper quartile
    case("it", "Vogliamo che 7 MQL su 10 vengano accettati dal commerciale entro fine marzo", "ppppp",
         rate("sla", 0.7, deadline=day("2027-03-31")), **ACCEPTANCE),
    # training firm; a manual KPI: "questionario mensile" is the monthly cadence; no history, no parent
    case("it", "Corsi di formazione: portare la soddisfazione dei partecipanti a 9 su 10 entro luglio, con "
         "questionario mensile", "ppwwp", manual(9.0, cadence="monthly", deadline=day("2027-07-31"))),
    # judgement: "a trimestre" is the quarterly cadence (as "al mese" is monthly); "non oltre" says decrease; "per
    # tutto il 2027" runs to 31/12/2027 (as "through 2027")
    case("it", "Churn dei contratti di assistenza IT: non oltre il 5% a trimestre per tutto il 2027", "ppwwp",
         manual(0.05, direction="decrease", unit="ratio", cadence="quarterly",
                start=day("2027-01-01"), deadline=day("2027-12-31"))),
    # two objectives: the first (MQLs from Google Ads) is read; "portare" names no direction, taken from the data
    # (115 above 100). 115 > upper quartile 110, <= best 120
    case("it", "Entro fine Q1 portare gli MQL da Google Ads a 115 e il costo per MQL sotto gli 80 €", "wpwpp",
         entries("mql", 115.0, deadline=day("2027-03-31"), filters={"source": "Google Ads"}), **MQLS),
    # judgement: a vague wish; "di più" gives a direction (as "Vendere di più"), "farci conoscere" no measure
    case("it", "Dobbiamo farci conoscere di più dalle aziende agricole del territorio", "ffwwf",
         dict(direction="increase")),
    # "vendite" alone: a count or money? Specific fails and asks; no number to reach
    case("it", "Incrementare le vendite dei mobili da ufficio nel 2027", "ffwwp",
         dict(direction="increase", start=day("2027-01-01"), deadline=day("2027-12-31"))),
    # closed contracts are new customers; a deadline in the past: no window, no data
    case("it", "Chiudere 20 contratti con aziende PMI entro il 31 luglio 2026", "ppwpf",
         entries("customer", 20.0, deadline=day("2026-07-31"), filters={"segment": "PMI"})),
    # 31 September is no date: quoted back, Time-bound fails, no window
    case("it", "Generare 95 MQL dalla newsletter entro il 31 settembre 2027", "ppwpf",
         entries("mql", 95.0, filters={"source": "Newsletter"})),
    # deals opened are opportunities; "entro 6 settimane" is 42 days, 06/01/2027. 66 > upper quartile 65, <= best 70
    case("it", "Entro 6 settimane aprire 66 nuove trattative al Nord", "ppwpp",
         entries("opportunity", 66.0, deadline=day("2027-01-06"), filters={"region": "Nord"}), **OPPORTUNITIES),
    # "valore vinto" is won value. 400.000 * 1,12 = 448.000 <= upper quartile 450.000
    case("it", "Far crescere del 12% il valore vinto sul prodotto Predicta On-Premise entro fine anno", "ppppp",
         money("won_value", 448000.0, direction="increase", kind="relative", deadline=day("2026-12-31"),
               filters={"product": "Predicta On-Premise"}), **WON),
    # 31/12/2029 is beyond two years: Time-bound warns. 50 * 3 = 150 > best 60
    case("it", "Triplicare gli SQL dai referral entro il 2029", "ppfpw",
         entries("sql", 150.0, kind="relative", deadline=day("2029-12-31"), filters={"source": "Referral"}), **SQLS),
    # judgement: "Budget 2027 della cooperativa:" is a heading naming a year, 31/12/2027; "fatturato da nuovi
    # clienti" is won value (won value is what new customers bring), one measure; a level with no verb is one to
    # reach. 2,4 million > best 500.000
    case("it", "Budget 2027 della cooperativa: 2,4 milioni di euro di fatturato da nuovi clienti", "ppfpp",
         money("won_value", 2400000.0, direction="increase",
               start=day("2027-01-01"), deadline=day("2027-12-31")), **WON),
    # judgement: "Verbale del 18/11" dates the minutes, not the objective; "lead caldi" are MQLs; the first "entro"
    # is each lead's time, the second the deadline. 80% > 78%, <= upper quartile 82%
    case("it", "Verbale del 18/11: il team commerciale si impegna a ricontattare l'80% dei lead caldi entro 24 ore "
         "entro fine gennaio", "ppppp",
         rate("sla", 0.8, threshold=24.0, threshold_unit="hours", deadline=day("2027-01-31")), **WITHIN),
    # judgement: in November "fine novembre" is this month, not yet over: 30/11/2026, windows of five days.
    # 10 > 9, = upper quartile 10
    case("it", "Entro fine novembre generare altri 10 SQL dal Centro", "ppppp",
         entries("sql", 10.0, deadline=day("2026-11-30"), filters={"region": "Centro"}), **FEW_SQLS),
    # no deadline: no window, no data, so the relative target has no level
    case("it", "Aumentare del 20% i nuovi clienti segnalati dai referral", "pwwpf",
         entries("customer", kind="relative", filters={"source": "Referral"})),

    # ---- English -----------------------------------------------------------------------------------------------
    # OKR tool. judgement: the objective line names no measure, so the key result is the one objective (not two);
    # trade fairs are the Fiere source. 115 > upper quartile 110, <= best 120
    case("en", "Objective: grow the co-op's foodservice business. KR1: 115 MQLs from trade fairs by March 31, 2027",
         "ppwpp", entries("mql", 115.0, deadline=day("2027-03-31"), filters={"source": "Fiere"}), **MQLS),
    # CRM blog. Stated start = the data's 30%; 34% > upper quartile 33%, <= best 36%
    case("en", "Increase the SQL-to-opportunity conversion rate from 30% to 34% by the end of Q3 2027", "ppwpp",
         step("conversion", "sql", "opportunity", 0.34, direction="increase", unit="ratio", stated_baseline=0.3,
              deadline=day("2027-09-30")), **OPP_CUSTOMER),
    # "under" says decrease. 88 >= lower quartile 85
    case("en", "Bring the average sales cycle for the PMI segment under 88 days by June 30, 2027", "ppppp",
         step("velocity", "lead", "customer", 88.0, direction="decrease", unit="days", deadline=day("2027-06-30"),
              filters={"segment": "PMI"}), **CYCLE),
    # OKR row under a "Q3 2027 OKR" heading (30/09/2027). judgement: "win rate on ... deals" is the win rate, the
    # deals its scope, not closed deals; no verb, the direction is taken from the data (29% above 25%).
    # 29% > upper quartile 28%, <= best 32%
    case("en", "Q3 2027 OKR – KR2: win rate on Predicta Cloud deals at 29%", "ppwpp",
         rate("win_rate", 0.29,
              start=day("2027-07-01"), deadline=day("2027-09-30"), filters={"product": "Predicta Cloud"}), **WIN_RATE),
    # 80 / 2 = 40 < best 70
    case("en", "Halve the cost per MQL from Google Ads by Q3 2027", "ppfpp",
         money("cost_per_mql", 40.0, direction="decrease", kind="relative", deadline=day("2027-09-30"),
               filters={"source": "Google Ads"}), **COST_MQL),
    # judgement: demo requests are MQLs; "get a call back" is the verb of answering. No deadline of its own:
    # Time-bound fails, no window, no data
    case("en", "Make sure 100% of demo requests get a call back within 1 business day", "ppwpf",
         rate("sla", 1.0, threshold=1.0, threshold_unit="working_days")),
    # judgement: "Sales" is the team that accepts, not "sales" as a measure; "accept" with no time for each is the
    # MQL acceptance rate. 72% > upper quartile 70%, <= best 75%
    case("en", "Sales should accept at least 72% of the MQLs marketing hands over by end of Q2 2027", "ppwpp",
         rate("sla", 0.72, deadline=day("2027-06-30")), **ACCEPTANCE),
    # judgement: NPS is the measure, "logistics customers" whose it is (not new customers); "quarterly pulse
    # survey" is the quarterly cadence. A manual KPI: no history, no parent
    case("en", "Lift NPS among our logistics customers from 31 to 40 by Q4 2027 with a quarterly pulse survey",
         "ppwwp", manual(40.0, stated_baseline=31.0, cadence="quarterly", deadline=day("2027-12-31"))),
    # judgement: "for H1 2027" is the deadline, 30/06/2027; "at or below" says decrease; "monthly churn" the cadence
    case("en", "Keep monthly churn on training subscriptions at or below 2.5% for H1 2027", "ppwwp",
         manual(0.025, direction="decrease", unit="ratio", cadence="monthly",
                start=day("2027-01-01"), deadline=day("2027-06-30"))),
    # two objectives: the first (leads from Google Ads) is read. 420 > 400, = upper quartile 420
    case("en", "Generate 420 leads from Google Ads and cut CPL to €45 by end of Q1", "wpppp",
         entries("lead", 420.0, deadline=day("2027-03-31"), filters={"source": "Google Ads"}), **LEADS),
    # a deadline in the past: no window, no data
    case("en", "Win 25 new customers in the Sud region by September 30, 2026", "ppwpf",
         entries("customer", 25.0, deadline=day("2026-09-30"), filters={"region": "Sud"})),
    # 31 April is no date: quoted back, Time-bound fails, no window
    case("en", "Book 68 opportunities from webinars by April 31, 2027", "ppwpf",
         entries("opportunity", 68.0, filters={"source": "Webinar"})),
    # judgement: a vague wish: "better" alone names no direction (as "migliorare", "meglio"), "work together" no
    # measure (alignment would be one, but it is not named)
    case("en", "Make marketing and sales work better together", "ffwwf", {}),
    # 400.000 * 1,15 = 460.000 > upper quartile 450.000, <= best 500.000
    case("en", "Grow won revenue from the newsletter by 15% in H2 2027", "ppwpp",
         money("won_value", 460000.0, direction="increase", kind="relative",
               start=day("2027-07-01"), deadline=day("2027-12-31"),
               filters={"source": "Newsletter"}), **WON),
    # "within 30 days" is 25/12/2026; "back up to" raises. 65% > 60%, <= upper quartile 70%
    case("en", "Within 30 days, get the MQL acceptance rate back up to 65%", "ppppp",
         rate("sla", 0.65, deadline=day("2026-12-25")), **ACCEPTANCE),
]
