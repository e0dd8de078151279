"""Staff authentication: argon2 password hashes, TOTP codes and their setup QR codes, login throttling."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from io import StringIO

import pyotp
import segno
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailbot.audit import record
from mailbot.db.models import AuditEvent, StaffUser
from mailbot.errors import MailbotError

__all__ = [
    "ADDRESS_MAX_FAILURES",
    "LOCK_MINUTES",
    "USER_MAX_FAILURES",
    "LoginError",
    "LoginResult",
    "authenticate",
    "hash_password",
    "new_totp_secret",
    "totp_qr_svg",
    "totp_qr_text",
    "totp_uri",
    "verify_password",
    "verify_totp",
]

USER_MAX_FAILURES = 5  # failures in a row before an account is locked
ADDRESS_MAX_FAILURES = 20  # failures from one client address within the window
LOCK_MINUTES = 15
_ISSUER = "CWS mailbot"
_QR_TITLE = "QR code of the setup link"


class LoginError(MailbotError):
    """A login was refused; `message` is safe to show (it never says which part was wrong)."""


@dataclass(frozen=True, slots=True)
class LoginResult:
    user_id: int
    name: str
    role: str
    has_totp: bool


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise MailbotError("a password needs at least 8 characters")
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_totp_secret() -> str:
    return pyotp.random_base32()


def totp_uri(secret: str, name: str) -> str:
    """otpauth:// URI for an authenticator app (Key Uri Format, RFC 6238 codes)."""
    return str(pyotp.TOTP(secret).provisioning_uri(name=name, issuer_name=_ISSUER))


def _qr(uri: str) -> segno.QRCode:
    # A full QR code (authenticator apps do not read Micro QR); segno picks the smallest
    # version and raises the error correction level as far as that version allows.
    return segno.make(uri, micro=False)


def totp_qr_svg(uri: str) -> str:
    """The URI as a QR code in inline SVG for a page.

    Dark modules on a white quiet zone, drawn with presentation attributes only (no style
    attribute, no script, no external image), so the Content-Security-Policy allows it.
    """
    svg = _qr(uri).svg_inline(
        scale=5, dark="#000", light="#fff", svgclass="qr", lineclass=None, title=_QR_TITLE
    )
    return svg.replace("<svg ", '<svg role="img" ', 1)


def totp_qr_text(uri: str) -> str:
    """The URI as a QR code of Unicode half blocks, one text line per two module rows.

    Light modules are drawn with the terminal's text colour, so the code reads right on a
    terminal with light text on a dark background.
    """
    out = StringIO()
    _qr(uri).terminal(out, compact=True)
    return out.getvalue()


def verify_totp(secret: str, code: str, *, now: datetime) -> bool:
    # One step of clock drift either way is the usual tolerance (RFC 6238 section 5.2).
    cleaned = code.replace(" ", "").strip()
    if not cleaned.isdigit():
        return False
    return bool(pyotp.TOTP(secret).verify(cleaned, for_time=now, valid_window=1))


def _address_failures(session: Session, client: str, now: datetime) -> int:
    since = now - timedelta(minutes=LOCK_MINUTES)
    query = select(func.count(AuditEvent.id)).where(
        AuditEvent.action == "login_failed", AuditEvent.note == client, AuditEvent.at >= since
    )
    return int(session.scalar(query) or 0)


def authenticate(
    session: Session, *, name: str, password: str, code: str, client: str, now: datetime
) -> LoginResult:
    """Check a login and record its outcome; raise LoginError when refused.

    Five failures in a row lock the account for 15 minutes; twenty failures from one
    client address within 15 minutes refuse that address. Both are stored in the
    database, so they hold across processes and restarts.
    """
    refused = LoginError("Unknown user name, wrong password or wrong code.")
    if _address_failures(session, client, now) >= ADDRESS_MAX_FAILURES:
        raise LoginError("Too many failed logins from this address; try again later.")
    user = session.scalar(select(StaffUser).where(StaffUser.name == name))
    if user is not None and user.locked_until is not None and user.locked_until > now:
        raise LoginError("This account is locked after repeated failures; try again later.")
    ok = (
        user is not None
        and user.active
        and verify_password(user.password_hash, password)
        and (user.totp_secret is None or verify_totp(user.totp_secret, code, now=now))
    )
    if user is None or not ok:
        if user is None:
            # Spend the same time as a real check so names cannot be probed by timing.
            verify_password(_dummy_hash(), password)
        else:
            user.failed_logins += 1
            if user.failed_logins >= USER_MAX_FAILURES:
                user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                user.failed_logins = 0
        record(
            session,
            actor="anonymous",
            action="login_failed",
            subject_type="user",
            subject_id=user.id if user is not None else None,
            after={"name": name[:100]},
            note=client,
        )
        raise refused
    user.failed_logins = 0
    user.locked_until = None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    record(
        session,
        actor=f"staff:{user.name}",
        action="login",
        subject_type="user",
        subject_id=user.id,
        note=client,
    )
    return LoginResult(user.id, user.name, user.role, user.totp_secret is not None)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher().hash("not-a-real-password")
