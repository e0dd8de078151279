"""The MailSource protocol: what fetch and the worker need from a mailbox, IMAP or Maildir.

A source names messages by integer UIDs valid under one UIDVALIDITY (RFC 3501 2.3.1.1):
IMAP's own, or for a Maildir a stable hash of each file's unique name. The life of a
message in a source, and who moves it on:

    in folder ──fetch_batches──► bytes committed to the DB ──mark_stored──► (flagged)
              ──intake──► mark_done(uids, "processed" | "quarantine") ──► moved out

All three work on several messages at once, so a backlog costs one command (and one
database transaction) per batch, not one per message.

`mark_stored` and `mark_done` are only ever called after the database commit that makes
them true; a source never changes anything on its own while fetching.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from mailbot.db.headers import header_section

__all__ = [
    "MAX_BATCH_BYTES",
    "MailSource",
    "Outcome",
    "RawMail",
    "Snapshot",
    "batched",
    "header_section",
    "stable_uid",
]

Outcome = Literal["processed", "quarantine"]

# Bytes of message held in one batch at most, so a batch of big messages stays bounded.
MAX_BATCH_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class RawMail:
    """One message as fetched.

    `raw` holds the whole message, or only its header section when `oversized` is true
    (the body was never downloaded because `size` exceeds max_message_bytes).
    """

    uid: int
    uidvalidity: int
    size: int
    raw: bytes | None
    oversized: bool = False


@dataclass(frozen=True)
class Snapshot:
    """The folder as it is now: its UIDVALIDITY and the UIDs not yet done (ascending)."""

    uidvalidity: int
    uids: tuple[int, ...]


class MailSource(Protocol):
    """A mailbox folder the worker reads from; see the module docstring for the order."""

    @property
    def name(self) -> str:
        """Stable identity without secrets, e.g. imap://bot@mail.example.org:993/INBOX.

        Keys MailboxState, InboundMessage.mailbox and the PostgreSQL advisory lock.
        """
        ...

    def snapshot(self) -> Snapshot:
        """Connect if needed and list what is still in the folder."""
        ...

    def fetch_new(self, uids: Sequence[int] | None = None) -> Iterator[RawMail]:
        """Download these UIDs (default: every UID of a fresh snapshot), in ascending order.

        UIDs that vanished meanwhile are skipped. Nothing on the server is changed.
        """
        ...

    def fetch_batches(self, uids: Sequence[int] | None = None) -> Iterator[list[RawMail]]:
        """fetch_new's messages, in the same order, grouped as they were downloaded.

        A batch holds at most the source's batch size and about MAX_BATCH_BYTES; it is
        never empty.
        """
        ...

    def mark_stored(self, uids: Sequence[int]) -> None:
        """These messages' bytes are committed; flag them so people and tools can tell."""
        ...

    def mark_done(self, uids: Sequence[int], outcome: Outcome) -> None:
        """Intake has finished with these: move them to the processed or quarantine place."""
        ...

    def wait_for_news(self, timeout: float, stop: threading.Event | None = None) -> bool:
        """Block up to `timeout` seconds (less if `stop` is set); True if new mail may exist."""
        ...

    def close(self) -> None:
        """Release the connection; the source reconnects on next use."""
        ...


def stable_uid(key: str) -> int:
    """A positive 62-bit integer for a non-numeric message key (fits a signed BIGINT).

    >>> stable_uid("1700000000.M1P2.host") == stable_uid("1700000000.M1P2.host")
    True
    """
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).digest()
    return int.from_bytes(digest[:8], "big") >> 2 or 1


def batched(
    mails: Iterable[RawMail], size: int, max_bytes: int = MAX_BATCH_BYTES
) -> Iterator[list[RawMail]]:
    """Consecutive non-empty groups of at most `size` messages and `max_bytes` of raw bytes.

    A message larger than `max_bytes` makes a group of its own.
    """
    group: list[RawMail] = []
    held = 0
    for mail in mails:
        length = len(mail.raw or b"")
        if group and (len(group) >= size or held + length > max_bytes):
            yield group
            group, held = [], 0
        group.append(mail)
        held += length
    if group:
        yield group
