"""Blind round 6 (es, ru, with en where the shape exists): how a nominee's data is laid out."""

from __future__ import annotations

import pytest

from parsers.labels import classify_label
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import parse, people

# ---------------------------------------------------------------- two surname lines

SURNAME_LINES = [
    (
        "es_paterno_materno",
        """Estimados señores:

Con relación a la Circular C. CWS 175, designamos a los siguientes funcionarios:

Representante 1
Apellido paterno: Mamani
Apellido materno: Condori
Nombres: Juan Carlos
Tratamiento: Sr.
Cargo: Examinador de Patentes
Usuario: bo-jmamani
Correo electrónico: jmamani@senapi.example
Equipo Técnico: Equipo Técnico XML4IP

Representante 2
Apellido paterno: Flores
Apellido materno: Rojas
Nombres: Ana María
Tratamiento: Sra.
Cargo: Analista de Información Tecnológica
Usuario: bo-aflores
Correo electrónico: aflores@senapi.example
Equipo Técnico: Equipo Técnico de Listas de Secuencias

Atentamente,
Dirección de Propiedad Industrial
""",
        [("Mamani Condori", "Juan Carlos"), ("Flores Rojas", "Ana María")],
    ),
    (
        "es_primer_segundo",
        """Buenos días:

En respuesta a la Circular C. CWS 175, nominamos a:

Primer apellido: Sánchez
Segundo apellido: Olmedo
Nombre: Lucía
Cargo: Jefa de Servicio de Documentación
Usuario de la cuenta OMPI: es-lsanchez
Correo electrónico de la cuenta: lsanchez@oepm.example
Equipo Técnico: Equipo Técnico de la Parte 7

Saludos cordiales,
Unidad de Relaciones Internacionales
""",
        [("Sánchez Olmedo", "Lucía")],
    ),
    (
        "en_first_second_surname",
        """Dear Secretariat,

In reply to circular C. CWS 175 we nominate:

First surname: Herrera
Second surname: Vidal
Given names: Tomás Andrés
Position: Patent Examiner
WIPO Account username: cl-therrera
E-mail: therrera@inapi.example
Task Force: API Task Force

Kind regards,
International Affairs
""",
        [("Herrera Vidal", "Tomás Andrés")],
    ),
    (
        "es_table_paterno_materno",
        """Estimados:

En atención a la Circular C. CWS 175 les remitimos nuestros representantes:

Apellido paterno | Apellido materno | Nombres | Cargo | Usuario | Correo | Equipo Técnico
Ramírez | Soto | Pedro Pablo | Examinador | mx-pramirez | pramirez@impi.example | XML4IP
Vega | Luna | Carmen | Analista | mx-cvega | cvega@impi.example | API

Saludos,
Coordinación de Asuntos Internacionales
""",
        [("Ramírez Soto", "Pedro Pablo"), ("Vega Luna", "Carmen")],
    ),
]


@pytest.mark.parametrize(
    ("name", "body", "names"), SURNAME_LINES, ids=[c[0] for c in SURNAME_LINES]
)
def test_first_and_second_surname_lines_make_one_last_name(
    name: str, body: str, names: list[tuple[str, str]]
) -> None:
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["first_name"]) for p in got] == names, got


def test_second_surname_written_before_the_first_still_follows_it() -> None:
    body = """Estimados:

Con relación a la Circular C. CWS 175 designamos a:

Apellido materno: Paredes
Apellido paterno: Ortiz
Nombres: Elena
Cargo: Examinadora
Usuario: pe-eortiz
Correo electrónico: eortiz@office.example
Equipo Técnico: Equipo Técnico XML4IP
"""
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["first_name"]) for p in got] == [("Ortiz Paredes", "Elena")]


def test_two_plain_surname_labels_are_two_nominees() -> None:
    # No second-surname label: each "Apellido" opens the next nominee, as before.
    body = """Estimados:

Con relación a la Circular C. CWS 175 designamos a:

Apellido: Ortiz
Nombre: Elena
Usuario: pe-eortiz
Correo electrónico: eortiz@office.example

Apellido: Paredes
Nombre: Jorge
Usuario: pe-jparedes
Correo electrónico: jparedes@office.example

Equipo Técnico: Equipo Técnico XML4IP
"""
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["first_name"]) for p in got] == [
        ("Ortiz", "Elena"),
        ("Paredes", "Jorge"),
    ]


def test_an_empty_second_surname_leaves_the_first_alone() -> None:
    body = """Estimados:

Con relación a la Circular C. CWS 175 designamos a:

Apellido paterno: Smith
Apellido materno: N/A
Nombres: John
Usuario: us-jsmith
Correo electrónico: jsmith@office.example

Apellido paterno: Ortiz
Apellido materno: Paredes
Nombres: Elena
Usuario: pe-eortiz
Correo electrónico: eortiz@office.example

Equipo Técnico: Equipo Técnico XML4IP
"""
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["first_name"]) for p in got] == [
        ("Smith", "John"),
        ("Ortiz Paredes", "Elena"),
    ]


@pytest.mark.parametrize(
    ("label", "second"),
    [
        ("Apellido materno", True),
        ("Segundo apellido", True),
        ("Second surname", True),
        ("Maternal last name", True),
        ("Apellido paterno", False),
        ("Primer apellido", False),
        ("Apellidos", False),
        ("Last name", False),
    ],
)
def test_second_surname_labels(label: str, second: bool) -> None:
    kind = classify_label(label)
    assert kind is not None
    assert kind.field == "last_name"
    assert kind.second is second


# ---------------------------------------------------------------- tables drawn in text

_GRID_RU = """Уважаемые коллеги!

В ответ на циркулярное письмо C. CWS 175 сообщаем сведения о наших представителях:

+---+----------------+------------+-----------------------+-------------+------------------------+--------------+
| № | Фамилия        | Имя        | Должность             | Логин       | E-mail                 | Целевая      |
|   |                |            |                       |             |                        | группа       |
+===+================+============+=======================+=============+========================+==============+
| 1 | Смирнова-      | Ольга      | заместитель           | by-osmirnova| osmirnova@ncip.example | XML4IP       |
|   | Литвинова      | Петровна   | начальника управления |             |                        |              |
+---+----------------+------------+-----------------------+-------------+------------------------+--------------+
| 2 | Ковалёв        | Денис      | эксперт               | by-dkovalev | dkovalev@ncip.example  | API          |
|   |                | Игоревич   |                       |             |                        |              |
+---+----------------+------------+-----------------------+-------------+------------------------+--------------+

С уважением,
Отдел международного сотрудничества
"""

_WRAPPED_EN = """Dear Secretariat,

In reply to circular C. CWS 175, our nominees are:

+-----+-------------+--------------+--------------------------+-----------+----------------------+--------------+
| No. | Last name   | First name   | Position                 | Username  | E-mail               | Task Force   |
+=====+=============+==============+==========================+===========+======================+==============+
| 1   | Okafor      | Chidi        | Senior Examiner, Patents | ng-cokafor| cokafor@ipo.example  | API          |
|     |             |              | and Designs Directorate  |           |                      |              |
| 2   | Adeyemi     | Funke        | IT Officer               | ng-fadeyemi| fadeyemi@ipo.example| XML4IP       |
+-----+-------------+--------------+--------------------------+-----------+----------------------+--------------+

Kind regards,
International Cooperation
"""

_WRAPPED_ES = """Estimados:

En respuesta a la Circular C. CWS 175 designamos a:

| N.° | Apellidos     | Nombres | Cargo                        | Usuario     | Correo                  | Equipo Técnico |
|-----|---------------|---------|------------------------------|-------------|-------------------------|----------------|
| 1   | Torres Mejía  | Andrea  | Profesional Especializada de | co-atorres  | atorres@sic.example     | XML4IP         |
|     |               |         | la Dirección de Nuevas       |             |                         |                |
|     |               |         | Creaciones                   |             |                         |                |
| 2   | Prieto Lara   | Camilo  | Analista                     | co-cprieto  | cprieto@sic.example     | API            |

Atentamente,
Oficina de Asuntos Internacionales
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            _GRID_RU,
            [
                ("Смирнова-Литвинова", "Ольга Петровна", "заместитель начальника управления"),
                ("Ковалёв", "Денис Игоревич", "эксперт"),
            ],
        ),
        (
            _WRAPPED_EN,
            [
                ("Okafor", "Chidi", "Senior Examiner, Patents and Designs Directorate"),
                ("Adeyemi", "Funke", "IT Officer"),
            ],
        ),
        (
            _WRAPPED_ES,
            [
                (
                    "Torres Mejía",
                    "Andrea",
                    "Profesional Especializada de la Dirección de Nuevas Creaciones",
                ),
                ("Prieto Lara", "Camilo", "Analista"),
            ],
        ),
    ],
    ids=["ru_grid_rules_between_rows", "en_header_rule_only", "es_markdown"],
)
def test_a_cell_wrapped_onto_the_next_table_line_joins_the_cell_above(
    body: str, expected: list[tuple[str, str, str]]
) -> None:
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["first_name"], p["position"]) for p in got] == expected, got
    assert all(p["username"] and p["account_email"] and p["task_forces"] for p in got), got


def test_a_full_row_with_an_empty_first_cell_is_a_nominee_of_its_own() -> None:
    # Its number left out, the second row still fills every other cell: no continuation.
    body = """Dear Secretariat,

In reply to circular C. CWS 175, our nominees are:

+-----+-----------+------------+-----------+-----------+---------------------+------------+
| No. | Last name | First name | Position  | Username  | E-mail              | Task Force |
+=====+===========+============+===========+===========+=====================+============+
| 1   | Okafor    | Chidi      | Examiner  | ng-cokafor| cokafor@ipo.example | API        |
|     | Adeyemi   | Funke      | IT Officer| ng-fadeyem| fadeyem@ipo.example | XML4IP     |
+-----+-----------+------------+-----------+-----------+---------------------+------------+
"""
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["username"]) for p in got] == [
        ("Okafor", "ng-cokafor"),
        ("Adeyemi", "ng-fadeyem"),
    ]


# ---------------------------------------------------------------- one nominee on one line

ONE_LINE = [
    (
        "es_phone",
        """Buenas tardes. Por el IMPI designamos a:

Sr. Ernesto Salgado Ruiz - Subdirector de Examen de Fondo - usuario mx-esalgado - esalgado@impi.example - XML4IP y API

Enviado desde mi iPhone
""",
        "Subdirector de Examen de Fondo",
    ),
    (
        "ru_item",
        """Добрый день!

В ответ на письмо C. CWS 175 назначаем:

1. г-жа Иванова Анна Петровна - ведущий эксперт отдела - логин ru-aivanova - aivanova@rupto.example - XML4IP

С уважением,
Отдел международного сотрудничества
""",
        "ведущий эксперт отдела",
    ),
    (
        "en_bullet",
        """Hello,

For C. CWS 175 we nominate:

- Mr. Kwame Mensah - Senior Patent Examiner - username gh-kmensah - kmensah@ghipo.example - API

Sent from my phone
""",
        "Senior Patent Examiner",
    ),
]


@pytest.mark.parametrize(("name", "body", "post"), ONE_LINE, ids=[c[0] for c in ONE_LINE])
def test_a_post_between_hyphens_on_a_one_line_record(name: str, body: str, post: str) -> None:
    got = people(parse(make_mail(body, subject="Re: C. CWS 175")))
    assert len(got) == 1, got
    assert got[0]["position"] == post
    assert got[0]["username"], got
    assert got[0]["account_email"], got
    assert got[0]["task_forces"], got


NOT_A_POST = [
    (
        "en_aside",
        """Dear Secretariat,

Further to C. CWS 175 we nominate Mr. John Smith - he has worked on ST.96 for years - to the
XML4IP Task Force. His username is us-jsmith and his e-mail jsmith@uspto.example.
""",
    ),
    (
        "es_aside",
        """Estimados:

En relación con la C. CWS 175 designamos a la Sra. Ana Ruiz - ya participó en 2022 - para el
Equipo Técnico XML4IP (usuario es-aruiz, aruiz@oepm.example).
""",
    ),
    (
        "en_task_force_after_the_name",
        """Dear Secretariat,

In reply to C. CWS 175 we nominate:

Ms Jane ROE - API Task Force - username us-jroe - jroe@uspto.example
""",
    ),
    (
        "en_pronoun_in_a_list",
        """Hello,

For C. CWS 175 we nominate:

- Mr. Kwame Mensah - he leads our XML work - username gh-kmensah - kmensah@ghipo.example - API
""",
    ),
]


@pytest.mark.parametrize(("name", "body"), NOT_A_POST, ids=[c[0] for c in NOT_A_POST])
def test_an_aside_or_a_task_force_between_hyphens_is_no_post(name: str, body: str) -> None:
    got = people(parse(make_mail(body)))
    assert len(got) == 1, got
    assert got[0]["position"] is None, got
    assert got[0]["username"], got


# ---------------------------------------------------------------- a login still to come

LOGIN_LATER = [
    (
        "ru_dative_access_request",
        """Уважаемые коллеги!

Просим предоставить доступ к форуму Целевой группы XML4IP нашему сотруднику — ведущему
эксперту отдела информационных технологий г-ну Алиеву Руслану Тимуровичу.

Учетная запись ВОИС для г-на Алиева сейчас создается, логин сообщим дополнительно. Адрес
электронной почты для учетной записи: r.aliev@aipoa.example.

С уважением,
Отдел внешних связей
""",
        ("Mr", "Алиев", "Руслан Тимурович", "ведущий эксперт отдела информационных технологий"),
        "r.aliev@aipoa.example",
    ),
    (
        "en_access_request",
        """Dear Secretariat,

Further to circular C. CWS 175, please grant access to the Legal Status Task Force Wiki to our
colleague Ms. Priya Raman, Senior Examiner.

Her WIPO Account is being created and the username will follow. The e-mail address for the
account is p.raman@ipindia.example.

Best regards,
International Cooperation
""",
        ("Ms", "Raman", "Priya", "Senior Examiner"),
        "p.raman@ipindia.example",
    ),
    (
        "fr_communicated_later",
        """Madame, Monsieur,

Suite à la circulaire C. CWS 175, nous désignons Mme Claire Dubois, cheffe du service des
brevets, pour l'équipe d'experts XML4IP.

Son nom d'utilisateur vous sera communiqué ultérieurement ; adresse électronique du compte :
c.dubois@inpi.example.

Cordialement,
""",
        ("Mrs", "Dubois", "Claire", "cheffe du service des brevets"),
        "c.dubois@inpi.example",
    ),
    (
        "es_communicated_later",
        """Estimados:

En relación con la Circular C. CWS 175 designamos a la Sra. Lucía Fernández, Examinadora de
Patentes, para el Equipo Técnico XML4IP.

El nombre de usuario será comunicado más adelante. Correo electrónico de la cuenta:
l.fernandez@oepm.example.

Atentamente,
""",
        ("Mrs", "Fernández", "Lucía", "Examinadora de Patentes"),
        "l.fernandez@oepm.example",
    ),
]


@pytest.mark.parametrize(
    ("name", "body", "person", "address"), LOGIN_LATER, ids=[c[0] for c in LOGIN_LATER]
)
def test_a_login_still_to_come_leaves_the_username_empty(
    name: str, body: str, person: tuple[str, str, str, str], address: str
) -> None:
    got = people(parse(make_mail(body)))
    assert len(got) == 1, got
    assert (got[0]["title"], got[0]["last_name"], got[0]["first_name"], got[0]["position"]) == (
        person
    )
    assert got[0]["account_email"] == address
    # Never the address's local part, nor a word of the sentence saying it will follow.
    assert got[0]["username"] is None, got


@pytest.mark.parametrize(
    "value",
    [
        "will be communicated later",
        "sera communiqué ultérieurement",
        "se comunicará más adelante",
        "сообщим дополнительно",
    ],
)
def test_a_username_label_saying_it_will_follow_gives_none(value: str) -> None:
    body = f"""Dear Secretariat,

C. CWS 175 nomination:

Name: Ms Jane ROE
Position: Examiner
Username: {value}
E-mail: jroe@office.example
Task Force: API Task Force
"""
    got = people(parse(make_mail(body)))
    assert got[0]["username"] is None, got
    assert got[0]["account_email"] == "jroe@office.example"


def test_a_username_before_an_address_stays_a_username() -> None:
    body = """Estimados:

En relación con la Circular C. CWS 175 designamos a la Sra. Lucía Fernández, Examinadora de
Patentes, para el Equipo Técnico XML4IP. El usuario es es-lfernandez y el correo
l.fernandez@oepm.example.
"""
    got = people(parse(make_mail(body)))
    assert got[0]["username"] == "es-lfernandez"
    assert got[0]["account_email"] == "l.fernandez@oepm.example"


# ---------------------------------------------------------------- the post before the name

POST_AHEAD = [
    (
        "ru_genitive_after_dash",
        """Уважаемые коллеги!

Просим включить в Целевую группу XML4IP нашего сотрудника — главного специалиста-эксперта
г-жу Белову Анну Сергеевну (логин ru-abelova, abelova@rupto.example).
""",
        ("Белова", "Анна Сергеевна", "главный специалист-эксперт"),
    ),
    (
        "es_comma",
        """Estimados:

En relación con la Circular C. CWS 175 designamos a la Jefa de la Unidad de Patentes, Sra. María
López Díaz, para el Equipo Técnico XML4IP (usuario pe-mlopez, mlopez@indecopi.example).
""",
        ("López Díaz", "María", "Jefa de la Unidad de Patentes"),
    ),
    (
        "en_comma",
        """Dear Secretariat,

Further to C. CWS 175 we nominate our Head of the Patent Information Section, Ms. Jane Roe, to
the API Task Force (username us-jroe, jroe@uspto.example).
""",
        ("Roe", "Jane", "Head of the Patent Information Section"),
    ),
    (
        # "сотрудник" (employee) is no post.
        "ru_employee_only",
        """Уважаемые коллеги!

Просим предоставить доступ к форуму Целевой группы XML4IP нашему сотруднику г-ну Алиеву Руслану
Тимуровичу (логин az-raliev, r.aliev@aipoa.example).
""",
        ("Алиев", "Руслан Тимурович", None),
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), POST_AHEAD, ids=[c[0] for c in POST_AHEAD])
def test_a_post_written_before_the_name(
    name: str, body: str, expected: tuple[str, str, str | None]
) -> None:
    got = people(parse(make_mail(body)))
    assert len(got) == 1, got
    assert (got[0]["last_name"], got[0]["first_name"], got[0]["position"]) == expected


@pytest.mark.parametrize(
    "body",
    [
        """Dear Secretariat,

Thank you, access to the Wiki of the XML4IP Task Force was granted to Mr. Omar Haddad last
week. Where can he find the meeting documents?
""",
        """Добрый день!

Доступ к форуму Целевой группы XML4IP для г-на Алиева Руслана Тимуровича предоставлен, спасибо.
Подскажите, где найти проект стандарта?
""",
    ],
    ids=["en", "ru"],
)
def test_access_already_granted_nominates_nobody(body: str) -> None:
    parsed = parse(make_mail(body, subject="Re: Wiki"))
    assert parsed.nominees == ()
