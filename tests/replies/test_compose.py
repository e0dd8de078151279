"""The built message: headers, signed Message-IDs, threading, encodings, injection attempts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from replies import (
    AcknowledgementContext,
    AddressError,
    ClarificationContext,
    Envelope,
    Mailbox,
    NomineeView,
    ReplyContext,
    ReplyKind,
    WikiAccessContext,
    is_own_message_id,
    make_message_id,
    render_reply,
    reply_subject,
)
from replies.compose import thread_ids

KEY = b"secret"
COMMON = {
    "reference": "C. CWS 175",
    "campaign_deadline": date(2023, 10, 20),
    "office": "Example Office",
    "sender_address": "cws.mail@example.org",
    "wiki_url": "https://wiki.example.org/cwstf",
}
NOMINEE = NomineeView(
    title="Ms", last_name="Li", first_name="Wei", task_forces=("SEQL Task Force",)
)


def envelope(**changes: object) -> Envelope:
    values: dict[str, object] = {
        "sender": Mailbox(address="cws.mail@example.org", name="WIPO CWS Secretariat"),
        "to": (Mailbox(address="office@example.com", name="Registry"),),
        "message_id": make_message_id("acknowledgement", key=KEY, domain="example.org"),
        "date": datetime(2023, 10, 2, 9, 30, tzinfo=UTC),
        "in_reply_to": "<abc@example.com>",
        "references": ("<root@example.com>",),
        "original_subject": "Nomination C. CWS 175",
    }
    return Envelope(**(values | changes))


def build(context: ReplyContext | None = None, **changes: object) -> EmailMessage:
    context = context or AcknowledgementContext(nominees=(NOMINEE,), **COMMON)
    raw = render_reply(context, envelope(**changes)).as_bytes()
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_own_message_ids_are_recognised_and_forgeries_are_not() -> None:
    mid = make_message_id("request_missing", key=KEY, domain="wipo.int")
    assert mid.startswith("<cws.request_missing.")
    assert mid.endswith("@wipo.int>")
    assert is_own_message_id(mid, KEY)
    assert is_own_message_id(mid.strip("<>"), KEY)
    assert is_own_message_id(f"  {mid} ", KEY.decode())
    assert not is_own_message_id(mid, b"other key")
    token, mac = mid.split(".")[2], mid.split(".")[3].split("@")[0]
    assert not is_own_message_id(mid.replace(token, "0" * len(token)), KEY)
    assert not is_own_message_id(mid.replace("request_missing", "acknowledgement"), KEY)
    assert not is_own_message_id(mid.replace(mac, "0" * 10), KEY)
    assert not is_own_message_id("<random@example.org>", KEY)
    assert make_message_id("x", key=KEY, domain="d") != make_message_id("x", key=KEY, domain="d")


def test_headers_of_an_automatic_reply() -> None:
    msg = build()
    assert msg["From"] == "WIPO CWS Secretariat <cws.mail@example.org>"
    assert msg["To"] == "Registry <office@example.com>"
    assert msg["Subject"] == "Re: Nomination C. CWS 175"
    assert msg["In-Reply-To"] == "<abc@example.com>"
    assert msg["References"] == "<root@example.com> <abc@example.com>"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "OOF, AutoReply"
    assert msg["X-CWS-Mailbot"] == "1"
    assert msg["Date"] == "Mon, 02 Oct 2023 09:30:00 +0000"
    assert msg["Reply-To"] is None
    assert is_own_message_id(msg["Message-ID"], KEY)


def test_multipart_alternative_text_then_html() -> None:
    msg = build()
    assert msg.get_content_type() == "multipart/alternative"
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert "acknowledges receipt" in parts[0].get_content()
    assert parts[1].get_content().startswith("<!DOCTYPE html>")


def test_notification_and_staff_kinds() -> None:
    wiki = WikiAccessContext(nominee=NOMINEE, **COMMON)
    msg = build(
        wiki, in_reply_to=None, references=(), original_subject=None, reply_to="desk@example.org"
    )
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Subject"] == "Access to the Wiki of the CWS Task Forces"
    assert msg["In-Reply-To"] is None
    assert msg["Reply-To"] == "desk@example.org"
    staff = build(ClarificationContext(staff_text="Which office?", **COMMON))
    assert staff["Auto-Submitted"] is None  # written by a person (RFC 3834 §5: "no")
    assert staff["X-Auto-Response-Suppress"] == "OOF, AutoReply"
    assert ReplyKind.CLARIFICATION.automatic is False
    assert ReplyKind.REMINDER.automatic is True


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Nomination", "Re: Nomination"),
        ("Re: Nomination", "Re: Nomination"),
        ("RE: Re: re:Nomination", "Re: Nomination"),
        ("AW: Réf. : Nomination", "Re: Nomination"),
        ("回复：提名", "Re: 提名"),
        ("Отв: Re[2]: Номинация", "Re: Номинация"),
        ("Fwd: Nomination", "Re: Fwd: Nomination"),
        ("Re:", ""),
        ("Renewal of nominations", "Re: Renewal of nominations"),
    ],
)
def test_reply_subjects_never_stack(original: str, expected: str) -> None:
    assert reply_subject(original) == expected


def test_header_injection_through_inbound_values_is_neutralised() -> None:
    msg = build(
        to=(Mailbox(address="office@example.com", name="Evil\r\nBcc: victim@example.net"),),
        original_subject="Nomination\r\nBcc: victim@example.net\nX-Evil: 1",
        in_reply_to="<abc@example.com>\r\nBcc: victim@example.net",
        references=("<ok@example.com>", "not-an-id\r\nX-Evil: 2"),
    )
    raw = msg.as_bytes()
    assert msg["Bcc"] is None
    assert msg["X-Evil"] is None
    assert b"\nBcc:" not in raw
    assert msg["Subject"] == "Re: Nomination Bcc: victim@example.net X-Evil: 1"
    assert msg["To"].addresses[0].addr_spec == "office@example.com"
    assert msg["In-Reply-To"] is None  # malformed after cleaning: dropped, never passed on
    assert msg["References"] == "<ok@example.com>"


def test_an_unusable_address_is_refused() -> None:
    with pytest.raises(AddressError):
        build(to=(Mailbox(address="office@example.com>, victim@example.net <x"),))


def test_non_ascii_names_and_subjects_are_rfc2047_encoded() -> None:
    context = AcknowledgementContext(language="ru", nominees=(NOMINEE,), **COMMON)
    msg = build(
        context,
        to=(Mailbox(address="office@example.com", name="Иван Петров"),),
        original_subject="Назначение — C. CWS 175",
    )
    head = msg.as_bytes().split(b"\n\n", 1)[0]
    assert b"=?utf-8?" in head
    assert head.isascii()
    assert msg["To"].addresses[0].display_name == "Иван Петров"
    assert msg["Subject"] == "Re: Назначение — C. CWS 175"
    assert msg["Content-Language"] == "ru"


def test_long_threads_keep_the_root_and_the_latest_ids() -> None:
    refs = tuple(f"<m{i}@example.com>" for i in range(30))
    parent, references = thread_ids("<m30@example.com>", refs)
    ids = references.split()
    assert parent == "<m30@example.com>"
    assert len(ids) == 20
    assert ids[0] == "<m0@example.com>"
    assert ids[-1] == "<m30@example.com>"
