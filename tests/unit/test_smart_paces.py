""""40 MQL al mese" is a pace, where a count's target is a total up to the deadline. Measurable asks for the total;
the reading line and Achievable must not treat the 40 as that total: "Arrivare a 120 MQL al mese" was judged as
"already 444, past the target 120: asks for no change" while the pace makes 508. A pace that is not the target's
("400 MQL entro marzo, con check-in ogni settimana") must not fail Measurable for one."""

from __future__ import annotations

import pytest

from smarketing import drafting, smart, smartwords
from smarketing.errors import SmarketingError
from tests.unit.test_smart_statements import BOTH, TODAY, VOCABULARY

# MQLs over the window as long as the objective before it, and the earlier windows (newest first)
CONTEXT = dict(baseline=444.0, history=[444.0, 500.0, 380.0, 410.0])


def judged(text: str, lang: str = "it"):
    return smartwords.judged(drafting.read(text, TODAY, VOCABULARY),
                             smart.Context(today=TODAY, owners=BOTH, **CONTEXT), lang)


def test_a_pace_is_judged_by_the_total_it_makes_up_to_the_deadline():
    report = judged("Raggiungere 120 MQL al mese entro marzo 2027")
    assert report.understood == "Ho capito: gli MQL, 120 «al mese» (un ritmo, non un totale), entro il 31/03/2027."
    assert report.criteria["measurable"].status == "fail"
    assert report.criteria["measurable"].suggestion == (
        "Scrivi il totale da raggiungere entro la scadenza (a questo ritmo, circa 508 entro il 31/03/2027).")
    achievable = report.criteria["achievable"]
    assert (achievable.status, achievable.reason) == (
        "fail", "508 va oltre il miglior risultato di sempre (500) su 4 periodi della stessa durata. Giudicato sul "
                "totale del ritmo di 120 «al mese» fino al 31/03/2027: 508.")
    # the Specific line no longer calls the 120 "the total to reach"
    assert "totale da raggiungere" not in report.criteria["specific"].reason
    english = judged("Raggiungere 120 MQL al mese entro marzo 2027", "en")
    assert english.understood == 'Understood: MQLs, 120 "al mese" (a pace, not a total), by 31 Mar 2027.'
    assert english.criteria["achievable"].reason.endswith(
        'Judged on the total of the pace of 120 "al mese" up to 31 Mar 2027: 508.')


def test_a_small_pace_is_below_the_last_period_and_says_so_with_its_total():
    achievable = judged("Arrivare a 40 MQL al mese entro marzo 2027").criteria["achievable"]
    assert (achievable.status, achievable.reason) == (
        "warn", "Nel periodo precedente della stessa durata il dato era già 444, oltre il traguardo 169: l'obiettivo "
                "non chiede alcun cambiamento. Giudicato sul totale del ritmo di 40 «al mese» fino al 31/03/2027: 169.")


def test_a_pace_raised_by_a_change_has_no_total_to_judge():
    report = judged("15 SQL in più al mese entro marzo 2027")
    assert report.understood == ("Ho capito: gli SQL, 15 SQL in più «al mese» (un ritmo, non un totale), entro il "
                                 "31/03/2027.")
    assert report.criteria["measurable"].reason == (
        "«al mese» è un ritmo, ma il traguardo conta il totale fino alla scadenza: 15 SQL in più varrebbe per tutto "
        "il periodo.")
    achievable = report.criteria["achievable"]
    assert (achievable.status, achievable.reason, achievable.suggestion) == (
        "warn", "«al mese» è un ritmo: con la storia si confronta il totale fino alla scadenza, che da questa frase "
                "non si ricava.", "Scrivi il totale da raggiungere entro la scadenza (vedi Misurabile).")


@pytest.mark.parametrize(("text", "pace"), [
    ("Team commerciale: ogni settimana 3 nuove opportunità fino a fine marzo 2027", True),
    ("Ogni mese 50 MQL da LinkedIn fino a giugno 2027", True),
    ("Every week 5 new opportunities until end of March 2027", True),
    ("Hit 1,200 leads per month from Google Ads by June 2027", True),
    ("80 MQL dalla Newsletter ogni mese fino a giugno 2027", True),
    # a pace elsewhere in the sentence: the target stays a total
    ("400 MQL entro marzo 2027, con check-in ogni settimana", False),
    ("Oggi facciamo 100 MQL al mese: vogliamo 500 entro marzo 2027", False),
])
def test_which_targets_are_paces(text, pace):
    draft = drafting.read(text, TODAY, VOCABULARY)
    assert smart.target_is_a_pace(draft) is pace
    measurable = smartwords.judged(draft, smart.Context(today=TODAY, owners=BOTH, **CONTEXT), "it").criteria[
        "measurable"]
    assert (measurable.reason.startswith("«") and "è un ritmo" in measurable.reason) is pace


def test_a_pace_before_the_number_is_refused_on_saving_as_one_after_it(con):
    from smarketing import objectives

    with pytest.raises(SmarketingError) as refused:
        objectives.add(con, "Ogni mese 50 MQL da LinkedIn fino a giugno 2027", BOTH, TODAY, "it", "test")
    assert refused.value.key == "error.objective_pace"
    assert con.execute("select count(*) from objectives").fetchone() == (0,)
