"""Two or more untitled people a nominating verb names together ("we nominate Jane SMITH
and John DOE", "designamos a Ana GÓMEZ y Luis PÉREZ", "nous désignons Marie DUPONT et
Paul MARTIN"): each is a nominee, with the task forces the sentence names."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

XML = "XML4IP Task Force"


def nominees(greeting: str, sentence: str, closing: str) -> list[tuple[object, ...]]:
    raw = make_mail(f"{greeting}\n\n{sentence}\n\n{closing}\n")
    parsed: ParsedEmail = parse_email(raw, catalog=catalog(), options=ParseOptions())
    return [(n.title, n.last_name, n.first_name, list(n.task_forces)) for n in parsed.nominees]


@pytest.mark.parametrize(
    ("greeting", "sentence", "closing", "expected"),
    [
        (
            "Estimados colegas:",
            "En respuesta a la circular C. CWS 175, designamos a Ana GÓMEZ y Luis PÉREZ "
            "para el Equipo Técnico XML4IP.",
            "Atentamente,",
            [(None, "GÓMEZ", "Ana", [XML]), (None, "PÉREZ", "Luis", [XML])],
        ),
        (
            "Estimados colegas:",
            "En respuesta a la circular C. CWS 175, proponemos a Ana GÓMEZ e Isabel RUIZ "
            "para el Equipo Técnico XML4IP.",
            "Atentamente,",
            [(None, "GÓMEZ", "Ana", [XML]), (None, "RUIZ", "Isabel", [XML])],
        ),
        (
            "Chers collègues,",
            "En réponse à la circulaire C. CWS 175, nous désignons Marie DUPONT et Paul "
            "MARTIN pour l'Équipe d'experts XML4IP.",
            "Cordialement,",
            [(None, "DUPONT", "Marie", [XML]), (None, "MARTIN", "Paul", [XML])],
        ),
        (
            "Dear colleagues,",
            "In reply to circular C. CWS 175, we nominate Jane SMITH and John DOE to the "
            "XML4IP Task Force.",
            "Best regards,",
            [(None, "SMITH", "Jane", [XML]), (None, "DOE", "John", [XML])],
        ),
        (
            "Dear colleagues,",
            "In reply to circular C. CWS 175, we nominate Jane SMITH, Peter PAN and John "
            "DOE to the XML4IP Task Force.",
            "Best regards,",
            [
                (None, "SMITH", "Jane", [XML]),
                (None, "PAN", "Peter", [XML]),
                (None, "DOE", "John", [XML]),
            ],
        ),
        (
            "Dear colleagues,",
            "In reply to circular C. CWS 175, we nominate Jane Smith and John Doe to the "
            "XML4IP Task Force.",
            "Best regards,",
            [(None, "Smith", "Jane", [XML]), (None, "Doe", "John", [XML])],
        ),
        # Russian: the verb's object in the accusative, put into the nominative.
        (
            "Уважаемые коллеги!",
            "В ответ на циркулярное письмо C. CWS 175 Ведомство выдвигает Наталью ЧОБАН и "
            "Игоря ПЕТРОВА в Целевую группу по XML4IP.",
            "С уважением,",
            [(None, "ЧОБАН", "Наталья", [XML]), (None, "ПЕТРОВ", "Игорь", [XML])],
        ),
    ],
)
def test_people_named_together(
    greeting: str, sentence: str, closing: str, expected: list[tuple[object, ...]]
) -> None:
    assert nominees(greeting, sentence, closing) == expected


@pytest.mark.parametrize(
    ("greeting", "sentence", "closing", "expected"),
    [
        # A Spanish surname joined by "y" is one person.
        (
            "Estimados colegas:",
            "En respuesta a la circular C. CWS 175, designamos a José ORTEGA y GASSET "
            "para el Equipo Técnico XML4IP.",
            "Atentamente,",
            [(None, "ORTEGA y GASSET", "José", [XML])],
        ),
        # A post after a comma is no second person.
        (
            "Dear colleagues,",
            "In reply to circular C. CWS 175, we nominate Jane Smith, Deputy Director "
            "General, to the XML4IP Task Force.",
            "Best regards,",
            [(None, "Smith", "Jane", [XML])],
        ),
        # A titled second person keeps the title.
        (
            "Chers collègues,",
            "En réponse à la circulaire C. CWS 175, nous désignons Marie DUPONT et M. Paul "
            "MARTIN pour l'Équipe d'experts XML4IP.",
            "Cordialement,",
            [(None, "DUPONT", "Marie", [XML]), ("Mr", "MARTIN", "Paul", [XML])],
        ),
        # What follows "and" is no person: the office.
        (
            "Dear colleagues,",
            "In reply to circular C. CWS 175, we nominate Jane SMITH and the Office "
            "supports the XML4IP Task Force.",
            "Best regards,",
            [(None, "SMITH", "Jane", [XML])],
        ),
    ],
)
def test_one_person_stays_one(
    greeting: str, sentence: str, closing: str, expected: list[tuple[object, ...]]
) -> None:
    assert nominees(greeting, sentence, closing) == expected
