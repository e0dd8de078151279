"""Staff decisions on a nomination: approve, reject, withdraw, ask the office for more."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from mailbot.audit import record
from mailbot.config import Settings
from mailbot.db.models import (
    Membership,
    Nomination,
    NominationStatus,
    Nominee,
    OutboxItem,
    ReviewStatus,
)
from mailbot.errors import ActionError
from mailbot.outbox.enqueue import enqueue
from mailbot.services._common import latest_inbound, load_nomination, moment

__all__ = ["Decision", "approve", "reject", "request_info", "withdraw"]

_CLOSED = {NominationStatus.WITHDRAWN.value, NominationStatus.REJECTED.value}


@dataclass(frozen=True, slots=True)
class Decision:
    """What a decision changed: (nominee id, task force) pairs and the messages queued."""

    nomination_id: int
    status: str
    decided: tuple[tuple[int, str], ...]
    outbox_ids: tuple[int, ...]


def _selected(
    nomination: Nomination,
    *,
    nominee_ids: Collection[int] | None,
    task_forces: Collection[str] | None,
    membership_ids: Collection[int] | None,
) -> list[tuple[Nominee, Membership]]:
    """Pending memberships matching every given selector (None selects all)."""
    wanted_tf = {tf.casefold() for tf in task_forces} if task_forces else None
    chosen = []
    for nominee in nomination.nominees:
        if nominee_ids is not None and nominee.id not in nominee_ids:
            continue
        for membership in nominee.memberships:
            if membership.review_status != ReviewStatus.PENDING:
                continue
            if wanted_tf is not None and membership.task_force.casefold() not in wanted_tf:
                continue
            if membership_ids is not None and membership.id not in membership_ids:
                continue
            chosen.append((nominee, membership))
    return chosen


def _settle(nomination: Nomination, now: datetime) -> None:
    """Close the nomination once every membership is decided."""
    statuses = [m.review_status for n in nomination.nominees for m in n.memberships]
    if not statuses or ReviewStatus.PENDING in statuses:
        return
    approved = ReviewStatus.APPROVED in statuses
    nomination.status = NominationStatus.APPROVED if approved else NominationStatus.REJECTED
    nomination.decided_at = now


def _check_open(nomination: Nomination) -> None:
    if nomination.status in _CLOSED:
        raise ActionError(f"nomination {nomination.id} is {nomination.status}; nothing to decide")


def approve(
    session: Session,
    nomination_id: int,
    *,
    actor: str,
    settings: Settings,
    nominee_ids: Collection[int] | None = None,
    task_forces: Collection[str] | None = None,
    membership_ids: Collection[int] | None = None,
    now: datetime | None = None,
) -> Decision:
    """Approve pending memberships and queue one Wiki-access notification per nominee.

    The notice goes to the nominee's account e-mail (the address their WIPO account
    knows) with the office's sender in Cc. A nominee without that address or without
    a username cannot be given access, so the whole approval is refused until staff
    fill it in.
    """
    now = moment(now)
    nomination = load_nomination(session, nomination_id, lock=True)
    _check_open(nomination)
    chosen = _selected(
        nomination, nominee_ids=nominee_ids, task_forces=task_forces, membership_ids=membership_ids
    )
    if not chosen:
        raise ActionError(f"nomination {nomination_id} has nothing pending to approve")
    for nominee, _membership in chosen:
        if not nominee.account_email or not nominee.username:
            who = " ".join(filter(None, [nominee.first_name, nominee.last_name])) or "a nominee"
            raise ActionError(f"{who} has no username or account e-mail yet: edit it first")
    by_nominee: dict[int, list[str]] = {}
    for nominee, membership in chosen:
        membership.review_status = ReviewStatus.APPROVED
        membership.decided_by = actor
        membership.decided_at = now
        membership.reason = None
        by_nominee.setdefault(nominee.id, []).append(membership.task_force)
    inbound = latest_inbound(session, nomination.id)
    outbox_ids: list[int] = []
    for nominee in nomination.nominees:
        if nominee.id not in by_nominee:
            continue
        item = enqueue(
            session,
            kind="wiki_access",
            settings=settings,
            nomination=nomination,
            inbound=inbound,
            to=[str(nominee.account_email)],
            cc=[nomination.sender_address] if nomination.sender_address else None,
            context={"nominee_id": nominee.id, "task_forces": by_nominee[nominee.id]},
            actor=actor,
            now=now,
        )
        if item is not None:
            session.flush()
            outbox_ids.append(item.id)
    before = nomination.status
    _settle(nomination, now)
    if nomination.status == NominationStatus.AWAITING_INFO:
        nomination.status = NominationStatus.PENDING_REVIEW
    decided = tuple((n.id, m.task_force) for n, m in chosen)
    record(
        session,
        actor=actor,
        action="approve",
        subject_type="nomination",
        subject_id=nomination.id,
        before={"status": before},
        after={"status": nomination.status, "approved": decided, "outbox": outbox_ids},
        at=now,
    )
    return Decision(nomination.id, nomination.status, decided, tuple(outbox_ids))


def reject(
    session: Session,
    nomination_id: int,
    *,
    actor: str,
    reason: str,
    settings: Settings,
    send_reply: bool = False,
    nominee_ids: Collection[int] | None = None,
    task_forces: Collection[str] | None = None,
    membership_ids: Collection[int] | None = None,
    now: datetime | None = None,
) -> Decision:
    """Reject pending memberships with a reason; optionally send the office the templated reply.

    The reply goes where enqueue sends office replies (Reply-To, else From, of the
    office's latest message), threaded under it.
    """
    now = moment(now)
    reason = reason.strip()
    if not reason:
        raise ActionError("a rejection needs a reason")
    nomination = load_nomination(session, nomination_id, lock=True)
    _check_open(nomination)
    chosen = _selected(
        nomination, nominee_ids=nominee_ids, task_forces=task_forces, membership_ids=membership_ids
    )
    if not chosen and any(n.memberships for n in nomination.nominees):
        raise ActionError(f"nomination {nomination_id} has nothing pending to reject")
    for _nominee, membership in chosen:
        membership.review_status = ReviewStatus.REJECTED
        membership.decided_by = actor
        membership.decided_at = now
        membership.reason = reason
    before = nomination.status
    if chosen:
        _settle(nomination, now)
    else:
        # A nomination without any task force (e.g. a misfiled letter) is rejected whole.
        nomination.status = NominationStatus.REJECTED
        nomination.decided_at = now
    outbox_ids: list[int] = []
    if send_reply and nomination.sender_address:
        item = enqueue(
            session,
            kind="rejection",
            settings=settings,
            nomination=nomination,
            inbound=latest_inbound(session, nomination.id),
            context={"staff_text": reason},
            actor=actor,
            now=now,
        )
        if item is not None:
            session.flush()
            outbox_ids.append(item.id)
    decided = tuple((n.id, m.task_force) for n, m in chosen)
    record(
        session,
        actor=actor,
        action="reject",
        subject_type="nomination",
        subject_id=nomination.id,
        before={"status": before},
        after={"status": nomination.status, "rejected": decided, "outbox": outbox_ids},
        note=reason,
        at=now,
    )
    return Decision(nomination.id, nomination.status, decided, tuple(outbox_ids))


def withdraw(
    session: Session,
    nomination_id: int,
    *,
    actor: str,
    reason: str = "",
    now: datetime | None = None,
) -> Decision:
    """Mark a nomination withdrawn (the office took it back); approved access is not revoked."""
    now = moment(now)
    nomination = load_nomination(session, nomination_id, lock=True)
    if nomination.status == NominationStatus.WITHDRAWN:
        raise ActionError(f"nomination {nomination_id} is already withdrawn")
    before = nomination.status
    nomination.status = NominationStatus.WITHDRAWN
    nomination.decided_at = now
    record(
        session,
        actor=actor,
        action="withdraw",
        subject_type="nomination",
        subject_id=nomination.id,
        before={"status": before},
        after={"status": nomination.status},
        note=reason,
        at=now,
    )
    return Decision(nomination.id, nomination.status, (), ())


def request_info(
    session: Session,
    nomination_id: int,
    *,
    actor: str,
    message: str,
    settings: Settings,
    now: datetime | None = None,
) -> OutboxItem | None:
    """Write to the office by hand (kind "clarification") and wait for its answer."""
    now = moment(now)
    message = message.strip()
    if not message:
        raise ActionError("the request needs a message for the office")
    nomination = load_nomination(session, nomination_id, lock=True)
    _check_open(nomination)
    if not nomination.sender_address:
        raise ActionError(f"nomination {nomination_id} has no sender address to write to")
    item = enqueue(
        session,
        kind="clarification",
        settings=settings,
        nomination=nomination,
        inbound=latest_inbound(session, nomination.id),
        context={"staff_text": message},
        actor=actor,
        now=now,
    )
    before = nomination.status
    if nomination.status == NominationStatus.PENDING_REVIEW:
        nomination.status = NominationStatus.AWAITING_INFO
    if item is not None:
        session.flush()
    record(
        session,
        actor=actor,
        action="request_info",
        subject_type="nomination",
        subject_id=nomination.id,
        before={"status": before},
        after={"status": nomination.status, "outbox": item.id if item is not None else None},
        note=message,
        at=now,
    )
    return item
