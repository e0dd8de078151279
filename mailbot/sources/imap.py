"""IMAP mail source (with imap_login.py and imap_sent.py, the only importers of imapclient): UID fetch, IDLE,
flag and move. Copies of sent mail go to the Sent folder through mailbot.sources.imap_sent.

The URL (mailbot.sources.imap_url) names the transport explicitly; nothing is guessed
from the server's CAPABILITY. Certificates are verified against the system store or
Settings.imap_ca_file.

Order of effects for one message (see mailbot.fetch for the database side):
  1. SEARCH lists the folder; RFC822.SIZE is fetched for a batch, then BODY.PEEK[] (or
     only BODY.PEEK[HEADER] above max_message_bytes). PEEK leaves \\Seen alone (RFC 3501 6.4.5).
     A batch reaches the database as one list (fetch_batches), stored in one transaction.
  2. After the raw bytes are committed: +FLAGS $MailbotStored.
  3. After intake: MOVE (RFC 6851) to the processed or quarantine folder, created if absent;
     without MOVE: COPY, +FLAGS \\Deleted, then UID EXPUNGE (RFC 4315 UIDPLUS) or, lacking
     that, EXPUNGE (which also removes messages others marked \\Deleted). With an empty
     folder setting the message stays in place flagged \\Seen $MailbotDone.
A crash between any two steps repeats, at worst, the step after it: the database dedupes
a second download, and a second MOVE finds nothing to move.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from mailbot.errors import SourceError
from mailbot.sources.base import MAX_BATCH_BYTES, Outcome, RawMail, Snapshot
from mailbot.sources.imap_login import ensure_folder, login, logout, shutdown
from mailbot.sources.imap_url import ImapTarget, parse_imap_url

__all__ = ["ImapSource", "ImapTarget", "parse_imap_url"]

log = logging.getLogger(__name__)

STORED = b"$MailbotStored"
DONE = b"$MailbotDone"


def _announces_mail(responses: Iterable[tuple[object, ...]]) -> bool:
    """Whether untagged responses include "* n EXISTS" or "* n RECENT" (RFC 3501 7.3)."""
    return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)


def _batches(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), max(size, 1)):
        yield items[start : start + max(size, 1)]


class ImapSource:
    """One folder on one IMAP server; connects lazily and reconnects after close()."""

    def __init__(
        self,
        target: ImapTarget,
        *,
        ca_file: Path | None = None,
        batch_size: int = 200,
        max_message_bytes: int = 25 * 1024 * 1024,
        processed_folder: str = "Processed",
        quarantine_folder: str = "Quarantine",
        idle_timeout_seconds: float = 240.0,
        timeout_seconds: float = 30.0,
    ) -> None:
        self._target = target
        self._ca_file = ca_file
        self._batch = batch_size
        self._max = max_message_bytes
        self._folders: dict[Outcome, str] = {
            "processed": processed_folder,
            "quarantine": quarantine_folder,
        }
        self._idle_timeout = idle_timeout_seconds
        self._timeout = timeout_seconds
        self._client: IMAPClient | None = None
        self._uidvalidity = 0
        self._listed_uidvalidity = 0  # of the last snapshot, whose UIDs callers hold
        self._existing_folders: set[str] = set()

    @property
    def name(self) -> str:
        return self._target.name

    # -- connection -----------------------------------------------------------------------
    def _connect(self) -> IMAPClient:
        if self._client is not None:
            return self._client
        target = self._target
        try:
            client = login(target, ca_file=self._ca_file, timeout=self._timeout)
            try:
                info = client.select_folder(target.folder)
            except BaseException:
                shutdown(client)
                raise
        except (IMAPClientError, OSError) as exc:
            raise SourceError(f"{self.name}: {type(exc).__name__}: {exc}") from exc
        self._uidvalidity = int(info[b"UIDVALIDITY"])
        self._client = client
        return client

    def _listed(self) -> IMAPClient:
        """The connection, provided UIDs from the last snapshot still mean the same messages.

        A reconnect may find the folder renumbered (RFC 3501 2.3.1.1); acting on old UIDs
        then would flag or move the wrong messages.
        """
        client = self._connect()
        if self._listed_uidvalidity and self._uidvalidity != self._listed_uidvalidity:
            raise SourceError(
                f"{self.name}: UIDVALIDITY changed from {self._listed_uidvalidity} to "
                f"{self._uidvalidity} since the folder was listed"
            )
        return client

    def _fail(self, exc: BaseException) -> SourceError:
        """Drop the connection after any error: its state is unknown."""
        self.close()
        return SourceError(f"{self.name}: {type(exc).__name__}: {exc}")

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        logout(client)

    # -- reading --------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        client = self._connect()
        criteria: list[str | bytes] = ["NOT", "DELETED"]
        if not all(self._folders.values()):
            criteria += ["NOT", "KEYWORD", DONE]
        try:
            uids = client.search(criteria)
        except (IMAPClientError, OSError) as exc:
            raise self._fail(exc) from exc
        self._listed_uidvalidity = self._uidvalidity
        return Snapshot(self._uidvalidity, tuple(sorted(int(u) for u in uids)))

    def fetch_new(self, uids: Sequence[int] | None = None) -> Iterator[RawMail]:
        for batch in self.fetch_batches(uids):
            yield from batch

    def fetch_batches(self, uids: Sequence[int] | None = None) -> Iterator[list[RawMail]]:
        wanted = sorted(self.snapshot().uids if uids is None else uids)
        for batch in _batches(wanted, self._batch):
            try:
                for mails in self._fetch_batch(batch):
                    if mails:  # empty when every message vanished meanwhile
                        yield mails
            except (IMAPClientError, OSError) as exc:
                raise self._fail(exc) from exc

    def _fetch_batch(self, batch: Sequence[int]) -> Iterator[list[RawMail]]:
        """One batch of UIDs as one list, or several when the bodies exceed MAX_BATCH_BYTES."""
        client = self._listed()
        uidvalidity = self._uidvalidity
        sizes = {
            int(uid): int(data[b"RFC822.SIZE"])
            for uid, data in client.fetch(batch, ["RFC822.SIZE"]).items()
            if b"RFC822.SIZE" in data
        }
        heads: dict[int, RawMail] = {}  # oversized: header only, fetched one by one
        small: list[int] = []
        small_bytes = 0
        for uid in batch:
            if uid not in sizes:
                continue  # expunged meanwhile
            if sizes[uid] > self._max:
                head = client.fetch([uid], ["BODY.PEEK[HEADER]"]).get(uid, {})
                header = head.get(b"BODY[HEADER]")
                if header is not None:
                    heads[uid] = RawMail(uid, uidvalidity, sizes[uid], bytes(header), True)
                continue
            if small and small_bytes + sizes[uid] > MAX_BATCH_BYTES:
                yield self._download(small, sizes, heads)
                small, small_bytes, heads = [], 0, {}
            small.append(uid)
            small_bytes += sizes[uid]
        if small or heads:
            yield self._download(small, sizes, heads)

    def _download(
        self, uids: list[int], sizes: dict[int, int], heads: dict[int, RawMail]
    ) -> list[RawMail]:
        """BODY.PEEK[] of `uids` in one command, merged with `heads` in UID order."""
        mails = dict(heads)
        if uids:
            client = self._listed()
            uidvalidity = self._uidvalidity
            data = client.fetch(uids, ["BODY.PEEK[]"])
            for uid in uids:
                body = data.get(uid, {}).get(b"BODY[]")
                if body is not None:
                    mails[uid] = RawMail(uid, uidvalidity, sizes.get(uid, len(body)), bytes(body))
        return [mails[uid] for uid in sorted(mails)]

    # -- effects after commit -------------------------------------------------------------
    def mark_stored(self, uids: Sequence[int]) -> None:
        if not uids:
            return
        client = self._listed()
        try:
            client.add_flags(list(uids), [STORED], silent=True)
        except (IMAPClientError, OSError) as exc:
            raise self._fail(exc) from exc

    def mark_done(self, uids: Sequence[int], outcome: Outcome) -> None:
        if not uids:
            return
        messages = list(uids)
        client = self._listed()
        folder = self._folders[outcome]
        try:
            if not folder:
                client.add_flags(messages, [b"\\Seen", DONE], silent=True)
                return
            self._ensure_folder(client, folder)
            if client.has_capability("MOVE"):
                client.move(messages, folder)
                return
            client.copy(messages, folder)
            client.add_flags(messages, [b"\\Deleted"], silent=True)
            if client.has_capability("UIDPLUS"):
                client.uid_expunge(messages)
            else:
                client.expunge()
        except (IMAPClientError, OSError) as exc:
            raise self._fail(exc) from exc

    def _ensure_folder(self, client: IMAPClient, folder: str) -> None:
        if folder in self._existing_folders:
            return
        ensure_folder(client, folder)
        self._existing_folders.add(folder)

    # -- waiting --------------------------------------------------------------------------
    def wait_for_news(self, timeout: float, stop: threading.Event | None = None) -> bool:
        client = self._connect()
        if not client.has_capability("IDLE"):
            return self._wait_and_noop(client, timeout, stop)
        # RFC 2177: servers may drop an IDLE after 30 min; renew well before.
        deadline = time.monotonic() + min(timeout, self._idle_timeout)
        try:
            # IDLE reports changes made while idling; mail that arrived since our last
            # command may only show at the next mailbox sync (Dovecot: at DONE or after
            # mailbox_idle_check_interval). NOOP asks now; DONE's responses count too.
            _text, pending = client.noop()
            if _announces_mail(pending) or self._unstored(client):
                return True
            client.idle()
            news = False
            while not news and (stop is None or not stop.is_set()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                # Short checks so a stop request is honoured within a second.
                news = _announces_mail(client.idle_check(timeout=min(remaining, 1.0)))
            _text, last = client.idle_done()
        except (IMAPClientError, OSError) as exc:
            raise self._fail(exc) from exc
        return news or _announces_mail(last)

    def _unstored(self, client: IMAPClient) -> bool:
        """Whether the folder holds mail no pass has stored yet.

        Mail that arrived during a pass is announced in the untagged responses of that
        pass's FETCH, STORE or MOVE (RFC 3501 7.3.1), which imapclient does not return;
        the NOOP then has nothing left to say, and IDLE would wait for the next full poll.
        """
        criteria: list[str | bytes] = ["NOT", "DELETED", "NOT", "KEYWORD", STORED]
        if not all(self._folders.values()):
            criteria += ["NOT", "KEYWORD", DONE]
        return bool(client.search(criteria))

    def _wait_and_noop(
        self, client: IMAPClient, timeout: float, stop: threading.Event | None
    ) -> bool:
        """Without IDLE: sleep, then NOOP, which reports new mail as EXISTS (RFC 3501 6.1.2)."""
        if stop is not None:
            stop.wait(timeout)
        else:
            time.sleep(timeout)
        try:
            _text, responses = client.noop()
        except (IMAPClientError, OSError) as exc:
            raise self._fail(exc) from exc
        return _announces_mail(responses)
