"""A Chinese official letter (公文): nominees given as "唐晓燕同志（女）" (the sex in brackets is
the title), listed "一、", "二、" under the nominating sentence, one with no account yet; the
"联系人：" (contact person) line closing the letter is no nominee's, in any language; and a
department that nominates ("...局专利文献部推荐") speaks for the office its name opens with."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


LETTER = (
    "世界知识产权组织标准委员会秘书处：\n\n"
    "　　贵处C.CWS.175号通函收悉。经研究，我局推荐以下同志参加有关工作组工作：\n"
    "　　一、王丽同志（女），专利局自动化部数据处处长，拟参加法律状态数据工作组。"
    "WIPO账户用户名：cn-wangli，注册邮箱：wangli@office.example。\n"
    "　　二、陈建国同志（男），专利局审查员，拟参加标准XML工作组（XML4IP）。"
    "其WIPO账户正在申请中，用户名和注册邮箱另行报送。\n"
    "　　特此函告。\n\n"
    "　　联系人：刘芳　　电话：010-0000 0000　　邮箱：liufang@office.example\n\n"
    "　　　　国家知识产权局办公室\n"
)


def test_sex_in_brackets_is_the_title_and_each_list_item_is_nominated() -> None:
    parsed = parse(LETTER)
    assert parsed.kind == "nomination"
    assert [
        (n.title, n.last_name, n.first_name, n.username, n.account_email, n.task_forces)
        for n in parsed.nominees
    ] == [
        ("Mrs", "王", "丽", "cn-wangli", "wangli@office.example", ("Legal Status Task Force",)),
        ("Mr", "陈", "建国", None, None, ("XML4IP Task Force",)),
    ]


def test_the_contact_line_gives_no_nominee_its_address() -> None:
    parsed = parse(LETTER)
    assert "liufang@office.example" not in [n.account_email for n in parsed.nominees]
    assert "刘芳" not in [f"{n.last_name}{n.first_name}" for n in parsed.nominees]


def test_a_chinese_contact_line_after_a_nominee_without_address() -> None:
    body = (
        "秘书处：\n\n根据C. CWS 175号通函，我局推荐王丽女士（处长）参加XML4IP工作队，"
        "其WIPO账户正在申请中。\n联系人：刘芳　　电话：010-0000 0000　　邮箱：liufang@office.example\n"
    )
    assert [(n.last_name, n.account_email) for n in parse(body).nominees] == [("王", None)]


def test_an_english_contact_person_line_gives_no_nominee_its_address() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175, the Office nominates Ms Jane DOE, "
        "Senior Examiner, to the XML4IP Task Force.\n"
        "Contact person: Peter BLACK, tel. +1 000 000, e-mail: peter.black@office.example\n"
    )
    assert [n.account_email for n in parse(body).nominees] == [None]


def test_a_nominees_own_address_on_the_next_line_is_kept() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175, the Office nominates Ms Jane DOE, "
        "Senior Examiner, to the XML4IP Task Force.\n"
        "E-mail: jane.doe@office.example\n"
    )
    assert [n.account_email for n in parse(body).nominees] == ["jane.doe@office.example"]


def test_a_department_nominating_speaks_for_its_office() -> None:
    body = (
        "秘书处您好：\n\n根据 C. CWS 175 号通函，国家知识产权局专利局专利文献部推荐李明先生，"
        "处长，参加XML4IP工作队。用户名：cn-liming，邮箱：liming@office.example。\n"
    )
    assert parse(body).office == "国家知识产权局"


def test_brackets_saying_nothing_of_sex_make_no_title() -> None:
    body = (
        "秘书处：\n\n根据C. CWS 175号通函，我局推荐王丽（处长）参加XML4IP工作队。"
        "用户名：cn-wangli，邮箱：wangli@office.example。\n"
    )
    assert all(n.title != "Mr" for n in parse(body).nominees)
