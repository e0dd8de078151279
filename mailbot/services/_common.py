"""Helpers the staff-action modules share: loading records or failing with NotFoundError."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mailbot.db.models import InboundMessage, Nomination, Nominee, OutboxItem, utcnow
from mailbot.errors import NotFoundError

__all__ = ["latest_inbound", "load_message", "load_nomination", "load_outbox", "moment"]


def moment(now: datetime | None) -> datetime:
    return now or utcnow()


def load_nomination(session: Session, nomination_id: int, *, lock: bool = False) -> Nomination:
    """The nomination with its nominees and memberships, row-locked on PostgreSQL when `lock`.

    Locking makes two staff approving the same nomination at once take turns; SQLite
    has one writer anyway and ignores FOR UPDATE.
    """
    query = (
        select(Nomination)
        .where(Nomination.id == nomination_id)
        .options(selectinload(Nomination.nominees).selectinload(Nominee.memberships))
    )
    if lock:
        query = query.with_for_update(of=Nomination)
    nomination = session.scalar(query)
    if nomination is None:
        raise NotFoundError(f"nomination {nomination_id} does not exist")
    return nomination


def load_message(session: Session, message_id: int) -> InboundMessage:
    message = session.get(InboundMessage, message_id)
    if message is None:
        raise NotFoundError(f"message {message_id} does not exist")
    return message


def load_outbox(session: Session, outbox_id: int) -> OutboxItem:
    item = session.get(OutboxItem, outbox_id)
    if item is None:
        raise NotFoundError(f"outgoing message {outbox_id} does not exist")
    return item


def latest_inbound(session: Session, nomination_id: int) -> InboundMessage | None:
    """The office's most recent message, so a staff reply threads under it (RFC 5322 3.6.4)."""
    query = (
        select(InboundMessage)
        .where(InboundMessage.nomination_id == nomination_id)
        .order_by(InboundMessage.fetched_at.desc(), InboundMessage.id.desc())
        .limit(1)
    )
    return session.scalar(query)
