"""Untitled people a nominating verb names together: "we nominate Jane SMITH and John DOE",
"designamos a Ana GÓMEZ y Luis PÉREZ", "nous désignons Marie DUPONT, Paul MARTIN et Luc
PETIT". The first name after the verb is found with the others; this reads the rest.
"""

from __future__ import annotations

import re

from parsers.han_names import HAN_POST_WORDS
from parsers.name_order import CYRILLIC, is_caps
from parsers.name_stopwords import NOT_NAMES, ROLE_WORDS
from parsers.russian_cases import governed_object

__all__ = ["JOIN", "verb_objects"]

# What joins two names: a conjunction, perhaps after a comma, or a comma alone.
_CONJUNCTIONS = r"and|et|y|e|и|ainsi[ \t]+que|as[ \t]+well[ \t]+as|así[ \t]+como"
# Chinese joins Latin names with "和", "及", "、", perhaps past a degree or a post: "提名ZHANG
# Wei 博士和LI Na 教授".
# Possessive blanks: with no post between them, two runs of blanks would share a long run
# every way before failing (quadratic).
_HAN_JOIN = (
    rf"[ \t]*+(?:[\u4e00-\u9fff]{{0,4}}{HAN_POST_WORDS})?[ \t]*+(?:以及|和|及|与|與|、)[ \t]*"
)
JOIN = (
    rf"(?P<join>[ \t]*,[ \t]*(?:(?:{_CONJUNCTIONS})[ \t]+)?|[ \t]+(?:{_CONJUNCTIONS})[ \t]+"
    rf"|{_HAN_JOIN})"
)
# A title opens the next person, whom the titled reading finds with its salutation.
_TITLE_WORD = re.compile(
    r"(?:Mrs|Mr|Ms|Miss|Mme|Mlle|M|Sra|Srta|Sr|Dr|Dra|Prof|Ing|Lic|Monsieur|Madame|Señora|Señor"
    r"|Doña|Don|Mister|Doctor|Docteur|Professeur|Professor)\.?"
)


def _has_caps(words: list[str]) -> bool:
    return any(len(w) > 1 and is_caps(w) for w in words)


def _is_person(words: list[str], caps: bool) -> bool:
    """Two words or more, none a word of a letter, not all a post's, written as the first
    name is: with a surname in capitals when it has one."""
    return (
        len(words) >= 2
        and not set(words) & NOT_NAMES
        and not set(words) <= ROLE_WORDS
        and not _TITLE_WORD.fullmatch(words[0])
        and _has_caps(words) == caps
    )


def _split_at_conjunction(name: str) -> list[str]:
    """ "Ana GÓMEZ y Luis PÉREZ" (read as one name, "y" opening a surname as in "Ortega y
    Gasset") is two people when each side has a given name and a surname."""
    words = name.split()
    for i, word in enumerate(words):
        if word in ("y", "e") and 2 <= i <= len(words) - 3:
            left, right = words[:i], words[i + 1 :]
            caps = _has_caps(left)
            if _is_person(left, caps) and _is_person(right, caps):
                return [" ".join(left), " ".join(right)]
    return [name]


def _joined_names(
    text: str, first: list[str], end: int, following: re.Pattern[str]
) -> list[tuple[str, int, int]]:
    """The names joined after the first one (its words `first`, ending at `end`), each with
    where it stands; `following` matches JOIN then a name in its group "name". A comma
    alone joins names only when the first has a surname in capitals: "Jane Smith, Deputy
    Director General" names her post."""
    caps = _has_caps(first)
    found: list[tuple[str, int, int]] = []
    while (match := following.match(text, end)) is not None:
        if match.group("join").strip() == "," and not caps:
            break
        words = match.group("name").split()
        while words and words[-1] in NOT_NAMES:
            words.pop()
        if not _is_person(words, caps):
            break
        name = " ".join(words)
        found.append((name, match.start("name"), match.start("name") + len(name)))
        end = match.start("name") + len(name)
    return found


def verb_objects(
    text: str, start: int, words: list[str], following: re.Pattern[str], governor: str = ""
) -> list[tuple[str, int, int]]:
    """Each person a nominating verb names, from the first name's words (at `start`) on,
    with where they stand; a Russian name in the accusative or genitive is put into the
    nominative ("выдвигает Наталью ЧОБАН и Игоря ПЕТРОВА"), by the case `governor` (the
    verb) takes when only initials stand beside the surname ("включить Г.Б. Бердыеву")."""
    found: list[tuple[str, int, int]] = []
    at = start
    for part in _split_at_conjunction(" ".join(words)):
        at = text.index(part.split()[0], at)
        end = at
        for word in part.split():
            end = text.index(word, end) + len(word)
        found.append((part, at, end))
        at = end
    found.extend(_joined_names(text, words, at, following))
    return [
        (" ".join(governed_object(name.split(), governor)) if CYRILLIC.search(name) else name, s, e)
        for name, s, e in found
    ]
