"""Spanish and Russian mail shapes: questions, bare label lines, replacements, forwards."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.name_order import resplit_by_username
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
LS = "Legal Status Task Force"
AF = "Authority File Task Force"
API = "API Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


_CONTRACT = ("title", "last_name", "first_name", "position", "username", "account_email")


def people(parsed: ParsedEmail) -> list[dict[str, Any]]:
    """The nominees as the contract's fields."""
    nominees: list[dict[str, Any]] = parsed.model_dump(mode="json")["nominees"]
    return [{k: n[k] for k in (*_CONTRACT, "task_forces")} for n in nominees]


def test_question_about_a_member_nominates_nobody() -> None:
    body = """Добрый день!

В связи с письмом C. CWS 175 просим уточнить: может ли г-н Белов Олег Иванович, член
Целевой группы XML4IP, быть также включен в Целевую группу по API под той же учетной
записью (kz-obelov)?

С уважением,
Отдел стандартов
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.OTHER, people(parsed)


def test_request_worded_as_a_question_still_nominates() -> None:
    body = """Dear colleagues,

With reference to C. CWS 175, could you please add Ms. Jane ROE, Senior Examiner, to the API
Task Force? Her username is us-jroe and her e-mail jane.roe@office.example.

Regards
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("ROE", "us-jroe")]


def test_given_name_and_patronymic_under_one_label() -> None:
    body = """Уважаемые коллеги!

Ведомство: Патентное ведомство Республики Пример
Целевая группа: Целевая группа по API
Фамилия: Белова
Имя, отчество: Ольга Игоревна
Должность: главный эксперт
Имя пользователя: kz-obelova
Адрес электронной почты: o.belova@office.example
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name) for n in parsed.nominees] == [("Белова", "Ольга Игоревна")]


def test_unmarked_label_lines_with_values_below() -> None:
    body = """Buenos días:

En respuesta a la circular C. CWS 175:

Nombre de la Oficina
Oficina de Patentes de Ejemplo (OPE)

Equipo Técnico
Equipo Técnico sobre API

Apellidos, nombre (Sra./Sr.)
LÓPEZ VIDAL, Marta (Sra.)

Cargo
Jefa de Servicio de Sistemas

Nombre de usuario
es-mlopez

Correo electrónico de la cuenta OMPI
mlopez@ope.example

Saludos cordiales
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "Oficina de Patentes de Ejemplo (OPE)"
    assert people(parsed) == [
        {
            "title": "Mrs",
            "last_name": "LÓPEZ VIDAL",
            "first_name": "Marta",
            "position": "Jefa de Servicio de Sistemas",
            "username": "es-mlopez",
            "account_email": "mlopez@ope.example",
            "task_forces": [API],
        }
    ]


def test_one_unmarked_office_line_is_no_label() -> None:
    body = """Dear colleagues,

In reply to C. CWS 175 we nominate Mr. John DOE, Examiner, to the API Task Force
(username us-jdoe, e-mail john.doe@office.example).

Patent Office of Example
Legal Department
"""
    parsed = parse(make_mail(body))
    assert [n.last_name for n in parsed.nominees] == ["DOE"]
    assert parsed.nominees[0].position == "Examiner"


def test_replaced_person_named_again_by_first_surname_is_no_nominee() -> None:
    body = """Estimada Secretaría:

Con relación a la circular C. CWS 175, la Oficina de Patentes de Ejemplo comunica lo siguiente:

La Sra. Elena Beatriz RUIZ PARDO, Jefa de Sistemas, reemplazará al Sr. Tomás Vega Ríos en el
Equipo Técnico SEQL, dado que el Sr. Vega se jubiló. Su nombre de usuario es es-eruiz y su
cuenta OMPI está asociada a eruiz@ope.example.
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "Oficina de Patentes de Ejemplo"
    assert people(parsed) == [
        {
            "title": "Mrs",
            "last_name": "RUIZ PARDO",
            "first_name": "Elena Beatriz",
            "position": "Jefa de Sistemas",
            "username": "es-eruiz",
            "account_email": "eruiz@ope.example",
            "task_forces": [SEQL],
        }
    ]


def test_forwarding_office_mailbox_name_is_no_nominee_name() -> None:
    body = """Estimados:

Les reenvío la designación.

---------- Mensaje reenviado ---------
De: Dirección Nacional de la Propiedad Industrial <secretaria@dnpi.example>
Date: lun, 9 oct 2023 a las 16:20
Subject: Designación - Circular C. CWS 175
To: <mision@mision.example>

Designación para el Equipo Técnico sobre API: usuario uy-jperez, correo jperez@dnpi.example.
"""
    parsed = parse(make_mail(body, subject="Fwd: Designación - Circular C. CWS 175"))
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        (None, None, "uy-jperez")
    ]


def test_academic_title_before_a_wrapped_name() -> None:
    body = """Por medio de la presente, y en respuesta a la circular C. CWS 175, la Oficina de
Patentes de Ejemplo designa al Ing.
Gonzalo PEREIRA SILVA, Jefe del Departamento de Informática, como representante ante el
Equipo Técnico sobre API. El Ing. Pereira tiene el usuario uy-gpereira, registrado con la
dirección gpereira@ope.example.
"""
    assert people(parse(make_mail(body))) == [
        {
            "title": None,
            "last_name": "PEREIRA SILVA",
            "first_name": "Gonzalo",
            "position": "Jefe del Departamento de Informática",
            "username": "uy-gpereira",
            "account_email": "gpereira@ope.example",
            "task_forces": [API],
        }
    ]


def test_turkic_patronymic_and_a_position_with_v_oblasti() -> None:
    body = """Агентство интеллектуальной собственности Республики Пример в ответ на письмо
C. CWS 175 сообщает, что его представителем в Целевой группе по SEQL назначена г-жа Алиева
Севда Рафик кызы, начальник отдела экспертизы в области биотехнологий.

Учетная запись ВОИС: az-salieva (s.alieva@office.example).
"""
    assert people(parse(make_mail(body))) == [
        {
            "title": "Mrs",
            "last_name": "Алиева",
            "first_name": "Севда Рафик кызы",
            "position": "начальник отдела экспертизы в области биотехнологий",
            "username": "az-salieva",
            "account_email": "s.alieva@office.example",
            "task_forces": [SEQL],
        }
    ]


def test_position_still_ends_before_v_tselevuyu_gruppu() -> None:
    body = """Ведомство по интеллектуальной собственности Республики Пример в ответ на письмо
C. CWS 175 просит включить г-на Иванова Петра Сергеевича, главного эксперта в состав
Целевой группы по API. Имя пользователя: kz-pivanov, эл. почта: p.ivanov@office.example.
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.position) for n in parsed.nominees] == [("Иванов", "главный эксперт")]


def test_office_from_the_letterhead_of_an_attached_letter() -> None:
    letter = """OFICINA DE PATENTES DE EJEMPLO (OPE)
Ciudad de Ejemplo, 10 de octubre de 2023

Ref.: Circular C. CWS 175

Nombre: Sr. Juan LÓPEZ
Cargo: Jefe de Informática
Equipo Técnico: Equipo Técnico sobre API
Usuario (Cuenta OMPI): es-jlopez
Correo electrónico: jlopez@ope.example
"""
    raw = make_mail(
        "Estimados señores:\n\nAdjunto el oficio de referencia.\n\nAtentamente\n",
        subject="Oficio 412/2023",
        attachments=(("oficio.txt", "text/plain", letter.encode()),),
    )
    parsed = parse(raw)
    assert parsed.office == "OFICINA DE PATENTES DE EJEMPLO (OPE)"
    assert [n.username for n in parsed.nominees] == ["es-jlopez"]


def test_username_tells_where_two_spanish_surnames_start() -> None:
    assert resplit_by_username("Acosta", "Rodrigo Benítez", "py-rbenitez") == (
        "Benítez Acosta",
        "Rodrigo",
    )
    # Two given names: "co-jpgonzalez" confirms the default split, so nothing changes.
    assert resplit_by_username("González", "Juan Pablo", "co-jpgonzalez") is None
    # A particle stays with the surname; capitals, when given, decide on their own.
    assert resplit_by_username("Silva Santos", "Rafael da", "br-rsilva") == (
        "da Silva Santos",
        "Rafael",
    )
    assert resplit_by_username("ACOSTA", "Rodrigo BENÍTEZ", "py-rbenitez") is None
    # A username that fits no split (or several) changes nothing.
    assert resplit_by_username("Acosta", "Rodrigo Benítez", "py-director1") is None


def test_unmarked_spanish_name_split_by_the_username() -> None:
    body = """Estimados señores:

En respuesta a la circular C. CWS 175:

Nombre y apellido: Sr. Rodrigo Benítez Acosta
Cargo: Director de Informática
Equipo Técnico: Equipo Técnico sobre API
Usuario (Cuenta OMPI): py-rbenitez
Correo electrónico: rbenitez@ope.example
"""
    nominee = people(parse(make_mail(body)))[0]
    assert (nominee["last_name"], nominee["first_name"]) == ("Benítez Acosta", "Rodrigo")
