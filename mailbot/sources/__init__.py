"""Mailbox sources: open the one the settings name (IMAP URL, else the local Maildir)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from mailbot.config import Settings
from mailbot.sources.base import MailSource, Outcome, RawMail, Snapshot
from mailbot.sources.imap import ImapSource, parse_imap_url
from mailbot.sources.imap_sent import append_copies
from mailbot.sources.maildir import MaildirSource

__all__ = ["MailSource", "Outcome", "RawMail", "Snapshot", "open_source", "sent_copier"]


def open_source(settings: Settings) -> MailSource:
    """The configured mailbox; nothing connects until the first call on it.

    MAILBOT_IMAP_URL unset means the Maildir at Settings.effective_maildir, created if absent,
    so the service runs with no mail server at all.
    """
    if settings.imap_url is not None and settings.imap_url.get_secret_value():
        return ImapSource(
            parse_imap_url(settings.imap_url.get_secret_value()),
            ca_file=settings.imap_ca_file,
            batch_size=settings.imap_batch_size,
            max_message_bytes=settings.max_message_bytes,
            processed_folder=settings.imap_processed_folder,
            quarantine_folder=settings.imap_quarantine_folder,
            idle_timeout_seconds=settings.idle_timeout_seconds,
            timeout_seconds=settings.imap_timeout_seconds,
        )
    return MaildirSource(
        settings.effective_maildir,
        max_message_bytes=settings.max_message_bytes,
        batch_size=settings.imap_batch_size,
        processed_folder=settings.imap_processed_folder,
        quarantine_folder=settings.imap_quarantine_folder,
    )


def sent_copier(settings: Settings) -> Callable[[Sequence[bytes]], int] | None:
    """Appends sent messages to Settings.imap_sent_folder on the mailbox's account, or None.

    None (nothing is copied) when the folder setting is empty or there is no IMAP mailbox:
    the embedded Maildir default has no mail client to show a Sent folder to.
    """
    url = settings.imap_url.get_secret_value() if settings.imap_url is not None else ""
    if not url or not settings.imap_sent_folder:
        return None
    return partial(
        append_copies,
        parse_imap_url(url),
        settings.imap_sent_folder,
        ca_file=settings.imap_ca_file,
        timeout_seconds=settings.imap_timeout_seconds,
    )
