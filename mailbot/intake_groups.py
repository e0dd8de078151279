"""Filing parsed messages: a whole group in one transaction, or one message per transaction.

mailbot.intake decides what goes in a group and parses it ahead; here a group is filed
(`file_group`), and when any of its messages raises, the caller redoes the group message
by message (`file_one`), so only the culprit is marked FAILED, put on the triage list
and never answered. A database outage (OperationalError) is never the message's fault:
it propagates, the message stays RECEIVED, and the worker backs off.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker, undefer

from mailbot import audit
from mailbot.config import Settings
from mailbot.db.models import InboundMessage, MessageStatus, TriageState, utcnow
from mailbot.db.session import transaction
from mailbot.filing import set_triage
from mailbot.message_intake import expect_group, process_message
from mailbot.parse_pool import Outcome
from parsers.models import TaskForceCatalog

__all__ = ["IntakeReport", "Tally", "file_group", "file_one", "mark_failed"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IntakeReport:
    processed: int = 0
    failed: int = 0
    skipped: int = 0  # taken by another worker, or not in a state replay accepts
    failed_ids: tuple[int, ...] = ()
    replies: int = 0


@dataclass
class Tally:
    processed: int = 0
    skipped: int = 0
    replies: int = 0
    failed_ids: list[int] = field(default_factory=list)

    def report(self) -> IntakeReport:
        return IntakeReport(
            self.processed, len(self.failed_ids), self.skipped, tuple(self.failed_ids), self.replies
        )


def mark_failed(sessions: sessionmaker[Session], inbound_id: int, exc: BaseException) -> None:
    error = f"{type(exc).__name__}: {exc}"
    with transaction(sessions) as session:
        inbound = session.get_one(InboundMessage, inbound_id)
        inbound.status = MessageStatus.FAILED
        inbound.error = error
        inbound.attempts += 1
        set_triage(inbound, TriageState.OPEN, "processing failed; never answered automatically")
        audit.record(
            session,
            actor="bot",
            action="processing_failed",
            subject_type="message",
            subject_id=inbound_id,
            after={"status": MessageStatus.FAILED, "attempts": inbound.attempts},
            note=error,
        )


def file_one(
    sessions: sessionmaker[Session],
    inbound_id: int,
    outcome: Outcome | None,
    raw: bytes | None = None,
    *,
    catalog: TaskForceCatalog,
    settings: Settings,
    now: datetime | None,
    tally: Tally,
) -> None:
    """One message in its own transaction; a failure marks it FAILED and is never answered."""
    if outcome is not None and outcome.error is not None:
        _fail(sessions, inbound_id, outcome.error, tally)
        return
    try:
        with transaction(sessions) as session:
            # SKIP LOCKED on PostgreSQL: another worker holding it keeps it.
            inbound = session.get(
                InboundMessage,
                inbound_id,
                with_for_update={"skip_locked": True},
                # Read with the row, not after, unless the caller has the bytes already.
                options=[] if raw is not None else [undefer(InboundMessage.raw)],
            )
            if inbound is None or inbound.status != MessageStatus.RECEIVED:
                tally.skipped += 1
                return
            process_message(
                session,
                inbound,
                catalog=catalog,
                settings=settings,
                now=now or utcnow(),
                parsed=outcome.parsed if outcome is not None else None,
                raw=raw,
            )
            queued = _queued(inbound)
    except OperationalError:
        # The database went away or stayed locked: our problem, not the message's. It
        # stays RECEIVED; the worker backs off and the next pass processes it.
        raise
    except Exception as exc:  # never crash the loop on one message
        _fail(sessions, inbound_id, exc, tally)
        return
    tally.processed += 1
    tally.replies += queued


def _fail(
    sessions: sessionmaker[Session], inbound_id: int, exc: BaseException, tally: Tally
) -> None:
    log.exception("message %s failed", inbound_id, exc_info=exc)
    mark_failed(sessions, inbound_id, exc)
    tally.failed_ids.append(inbound_id)


def _queued(inbound: InboundMessage) -> int:
    return 1 if (inbound.decisions or {}).get("reply", {}).get("queued") else 0


def file_group(
    sessions: sessionmaker[Session],
    outcomes: Mapping[int, Outcome],
    raws: Mapping[int, bytes],
    *,
    catalog: TaskForceCatalog,
    settings: Settings,
    now: datetime | None,
    tally: Tally,
) -> bool:
    """Every message of a parsed group in ONE transaction; False (nothing kept) if any raised.

    `raws` holds the bytes each outcome was parsed from, so they are not read twice.

    Each message's changes are flushed before the next is read, so a reply later in the
    group finds the nomination an earlier one opened. Committing per group rather than
    per message is what makes a backlog fast; the caller redoes a failed group one
    message per transaction, so one bad message still fails alone.
    """
    processed = skipped = replies = 0
    try:
        with transaction(sessions) as session:
            rows = session.scalars(
                select(InboundMessage)
                .where(InboundMessage.id.in_(list(outcomes)))
                .order_by(InboundMessage.id)
                .with_for_update(skip_locked=True)
            ).all()
            skipped = len(outcomes) - len(rows)
            expect_group(session, rows, {i: o.parsed for i, o in outcomes.items()}, settings)
            for inbound in rows:
                if inbound.status != MessageStatus.RECEIVED:
                    skipped += 1
                    continue
                process_message(
                    session,
                    inbound,
                    catalog=catalog,
                    settings=settings,
                    now=now or utcnow(),
                    parsed=outcomes[inbound.id].parsed,
                    raw=raws[inbound.id],
                )
                processed += 1
                replies += _queued(inbound)
    except OperationalError:
        raise
    except Exception as exc:  # some message raised: the group is redone message by message
        log.info("a message in group %s failed (%s); retrying one by one", sorted(outcomes), exc)
        return False
    tally.processed += processed
    tally.skipped += skipped
    tally.replies += replies
    return True
