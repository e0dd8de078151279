"""Latin letters, digits and "@" typed by a CJK input method in full-width mode.

"WIPO用户名：ｃｎ－ｌｉｕｙａｎｇ", "注册邮箱：ｌｉｕｙａｎｇ＠ｃｎｉｐａ．ｅｘａｍｐｌｅ", "工作队：３Ｄ工作队":
the forms U+FF10-U+FF5A (with "－", "．", "＿" between them) are the ordinary letters and
digits (NFKC), so a username, an account address and a task force's name read as a clerk
writes them, in a Chinese letter or in a letter in another language sent from a Chinese
keyboard.

Near misses keep their reading: the full-width punctuation of Chinese text (the label's
"：", brackets "（ST.96）", the list's "、", the numbered items' "１．") stays as it was, and a
mail typed in ordinary Latin reads as before.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def accounts(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [(n.last_name, n.username, n.account_email, n.task_forces) for n in parsed.nominees]


_XML = ("XML4IP Task Force",)
_3D = ("3D Task Force",)

WIDE = [
    (
        "zh-block",
        "CWS秘书处：\n\n根据C. CWS 175号通函，国家知识产权局推荐以下同志参加工作队：\n\n"
        "一、刘洋 先生\n职务：专利局审查业务管理部 主任科员\n"
        "WIPO用户名：ｃｎ－ｌｉｕｙａｎｇ\n注册邮箱：ｌｉｕｙａｎｇ＠ｃｎｉｐａ．ｅｘａｍｐｌｅ\n"
        "工作队：XML4IP工作队（ST.96）\n\n王芳\n国家知识产权局 国际合作司\n",
        [("刘", "cn-liuyang", "liuyang@cnipa.example", _XML)],
    ),
    (
        "zh-task-force",
        "CWS秘书处：\n\n根据C. CWS 175号通函，推荐以下同志：\n\n"
        "姓名：宋佳琪 女士\n职务：专利文献部 馆员\nWIPO用户名：cn-songjiaqi\n"
        "注册邮箱：songjiaqi@cnipa.example\n工作队：３Ｄ工作队\n",
        [("宋", "cn-songjiaqi", "songjiaqi@cnipa.example", _3D)],
    ),
    (
        "zh-underscore-and-digits",
        "CWS秘书处：\n\n根据C. CWS 175号通函，推荐以下同志：\n\n"
        "姓名：王伟 先生\n职务：审查员\nWIPO用户名：ｃｎ－ｗａｎｇｗｅｉ２\n"
        "注册邮箱：ｗａｎｇ＿ｗｅｉ＠ｃｎｉｐａ．ｅｘａｍｐｌｅ\n工作队：ＸＭＬ４ＩＰ工作队\n",
        [("王", "cn-wangwei2", "wang_wei@cnipa.example", _XML)],
    ),
    (
        "en-from-cjk-keyboard",
        "Dear CWS Secretariat,\n\nFurther to C. CWS 175, we nominate the following expert.\n\n"
        "Name: Mr LI Ming\nPosition: Patent Examiner\nWIPO username: ｃｎ－ｌｉｍｉｎｇ\n"
        "E-mail: ｌｉｍｉｎｇ＠ｃｎｉｐａ．ｅｘａｍｐｌｅ\nTask Force: ３Ｄ Task Force\n\nBest regards",
        [("LI", "cn-liming", "liming@cnipa.example", _3D)],
    ),
    (
        "ru-from-cjk-keyboard",
        "Уважаемые господа!\n\nВ ответ на циркулярное письмо C. CWS 175 сообщаем:\n\n"
        "ФИО: г-жа Иванова Анна Сергеевна\nДолжность: эксперт\n"
        "Имя пользователя: ｒｕ－ａｉｖａｎｏｖａ\n"
        "Адрес электронной почты: ａ．ｉｖａｎｏｖａ＠ｒｕｐｔｏ．ｅｘａｍｐｌｅ\n"
        "Целевая группа: Целевая группа по XML4IP\n",
        [("Иванова", "ru-aivanova", "a.ivanova@rupto.example", _XML)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in WIDE], ids=[c[0] for c in WIDE])
def test_full_width_latin_reads_as_ordinary_letters(body: str, expected: list[object]) -> None:
    assert accounts(parse(body)) == expected


def test_chinese_punctuation_and_numbered_items_stay() -> None:
    body = (
        "CWS秘书处：\n\n根据C. CWS 175号通函，推荐以下两位同志：\n\n"
        "１．刘洋 先生，审查员，用户名：cn-liuyang，邮箱：liuyang@cnipa.example，"
        "XML4IP工作队（ST.96）\n"
        "２．宋佳琪 女士，馆员，用户名：cn-songjiaqi，邮箱：songjiaqi@cnipa.example，"
        "３Ｄ工作队、XML4IP工作队\n"
    )
    parsed = parse(body)
    assert [(n.last_name, n.username, n.task_forces) for n in parsed.nominees] == [
        ("刘", "cn-liuyang", _XML),
        ("宋", "cn-songjiaqi", ("XML4IP Task Force", "3D Task Force")),
    ]


def test_ordinary_latin_keeps_its_reading() -> None:
    body = (
        "CWS秘书处：\n\n根据C. CWS 175号通函，推荐以下同志：\n\n"
        "姓名：刘洋 先生\n职务：审查员\nWIPO用户名：cn-liuyang\n"
        "注册邮箱：liuyang@cnipa.example\n工作队：XML4IP工作队（ST.96）\n"
    )
    assert accounts(parse(body)) == [("刘", "cn-liuyang", "liuyang@cnipa.example", _XML)]
