"""A Russian nominee named again by given name (and patronymic) in an oblique case.

After "Иванову Анну Сергеевну" or "г-жу Иванову Анну Сергеевну", a later "Просим включить
Анну Сергеевну в список рассылки", "зарегистрировать Анну Сергеевну на вики" or "направить
Анне Сергеевне приглашение" is the same person: no second nominee, and the first name stays
"Анна Сергеевна" in the nominative. A known given name shows its sex: "Анну" is a woman's
accusative, never a man's "Кузьму", so "включить Анну Петрову" is Петрова.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.russian_given_names import nominative_given_name
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


CASES = [
    (
        "titled-then-include",
        "Назначаем г-жу Иванову Анну Сергеевну в Целевую группу по API. Просим включить "
        "Анну Сергеевну в список рассылки.",
    ),
    (
        "untitled-then-dative",
        "Просим включить Иванову Анну Сергеевну, главного эксперта, в состав Целевой группы по "
        "API. Просим направить Анне Сергеевне приглашение на вики.",
    ),
    (
        "nominative-then-register",
        "Сообщаем, что в Целевую группу по API назначается Иванова Анна Сергеевна, главный "
        "эксперт. Просим зарегистрировать Анну Сергеевну на вики.",
    ),
    (
        "titled-then-register",
        "Назначаем г-жу Иванову Анну Сергеевну, главного эксперта, в Целевую группу по API. "
        "Просим зарегистрировать Анну Сергеевну на вики.",
    ),
]


@pytest.mark.parametrize(("case", "body"), CASES, ids=[c[0] for c in CASES])
def test_later_mention_is_the_same_person(case: str, body: str) -> None:
    parsed = parse("Уважаемые коллеги!\n\n" + body + "\n\nС уважением\n")
    assert parsed.kind == "nomination", parsed.kind_reason
    [nominee] = parsed.nominees
    assert (nominee.last_name, nominee.first_name) == ("Иванова", "Анна Сергеевна")
    assert nominee.task_forces == ("API Task Force",)


def test_given_name_case_tells_sex() -> None:
    assert nominative_given_name("Анну", "m-gen") is None
    assert nominative_given_name("Анну", "f-acc") == "Анна"
    assert nominative_given_name("Кузьму", "m-gen") == "Кузьма"


def test_woman_object_keeps_feminine_surname() -> None:
    parsed = parse("Просим включить Анну Петрову в состав Целевой группы по API.")
    [nominee] = parsed.nominees
    assert (nominee.last_name, nominee.first_name) == ("Петрова", "Анна")
