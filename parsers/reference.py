"""Find the circular an email cites and write it the canonical way ("C. CWS 175")."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["ReferenceMatch", "canonical_reference", "find_reference"]

# "C. CWS 175", "C.CWS 175", "C.CWS.175", "C. CWS/175", "C/CWS/175", "C CWS-175".
_WITH_C = r"(?<![A-Za-z])C\s*[./\s]\s*CWS\s*[./\s-]?\s*(?:No\.?\s*|n[°º]\s*)?(?P<a>\d{2,4})"
# "CWS175", "CWS 175", "CWS.175", "Ref.: CWS/175": session documents look like "CWS/11/3" or
# "CWS/11", so a bare number needs three digits and no second "/n".
_BARE = r"(?<![A-Za-z./])CWS\s*[./\s]?\s*(?P<b>\d{3})(?![\d/])"
# "circular 175", "circulaire n° 175", "циркуляр № 175", "通函第175号", "التعميم 175".
_WORD = (
    r"(?:circular(?:\s+letter)?|circulaire|циркуляр[а-я]*|通函|التعميم|تعميم)"
    r"\s*(?:No\.?|n[°º]|№|núm\.?|nº|第|رقم)?\s*(?P<c>\d{3})(?![\d/])"
)
# The look-ahead on first letters lets the engine skip most positions quickly.
_PATTERN = re.compile(rf"(?=[CcЦц通تا])(?:{_WITH_C}(?!\d)|{_BARE}|{_WORD})", re.IGNORECASE)


class ReferenceMatch(NamedTuple):
    canonical: str
    start: int
    end: int
    text: str


def canonical_reference(number: int) -> str:
    return f"C. CWS {number}"


def find_reference(
    text: str, accepted: tuple[str, ...] = ("C. CWS 175", "C. CWS 170")
) -> ReferenceMatch | None:
    """The circular `text` cites, preferring one of `accepted` when several are cited.

    >>> find_reference("Re: circulaire C.CWS/175").canonical
    'C. CWS 175'
    >>> find_reference("see CWS/11/3") is None
    True
    """
    first: ReferenceMatch | None = None
    for match in _PATTERN.finditer(text):
        number = match.group("a") or match.group("b") or match.group("c")
        found = ReferenceMatch(
            canonical_reference(int(number)), match.start(), match.end(), match.group(0)
        )
        if found.canonical in accepted:
            return found
        first = first or found
    return first
