"""A post written in apposition in two pieces, the post and its unit, before a spaced dash
that opens the record's next part: "M. X, chef de projet, Direction des systèmes
d'information – compte OMPI : ..."."""

from __future__ import annotations

import pytest

from parsers.appositives import appositive_position


@pytest.mark.parametrize(
    ("segment", "post"),
    [
        (
            ", Senior Examiner, Patent Information Division – WIPO account: ie-jdoe",
            "Senior Examiner, Patent Information Division",
        ),
        (
            ", jefa de sección, Departamento de Marcas — usuario: co-aruiz",
            "jefa de sección, Departamento de Marcas",
        ),
        (
            ", chargée de mission, Service des normes - identifiant fr-x",
            "chargée de mission, Service des normes",
        ),
    ],
)
def test_post_and_unit_before_a_dash(segment: str, post: str) -> None:
    found = appositive_position(segment)
    assert found is not None
    assert found[0] == post


@pytest.mark.parametrize(
    ("segment", "post"),
    [
        # The office or the country after the comma is no unit of the post.
        (", Senior Examiner, IP Australia – username au-jdoe", "Senior Examiner"),
        (", examinatrice, Institut national de la propriété industrielle – compte", "examinatrice"),
        # A task force after the comma neither.
        (", examiner, XML4IP Task Force – username ie-x", "examiner"),
    ],
)
def test_office_or_task_force_before_a_dash_stays_out(segment: str, post: str) -> None:
    found = appositive_position(segment)
    assert found is not None
    assert found[0] == post
