"""A reply that updates a quoted member gives his post as it is now.

Above the Secretariat's quoted confirmation of a member ("Mr. X, Head of ..., has been given
access ..."), the office asks that he join another task force as well and says his post has
changed: "Desde el 2 de octubre su cargo es ...", "his post is now ...", "son poste est
désormais ...", "его должность теперь — ...", "其职务现为...", "منصبه الجديد هو ...". His
names, username and address come from the quote; the post the reply gives wins over the
quoted one.

Near miss: the same reply saying nothing of his post keeps the quoted one.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.post_updates import new_post
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(
        make_mail(body, subject="Re: C. CWS 175 - Confirmation of access"),
        catalog=catalog(),
        options=ParseOptions(),
    )


_QUOTE = (
    "\n\nOn 11 Oct 2023, CWS Secretariat <cws.mail@wipo.int> wrote:\n"
    "> Dear colleague,\n>\n"
    "> Thank you for your reply to circular C. CWS 175. We confirm that\n"
    "> Mr. Derlis ORTIZ, Head of the Systems Development Department, has been given\n"
    "> access to the wiki space of the XML4IP Task Force with the WIPO Account\n"
    "> py-dortiz (dortiz@dinapi.example).\n>\n> Best regards,\n> CWS Secretariat\n"
)

CASES = [
    (
        "es",
        "Agradecemos la confirmación. Les solicitamos que el Sr. Ortiz sea incluido también en "
        "el Equipo Técnico sobre API, con la misma cuenta. Desde el 2 de octubre su cargo es "
        "Director de Tecnologías de la Información; el resto de sus datos no cambia.\n\n"
        "Atentamente,\nRocío Benítez",
        "Director de Tecnologías de la Información",
    ),
    (
        "en",
        "Thank you for the confirmation. We would ask that Mr Ortiz also join the API Task "
        "Force with the same account. Since 2 October his post is Director of Information "
        "Technology; his other details are unchanged.\n\nBest regards,\nRocío Benítez",
        "Director of Information Technology",
    ),
    (
        "fr",
        "Merci pour la confirmation. Nous souhaitons que M. Ortiz participe aussi à l'Équipe "
        "d'experts chargée de l'API, avec le même compte. Depuis le 2 octobre, son poste est "
        "désormais Directeur des technologies de l'information ; le reste est inchangé.\n\n"
        "Cordialement,\nRocío Benítez",
        "Directeur des technologies de l'information",
    ),
    (
        "ar",
        "نشكركم على التأكيد. نرجو أن ينضم السيد Ortiz أيضا إلى فرقة العمل المعنية بواجهات برمجة "
        "التطبيقات بنفس الحساب. منصبه الجديد هو مدير تكنولوجيا المعلومات، وتبقى بقية بياناته "
        "دون تغيير.\n\nمع التحية،\nروسيو بينيتيز",
        "مدير تكنولوجيا المعلومات",
    ),
]


@pytest.mark.parametrize(("reply", "post"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_new_post_wins_over_quoted_one(reply: str, post: str) -> None:
    parsed = parse(reply + _QUOTE)
    assert [(n.username, n.position, n.task_forces) for n in parsed.nominees] == [
        ("py-dortiz", post, ("API Task Force",))
    ]


# The statement itself, as the Russian and Chinese replies write it.
STATEMENTS = [
    (
        "ru-now",
        "Его должность теперь — директор департамента; остальное без изменений.",
        "директор департамента",
    ),
    (
        "ru-fixed",
        "Должность правильно так: заместитель начальника отдела правовой информации.",
        "заместитель начальника отдела правовой информации",
    ),
    ("zh", "希望张磊先生也参加API工作队。其职务现为信息技术处处长。", "信息技术处处长"),
    ("zh-changed", "张磊先生职务变更为专利审查部副部长，其他信息不变。", "专利审查部副部长"),
]


@pytest.mark.parametrize(
    ("text", "post"), [c[1:] for c in STATEMENTS], ids=[c[0] for c in STATEMENTS]
)
def test_post_statements(text: str, post: str) -> None:
    said = new_post(text)
    assert said is not None
    assert said[0] == post


def test_two_posts_said_are_none() -> None:
    assert new_post("His post is Head of Section. Her post is Director of Finance.") is None


@pytest.mark.parametrize("reply", [c[1] for c in CASES[:2]], ids=[c[0] for c in CASES[:2]])
def test_no_post_said_keeps_quoted_one(reply: str) -> None:
    reply = (
        reply.split(". Desde", maxsplit=1)[0].split(". Since", maxsplit=1)[0]
        + ".\n\nBest regards,\nRocío"
    )
    parsed = parse(reply + _QUOTE)
    assert [(n.username, n.position) for n in parsed.nominees] == [
        ("py-dortiz", "Head of the Systems Development Department")
    ]
