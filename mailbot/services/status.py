"""A nomination's status, recomputed after staff change its nominees or their fields."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mailbot import policy
from mailbot.audit import record
from mailbot.db.models import Nomination, NominationStatus, ReviewStatus
from mailbot.merge import facts_of

__all__ = ["refresh_status"]


def refresh_status(
    session: Session,
    nomination: Nomination,
    *,
    actor: str,
    now: datetime,
    note: str = "",
    created: bool = False,
) -> None:
    """Set the status the nominees now call for, the way intake and decisions would.

    Open: awaiting_info while a required field is missing, else pending_review; once
    every task force is decided, approved or rejected. A decided nomination reopens for
    a new pending nominee. Withdrawn stays withdrawn. `created`: the first status of a
    new nomination, recorded from None as intake records it.
    """
    before: str | None = None if created else nomination.status
    if before == NominationStatus.WITHDRAWN:
        return
    statuses = [m.review_status for n in nomination.nominees for m in n.memberships]
    pending = ReviewStatus.PENDING in statuses
    after: str
    # Settled once every task force is decided and nobody is still without one.
    if statuses and not pending and all(n.memberships for n in nomination.nominees):
        after = (
            NominationStatus.APPROVED
            if ReviewStatus.APPROVED in statuses
            else NominationStatus.REJECTED
        )
    else:
        missing = policy.nomination_missing(
            nomination.office, [facts_of(n) for n in nomination.nominees]
        )
        current = before if before in policy.OPEN_STATUSES else None
        after = policy.status_after_intake(current, missing)
        note = note or (f"missing: {', '.join(missing)}" if missing else "complete")
    if after == before:
        return
    nomination.status = after
    nomination.decided_at = now if after in {"approved", "rejected"} else None
    record(
        session,
        actor=actor,
        action="status_changed",
        subject_type="nomination",
        subject_id=nomination.id,
        before={"status": before},
        after={"status": after},
        note=note,
        at=now,
    )
