"""Mailbox to database: store each new message's raw bytes and COMMIT, only then touch the server.

The database, not the server, decides what is new. A pass lists the folder (UIDs not yet
moved out), looks those UIDs up under the current UIDVALIDITY, and downloads only the
unknown ones. Per message, one transaction stores it (store_raw dedupes by SHA-256, then by
Message-ID + From); messages already committed are flagged $MailbotStored in batches, and
MailboxState.last_uid follows. `settle()` runs after intake and moves every message whose
row is final to the processed or quarantine place.

Crash windows and what the next pass does:
- before the commit: the UID is unknown, so it is downloaded again;
- after the commit, before the flag: the UID is known; settle moves it after intake;
- UIDVALIDITY changed (RFC 3501 2.3.1.1): every UID is unknown, so the folder is rescanned;
  store_raw recognises each message and its row is re-pointed at the new UID, so nothing
  is stored twice or left behind;
- a second copy of a stored message (same bytes or Message-ID): moved out as processed
  straight away, since its row already exists.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import InboundMessage, MailboxState, MessageStatus, utcnow
from mailbot.db.queries import store_raw
from mailbot.db.session import transaction
from mailbot.sources.base import MailSource, Outcome

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


def _checkpoint(
    sessions: sessionmaker[Session], source: MailSource, flag: list[int], uidvalidity: int
) -> None:
    """Flag what was committed since the last checkpoint and advance MailboxState.last_uid."""
    if not flag:
        return
    source.mark_stored(flag)
    with transaction(sessions) as session:
        state = _state(session, source.name)
        if state.uidvalidity == uidvalidity:
            state.last_uid = max(state.last_uid, *flag)
    flag.clear()


def fetch_new(
    sessions: sessionmaker[Session],
    source: MailSource,
    *,
    settings: Settings,
    stop: threading.Event | None = None,
    now: datetime | None = None,
) -> FetchReport:
    """Store every message of the folder the database does not know yet; see the module doc.

    One transaction per message; flags go out every Settings.imap_batch_size messages, each
    for messages already committed. Raises SourceError when the mailbox cannot be read; what
    was committed stays committed.
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
    stored = duplicates = relocated = oversized = 0
    stopped = False
    committed: list[int] = []  # stored, not yet flagged
    for mail in source.fetch_new(todo):
        with transaction(sessions) as session:
            row, is_new = store_raw(
                session,
                raw=mail.raw or b"",
                mailbox=name,
                uidvalidity=mail.uidvalidity,
                uid=mail.uid,
                size=mail.size,
                oversized=mail.oversized,
            )
            duplicate = not is_new
            if duplicate and row.mailbox == name and row.uidvalidity != mail.uidvalidity:
                # The row's UID belongs to an older numbering of this folder: this message
                # is that row, not a copy of it.
                row.uidvalidity, row.uid = mail.uidvalidity, mail.uid
                duplicate = False
                relocated += 1
            done = outcome_for(row.status) or "processed"
        # Committed: only now may the server learn about it.
        committed.append(mail.uid)
        if is_new:
            stored += 1
            oversized += mail.oversized
        elif duplicate:
            duplicates += 1
            log.info("%s uid %s duplicates inbound message %s", name, mail.uid, row.id)
            _checkpoint(sessions, source, committed, snap.uidvalidity)
            source.mark_done([mail.uid], done)
        if len(committed) >= settings.imap_batch_size:
            _checkpoint(sessions, source, committed, snap.uidvalidity)
        if stop is not None and stop.is_set():
            stopped = True
            break
    _checkpoint(sessions, source, committed, snap.uidvalidity)
    with transaction(sessions) as session:
        _state(session, name).last_success_at = now or utcnow()
    return FetchReport(
        mailbox=name,
        uidvalidity=snap.uidvalidity,
        in_folder=len(snap.uids),
        stored=stored,
        duplicates=duplicates,
        relocated=relocated,
        oversized=oversized,
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
