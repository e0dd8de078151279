"""An untitled person a joining verb adds to a task force is nominated.

"Please add John Smith to the API Task Force", "We would like to add Jane Roe, Senior
Examiner, to the XML4IP Task Force", "Veuillez inscrire Marie Dubois au groupe de travail
XML4IP", "Pourriez-vous ajouter Jean Dupont, examinateur, à l'Équipe d'experts XML4IP ?",
"Por favor, añadan a Ana Torres al Equipo Técnico API", "Solicitamos incluir a María López
... en el Equipo Técnico XML4IP", "Просим добавить Анну Петрову, главного эксперта, в
Целевую группу по API": titled or not, the verb's object is the nominee. A Russian name takes
its case from a known given name of the right sex ("Анну" is a woman's, so "Петрову" is
"Петрова").

Near misses nominate nobody: "add a remark", "add our colleagues", capitalised words that
are no name ("Patent Office", "Legal Status", "Sequence Listings"), a report of a past addition.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


_API = ("API Task Force",)
_XML = ("XML4IP Task Force",)

CASES = [
    (
        "en-please-add",
        "Please add John Smith to the API Task Force.",
        ("Smith", "John", None, _API),
    ),
    (
        "en-add-post",
        "We would like to add Jane Roe, Senior Examiner, to the XML4IP Task Force.",
        ("Roe", "Jane", "Senior Examiner", _XML),
    ),
    (
        "fr-inscrire",
        "Veuillez inscrire Marie Dubois au groupe de travail XML4IP.",
        ("Dubois", "Marie", None, _XML),
    ),
    (
        "fr-ajouter",
        "Pourriez-vous ajouter Jean Dupont, examinateur, à l'Équipe d'experts XML4IP ?",
        ("Dupont", "Jean", "examinateur", _XML),
    ),
    (
        "es-anadan",
        "Por favor, añadan a Ana Torres al Equipo Técnico API.",
        ("Torres", "Ana", None, _API),
    ),
    (
        "es-incluir",
        "Solicitamos incluir a María López, examinadora de patentes, en el Equipo Técnico XML4IP.",
        ("López", "María", "examinadora de patentes", _XML),
    ),
    (
        "ru-dobavit",
        "Просим добавить Анну Петрову, главного эксперта, в Целевую группу по API.",
        ("Петрова", "Анна", "главный эксперт", _API),
    ),
    (
        "ru-vklyuchit",
        "Просим включить Анну Петрову в состав Целевой группы по API.",
        ("Петрова", "Анна", None, _API),
    ),
]


@pytest.mark.parametrize(("case", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_untitled_object_of_joining_verb(
    case: str, body: str, expected: tuple[object, ...]
) -> None:
    parsed = parse("Dear Secretariat,\n\n" + body + "\n\nBest regards\n")
    assert parsed.kind == "nomination", parsed.kind_reason
    [nominee] = parsed.nominees
    assert (
        nominee.last_name,
        nominee.first_name,
        nominee.position,
        nominee.task_forces,
    ) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Please add a remark to the API Task Force page.",
        "Please add our colleagues to the API Task Force.",
        "Please add Patent Office to the API Task Force.",
        "Please add Legal Status to the API Task Force wiki.",
        "Please add Sequence Listings to the agenda of the API Task Force.",
        "The API Task Force added John Smith to its wiki last year.",
    ],
)
def test_no_person_is_added(body: str) -> None:
    parsed = parse("Dear Secretariat,\n\n" + body + "\n")
    assert parsed.nominees == ()
