"""An office a sentence names by its short name only ("IPOS is pleased to nominate"), spelled
out on a line of the writer's signature ("Intellectual Property Office of Singapore"): the
clerk writes the full name."""

from __future__ import annotations

import re
from functools import cache

from parsers.drafts import Found
from parsers.normalize import clean_value

__all__ = ["initials_spell", "signed_in_full"]


# A short name alone: "IPOS", "OEPM", "ФИПС", maybe with a country after it ("INPI – Francia").
_SHORT = re.compile(r"(?P<a>[A-ZÀ-ÞА-ЯЁ]{3,8})(?:\s*[-–—,]\s*[^\W\d_][\w ]{1,30})?")

# Words a short name may leave out: "Oficina Española de Patentes y Marcas" is OEPM.
_LINKS = frozenset(
    {"of", "the", "and", "for", "on", "in", "de", "la", "le", "les", "du", "des", "del", "los"}
    | {"las", "y", "e", "et", "l", "d", "и", "по", "для", "при"}
)

_WORD = re.compile(r"[^\W\d_]+")


def initials_spell(short: str, name: str) -> bool:
    """Whether `name`'s words spell `short` by their initials; a link word ("of", "de")
    may give its initial or none, a word in capitals ("UK") may give all its letters."""
    words = tuple(_WORD.findall(name))
    return len(words) >= 2 and _spells(short.casefold(), words)


def _spells(short: str, words: tuple[str, ...]) -> bool:
    @cache
    def match(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(short)
        word = words[j]
        folded = word.casefold()
        if folded in _LINKS and match(i, j + 1):
            return True
        if i < len(short) and folded[0] == short[i] and match(i + 1, j + 1):
            return True
        return word.isupper() and short.startswith(folded, i) and match(i + len(word), j + 1)

    return match(0, 0)


def signed_in_full(office: Found, signature: str) -> Found | None:
    """The signature line whose words spell the short name `office` is, or None."""
    short = _SHORT.fullmatch(office.value)
    if short is None or not signature:
        return None
    pos = 0
    for line in signature.splitlines(keepends=True):
        offset = pos
        pos += len(line)
        value = clean_value(line)
        if value and "@" not in value and initials_spell(short.group("a"), value):
            start = offset + line.find(value)
            return Found(value, start, start + len(value), "signature", value)
    return None
