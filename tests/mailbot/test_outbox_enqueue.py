"""enqueue on SQLite and PostgreSQL: rendering, recipients, threading, and the loop guards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import (
    AuditEvent,
    InboundMessage,
    Membership,
    Nomination,
    Nominee,
    OutboxItem,
    OutboxStatus,
    ReviewStatus,
)
from mailbot.db.session import transaction
from mailbot.outbox.enqueue import enqueue, signing_key
from replies import is_own_message_id

NOW = datetime(2023, 10, 2, 9, 0, tzinfo=UTC)
Sessions = sessionmaker[Session]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(var_dir=tmp_path, secret_key="test-key", from_address="cws.mail@example.org")


def _nomination(
    session: Session,
    *,
    sender: str = "office@example.com",
    language: str = "en",
    thread: str = "<first@example.com>",
    reply_to: str | None = None,
) -> tuple[Nomination, InboundMessage]:
    nomination = Nomination(
        office="Example Office",
        sender_address=sender,
        sender_name="Registry\r\nBcc: victim@example.net",
        language=language,
        thread_message_id=thread,
    )
    for i, (first, last) in enumerate((("Jane", "Smith"), ("Ivan", "Petrov"))):
        nominee = Nominee(
            position_index=i,
            title="Ms" if i == 0 else "Mr",
            first_name=first,
            last_name=last,
            position="Examiner",
            username=f"xx-{last.lower()}",
            account_email=f"{first.lower()}@example.com",
        )
        nominee.memberships.append(Membership(task_force="XML4IP Task Force"))
        nominee.memberships.append(Membership(task_force="API Task Force"))
        nomination.nominees.append(nominee)
    inbound = InboundMessage(
        sha256=(sender + thread).ljust(64, "0")[:64],
        message_id=thread,
        subject="RE: Nomination C. CWS 175",
        from_address=sender,
        references="",
        parsed={"headers": {"reply_to": reply_to}} if reply_to else None,
    )
    nomination.messages.append(inbound)
    session.add(nomination)
    session.flush()
    return nomination, inbound


def _message(item: OutboxItem) -> EmailMessage:
    parsed = message_from_bytes(item.raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_acknowledgement_is_rendered_threaded_and_signed(
    sessions: Sessions, settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination, inbound = _nomination(session, language="fr")
        item = enqueue(
            session,
            kind="acknowledgement",
            settings=settings,
            nomination=nomination,
            inbound=inbound,
            now=NOW,
        )
        assert item is not None
        session.flush()
        item_id = item.id
    with sessions() as session:
        item = session.get_one(OutboxItem, item_id)
        assert (item.status, item.kind, item.created_by) == (
            OutboxStatus.QUEUED,
            "acknowledgement",
            "bot",
        )
        assert item.recipient == "office@example.com"
        assert item.thread_key == "<first@example.com>"
        assert item.next_attempt_at == NOW
        msg = _message(item)
        assert msg["Message-ID"] == item.message_id
        assert is_own_message_id(item.message_id, signing_key(settings))
        assert msg["In-Reply-To"] == "<first@example.com>"
        assert msg["Subject"] == item.subject == "Re: Nomination C. CWS 175"
        assert msg["Content-Language"] == "fr"
        assert msg["Bcc"] is None
        assert msg["To"].addresses[0].display_name == "Registry Bcc: victim@example.net"
        text = msg.get_body(("plain",))
        assert text is not None
        assert "accuse réception" in text.get_content()


def test_reply_to_of_the_office_wins(sessions: Sessions, settings: Settings) -> None:
    with transaction(sessions) as session:
        nomination, inbound = _nomination(session, reply_to="desk@example.com")
        item = enqueue(
            session,
            kind="request_missing",
            settings=settings,
            nomination=nomination,
            inbound=inbound,
            now=NOW,
        )
        assert item is not None
        assert item.recipient == "desk@example.com"


def test_nothing_is_stored_when_the_caller_rolls_back(
    sessions: Sessions, settings: Settings
) -> None:
    def intake_that_fails() -> None:
        with transaction(sessions) as session:
            nomination, inbound = _nomination(session)
            enqueue(
                session,
                kind="acknowledgement",
                settings=settings,
                nomination=nomination,
                inbound=inbound,
                now=NOW,
            )
            raise RuntimeError("intake failed later in the same transaction")

    with pytest.raises(RuntimeError):
        intake_that_fails()
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(OutboxItem)) == 0


def test_grace_period_suppresses_a_second_reply_and_tells_staff(
    sessions: Sessions, settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination, inbound = _nomination(session)
        first = enqueue(
            session,
            kind="acknowledgement",
            settings=settings,
            nomination=nomination,
            inbound=inbound,
            now=NOW,
        )
        assert first is not None
        nomination_id = nomination.id
    with transaction(sessions) as session:
        nomination = session.get_one(Nomination, nomination_id)
        later = NOW + timedelta(hours=23)
        assert (
            enqueue(
                session, kind="acknowledgement", settings=settings, nomination=nomination, now=later
            )
            is None
        )
        other_kind = enqueue(
            session, kind="request_missing", settings=settings, nomination=nomination, now=later
        )
        assert other_kind is not None
    with transaction(sessions) as session:
        nomination = session.get_one(Nomination, nomination_id)
        after_grace = NOW + timedelta(hours=25)
        assert enqueue(
            session,
            kind="acknowledgement",
            settings=settings,
            nomination=nomination,
            now=after_grace,
        )
    with sessions() as session:
        statuses = session.execute(
            select(OutboxItem.kind, OutboxItem.status).order_by(OutboxItem.id)
        ).all()
        assert [tuple(row) for row in statuses] == [
            ("acknowledgement", OutboxStatus.QUEUED),
            ("acknowledgement", OutboxStatus.SUPPRESSED),
            ("request_missing", OutboxStatus.QUEUED),
            ("acknowledgement", OutboxStatus.QUEUED),
        ]
        suppressed = session.scalars(
            select(OutboxItem).where(OutboxItem.status == OutboxStatus.SUPPRESSED)
        ).one()
        assert suppressed.last_error is not None
        assert "already sent" in suppressed.last_error
        assert suppressed.raw  # staff can read what was not sent
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "suppressed")).one()
        assert (event.subject_type, event.subject_id) == ("outbox", suppressed.id)
        assert "already sent" in event.note


def test_sliding_window_ceiling_per_recipient(sessions: Sessions, settings: Settings) -> None:
    results = []
    with transaction(sessions) as session:
        for i in range(11):
            nomination, inbound = _nomination(session, thread=f"<t{i}@example.com>")
            at = NOW + timedelta(seconds=30 * i)
            results.append(
                enqueue(
                    session,
                    kind="acknowledgement",
                    settings=settings,
                    nomination=nomination,
                    inbound=inbound,
                    now=at,
                )
            )
        other, other_inbound = _nomination(
            session, sender="else@example.com", thread="<x@example.com>"
        )
        assert enqueue(
            session,
            kind="acknowledgement",
            settings=settings,
            nomination=other,
            inbound=other_inbound,
            now=NOW,
        )
    assert all(r is not None for r in results[:10])
    assert results[10] is None
    with sessions() as session:
        reason = session.scalars(
            select(OutboxItem.last_error).where(OutboxItem.status == OutboxStatus.SUPPRESSED)
        ).one()
        assert reason is not None
        assert reason.startswith("rate limit: 10 automatic messages to office@example.com")


def test_staff_kinds_are_not_rate_limited(sessions: Sessions, settings: Settings) -> None:
    with transaction(sessions) as session:
        nomination, _ = _nomination(session)
        items = [
            enqueue(
                session,
                kind="clarification",
                settings=settings,
                nomination=nomination,
                context={"staff_text": f"Question {i}"},
                actor="staff:ann",
                now=NOW,
            )
            for i in range(30)
        ]
    assert all(item is not None for item in items)


ROLE_SENDERS = ("noreply@example.com", "MAILER-DAEMON@example.com", "cws.mail@example.org")


def test_no_automatic_reply_to_role_or_own_addresses(
    sessions: Sessions, settings: Settings
) -> None:
    with transaction(sessions) as session:
        for i, sender in enumerate(ROLE_SENDERS):
            nomination, inbound = _nomination(session, sender=sender, thread=f"<r{i}@example.com>")
            item = enqueue(
                session, kind="acknowledgement", settings=settings, nomination=nomination,
                inbound=inbound, now=NOW,
            )  # fmt: skip
            assert item is None, sender
    with sessions() as session:
        items = session.scalars(select(OutboxItem).order_by(OutboxItem.id)).all()
        assert [i.status for i in items] == [OutboxStatus.SUPPRESSED] * len(ROLE_SENDERS)
        notes = session.scalars(select(AuditEvent.note).order_by(AuditEvent.id)).all()
        for sender, note in zip(ROLE_SENDERS, notes, strict=True):
            assert sender.lower() in note


def test_wiki_access_goes_to_the_nominee_with_the_office_in_cc(
    sessions: Sessions, settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination, inbound = _nomination(session, language="es")
        nominee = nomination.nominees[1]
        item = enqueue(
            session, kind="wiki_access", settings=settings, nomination=nomination, inbound=inbound,
            context={"nominee_id": nominee.id, "task_forces": ["API Task Force"]}, actor="staff:ann", now=NOW,
        )  # fmt: skip
        assert item is not None
        msg = _message(item)
    assert item.recipient == "ivan@example.com,office@example.com"
    assert msg["To"] == "Ivan Petrov <ivan@example.com>"
    assert msg["Cc"].addresses[0].addr_spec == "office@example.com"
    assert msg["In-Reply-To"] is None  # a new conversation with the nominee
    assert msg["Auto-Submitted"] == "auto-generated"
    body = msg.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "Estimado Sr. Petrov:" in text
    assert "API Task Force" in text
    assert "XML4IP Task Force" not in text
    assert "xx-petrov" in text


def test_rejection_names_only_the_rejected(sessions: Sessions, settings: Settings) -> None:
    with transaction(sessions) as session:
        nomination, _ = _nomination(session)
        membership = nomination.nominees[1].memberships[0]
        membership.review_status = ReviewStatus.REJECTED
        membership.decided_at = NOW
        item = enqueue(
            session, kind="rejection", settings=settings, nomination=nomination,
            context={"staff_text": "Only one representative per office."}, actor="staff:ann", now=NOW,
        )  # fmt: skip
        assert item is not None
        body = _message(item).get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert f"- Ivan Petrov ({membership.task_force})" in text
    assert "Jane Smith" not in text
    assert "Only one representative per office." in text
