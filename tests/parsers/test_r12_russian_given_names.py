"""Russian names where endings mislead: a known given name tells the surname when the
order varies ("г-жу Марину Чебан-Русу", "Сирота Ирина"), and a man's given name in -а
is put back into the nominative from the accusative or genitive ("г-на Никиту")."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.names import split_person
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


@pytest.mark.parametrize(
    ("written", "last", "first"),
    [
        # The given name first, then a foreign surname that does not decline.
        ("г-жу Марину Чебан-Русу", "Чебан-Русу", "Марина"),
        ("Наталья Бостан", "Бостан", "Наталья"),
        # Surname first, then a given name ending like a surname ("-ина").
        ("г-жу Сироту Марину", "Сирота", "Марина"),
        ("Сирота Галина", "Сирота", "Галина"),
        ("Галина Петровна Сирота", "Сирота", "Галина Петровна"),
        # A man's given name in -а/-я after "г-на".
        ("г-на Никиту Смирнова", "Смирнов", "Никита"),
        ("г-на Илью Сидорова", "Сидоров", "Илья"),
        ("господина Фомы Кравцова", "Кравцов", "Фома"),
    ],
)
def test_known_given_name_tells_the_surname(written: str, last: str, first: str) -> None:
    name = split_person(written)
    assert (name.last_name, name.first_name) == (last, first)


@pytest.mark.parametrize(
    ("written", "last", "first"),
    [
        # Negative: regular names read as before.
        ("г-на Иванова Ивана", "Иванов", "Иван"),
        ("Петрова Анна Сергеевна", "Петрова", "Анна Сергеевна"),
        ("г-жу Анну Петрову", "Петрова", "Анна"),
        # A foreign surname in -у after "г-на" is not a declined word.
        ("г-на Петра Гуцу", "Гуцу", "Петр"),
        # Dative: "г-ну Петру" is Пётр.
        ("г-ну Петру Иванову", "Иванов", "Петр"),
    ],
)
def test_regular_names_are_unchanged(written: str, last: str, first: str) -> None:
    name = split_person(written)
    assert (name.last_name, name.first_name) == (last, first)


def test_prose_nomination_with_given_name_first() -> None:
    body = """Уважаемые коллеги!

В ответ на циркулярное письмо C. CWS 175 Ведомство выдвигает г-жу Наталью Чебан в Целевую группу по XML4IP и г-на Никиту Орлова в Целевую группу по API.

С уважением,
"""
    got = [
        (n.last_name, n.first_name, list(n.task_forces)) for n in parse(make_mail(body)).nominees
    ]
    assert got == [
        ("Чебан", "Наталья", ["XML4IP Task Force"]),
        ("Орлов", "Никита", ["API Task Force"]),
    ]
