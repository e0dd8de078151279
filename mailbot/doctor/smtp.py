"""Doctor check: SMTP connection, TLS and login when MAILBOT_SMTP_URL is set, else the outbox folder.

Uses the standard library's smtplib for a synchronous probe; sending itself goes through
mailbot.outbox (aiosmtplib). Schemes as in the settings: smtp://, smtp+starttls://, smtps://.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from mailbot.config import Settings
from mailbot.doctor.results import (
    DEFAULT_TIMEOUT,
    CheckResult,
    first_line,
    network_failure,
    writable_dir,
)

__all__ = ["check_smtp"]

_PORTS = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}  # RFC 5321, RFC 6409, RFC 8314
_SETTING = "MAILBOT_SMTP_URL"


@dataclass(frozen=True, slots=True)
class _Target:
    scheme: str
    host: str
    port: int
    user: str
    password: str

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def _target(url: str) -> _Target:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port  # ValueError on a bad port
    if scheme not in _PORTS or not parts.hostname:
        raise ValueError(f"{_SETTING} is not smtp://, smtp+starttls:// or smtps://host[:port]")
    return _Target(
        scheme,
        parts.hostname,
        port or _PORTS[scheme],
        unquote(parts.username or ""),
        unquote(parts.password or ""),
    )


def _session(target: _Target, context: ssl.SSLContext, timeout: float) -> str:
    """Connect, secure and log in as the URL says; returns how the session is protected."""
    client: smtplib.SMTP
    if target.scheme == "smtps":
        client = smtplib.SMTP_SSL(target.host, target.port, timeout=timeout, context=context)
    else:
        client = smtplib.SMTP(target.host, target.port, timeout=timeout)
    with client:
        client.ehlo()
        protection = "implicit TLS" if target.scheme == "smtps" else "no TLS"
        if target.scheme == "smtp+starttls":
            if not client.has_extn("starttls"):
                raise smtplib.SMTPNotSupportedError("STARTTLS is not offered")
            client.starttls(context=context)
            client.ehlo()  # RFC 3207 4.2: forget what was learnt before TLS
            protection = "STARTTLS"
        if target.user:
            client.login(target.user, target.password)
        client.noop()
    return protection


def _failure(target: _Target, exc: BaseException, timeout: float) -> CheckResult:
    return network_failure(
        "SMTP",
        target.where,
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
        target = _target(secret)
    except ValueError as exc:
        return CheckResult(name, False, first_line(exc), f"fix {_SETTING}")
    cafile = str(settings.smtp_ca_file) if settings.smtp_ca_file else None
    try:
        protection = _session(target, ssl.create_default_context(cafile=cafile), timeout)
    except smtplib.SMTPAuthenticationError:
        return CheckResult(
            name,
            False,
            f"login failed for {target.user} at {target.where}",
            f"check {_SETTING}'s user and password",
        )
    except smtplib.SMTPNotSupportedError as exc:
        # Servers commonly offer AUTH only after STARTTLS (RFC 4954 4).
        return CheckResult(
            name,
            False,
            f"{target.where}: {first_line(exc)}",
            f"check the scheme in {_SETTING} (smtp+starttls:// or smtps://)",
        )
    except smtplib.SMTPException as exc:
        if isinstance(exc.__context__, OSError):
            # smtplib reports a read timeout or reset as SMTPServerDisconnected.
            return _failure(target, exc.__context__, timeout)
        return CheckResult(
            name, False, f"{target.where} answered: {first_line(exc)}", f"check {_SETTING}"
        )
    except OSError as exc:
        return _failure(target, exc, timeout)
    login = f", login ok for {target.user}" if target.user else ""
    return CheckResult(
        name, True, f"{target.scheme}://{target.where} reachable ({protection}{login})"
    )
