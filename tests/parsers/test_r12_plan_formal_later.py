"""A plan to propose someone whose formal nomination will follow ("se tiene previsto proponer
... remitiremos la designación formal") nominates nobody yet; a plan with only further names
to follow still nominates."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.models import Kind
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


# --- a plan to propose someone, the formal nomination to follow ------------------------

_PLAN_ES = """Estimada Secretaría:

El Registro acusa recibo de la circular C. CWS 175 y solicita una prórroga del plazo para la \
designación de sus representantes.

La designación debe ser aprobada por resolución del Registrador. De forma preliminar, se tiene \
previsto proponer al Lic. Marco Tulio Orellana Arriaza, Jefe de la Sección de Patentes, para el \
Equipo Técnico sobre la Situación Jurídica.

En cuanto se cuente con la resolución, remitiremos la designación formal con todos los datos.

Atentamente,
Ingrid Barrios
"""

_PLAN_EN = """Dear Secretariat,

The Office acknowledges circular C. CWS 175 and asks for two more weeks. It is planned to \
propose Mr. Mark Taylor, Head of the Patent Section, for the Legal Status Task Force.

We will send the formal nomination once the Director General has approved it.

Kind regards,
Ingrid Barrows
"""

_PLAN_FR = """Madame, Monsieur,

L'Office accuse réception de la circulaire C. CWS 175. Il est prévu de désigner M. Marc \
Tellier, chef de la section des brevets, pour l'Équipe d'experts sur le statut juridique.

Nous vous communiquerons la désignation officielle dès son approbation.

Cordialement,
Ingrid Barreau
"""


@pytest.mark.parametrize("body", [_PLAN_ES, _PLAN_EN, _PLAN_FR])
def test_a_plan_whose_formal_nomination_will_follow_nominates_nobody(body: str) -> None:
    parsed = parse(make_mail(body))
    assert parsed.kind == Kind.OTHER
    assert not parsed.nominees


def test_a_plan_with_further_names_to_follow_still_nominates() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to circular C. CWS 175, we plan to nominate Mr. Mark "
        "Taylor (gb-mtaylor, mark.taylor@office.example) for the Legal Status Task Force.\n\n"
        "Further nominations will follow.\n\nKind regards,\nIngrid Barrows\n"
    )
    parsed = parse(make_mail(body))
    assert parsed.kind == Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Taylor"]
