"""Data-protection requests about one person, found by e-mail address: export and erasure.

An address is matched case-insensitively and as a whole address ("ada@example.org" does
not match "lada@example.org" or "ada@example.org.uk"). "Mentioning" means the address
appears in a message's raw bytes or in its parsed fields; an address hidden in a base64
body is still found through the parsed fields the parser extracted from it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.inspection import inspect
from sqlalchemy.orm import Session, undefer

from mailbot.audit import jsonable, record
from mailbot.db.models import (
    AuditEvent,
    InboundMessage,
    Nomination,
    Nominee,
    OutboxAddress,
    OutboxItem,
    OutboxStatus,
)
from mailbot.errors import ActionError

__all__ = ["ERASED", "ErasureReport", "address_sha256", "erase_person", "export_person"]

ERASED = "[erased]"
# Rows in these states have left the building; queued or retrying mail is not touched.
_FINISHED = (OutboxStatus.SENT, OutboxStatus.FAILED, OutboxStatus.SUPPRESSED)
_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+$")
_BATCH = 200


@dataclass(frozen=True, slots=True)
class ErasureReport:
    address_sha256: str
    nominees_deleted: int
    memberships_deleted: int
    nominations_anonymised: int  # the person was the sender: sender address and name blanked
    messages_blanked: int
    outbox_deleted: int
    outbox_pending: int  # not yet sent or failed: kept, the sender decides their fate
    audit_events_anonymised: int
    messages_mentioning: int  # sent by others, still naming the address (kept for the office)


def _normalize(email: str) -> str:
    address = email.strip().removeprefix("mailto:").lower()
    if not _ADDRESS.match(address):
        raise ActionError(f"not an e-mail address: {email!r}")
    return address


def address_sha256(email: str) -> str:
    """The digest kept in the erasure record instead of the address itself."""
    return hashlib.sha256(_normalize(email).encode("utf-8")).hexdigest()


def _pattern(address: str) -> re.Pattern[str]:
    # Whole addresses only: no address character before, no label continuing after.
    return re.compile(
        rf"(?<![A-Za-z0-9._%+\-]){re.escape(address)}(?![A-Za-z0-9\-]|\.[A-Za-z0-9])",
        re.IGNORECASE,
    )


def _mentions(pattern: re.Pattern[str], value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, bytes):
        return pattern.search(value.decode("utf-8", "replace")) is not None
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False, default=str)
    return pattern.search(value) is not None


def _row(obj: Any) -> dict[str, Any]:
    """Every column of a row, JSON-ready; raw bytes as text."""
    values: dict[str, Any] = {}
    for attr in inspect(obj).mapper.column_attrs:
        value = getattr(obj, attr.key)
        if isinstance(value, bytes):
            values[attr.key] = value.decode("utf-8", "replace")
        else:
            values[attr.key] = jsonable(value)
    return values


def _nominees(session: Session, address: str) -> list[Nominee]:
    query = select(Nominee).where(func.lower(Nominee.account_email) == address)
    return list(session.scalars(query.order_by(Nominee.id)))


def _nominations(session: Session, address: str, nominees: list[Nominee]) -> list[Nomination]:
    ids = {n.nomination_id for n in nominees}
    query = select(Nomination).where(
        Nomination.id.in_(ids) | (func.lower(Nomination.sender_address) == address)
    )
    return list(session.scalars(query.order_by(Nomination.id)))


def _messages(session: Session, address: str) -> Iterator[tuple[InboundMessage, bool]]:
    """(message, sent by the person) for each message from or mentioning the address."""
    pattern = _pattern(address)
    query = (
        select(InboundMessage)
        .options(undefer(InboundMessage.raw))
        .order_by(InboundMessage.id)
        .execution_options(yield_per=_BATCH)
    )
    for message in session.scalars(query):
        sent = (message.from_address or "").strip().lower() == address
        if sent or _mentions(pattern, message.raw) or _mentions(pattern, message.parsed):
            yield message, sent


def _outbox(session: Session, address: str) -> list[OutboxItem]:
    # outbox_address holds every recipient of every row, lower-cased and indexed.
    query = (
        select(OutboxItem)
        .options(undefer(OutboxItem.raw))
        .where(
            OutboxItem.id.in_(
                select(OutboxAddress.outbox_id).where(OutboxAddress.address == address)
            )
        )
        .order_by(OutboxItem.id)
    )
    return list(session.scalars(query))


def _audit(session: Session, address: str, subjects: set[tuple[str, int]]) -> Iterator[AuditEvent]:
    """Events about one of `subjects`, or whose values or note mention the address."""
    pattern = _pattern(address)
    query = select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=_BATCH)
    for event in session.scalars(query):
        about = (event.subject_type, event.subject_id) in subjects
        if about or any(_mentions(pattern, v) for v in (event.before, event.after, event.note)):
            yield event


def export_person(session: Session, email: str) -> dict[str, Any]:
    """Everything stored about the person with this address, as one JSON-ready object.

    Keys: address, nominees (with memberships), nominations (theirs, or sent by them),
    inbound_messages (from or mentioning them; raw as text), outbox_messages (to them),
    audit_events (about those records, or mentioning the address).
    """
    address = _normalize(email)
    nominees = _nominees(session, address)
    nominations = _nominations(session, address, nominees)
    messages = [message for message, _sent in _messages(session, address)]
    outbox = _outbox(session, address)
    subjects = (
        {("nominee", n.id) for n in nominees}
        | {("nomination", n.id) for n in nominations}
        | {("message", m.id) for m in messages}
        | {("outbox", o.id) for o in outbox}
    )
    return {
        "address": address,
        "nominees": [_row(n) | {"memberships": [_row(m) for m in n.memberships]} for n in nominees],
        "nominations": [_row(n) for n in nominations],
        "inbound_messages": [_row(m) for m in messages],
        "outbox_messages": [_row(o) for o in outbox],
        "audit_events": [_row(e) for e in _audit(session, address, subjects)],
    }


def _scrub(value: Any, pattern: re.Pattern[str], *, everything: bool) -> Any:
    """`value` with each string mentioning the address (or every leaf) replaced by ERASED."""
    if isinstance(value, dict):
        return {k: _scrub(v, pattern, everything=everything) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, pattern, everything=everything) for v in value]
    if value is None:
        return None
    if everything or (isinstance(value, str) and pattern.search(value)):
        return ERASED
    return value


def _anonymise_audit(session: Session, address: str, erased_nominees: set[int]) -> int:
    pattern = _pattern(address)
    subjects = {("nominee", i) for i in erased_nominees}
    changed = 0
    for event in list(_audit(session, address, subjects)):
        # An erased nominee's own history goes whole: names, usernames, positions.
        everything = event.subject_type == "nominee" and event.subject_id in erased_nominees
        before = _scrub(event.before, pattern, everything=everything)
        after = _scrub(event.after, pattern, everything=everything)
        note = pattern.sub(ERASED, event.note)
        if (before, after, note) != (event.before, event.after, event.note):
            event.before, event.after, event.note = before, after, note
            changed += 1
    return changed


def erase_person(session: Session, email: str, *, actor: str) -> ErasureReport:
    """Erase the person with this address, in the caller's transaction.

    Deletes their nominee rows (and memberships), blanks raw/parsed of messages they sent,
    deletes sent or failed outbox rows to them, anonymises audit values naming them, and
    records an "erase_person" event holding counts and the address's sha256, never the address.
    """
    address = _normalize(email)
    nominees = _nominees(session, address)
    nominee_ids = {n.id for n in nominees}
    memberships = sum(len(n.memberships) for n in nominees)
    if nominee_ids:
        # Another nominee row may point at one of these as its duplicate.
        session.execute(
            update(Nominee).where(Nominee.duplicate_of.in_(nominee_ids)).values(duplicate_of=None)
        )
    for nominee in nominees:
        session.delete(nominee)

    sent_by = [
        n for n in _nominations(session, address, []) if n.sender_address.strip().lower() == address
    ]
    for nomination in sent_by:
        nomination.sender_address, nomination.sender_name = "", ""

    blanked = mentioning = 0
    for message, sent in list(_messages(session, address)):
        if not sent:
            mentioning += 1
            continue
        message.raw = message.parsed = message.decisions = message.from_address = None
        message.subject = ""
        blanked += 1

    deleted = pending = 0
    for item in _outbox(session, address):
        if item.status in _FINISHED:
            session.delete(item)
            deleted += 1
        else:
            pending += 1
    session.flush()

    anonymised = _anonymise_audit(session, address, nominee_ids)
    report = ErasureReport(
        address_sha256=hashlib.sha256(address.encode("utf-8")).hexdigest(),
        nominees_deleted=len(nominees),
        memberships_deleted=memberships,
        nominations_anonymised=len(sent_by),
        messages_blanked=blanked,
        outbox_deleted=deleted,
        outbox_pending=pending,
        audit_events_anonymised=anonymised,
        messages_mentioning=mentioning,
    )
    record(
        session,
        actor=actor,
        action="erase_person",
        subject_type="person",
        subject_id=None,
        after=asdict(report),
        note=f"sha256 {report.address_sha256}",
    )
    return report
