"""Task forces written in Portuguese and joined by "e" ("Situação Jurídica (ST.27) e
Transformação Digital"), as a Lusophone office copies them from its own forms into an
English or French mail: each one is read, the second in its Portuguese spelling too."""

from __future__ import annotations

import pytest

from parsers import parse_email
from parsers.models import ParsedEmail
from tests.parsers.mailmaker import catalog, make_mail


def _parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog())


_EN = """Dear CWS Secretariat,

In reply to Circular C. CWS 175, the Institute is pleased to nominate the expert below.

Last name / Sobrenome: Oliveira de Albuquerque
First name / Nome: João Carlos
Title: Mr.
WIPO Account username: br-jcalbuquerque
E-mail (WIPO Account): joao.albuquerque@office.example
Task Force / Força-Tarefa: {value}

Best regards,
Mariana Costa Lima
"""

_FR = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office a l'honneur de désigner :

Nom : MENDES
Prénom : Carla
Civilité : Mme
Nom d'utilisateur du compte OMPI : cv-cmendes
Équipe d'experts : {value}

Cordialement,
Paulo Tavares
"""


@pytest.mark.parametrize(
    ("template", "value", "expected"),
    [
        (
            _EN,
            "Situação Jurídica (ST.27) e Transformação Digital",
            ["Legal Status Task Force", "Digital Transformation Task Force"],
        ),
        (
            _FR,
            "Listagem de Sequências (ST.26) e Transformação Digital",
            ["Sequence Listings Task Force", "Digital Transformation Task Force"],
        ),
        (_FR, "XML4IP e API", ["XML4IP Task Force", "API Task Force"]),
    ],
)
def test_task_forces_joined_by_e(template: str, value: str, expected: list[str]) -> None:
    [nominee] = _parse(template.format(value=value)).nominees
    assert list(nominee.task_forces) == expected


def test_e_g_joins_nothing() -> None:
    [nominee] = _parse(_EN.format(value="XML4IP, e.g. for ST.96 work")).nominees
    assert list(nominee.task_forces) == ["XML4IP Task Force"]
