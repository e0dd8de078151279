"""read_message: charsets, encoded headers, body choice, odd framing, limits and embedded messages."""

from __future__ import annotations

import base64
import quopri
import time
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import mime
from parsers.errors import MessageTooLargeError, MimeStructureError, ParseError
from parsers.mime import MimeView, read_message
from parsers.models import ParseOptions

OPTIONS = ParseOptions()


def raw_message(
    body: bytes,
    *,
    ctype: str = "text/plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    headers: dict[str, str] | None = None,
    newline: bytes = b"\r\n",
) -> bytes:
    """A one-part message built byte by byte, so the test controls every octet."""
    fields = {
        "From": "Office <office@example.org>",
        "To": "cws.mail@example.com",
        "Subject": "Nomination",
        "Message-ID": "<m1@example.org>",
        "MIME-Version": "1.0",
        **(headers or {}),
    }
    ctype_value = ctype + (f'; charset="{charset}"' if charset else "")
    fields["Content-Type"] = ctype_value
    fields["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        body = base64.encodebytes(body)
    elif cte == "quoted-printable":
        body = quopri.encodestring(body)
    head = newline.join(f"{k}: {v}".encode() for k, v in fields.items())
    return head + newline + newline + body.replace(b"\n", newline)


RU = "Уважаемые коллеги, направляем кандидатуру г-на Иванова."
ZH = "尊敬的秘书处：我们提名以下人员参加工作组。"
AR = "نرشح السيد أحمد للانضمام إلى فرقة العمل"
JA = "事務局御中、以下の者を推薦いたします。"
FR = "Madame, veuillez trouver ci-joint la désignation de « M. Dupont »."


@pytest.mark.parametrize(
    ("text", "codec", "label", "cte"),
    [
        (FR, "utf-8", "utf-8", "base64"),
        (FR, "utf-8", "utf-8", "quoted-printable"),
        (FR, "iso-8859-1", "iso-8859-1", "quoted-printable"),
        ("Curly “quotes” – and dashes", "cp1252", "iso-8859-1", "8bit"),
        ("Zażółć gęślą jaźń, Pan Kowalski", "iso-8859-2", "iso-8859-2", "8bit"),
        ("Zażółć gęślą jaźń, Pan Kowalski", "cp1250", "windows-1250", "8bit"),
        (RU, "koi8-r", "koi8-r", "8bit"),
        (RU, "cp1251", "windows-1251", "base64"),
        (RU, "iso-8859-5", "iso-8859-5", "8bit"),
        (ZH, "gb2312", "gb2312", "base64"),
        # GB2312-labelled mail routinely carries GBK-only characters.
        ("镕基先生（GBK）", "gbk", "gb2312", "8bit"),
        (ZH, "gb18030", "gb18030", "8bit"),
        ("台灣智慧財產局推薦", "big5", "big5", "8bit"),
        (JA, "iso-2022-jp", "iso-2022-jp", "7bit"),
        (JA, "shift_jis", "shift_jis", "8bit"),
        ("특허청 담당자 추천", "euc-kr", "euc-kr", "8bit"),
        (AR, "cp1256", "windows-1256", "8bit"),
        (AR, "utf-8", "utf-8", "base64"),
    ],
)
def test_declared_charsets_decode(text: str, codec: str, label: str, cte: str) -> None:
    view = read_message(raw_message(text.encode(codec), charset=label, cte=cte), OPTIONS)
    assert view.body_text.strip() == text
    assert not any("charset" in d for d in view.defects)


@pytest.mark.parametrize(
    ("text", "codec", "label", "defect"),
    [
        # windows-1251 sent as iso-8859-1: would read "Óâàæàåìûå" without detection.
        (RU, "cp1251", "iso-8859-1", "looked wrong"),
        (RU, "koi8-r", "iso-8859-1", "looked wrong"),
        # No charset at all on 8-bit KOI8-R text.
        (RU, "koi8-r", None, "no charset declared"),
        # Declared UTF-8, written in windows-1252.
        ("Réponse de l'Office, café", "cp1252", "utf-8", "charset utf-8 failed"),
        # A label no codec knows.
        (FR, "utf-8", "x-unknown-8bit", "unknown"),
        (ZH, "gb18030", "x-bogus", "unknown"),
        # Latin-1 label on UTF-8 bytes.
        (FR, "utf-8", "iso-8859-1", "bytes are utf-8"),
    ],
)
def test_wrong_or_missing_charset_falls_back_and_says_so(
    text: str, codec: str, label: str | None, defect: str
) -> None:
    view = read_message(raw_message(text.encode(codec), charset=label), OPTIONS)
    assert view.body_text.strip() == text
    assert any(defect in d for d in view.defects), view.defects


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_cyrillic_lowercase_class_covers_what_the_codec_decodes_to(codec: str) -> None:
    # The undeclared-charset check counts lowercase letters by regex; it must agree with
    # str.islower on every Cyrillic letter the candidate codecs can produce.
    from parsers.charsets import _CYRILLIC_LETTER, _CYRILLIC_LOWER  # noqa: PLC0415

    decoded = bytes(range(0x80, 0x100)).decode(codec, errors="replace")
    letters = [c for c in decoded if _CYRILLIC_LETTER.match(c)]
    assert len(letters) >= 64
    assert [c for c in letters if c.islower() != bool(_CYRILLIC_LOWER.match(c))] == []


def test_undecodable_bytes_are_replaced_not_dropped() -> None:
    body = b"Name: M\xff\xfe\x80 Smith\nEmail: smith@example.org\n"
    view = read_message(raw_message(body, charset="utf-8"), OPTIONS)
    assert "Smith" in view.body_text
    assert "smith@example.org" in view.body_text
    assert view.defects


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("=?utf-8?B?" + base64.b64encode(ZH.encode()).decode() + "?=", ZH),
        ("=?koi8-r?Q?=F0=D2=C9=D7=C5=D4?= C. CWS 175", "Привет C. CWS 175"),
        ("=?iso-8859-1?q?R=E9ponse_=E0?= la circulaire", "Réponse à la circulaire"),
        ("=?utf-8?q?Nominaci=C3=B3n?= =?utf-8?q?_CWS?=", "Nominación CWS"),
        # GB2312 label on a GBK-only character.
        ("=?gb2312?B?" + base64.b64encode("镕基".encode("gbk")).decode() + "?=", "镕基"),
        ("=?x-unknown?Q?plain?= text", "plain text"),
        ("Folded\r\n subject line", "Folded subject line"),
    ],
)
def test_encoded_subjects(header: str, expected: str) -> None:
    view = read_message(raw_message(b"x", headers={"Subject": header}), OPTIONS)
    assert view.headers.subject == expected
    assert view.header("subject") == expected


def test_raw_8bit_subject_and_sender_name() -> None:
    raw = raw_message(b"x", headers={"Subject": "x", "From": "x"})
    raw = raw.replace(b"Subject: x", "Subject: Номинация".encode()).replace(
        b"From: x", "From: Иван Петров <Ivan.Petrov@Example.ORG>".encode()
    )
    view = read_message(raw, OPTIONS)
    assert view.headers.subject == "Номинация"
    assert view.headers.from_address == "ivan.petrov@example.org"
    assert view.headers.from_name == "Иван Петров"


def test_header_facts() -> None:
    headers = {
        "From": '"=?utf-8?q?Jos=C3=A9_P=C3=A9rez?=" <Jose.Perez@Example.ORG>',
        "To": "CWS <CWS.Mail@Example.COM>, other@example.net",
        "Cc": "a@example.org",
        "Reply-To": "Reply@Example.org",
        "In-Reply-To": "<prev@example.com>",
        "References": "<a@example.com>\r\n <prev@example.com>",
        "Date": "Mon, 16 Oct 2023 10:00:00 -0000",
        "AUTO-SUBMITTED": "no",
        "Authentication-Results": "mx.example.com; dmarc=pass",
    }
    view = read_message(raw_message(b"x", headers=headers), OPTIONS)
    facts = view.headers
    assert facts.from_address == "jose.perez@example.org"
    assert facts.from_name == "José Pérez"
    assert facts.to == ("cws.mail@example.com", "other@example.net")
    assert facts.cc == ("a@example.org",)
    assert facts.reply_to == "reply@example.org"
    assert facts.message_id == "<m1@example.org>"
    assert facts.in_reply_to == "<prev@example.com>"
    assert facts.references == ("<a@example.com>", "<prev@example.com>")
    assert facts.date is not None
    assert facts.date.utcoffset() is not None
    assert facts.auto_submitted == "no"
    assert facts.authentication_results == ("mx.example.com; dmarc=pass",)
    assert view.header_map["auto-submitted"] == ("no",)


def multipart(plain: str | None, html: str | None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "office@example.org"
    msg["Subject"] = "Nomination"
    if plain is not None:
        msg.set_content(plain)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    return msg.as_bytes()


TABLE_HTML = (
    "<html><head><style>td {color: red}</style><script>alert('x')</script></head><body>"
    "<p>Dear Secretariat,</p><table>"
    "<tr><th>Last name</th><th>First name</th><th>E-mail</th></tr>"
    "<tr><td>Smith</td><td>John<br>Paul</td><td><a href='mailto:js@example.org'>js@example.org</a></td></tr>"
    "<tr><td>Dupont</td><td>Marie</td><td>md@example.org</td></tr>"
    "</table><p>Best regards</p></body></html>"
)


@pytest.mark.parametrize(
    ("plain", "html", "source", "expected_lines"),
    [
        # HTML only: converted, a table row per line.
        (None, TABLE_HTML, "text/html", ["Smith | John Paul | js@example.org"]),
        # The plain alternative lost the table (one cell per line): HTML wins.
        (
            "Dear Secretariat,\nLast name\nFirst name\nE-mail\nSmith\nJohn Paul\njs@example.org\n",
            TABLE_HTML,
            "text/html",
            ["Last name | First name | E-mail", "Dupont | Marie | md@example.org"],
        ),
        # The plain alternative kept the table: plain is preferred.
        (
            "Last name\tFirst name\tE-mail\nSmith\tJohn Paul\tjs@example.org\n"
            "Dupont\tMarie\tmd@example.org\n",
            TABLE_HTML,
            "text/plain",
            ["Smith\tJohn Paul\tjs@example.org"],
        ),
        # An empty plain part.
        ("   \n", TABLE_HTML, "text/html", ["Dupont | Marie | md@example.org"]),
        # Prose only: plain is kept and HTML is not converted until asked.
        ("Hello, plain.", "<p>Hello, <b>HTML</b>.</p>", "text/plain", ["Hello, plain."]),
    ],
)
def test_body_choice(
    plain: str | None, html: str | None, source: str, expected_lines: list[str]
) -> None:
    view = read_message(multipart(plain, html), OPTIONS)
    assert view.body_source == source
    lines = view.body_text.splitlines()
    for line in expected_lines:
        assert line in lines
    assert "alert(" not in view.body_text
    assert "color: red" not in view.body_text
    assert view.body_html_text is not None
    assert "alert(" not in view.body_html_text


def test_html_alternative_is_converted_lazily() -> None:
    view = read_message(multipart("Plain.", "<p>Rich <i>text</i></p>"), OPTIONS)
    assert "body_html_text" not in view.__dict__
    assert view.body_html_text == "Rich text"


BODY = b"Last name: Smith\nFirst name: John\n"


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (raw_message(BODY, newline=b"\r\n"), "CRLF"),
        (raw_message(BODY, newline=b"\r"), "CR only (old Mac)"),
        (raw_message(BODY, newline=b"\n"), "LF"),
        (b"\r\n\r\n  \r\n" + raw_message(BODY), "blank lines before the headers"),
        (
            b"From office@example.org Mon Oct 16 10:00:00 2023\n"
            + raw_message(BODY, newline=b"\n"),
            "mbox From_ line",
        ),
    ],
)
def test_line_endings_and_framing(raw: bytes, why: str) -> None:
    view = read_message(raw, OPTIONS)
    assert view.headers.subject == "Nomination", why
    assert view.headers.from_address == "office@example.org", why
    assert [line.strip() for line in view.body_text.strip().splitlines()] == [
        "Last name: Smith",
        "First name: John",
    ], why


def test_nul_bytes_are_removed() -> None:
    view = read_message(raw_message(b"Smith\x00 John\x00\n"), OPTIONS)
    assert "\x00" not in view.body_text
    assert "Smith John" in view.body_text


HOSTILE_HEADERS = {
    "1 MB To": b"To: " + b", ".join(b"user%d@example.org" % i for i in range(60_000)),
    "20,000 Received": b"\r\n".join(
        b"Received: from h%d.example.org by mx.example.org; Mon, 16 Oct 2023 10:00:00 +0000" % i
        for i in range(20_000)
    ),
    "60,000 encoded words": b"Subject: " + b"=?utf-8?q?abc?= " * 60_000,
    "50,000 header names": b"\r\n".join(b"X-H%d: v" % i for i in range(50_000)),
    "1 MB unfolded value": b"X-Junk: " + b"a" * 1_000_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE_HEADERS))
def test_huge_header_blocks_are_read_quickly(name: str) -> None:
    # mail-parser spends seconds on each of these (it decodes every header eagerly).
    raw = b"From: office@example.org\r\n" + HOSTILE_HEADERS[name] + b"\r\n\r\nbody\r\n"
    started = time.perf_counter()
    view = read_message(raw, OPTIONS)
    assert time.perf_counter() - started < 2
    assert view.body_text.strip() == "body"
    assert view.headers.from_address == "office@example.org"
    assert any("header block" in d for d in view.defects)


def test_message_over_the_size_limit() -> None:
    with pytest.raises(MessageTooLargeError) as info:
        read_message(raw_message(b"x" * 2000), ParseOptions(max_message_bytes=1000))
    assert isinstance(info.value, ParseError)


def nested(levels: int, lines: int = 1) -> bytes:
    out = [b"From: a@example.org\r\nSubject: deep\r\nMIME-Version: 1.0\r\n"]
    out.extend(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(levels)
    )
    out.append(b"Content-Type: text/plain\r\n\r\n" + b"hello\r\n" * lines)
    out.extend(b"--b%d--\r\n" % i for i in reversed(range(levels)))
    return b"".join(out)


def test_nesting_within_the_limit_is_read() -> None:
    view = read_message(nested(10), OPTIONS)
    assert view.body_text.strip() == "hello"


@pytest.mark.parametrize("levels", [25, 300, 5000])
def test_deep_nesting_is_refused_before_parsing(levels: int) -> None:
    # 300 levels of 100,000 lines cost the stdlib parser seconds (quadratic); refused at once.
    raw = nested(levels, lines=100_000 if levels == 300 else 1)
    started = time.perf_counter()
    with pytest.raises(MimeStructureError):
        read_message(raw, OPTIONS)
    assert time.perf_counter() - started < 1


def test_too_many_parts() -> None:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\npart\r\n" for _ in range(600))
    raw = b'From: a@example.org\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts
    with pytest.raises(MimeStructureError):
        read_message(raw + b"--b--\r\n", OPTIONS)


def test_message_rfc822_nesting_is_limited() -> None:
    inner = raw_message(b"innermost")
    for _ in range(25):
        inner = (
            b"From: fwd@example.org\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: message/rfc822\r\n\r\n" + inner
        )
    with pytest.raises(MimeStructureError):
        read_message(inner, OPTIONS)


DSN = b"""From: MAILER-DAEMON@example.net
To: office@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="R"

--R
Content-Type: text/plain

The message could not be delivered.

--R
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; x@example.org
Action: failed
Status: 5.1.1

--R
Content-Type: message/rfc822

From: office@example.org
Subject: Nomination C. CWS 175
Content-Type: text/plain

Last name: Smith

--R--
"""


def test_forwarded_message_and_delivery_status() -> None:
    view = read_message(DSN, OPTIONS)
    assert view.content_type == "multipart/report"
    assert view.report_type == "delivery-status"
    assert view.delivery_status is not None
    assert "Action: failed" in view.delivery_status
    assert view.body_text.strip() == "The message could not be delivered."
    assert len(view.forwarded) == 1
    assert view.forwarded[0].headers.subject == "Nomination C. CWS 175"
    assert view.forwarded[0].body_text.strip() == "Last name: Smith"
    assert "message/delivery-status" in view.part_types


def test_attached_eml_file_is_read_as_a_message() -> None:
    msg = EmailMessage()
    msg["From"] = "colleague@example.org"
    msg["Subject"] = "Fwd: nomination"
    msg.set_content("See attached.")
    msg.add_attachment(
        raw_message(b"Username: ca-jdoe\n"),
        maintype="application",
        subtype="octet-stream",
        filename="nomination.eml",
    )
    view = read_message(msg.as_bytes(), OPTIONS)
    assert [f.body_text.strip() for f in view.forwarded] == ["Username: ca-jdoe"]


def test_rfc2231_and_rfc2047_filenames() -> None:
    msg = EmailMessage()
    msg["From"] = "office@example.org"
    msg.set_content("Two files.")
    msg.add_attachment(
        b"a", maintype="text", subtype="plain", filename=("utf-8", "", "Номинация.txt")
    )
    msg.add_attachment(b"b", maintype="text", subtype="plain", filename="x.txt")
    raw = msg.as_bytes().replace(
        b'filename="x.txt"',
        b'filename="=?utf-8?B?' + base64.b64encode("提名表.txt".encode()) + b'?="',
    )
    view = read_message(raw, OPTIONS)
    assert [a.filename for a in view.attachments] == ["Номинация.txt", "提名表.txt"]
    assert [a.text for a in view.attachments] == ["a", "b"]


def test_oversized_attachment_is_skipped_with_a_reason() -> None:
    msg = EmailMessage()
    msg["From"] = "office@example.org"
    msg.set_content("See attached.")
    msg.add_attachment(b"x" * 5000, maintype="text", subtype="plain", filename="big.txt")
    view = read_message(msg.as_bytes(), ParseOptions(max_attachment_bytes=1000))
    (attachment,) = view.attachments
    assert attachment.text is None
    assert attachment.error is not None
    assert "too large" in attachment.error
    assert any("big.txt" in d for d in view.defects)


def test_malformed_boundaries_do_not_crash() -> None:
    # An inner boundary that is a prefix of the outer one, no closing delimiters: mail-parser
    # 4.8 raises on this shape (stalwart malformed/001); the stdlib fallback reads it.
    raw = (
        b'Content-Type: multipart/mixed; boundary="ab"\n\n--ab\n'
        b'Content-Type: multipart/mixed; boundary="a"\n\n--ab\nContent-Type: text/plain\n\nhi\n--a\n\n'
    )
    view = read_message(raw, OPTIONS)
    assert isinstance(view, MimeView)
    assert view.defects


@settings(max_examples=2000, deadline=None)
@given(st.binary(max_size=16).map(lambda b: bytes(b"\r\nA:"[x % 4] for x in b)))
def test_header_block_ends_at_the_first_blank_line_of_any_kind(raw: bytes) -> None:
    ends = [raw.find(sep) for sep in (b"\n\n", b"\r\n\r\n", b"\r\r")]
    assert mime._header_block_size(raw) == min([e for e in ends if e >= 0], default=len(raw))


def test_raw_octet_after_an_encoded_display_name_is_decoded() -> None:
    raw = (
        b"From: =?big5?B?qr7D0bKjxXa4cA==?=\xa0<enquiry@office.example>\r\n"
        b"To: cws.mail@wipo.int\r\nSubject: x\r\n\r\nbody\r\n"
    )
    name = read_message(raw, OPTIONS).headers.from_name or ""
    name.encode("utf-8")  # no lone surrogate left
    assert name.startswith("知識產權署")
