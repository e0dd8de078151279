"""A name line "Name, Post, Unit" heading its labelled lines: the unit belongs to the post."""

from __future__ import annotations

import pytest

from parsers.appositives import appositive_position
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import parse, people


@pytest.mark.parametrize(
    ("segment", "post"),
    [
        (
            ", Senior Examiner, Mechanical Engineering\nUsername: xx-a\n",
            "Senior Examiner, Mechanical Engineering",
        ),
        (
            ", Chef de section, Division des marques\nCompte WIPO : xx-b\n",
            "Chef de section, Division des marques",
        ),
        (
            ", Jefa de Servicio, Subdirección de Patentes\n\n",
            "Jefa de Servicio, Subdirección de Patentes",
        ),
    ],
)
def test_the_unit_after_the_post_is_kept_on_a_heading_line(segment: str, post: str) -> None:
    found = appositive_position(segment, hyphen=True)
    assert found is not None
    assert found[0] == post


@pytest.mark.parametrize(
    "segment",
    [
        # The office or the country after the post, not its unit.
        ", Director, Korean Intellectual Property Office\nUsername: xx-a\n",
        ", Examinatrice, Canada\nCompte WIPO : xx-b\n",
        # A task force, a value, or running text after the post.
        ", Examiner, API Task Force\nUsername: xx-a\n",
        ", Director, xx-jdoe\nE-mail: a@office.example\n",
        ", Director, Patents Department has been nominated\n\n",
        ", Directeur, Service des brevets est désigné\n\n",
        # The next line is another person, not a labelled line.
        ", Director, Patents\nMs Jane Roe, Examiner, Trademarks\n",
    ],
)
def test_no_unit_when_the_piece_or_the_layout_says_otherwise(segment: str) -> None:
    found = appositive_position(segment, hyphen=True)
    assert found is not None
    assert "," not in found[0]


def test_in_running_text_the_comma_still_ends_the_post() -> None:
    found = appositive_position(", Director, Patents Department\nUsername: xx-a\n")
    assert found is not None
    assert found[0] == "Director"


def test_english_and_spanish_heading_lines_give_the_whole_post() -> None:
    english = """Dear Secretariat,

The Office nominates the following officers:

Mr Tom Baker, Senior Examiner, Chemistry Section
Task Force: API Task Force
WIPO Accounts username: xx-tbaker
Account e-mail: tom.baker@office.example

Regards,
Anne Lee
"""
    spanish = """Estimados señores:

La Oficina designa a:

Sra. Ana Ruiz, Jefa de Servicio, Subdirección de Patentes
Equipo Técnico: XML4IP
Usuario: xx-aruiz
Correo: ana.ruiz@office.example

Atentamente,
Luis Mora
"""
    got = people(parse(make_mail(english))) + people(parse(make_mail(spanish)))
    assert [p["position"] for p in got] == [
        "Senior Examiner, Chemistry Section",
        "Jefa de Servicio, Subdirección de Patentes",
    ]
