"""An office a sentence names with its state after it ("المكتب الوطني لبراءات الاختراع بدولة
ليبيا", "the National Patent Office of the State of Libya") while the writer's signature
names it without: the state is where the office is, not part of its name."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.drafts import Found

__all__ = ["without_signed_country"]

# "بدولة ليبيا", "في جمهورية ...", "of the Republic of ...", "de la République ...": the state
# an office belongs to, written after the office's name.
_COUNTRY_TAIL = re.compile(
    r"\s+(?:(?:ب|في\s+)(?:ال)?(?:دولة|جمهورية|مملكة|المملكة|سلطنة|إمارة|امارة)\s"
    r"|(?:of|in)\s+the\s+(?:Republic|Kingdom|State|Sultanate|Emirate|Principality)\s+of\s"
    r"|(?:de|du)\s+(?:la\s+|l['’])?(?:R[ée]publique|Royaume|[ÉE]tat|Principaut[ée]|Sultanat)\s"
    r"|de\s+(?:la\s+)?(?:Rep[úu]blica|Reino|Estado|Principado)\s)",
    re.IGNORECASE,
)


def without_signed_country(office: Found, signature: str) -> Found | None:
    """`office` cut before its state when the signature spells the office as that shorter
    name (on a line of its own or after the signer's post), else None.

    >>> found = Found("المكتب الوطني للبراءات بدولة ليبيا", 0, 34, "prose", "")
    >>> without_signed_country(found, "م. فرج\\nمدير المكتب الوطني للبراءات\\nطرابلس").value
    'المكتب الوطني للبراءات'
    >>> without_signed_country(found, "م. فرج\\nطرابلس") is None
    True
    """
    tail = _COUNTRY_TAIL.search(office.value)
    if tail is None or tail.start() < 3:
        return None
    short = office.value[: tail.start()]
    for raw in signature.splitlines():
        line = raw.strip()
        # The signature's own name must end there: "... بدولة ليبيا" again is no shorter form.
        if line.endswith(short) and (
            len(line) == len(short) or not line[-len(short) - 1].isalnum()
        ):
            return replace(office, value=short, end=office.start + len(short))
    return None
