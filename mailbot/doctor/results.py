"""CheckResult, and the translation of socket, TLS and folder errors into one actionable line."""

from __future__ import annotations

import socket
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DEFAULT_TIMEOUT", "CheckResult", "first_line", "network_failure", "writable_dir"]

DEFAULT_TIMEOUT = 5.0  # seconds per network check: a dropped packet costs seconds, not minutes


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    hint: str = ""

    @property
    def line(self) -> str:
        """What was found and, on failure, what to do, e.g.

        "IMAP: login failed for cws.mail at imap.example.org:993 — check MAILBOT_IMAP_URL's
        user and password".
        """
        if self.ok or not self.hint:
            return f"{self.name}: {self.detail}"
        return f"{self.name}: {self.detail} — {self.hint}"


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def network_failure(
    name: str, where: str, exc: BaseException, *, setting: str, ca_setting: str, timeout: float
) -> CheckResult:
    """A socket or TLS error as one line naming the setting to fix."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return CheckResult(
            name,
            False,
            f"certificate of {where} not trusted ({exc.verify_message})",
            f"set {ca_setting} to the CA that signed it",
        )
    if isinstance(exc, ssl.SSLError):
        return CheckResult(
            name,
            False,
            f"TLS handshake with {where} failed ({exc.reason or first_line(exc)})",
            f"check the scheme and port in {setting} (implicit TLS vs STARTTLS)",
        )
    if isinstance(exc, ConnectionRefusedError):
        return CheckResult(
            name, False, f"connection to {where} refused", f"check host and port in {setting}"
        )
    if isinstance(exc, socket.gaierror):
        return CheckResult(
            name, False, f"host of {where} not found", f"check the host in {setting}"
        )
    if isinstance(exc, TimeoutError):
        return CheckResult(
            name,
            False,
            f"no answer from {where} within {timeout:g} s",
            f"check host, port and scheme in {setting} and the firewall",
        )
    return CheckResult(
        name, False, f"{where}: {type(exc).__name__}: {first_line(exc)}", f"check {setting}"
    )


def writable_dir(name: str, path: Path, setting: str) -> CheckResult:
    """Can `path` be created (if absent) and written to? Leaves nothing behind.

    Tries a real write: os.access() says yes to root even on a read-only mount.
    """
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return CheckResult(
            name, False, f"{path} cannot be created ({existing} is not a folder)", f"set {setting}"
        )
    try:
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as exc:
        return CheckResult(
            name,
            False,
            f"{existing} is not writable ({exc.strerror})",
            f"fix its permissions or set {setting}",
        )
    state = "writable" if existing == path else "will be created"
    return CheckResult(name, True, f"{path} {state}")
