"""A post after a single hyphen or dash, in a sentence as on a list line.

"We nominate Mr John Smith - Senior Patent Examiner for the API Task Force", "Nous désignons
Mme Claire Martin - Chef de service pour l'Équipe d'experts XML4IP", "Designamos al Sr. Luis
Gómez - Examinador de patentes para el Equipo Técnico API", "Назначаем г-на Ивана Петрова -
ведущего эксперта в Целевую группу по API", and list lines "- Mr John Smith - Senior Patent
Examiner", "- Mme Claire Martin – Chef de service", "1. Sr. Luis Gómez - Examinador", "- г-н
Иван Петров — ведущий эксперт": what the one dash opens, when it names a post, is the post.

Near misses keep their reading: an aside after the dash ("- he chaired our working group -",
"- see the attached form -"), a task force after it, a username after it.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


CASES = [
    (
        "en-prose",
        "In reply to C. CWS 175, we nominate Mr John Smith - Senior Patent Examiner for the API "
        "Task Force.",
        ("Smith", "Senior Patent Examiner"),
    ),
    (
        "fr-prose",
        "Nous désignons Mme Claire Martin - Chef de service pour l'Équipe d'experts XML4IP.",
        ("Martin", "Chef de service"),
    ),
    (
        "es-prose",
        "Designamos al Sr. Luis Gómez - Examinador de patentes para el Equipo Técnico API.",
        ("Gómez", "Examinador de patentes"),
    ),
    (
        "ru-prose",
        "Назначаем г-на Ивана Петрова - ведущего эксперта в Целевую группу по API.",
        ("Петров", "ведущий эксперт"),
    ),
    (
        "en-list",
        "We nominate the following person for the API Task Force:\n\n"
        "- Mr John Smith - Senior Patent Examiner",
        ("Smith", "Senior Patent Examiner"),
    ),
    (
        "fr-list",
        "Nous désignons pour l'Équipe d'experts XML4IP :\n\n- Mme Claire Martin – Chef de service",
        ("Martin", "Chef de service"),
    ),
    (
        "es-list",
        "Designamos para el Equipo Técnico API:\n\n1. Sr. Luis Gómez - Examinador",
        ("Gómez", "Examinador"),
    ),
    (
        "ru-list",
        "Для участия в Целевой группе по API назначаются:\n\n- г-н Иван Петров — ведущий эксперт",
        ("Петров", "ведущий эксперт"),
    ),
]


@pytest.mark.parametrize(("case", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_post_after_one_dash(case: str, body: str, expected: tuple[str, str]) -> None:
    parsed = parse(body)
    assert parsed.kind == "nomination", parsed.kind_reason
    [nominee] = parsed.nominees
    assert (nominee.last_name, nominee.position) == expected


@pytest.mark.parametrize(
    "after",
    ["he chaired our working group - for", "see the attached form - for", "API Task Force. For"],
)
def test_aside_after_dash_is_no_post(after: str) -> None:
    parsed = parse(f"We nominate Mr John Smith - {after} the API Task Force.")
    [nominee] = parsed.nominees
    assert nominee.position is None
