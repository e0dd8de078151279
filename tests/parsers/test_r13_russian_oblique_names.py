"""Russian names after an inflected title: a woman's surname that does not decline
(Romanian "Чобану", "-енко", "-ых", a consonant) stays as written, and given names in
the dative, genitive and accusative ("Олегу", "Игорю", "Льву", "Анне", "Натальи") are
put back into the nominative; a surname in capitals declines as one in small letters."""

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
        # A woman's surname that does not decline, after each of the women's titles.
        ("г-жу Наталью Чобану", "Чобану", "Наталья"),
        ("госпожу Ольгу Мунтяну", "Мунтяну", "Ольга"),
        ("г-жу Ирину Морару", "Морару", "Ирина"),
        ("г-жу Анну Лунгу", "Лунгу", "Анна"),
        ("г-жу ЧОБАНУ Наталью", "ЧОБАНУ", "Наталья"),
        ("г-жи Натальи Чобану", "Чобану", "Наталья"),
        ("г-же Марии Чобану", "Чобану", "Мария"),
        ("г-жу Ольгу Бондаренко", "Бондаренко", "Ольга"),
        ("г-же Наталье Шевченко", "Шевченко", "Наталья"),
        ("г-жу Наталью Черных", "Черных", "Наталья"),
        ("г-жу Анну Шевчук", "Шевчук", "Анна"),
        # A man's surname in -енко in an oblique case stays too.
        ("г-на Ивана Шевченко", "Шевченко", "Иван"),
        ("г-ну Игорю Сидоренко", "Сидоренко", "Игорь"),
    ],
)
def test_indeclinable_surnames_stay(written: str, last: str, first: str) -> None:
    name = split_person(written)
    assert (name.last_name, name.first_name) == (last, first)


@pytest.mark.parametrize(
    ("written", "last", "first"),
    [
        # Dative, a man; a surname that ends as a Romanian one does stays as written.
        ("господину Олегу Русу", "Русу", "Олег"),
        ("господину Олегу РУСУ", "РУСУ", "Олег"),
        ("г-ну Льву Толстому", "Толстой", "Лев"),
        ("г-ну Павлу Орлову", "Орлов", "Павел"),
        ("г-ну Илье Смирнову", "Смирнов", "Илья"),
        ("г-ну Никите Орлову", "Орлов", "Никита"),
        # Dative (and prepositional), a woman.
        ("госпоже Анне Ивановой", "Иванова", "Анна"),
        ("г-же Ольге Петровской", "Петровская", "Ольга"),
        ("г-же Любови Орловой", "Орлова", "Любовь"),
        ("г-же Ирине Сироте", "Сирота", "Ирина"),
        # Genitive and accusative.
        ("г-на Игоря Петрова", "Петров", "Игорь"),
        ("г-на Льва Орлова", "Орлов", "Лев"),
        ("г-на ИВАНОВА Ивана", "ИВАНОВ", "Иван"),
        ("г-жу ИВАНОВУ Анну", "ИВАНОВА", "Анна"),
        ("г-жу Ирину Петровскую", "Петровская", "Ирина"),
        ("г-жу Анну Кочергу", "Кочерга", "Анна"),
    ],
)
def test_oblique_names_in_the_nominative(written: str, last: str, first: str) -> None:
    name = split_person(written)
    assert (name.last_name, name.first_name) == (last, first)


def _letter(sentence: str) -> bytes:
    return make_mail(
        f"Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 {sentence}\n\n"
        "С уважением,\n"
    )


def test_prose_woman_with_romanian_surname() -> None:
    raw = _letter(
        "Ведомство выдвигает г-жу Наталью Чобану в Целевую группу по XML4IP "
        "и г-на Игоря Петрова в Целевую группу по API."
    )
    got = [(n.title, n.last_name, n.first_name, list(n.task_forces)) for n in parse(raw).nominees]
    assert got == [
        ("Mrs", "Чобану", "Наталья", ["XML4IP Task Force"]),
        ("Mr", "Петров", "Игорь", ["API Task Force"]),
    ]


def test_prose_dative_names() -> None:
    raw = _letter(
        "прошу предоставить доступ в Целевую группу по API господину Олегу Русу "
        "и госпоже Анне Ивановой."
    )
    got = [(n.title, n.last_name, n.first_name) for n in parse(raw).nominees]
    assert got == [("Mr", "Русу", "Олег"), ("Mrs", "Иванова", "Анна")]
