"""Deadlines as managers write them (issue 14), read against a fixed today: Wednesday 25 November 2026.
A phrase with no year means the next such period not yet over; a date that cannot be a date is quoted back,
never guessed; a span no calendar holds is unreadable, never an error."""

from __future__ import annotations

from datetime import date

import pytest

from smarketing import deadlines, drafting

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(("text", "day"), [
    ("Generare 200 MQL entro marzo", date(2027, 3, 31)),
    ("Chiudere 10 contratti entro dicembre", date(2026, 12, 31)),
    ("Win 15 deals in March", date(2027, 3, 31)),
    ("Raddoppiare i lead in Q1", date(2027, 3, 31)),
    ("Aumentare le SQL nel primo trimestre", date(2027, 3, 31)),
    ("Double demo requests by Q3", date(2027, 9, 30)),
    ("Portare le opportunità a 80 entro fine Q2 2027", date(2027, 6, 30)),
    ("Reach EUR 1M in won revenue by the end of 2027", date(2027, 12, 31)),
    ("Acquisire 40 nuovi clienti entro il 2027", date(2027, 12, 31)),
    ("Acquisire 40 nuovi clienti entro fine 2027", date(2027, 12, 31)),
    ("Ridurre il CAC entro fine trimestre", date(2026, 12, 31)),
    ("Cut cost per MQL by the end of next quarter", date(2027, 3, 31)),
    ("Aumentare i clienti entro il prossimo trimestre", date(2027, 3, 31)),
    ("Portare il tasso di vincita al 30% entro la fine del primo semestre 2027", date(2027, 6, 30)),
    ("Grow pipeline 20% by H1 2027", date(2027, 6, 30)),
    ("Nei prossimi 6 mesi generare 300 lead", date(2027, 5, 25)),
    ("Raggiungere 5 milioni di fatturato entro il 2030", date(2030, 12, 31)),   # far: Time-bound warns
    ("Generare 120 MQL da LinkedIn entro il 31/03/2027", date(2027, 3, 31)),
    ("Chiudere vendite entro fine anno", date(2026, 12, 31)),
    ("Generare 1,5 milioni di ricavi nel 2027", date(2027, 12, 31)),
    # the earlier year is where the team starts from
    ("Nel 2026 abbiamo chiuso 180 clienti, nel 2027 ne vogliamo 250", date(2027, 12, 31)),
    ("In 2026 we closed 180 customers; in 2028 we want 400", date(2028, 12, 31)),
    ("Increase revenue from €1.2M to €1.5M by year end 2027", date(2027, 12, 31)),
    ("Increase opportunities by 5% this quarter", date(2026, 12, 31)),
    ("Aumentare gli SQL del 10% a fine 2027", date(2027, 12, 31)),
    ("Generate 115 MQLs by end of January", date(2027, 1, 31)),
    ("Entro il 15 gennaio generare 60 SQL", date(2027, 1, 15)),
    # a quarter compared with is no deadline: the next one named is
    ("Fatturato +20% rispetto al Q3 entro fine anno", date(2026, 12, 31)),
    ("Aumentare gli MQL del 20% vs Q3 entro il Q2", date(2027, 6, 30)),
    ("Increase revenue by 15% compared to Q3 by end of Q1 2027", date(2027, 3, 31)),
    # next year's and next month's ends
    ("Arrivare a 300 clienti entro fine anno prossimo", date(2027, 12, 31)),
    ("Generare 400 MQL entro la fine del mese prossimo", date(2026, 12, 31)),
    ("Generate 400 MQLs by the end of next month", date(2026, 12, 31)),
    ("Generare 400 MQL entro fine mese", date(2026, 11, 30)),
    # a number after a quarter is a count, unless marked as a year
    ("Entro il Q2 30 nuovi clienti da Referral", date(2027, 6, 30)),
    ("Nel Q1 25 nuovi clienti Enterprise", date(2027, 3, 31)),
    ("Raddoppiare i lead in Q1 '28", date(2028, 3, 31)),
    ("Generare 300 MQL entro il 2° trimestre", date(2027, 6, 30)),
    # the ways of saying the year's end, and a day "di" its month
    ("Generare 400 MQL per fine marzo", date(2027, 3, 31)),
    ("Generare 200 MQL entro l'anno", date(2026, 12, 31)),
    ("Generare 200 MQL entro l'anno prossimo", date(2027, 12, 31)),
    ("Generate 300 MQLs by EOY", date(2026, 12, 31)),
    ("120 SQL da LinkedIn entro il 15 di marzo", date(2027, 3, 15)),
    ("Generare 400 MQL da qui a marzo", date(2027, 3, 31)),
    # the month first, and ordinals
    ("Increase webinar leads 25% by March 15", date(2027, 3, 15)),
    ("Increase webinar leads 25% by 31st March", date(2027, 3, 31)),
    # a deal's own time after "in" gives way to a calendar deadline written too
    ("Chiudere le trattative in 45 giorni entro fine giugno", date(2027, 6, 30)),
    ("Close deals within 30 days of first contact by end of Q2", date(2027, 6, 30)),
    ("Generare 300 lead in 90 giorni", date(2027, 2, 23)),
    ("Aumentare i lead del 10% entro il 31 dicembre", date(2026, 12, 31)),
    ("Generare 110 MQL entro il 31/03", date(2027, 3, 31)),
    ("Increase leads 10% by year end", date(2026, 12, 31)),
    ("Entro l'anno prossimo acquisire 200 nuovi clienti", date(2027, 12, 31)),
    ("Generate 420 leads within the next 90 days", date(2027, 2, 23)),
    ("Hit 110 MQLs by end of Q1 '27", date(2027, 3, 31)),
    ("Close 12 deals by March 1st, 2027", date(2027, 3, 1)),
    ("50 SQLs by the 15th of March 2027", date(2027, 3, 15)),
    ("Generare 115 MQL dai webinar entro 90 gg", date(2027, 2, 23)),
    ("Richiamare 40 clienti entro 30gg", date(2026, 12, 25)),
    ("Increase sales by 10% next quarter", date(2027, 3, 31)),
    ("Aumentare gli SQL del 5% nel trimestre prossimo", date(2027, 3, 31)),
    # a heading names the year the objective is for
    ("Obiettivo 2027 per l'area vendite: 480.000 € di contratti firmati", date(2027, 12, 31)),
    ("2027 goals: 60 new customers", date(2027, 12, 31)),
    ("Piano commerciale 2027: acquisire 23 nuovi clienti nella regione Nord", date(2027, 12, 31)),
    ("Keep customer churn under 3% through 2027", date(2027, 12, 31)),
    # the middle of a year is the end of its first half; the middle of a month its 15th
    ("Generare 300 SQL entro metà 2027", date(2027, 6, 30)),
    ("Portare a metà anno le opportunità a 80", date(2027, 6, 30)),
    ("Win 20 new customers by mid-2027", date(2027, 6, 30)),
    ("Cut the CAC to €900 by midyear", date(2027, 6, 30)),
    ("Chiudere 5 contratti entro metà dicembre", date(2026, 12, 15)),
    ("Book 40 demos by mid-March", date(2027, 3, 15)),
    ("Portare la metà dei lead a MQL entro giugno 2027", date(2027, 6, 30)),    # half of the leads: a share
    # feasts: the next one not yet past
    ("Chiudere 10 trattative entro Natale", date(2026, 12, 25)),
    ("Firmare 3 contratti entro Pasqua", date(2027, 3, 28)),
    ("Close 12 deals by Christmas 2027", date(2027, 12, 25)),
    ("Entro San Valentino 50 MQL dalla newsletter", date(2027, 2, 14)),
    ("50 MQLs by Valentine's Day", date(2027, 2, 14)),
    # Italian holidays, with their bridge or not; the fiscal year written with its number; "for 2027"
    ("Chiudere 12 contratti entro l'Epifania", date(2027, 1, 6)),
    ("Entro il ponte dell'Immacolata almeno 10 SQL da Referral", date(2026, 12, 8)),
    ("Entro Pasquetta 2027 80 MQL dal Sud", date(2027, 3, 29)),
    ("Entro la Festa della Repubblica 40 nuovi clienti PMI", date(2027, 6, 2)),
    ("Chiudere 8 contratti prima del ponte del 25 aprile", date(2027, 4, 25)),
    ("Partner-sourced revenue: €250k by end of FY2027", date(2027, 12, 31)),
    ("Close out 2026 with 90 opportunities opened", date(2026, 12, 31)),
    ("Revenue target €2.4M for 2027, with at least 80 new logos", date(2027, 12, 31)),
    # closing the year is its end
    ("Chiudere l'anno con 50 clienti in più dell'anno scorso", date(2026, 12, 31)),
    ("Close the year with 40 new customers", date(2026, 12, 31)),
    # the half under way, "fino a", "x fine", next year in English, a whole year, a fiscal year
    ("Costo per MQL: da 110 a 80 € entro fine semestre", date(2026, 12, 31)),
    ("Aumentare le opportunità del 20% entro fine semestre prossimo", date(2027, 6, 30)),
    ("Mantenere la conversione lead-MQL sopra il 30% fino a giugno", date(2027, 6, 30)),
    ("cmq x fine marzo ci servono 50 sql da linkedin", date(2027, 3, 31)),
    ("Cut the sales cycle to 40 days by end of next year", date(2027, 12, 31)),
    ("Keep win rate above 25% all year 2027", date(2027, 12, 31)),
    ("Revenue: €2.5M in FY2027", date(2027, 12, 31)),
    ("Revenue: €2.5M in FY27", date(2027, 12, 31)),
    ("Entro la fine del prossimo semestre 1.200 lead da Ricerca organica", date(2027, 6, 30)),
    ("Keep Google Ads CPL below €45 for the rest of the year", date(2026, 12, 31)),
    # the year compared with is no window: the deadline is the one written after it
    ("Fatturato +20% rispetto all'anno 2026 entro giugno 2027", date(2027, 6, 30)),
    ("Revenue up 20% on the year 2026 by June 2027", date(2027, 6, 30)),
    # two months are a window
    ("Raggiungere 150 SQL tra gennaio e marzo", date(2027, 3, 31)),
    ("Chiudere 10 clienti da novembre a febbraio", date(2027, 2, 28)),
    # a season in the same sentence as a deadline gives way to it
    ("Get a fall in cost per lead of 10% by June 2027", date(2027, 6, 30)),
    # the sixth review: a deadline said as such, a weekday, next week, feasts, the fiscal year's end
    ("Scadenza 31/03/2027: 120 SQL da LinkedIn", date(2027, 3, 31)),
    ("Scadenza 28 febbraio: 35 nuovi clienti", date(2027, 2, 28)),
    ("CPL 38 euro. Scadenza fine gennaio", date(2027, 1, 31)),
    ("Deadline 31/12/2027: 100 MQLs", date(2027, 12, 31)),
    ("Entro venerdì 20 MQL dai webinar", date(2026, 11, 27)),
    ("Close 5 deals by Wednesday", date(2026, 12, 2)),
    ("Entro la prossima settimana 15 SQL dal canale Referral", date(2026, 12, 6)),
    ("Entro fine settimana 10 MQL", date(2026, 11, 29)),
    ("Entro San Silvestro 20 nuovi clienti dalle Fiere", date(2026, 12, 31)),
    ("Entro Ferragosto 40 SQL", date(2027, 8, 15)),
    ("ROI complessivo al 150% a fine esercizio", date(2026, 12, 31)),
    ("Entro la chiusura dell'esercizio 2027 fatturato di 2,2 mln", date(2027, 12, 31)),
    ("CAC down to 1,100 by end of FY", date(2026, 12, 31)),
    ("Keep the win rate above 27% until the end of the fiscal year", date(2026, 12, 31)),
    # English month-first when no day-first reading exists; Italian keeps day-first
    ("Close $400k in new contracts by 12/31", date(2026, 12, 31)),
    ("Reach 50 SQLs by 6/30", date(2027, 6, 30)),
    ("Chiudere 10 clienti entro il 31/12", date(2026, 12, 31)),
    # a year written first is ISO's order, whatever the language: it was read as 6 October
    ("Portare i clienti nuovi a 40 entro il 2027-06-10", date(2027, 6, 10)),
    ("40 new customers by 2027-06-10", date(2027, 6, 10)),
    ("Entro il 2027-03-05 20 SQL", date(2027, 3, 5)),
])
def test_deadlines_as_written(text, day):
    found = deadlines.find(text, TODAY)
    assert (found.day, found.readable) == (day, True)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Chiudere 30 contratti entro il 31/12/20277", "entro il 31/12/20277"),
    ("Generare 50 MQL entro il 31/02", "entro il 31/02"),
    ("Raddoppiare i clienti in 99999999 anni", "in 99999999 anni"),
    ("Generare 50 MQL entro il 31 febbraio 2027", "31 febbraio 2027"),
    # written as a date, whatever comes before it
    ("Generare 100 MQL per il 31/12/20277", "31/12/20277"),
    ("Generare 100 MQL, scadenza 31.02.2027", "31.02.2027"),
    ("100 MQLs: 12-31-2027", "12-31-2027"),
    # Italian writes the day first: "12/31" is no day
    ("Chiudere 10 clienti entro il 12/31", "entro il 12/31"),
    # an ordinal does not make an impossible day possible, nor is it dropped to read the month alone
    ("Reach 70 opportunities by February 30th, 2027", "february 30th, 2027"),
    ("By the 31st of April 2027: 50 SQLs", "31st of april 2027"),
])
def test_an_impossible_deadline_is_quoted_back_not_guessed(text, phrase):
    assert deadlines.find(text, TODAY) == deadlines.Deadline(None, phrase, False)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Generare 100 SQL entro l'estate", "entro l'estate"),
    ("Portare il CPL sotto i 40 € a fine estate 2027", "a fine estate 2027"),
    ("Aumentare le MQL del 20% in primavera", "in primavera"),
    ("Win 20 new customers by the end of summer", "by the end of summer"),
])
def test_a_season_is_no_day_and_says_so(text, phrase):
    """The end of summer is 31 August to one manager and 22 September to another: never guessed."""
    assert deadlines.find(text, TODAY) == deadlines.Deadline(None, phrase, False)
    assert deadlines.names_season(phrase)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Chiudere 15 nuovi clienti entro la fiera SPS", "entro la fiera SPS"),
    ("Win 15 new customers by the SPS show", "by the SPS show"),
    ("Entro la fiera di Verona almeno 300 lead nuovi", "Entro la fiera di Verona"),
    ("Hit 250 MQLs before the Verona trade show", "before the Verona trade show"),
    ("Chiudere 10 clienti prima della fiera SPS Italia 2027", "prima della fiera SPS Italia 2027"),
    ("Win 15 new customers before MECSPE", "before MECSPE"),
    ("Entro il BI-MU 40 nuove opportunità", "Entro il BI-MU"),
    ("Portare a 200 gli MQL in vista del salone EIMA", "in vista del salone EIMA"),
    # the company's own moments: the accounts, the harvest, the summer shutdown
    ("Entro la chiusura di bilancio portare il fatturato a 1,2 mln", "Entro la chiusura di bilancio"),
    ("Before the August shutdown, 45 opportunities from trade fairs", "Before the August shutdown"),
    ("Cantina: 300 nuovi contatti prima della vendemmia", "prima della vendemmia"),
])
def test_an_event_is_no_day_and_is_quoted_as_written(text, phrase):
    """When the fair falls no sentence says (and a fair lasts days): the day is asked, never guessed."""
    assert deadlines.find(text, TODAY) == deadlines.Deadline(None, phrase, False)
    assert deadlines.names_event(phrase)


@pytest.mark.parametrize(("text", "day"), [
    # a date beside the event is the deadline; "by" after a verb names who brought the leads; a period is no event
    ("By the SPS show in May, 200 new leads from trade fairs", date(2027, 5, 31)),
    ("200 leads generated by the SPS show by June", date(2027, 6, 30)),
    ("Generate 300 MQLs by EOY", date(2026, 12, 31)),
    ("Raccogliere 250 contatti al MECSPE 2026 entro marzo", date(2027, 3, 31)),
])
def test_an_event_beside_a_date_or_as_the_source_is_no_deadline(text, day):
    found = deadlines.find(text, TODAY)
    assert (found.day, found.readable, deadlines.names_event(found.phrase or "")) == (day, True, False)
    assert deadlines.event_phrase("200 leads generated by the SPS show") is None


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Raggiungere 150 SQL tra gennaio e marzo", date(2027, 1, 1), date(2027, 3, 31)),
    ("Generare 300 MQL da aprile a giugno 2027", date(2027, 4, 1), date(2027, 6, 30)),
    ("200 MQLs between January and March", date(2027, 1, 1), date(2027, 3, 31)),
    # over the turn of the year, begun already
    ("Chiudere 10 clienti da novembre a febbraio", date(2026, 11, 1), date(2027, 2, 28)),
    # a span already over this year is next year's
    ("Generare 100 SQL tra settembre e ottobre", date(2027, 9, 1), date(2027, 10, 31)),
    ("Keep win rate above 25% all year 2027", date(2027, 1, 1), date(2027, 12, 31)),
    ("Revenue: €2.5M in FY27", date(2027, 1, 1), date(2027, 12, 31)),
    ("Lead totali anno 2027: 6.000", date(2027, 1, 1), date(2027, 12, 31)),
    ("Acquisire 50 clienti nuovi nell'arco del 2027", date(2027, 1, 1), date(2027, 12, 31)),
    # a heading ending in its year: the year itself, whatever words come between
    ("Obiettivo della cooperativa per il 2027: acquisire 40 nuovi clienti", date(2027, 1, 1), date(2027, 12, 31)),
    ("Objectives for the sales team in 2027: 60 new customers", date(2027, 1, 1), date(2027, 12, 31)),
    # two days, with or without their years; months joined by a dash
    ("Dal 1/1 al 31/3 almeno 200 MQL da Google Ads", date(2027, 1, 1), date(2027, 3, 31)),
    ("CPL sotto i 20 € dal 1 gennaio al 30 giugno 2027", date(2027, 1, 1), date(2027, 6, 30)),
    ("CPL sotto i 20 € dal 01/01/2027 al 30/06/2027", date(2027, 1, 1), date(2027, 6, 30)),
    ("Chiudere 10 clienti dal 1 novembre al 31 gennaio 2027", date(2026, 11, 1), date(2027, 1, 31)),
    ("At least 45 opportunities between Feb 1 and Apr 30, 2027", date(2027, 2, 1), date(2027, 4, 30)),
    ("Conversione MQL→SQL al 33% nel trimestre gennaio-marzo 2027", date(2027, 1, 1), date(2027, 3, 31)),
    ("Per il 2027 puntiamo a 1.200 MQL", date(2027, 1, 1), date(2027, 12, 31)),
    ("Chiudere il 2027 con 60 nuovi clienti", date(2027, 1, 1), date(2027, 12, 31)),
])
def test_a_span_of_months_or_a_whole_year_is_the_window(text, first, last):
    found = deadlines.find(text, TODAY)
    assert (found.first, found.day, found.readable) == (first, last, True)


@pytest.mark.parametrize(("lang", "reason"), [
    ("it", "«secondo semestre» senza anno è letto come 01/07/2026 – 31/12/2026 (già trascorso: 80%)."),
    ("en", "\"secondo semestre\" with no year is read as 1 Jul 2026 – 31 Dec 2026 (80% of it already gone)."),
])
def test_a_period_with_no_year_mostly_gone_asks_which_year(lang, reason):
    """In late November "nel secondo semestre" is this year's, five months in, or next year's: said, not guessed."""
    from smarketing import drafting, smart, smartwords

    draft = drafting.read("Nel secondo semestre chiudere 40 nuovi clienti", TODAY)
    verdict = smartwords.judged(draft, smart.Context(today=TODAY), lang).criteria["time_bound"]
    assert (verdict.status, verdict.reason) == ("warn", reason)
    # with the year written, or the quarter named as the one under way, nothing to ask
    for text in ("Nel secondo semestre 2026 chiudere 40 nuovi clienti", "Trimestre in corso: 70 SQL"):
        assert smartwords.judged(drafting.read(text, TODAY), smart.Context(today=TODAY), lang).criteria[
            "time_bound"].status == "pass"


def test_a_season_fails_time_bound_saying_why():
    from smarketing import drafting, smart, smartwords

    draft = drafting.read("Generare 100 SQL entro l'estate", TODAY)
    verdict = smartwords.judged(draft, smart.Context(today=TODAY), "it").criteria["time_bound"]
    assert (verdict.status, verdict.reason, verdict.suggestion) == (
        "fail",
        "«entro l'estate» non è un giorno: dove finisce una stagione cambia da persona a persona (l'estate: il 31 "
        "agosto o il 22 settembre).",
        "Scrivi il giorno: «entro il 31/08/2027», «entro fine giugno 2027».")
    verdict = smartwords.judged(draft, smart.Context(today=TODAY), "en").criteria["time_bound"]
    assert verdict.reason == ("\"entro l'estate\" is no day: where a season ends differs from person to person "
                              "(summer: 31 August or 22 September).")


@pytest.mark.parametrize("text", ["Portare i contatti in 2000 aziende",
                                  "Portare la conversione al 25% in 2/3 dei segmenti",
                                  "Sell more by next year"])   # its first day, or its last? not guessed
def test_a_year_or_number_without_a_lead_in_is_no_deadline(text):
    assert deadlines.find(text, TODAY) == deadlines.Deadline(None, None, True)


def test_a_measure_and_its_year_heading_the_amount_is_the_year():
    # (review 21: "Fatturato 2027 di 500 mila euro" was read with no deadline, as "Ricavi 2027 a 2,5 mln €")
    # (the year is the phrase, not the heading around it: "Won revenue 2027 from the North-West: €600k" keeps its scope)
    assert deadlines.find("Fatturato 2027 di 500 mila euro", TODAY) == deadlines.Deadline(
        date(2027, 12, 31), "2027", True, date(2027, 1, 1), heading=True)


def test_a_span_past_any_calendar_gives_way_to_a_deadline_written_after_it():
    today = date(2026, 12, 20)
    assert deadlines.find("Rispondere ai MQL entro 99999999 giorni lavorativi entro giugno 2027", today) == \
        deadlines.Deadline(date(2027, 6, 30), "entro giugno 2027", True)
    # with nothing after it, it is quoted back as a deadline that cannot be read
    assert deadlines.find("Generare 50 SQL in 99999999 anni", today) == \
        deadlines.Deadline(None, "in 99999999 anni", False)


# a year named by a heading word in passing ("budget", "OKR") is the window only when the sentence names no day or
# month of its own: the June the manager wrote is the deadline, never 31 December
@pytest.mark.parametrize(("text", "day", "first"), [
    ("Generate 300 MQLs with the same budget by June 2027", date(2027, 6, 30), None),
    ("Generare 300 MQL con lo stesso budget entro giugno 2027", date(2027, 6, 30), None),
    ("Con il budget 2027 invariato, generare 300 MQL entro giugno 2027", date(2027, 6, 30), None),
    ("OKR 2027 - 300 MQL entro giugno", date(2027, 6, 30), None),
    ("Keep the marketing budget flat and reach 300 MQLs before 31/05/2027", date(2027, 5, 31), None),
    # with nothing else, the heading still names the year
    ("Budget marketing 2027 invariato, 300 MQL dai webinar", date(2027, 12, 31), date(2027, 1, 1)),
    ("OKR 2027 - 300 MQLs from webinars", date(2027, 12, 31), date(2027, 1, 1)),
    ("Budget 2027: 300 MQL dai webinar", date(2027, 12, 31), date(2027, 1, 1)),
])
def test_a_heading_year_gives_way_to_the_deadline_written(text, day, first):
    found = deadlines.find(text, TODAY)
    assert (found.day, found.first) == (day, first)


@pytest.mark.parametrize(("text", "expected"), [
    # before a month is by the end of the month before; before its end, by its end
    ("200 leads before August 2027", date(2027, 7, 31)),
    ("Prima di agosto 2027 200 lead", date(2027, 7, 31)),
    ("Prima di marzo 30 nuovi clienti", date(2027, 2, 28)),
    ("200 leads before the end of August 2027", date(2027, 8, 31)),
    # a date in brackets beside a fiscal year's end is that end
    ("Entro la fine dell'esercizio fiscale (30 giugno 2027) 45 nuovi clienti", date(2027, 6, 30)),
    ("Entro il 30 giugno 2027 (fine esercizio) 45 nuovi clienti", date(2027, 6, 30)),
    ("By the end of the fiscal year (June 30, 2027) 50 new logos", date(2027, 6, 30)),
    # a valid date written alone, as a sheet's column pasted, is the deadline
    ("40 nuovi clienti | Davide Mancini | 30/06/2027", date(2027, 6, 30)),
])
def test_the_eighth_review_deadlines(text, expected):
    found = deadlines.find(text, date(2026, 11, 25))
    assert (found.day, found.readable) == (expected, True)


def test_days_counted_from_an_event_ask_for_its_day():
    for text in ("Dopo la fiera di Verona raccogliere 200 lead entro 30 giorni",
                 "Within 30 days after the SPS show, 150 new leads"):
        found = deadlines.find(text, date(2026, 11, 25))
        assert (found.day, found.readable) == (None, False) and deadlines.names_event(found.phrase or ""), text


@pytest.mark.parametrize(("text", "day", "first"), [
    # a month in brackets beside an event or a season: that month's end, of the year written beside it, else the next
    ("Fiera EIMA 2027 (novembre): 400 contatti dallo stand", date(2027, 11, 30), None),
    ("SPS Italia 2027 (May): 250 leads from the booth", date(2027, 5, 31), None),
    ("Entro la fine del raccolto (ottobre) 35 nuovi clienti", date(2027, 10, 31), None),
    ("Entro la vendemmia (settembre) 20 nuovi clienti", date(2027, 9, 30), None),
    # "a settembre": the next September, the month itself (a level's window is settled once its measure is known);
    # never a month closing a span or a comparison
    ("Conversione SQL→opportunità su di 3 pp a settembre", date(2027, 9, 30), date(2027, 9, 1)),
    ("Win rate al 30% a giugno 2027", date(2027, 6, 30), date(2027, 6, 1)),
    ("Rispetto a gennaio 2026, +15% di SQL a gennaio 2027", date(2027, 1, 31), date(2027, 1, 1)),
    # the whole year, and the half after this one
    ("Keep retention of our members over 92% for all 2027", date(2027, 12, 31), date(2027, 1, 1)),
    ("Churn below 3% for the whole of 2027", date(2027, 12, 31), date(2027, 1, 1)),
    ("Halve the cost per lead of Newsletter within next half", date(2027, 6, 30), None),
    ("Dimezzare il CPL della Newsletter entro il prossimo semestre", date(2027, 6, 30), None),
])
def test_the_ninth_review_deadlines(text, day, first):
    found = deadlines.find(text, date(2026, 11, 25))
    assert (found.day, found.first, found.readable) == (day, first, True)


def test_a_month_after_a_from_or_a_comparison_is_no_deadline():
    for text in ("SQL da 40 a settembre a 60 a dicembre", "Rispetto a settembre, +10% di lead"):
        # no deadline at all, not one that could not be read
        assert deadlines.find(text, date(2026, 11, 25)) == deadlines.Deadline(None, None, True), text


@pytest.mark.parametrize(("text", "first", "day"), [
    # the window starts on the day named apart from the deadline: it started on the day the objective was written,
    # and "71 of 60, reached" counted November's SQLs for a goal from December
    ("A partire da dicembre 2026, 60 SQL entro il 28 febbraio 2027", date(2026, 12, 1), date(2027, 2, 28)),
    ("A partire dal 1° gennaio 2027, 90 SQL entro il 31/03/2027", date(2027, 1, 1), date(2027, 3, 31)),
    ("Starting January 2027, 90 SQLs by March 31, 2027", date(2027, 1, 1), date(2027, 3, 31)),
    ("From 1 January 2027, 90 SQLs by 31 March 2027", date(2027, 1, 1), date(2027, 3, 31)),
    ("Ricontattare il 90% degli MQL entro 48 ore, a partire da gennaio 2027, entro il 31 marzo 2027",
     date(2027, 1, 1), date(2027, 3, 31)),
    # a day gone by says where things stand, never when the window starts
    ("Dal 1 settembre 2026 abbiamo 100 MQL al mese: portarli a 150 entro giugno 2027", None, date(2027, 6, 30)),
    # a source is no day
    ("60 MQL from LinkedIn by March 2027", None, date(2027, 3, 31)),
    # a span from today keeps its length: the start words are the relative reader's (a window of one month)
    ("60 SQL in 3 mesi a partire da febbraio 2027", None, date(2027, 2, 25)),
    ("in 3 months starting February 2027, 60 SQLs", None, date(2027, 2, 25)),
])
def test_a_start_named_apart_from_the_deadline_starts_the_window(text, first, day):
    found = deadlines.find(text, TODAY)
    assert (found.first, found.day) == (first, day)


@pytest.mark.parametrize("text", ["A partire dal 1° gennaio 2027, 90 SQL entro il 31/03/2027",
                                  "From 1 January 2027, 90 SQLs by 31 March 2027"])
def test_the_day_a_window_starts_on_is_no_starting_level(text):
    # "da 1 (dai dati: 153) a 90": the 1 of "1 January" was read as where the SQLs start
    draft = drafting.read(text, TODAY)
    assert (draft.start, draft.target, draft.stated_baseline) == (date(2027, 1, 1), 90, None)
