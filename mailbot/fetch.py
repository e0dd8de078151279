"""Mailbox to database: store each new message's raw bytes and COMMIT, only then touch the server.

The database, not the server, decides what is new. A pass lists the folder (UIDs not yet
moved out), looks those UIDs up under the current UIDVALIDITY, and downloads only the
unknown ones, a batch at a time (Settings.imap_batch_size, one FETCH). Per batch, one
transaction stores every message (store_raw_batch dedupes by SHA-256, then by Message-ID +
From, also within the batch) and advances MailboxState.last_uid; once it has committed the
batch is flagged $MailbotStored. A stop request is honoured between batches. `settle()`
runs after intake and moves every message whose row is final to the processed or
quarantine place.

Crash windows and what the next pass does:
- before the commit (a crash, or a database error anywhere in the batch): the batch's
  UIDs are unknown and unflagged, so they are downloaded again;
- after the commit, before the flag: the UID is known; settle moves it after intake;
- UIDVALIDITY changed (RFC 3501 2.3.1.1): every UID is unknown, so the folder is rescanned;
  store_raw_batch recognises each message and its row is re-pointed at the new UID, so
  nothing is stored twice or left behind;
- a second copy of a stored message (same bytes or Message-ID, in an earlier batch or the
  same one): moved out as processed straight after its batch's commit, since its row
  exists;
- another worker storing the same bytes at the same moment (PostgreSQL): the INSERT skips
  the row (ON CONFLICT DO NOTHING) and the message counts as a copy of the other's row.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.models import InboundMessage, MailboxState, MessageStatus, utcnow
from mailbot.db.queries import RawMessage, store_raw_batch
from mailbot.db.session import transaction
from mailbot.sources.base import MailSource, Outcome, RawMail

__all__ = ["FetchReport", "SettleReport", "fetch_new", "outcome_for", "settle"]

log = logging.getLogger(__name__)

# Bound parameter lists well below SQLite's 32766 and PostgreSQL's 65535 limits.
_CHUNK = 5000
# UIDs per MOVE: keeps the command line short of the 8 KiB servers accept (RFC 7162 4).
_MOVE_BATCH = 500


@dataclass(frozen=True)
class FetchReport:
    mailbox: str
    uidvalidity: int
    in_folder: int  # messages in the folder not yet moved out
    stored: int  # new rows
    duplicates: int  # already stored; moved out at once
    relocated: int  # known rows re-pointed at a new UID after a UIDVALIDITY change
    oversized: int
    uidvalidity_changed: bool
    stopped: bool  # a stop request ended the pass early


@dataclass(frozen=True)
class SettleReport:
    processed: int
    quarantined: int
    waiting: int  # stored, intake not finished


def outcome_for(status: str) -> Outcome | None:
    """Where a message goes once its row has this status; None while intake is pending."""
    if status == MessageStatus.RECEIVED:
        return None
    if status in (MessageStatus.FAILED, MessageStatus.OVERSIZED):
        return "quarantine"
    return "processed"


def _chunks(items: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _known_statuses(
    session: Session, mailbox: str, uidvalidity: int, uids: Sequence[int]
) -> dict[int, str]:
    known: dict[int, str] = {}
    for chunk in _chunks(uids):
        for uid, status in session.execute(
            select(InboundMessage.uid, InboundMessage.status).where(
                InboundMessage.mailbox == mailbox,
                InboundMessage.uidvalidity == uidvalidity,
                InboundMessage.uid.in_(chunk),
            )
        ):
            if uid is not None:
                known[int(uid)] = status
    return known


def _state(session: Session, mailbox: str) -> MailboxState:
    state = session.get(MailboxState, mailbox)
    if state is None:
        state = MailboxState(mailbox=mailbox, uidvalidity=0, last_uid=0)
        session.add(state)
    return state


@dataclass
class _Tally:
    stored: int = 0
    duplicates: int = 0
    relocated: int = 0
    oversized: int = 0


def _store_batch(
    session: Session, name: str, uidvalidity: int, batch: Sequence[RawMail], tally: _Tally
) -> dict[Outcome, list[int]]:
    """Store one batch and advance last_uid (not committed); the copies to move out at once."""
    found = store_raw_batch(
        session,
        [RawMessage(m.raw or b"", m.uidvalidity, m.uid, m.size, m.oversized) for m in batch],
        mailbox=name,
    )
    copies: dict[Outcome, list[int]] = {}
    moves: dict[int, dict[str, int]] = {}  # row id -> its new place (a UIDVALIDITY change)
    for mail, row in zip(batch, found, strict=True):
        if row.is_new:
            tally.stored += 1
            tally.oversized += mail.oversized
            continue
        era = moves[row.id]["uidvalidity"] if row.id in moves else row.uidvalidity
        if row.mailbox == name and era != mail.uidvalidity:
            # The row's UID belongs to an older numbering of this folder: this message
            # is that row, not a copy of it.
            moves[row.id] = {"id": row.id, "uidvalidity": mail.uidvalidity, "uid": mail.uid}
            tally.relocated += 1
            continue
        tally.duplicates += 1
        log.info("%s uid %s duplicates inbound message %s", name, mail.uid, row.id)
        copies.setdefault(outcome_for(row.status) or "processed", []).append(mail.uid)
    if moves:
        session.execute(update(InboundMessage), list(moves.values()))
    state = _state(session, name)
    if state.uidvalidity == uidvalidity:
        state.last_uid = max(state.last_uid, *(mail.uid for mail in batch))
    return copies


def fetch_new(
    sessions: sessionmaker[Session],
    source: MailSource,
    *,
    stop: threading.Event | None = None,
    now: datetime | None = None,
) -> FetchReport:
    """Store every message of the folder the database does not know yet; see the module doc.

    One transaction per batch the source downloads (its size is Settings.imap_batch_size,
    given to the source), then one flag command for the batch. Raises SourceError when the
    mailbox cannot be read; what was committed stays committed.
    """
    name = source.name
    snap = source.snapshot()
    with transaction(sessions) as session:
        state = _state(session, name)
        changed = state.uidvalidity not in (0, snap.uidvalidity)
        if changed:
            log.warning(
                "%s: UIDVALIDITY changed %s -> %s; rescanning the folder",
                name,
                state.uidvalidity,
                snap.uidvalidity,
            )
        if state.uidvalidity != snap.uidvalidity:
            state.uidvalidity, state.last_uid = snap.uidvalidity, 0
        state.last_poll_at = now or utcnow()
        known = _known_statuses(session, name, snap.uidvalidity, snap.uids)
    todo = [uid for uid in snap.uids if uid not in known]
    tally = _Tally()
    stopped = False
    for batch in source.fetch_batches(todo):
        with transaction(sessions) as session:
            copies = _store_batch(session, name, snap.uidvalidity, batch, tally)
        # Committed: only now may the server learn about these messages.
        source.mark_stored([mail.uid for mail in batch])
        for outcome, uids in copies.items():
            source.mark_done(uids, outcome)
        if stop is not None and stop.is_set():
            stopped = True
            break
    with transaction(sessions) as session:
        _state(session, name).last_success_at = now or utcnow()
    return FetchReport(
        mailbox=name,
        uidvalidity=snap.uidvalidity,
        in_folder=len(snap.uids),
        stored=tally.stored,
        duplicates=tally.duplicates,
        relocated=tally.relocated,
        oversized=tally.oversized,
        uidvalidity_changed=changed,
        stopped=stopped,
    )


def settle(
    sessions: sessionmaker[Session],
    source: MailSource,
    *,
    stop: threading.Event | None = None,
) -> SettleReport:
    """After intake: move each message whose row is final out of the folder.

    PROCESSED (and DUPLICATE) go to the processed place, FAILED and OVERSIZED to quarantine;
    RECEIVED rows wait for the next pass. One command moves up to _MOVE_BATCH messages.
    """
    snap = source.snapshot()
    with sessions() as session:
        known = _known_statuses(session, source.name, snap.uidvalidity, snap.uids)
    by_outcome: dict[Outcome, list[int]] = {"processed": [], "quarantine": []}
    waiting = 0
    for uid in sorted(known):
        outcome = outcome_for(known[uid])
        if outcome is None:
            waiting += 1
        else:
            by_outcome[outcome].append(uid)
    moved = {"processed": 0, "quarantine": 0}
    for outcome, uids in by_outcome.items():
        for start in range(0, len(uids), _MOVE_BATCH):
            if stop is not None and stop.is_set():
                break
            batch = uids[start : start + _MOVE_BATCH]
            source.mark_done(batch, outcome)
            moved[outcome] += len(batch)
    return SettleReport(moved["processed"], moved["quarantine"], waiting)
