"""Staff corrections: field edits with validation and evidence, merges, triage and outbox actions."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.models import (
    AuditEvent,
    InboundMessage,
    Nomination,
    Nominee,
    OutboxItem,
    OutboxStatus,
    TriageState,
)
from mailbot.db.session import transaction
from mailbot.errors import ActionError
from mailbot.services import (
    assign_message,
    dismiss_message,
    edit_field,
    merge,
    parse_field_path,
    retry_outbox,
    triage_count,
    triage_list,
)
from tests.mailbot.review_factories import TF_SEQL, TF_XML, NomineeSpec, make_nomination

CATALOG = [TF_XML, TF_SEQL]


@pytest.mark.parametrize(
    ("path", "field", "index"),
    [
        ("office", "office", None),
        ("nominees[0].username", "username", 0),
        ("nominees[12].task_forces", "task_forces", 12),
    ],
)
def test_field_paths(path: str, field: str, index: int | None) -> None:
    parsed = parse_field_path(path)
    assert (parsed.field, parsed.nominee_index) == (field, index)


@pytest.mark.parametrize("path", ["nominees[0].evidence", "status", "nominees.username", "id"])
def test_unknown_field_paths_are_refused(path: str) -> None:
    with pytest.raises(ActionError, match="unknown field"):
        parse_field_path(path)


def test_edit_records_who_and_marks_evidence_as_staff(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(session).id
    with transaction(sessions) as session:
        assert edit_field(
            session, nomination_id, "nominees[0].username", " pt-apereira2 ", actor="staff:rita"
        )
        assert not edit_field(
            session, nomination_id, "nominees[0].username", "pt-apereira2", actor="staff:rita"
        )
    with transaction(sessions) as session:
        nominee = session.scalars(select(Nominee)).one()
        assert nominee.username == "pt-apereira2"
        assert nominee.evidence is not None
        assert nominee.evidence["username"]["rule"] == "staff"
        assert nominee.evidence["username"]["by"] == "staff:rita"
        (event,) = session.scalars(select(AuditEvent).where(AuditEvent.action == "edit")).all()
        assert event.before == {"username": "pt-apereira"}
        assert event.after == {"username": "pt-apereira2"}
        assert event.actor == "staff:rita"


def test_filling_the_last_missing_field_moves_the_nomination_to_review(
    sessions: sessionmaker[Session],
) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(
            session, status="awaiting_info", nominees=[NomineeSpec(username=None)]
        ).id
    with transaction(sessions) as session:
        assert edit_field(
            session, nomination_id, "nominees[0].position", "Examiner", actor="staff:rita"
        )
        assert session.get(Nomination, nomination_id).status == "awaiting_info"  # type: ignore[union-attr]
        assert edit_field(
            session, nomination_id, "nominees[0].username", "pt-apereira", actor="staff:rita"
        )
    with transaction(sessions) as session:
        assert session.get(Nomination, nomination_id).status == "pending_review"  # type: ignore[union-attr]
        (event,) = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "status_changed")
        ).all()
        assert (event.actor, event.before, event.after) == (
            "staff:rita",
            {"status": "awaiting_info"},
            {"status": "pending_review"},
        )


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("nominees[0].account_email", "not an address", "not an e-mail"),
        ("nominees[0].title", "Dr", "title"),
        ("language", "English", "language"),
        ("nominees[3].username", "x", "no nominees"),
        ("nominees[0].task_forces", "Blockchain Task Force", "unknown task force"),
    ],
)
def test_invalid_values_are_refused(
    sessions: sessionmaker[Session], path: str, value: str, message: str
) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(session).id
    with pytest.raises(ActionError, match=message), transaction(sessions) as session:
        edit_field(session, nomination_id, path, value, actor="cli", catalog=CATALOG)


def test_task_forces_edit_keeps_decided_ones(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(session).id
    with transaction(sessions) as session:
        changed = edit_field(
            session,
            nomination_id,
            "nominees[0].task_forces",
            "xml4ip task force; Sequence Listings Task Force",
            actor="cli",
            catalog=CATALOG,
        )
        assert changed
    with transaction(sessions) as session:
        nominee = session.scalars(select(Nominee)).one()
        assert sorted(m.task_force for m in nominee.memberships) == sorted(CATALOG)
        nominee.memberships[0].review_status = "approved"
    with pytest.raises(ActionError, match="stays"), transaction(sessions) as session:
        edit_field(session, nomination_id, "nominees[0].task_forces", "", actor="cli")


def test_email_is_normalised(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(session).id
    with transaction(sessions) as session:
        edit_field(
            session, nomination_id, "nominees[0].account_email", "Ana@EXAMPLE.org", actor="cli"
        )
        nominee = session.scalars(select(Nominee)).one()
        assert nominee.account_email == "Ana@example.org"


def test_merge_moves_nominees_and_messages(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        keep = make_nomination(session).id
        other = make_nomination(
            session, nominees=[NomineeSpec(first_name="Li", last_name="Wei", username="cn-lwei")]
        ).id
    with transaction(sessions) as session:
        merge(session, keep, other, actor="staff:rita")
    with transaction(sessions) as session:
        kept = session.get(Nomination, keep)
        gone = session.get(Nomination, other)
        assert kept is not None
        assert gone is not None
        assert [n.username for n in kept.nominees] == ["pt-apereira", "cn-lwei"]
        assert [n.position_index for n in kept.nominees] == [0, 1]
        assert gone.status == "withdrawn"
        assert gone.nominees == []
        messages = session.scalars(select(InboundMessage.nomination_id)).all()
        assert messages == [keep, keep]
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert actions == ["merge", "merged_into"]
    with pytest.raises(ActionError), transaction(sessions) as session:
        merge(session, keep, keep, actor="cli")


def _triage_message(session: Session) -> int:
    message = InboundMessage(
        mailbox="INBOX",
        sha256=hashlib.sha256(b"triage").hexdigest(),
        raw=b"Subject: question\r\n\r\nWhen is the deadline?\r\n",
        from_address="someone@office.example.org",
        subject="question",
        kind="other",
        status="processed",
        triage=TriageState.OPEN,
    )
    session.add(message)
    session.flush()
    return message.id


def test_assign_and_dismiss_triage(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(session).id
        message_id = _triage_message(session)
    with transaction(sessions) as session:
        assert [r.id for r in triage_list(session)] == [message_id]
        assign_message(session, message_id, nomination_id, actor="staff:rita")
    with transaction(sessions) as session:
        assert triage_list(session) == []
        message = session.get(InboundMessage, message_id)
        assert message is not None
        assert (message.nomination_id, message.triage) == (nomination_id, "assigned")
        dismiss_message(session, message_id, actor="staff:rita", note="answered by phone")
    with pytest.raises(ActionError, match="already"), transaction(sessions) as session:
        dismiss_message(session, message_id, actor="staff:rita")


def test_badge_counts_what_the_triage_list_shows(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        question = _triage_message(session)
        failed = InboundMessage(
            mailbox="INBOX",
            sha256=hashlib.sha256(b"failed").hexdigest(),
            raw=b"Subject: broken\r\n\r\n?\r\n",
            from_address="registry@office.example.org",
            subject="broken",
            status="failed",
            error="ValueError: example",
        )
        session.add(failed)
        session.flush()
        failed_id = failed.id
    with transaction(sessions) as session:
        assert sorted(r.id for r in triage_list(session)) == sorted([question, failed_id])
        assert triage_count(session) == 2
        dismiss_message(session, failed_id, actor="staff:rita")
    with transaction(sessions) as session:
        assert [r.id for r in triage_list(session)] == [question]
        assert triage_count(session) == 1


def test_retry_puts_a_failed_send_back_in_the_queue(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        item = OutboxItem(
            kind="wiki_access",
            recipient="ana@office.example.org",
            message_id="<x@example.com>",
            raw=b"",
            status=OutboxStatus.FAILED,
            attempts=8,
            last_error="550 mailbox unavailable",
        )
        session.add(item)
        session.flush()
        item_id = item.id
    with transaction(sessions) as session:
        retry_outbox(session, item_id, actor="staff:rita")
    with transaction(sessions) as session:
        item = session.get(OutboxItem, item_id)
        assert item is not None
        assert (item.status, item.attempts) == ("queued", 0)
    with pytest.raises(ActionError, match="not failed"), transaction(sessions) as session:
        retry_outbox(session, item_id, actor="staff:rita")
