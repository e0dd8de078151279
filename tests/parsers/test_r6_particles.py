"""A given name of two words, then a surname opened by a lower-case particle."""

from __future__ import annotations

import pytest

from parsers.names import split_person
from parsers.people import titled_people
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import parse, people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1. Ms. Ana Lucia dela Paz\n   Position: Examiner", "Ana Lucia dela Paz"),
        ("Mr. Juan Carlos de las Heras, Analyst", "Juan Carlos de las Heras"),
        ("Mr Karl Heinz von der Linde is nominated", "Karl Heinz von der Linde"),
        ("Mme Marie Claire du Pont, attachée", "Marie Claire du Pont"),
        ("Mr Samir Adel al-Masri, Director", "Samir Adel al-Masri"),
        ("Mr Mohd Faizal bin Ahmad, Examiner", "Mohd Faizal bin Ahmad"),
    ],
)
def test_the_particle_keeps_the_surname_in_the_name(text: str, name: str) -> None:
    assert [p.name for p in titled_people(text)] == [name]


@pytest.mark.parametrize(
    ("name", "last", "first"),
    [
        ("Ms. Ana Lucia dela Paz", "dela Paz", "Ana Lucia"),
        ("Sr. Juan Carlos de las Heras", "de las Heras", "Juan Carlos"),
        ("M. Pierre Henri le Goff", "le Goff", "Pierre Henri"),
        ("Mr Samir Adel al-Masri", "al-Masri", "Samir Adel"),
    ],
)
def test_the_particle_starts_the_surname(name: str, last: str, first: str) -> None:
    split = split_person(name)
    assert (split.last_name, split.first_name) == (last, first)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sra. Ana Gómez de la Oficina de Patentes", "Ana Gómez"),
        ("Mme Claire Durand du Service des brevets", "Claire Durand"),
        ("Mr John Smith of the Division of Patents", "John Smith"),
    ],
)
def test_a_particle_before_an_institution_is_no_surname(text: str, name: str) -> None:
    assert [p.name for p in titled_people(text)] == [name]


def test_spanish_and_french_lists_with_particles() -> None:
    spanish = """Estimados señores:

En respuesta a la circular C. CWS 175, la Oficina Nacional designa a:

1. Sra. María Fernanda de las Casas
   Cargo: Examinadora de Patentes
   Equipo Técnico: XML4IP
   Usuario: xx-mdelascasas
   Correo: mf.delascasas@oficina.example

Atentamente,
Pedro Ruiz
"""
    french = """Madame, Monsieur,

En réponse à la circulaire C. CWS 175, l'Office national désigne :

1. M. Jean Baptiste van der Meer
   Fonction : Conseiller ICT
   Équipe d'experts : API
   Compte WIPO : xx-jvandermeer
   Courriel : jb.vandermeer@office.example

Salutations distinguées,
Paul Martin
"""
    got = people(parse(make_mail(spanish))) + people(parse(make_mail(french)))
    assert [(p["title"], p["last_name"], p["first_name"], p["username"]) for p in got] == [
        ("Mrs", "de las Casas", "María Fernanda", "xx-mdelascasas"),
        ("Mr", "van der Meer", "Jean Baptiste", "xx-jvandermeer"),
    ]
