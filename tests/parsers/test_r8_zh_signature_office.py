"""Chinese letters whose office is named only in the signature: a sign-off written with a
full-width mark ("谢谢！") still opens the signature, whose office line is read without the
department after it ("国家知识产权局 专利局审查业务管理部", "... 資訊組"); the Secretariat
greeted ("世界智慧財產權組織 CWS 秘書處 鈞鑒：") is no office label, and "工作小組" labels the
task forces."""

from __future__ import annotations

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.labels import classify_label
from tests.parsers.mailmaker import catalog, make_mail
from tests.parsers.scans import with_scan


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


# --------------------------------------------------------------- the office in a Chinese signature


def test_chinese_scan_signed_after_a_full_width_thanks_gives_the_office() -> None:
    body = """CWS秘书处：

我局提名表详见附件扫描件。

谢谢！

周敏
国家知识产权局 专利局审查业务管理部

发自我的iPhone
"""
    parsed = parse(with_scan(body, "C. CWS 175 提名表"))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office == "国家知识产权局"
    assert parsed.nominees == ()


def test_traditional_letter_greeting_the_secretariat_takes_its_office_from_the_signature() -> None:
    body = """世界智慧財產權組織 CWS 秘書處 鈞鑒：

有關貴處 C. CWS 175 號通函，本署推薦下列同仁參加 CWS 工作小組：

姓名：蔡文華 先生
職稱：資訊科 主任
WIPO帳號：hk-choimw
電子郵件：choimw@office.example
工作小組：Blockchain Task Force（區塊鏈工作小組）

謝謝！

香港特別行政區政府知識產權署 專利註冊處 資訊組
何嘉敏
"""
    parsed = parse(make_mail(body, subject="C. CWS 175 工作小組推薦"))
    assert parsed.office == "香港特別行政區政府知識產權署"
    assert [(n.last_name, n.first_name, n.task_forces) for n in parsed.nominees] == [
        ("蔡", "文華", ("Blockchain Task Force",))
    ]


def test_simplified_greeting_and_working_group_label() -> None:
    body = """世界知识产权组织 CWS 秘书处：

我局推荐以下人员参加CWS工作小组：

姓名：罗志勇
称谓：先生
职务：审查员
WIPO账户用户名：cn-luozhiyong
电子邮箱：luozy@office.example
工作小组：API工作队、区块链工作队

谢谢！

国家知识产权局 国际合作组
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "国家知识产权局"
    assert [(n.username, n.task_forces) for n in parsed.nominees] == [
        ("cn-luozhiyong", ("API Task Force", "Blockchain Task Force"))
    ]


def test_greeting_the_secretariat_is_no_office_label_but_a_unit_label_still_is() -> None:
    assert classify_label("CWS秘书处") is None
    assert classify_label("世界智慧財產權組織 CWS 秘書處 鈞鑒") is None
    unit = classify_label("单位名称")
    assert unit is not None
    assert unit.field == "office"
    group = classify_label("工作小組")
    assert group is not None
    assert group.field == "task_forces"


def test_full_width_thanks_above_the_details_does_not_cut_them_off() -> None:
    body = """CWS秘书处：

谢谢！以下是我局的提名：

谢谢！

姓名：唐丽
职务：审查员
WIPO账户用户名：cn-tangli
工作队：API工作队

国家知识产权局
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("唐", "cn-tangli")]


def test_a_department_alone_in_the_signature_is_no_office() -> None:
    body = """CWS秘书处：

我局推荐以下人员：

姓名：高峰
WIPO账户用户名：cn-gaofeng
工作队：API工作队

谢谢！

信息化项目组
"""
    parsed = parse(make_mail(body))
    assert parsed.office is None
