"""Spanish and Russian mail shapes of the second blind round."""

from __future__ import annotations

from parsers import Kind
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import LS, parse, people


def test_russian_replacement_then_surname_in_genitive_is_the_same_nominee() -> None:
    body = """Уважаемые коллеги!

Ведомство сообщает об изменении в составе Целевой группы по правовому статусу.

Г-жа Ковалёва Марина Сергеевна заменит г-на Ахмедова Рустама Каримовича.

Учетная запись ВОИС г-жи Ковалёвой: ea-mkovaleva (создана на адрес m.kovaleva@eapo.example).

С уважением,
Лысенко Д.В.
начальник управления
"""
    assert people(parse(make_mail(body))) == [
        {
            "title": "Mrs",
            "last_name": "Ковалёва",
            "first_name": "Марина Сергеевна",
            "position": None,
            "username": "ea-mkovaleva",
            "account_email": "m.kovaleva@eapo.example",
            "task_forces": [LS],
        }
    ]


def test_russian_male_surname_in_genitive_completes_him_not_a_woman_of_that_name() -> None:
    body = """Добрый день!

Г-н Петров Иван Ильич заменит г-жу Сидорову Анну в Целевой группе по правовому статусу.

Учетная запись г-на Петрова: ru-ipetrov, адрес i.petrov@office.example.
"""
    got = people(parse(make_mail(body)))
    assert [(n["last_name"], n["first_name"], n["username"]) for n in got] == [
        ("Петров", "Иван Ильич", "ru-ipetrov")
    ]
    assert got[0]["account_email"] == "i.petrov@office.example"


def test_a_retired_member_named_with_his_username_is_no_nominee() -> None:
    body = """Уважаемые коллеги!

Благодарим за приглашение. В текущем году ведомство не будет выдвигать представителей.

Г-н Осмонов Бакыт Асанович (kg-bosmonov), ранее участвовавший в работе Целевой группы по
XML4IP, вышел на пенсию; просим исключить его из списка участников.

С уважением,
Секретариат
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.OTHER, people(parsed)


def test_a_retiree_after_the_nominee_does_not_lend_her_his_fields() -> None:
    body = """Dear colleagues,

We nominate Ms. Jane ROE, Senior Examiner, for the Legal Status Task Force (username
us-jroe, e-mail jane.roe@office.example).

Mr. John DOE (us-jdoe), our member until now, has retired.

Regards
"""
    got = people(parse(make_mail(body)))
    assert [(n["last_name"], n["username"], n["account_email"]) for n in got] == [
        ("ROE", "us-jroe", "jane.roe@office.example")
    ]


def test_nominee_writing_on_the_instruction_of_the_office_names_it() -> None:
    body = """Estimados señores:

Por indicación de la Dirección del Instituto Nacional de Patentes (INAPA), les escribo para
proponerme como representante en el Equipo Técnico XML4IP.

Soy la Sra. Ana Ruiz Paz, Jefa de Sistemas. Mi usuario es do-aruiz y mi correo
aruiz@inapa.example.
"""
    parsed = parse(make_mail(body))
    assert parsed.office is not None
    assert "Instituto Nacional de Patentes (INAPA)" in parsed.office
