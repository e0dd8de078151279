"""Doctor check: SMTP connection, TLS and login when MAILBOT_SMTP_URL is set, else the outbox folder.

The URL is read by the outbox's own SmtpTransport.from_url; the probe itself uses the
standard library's smtplib (synchronous, and it never sends a message).
"""

from __future__ import annotations

import smtplib
import ssl

from mailbot.config import Settings
from mailbot.doctor.results import (
    DEFAULT_TIMEOUT,
    CheckResult,
    first_line,
    network_failure,
    writable_dir,
)
from mailbot.errors import ConfigError
from mailbot.outbox.transports import SmtpTransport

__all__ = ["check_smtp"]

_SETTING = "MAILBOT_SMTP_URL"


def _where(target: SmtpTransport) -> str:
    return f"{target.hostname}:{target.port}"


def _session(target: SmtpTransport, context: ssl.SSLContext, timeout: float) -> str:
    """Connect, secure and log in as the URL says; returns how the session is protected."""
    client: smtplib.SMTP
    if target.use_tls:
        client = smtplib.SMTP_SSL(target.hostname, target.port, timeout=timeout, context=context)
    else:
        client = smtplib.SMTP(target.hostname, target.port, timeout=timeout)
    with client:
        client.ehlo()
        protection = "implicit TLS" if target.use_tls else "no TLS"
        if target.start_tls:
            if not client.has_extn("starttls"):
                raise smtplib.SMTPNotSupportedError("STARTTLS is not offered")
            client.starttls(context=context)
            client.ehlo()  # RFC 3207 4.2: forget what was learnt before TLS
            protection = "STARTTLS"
        if target.username:
            client.login(target.username, target.password or "")
        client.noop()
    return protection


def _failure(target: SmtpTransport, exc: BaseException, timeout: float) -> CheckResult:
    return network_failure(
        "SMTP",
        _where(target),
        exc,
        setting=_SETTING,
        ca_setting="MAILBOT_SMTP_CA_FILE",
        timeout=timeout,
    )


def check_smtp(settings: Settings, *, timeout: float = DEFAULT_TIMEOUT) -> CheckResult:
    """Connect, do TLS as the scheme says, log in if the URL has a user, and say NOOP."""
    secret = settings.smtp_url.get_secret_value() if settings.smtp_url else ""
    if not secret:
        return writable_dir("Outbox", settings.effective_outbox_dir, "MAILBOT_OUTBOX_DIR")
    name = "SMTP"
    try:
        # Read exactly as the sender reads it.
        target = SmtpTransport.from_url(secret, ca_file=settings.smtp_ca_file, timeout=timeout)
    except (ConfigError, ValueError) as exc:  # ValueError: a port that is not a number
        return CheckResult(name, False, first_line(exc), f"fix {_SETTING}")
    cafile = str(settings.smtp_ca_file) if settings.smtp_ca_file else None
    try:
        protection = _session(target, ssl.create_default_context(cafile=cafile), timeout)
    except smtplib.SMTPAuthenticationError:
        return CheckResult(
            name,
            False,
            f"login failed for {target.username} at {_where(target)}",
            f"check {_SETTING}'s user and password",
        )
    except smtplib.SMTPNotSupportedError as exc:
        # Servers commonly offer AUTH only after STARTTLS (RFC 4954 4).
        return CheckResult(
            name,
            False,
            f"{_where(target)}: {first_line(exc)}",
            f"check the scheme in {_SETTING} (smtp+starttls:// or smtps://)",
        )
    except smtplib.SMTPException as exc:
        if isinstance(exc.__context__, OSError):
            # smtplib reports a read timeout or reset as SMTPServerDisconnected.
            return _failure(target, exc.__context__, timeout)
        return CheckResult(
            name, False, f"{_where(target)} answered: {first_line(exc)}", f"check {_SETTING}"
        )
    except OSError as exc:
        return _failure(target, exc, timeout)
    login = f", login ok for {target.username}" if target.username else ""
    return CheckResult(name, True, f"{_where(target)} reachable ({protection}{login})")
