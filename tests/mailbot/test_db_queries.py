"""store_raw: one row per message, however often or however mangled it is fetched."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.models import InboundMessage, MessageStatus, TriageState
from mailbot.db.queries import split_msg_ids, store_raw, summarize_headers
from mailbot.db.session import transaction


def _mail(message_id: str = "<n1@mail.example.org>", body: str = "Hello") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jane Roe <Jane.Roe@Office.Example.org>"
    msg["To"] = "cws.mail@example.com"
    msg["Subject"] = "=?utf-8?q?Nominaci=C3=B3n_C._CWS_175?="
    msg["Date"] = "Fri, 13 Oct 2023 10:00:00 +0200"
    msg["Message-ID"] = message_id
    msg["In-Reply-To"] = "<ours-1@example.com>"
    msg["References"] = "<first@mail.example.org> <ours-1@example.com>"
    msg.set_content(body)
    return msg.as_bytes()


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(InboundMessage)) or 0


def test_store_raw_keeps_header_summary(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        row, new = store_raw(session, raw=_mail(), mailbox="INBOX", uidvalidity=7, uid=42)
    assert new
    assert row.message_id == "<n1@mail.example.org>"
    assert row.from_address == "jane.roe@office.example.org"
    assert row.subject == "Nominación C. CWS 175"
    assert row.received_at == datetime(2023, 10, 13, 8, 0, tzinfo=UTC)
    assert row.in_reply_to == "<ours-1@example.com>"
    assert row.references == "<first@mail.example.org> <ours-1@example.com>"
    assert row.status == MessageStatus.RECEIVED
    assert (row.uidvalidity, row.uid, row.size) == (7, 42, len(_mail()))


def test_same_bytes_twice_is_one_row(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        first, _ = store_raw(session, raw=_mail(), mailbox="INBOX", uidvalidity=7, uid=1)
    # A new UIDVALIDITY, or the same mail copied into another folder.
    with transaction(sessions) as session:
        again, new = store_raw(session, raw=_mail(), mailbox="Archive", uidvalidity=9, uid=3)
        assert not new
        assert again.id == first.id
        assert _count(session) == 1


def test_same_message_id_and_sender_reencoded_is_one_row(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        first, _ = store_raw(session, raw=_mail(), mailbox="INBOX", uidvalidity=7, uid=1)
        relayed = b"Received: from relay.example.net\r\n" + _mail()
        again, new = store_raw(session, raw=relayed, mailbox="INBOX", uidvalidity=7, uid=2)
        assert not new
        assert again.id == first.id
        # Another message from the same office is stored.
        other, new_other = store_raw(
            session, raw=_mail("<n2@mail.example.org>"), mailbox="INBOX", uidvalidity=7, uid=3
        )
        assert new_other
        assert other.id != first.id


def test_malformed_headers_never_raise(sessions: sessionmaker[Session]) -> None:
    raw = (
        b"From: \xff\xfe broken <<<@@\r\n"
        b"Subject: =?bogus-charset?q?abc?= \xe9t\xe9\x00\r\n"
        b"Date: the day after tomorrow\r\n"
        b"Message-ID: " + b"x" * 2000 + b"\r\n"
        b"References: (nothing)\r\n"
        b"\r\n"
        b"body\r\n"
    )
    with transaction(sessions) as session:
        row, new = store_raw(session, raw=raw, mailbox="INBOX", uidvalidity=None, uid=None)
    assert new
    assert row.received_at is None
    assert "\x00" not in row.subject
    assert row.references == ""
    assert row.message_id is None or len(row.message_id) <= 998


def test_oversized_keeps_headers_and_reported_size(sessions: sessionmaker[Session]) -> None:
    head = _mail().split(b"\n\n", 1)[0] + b"\n\n"
    with transaction(sessions) as session:
        row, new = store_raw(
            session,
            raw=head,
            mailbox="INBOX",
            uidvalidity=1,
            uid=9,
            size=90_000_000,
            oversized=True,
        )
    assert new
    assert row.status == MessageStatus.OVERSIZED
    assert row.triage == TriageState.OPEN
    assert row.size == 90_000_000
    assert row.message_id == "<n1@mail.example.org>"


def test_header_summary_without_brackets() -> None:
    summary = summarize_headers(
        b"Message-ID: bare@example.org\r\nIn-Reply-To: <a@b.example>\r\n\r\n"
    )
    assert summary.message_id == "<bare@example.org>"
    assert summary.in_reply_to == "<a@b.example>"
    assert split_msg_ids("junk without id") == ()
