"""Send due outbox rows exactly once: claim and commit SENDING, hand to SMTP, record the result.

The duplicate window, and how it is closed
------------------------------------------
A row is marked SENDING and committed *before* its bytes go to the transport, and marked
SENT in a second transaction after the server accepted them. Whatever happens between
those two commits, the row is never sent again automatically:

- the process dies (crash, kill, power loss, restart) after the claim: the row stays in
  SENDING. The next `send_due` older than `stale_after` (default 10 minutes, at least 20
  SMTP timeouts, longer than any one send can take) marks it FAILED with last_error
  "unknown: may have been sent", and staff decide whether to retry it;
- the connection breaks after the message data went out but before the server's final
  reply (RFC 1047): the transport raises DeliveryUnknownError and the row goes to staff
  the same way;
- a 4xx reply, a refused connection, a timeout or a drop before DATA are definite "not
  delivered": the row is retried with exponential backoff.

What remains: a message is delivered twice only if staff retry a row that was in fact
delivered; and a message that was never delivered (the process died before connecting)
waits for staff instead of going out by itself. Both are shown on the outbox page; we
prefer asking staff to mailing an office twice.

Copies in the Sent folder (Settings.imap_sent_folder) are made by the `sent_copy` hook after
the rows are recorded SENT, once per call. A failed copy is logged and counted, never
retried: the row stays SENT and nothing is sent again.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailbot import audit
from mailbot.config import Settings
from mailbot.db.models import OutboxItem, OutboxStatus, utcnow
from mailbot.db.session import transaction
from mailbot.errors import MailbotError, PermanentSendError, SendError, TemporarySendError
from mailbot.outbox.transports import (
    ConsoleTransport,
    DeliveryUnknownError,
    FileTransport,
    SmtpTransport,
    Transport,
)

__all__ = [
    "MAX_BACKOFF",
    "SendReport",
    "SentCopy",
    "backoff_delay",
    "build_transport",
    "send_due",
]

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=6)
_RANDOM = secrets.SystemRandom()
UNKNOWN = "unknown: may have been sent"

# Given the raw bytes of the messages just sent, stores a copy of each and returns how many.
SentCopy = Callable[[Sequence[bytes]], int]


@dataclass
class SendReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    unknown: int = 0  # rows handed to staff: stuck in SENDING, or lost during DATA
    errors: list[str] = field(default_factory=list)
    copied: int = 0  # copies stored by the sent_copy hook
    copy_failed: int = 0  # sent messages whose copy the hook did not confirm


def build_transport(settings: Settings) -> Transport:
    """SMTP when MAILBOT_SMTP_URL is set (console:// prints), else .eml files in the outbox dir."""
    if settings.smtp_url is None or not settings.smtp_url.get_secret_value():
        return FileTransport(settings.effective_outbox_dir)
    url = settings.smtp_url.get_secret_value()
    if url.startswith("console:"):
        return ConsoleTransport()
    return SmtpTransport.from_url(
        url, ca_file=settings.smtp_ca_file, timeout=settings.smtp_timeout_seconds
    )


def backoff_delay(settings: Settings, attempts: int) -> timedelta:
    """Wait before attempt `attempts + 1`: base × 2^(attempts-1), capped, with ±20 % jitter.

    A base of 0 (MAILBOT_SEND_BACKOFF_SECONDS=0) is the test mode: retry at once.
    """
    base = settings.send_backoff_seconds
    if base <= 0:
        return timedelta(0)
    delay = min(base * 2 ** max(attempts - 1, 0), MAX_BACKOFF.total_seconds())
    return timedelta(seconds=delay * _RANDOM.uniform(0.8, 1.2))


def _stale_after(settings: Settings) -> timedelta:
    return timedelta(seconds=max(600.0, 20 * settings.smtp_timeout_seconds))


def _claimable(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _flag_stale(sessions: sessionmaker[Session], *, now: datetime, stale_after: timedelta) -> int:
    """SENDING rows claimed before now - stale_after -> FAILED "unknown: may have been sent"."""
    with transaction(sessions) as session:
        query = select(OutboxItem).where(
            OutboxItem.status == OutboxStatus.SENDING,
            OutboxItem.next_attempt_at < now - stale_after,
        )
        if _claimable(session):
            query = query.with_for_update(skip_locked=True)
        rows = list(session.scalars(query))
        for item in rows:
            claimed = item.next_attempt_at
            item.status = OutboxStatus.FAILED
            item.last_error = (
                f"{UNKNOWN}: the sender stopped while handing it to SMTP "
                f"(claimed {claimed:%Y-%m-%d %H:%M} UTC); check the mail server, then retry or leave it"
            )
            audit.record(
                session,
                actor="bot",
                action="send_unknown",
                subject_type="outbox",
                subject_id=item.id,
                before={"status": OutboxStatus.SENDING},
                after={"status": OutboxStatus.FAILED},
                note=item.last_error,
                at=now,
            )
        return len(rows)


@dataclass(frozen=True)
class _Claim:
    id: int
    raw: bytes
    recipients: tuple[str, ...]
    attempts: int


def _claim(sessions: sessionmaker[Session], *, now: datetime, skip: set[int]) -> _Claim | None:
    """The next due row not in `skip`, marked SENDING (next_attempt_at = claim time) and committed."""
    with transaction(sessions) as session:
        query = (
            select(OutboxItem)
            .where(
                OutboxItem.status.in_([OutboxStatus.QUEUED, OutboxStatus.RETRY]),
                OutboxItem.next_attempt_at <= now,
            )
            .order_by(OutboxItem.next_attempt_at, OutboxItem.id)
            .limit(1)
        )
        if skip:
            query = query.where(OutboxItem.id.not_in(skip))
        if _claimable(session):
            # Several workers may share PostgreSQL: a row locked by one is skipped by the others.
            query = query.with_for_update(skip_locked=True)
        item = session.scalars(query).first()
        if item is None:
            return None
        item.status = OutboxStatus.SENDING
        item.attempts += 1
        item.next_attempt_at = now
        recipients = tuple(a.strip() for a in item.recipient.split(",") if a.strip())
        return _Claim(item.id, item.raw, recipients, item.attempts)


def _record(
    sessions: sessionmaker[Session],
    claim: _Claim,
    *,
    settings: Settings,
    now: datetime,
    error: SendError | None,
    report: SendReport,
) -> None:
    with transaction(sessions) as session:
        item = session.get(OutboxItem, claim.id)
        if item is None:  # deleted by staff meanwhile
            return
        if error is None:
            item.status = OutboxStatus.SENT
            item.sent_at = now
            item.last_error = None
            report.sent += 1
            return
        item.last_error = str(error)
        report.errors.append(f"outbox {claim.id}: {error}")
        if isinstance(error, TemporarySendError) and claim.attempts < settings.send_max_attempts:
            item.status = OutboxStatus.RETRY
            item.next_attempt_at = now + backoff_delay(settings, claim.attempts)
            report.retried += 1
            return
        item.status = OutboxStatus.FAILED
        unknown = isinstance(error, DeliveryUnknownError)
        report.unknown += int(unknown)
        report.failed += int(not unknown)
        audit.record(
            session,
            actor="bot",
            action="send_unknown" if unknown else "send_failed",
            subject_type="outbox",
            subject_id=item.id,
            after={"status": OutboxStatus.FAILED, "attempts": claim.attempts},
            note=str(error),
            at=now,
        )


def send_due(
    sessions: sessionmaker[Session],
    transport: Transport,
    *,
    settings: Settings,
    now: datetime | None = None,
    limit: int | None = None,
    stale_after: timedelta | None = None,
    sent_copy: SentCopy | None = None,
) -> SendReport:
    """Send every row due at `now` (each at most once per call), then return the counts.

    `sent_copy`, if given, is called once at the end with the messages sent in this call.
    """

    def clock() -> datetime:
        return now if now is not None else utcnow()

    report = SendReport()
    # `is None`, not `or`: timedelta(0) is falsy, and "every claim is stale" is a valid ask.
    stale = stale_after if stale_after is not None else _stale_after(settings)
    report.unknown += _flag_stale(sessions, now=clock(), stale_after=stale)
    # Only rows that failed can be due again in this call (RETRY with no backoff); a sent row
    # leaves the query by its status. Excluding just those keeps the claim query short on a
    # backlog of thousands (excluding every row handled made it grow with each send).
    failed: set[int] = set()
    sent: list[bytes] = []
    handled = 0
    while limit is None or handled < limit:
        claim = _claim(sessions, now=clock(), skip=failed)
        if claim is None:
            break
        handled += 1
        error: SendError | None = None
        try:
            transport.send(claim.raw, sender=settings.from_address, recipients=claim.recipients)
        except SendError as exc:
            error = exc
        except Exception as exc:  # a transport bug: we cannot know what went out
            log.exception("transport failed on outbox %s", claim.id)
            error = DeliveryUnknownError(f"{UNKNOWN}: {type(exc).__name__}: {exc}")
        if isinstance(error, PermanentSendError | TemporarySendError):
            log.warning("outbox %s: %s", claim.id, error)
        if error is not None:
            failed.add(claim.id)
        _record(sessions, claim, settings=settings, now=clock(), error=error, report=report)
        if error is None:
            sent.append(claim.raw)
    if sent_copy is not None and sent:
        _copy(sent_copy, sent, report)
    return report


def _copy(sent_copy: SentCopy, raws: Sequence[bytes], report: SendReport) -> None:
    """Run the hook; whatever it raises is logged and counted, never passed on."""
    try:
        copied = sent_copy(raws)
    except Exception as exc:  # the rows are SENT already; a copy is a convenience
        report.copy_failed += len(raws)
        report.errors.append(f"sent copy: {exc}")
        log.warning(
            "copy of %d sent message(s) not stored: %s",
            len(raws),
            exc,
            exc_info=not isinstance(exc, MailbotError),
        )
        return
    report.copied += copied
    report.copy_failed += max(len(raws) - copied, 0)
