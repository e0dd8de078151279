"""A title's abbreviation ("M. MARTIN", "Sr. GARCÍA", "Dr. Smith", "г. Иванов") ends no
sentence for the task-force reader either: "all task forces, as Dr. Smith suggested, except
X" leaves X out, as the same words without a title do. One notion of a title's full stop
serves every rule that reads a sentence."""

from __future__ import annotations

import re

import pytest

from parsers import Kind
from parsers.phrases import SENTENCE_END
from parsers.taskforces import excepted
from parsers.withdrawals import UNTITLED_END
from tests.parsers.mailmaker import catalog, make_mail
from tests.parsers.test_es_ru_shapes import parse, people

_XML = frozenset({"XML4IP Task Force"})


@pytest.mark.parametrize(
    "text",
    [
        "Ms DOE joins all task forces, as Dr. Smith suggested, except the XML4IP Task Force.",
        "Except for the XML4IP Task Force, Mr. DOE joins all task forces.",
        "À l'exception de l'équipe d'experts XML4IP, M. DUPONT rejoindra toutes les équipes "
        "d'experts.",
        "Il rejoindra toutes les équipes d'experts, comme le souhaite Mme. MARTIN, sauf "
        "l'équipe d'experts XML4IP.",
        "Salvo el Equipo Técnico XML4IP, el Sr. PÉREZ se integrará en todos los equipos técnicos.",
        "Se integrará en todos los equipos técnicos, según lo acordado con la Dra. GÓMEZ, "
        "excepto el Equipo Técnico XML4IP.",
        "За исключением Целевой группы по XML4IP, г. Иванов войдет во все целевые группы.",
    ],
)
def test_a_title_between_all_and_except_cuts_nothing(text: str) -> None:
    assert excepted(text, catalog()) == _XML


def test_a_real_sentence_end_still_cuts() -> None:
    assert excepted("Sauf erreur, voici la liste. Toutes les équipes d'experts.", catalog()) == (
        frozenset()
    )
    # An initial before a title still ends its sentence ("... le groupe A. M. DUPONT ...").
    text = "Except the XML4IP Task Force, see annex A. All task forces for Mr. DOE."
    assert excepted(text, catalog()) == frozenset()


def _labelled(body: str) -> list[dict[str, object]]:
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    return people(parsed)


def test_labelled_task_forces_with_a_title_inside_french_and_spanish() -> None:
    every_but_xml = [name for name in catalog().names if name != "XML4IP Task Force"]
    french = _labelled(
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, l'Office désigne :\n\n"
        "Nom : DUPONT, Pierre (M.)\nIdentifiant : xx-pdupont\n"
        "Équipes d'experts : toutes les équipes d'experts (sur le conseil de M. MARTIN), "
        "sauf l'équipe d'experts XML4IP\n\nCordialement,\nAna Pérez\n"
        "Office de la propriété industrielle"
    )
    assert french[0]["task_forces"] == every_but_xml
    spanish = _labelled(
        "Estimados colegas:\n\nEn respuesta a la circular C. CWS 175, la Oficina designa:\n\n"
        "Nombre: PÉREZ, Luis (Sr.)\nUsuario: xx-lperez\n"
        "Equipos técnicos: todos los equipos técnicos (según lo acordado con el Sr. GARCÍA), "
        "excepto el Equipo Técnico XML4IP\n\nAtentamente,\nAna Gómez\n"
        "Oficina de Propiedad Industrial"
    )
    assert spanish[0]["task_forces"] == every_but_xml


@pytest.mark.parametrize("pattern", [SENTENCE_END, UNTITLED_END])
def test_every_sentence_end_skips_the_same_titles(pattern: re.Pattern[str]) -> None:
    for title in ("M", "Mme", "Mlle", "Mr", "Mrs", "Ms", "Dr", "Dra", "Sr", "Sra", "Prof", "г"):
        assert pattern.search(f"voir {title}. Dupont") is None, title
    assert pattern.search("в 2024 г. Мы") is not None
    assert pattern.search("see annex A. Mr. Dupont") is not None
