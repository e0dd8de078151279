"""The office speaking of itself before a Chinese name is no part of the name.

"现推荐我局王芳女士", "我局李明先生现任…", "兹推荐我司张伟先生", "本局刘洋女士", "我中心陈静女士",
"该局赵磊先生", "我处王建国先生", "推荐我局李明教授": the pronoun and the office (我局, 我司, 本局,
我中心, 我处, 该局 ...) run into the name with no separator; the name is what follows them.

Near misses keep their reading: "我局希望张磊先生" (our office hopes that Mr Zhang Lei ...) is no
name "希望张磊", and a compound surname opening with an office's letter ("司马光先生") stays whole.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


CASES = [
    (
        "wo-ju",
        "根据C. CWS 175号通函，现推荐我局王芳女士（专利审查员）参加API工作队。",
        ("王", "芳", "Mrs"),
    ),
    ("sentence-head", "我局李明先生现任专利审查员，推荐其参加XML4IP工作队。", ("李", "明", "Mr")),
    ("wo-si", "兹推荐我司张伟先生（高级审查员）参加API工作队。", ("张", "伟", "Mr")),
    ("ben-ju", "兹推荐本局刘洋女士参加API工作队。", ("刘", "洋", "Mrs")),
    ("wo-zhongxin", "我中心陈静女士将参加XML4IP工作队。", ("陈", "静", "Mrs")),
    ("gai-ju", "推荐该局赵磊先生（处长）参加API工作队。", ("赵", "磊", "Mr")),
    ("wo-chu", "我处王建国先生（处长）将参加API工作队。", ("王", "建国", "Mr")),
    ("degree", "兹推荐我局李明教授参加API工作队。", ("李", "明", None)),
]


@pytest.mark.parametrize(("case", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_office_lead_is_no_part_of_the_name(
    case: str, body: str, expected: tuple[str, str, str | None]
) -> None:
    parsed = parse("您好！\n\n" + body + "\n\n此致\n")
    assert parsed.kind == "nomination", parsed.kind_reason
    [nominee] = parsed.nominees
    assert (nominee.last_name, nominee.first_name) == expected[:2]
    assert nominee.title == expected[2]


def test_compound_surname_stays_whole() -> None:
    parsed = parse("您好！\n\n推荐司马光先生（审查员）参加API工作队。\n")
    [nominee] = parsed.nominees
    assert (nominee.last_name, nominee.first_name) == ("司马", "光")


def test_office_hoping_is_no_name() -> None:
    parsed = parse("您好！\n\n经研究，我局希望张磊先生参加API工作队。\n")
    assert all(n.last_name != "希" for n in parsed.nominees)
