"""A forwarded message whose sender's address is internationalised (RFC 6532) still parses."""

from __future__ import annotations

import pytest

from parsers import parse_email
from tests.parsers.mailmaker import catalog

_INNER_FROM = [
    "张伟 <张伟@专利局.example>".encode(),
    # A stray byte-order mark inside an otherwise ASCII address.
    "Ana Ruiz <\ufeffana.ruiz@office.example>".encode(),
    b"=?utf-8?b?5byg5Lyf?= <zhang@office.example>",
]


def _forward(inner_from: bytes) -> bytes:
    inner = (
        b"From: " + inner_from + b"\r\n"
        b"To: director@office.example\r\n"
        b"Subject: C. CWS 175\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
        b"We nominate Mr. Wei ZHANG, examiner, to the API Task Force.\r\n"
        b"WIPO username: cn-zhangwei\r\nE-mail: zhang.wei@office.example\r\n"
    )
    return (
        b"From: Office Contact <contact.person@office.example>\r\n"
        b"To: cws.mail@wipo.int\r\n"
        b"Subject: Fwd: C. CWS 175\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Please find our nomination below.\r\n\r\n"
        b"--b1\r\nContent-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--b1--\r\n"
    )


@pytest.mark.parametrize("inner_from", _INNER_FROM)
def test_a_forwarded_message_from_any_address_parses(inner_from: bytes) -> None:
    parsed = parse_email(_forward(inner_from), catalog=catalog())
    assert parsed.kind == "nomination"
    (nominee,) = parsed.nominees
    assert nominee.username == "cn-zhangwei"
