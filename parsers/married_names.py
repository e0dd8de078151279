"""A married woman's surname written with the name she was born with: "NGOMA épouse MABIALA",
"Dupont née Martin", "López casada con Pérez", "Gómez viuda de Ruiz", "Иванова (урожд.
Петрова)". The whole is her surname as written; the words outside it are her given names.

MARRIED_LINK (a link word) and BIRTH_NAME (the birth name in brackets) extend the name patterns
of the prose readers (a capitalised word must follow the link: "née en 1980" gives a birth
year, no maiden name); married_surname finds the surname so linked among a name's words.
"""

from __future__ import annotations

import re

__all__ = ["BIRTH_NAME", "MARRIED_LINK", "married_surname"]

# "épouse" (wife of), "née" (born), "veuve" (widow of), "casada con" (married to), "viuda de",
# "Vda. de", and the Russian "урождённая" (born) in brackets after the surname.
_LINK_WORDS = (
    r"(?:[ée]pouse|[ÉE]pouse|[ée]p\.|n[ée]e|N[ée]e|veuve|[Vv]ve\.?|casada[ \t]+(?:con|de)"
    r"|viuda[ \t]+de|[Vv]da\.?[ \t]+de)"
)
_RU_BORN = r"(?:урожд\.|урожд[её]нная|урождённой|урожденной)"
MARRIED_LINK = rf"(?:[ \t]+{_LINK_WORDS}[ \t]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ]))"
# "(урожд. Петрова)", "(née Martin)": the birth name in brackets after the surname.
BIRTH_NAME = rf"(?:[ \t]+\((?:{_RU_BORN}|n[ée]e)[ \t]*[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+(?:-[^\W\d_]+)?\))"
_TWO_WORD_LINKS = frozenset(
    [("casada", "con"), ("casada", "de"), ("viuda", "de"), ("vda.", "de"), ("vda", "de")]
)
_ONE_WORD_LINKS = re.compile(r"^(?:[ée]pouse|[ée]p\.|n[ée]e|veuve|vve\.?)$", re.IGNORECASE)
_BRACKET_OPEN = re.compile(rf"^\((?:{_RU_BORN}|n[ée]e)$", re.IGNORECASE)


def _link_at(tokens: list[str], i: int) -> int:
    """How many words the link opening at word `i` has (0: none there)."""
    word = tokens[i].lower()
    if _ONE_WORD_LINKS.match(word):
        return 1
    if i + 1 < len(tokens) and (word, tokens[i + 1].lower()) in _TWO_WORD_LINKS:
        return 2
    return 0


def married_surname(tokens: list[str]) -> tuple[int, int] | None:
    """(start, end) of the words forming a married surname ("NGOMA épouse MABIALA" in
    "Claire NGOMA épouse MABIALA"), the surname before the link and the one after it; None
    when the words hold no link between two names, or words stand on both sides of it."""
    for i in range(1, len(tokens) - 1):
        if _BRACKET_OPEN.match(tokens[i]) and tokens[i + 1].endswith(")"):
            span = (i - 1, i + 2)  # "Иванова (урожд. Петрова)"
            break
        size = _link_at(tokens, i)
        if size and i + size < len(tokens) and tokens[i + size][:1].isupper():
            span = (i - 1, i + size + 1)
            break
    else:
        return None
    start, end = span
    # The given names stand on one side only: "Claire NGOMA épouse MABIALA", "NGOMA épouse
    # MABIALA Claire"; none on either side is one word only ("Dupont née Martin").
    if start > 0 and end < len(tokens):
        return None
    return span
