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


# --- taking one member off a task force while another's nomination stands --------------

_REMOVE_EN = """Dear Secretariat,

Following her retirement, please remove Ms. Jane Roe (us-jroe) from the XML4IP Task Force.
Mr John Doe (us-jdoe, API Task Force) remains our representative.

A replacement for Ms Roe will follow.

Kind regards,
Paul Smith
"""

_REMOVE_FR = """Madame, Monsieur,

Nous vous prions de retirer M. Paul Dupont de l'équipe d'experts XML4IP, car il a quitté
l'Office. Mme Claire Martin (fr-cmartin, équipe d'experts API) reste notre représentante.

Cordialement,
Anne Leroy
"""

_REMOVE_ES = """Estimados señores:

Les rogamos dar de baja a la Sra. Ana Ruiz (es-aruiz) del Equipo Técnico XML4IP.
La designación del Sr. Luis Gómez (es-lgomez, Equipo Técnico API) sigue vigente.

Atentamente,
Marta Díaz
"""

_REMOVE_ZH = """尊敬的秘书处：

请将王伟先生（cn-wwang）从XML4IP工作队中删除。李娜女士（cn-lna，API工作队）继续担任我局代表。

此致
张强
"""

_REMOVE_AR = """السادة أمانة لجنة معايير الويبو،

نرجو حذف السيد أحمد حسن (eg-ahassan) من فرقة العمل المعنية بمعيار XML4IP. ويظل السيد
محمود علي (eg-mali) ممثلنا في فرقة العمل المعنية بواجهات البرمجة.

مع خالص التحية،
سارة محمد
"""

_REMOVE_AND_NOMINATE = """Dear Secretariat,

Please remove Ms. Jane Roe (us-jroe) from the XML4IP Task Force. Mr John Doe remains on
the API Task Force, and we nominate Mr Kim Lee (us-klee, kim.lee@office.example),
Examiner, to the XML4IP Task Force in her place.

Kind regards,
Paul Smith
"""


@pytest.mark.parametrize("body", [_REMOVE_EN, _REMOVE_FR, _REMOVE_ES, _REMOVE_ZH, _REMOVE_AR])
def test_removing_one_member_while_another_stays_nominates_nobody(body: str) -> None:
    parsed = parse(make_mail(body, subject="C. CWS 175 - change of representatives"))
    assert parsed.kind == Kind.OTHER
    assert not parsed.nominees


def test_a_removal_beside_a_new_nomination_is_a_nomination() -> None:
    parsed = parse(make_mail(_REMOVE_AND_NOMINATE, subject="C. CWS 175 - replacement"))
    assert parsed.kind == Kind.NOMINATION
    assert "us-klee" in [n.username for n in parsed.nominees]


# --- thanks for the access given ----------------------------------------------------------

_THANKS_EN = """Dear colleagues,

Thank you for granting wiki access to our representatives:

- Mr Tom Black (gb-tblack), Senior Examiner - XML4IP Task Force
- Ms Amy White (gb-awhite), IT Architect - API Task Force

Both have successfully logged in and look forward to the work of the task forces.

Yours faithfully,
Peter Grey
"""

_THANKS_FR = """Madame, Monsieur,

Nous vous remercions pour l'accès au wiki accordé à nos représentants,
M. Jean MARTIN (fr-jmartin, équipe d'experts XML4IP) et Mme Lucie BERNARD (fr-lbernard,
équipe d'experts API), qui ont pu se connecter sans difficulté.

Cordialement,
Sophie Laurent
"""

_THANKS_ES = """Estimados señores:

Agradecemos el acceso al wiki concedido a nuestros representantes: la Sra. Ana Ruiz
(es-aruiz), Jefa de Sistemas, Equipo Técnico XML4IP, y el Sr. Luis Gómez (es-lgomez),
Examinador, Equipo Técnico API. Ambos han podido acceder sin problemas.

Atentamente,
Marta Díaz
"""

_THANKS_ZH = """尊敬的秘书处：

感谢贵处为我局代表开通工作队维基访问权限：
1. 王伟先生（cn-wwang），审查员，XML4IP工作队
2. 李娜女士（cn-lna），信息化处处长，API工作队
两位均已成功登录。

此致
张强
"""

_THANKS_AND_ASK = """Dear colleagues,

Thank you for granting wiki access to Mr Tom Black (gb-tblack, XML4IP Task Force).
Could you please also give access to Ms Amy White (gb-awhite, amy.white@office.example),
IT Architect, for the API Task Force?

Yours faithfully,
Peter Grey
"""


@pytest.mark.parametrize("body", [_THANKS_EN, _THANKS_FR, _THANKS_ES, _THANKS_ZH])
def test_thanks_for_access_given_nominates_nobody(body: str) -> None:
    parsed = parse(make_mail(body, subject="Wiki access - thank you"))
    assert parsed.kind == Kind.OTHER
    assert not parsed.nominees


def test_thanks_with_a_request_for_another_member_is_a_nomination() -> None:
    parsed = parse(make_mail(_THANKS_AND_ASK, subject="Wiki access"))
    assert parsed.kind == Kind.NOMINATION


@pytest.mark.parametrize(
    "body",
    [
        "Dear Secretariat,\n\nRegarding our nomination under C. CWS 175, please remove Ms Jane "
        "Roe (us-jroe) from the API Task Force and add her to the XML4IP Task Force instead.\n\n"
        "Regards,\nPaul Smith\n",
        "Madame, Monsieur,\n\nMerci de retirer Mme Claire Martin (fr-cmartin) de l'équipe "
        "d'experts API et de l'inscrire plutôt à l'équipe d'experts XML4IP.\n\n"
        "Cordialement,\nAnne Leroy\n",
        "尊敬的秘书处：\n\n请将王伟先生（cn-wwang）从API工作队中删除，并加入XML4IP工作队。\n\n此致\n张强\n",
    ],
)
def test_moving_a_member_to_another_task_force_withdraws_nobody(body: str) -> None:
    assert parse(make_mail(body, subject="C. CWS 175 - change")).kind == Kind.NOMINATION


_NOMINATE_AND_DROP_EN = """Dear Secretariat,

In reply to circular C. CWS 175, the Office nominates Ms Jane Roe (us-jroe,
jane.roe@office.example), Examiner, to the XML4IP Task Force.

Mr Tom Black, who represented the Office on the API Task Force so far, is leaving; please
remove him from the list.

Kind regards,
Paul Smith
"""

_NOMINATE_AND_DROP_RU = """Уважаемые коллеги!

В ответ на циркулярное письмо C. CWS 175 Роспатент выдвигает кандидатуру г-жи Орловой
Анны Игоревны (ru-aorlova, a.orlova@office.example), ведущего специалиста, в Целевую
группу по XML4IP.

Г-н Иванов Петр Сергеевич, ранее представлявший Роспатент в Целевой группе по API,
переходит на другую работу; просим удалить его из списка.

С уважением,
Кузнецов А.В.
"""


@pytest.mark.parametrize(
    ("body", "kept"),
    [(_NOMINATE_AND_DROP_EN, "us-jroe"), (_NOMINATE_AND_DROP_RU, "ru-aorlova")],
)
def test_a_member_taken_off_the_list_is_no_nominee(body: str, kept: str) -> None:
    parsed = parse(make_mail(body))
    assert parsed.kind == Kind.NOMINATION
    assert [n.username for n in parsed.nominees] == [kept]
