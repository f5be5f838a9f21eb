"""What a person changed on a form, laid over what is stored now. Two people may have one objective or one meeting
open at once: a form sent back whole put back what the other had saved since it was drawn, without a word."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any, TypeVar

Item = TypeVar("Item", bound=Hashable)


def changed(seen: dict[str, Any], form: dict[str, Any]) -> dict[str, Any]:
    """The fields whose value on the form differs from what the form showed: the ones this person changed."""
    return {k: v for k, v in form.items() if str(v) != str(seen.get(k))}


def laid_over(stored: Iterable[Item], seen: Iterable[Item], picked: Iterable[Item]) -> list[Item]:
    """A list (owners, attendees) once this person's additions and removals on the form are laid over the one
    stored now, in the stored order, additions after in the order picked."""
    picked, shown = list(picked), set(seen)
    removed, added = shown - set(picked), [item for item in picked if item not in shown]
    kept = [item for item in stored if item not in removed]
    return kept + [item for item in added if item not in kept]
