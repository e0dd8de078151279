"""Intake: each stored message is parsed, decided and filed with its reply in one transaction.

Like Mailman's runner loop (preserve, shunt, go on): a message whose processing
raises is rolled back whole, then marked FAILED with the error in a fresh
transaction, put on the staff triage list, never answered, and the loop moves on.
`replay` puts failed messages back through once the cause is fixed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker, undefer

from mailbot import audit, policy
from mailbot.config import Settings
from mailbot.db.models import InboundMessage, MessageStatus, Nomination, TriageState, utcnow
from mailbot.db.queries import outbox_by_message_ids
from mailbot.db.session import transaction
from mailbot.errors import MailbotError
from mailbot.filing import file_bounce, file_nomination, new_nomination, set_triage
from mailbot.followups import with_followup_fields
from mailbot.merge import SCALAR_FIELDS
from mailbot.outbox.enqueue import enqueue
from mailbot.threads import find_thread, thread_ids
from parsers import parse_email
from parsers.models import Kind, ParsedEmail, ParseOptions, TaskForceCatalog

__all__ = ["IntakeError", "IntakeReport", "process_message", "process_pending", "replay"]

log = logging.getLogger(__name__)


class IntakeError(MailbotError):
    """A stored message cannot be processed as it stands (e.g. its raw bytes were purged)."""


@dataclass(frozen=True, slots=True)
class IntakeReport:
    processed: int = 0
    failed: int = 0
    skipped: int = 0  # taken by another worker, or not in a state replay accepts
    failed_ids: tuple[int, ...] = ()
    replies: int = 0


@dataclass
class _Tally:
    processed: int = 0
    skipped: int = 0
    replies: int = 0
    failed_ids: list[int] = field(default_factory=list)

    def report(self) -> IntakeReport:
        return IntakeReport(
            self.processed, len(self.failed_ids), self.skipped, tuple(self.failed_ids), self.replies
        )


def parse_options(settings: Settings) -> ParseOptions:
    return _parse_options(
        settings.campaign_reference,
        settings.from_address,
        settings.reply_to,
        settings.max_message_bytes,
    )


@lru_cache(maxsize=8)
def _parse_options(
    campaign_reference: str, from_address: str, reply_to: str, max_message_bytes: int
) -> ParseOptions:
    # Built once per distinct setting values, not once per message.
    defaults = ParseOptions()
    accepted = defaults.accepted_references
    if campaign_reference not in accepted:
        accepted = (campaign_reference,)
    own = tuple(a for a in (from_address, reply_to) if a)
    return ParseOptions(
        own_addresses=own,
        campaign_reference=campaign_reference,
        accepted_references=accepted,
        max_message_bytes=max_message_bytes,
    )


def _supplies_fields(parsed: ParsedEmail) -> bool:
    return any(n.task_forces or any(getattr(n, f) for f in SCALAR_FIELDS) for n in parsed.nominees)


def _loop_reason(
    session: Session, inbound: InboundMessage, parsed: ParsedEmail, settings: Settings
) -> str | None:
    headers = parsed.headers
    own_message = bool(inbound.message_id and outbox_by_message_ids(session, [inbound.message_id]))
    return policy.loop_guard(
        kind=parsed.kind.value,
        from_address=headers.from_address or inbound.from_address,
        auto_submitted=headers.auto_submitted,
        precedence=headers.precedence,
        list_id=headers.list_id,
        own_addresses=(settings.from_address, settings.reply_to),
        own_message=own_message,
    )


def process_message(
    session: Session,
    inbound: InboundMessage,
    *,
    catalog: TaskForceCatalog,
    settings: Settings,
    now: datetime,
    parsed: ParsedEmail | None = None,
) -> None:
    """Parse, decide, store and enqueue any reply for one message, inside the caller's transaction.

    `parsed` is parse_email's result for this message's raw bytes when the caller parsed
    it ahead (parse_email is pure). Raises on any failure; the caller rolls back and marks
    the message FAILED.
    """
    if inbound.status == MessageStatus.OVERSIZED:
        set_triage(inbound, TriageState.OPEN, "oversized: body not downloaded")
        return
    raw = inbound.raw
    if raw is None:
        raise IntakeError(f"message {inbound.id} has no raw bytes (purged)")
    if parsed is None:
        parsed = parse_email(raw, catalog=catalog, options=parse_options(settings))
    # Every lookup below reads rows committed by earlier messages, never this one's pending
    # changes, so autoflush would only write early; the ids the audit trail and the decision
    # log need are flushed explicitly (merge.apply_parsed, after enqueue), the rest at commit.
    with session.no_autoflush:
        _apply(session, inbound, raw, parsed, catalog=catalog, settings=settings, now=now)


def _apply(
    session: Session,
    inbound: InboundMessage,
    raw: bytes,
    parsed: ParsedEmail,
    *,
    catalog: TaskForceCatalog,
    settings: Settings,
    now: datetime,
) -> None:
    inbound.parsed = parsed.to_contract()
    inbound.kind = parsed.kind.value
    inbound.kind_reason = parsed.kind_reason
    inbound.language = (parsed.language or "")[:8] or None
    headers = parsed.headers
    ids = thread_ids(
        headers.in_reply_to or inbound.in_reply_to, headers.references or inbound.references
    )
    decisions: dict[str, object] = {"kind": parsed.kind.value, "kind_reason": parsed.kind_reason}
    nomination: Nomination | None = None
    if parsed.kind is Kind.BOUNCE:
        decisions["thread"] = file_bounce(session, inbound, raw, ids)
    else:
        match = find_thread(
            session,
            ids=ids,
            sender=headers.from_address or inbound.from_address,
            office=parsed.office,
            campaign=settings.campaign_reference,
            exclude_inbound=inbound.id,
        )
        decisions["thread"] = match.rule if match else None
        # A reply in a known thread that supplies fields counts even when the parser,
        # seeing no reference to the circular, called it "other".
        if match is not None and parsed.kind is Kind.OTHER:
            parsed = with_followup_fields(parsed, catalog=catalog, options=parse_options(settings))
        followup = match is not None and parsed.kind is Kind.OTHER and _supplies_fields(parsed)
        if parsed.kind is Kind.NOMINATION or followup:
            nomination = match.nomination if match else new_nomination(inbound, parsed, settings)
            decisions["filed"] = file_nomination(
                session,
                inbound,
                parsed,
                nomination,
                created=match is None,
                raw=raw,
                settings=settings,
                now=now,
            )
        else:
            inbound.nomination_id = match.nomination.id if match else None
            if policy.is_out_of_office(parsed.kind.value, parsed.kind_reason, headers.subject):
                set_triage(inbound, TriageState.DISMISSED, "out-of-office auto-reply: no action")
            else:
                set_triage(inbound, TriageState.OPEN, f"not a nomination ({parsed.kind.value})")
    decision = policy.decide_reply(
        policy.ReplyFacts(
            kind=Kind.NOMINATION.value if nomination else parsed.kind.value,
            applied=nomination is not None,
            status=nomination.status if nomination else None,
            late=bool(nomination and nomination.late),
            held=bool(nomination and nomination.unverified_sender),
            # Only a filed nomination can be answered: the guard is looked up for those alone.
            loop_reason=_loop_reason(session, inbound, parsed, settings) if nomination else None,
        )
    )
    queued: int | None = None
    if decision.kind is not None and nomination is not None:
        item = enqueue(
            session,
            kind=decision.kind,
            settings=settings,
            nomination=nomination,
            inbound=inbound,
            now=now,
        )
        if item is not None:
            session.flush()  # the row's id, for the decision log and the report
            queued = item.id
    decisions["reply"] = {"kind": decision.kind, "reason": decision.reason, "queued": queued}
    inbound.decisions = audit.jsonable(decisions)
    inbound.status = MessageStatus.PROCESSED
    inbound.processed_at = now
    inbound.error = None


def _mark_failed(sessions: sessionmaker[Session], inbound_id: int, exc: BaseException) -> None:
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


def _process_ids(
    sessions: sessionmaker[Session],
    ids: Sequence[int],
    *,
    catalog: TaskForceCatalog,
    settings: Settings,
    now: datetime | None,
    tally: _Tally,
) -> None:
    for inbound_id in ids:
        try:
            with transaction(sessions) as session:
                # SKIP LOCKED on PostgreSQL: another worker holding it keeps it.
                inbound = session.get(
                    InboundMessage,
                    inbound_id,
                    with_for_update={"skip_locked": True},
                    options=[undefer(InboundMessage.raw)],  # read with the row, not after
                )
                if inbound is None or inbound.status != MessageStatus.RECEIVED:
                    tally.skipped += 1
                    continue
                process_message(
                    session, inbound, catalog=catalog, settings=settings, now=now or utcnow()
                )
                queued = (inbound.decisions or {}).get("reply", {}).get("queued")
                tally.replies += 1 if queued else 0
        except OperationalError:
            # The database went away or stayed locked: our problem, not the message's. It
            # stays RECEIVED; the worker backs off and the next pass processes it.
            raise
        except Exception as exc:  # never crash the loop on one message
            log.exception("message %s failed", inbound_id)
            _mark_failed(sessions, inbound_id, exc)
            tally.failed_ids.append(inbound_id)
            continue
        tally.processed += 1


def process_pending(
    sessions: sessionmaker[Session],
    *,
    catalog: TaskForceCatalog,
    settings: Settings,
    now: datetime | None = None,
    limit: int | None = None,
) -> IntakeReport:
    """Process every RECEIVED message, oldest first, one transaction each."""
    with transaction(sessions) as session:
        ids = list(
            session.scalars(
                select(InboundMessage.id)
                .where(InboundMessage.status == MessageStatus.RECEIVED)
                .order_by(InboundMessage.id)
                .limit(limit)
            )
        )
    tally = _Tally()
    _process_ids(sessions, ids, catalog=catalog, settings=settings, now=now, tally=tally)
    return tally.report()


def replay(
    sessions: sessionmaker[Session],
    ids: list[int] | None,
    *,
    failed: bool,
    catalog: TaskForceCatalog,
    settings: Settings,
    now: datetime | None = None,
    actor: str = "cli",
) -> IntakeReport:
    """Put FAILED messages (those in `ids`, and all of them with `failed`) through intake again.

    Messages in any other state are left alone and counted as skipped.
    """
    tally = _Tally()
    with transaction(sessions) as session:
        conditions: list[ColumnElement[bool]] = []
        if ids:
            conditions.append(InboundMessage.id.in_(ids))
        if failed:
            conditions.append(InboundMessage.status == MessageStatus.FAILED)
        rows = (
            list(
                session.scalars(
                    select(InboundMessage).where(or_(*conditions)).order_by(InboundMessage.id)
                )
            )
            if conditions
            else []
        )
        again: list[int] = []
        for inbound in rows:
            if inbound.status != MessageStatus.FAILED:
                tally.skipped += 1
                continue
            audit.record(
                session,
                actor=actor,
                action="replay",
                subject_type="message",
                subject_id=inbound.id,
                before={"status": inbound.status, "error": inbound.error},
                after={"status": MessageStatus.RECEIVED},
            )
            inbound.status = MessageStatus.RECEIVED
            set_triage(inbound, TriageState.NONE, "")
            again.append(inbound.id)
        tally.skipped += len(set(ids or ()) - {row.id for row in rows})
    _process_ids(sessions, again, catalog=catalog, settings=settings, now=now, tally=tally)
    return tally.report()
