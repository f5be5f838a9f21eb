"""Amounts typed in a field (the planner's target): read as people write them, never a thousandth of it."""

from __future__ import annotations

import pytest

from smarketing import amounts


@pytest.mark.parametrize(("typed", "value"), [
    ("400.000", 400_000), ("400.000,00", 400_000), ("400,000.00", 400_000), ("400000", 400_000),
    ("€ 400.000", 400_000), ("400.000 €", 400_000), ("EUR 90.500,50", 90_500.5), ("1.500.000 euro", 1_500_000),
    ("400k", 400_000), ("50 mila euro", 50_000), ("2,5 milioni", 2_500_000), ("400,5", 400.5), ("12", 12),
    ("  250.000\u00a0", 250_000),
])
def test_amounts(typed, value):
    assert amounts.amount(typed) == value


@pytest.mark.parametrize("typed", ["", "quattrocentomila", "4.00.000", "400.000.00", "400 000 000 €€", "12%"])
def test_what_is_not_an_amount_is_refused(typed):
    with pytest.raises(ValueError):
        amounts.amount(typed)
