"""Working days for service levels: Monday to Friday, less Italian public holidays. The holidays come from
the `holidays` library (Easter Monday moves every year, and the law adds days: 4 October from 2026), not
from a list of our own. Local patron saints' days are not national holidays and are not skipped."""

from __future__ import annotations

from datetime import date


def italian_holidays(first: date, last: date) -> list[date]:
    """Every national public holiday from the year of `first` to the year after `last`'s, since a threshold
    counted from late December runs into January."""
    import holidays  # its calendars take a while to load: only for service levels, not every command's start

    return sorted(holidays.Italy(years=range(first.year, last.year + 2)))
