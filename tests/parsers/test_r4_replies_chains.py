"""Fourth-round shapes in English, French, Spanish and Russian: a numbered task-force list
whose first item reads as a bare label, answers to the Secretariat's request for missing
details (typed between its quoted questions, keyed above it, or inline in an HTML reply), a
forward of a forward, and a value corrected further down the same mail."""

from __future__ import annotations

from typing import Any

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.answers import _is_value, question_field
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


def test_answers_on_their_own_lines_under_quoted_sentence_questions_en() -> None:
    body = """Dear CWS Secretariat,

Please find our answers below, after each of your questions.

Mikko

On 10.10.2023 14.05, CWS Mail wrote:
> Dear Mr Laine,
>
> Thank you for your e-mail nominating Ms Aino Virtanen to the Legal Status
> Task Force.
>
> 1. Her position in the Office.

Senior Legal Counsel, Patents and Innovations

> 2. Her WIPO Account username (recommended form: the ST.3 code of the
> Office, a hyphen and the name, for example ca-jsmith).

xx-avirtanen (created on 9 October)

> 3. The e-mail address used when the WIPO Account was created.

aino.virtanen@office.example

> 4. Please also confirm that Ms Virtanen has logged in to the Wiki once.

Yes, she did so yesterday.

> Kind regards,
>
> CWS Secretariat
"""
    parsed = parse(make_mail(body, subject="Re: C. CWS 175 - missing information"))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed) == [
        {
            "title": "Ms",
            "last_name": "Virtanen",
            "first_name": "Aino",
            "position": "Senior Legal Counsel, Patents and Innovations",
            "username": "xx-avirtanen",
            "account_email": "aino.virtanen@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == (LS,)


_ES_REQUEST = """Estimados colegas:

Les respondo entre líneas.

Lucía

El 11/10/2023 a las 10:42, CWS Mail escribió:
> La Secretaría acusa recibo de su comunicación en respuesta a la circular C. CWS 175.
>
> Representante 1 (Martín Ezequiel Ferreyra Lugones):
>     - Cargo que ocupa en la Oficina

Coordinador de Sistemas de Información de Patentes

>     - Nombre de usuario del Centro de Usuarios de la OMPI (Cuentas OMPI)

xx-mferreyra

>     - Dirección de correo electrónico utilizada para crear la cuenta OMPI

mferreyra@office.example

> Datos extraídos de su comunicación:
>
> Representante 1
>     Nombre(s) del Equipo Técnico/de los Equipos Técnicos: Legal Status Task Force

{comment}

>     Tratamiento (Sra./Sr.): Sr.
>     Apellido: Ferreyra Lugones
>     Nombre: Martín Ezequiel
>     Cargo que ocupa en la Oficina: [no facilitado]
>     Nombre de usuario del Centro de Usuarios de la OMPI (Cuentas OMPI): [no facilitado]
>
> Atentamente,
>
> Secretaría del CWS
"""


def test_answers_under_quoted_items_of_a_named_representative_es() -> None:
    comment = "Correcto. Les pedimos además incluirlo en el Equipo Técnico XML4IP."
    parsed = parse(make_mail(_ES_REQUEST.replace("{comment}", comment), subject="Re: CWS"))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed) == [
        {
            "title": "Mr",
            "last_name": "Ferreyra Lugones",
            "first_name": "Martín Ezequiel",
            "position": "Coordinador de Sistemas de Información de Patentes",
            "username": "xx-mferreyra",
            "account_email": "mferreyra@office.example",
        }
    ]
    assert set(parsed.nominees[0].task_forces) == {LS, XML4IP}
    assert parsed.nominees[0].unknown_task_forces == ()


def test_a_comment_replacing_a_quoted_task_force_replaces_it_es() -> None:
    comment = "Hay un error: no en ese Equipo, sino en el Equipo Técnico XML4IP."
    parsed = parse(make_mail(_ES_REQUEST.replace("{comment}", comment), subject="Re: CWS"))
    assert [n.task_forces for n in parsed.nominees] == [(XML4IP,)]


def test_inline_answers_for_two_representatives_ru() -> None:
    body = """Добрый день!

Ответы — ниже, в тексте вашего письма.

Гаянэ

пн, 16 окт. 2023 г. в 11:05, CWS Mail <cws.mail@wipo.int>:

> Секретариат КСВ подтверждает получение вашего сообщения (C. CWS 175).
>
> Представитель 1 (Саргсян Арам Ваганович):
>     - Должность в ведомстве

Начальник отдела информационных технологий.

> Представитель 2 (Петросян Анна Грачиковна):
>     - Имя пользователя в Центре пользователей ВОИС (учетная запись ВОИС)

Г-жа Петросян пока не создала учетную запись ВОИС, данные сообщим дополнительно.

> Сведения из вашего сообщения:
>
> Представитель 1
>     Название целевой группы (групп): API Task Force
>     Обращение (г-жа/г-н): г-н
>     Фамилия: Саргсян
>     Имя: Арам Ваганович
>     Должность в ведомстве: [не указано]
>     Имя пользователя в Центре пользователей ВОИС (учетная запись ВОИС): xx-asargsyan
>
> Представитель 2
>     Название целевой группы (групп): Legal Status Task Force

Здесь ошибка в нашем письме: г-жа Петросян назначается не в эту группу, а в Целевую группу по XML4IP.

>     Обращение (г-жа/г-н): г-жа
>     Фамилия: Петросян
>     Имя: Анна Грачиковна
>     Должность в ведомстве: эксперт отдела промышленных образцов
>     Имя пользователя в Центре пользователей ВОИС (учетная запись ВОИС): [не указано]
>
> С уважением,
> Секретариат КСВ
"""
    parsed = parse(make_mail(body, subject="Re: Назначение представителей"))
    assert parsed.kind is Kind.NOMINATION
    assert [
        (n.title, n.last_name, n.position, n.username, n.task_forces) for n in parsed.nominees
    ] == [
        ("Mr", "Саргсян", "Начальник отдела информационных технологий", "xx-asargsyan", (API,)),
        ("Mrs", "Петросян", "эксперт отдела промышленных образцов", None, (XML4IP,)),
    ]
    assert all(n.unknown_task_forces == () for n in parsed.nominees)


def test_promises_typed_under_quoted_questions_are_no_nomination() -> None:
    body = """Dear Secretariat,

See below.

On 10.10.2023 14.05, CWS Mail wrote:
> Thank you for your e-mail nominating Ms Aino Virtanen to the Legal Status
> Task Force.
>
> 1. Her position in the Office.

We will send it next week.

> 2. Her WIPO Account username.

Not created yet.

> Kind regards,
> CWS Secretariat
"""
    parsed = parse(make_mail(body, subject="Re: C. CWS 175 - missing information"))
    assert parsed.kind is Kind.OTHER


def test_question_fields() -> None:
    assert question_field("3. The e-mail address used when the WIPO Account was created.") == (
        "account_email"
    )
    assert question_field("b) son nom d'utilisateur auprès du Centre d'utilisateurs") == "username"
    assert question_field("l'adresse électronique utilisée lors de la création de son compte") == (
        "account_email"
    )
    assert question_field("- Должность в ведомстве") == "position"
    assert question_field("4. Please confirm that Ms X has logged in to the Wiki once.") is None


def test_a_summary_mark_for_a_value_not_given_is_no_value() -> None:
    body = """C. CWS 175 – API Task Force

Name: Mr John SMITH
Position: [not provided]
Username: xx-jsmith
E-mail: [non communiqué]
"""
    parsed = parse(make_mail(body))
    assert [(n.position, n.username, n.account_email) for n in parsed.nominees] == [
        (None, "xx-jsmith", None)
    ]


def test_lettered_answers_above_the_quoted_request_fr() -> None:
    body = """Bonjour,

Voici les informations demandées :
a) Chef de la Division de la documentation
b) xx-khounkpatin
c) k.hounkpatin@office.example

Par ailleurs, nous souhaitons qu'il participe aussi à l'équipe d'experts chargée de la
situation juridique.

Cordialement,
Rachida ADJOVI

Le mar. 10 oct. 2023 à 14:05, CWS Mail <cws.mail@wipo.int> a écrit :

> Monsieur,
>
> Nous accusons réception de votre courriel désignant M. Koffi Hounkpatin pour
> l'Équipe d'experts chargée de la norme XML4IP (C. CWS 175).
>
> a) le poste occupé par M. Hounkpatin au sein de l'office ;
> b) son nom d'utilisateur auprès du Centre d'utilisateurs de l'OMPI (par exemple,
>    ca-jsmith) ;
> c) l'adresse électronique utilisée lors de la création de son compte OMPI.
>
> Secrétariat du CWS
"""
    parsed = parse(make_mail(body, subject="Re: C. CWS 175 – renseignements manquants"))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed) == [
        {
            "title": "Mr",
            "last_name": "Hounkpatin",
            "first_name": "Koffi",
            "position": "Chef de la Division de la documentation",
            "username": "xx-khounkpatin",
            "account_email": "k.hounkpatin@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == (XML4IP, LS)


def test_numbered_answers_above_the_quoted_request_en() -> None:
    body = """Dear Secretariat,

1. Head of the Patent Information Unit
2. xx-jroe
3. jroe@office.example

Best regards,
Anna

On 13 Oct 2023, at 16:40, CWS Mail <cws.mail@wipo.int> wrote:
> Thank you for nominating Mr. John ROE to the API Task Force (C. CWS 175).
> Please send us:
> 1. His position in the Office.
> 2. His WIPO Account username.
> 3. The e-mail address used to create that account.
>
> Kind regards,
> CWS Secretariat
"""
    parsed = parse(make_mail(body, subject="Re: C. CWS 175"))
    assert parsed.kind is Kind.NOMINATION
    assert [
        (n.last_name, n.position, n.username, n.account_email, n.task_forces)
        for n in parsed.nominees
    ] == [("ROE", "Head of the Patent Information Unit", "xx-jroe", "jroe@office.example", (API,))]


def test_numbered_promises_above_the_quoted_request_are_no_nomination() -> None:
    body = """Dear Secretariat,

1. We will ask Mr Roe for his post.
2. Not created yet.

Anna

On 13 Oct 2023, at 16:40, CWS Mail <cws.mail@wipo.int> wrote:
> Thank you for nominating Mr. John ROE to the API Task Force (C. CWS 175).
> 1. His position in the Office.
> 2. His WIPO Account username.
>
> CWS Secretariat
"""
    parsed = parse(make_mail(body, subject="Re: C. CWS 175"))
    assert parsed.kind is Kind.OTHER


@pytest.mark.parametrize(
    ("answer", "is_value"),
    [
        ("مدير إدارة الاتصالات", True),  # "communications": the letters of لا inside a word
        ("رئيس قسم حسن الأداء", True),
        ("Chef du service des brevets", True),
        ("لم يُنشأ بعد", False),  # "not created yet"
        ("سنرسله لاحقاً", False),  # "we will send it later"
        ("سوف نوافيكم به", False),
        ("لاحقاً", False),  # "later", with its tanween
        ("We will send it next week", False),
        ("尚未创建", False),
    ],
)
def test_an_answer_is_a_value_unless_it_refuses_or_promises(answer: str, is_value: bool) -> None:
    assert _is_value("position", answer, catalog()) is is_value
