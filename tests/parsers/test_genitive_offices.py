"""An office a Russian letter names only in the genitive ("сведения о представителях
Федеральной службы ..."): read from the sentence and written in the nominative; an annex's
title about the representatives is no letterhead."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.letterhead import letterhead_office
from parsers.prose_offices import prose_office
from parsers.russian_cases import nominative_office_name
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def test_genitive_names_open_in_the_nominative() -> None:
    cases = {
        "Национального центра интеллектуальной собственности": (
            "Национальный центр интеллектуальной собственности"
        ),
        "Государственного агентства по интеллектуальной собственности Республики Молдова": (
            "Государственное агентство по интеллектуальной собственности Республики Молдова"
        ),
        "Российской государственной академии интеллектуальной собственности": (
            "Российская государственная академия интеллектуальной собственности"
        ),
        "Национального управления по патентам": "Национальное управление по патентам",
    }
    for genitive, nominative in cases.items():
        assert nominative_office_name(genitive) == nominative


def test_a_name_not_opening_with_an_inflected_adjective_is_left_alone() -> None:
    assert nominative_office_name("Роспатента") is None
    assert nominative_office_name("Министерства юстиции") is None
    assert nominative_office_name("Национальный центр") is None


def test_representatives_of_an_office_in_a_sentence_name_it() -> None:
    text = "Направляем информацию о представителях Национального центра патентной информации."
    found = prose_office(text)
    assert found is not None
    assert found.value == "Национального центра патентной информации"
    # A short name alone, inflected, is no office's full name.
    assert prose_office("Список представителей Роспатента в рабочих группах") is None


def test_an_annex_title_about_representatives_is_no_letterhead() -> None:
    assert letterhead_office("Список представителей Казпатента в целевых группах\n") is None
    assert letterhead_office("List of representatives of the Patent Office\n") is None
    office = letterhead_office("Национальный институт интеллектуальной собственности\n")
    assert office is not None


def test_letter_naming_its_office_only_in_the_genitive() -> None:
    body = """Уважаемые коллеги!

В ответ на циркулярное письмо C. CWS 175 сообщаем данные представителей Национального
центра интеллектуальной собственности (НЦИС) для участия в целевых группах КСВ.

Фамилия: Петров
Имя: Олег
Должность: эксперт
Целевая группа: API Task Force
Логин: by-opetrov
Электронная почта: opetrov@ncip.example

С уважением,
О. Сидорова
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "Национальный центр интеллектуальной собственности (НЦИС)"
    assert len(parsed.nominees) == 1
