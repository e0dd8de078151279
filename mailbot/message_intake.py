"""One stored message through intake: parse (unless parsed ahead), decide, file, queue the reply.

Runs inside the caller's transaction; mailbot.intake decides how messages are grouped
into transactions and what happens when one raises.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import lru_cache

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from mailbot import audit, policy
from mailbot.config import Settings
from mailbot.db.models import InboundMessage, MessageStatus, Nomination, OutboxItem, TriageState
from mailbot.db.queries import id_variants
from mailbot.errors import MailbotError
from mailbot.filing import file_bounce, file_nomination, new_nomination, set_triage
from mailbot.followups import with_followup_fields
from mailbot.merge import SCALAR_FIELDS
from mailbot.outbox.enqueue import enqueue
from mailbot.threads import expect_senders, find_thread, thread_ids
from parsers import parse_email
from parsers.models import Kind, ParsedEmail, ParseOptions, TaskForceCatalog

__all__ = ["IntakeError", "expect_group", "parse_options", "process_message"]


class IntakeError(MailbotError):
    """A stored message cannot be processed as it stands (e.g. its raw bytes were purged)."""


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


# Is a Message-ID (either spelling) one of ours? Built once; the row itself is not needed.
_OURS = (
    select(OutboxItem.id)
    .where(OutboxItem.message_id.in_(bindparam("ids", expanding=True)))
    .limit(1)
)


_OURS_AMONG = select(OutboxItem.message_id).where(
    OutboxItem.message_id.in_(bindparam("ids", expanding=True))
)
_OWN = "mailbot.message_intake.own"


def expect_group(
    session: Session,
    rows: Sequence[InboundMessage],
    parsed: Mapping[int, ParsedEmail | None],
    settings: Settings,
) -> None:
    """Make two look-ups each message of a group needs once for the whole group.

    Which senders have an open nomination (threads.expect_senders), and which Message-IDs
    are our own mail coming back (the loop guard): the outbox rows the group adds have
    fresh Message-IDs of ours, which no message already stored can carry.
    """
    senders = [
        (found.headers.writer_address if found else None) or row.from_address
        for row in rows
        if (found := parsed.get(row.id)) is None or found.kind is not Kind.BOUNCE
    ]
    expect_senders(session, senders, campaign=settings.campaign_reference)
    asked = id_variants(row.message_id for row in rows if row.message_id)
    ours = session.connection().execute(_OURS_AMONG, {"ids": asked}).scalars()
    session.info[_OWN] = (set(asked), set(ours))


def _own_message(session: Session, message_id: str | None) -> bool:
    if not message_id:
        return False
    variants = id_variants([message_id])
    known: tuple[set[str], set[str]] | None = session.info.get(_OWN)
    if known is not None and known[0].issuperset(variants):
        return not known[1].isdisjoint(variants)
    # Inside no_autoflush (process_message): what a Session query would see, minus the ORM.
    rows = session.connection().execute(_OURS, {"ids": variants})
    return rows.first() is not None


def _loop_reason(
    session: Session, inbound: InboundMessage, parsed: ParsedEmail, settings: Settings
) -> str | None:
    headers = parsed.headers
    return policy.loop_guard(
        kind=parsed.kind.value,
        from_address=headers.from_address or inbound.from_address,
        auto_submitted=headers.auto_submitted,
        precedence=headers.precedence,
        list_id=headers.list_id,
        own_addresses=(settings.from_address, settings.reply_to),
        own_message=_own_message(session, inbound.message_id),
    )


def process_message(
    session: Session,
    inbound: InboundMessage,
    *,
    catalog: TaskForceCatalog,
    settings: Settings,
    now: datetime,
    parsed: ParsedEmail | None = None,
    raw: bytes | None = None,
) -> None:
    """Parse, decide, store and enqueue any reply for one message, inside the caller's transaction.

    `raw` and `parsed` are the message's bytes and parse_email's result for them when the
    caller read and parsed them ahead (parse_email is pure); otherwise they are read from
    the row and parsed here. Raises on any failure; the caller rolls back and marks the
    message FAILED.
    """
    if inbound.status == MessageStatus.OVERSIZED:
        set_triage(inbound, TriageState.OPEN, "oversized: body not downloaded")
        return
    raw = raw if raw is not None else inbound.raw
    if raw is None:
        raise IntakeError(f"message {inbound.id} has no raw bytes (purged)")
    if parsed is None:
        parsed = parse_email(raw, catalog=catalog, options=parse_options(settings))
    # Every lookup below reads rows written by earlier messages, never this one's pending
    # changes, so autoflush would only write early. The message's rows are written in one
    # flush when it ends (_apply); the audit events, which name their ids, are held until
    # then and written after it in one INSERT.
    with session.no_autoflush, audit.held(session):
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
            sender=headers.writer_address or inbound.from_address,
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
                # The classifier's reason tells staff what to do (e.g. an encrypted message).
                reason = (
                    f"{parsed.kind.value}: {parsed.kind_reason}"
                    if parsed.kind_reason
                    else parsed.kind.value
                )
                set_triage(inbound, TriageState.OPEN, f"not a nomination ({reason})")
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
    item = None
    if decision.kind is not None and nomination is not None:
        item = enqueue(
            session,
            kind=decision.kind,
            settings=settings,
            nomination=nomination,
            inbound=inbound,
            now=now,
        )
    reply = {"kind": decision.kind, "reason": decision.reason, "queued": None}
    filed = decisions.get("filed")
    unnumbered = isinstance(filed, dict) and filed.get("nomination_id") is None
    inbound.decisions = audit.jsonable({**decisions, "reply": reply})
    inbound.status = MessageStatus.PROCESSED
    inbound.processed_at = now
    inbound.error = None
    # One flush per message: the next message of a group must see this one's rows (its
    # thread lookups read the database), and new rows get the ids the log names.
    session.flush()
    audit.release(session)
    if item is not None or unnumbered:
        if isinstance(filed, dict) and nomination is not None:
            filed["nomination_id"] = nomination.id
        queued = item.id if item is not None else None
        inbound.decisions = audit.jsonable({**decisions, "reply": {**reply, "queued": queued}})
