"""A labelled task-force field that gives the annex's item numbers names those task forces.

"Task forces: items 5 and 9 of the annex", "Groupes de travail : points 2 et 4 de
l'annexe", "Equipos Técnicos: puntos 1, 3", "Целевые группы: пункты 2 и 5 приложения",
"工作队：附件第3、7项", "فرق العمل: البندان 2 و5": the label says the numbers are task
forces, so no word naming the annex is needed beside them; they are read through the
circular's numbered list of task forces when the mail holds it (quoted below, say), as the
same numbers are in a sentence.

Near misses keep their reading: without the list in the mail no number is guessed, a
number the list does not give names nothing, and item numbers in a field that is no task
force's ("Remarks: see items 2 and 4 of the annex") add no task force.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


_CIRCULAR = """

-----Original Message-----
From: CWS Mail <cws.mail@wipo.int>
Sent: Thursday, September 21, 2023 5:05 PM
Subject: C. CWS 175 - Invitation to nominate members of CWS Task Forces

ANNEX

List of Task Forces

1. XML4IP Task Force (Task No. 41)
2. Sequence Listings Task Force (Task No. 44)
3. Legal Status Task Force (Task No. 47)
4. Authority File Task Force (Task No. 51)
5. API Task Force (Task No. 56)
6. Design Representation Task Force (Task No. 57)
7. Blockchain Task Force (Task No. 59)
8. 3D Task Force (Task No. 61)
9. Digital Transformation Task Force (Task No. 62)
"""

_XML, _SEQL, _LS, _AF, _API = (
    "XML4IP Task Force",
    "Sequence Listings Task Force",
    "Legal Status Task Force",
    "Authority File Task Force",
    "API Task Force",
)
_BLOCKCHAIN, _DIGITAL = "Blockchain Task Force", "Digital Transformation Task Force"

FIELDS = [
    (
        "en",
        "Dear Secretariat,\n\nIn reply to C. CWS 175 we nominate:\n\nName: Mr John Carter\n"
        "Position: Patent Examiner\nWIPO username: fd-jcarter\nTask forces: items 5 and 9 of "
        "the annex\n\nBest regards,\nAnna Holm\n",
        ("Carter", "fd-jcarter"),
        [_API, _DIGITAL],
    ),
    (
        "en-bare-numbers",
        "Dear Secretariat,\n\nIn reply to C. CWS 175 we nominate:\n\nName: Mr John Carter\n"
        "Position: Patent Examiner\nWIPO username: fd-jcarter\nTask forces: 1, 3 of the "
        "annex\n\nBest regards,\nAnna Holm\n",
        ("Carter", "fd-jcarter"),
        [_XML, _LS],
    ),
    (
        "ru-number-sign",
        "Уважаемые коллеги!\n\nВ ответ на письмо C. CWS 175 выдвигаем:\n\nФИО: Иванов Петр "
        "Сергеевич\nУчетная запись ВОИС: fd-pivanov\nЦелевая группа: № 5\n\nС уважением,\n"
        "Анна Смирнова\n",
        ("Иванов", "fd-pivanov"),
        [_API],
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, nous désignons :\n\n"
        "Nom : M. Jean Dupont\nFonction : examinateur\nNom d'utilisateur : fd-jdupont\n"
        "Groupes de travail : points 2 et 4 de l'annexe\n\nCordialement,\nAnne Petit\n",
        ("Dupont", "fd-jdupont"),
        [_SEQL, _AF],
    ),
    (
        "es",
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175 designamos a:\n\n"
        "Nombre: Sra. Marta Ruiz\nCargo: Examinadora\nUsuario: fd-mruiz\nEquipos Técnicos: "
        "puntos 1, 3\n\nAtentamente,\nPedro Gómez\n",
        ("Ruiz", "fd-mruiz"),
        [_XML, _LS],
    ),
    (
        "ru",
        "Уважаемые коллеги!\n\nВ ответ на письмо C. CWS 175 выдвигаем:\n\nФИО: Иванов Петр "
        "Сергеевич\nДолжность: главный эксперт\nУчетная запись ВОИС: fd-pivanov\nЦелевые "
        "группы: пункты 2 и 5 приложения\n\nС уважением,\nАнна Смирнова\n",
        ("Иванов", "fd-pivanov"),
        [_SEQL, _API],
    ),
    (
        "zh",
        "CWS秘书处：\n\n兹答复C. CWS 175号通函，我局推荐：\n\n姓名：王芳 女士\n职务：审查员\n"
        "WIPO账户用户名：cn-wangfang\n工作队：附件第3、7项\n\n孔令辉\n",
        ("王", "cn-wangfang"),
        [_LS, _BLOCKCHAIN],
    ),
    (
        "ar",
        "السادة الكرام،\n\nردا على التعميم C. CWS 175، نرشح:\n\nالاسم: السيد أحمد الزعبي\n"
        "الوظيفة: فاحص براءات\nاسم المستخدم: fd-azoubi\nفرق العمل: البندان 2 و5\n\n"
        "مع التحية،\nسامي\n",
        ("الزعبي", "fd-azoubi"),
        [_SEQL, _API],
    ),
]


@pytest.mark.parametrize(
    ("case", "body", "person", "task_forces"), FIELDS, ids=[f[0] for f in FIELDS]
)
def test_item_numbers_in_a_task_force_field_name_the_annexs_task_forces(
    case: str, body: str, person: tuple[str, str], task_forces: list[str]
) -> None:
    parsed = parse(body + _CIRCULAR)
    assert parsed.kind == "nomination", parsed.kind_reason
    assert [(n.last_name, n.username) for n in parsed.nominees] == [person]
    nominee = parsed.nominees[0]
    assert sorted(nominee.task_forces) == sorted(task_forces)
    assert nominee.unknown_task_forces == ()


def test_two_people_each_with_their_items() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175 we nominate:\n\nName: Mr John Carter\n"
        "WIPO username: fd-jcarter\nTask forces: item 5\n\nName: Ms Ann Lee\n"
        "WIPO username: fd-alee\nTask forces: items 1 and 2\n\nBest regards,\nAnna Holm\n"
    )
    parsed = parse(body + _CIRCULAR)
    assert [(n.last_name, sorted(n.task_forces)) for n in parsed.nominees] == [
        ("Carter", [_API]),
        ("Lee", sorted([_XML, _SEQL])),
    ]


# --- near misses ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", ["en", "ru", "zh"])
def test_without_the_list_no_number_is_guessed(case: str) -> None:
    body = next(f[1] for f in FIELDS if f[0] == case)
    parsed = parse(body)
    assert [n.task_forces for n in parsed.nominees] == [()]


def test_a_number_the_list_does_not_give_names_nothing() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175 we nominate:\n\nName: Mr John Carter\n"
        "WIPO username: fd-jcarter\nTask forces: items 5 and 14 of the annex\n\n"
        "Best regards,\nAnna Holm\n"
    )
    parsed = parse(body + _CIRCULAR)
    assert [n.task_forces for n in parsed.nominees] == [(_API,)]


def test_items_in_a_field_that_is_no_task_forces_add_none() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175 we nominate:\n\nName: Mr John Carter\n"
        "WIPO username: fd-jcarter\nTask force: API Task Force\nRemarks: see items 2 and 4 "
        "of the annex for our other experts, to follow.\n\nBest regards,\nAnna Holm\n"
    )
    parsed = parse(body + _CIRCULAR)
    assert [n.task_forces for n in parsed.nominees] == [(_API,)]
