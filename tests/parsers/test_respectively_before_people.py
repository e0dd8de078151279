"""Task forces listed before the people they go to, in order: "To the API and XML4IP Task
Forces respectively, the Office nominates Ms X and Mr Y". Without the word, or with the
task forces between the people, each keeps what the sentence gives them."""

from __future__ import annotations

import pytest

from parsers import parse_email
from tests.parsers.mailmaker import catalog, make_mail

API, XML = "API Task Force", "XML4IP Task Force"


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Dear Secretariat,\n\nWith reference to circular C. CWS 175, to the API Task Force "
            "and the XML4IP Task Force respectively, the Office nominates Ms. Anna KOWALSKA, "
            "Senior Examiner, and Mr. Jan NOWAK, IT Specialist.\n\nKind regards\n",
            [("KOWALSKA", (API,)), ("NOWAK", (XML,))],
        ),
        (
            "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, pour l'Équipe d'experts "
            "chargée de la norme XML4IP et l'Équipe d'experts chargée de l'API respectivement, "
            "l'Office désigne Mme Claire MARTIN, examinatrice, et M. Paul ROUX, ingénieur.\n\n"
            "Cordialement\n",
            [("MARTIN", (XML,)), ("ROUX", (API,))],
        ),
        (
            "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 в Целевую группу "
            "по API и в Целевую группу по XML4IP соответственно выдвигаются г-жа Иванова Анна, "
            "ведущий эксперт, и г-н Петров Олег, главный специалист.\n\nС уважением\n",
            [("Иванова", (API,)), ("Петров", (XML,))],
        ),
    ],
)
def test_task_forces_named_first_are_handed_out_in_order(
    body: str, people: list[tuple[str, tuple[str, ...]]]
) -> None:
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert [(n.last_name, n.task_forces) for n in parsed.nominees] == people


def test_without_the_word_both_join_every_task_force_named() -> None:
    body = (
        "Dear Secretariat,\n\nWith reference to circular C. CWS 175, to the API Task Force and "
        "the XML4IP Task Force, the Office nominates Ms. Anna KOWALSKA, Senior Examiner, and "
        "Mr. Jan NOWAK, IT Specialist.\n\nKind regards\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert [(n.last_name, n.task_forces) for n in parsed.nominees] == [
        ("KOWALSKA", (XML, API)),
        ("NOWAK", (XML, API)),
    ]
