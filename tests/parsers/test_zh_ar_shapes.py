"""Chinese and Arabic mail shapes: bracketed and padded labels, a sex field, pending
accounts, titles closed by a slash, surname-only mentions, offices named in passing."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.labels import classify_label
from parsers.names import split_person
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
LS = "Legal Status Task Force"
D3 = "3D Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "position", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def test_lenticular_bracket_labels_padded_with_ideographic_spaces() -> None:
    body = """您好！

根据C. CWS 175号通函，现报送我局人员信息如下：

【单位名称】示例国知识产权局
【姓　　名】周文斌
【性　　别】男
【职　　务】自动化部 工程师
【WIPO账户用户名】cn-zhouwb
【注册邮箱】zhouwb@office.example
【拟参加工作队】序列表工作队

谢谢！
"""
    parsed = parse(make_mail(body, subject="回复：C. CWS 175"))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office == "示例国知识产权局"
    assert fields(parsed) == [
        {
            "title": "Mr",
            "last_name": "周",
            "first_name": "文斌",
            "position": "自动化部 工程师",
            "username": "cn-zhouwb",
            "account_email": "zhouwb@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == (SEQL,)


def test_padded_chinese_labels_read_as_the_unpadded_ones() -> None:
    assert classify_label("姓　　名") == classify_label("姓名")
    assert classify_label("职 务") == classify_label("职务")
    assert classify_label("单位") is not None
    assert classify_label("单位")[0] == "office"  # type: ignore[index]
    assert classify_label("性别")[0] == "title"  # type: ignore[index]


def test_bracketed_chinese_salutation_after_a_spaced_name() -> None:
    assert split_person("钱 佳（女士）") == ("Mrs", "钱", "佳")
    assert split_person("陈家豪（先生）") == ("Mr", "陈", "家豪")


def test_username_not_created_yet_is_no_username() -> None:
    body = """秘书处：

按照C.CWS.175通函，现报告如下：

    单位:示例审查中心
    姓名:钱 佳（女士）
    职务:审查员
    参加工作队:3D工作队
    WIPO账号:暂未注册，注册后另行报送
    账号邮箱:qianjia@office.example
"""
    parsed = parse(make_mail(body))
    assert fields(parsed) == [
        {
            "title": "Mrs",
            "last_name": "钱",
            "first_name": "佳",
            "position": "审查员",
            "username": None,
            "account_email": "qianjia@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == (D3,)


def test_arabic_title_closed_by_a_slash_and_office_of_the_representatives() -> None:
    body = """السلام عليكم،

يسرنا موافاتكم ببيانات ممثلي المكتب الوطني للملكية الصناعية:

* الاسم الكامل :- السيد/ يونس بنعلي
* الوظيفة :- رئيس مصلحة الأنظمة
* اسم المستخدم (حساب الويبو) :- ma-ybenali
* البريد الإلكتروني :- y.benali@office.example
* فرق العمل :- فرقة العمل المعنية بقوائم التسلسل
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "المكتب الوطني للملكية الصناعية"
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [
        ("Mr", "بنعلي", "يونس")
    ]


def test_arabic_doctor_named_again_by_surname_in_the_account_sentence() -> None:
    body = """تحية وبعد،

ردّاً على التعميم C. CWS 175، يسرّ مكتب الملكية الفكرية في وزارة الاقتصاد أن تسمّي الدكتورة ريما حداد، المستشارة القانونية، ممثلةً لها في فرقة العمل المعنية بالوضع القانوني. وقد أنشأت الدكتورة حداد حساباً في مركز مستخدمي الويبو باسم المستخدم lb-rhaddad، مستخدمةً عنوان البريد rima.haddad@office.example.

وتفضلوا بقبول الاحترام،
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "مكتب الملكية الفكرية"
    assert fields(parsed) == [
        {
            "title": None,
            "last_name": "حداد",
            "first_name": "ريما",
            "position": "المستشارة القانونية",
            "username": "lb-rhaddad",
            "account_email": "rima.haddad@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == (LS,)


def test_second_arabic_nominee_sharing_a_word_with_the_first_is_not_merged() -> None:
    body = """بالإشارة إلى التعميم C. CWS 175، تتشرف الهيئة بترشيح السيد محمد علي لعضوية فرقة العمل المعنية بمعيار XML4IP، واسم المستخدم xx-mali.
كما نرشح السيد علي حسن لعضوية فرقة العمل المعنية بقوائم التسلسل، واسم المستخدم xx-ahassan.
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.username) for n in parsed.nominees] == [
        ("علي", "xx-mali"),
        ("حسن", "xx-ahassan"),
    ]


def test_forwarded_chinese_letter_replacing_a_nominee() -> None:
    body = """尊敬的秘书处：

现转发来函，请协助办理。谢谢！

刘洋
常驻日内瓦代表团 知识产权处

---------- 转发的邮件 ---------
发件人：示例国知识产权局国际合作司 <intl@office.example>
日期：2023年10月9日周一 10:12
主题：关于更换工作队成员的函
收件人：刘洋 <ip@mission.example>

国际局：

根据C. CWS 175号通函，我局曾推荐李明先生参加区块链工作队。因工作调整，李明先生不再参加该工作队的工作，现改为推荐我局数据管理部副主任张丽华女士参加区块链工作队。张丽华女士的产权组织账户用户名为cn-zhanglh，创建账户时使用的电子邮箱为zhanglihua@office.example。

示例国知识产权局国际合作司
"""
    parsed = parse(make_mail(body, subject="转发: 关于更换工作队成员的函"))
    assert fields(parsed) == [
        {
            "title": "Mrs",
            "last_name": "张",
            "first_name": "丽华",
            "position": "数据管理部副主任",
            "username": "cn-zhanglh",
            "account_email": "zhanglihua@office.example",
        }
    ]
    # The letter's office, not the forwarding mission's signature.
    assert parsed.office is not None
    assert parsed.office.startswith("示例国知识产权局")


def test_arabic_nominee_no_longer_there_and_the_one_instead_of_him() -> None:
    body = """السيد الفاضل،

بالإشارة إلى التعميم C. CWS 175، يود المعهد الوطني للملكية الصناعية إعلامكم بأن السيد رشيد حمادي لم يعد ممثلاً للمعهد في فرقة العمل المعنية بالنماذج الثلاثية الأبعاد، ويرشح المعهد بدلاً منه السيدة أمينة بن يوسف، رئيسة قسم الرسوم والنماذج الصناعية.

اسم المستخدم: dz-abenyoucef
البريد الإلكتروني المرتبط بالحساب: a.benyoucef@office.example
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "المعهد الوطني للملكية الصناعية"
    assert fields(parsed) == [
        {
            "title": "Mrs",
            "last_name": "بن يوسف",
            "first_name": "أمينة",
            "position": "رئيسة قسم الرسوم والنماذج الصناعية",
            "username": "dz-abenyoucef",
            "account_email": "a.benyoucef@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == (D3,)


def test_forwarded_letter_naming_two_people_keeps_both() -> None:
    body = """Dear Secretariat,

Please see the office's letter below.

Best regards,
Pat Doe

---------- Forwarded message ---------
From: Example Office <intl@office.example>
Date: Mon, 9 Oct 2023 at 11:20
Subject: C. CWS 175
To: Pat Doe <pat.doe@mission.example>

The Example Office is pleased to nominate Ms. Jane ROE (username xx-jroe) to the XML4IP
Task Force and Mr. John POE (username xx-jpoe) to the 3D Task Force.
"""
    parsed = parse(make_mail(body, subject="Fwd: C. CWS 175"))
    assert [(n.last_name, n.username) for n in parsed.nominees] == [
        ("ROE", "xx-jroe"),
        ("POE", "xx-jpoe"),
    ]


def test_traditional_chinese_office_sentence_and_arabic_job_title_label() -> None:
    body = """敬啟者：

就C. CWS 175號通函，香港特別行政區政府知識產權署謹提名下列人員加入3D工作隊：

姓名：陳家豪（先生）
用戶名稱：hk-chankh
電郵地址：kh.chan@office.example

知識產權署署長
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "香港特別行政區政府知識產權署"
    assert classify_label("المسمى الوظيفي") == classify_label("المنصب")
