"""A file sent as the body of a mail is read as the file it is, not as text.

Some clients and gateways send a PDF, an Outlook .msg or an image as the message's only
part, labelled text/plain. Read as text, its binary "lines" tens of kilobytes long cost
every line reader seconds and hold nothing; read as the file it is, a PDF letter's
nomination is found. Real text keeps its reading: UTF-16 bodies, a stray control
character, form feeds.
"""

from __future__ import annotations

import base64
import random
import time

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.models import Kind
from tests.parsers.mailmaker import catalog, make_mail
from tests.parsers.test_attachments import make_pdf

_LETTER = (
    "In reply to C. CWS 175 we nominate Mr John Smith, Senior Examiner, "
    "for the API Task Force. WIPO Account username: jsmith, e-mail: jsmith@office.example"
)


def _body_as_text(data: bytes, charset: str = "utf-8") -> bytes:
    """A mail whose only part is `data`, labelled text/plain, as some gateways send a file."""
    head = (
        "From: Office Contact <contact.person@office.example>\r\n"
        "To: cws.mail@wipo.int\r\n"
        "Subject: C. CWS 175 - nomination\r\n"
        "Date: Mon, 02 Oct 2023 09:30:00 +0000\r\n"
        "Message-ID: <binary-body@office.example>\r\n"
        "MIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset={charset}\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
    )
    return head.encode() + base64.encodebytes(data)


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def test_a_pdf_sent_as_the_body_is_read_as_the_pdf_it_is() -> None:
    parsed = parse(_body_as_text(make_pdf([_LETTER])))
    assert parsed.kind == Kind.NOMINATION
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Smith", "John", "jsmith")
    ]
    assert [(a.content_type, a.text_extracted) for a in parsed.attachments] == [
        ("application/pdf", True)
    ]


def test_binary_noise_as_the_body_is_no_text_and_costs_little() -> None:
    noise = random.Random(175).randbytes(400_000)
    started = time.process_time()
    parsed = parse(_body_as_text(noise))
    assert time.process_time() - started < 1.0  # as text, such a body took seconds
    assert parsed.kind == Kind.OTHER
    assert parsed.nominees == ()
    assert [a.content_type for a in parsed.attachments] == ["application/octet-stream"]


def test_an_image_sent_as_the_body_is_an_attachment() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    parsed = parse(_body_as_text(png))
    assert parsed.kind == Kind.OTHER
    assert [a.content_type for a in parsed.attachments] == ["image/png"]


def test_a_utf16_body_is_still_text() -> None:
    parsed = parse(_body_as_text(_LETTER.encode("utf-16"), charset="utf-16"))
    assert parsed.kind == Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Smith"]
    assert parsed.attachments == ()


def test_layout_and_stray_control_characters_leave_text_as_text() -> None:
    body = "\f" + _LETTER + "\x01\n" + "Kind regards,\x0b\nJane Doe\n" * 20
    parsed = parse(make_mail(body))
    assert parsed.kind == Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Smith"]
    assert parsed.attachments == ()
