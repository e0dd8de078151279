"""Named queries: store raw mail once, and look messages and nominations up by thread ids."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload

from mailbot.db.headers import (
    HeaderSummary,
    id_variants,
    split_msg_ids,
    summarize_headers,
)
from mailbot.db.models import (
    InboundMessage,
    MessageStatus,
    Nomination,
    Nominee,
    OutboxItem,
    TriageState,
)

__all__ = [
    "HeaderSummary",
    "RawMessage",
    "StoredRow",
    "id_variants",
    "inbound_by_message_ids",
    "nominations_with_nominees",
    "outbox_by_message_ids",
    "split_msg_ids",
    "store_raw",
    "store_raw_batch",
    "summarize_headers",
]

# Values per IN (...) list: far below SQLite's 32766 and PostgreSQL's 65535 parameters.
_IN_CHUNK = 500


@dataclass(frozen=True, slots=True)
class RawMessage:
    """A message to keep: `raw` is the whole message, or its header block if `oversized`.

    `size` is what the server reported (None: len(raw)); uidvalidity and uid are None for
    mail that comes from no mailbox folder (an import).
    """

    raw: bytes
    uidvalidity: int | None = None
    uid: int | None = None
    size: int | None = None
    oversized: bool = False


@dataclass(frozen=True, slots=True)
class StoredRow:
    """The row a message was stored as (is_new) or recognised as, as it was looked up."""

    id: int
    is_new: bool
    mailbox: str
    uidvalidity: int | None
    status: str


_ROW = (
    InboundMessage.sha256,
    InboundMessage.id,
    InboundMessage.mailbox,
    InboundMessage.uidvalidity,
    InboundMessage.status,
)


def _rows_by_sha256(session: Session, digests: Sequence[str]) -> dict[str, StoredRow]:
    found: dict[str, StoredRow] = {}
    for start in range(0, len(digests), _IN_CHUNK):
        chunk = digests[start : start + _IN_CHUNK]
        query = select(*_ROW).where(InboundMessage.sha256.in_(chunk))
        for digest, row_id, mailbox, uidvalidity, status in session.execute(query):
            found[digest] = StoredRow(row_id, False, mailbox, uidvalidity, status)
    return found


def _rows_by_sender(
    session: Session, keys: Sequence[tuple[str, str]], rows: dict[str, StoredRow]
) -> dict[tuple[str, str], tuple[tuple[int, int], str]]:
    """Rows by (Message-ID as stored, lower-case From): (0, id) and sha256 of the oldest.

    `keys` are header Message-IDs, each looked up in both spellings (id_variants); the
    rows found join `rows`.
    """
    found: dict[tuple[str, str], tuple[tuple[int, int], str]] = {}
    sender = func.lower(InboundMessage.from_address)
    for start in range(0, len(keys), _IN_CHUNK):
        chunk = keys[start : start + _IN_CHUNK]
        query = (
            select(*_ROW, InboundMessage.message_id, sender)
            .where(InboundMessage.message_id.in_(id_variants(msg_id for msg_id, _ in chunk)))
            .where(sender.in_(sorted({address for _, address in chunk})))
            .order_by(InboundMessage.id)
        )
        for digest, row_id, mailbox, uidvalidity, status, msg_id, address in session.execute(query):
            # Ordered by id: the first row of a key is its oldest.
            found.setdefault((msg_id, address), ((0, row_id), digest))
            rows.setdefault(digest, StoredRow(row_id, False, mailbox, uidvalidity, status))
    return found


def _oldest(
    by_sender: dict[tuple[str, str], tuple[tuple[int, int], str]], msg_id: str, address: str
) -> str | None:
    """The sha256 of the oldest row whose Message-ID is either spelling of `msg_id`."""
    hits = [by_sender[k] for v in id_variants([msg_id]) if (k := (v, address)) in by_sender]
    return min(hits)[1] if hits else None


def _new_values(
    message: RawMessage, mailbox: str, digest: str, headers: HeaderSummary
) -> dict[str, object]:
    oversized = message.oversized
    return {
        "mailbox": mailbox[:255],
        "uidvalidity": message.uidvalidity,
        "uid": message.uid,
        "message_id": headers.message_id,
        "sha256": digest,
        "size": len(message.raw) if message.size is None else message.size,
        "raw": message.raw,
        "received_at": headers.date,
        "from_address": headers.from_address,
        "subject": headers.subject,
        "in_reply_to": headers.in_reply_to,
        "references": " ".join(headers.references),
        "status": MessageStatus.OVERSIZED if oversized else MessageStatus.RECEIVED,
        # Nothing can parse a body never downloaded: staff see it straight away.
        "triage": TriageState.OPEN if oversized else TriageState.NONE,
        "triage_reason": "oversized: body not downloaded" if oversized else "",
    }


def _insert_new(session: Session, rows: list[dict[str, object]]) -> dict[str, int]:
    """INSERT ... ON CONFLICT (sha256) DO NOTHING, all rows in one statement: sha256 -> id.

    A row missing from the answer lost to a concurrent fetch that stored the same bytes.
    """
    if not rows:
        return {}
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # On the table, not the entity: the ORM's bulk path only adds per-row work here.
    table = InboundMessage.metadata.tables[InboundMessage.__tablename__]
    statement = (
        insert(table)
        .on_conflict_do_nothing(index_elements=["sha256"])
        .returning(table.c.sha256, table.c.id)
    )
    return dict(session.execute(statement, rows).all())


def store_raw_batch(
    session: Session, messages: Sequence[RawMessage], *, mailbox: str
) -> list[StoredRow]:
    """Keep several messages as store_raw would one after another: one StoredRow each, in order.

    A few statements for the whole batch: rows by SHA-256, rows by Message-ID + From for
    the messages whose bytes are new, one multi-row INSERT. A message repeated within the
    batch is a copy of its first occurrence. Never raises on a malformed header.
    """
    digests = [hashlib.sha256(message.raw).hexdigest() for message in messages]
    rows = _rows_by_sha256(session, sorted(set(digests)))  # sha256 -> row, is_new false
    headers = {
        i: summarize_headers(m.raw) for i, m in enumerate(messages) if digests[i] not in rows
    }
    keys = {
        i: (summary.message_id, summary.from_address)
        for i, summary in headers.items()
        if summary.message_id and summary.from_address
    }
    by_sender = _rows_by_sender(session, sorted(set(keys.values())), rows) if keys else {}
    new: dict[str, dict[str, object]] = {}  # sha256 -> values, in message order
    planned: dict[str, StoredRow] = {}  # sha256 -> the new row, its id still unknown
    targets: list[tuple[str, bool]] = []  # each message's row (by sha256), and added by it
    for i, message in enumerate(messages):
        digest, key = digests[i], keys.get(i)
        if digest in rows or digest in new:
            targets.append((digest, False))
        elif key is not None and (same := _oldest(by_sender, *key)) is not None:
            targets.append((same, False))
        else:
            values = _new_values(message, mailbox, digest, headers[i])
            new[digest] = values
            planned[digest] = StoredRow(
                0, False, mailbox[:255], message.uidvalidity, str(values["status"])
            )
            targets.append((digest, True))
            if key is not None:  # later copies in this batch find it, after older rows
                by_sender.setdefault(key, ((1, len(new)), digest))
    ids = _insert_new(session, list(new.values()))
    for digest, row_id in ids.items():
        rows[digest] = replace(planned[digest], id=row_id)
    lost = [digest for digest in new if digest not in ids]
    if lost:
        rows.update(_rows_by_sha256(session, lost))
    return [
        replace(rows[digest], is_new=True) if added and digest in ids else rows[digest]
        for digest, added in targets
    ]


def store_raw(
    session: Session,
    *,
    raw: bytes,
    mailbox: str,
    uidvalidity: int | None,
    uid: int | None,
    size: int | None = None,
    oversized: bool = False,
) -> tuple[InboundMessage, bool]:
    """Keep one fetched message; returns (row, is_new). Never raises on a malformed header.

    The same mail seen again (a restart, a new UIDVALIDITY, a copy in a second
    folder) is recognised by its SHA-256, or failing that by Message-ID plus
    From (a copy re-encoded by a relay), and the earlier row is returned.
    For an `oversized` message `raw` holds only what was downloaded (its
    header block) and `size` the size the server reported.
    """
    message = RawMessage(raw, uidvalidity, uid, size, oversized)
    (stored,) = store_raw_batch(session, [message], mailbox=mailbox)
    return session.get_one(InboundMessage, stored.id), stored.is_new


# Built once, not per message: constructing a statement cost more than SQLite running it.
_INBOUND_BY_IDS = (
    select(InboundMessage)
    .where(InboundMessage.message_id.in_(bindparam("ids", expanding=True)))
    .order_by(InboundMessage.id)
)
_OUTBOX_BY_IDS = (
    select(OutboxItem)
    .where(OutboxItem.message_id.in_(bindparam("ids", expanding=True)))
    .order_by(OutboxItem.id)
)


def inbound_by_message_ids(session: Session, ids: Sequence[str]) -> list[InboundMessage]:
    """Inbound messages whose Message-ID is one of `ids` (bracketed or not), oldest first."""
    if not ids:
        return []
    return list(session.scalars(_INBOUND_BY_IDS, {"ids": id_variants(ids)}))


def outbox_by_message_ids(session: Session, ids: Sequence[str]) -> list[OutboxItem]:
    """Our own outgoing messages whose Message-ID is one of `ids`, oldest first."""
    if not ids:
        return []
    return list(session.scalars(_OUTBOX_BY_IDS, {"ids": id_variants(ids)}))


def nominations_with_nominees(session: Session, *, status: str | None = None) -> list[Nomination]:
    """Nominations (oldest first) with nominees and memberships loaded in two more queries."""
    query = select(Nomination).order_by(Nomination.id)
    if status:
        query = query.where(Nomination.status == status)
    return list(
        session.scalars(
            query.options(selectinload(Nomination.nominees).selectinload(Nominee.memberships))
        )
    )
