"""Prometheus metrics and /healthz verdicts computed from real SQLite and PostgreSQL databases."""

from __future__ import annotations

import hashlib
import socket
from datetime import UTC, datetime, timedelta
from itertools import count

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import (
    InboundMessage,
    MailboxState,
    MessageStatus,
    Nomination,
    NominationStatus,
    OutboxItem,
    OutboxStatus,
    TriageState,
)
from mailbot.db.session import make_engine, make_sessionmaker, transaction
from mailbot.metrics import build_registry, health, metrics_payload

NOW = datetime(2023, 10, 2, 9, 0, tzinfo=UTC)
_serial = count()


def inbound(kind: str | None, status: str, triage: str = TriageState.NONE) -> InboundMessage:
    n = next(_serial)
    return InboundMessage(
        sha256=hashlib.sha256(f"m{n}".encode()).hexdigest(),
        kind=kind,
        status=status,
        triage=triage,
        raw=b"Subject: x\r\n\r\nx\r\n",
    )


def outbox(status: str) -> OutboxItem:
    n = next(_serial)
    return OutboxItem(
        kind="acknowledgement",
        recipient="office@example.org",
        message_id=f"<o{n}@example.org>",
        raw=b"Subject: Re: x\r\n\r\nthanks\r\n",
        status=status,
    )


def samples(body: bytes) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a text exposition, keyed by (name, sorted labels)."""
    found = {}
    for family in text_string_to_metric_families(body.decode()):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def unreachable_sessions() -> sessionmaker[Session]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return make_sessionmaker(
        make_engine(f"postgresql://postgres@127.0.0.1:{port}/test?connect_timeout=2")
    )


def test_metrics_count_what_the_database_holds(sessions: sessionmaker[Session]) -> None:
    last_success = NOW - timedelta(minutes=4)
    with transaction(sessions) as session:
        session.add_all(
            [
                inbound("nomination", MessageStatus.PROCESSED),
                inbound("nomination", MessageStatus.PROCESSED),
                inbound("auto_reply", MessageStatus.PROCESSED, TriageState.OPEN),
                inbound(None, MessageStatus.FAILED),
                inbound(None, MessageStatus.FAILED, TriageState.DISMISSED),
                inbound(None, MessageStatus.RECEIVED),
                Nomination(status=NominationStatus.PENDING_REVIEW),
                Nomination(status=NominationStatus.PENDING_REVIEW),
                Nomination(status=NominationStatus.APPROVED),
                outbox(OutboxStatus.QUEUED),
                outbox(OutboxStatus.SENT),
                outbox(OutboxStatus.SENT),
                outbox(OutboxStatus.RETRY),
                outbox(OutboxStatus.FAILED),
                MailboxState(
                    mailbox="imap://bot@127.0.0.1:143/INBOX", last_success_at=last_success
                ),
                MailboxState(mailbox="maildir:/srv/never-succeeded"),
            ]
        )

    body, content_type = metrics_payload(sessions)
    assert content_type == "text/plain; version=0.0.4; charset=utf-8"
    found = samples(body)
    assert found[("mailbot_database_up", ())] == 1
    assert found[("mailbot_messages_fetched_total", ())] == 6
    assert (
        found[("mailbot_inbound_messages", (("kind", "nomination"), ("status", "processed")))] == 2
    )
    assert found[("mailbot_inbound_messages", (("kind", "unknown"), ("status", "failed")))] == 2
    assert found[("mailbot_inbound_messages", (("kind", "unknown"), ("status", "received")))] == 1
    assert found[("mailbot_nominations", (("status", "pending_review"),))] == 2
    assert found[("mailbot_nominations", (("status", "approved"),))] == 1
    assert found[("mailbot_nominations", (("status", "withdrawn"),))] == 0
    for status, expected in {"queued": 1, "sent": 2, "retry": 1, "failed": 1, "sending": 0}.items():
        assert found[("mailbot_outbox_messages", (("status", status),))] == expected
    poll_key = ("mailbox", "imap://bot@127.0.0.1:143/INBOX")
    assert found[("mailbot_last_successful_poll_timestamp_seconds", (poll_key,))] == (
        last_success.timestamp()
    )
    assert not any(
        labels == (("mailbox", "maildir:/srv/never-succeeded"),) for _name, labels in found
    )
    assert found[("mailbot_failed_messages", ())] == 1  # the dismissed one is handled
    assert found[("mailbot_triage_open_messages", ())] == 1


def test_each_registry_is_its_own(sessions: sessionmaker[Session]) -> None:
    first, second = build_registry(sessions), build_registry(sessions)
    assert first is not second
    body_before, _ = metrics_payload(sessions, registry=first)
    with transaction(sessions) as session:
        session.add(Nomination(status=NominationStatus.REJECTED))
    # Computed at scrape time: the same registry sees the new row.
    after = samples(metrics_payload(sessions, registry=first)[0])
    assert samples(body_before)[("mailbot_nominations", (("status", "rejected"),))] == 0
    assert after[("mailbot_nominations", (("status", "rejected"),))] == 1
    assert samples(metrics_payload(sessions, registry=second)[0]) == after


def test_metrics_say_database_down_instead_of_failing() -> None:
    found = samples(metrics_payload(unreachable_sessions())[0])
    assert found == {("mailbot_database_up", ()): 0}


def test_healthy_before_any_worker_polled(sessions: sessionmaker[Session]) -> None:
    ok, details = health(sessions, Settings(poll_interval_seconds=60), NOW)
    assert ok
    assert details["poll"] == "never"
    assert details["failed_messages"] == 0
    assert details["outbox_failed"] == 0


@pytest.mark.parametrize(
    ("age_seconds", "healthy", "verdict"),
    [(30, True, "ok"), (180, True, "ok"), (181, False, "stale"), (3600, False, "stale")],
)
def test_poll_freshness(
    sessions: sessionmaker[Session], age_seconds: int, healthy: bool, verdict: str
) -> None:
    with transaction(sessions) as session:
        session.add_all(
            [
                MailboxState(
                    mailbox="imap://bot@127.0.0.1:143/INBOX",
                    last_poll_at=NOW,
                    last_success_at=NOW - timedelta(seconds=age_seconds),
                ),
                inbound(None, MessageStatus.FAILED),
                outbox(OutboxStatus.FAILED),
                outbox(OutboxStatus.FAILED),
            ]
        )
    ok, details = health(sessions, Settings(poll_interval_seconds=60), NOW)
    assert ok is healthy
    assert details["poll"] == verdict
    assert details["poll_age_seconds"] == age_seconds
    assert details["poll_max_age_seconds"] == 180
    # Reported, but not a reason to restart anything.
    assert details["failed_messages"] == 1
    assert details["outbox_failed"] == 2


def test_worker_that_never_succeeded_is_unhealthy(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        session.add(MailboxState(mailbox="maildir:/srv/mail", last_poll_at=NOW))
    ok, details = health(sessions, Settings(), NOW)
    assert not ok
    assert details["poll"] == "failing"
    assert details["last_success_at"] is None


def test_unreachable_database_is_unhealthy() -> None:
    ok, details = health(unreachable_sessions(), Settings(), NOW)
    assert not ok
    assert details["database"] == "error: OperationalError"
