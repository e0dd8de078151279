"""Retention: raw mail is purged N days after a decision or a dismissal, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from mailbot.cli import app
from mailbot.config import Settings
from mailbot.db.models import (
    AuditEvent,
    InboundMessage,
    MessageStatus,
    Nomination,
    NominationStatus,
    TriageState,
)
from mailbot.db.session import transaction
from mailbot.retention import purge_decided
from mailbot.services import dismiss_message

NOW = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
RAW = b"From: office@ipo.example\r\nSubject: Nomination\r\n\r\nMs Ada Example\r\n"
_serial = count()


def message(**fields: object) -> InboundMessage:
    n = next(_serial)
    values: dict[str, object] = {
        "sha256": hashlib.sha256(f"retention-{n}".encode()).hexdigest(),
        "raw": RAW,
        "status": MessageStatus.PROCESSED,
        "fetched_at": NOW - timedelta(days=90),
        "parsed": {"kind": "nomination", "office": "IP Office"},
    }
    return InboundMessage(**(values | fields))


def decided(session: Session, status: str, days_ago: float | None) -> int:
    """A nomination in `status`, decided `days_ago` (None: undecided), with one message."""
    nomination = Nomination(
        status=status,
        decided_at=None if days_ago is None else NOW - timedelta(days=days_ago),
    )
    session.add(nomination)
    session.flush()
    msg = message(nomination_id=nomination.id)
    session.add(msg)
    session.flush()
    return msg.id


def dismissed(session: Session, days_ago: float) -> int:
    msg = message(kind="other", triage=TriageState.OPEN)
    session.add(msg)
    session.flush()
    dismiss_message(session, msg.id, actor="staff:ana", now=NOW - timedelta(days=days_ago))
    return msg.id


def raw_of(sessions: sessionmaker[Session]) -> dict[int, bytes | None]:
    with transaction(sessions) as session:
        return {m.id: m.raw for m in session.scalars(select(InboundMessage))}


def purge_events(sessions: sessionmaker[Session]) -> list[AuditEvent]:
    with transaction(sessions) as session:
        query = select(AuditEvent).where(AuditEvent.action == "purge").order_by(AuditEvent.id)
        return list(session.scalars(query))


@pytest.fixture
def cases(sessions: sessionmaker[Session]) -> dict[str, int]:
    with transaction(sessions) as session:
        ids = {
            "approved 31 days ago": decided(session, NominationStatus.APPROVED, 31),
            "withdrawn 400 days ago": decided(session, NominationStatus.WITHDRAWN, 400),
            "rejected 29 days ago": decided(session, NominationStatus.REJECTED, 29),
            "pending, never decided": decided(session, NominationStatus.PENDING_REVIEW, None),
            "dismissed 31 days ago": dismissed(session, 31),
            "dismissed yesterday": dismissed(session, 1),
        }
        open_triage = message(kind="other", triage=TriageState.OPEN)
        by_hand = message(kind="bounce", triage=TriageState.DISMISSED)  # no audit event
        session.add_all([open_triage, by_hand])
        session.flush()
        ids |= {"open triage": open_triage.id, "dismissed in SQL, fetched 90 days ago": by_hand.id}
    return ids


PURGED = {"approved 31 days ago", "withdrawn 400 days ago", "dismissed 31 days ago"}
PURGED |= {"dismissed in SQL, fetched 90 days ago"}


def test_purge_after_decision_or_dismissal(
    sessions: sessionmaker[Session], cases: dict[str, int]
) -> None:
    assert purge_decided(sessions, Settings(retention_days=30), NOW) == len(PURGED)
    raw = raw_of(sessions)
    assert {name for name, id_ in cases.items() if raw[id_] is None} == PURGED
    assert all(raw[id_] == RAW for name, id_ in cases.items() if name not in PURGED)
    with transaction(sessions) as session:
        kept = session.get(InboundMessage, cases["approved 31 days ago"])
        assert kept is not None
        assert kept.parsed == {"kind": "nomination", "office": "IP Office"}  # the row stays
    (event,) = purge_events(sessions)
    assert event.after is not None
    assert event.after["purged"] == len(PURGED)
    assert event.after["retention_days"] == 30
    assert event.at == NOW

    # A second run finds nothing left, and says so in its own event.
    assert purge_decided(sessions, Settings(retention_days=30), NOW) == 0
    assert [e.after["purged"] for e in purge_events(sessions) if e.after] == [len(PURGED), 0]


def test_dry_run_counts_without_changing(
    sessions: sessionmaker[Session], cases: dict[str, int]
) -> None:
    assert purge_decided(sessions, Settings(retention_days=30), NOW, dry_run=True) == len(PURGED)
    assert all(value == RAW for value in raw_of(sessions).values())
    assert purge_events(sessions) == []


def test_longer_retention_purges_less(
    sessions: sessionmaker[Session], cases: dict[str, int]
) -> None:
    assert purge_decided(sessions, Settings(retention_days=365), NOW) == 1
    assert raw_of(sessions)[cases["withdrawn 400 days ago"]] is None


def test_zero_days_keeps_everything(sessions: sessionmaker[Session], cases: dict[str, int]) -> None:
    assert purge_decided(sessions, Settings(retention_days=0), NOW) == 0
    assert all(value == RAW for value in raw_of(sessions).values())
    assert purge_events(sessions) == []


def test_purge_command(
    db_url: str, cases: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", db_url)
    runner = CliRunner()
    off = runner.invoke(app, ["purge"])
    assert off.exit_code == 0
    assert off.output == "retention is off (MAILBOT_RETENTION_DAYS=0): nothing purged\n"
    # The command uses the real clock, long after NOW: every decided or dismissed case is due.
    monkeypatch.setenv("MAILBOT_RETENTION_DAYS", "30")
    dry = runner.invoke(app, ["purge", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert dry.output.startswith("6 message(s) would be purged")
    done = runner.invoke(app, ["purge"])
    assert done.output.startswith("6 message(s) purged")
