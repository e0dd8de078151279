"""Intake: every stored message parsed, decided and filed with its reply, or marked FAILED.

Messages are read in groups of GROUP_SIZE. A group is parsed ahead (in worker processes
when mailbot.parse_pool has any and there is more than one group), then filed in ONE
transaction while the next groups are being parsed. Like Mailman's runner loop
(preserve, shunt, go on), a message whose processing raises must not take others down:
its group is rolled back whole and redone one message per transaction, so the culprit
alone is marked FAILED with the error, put on the staff triage list, never answered, and
the loop moves on. A crash loses at most the uncommitted group, whose messages are
still RECEIVED (and their replies never queued), so the next pass redoes them.
`replay` puts failed messages back through once the cause is fixed.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, sessionmaker

from mailbot import audit
from mailbot.config import Settings
from mailbot.db.models import InboundMessage, MessageStatus, TriageState
from mailbot.db.session import transaction
from mailbot.filing import set_triage
from mailbot.intake_groups import IntakeReport, Tally, file_group, file_one
from mailbot.message_intake import IntakeError, parse_options, process_message
from mailbot.parse_pool import ParsePool, PendingParse
from parsers.models import TaskForceCatalog

__all__ = [
    "GROUP_SIZE",
    "IntakeError",
    "IntakeReport",
    "process_message",
    "process_pending",
    "replay",
]

# Messages per transaction (and per parse job): large enough to amortise a commit and a
# round trip to the parse workers, small enough that a stop request waits little.
GROUP_SIZE = 25
# Groups handed to the parser ahead of the one being filed: keeps two workers busy.
_AHEAD = 3


def _load_raws(sessions: sessionmaker[Session], ids: Sequence[int]) -> dict[int, bytes]:
    """Raw bytes of the RECEIVED messages among `ids`, to parse ahead (read-only)."""
    with sessions() as session:
        rows = session.execute(
            select(InboundMessage.id, InboundMessage.raw)
            .where(InboundMessage.id.in_(ids))
            .where(InboundMessage.status == MessageStatus.RECEIVED)
        )
        return {row_id: raw for row_id, raw in rows if raw is not None}


def _start_parse(
    sessions: sessionmaker[Session], ids: Sequence[int], pool: ParsePool, *, inline: bool
) -> tuple[Sequence[int], dict[int, bytes], PendingParse]:
    """The group, its raw bytes (kept for filing: read once), and their parse under way."""
    raws = _load_raws(sessions, ids)
    return ids, raws, pool.submit(list(raws.values()), inline=inline)


def _process_ids(
    sessions: sessionmaker[Session],
    ids: Sequence[int],
    *,
    catalog: TaskForceCatalog,
    settings: Settings,
    now: datetime | None,
    tally: Tally,
    pool: ParsePool | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Parse ahead (GROUP_SIZE messages at a time, in `pool` when there is more than one
    group), and file each group in one transaction while the next ones are parsed."""
    pool = pool or ParsePool(0, catalog, parse_options(settings))
    groups = [ids[i : i + GROUP_SIZE] for i in range(0, len(ids), GROUP_SIZE)]
    inline = len(groups) < 2  # one group: the pool's round trip would only add latency
    ahead = deque(_start_parse(sessions, g, pool, inline=inline) for g in groups[:_AHEAD])
    upcoming = iter(groups[_AHEAD:])
    while ahead:
        if stop is not None and stop.is_set():
            return
        group, raws, pending = ahead.popleft()
        following = next(upcoming, None)
        if following is not None:
            ahead.append(_start_parse(sessions, following, pool, inline=inline))
        outcomes = dict(zip(raws, pending.outcomes(), strict=True))
        good = {i: o for i, o in outcomes.items() if o.error is None}
        filed = bool(good) and file_group(
            sessions, good, raws, catalog=catalog, settings=settings, now=now, tally=tally
        )
        for inbound_id in [i for i in group if not (filed and i in good)]:
            file_one(
                sessions,
                inbound_id,
                outcomes.get(inbound_id),
                raws.get(inbound_id),
                catalog=catalog,
                settings=settings,
                now=now,
                tally=tally,
            )


def process_pending(
    sessions: sessionmaker[Session],
    *,
    catalog: TaskForceCatalog,
    settings: Settings,
    now: datetime | None = None,
    limit: int | None = None,
    pool: ParsePool | None = None,
    stop: threading.Event | None = None,
) -> IntakeReport:
    """Process every RECEIVED message (up to `limit`), oldest first; see _process_ids.

    `pool` parses ahead in worker processes (the worker passes its own); `stop` is
    honoured between groups, leaving the rest RECEIVED for the next pass.
    """
    with transaction(sessions) as session:
        ids = list(
            session.scalars(
                select(InboundMessage.id)
                .where(InboundMessage.status == MessageStatus.RECEIVED)
                .order_by(InboundMessage.id)
                .limit(limit)
            )
        )
    tally = Tally()
    _process_ids(
        sessions,
        ids,
        catalog=catalog,
        settings=settings,
        now=now,
        tally=tally,
        pool=pool,
        stop=stop,
    )
    return tally.report()


def replay(
    sessions: sessionmaker[Session],
    ids: list[int] | None,
    *,
    failed: bool,
    catalog: TaskForceCatalog,
    settings: Settings,
    now: datetime | None = None,
    actor: str = "cli",
) -> IntakeReport:
    """Put FAILED messages (those in `ids`, and all of them with `failed`) through intake again.

    Messages in any other state are left alone and counted as skipped.
    """
    tally = Tally()
    with transaction(sessions) as session:
        conditions: list[ColumnElement[bool]] = []
        if ids:
            conditions.append(InboundMessage.id.in_(ids))
        if failed:
            conditions.append(InboundMessage.status == MessageStatus.FAILED)
        rows = (
            list(
                session.scalars(
                    select(InboundMessage).where(or_(*conditions)).order_by(InboundMessage.id)
                )
            )
            if conditions
            else []
        )
        again: list[int] = []
        for inbound in rows:
            if inbound.status != MessageStatus.FAILED:
                tally.skipped += 1
                continue
            audit.record(
                session,
                actor=actor,
                action="replay",
                subject_type="message",
                subject_id=inbound.id,
                before={"status": inbound.status, "error": inbound.error},
                after={"status": MessageStatus.RECEIVED},
            )
            inbound.status = MessageStatus.RECEIVED
            set_triage(inbound, TriageState.NONE, "")
            again.append(inbound.id)
        tally.skipped += len(set(ids or ()) - {row.id for row in rows})
    _process_ids(sessions, again, catalog=catalog, settings=settings, now=now, tally=tally)
    return tally.report()
