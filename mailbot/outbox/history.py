"""The reply guards' memory: which automatic mail each address was sent recently.

Every outbox row has one OutboxAddress per recipient, lower-cased (written with the row,
see db.models), so the history of an address is an exact index lookup on (address,
created_at), whatever the outbox's size.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from mailbot.db.models import OutboxAddress, OutboxItem, OutboxStatus, recipient_addresses
from mailbot.outbox import guards
from replies import ReplyKind

__all__ = ["recent"]

_AUTOMATIC_KINDS = tuple(k.value for k in ReplyKind if k.automatic)


def _listed(recipient: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in recipient.split(",") if part.strip())


def _statement(*, several: bool) -> Select[str, str, str, datetime]:
    address = OutboxAddress.address
    ids = select(OutboxAddress.outbox_id).where(
        address.in_(bindparam("addresses", expanding=True))
        if several
        else address == bindparam("address"),
        OutboxAddress.created_at >= bindparam("since"),
    )
    return (
        select(OutboxItem.kind, OutboxItem.recipient, OutboxItem.thread_key, OutboxItem.created_at)
        .where(OutboxItem.id.in_(ids))
        .where(OutboxItem.status != OutboxStatus.SUPPRESSED)
        .where(OutboxItem.kind.in_(_AUTOMATIC_KINDS))
        .order_by(OutboxItem.id)
    )


# Built once: constructing the statement cost several times what SQLite spends running it.
# A reply has one recipient as a rule, which needs no expanding IN.
_ONE = _statement(several=False)
_SEVERAL = _statement(several=True)


def recent(session: Session, recipients: Sequence[str], since: datetime) -> list[guards.History]:
    """Automatic, not suppressed rows since `since` naming any of `recipients`.

    Rows added to `session` but not yet flushed are included through autoflush, as any
    query includes them; a caller inside `no_autoflush` sees committed and flushed rows.
    """
    wanted = sorted(recipient_addresses(",".join(recipients)))
    if not wanted:
        return []
    # What Session.execute would do first (autoflush: pending rows are seen), then the
    # statement on the session's connection: rows as tuples need no ORM layer (-40 %).
    if session.autoflush:
        session.flush()
    connection = session.connection()
    if len(wanted) == 1:
        rows = connection.execute(_ONE, {"address": wanted[0], "since": since})
    else:
        rows = connection.execute(_SEVERAL, {"addresses": wanted, "since": since})
    return [
        guards.History(kind, _listed(recipient), thread_key, created_at)
        for kind, recipient, thread_key, created_at in rows
    ]
