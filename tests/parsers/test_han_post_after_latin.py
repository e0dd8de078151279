"""A Han degree or post after a name in Latin letters ("ZHANG Wei 博士", "LI Na 教授",
"WANG Fang 工程师") gives no salutation and is no part of the name; a Han name beside a
Latin one ("ZHANG Wei 张伟") is still read as the name.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.han_names import strip_han_post
from parsers.names import split_person
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


@pytest.mark.parametrize(
    ("text", "last", "first"),
    [
        ("ZHANG Wei 博士", "ZHANG", "Wei"),
        ("LI Na 教授", "LI", "Na"),
        ("Fang WANG 工程师", "WANG", "Fang"),
        ("CHEN Xiaoyu 高级工程师", "CHEN", "Xiaoyu"),
    ],
)
def test_han_degree_after_latin_name_is_dropped(text: str, last: str, first: str) -> None:
    name = split_person(text)
    assert (name.title, name.last_name, name.first_name) == (None, last, first)


def test_han_name_beside_latin_and_han_only_names_are_kept() -> None:
    # Negatives: a Han name is no post, and a post after a Han name is not this rule's.
    assert strip_han_post("ZHANG Wei 张伟") == "ZHANG Wei 张伟"
    assert strip_han_post("张伟博士") == "张伟博士"
    assert strip_han_post("Dr. Wei 12") == "Dr. Wei 12"


@pytest.mark.parametrize(
    ("label", "post", "user"),
    [
        ("姓名", "职务", "用户名"),
        ("Name", "Position", "Username"),
        ("Nom", "Fonction", "Identifiant"),
    ],
)
def test_labelled_name_with_han_degree(label: str, post: str, user: str) -> None:
    body = (
        f"{label}: ZHANG Wei 博士\n{post}: Examiner\n{user}: cn-zhangwei\n"
        "E-mail: zhang.wei@office.example\n\nCNIPA\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [
        (None, "ZHANG", "Wei")
    ]
