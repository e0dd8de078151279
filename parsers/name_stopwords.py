"""Capitalised words that may follow a title in running text yet are no part of a name:
posts ("Head", "Examiner") and the words of a letter ("Task Force", "Regards")."""

from __future__ import annotations

__all__ = ["NOT_NAMES", "ROLE_WORDS"]

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
