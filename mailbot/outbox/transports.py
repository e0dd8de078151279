"""How a rendered message leaves: SMTP (the only importer of aiosmtplib), .eml files, console.

Every transport raises TemporarySendError (retry later) or PermanentSendError (stop and
show staff) with the server's code and text; DeliveryUnknownError marks the one case
where the message may or may not have been delivered.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import ssl
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol, TextIO
from urllib.parse import unquote, urlsplit

import aiosmtplib

from mailbot.errors import ConfigError, PermanentSendError, TemporarySendError

__all__ = [
    "ConsoleTransport",
    "DeliveryUnknownError",
    "FileTransport",
    "SmtpTransport",
    "Transport",
]

log = logging.getLogger(__name__)

_DEFAULT_PORTS = {"smtp": 25, "smtps": 465, "smtp+starttls": 587}


class DeliveryUnknownError(PermanentSendError):
    """The connection broke after the message data was sent: it may have been delivered.

    RFC 1047: a lost final reply leaves the sender unable to tell; retrying risks a
    duplicate, so the row goes to staff instead of being sent again.
    """


class Transport(Protocol):
    def send(self, message_bytes: bytes, *, sender: str, recipients: Sequence[str]) -> None: ...


def _classify(
    code: int, text: str, *, recipient: str | None = None
) -> PermanentSendError | TemporarySendError:
    # RFC 5321 §4.2.1: 4yz is transient, 5yz permanent.
    message = f"{code} {text}".strip()
    if 400 <= code < 500:
        return TemporarySendError(message, code=code, recipient=recipient)
    return PermanentSendError(message, code=code, recipient=recipient)


@dataclass(frozen=True)
class SmtpTransport:
    """One SMTP session per message: connect, (STARTTLS), (AUTH), MAIL, RCPT..., DATA, QUIT."""

    hostname: str
    port: int
    use_tls: bool = False
    start_tls: bool = False
    username: str | None = None
    password: str | None = None
    ca_file: Path | None = None
    timeout: float = 30.0

    @classmethod
    def from_url(
        cls, url: str, *, ca_file: Path | None = None, timeout: float = 30.0
    ) -> SmtpTransport:
        """`smtp://host:25`, `smtps://user:pass@host` (implicit TLS), `smtp+starttls://host:587`.

        Credentials in the URL are percent-decoded ("p%40ss" is "p@ss").
        """
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS or not parts.hostname:
            raise ConfigError(
                "MAILBOT_SMTP_URL must look like smtp://host:port, smtps://user:pass@host "
                "or smtp+starttls://host:587"
            )
        return cls(
            hostname=parts.hostname,
            port=parts.port or _DEFAULT_PORTS[scheme],
            use_tls=scheme == "smtps",
            start_tls=scheme == "smtp+starttls",
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            ca_file=ca_file,
            timeout=timeout,
        )

    def _tls_context(self) -> ssl.SSLContext:
        # Verification is always on; a private CA is added with MAILBOT_SMTP_CA_FILE.
        return ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)

    def send(self, message_bytes: bytes, *, sender: str, recipients: Sequence[str]) -> None:
        asyncio.run(self._send(message_bytes, sender=sender, recipients=list(recipients)))

    async def _send(self, message: bytes, *, sender: str, recipients: list[str]) -> None:
        tls = self.use_tls or self.start_tls
        client = aiosmtplib.SMTP(
            hostname=self.hostname,
            port=self.port,
            use_tls=self.use_tls,
            start_tls=self.start_tls,
            tls_context=self._tls_context() if tls else None,
            username=self.username,
            password=self.password,
            timeout=self.timeout,
        )
        in_data = False
        try:
            await client.connect()
            await client.mail(sender)
            accepted = await self._recipients(client, recipients)
            in_data = True
            await client.data(message)
        except aiosmtplib.SMTPResponseException as exc:
            # A reply code is a definite answer, even to DATA: nothing was delivered.
            raise _classify(exc.code, exc.message) from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            where = f"{self.hostname}:{self.port}"
            if in_data:
                raise DeliveryUnknownError(
                    f"unknown: may have been sent ({where}: connection lost during DATA: {exc})"
                ) from exc
            raise TemporarySendError(f"{where}: {exc}") from exc
        finally:
            await _close(client)
        log.info("sent to %d recipient(s) via %s:%s", len(accepted), self.hostname, self.port)

    async def _recipients(self, client: aiosmtplib.SMTP, recipients: list[str]) -> list[str]:
        accepted: list[str] = []
        refused: list[aiosmtplib.SMTPRecipientRefused] = []
        for recipient in recipients:
            try:
                await client.rcpt(recipient)
            except aiosmtplib.SMTPRecipientRefused as exc:
                refused.append(exc)
            else:
                accepted.append(recipient)
        if not accepted:
            # All refused: temporary if any refusal was temporary, so the retry can succeed.
            worst = min(refused, key=lambda e: e.code)
            raise _classify(worst.code, worst.message, recipient=worst.recipient)
        for refusal in refused:
            log.warning(
                "recipient %s refused: %s %s", refusal.recipient, refusal.code, refusal.message
            )
        return accepted


async def _close(client: aiosmtplib.SMTP) -> None:
    if not client.is_connected:
        return
    try:
        await client.quit()
    except (aiosmtplib.SMTPException, OSError):
        client.close()


@dataclass(frozen=True)
class FileTransport:
    """Writes `<directory>/<timestamp>-<id>.eml`, whole or not at all (temp file + rename)."""

    directory: Path

    def send(self, message_bytes: bytes, *, sender: str, recipients: Sequence[str]) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            digest = hashlib.sha256(message_bytes).hexdigest()[:12]
            target = self.directory / f"{stamp}-{digest}.eml"
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".eml")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(message_bytes)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise TemporarySendError(f"cannot write to {self.directory}: {exc}") from exc


@dataclass(frozen=True)
class ConsoleTransport:
    """Prints each message (development: MAILBOT_SMTP_URL=console://)."""

    stream: TextIO = sys.stdout

    def send(self, message_bytes: bytes, *, sender: str, recipients: Sequence[str]) -> None:
        self.stream.write(f"--- MAIL FROM:<{sender}> RCPT TO:{', '.join(recipients)}\n")
        self.stream.write(message_bytes.decode("utf-8", errors="replace"))
        self.stream.write("\n")
        self.stream.flush()
