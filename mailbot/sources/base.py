"""The MailSource protocol: what fetch and the worker need from a mailbox, IMAP or Maildir.

A source names messages by integer UIDs valid under one UIDVALIDITY (RFC 3501 2.3.1.1):
IMAP's own, or for a Maildir a stable hash of each file's unique name. The life of a
message in a source, and who moves it on:

    in folder ──fetch_new──► bytes committed to the DB ──mark_stored──► (flagged)
              ──intake──► mark_done(uids, "processed" | "quarantine") ──► moved out

Both take several UIDs so a backlog costs one command per batch, not one per message.

`mark_stored` and `mark_done` are only ever called after the database commit that makes
them true; a source never changes anything on its own while fetching.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

__all__ = ["MailSource", "Outcome", "RawMail", "Snapshot", "header_section", "stable_uid"]

Outcome = Literal["processed", "quarantine"]


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


def header_section(data: bytes) -> bytes:
    r"""The header block up to and including the blank line that ends it (RFC 5322 2.1).

    Accepts CRLF (IMAP, RFC 3501 2.2) and bare LF (Maildir, mbox) line ends:

    >>> header_section(b"Subject: hi\r\n\r\nbody\n\nmore")
    b'Subject: hi\r\n\r\n'
    >>> header_section(b"Subject: hi\n\nbody")
    b'Subject: hi\n\n'
    """
    ends = [
        found + len(separator)
        for separator in (b"\r\n\r\n", b"\n\n")
        if (found := data.find(separator)) >= 0
    ]
    return data[: min(ends)] if ends else data
