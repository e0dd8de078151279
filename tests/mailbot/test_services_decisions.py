"""Staff decisions: approve queues Wiki-access notices, reject, withdraw, ask; all audited."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import AuditEvent, Nomination, OutboxItem, OutboxStatus
from mailbot.db.session import transaction
from mailbot.errors import ActionError, NotFoundError
from mailbot.services import approve, reject, request_info, withdraw
from tests.mailbot.review_factories import TF_SEQL, TF_XML, NomineeSpec, make_nomination


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return Settings(var_dir=tmp_path, database_url=db_url, secret_key="k" * 32)


def _two_nominees(session: Session) -> Nomination:
    return make_nomination(
        session,
        nominees=[
            NomineeSpec(task_forces=[TF_XML, TF_SEQL]),
            NomineeSpec(
                first_name="Li",
                last_name="Wei",
                username="cn-lwei",
                account_email="li.wei@office.example.org",
                task_forces=[TF_XML],
            ),
        ],
    )


def test_approve_all_queues_one_notice_per_nominee(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination_id = _two_nominees(session).id
    with transaction(sessions) as session:
        result = approve(session, nomination_id, actor="staff:rita", settings=settings)
    assert result.status == "approved"
    assert len(result.decided) == 3
    with transaction(sessions) as session:
        items = session.scalars(select(OutboxItem).order_by(OutboxItem.id)).all()
        assert [i.kind for i in items] == ["wiki_access", "wiki_access"]
        assert all(i.status == OutboxStatus.QUEUED for i in items)
        first = message_from_bytes(items[0].raw, policy=policy.default)
        assert first["To"].addresses[0].addr_spec == "ana.pereira@office.example.org"
        assert first["Cc"].addresses[0].addr_spec == "registry@office.example.org"
        nomination = session.get(Nomination, nomination_id)
        assert nomination is not None
        assert nomination.decided_at is not None
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "approve")).all()
        assert [e.actor for e in events] == ["staff:rita"]


def test_approve_one_task_force_leaves_the_rest_pending(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination = _two_nominees(session)
        nomination_id, first_id = nomination.id, nomination.nominees[0].id
    with transaction(sessions) as session:
        result = approve(
            session,
            nomination_id,
            actor="cli",
            settings=settings,
            nominee_ids=[first_id],
            task_forces=["sequence listings task force"],
        )
    assert result.decided == ((first_id, TF_SEQL),)
    assert result.status == "pending_review"
    assert len(result.outbox_ids) == 1
    with transaction(sessions) as session:
        rest = reject(session, nomination_id, actor="cli", reason="Full", settings=settings)
    # One seat approved and the rest rejected: the nomination counts as approved.
    assert rest.status == "approved"
    assert len(rest.decided) == 2


def test_approve_refuses_a_nominee_without_account_email(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(session, nominees=[NomineeSpec(account_email=None)]).id
    with pytest.raises(ActionError, match="account e-mail"), transaction(sessions) as session:
        approve(session, nomination_id, actor="cli", settings=settings)
    with transaction(sessions) as session:
        assert session.scalars(select(OutboxItem)).all() == []
        nomination = session.get(Nomination, nomination_id)
        assert nomination is not None
        assert nomination.status == "pending_review"


def test_approve_twice_is_refused(sessions: sessionmaker[Session], settings: Settings) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(session).id
    with transaction(sessions) as session:
        approve(session, nomination_id, actor="cli", settings=settings)
    with pytest.raises(ActionError, match="nothing pending"), transaction(sessions) as session:
        approve(session, nomination_id, actor="cli", settings=settings)


def test_unknown_nomination_is_not_found(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with pytest.raises(NotFoundError), transaction(sessions) as session:
        approve(session, 999, actor="cli", settings=settings)


def test_reject_with_reply_queues_a_rejection_to_the_office(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(session).id
    with transaction(sessions) as session:
        result = reject(
            session,
            nomination_id,
            actor="staff:rita",
            reason="The office is not a CWS member",
            settings=settings,
            send_reply=True,
        )
    assert result.status == "rejected"
    with transaction(sessions) as session:
        (item,) = session.scalars(select(OutboxItem)).all()
        assert item.kind == "rejection"
        assert "registry@office.example.org" in item.recipient
        body = message_from_bytes(item.raw, policy=policy.default)
        assert "The office is not a CWS member" in body.get_body(("plain",)).get_content()
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "reject"))
        assert event is not None
        assert event.note == "The office is not a CWS member"


def test_reject_needs_a_reason(sessions: sessionmaker[Session], settings: Settings) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(session).id
    with pytest.raises(ActionError, match="reason"), transaction(sessions) as session:
        reject(session, nomination_id, actor="cli", reason="  ", settings=settings)


def test_withdraw_closes_and_blocks_decisions(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(session).id
    with transaction(sessions) as session:
        assert (
            withdraw(session, nomination_id, actor="cli", reason="office asked").status
            == "withdrawn"
        )
    with pytest.raises(ActionError, match="withdrawn"), transaction(sessions) as session:
        approve(session, nomination_id, actor="cli", settings=settings)


def test_request_info_writes_to_the_office_and_waits(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(session).id
    with transaction(sessions) as session:
        item = request_info(
            session,
            nomination_id,
            actor="staff:rita",
            message="Please confirm the position of Ms Pereira.",
            settings=settings,
        )
        assert item is not None
        assert item.kind == "clarification"
    with transaction(sessions) as session:
        nomination = session.get(Nomination, nomination_id)
        assert nomination is not None
        assert nomination.status == "awaiting_info"
        assert session.scalar(select(AuditEvent).where(AuditEvent.action == "request_info"))
