"""Blind round 4 (en, fr, es, ru): what kind of mail it is, and which office nominates."""

from __future__ import annotations

import pytest

from parsers import Kind
from parsers.letterhead import letterhead_office
from parsers.prose_offices import prose_office
from parsers.signature_offices import signature_office
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import API, parse

# A withdrawal recites the nomination it withdraws, nominating verb included.
WITHDRAWALS = [
    (
        "es_dejar_sin_efecto",
        """Estimados señores:

Nos referimos a nuestra comunicación del 4 de octubre, mediante la cual la Oficina designó a
la Sra. Ana María PÉREZ LUNA, Analista (usuario xx-aperez, aperez@office.example), como
miembro del Equipo Técnico SEQL.

Por medio de la presente les solicitamos dejar sin efecto dicha designación, ya que la
Sra. Pérez Luna dejó de prestar servicios en la Oficina.

Atentamente,
Juan Ruiz
""",
    ),
    (
        "en_revoke_after_recital",
        """Dear Sir or Madam,

Further to our e-mail of 4 October in reply to C. CWS 175, in which the Office nominated
Ms. Jane DOE, Head of Division (username xx-jdoe, jdoe@office.example), to the SEQL Task Force.

We kindly ask you to revoke that nomination, as Ms. DOE has left the Office.

Best regards,
John Smith
""",
    ),
    (
        "ru_annul_after_recital",
        """Уважаемые коллеги!

Письмом от 4 октября 2023 г. (C. CWS 175) Ведомство выдвинуло г-жу Иванову Анну Петровну,
главного эксперта (логин xx-aivanova, aivanova@office.example), в Целевую группу по SEQL.

Просим аннулировать указанное выдвижение, так как г-жа Иванова уволилась.

С уважением,
Отдел стандартов
""",
    ),
    (
        "fr_annulation",
        """Madame, Monsieur,

Par notre courriel du 4 octobre (C. CWS 175), l'Office a désigné M. Paul MARTIN, examinateur
(identifiant xx-pmartin, pmartin@office.example), à l'Équipe d'experts XML4IP.

Nous vous prions d'annuler cette désignation, M. Martin ayant quitté l'Office.

Cordialement,
""",
    ),
]


@pytest.mark.parametrize(("name", "body"), WITHDRAWALS, ids=[c[0] for c in WITHDRAWALS])
def test_the_withdrawn_person_is_nobody_nominated(name: str, body: str) -> None:
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.OTHER, parsed.to_contract()
    assert parsed.nominees == ()
    assert "withdrawal" in [w.code for w in parsed.warnings]


@pytest.mark.parametrize(
    "body",
    [
        "Dear Secretariat,\n\nIn reply to C. CWS 175, we withdraw the nomination of Mr. John SMITH "
        "(us-jsmith) and nominate instead Ms. Jane DOE, Examiner, username us-jdoe, to the API "
        "Task Force.\n\nRegards\n",
        "Estimados:\n\nLes solicitamos dejar sin efecto la designación del Sr. Juan PÉREZ y "
        "designamos en su lugar a la Sra. Ana DOE (usuario xx-adoe) para el Equipo Técnico API.\n",
    ],
)
def test_the_replacement_named_after_a_withdrawal_is_nominated(body: str) -> None:
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert [(n.last_name, n.task_forces) for n in parsed.nominees] == [("DOE", (API,))]


SURVEY_CONTACTS = [
    (
        "en",
        """Dear Sir or Madam,

In reply to circular C. CWS 178 inviting Offices to take part in the survey on the
implementation of WIPO Standard ST.26, please note the details of our contact person:

1. Name of Office: Example Patent Office
2. Last name, First name (Mr./Ms.): Gruber, Anna (Ms.)
3. Position in the Office: Head of Patent Information
4. E-mail address: anna.gruber@office.example

Kind regards,
Tom Berger
""",
    ),
    (
        "es",
        """Estimados señores:

En respuesta a la circular C. CWS 180, relativa a la encuesta sobre la aplicación de la
Norma ST.27 de la OMPI, les comunicamos los datos de nuestra persona de contacto:

Nombre: Sra. Lucía FERNÁNDEZ
Cargo: Jefa de Sistemas
Correo electrónico: lfernandez@office.example

Atentamente,
""",
    ),
    (
        "fr",
        """Madame, Monsieur,

Suite à la lettre circulaire C. CWS 178 (enquête sur la mise en œuvre de la norme ST.26),
voici les coordonnées de notre personne de contact :

Nom : M. Pierre LEROY
Fonction : Chef du service de l'information
Courriel : pleroy@office.example

Cordialement,
""",
    ),
]


@pytest.mark.parametrize(("lang", "body"), SURVEY_CONTACTS, ids=[c[0] for c in SURVEY_CONTACTS])
def test_a_contact_person_for_another_circular_is_no_nomination(lang: str, body: str) -> None:
    parsed = parse(make_mail(body, subject="Survey - contact person"))
    assert parsed.kind is Kind.OTHER, parsed.to_contract()
    assert parsed.nominees == ()
    assert "other_circular" in [w.code for w in parsed.warnings]


@pytest.mark.parametrize(
    "details",
    [
        "Task Force: XML4IP Task Force\nE-mail: jdoe@office.example\n",
        "WIPO Account username: us-jdoe\nE-mail: jdoe@office.example\n",
    ],
)
def test_a_representative_under_a_mistyped_circular_is_still_nominated(details: str) -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to circular C. CWS 157, please find our representative:\n\n"
        f"Name: Ms. Jane DOE\nPosition: Examiner\n{details}\nRegards,\nJohn\n"
    )
    parsed = parse(make_mail(body, subject="Representative"))
    assert parsed.kind is Kind.NOMINATION, parsed.to_contract()
    assert parsed.nominees[0].last_name == "DOE"
    assert "other_circular" in [w.code for w in parsed.warnings]


# A nominee writing about their access gives their username and address: no nomination.
ACCESS_QUESTIONS = [
    (
        "es_no_permission_after_notice",
        "Re: Acceso a la Wiki del CWS - Equipo Técnico XML4IP",
        """Buenos días:

Muchas gracias por la notificación. Sin embargo, al intentar ingresar a la Wiki con mi
usuario xx-lmarin me aparece el mensaje "No tiene permiso para ver esta página".

¿Es necesario esperar algún tiempo? Mi cuenta OMPI fue creada con la dirección
lmarin@office.example.

Cordialmente,

Laura Marín Ospina
Profesional Especializada
Oficina de Ejemplo
""",
    ),
    (
        "en_error_without_task_force",
        "Re: Wiki access",
        """Dear colleagues,

Thank you. I logged in to the CWS wiki with my username xx-jdoe, but the page shows an error.
My account e-mail is jdoe@office.example. Is there anything else I should do?

Best regards,
Jane Doe
Examiner
""",
    ),
    (
        "en_access_denied_naming_the_task_force",
        "Re: XML4IP Task Force wiki",
        """Dear Secretariat,

When I try to access the XML4IP Task Force wiki with my username xx-jdoe I get "Access
denied". My account e-mail is jdoe@office.example.

Best regards,
Jane Doe
Examiner
""",
    ),
    (
        "fr_acces_refuse",
        "RE: Accès au wiki",
        """Bonjour,

Lorsque j'essaie d'accéder au wiki de l'Équipe d'experts XML4IP avec mon identifiant
xx-pmartin, j'obtiens « Accès refusé ». Mon adresse : pmartin@office.example.

Cordialement,
Paul Martin
""",
    ),
    (
        "ru_login_error",
        "RE: Доступ к вики",
        """Добрый день!

Мой логин xx-aivanova, адрес aivanova@office.example. Вики КСВ показывает
ошибку. Подскажите, пожалуйста, что делать?

С уважением,
Иванова Анна
""",
    ),
]


@pytest.mark.parametrize(
    ("name", "subject", "body"), ACCESS_QUESTIONS, ids=[c[0] for c in ACCESS_QUESTIONS]
)
def test_a_nominee_asking_about_access_is_no_nomination(name: str, subject: str, body: str) -> None:
    parsed = parse(make_mail(body, subject=subject, sender="Writer <writer@office.example>"))
    assert parsed.kind is Kind.OTHER, parsed.to_contract()
    assert parsed.nominees == ()


def test_a_nominee_giving_their_username_for_a_task_force_is_still_nominated() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175, my username is xx-jdoe and my account e-mail is jdoe@office.example.
I will be the Office's representative in the API Task Force.

Best regards,
Jane Doe
Examiner
"""
    parsed = parse(make_mail(body, sender="Jane Doe <jdoe@office.example>"))
    assert parsed.kind is Kind.NOMINATION, parsed.to_contract()
    assert [(n.last_name, n.username, n.task_forces) for n in parsed.nominees] == [
        ("Doe", "xx-jdoe", (API,))
    ]


@pytest.mark.parametrize(
    "signature",
    [
        "Mette Hansen\nSpecial Adviser | International Affairs\n"
        "Danish Patent and Trademark Office | Helgeshøj Allé 81 | DK-2630 Taastrup\n"
        "Tel. +45 43 50 80 00 | Direct +45 43 50 85 55\n",
        "Hemi Walker | Senior Advisor, International Policy\n"
        "Intellectual Property Office of New Zealand | Hīkina Whakatutuki\n"
        "Tel +64 4 555 0147\n",
        "Ana Ruiz | Jefa de Servicio\n"
        "Oficina Española de Patentes y Marcas | Paseo de la Castellana 75 | Madrid\n",
    ],
)
def test_an_office_name_in_a_piped_signature_is_no_label(signature: str) -> None:
    body = (
        "Dear CWS Secretariat,\n\nIn reply to circular C. CWS 175, the Danish Patent and "
        "Trademark Office (DKPTO) nominates Mr Lars NIELSEN (username dk-lnielsen, "
        "lbn@dkpto.example) to the API Task Force.\n\nNgā mihi,\n\n"
        + signature
        # A disclaimer under the signature, as mail gateways add.
        + "\nThis e-mail may contain confidential information. If you are not the intended "
        "recipient,\nplease notify the sender and delete it.\n"
    )
    parsed = parse(make_mail(body))
    assert parsed.office == "Danish Patent and Trademark Office (DKPTO)"


def test_an_office_label_in_a_piped_table_still_reads() -> None:
    body = (
        "Dear Secretariat,\n\nOur nomination (C. CWS 175):\n\n"
        "Name of Office | Intellectual Property Office of New Zealand (IPONZ)\n"
        "Name | Ms Aroha TE RANGI\nUsername | nz-aterangi\nTask Force | API Task Force\n"
    )
    parsed = parse(make_mail(body))
    assert parsed.office == "Intellectual Property Office of New Zealand (IPONZ)"
    assert parsed.nominees[0].username == "nz-aterangi"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "The Permanent Mission of Peru to the United Nations Office and other International\n"
            "Organizations in Geneva presents its compliments to the International Bureau and, "
            "with reference to circular\nC. CWS 175, has the honour to communicate the nomination "
            "of the following officials\nof the National Institute for the Defense of Competition "
            "and the Protection of\nIntellectual Property (INDECOPI) as members of the CWS Task "
            "Forces:",
            "National Institute for the Defense of Competition and the Protection of Intellectual "
            "Property (INDECOPI)",
        ),
        (
            "La Mission permanente du Maroc auprès de l'Office des Nations Unies présente ses "
            "compliments au Bureau international et lui transmet la désignation de l'Office "
            "Marocain de la Propriété Industrielle et Commerciale (OMPIC).",
            "Office Marocain de la Propriété Industrielle et Commerciale (OMPIC)",
        ),
        (
            "Por instrucción del Director, reenvío la designación de los representantes del "
            "Instituto Nacional de Propiedad Industrial (INAPI) en los Equipos Técnicos del CWS.",
            "Instituto Nacional de Propiedad Industrial (INAPI)",
        ),
        (
            "Sequel to WIPO circular C.CWS 175 on the above subject, the Trademarks, Patents and\n"
            "Designs Registry (TPDR) hereby nominates the officer below.",
            "Trademarks, Patents and Designs Registry (TPDR)",
        ),
    ],
)
def test_the_office_is_the_named_institution_of_the_sentence(text: str, office: str) -> None:
    found = prose_office(text)
    assert found is not None
    assert found.value == office
    # The evidence spans the name as written, line breaks and all.
    assert " ".join(text[found.start : found.end].split()) == office


def test_a_mission_alone_is_no_office() -> None:
    text = (
        "The Permanent Mission of Nigeria presents its compliments to the International Bureau "
        "and has the honour to transmit the attached nomination."
    )
    assert prose_office(text) is None


def test_a_mission_in_a_letterhead_or_a_signature_is_no_office() -> None:
    assert letterhead_office("PERMANENT MISSION OF PERU\nTO THE UNITED NATIONS OFFICE\n") is None
    assert (
        signature_office(
            "Carlos Ríos\nMinister Counsellor\nPermanent Mission of Peru to the "
            "United Nations Office at Geneva\n"
        )
        is None
    )
    assert signature_office("Ana Ruiz\nOficina Española de Patentes y Marcas\n") is not None


@pytest.mark.parametrize(
    ("signature", "office"),
    [
        (
            "M. Koffi Hounkpatin\nService de la Coopération et des Affaires juridiques\n"
            "Agence Nationale de la Propriété Industrielle (ANaPI) – Cotonou, Bénin\n",
            "Agence Nationale de la Propriété Industrielle (ANaPI)",
        ),
        (
            "Jane Doe\nDivision of International Affairs\n"
            "Example Intellectual Property Office (EIPO)\n",
            "Example Intellectual Property Office (EIPO)",
        ),
    ],
)
def test_the_signature_line_with_a_short_name_is_the_office(signature: str, office: str) -> None:
    found = signature_office(signature)
    assert found is not None
    assert found.value == office
