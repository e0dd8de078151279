"""The audit trail: events land with the change they describe, JSON-safe, in the same transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mailbot import audit
from mailbot.db.models import AuditEvent, NominationStatus
from mailbot.db.session import transaction


def test_jsonable_values() -> None:
    value = {
        "at": datetime(2023, 10, 20, 9, 0, tzinfo=UTC),
        "day": date(2023, 10, 20),
        "status": NominationStatus.APPROVED,
        "forces": ("XML4IP Task Force",),
        "raw": b"abc",
        "n": 3,
        "none": None,
    }
    assert audit.jsonable(value) == {
        "at": "2023-10-20T09:00:00+00:00",
        "day": "2023-10-20",
        "status": "approved",
        "forces": ["XML4IP Task Force"],
        "raw": "<3 bytes>",
        "n": 3,
        "none": None,
    }


def test_record_is_part_of_the_callers_transaction(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        event = audit.record(
            session,
            actor="staff:alice",
            action="field_corrected",
            subject_type="nominee",
            subject_id=7,
            before={"username": "xa-hcarte"},
            after={"username": "xa-hcarter"},
            note="typo",
        )
        session.flush()
        event_id = event.id

    def rolled_back() -> None:
        with transaction(sessions) as session:
            audit.record(session, actor="bot", action="x", subject_type="nominee", subject_id=1)
            raise RuntimeError

    with pytest.raises(RuntimeError):
        rolled_back()
    with transaction(sessions) as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 1
        stored = session.get_one(AuditEvent, event_id)
        assert stored.before == {"username": "xa-hcarte"}
        assert stored.after == {"username": "xa-hcarter"}
        assert stored.at.tzinfo is not None
