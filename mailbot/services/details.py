"""Everything the nomination page and `mailbot show` display about one nomination."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, undefer

from mailbot.db.models import AuditEvent, InboundMessage, Nomination, OutboxItem
from mailbot.errors import NotFoundError
from mailbot.services._common import load_nomination

__all__ = ["NominationDetail", "load_message_detail", "nomination_detail"]


@dataclass(frozen=True, slots=True)
class NominationDetail:
    nomination: Nomination
    messages: tuple[InboundMessage, ...]  # oldest first, raw bytes loaded
    outbox: tuple[OutboxItem, ...]  # oldest first
    audit: tuple[AuditEvent, ...]  # newest first


def nomination_detail(session: Session, nomination_id: int) -> NominationDetail:
    """The nomination, its messages in and out, and the audit events of all of them."""
    nomination = load_nomination(session, nomination_id)
    messages = session.scalars(
        select(InboundMessage)
        .where(InboundMessage.nomination_id == nomination_id)
        .options(undefer(InboundMessage.raw))
        .order_by(InboundMessage.fetched_at, InboundMessage.id)
    ).all()
    outbox = session.scalars(
        select(OutboxItem)
        .where(OutboxItem.nomination_id == nomination_id)
        .order_by(OutboxItem.created_at, OutboxItem.id)
    ).all()
    subjects = [
        (AuditEvent.subject_type == "nomination") & (AuditEvent.subject_id == nomination_id)
    ]
    nominee_ids = [n.id for n in nomination.nominees]
    for kind, ids in (
        ("nominee", nominee_ids),
        ("message", [m.id for m in messages]),
        ("outbox", [o.id for o in outbox]),
    ):
        if ids:
            subjects.append((AuditEvent.subject_type == kind) & AuditEvent.subject_id.in_(ids))
    audit = session.scalars(
        select(AuditEvent)
        .where(or_(*subjects))
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    ).all()
    return NominationDetail(nomination, tuple(messages), tuple(outbox), tuple(audit))


def load_message_detail(session: Session, message_id: int) -> InboundMessage:
    """One inbound message with its raw bytes (None once purged by retention)."""
    message = session.scalar(
        select(InboundMessage)
        .where(InboundMessage.id == message_id)
        .options(undefer(InboundMessage.raw))
    )
    if message is None:
        raise NotFoundError(f"message {message_id} does not exist")
    return message
