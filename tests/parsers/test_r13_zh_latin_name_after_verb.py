"""A name in Latin letters right after a Chinese nominating verb, with no space between
("我局提名ZHANG Wei 博士参加"), is the nominee; a degree or post after it gives no title,
and "和", "及", "、" join the next such name."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

XML = "XML4IP Task Force"


def nominees(sentence: str) -> list[tuple[object, ...]]:
    body = f"尊敬的同事：\n\n根据C. CWS 175号通函，{sentence}\n\n此致\n敬礼\n"
    parsed: ParsedEmail = parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())
    return [(n.title, n.last_name, n.first_name, list(n.task_forces)) for n in parsed.nominees]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("我局提名ZHANG Wei 博士参加XML4IP任务组。", [(None, "ZHANG", "Wei", [XML])]),
        ("我局提名ZHANG Wei参加XML4IP任务组。", [(None, "ZHANG", "Wei", [XML])]),
        ("我局推荐ZHANG Wei 先生参加XML4IP任务组。", [("Mr", "ZHANG", "Wei", [XML])]),
        (
            "我局推荐LI Na 教授和CHEN Xiaoyu 高级工程师参加XML4IP任务组。",
            [(None, "LI", "Na", [XML]), (None, "CHEN", "Xiaoyu", [XML])],
        ),
        (
            "我局指定ZHANG Wei、LI Na参加XML4IP任务组。",
            [(None, "ZHANG", "Wei", [XML]), (None, "LI", "Na", [XML])],
        ),
    ],
)
def test_latin_name_after_han_verb(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert nominees(sentence) == expected


def test_task_force_after_verb_is_no_name() -> None:
    # Negative: a task force's Latin code after the verb names nobody.
    assert nominees("我局拟提名XML4IP任务组成员，名单随后提供。") == []
