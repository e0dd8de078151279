"""A message the bot did not file, taken up by staff: a new nomination from it, or its fields offered.

Both start from the parser's reading of the stored raw bytes (parse_email, plus the
follow-up reader for a bare "username: xx-abc" answer), so staff begin from what the
bot would have filed and correct it, rather than typing the e-mail out again.
"""

from __future__ import annotations

from collections.abc import Collection
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
    Nominee,
    TriageState,
)
from mailbot.errors import ActionError, NotFoundError
from mailbot.followups import with_followup_fields
from mailbot.merge import SCALAR_FIELDS, add_warning, facts_of, flag_duplicates
from mailbot.message_intake import parse_options
from mailbot.services._common import load_nomination, moment
from mailbot.services.catalog import task_force_catalog, task_force_choices
from mailbot.services.details import load_message_detail
from mailbot.services.edits import clean_value, edit_field
from mailbot.services.nominees import (
    CheckedNominee,
    NomineeInput,
    add_nominee,
    check_nominee,
    new_nominee,
    staff_evidence,
    values_of,
)
from mailbot.services.status import refresh_status
from mailbot.threads import match_nominee
from parsers import parse_email
from parsers.models import Nominee as ParsedNominee
from parsers.models import ParsedEmail, ParseWarning
from parsers.st3 import is_st3_code, office_code

__all__ = [
    "Applied",
    "Created",
    "FollowUp",
    "NominationDraft",
    "Offer",
    "Reading",
    "apply_offers",
    "check_draft",
    "create_from_message",
    "draft_from",
    "followup_offers",
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


@dataclass(frozen=True, slots=True)
class Offer:
    """One value the message supplies for a nomination it was filed under.

    key: "office", "nominees[1].username" (the nomination's own field path) or "new[0]"
    (the message's first nominee, matching nobody stored). `replaces` is True when the
    nomination already holds another value: applied only when staff tick "replace".
    """

    key: str
    who: str
    field: str
    current: str
    offered: str
    replaces: bool = False
    source: int | None = None  # the reading's nominee the value comes from


@dataclass(frozen=True, slots=True)
class FollowUp:
    reading: Reading
    nomination: Nomination
    offers: list[Offer]


@dataclass(frozen=True, slots=True)
class Applied:
    keys: list[str]
    warnings: list[ParseWarning]


def read_stored(session: Session, message_id: int, settings: Settings) -> Reading:
    """Parse the stored raw bytes again (parse_email is pure: the same bytes, the same reading)."""
    message = load_message_detail(session, message_id)
    return _read(message, settings)


def _read(message: InboundMessage, settings: Settings) -> Reading:
    if message.raw is None:
        return Reading(message, None, "the raw message is not stored (purged or oversized)")
    catalog = task_force_catalog(settings)
    options = parse_options(settings)
    try:
        parsed = parse_email(message.raw, catalog=catalog, options=options)
    except Exception as exc:  # a message that failed intake may fail the parser again
        return Reading(message, None, f"the parser could not read it: {exc}")
    return Reading(message, with_followup_fields(parsed, catalog=catalog, options=options))


def _input_of(nominee: ParsedNominee) -> NomineeInput:
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
        sender_address=(parsed.headers.from_address or message.from_address or "").lower(),
        sender_name=parsed.headers.from_name or "",
        nominees=[_input_of(n) for n in parsed.nominees],
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
    reading = _read(message, settings)
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


def _who(index: int, nominee: Nominee) -> str:
    name = " ".join(filter(None, [nominee.first_name, nominee.last_name]))
    return f"Nominee {index + 1}" + (f" ({name})" if name else "")


def _summary(nominee: ParsedNominee) -> str:
    parts = [
        " ".join(filter(None, [nominee.title, nominee.first_name, nominee.last_name])),
        nominee.position,
        nominee.username,
        nominee.account_email,
        "; ".join(nominee.task_forces),
    ]
    return ", ".join(p for p in parts if p)


def _offers(nomination: Nomination, parsed: ParsedEmail) -> list[Offer]:
    offers: list[Offer] = []
    # Offices restate their name in many spellings; only an unknown office is offered.
    if parsed.office and not nomination.office:
        offers.append(Offer("office", "Office", "office", "", parsed.office))
    stored = list(nomination.nominees)
    facts = [facts_of(n) for n in stored]
    seen: set[str] = set()
    for k, incoming in enumerate(parsed.nominees):
        match = match_nominee(facts, facts_of(incoming))
        if match is None:
            offers.append(
                Offer(f"new[{k}]", "New nominee", "nominee", "", _summary(incoming), source=k)
            )
            continue
        nominee = stored[match]
        for name in SCALAR_FIELDS:
            offered = getattr(incoming, name)
            current = getattr(nominee, name) or ""
            key = f"nominees[{match}].{name}"
            if not offered or offered == current or key in seen:
                continue
            seen.add(key)
            who = _who(match, nominee)
            offers.append(Offer(key, who, name, current, offered, bool(current), k))
        have = [m.task_force for m in nominee.memberships]
        extra = [tf for tf in incoming.task_forces if tf not in have]
        key = f"nominees[{match}].task_forces"
        if extra and key not in seen:
            seen.add(key)
            current, offered = "; ".join(have), "; ".join(extra)
            offers.append(
                Offer(key, _who(match, nominee), "task_forces", current, offered, False, k)
            )
    return offers


def followup_offers(session: Session, message_id: int, settings: Settings) -> FollowUp:
    """What the message says next to the values of the nomination it is filed under."""
    message = load_message_detail(session, message_id)
    if message.nomination_id is None:
        raise ActionError(f"message {message_id} is not filed under a nomination yet")
    nomination = load_nomination(session, message.nomination_id)
    reading = _read(message, settings)
    offers = _offers(nomination, reading.parsed) if reading.parsed else []
    return FollowUp(reading, nomination, offers)


def _keep_evidence(
    nomination: Nomination,
    key: str,
    *,
    offer: Offer,
    parsed: ParsedEmail,
    message_id: int,
    actor: str,
) -> None:
    # edit_field marks the value as typed by staff; it was read from the message, so the
    # page keeps showing where, with who applied it.
    found = parsed.evidence.get(f"nominees[{offer.source}].{offer.field}")
    if found is None:
        return
    nominee = nomination.nominees[int(key[len("nominees[") : key.index("]")])]
    evidence = dict(nominee.evidence or {})
    evidence[offer.field] = {
        **found.model_dump(mode="json"),
        "inbound_id": message_id,
        "applied_by": actor,
    }
    nominee.evidence = evidence


def apply_offers(
    session: Session,
    message_id: int,
    *,
    fill: Collection[str],
    replace: Collection[str] = (),
    actor: str,
    settings: Settings,
    now: datetime | None = None,
) -> Applied:
    """Apply the offers staff chose; a value already there changes only when in `replace`.

    The offers are worked out again here from the stored message, so the form only
    says which keys, never which values. Task forces are only ever added.
    """
    now = moment(now)
    follow = followup_offers(session, message_id, settings)
    nomination, parsed = follow.nomination, follow.reading.parsed
    by_key = {offer.key: offer for offer in follow.offers}
    chosen = list(dict.fromkeys([*fill, *replace]))
    unknown = [key for key in chosen if key not in by_key]
    if unknown:
        raise ActionError(f"the message offers nothing for {', '.join(unknown)} (any more)")
    for key in chosen:
        offer = by_key[key]
        if offer.replaces and key not in replace:
            raise ActionError(
                f"{key} already holds {offer.current!r}: tick “replace” to overwrite it"
            )
    catalog = task_force_choices(settings)
    warnings: list[ParseWarning] = []
    added: list[ParsedNominee] = []
    for key in chosen:
        offer = by_key[key]
        if key.startswith("new[") and parsed is not None:
            added.append(parsed.nominees[int(key[4:-1])])
            continue
        value = offer.offered
        if offer.field == "task_forces":
            value = "\n".join([*offer.current.split("; "), *offer.offered.split("; ")]).strip()
        edit_field(session, nomination.id, key, value, actor=actor, catalog=catalog, now=now)
        if key == "office" and not nomination.office_code:
            nomination.office_code = office_code(value)
        if offer.source is not None and parsed is not None:
            _keep_evidence(
                nomination, key, offer=offer, parsed=parsed, message_id=message_id, actor=actor
            )
    for incoming in added:
        result = add_nominee(
            session,
            nomination.id,
            _input_of(incoming),
            actor=actor,
            settings=settings,
            note=f"from message {message_id}",
            now=now,
        )
        warnings.extend(result.warnings)
    if chosen:
        record(
            session,
            actor=actor,
            action="fields_applied",
            subject_type="message",
            subject_id=message_id,
            after={"nomination_id": nomination.id, "keys": chosen},
            at=now,
        )
        refresh_status(session, nomination, actor=actor, now=now)
    return Applied(chosen, warnings)
