"""A post in apposition that spells out its unit with many articles and prepositions
("Chef de la Division de la Documentation et de l'Information Technologique") is a post:
only its content words count toward the length a post may have. A sentence running on
after the name is still no post."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


@pytest.mark.parametrize(
    ("body", "post"),
    [
        (
            "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, l'Office a l'honneur de "
            "désigner Mme Awa DIALLO, Chef de la Division de la Documentation et de "
            "l'Information Technologique, en qualité de représentante auprès de l'Équipe "
            "d'experts chargée des listages des séquences.\n\nSon nom d'utilisateur est "
            "xx-adiallo ; adresse : a.diallo@office.example.\n",
            "Chef de la Division de la Documentation et de l'Information Technologique",
        ),
        (
            "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, la Oficina designa "
            "a la Sra. Ana RUIZ, Jefa del Departamento de Gestión de la Información y de la "
            "Documentación de Patentes, para el Equipo Técnico de Listas de Secuencias.\n\n"
            "Usuario: xx-aruiz; correo: a.ruiz@office.example.\n",
            "Jefa del Departamento de Gestión de la Información y de la Documentación de Patentes",
        ),
        (
            "Dear Secretariat,\n\nFurther to C. CWS 175, the Office nominates Ms Jane DOE, Head "
            "of the Division of Documentation and of the Information and Technology Service of "
            "the Patents Directorate, to the Sequence Listings Task Force.\n\nUsername: xx-jdoe\n"
            "E-mail: j.doe@office.example\n",
            "Head of the Division of Documentation and of the Information and Technology "
            "Service of the Patents Directorate",
        ),
    ],
)
def test_a_post_long_with_linking_words_is_read(body: str, post: str) -> None:
    parsed = parse(body)
    assert [n.position for n in parsed.nominees] == [post]


def test_an_appositive_of_many_content_words_is_still_no_post() -> None:
    body = (
        "Dear Secretariat,\n\nFurther to C. CWS 175, the Office nominates Ms Jane DOE, whom "
        "colleagues regard highly after many years leading several important national "
        "projects successfully, to the Sequence Listings Task Force.\n\nUsername: xx-jdoe\n"
        "E-mail: j.doe@office.example\n"
    )
    assert [n.position for n in parse(body).nominees] == [None]


def test_a_sentence_of_many_words_after_the_name_is_no_post() -> None:
    body = (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, l'Office désigne Mme Awa "
        "DIALLO, laquelle travaille depuis longtemps sur les normes de données des brevets "
        "et des marques avec plusieurs collègues de nombreux pays africains, auprès de "
        "l'Équipe d'experts chargée des listages des séquences.\n\nNom d'utilisateur : "
        "xx-adiallo\n"
    )
    assert [n.position for n in parse(body).nominees] == [None]
