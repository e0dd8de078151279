"""send_due against a real SMTP server on SQLite and PostgreSQL: retries, failures, restarts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
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
)
from mailbot.db.session import transaction
from mailbot.outbox.enqueue import enqueue
from mailbot.outbox.sender import backoff_delay, build_transport, send_due
from mailbot.outbox.transports import SmtpTransport
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.smtp

NOW = datetime(2023, 10, 2, 9, 0, tzinfo=UTC)
Sessions = sessionmaker[Session]


def _settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "var_dir": tmp_path,
        "secret_key": "test-key",
        "send_backoff_seconds": 0,
        "from_address": "cws.mail@example.org",
    }
    return Settings(**(values | overrides))


def _queue(sessions: Sessions, settings: Settings, *, office: str = "office@example.org") -> int:
    with transaction(sessions) as session:
        nomination = Nomination(
            office="Example Office",
            sender_address=office,
            language="en",
            thread_message_id="<n1@example.org>",
        )
        nominee = Nominee(
            title="Ms", last_name="Smith", first_name="Jane", position="Examiner",
            username="xx-jsmith", account_email="jane@example.com",
        )  # fmt: skip
        nominee.memberships.append(Membership(task_force="XML4IP Task Force"))
        nomination.nominees.append(nominee)
        inbound = InboundMessage(
            sha256=office.ljust(64, "0")[:64], message_id="<n1@example.org>",
            subject="Nomination C. CWS 175", from_address=office,
        )  # fmt: skip
        nomination.messages.append(inbound)
        session.add(nomination)
        session.flush()
        item = enqueue(
            session, kind="acknowledgement", settings=settings, nomination=nomination,
            inbound=inbound, now=NOW,
        )  # fmt: skip
        assert item is not None
        session.flush()
        return item.id


def _item(sessions: Sessions, item_id: int) -> OutboxItem:
    with sessions() as session:
        item = session.get(OutboxItem, item_id)
        assert item is not None
        return item


def _transport(server: SmtpServer) -> SmtpTransport:
    return SmtpTransport.from_url(server.url(), ca_file=server.ca_file, timeout=5)


def test_4xx_then_success_is_retried_and_sent_once(
    sessions: Sessions, smtp_server: Callable[..., SmtpServer], tmp_path: Path
) -> None:
    server = smtp_server(fail_temporary=2)
    settings = _settings(tmp_path)
    item_id = _queue(sessions, settings)
    reports = [send_due(sessions, _transport(server), settings=settings, now=NOW) for _ in range(3)]
    assert [(r.sent, r.retried) for r in reports] == [(0, 1), (0, 1), (1, 0)]
    item = _item(sessions, item_id)
    assert (item.status, item.attempts, item.sent_at) == (OutboxStatus.SENT, 3, NOW)
    (got,) = server.messages
    assert got.message["Message-ID"] == item.message_id
    assert send_due(sessions, _transport(server), settings=settings, now=NOW).sent == 0
    assert len(server.messages) == 1


def test_5xx_stops_with_the_servers_answer(
    sessions: Sessions, smtp_server: Callable[..., SmtpServer], tmp_path: Path
) -> None:
    server = smtp_server(fail_permanent=True)
    settings = _settings(tmp_path)
    item_id = _queue(sessions, settings)
    report = send_due(sessions, _transport(server), settings=settings, now=NOW)
    assert (report.sent, report.failed) == (0, 1)
    item = _item(sessions, item_id)
    assert item.status == OutboxStatus.FAILED
    assert item.last_error == "554 5.7.1 Message rejected: policy violation"
    assert send_due(sessions, _transport(server), settings=settings, now=NOW).failed == 0
    assert server.handler.data_commands == 1
    with sessions() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.subject_id == item_id))
        assert "send_failed" in list(actions)


def test_attempts_exhausted_go_to_staff(
    sessions: Sessions, smtp_server: Callable[..., SmtpServer], tmp_path: Path
) -> None:
    server = smtp_server(fail_temporary=10)
    settings = _settings(tmp_path, send_max_attempts=2)
    item_id = _queue(sessions, settings)
    send_due(sessions, _transport(server), settings=settings, now=NOW)
    assert _item(sessions, item_id).status == OutboxStatus.RETRY
    send_due(sessions, _transport(server), settings=settings, now=NOW)
    item = _item(sessions, item_id)
    assert (item.status, item.attempts) == (OutboxStatus.FAILED, 2)
    assert item.last_error is not None
    assert item.last_error.startswith("451 4.3.0")


def test_dropped_connection_before_data_is_retried(
    sessions: Sessions, smtp_server: Callable[..., SmtpServer], tmp_path: Path
) -> None:
    server = smtp_server(drop_before_data=1)
    settings = _settings(tmp_path)
    item_id = _queue(sessions, settings)
    assert send_due(sessions, _transport(server), settings=settings, now=NOW).retried == 1
    assert send_due(sessions, _transport(server), settings=settings, now=NOW).sent == 1
    assert _item(sessions, item_id).status == OutboxStatus.SENT
    assert len(server.messages) == 1


def test_connection_lost_after_data_is_never_resent(
    sessions: Sessions, smtp_server: Callable[..., SmtpServer], tmp_path: Path
) -> None:
    server = smtp_server(drop_after_data=1)
    settings = _settings(tmp_path)
    item_id = _queue(sessions, settings)
    report = send_due(sessions, _transport(server), settings=settings, now=NOW)
    assert (report.sent, report.retried, report.unknown) == (0, 0, 1)
    item = _item(sessions, item_id)
    assert item.status == OutboxStatus.FAILED
    assert item.last_error is not None
    assert item.last_error.startswith("unknown: may have been sent")
    send_due(sessions, _transport(server), settings=settings, now=NOW + timedelta(days=1))
    assert len(server.messages) == 1


def test_row_stuck_in_sending_after_a_restart_goes_to_staff(
    sessions: Sessions, smtp_server: Callable[..., SmtpServer], tmp_path: Path
) -> None:
    server = smtp_server()
    settings = _settings(tmp_path)
    stuck, recent = _queue(sessions, settings), _queue(sessions, settings, office="b@example.org")
    with transaction(sessions) as session:
        for item_id, claimed in (
            (stuck, NOW - timedelta(hours=1)),
            (recent, NOW - timedelta(minutes=1)),
        ):
            item = session.get(OutboxItem, item_id)
            assert item is not None
            item.status, item.attempts, item.next_attempt_at = OutboxStatus.SENDING, 1, claimed
    report = send_due(sessions, _transport(server), settings=settings, now=NOW)
    assert (report.sent, report.unknown) == (0, 1)
    assert server.messages == []
    flagged = _item(sessions, stuck)
    assert flagged.status == OutboxStatus.FAILED
    assert flagged.last_error is not None
    assert "may have been sent" in flagged.last_error
    # A claim a minute old may belong to another worker still talking to SMTP.
    assert _item(sessions, recent).status == OutboxStatus.SENDING


def test_zero_stale_after_hands_every_claim_to_staff(
    sessions: Sessions, smtp_server: Callable[..., SmtpServer], tmp_path: Path
) -> None:
    # After a crash with no sender left running, a caller may ask for every claim now.
    server = smtp_server()
    settings = _settings(tmp_path)
    item_id = _queue(sessions, settings)
    with transaction(sessions) as session:
        item = session.get_one(OutboxItem, item_id)
        item.status, item.attempts, item.next_attempt_at = OutboxStatus.SENDING, 1, NOW
    later = NOW + timedelta(seconds=1)
    report = send_due(
        sessions, _transport(server), settings=settings, now=later, stale_after=timedelta(0)
    )
    assert (report.sent, report.unknown) == (0, 1)
    assert _item(sessions, item_id).status == OutboxStatus.FAILED
    assert server.messages == []


def test_backoff_waits_and_grows(
    sessions: Sessions, smtp_server: Callable[..., SmtpServer], tmp_path: Path
) -> None:
    server = smtp_server(fail_temporary=1)
    settings = _settings(tmp_path, send_backoff_seconds=30)
    item_id = _queue(sessions, settings)
    send_due(sessions, _transport(server), settings=settings, now=NOW)
    due = _item(sessions, item_id).next_attempt_at
    assert timedelta(seconds=24) <= due - NOW <= timedelta(seconds=36)
    assert send_due(sessions, _transport(server), settings=settings, now=NOW).sent == 0
    assert send_due(sessions, _transport(server), settings=settings, now=due).sent == 1
    assert backoff_delay(settings, 4) >= timedelta(seconds=30 * 8 * 0.8)
    assert backoff_delay(settings, 40) <= timedelta(hours=6) * 1.2
    assert backoff_delay(_settings(tmp_path), 5) == timedelta(0)


def test_embedded_default_writes_eml_files(sessions: Sessions, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    item_id = _queue(sessions, settings)
    report = send_due(sessions, build_transport(settings), settings=settings, now=NOW)
    assert report.sent == 1
    (eml,) = settings.effective_outbox_dir.glob("*.eml")
    assert _item(sessions, item_id).message_id.encode() in eml.read_bytes()
