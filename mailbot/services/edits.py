"""Staff corrections: edit one field of a nomination or nominee, merge two nominations."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.audit import record
from mailbot.db.models import (
    InboundMessage,
    Membership,
    Nomination,
    NominationStatus,
    Nominee,
    OutboxItem,
    ReviewStatus,
)
from mailbot.errors import ActionError
from mailbot.services._common import load_nomination, moment
from mailbot.services.status import refresh_status

__all__ = [
    "NOMINATION_FIELDS",
    "NOMINEE_EDIT_FIELDS",
    "FieldPath",
    "clean_value",
    "edit_field",
    "merge",
    "parse_field_path",
]

NOMINATION_FIELDS = ("office", "office_code", "language", "sender_address", "sender_name")
NOMINEE_EDIT_FIELDS = (
    "title",
    "last_name",
    "first_name",
    "position",
    "username",
    "account_email",
    "task_forces",
)
_PATH = re.compile(r"^nominees\[(\d+)\]\.(\w+)$")
_TITLES = ("Mr", "Mrs", "Ms")


@dataclass(frozen=True, slots=True)
class FieldPath:
    """A field as the parser's contract names it: "office" or "nominees[0].username"."""

    field: str
    nominee_index: int | None = None


def parse_field_path(path: str) -> FieldPath:
    """Parse a dotted field path; "nominees[1].account_email" -> (account_email, 1)."""
    path = path.strip()
    if path in NOMINATION_FIELDS:
        return FieldPath(path)
    match = _PATH.match(path)
    if match and match.group(2) in NOMINEE_EDIT_FIELDS:
        return FieldPath(match.group(2), int(match.group(1)))
    allowed = ", ".join([*NOMINATION_FIELDS, *(f"nominees[N].{f}" for f in NOMINEE_EDIT_FIELDS)])
    raise ActionError(f"unknown field {path!r}; fields are: {allowed}")


def clean_value(field: str, value: str, catalog: Sequence[str] | None) -> str | list[str] | None:
    """Validate one staff-entered value; empty means 'unknown' (None)."""
    value = value.strip()
    if field == "task_forces":
        names = [part.strip() for part in re.split(r"[;\n]", value) if part.strip()]
        if catalog:
            by_fold = {name.casefold(): name for name in catalog}
            unknown = [name for name in names if name.casefold() not in by_fold]
            if unknown:
                raise ActionError(f"unknown task force(s): {', '.join(unknown)}")
            names = [by_fold[name.casefold()] for name in names]
        return list(dict.fromkeys(names))
    if not value:
        return None
    if field in {"account_email", "sender_address"}:
        try:
            return validate_email(value, check_deliverability=False).normalized
        except EmailNotValidError as exc:
            raise ActionError(f"{value!r} is not an e-mail address: {exc}") from exc
    if field == "title" and value not in _TITLES:
        raise ActionError(f"title must be one of {', '.join(_TITLES)}")
    if field == "language" and not re.fullmatch(r"[a-z]{2,3}", value):
        raise ActionError("language is a two-letter code such as en, fr, es, ru, zh, ar")
    return value


def _set_task_forces(nominee: Nominee, names: list[str]) -> list[str]:
    current = {m.task_force: m for m in nominee.memberships}
    for name, membership in current.items():
        if name not in names and membership.review_status != ReviewStatus.PENDING:
            raise ActionError(f"{name} was already {membership.review_status}; it stays")
    nominee.memberships = [current.get(name) or Membership(task_force=name) for name in names]
    return sorted(current)


def edit_field(
    session: Session,
    nomination_id: int,
    path: str,
    value: str,
    *,
    actor: str,
    catalog: Sequence[str] | None = None,
    now: datetime | None = None,
) -> bool:
    """Set one field to a staff-entered value; return False when nothing changed.

    Task forces are given separated by ";" (official names contain commas), and only
    pending memberships can be dropped. The nominee's evidence for the field becomes
    {"rule": "staff", "by": actor} so the page shows a person, not the parser, said so.
    """
    now = moment(now)
    where = parse_field_path(path)
    cleaned = clean_value(where.field, value, catalog)
    nomination = load_nomination(session, nomination_id, lock=True)
    if where.nominee_index is None:
        before = getattr(nomination, where.field)
        if cleaned is None and where.field in {"language", "sender_address", "sender_name"}:
            raise ActionError(f"{where.field} cannot be empty")
        if before == cleaned:
            return False
        setattr(nomination, where.field, cleaned)
        subject_type, subject_id = "nomination", nomination.id
    else:
        if where.nominee_index >= len(nomination.nominees):
            raise ActionError(f"nomination {nomination_id} has no nominees[{where.nominee_index}]")
        nominee = nomination.nominees[where.nominee_index]
        if where.field == "task_forces":
            assert isinstance(cleaned, list)  # noqa: S101 - clean_value returns a list for this field
            before = sorted(m.task_force for m in nominee.memberships)
            if before == sorted(cleaned):
                return False
            _set_task_forces(nominee, cleaned)
        else:
            before = getattr(nominee, where.field)
            if before == cleaned:
                return False
            setattr(nominee, where.field, cleaned)
        evidence = dict(nominee.evidence or {})
        evidence[where.field] = {"rule": "staff", "by": actor, "at": now.isoformat()}
        nominee.evidence = evidence  # a new dict: JSON columns do not track in-place changes
        subject_type, subject_id = "nominee", nominee.id
    nomination.updated_at = now
    record(
        session,
        actor=actor,
        action="edit",
        subject_type=subject_type,
        subject_id=subject_id,
        before={where.field: before},
        after={where.field: cleaned},
        note=f"nomination {nomination.id}: {path}",
        at=now,
    )
    # Filling the last missing field by hand ends the wait for the office's answer.
    refresh_status(session, nomination, actor=actor, now=now)
    return True


def merge(
    session: Session,
    nomination_id: int,
    other_id: int,
    *,
    actor: str,
    now: datetime | None = None,
) -> Nomination:
    """Move the other nomination's nominees, messages and sent mail into this one.

    The emptied nomination is marked withdrawn with a note, never deleted, so its
    audit trail still resolves.
    """
    now = moment(now)
    if nomination_id == other_id:
        raise ActionError("a nomination cannot be merged into itself")
    keep = load_nomination(session, nomination_id, lock=True)
    other = load_nomination(session, other_id, lock=True)
    for nomination in (keep, other):
        if nomination.status == NominationStatus.WITHDRAWN:
            raise ActionError(f"nomination {nomination.id} is withdrawn and cannot be merged")
    moved = list(other.nominees)
    start = len(keep.nominees)
    for offset, nominee in enumerate(moved):
        nominee.position_index = start + offset
        nominee.nomination = keep  # back_populates moves it between the two lists
    messages = session.scalars(
        select(InboundMessage).where(InboundMessage.nomination_id == other.id)
    ).all()
    for message in messages:
        message.nomination_id = keep.id
    for item in session.scalars(select(OutboxItem).where(OutboxItem.nomination_id == other.id)):
        item.nomination_id = keep.id
    keep.late = keep.late or other.late
    keep.updated_at = now
    pending = any(m.review_status == ReviewStatus.PENDING for n in moved for m in n.memberships)
    if keep.status in {NominationStatus.APPROVED, NominationStatus.REJECTED} and pending:
        keep.status = NominationStatus.PENDING_REVIEW
    before = other.status
    other.status = NominationStatus.WITHDRAWN
    other.decided_at = now
    after = {"nominees": [n.id for n in moved], "messages": [m.id for m in messages]}
    record(
        session,
        actor=actor,
        action="merge",
        subject_type="nomination",
        subject_id=keep.id,
        after={"merged_from": other.id, **after},
        at=now,
    )
    record(
        session,
        actor=actor,
        action="merged_into",
        subject_type="nomination",
        subject_id=other.id,
        before={"status": before},
        after={"status": other.status, "merged_into": keep.id},
        note=f"merged into nomination {keep.id}",
        at=now,
    )
    return keep
