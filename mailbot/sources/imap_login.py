"""Opening and closing IMAP connections, shared by the mailbox source (imap.py) and the
Sent-folder copier (imap_sent.py)."""

from __future__ import annotations

import ssl
from contextlib import suppress
from pathlib import Path

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from mailbot.sources.imap_url import ImapTarget

__all__ = ["ensure_folder", "login", "logout", "shutdown"]


def login(target: ImapTarget, *, ca_file: Path | None, timeout: float) -> IMAPClient:
    """A logged-in connection over the transport the URL names (no folder selected)."""
    context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    client = IMAPClient(
        target.host,
        port=target.port,
        ssl=target.scheme == "imaps",
        ssl_context=context,
        timeout=timeout,
    )
    try:
        if target.scheme == "imap+starttls":
            client.starttls(context)
        client.login(target.user, target.password)
    except BaseException:
        shutdown(client)  # keep the original error, not the teardown's
        raise
    return client


def shutdown(client: IMAPClient) -> None:
    with suppress(OSError, IMAPClientError):
        client.shutdown()


def logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except (IMAPClientError, OSError):
        shutdown(client)


def ensure_folder(client: IMAPClient, folder: str) -> None:
    if not client.folder_exists(folder):
        try:
            client.create_folder(folder)
        except IMAPClientError:
            # Another worker may have created it between the two commands.
            if not client.folder_exists(folder):
                raise
