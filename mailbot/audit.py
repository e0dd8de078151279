"""The audit trail: one append-only AuditEvent row per state change, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from mailbot.db.models import AuditEvent, utcnow

__all__ = ["jsonable", "record"]


def jsonable(value: Any) -> Any:
    """A JSON-safe copy of `value`: datetimes as ISO 8601 strings, enums as values, bytes as length.

    >>> jsonable({"at": datetime(2023, 10, 20), "tf": ("Blockchain",)})
    {'at': '2023-10-20T00:00:00', 'tf': ['Blockchain']}
    """
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: int | None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    note: str = "",
    at: datetime | None = None,
) -> AuditEvent:
    """Add an audit event to the session (no commit: it lands with the change it describes).

    `actor` is "bot", "cli" or "staff:<name>"; `before`/`after` hold only the fields
    that changed, e.g. before={"username": "ca-jsmit"}, after={"username": "ca-jsmith"}.
    """
    event = AuditEvent(
        at=at or utcnow(),
        actor=actor,
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        before=jsonable(before) if before is not None else None,
        after=jsonable(after) if after is not None else None,
        note=note,
    )
    session.add(event)
    return event
