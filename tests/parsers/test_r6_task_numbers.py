"""Task forces named only by the CWS task numbers they work on, one or several at once.

"задачи №№ 41 и 62", "Tasks Nos. 41 and 62", "tâches n° 41 et 62", "第41和62号任务": every
number is looked up in the catalogue's `tasks`; a standard's number ("ST.41"), a date or a
telephone number is no task.
"""

from __future__ import annotations

import pytest

from parsers.taskforces import find_task_forces, match_task_forces
from tests.parsers.mailmaker import catalog, make_mail
from tests.parsers.test_es_ru_shapes import parse

XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
LS = "Legal Status Task Force"
DR = "Design Representation Task Force"
DT = "Digital Transformation Task Force"

NUMBER_LISTS = [
    ("Tasks Nos. 41 and 62", (XML4IP, DT)),
    ("Task No. 41, No. 62", (XML4IP, DT)),
    ("tâches n° 41 et 62", (XML4IP, DT)),
    ("tâches nos 44 et 47", (SEQL, LS)),
    ("tareas n.os 41 y 62", (XML4IP, DT)),
    ("tareas n.º 57", (DR,)),
    ("задачи №№ 41 и 62", (XML4IP, DT)),
    ("задачам № 44 и 47", (SEQL, LS)),
    ("задача № 57", (DR,)),
    ("第41和62号任务", (XML4IP, DT)),
    ("第57号任务", (DR,)),
    ("المهمتين رقم 41 و62", (XML4IP, DT)),
    ("المهمة رقم 57", (DR,)),
]


@pytest.mark.parametrize(("value", "names"), NUMBER_LISTS, ids=[c[0] for c in NUMBER_LISTS])
def test_every_task_number_in_a_list_names_its_task_force(
    value: str, names: tuple[str, ...]
) -> None:
    assert tuple(h.name for h in find_task_forces(value, catalog())) == names
    found = match_task_forces(value, catalog())
    assert found.names == names
    assert found.unknown == ()


def test_each_number_of_a_list_is_its_own_hit() -> None:
    value = "задачи №№ 41 и 62"
    hits = find_task_forces(value, catalog())
    assert [h.text for h in hits] == ["задачи №№ 41", "62"]


def test_a_listed_number_no_task_has_is_unknown() -> None:
    found = match_task_forces("Tasks 41, 62 and 99", catalog())
    assert found.names == (XML4IP, DT)
    assert found.unknown == ("99",)


@pytest.mark.parametrize(
    "value",
    [
        "ST.41 and ST.62",  # standards, not tasks
        "tel. 41 62 55",
        "Hotel room 41 and 62",
        "as of 12.10.2023",
    ],
)
def test_numbers_without_a_task_word_name_no_task_force(value: str) -> None:
    assert find_task_forces(value, catalog()) == ()


def test_a_date_after_a_task_number_is_no_second_task() -> None:
    found = match_task_forces("Task 41, 12.10.2023", catalog())
    assert found.names == (XML4IP,)


RU_BLOCK = """Уважаемые коллеги!

Патентное ведомство Руритании в ответ на циркулярное письмо C. CWS 175 выдвигает:

1. г-н Орлов Антон Петрович
   должность: главный специалист
   имя пользователя: xx-aorlov
   адрес эл. почты учетной записи: a.orlov@rurpatent.example
   участие: задачи №№ 44 и 47

2. г-жа Белова Мария Игоревна
   должность: эксперт
   имя пользователя: xx-mbelova
   адрес эл. почты учетной записи: m.belova@rurpatent.example
   участие: задача № 57

С уважением,
Иванов И.
"""

FR_BLOCK = """Madame, Monsieur,

L'Office de la propriété industrielle de Ruritanie a l'honneur de désigner :

Mme Claire FAVRE
Fonction : examinatrice
Identifiant : xx-cfavre
Courriel : claire.favre@opi.example
Participation : tâches n° 41 et 62

Cordialement,
Jean Roux
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [(RU_BLOCK, [[SEQL, LS], [DR]]), (FR_BLOCK, [[XML4IP, DT]])],
    ids=["ru", "fr"],
)
def test_participation_label_gives_task_forces_by_number(
    body: str, expected: list[list[str]]
) -> None:
    parsed = parse(make_mail(body))
    assert [list(n.task_forces) for n in parsed.nominees] == expected
