"""An office that is a Board, and a signature's field of work that is no office.

Some IP offices sit inside a development board ("the Rwanda Development Board (RDB)
nominates ..."): "Board" names an institution as "Agency" or "Authority" does. A signer's
post followed by its field ("Division Manager, Intellectual Property", "Chef de division,
Propriété intellectuelle", "Jefe de División, Propiedad Intelectual") gives the post's
domain, no office's name: the office is the institution the signature names.

Near misses keep their reading: an office whose name holds those words ("Intellectual
Property Office of ...") and a board in lower case in a sentence.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


OFFICES = [
    (
        "en-board-in-prose",
        "Dear CWS Secretariat,\n\nFurther to Circular C. CWS 175, the Rwanda Development Board "
        "(RDB) nominates Mrs Claudine Uwimana, Senior IP Examiner, to the Legal Status Task "
        "Force.\n\nRegards,\n\nJean Bosco NSENGIYUMVA\nDivision Manager, Intellectual Property\n"
        "Office of the Registrar General\nRwanda Development Board (RDB)\nKG 9 Ave, Kigali\n",
        "Rwanda Development Board (RDB)",
    ),
    (
        "en-field-after-post",
        "Dear CWS Secretariat,\n\nFurther to Circular C. CWS 175, we nominate Mrs Claudine "
        "Uwimana, Senior IP Examiner, to the Legal Status Task Force.\n\nRegards,\n\n"
        "Jean Bosco NSENGIYUMVA\nDivision Manager, Intellectual Property\n"
        "Rwanda Development Board\nKigali\n",
        "Rwanda Development Board",
    ),
    (
        "fr-field-after-post",
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nous désignons Mme Awa KONE, "
        "examinatrice, à l'Équipe d'experts chargée de la situation juridique.\n\n"
        "Cordialement,\n\nMoussa TRAORE\nChef de division, Propriété intellectuelle\n"
        "Centre Malien de Promotion de la Propriété Industrielle\nBamako\n",
        "Centre Malien de Promotion de la Propriété Industrielle",
    ),
    (
        "es-field-after-post",
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, designamos a la Sra. Ana "
        "PÉREZ, examinadora, para el Equipo Técnico sobre la Situación Jurídica.\n\n"
        "Atentamente,\n\nLuis GÓMEZ\nJefe de División, Propiedad Intelectual\n"
        "Servicio Nacional de Propiedad Intelectual\nAsunción\n",
        "Servicio Nacional de Propiedad Intelectual",
    ),
]


@pytest.mark.parametrize(("body", "office"), [c[1:] for c in OFFICES], ids=[c[0] for c in OFFICES])
def test_office_read(body: str, office: str) -> None:
    assert parse(body).office == office


def test_office_named_with_the_field_keeps_its_name() -> None:
    body = (
        "Dear CWS Secretariat,\n\nFurther to C. CWS 175, we nominate Mr John Doe, Examiner, to "
        "the API Task Force.\n\nRegards,\n\nJane Roe\nHead, International Cooperation\n"
        "Intellectual Property Office of Ruritania\n"
    )
    assert parse(body).office == "Intellectual Property Office of Ruritania"


def test_a_board_in_lower_case_is_no_office() -> None:
    body = (
        "Dear CWS Secretariat,\n\nFurther to C. CWS 175, and as agreed on board of our "
        "management meeting, we nominate Mr John Doe, Examiner, to the API Task Force.\n\n"
        "Regards,\n\nJane Roe\n"
    )
    assert parse(body).office is None
