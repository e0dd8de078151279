"""Staff add a nominee by hand or remove one added by mistake; the nomination's status follows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.audit import record
from mailbot.config import Settings
from mailbot.db.models import (
    Membership,
    NominationStatus,
    Nominee,
    ReviewStatus,
)
from mailbot.duplicates import flag_duplicates
from mailbot.errors import ActionError, NotFoundError
from mailbot.merge import SCALAR_FIELDS, add_warning
from mailbot.message_intake import parse_options
from mailbot.services._common import load_nomination, moment
from mailbot.services.catalog import task_force_choices
from mailbot.services.edits import clean_value
from mailbot.services.status import refresh_status
from parsers.checks import check_email, check_username
from parsers.models import ParseWarning

__all__ = [
    "CheckedNominee",
    "NomineeAdded",
    "NomineeInput",
    "add_nominee",
    "check_nominee",
    "new_nominee",
    "refresh_status",
    "remove_nominee",
    "staff_evidence",
    "values_of",
]

_LIMITS: dict[str, int] = {
    name: int(getattr(Nominee.__table__.c[name].type, "length", 0) or 0) for name in SCALAR_FIELDS
}


@dataclass(frozen=True, slots=True)
class NomineeInput:
    """One representative as staff typed it (or as the parser read it, for a pre-filled form)."""

    title: str = ""
    last_name: str = ""
    first_name: str = ""
    position: str = ""
    username: str = ""
    account_email: str = ""
    task_forces: tuple[str, ...] = ()

    @property
    def blank(self) -> bool:
        return not any(str(getattr(self, name)).strip() for name in SCALAR_FIELDS) and not any(
            tf.strip() for tf in self.task_forces
        )


@dataclass(frozen=True, slots=True)
class CheckedNominee:
    values: dict[str, str | None]
    task_forces: list[str]
    warnings: list[ParseWarning] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class NomineeAdded:
    nominee: Nominee
    warnings: list[ParseWarning]


def check_nominee(
    entry: NomineeInput,
    *,
    settings: Settings,
    office_code: str | None,
    sender: str | None,
    path: str = "nominee",
) -> CheckedNominee:
    """Validate a hand-entered nominee with the parser's own checks; refuse what cannot be right.

    Refused: a title other than Mr/Mrs/Ms, an address that is no address (or ours), a
    username WIPO Accounts would not accept, a task force outside the catalogue, no name.
    Kept with a warning, as the parser keeps them: a username prefix that is not the
    office's ST.3 code, the circular's example username, a shared or off-domain address.
    """
    options = parse_options(settings)
    values: dict[str, str | None] = {}
    for name in SCALAR_FIELDS:
        text = str(getattr(entry, name) or "").strip()
        if len(text) > _LIMITS[name]:
            raise ActionError(f"{path}: {name} is longer than {_LIMITS[name]} characters")
        cleaned = clean_value(name, text, None)
        values[name] = cleaned if isinstance(cleaned, str) else None
    if not (values["last_name"] or values["first_name"]):
        raise ActionError(f"{path}: give at least a last or a first name")
    joined = "\n".join(tf.strip() for tf in entry.task_forces if tf.strip())
    forces = clean_value("task_forces", joined, task_force_choices(settings))
    assert isinstance(forces, list)  # noqa: S101 - clean_value returns a list for this field
    warnings: list[ParseWarning] = []
    username = values["username"]
    if username is not None:
        check_username(username, f"{path}.username", office_code, warnings)
        invalid = [w for w in warnings if w.code == "username_invalid"]
        if invalid:
            raise ActionError(invalid[0].message)
        if username.lower() in {u.lower() for u in options.example_usernames}:
            warnings.append(
                ParseWarning(
                    code="example_username",
                    message="the circular's example username was given",
                    field=f"{path}.username",
                )
            )
    email = values["account_email"]
    if email is not None:
        own = {a.lower() for a in options.own_addresses}
        if email.lower() in own:
            raise ActionError(f"{email} is the Secretariat's own address, not the nominee's")
        check_email(email, f"{path}.account_email", sender, own, warnings)
    return CheckedNominee(values, forces, warnings)


def new_nominee(
    checked: CheckedNominee, *, position_index: int, evidence: dict[str, Any]
) -> Nominee:
    nominee = Nominee(position_index=position_index, evidence=evidence, **checked.values)
    nominee.memberships = [Membership(task_force=name) for name in checked.task_forces]
    return nominee


def staff_evidence(checked: CheckedNominee, actor: str, now: datetime) -> dict[str, Any]:
    """Evidence naming the person who typed each value, as edit_field writes it."""
    mark = {"rule": "staff", "by": actor, "at": now.isoformat()}
    present = [name for name, value in checked.values.items() if value]
    if checked.task_forces:
        present.append("task_forces")
    return {name: dict(mark) for name in present}


def values_of(nominee: Nominee) -> dict[str, Any]:
    return {
        **{name: getattr(nominee, name) for name in SCALAR_FIELDS},
        "task_forces": [m.task_force for m in nominee.memberships],
    }


def add_nominee(
    session: Session,
    nomination_id: int,
    entry: NomineeInput,
    *,
    actor: str,
    settings: Settings,
    evidence: dict[str, Any] | None = None,
    note: str = "added by hand",
    now: datetime | None = None,
) -> NomineeAdded:
    """Append a representative typed by staff (checked as the parser's output is), audited.

    `evidence` replaces the default "set by staff" marks (a nominee taken over from a
    message keeps where the parser found each value).
    """
    now = moment(now)
    nomination = load_nomination(session, nomination_id, lock=True)
    if nomination.status == NominationStatus.WITHDRAWN:
        raise ActionError(f"nomination {nomination_id} is withdrawn; nobody can be added")
    checked = check_nominee(
        entry,
        settings=settings,
        office_code=nomination.office_code,
        sender=nomination.sender_address,
        path=f"nominees[{len(nomination.nominees)}]",
    )
    nominee = new_nominee(
        checked,
        position_index=len(nomination.nominees),
        evidence=evidence if evidence is not None else staff_evidence(checked, actor, now),
    )
    nomination.nominees.append(nominee)
    nomination.updated_at = now
    session.flush()
    record(
        session,
        actor=actor,
        action="nominee_added",
        subject_type="nominee",
        subject_id=nominee.id,
        after={"nomination_id": nomination.id, **values_of(nominee)},
        note=note,
        at=now,
    )
    for warning in checked.warnings:
        add_warning(nomination, warning.code, warning.message, field=warning.field)
    flag_duplicates(session, nomination, now=now)
    refresh_status(session, nomination, actor=actor, now=now)
    return NomineeAdded(nominee, checked.warnings)


def _drop_duplicate_links(session: Session, nominee: Nominee, *, actor: str, now: datetime) -> None:
    # Others flagged as duplicates of this person would point at a row that is gone.
    for other in session.scalars(select(Nominee).where(Nominee.duplicate_of == nominee.id)):
        other.duplicate_of = None
        owner = other.nomination
        items = (owner.warnings or {}).get("items") or []
        kept = [w for w in items if w.get("other_nominee_id") != nominee.id]
        if len(kept) != len(items):
            owner.warnings = {**(owner.warnings or {}), "items": kept}
        record(
            session,
            actor=actor,
            action="duplicate_cleared",
            subject_type="nominee",
            subject_id=other.id,
            before={"duplicate_of": nominee.id},
            after={"duplicate_of": None},
            note=f"nominee {nominee.id} was removed",
            at=now,
        )


def remove_nominee(
    session: Session,
    nomination_id: int,
    nominee_id: int,
    *,
    actor: str,
    reason: str = "",
    now: datetime | None = None,
) -> dict[str, Any]:
    """Delete a nominee entered by mistake; the audit event keeps every value it had.

    A nominee with a decided task force stays: an approval has already sent the
    Wiki-access notice, so it is rejected or withdrawn instead, never erased.
    """
    now = moment(now)
    nomination = load_nomination(session, nomination_id, lock=True)
    nominee = next((n for n in nomination.nominees if n.id == nominee_id), None)
    if nominee is None:
        raise NotFoundError(f"nomination {nomination_id} has no nominee {nominee_id}")
    decided = [m.task_force for m in nominee.memberships if m.review_status != ReviewStatus.PENDING]
    if decided:
        raise ActionError(
            f"nominee {nominee_id} is already decided for {', '.join(decided)}; it stays"
        )
    values = {"nominee_id": nominee.id, **values_of(nominee)}
    _drop_duplicate_links(session, nominee, actor=actor, now=now)
    items = (nomination.warnings or {}).get("items") or []
    kept = [w for w in items if w.get("nominee_id") != nominee.id]
    if len(kept) != len(items):
        nomination.warnings = {**(nomination.warnings or {}), "items": kept}
    nomination.nominees.remove(nominee)  # delete-orphan: the row and its memberships go
    for index, remaining in enumerate(nomination.nominees):
        remaining.position_index = index
    nomination.updated_at = now
    # On the nomination, not the nominee: the page finds a nominee's events by its id.
    record(
        session,
        actor=actor,
        action="nominee_removed",
        subject_type="nomination",
        subject_id=nomination.id,
        before=values,
        note=reason,
        at=now,
    )
    session.flush()
    refresh_status(session, nomination, actor=actor, now=now)
    return values
