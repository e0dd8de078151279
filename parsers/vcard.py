"""Contact cards (.vcf, text/vcard) to labelled lines, with vobject.

An office sometimes names its nominee only through an attached card ("our colleague whose
contact card is attached"). The card's structured fields become the annex's labelled
lines (Title, Last name, First name, Position, E-mail), which the labelled
field reader then reads like any other block.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import vobject

__all__ = ["vcard_text"]

# A card is one person; a file with more than this many is an address book, not an annex.
MAX_CARDS = 20
_MAX_VALUE = 200


def _value(component: Any, name: str) -> Any:
    child = getattr(component, name.lower(), None)
    return None if child is None else child.value


def _clean(value: object) -> str:
    if isinstance(value, list | tuple):
        value = " ".join(str(v) for v in value if v)
    return " ".join(str(value or "").split())[:_MAX_VALUE]


def _email(card: Any) -> str:
    addresses = [c for c in card.contents.get("email", []) if _clean(c.value)]
    preferred = [
        c
        for c in addresses
        if {t.lower() for t in c.params.get("TYPE", [])} & {"pref", "work"} or c.params.get("PREF")
    ]
    chosen = (preferred or addresses)[:1]
    return _clean(chosen[0].value) if chosen else ""


def _card_lines(card: Any) -> Iterator[str]:
    name = _value(card, "N")
    if name is not None:
        prefix, family, given = _clean(name.prefix), _clean(name.family), _clean(name.given)
        if prefix:
            yield f"Title: {prefix}"
        if family:
            yield f"Last name: {family}"
        if given:
            yield f"First name: {given}"
        if not (family or given) and (full := _clean(_value(card, "FN"))):
            yield f"Name: {full}"
    elif full := _clean(_value(card, "FN")):
        yield f"Name: {full}"
    if position := _clean(_value(card, "TITLE")):
        yield f"Position: {position}"
    # ORG is left out: "ministry;department;unit" names the office at no fixed level, and
    # the mail's own text names it better.
    if email := _email(card):
        yield f"E-mail: {email}"


def vcard_text(text: str) -> str:
    """Each card's fields as labelled lines, a blank line between cards."""
    blocks: list[str] = []
    for count, component in enumerate(vobject.readComponents(text, ignoreUnreadable=True)):
        if count >= MAX_CARDS:
            break
        if component.name.upper() == "VCARD":
            lines = list(_card_lines(component))
            if lines:
                blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
