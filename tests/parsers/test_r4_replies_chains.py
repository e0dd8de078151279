"""Fourth-round shapes in English, French, Spanish and Russian: a numbered task-force list
whose first item reads as a bare label, answers to the Secretariat's request for missing
details (typed between its quoted questions, keyed above it, or inline in an HTML reply), a
forward of a forward, and a value corrected further down the same mail."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
LS = "Legal Status Task Force"
API = "API Task Force"
DT = "Digital Transformation Task Force"
NS = "Name Standardization Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "position", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def test_numbered_task_force_list_after_a_sentence_keeps_its_first_item_en() -> None:
    body = """Dear Secretariat,

Further to circular C. CWS 175, the Registry hereby nominates the officer below to the
following CWS Task Forces:

1. XML4IP Task Force
2. Legal Status Task Force (ST.27)
3. Name Standardization Task Force

Name: DOE Jane (Ms.)
Designation: Senior Examiner
WIPO Account Username: xx-jdoe
Email: jdoe@office.example
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.nominees[0].task_forces == (XML4IP, LS, NS)
    assert parsed.nominees[0].unknown_task_forces == ()


def test_numbered_task_force_list_after_a_sentence_keeps_its_first_item_fr() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office désigne la personne ci-dessous pour les équipes
d'experts suivantes :

1. Équipe d'experts chargée de la norme XML4IP
2. Équipe d'experts chargée de la situation juridique
3. Équipe d'experts chargée de la transformation numérique

Nom : DUPONT Marie (Mme)
Fonction : Examinatrice principale
Nom d'utilisateur du compte OMPI : xx-mdupont
Courriel : mdupont@office.example
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.nominees[0].task_forces == (XML4IP, LS, DT)
    assert parsed.nominees[0].unknown_task_forces == ()


def test_typo_corrected_further_down_with_only_the_right_value_ru() -> None:
    body = """Добрый день!

Направляем данные представителей ведомства (циркулярное письмо C. CWS 175).

Представитель 1
Фамилия: Рахимов
Имя, отчество: Фарход Саидович
Имя пользователя: xx-frakhimov
Эл. почта: frakhimov@office.example
Целевая группа: по API

Представитель 2
Фамилия: Назарова
Имя, отчество: Мадина Шералиевна
Имя пользователя: xx-mnazarva
Эл. почта: mnazarova@office.example
Целевая группа: по API

Обратите внимание: в имени пользователя г-жи Назаровой выше допущена опечатка, правильно — xx-mnazarova.
"""
    parsed = parse(make_mail(body))
    assert [n.username for n in parsed.nominees] == ["xx-frakhimov", "xx-mnazarova"]


def test_typo_corrected_further_down_with_only_the_right_value_es_fr_en() -> None:
    labels = {
        "es": (
            "Nombre: Sr. Juan PÉREZ\nUsuario: xx-jperz\nCorreo: jperez@office.example",
            "Perdón, hay un error en el usuario: el correcto es xx-jperez.",
        ),
        "fr": (
            "Nom : M. Jean DUPONT\nIdentifiant : xx-jdupnt\nCourriel : jdupont@office.example",
            "Une coquille s'est glissée : le bon identifiant est xx-jdupont.",
        ),
        "en": (
            "Name: Mr John SMITH\nUsername: xx-jsmth\nE-mail: jsmith@office.example",
            "PS: sorry for the typo, the correct username is xx-jsmith.",
        ),
    }
    for lang, (block, note) in labels.items():
        body = f"C. CWS 175 – API Task Force\n\n{block}\n\n{note}\n"
        parsed = parse(make_mail(body))
        assert [n.username for n in parsed.nominees] == [
            {"es": "xx-jperez", "fr": "xx-jdupont", "en": "xx-jsmith"}[lang]
        ], lang


def test_a_right_value_far_from_every_value_read_replaces_nothing() -> None:
    body = """C. CWS 175 – API Task Force

Name: Mr John SMITH
Username: xx-jsmith
E-mail: jsmith@office.example

The correct address for the Office's general mail is registry@office.example.
"""
    parsed = parse(make_mail(body))
    assert [(n.username, n.account_email) for n in parsed.nominees] == [
        ("xx-jsmith", "jsmith@office.example")
    ]


def test_nomination_in_the_innermost_message_of_an_outlook_chain_forwarded_twice_es() -> None:
    body = """Estimados señores:

Reenvío la designación de los representantes de la Oficina, en respuesta a la circular C. CWS 175.

Saludos cordiales,
María Contreras

De: Rodrigo Pino <rpino@office.example>
Enviado el: martes, 10 de octubre de 2023 16:22
Para: María Contreras <mcontreras@office.example>
Asunto: RV: Designación Equipos Técnicos CWS

María:

Te reenvío la propuesta de la Subdirección. ¿Puedes remitirla a la OMPI?

Rodrigo

De: Felipe Rojas <frojas@office.example>
Enviado el: lunes, 9 de octubre de 2023 11:05
Para: Rodrigo Pino <rpino@office.example>
Asunto: Designación Equipos Técnicos CWS

Rodrigo:

Proponemos como representante en los Equipos Técnicos del CWS a:

Nombre: Sra. Valentina ESPINOZA
Cargo: Jefa de la Unidad de Examen
Usuario Cuenta OMPI: xx-vespinoza
Correo: vespinoza@office.example
Equipo Técnico: Equipo Técnico XML4IP

Saludos,
Felipe Rojas
"""
    parsed = parse(make_mail(body, subject="RV: RV: Designación Equipos Técnicos CWS"))
    assert parsed.kind is Kind.NOMINATION
    assert [(n.last_name, n.username, n.task_forces) for n in parsed.nominees] == [
        ("ESPINOZA", "xx-vespinoza", (XML4IP,))
    ]


def test_nomination_under_two_forward_markers_en() -> None:
    body = """Dear Secretariat,

Please see below the nomination received from the capital.

Amina

---------- Forwarded message ---------
From: Registry <registry@office.example>
Date: Mon, 9 Oct 2023 at 11:42
Subject: Fwd: C. CWS 175 nomination
To: Amina <amina@mission.example>

---------- Forwarded message ---------
From: Examiner Desk <desk@office.example>
Date: Mon, 9 Oct 2023 at 10:02
Subject: C. CWS 175 nomination
To: Registry <registry@office.example>

Name: Mr John SMITH
Position: Senior Examiner
WIPO Account username: xx-jsmith
E-mail: jsmith@office.example
Task Force: API Task Force
"""
    parsed = parse(make_mail(body, subject="Fwd: Fwd: C. CWS 175 nomination"))
    assert parsed.kind is Kind.NOMINATION
    assert [(n.last_name, n.username, n.task_forces) for n in parsed.nominees] == [
        ("SMITH", "xx-jsmith", (API,))
    ]


def test_a_reply_quoted_inside_a_forward_stays_history() -> None:
    body = """Dear Secretariat,

For your information, our exchange with the examiner below.

---------- Forwarded message ---------
From: Registry <registry@office.example>
Date: Mon, 9 Oct 2023 at 11:42
Subject: Re: C. CWS 175
To: Amina <amina@mission.example>

We will not nominate anyone this year.

On Mon, 9 Oct 2023 at 10:02, Examiner Desk <desk@office.example> wrote:
> I would like to join: Name: Mr John SMITH, WIPO Account username: xx-jsmith
> Task Force: API Task Force
"""
    parsed = parse(make_mail(body, subject="Fwd: Re: C. CWS 175"))
    assert parsed.kind is not Kind.NOMINATION
