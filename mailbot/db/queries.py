"""Named queries: store raw mail once, and look messages and nominations up by thread ids."""

from __future__ import annotations

import email.policy
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload

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
    "id_variants",
    "inbound_by_message_ids",
    "nominations_with_nominees",
    "outbox_by_message_ids",
    "split_msg_ids",
    "store_raw",
    "summarize_headers",
]

_MSG_ID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True, slots=True)
class HeaderSummary:
    """What store_raw keeps from the header block; every field survives malformed input."""

    message_id: str | None
    from_address: str | None
    subject: str
    date: datetime | None
    in_reply_to: str | None
    references: tuple[str, ...]


def _clean(value: object, limit: int | None = None) -> str:
    # compat32 smuggles undecodable 8-bit header bytes as surrogates (RFC 6532 UTF-8
    # headers arrive this way); PostgreSQL rejects both surrogates and NUL.
    text = str(value).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = text.replace("\x00", "").strip()
    return text[:limit] if limit else text


def split_msg_ids(value: str | None) -> tuple[str, ...]:
    """The msg-id tokens of a Message-ID, In-Reply-To or References value (RFC 5322 3.6.4).

    >>> split_msg_ids("<a@example.org> (comment) <b@example.org>")
    ('<a@example.org>', '<b@example.org>')
    >>> split_msg_ids("bare-id@example.org")
    ('<bare-id@example.org>',)
    """
    if not value:
        return ()
    found = tuple(_MSG_ID.findall(value))
    if found:
        return found
    # Some mailers omit the angle brackets; one bare token is still an id.
    bare = value.strip().split()
    return (f"<{bare[0]}>",) if len(bare) == 1 and "@" in bare[0] else ()


def id_variants(ids: Iterable[str]) -> list[str]:
    """Each id with and without angle brackets, for columns written by different code."""
    out: list[str] = []
    for msg_id in ids:
        core = msg_id.strip().strip("<>")
        if core:
            out.extend((f"<{core}>", core))
    return out


def _header(message: Message, name: str) -> str | None:
    try:
        value = message.get(name)
    except Exception:  # a broken header is data, never a crash
        return None
    return None if value is None else _clean(value)


def _decoded(value: str | None) -> str:
    if not value:
        return ""
    try:
        return _clean(make_header(decode_header(value)))
    except Exception:  # RFC 2047 words with a bogus charset
        return _clean(value)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def summarize_headers(raw: bytes) -> HeaderSummary:
    """Message-ID, From, Subject, Date, In-Reply-To and References from the header block only.

    No MIME parse: the body is never looked at, so an oversized or mangled
    message still gets a row. A header that cannot be read comes back empty.
    """
    message = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    message_ids = split_msg_ids(_header(message, "Message-ID"))
    from_value = _header(message, "From")
    from_address: str | None = None
    if from_value:
        try:
            addresses = [addr for _, addr in getaddresses([from_value]) if "@" in addr]
        except Exception:  # getaddresses has raised on odd groups
            addresses = []
        from_address = _clean(addresses[0].lower(), 320) if addresses else None
    in_reply_to = split_msg_ids(_header(message, "In-Reply-To"))
    return HeaderSummary(
        message_id=message_ids[0][:998] if message_ids else None,
        from_address=from_address,
        subject=_decoded(_header(message, "Subject")),
        date=_date(_header(message, "Date")),
        in_reply_to=in_reply_to[0][:998] if in_reply_to else None,
        references=split_msg_ids(_header(message, "References")),
    )


def _insert_new(session: Session, values: dict[str, object]) -> int | None:
    """INSERT ... ON CONFLICT (sha256) DO NOTHING; the id, or None when another copy won."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(InboundMessage)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["sha256"])
        .returning(InboundMessage.id)
    )
    return session.execute(statement).scalar_one_or_none()


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
    digest = hashlib.sha256(raw).hexdigest()
    existing = session.scalars(
        select(InboundMessage).where(InboundMessage.sha256 == digest)
    ).first()
    if existing is not None:
        return existing, False
    headers = summarize_headers(raw)
    if headers.message_id and headers.from_address:
        same = session.scalars(
            select(InboundMessage)
            .where(InboundMessage.message_id.in_(id_variants([headers.message_id])))
            .where(func.lower(InboundMessage.from_address) == headers.from_address)
            .order_by(InboundMessage.id)
        ).first()
        if same is not None:
            return same, False
    new_id = _insert_new(
        session,
        {
            "mailbox": mailbox[:255],
            "uidvalidity": uidvalidity,
            "uid": uid,
            "message_id": headers.message_id,
            "sha256": digest,
            "size": size if size is not None else len(raw),
            "raw": raw,
            "received_at": headers.date,
            "from_address": headers.from_address,
            "subject": headers.subject,
            "in_reply_to": headers.in_reply_to,
            "references": " ".join(headers.references),
            "status": MessageStatus.OVERSIZED if oversized else MessageStatus.RECEIVED,
            # Nothing can parse a body never downloaded: staff see it straight away.
            "triage": TriageState.OPEN if oversized else TriageState.NONE,
            "triage_reason": "oversized: body not downloaded" if oversized else "",
        },
    )
    if new_id is None:  # a concurrent fetch stored the same bytes first
        return session.scalars(
            select(InboundMessage).where(InboundMessage.sha256 == digest)
        ).one(), False
    return session.get_one(InboundMessage, new_id), True


def inbound_by_message_ids(session: Session, ids: Sequence[str]) -> list[InboundMessage]:
    """Inbound messages whose Message-ID is one of `ids` (bracketed or not), oldest first."""
    if not ids:
        return []
    return list(
        session.scalars(
            select(InboundMessage)
            .where(InboundMessage.message_id.in_(id_variants(ids)))
            .order_by(InboundMessage.id)
        )
    )


def outbox_by_message_ids(session: Session, ids: Sequence[str]) -> list[OutboxItem]:
    """Our own outgoing messages whose Message-ID is one of `ids`, oldest first."""
    if not ids:
        return []
    return list(
        session.scalars(
            select(OutboxItem)
            .where(OutboxItem.message_id.in_(id_variants(ids)))
            .order_by(OutboxItem.id)
        )
    )


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
