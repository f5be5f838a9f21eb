"""A third held-out set: thirty-six objectives the reader has never seen (24 Italian, 12 English), written where
objectives are really written: a CEO's e-mail to the heads of sales and marketing, a row of an OKR spreadsheet
("KR2: ..."), a Slack or WhatsApp message, the minutes of a weekly meeting, the marketing plan for a trade fair, a
tender for a cooperative. Greetings, labels and names stay in the sentence, as they do in the real thing.

The expectations come from docs/metrics.md ("Reading an objective", the metric definitions) and the rules in the
docstring of test_smart_corpus.py, worked out by hand, not from the code's output. TODAY is 2026-11-25. Relative
targets are baseline * (1 + x); quartiles are the inclusive ones written beside the histories in
test_smart_corpus.py (none of them has a trend: r² below 0.1). A case with both a measure and a deadline carries its
history; a deadline-less, past or unreadable one carries no data. A case whose expectation needed a judgement call
says why in a comment above it. No case is marked xfail: this round measured the reader."""

from __future__ import annotations

from tests.unit.test_smart_corpus import (
    ACCEPTANCE,
    CAC,
    COST_MQL,
    COST_SQL,
    CPL,
    CUSTOMERS,
    CYCLE,
    CYCLE_100,
    LEAD_MQL,
    LEADS,
    MQL_SQL,
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
    # CEO's e-mail. judgement: "per il primo trimestre" is the next Q1 not yet over (Q1 2027), as "nel primo
    # trimestre"; "Marco e Giulia" are people, not two objectives; "vi chiedo" names no direction, taken from the
    # data (58 above today's 50). 58 > upper quartile 55, <= best 60
    case("it", "Cari Marco e Giulia, per il primo trimestre vi chiedo 58 SQL dal segmento Enterprise.", "ppwpp",
         entries("sql", 58.0,
                 start=day("2027-01-01"), deadline=day("2027-03-31"), filters={"segment": "Enterprise"}), **SQLS),
    # OKR row; "KR2" is a label. 100 * 1,15 = 115 > upper quartile 110, <= best 120
    case("it", "KR2: +15% MQL dal canale Newsletter entro il 30/06/2027", "ppwpp",
         entries("mql", 115.0, kind="relative", deadline=day("2027-06-30"), filters={"source": "Newsletter"}),
         **MQLS),
    # WhatsApp. "nelle prossime 8 settimane" = 56 days = 20/01/2027; "servono" names no direction, taken from the
    # data (62 above 60). 62 <= upper quartile 65
    case("it", "Ragazzi, nelle prossime 8 settimane servono 62 opportunità su Predicta Cloud 🙏", "ppppp",
         entries("opportunity", 62.0, deadline=day("2027-01-20"), filters={"product": "Predicta Cloud"}),
         **OPPORTUNITIES),
    # minutes of the weekly meeting. judgement: "settimanale" qualifies the meeting, not a cadence (only manual KPIs
    # have one). Stated start = the data's 25%; 29% > upper quartile 28%, <= best 32%
    case("it", "Verbale riunione settimanale – win rate: salire dal 25% al 29% entro la fine del primo semestre 2027",
         "ppwpp", rate("win_rate", 0.29, stated_baseline=0.25, deadline=day("2027-06-30")), **WIN_RATE),
    # plan for a trade fair. judgement: leads gathered at the fair's stand come from the Fiere source ("fiera" is its
    # singular); "qualificarne il 35% come MQL" is a second objective (the lead -> MQL conversion), so Specific warns
    # and the first (430 leads) is read. 430 > upper quartile 420, <= best 450
    case("it", "Piano fiera: raccogliere 430 contatti allo stand e qualificarne il 35% come MQL entro il 30 aprile "
         "2027", "wpwpp",
         entries("lead", 430.0, deadline=day("2027-04-30"), filters={"source": "Fiere"}), **LEADS),
    # tender for a cooperative: two filters at once; "entro 12 mesi" is 25/11/2027. 21 > 20, <= upper quartile 22
    case("it", "Bando per la cooperativa: acquisire almeno 21 nuovi clienti PMI nella regione Centro entro 12 mesi",
         "ppppp", entries("customer", 21.0, deadline=day("2027-11-25"), filters={"segment": "PMI", "region": "Centro"}),
         **CUSTOMERS),
    # CEO's e-mail. judgement: "Obiettivo 2027" sets the deadline (as "Obiettivo Q1:" does), 31/12/2027; "area
    # vendite" is the team addressed, and with an amount "vendite" is won value anyway; a won-value level with no
    # verb is one to reach. 480.000 > upper quartile 450.000, <= best 500.000
    case("it", "Obiettivo 2027 per l'area vendite: 480.000 € di contratti firmati sul prodotto Predicta On-Premise",
         "ppwpp", money("won_value", 480000.0, direction="increase",
                        start=day("2027-01-01"), deadline=day("2027-12-31"),
                        filters={"product": "Predicta On-Premise"}), **WON),
    # Slack. "dal 28 al 33%": the percent written once covers both; "il Q4" not yet over is Q4 2026. Stated 28% is
    # within a tenth of the data's 30%; 33% = upper quartile
    case("it", "Per tutti: conversione lead→MQL del segmento PMI dal 28 al 33% entro il Q4", "ppppp",
         step("conversion", "lead", "mql", 0.33, direction="increase", unit="ratio", stated_baseline=0.28,
              deadline=day("2026-12-31"), filters={"segment": "PMI"}), **LEAD_MQL),
    # stated start = the data's 100; 90 < lower quartile 95, >= best 85
    case("it", "Ciclo di vendita Enterprise: scendere da 100 a 90 giorni entro dicembre 2027", "ppwpp",
         step("velocity", "lead", "customer", 90.0, direction="decrease", unit="days", stated_baseline=100.0,
              deadline=day("2027-12-31"), filters={"segment": "Enterprise"}), **CYCLE_100),
    # "entro 18 mesi" is 25/05/2028, within two years. 80 / 2 = 40 < best 70
    case("it", "Dimezzare il costo per MQL dei webinar entro 18 mesi", "ppfpp",
         money("cost_per_mql", 40.0, direction="decrease", kind="relative", deadline=day("2028-05-25"),
               filters={"source": "Webinar"}), **COST_MQL),
    # no verb: "da 380 a 330" gives the direction. Stated 380 is within a tenth of the data's 350 (8,6%);
    # 330 >= lower quartile 320
    case("it", "Costo per SQL da Google Ads: da 380 a 330 euro entro fine Q2", "ppppp",
         money("cost_per_sql", 330.0, direction="decrease", stated_baseline=380.0, deadline=day("2027-06-30"),
               filters={"source": "Google Ads"}), **COST_SQL),
    # judgement: "rispetto al 2026" names what the cut is measured against, not the deadline; "entro l'anno
    # prossimo" is 31/12/2027. 1.200 * 0,8 = 960 < best 1.000
    case("it", "Ridurre il CAC del 20% rispetto al 2026 entro l'anno prossimo", "ppfpp",
         money("cac", 960.0, direction="decrease", kind="relative", deadline=day("2027-12-31")), **CAC),
    # judgement: "accettare il 68% degli MQL" with no time for each is the MQL acceptance rate, and the date is the
    # objective's deadline. 68% > 60%, <= upper quartile 70%
    case("it", "Il commerciale deve accettare almeno il 68% degli MQL ricevuti entro il 31/03/2027", "ppppp",
         rate("sla", 0.68, deadline=day("2027-03-31")), **ACCEPTANCE),
    # judgement: "marketing/vendite" names the agreement, not "vendite" as a measure. A service level with its own
    # deadline; 80% > 78%, <= upper quartile 82%
    case("it", "SLA marketing/vendite: contattare l'80% degli MQL entro 8 ore entro il 30 giugno 2027", "ppppp",
         rate("sla", 0.8, threshold=8.0, threshold_unit="hours", deadline=day("2027-06-30")), **WITHIN),
    # judgement: demo requests are MQLs (as "richieste di preventivo"); "tutte" is every one (100%). No deadline
    # of its own: Time-bound fails, no window, no data
    case("it", "Rispondere a tutte le richieste di demo entro 1 giorno lavorativo", "ppwpf",
         rate("sla", 1.0, threshold=1.0, threshold_unit="working_days")),
    # a manual KPI with no cadence named: weekly; no history, no parent
    case("it", "Aumentare l'NPS da 30 a 42 entro settembre", "ppwwp",
         manual(42.0, stated_baseline=30.0, deadline=day("2027-09-30"))),
    # "churn trimestrale" is the quarterly cadence; "sotto" says decrease
    case("it", "Churn trimestrale dei clienti in abbonamento: scendere sotto il 4% entro il Q2 2027", "ppwwp",
         manual(0.04, direction="decrease", unit="ratio", cadence="quarterly", deadline=day("2027-06-30"))),
    # a vague wish: "migliorare" alone gives no direction, "immagine" no measure
    case("it", "Migliorare l'immagine dell'azienda sul territorio entro fine anno", "ffwwp",
         dict(deadline=day("2026-12-31"))),
    # two objectives: the first (23 customers) is read. 23 > upper quartile 22, <= best 25
    case("it", "Nel Q1 chiudere 23 nuovi clienti e ridurre il CAC a 1.150 €", "wpwpp",
         entries("customer", 23.0, start=day("2027-01-01"), deadline=day("2027-03-31")), **CUSTOMERS),
    # 31/12/2028 is beyond two years (25/11/2028): Time-bound warns. 60 * 2 = 120 > best 70
    case("it", "Raddoppiare le opportunità dalla regione Sud entro il 2028", "ppfpw",
         entries("opportunity", 120.0, kind="relative", deadline=day("2028-12-31"), filters={"region": "Sud"}),
         **OPPORTUNITIES),
    # a deadline in the past: no window, no data
    case("it", "Generare 52 SQL dalle fiere entro il 31/10/2026", "ppwpf",
         entries("sql", 52.0, deadline=day("2026-10-31"), filters={"source": "Fiere"})),
    # 31 June is no date: quoted back, Time-bound fails, no window
    case("it", "Aprire 66 opportunità da LinkedIn entro il 31/06/2027", "ppwpf",
         entries("opportunity", 66.0, filters={"source": "LinkedIn"})),
    # 25/11/2026 + 45 days = 09/01/2027. 115 > upper quartile 110, <= best 120
    case("it", "Entro 45 giorni generare 115 MQL dalla ricerca organica", "ppwpp",
         entries("mql", 115.0, deadline=day("2027-01-09"), filters={"source": "Ricerca organica"}), **MQLS),
    # judgement: "percentuale di trattative vinte" is the win rate; "portare" names no direction, taken from the data
    # (27% above 25%). 27% <= upper quartile 28%
    case("it", "Portare la percentuale di trattative vinte al 27% entro marzo", "ppppp",
         rate("win_rate", 0.27, deadline=day("2027-03-31")), **WIN_RATE),

    # ---- English -----------------------------------------------------------------------------------------------
    # CEO's e-mail; "I want" names no direction, taken from the data (470 above 400). 470 > best 450
    case("en", "Team, by the end of next quarter I want 470 leads from Google Ads", "ppfpp",
         entries("lead", 470.0, deadline=day("2027-03-31"), filters={"source": "Google Ads"}), **LEADS),
    # OKR row. 24 > upper quartile 22, <= best 25
    case("en", "KR3: Win 24 new customers in the Nord region in H1 2027", "ppwpp",
         entries("customer", 24.0,
                 start=day("2027-01-01"), deadline=day("2027-06-30"), filters={"region": "Nord"}), **CUSTOMERS),
    # Slack, as a question. Stated start = the data's 20%; 24% > upper quartile 23%, <= best 26%; April 2027
    case("en", "Can we get MQL→SQL conversion for LinkedIn leads from 20% to 24% by April?", "ppwpp",
         step("conversion", "mql", "sql", 0.24, direction="increase", unit="ratio", stated_baseline=0.2,
              deadline=day("2027-04-30"), filters={"source": "LinkedIn"}), **MQL_SQL),
    # judgement: "Monday's meeting" dates the minutes, not the objective; "get ... to" names no direction, taken from
    # the data (135% above 120%). 135% <= upper quartile 140%
    case("en", "Action item from Monday's meeting: get ROI on trade fairs to 135% by 30 September 2027", "ppppp",
         rate("roi", 1.35, deadline=day("2027-09-30"), filters={"source": "Fiere"}), **ROI),
    # stated €54 within a tenth of the data's 50 (8%); 45 < lower quartile 48, >= best 42
    case("en", "Trade fair plan: cut cost per lead at fairs from €54 to €45 by 31 March 2027", "ppwpp",
         money("cpl", 45.0, direction="decrease", stated_baseline=54.0, deadline=day("2027-03-31"),
               filters={"source": "Fiere"}), **CPL),
    # tender; 420.000 > best 260.000 of the PMI segment
    case("en", "Tender for the dairy cooperative: reach €420,000 in won revenue from the PMI segment by the end of "
         "2027", "ppfpp",
         money("won_value", 420000.0, direction="increase", deadline=day("2027-12-31"), filters={"segment": "PMI"}),
         **WON_PMI),
    # judgement: 75% is below the 78% the window just before reached, so it asks for no change: Achievable warns
    case("en", "Follow up on 75% of webinar MQLs within 48 hours by end of Q1", "ppwpp",
         rate("sla", 0.75, threshold=48.0, threshold_unit="hours", deadline=day("2027-03-31"),
              filters={"source": "Webinar"}), **WITHIN),
    # judgement: "surveyed every quarter" is the quarterly cadence (as "ogni trimestre", "quarterly")
    case("en", "Raise customer satisfaction from 7.2 to 8 out of 10 by June 2027, surveyed every quarter", "ppwwp",
         manual(8.0, stated_baseline=7.2, cadence="quarterly", deadline=day("2027-06-30"))),
    # a vague wish: "more" gives a direction (as "più"), "visible" no measure
    case("en", "We need to be way more visible online", "ffwwf", dict(direction="increase")),
    # two objectives: the first (double SQLs from referrals) is read. 50 * 2 = 100 > best 60
    case("en", "Double SQLs from referrals and halve CAC by the end of 2027", "wpfpp",
         entries("sql", 100.0, kind="relative", deadline=day("2027-12-31"), filters={"source": "Referral"}), **SQLS),
    # "within 9 months" is 25/08/2027. 90 * 0,85 = 76,5 < lower quartile 85, >= best 75
    case("en", "Shrink our sales cycle by 15% within 9 months", "ppwpp",
         step("velocity", "lead", "customer", 76.5, direction="decrease", unit="days", kind="relative",
              deadline=day("2027-08-25")), **CYCLE),
    # a deadline in the past: no window, no data
    case("en", "Grow MQLs from the newsletter to 130 by 31 August 2026", "ppwpf",
         entries("mql", 130.0, deadline=day("2026-08-31"), filters={"source": "Newsletter"})),
]
