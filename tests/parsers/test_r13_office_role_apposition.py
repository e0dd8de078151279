"""The office that writes, named with its short name and set off from its verb by the role
it holds, named without an article ("le Ministère ... (MINMIDT) du Cameroun, Structure
Nationale de Liaison avec l'OAPI, propose", "the Ministry ... (MOTI), National Focal Point
for ARIPO, nominates"): the role describes the office, which is the subject. A name that
lists its fields with commas ("Ministère des Mines, de l'Industrie et du ...") is whole."""

from __future__ import annotations

import pytest

from parsers import parse_email
from tests.parsers.mailmaker import catalog, make_mail

_NOMINEE = {
    "fr": (
        "\n\nNom et prénom / Name : M. TANYI Emmanuel\nFonction / Position : Examinateur\n"
        "Equipe d'experts / Task Force : XML4IP\nNom d'utilisateur / Username : cm-etanyi\n"
        "Courriel du compte / Account e-mail : e.tanyi@office.example\n\nCordialement\n"
    ),
    "en": (
        "\n\nName: Mr John ROE\nPosition: Examiner\nTask Force: XML4IP\nUsername: xx-jroe\n"
        "Account e-mail: j.roe@office.example\n\nBest regards\n"
    ),
    "es": (
        "\n\nNombre: Sr. Juan PÉREZ\nCargo: Examinador\nEquipo técnico: XML4IP\n"
        "Nombre de usuario: xx-jperez\nCorreo de la cuenta: j.perez@office.example\n\n"
        "Atentamente\n"
    ),
}


@pytest.mark.parametrize(
    ("language", "lead", "office"),
    [
        (
            "fr",
            "Suite à la circulaire C. CWS 175, le Ministère des Mines, de l'Industrie et du "
            "Développement Technologique (MINMIDT) du Cameroun, Structure Nationale de Liaison "
            "avec l'OAPI, propose les candidats suivants :",
            "Ministère des Mines, de l'Industrie et du Développement Technologique (MINMIDT)",
        ),
        (
            "fr",
            "Suite à la circulaire C. CWS 175, le Ministère des Mines, de l'Industrie et du "
            "Développement Technologique (MINMIDT) propose les candidats suivants :",
            "Ministère des Mines, de l'Industrie et du Développement Technologique (MINMIDT)",
        ),
        (
            "en",
            "Further to circular C. CWS 175, the Ministry of Trade and Industry (MOTI) of "
            "Ruritania, National Focal Point for ARIPO, nominates the following expert:",
            "Ministry of Trade and Industry (MOTI)",
        ),
        (
            "es",
            "En respuesta a la circular C. CWS 175, el Ministerio de Industria y Comercio (MIC) "
            "de Ruritania, Punto Focal Nacional ante la OMPI, designa al siguiente experto:",
            "Ministerio de Industria y Comercio (MIC)",
        ),
    ],
)
def test_role_after_the_named_office_is_no_office(language: str, lead: str, office: str) -> None:
    parsed = parse_email(make_mail(lead + _NOMINEE[language]), catalog=catalog())
    assert parsed.office == office
    assert len(parsed.nominees) == 1


@pytest.mark.parametrize(
    ("lead", "office"),
    [
        # The unit after the ministry has a short name of its own: it is the office writing.
        (
            "Further to circular C. CWS 175, the Ministry of Trade and Industry, Industrial "
            "Property Directorate (IPD), nominates the following expert:",
            "Industrial Property Directorate (IPD)",
        ),
        # With its article the second name is the subject, as before.
        (
            "Further to circular C. CWS 175, the Ministry of Trade and Industry (MOTI), the "
            "Industrial Property Office, nominates the following expert:",
            "Industrial Property Office",
        ),
    ],
)
def test_a_named_unit_or_an_article_keeps_the_second_name(lead: str, office: str) -> None:
    parsed = parse_email(make_mail(lead + _NOMINEE["en"]), catalog=catalog())
    assert parsed.office == office
