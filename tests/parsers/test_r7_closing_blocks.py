"""The sender's closing block when no listed valediction marks it, and the office it names.

A reply may close with a greeting in a language the valedictions do not list ("Met
vriendelijke groet,", "Salutacions cordials,") over the sender's name and office; Outlook's
text part may end with the "[cid:...]" placeholders of the signature's inline logos. The
block is still the signature, and the office in it is the sender's when the body names it
only by its short name. A formal courtesy ("se permite designar", "se permet de proposer")
leads to the office as the sentence's subject.
"""

from __future__ import annotations

import pytest

from parsers.prose_offices import prose_office
from parsers.quotes import split_quotes
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import parse

OTHER_VALEDICTIONS = [
    (
        "en_dutch_greeting",
        "Dear colleagues,\n\nThank you for your message. NLPO would also like to nominate\n"
        "Ms Sanne de Vries, Senior Examiner, to the Legal Status Task Force. Her WIPO\n"
        "Accounts username is nl-sdevries (account e-mail sanne.devries@nlpo.example).\n\n"
        "Met vriendelijke groet,\nPieter Jansen\nInternational Affairs\n"
        "Netherlands Patent Office (NLPO)\n",
        "Pieter Jansen <pieter.jansen@nlpo.example>",
        "Netherlands Patent Office (NLPO)",
        "nl-sdevries",
    ),
    (
        "es_catalan_greeting",
        "Estimados señores:\n\nEn respuesta a su mensaje, la OMPA quisiera proponer también a\n"
        "la Sra. Laia Puig Ferrer, técnica de patentes, para el Equipo Técnico sobre la\n"
        "Situación Jurídica. Su usuario WIPO Accounts es ad-lpuig (correo lpuig@ompa.example).\n\n"
        "Salutacions cordials,\nJordi Serra Vidal\nCap de Relacions Internacionals\n"
        "Oficina de Marques i Patents d'Andorra (OMPA)\n",
        "Jordi Serra Vidal <jordi.serra@ompa.example>",
        "Oficina de Marques i Patents d'Andorra (OMPA)",
        "ad-lpuig",
    ),
]


@pytest.mark.parametrize(
    ("name", "body", "sender", "office", "username"),
    OTHER_VALEDICTIONS,
    ids=[c[0] for c in OTHER_VALEDICTIONS],
)
def test_closing_block_under_an_unlisted_greeting_is_the_signature(
    name: str, body: str, sender: str, office: str, username: str
) -> None:
    split = split_quotes(body)
    assert office in split.signature
    assert office not in split.new_text
    parsed = parse(make_mail(body, sender=sender))
    assert parsed.office == office
    assert [n.username for n in parsed.nominees] == [username]


CID_TAILS = [
    (
        "en_outlook_logos",
        "Dear Sir or Madam,\n\nIn reply to circular C. CWS 175, please note that we nominate\n"
        "Ms Grace Wanjiru, Patent Examiner, to the ST.26 Task Force (username ke-gwanjiru,\n"
        "grace.wanjiru@kipi.example).\n\nWe remain at your disposal for any question.\n\n"
        "Peter Otieno\nSenior Legal Officer\nKenya Industrial Property Institute\n"
        "Nairobi\n\n[cid:image001.png@01DA0B1C.2F3E4A50]  [cid:image002.jpg@01DA0B1C.2F3E4A50]\n",
        "Kenya Industrial Property Institute",
    ),
    (
        "es_outlook_logos",
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, designamos al Sr. Tomás\n"
        "Rivas Peña, Examinador de Patentes, para el Equipo Técnico XML4IP (usuario\n"
        "uy-trivas, trivas@dnpi.example).\n\nQuedamos a su disposición para cualquier consulta.\n\n"
        "Lucía Méndez Sosa\nAsesora de Cooperación\nDirección Nacional de la Propiedad Industrial\n"
        "Montevideo, Uruguay\n\n[cid:logo_dnpi.png@01DA0C22.11AA22B0]\n[image: bandera]\n",
        "Dirección Nacional de la Propiedad Industrial",
    ),
]


@pytest.mark.parametrize(("name", "body", "office"), CID_TAILS, ids=[c[0] for c in CID_TAILS])
def test_inline_logo_placeholders_under_a_signature_leave_it_a_signature(
    name: str, body: str, office: str
) -> None:
    split = split_quotes(body)
    assert office in split.signature
    assert office not in split.new_text
    parsed = parse(make_mail(body))
    assert parsed.office == office
    assert len(parsed.nominees) == 1


NOT_CLOSINGS = [
    # The lines under the greeting end as sentences: text, not a signature.
    "Hello,\n\nWe nominate Ms Ana Lee, examiner, to the XML4IP Task Force.\n\n"
    "Groetjes,\nplease confirm receipt of this nomination.\n",
    # A name and post ending with commas: not a greeting over a signature.
    "Hello,\n\nWe nominate the following person to the XML4IP Task Force.\n\n"
    "Ana Lee,\nSenior Examiner, Patents,\n",
]


@pytest.mark.parametrize("body", NOT_CLOSINGS)
def test_lines_that_end_as_sentences_are_no_closing_block(body: str) -> None:
    split = split_quotes(body)
    assert split.signature.strip() == ""


FORMAL_COURTESY = [
    (
        "es_se_permite",
        "En atención a la circular C. CWS 175, el Instituto Nacional de Propiedad Industrial\n"
        "(INAPI) se permite designar a la siguiente funcionaria:",
        "Instituto Nacional de Propiedad Industrial (INAPI)",
    ),
    (
        "es_tiene_a_bien",
        "El Servicio Nacional de Propiedad Intelectual tiene a bien proponer al Ing. Carlos Ruiz.",
        "Servicio Nacional de Propiedad Intelectual",
    ),
    (
        "fr_se_permet",
        "Suite à la circulaire C. CWS 175, l'Office marocain de la propriété industrielle et\n"
        "commerciale (OMPIC) se permet de proposer les candidats suivants :",
        "Office marocain de la propriété industrielle et commerciale (OMPIC)",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "office"), FORMAL_COURTESY, ids=[c[0] for c in FORMAL_COURTESY]
)
def test_office_before_a_formal_courtesy_verb(name: str, text: str, office: str) -> None:
    found = prose_office(text)
    assert found is not None
    assert found.value == office


def test_a_person_who_takes_the_liberty_is_no_office() -> None:
    # The subject of the courtesy is a person, not an institution: no office.
    assert prose_office("La Sra. Ana Ruiz se permite recordarles el plazo.") is None
