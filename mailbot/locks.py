"""Mailbox ownership: one process at a time reads a mailbox (a PostgreSQL advisory lock).

Several worker processes, on several hosts, may share one PostgreSQL database. Each takes
`pg_try_advisory_lock(key)` on a dedicated autocommit connection and keeps that connection
for as long as it owns the mailbox; PostgreSQL releases the lock when the connection ends,
so a crashed or killed owner frees the mailbox for a waiting worker without any cleanup.
A session-level advisory lock survives commits and rollbacks, unlike a transaction lock.

SQLite has no such lock: it is meant for one process, and MailboxLock there always
succeeds. Running two workers on one SQLite file is unsupported.
"""

from __future__ import annotations

import hashlib
import logging
from types import TracebackType

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

__all__ = ["MailboxLock", "lock_key"]

log = logging.getLogger(__name__)


def lock_key(mailbox: str) -> int:
    """The signed 64-bit advisory-lock key for a mailbox name (stable across hosts).

    >>> lock_key("imap://bot@mail.example.org:993/INBOX") == lock_key("imap://bot@mail.example.org:993/INBOX")
    True
    """
    digest = hashlib.sha256(f"cws-mailbot mailbox {mailbox}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class MailboxLock:
    """try_acquire() / alive() / release() on one dedicated connection."""

    def __init__(self, engine: Engine, mailbox: str) -> None:
        self._engine = engine
        self.mailbox = mailbox
        self.key = lock_key(mailbox)
        self._connection: Connection | None = None
        self._shared = engine.dialect.name != "postgresql"
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def try_acquire(self) -> bool:
        """True if this process now owns the mailbox (it may already have)."""
        if self._held:
            return True
        if self._shared:
            self._held = True
            return True
        try:
            if self._connection is None:
                self._connection = self._engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT"
                )
            got = self._connection.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": self.key}
            ).scalar_one()
        except SQLAlchemyError:
            log.warning("advisory lock for %s: database unreachable", self.mailbox, exc_info=True)
            self._drop_connection()
            return False
        self._held = bool(got)
        if self._held:
            log.info("this process now owns mailbox %s", self.mailbox)
        return self._held

    def alive(self) -> bool:
        """Whether the lock is still ours: its connection answers and still holds it."""
        if not self._held:
            return False
        if self._shared:
            return True
        if self._connection is None:
            self._held = False
            return False
        try:
            still = self._connection.execute(
                text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                    " AND objsubid = 1 AND pid = pg_backend_pid()"
                    " AND ((classid::bigint << 32) | objid::bigint) = :key"
                ),
                {"key": self.key},
            ).scalar_one()
        except SQLAlchemyError:
            log.warning("lost the connection holding mailbox %s", self.mailbox)
            self._drop_connection()
            return False
        if not still:
            self._held = False
            log.warning("advisory lock for %s is gone", self.mailbox)
        return bool(still)

    def release(self) -> None:
        if self._connection is not None and self._held:
            try:
                self._connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self.key})
            except SQLAlchemyError:
                log.debug("unlock failed; closing the connection releases it", exc_info=True)
        self._drop_connection()

    def _drop_connection(self) -> None:
        self._held = False
        connection, self._connection = self._connection, None
        if connection is None:
            return
        # Invalidate rather than return to the pool: a pooled connection must not carry a lock.
        try:
            connection.invalidate()
            connection.close()
        except SQLAlchemyError:
            log.debug("closing the lock connection failed", exc_info=True)

    def __enter__(self) -> MailboxLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
