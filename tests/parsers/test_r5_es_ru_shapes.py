"""Blind round 5 (es, ru, with en where the shape exists): events, transliterations, prose."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from parsers import Kind
from parsers.drafts import Found
from parsers.html import html_to_text
from parsers.prose_offices import prose_office
from parsers.signature_offices import nominative_office
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import API, SEQL, XML4IP, parse, people

# People registered for an event: names, posts, addresses, a standard's number, but no one
# joins a task force.
EVENT_REGISTRATIONS = [
    (
        "ru_webinar",
        "Регистрация на вебинар",
        """Уважаемые организаторы!

Просим зарегистрировать следующих сотрудников для участия в вебинаре ВОИС по стандарту ST.26,
который состоится 26 октября:

1. г-жа Орлова Мария Петровна — главный эксперт, morlova@office.example
2. г-н Гусев Павел Андреевич — эксперт, pgusev@office.example

Учетные записи ВОИС у обоих уже есть (xx-morlova, xx-pgusev).

С уважением,
Отдел внешних связей
""",
    ),
    (
        "es_seminario",
        "Seminario web ST.26",
        """Estimados organizadores:

Les solicitamos inscribir a las siguientes personas en el seminario web de la OMPI sobre la
norma ST.26 del 26 de octubre:

- Sra. Ana Gómez Ruiz, Examinadora de Patentes, usuario xx-agomez, agomez@office.example
- Sr. Luis Mora Díaz, Examinador de Patentes, usuario xx-lmora, lmora@office.example

Atentamente,
Relaciones Internacionales
""",
    ),
    (
        "en_webinar",
        "Webinar on ST.26",
        """Dear organizers,

Please register the following colleagues for the WIPO webinar on ST.26 on 26 October:

- Ms. Jane Roe, Patent Examiner, WIPO Account xx-jroe, jroe@office.example
- Mr. John Poe, Patent Examiner, WIPO Account xx-jpoe, jpoe@office.example

Best regards,
International Affairs
""",
    ),
]


@pytest.mark.parametrize(
    ("name", "subject", "body"), EVENT_REGISTRATIONS, ids=[c[0] for c in EVENT_REGISTRATIONS]
)
def test_people_registered_for_an_event_are_not_nominated(
    name: str, subject: str, body: str
) -> None:
    parsed = parse(make_mail(body, subject=subject))
    assert parsed.kind is Kind.OTHER, parsed.to_contract()
    assert parsed.nominees == ()


def test_a_nomination_that_also_registers_for_a_session_still_nominates() -> None:
    body = """Estimados señores:

La Oficina designa a la Sra. Ana Gómez Ruiz, Examinadora de Patentes (usuario xx-agomez,
agomez@office.example), como miembro del Equipo Técnico SEQL.

La Sra. Gómez también se ha inscrito en la sesión del CWS de diciembre.

Atentamente,
Relaciones Internacionales
"""
    parsed = parse(make_mail(body, subject="Designación"))
    assert parsed.kind is Kind.NOMINATION, parsed.to_contract()
    assert [p["task_forces"] for p in people(parsed)] == [[SEQL]]


def test_a_registration_under_the_campaign_circular_is_read_as_a_nomination() -> None:
    body = """Уважаемые коллеги!

В ответ на циркулярное письмо C. CWS 175 просим зарегистрировать г-жу Орлову Марию Петровну,
главного эксперта (xx-morlova, morlova@office.example), в Целевой группе по XML4IP.

С уважением,
Отдел стандартов
"""
    parsed = parse(make_mail(body, subject="C. CWS 175"))
    assert parsed.kind is Kind.NOMINATION, parsed.to_contract()
    assert [p["task_forces"] for p in people(parsed)] == [[XML4IP]]


# ------------------------------------------------------------- CSS grids written with indentation


def _indented_grid(rows: list[list[str]]) -> str:
    """A CSS grid as editors write it: every row on its own source line."""
    cell = '<div style="display:table-cell;border:1px solid #999">{}</div>'
    lines = [
        '  <div style="display:table-row">' + "".join(cell.format(c) for c in row) + "</div>"
        for row in rows
    ]
    return '<div style="display:table">\n' + "\n".join(lines) + "\n</div>\n"


def _html_mail(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175"
    msg["Date"] = format_datetime(datetime(2023, 10, 2, 9, 30, tzinfo=UTC))
    msg.set_content(f"<html><body>\n{body}\n</body></html>", subtype="html")
    return msg.as_bytes()


def test_source_indentation_between_blocks_is_no_blank_line() -> None:
    grid = _indented_grid([["Apellido", "Nombre"], ["Sosa", "Lucía"]])
    assert html_to_text(f"<div>Designamos:</div>\n{grid}") == (
        "Designamos:\nApellido | Nombre\nSosa | Lucía"
    )
    # Between inline elements a space is still a space.
    assert html_to_text("<div><b>Sra.</b> <i>Sosa</i></div>") == "Sra. Sosa"


def test_spanish_css_grid_with_name_and_title_columns() -> None:
    grid = _indented_grid(
        [
            ["Apellido(s), Nombre(s)", "Sra./Sr.", "Cargo", "Nombre de usuario",
             "Correo electrónico", "Equipo(s) Técnico(s)"],
            ["Sosa Ferreira, Lucía", "Sra.", "Jefa de Patentes", "xx-lsosa",
             "lsosa@office.example", "Equipo Técnico XML4IP<br>Equipo Técnico API"],
            ["Pereyra Acosta, Martín", "Sr.", "Analista", "xx-mpereyra",
             "mpereyra@office.example", "Equipo Técnico SEQL"],
        ]
    )  # fmt: skip
    parsed = parse(_html_mail(f"<div>La Oficina designa a:</div>\n{grid}"))
    got = people(parsed)
    assert [(p["title"], p["last_name"], p["first_name"], p["position"]) for p in got] == [
        ("Mrs", "Sosa Ferreira", "Lucía", "Jefa de Patentes"),
        ("Mr", "Pereyra Acosta", "Martín", "Analista"),
    ]
    assert [p["task_forces"] for p in got] == [[XML4IP, API], [SEQL]]


def test_russian_css_grid_with_indented_rows() -> None:
    grid = _indented_grid(
        [
            ["Фамилия", "Имя", "Должность", "Имя пользователя", "Адрес электронной почты",
             "Целевая группа"],
            ["Орлова", "Мария", "главный эксперт", "xx-morlova", "morlova@office.example",
             "Целевая группа по SEQL"],
            ["Гусев", "Павел", "эксперт", "xx-pgusev", "pgusev@office.example",
             "Целевая группа по API"],
        ]
    )  # fmt: skip
    parsed = parse(_html_mail(f"<div>Ведомство выдвигает:</div>\n{grid}"))
    got = people(parsed)
    assert [(p["last_name"], p["username"], p["task_forces"]) for p in got] == [
        ("Орлова", "xx-morlova", [SEQL]),
        ("Гусев", "xx-pgusev", [API]),
    ]


# ------------------------------------------------- list items: name, transliteration, ", title,"

TITLE_AFTER_COMMA = [
    (
        "ru_transliteration",
        "Ведомство выдвигает следующие кандидатуры:",
        "- Орлова Мария Петровна (ORLOVA Maria), г-жа, главный эксперт; учетная запись ВОИС: "
        "xx-morlova (morlova@office.example); Целевая группа по SEQL;\n"
        "- Гусев Павел Андреевич (GUSEV Pavel), г-н, эксперт; учетная запись ВОИС: "
        "xx-pgusev (pgusev@office.example); Целевая группа по API.",
        [("Mrs", "Орлова", "Мария Петровна"), ("Mr", "Гусев", "Павел Андреевич")],
    ),
    (
        "ru_no_transliteration",
        "Ведомство выдвигает следующие кандидатуры:",
        "1. Орлова Мария Петровна, г-жа, главный эксперт; учетная запись ВОИС: "
        "xx-morlova (morlova@office.example); Целевая группа по SEQL;\n"
        "2. Гусев Павел Андреевич, г-н, эксперт; учетная запись ВОИС: "
        "xx-pgusev (pgusev@office.example); Целевая группа по API.",
        [("Mrs", "Орлова", "Мария Петровна"), ("Mr", "Гусев", "Павел Андреевич")],
    ),
    (
        "es_sra_after_name",
        "La Oficina designa a:",
        "- Ana Gómez Ruiz, Sra., Examinadora; usuario xx-agomez (agomez@office.example); "
        "Equipo Técnico SEQL;\n"
        "- Luis Mora Díaz, Sr., Analista; usuario xx-lmora (lmora@office.example); "
        "Equipo Técnico API.",
        [("Mrs", "Gómez Ruiz", "Ana"), ("Mr", "Mora Díaz", "Luis")],
    ),
]


@pytest.mark.parametrize(
    ("name", "lead", "items", "expected"), TITLE_AFTER_COMMA, ids=[c[0] for c in TITLE_AFTER_COMMA]
)
def test_list_item_name_then_comma_title(
    name: str, lead: str, items: str, expected: list[tuple[str, str, str]]
) -> None:
    parsed = parse(make_mail(f"{lead}\n\n{items}\n\nС уважением / Atentamente,\nOficina\n"))
    got = people(parsed)
    assert [(p["title"], p["last_name"], p["first_name"]) for p in got] == expected
    assert [p["task_forces"] for p in got] == [[SEQL], [API]]


def test_a_post_before_a_comma_and_a_titled_name_is_no_name() -> None:
    body = """Dear Sir or Madam,

The Office nominates:

- Director General, Mr. John Smith, xx-jsmith, jsmith@office.example, SEQL Task Force

Best regards,
Office
"""
    got = people(parse(make_mail(body)))
    assert [(p["title"], p["first_name"]) for p in got] == [("Mr", "John")]


# ------------------------------------------------------------------------------ the office

ADJUNCT_BETWEEN_COMMAS = [
    (
        "Уважаемые коллеги!\n\nГосударственное агентство по интеллектуальной собственности "
        "Республики Молдова (AGEPI), в ответ на циркулярное письмо C. CWS 175, выдвигает "
        "г-жу Орлову Марию.",
        "Государственное агентство по интеллектуальной собственности Республики Молдова (AGEPI)",
    ),
    (
        "Dear Sirs,\n\nThe Israel Patent Office (ILPO), in reply to circular C. CWS 175, "
        "nominates Ms Jane Roe.",
        "Israel Patent Office (ILPO)",
    ),
    (
        "Estimados señores:\n\nEl Instituto Nacional de la Propiedad Industrial (INPI), en "
        "respuesta a la circular C. CWS 175, designa a la Sra. Ana Gómez.",
        "Instituto Nacional de la Propiedad Industrial (INPI)",
    ),
]


@pytest.mark.parametrize(("text", "office"), ADJUNCT_BETWEEN_COMMAS)
def test_office_before_an_adjunct_set_off_by_commas(text: str, office: str) -> None:
    found = prose_office(text)
    assert found is not None
    assert found.value == office


def test_prose_office_wins_over_the_shorter_signature_form() -> None:
    body = """Уважаемые коллеги!

Государственное агентство по интеллектуальной собственности Республики Молдова (AGEPI), в
ответ на циркулярное письмо C. CWS 175, выдвигает г-жу Орлову Марию Петровну (xx-morlova,
morlova@office.example) в Целевую группу по SEQL.

С уважением,
Ион Русу
Государственное агентство по интеллектуальной собственности (AGEPI)
"""
    parsed = parse(make_mail(body))
    assert parsed.office == (
        "Государственное агентство по интеллектуальной собственности Республики Молдова (AGEPI)"
    )


def test_office_named_in_the_genitive_takes_the_signatures_nominative() -> None:
    body = """Уважаемые коллеги!

Направляем кандидатуры от Евразийского патентного ведомства (ЕАПВ):

- г-жа Орлова Мария Петровна, главный эксперт; учетная запись ВОИС: xx-morlova
  (morlova@office.example); Целевая группа по SEQL.

С уважением,
О.В. Кузнецова
Отдел международного сотрудничества
Евразийское патентное ведомство (ЕАПВ)
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "Евразийское патентное ведомство (ЕАПВ)"


def test_a_genitive_office_without_a_matching_signature_is_kept() -> None:
    found = Found("Евразийского патентного ведомства (ЕАПВ)", 0, 10, "prose", "Евразийского")
    assert nominative_office(found, ["О.В. Кузнецова\nОтдел стандартов\n"]) is None
    assert nominative_office(found, ["Национальный центр (НЦИС)\n"]) is None


# ------------------------------------------------------- a post in the genitive, stated after

STATED_POSTS = [
    (
        """Уважаемые коллеги!

Ведомство, в ответ на циркулярное письмо C. CWS 175, выдвигает г-жу Орлову Марию Петровну в
качестве члена Целевой группы по SEQL.

Г-жа Орлова занимает должность заместителя начальника отдела химии; имя пользователя ее
учетной записи ВОИС — xx-morlova, адрес электронной почты — morlova@office.example.

С уважением,
Отдел стандартов
""",
        "заместитель начальника отдела химии",
    ),
    (
        """Уважаемые коллеги!

Ведомство выдвигает г-на Гусева Павла Андреевича (xx-pgusev, pgusev@office.example) в
Целевую группу по SEQL. Он работает в должности главного эксперта отдела изобретений.

С уважением,
Отдел стандартов
""",
        "главный эксперт отдела изобретений",
    ),
    (
        """Estimados señores:

La Oficina designa a la Sra. Ana Gómez Ruiz, quien ocupa el cargo de Jefa de Biotecnología,
como miembro del Equipo Técnico SEQL (usuario xx-agomez, correo agomez@office.example).

Atentamente,
Relaciones Internacionales
""",
        "Jefa de Biotecnología",
    ),
]


@pytest.mark.parametrize(("body", "post"), STATED_POSTS)
def test_a_post_stated_after_the_name_in_the_genitive(body: str, post: str) -> None:
    got = people(parse(make_mail(body)))
    assert [(p["position"], p["task_forces"]) for p in got] == [(post, [SEQL])]


# -------------------------------------------- an office forwarding the nominee's own words

_ES_COVER = """Estimados señores:

La Oficina designa al Sr. Luis Mora Díaz como su representante en el Equipo Técnico SEQL, en
respuesta a la circular C. CWS 175. Les reenviamos su correo con los datos de la cuenta.

Saludos cordiales,
Paola Ríos
Asuntos Internacionales

---------- Forwarded message ---------
De: {sender}
Date: mié, 11 oct 2023 a las 9:14
Subject: Cuenta OMPI creada
To: Asuntos Internacionales <intl@office.example>


Paola, buenos días:

Ya creé la cuenta OMPI con mi correo institucional lmora@office.example;
el nombre de usuario que elegí es xx-lmora.

Saludos,

--
Ing. Luis Mora Díaz
Analista de Patentes
Oficina de Patentes
"""

_RU_COVER = """Уважаемые коллеги!

Ведомство выдвигает г-жу Орлову Марию Петровну в Целевую группу по SEQL (C. CWS 175).
Пересылаем ее письмо с данными учетной записи.

С уважением,
Отдел стандартов

-------- Пересылаемое сообщение --------
От: Мария Орлова <morlova@office.example>
Дата: 11.10.2023 09:14
Тема: Учетная запись ВОИС
Кому: Отдел стандартов <intl@office.example>

Добрый день!

Я создала учетную запись ВОИС, имя пользователя xx-morlova, адрес morlova@office.example.

--
Орлова Мария Петровна
главный эксперт отдела химии
"""


def test_forwarded_own_words_complete_the_nominee_the_cover_names_es() -> None:
    body = _ES_COVER.format(sender="Luis Mora <lmora@office.example>")
    got = people(parse(make_mail(body, subject="Fwd: Cuenta OMPI creada")))
    assert got == [
        {
            "title": "Mr",
            "last_name": "Mora Díaz",
            "first_name": "Luis",
            "position": "Analista de Patentes",
            "username": "xx-lmora",
            "account_email": "lmora@office.example",
            "task_forces": [SEQL],
        }
    ]


def test_forwarded_own_words_complete_the_nominee_the_cover_names_ru() -> None:
    got = people(parse(make_mail(_RU_COVER, subject="Fwd: Учетная запись ВОИС")))
    assert [(p["last_name"], p["username"], p["account_email"]) for p in got] == [
        ("Орлова", "xx-morlova", "morlova@office.example")
    ]


def test_forwarded_own_words_of_somebody_else_complete_nobody() -> None:
    body = _ES_COVER.format(sender="Pedro Soto <psoto@office.example>").replace(
        "Ing. Luis Mora Díaz", "Ing. Pedro Soto Vera"
    )
    got = people(parse(make_mail(body, subject="Fwd: Cuenta OMPI creada")))
    assert [(p["username"], p["account_email"], p["position"]) for p in got] == [(None, None, None)]
