"""Frozen contexts: exactly what each reply template may use, and the envelope around it."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AcknowledgementContext",
    "ClarificationContext",
    "Envelope",
    "LateNoteContext",
    "Mailbox",
    "NomineeView",
    "RejectionContext",
    "ReminderContext",
    "ReplyContext",
    "ReplyKind",
    "RequestMissingContext",
    "WikiAccessContext",
]


class ReplyKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    REQUEST_MISSING = "request_missing"
    REMINDER = "reminder"
    WIKI_ACCESS = "wiki_access"
    REJECTION = "rejection"
    CLARIFICATION = "clarification"
    LATE_NOTE = "late_note"

    @property
    def automatic(self) -> bool:
        """Sent by the bot on its own (rate limited), not on a staff decision."""
        return self in _AUTOMATIC

    @property
    def auto_submitted(self) -> str | None:
        """RFC 3834 §5 value: replies to a message vs. notifications; None for staff-written mail."""
        if self in _REPLIES:
            return "auto-replied"
        if self in _NOTIFICATIONS:
            return "auto-generated"
        return None


_REPLIES = frozenset({ReplyKind.ACKNOWLEDGEMENT, ReplyKind.REQUEST_MISSING, ReplyKind.LATE_NOTE})
_NOTIFICATIONS = frozenset({ReplyKind.REMINDER, ReplyKind.WIKI_ACCESS})
_AUTOMATIC = frozenset(
    {
        ReplyKind.ACKNOWLEDGEMENT,
        ReplyKind.REQUEST_MISSING,
        ReplyKind.REMINDER,
        ReplyKind.LATE_NOTE,
    }
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class NomineeView(_Frozen):
    """One representative as the bot understood it; `missing` names annex fields still needed."""

    title: Literal["Mr", "Mrs", "Ms"] | None = None
    last_name: str | None = None
    first_name: str | None = None
    position: str | None = None
    username: str | None = None
    account_email: str | None = None
    task_forces: tuple[str, ...] = ()
    # Keys of replies.labels.FIELD_LABELS: "task_forces", "username", ...
    missing: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class _Base(_Frozen):
    language: str = "en"
    reference: str = Field(description="Campaign circular, e.g. 'C. CWS 175'.")
    campaign_deadline: date
    office: str | None = None
    sender_address: str = Field(description="Our own address, for 'contact the Secretariat at'.")
    wiki_url: str


class AcknowledgementContext(_Base):
    kind: Literal["acknowledgement"] = "acknowledgement"
    nominees: tuple[NomineeView, ...]


class RequestMissingContext(_Base):
    kind: Literal["request_missing"] = "request_missing"
    nominees: tuple[NomineeView, ...] = ()
    # Message-level annex fields still needed, e.g. ("office",).
    missing: tuple[str, ...] = ()


class ReminderContext(_Base):
    kind: Literal["reminder"] = "reminder"
    nominees: tuple[NomineeView, ...] = ()
    missing: tuple[str, ...] = ()
    requested_on: date


class WikiAccessContext(_Base):
    kind: Literal["wiki_access"] = "wiki_access"
    nominee: NomineeView


class RejectionContext(_Base):
    kind: Literal["rejection"] = "rejection"
    nominees: tuple[NomineeView, ...] = ()
    staff_text: str = Field(min_length=1)


class ClarificationContext(_Base):
    kind: Literal["clarification"] = "clarification"
    nominees: tuple[NomineeView, ...] = ()
    staff_text: str = Field(min_length=1)


class LateNoteContext(_Base):
    kind: Literal["late_note"] = "late_note"
    nominees: tuple[NomineeView, ...] = ()
    received_on: date


ReplyContext = Annotated[
    AcknowledgementContext
    | RequestMissingContext
    | ReminderContext
    | WikiAccessContext
    | RejectionContext
    | ClarificationContext
    | LateNoteContext,
    Field(discriminator="kind"),
]


class Mailbox(_Frozen):
    address: str
    name: str = ""


class Envelope(_Frozen):
    """Header facts around a rendered reply; values from inbound mail are cleaned by compose."""

    sender: Mailbox
    to: tuple[Mailbox, ...]
    cc: tuple[Mailbox, ...] = ()
    reply_to: str | None = None
    message_id: str
    date: datetime
    # Threading on the office's mail (RFC 5322 §3.6.4).
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    # The office's subject; when given, ours is "Re: " + it.
    original_subject: str | None = None
