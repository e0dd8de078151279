"""due_reminders on SQLite and PostgreSQL: after N days, at most M times, only before the deadline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import InboundMessage, Nomination, NominationStatus, Nominee, OutboxItem
from mailbot.db.session import transaction
from mailbot.outbox.enqueue import enqueue
from mailbot.outbox.reminders import due_reminders

ASKED = datetime(2023, 9, 25, 10, 0, tzinfo=UTC)
Sessions = sessionmaker[Session]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        var_dir=tmp_path,
        secret_key="k",
        reminder_after_days=7,
        reminder_max=2,
        reply_grace_hours=1,
    )


def _awaiting(sessions: Sessions, settings: Settings) -> int:
    with transaction(sessions) as session:
        nomination = Nomination(
            office=None, sender_address="office@example.com", language="en",
            status=NominationStatus.AWAITING_INFO, thread_message_id="<n@example.com>",
        )  # fmt: skip
        nomination.nominees.append(Nominee(first_name="Jane", last_name="Smith"))
        inbound = InboundMessage(
            sha256="a" * 64, message_id="<n@example.com>", subject="Nomination",
            from_address="office@example.com", fetched_at=ASKED - timedelta(minutes=5),
        )  # fmt: skip
        nomination.messages.append(inbound)
        session.add(nomination)
        session.flush()
        assert enqueue(
            session,
            kind="request_missing",
            settings=settings,
            nomination=nomination,
            inbound=inbound,
            now=ASKED,
        )
        return nomination.id


def _run(sessions: Sessions, settings: Settings, now: datetime) -> list[OutboxItem]:
    with transaction(sessions) as session:
        return due_reminders(session, settings, now)


def test_reminds_after_the_wait_at_most_max_times(sessions: Sessions, settings: Settings) -> None:
    _awaiting(sessions, settings)
    assert _run(sessions, settings, ASKED + timedelta(days=6)) == []
    (first,) = _run(sessions, settings, ASKED + timedelta(days=7))
    assert first.kind == "reminder"
    assert _run(sessions, settings, ASKED + timedelta(days=8)) == []  # 7 days from the reminder
    assert len(_run(sessions, settings, ASKED + timedelta(days=14))) == 1
    assert _run(sessions, settings, ASKED + timedelta(days=21)) == []  # reminder_max reached
    with sessions() as session:
        raw = session.scalars(select(OutboxItem.raw).where(OutboxItem.kind == "reminder")).first()
        assert raw is not None
        assert b"25 September 2023" in raw  # the date of the request being recalled
        assert b"Auto-Submitted: auto-generated" in raw


def test_no_reminder_after_the_office_answered(sessions: Sessions, settings: Settings) -> None:
    nomination_id = _awaiting(sessions, settings)
    with transaction(sessions) as session:
        session.add(
            InboundMessage(
                sha256="b" * 64,
                message_id="<answer@example.com>",
                from_address="office@example.com",
                nomination_id=nomination_id,
                fetched_at=ASKED + timedelta(days=2),
            )
        )
    assert _run(sessions, settings, ASKED + timedelta(days=8)) == []


def test_no_reminder_after_the_deadline_or_once_complete(
    sessions: Sessions, settings: Settings
) -> None:
    nomination_id = _awaiting(sessions, settings)
    assert _run(sessions, settings, datetime(2023, 10, 21, 9, 0, tzinfo=UTC)) == []
    with transaction(sessions) as session:
        session.get_one(Nomination, nomination_id).status = NominationStatus.PENDING_REVIEW
    assert _run(sessions, settings, ASKED + timedelta(days=8)) == []
