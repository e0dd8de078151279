"""Find offices that have not answered a request for missing information, and remind them."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.config import Settings
from mailbot.db.models import Nomination, NominationStatus, OutboxItem, OutboxStatus
from mailbot.outbox.enqueue import enqueue
from replies import ReplyKind

__all__ = ["due_reminders"]

# A request that was suppressed or could not be delivered is not one the office received.
_COUNTED = (OutboxStatus.QUEUED, OutboxStatus.SENDING, OutboxStatus.SENT, OutboxStatus.RETRY)


def due_reminders(session: Session, settings: Settings, now: datetime) -> list[OutboxItem]:
    """Enqueue a reminder for each nomination still awaiting information where

    - the last request (or reminder) went out at least `reminder_after_days` ago,
    - the office has written nothing to us since,
    - fewer than `reminder_max` reminders were sent, and
    - the campaign deadline has not passed (a reminder after it would ask for the impossible).

    Runs in the caller's transaction; returns the queued items (guards may suppress some).
    """
    if now.date() > settings.campaign_deadline or settings.reminder_max <= 0:
        return []
    wait = timedelta(days=settings.reminder_after_days)
    nominations = session.scalars(
        select(Nomination)
        .where(Nomination.status == NominationStatus.AWAITING_INFO)
        .order_by(Nomination.id)
    )
    queued: list[OutboxItem] = []
    for nomination in nominations:
        requests = [
            item
            for item in nomination.outbox
            if item.kind in (ReplyKind.REQUEST_MISSING, ReplyKind.REMINDER)
            and item.status in _COUNTED
        ]
        if not requests:
            continue
        if sum(item.kind == ReplyKind.REMINDER for item in requests) >= settings.reminder_max:
            continue
        last = max(requests, key=lambda item: item.created_at)
        if now - last.created_at < wait:
            continue
        if any(m.fetched_at > last.created_at for m in nomination.messages):
            continue  # the office answered; intake decides what to ask next
        asked = max(
            (item for item in requests if item.kind == ReplyKind.REQUEST_MISSING),
            key=lambda item: item.created_at,
            default=last,
        )
        item = enqueue(
            session,
            kind=ReplyKind.REMINDER.value,
            settings=settings,
            nomination=nomination,
            context={"requested_on": asked.created_at.date()},
            now=now,
        )
        if item is not None:
            queued.append(item)
    return queued
