"""Frozen value models produced by the parsers: the `mailbot parse --json` schema."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "NOMINEE_FIELDS",
    "Attachment",
    "Evidence",
    "HeaderFacts",
    "Kind",
    "Nominee",
    "ParseOptions",
    "ParseWarning",
    "ParsedEmail",
    "TaskForce",
    "TaskForceCatalog",
]

# Annex fields asked for each representative, in the order the annex lists them.
NOMINEE_FIELDS: tuple[str, ...] = (
    "task_forces",
    "title",
    "last_name",
    "first_name",
    "position",
    "username",
    "account_email",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Kind(StrEnum):
    NOMINATION = "nomination"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    OTHER = "other"


class Evidence(_Frozen):
    """Where a value was found, so staff can see why the bot believes it.

    `source` is "body", "subject", "header:<Name>" or "attachment:<filename>";
    `start`/`end` index into the text of that source as the parser saw it;
    `rule` names the extraction rule (e.g. "label", "table", "prose", "signature").
    """

    source: str
    start: int | None = None
    end: int | None = None
    rule: str
    text: str = ""


class ParseWarning(_Frozen):
    """Something a careful clerk would point out; never blocks storage."""

    code: str
    message: str
    field: str | None = None


class Nominee(_Frozen):
    title: Literal["Mr", "Mrs", "Ms"] | None = None
    last_name: str | None = None
    first_name: str | None = None
    position: str | None = None
    username: str | None = None
    account_email: str | None = None
    task_forces: tuple[str, ...] = ()
    # Task-force names the sender wrote that match nothing in the catalogue.
    unknown_task_forces: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


class Attachment(_Frozen):
    filename: str
    content_type: str
    size: int
    text_extracted: bool = False
    error: str | None = None


class HeaderFacts(_Frozen):
    """Header values the service needs for threading, loop guards and replies."""

    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    from_address: str | None = None
    from_name: str | None = None
    reply_to: str | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    # The display names beside `cc`, one to an address ("" where none): "Lozano Carrasco,
    # Beatriz" tells which address in copy is hers, and where her surnames start.
    cc_names: tuple[str, ...] = ()
    subject: str = ""
    date: datetime | None = None
    auto_submitted: str | None = None
    precedence: str | None = None
    list_id: str | None = None
    authentication_results: tuple[str, ...] = ()
    # The writer when a discussion list relayed their mail under its own From ("Jane Roe
    # via List", X-Original-From): the office's address is theirs, not the list's.
    author_address: str | None = None
    author_name: str | None = None

    @property
    def writer_address(self) -> str | None:
        """Who wrote the message: the relayed writer, else the From address."""
        return self.author_address or self.from_address

    @property
    def writer_name(self) -> str | None:
        return self.author_name if self.author_address else self.from_name


class ParsedEmail(_Frozen):
    kind: Kind
    language: str | None = None
    reference: str | None = None
    office: str | None = None
    nominees: tuple[Nominee, ...] = ()
    # Dotted paths into this object: "office", "nominees[0].username", ...
    missing: tuple[str, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()
    # Keyed by the same dotted paths as `missing`.
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    # Extra keys (the contract welcomes them).
    kind_reason: str = ""
    headers: HeaderFacts = Field(default_factory=HeaderFacts)
    attachments: tuple[Attachment, ...] = ()
    new_text: str = ""
    forwarded: bool = False

    def to_contract(self) -> dict[str, object]:
        """The JSON object `mailbot parse --json` prints."""
        return self.model_dump(mode="json")


class TaskForce(_Frozen):
    name: str
    short: str = ""
    tasks: tuple[int, ...] = ()
    aliases: tuple[str, ...] = ()


class TaskForceCatalog(_Frozen):
    """The configured task forces; passed in, never read from disk by the parsers."""

    task_forces: tuple[TaskForce, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(tf.name for tf in self.task_forces)


class ParseOptions(_Frozen):
    """Limits and campaign facts the extractor needs; all have safe defaults."""

    # Addresses of the Secretariat itself: never taken as a nominee's account e-mail.
    own_addresses: tuple[str, ...] = ("cws.mail@wipo.int",)
    # Example values printed in the circular: never taken as real values.
    example_usernames: tuple[str, ...] = ("ca-jsmith",)
    # Canonical reference this campaign expects, and others that count as the same.
    campaign_reference: str = "C. CWS 175"
    accepted_references: tuple[str, ...] = ("C. CWS 175", "C. CWS 170")
    max_message_bytes: int = 25 * 1024 * 1024
    max_attachment_bytes: int = 10 * 1024 * 1024
    # Decompressed size ceiling for zip-based attachments (docx, xlsx).
    max_unpacked_bytes: int = 50 * 1024 * 1024
    max_mime_depth: int = 20
    max_parts: int = 500
