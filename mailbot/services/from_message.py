"""A message the bot did not file, taken up by staff: a new nomination from it.

Its fields offered to the nomination it is filed under are in services/offers.py.

Both start from the parser's reading of the stored raw bytes (parse_email, plus the
follow-up reader for a bare "username: xx-abc" answer), so staff begin from what the
bot would have filed and correct it, rather than typing the e-mail out again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from mailbot import policy
from mailbot.audit import record
from mailbot.config import Settings
from mailbot.db.models import (
    InboundMessage,
    MessageStatus,
    Nomination,
    NominationStatus,
    TriageState,
)
from mailbot.duplicates import flag_duplicates
from mailbot.errors import ActionError, NotFoundError
from mailbot.followups import with_followup_fields
from mailbot.merge import add_warning
from mailbot.message_intake import parse_options
from mailbot.services._common import moment
from mailbot.services.catalog import task_force_catalog
from mailbot.services.details import load_message_detail
from mailbot.services.edits import clean_value
from mailbot.services.nominees import (
    CheckedNominee,
    NomineeInput,
    check_nominee,
    new_nominee,
    staff_evidence,
    values_of,
)
from mailbot.services.status import refresh_status
from parsers import parse_email
from parsers.models import Nominee as ParsedNominee
from parsers.models import ParsedEmail, ParseWarning
from parsers.st3 import is_st3_code, office_code

__all__ = [
    "Created",
    "NominationDraft",
    "Reading",
    "check_draft",
    "create_from_message",
    "draft_from",
    "input_of",
    "read_message",
    "read_stored",
]


@dataclass(frozen=True, slots=True)
class Reading:
    """The parser's reading of one stored message; `parsed` is None with `error` saying why."""

    message: InboundMessage
    parsed: ParsedEmail | None
    error: str = ""


@dataclass
class NominationDraft:
    """The create form: nomination fields and nominees, pre-filled from a reading."""

    office: str = ""
    office_code: str = ""
    language: str = "en"
    sender_address: str = ""
    sender_name: str = ""
    nominees: list[NomineeInput] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Created:
    nomination: Nomination
    warnings: list[ParseWarning]


def read_stored(session: Session, message_id: int, settings: Settings) -> Reading:
    """Parse the stored raw bytes again (parse_email is pure: the same bytes, the same reading)."""
    message = load_message_detail(session, message_id)
    return read_message(message, settings)


def read_message(message: InboundMessage, settings: Settings) -> Reading:
    if message.raw is None:
        return Reading(message, None, "the raw message is not stored (purged or oversized)")
    catalog = task_force_catalog(settings)
    options = parse_options(settings)
    try:
        parsed = parse_email(message.raw, catalog=catalog, options=options)
    except Exception as exc:  # a message that failed intake may fail the parser again
        return Reading(message, None, f"the parser could not read it: {exc}")
    return Reading(message, with_followup_fields(parsed, catalog=catalog, options=options))


def input_of(nominee: ParsedNominee) -> NomineeInput:
    return NomineeInput(
        title=nominee.title or "",
        last_name=nominee.last_name or "",
        first_name=nominee.first_name or "",
        position=nominee.position or "",
        username=nominee.username or "",
        account_email=nominee.account_email or "",
        task_forces=tuple(nominee.task_forces),
    )


def draft_from(reading: Reading) -> NominationDraft:
    """The create form as the parser read the message; empty where it found nothing."""
    message, parsed = reading.message, reading.parsed
    if parsed is None:
        return NominationDraft(sender_address=(message.from_address or "").lower())
    return NominationDraft(
        office=parsed.office or "",
        office_code=(office_code(parsed.office) or "") if parsed.office else "",
        language=parsed.language or "en",
        sender_address=(parsed.headers.writer_address or message.from_address or "").lower(),
        sender_name=parsed.headers.writer_name or "",
        nominees=[input_of(n) for n in parsed.nominees],
    )


def _lock_message(session: Session, message_id: int) -> InboundMessage:
    # Two staff creating from the same message take turns; the second finds it filed.
    message = session.scalar(
        select(InboundMessage)
        .where(InboundMessage.id == message_id)
        .options(undefer(InboundMessage.raw))
        .with_for_update()
    )
    if message is None:
        raise NotFoundError(f"message {message_id} does not exist")
    return message


def _nomination_fields(draft: NominationDraft) -> dict[str, Any]:
    office = draft.office.strip() or None
    if office is not None and len(office) > 500:
        raise ActionError("office is longer than 500 characters")
    code = draft.office_code.strip().lower() or (office_code(office) if office else None)
    if code is not None and not is_st3_code(code.rstrip("~")):
        raise ActionError(f"{code!r} is not a WIPO ST.3 code")
    sender = clean_value("sender_address", draft.sender_address, None)
    if not isinstance(sender, str):
        raise ActionError("the sender's address is needed: replies go to it")
    language = clean_value("language", draft.language or "en", None)
    return {
        "office": office,
        "office_code": code,
        "sender_address": sender.lower(),
        "sender_name": draft.sender_name.strip()[:500],
        "language": language if isinstance(language, str) else "en",
    }


def _evidence_for(
    parsed: ParsedEmail | None,
    index: int,
    values: dict[str, Any],
    fallback: dict[str, Any],
    inbound_id: int,
) -> dict[str, Any]:
    """The parser's evidence where staff kept its value, "set by staff" where they changed it."""
    if parsed is None or index >= len(parsed.nominees):
        return fallback
    read = parsed.nominees[index]
    evidence = dict(fallback)
    for name, value in values.items():
        found = parsed.evidence.get(f"nominees[{index}].{name}")
        theirs = list(read.task_forces) if name == "task_forces" else getattr(read, name)
        if found is not None and value and value == theirs:
            evidence[name] = {**found.model_dump(mode="json"), "inbound_id": inbound_id}
    return evidence


def check_draft(
    draft: NominationDraft, *, settings: Settings
) -> tuple[dict[str, Any], list[CheckedNominee]]:
    """The draft's nomination fields and nominees, checked; ActionError for the first problem.

    Reads nothing and writes nothing, so a form can be checked and shown again as typed.
    """
    fields = _nomination_fields(draft)
    entries = [e for e in draft.nominees if not e.blank]
    if not entries:
        raise ActionError("a nomination needs at least one nominee")
    checked = [
        check_nominee(
            entry,
            settings=settings,
            office_code=fields["office_code"],
            sender=fields["sender_address"],
            path=f"nominees[{index}]",
        )
        for index, entry in enumerate(entries)
    ]
    return fields, checked


def create_from_message(
    session: Session,
    message_id: int,
    draft: NominationDraft,
    *,
    actor: str,
    settings: Settings,
    now: datetime | None = None,
) -> Created:
    """Create the nomination staff read in a triaged message and file the message under it.

    Fields are checked as hand edits are; lateness, the sender's DMARC result and
    duplicates elsewhere are flagged as intake flags them. Nothing is sent: staff ask
    the office with "request info" if they want to.
    """
    now = moment(now)
    message = _lock_message(session, message_id)
    if message.triage == TriageState.ASSIGNED or (
        message.triage == TriageState.NONE and message.status != MessageStatus.FAILED
    ):
        where = f"nomination {message.nomination_id}" if message.nomination_id else "a nomination"
        raise ActionError(f"message {message_id} is already filed under {where}")
    reading = read_message(message, settings)
    fields, checked = check_draft(draft, settings=settings)
    parsed = reading.parsed
    nomination = Nomination(
        campaign=settings.campaign_reference,
        reference=parsed.reference if parsed else None,
        thread_message_id=message.message_id,  # replies thread under the office's mail
        status=NominationStatus.AWAITING_INFO,
        warnings={"items": []},
        created_at=now,
        updated_at=now,
        **fields,
    )
    # The form's rows follow the reading's nominees, so a row's number finds its evidence.
    rows = [row for row, entry in enumerate(draft.nominees) if not entry.blank]
    for index, (row, item) in enumerate(zip(rows, checked, strict=True)):
        values = {**item.values, "task_forces": item.task_forces}
        mine = staff_evidence(item, actor, now)
        evidence = _evidence_for(parsed, row, values, mine, message.id)
        nomination.nominees.append(new_nominee(item, position_index=index, evidence=evidence))
    session.add(nomination)
    session.flush()
    record(
        session,
        actor=actor,
        action="nomination_created",
        subject_type="nomination",
        subject_id=nomination.id,
        after={"inbound_id": message.id, "office": nomination.office, "by_hand": True},
        at=now,
    )
    for nominee in nomination.nominees:
        record(
            session,
            actor=actor,
            action="nominee_added",
            subject_type="nominee",
            subject_id=nominee.id,
            after={"nomination_id": nomination.id, **values_of(nominee)},
            note=f"from message {message.id}",
            at=now,
        )
    before = {"nomination_id": message.nomination_id, "triage": message.triage}
    message.nomination_id = nomination.id
    message.triage = TriageState.ASSIGNED
    message.triage_reason = f"nomination {nomination.id} created from it by {actor}"
    record(
        session,
        actor=actor,
        action="assign",
        subject_type="message",
        subject_id=message.id,
        before=before,
        after={"nomination_id": nomination.id, "triage": message.triage},
        note="new nomination created from this message",
        at=now,
    )
    warnings = [w for item in checked for w in item.warnings]
    for warning in warnings:
        add_warning(nomination, warning.code, warning.message, field=warning.field)
    arrived = policy.arrival_time(message.received_at, message.fetched_at)
    if policy.is_late(arrived, settings.campaign_deadline):
        nomination.late = True
        add_warning(nomination, "late", f"received {arrived.isoformat()} after the deadline")
    results = parsed.headers.authentication_results if parsed else ()
    if policy.dmarc_failed(results, settings.trusted_authserv_ids):
        nomination.unverified_sender = True
        add_warning(nomination, "dmarc_fail", "sender failed DMARC: held", inbound_id=message.id)
    flag_duplicates(session, nomination, now=now)
    refresh_status(session, nomination, actor=actor, now=now, created=True)
    return Created(nomination, warnings)
