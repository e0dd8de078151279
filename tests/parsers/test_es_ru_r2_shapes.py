"""Spanish and Russian mail shapes of the second blind round."""

from __future__ import annotations

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
