"""Which words of a name are the surname and which the given name, when no comma, slash or
label says: the word in capitals, initials, particles ("da", "van", "bin"), Russian and
Arabic order, and the hint a username gives.
"""

from __future__ import annotations

import re
import unicodedata

from parsers.married_names import married_surname
from parsers.russian_given_names import is_russian_given_name
from parsers.scripts import ARABIC, CYRILLIC

__all__ = [
    "CYRILLIC",
    "INITIALS",
    "all_caps",
    "given_and_patronymic",
    "is_caps",
    "resplit_by_username",
    "split_tokens",
]

_ARABIC = ARABIC
_PARTICLES = frozenset(
    [
        "ní",
        "nic",
        "ó",
        "ua",
        "uí",
        "mac",
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "dela",
        "delos",
        "delas",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "la",
        "le",
        "las",
        "los",
        "ter",
        "ten",
        "bin",
        "ibn",
        "ben",
        "al",
        "el",
        "abu",
        "st",
        "y",
        "e",
        "zu",
    ]
)
_AR_NASAB = frozenset(["بن", "ابن", "بنت"])
# A Mauritanian family name opens with "son of" or "daughter of", written in either script:
# "محمد الأمين ولد الشيخ سيديا", "Mariem Mint Ahmed Salem". It runs to the end of the name.
_FAMILY_OPENERS = frozenset(["ولد", "منت", "ould", "mint"])
# A given name may be two words: a kunya ("أبو بكر", "أم كلثوم") or "servant of" and one of
# the divine names ("عبد الرحمن", written apart). The opening word never stands alone.
_AR_COMPOUND_GIVEN = frozenset(["أبو", "ابو", "أم", "ام", "عبد"])
# Words that open a name of two words after the given name: the same, "son of" and "daughter
# of", and "آل" (the house of: "آل الشيخ"), the Maghreb's "بو" ("بو زيد").
_AR_NAME_OPENERS = _AR_COMPOUND_GIVEN | _AR_NASAB | frozenset(["آل", "ال", "بو"])
_RU_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|ук|юк|ич|ян|дзе|швили|их|ых)$"
)
_RU_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична|ьич|оглы|кызы|угли|ўғли|кизи|қизи|уулу)$")


def is_caps(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def given_and_patronymic(text: str) -> bool:
    """True for a Russian given name and patronymic with no surname ("Пётр Сергеевич")."""
    tokens = text.split()
    return (
        len(tokens) == 2
        and all(CYRILLIC.search(t) for t in tokens)
        and bool(_RU_PATRONYMIC.search(tokens[1].lower()))
    )


# "А.В.", "О.", "J.", "J.-P." (Jean-Pierre): the initials of a given name (and
# patronymic), never a surname.
INITIALS = re.compile(r"^[A-ZА-ЯЁ]\.(?:-?[A-ZА-ЯЁ]\.)*$")


def _by_initials(tokens: list[str]) -> tuple[str, str] | None:
    """ "А.В. Ковалевич", "O. N. LUKASHEVICH", "Ковалевич А.В.": the initials are the
    given name, the one word (or the words in capitals) beside them the surname."""
    marks = [bool(INITIALS.match(t)) for t in tokens]
    n = marks.index(False) if False in marks else len(marks)
    if 0 < n < len(tokens) and not any(marks[n:]):
        rest = tokens[n:]
        if len(rest) == 1 or all(is_caps(t) for t in rest):
            return " ".join(rest), " ".join(tokens[:n])
    if len(tokens) >= 2 and not marks[0] and all(marks[1:]):
        return tokens[0], " ".join(tokens[1:])
    return None


def _by_given_name(tokens: list[str]) -> tuple[str, str] | None:
    """(last, first) when one word is a known given name: the surname is the rest but the
    patronymic ("Елена Бостан-Гуцу", "Кочерга Ирина", "Ирина Петровна Кочерга")."""
    given = [i for i, t in enumerate(tokens) if is_russian_given_name(t)]
    if len(given) != 1:
        return None
    first = [given[0]]
    if given[0] + 1 < len(tokens) and _RU_PATRONYMIC.search(tokens[given[0] + 1].lower()):
        first.append(given[0] + 1)
    rest = [t for i, t in enumerate(tokens) if i not in first]
    if len(rest) != 1:
        return None
    return rest[0], " ".join(tokens[i] for i in first)


def all_caps(tokens: list[str]) -> bool:
    """Whether every word is in capitals, but initials and particles ("JOHN A. SMITH",
    "MARIA DE LA FUENTE", "ANA PÉREZ Y GÓMEZ")."""
    return all(is_caps(t) or INITIALS.match(t) or t.lower() in _PARTICLES for t in tokens)


def split_tokens(tokens: list[str]) -> tuple[str | None, str | None]:
    """Last and first name from tokens in written order (no comma, no script rule)."""
    if not tokens:
        return None, None
    married = married_surname(tokens)
    if married is not None:
        # "Claire NGOMA épouse MABIALA": the linked names are the surname, the rest given.
        start, end = married
        given = tokens[:start] + tokens[end:]
        return " ".join(tokens[start:end]), " ".join(given) or None
    initials = _by_initials(tokens)
    if initials is not None:
        return initials
    # Initials ("R.M.") are in capitals by nature: they never mark the surname.
    caps = [i for i, t in enumerate(tokens) if is_caps(t) and not INITIALS.match(t)]
    opener = next((i for i, t in enumerate(tokens) if t.lower() in _FAMILY_OPENERS), 0)
    if opener and (not caps or caps[-1] == len(tokens) - 1):
        return " ".join(tokens[opener:]), " ".join(tokens[:opener])
    # A whole name in capitals ("JOHN SMITH", "ИВАНОВ ИВАН ИВАНОВИЧ") marks no surname: the
    # language's order holds below, as for a name in mixed case (caps_names.py may resplit
    # it by another mention of the person).
    whole_caps = len(tokens) > 1 and all_caps(tokens)
    if caps and len(caps) < len(tokens) and not whole_caps:
        # UN convention: the surname is in capitals, wherever it stands.
        lo, hi = caps[0], caps[-1]
        while lo > 0 and tokens[lo - 1].lower() in _PARTICLES:
            lo -= 1
        last = " ".join(tokens[lo : hi + 1])
        first = " ".join(tokens[:lo] + tokens[hi + 1 :])
        return last, first or None
    if len(tokens) == 1 or (whole_caps and tokens[0].lower() in _PARTICLES):
        return " ".join(tokens), None  # "DE LA FONTAINE": a particle opens no given name
    if any(CYRILLIC.search(t) for t in tokens):
        known = _by_given_name(tokens)
        if known is not None:
            return known
        # Formal Russian order is "Фамилия Имя Отчество"; the patronymic stays with the first name.
        if _RU_PATRONYMIC.search(tokens[-1].lower()) or not _RU_SURNAME.search(tokens[-1].lower()):
            return tokens[0], " ".join(tokens[1:])
        return tokens[-1], " ".join(tokens[:-1])
    if any(_ARABIC.search(t) for t in tokens):
        # Arabic names as written: the given name first, the family name last; the father's
        # and grandfather's names between them ("سامي عبدالله الدوسري", "نوف بنت خالد بن
        # ناصر الشهري") are neither.
        n_given = 2 if len(tokens) > 2 and tokens[0] in _AR_COMPOUND_GIVEN else 1
        units = _arabic_units(tokens[n_given:])
        return " ".join(units[-1]) if units else None, " ".join(tokens[:n_given])
    lo = len(tokens) - 1
    while lo > 1 and tokens[lo - 1].lower() in _PARTICLES:
        lo -= 1
    return " ".join(tokens[lo:]), " ".join(tokens[:lo])


def _arabic_units(tokens: list[str]) -> list[list[str]]:
    """The names after an Arabic given name, each a word or a word and the one it opens:
    "عبد الحميد", "أبو زيد", "آل الشيخ", "بن يوسف" ("son of Yusuf": a patronymic in the
    middle, "أمينة بن يوسف"'s family name at the end)."""
    units: list[list[str]] = []
    i = 0
    while i < len(tokens):
        span = 2 if tokens[i] in _AR_NAME_OPENERS and i + 1 < len(tokens) else 1
        units.append(tokens[i : i + span])
        i += span
    return units


def _ascii_fold(token: str) -> str:
    decomposed = unicodedata.normalize("NFKD", token.lower())
    return "".join(c for c in decomposed if c.isascii() and c.isalpha())


def resplit_by_username(last: str, first: str, username: str) -> tuple[str, str] | None:
    """(last, first) as the username tells, for a given-first name with no capitals to go by.

    "Rodrigo Benítez Acosta" reads as given name "Rodrigo Benítez" by default; the
    recommended username ("py-rbenitez": the initial, then the surname) shows that the
    surname starts at "Benítez". Only when exactly one split fits the username.
    """
    tokens = first.split() + last.split()
    if len(tokens) < 3 or any(is_caps(t) or not _ascii_fold(t) for t in tokens):
        return None
    if any(CYRILLIC.search(t) or _ARABIC.search(t) for t in tokens):
        return None
    local = re.sub(r"[^a-z]", "", username.lower().partition("-")[2])
    if not local:
        return None
    folded = [_ascii_fold(t) for t in tokens]
    fits = [
        i
        for i in range(1, len(tokens))
        if local.startswith(
            ("".join(f[0] for f in folded[:i]) + folded[i], folded[0][0] + folded[i])
        )
    ]
    if len(fits) != 1:
        return None
    lo = fits[0]
    while lo > 1 and tokens[lo - 1].lower() in _PARTICLES:
        lo -= 1  # "Rafael da Silva Santos", "br-rsilva": "da" goes with the surname
    if " ".join(tokens[lo:]) == last:
        return None
    return " ".join(tokens[lo:]), " ".join(tokens[:lo])
