"""The proof corpus of issue 14: objectives written the way Italian and English sales and marketing managers
write them (OKR key results, plans, blog examples, a Monday-morning message), adapted to this tool's measures,
with the fields a careful reader takes from each and the status of every SMART criterion.

The expectations are a human expert's, under docs/metrics.md and the issue's rules ("Judge fairly"), not what
the parser happens to output. Every case is read right, and none can be excused: case() takes no xfail mark, so a
misreading fails its test.

Statuses are written specific, measurable, achievable, relevant, time-bound as in test_smart_statements.py.
The rules the expectations apply:
- Specific: a measure and a direction pass; two objectives in one sentence warn (split them); none fail.
- Measurable: with data, a target passes (a stated start far from the data's warns, side by side); with no
  data yet, an absolute target passes and a relative one warns; a decrease beyond 100% fails.
- Achievable: beyond the best window fails, beyond the upper quartile warns (on a growing business the
  history is read with its trend); a target the window just before already reached warns (it asks for no
  change); manual KPIs, unknown targets and missing history warn.
- Relevant: shared by Marketing and Sales and tied to the journey passes; no measure, or a manual KPI with no
  parent, warns.
- Time-bound: within two years passes, beyond warns, past, missing or unreadable fails.

A deadline-less objective has no window to measure a baseline on, so those cases carry no data, as
objectives.context() would give them."""

from __future__ import annotations

import copy
import random
from datetime import date
from unittest.mock import ANY

import pytest

from smarketing import drafting, objectives, smart, smartwords, vocabulary
from tests.unit.test_smart_statements import BOTH, STATUS, TODAY, VOCABULARY, assert_statement

day = date.fromisoformat


def data(baseline, *earlier):
    """A metric's baseline (the window just before the start) and its history, newest window first."""
    return dict(baseline=baseline, history=[baseline, *earlier])


# Histories of each measure on the store, newest window first; quartiles (inclusive) worked out beside them.
LEADS = data(400, 380, 450, 420, 360)             # upper quartile 420, best 450
MQLS = data(100, 90, 120, 110, 95)                # upper quartile 110, best 120
SQLS = data(50, 45, 60, 55, 40)                   # upper quartile 55, best 60
OPPORTUNITIES = data(60, 55, 70, 65, 50)          # upper quartile 65, best 70
CUSTOMERS = data(20, 18, 25, 22, 15)              # upper quartile 22, best 25
WON = data(400000, 380000, 500000, 450000, 350000)    # upper quartile 450.000, best 500.000
WON_PMI = data(200000, 180000, 260000, 240000, 170000)  # upper quartile 240.000, best 260.000
CPL = data(50, 55, 42, 48, 60)                    # lower quartile 48, best 42
COST_MQL = data(80, 85, 70, 75, 90)               # lower quartile 75, best 70
COST_SQL = data(350, 380, 290, 320, 400)          # lower quartile 320, best 290
CAC = data(1200, 1300, 1000, 1100, 1400)          # lower quartile 1.100, best 1.000
MQL_SQL = data(0.2, 0.18, 0.26, 0.23, 0.16)       # upper quartile 23%, best 26%
LEAD_MQL = data(0.3, 0.28, 0.36, 0.33, 0.25)      # upper quartile 33%, best 36%
OPP_CUSTOMER = data(0.3, 0.28, 0.36, 0.33, 0.25)  # upper quartile 33%, best 36%
WIN_RATE = data(0.25, 0.22, 0.32, 0.28, 0.2)      # upper quartile 28%, best 32%
CYCLE = data(90, 95, 75, 85, 100)                 # lower quartile 85, best 75
CYCLE_100 = data(100, 105, 85, 95, 110)           # lower quartile 95, best 85
MQL_SQL_DAYS = data(4, 4.5, 3, 3.5, 5)            # lower quartile 3,5, best 3
ACCEPTANCE = data(0.6, 0.55, 0.75, 0.7, 0.5)      # upper quartile 70%, best 75%
WITHIN = data(0.78, 0.74, 0.86, 0.82, 0.7)         # upper quartile 82%, best 86%
ACCEPT_DAYS = data(3, 3.5, 2, 2.5, 4)             # lower quartile 2,5, best 2
ROI = data(1.2, 1.0, 1.6, 1.4, 0.9)               # upper quartile 140%, best 160%
GROWING_SQLS = data(100, 94, 88, 82, 76)          # every window better than the one before
GROWING_CUSTOMERS = data(40, 37, 34, 31, 28)
FALLING_CPL = data(40, 44, 48, 52, 56)
SHRINKING_SQLS = data(76, 82, 88, 94, 100)


def case(lang, text, statuses, fields, *, baseline=None, history=(), owners=BOTH, parent=None):
    # no case can be excused (an xfail mark would hide a misreading): the share read right rose from 78 before
    # issue 14's work to 121 at 7572b41 and to all 190 with amounts in dollars and pounds
    return pytest.param(lang, text, statuses, fields, baseline, list(history), owners, parent,
                        id=f"{lang}-{text[:60]}")


def entries(stage, target=None, *, kind=None, **more):
    """The fields of a count of entries into a stage, increasing unless told otherwise."""
    unit = "count" if target is not None or kind else None
    fields = dict(metric="stage_entries", stage=stage, direction="increase", target=target, target_unit=unit)
    if kind:
        fields["target_kind"] = kind
    return fields | more


def money(metric, target=None, *, direction, kind=None, **more):
    fields = dict(metric=metric, direction=direction, target=target, target_unit="EUR")
    if kind:
        fields["target_kind"] = kind
    return fields | more


def rate(metric, target=None, *, direction="increase", kind=None, **more):
    fields = dict(metric=metric, direction=direction, target=target, target_unit="ratio")
    if kind:
        fields["target_kind"] = kind
    return fields | more


def step(metric, a, b, target=None, *, direction, unit, kind=None, **more):
    fields = dict(metric=metric, from_stage=a, to_stage=b, direction=direction, target=target, target_unit=unit)
    if kind:
        fields["target_kind"] = kind
    return fields | more


def days(metric, target, *, direction="decrease", **more):
    return dict(metric=metric, direction=direction, target=target, target_unit="days") | more


def manual(target=None, *, direction="increase", unit="score", cadence="weekly", **more):
    return dict(metric="manual", direction=direction, target=target, target_unit=unit if target is not None
                else None, cadence=cadence) | more


CASES = [
    # ---- deadlines as people write them (the list first) -----------------------------------------
    case("it", "Generare 120 MQL entro marzo", "ppwpp",
         entries("mql", 120.0, deadline=day("2027-03-31")), **MQLS),
    case("it", "Aumentare i nuovi clienti del 10% in Q1", "ppppp",
         entries("customer", 22.0, kind="relative", start=day("2027-01-01"), deadline=day("2027-03-31")), **CUSTOMERS),
    case("it", "Portare gli SQL a 55 nel primo trimestre", "ppppp",
         entries("sql", 55.0, start=day("2027-01-01"), deadline=day("2027-03-31")), **SQLS),
    case("en", "Reach EUR 450,000 in won revenue by the end of 2027", "ppppp",
         money("won_value", 450000.0, direction="increase", deadline=day("2027-12-31")), **WON),
    case("it", "Acquisire 22 nuovi clienti entro il 2027", "ppppp",
         entries("customer", 22.0, deadline=day("2027-12-31")), **CUSTOMERS),
    case("it", "Ridurre il CAC a 1.100 euro entro fine trimestre", "ppppp",
         money("cac", 1100.0, direction="decrease", deadline=day("2026-12-31")), **CAC),
    # cost per MQL is a metric of docs/metrics.md ("Spend and return") the objectives must learn (issue 14)
    case("en", "Cut the cost per MQL to EUR 75 by the end of next quarter", "ppppp",
         money("cost_per_mql", 75.0, direction="decrease", deadline=day("2027-03-31")), **COST_MQL),
    case("it", "Portare il tasso di vincita al 28% entro la fine del primo semestre 2027", "ppppp",
         rate("win_rate", 0.28, deadline=day("2027-06-30")), **WIN_RATE),
    case("it", "Nei prossimi 6 mesi generare 420 lead da Google Ads", "ppppp",
         entries("lead", 420.0, deadline=day("2027-05-25"), filters={"source": "Google Ads"}), **LEADS),
    case("en", "Double MQLs from webinars by Q3", "ppfpp",
         entries("mql", 200.0, kind="relative", deadline=day("2027-09-30"), filters={"source": "Webinar"}),
         **MQLS),
    # a far horizon is a deadline that warns; a new store: an absolute target still passes Measurable
    case("it", "Raggiungere 5 milioni di euro di fatturato entro il 2030", "ppwpw",
         money("won_value", 5000000.0, direction="increase", deadline=day("2030-12-31"))),
    # a typo date is quoted back and refused, never guessed (and with no window there is no baseline)
    case("it", "Chiudere 30 contratti entro il 31/12/20277", "ppwpf", entries("customer", 30.0)),
    case("it", "Raddoppiare i clienti in 99999999 anni", "pwwpf", entries("customer", kind="relative")),
    case("it", "Generare 110 MQL entro giugno", "ppppp", entries("mql", 110.0, deadline=day("2027-06-30")), **MQLS),
    case("it", "Chiudere 25 nuovi clienti entro dicembre", "ppwpp",
         entries("customer", 25.0, deadline=day("2026-12-31")), **CUSTOMERS),
    case("en", "Win 22 new customers in Q2 2027", "ppppp",
         entries("customer", 22.0, start=day("2027-04-01"), deadline=day("2027-06-30")), **CUSTOMERS),
    case("it", "Aumentare le opportunità del 5% entro il Q4", "ppppp",
         entries("opportunity", 63.0, kind="relative", deadline=day("2026-12-31")), **OPPORTUNITIES),
    # "this quarter" names the quarter itself, from its first day, as "Q4" does
    case("en", "Increase opportunities by 5% this quarter", "ppppp",
         entries("opportunity", 63.0, kind="relative", start=day("2026-10-01"), deadline=day("2026-12-31")),
         **OPPORTUNITIES),
    case("it", "Portare la conversione MQL-SQL al 23% entro il 30/06/27", "ppppp",
         step("conversion", "mql", "sql", 0.23, direction="increase", unit="ratio", deadline=day("2027-06-30")),
         **MQL_SQL),
    case("it", "Generare 410 lead entro il 31.3.2027", "ppppp",
         entries("lead", 410.0, deadline=day("2027-03-31")), **LEADS),
    case("it", "Aumentare gli SQL del 10% a fine 2027", "ppppp",
         entries("sql", 55.0, kind="relative", deadline=day("2027-12-31")), **SQLS),
    case("it", "Generare 115 MQL entro la fine di gennaio", "ppwpp",
         entries("mql", 115.0, deadline=day("2027-01-31")), **MQLS),
    case("en", "Generate 115 MQLs by end of January", "ppwpp",
         entries("mql", 115.0, deadline=day("2027-01-31")), **MQLS),
    # the pipeline's deals or their value: not guessed (a green tick on the count was read for the value)
    case("en", "Grow pipeline by 20% by H1 2027", "ffwwp",
         dict(metric=None, stage=None, direction="increase", target=72.0, target_kind="relative", target_unit=None,
              deadline=day("2027-06-30")), **OPPORTUNITIES),
    case("it", "Aumentare il fatturato del 10% nel 2027", "ppppp",
         money("won_value", 440000.0, direction="increase", kind="relative",
               start=day("2027-01-01"), deadline=day("2027-12-31")), **WON),
    case("it", "Entro il 15 gennaio generare 60 SQL", "ppwpp",
         entries("sql", 60.0, deadline=day("2027-01-15")), **SQLS),
    case("en", "Book 65 opportunities by March 31st, 2027", "ppppp",
         entries("opportunity", 65.0, deadline=day("2027-03-31")), **OPPORTUNITIES),
    # last year's plan pasted again: the deadline has passed, so there is no window either
    case("it", "Generare 100 SQL entro il 30 giugno 2026", "ppwpf",
         entries("sql", 100.0, deadline=day("2026-06-30"))),
    case("it", "Aumentare i lead del 10% entro il 31 dicembre", "ppwpp",
         entries("lead", 440.0, kind="relative", deadline=day("2026-12-31")), **LEADS),
    case("en", "Increase leads 10% by year end", "ppwpp",
         entries("lead", 440.0, kind="relative", deadline=day("2026-12-31")), **LEADS),
    case("it", "Entro l'anno prossimo acquisire 200 nuovi clienti", "ppfpp",
         entries("customer", 200.0, deadline=day("2027-12-31")), **CUSTOMERS),
    case("it", "Generare 110 MQL entro il prossimo trimestre", "ppppp",
         entries("mql", 110.0, deadline=day("2027-03-31")), **MQLS),
    case("en", "Generate 420 leads within the next 90 days", "ppppp",
         entries("lead", 420.0, deadline=day("2027-02-23")), **LEADS),
    case("it", "In 12 settimane portare gli MQL a 105", "ppppp",
         entries("mql", 105.0, deadline=day("2027-02-17")), **MQLS),
    case("it", "Aumentare i lead del 20% entro il 2030", "ppfpw",
         entries("lead", 480.0, kind="relative", deadline=day("2030-12-31")), **LEADS),
    case("it", "Generare 110 MQL entro il 31/03", "ppppp", entries("mql", 110.0, deadline=day("2027-03-31")), **MQLS),

    # ---- money: an amount is won value (or the cost the sentence names), never a count -------------------
    case("it", "Chiudere contratti per 1.500.000 € entro il 31/12/2027", "ppwpp",
         money("won_value", 1500000.0, direction="increase", deadline=day("2027-12-31"))),
    case("it", "Fatturare € 250.000 dai clienti PMI entro giugno 2027", "ppwpp",
         money("won_value", 250000.0, direction="increase", deadline=day("2027-06-30"),
               filters={"segment": "PMI"}), **WON_PMI),
    case("it", "Portare a casa 50 mila euro di nuovi contratti dalle fiere entro marzo", "ppwpp",
         money("won_value", 50000.0, direction="increase", deadline=day("2027-03-31"),
               filters={"source": "Fiere"})),
    case("it", "Generare 50k€ di fatturato da LinkedIn entro fine Q1 2027", "ppwpp",
         money("won_value", 50000.0, direction="increase", deadline=day("2027-03-31"),
               filters={"source": "LinkedIn"})),
    case("en", "Close €160k in new business from referrals by Q2 2027", "ppwpp",
         money("won_value", 160000.0, direction="increase", deadline=day("2027-06-30"),
               filters={"source": "Referral"})),
    case("it", "Raggiungere 250.000 euro di fatturato entro il 2027", "ppwpp",
         money("won_value", 250000.0, direction="increase", deadline=day("2027-12-31"))),
    case("it", "Ridurre il costo per lead a 45 € entro marzo 2027", "ppwpp",
         money("cpl", 45.0, direction="decrease", deadline=day("2027-03-31")), **CPL),
    case("it", "Costo per SQL sotto i 300 euro entro il Q2 2027", "ppwpp",
         money("cost_per_sql", 300.0, direction="decrease", deadline=day("2027-06-30")), **COST_SQL),
    case("en", "Bring CAC down to €1.1k by end of Q1 2027", "ppppp",
         money("cac", 1100.0, direction="decrease", deadline=day("2027-03-31")), **CAC),
    # a revenue level with no verb is still one to reach: won value only adds up
    case("it", "Fatturato di 2 milioni di euro entro il 31/12/2027", "ppwpp",
         money("won_value", 2000000.0, direction="increase", deadline=day("2027-12-31"))),
    case("en", "EUR 1.2M won revenue from Enterprise by 31/12/2027", "ppwpp",
         money("won_value", 1200000.0, direction="increase", deadline=day("2027-12-31"),
               filters={"segment": "Enterprise"})),
    # the stated start is within a tenth of the data's: no warning
    case("it", "Ridurre il CAC da 1.300 € a 1.150 € entro giugno 2027", "ppppp",
         money("cac", 1150.0, direction="decrease", stated_baseline=1300.0, deadline=day("2027-06-30")), **CAC),
    case("it", "300K euro di ricavi dal canale webinar entro fine anno", "ppwpp",
         money("won_value", 300000.0, direction="increase", deadline=day("2026-12-31"),
               filters={"source": "Webinar"})),
    case("it", "Raggiungere 1,5 mln € di fatturato entro il 2027", "ppwpp",
         money("won_value", 1500000.0, direction="increase", deadline=day("2027-12-31"))),
    case("it", "Raggiungere 450.000 € di valore vinto dal segmento PMI entro il 31/12/2027", "ppppp",
         money("won_value", 450000.0, direction="increase", deadline=day("2027-12-31"),
               filters={"segment": "PMI"}), **WON),

    # ---- money in another currency than the company's (EUR here): read as money, never as a count, and
    # never compared with the euros in the data
    case("it", "Chiudere contratti per 1.500.000 $ entro il 31/12/2027", "pwwpp",
         money("won_value", 1500000.0, direction="increase", target_unit="USD", deadline=day("2027-12-31"))),
    case("en", "Raise revenue to USD 2M by Q4 2027", "pwwpp",
         money("won_value", 2000000.0, direction="increase", target_unit="USD", deadline=day("2027-12-31"))),
    case("en", "Cut CAC to £900 by June 2027", "pwwpp",
         money("cac", 900.0, direction="decrease", target_unit="GBP", deadline=day("2027-06-30"))),

    # ---- service levels: a share of MQLs accepted within a time (hours, working days), the objective's own
    # deadline apart. No share named is every one (100%); no deadline of its own fails Time-bound, and leaves no
    # window for a baseline. WITHIN is the history of the share accepted within the time.
    case("it", "Rispondere ai MQL entro 48 ore", "ppwpf", rate("sla", 1.0, threshold=48.0, threshold_unit="hours")),
    case("it", "Ricontattare il 90% degli MQL entro 2 giorni lavorativi entro fine Q1 2027", "ppfpp",
         rate("sla", 0.9, threshold=2.0, threshold_unit="working_days", deadline=day("2027-03-31")), **WITHIN),
    case("it", "Rispondere alle richieste di preventivo entro 2 giorni lavorativi entro marzo 2027", "ppfpp",
         rate("sla", 1.0, threshold=2.0, threshold_unit="working_days", deadline=day("2027-03-31")), **WITHIN),
    case("en", "Respond to 95% of MQLs within 24 hours by end of Q1 2027", "ppfpp",
         rate("sla", 0.95, threshold=24.0, threshold_unit="hours", deadline=day("2027-03-31")), **WITHIN),
    case("it", "Ridurre i tempi di presa in carico degli MQL da 4 a 2 giorni entro giugno 2027", "pwwpp",
         days("sla_days", 2.0, stated_baseline=4.0, deadline=day("2027-06-30")), **ACCEPT_DAYS),
    case("en", "Cut MQL-to-SQL handoff time to 2.5 days by Q2 2027", "ppppp",
         days("sla_days", 2.5, deadline=day("2027-06-30")), **ACCEPT_DAYS),
    case("it", "Portare il tasso di accettazione degli MQL dal 60% al 70% entro giugno 2027", "ppppp",
         rate("sla", 0.7, stated_baseline=0.6, deadline=day("2027-06-30")), **ACCEPTANCE),
    # hot leads are the MQLs
    case("it", "Garantire che il 100% dei lead caldi venga richiamato entro 24 ore", "ppwpf",
         rate("sla", 1.0, threshold=24.0, threshold_unit="hours")),
    case("it", "Portare all'85% gli MQL ricontattati entro 24 ore entro giugno 2027", "ppwpp",
         rate("sla", 0.85, threshold=24.0, threshold_unit="hours", deadline=day("2027-06-30")), **WITHIN),
    case("en", "Follow up on 80% of inbound MQLs within 1 business day by Q2 2027", "ppppp",
         rate("sla", 0.8, threshold=1.0, threshold_unit="working_days", deadline=day("2027-06-30")), **WITHIN),
    # a month is a deadline, not the time of one answer: 500 leads to contact by then
    case("it", "Contattare 500 lead entro 30 giorni", "ppwpp", entries("lead", 500.0, deadline=day("2026-12-25"))),

    # ---- metrics: costs per stage, win rate, conversion as a share, hand-off time, manual KPIs -----------
    case("it", "Ridurre il costo per MQL del 10% entro il primo semestre 2027", "ppwpp",
         money("cost_per_mql", 72.0, direction="decrease", kind="relative", deadline=day("2027-06-30")),
         **COST_MQL),
    case("en", "Lower cost per SQL by 15% by Q3 2027", "ppwpp",
         money("cost_per_sql", 297.5, direction="decrease", kind="relative", deadline=day("2027-09-30")),
         **COST_SQL),
    case("it", "Alzare il tasso di chiusura al 30% entro il 2027", "ppwpp",
         rate("win_rate", 0.3, deadline=day("2027-12-31")), **WIN_RATE),
    case("en", "Lift win rate from 25% to 32% by end of Q2 2027", "ppwpp",
         rate("win_rate", 0.32, stated_baseline=0.25, deadline=day("2027-06-30")), **WIN_RATE),
    # a share of MQLs that become SQLs is the MQL -> SQL conversion, not more MQLs
    case("it", "Portare la quota di MQL che diventano SQL dal 20% al 26% entro giugno 2027", "ppwpp",
         step("conversion", "mql", "sql", 0.26, direction="increase", unit="ratio", stated_baseline=0.2,
              deadline=day("2027-06-30")), **MQL_SQL),
    # churn and NPS are manual KPIs; a percent is kept as a ratio, and the cadence of their check-ins is read:
    # weekly only when nothing is said
    case("it", "Ridurre il churn mensile sotto il 3% entro fine 2027", "ppwwp",
         manual(0.03, direction="decrease", unit="ratio", cadence="monthly", deadline=day("2027-12-31"))),
    # "rilevazione trimestrale" is a cadence, no deadline
    case("it", "Portare l'NPS a 50 entro giugno 2027 con rilevazione trimestrale", "ppwwp",
         manual(50.0, cadence="quarterly", deadline=day("2027-06-30"))),
    # tied to a parent objective, so Relevant passes
    case("en", "Raise NPS to 45 by Q4 2027 (quarterly survey)", "ppwpp",
         manual(45.0, cadence="quarterly", deadline=day("2027-12-31")), parent=1),
    case("it", "Aumentare la soddisfazione clienti a 8,5 su 10 entro fine anno, rilevazione mensile", "ppwwp",
         manual(8.5, cadence="monthly", deadline=day("2026-12-31"))),
    case("en", "Reduce customer churn to 2% a month by end of 2027", "ppwwp",
         manual(0.02, direction="decrease", unit="ratio", cadence="monthly", deadline=day("2027-12-31"))),
    case("it", "Misurare ogni mese l'NPS e portarlo a 40 entro giugno 2027", "ppwwp",
         manual(40.0, cadence="monthly", deadline=day("2027-06-30"))),
    case("en", "Weekly pulse: team confidence at 8/10 by end of Q1 2027", "ppwwp",
         manual(8.0, deadline=day("2027-03-31"))),
    case("it", "Ridurre il tasso di abbandono dei clienti dal 12% all'8% entro il 2027", "ppwwp",
         manual(0.08, direction="decrease", unit="ratio", stated_baseline=0.12, deadline=day("2027-12-31"))),
    case("it", "Portare il ROI delle campagne LinkedIn al 140% entro giugno 2027", "ppppp",
         rate("roi", 1.4, deadline=day("2027-06-30"), filters={"source": "LinkedIn"}), **ROI),
    # a stated start different from the data's is shown side by side: Measurable warns
    case("it", "Accorciare il ciclo di vendita da 120 a 90 giorni entro il 2027", "pwwpp",
         step("velocity", "lead", "customer", 90.0, direction="decrease", unit="days", stated_baseline=120.0,
              deadline=day("2027-12-31")), **CYCLE_100),
    case("en", "Shorten the sales cycle from 120 to 90 days by the end of 2027", "pwwpp",
         step("velocity", "lead", "customer", 90.0, direction="decrease", unit="days", stated_baseline=120.0,
              deadline=day("2027-12-31")), **CYCLE_100),
    case("it", "Ridurre i giorni tra MQL e SQL a 3 entro marzo 2027", "ppwpp",
         step("velocity", "mql", "sql", 3.0, direction="decrease", unit="days", deadline=day("2027-03-31")),
         **MQL_SQL_DAYS),
    case("it", "Aumentare il tasso di conversione da opportunità a cliente al 35% entro il 2027", "ppwpp",
         step("conversion", "opportunity", "customer", 0.35, direction="increase", unit="ratio",
              deadline=day("2027-12-31")), **OPP_CUSTOMER),
    # "improve" with a from-to says which way
    case("en", "Improve lead-to-MQL conversion from 30% to 33% by Q2 2027", "ppppp",
         step("conversion", "lead", "mql", 0.33, direction="increase", unit="ratio", stated_baseline=0.3,
              deadline=day("2027-06-30")), **LEAD_MQL),

    # ---- directions -----------------------------------------------------------------------------------------
    case("it", "Conquistare 22 nuovi clienti nel segmento Enterprise entro giugno 2027", "ppppp",
         entries("customer", 22.0, deadline=day("2027-06-30"), filters={"segment": "Enterprise"}), **CUSTOMERS),
    case("it", "Acquisire 25 nuovi clienti PMI entro il 2027", "ppwpp",
         entries("customer", 25.0, deadline=day("2027-12-31"), filters={"segment": "PMI"}), **CUSTOMERS),
    case("it", "Fatturare 450.000 euro entro fine 2027", "ppppp",
         money("won_value", 450000.0, direction="increase", deadline=day("2027-12-31")), **WON),
    case("it", "Raddoppiare gli MQL da LinkedIn entro giugno 2027", "ppfpp",
         entries("mql", 200.0, kind="relative", deadline=day("2027-06-30"), filters={"source": "LinkedIn"}),
         **MQLS),
    case("it", "Dimezzare il costo per lead entro il 2027", "ppfpp",
         money("cpl", 25.0, direction="decrease", kind="relative", deadline=day("2027-12-31")), **CPL),
    case("it", "Portare al doppio le opportunità da webinar entro il primo semestre 2027", "ppfpp",
         entries("opportunity", 120.0, kind="relative", deadline=day("2027-06-30"), filters={"source": "Webinar"}),
         **OPPORTUNITIES),
    case("en", "Lift SQLs from trade fairs by 10% by Q2 2027", "ppppp",
         entries("sql", 55.0, kind="relative", deadline=day("2027-06-30"), filters={"source": "Fiere"}), **SQLS),
    case("en", "Double new customers from referrals by Q3", "ppfpp",
         entries("customer", 40.0, kind="relative", deadline=day("2027-09-30"), filters={"source": "Referral"}),
         **CUSTOMERS),
    case("en", "Cut cost per lead by 20% by Q2 2027", "ppfpp",
         money("cpl", 40.0, direction="decrease", kind="relative", deadline=day("2027-06-30")), **CPL),
    case("en", "Halve CAC by end of 2027", "ppfpp",
         money("cac", 600.0, direction="decrease", kind="relative", deadline=day("2027-12-31")), **CAC),
    # "portare a N" below today's level is a decrease (the reason says so)
    case("it", "Portare il CAC a 1.150 euro entro marzo 2027", "ppppp",
         money("cac", 1150.0, direction="decrease", deadline=day("2027-03-31")), **CAC),
    case("it", "Portare il ciclo di vendita a 80 giorni entro giugno 2027", "ppwpp",
         step("velocity", "lead", "customer", 80.0, direction="decrease", unit="days", deadline=day("2027-06-30")),
         **CYCLE),
    case("en", "Bring the sales cycle to 85 days by Q2 2027", "ppppp",
         step("velocity", "lead", "customer", 85.0, direction="decrease", unit="days", deadline=day("2027-06-30")),
         **CYCLE),
    case("it", "Triplicare i lead da LinkedIn entro il 2027", "ppfpp",
         entries("lead", 1200.0, kind="relative", deadline=day("2027-12-31"), filters={"source": "LinkedIn"}),
         **LEADS),
    case("it", "Tagliare del 10% il costo per contatto entro giugno 2027", "ppwpp",
         money("cpl", 45.0, direction="decrease", kind="relative", deadline=day("2027-06-30")), **CPL),
    case("en", "Boost SQL volume by 10% in Q1", "ppppp",
         entries("sql", 55.0, kind="relative", start=day("2027-01-01"), deadline=day("2027-03-31")), **SQLS),

    # ---- stated starting points -----------------------------------------------------------------------------
    case("it", "Portare gli SQL da 40 a 55 entro marzo 2027", "pwppp",
         entries("sql", 55.0, stated_baseline=40.0, deadline=day("2027-03-31")), **SQLS),
    case("en", "Increase MQL to SQL conversion from 15% to 23% by Q2 2027", "pwppp",
         step("conversion", "mql", "sql", 0.23, direction="increase", unit="ratio", stated_baseline=0.15,
              deadline=day("2027-06-30")), **MQL_SQL),
    case("it", "Ridurre il costo per lead da 50 a 45 euro entro il 2027", "ppwpp",
         money("cpl", 45.0, direction="decrease", stated_baseline=50.0, deadline=day("2027-12-31")), **CPL),
    case("it", "Portare i nuovi clienti da 20 a 22 entro marzo 2027", "ppppp",
         entries("customer", 22.0, stated_baseline=20.0, deadline=day("2027-03-31")), **CUSTOMERS),

    # ---- a decrease beyond 100% cannot be measured (nor reached); the level it gives is meaningless -------
    case("it", "Ridurre il CAC del 150% entro il 2027", "pffpp",
         money("cac", ANY, direction="decrease", kind="relative", deadline=day("2027-12-31")), **CAC),
    case("en", "Reduce cost per lead by 150% by Q2 2027", "pffpp",
         money("cpl", ANY, direction="decrease", kind="relative", deadline=day("2027-06-30")), **CPL),

    # ---- two objectives in one sentence: Specific warns to split them; the first one is read ---------------
    case("it", "Aumentare gli MQL del 10% e ridurre il costo per lead del 10% entro giugno 2027", "wpppp",
         entries("mql", 110.0, kind="relative", deadline=day("2027-06-30")), **MQLS),
    case("en", "Grow SQLs by 10% and cut CAC to EUR 1,100 by Q2 2027", "wpppp",
         entries("sql", 55.0, kind="relative", deadline=day("2027-06-30")), **SQLS),
    case("it", "Generare 110 MQL e chiudere 22 nuovi clienti entro marzo 2027", "wpppp",
         entries("mql", 110.0, deadline=day("2027-03-31")), **MQLS),

    # ---- vague wishes ---------------------------------------------------------------------------------------
    # "le vendite" alone says neither count nor value: no measure is named
    case("it", "Migliorare le vendite", "ffwwf", {}),
    # the same with a percent: a count or the money won? The reader asks instead of picking one
    case("it", "Aumentare le vendite del 10% entro giugno 2027", "ffwwp",
         dict(direction="increase", target_given=0.1, target_kind="relative",
              deadline=day("2027-06-30"))),
    # with a count, "vendite" are sales closed: new customers
    case("it", "Chiudere 22 vendite entro marzo 2027", "ppppp", entries("customer", 22.0, deadline=day("2027-03-31")),
         **CUSTOMERS),
    case("it", "Aumentare la visibilità del brand entro il 2027", "ffwwp",
         dict(direction="increase", deadline=day("2027-12-31"))),
    case("en", "Boost brand awareness in 2027", "ffwwp",
         dict(direction="increase", start=day("2027-01-01"), deadline=day("2027-12-31"))),
    case("it", "Fare meglio dell'anno scorso", "ffwwf", {}),
    # "più" says more of something, though not of what: a direction without a measure, as "Vendere di più"
    case("it", "Essere più presenti sui social", "ffwwf", dict(direction="increase")),
    case("en", "Improve sales and marketing alignment", "ffwwf", dict(metric="manual", cadence="weekly")),
    case("it", "Crescere", "ffwwf", dict(direction="increase")),
    case("it", "Ottimizzare il funnel di vendita entro Q2 2027", "ffwwp", dict(deadline=day("2027-06-30"))),
    case("en", "Generate more pipeline", "pfwpf", entries("opportunity")),
    case("it", "Più lead, subito!", "pfwpf", entries("lead")),
    case("it", "Vendere tanto entro fine anno", "ffwwp", dict(direction="increase", deadline=day("2026-12-31"))),

    # ---- typos, shorthand, informal writing -----------------------------------------------------------------
    case("it", "aumentre i lead da linkedin del 5% entro giugno 2027", "ppppp",
         entries("lead", 420.0, kind="relative", deadline=day("2027-06-30"), filters={"source": "LinkedIn"}),
         **LEADS),
    case("it", "Raddopiare i clienti enterprise entro il 2027", "ppfpp",
         entries("customer", 40.0, kind="relative", deadline=day("2027-12-31"), filters={"segment": "Enterprise"}),
         **CUSTOMERS),
    case("it", "+20% SQL entro Q2 2027", "ppwpp",
         entries("sql", 60.0, kind="relative", deadline=day("2027-06-30")), **SQLS),
    case("it", "MQL x2 entro giugno 2027", "ppfpp",
         entries("mql", 200.0, kind="relative", deadline=day("2027-06-30")), **MQLS),
    case("it", "cpl < 45€ entro marzo 2027", "ppwpp",
         money("cpl", 45.0, direction="decrease", deadline=day("2027-03-31")), **CPL),
    case("en", "win rate 30% by Q2 2027", "ppwpp", rate("win_rate", 0.3, deadline=day("2027-06-30")), **WIN_RATE),
    case("it", "AUMENTARE I NUOVI CLIENTI DEL 10% ENTRO IL 31/03/2027", "ppppp",
         entries("customer", 22.0, kind="relative", deadline=day("2027-03-31")), **CUSTOMERS),
    case("it", "🚀 +5% lead da Google Ads entro fine trimestre", "ppppp",
         entries("lead", 420.0, kind="relative", deadline=day("2026-12-31"), filters={"source": "Google Ads"}),
         **LEADS),
    case("it", "portare le opportunita a 65 entro giugno 2027", "ppppp",
         entries("opportunity", 65.0, deadline=day("2027-06-30")), **OPPORTUNITIES),
    case("it", "Aumentare il fatturto del 10% entro il 2027", "ppppp",
         money("won_value", 440000.0, direction="increase", kind="relative", deadline=day("2027-12-31")), **WON),
    # a real word one letter from a measure is not mended: "fatture" are invoices, not revenue
    case("it", "Ridurre le fatture insolute del 10% entro il 2027", "ffwwp",
         dict(direction="decrease", target_given=-0.1, target_kind="relative",
              deadline=day("2027-12-31"))),
    case("it", "Aumentare la convesione MQL→SQL al 23% entro giugno 2027", "ppppp",
         step("conversion", "mql", "sql", 0.23, direction="increase", unit="ratio", deadline=day("2027-06-30")),
         **MQL_SQL),
    case("it", "nuovi clienti: +10% entro Q1 '27", "ppppp",
         entries("customer", 22.0, kind="relative", deadline=day("2027-03-31")), **CUSTOMERS),
    case("en", "Hit 110 MQLs by end of Q1 '27", "ppppp", entries("mql", 110.0, deadline=day("2027-03-31")), **MQLS),
    case("it", "Obiettivo Q1: 110 MQL dai webinar", "ppppp",
         entries("mql", 110.0,
                 start=day("2027-01-01"), deadline=day("2027-03-31"), filters={"source": "Webinar"}), **MQLS),
    case("it", "Ciclo di vendita: scendere sotto gli 85 gg entro giugno '27", "ppppp",
         step("velocity", "lead", "customer", 85.0, direction="decrease", unit="days", deadline=day("2027-06-30")),
         **CYCLE),
    case("en", "Q2 2027 OKR - KR1: 60 SQLs from LinkedIn", "ppwpp",
         entries("sql", 60.0, start=day("2027-04-01"), deadline=day("2027-06-30"), filters={"source": "LinkedIn"}),
         **SQLS),

    # ---- a growing business: history read with its trend, so +5% on the best window ever is not impossible
    case("it", "Aumentare gli SQL del 5% entro marzo 2027", "ppppp",
         entries("sql", 105.0, kind="relative", deadline=day("2027-03-31")), **GROWING_SQLS),
    case("en", "Grow new customers by 5% by Q1 2027", "ppppp",
         entries("customer", 42.0, kind="relative", deadline=day("2027-03-31")), **GROWING_CUSTOMERS),
    # the trend is no licence: +50% is far beyond where the growth heads (106)
    case("it", "Aumentare gli SQL del 50% entro marzo 2027", "ppfpp",
         entries("sql", 150.0, kind="relative", deadline=day("2027-03-31")), **GROWING_SQLS),
    # a cost falling window after window: -5% is where it is heading anyway
    case("it", "Ridurre il CPL del 5% entro marzo 2027", "ppppp",
         money("cpl", 38.0, direction="decrease", kind="relative", deadline=day("2027-03-31")), **FALLING_CPL),
    # a business going backwards may aim at the levels its own history shows: 80 (76 * 1,05 = 79,8) was passed before
    case("en", "Grow SQLs by 5% by March 2027", "ppppp",
         entries("sql", 80.0, kind="relative", deadline=day("2027-03-31")), **SHRINKING_SQLS),

    # ---- a new store with no history yet: absolute targets pass Measurable, relative ones warn ------------
    case("it", "Generare 200 MQL entro giugno 2027", "ppwpp", entries("mql", 200.0, deadline=day("2027-06-30"))),
    case("it", "Aumentare gli MQL del 20% entro giugno 2027", "pwwpp",
         entries("mql", kind="relative", deadline=day("2027-06-30"))),
    case("en", "Generate 200 MQLs by June 2027", "ppwpp", entries("mql", 200.0, deadline=day("2027-06-30"))),
    case("en", "Increase MQLs by 20% by June 2027", "pwwpp",
         entries("mql", kind="relative", deadline=day("2027-06-30"))),
    case("it", "Aumentare il tasso di conversione da lead a MQL al 35% entro fine Q2 2027", "ppwpp",
         step("conversion", "lead", "mql", 0.35, direction="increase", unit="ratio", deadline=day("2027-06-30"))),
    case("it", "Ridurre il CAC a 900 euro entro il 2027", "ppwpp",
         money("cac", 900.0, direction="decrease", deadline=day("2027-12-31"))),

    # ---- owners -----------------------------------------------------------------------------------------------
    case("it", "Generare 110 MQL entro marzo 2027", "pppfp", entries("mql", 110.0, deadline=day("2027-03-31")),
         owners=[("Anna Rossi", "marketing")], **MQLS),
    case("en", "Close 22 new customers by Q1 2027", "pppfp",
         entries("customer", 22.0, deadline=day("2027-03-31")), owners=[("Bruno Neri", "sales")], **CUSTOMERS),

    # ---- ordinary good objectives ---------------------------------------------------------------------------
    case("it", "Generare 55 SQL dalla regione Sud entro il 31 marzo 2027", "ppppp",
         entries("sql", 55.0, deadline=day("2027-03-31"), filters={"region": "Sud"}), **SQLS),
    case("it", "Aumentare del 5% le opportunità sul prodotto Predicta Cloud entro giugno 2027", "ppppp",
         entries("opportunity", 63.0, kind="relative", deadline=day("2027-06-30"),
                 filters={"product": "Predicta Cloud"}), **OPPORTUNITIES),
    case("it", "Portare la conversione lead→MQL al 33% entro il 30 settembre 2027", "ppppp",
         step("conversion", "lead", "mql", 0.33, direction="increase", unit="ratio", deadline=day("2027-09-30")),
         **LEAD_MQL),
    case("it", "Ridurre il ciclo di vendita medio a 85 giorni entro fine giugno 2027", "ppppp",
         step("velocity", "lead", "customer", 85.0, direction="decrease", unit="days", deadline=day("2027-06-30")),
         **CYCLE),
    case("it", "Aumentare i lead dalla newsletter del 5% entro il 31/01/2027", "ppppp",
         entries("lead", 420.0, kind="relative", deadline=day("2027-01-31"), filters={"source": "Newsletter"}),
         **LEADS),
    case("it", "Ottenere 22 nuovi clienti dal Centro entro il 30/06/2027", "ppppp",
         entries("customer", 22.0, deadline=day("2027-06-30"), filters={"region": "Centro"}), **CUSTOMERS),
    case("it", "Incrementare del 10% gli MQL da Google Ads entro il 31 maggio 2027", "ppppp",
         entries("mql", 110.0, kind="relative", deadline=day("2027-05-31"), filters={"source": "Google Ads"}),
         **MQLS),
    case("it", "Ridurre il CAC del 5% entro il 30 settembre 2027", "ppppp",
         money("cac", 1140.0, direction="decrease", kind="relative", deadline=day("2027-09-30")), **CAC),
    case("it", "Portare il win rate sul segmento Enterprise dal 25% al 28% entro fine anno", "ppppp",
         rate("win_rate", 0.28, stated_baseline=0.25, deadline=day("2026-12-31"),
              filters={"segment": "Enterprise"}), **WIN_RATE),
    case("it", "Aumentare gli SQL da referral del 10% entro il 31/03/2027", "ppppp",
         entries("sql", 55.0, kind="relative", deadline=day("2027-03-31"), filters={"source": "Referral"}), **SQLS),
    case("it", "Ridurre il tempo di risposta agli MQL a 2,5 giorni entro giugno 2027", "ppppp",
         days("sla_days", 2.5, deadline=day("2027-06-30")), **ACCEPT_DAYS),
    case("it", "Aumentare il ROI del marketing al 140% entro dicembre 2027", "ppppp",
         rate("roi", 1.4, deadline=day("2027-12-31")), **ROI),
    case("it", "Chiudere 22 contratti con clienti Enterprise entro giugno 2027", "ppppp",
         entries("customer", 22.0, deadline=day("2027-06-30"), filters={"segment": "Enterprise"}), **CUSTOMERS),
    case("it", "Aumentare gli MQL generati dai webinar del 15% entro il 30 aprile 2027", "ppwpp",
         entries("mql", 115.0, kind="relative", deadline=day("2027-04-30"), filters={"source": "Webinar"}),
         **MQLS),
    case("it", "Entro il 30/06/2027 portare le opportunità da LinkedIn a 70", "ppwpp",
         entries("opportunity", 70.0, deadline=day("2027-06-30"), filters={"source": "LinkedIn"}),
         **OPPORTUNITIES),
    case("it", "Aumentare il fatturato dalla regione Nord del 10% entro il 31/12/2027", "ppppp",
         money("won_value", 440000.0, direction="increase", kind="relative", deadline=day("2027-12-31"),
               filters={"region": "Nord"}), **WON),
    case("it", "Generare 420 nuovi contatti dalla ricerca organica entro il 28 febbraio 2027", "ppppp",
         entries("lead", 420.0, deadline=day("2027-02-28"), filters={"source": "Ricerca organica"}), **LEADS),
    case("it", "Portare il tasso di conversione SQL→opportunità al 35% entro fine settembre 2027", "ppwpp",
         step("conversion", "sql", "opportunity", 0.35, direction="increase", unit="ratio",
              deadline=day("2027-09-30")), **OPP_CUSTOMER),
    case("it", "Ridurre il costo per contatto da Google Ads a 48 euro entro il 31 gennaio 2027", "ppppp",
         money("cpl", 48.0, direction="decrease", deadline=day("2027-01-31"), filters={"source": "Google Ads"}),
         **CPL),
    case("it", "Aumentare del 10% il valore dei contratti chiusi sul prodotto Predicta On-Premise entro il 2027",
         "ppppp", money("won_value", 440000.0, direction="increase", kind="relative", deadline=day("2027-12-31"),
                        filters={"product": "Predicta On-Premise"}), **WON),
    case("it", "Generare 65 opportunità dal segmento PMI entro il 31 marzo 2027", "ppppp",
         entries("opportunity", 65.0, deadline=day("2027-03-31"), filters={"segment": "PMI"}), **OPPORTUNITIES),
    case("it", "Portare il tasso di accettazione degli MQL al 70% entro il 31/03/2027", "ppppp",
         rate("sla", 0.7, deadline=day("2027-03-31")), **ACCEPTANCE),
    case("it", "Ridurre del 5% il costo per SQL entro fine giugno 2027", "ppppp",
         money("cost_per_sql", 332.5, direction="decrease", kind="relative", deadline=day("2027-06-30")),
         **COST_SQL),
    case("it", "Aumentare il win rate dal 25% al 32% entro il 30 giugno 2027", "ppwpp",
         rate("win_rate", 0.32, stated_baseline=0.25, deadline=day("2027-06-30")), **WIN_RATE),
    case("it", "Generare 105 MQL dai webinar entro il 28/02/2027", "ppppp",
         entries("mql", 105.0, deadline=day("2027-02-28"), filters={"source": "Webinar"}), **MQLS),
    case("it", "Acquisire 20 nuovi clienti entro marzo 2027", "ppwpp",
         entries("customer", 20.0, deadline=day("2027-03-31")), **CUSTOMERS),
    case("it", "Aumentare le SQL del 10% entro 90 giorni", "ppppp",
         entries("sql", 55.0, kind="relative", deadline=day("2027-02-23")), **SQLS),
    case("it", "Ridurre il ciclo di vendita del 10% entro il 2027", "ppwpp",
         step("velocity", "lead", "customer", 81.0, direction="decrease", unit="days", kind="relative",
              deadline=day("2027-12-31")), **CYCLE),
    case("en", "Generate 110 MQLs from LinkedIn by 31 March 2027", "ppppp",
         entries("mql", 110.0, deadline=day("2027-03-31"), filters={"source": "LinkedIn"}), **MQLS),
    case("en", "Increase SQLs from webinars by 10% by 30 June 2027", "ppppp",
         entries("sql", 55.0, kind="relative", deadline=day("2027-06-30"), filters={"source": "Webinar"}), **SQLS),
    case("en", "Win 22 new Enterprise customers by the end of Q2 2027", "ppppp",
         entries("customer", 22.0, deadline=day("2027-06-30"), filters={"segment": "Enterprise"}), **CUSTOMERS),
    case("en", "Reduce CAC by 5% by 30 September 2027", "ppppp",
         money("cac", 1140.0, direction="decrease", kind="relative", deadline=day("2027-09-30")), **CAC),
    case("en", "Raise MQL to SQL conversion to 23% by June 2027", "ppppp",
         step("conversion", "mql", "sql", 0.23, direction="increase", unit="ratio", deadline=day("2027-06-30")),
         **MQL_SQL),
    case("en", "Increase won revenue from the Nord region by 10% by end of 2027", "ppppp",
         money("won_value", 440000.0, direction="increase", kind="relative", deadline=day("2027-12-31"),
               filters={"region": "Nord"}), **WON),
    case("en", "Reduce the sales cycle to 85 days by June 30, 2027", "ppppp",
         step("velocity", "lead", "customer", 85.0, direction="decrease", unit="days", deadline=day("2027-06-30")),
         **CYCLE),
    case("en", "Raise the MQL acceptance rate from 60% to 70% by Q2 2027", "ppppp",
         rate("sla", 0.7, stated_baseline=0.6, deadline=day("2027-06-30")), **ACCEPTANCE),
    case("en", "Grow Predicta Cloud opportunities by 5% by 31/03/2027", "ppppp",
         entries("opportunity", 63.0, kind="relative", deadline=day("2027-03-31"),
                 filters={"product": "Predicta Cloud"}), **OPPORTUNITIES),
    case("en", "Bring ROI on Google Ads campaigns to 140% by the end of Q3 2027", "ppppp",
         rate("roi", 1.4, deadline=day("2027-09-30"), filters={"source": "Google Ads"}), **ROI),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "fields", "baseline", "history", "owners", "parent"), CASES)
def test_statement(lang, text, statuses, fields, baseline, history, owners, parent):
    assert_statement(lang, text, statuses, fields, baseline, history, owners, parent)


# the table itself, checked as it is collected (no test of the reader): each sentence once, two thirds Italian
_TEXTS = [c.values[1] for c in CASES]
assert len(set(_TEXTS)) == len(_TEXTS) and [c.values[0] for c in CASES].count("it") * 3 >= len(CASES) * 2


# ---- no text ends in an unexpected error --------------------------------------------------------------------
PIECES = [
    "aumentare", "ridurre", "portare", "raddoppiare", "dimezzare", "migliorare", "increase", "cut", "halve",
    "double", "lift", "gli", "i", "le", "del", "dal", "al", "a", "da", "di", "entro", "by", "in", "within", "il",
    "the", "end", "of", "fine", "anno", "mese", "trimestre", "semestre", "quarter", "Q1", "Q3", "H1", "primo",
    "prossimo", "next", "marzo", "June", "febbraio", "lead", "MQL", "SQL", "opportunità", "clienti", "customers",
    "fatturato", "revenue", "CAC", "CPL", "ROI", "NPS", "churn", "win rate", "tasso di chiusura", "conversione",
    "MQL->SQL", "→", "->", "ciclo di vendita", "giorni", "days", "ore", "hours", "anni", "years", "settimane",
    "lavorativi", "webinar", "LinkedIn", "PMI", "Nord", "Predicta Cloud", "99999999", "0", "-1", "+", "-", "%",
    "150%", "-20%", "1e9", "1.500.000", "1,5", "1.234,56", "€", "EUR", "euro", "€160k", "50k€", "mila", "milioni",
    "mln", "31/12/20277", "31/02/2027", "00/00/0000", "2027-13-45", "30.06.27", "9999", "2100", "1900", "'27",
    "in 99999999 anni", "entro 99999999 giorni", "x2", "su 10", "/10", "8/10", "da 120 a 90", "🚀", "📈", "✅",
    "?", "!", "...", ":", ";", "(", ")", "\"", "«", "»", "\t", "\n", "\u00a0", "NaN", "inf", "∞",
    # service levels, cadences, typos and the words "vendite" / "sales"
    "rispondere", "ricontattare", "respond", "entro 48 ore", "within 0 hours", "entro 99999999 ore",
    "2 giorni lavorativi", "1 business day", "il 90% degli", "mensile", "trimestrale", "quarterly", "fatturto",
    "convesione", "vendite", "sales", "handoff time", "contattare",
]
FIXED = [
    "", " ", "%", "%%%", "€", "100%%", "99999999", "31/12/20277", "in 99999999 anni", "entro il 31/12/99999",
    "Aumentare i lead del 99999999999999999999%", "Generare " + "9" * 400 + " lead entro giugno 2027",
    "Ridurre il CAC a " + "1" + "0" * 320 + " euro entro il 2027", "Portare il win rate al 1e400%",
    "🚀" * 200, "a" * 20000, "Aumentare " * 2000, "entro " * 500 + "marzo", "MQL->SQL->->->", "da a al del",
    "Ridurre il CAC del 100% entro il 2027", "Ridurre il CAC del -50%", "Portare il CAC a 0 euro entro marzo",
    "Portare gli MQL a 0 entro il 2027", "0% 0€ 0 giorni entro 0 anni", "entro il 29/02/2027", "entro il 29/02/2028",
]


def _odd_texts() -> list[str]:
    rnd = random.Random(13)
    texts = list(FIXED)
    while len(texts) < 300:
        words = [rnd.choice(PIECES) for _ in range(rnd.randint(1, 14))]
        if rnd.random() < 0.1:
            words *= rnd.randint(20, 200)
        texts.append(" ".join(words))
    return texts


ODD = _odd_texts()


@pytest.mark.parametrize("text", ODD, ids=[f"odd{i:03d}" for i in range(len(ODD))])
def test_no_text_ends_in_an_unexpected_error(text):
    # the reading knows no language nor data: read once, and a copy checked against each (the check settles
    # the draft's change and direction on the baseline)
    read = drafting.read(text, TODAY, VOCABULARY)
    for lang, baseline, history in (("it", None, []), ("en", 100.0, [100.0, 90.0, 120.0, 0.0]),
                                    ("it", 0.0, [0.0, 0.0]), ("en", -5.0, [-5.0, 3.0])):
        draft = copy.deepcopy(read)
        context = smart.Context(today=TODAY, baseline=baseline, history=history, owners=BOTH)
        report = smartwords.judged(draft, context, lang)
        objectives.parsed(draft, context)
        assert set(report.criteria) == set(vocabulary.CRITERIA)
        assert all(v.status in STATUS.values() and v.reason for v in report.criteria.values())


@pytest.mark.parametrize(("lang", "text", "reason"), [
    # a count over the window is a total to reach, even below the last window's 50: never a cut to 40, which a
    # quiet first day would already meet
    ("it", "Portare gli SQL a 40 entro giugno 2027",
     "Misura chiara: aumentare gli SQL. Direzione presa dalla misura: 40 è il totale da raggiungere entro la "
     "scadenza."),
    ("en", "Bring SQLs to 60 by June 2027",
     "Clear measure: increase SQLs. Direction taken from the measure: 60 is the total to reach by the deadline."),
    # a rate is a level to reach or keep, a cost one not to pass, whatever the data's starting point
    ("it", "Conversione MQL → SQL al 35% entro giugno 2027",
     "Misura chiara: aumentare la conversione MQL → SQL. Direzione presa dalla misura: 35,0% è un livello da "
     "raggiungere o superare."),
    ("en", "CPL at €40 by June 2027",
     "Clear measure: reduce the cost per lead. Direction taken from the measure: for a cost or a time, €40 is a "
     "level not to pass."),
    # said in the sentence: nothing to add
    ("it", "Ridurre gli SQL a 40 entro giugno 2027", "Misura chiara: ridurre gli SQL."),
])
def test_a_direction_the_sentence_does_not_say_comes_from_the_measure(lang, text, reason):
    draft = drafting.read(text, TODAY, VOCABULARY)
    context = smart.Context(today=TODAY, baseline=50.0, history=SQLS["history"], owners=BOTH)
    report = smartwords.judged(draft, context, lang)
    assert report.criteria["specific"].reason == reason


@pytest.mark.parametrize(("text", "two"), [
    ("Generare 400 lead e portare la conversione lead→MQL al 30% entro fine Q1", True),
    ("Hit 110 MQLs and 20 new customers by the end of Q1", True),
    ("Generare 110 MQL e chiudere 22 nuovi clienti entro marzo 2027", True),
    # a range, a start and an end, two channels: one objective each
    ("Generare tra 100 e 120 MQL entro marzo 2027", False),
    ("Portare gli SQL da 50 e 60 entro marzo 2027", False),
    ("Aumentare del 10% i lead da LinkedIn e webinar entro giugno 2027", False),
])
def test_two_objectives_in_one_sentence_and_what_is_not(text, two):
    assert ("two_objectives" in drafting.read(text, TODAY, VOCABULARY).problems) is two


@pytest.mark.parametrize(("lang", "text", "status", "reason", "tip"), [
    ("it", "Aumentare gli SQL del 50% entro marzo 2027", "fail",
     "150 va oltre il miglior periodo di sempre portato all'obiettivo con la tendenza (+6 a periodo, in linea da 5 "
     "periodi): 106.",
     "Punta a 106, dove la tendenza porta il periodo migliore, o allunga la scadenza; oppure scrivi cosa cambierà per "
     "superarlo."),
    ("en", "Increase SQLs by 5% by March 2027", "pass",
     "105 is within this measure's history carried to the objective along the trend (+6 per period, steady over 5 "
     "periods; the best: 106).", "Good as it is."),
])
def test_a_history_read_with_its_trend_never_calls_a_projection_a_result(lang, text, status, reason, tip):
    """106 is where the trend carries the best window (100), not a result ever seen: the reason says so."""
    report = smartwords.judged(drafting.read(text, TODAY), smart.Context(today=TODAY, **GROWING_SQLS), lang)
    achievable = report.criteria["achievable"]
    assert (achievable.status, achievable.reason, achievable.suggestion) == (status, reason, tip)


@pytest.mark.parametrize(("lang", "text", "line"), [
    # a manual KPI written in percent is shown in percent, never as "0,0"
    ("it", "Ridurre il churn mensile sotto il 3% entro fine 2027",
     "Ho capito: l'indicatore «churn» con check-in mensile, traguardo 3,0%, entro il 31/12/2027."),
    ("en", "Reduce customer churn to 2% a month by end of 2027",
     "Understood: the KPI \"customer churn\" with monthly check-ins, target 2.0%, by 31 Dec 2027."),
])
def test_the_understood_line_of_a_manual_kpi_in_percent(lang, text, line):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH), lang).understood == line


def test_the_best_a_trend_carries_a_count_to_is_a_whole_count():
    # 20, 22, 24, 25, 26.5 windows, rising 1.6 a period: the best carried along is 28.8, said as 29 SQL, never
    # "punta a 28,8"
    context = smart.Context(today=TODAY, baseline=26.5, history=[26.5, 25.0, 24.0, 22.0, 20.0])
    report = smartwords.judged(drafting.read("Portare gli SQL a 40 entro marzo 2027", TODAY), context, "it")
    achievable = report.criteria["achievable"]
    assert achievable.status == "fail"
    assert achievable.reason.endswith("(+1,6 a periodo, in linea da 5 periodi): 29.")
    assert achievable.suggestion.startswith("Punta a 29, dove la tendenza porta il periodo migliore")
