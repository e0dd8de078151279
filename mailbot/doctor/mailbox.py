"""Doctor check: IMAP login and folder when MAILBOT_IMAP_URL is set, else a writable Maildir."""

from __future__ import annotations

from mailbot.config import Settings
from mailbot.doctor.results import (
    DEFAULT_TIMEOUT,
    CheckResult,
    first_line,
    network_failure,
    writable_dir,
)
from mailbot.errors import ConfigError, SourceError
from mailbot.sources.imap import ImapSource, parse_imap_url

__all__ = ["check_imap"]


def check_imap(settings: Settings, *, timeout: float = DEFAULT_TIMEOUT) -> CheckResult:
    """Log in and open the folder exactly as the worker does (through ImapSource)."""
    secret = settings.imap_url.get_secret_value() if settings.imap_url else ""
    if not secret:
        return writable_dir("Maildir", settings.effective_maildir, "MAILBOT_MAILDIR_PATH")
    name, setting = "IMAP", "MAILBOT_IMAP_URL"
    try:
        target = parse_imap_url(secret)
    except ConfigError as exc:
        return CheckResult(name, False, str(exc), f"fix {setting}")
    where = f"{target.host}:{target.port}"
    source = ImapSource(target, ca_file=settings.imap_ca_file, timeout_seconds=timeout)
    try:
        snapshot = source.snapshot()
    except SourceError as exc:
        cause = exc.__cause__ or exc
        # Matched by name, not imported: imapclient stays inside mailbot.sources.
        if type(cause).__name__ == "LoginError":
            return CheckResult(
                name,
                False,
                f"login failed for {target.user} at {where}",
                f"check {setting}'s user and password",
            )
        if isinstance(cause, OSError):
            return network_failure(
                name,
                where,
                cause,
                setting=setting,
                ca_setting="MAILBOT_IMAP_CA_FILE",
                timeout=timeout,
            )
        # After a good LOGIN only SELECT is left to fail (RFC 3501 6.3.1: NO on a bad name).
        return CheckResult(
            name,
            False,
            f"folder {target.folder!r} at {where} cannot be opened ({first_line(cause)})",
            f"check the folder at the end of {setting}",
        )
    finally:
        source.close()
    return CheckResult(
        name, True, f"{target.name}: login ok, {len(snapshot.uids)} message(s) waiting"
    )
