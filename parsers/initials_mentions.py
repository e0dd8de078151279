"""A person named again by initials and surname ("J. Smith", "A. M. García López", "M. J.-P.
Dupont", "Г.Б. Бердыева", "Бердыева Г.Б.") after being named in full ("Ms Jane Smith", "г-жи
Бердыевой Гульшат Батыровны"): the same person when each initial opens the given names in
turn and the surname is the same, in whatever case a Russian sentence puts it. Other
initials, another surname or a title of the other sex name someone else.
"""

from __future__ import annotations

import re

from parsers.names import PersonName
from parsers.russian_cases import deinflect_russian

__all__ = ["initials_mention", "is_initials"]

# "J.", "Г.Б.", "J.-P.": one or more letters each closed by a full stop.
_INITIALS = re.compile(r"(?:[^\W\d_]\.-?)+")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
# The titles whose case a surname may be in when no title stands before it: "Г.Б.
# Бердыевой" (genitive), "Г.Б. Бердыеву" (accusative or dative), "о Г.Б. Бердыеве".
_OBLIQUE_TITLES = ("г-на", "г-ну", "г-не", "г-жу", "г-жи", "г-же")
_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f"}
_MALE_PATRONYMIC = re.compile(r"(?:вич|оглы|уулу|улы|угли)$")
_FEMALE_PATRONYMIC = re.compile(r"(?:вна|чна|кызы|қызы)$")


def is_initials(value: str) -> bool:
    """Whether a first name is only initials ("J.", "A. M.", "Г.Б.", "J.-P.")."""
    words = value.split()
    return bool(words) and all(_INITIALS.fullmatch(w) for w in words)


def _fold(word: str) -> str:
    return word.casefold().replace("ё", "е")


def _letters(words: list[str]) -> list[str]:
    """The first letter of each given name ("Jean-Pierre" is two) or each initial."""
    return [part[:1].casefold() for w in words for part in re.split(r"[.\-]+", w) if part]


def _forms(word: str) -> set[str]:
    """The word as written and, for a Russian one, the nominatives it may be the oblique case
    of ("Бердыеву" -> "Бердыева", "Бердыев")."""
    forms = {_fold(word)}
    if _CYRILLIC.search(word):
        forms.update(_fold(deinflect_russian([word], t)[0]) for t in _OBLIQUE_TITLES)
    return forms


def _split(short: list[str]) -> tuple[list[str], list[str]] | None:
    """The initials and the surname's words of a short mention: the initials all before
    the surname ("Г.Б. Бердыева") or all after it ("Бердыева Г.Б.")."""
    marks = [bool(_INITIALS.fullmatch(w)) for w in short]
    lead = marks.index(False) if False in marks else len(marks)
    if 0 < lead < len(short) and not any(marks[lead:]):
        return short[:lead], short[lead:]
    trail = marks[::-1].index(False) if False in marks else len(marks)
    if 0 < trail < len(short) and not any(marks[: len(short) - trail]):
        return short[len(short) - trail :], short[: len(short) - trail]
    return None


def _words(person: PersonName) -> list[str]:
    """Given names first, then the surname, whatever order the name was written in."""
    return [w for part in (person.first_name, person.last_name) if part for w in part.split()]


def initials_mention(short: PersonName, full: PersonName) -> bool:
    """Whether `short`, a name by initials and surname, is the person `full` names with
    whole given names: the surname's words (in any case) stand in the full name after its
    given names, whose first letters the initials are, in order; no title of the other sex.
    A second surname may be left out ("A. García" for "Ana María García López")."""
    parts = _split(_words(short))
    whole = _words(full)
    if parts is None or not whole or all(_INITIALS.fullmatch(w) for w in whole[:-1]):
        return False
    initials, surname = parts
    mine, theirs = _GENDER.get(short.title or ""), _GENDER.get(full.title or "")
    if mine and theirs and mine != theirs:
        return False
    letters = _letters(initials)
    forms = [_forms(w) for w in surname]
    for at in range(1, len(whole) - len(surname) + 1):
        run = whole[at : at + len(surname)]
        if all(_fold(w) in f for w, f in zip(run, forms, strict=True)):
            given = whole[:at]
            # "г-н Г.Б. ..." is no "Гульшат Батыровна": the patronymic tells her sex.
            last_given = given[-1].casefold()
            other_sex = _FEMALE_PATRONYMIC if mine == "m" else _MALE_PATRONYMIC
            if mine and other_sex.search(last_given):
                return False
            first = _letters(given)
            return len(letters) <= len(first) and first[: len(letters)] == letters
    return False
