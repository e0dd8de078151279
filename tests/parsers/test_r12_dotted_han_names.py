"""A name of a minority or foreign people in Han letters joins its parts with a middle dot
("阿布都热合曼·买买提"): it is no Han surname and given name. The family name is the part the
Latin spelling beside it has in capitals, else the last part; the dot may come as GBK's
'·' under a gb2312 label, or as '・' where the bytes were decoded strictly."""

from __future__ import annotations

import base64
import time

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

NAMES = "Name Standardization Task Force"


def _parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def _people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [(n.title, n.last_name, n.first_name) for n in parsed.nominees]


def _gbk_mail(body: str) -> bytes:
    """Outlook's way: the part says gb2312, the bytes are GBK."""
    payload = base64.encodebytes(body.encode("gbk")).decode("ascii")
    return (
        "From: =?utf-8?b?5Y+k5Li95aic?= <contact@office.example>\r\n"
        "To: cws.mail@wipo.int\r\n"
        "Subject: C. CWS 175\r\n"
        "Date: Fri, 13 Oct 2023 10:24:00 +0300\r\n"
        "Message-ID: <dotted-han@office.example>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: text/plain; charset="gb2312"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n" + payload
    ).encode("ascii")


_FORM = (
    "CWS秘书处：\n\n现将我局对C. CWS 175号通函的答复发送如下。我局推荐以下两名人员参加CWS工作队：\n\n"
    "1．\n姓名：{name}\n职务：副调研员\nWIPO账户用户名：cn-amemet\n"
    "创建账户所用邮箱：a.memet@office.example\n工作队：名称标准化工作队\n\n"
    "2．\n姓名：蒋文博先生\n职务：工程师\nWIPO账户用户名：cn-jiangwenbo\n"
    "创建账户所用邮箱：jiangwenbo@office.example\n工作队：名称标准化工作队\n\n"
    "谢谢！\n\n古丽娜\n国家知识产权局\n"
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # The Latin spelling's capitals close it: the family name is the last part.
        ("阿布都热合曼·买买提（Abdurahman MEMET）先生", ("Mr", "买买提", "阿布都热合曼")),
        # Written family name first, as the capitals say.
        ("买买提·阿布都热合曼（MEMET Abdurahman）先生", ("Mr", "买买提", "阿布都热合曼")),
        # No Latin spelling: such names are written given name first.
        ("古丽娜·艾力女士", ("Mrs", "艾力", "古丽娜")),
        ("约翰·菲茨杰拉德·肯尼迪先生", ("Mr", "肯尼迪", "约翰·菲茨杰拉德")),
    ],
)
def test_dotted_name_under_gb2312_label_with_gbk_bytes(
    name: str, expected: tuple[object, ...]
) -> None:
    parsed = _parse(_gbk_mail(_FORM.format(name=name)))
    # Negative: the Han name beside it still splits into surname and given name.
    assert _people(parsed) == [expected, ("Mr", "蒋", "文博")]
    assert [n.username for n in parsed.nominees] == ["cn-amemet", "cn-jiangwenbo"]


def test_katakana_dot_of_a_strict_gb2312_decoding() -> None:
    body = _FORM.format(name="阿布都热合曼・买买提（Abdurahman MEMET）先生")
    assert _people(_parse(make_mail(body)))[0] == ("Mr", "买买提", "阿布都热合曼")


def test_dotted_name_in_a_chinese_sentence() -> None:
    body = "尊敬的同事：\n\n我局推荐蒋文博先生和古丽娜·艾力女士参加名称标准化工作队。\n\n此致\n国家知识产权局\n"
    parsed = _parse(make_mail(body))
    assert _people(parsed) == [("Mr", "蒋", "文博"), ("Mrs", "艾力", "古丽娜")]
    assert [list(n.task_forces) for n in parsed.nominees] == [[NAMES], [NAMES]]


def test_office_sending_its_own_reply() -> None:
    # "现将国家知识产权局对...的答复发送如下": "hereby" is no part of the office.
    body = (
        "CWS秘书处：\n\n现将国家知识产权局对C. CWS 175号通函的答复发送如下。\n\n"
        "姓名：蒋文博先生\nWIPO账户用户名：cn-jiangwenbo\n工作队：名称标准化工作队\n"
    )
    assert _parse(make_mail(body)).office == "国家知识产权局"


def test_dotted_name_in_an_english_form() -> None:
    body = (
        "Dear colleagues,\n\nIn reply to C. CWS 175, CNIPA nominates:\n\n"
        "Name: 阿布都热合曼·买买提 (Abdurahman MEMET)\nTitle: Mr\n"
        "Username: cn-amemet\nE-mail: a.memet@office.example\n"
        "Task force: Name Standardization Task Force\n\nBest regards,\nGulina\n"
    )
    parsed = _parse(make_mail(body))
    assert _people(parsed) == [("Mr", "买买提", "阿布都热合曼")]


def test_dotted_name_greeted_is_no_nominee() -> None:
    # Negative: the addressee of the letter's salutation is nobody's nomination.
    body = (
        "尊敬的阿布都热合曼·买买提先生：\n\n您好！我局推荐蒋文博先生参加名称标准化工作队。\n\n"
        "此致\n国家知识产权局\n"
    )
    assert _people(_parse(make_mail(body))) == [("Mr", "蒋", "文博")]


def test_a_long_run_of_dotted_parts_reads_in_linear_time() -> None:
    # A hostile body: dots between Han letters over and over, no title, no bracket.
    body = "尊敬的同事：\n\n" + "阿布·" * 12000 + "（Abdurahman MEMET）\n"
    began = time.process_time()
    _parse(make_mail(body))
    assert time.process_time() - began < 3.0
