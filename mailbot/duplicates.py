"""Nominees nominated twice: the same WIPO Accounts username or account e-mail in another nomination."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from mailbot import audit
from mailbot.db.models import Nomination, Nominee
from mailbot.merge import add_warning

__all__ = ["flag_duplicates"]


# Built once, not per message: constructing the statement cost more than running it.
_DUPLICATES = (
    select(
        Nominee.id,
        Nominee.nomination_id,
        func.lower(Nominee.username),
        func.lower(Nominee.account_email),
    )
    .where(
        or_(
            func.lower(Nominee.username).in_(bindparam("usernames", expanding=True)),
            func.lower(Nominee.account_email).in_(bindparam("emails", expanding=True)),
        )
    )
    .order_by(Nominee.id)
)
_DUPLICATES_ELSEWHERE = _DUPLICATES.where(Nominee.nomination_id != bindparam("nomination"))


def flag_duplicates(session: Session, nomination: Nomination, *, now: datetime) -> list[int]:
    """Point nominees already nominated elsewhere (same username or account e-mail) at the first.

    Returns the ids of the nominees newly flagged; each gets a warning and an audit event.
    """
    flagged: list[int] = []
    wanted = [
        n for n in nomination.nominees if n.duplicate_of is None and (n.username or n.account_email)
    ]
    usernames = sorted({n.username.lower() for n in wanted if n.username})
    emails = sorted({n.account_email.lower() for n in wanted if n.account_email})
    if not usernames and not emails:
        return flagged
    # One query for every nominee of the message, rather than one each; an empty IN list
    # matches nothing. An unflushed nomination (intake) has no nominees stored yet.
    query = _DUPLICATES if nomination.id is None else _DUPLICATES_ELSEWHERE
    values = {"usernames": usernames, "emails": emails, "nomination": nomination.id}
    # Plain rows: on the connection, without the ORM layer (flushing first as
    # Session.execute would when autoflush is on).
    if session.autoflush:
        session.flush()
    others = session.connection().execute(query, values).all()
    for nominee in wanted:
        username = nominee.username.lower() if nominee.username else None
        email = nominee.account_email.lower() if nominee.account_email else None
        earlier = next(
            (
                row
                for row in others
                if (username is not None and row[2] == username)
                or (email is not None and row[3] == email)
            ),
            None,
        )
        if earlier is None:
            continue
        earlier_id, earlier_nomination = earlier[0], earlier[1]
        if nominee.id is None:  # the warning and the trail name it (intake flushes late)
            session.flush()
        nominee.duplicate_of = earlier_id
        flagged.append(nominee.id)
        add_warning(
            nomination,
            "duplicate_person",
            f"already nominated in nomination {earlier_nomination}",
            nominee_id=nominee.id,
            other_nominee_id=earlier_id,
            other_nomination_id=earlier_nomination,
        )
        audit.emit(
            session,
            actor="bot",
            action="duplicate_flagged",
            subject_type="nominee",
            subject_id=nominee.id,
            after={"duplicate_of": earlier_id, "nomination_id": earlier_nomination},
            at=now,
        )
    return flagged
