"""The guards' outbox history on SQLite and PostgreSQL: one exact row per recipient address."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import InboundMessage, Nomination, Nominee, OutboxAddress, OutboxItem
from mailbot.db.session import transaction
from mailbot.outbox.enqueue import enqueue
from mailbot.outbox.history import recent

NOW = datetime(2023, 10, 2, 9, 0, tzinfo=UTC)
Sessions = sessionmaker[Session]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(var_dir=tmp_path, secret_key="test-key", from_address="cws.mail@example.org")


def _nomination(session: Session, sender: str, thread: str = "<t@example.com>") -> Nomination:
    nomination = Nomination(
        office="Example Office", sender_address=sender, thread_message_id=thread
    )
    nomination.nominees.append(
        Nominee(first_name="Ivan", last_name="Petrov", account_email="Ivan@Example.com")
    )
    nomination.messages.append(
        InboundMessage(sha256=thread.ljust(64, "0")[:64], message_id=thread, from_address=sender)
    )
    session.add(nomination)
    session.flush()
    return nomination


def _ack(
    session: Session,
    settings: Settings,
    nomination: Nomination,
    *,
    now: datetime,
    to: list[str] | None = None,
) -> OutboxItem | None:
    return enqueue(
        session, kind="acknowledgement", settings=settings, nomination=nomination, to=to, now=now
    )


def _addresses(session: Session) -> set[tuple[int, str, datetime]]:
    rows = session.execute(
        select(OutboxAddress.outbox_id, OutboxAddress.address, OutboxAddress.created_at)
    )
    return {(outbox_id, address, created_at) for outbox_id, address, created_at in rows}


def test_every_recipient_is_recorded_once_lower_cased(
    sessions: Sessions, settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination = _nomination(session, "Office@Example.COM")
        item = enqueue(
            session, kind="wiki_access", settings=settings, nomination=nomination,
            context={"nominee_id": nomination.nominees[0].id}, actor="staff:ann", now=NOW,
        )  # fmt: skip
        assert item is not None
        session.flush()
        item_id = item.id
    with sessions() as session:
        assert session.get_one(OutboxItem, item_id).recipient == (
            "Ivan@Example.com,Office@Example.COM"
        )
        assert _addresses(session) == {
            (item_id, "ivan@example.com", NOW),
            (item_id, "office@example.com", NOW),
        }


def test_an_address_in_another_case_is_the_same_recipient(
    sessions: Sessions, settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination = _nomination(session, "office@example.com")
        assert _ack(session, settings, nomination, to=["Office@Example.COM"], now=NOW)
    with transaction(sessions) as session:
        nomination = session.get_one(Nomination, nomination.id)
        later = NOW + timedelta(hours=1)
        assert _ack(session, settings, nomination, to=["OFFICE@example.com"], now=later) is None


def test_an_address_inside_another_is_not_the_same_recipient(
    sessions: Sessions, settings: Settings
) -> None:
    with transaction(sessions) as session:
        for i in range(10):  # the ten-minute ceiling, reached for lada@
            nomination = _nomination(session, "lada@example.org", thread=f"<l{i}@example.com>")
            assert _ack(session, settings, nomination, now=NOW + timedelta(seconds=i))
        nomination = _nomination(session, "lada@example.org", thread="<l10@example.com>")
        assert _ack(session, settings, nomination, now=NOW + timedelta(seconds=10)) is None
        ada = _nomination(session, "ada@example.org", thread="<a@example.com>")
        assert _ack(session, settings, ada, now=NOW + timedelta(seconds=11))


def test_rows_still_pending_in_the_transaction_are_seen(
    sessions: Sessions, settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination = _nomination(session, "office@example.com")
        assert _ack(session, settings, nomination, now=NOW)
        # No flush in between: the lookup's autoflush writes the first row first.
        assert _ack(session, settings, nomination, now=NOW + timedelta(minutes=1)) is None


def test_recent_reads_the_window_and_skips_suppressed_and_staff_mail(
    sessions: Sessions, settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination = _nomination(session, "office@example.com")
        assert _ack(session, settings, nomination, now=NOW)
        assert _ack(session, settings, nomination, now=NOW + timedelta(minutes=1)) is None
        assert enqueue(
            session, kind="clarification", settings=settings, nomination=nomination,
            context={"staff_text": "Which office?"}, actor="staff:ann", now=NOW,
        )  # fmt: skip
        session.flush()
        got = recent(session, [" Office@Example.com "], NOW)
        assert [(h.kind, h.recipients, h.created_at) for h in got] == [
            ("acknowledgement", ("office@example.com",), NOW)
        ]
        assert recent(session, ["office@example.com"], NOW + timedelta(seconds=1)) == []
        assert recent(session, ["other@example.com", ""], NOW) == []
        assert recent(session, [], NOW) == []


def test_addresses_go_with_their_outbox_row(sessions: Sessions, settings: Settings) -> None:
    with transaction(sessions) as session:
        first = _nomination(session, "office@example.com")
        second = _nomination(session, "desk@example.com", thread="<d@example.com>")
        gone = _ack(session, settings, first, now=NOW)
        kept = _ack(session, settings, second, now=NOW)
        assert gone is not None
        assert kept is not None
        session.flush()
        gone_id, kept_id = gone.id, kept.id
    with transaction(sessions) as session:
        session.delete(session.get_one(OutboxItem, gone_id))  # as privacy.erase_person does
    with sessions() as session:
        assert _addresses(session) == {(kept_id, "desk@example.com", NOW)}
        assert session.scalar(select(func.count()).select_from(OutboxAddress)) == 1


def test_any_outbox_row_gets_its_addresses_and_keeps_them_in_step(sessions: Sessions) -> None:
    with transaction(sessions) as session:
        item = OutboxItem(
            kind="reminder", recipient="A@example.org, b@example.org ,a@EXAMPLE.org",
            message_id="<m@example.org>", raw=b"",
        )  # fmt: skip
        session.add(item)
        session.flush()
        item_id, created = item.id, item.created_at  # the column default
        assert _addresses(session) == {
            (item_id, "a@example.org", created),
            (item_id, "b@example.org", created),
        }
        item.status = "sent"  # other changes leave them alone
        session.flush()
        assert len(_addresses(session)) == 2
        item.recipient = "c@example.org"
        item.created_at = NOW
        session.flush()
        assert _addresses(session) == {(item_id, "c@example.org", NOW)}
