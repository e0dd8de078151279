"""A task force whose representative will be named later ("будет назначен позднее", "will be
nominated later") is nobody's yet, not the person named before it."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.models import Kind
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


# --- a task force whose representative will be named later ------------------------------

_LATER_RU = """Добрый день!

В ответ на циркулярное письмо C. CWS 175 сообщаем о представителях Ведомства.

1. Г-н Зайцев Игорь Валентинович, заместитель директора, — в Целевую группу по API.
Имя пользователя: ru-izaitsev, e-mail: i.zaitsev@office.example

2. Г-жа Никитина Ольга Павловна, ведущий эксперт, — в Целевую группу по SEQL.
Имя пользователя: ru-onikitina, e-mail: o.nikitina@office.example

Представитель в Целевой группе по части 7 будет назначен позднее.

С уважением,
Марина Ковалёва
"""

_LATER_EN = """Dear Secretariat,

In reply to circular C. CWS 175, we nominate:

1. Mr. Igor Zaitsev, Deputy Director - API Task Force (username ru-izaitsev)
2. Ms. Olga Nikitina, Senior Examiner - SEQL Task Force (username ru-onikitina)

Our representative to the Part 7 Task Force will be nominated later.

Kind regards,
Marina Kovaleva
"""


@pytest.mark.parametrize("body", [_LATER_RU, _LATER_EN])
def test_a_task_force_whose_representative_comes_later_is_nobodys_yet(body: str) -> None:
    parsed = parse(make_mail(body))
    assert parsed.kind == Kind.NOMINATION
    assert [n.task_forces for n in parsed.nominees] == [
        ("API Task Force",),
        ("Sequence Listings Task Force",),
    ]


def test_details_sent_later_leave_the_task_force_named() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to circular C. CWS 175, we nominate Ms. Olga Nikitina "
        "(username ru-onikitina) to the Part 7 Task Force, and her account e-mail will be "
        "communicated later.\n\nKind regards,\nMarina Kovaleva\n"
    )
    parsed = parse(make_mail(body))
    assert [n.task_forces for n in parsed.nominees] == [("Part 7 Task Force",)]


def test_a_leaver_who_no_longer_needs_access_leaves_the_successor_nominated() -> None:
    body = (
        "Good morning,\n\nIn reply to C. CWS 175: Ms. Rebecca Hall, Patent Examiner, will "
        "replace Dr. Michael Chen on the Sequence Listings Task Force. Dr. Chen no longer needs "
        "access to the wiki pages. Her account e-mail is rebecca.hall@office.example.\n\n"
        "Thank you,\nDaniel Okafor\n"
    )
    parsed = parse(make_mail(body))
    assert parsed.kind == Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Hall"]
