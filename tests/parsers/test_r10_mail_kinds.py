"""What kind of mail it is: a program's digest, reminder or invitation is other mail, while
an automatic answer to a message (an absence notice, a ticket receipt) stays an auto-reply."""

from __future__ import annotations

import pytest

from parsers.models import Kind
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import parse

_GENERATED = (("Auto-Submitted", "auto-generated"),)
_LIST = (
    ("Auto-Submitted", "auto-generated"),
    ("List-Id", "<normas-pi.lists.example>"),
    ("Precedence", "list"),
)

_DIGEST_ES = """Resumen de hoy

Tema: ¿Quién designa expertos para el Equipo Técnico XML4IP (C. CWS 175)?

De: Carla Ruiz <c.ruiz@oficina.example>
Nuestra Oficina ya designó al Sr. Pedro Gómez (es-pgomez, pedro.gomez@oficina.example),
Jefe de Sistemas, para el Equipo Técnico XML4IP.

Recibe este resumen porque está suscrito a la lista.
"""

_REMINDER_ZH = """这是自动提醒，请勿回复。

会议：与国际局讨论 C. CWS 175 提名事宜
时间：2023年10月20日 10:00
议程：
1. 王伟先生（cn-wwang，wang.wei@office.example）加入 API 工作队
2. 其他事项
"""

_REMINDER_AR = """هذا تذكير آلي، يرجى عدم الرد.

الاجتماع: متابعة التعميم C. CWS 175
جدول الأعمال: ترشيح السيد أحمد حسن (eg-ahassan، ahmed.hassan@office.example) لفرقة عمل XML4IP
"""

_INVITATION_RU = """Вы приглашены на встречу.

Тема: циркулярное письмо C. CWS 175
Повестка: кандидатура г-на Иванова Петра (ru-pivanov) в Целевую группу по XML4IP
"""

_ABSENCE_EN = """Thank you for your message. I am out of the office until 30 October
with limited access to e-mail. For urgent matters please contact the front desk.
"""

_ABSENCE_FR = """Je suis absente jusqu'au 30 octobre et je lirai votre message à mon retour.
"""


@pytest.mark.parametrize(
    ("body", "subject", "headers"),
    [
        (_DIGEST_ES, "[normas-pi] Resumen diario - 3 mensajes en 1 tema", _LIST),
        (_DIGEST_ES, "Normas-pi Digest, Vol 12, Issue 4", _LIST),
        (_REMINDER_ZH, "会议提醒：C. CWS 175 提名事宜（10月20日 10:00）", _GENERATED),
        (_REMINDER_AR, "تذكير: اجتماع متابعة التعميم C. CWS 175", _GENERATED),
        (_INVITATION_RU, "Приглашение: встреча по C. CWS 175", _GENERATED),
        (_REMINDER_ZH, "Reminder: C. CWS 175 follow-up call @ Fri 20 Oct", _GENERATED),
    ],
)
def test_a_programs_notice_is_other_mail(
    body: str, subject: str, headers: tuple[tuple[str, str], ...]
) -> None:
    parsed = parse(make_mail(body, subject=subject, headers=headers))
    assert parsed.kind == Kind.OTHER
    assert not parsed.nominees


@pytest.mark.parametrize(
    ("body", "subject", "headers"),
    [
        # Exchange stamps its absence notices "auto-generated", and keeps our subject.
        (_ABSENCE_EN, "Automatic reply: Reminder: C. CWS 175", _GENERATED),
        # An absence notice in the text, whatever the subject says.
        (_ABSENCE_FR, "Rappel : C. CWS 175", _GENERATED),
        # A list member's absence notice relayed by the list.
        (_ABSENCE_EN, "[normas-pi] Out of office: XML4IP", _LIST),
        # A ticket receipt answers a message: an auto-reply.
        (
            "Your request has been received and assigned number 4711.\n",
            "[Ticket #4711] Received: C. CWS 175",
            _GENERATED,
        ),
    ],
)
def test_an_automatic_answer_stays_an_auto_reply(
    body: str, subject: str, headers: tuple[tuple[str, str], ...]
) -> None:
    assert parse(make_mail(body, subject=subject, headers=headers)).kind == Kind.AUTO_REPLY
