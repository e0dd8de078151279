"""Chinese and Arabic shapes of the fifth blind round: a letter written twice (Chinese then
English, Arabic then French) whose office is named in both versions."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.prose_offices import prose_office
from parsers.taskforces import match_task_forces
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "position", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def test_bilingual_chinese_then_english_letter_keeps_the_chinese_office() -> None:
    body = """尊敬的CWS秘书处：

根据C. CWS 175号通函，国家知识产权局谨提名李明先生参加API工作队。

用户名：cn-liming
注册邮箱：liming@office.example

Dear CWS Secretariat,

With reference to circular C. CWS 175, the China National Intellectual Property
Administration (CNIPA) is pleased to nominate Mr. LI Ming to the API Task Force.

Username: cn-liming
E-mail: liming@office.example
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office == "国家知识产权局"
    assert len(parsed.nominees) == 1


def test_bilingual_arabic_then_french_letter_keeps_the_arabic_office() -> None:
    body = """السادة أمانة لجنة معايير الويبو المحترمين،

يتشرف المكتب الوطني للملكية الصناعية بترشيح السيد كريم منصور لعضوية فرقة العمل المعنية بمعيار XML4IP.

اسم المستخدم: tn-kmansour
البريد الإلكتروني: k.mansour@office.example

Mesdames, Messieurs,

L'Office National de la Propriété Industrielle (ONPI) a l'honneur de proposer M. Karim MANSOUR
comme membre de l'Équipe d'experts chargée de la norme XML4IP.
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office == "المكتب الوطني للملكية الصناعية"


def test_the_version_written_first_gives_the_office_either_way() -> None:
    english_first = (
        "The Korean Intellectual Property Office (KIPO) is pleased to nominate Mr. PARK.\n\n"
        "国家知识产权局谨提名李明先生参加API工作队。\n"
    )
    chinese_first = (
        "国家知识产权局谨提名李明先生参加API工作队。\n\n"
        "The Korean Intellectual Property Office (KIPO) is pleased to nominate Mr. PARK.\n"
    )
    first = prose_office(english_first)
    second = prose_office(chinese_first)
    assert first is not None
    assert first.value == "Korean Intellectual Property Office (KIPO)"
    assert second is not None
    assert second.value == "国家知识产权局"


def test_an_office_named_only_in_english_is_still_found_in_a_chinese_letter() -> None:
    found = prose_office(
        "您好！附件为我局提名表。\n\nThe Japan Patent Office is pleased to nominate Mr. SATO.\n"
    )
    assert found is not None
    assert found.value == "Japan Patent Office"


def _names(body: str) -> list[tuple[str | None, str | None, str | None]]:
    parsed = parse(make_mail(body))
    return [(n.title, n.last_name, n.first_name) for n in parsed.nominees]


def test_arabic_titled_name_stops_before_an_indented_label_line() -> None:
    body = """يسر المكتب ترشيح كل من:

1- السيد فهد القحطاني
   المنصب: خبير براءات أول
   اسم المستخدم: gc-falqahtani
   البريد الإلكتروني: f.alqahtani@office.example
   فرق العمل: فرقة العمل المعنية بمعيار XML4IP

2- السيدة مريم الكعبي
   المنصب: أخصائية نظم معلومات
   اسم المستخدم: gc-malkaabi
   البريد الإلكتروني: m.alkaabi@office.example
   فرق العمل: فرقة العمل المعنية بقوائم التسلسل
"""
    assert _names(body) == [("Mr", "القحطاني", "فهد"), ("Mrs", "الكعبي", "مريم")]


def test_english_titled_name_stops_before_a_label_line() -> None:
    body = """We are pleased to nominate:

1- Mr. John Smith
   Position: Senior examiner
   Username: gb-jsmith
   E-mail: j.smith@office.example
   Task force: XML4IP Task Force
"""
    assert _names(body) == [("Mr", "Smith", "John")]


def test_russian_titled_name_stops_before_a_label_line() -> None:
    body = """Направляем кандидатуру:

г-н Петров Сергей
Должность: главный эксперт
Имя пользователя: ru-spetrov
Адрес электронной почты: s.petrov@office.example
Целевая группа: XML4IP
"""
    assert _names(body) == [("Mr", "Петров", "Сергей")]


def test_a_name_wrapped_onto_the_next_line_is_still_whole() -> None:
    body = """We nominate Mr. John
SMITH, Head of Section, to the XML4IP Task Force (username: gb-jsmith).
"""
    assert _names(body) == [("Mr", "SMITH", "John")]


def test_chinese_title_after_the_romanised_name_in_brackets() -> None:
    body = """CWS秘书处：

国家知识产权局谨提名王伟（WANG Wei）先生和李娜（LI Na）女士参加API工作队。

姓名：王伟（WANG Wei）
职务：副处长
用户名：cn-wangwei
注册邮箱：wangwei@office.example

姓名：李娜（LI Na）
职务：审查员
用户名：cn-lina
注册邮箱：lina@office.example
"""
    assert _names(body) == [("Mr", "王", "伟"), ("Mrs", "李", "娜")]


def test_task_forces_without_a_chinese_or_arabic_alias_before_now() -> None:
    cases = {
        "3D工作队、外观设计表示工作队": ("3D Task Force", "Design Representation Task Force"),
        "外觀設計表示工作隊": ("Design Representation Task Force",),
        "فرقة العمل المعنية بتمثيل التصاميم الصناعية": ("Design Representation Task Force",),
        "فرقة العمل المعنية بملف الاستناد": ("Authority File Task Force",),
        "فرقة العمل المعنية بتوحيد الأسماء": ("Name Standardization Task Force",),
        "فرقة العمل المعنية بالجزء 7": ("Part 7 Task Force",),
    }
    for text, names in cases.items():
        found = match_task_forces(text, catalog())
        assert found.names == names, text
        assert found.unknown == (), text


def test_title_from_the_covering_sentence_completes_a_labelled_block() -> None:
    body = """Dear colleagues,

We are pleased to nominate Ms Jane DOE to the XML4IP Task Force.

Last name: DOE
First name: Jane
Username: gb-jdoe
E-mail: j.doe@office.example
"""
    assert _names(body) == [("Ms", "DOE", "Jane")]


def test_chinese_title_in_the_sentence_completes_the_labelled_name() -> None:
    body = """国家知识产权局谨提名王伟先生参加API工作队。

姓名：王伟
用户名：cn-wangwei
注册邮箱：wangwei@office.example
"""
    assert _names(body) == [("Mr", "王", "伟")]


def test_bilingual_labelled_blocks_keep_the_first_version_of_the_name() -> None:
    body = """国家知识产权局谨提名王伟先生参加API工作队。

姓名：王伟
用户名：cn-wangwei
注册邮箱：wangwei@office.example

CNIPA is pleased to nominate Mr. WANG Wei to the API Task Force.

Name: WANG Wei
Username: cn-wangwei
E-mail: wangwei@office.example
"""
    assert _names(body) == [("Mr", "王", "伟")]


_ZH_FORWARD = """CWS秘书处：

我局提名刘洋女士参加序列表工作队。她本人的邮件转发如下，其职务、账户信息见签名。

陈晓东
国家知识产权局

---------- Forwarded message ---------
发件人： {sender} <{address}>
Date: 2023年10月9日周一 上午10:02
Subject: WIPO账户已注册
To: 陈晓东 <chenxd@office.example>

陈处：

我已注册了WIPO账户，麻烦您帮忙报送秘书处，谢谢！

--
{sender}
专利局医药生物发明审查部 审查员
WIPO账户：cn-{user}
邮箱：{address}
"""


def test_forwarded_nominee_signature_completes_the_nominee_the_cover_names() -> None:
    body = _ZH_FORWARD.format(sender="刘洋", address="liuyang@office.example", user="liuyang")
    parsed = parse(make_mail(body, subject="Fwd: WIPO账户已注册"))
    assert fields(parsed) == [
        {
            "title": "Mrs",
            "last_name": "刘",
            "first_name": "洋",
            "position": "专利局医药生物发明审查部 审查员",
            "username": "cn-liuyang",
            "account_email": "liuyang@office.example",
        }
    ]


def test_forwarded_signature_of_somebody_else_completes_nobody() -> None:
    body = _ZH_FORWARD.format(sender="张明", address="zhangming@office.example", user="zhangming")
    parsed = parse(make_mail(body, subject="Fwd: WIPO账户已注册"))
    assert [(n.last_name, n.username, n.account_email) for n in parsed.nominees] == [
        ("刘", None, None)
    ]


def test_chinese_css_grid_gives_one_nominee_per_row() -> None:
    cell = '<div style="display:table-cell">{}</div>'

    def row(*values: str) -> str:
        return (
            '<div style="display:table-row">' + "".join(cell.format(v) for v in values) + "</div>"
        )

    grid = (
        '<div style="display:table">'
        + row("姓名", "称谓", "职务", "WIPO账户用户名", "注册邮箱", "拟参加工作队")
        + row("孙丽", "女士", "主任科员", "cn-sunli", "sunli@office.example", "序列表工作队")
        + row(
            "周建国",
            "先生",
            "工程师",
            "cn-zhoujianguo",
            "zhoujg@office.example",
            "3D工作队<br>外观设计表示工作队",
        )
        + "</div>"
    )
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "推荐CWS工作队成员（C. CWS 175）"
    msg.set_content(
        f"<html><body><div>国家知识产权局推荐以下两位同志：</div>{grid}</body></html>",
        subtype="html",
        charset="gb18030",
    )
    parsed = parse(msg.as_bytes())
    assert [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Mrs", "孙", "丽", "cn-sunli"),
        ("Mr", "周", "建国", "cn-zhoujianguo"),
    ]
    assert parsed.nominees[1].task_forces == (
        "Design Representation Task Force",
        "3D Task Force",
    )
