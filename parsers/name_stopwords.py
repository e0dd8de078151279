"""Capitalised words that may follow a title in running text yet are no part of a name:
posts ("Head", "Examiner") and the words of a letter ("Task Force", "Regards")."""

from __future__ import annotations

import re

__all__ = ["NOT_NAMES", "ROLE_WORDS", "before_preposition"]

ROLE_WORDS = frozenset(
    [
        "Examiner",
        "Director",
        "Head",
        "Officer",
        "Engineer",
        "Expert",
        "Analyst",
        "Manager",
        "Advisor",
        "Adviser",
        "Counsellor",
        "Specialist",
        "Patent",
        "Senior",
        "Chief",
        "Deputy",
        "Division",
        "Section",
        "Unit",
        "Department",
        "Information",
        "Legal",
        "Technical",
        # "the Hon. Minister", "El Señor Ministro aprobó": the minister approving, no person
        # named.
        "Minister",
        "Ministre",
        "Ministro",
        "Ministra",
        "Министр",
    ]
)
NOT_NAMES = frozenset(
    [
        "The",
        "Following",
        "Our",
        "This",
        "These",
        "Task",
        "Force",
        "Forces",
        "Office",
        "Team",
        "Expert",
        "Experts",
        "Representative",
        "Member",
        "Members",
        "WIPO",
        "CWS",
        "Secretariat",
        "Committee",
        "International",
        "Bureau",
        "Please",
        "Dear",
        "Thank",
        "Regards",
        "Le",
        "La",
        "Les",
        "El",
        "Los",
        "Las",
        "Madam",
        "Sir",
        "Monsieur",
        "Madame",
        "Señor",
        "Señora",
    ]
)

# Lower-case words that open a surname ("van der Berg", "de la Cruz", "Gómez y Pérez") yet
# are prepositions or articles too ("al Equipo", "du Groupe", "y el Sr.").
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "zu",
        "de",
        "del",
        "della",
        "dela",
        "delos",
        "delas",
        "des",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "la",
        "le",
        "los",
        "las",
        "bin",
        "ibn",
        "ben",
        "abu",
        "al",
        "el",
        "y",
    ]
)
# What a person joins, named after a preposition: never part of a surname.
_GROUP_WORDS = frozenset(
    [
        "Equipo",
        "Grupo",
        "Équipe",
        "Equipe",
        "Groupe",
        "Group",
        "Comité",
        "Comite",
        "Committee",
        "Consejo",
        "Conseil",
        "Council",
        "Task",
        "Team",
        "Working",
    ]
)
# Capitalised articles open surnames too: "Pierre de La Fontaine".
_ARTICLES = frozenset(["Le", "La", "Les", "El", "Los", "Las"])
# A surname written in capitals ("Luis PÉREZ"); initials are no such word.
_CAPITALS = re.compile(r"^[^\W\d_]{2,}(?:[-'’][^\W\d_]+)*$")


def _in_capitals(word: str) -> bool:
    return bool(_CAPITALS.match(word)) and word.isupper()


def before_preposition(words: list[str]) -> list[str]:
    """The words of a name up to a lower-case particle that opens no surname: "Luis PÉREZ
    al Equipo Técnico" is "Luis PÉREZ". A particle opens none when a group's word or a
    title follows it, or when the name writes its surname in capitals and the word after
    the particle is not ("María GARCÍA de la CRUZ" keeps it; "Jan van der Berg" too)."""
    for i in range(1, len(words)):
        if words[i] not in _PARTICLES:
            continue
        j = i
        while j < len(words) and words[j] in _PARTICLES:
            j += 1
        rest = words[j:]
        if (
            not rest
            or any(w in _GROUP_WORDS or w in NOT_NAMES - _ARTICLES for w in rest)
            or (any(_in_capitals(w) for w in words[:i]) and not _in_capitals(rest[0]))
        ):
            return words[:i]
    return words
