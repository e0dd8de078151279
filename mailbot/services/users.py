"""Staff accounts: add, list, disable, change password, enrol two-factor codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.audit import record
from mailbot.auth import hash_password, verify_totp
from mailbot.db.models import StaffUser
from mailbot.errors import ActionError, NotFoundError
from mailbot.services._common import moment

__all__ = [
    "ROLES",
    "UserInfo",
    "add_user",
    "confirm_totp",
    "get_user",
    "list_users",
    "reset_totp",
    "set_active",
    "set_password",
]

ROLES = ("reviewer", "admin")
_NAME = re.compile(r"^[A-Za-z0-9._@-]{2,100}$")


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    name: str
    role: str
    active: bool
    has_totp: bool
    locked_until: datetime | None
    created_at: datetime


def _info(user: StaffUser) -> UserInfo:
    return UserInfo(
        user.id,
        user.name,
        user.role,
        user.active,
        user.totp_secret is not None,
        user.locked_until,
        user.created_at,
    )


def _load(session: Session, name: str) -> StaffUser:
    user = session.scalar(select(StaffUser).where(StaffUser.name == name))
    if user is None:
        raise NotFoundError(f"no staff user named {name!r}")
    return user


def get_user(session: Session, user_id: int) -> UserInfo | None:
    user = session.get(StaffUser, user_id)
    return _info(user) if user is not None else None


def list_users(session: Session) -> list[UserInfo]:
    return [_info(u) for u in session.scalars(select(StaffUser).order_by(StaffUser.name))]


def add_user(
    session: Session,
    name: str,
    *,
    role: str,
    password: str,
    actor: str,
    now: datetime | None = None,
) -> UserInfo:
    if not _NAME.match(name):
        raise ActionError("a user name is 2-100 letters, digits, '.', '_', '@' or '-'")
    if role not in ROLES:
        raise ActionError(f"role must be one of {', '.join(ROLES)}")
    if session.scalar(select(StaffUser.id).where(StaffUser.name == name)) is not None:
        raise ActionError(f"a staff user named {name!r} exists already")
    user = StaffUser(name=name, role=role, password_hash=hash_password(password), active=True)
    session.add(user)
    session.flush()
    record(
        session,
        actor=actor,
        action="user_add",
        subject_type="user",
        subject_id=user.id,
        after={"name": name, "role": role},
        at=moment(now),
    )
    return _info(user)


def set_active(
    session: Session, name: str, *, active: bool, actor: str, now: datetime | None = None
) -> UserInfo:
    user = _load(session, name)
    before = user.active
    user.active = active
    user.failed_logins = 0
    user.locked_until = None
    record(
        session,
        actor=actor,
        action="user_enable" if active else "user_disable",
        subject_type="user",
        subject_id=user.id,
        before={"active": before},
        after={"active": active},
        at=moment(now),
    )
    return _info(user)


def set_password(
    session: Session, name: str, password: str, *, actor: str, now: datetime | None = None
) -> UserInfo:
    user = _load(session, name)
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    record(
        session,
        actor=actor,
        action="user_password",
        subject_type="user",
        subject_id=user.id,
        at=moment(now),
    )
    return _info(user)


def confirm_totp(
    session: Session,
    name: str,
    secret: str,
    code: str,
    *,
    actor: str,
    now: datetime | None = None,
) -> UserInfo:
    """Store a TOTP secret once the user proves their app shows the right code."""
    now = moment(now)
    user = _load(session, name)
    if not verify_totp(secret, code, now=now):
        raise ActionError("that code does not match; check the app's clock and try again")
    user.totp_secret = secret
    record(
        session, actor=actor, action="totp_enrol", subject_type="user", subject_id=user.id, at=now
    )
    return _info(user)


def reset_totp(session: Session, name: str, *, actor: str, now: datetime | None = None) -> UserInfo:
    user = _load(session, name)
    user.totp_secret = None
    record(
        session,
        actor=actor,
        action="totp_reset",
        subject_type="user",
        subject_id=user.id,
        at=moment(now),
    )
    return _info(user)
