"""Cyrillic and Greek letters that look Latin, typed inside a Latin word: "am-аgevorgyan"
with a Cyrillic "а" from a Russian keyboard layout, "ΚΖ-user" with Greek capitals. A WIPO
username or an address is Latin, so such a word reads with the Latin letters it shows.
A word of the text's own script (Cyrillic or Greek letters that look like nothing Latin,
or fewer Latin letters than look-alikes) stays as written. One for one, so that offsets
stay those of the text."""

from __future__ import annotations

import re

__all__ = ["latin_lookalikes"]

_CYRILLIC = {
    "а": "a",
    "е": "e",
    "о": "o",
    "р": "p",
    "с": "c",
    "у": "y",
    "х": "x",
    "і": "i",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "һ": "h",
    "ԛ": "q",
    "ԝ": "w",
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "Х": "X",
    "У": "Y",
    "І": "I",
    "Ј": "J",
    "Ѕ": "S",
}
_GREEK = {
    "ο": "o",
    "ν": "v",
    "ρ": "p",
    "ι": "i",
    "κ": "k",
    "α": "a",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
}
_LOOKALIKES = str.maketrans(_CYRILLIC | _GREEK)
_ALIKE = "".join(_CYRILLIC) + "".join(_GREEK)
# A Latin letter and a look-alike side by side, maybe across "-", "." or "_": the only
# shape worth a closer look, and one that running text of either script never has.
_MIXED = re.compile(f"[A-Za-z][-._]?[{_ALIKE}]|[{_ALIKE}][-._]?[A-Za-z]")
# The word around it: letters, digits and what a username or an address joins them with.
_WORD = re.compile(r"[\w.@+-]+")
_LATIN = re.compile(r"[A-Za-z]")
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")


def _latinised(match: re.Match[str]) -> str:
    word = match.group()
    mapped = word.translate(_LOOKALIKES)
    if _OTHER_SCRIPT.search(mapped):
        return word  # a letter that looks like nothing Latin: the word is not Latin
    alike = sum(1 for a, b in zip(word, mapped, strict=True) if a != b)
    return mapped if len(_LATIN.findall(word)) > alike else word


def latin_lookalikes(text: str) -> str:
    """`text` with each Latin word's Cyrillic or Greek look-alike letters made Latin."""
    if not _MIXED.search(text):
        return text
    out: list[str] = []
    last = 0
    for hit in _MIXED.finditer(text):
        if hit.start() < last:
            continue
        word = _WORD.search(text, _word_start(text, hit.start()))
        if word is None:
            continue
        out.append(text[last : word.start()])
        out.append(_latinised(word))
        last = word.end()
    out.append(text[last:])
    return "".join(out)


def _word_start(text: str, at: int) -> int:
    """Where the word holding `at` starts."""
    while at > 0 and _WORD.fullmatch(text[at - 1]):
        at -= 1
    return at
