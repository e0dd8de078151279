"""A reply to our acknowledgement that adds one nominee in a name line over labelled lines.

The quoted acknowledgement is ours and names the first nominee; the reply adds a second
person whose name line opens with a lawyer's or a licentiate's title ("Abg.", "Lcda.",
"Me"), which says nothing of Mr/Mrs/Ms. Only the added person is nominated by the reply;
a sentence saying the first nomination stands names no one new.
"""

from __future__ import annotations

import pytest

from parsers.names import split_person
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import parse

REPLIES = [
    (
        "es_abg",
        "Estimados señores:\n\nGracias por el acuse de recibo. Deseamos añadir una segunda\n"
        "representante del Instituto para el Equipo Técnico sobre la Situación Jurídica:\n\n"
        "Abg. María Fernanda Robles Tapia\nDirectora de Asuntos Legales\n"
        "Usuario WIPO Accounts: ec-mrobles\nCorreo de la cuenta: mrobles@senadi.example\n\n"
        "La designación del Ing. Pérez para el Equipo Técnico XML4IP se mantiene.\n\n"
        "Atentamente,\n\nCarlos Andrade\nServicio Nacional de Derechos Intelectuales\n\n"
        "El 10 oct 2023, a las 18:02, CWS Mail <cws.mail@wipo.int> escribió:\n\n"
        "> Estimado Sr. Andrade:\n>\n> Acusamos recibo de su correo por el que el Servicio\n"
        "> designa al Ing. Jorge Pérez Vela, Jefe de Sistemas, como representante ante el\n"
        "> Equipo Técnico XML4IP (usuario ec-jperez).\n>\n> Secretaría del CWS\n",
        "Carlos Andrade <carlos.andrade@senadi.example>",
        ("Robles Tapia", "María Fernanda", "ec-mrobles", "Legal Status Task Force"),
    ),
    (
        "fr_me",
        "Madame, Monsieur,\n\nMerci de votre accusé de réception. Nous souhaitons ajouter une\n"
        "seconde représentante pour l'Équipe d'experts chargée de la norme ST.26 :\n\n"
        "Me Claire Fontaine\nJuriste principale\nIdentifiant WIPO : be-cfontaine\n"
        "Courriel du compte : cfontaine@opri.example\n\n"
        "La désignation de M. Diallo pour l'Équipe d'experts XML4IP reste inchangée.\n\n"
        "Cordialement,\n\nLuc Martin\nOffice de la Propriété intellectuelle\n\n"
        "Le 10 oct. 2023 à 18:02, CWS Mail <cws.mail@wipo.int> a écrit :\n\n"
        "> Monsieur,\n>\n> Nous accusons réception de votre courriel désignant M. Amadou\n"
        "> Diallo, chef du service informatique, auprès de l'Équipe d'experts XML4IP\n"
        "> (identifiant be-adiallo).\n>\n> Le Secrétariat du CWS\n",
        "Luc Martin <luc.martin@opri.example>",
        ("Fontaine", "Claire", "be-cfontaine", "Sequence Listings Task Force"),
    ),
]


@pytest.mark.parametrize(
    ("name", "body", "sender", "expected"), REPLIES, ids=[c[0] for c in REPLIES]
)
def test_only_the_added_nominee_of_a_reply_to_our_acknowledgement(
    name: str, body: str, sender: str, expected: tuple[str, str, str, str]
) -> None:
    parsed = parse(
        make_mail(
            body,
            sender=sender,
            subject="Re: C. CWS 175 - acknowledgement",
            headers=(("In-Reply-To", "<ack-1@cws.example>"),),
        )
    )
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [expected[:3]]
    assert parsed.nominees[0].title is None
    assert list(parsed.nominees[0].task_forces) == [expected[3]]


@pytest.mark.parametrize(
    ("written", "last", "first"),
    [
        ("Abog. Luis Alberto Sánchez", "Sánchez", "Luis Alberto"),
        ("Lcda. Rosa Elena Quispe", "Quispe", "Rosa Elena"),
        ("Me Claire Fontaine", "Fontaine", "Claire"),
    ],
)
def test_professional_title_heads_the_name_and_gives_no_salutation(
    written: str, last: str, first: str
) -> None:
    assert split_person(written) == (None, last, first)


def test_signer_with_a_lawyers_title_is_no_nominee() -> None:
    body = (
        "Estimados señores:\n\nDesignamos al Sr. Pablo Ortega, analista, para el Equipo\n"
        "Técnico XML4IP (usuario py-portega, portega@dinapi.example).\n\n"
        "Atentamente,\n\nAbog. Ana López\nDirectora Jurídica\n"
        "Dirección Nacional de Propiedad Intelectual\n"
    )
    parsed = parse(make_mail(body))
    assert [n.last_name for n in parsed.nominees] == ["Ortega"]


@pytest.mark.parametrize(
    "body",
    [
        # A sentence opening with the pronoun "Me" names no lawyer.
        "Estimados señores:\n\nMe Permito designar a la Sra. Ana Ruiz Soto, analista, para el\n"
        "Equipo Técnico XML4IP (usuario co-aruiz, aruiz@sic.example).\n\nAtentamente,\nLuis Gil\n",
        "Madame, Monsieur,\n\nMe Voici chargé de vous transmettre la candidature de Mme Ana\n"
        "Ruiz Soto, analyste, pour l'Équipe d'experts XML4IP (identifiant co-aruiz).\n\n"
        "Cordialement,\nLuis Gil\n",
    ],
)
def test_the_pronoun_me_names_no_one(body: str) -> None:
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("Ruiz Soto", "co-aruiz")]
