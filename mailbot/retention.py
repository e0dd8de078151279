"""Data retention: drop the raw bytes of messages once their business is long finished.

A message's raw bytes (headers, body, attachments: the schema keeps no separate copy of
attachments) are purged `Settings.retention_days` after
  - its nomination was decided (approved, rejected or withdrawn; Nomination.decided_at), or
  - staff dismissed it from triage (the time of its "dismiss" audit event).
The row stays: its parsed fields, sha256 (so a re-fetched copy is still a duplicate) and
decision log remain for the record. 0 days keeps everything forever.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Select, func, select, union, update
from sqlalchemy.orm import Session, sessionmaker

from mailbot.audit import record
from mailbot.config import Settings
from mailbot.db.models import (
    AuditEvent,
    InboundMessage,
    Nomination,
    NominationStatus,
    TriageState,
)
from mailbot.db.session import transaction

__all__ = ["DECIDED", "purge_decided", "purgeable_ids"]

DECIDED = (NominationStatus.APPROVED, NominationStatus.REJECTED, NominationStatus.WITHDRAWN)
_CHUNK = 500  # ids per UPDATE: well under SQLite's 32766 bound parameters


def _decided_before(cutoff: datetime) -> Select[int]:
    decided = select(Nomination.id).where(
        Nomination.status.in_(DECIDED),
        Nomination.decided_at.is_not(None),
        Nomination.decided_at < cutoff,
    )
    return select(InboundMessage.id).where(
        InboundMessage.raw.is_not(None), InboundMessage.nomination_id.in_(decided)
    )


def _dismissed_before(cutoff: datetime) -> Select[int]:
    dismissed_at = (
        select(func.max(AuditEvent.at))
        .where(
            AuditEvent.subject_type == "message",
            AuditEvent.action == "dismiss",
            AuditEvent.subject_id == InboundMessage.id,
        )
        .scalar_subquery()
    )
    # Without an audit event (dismissed by hand in SQL), the message's own last date counts.
    when = func.coalesce(dismissed_at, InboundMessage.processed_at, InboundMessage.fetched_at)
    return select(InboundMessage.id).where(
        InboundMessage.raw.is_not(None),
        InboundMessage.triage == TriageState.DISMISSED,
        when < cutoff,
    )


def purgeable_ids(session: Session, cutoff: datetime) -> list[int]:
    """Ids of messages still holding raw bytes whose case closed before `cutoff`."""
    query = union(_decided_before(cutoff), _dismissed_before(cutoff))
    return sorted(int(row[0]) for row in session.execute(query))


def purge_decided(
    sessions: sessionmaker[Session],
    settings: Settings,
    now: datetime,
    *,
    dry_run: bool = False,
    actor: str = "bot",
) -> int:
    """Set InboundMessage.raw to None where retention has run out; returns how many.

    One transaction; one audit event "purge" per run (also when nothing was due), none for
    a dry run or when retention is off (retention_days = 0).

    >>> purge_decided(sessions, Settings(retention_days=365), now)  # doctest: +SKIP
    12
    """
    if settings.retention_days <= 0:
        return 0
    cutoff = now - timedelta(days=settings.retention_days)
    with transaction(sessions) as session:
        ids = purgeable_ids(session, cutoff)
        if dry_run:
            return len(ids)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            session.execute(
                update(InboundMessage)
                .where(InboundMessage.id.in_(chunk))
                .values(raw=None)
                .execution_options(synchronize_session=False)
            )
        record(
            session,
            actor=actor,
            action="purge",
            subject_type="message",
            subject_id=None,
            after={
                "purged": len(ids),
                "retention_days": settings.retention_days,
                "cutoff": cutoff,
            },
            note=f"raw bytes of {len(ids)} message(s) purged",
            at=now,
        )
    return len(ids)
