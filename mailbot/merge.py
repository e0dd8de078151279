"""Apply a parsed message's fields to a stored nomination: fill, correct, add, with evidence and audit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from mailbot import audit
from mailbot.db.models import Membership, Nomination, Nominee
from mailbot.policy import NomineeFacts
from mailbot.threads import match_nominee
from parsers.models import Evidence, ParsedEmail
from parsers.models import Nominee as ParsedNominee
from parsers.st3 import office_code

__all__ = ["SCALAR_FIELDS", "MergeResult", "add_warning", "apply_parsed", "facts_of"]

SCALAR_FIELDS: tuple[str, ...] = (
    "title",
    "last_name",
    "first_name",
    "position",
    "username",
    "account_email",
)
_LIMITS: dict[str, int | None] = {
    name: getattr(Nominee.__table__.c[name].type, "length", None) for name in SCALAR_FIELDS
}


@dataclass
class MergeResult:
    added: list[int] = field(default_factory=list)  # position_index of new nominees
    changes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.changes)


def facts_of(nominee: Nominee | ParsedNominee) -> NomineeFacts:
    if isinstance(nominee, ParsedNominee):
        forces = tuple(nominee.task_forces)
    else:
        forces = tuple(m.task_force for m in nominee.memberships)
    return NomineeFacts(
        title=nominee.title,
        last_name=nominee.last_name,
        first_name=nominee.first_name,
        position=nominee.position,
        username=nominee.username,
        account_email=nominee.account_email,
        task_forces=forces,
    )


def add_warning(nomination: Nomination, code: str, message: str, **data: Any) -> bool:
    """Append a warning item unless the same code and data are there already; True if added.

    The JSON column is reassigned, not mutated in place, so SQLAlchemy sees the change.
    """
    items = list((nomination.warnings or {}).get("items") or [])
    item = {"code": code, "message": message, **audit.jsonable(data)}
    keyed = {k: v for k, v in item.items() if k not in {"message", "at"}}
    if any({k: v for k, v in old.items() if k not in {"message", "at"}} == keyed for old in items):
        return False
    items.append(item)
    nomination.warnings = {**(nomination.warnings or {}), "items": items}
    return True


def _evidence(parsed: ParsedEmail, index: int, name: str, inbound_id: int) -> dict[str, Any]:
    found: Evidence | None = parsed.evidence.get(f"nominees[{index}].{name}")
    base = found.model_dump(mode="json") if found is not None else {"rule": "parser"}
    return {**base, "inbound_id": inbound_id}


# Audit events wait until the one flush that gives new rows their ids; they are then
# added in the order the changes were made, so the trail reads as before.
_Pending = list[Callable[[], None]]


def _record(
    session: Session,
    result: MergeResult,
    nominee: Nominee,
    action: str,
    pending: _Pending,
    **change: Any,
) -> None:
    result.changes.append({"nominee": nominee.position_index, "action": action, **change})
    if not change.pop("audited"):
        return
    before = {change["field"]: change.get("before")} if "before" in change else None

    def emit() -> None:
        audit.emit(
            session,
            actor="bot",
            action=action,
            subject_type="nominee",
            subject_id=nominee.id,
            before=before,
            after={change["field"]: change.get("after")},
            note=f"from message {change['inbound_id']}",
            at=change["at"],
        )

    pending.append(emit)


def _apply_one(
    session: Session,
    nominee: Nominee,
    incoming: ParsedNominee,
    evidence: dict[str, dict[str, Any]],
    result: MergeResult,
    *,
    pending: _Pending,
    inbound_id: int,
    now: datetime,
    audited: bool,
) -> None:
    """Fill or correct `nominee` from `incoming`; `audited` is off for a nominee just added."""
    stored = dict(nominee.evidence or {})
    for name in SCALAR_FIELDS:
        new = (getattr(incoming, name) or "")[: _LIMITS[name]] or None
        old = getattr(nominee, name)
        if not new or new == old:
            continue
        setattr(nominee, name, new)
        stored[name] = evidence[name]
        # A correction keeps the old value in the audit trail, the new one with its evidence.
        action = "field_corrected" if old else "field_completed"
        _record(
            session,
            result,
            nominee,
            action,
            pending,
            field=name,
            before=old,
            after=new,
            inbound_id=inbound_id,
            at=now,
            audited=audited,
        )
    have = {m.task_force for m in nominee.memberships}
    # Task forces only accumulate: dropping one is a staff decision, not an inference.
    for name in incoming.task_forces:
        if name in have:
            continue
        nominee.memberships.append(Membership(task_force=name))
        have.add(name)
        stored["task_forces"] = evidence["task_forces"]
        _record(
            session,
            result,
            nominee,
            "task_force_added",
            pending,
            field="task_forces",
            after=name,
            inbound_id=inbound_id,
            at=now,
            audited=audited,
        )
    nominee.evidence = stored


def apply_parsed(
    session: Session,
    nomination: Nomination,
    parsed: ParsedEmail,
    *,
    inbound_id: int,
    now: datetime,
) -> MergeResult:
    """Merge `parsed` into `nomination` (new or existing) and return what changed.

    Each parsed nominee is matched to a stored one (threads.match_nominee) and
    fills or corrects its fields; an unmatched one is added as a new nominee.
    The office is only filled in when unknown: follow-ups restate it in many
    spellings ("USPTO", "U.S. Patent and Trademark Office") and staff edit it.
    """
    result = MergeResult()
    if parsed.office and not nomination.office:
        nomination.office = parsed.office[:500]
        nomination.office_code = office_code(parsed.office)
    if parsed.reference and not nomination.reference:
        nomination.reference = parsed.reference[:64]
    if nomination.id is None:
        session.add(nomination)
    pending: _Pending = []
    for index, incoming in enumerate(parsed.nominees):
        evidence = {
            name: _evidence(parsed, index, name, inbound_id)
            for name in (*SCALAR_FIELDS, "task_forces")
        }
        stored = list(nomination.nominees)
        match = match_nominee([facts_of(n) for n in stored], facts_of(incoming))
        if match is None:
            nominee = Nominee(position_index=len(stored), evidence={})
            nomination.nominees.append(nominee)
        else:
            nominee = stored[match]
        # A correction to a known nominee is audited field by field; a new one as a whole.
        _apply_one(
            session,
            nominee,
            incoming,
            evidence,
            result,
            pending=pending,
            inbound_id=inbound_id,
            now=now,
            audited=match is not None,
        )
        if match is not None:
            continue
        result.added.append(nominee.position_index)
        pending.append(_added_event(session, nomination, nominee, inbound_id=inbound_id, now=now))

    def events() -> None:
        for emit in pending:
            emit()

    # The audit trail names ids (the nomination's, new nominees'): in a held session
    # (intake) the events wait for the message's one flush, elsewhere a flush here.
    if not audit.is_held(session):
        session.flush()
    audit.later(session, events)
    return result


def _added_event(
    session: Session, nomination: Nomination, nominee: Nominee, *, inbound_id: int, now: datetime
) -> Callable[[], None]:
    # One event with every value for a new person, rather than one per field; the values
    # as they stand now, the ids once the flush has given them.
    values = {
        **{name: getattr(nominee, name) for name in SCALAR_FIELDS},
        "task_forces": [m.task_force for m in nominee.memberships],
    }

    def emit() -> None:
        audit.emit(
            session,
            actor="bot",
            action="nominee_added",
            subject_type="nominee",
            subject_id=nominee.id,
            after={"nomination_id": nomination.id, **values},
            note=f"from message {inbound_id}",
            at=now,
        )

    return emit
