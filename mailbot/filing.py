"""Filing one parsed message: into a nomination (new or continued), under a bounced reply, or triage."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy.orm import Session

from mailbot import audit, policy
from mailbot.config import Settings
from mailbot.db.models import InboundMessage, Nomination, NominationStatus, TriageState
from mailbot.db.queries import outbox_by_message_ids
from mailbot.duplicates import flag_duplicates
from mailbot.merge import add_warning, apply_parsed, facts_of
from mailbot.sources.base import header_section
from mailbot.threads import bounced_message_ids, opened
from parsers.models import ParsedEmail

__all__ = ["file_bounce", "file_nomination", "new_nomination", "set_triage"]


def set_triage(inbound: InboundMessage, state: TriageState, reason: str) -> None:
    inbound.triage = state
    inbound.triage_reason = reason


def _auth_results(raw: bytes, parsed: ParsedEmail) -> list[str]:
    # Read from the header block too: the verdict must not depend on the parser keeping it.
    # Only the block is handed over: parsing it alone gives the same fields without
    # decoding a large attachment's lines (the parser stops at the first blank line).
    headers = BytesHeaderParser(policy=compat32).parsebytes(header_section(raw))
    found = [str(v) for v in headers.get_all("Authentication-Results") or []]
    return list(dict.fromkeys([*found, *parsed.headers.authentication_results]))


def file_bounce(session: Session, inbound: InboundMessage, raw: bytes, ids: Sequence[str]) -> str:
    """Link a bounce of our own mail to its nomination and warn staff; other bounces go to triage."""
    ours = outbox_by_message_ids(session, [*bounced_message_ids(raw), *ids])
    item = next((i for i in ours if i.nomination is not None), None)
    if item is None or item.nomination is None:
        set_triage(inbound, TriageState.OPEN, "bounce, not of a message we sent")
        return "bounce:unmatched"
    nomination = item.nomination
    inbound.nomination_id = nomination.id
    set_triage(inbound, TriageState.ASSIGNED, f"bounce of our {item.kind} (outbox {item.id})")
    add_warning(
        nomination,
        "bounce",
        f"our {item.kind} to {item.recipient} bounced",
        outbox_id=item.id,
        inbound_id=inbound.id,
    )
    audit.emit(
        session,
        actor="bot",
        action="bounce_received",
        subject_type="nomination",
        subject_id=nomination.id,
        after={"outbox_id": item.id, "inbound_id": inbound.id, "recipient": item.recipient},
    )
    return f"bounce:outbox:{item.id}"


def new_nomination(inbound: InboundMessage, parsed: ParsedEmail, settings: Settings) -> Nomination:
    return Nomination(
        campaign=settings.campaign_reference,
        # The writer, not a list that relayed the mail: the Wiki-access notice copies this
        # address, and a list would pass the nominees' details to every subscriber.
        sender_address=(parsed.headers.writer_address or inbound.from_address or "").lower()[:320],
        sender_name=(parsed.headers.writer_name or "")[:500],
        language=(parsed.language or "en")[:8],
        thread_message_id=inbound.message_id,
        status=NominationStatus.AWAITING_INFO,
        warnings={"items": []},
    )


def file_nomination(
    session: Session,
    inbound: InboundMessage,
    parsed: ParsedEmail,
    nomination: Nomination,
    *,
    created: bool,
    raw: bytes,
    settings: Settings,
    now: datetime,
) -> dict[str, object]:
    """Merge the message into `nomination`, set flags and status; the decision log entries."""
    if created:
        session.add(nomination)
        nomination.created_at = now
        opened(session, nomination)
    merged = apply_parsed(session, nomination, parsed, inbound_id=inbound.id, now=now)
    if nomination.id is None:  # not flushed yet (intake): linked, the id comes with the flush
        inbound.nomination = nomination
    else:
        inbound.nomination_id = nomination.id
    set_triage(inbound, TriageState.NONE, "")
    if created:
        _nomination_event(
            session,
            nomination,
            "nomination_created",
            after={"inbound_id": inbound.id, "office": nomination.office},
            at=now,
        )
        # Lateness is the first mail's: completing an on-time nomination later is not late.
        arrived = policy.arrival_time(inbound.received_at, inbound.fetched_at)
        if policy.is_late(arrived, settings.campaign_deadline):
            nomination.late = True
            add_warning(nomination, "late", f"received {arrived.isoformat()} after the deadline")
    if policy.dmarc_failed(_auth_results(raw, parsed), settings.trusted_authserv_ids):
        nomination.unverified_sender = True
        add_warning(nomination, "dmarc_fail", "sender failed DMARC: held", inbound_id=inbound.id)
        _nomination_event(
            session,
            nomination,
            "held_unverified",
            after={"unverified_sender": True, "inbound_id": inbound.id},
            at=now,
        )
    duplicates = flag_duplicates(session, nomination, now=now)
    missing = policy.nomination_missing(
        nomination.office, [facts_of(n) for n in nomination.nominees]
    )
    before = None if created else nomination.status
    nomination.status = policy.status_after_intake(before, missing)
    nomination.updated_at = now
    if before != nomination.status:
        _nomination_event(
            session,
            nomination,
            "status_changed",
            before={"status": before},
            after={"status": nomination.status},
            note=f"missing: {', '.join(missing)}" if missing else "complete",
            at=now,
        )
    return {
        "nomination_id": nomination.id,
        "created": created,
        "changes": len(merged.changes),
        "added_nominees": merged.added,
        "missing": list(missing),
        "duplicates": duplicates,
    }


def _nomination_event(
    session: Session,
    nomination: Nomination,
    action: str,
    *,
    after: dict[str, object],
    at: datetime,
    before: dict[str, object] | None = None,
    note: str = "",
) -> None:
    """An event about `nomination`, whose id may wait for the flush (audit.later)."""

    def event() -> None:
        audit.emit(
            session,
            actor="bot",
            action=action,
            subject_type="nomination",
            subject_id=nomination.id,
            before=before,
            after=after,
            note=note,
            at=at,
        )

    audit.later(session, event)
