"""Chinese and Arabic shapes of the third blind round: labels joined to values by the
doubled Chinese dash, an engineer's title in Arabic, numbered rows of dash-separated items
with one labelled item in the middle, check boxes for the salutation and in a grid of task
forces, a Han name repeated in a later paragraph."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.labels import DASH_LINE, classify_label
from parsers.normalize import normalize_title
from parsers.people import PERSON_LINE
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
LS = "Legal Status Task Force"
API = "API Task Force"
BC = "Blockchain Task Force"
D3 = "3D Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "position", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def test_doubled_chinese_dash_separates_label_and_value() -> None:
    match = DASH_LINE.match("职务——信息化部 系统架构师")
    assert match is not None
    assert (match.group("label"), match.group("value")) == ("职务", "信息化部 系统架构师")
    # A single unspaced dash inside a word stays no separator.
    assert DASH_LINE.match("XML4IP—API") is None


def test_chinese_labels_with_doubled_dash() -> None:
    body = """CWS秘书处：

根据C. CWS 175号通函，国家知识产权局推荐以下人员：

姓名——孙丽娜（女士）
职务——信息化部 系统架构师
WIPO账户——cn-sunlina
注册邮箱——sunlina@office.example
工作队——区块链工作队

国家知识产权局 信息化部
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed) == [
        {
            "title": "Mrs",
            "last_name": "孙",
            "first_name": "丽娜",
            "position": "信息化部 系统架构师",
            "username": "cn-sunlina",
            "account_email": "sunlina@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == (BC,)


def test_arabic_engineer_title_gives_no_title_and_ends_the_office() -> None:
    body = """السادة أمانة لجنة معايير الويبو،

إشارة إلى التعميم C. CWS 175، يرشح مكتب براءات الاختراع المهندسة سارة عبد الحميد، مديرة إدارة التوثيق، للمشاركة في فرقة العمل المعنية بالنماذج الثلاثية الأبعاد. اسم المستخدم في حساب الويبو: xx-sabdelhamid، والبريد الإلكتروني المستخدم للحساب: s.abdelhamid@office.example.
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office == "مكتب براءات الاختراع"
    assert fields(parsed) == [
        {
            "title": None,
            "last_name": "عبد الحميد",
            "first_name": "سارة",
            "position": "مديرة إدارة التوثيق",
            "username": "xx-sabdelhamid",
            "account_email": "s.abdelhamid@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == (D3,)


def test_numbered_rows_of_dash_separated_items_with_a_labelled_item() -> None:
    body = """إشارة إلى التعميم C. CWS 175، ترشح مديرية الملكية الصناعية الأشخاص التالية أسماؤهم:

١) السيد أحمد الزعبي – مدير البراءات – اسم المستخدم: xx-azoubi – البريد: a.zoubi@office.example – فرقة العمل المعنية بالوضع القانوني
٢) السيدة رنا حداد – رئيسة قسم العلامات – اسم المستخدم: xx-rhaddad – البريد: r.haddad@office.example – فرقة العمل المعنية بواجهات برمجة التطبيقات
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "مديرية الملكية الصناعية"
    assert fields(parsed) == [
        {
            "title": "Mr",
            "last_name": "الزعبي",
            "first_name": "أحمد",
            "position": "مدير البراءات",
            "username": "xx-azoubi",
            "account_email": "a.zoubi@office.example",
        },
        {
            "title": "Mrs",
            "last_name": "حداد",
            "first_name": "رنا",
            "position": "رئيسة قسم العلامات",
            "username": "xx-rhaddad",
            "account_email": "r.haddad@office.example",
        },
    ]
    assert [n.task_forces for n in parsed.nominees] == [(LS,), (API,)]


def test_english_appositive_after_a_spaced_dash() -> None:
    body = """Dear colleagues,

Further to C. CWS 175, we nominate Ms Jane DOE – Senior Examiner – to the XML4IP Task Force (username xx-jdoe, e-mail jane.doe@office.example).
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.position) for n in parsed.nominees] == [("DOE", "Senior Examiner")]
    assert parsed.nominees[0].task_forces == (XML4IP,)


def test_ticked_salutation_is_the_title() -> None:
    assert normalize_title("☐ 先生  ☒ 女士") == "Mrs"
    assert normalize_title("☐ السيد    ☒ السيدة") == "Mrs"
    assert normalize_title("☒ Mr ☐ Mrs") == "Mr"
    assert normalize_title("先生") == "Mr"


def test_grid_of_check_boxes_is_no_label_and_value() -> None:
    assert classify_label("☒ XML4IP工作队") is None
    assert classify_label("工作队") is not None
    body = """各位好：

按C. CWS 175号通函要求，现将表格内容复制如下：

主管局/组织名称：国家知识产权局
拟参加的工作队（请在相应方框内打勾）：
    ☒ XML4IP工作队            ☐ 序列表工作队
    ☐ 法律状态工作队          ☒ API工作队
姓：韩
名：雪梅
称谓：☐ 先生  ☒ 女士
职务：主任科员
产权组织账户用户名：cn-hanxuemei
创建账户时使用的电子邮件地址：hanxm@office.example
"""
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.task_forces) for n in parsed.nominees] == [
        ("Mrs", "韩", (XML4IP, API))
    ]


def test_chinese_full_name_repeated_later_adds_a_task_force() -> None:
    body = """秘书处：

根据C. CWS 175号通函，我局推荐刘建国先生参加序列表工作队。刘建国先生现任审查部二级调研员，用户名为 cn-liujianguo，注册邮箱为 liujg@office.example。

顺便请问：今年的会议是否提供中文同传？

另外，刘建国先生也将参加3D工作队的讨论。
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.position, n.username) for n in parsed.nominees] == [
        ("刘", "建国", "审查部二级调研员", "cn-liujianguo")
    ]
    assert parsed.nominees[0].task_forces == ("Sequence Listings Task Force", D3)


def test_han_name_with_salutation_heads_a_block_of_labels() -> None:
    body = """CWS秘书处：

根据C. CWS 175号通函，我局推荐以下两位同志：

王芳 女士

职务：审查一处 副处长
工作队：名称标准化工作队
产权组织账户：cn-wangfang
注册邮箱：wangfang@office.example

张伟先生（ZHANG Wei）
职务：信息化处 工程师
工作队：法律状态工作队
产权组织账户：cn-zhangwei
注册邮箱：zhangwei@office.example
"""
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Mrs", "王", "芳", "cn-wangfang"),
        ("Mr", "张", "伟", "cn-zhangwei"),
    ]
    # A greeting is no heading, even above labels.
    assert PERSON_LINE.match("尊敬的李先生") is None
