"""Mailbox sources: open the one the settings name (IMAP URL, else the local Maildir)."""

from __future__ import annotations

from mailbot.config import Settings
from mailbot.sources.base import MailSource, Outcome, RawMail, Snapshot
from mailbot.sources.imap import ImapSource, parse_imap_url
from mailbot.sources.maildir import MaildirSource

__all__ = ["MailSource", "Outcome", "RawMail", "Snapshot", "open_source"]


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
        )
    return MaildirSource(
        settings.effective_maildir,
        max_message_bytes=settings.max_message_bytes,
        processed_folder=settings.imap_processed_folder,
        quarantine_folder=settings.imap_quarantine_folder,
    )
