"""SQLAlchemy tables: raw inbound mail, nominations, nominees, outbox, staff, audit trail."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    delete,
    event,
    func,
    insert,
    inspect,
)
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

__all__ = [
    "AuditEvent",
    "Base",
    "InboundMessage",
    "MailboxState",
    "Membership",
    "MessageStatus",
    "Nomination",
    "NominationStatus",
    "Nominee",
    "OutboxAddress",
    "OutboxItem",
    "OutboxStatus",
    "ReviewStatus",
    "StaffUser",
    "TriageState",
    "UTCDateTime",
    "recipient_addresses",
    "utcnow",
]


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend.

    SQLite has no timezone type: SQLAlchemy stores the wall-clock digits and
    returns naive values, so a naive value read back is UTC by construction.
    PostgreSQL returns the session's zone; both come back as UTC here.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    # Named constraints let later migrations drop or alter them (SQLite batch mode needs names).
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        datetime: UTCDateTime(),
    }


class MessageStatus(StrEnum):
    RECEIVED = "received"  # stored raw, not yet processed
    PROCESSED = "processed"
    FAILED = "failed"  # parsing or intake raised; kept raw, shown to staff
    OVERSIZED = "oversized"  # recorded from its size alone, body never downloaded
    DUPLICATE = "duplicate"  # same Message-ID/hash as an earlier message


class TriageState(StrEnum):
    NONE = "none"  # not on the triage list (a nomination message)
    OPEN = "open"  # waiting for staff
    DISMISSED = "dismissed"
    ASSIGNED = "assigned"  # staff attached it to a nomination


class NominationStatus(StrEnum):
    AWAITING_INFO = "awaiting_info"
    PENDING_REVIEW = "pending_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class ReviewStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class OutboxStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # claimed by a sender; the window a crash can leave ambiguous
    SENT = "sent"
    RETRY = "retry"  # temporary failure, next_attempt_at says when
    FAILED = "failed"  # permanent failure or attempts exhausted; staff see it
    SUPPRESSED = "suppressed"  # loop guard or rate limit decided not to send


class MailboxState(Base):
    """Per-mailbox checkpoint: the last UID fetched under a given UIDVALIDITY."""

    __tablename__ = "mailbox_state"

    mailbox: Mapped[str] = mapped_column(String(255), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger, default=0)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    last_poll_at: Mapped[datetime | None] = mapped_column(default=None)
    last_success_at: Mapped[datetime | None] = mapped_column(default=None)


class InboundMessage(Base):
    __tablename__ = "inbound_message"
    __table_args__ = (
        UniqueConstraint("sha256", name="uq_inbound_sha256"),
        Index("ix_inbound_message_id", "message_id"),
        Index("ix_inbound_source_uid", "mailbox", "uidvalidity", "uid"),
        Index("ix_inbound_status", "status"),
        Index("ix_inbound_triage", "triage"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(255), default="")
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger, default=None)
    uid: Mapped[int | None] = mapped_column(BigInteger, default=None)
    message_id: Mapped[str | None] = mapped_column(String(998), default=None)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    # None once purged by retention, or when the message was too large to download.
    raw: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
    received_at: Mapped[datetime | None] = mapped_column(default=None)  # the Date header
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    from_address: Mapped[str | None] = mapped_column(String(320), default=None)
    subject: Mapped[str] = mapped_column(Text, default="")
    in_reply_to: Mapped[str | None] = mapped_column(String(998), default=None)
    references: Mapped[str] = mapped_column(Text, default="")  # space separated ids
    kind: Mapped[str | None] = mapped_column(String(32), default=None)
    kind_reason: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    status: Mapped[str] = mapped_column(String(16), default=MessageStatus.RECEIVED)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    processed_at: Mapped[datetime | None] = mapped_column(default=None)
    triage: Mapped[str] = mapped_column(String(16), default=TriageState.NONE)
    triage_reason: Mapped[str] = mapped_column(Text, default="")  # why it is (or left) triage
    # The parser's output (the `parse --json` object), kept for staff and replays.
    parsed: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    # Decision log: classification rule, thread match, trust, reply decision.
    decisions: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    nomination_id: Mapped[int | None] = mapped_column(
        ForeignKey("nomination.id", ondelete="SET NULL"), default=None, index=True
    )

    nomination: Mapped[Nomination | None] = relationship(back_populates="messages")


class Nomination(Base):
    __tablename__ = "nomination"
    __table_args__ = (Index("ix_nomination_status", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign: Mapped[str] = mapped_column(String(64), default="C. CWS 175")
    office: Mapped[str | None] = mapped_column(String(500), default=None)
    office_code: Mapped[str | None] = mapped_column(String(8), default=None)  # ST.3
    sender_address: Mapped[str] = mapped_column(String(320), default="")
    sender_name: Mapped[str] = mapped_column(String(500), default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    reference: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(24), default=NominationStatus.AWAITING_INFO)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    unverified_sender: Mapped[bool] = mapped_column(Boolean, default=False)
    warnings: Mapped[dict[str, Any] | None] = mapped_column(default=None)  # {"items": [...]}
    # Message-ID of the office's first mail; replies thread on it.
    thread_message_id: Mapped[str | None] = mapped_column(String(998), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)

    nominees: Mapped[list[Nominee]] = relationship(
        back_populates="nomination", cascade="all, delete-orphan", order_by="Nominee.position_index"
    )
    messages: Mapped[list[InboundMessage]] = relationship(back_populates="nomination")
    outbox: Mapped[list[OutboxItem]] = relationship(back_populates="nomination")


class Nominee(Base):
    __tablename__ = "nominee"
    __table_args__ = (
        Index("ix_nominee_username", "username"),
        Index("ix_nominee_account_email", "account_email"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nomination_id: Mapped[int] = mapped_column(ForeignKey("nomination.id", ondelete="CASCADE"))
    position_index: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str | None] = mapped_column(String(16), default=None)
    last_name: Mapped[str | None] = mapped_column(String(300), default=None)
    first_name: Mapped[str | None] = mapped_column(String(300), default=None)
    position: Mapped[str | None] = mapped_column(String(500), default=None)
    username: Mapped[str | None] = mapped_column(String(200), default=None)
    account_email: Mapped[str | None] = mapped_column(String(320), default=None)
    # Per field: the Evidence dict the parser gave (or {"rule": "staff", "by": ...}).
    evidence: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("nominee.id"), default=None)

    nomination: Mapped[Nomination] = relationship(back_populates="nominees")
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="nominee", cascade="all, delete-orphan", order_by="Membership.task_force"
    )


# Case-insensitive lookups compare lower(column) (threads.find_thread by sender,
# duplicates.flag_duplicates by username and account e-mail); only an index on that
# expression serves them, on SQLite and PostgreSQL alike. SQLite cannot reflect such
# indexes, so autogenerate skips them on both sides (see pyproject's filterwarnings).
Index("ix_nomination_sender_lower", func.lower(Nomination.sender_address))
Index("ix_nominee_username_lower", func.lower(Nominee.username))
Index("ix_nominee_account_email_lower", func.lower(Nominee.account_email))


class Membership(Base):
    """One nominee in one task force, reviewed on its own."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("nominee_id", "task_force", name="uq_membership"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nominee_id: Mapped[int] = mapped_column(ForeignKey("nominee.id", ondelete="CASCADE"))
    task_force: Mapped[str] = mapped_column(String(200))
    review_status: Mapped[str] = mapped_column(String(16), default=ReviewStatus.PENDING)
    decided_by: Mapped[str | None] = mapped_column(String(100), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
    reason: Mapped[str | None] = mapped_column(Text, default=None)

    nominee: Mapped[Nominee] = relationship(back_populates="memberships")


class OutboxItem(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("message_id", name="uq_outbox_message_id"),
        Index("ix_outbox_status_next", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(
        String(32)
    )  # acknowledgement, request_missing, wiki_access ...
    nomination_id: Mapped[int | None] = mapped_column(
        ForeignKey("nomination.id", ondelete="SET NULL"), default=None, index=True
    )
    inbound_id: Mapped[int | None] = mapped_column(
        ForeignKey("inbound_message.id", ondelete="SET NULL"), default=None
    )
    recipient: Mapped[str] = mapped_column(String(320))  # envelope recipients, comma separated
    message_id: Mapped[str] = mapped_column(String(998))
    thread_key: Mapped[str] = mapped_column(String(998), default="")  # for the grace-period guard
    subject: Mapped[str] = mapped_column(Text, default="")
    raw: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # the rendered RFC 5322 message
    status: Mapped[str] = mapped_column(String(16), default=OutboxStatus.QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    created_by: Mapped[str] = mapped_column(String(100), default="bot")

    nomination: Mapped[Nomination | None] = relationship(back_populates="outbox")


class OutboxAddress(Base):
    """One recipient of an outbox row, lower-cased: the reply guards' exact lookup.

    `recipient` is a comma-separated list, so finding one address in it took a LIKE scan of
    the whole guard window, once per reply. The rows follow `recipient` on their own
    (_write_addresses below, on every insert and recipient change, whoever writes the
    row) and go with it (ON DELETE CASCADE); the copy of created_at lets one index
    answer "what did this address get since T".
    """

    __tablename__ = "outbox_address"
    __table_args__ = (Index("ix_outbox_address_recent", "address", "created_at", "outbox_id"),)

    outbox_id: Mapped[int] = mapped_column(
        ForeignKey("outbox.id", ondelete="CASCADE"), primary_key=True
    )
    address: Mapped[str] = mapped_column(String(320), primary_key=True)
    created_at: Mapped[datetime] = mapped_column()


def recipient_addresses(recipient: str) -> list[str]:
    """The distinct addresses of an outbox `recipient` list, lower-cased, in order."""
    return list(dict.fromkeys(p.strip().lower() for p in recipient.split(",") if p.strip()))


_INSERT_ADDRESSES = insert(OutboxAddress)


@event.listens_for(OutboxItem, "after_insert")
def _write_addresses(_mapper: Any, connection: Connection, item: OutboxItem) -> None:
    # A Core INSERT in the same flush: a third of the cost of ORM objects on a relationship.
    rows = [
        {"outbox_id": item.id, "address": address, "created_at": item.created_at}
        for address in recipient_addresses(item.recipient)
    ]
    if rows:
        connection.execute(_INSERT_ADDRESSES, rows)


@event.listens_for(OutboxItem, "after_update")
def _rewrite_addresses(mapper: Any, connection: Connection, item: OutboxItem) -> None:
    changed = inspect(item).attrs
    if changed.recipient.history.has_changes() or changed.created_at.history.has_changes():
        connection.execute(delete(OutboxAddress).where(OutboxAddress.outbox_id == item.id))
        _write_addresses(mapper, connection, item)


class StaffUser(Base):
    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="reviewer")  # reviewer | admin
    password_hash: Mapped[str] = mapped_column(String(200))
    totp_secret: Mapped[str | None] = mapped_column(String(64), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)


class AuditEvent(Base):
    """Append-only: rows are inserted, never updated or deleted (except by erasure law)."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_subject", "subject_type", "subject_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))  # "bot", "staff:<name>", "cli"
    action: Mapped[str] = mapped_column(String(64))
    subject_type: Mapped[str] = mapped_column(
        String(32)
    )  # nomination, nominee, message, outbox, user
    subject_id: Mapped[int | None] = mapped_column(Integer, default=None)
    before: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    after: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(Text, default="")
