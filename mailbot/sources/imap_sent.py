"""Copies of sent mail into an IMAP folder (Settings.imap_sent_folder) on the mailbox account.

Staff then see the bot's replies in their mail client. One connection for a batch of
copies; the message stays sent whatever happens here (mailbot.outbox.sender logs it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from imapclient.exceptions import IMAPClientError

from mailbot.errors import SourceError
from mailbot.sources.imap_login import ensure_folder, login, logout
from mailbot.sources.imap_url import ImapTarget

__all__ = ["append_copies"]

_BARE_NEWLINE = re.compile(rb"\r?\n")


def _internal_date(raw: bytes) -> datetime | None:
    """The Date header as an aware datetime; None (the server's clock) when absent or bad.

    "-0000" (RFC 5322 3.3: zone unknown) parses naive; it is read as UTC rather than
    imapclient's default, the local zone of whichever host runs the worker.
    """
    value = BytesHeaderParser().parsebytes(raw).get("Date")
    if value is None:
        return None
    try:
        when = parsedate_to_datetime(str(value))
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def append_copies(
    target: ImapTarget,
    folder: str,
    messages: Iterable[bytes],
    *,
    ca_file: Path | None = None,
    timeout_seconds: float = 30.0,
) -> int:
    """APPEND each message to `folder`, flagged \\Seen and dated by its Date header.

    One connection for all of them; the folder is created if absent. Returns how many
    were appended. Raises SourceError naming how many went in before the failure: e.g.
    "2 of 3 copies appended" when the server went away during the third.
    """
    pending = list(messages)
    if not pending:
        return 0
    appended = 0
    try:
        client = login(target, ca_file=ca_file, timeout=timeout_seconds)
        try:
            ensure_folder(client, folder)
            for raw in pending:
                # APPEND takes a message with CRLF line ends (RFC 3501 2.2, 6.3.11);
                # some servers (Cyrus) refuse bare LF.
                message = _BARE_NEWLINE.sub(b"\r\n", raw)
                client.append(folder, message, flags=(b"\\Seen",), msg_time=_internal_date(raw))
                appended += 1
        finally:
            logout(client)
    except (IMAPClientError, OSError) as exc:
        raise SourceError(
            f"{target.name}: {appended} of {len(pending)} copies appended to {folder!r}: "
            f"{type(exc).__name__}: {exc}"
        ) from exc
    return appended
