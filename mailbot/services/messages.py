"""Staff actions on single messages: file a triaged message, dismiss it, retry a failed send."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from mailbot.audit import record
from mailbot.db.models import (
    InboundMessage,
    MessageStatus,
    OutboxItem,
    OutboxStatus,
    TriageState,
)
from mailbot.errors import ActionError
from mailbot.services._common import load_message, load_nomination, load_outbox, moment

__all__ = [
    "TriageRow",
    "assign_message",
    "dismiss_message",
    "failed_outbox",
    "retry_outbox",
    "triage_count",
    "triage_list",
]


@dataclass(frozen=True, slots=True)
class TriageRow:
    id: int
    fetched_at: datetime
    from_address: str
    subject: str
    kind: str
    status: str
    reason: str


def _waiting_for_staff() -> ColumnElement[bool]:
    """The triage list's rows; the navigation badge counts the same ones."""
    return or_(
        InboundMessage.triage == TriageState.OPEN,
        (InboundMessage.status == MessageStatus.FAILED)
        & (InboundMessage.triage != TriageState.DISMISSED),
    )


def triage_list(session: Session, *, limit: int = 200) -> list[TriageRow]:
    """Messages waiting for staff: triaged non-nominations and messages that failed to parse."""
    query = (
        select(
            InboundMessage.id,
            InboundMessage.fetched_at,
            InboundMessage.from_address,
            InboundMessage.subject,
            InboundMessage.kind,
            InboundMessage.status,
            InboundMessage.kind_reason,
            InboundMessage.triage_reason,
            InboundMessage.error,
        )
        .where(_waiting_for_staff())
        .order_by(InboundMessage.fetched_at.desc(), InboundMessage.id.desc())
        .limit(limit)
    )
    return [
        TriageRow(
            row.id,
            row.fetched_at,
            row.from_address or "",
            row.subject,
            row.kind or "",
            row.status,
            row.error or row.triage_reason or row.kind_reason,
        )
        for row in session.execute(query)
    ]


def triage_count(session: Session) -> int:
    query = select(func.count(InboundMessage.id)).where(_waiting_for_staff())
    return int(session.scalar(query) or 0)


def failed_outbox(session: Session, *, limit: int = 200) -> list[OutboxItem]:
    """Outgoing messages that need a person: failed for good, or still retrying."""
    query = (
        select(OutboxItem)
        .where(OutboxItem.status.in_([OutboxStatus.FAILED, OutboxStatus.RETRY]))
        .order_by(OutboxItem.created_at.desc(), OutboxItem.id.desc())
        .limit(limit)
    )
    return list(session.scalars(query))


def assign_message(
    session: Session,
    message_id: int,
    nomination_id: int,
    *,
    actor: str,
    now: datetime | None = None,
) -> InboundMessage:
    """File a message from triage under a nomination (its fields are then edited by hand)."""
    now = moment(now)
    message = load_message(session, message_id)
    nomination = load_nomination(session, nomination_id)
    before = {"nomination_id": message.nomination_id, "triage": message.triage}
    message.nomination_id = nomination.id
    message.triage = TriageState.ASSIGNED
    record(
        session,
        actor=actor,
        action="assign",
        subject_type="message",
        subject_id=message.id,
        before=before,
        after={"nomination_id": nomination.id, "triage": message.triage},
        at=now,
    )
    return message


def dismiss_message(
    session: Session,
    message_id: int,
    *,
    actor: str,
    note: str = "",
    now: datetime | None = None,
) -> InboundMessage:
    """Take a message off the triage list; it stays stored with the note."""
    now = moment(now)
    message = load_message(session, message_id)
    if message.triage == TriageState.DISMISSED:
        raise ActionError(f"message {message_id} is already dismissed")
    before = message.triage
    message.triage = TriageState.DISMISSED
    record(
        session,
        actor=actor,
        action="dismiss",
        subject_type="message",
        subject_id=message.id,
        before={"triage": before},
        after={"triage": message.triage},
        note=note,
        at=now,
    )
    return message


def retry_outbox(
    session: Session,
    outbox_id: int,
    *,
    actor: str,
    now: datetime | None = None,
) -> OutboxItem:
    """Queue a failed (or backing-off) message for sending again now, with fresh attempts."""
    now = moment(now)
    item = load_outbox(session, outbox_id)
    if item.status not in {OutboxStatus.FAILED, OutboxStatus.RETRY}:
        raise ActionError(f"outgoing message {outbox_id} is {item.status}, not failed")
    before = {"status": item.status, "attempts": item.attempts}
    item.status = OutboxStatus.QUEUED
    item.attempts = 0
    item.next_attempt_at = now
    record(
        session,
        actor=actor,
        action="retry",
        subject_type="outbox",
        subject_id=item.id,
        before=before,
        after={"status": item.status, "attempts": 0},
        note=item.last_error or "",
        at=now,
    )
    return item
