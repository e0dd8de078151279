"""Chinese and Arabic shapes of the second blind round: a name followed by the task force
it is for, the full name repeated with the post, a family name opened by a particle, an
office as the subject of "nominates", an attached text file in its declared charset."""

from __future__ import annotations

import email
import email.policy
from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.names import split_person
from parsers.people import titled_people
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
LS = "Legal Status Task Force"
BC = "Blockchain Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "position", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def test_arabic_name_stops_before_the_task_force_it_is_for() -> None:
    for text in (
        "يرشح المكتب السيد محمد علي لفرقة العمل المعنية بالوضع القانوني.",
        "يرشح المكتب السيد محمد علي فرقة العمل المعنية بالوضع القانوني.",
        "يرشح المكتب السيد محمد علي لجميع فرق العمل.",
    ):
        assert [p.name for p in titled_people(text)] == ["محمد علي"], text


def test_arabic_full_name_repeated_with_the_post_completes_the_nominee() -> None:
    body = """تحية طيبة وبعد،

إشارة إلى التعميم C. CWS 175، يسر مكتب براءات الاختراع أن يرشح السيد سالم حسن لفرقة العمل المعنية بالوضع القانوني.

ويشغل السيد سالم حسن منصب رئيس قسم المعلومات، واسم المستخدم الخاص به هو xx-shassan، والبريد الإلكتروني هو s.hassan@office.example.
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed) == [
        {
            "title": "Mr",
            "last_name": "حسن",
            "first_name": "سالم",
            "position": "رئيس قسم المعلومات",
            "username": "xx-shassan",
            "account_email": "s.hassan@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == (LS,)


def test_arabic_family_name_opened_by_a_particle_when_the_surname_comes_first() -> None:
    person = split_person("السيد بن علي كريم", surname_first=True)
    assert (person.title, person.last_name, person.first_name) == ("Mr", "بن علي", "كريم")
    person = split_person("عبد الله محمد", surname_first=True)
    assert (person.last_name, person.first_name) == ("عبد الله", "محمد")
    # a plain two-word name is not touched
    person = split_person("بن كريم", surname_first=True)
    assert (person.last_name, person.first_name) == ("بن", "كريم")


def test_office_as_the_subject_of_nominates_in_a_note_verbale() -> None:
    body = """تهدي البعثة الدائمة أطيب تحياتها إلى المنظمة العالمية للملكية الفكرية، وبالإشارة إلى التعميم C. CWS 175، تتشرف بأن تبلغها بأن مديرية براءات الاختراع في وزارة الاقتصاد ترشح السيدة هدى سالم، مديرة المديرية، للمشاركة في فرقة العمل المعنية بسلسلة الكتل.

والبريد الإلكتروني لحساب الويبو هو h.salem@office.example.
"""
    parsed = parse(make_mail(body, sender="Mission <mission@office.example>"))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office == "مديرية براءات الاختراع في وزارة الاقتصاد"
    assert parsed.nominees[0].task_forces == (BC,)


def test_attached_text_file_is_read_in_its_declared_charset() -> None:
    attached = """ترشيح لفرق العمل - التعميم C. CWS 175

اسم المكتب: مكتب براءات الاختراع
اسم العائلة: الرشيدي
الاسم الأول: فهد
اللقب: السيد
المنصب: محلل نظم
فرقة العمل: فرقة العمل المعنية بسلسلة الكتل
اسم المستخدم: xx-falrashidi
البريد الإلكتروني: f.alrashidi@office.example
"""
    raw = make_mail(
        "--\nم. سامي\n", attachments=(("n.txt", "text/plain", attached.encode("windows-1256")),)
    )
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    next(iter(msg.iter_attachments())).set_param("charset", "windows-1256")
    parsed = parse(msg.as_bytes())
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed) == [
        {
            "title": "Mr",
            "last_name": "الرشيدي",
            "first_name": "فهد",
            "position": "محلل نظم",
            "username": "xx-falrashidi",
            "account_email": "f.alrashidi@office.example",
        }
    ]


def test_forwarder_names_the_office_whose_reply_it_passes_on() -> None:
    body = """秘书处同事：

转去示例国知识产权局对C. CWS 175号通函的答复，请查收。

代表团 孙立

-----原始邮件-----
发件人: 国际合作司 <gjs@office.example>
发送时间: 2023年10月9日 10:15
收件人: 孙立 <sunli@mission.example>
主题: 答复：C. CWS 175

我局提名如下：
姓名：赵磊 先生
职务：自动化部 处长
工作队：区块链工作队
用户名：xx-zhaolei
账户邮箱：zhaolei@office.example

请代为转交产权组织。谢谢！
国际合作司
"""
    parsed = parse(
        make_mail(body, subject="转发：答复：C. CWS 175", sender="Mission <mission@office.example>")
    )
    assert parsed.kind is Kind.NOMINATION
    # not the closing sentence "请代为转交产权组织。谢谢！" above the sign-off
    assert parsed.office == "示例国知识产权局"
    assert parsed.nominees[0].task_forces == (BC,)
