"""The audit trail: one append-only AuditEvent row per state change, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from mailbot.db.models import AuditEvent, utcnow

__all__ = ["emit", "held", "is_held", "jsonable", "later", "record", "release"]

_HOLD = "mailbot.audit.hold"
_INSERT = insert(AuditEvent)
# Exact types, so that a StrEnum still goes to the Enum branch.
_PLAIN = frozenset({str, int, float, bool, type(None)})


def jsonable(value: Any) -> Any:
    """A JSON-safe copy of `value`: datetimes as ISO 8601 strings, enums as values, bytes as length.

    >>> jsonable({"at": datetime(2023, 10, 20), "tf": ("Blockchain",)})
    {'at': '2023-10-20T00:00:00', 'tf': ['Blockchain']}
    """
    if type(value) in _PLAIN:  # most values: one set lookup instead of six isinstance calls
        return value
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
        **_values(
            actor=actor,
            action=action,
            subject_type=subject_type,
            subject_id=subject_id,
            before=before,
            after=after,
            note=note,
            at=at,
        )
    )
    session.add(event)
    return event


def _values(
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: int | None,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    note: str,
    at: datetime | None,
) -> dict[str, Any]:
    return {
        "at": at or utcnow(),
        "actor": actor,
        "action": action,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "before": jsonable(before) if before is not None else None,
        "after": jsonable(after) if after is not None else None,
        "note": note,
    }


class _Hold:
    """Events of a held session: rows, and callables that emit rows at release, in order."""

    def __init__(self) -> None:
        self.pending: list[dict[str, Any] | Callable[[], None]] = []
        self.rows: list[dict[str, Any]] | None = None  # set while releasing


@contextmanager
def held(session: Session) -> Iterator[None]:
    """Hold the events `emit` and `later` add in `session` until `release`.

    Intake writes a message's rows in one flush: ids the events name (a new nomination's,
    its nominees', a suppressed reply's) exist only after it, so the events wait for it.
    A block that ends normally with events still held flushes and releases them, so a
    code path that forgets `release` cannot lose its trail; a block that raises drops
    them, as the rollback that follows drops the changes they describe.
    """
    hold = _Hold()
    session.info[_HOLD] = hold
    try:
        yield
        if hold.pending:
            session.flush()
            release(session)
    finally:
        session.info.pop(_HOLD, None)


def emit(
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
) -> None:
    """`record`, or in a held session the same event kept in order for `release`.

    The values are taken now (`at` too); pass ids a flush has yet to give through `later`.
    """
    hold: _Hold | None = session.info.get(_HOLD)
    if hold is None:
        record(
            session,
            actor=actor,
            action=action,
            subject_type=subject_type,
            subject_id=subject_id,
            before=before,
            after=after,
            note=note,
            at=at,
        )
        return
    values = _values(
        actor=actor,
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        before=before,
        after=after,
        note=note,
        at=at,
    )
    (hold.pending if hold.rows is None else hold.rows).append(values)


def is_held(session: Session) -> bool:
    """True inside `held`, until the events are released (ids may not exist yet)."""
    hold: _Hold | None = session.info.get(_HOLD)
    return hold is not None and hold.rows is None


def later(session: Session, events: Callable[[], None]) -> None:
    """Call `events` (which calls `emit`) now, or at `release` in a held session."""
    hold: _Hold | None = session.info.get(_HOLD)
    if hold is None or hold.rows is not None:
        events()
    else:
        hold.pending.append(events)


def release(session: Session) -> None:
    """Write the held events, in the order they came, in one INSERT; go on holding.

    Core, not ORM objects: nothing in the transaction reads them back, and the unit of
    work's per-object bookkeeping cost more than the rows themselves.
    """
    hold: _Hold | None = session.info.get(_HOLD)
    if hold is None or not hold.pending:
        return
    pending, hold.pending, hold.rows = hold.pending, [], []
    try:
        for entry in pending:
            if isinstance(entry, dict):
                hold.rows.append(entry)
            else:
                entry()
        rows = hold.rows
    finally:
        hold.rows = None
    if rows:
        session.connection().execute(_INSERT, rows)
