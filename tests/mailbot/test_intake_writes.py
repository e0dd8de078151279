"""Intake writes each message in one flush; the audit trail still names the new rows, in order."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from mailbot import audit
from mailbot.db.models import AuditEvent, NominationStatus
from mailbot.db.session import transaction
from tests.mailbot.intake_env import Desk, make_desk
from tests.mailbot.intake_mail import SENDER, nomination_mail

# A nomination on the first one's person (same username and e-mail), from another office.
SAME_PERSON = nomination_mail(
    "<nom-9@other.example.net>",
    sender="registry@other.example.net",
    office="Other Example Office",
)


@pytest.fixture
def desk(sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(sessions, tmp_path, monkeypatch)


def _office(n: int) -> bytes:
    return nomination_mail(
        f"<nom-{n}@ipo{n}.example.org>",
        sender=f"registry@ipo{n}.example.org",
        office=f"Example Office Number {n}",
        fields={
            "WIPO Accounts username": f"xa-u{n}",
            "E-mail address used for the WIPO Account": f"person{n}@ipo{n}.example.org",
        },
    )


def _trail(desk: Desk) -> list[tuple[str, str, int | None]]:
    with transaction(desk.sessions) as session:
        query = select(AuditEvent.action, AuditEvent.subject_type, AuditEvent.subject_id)
        return [tuple(row) for row in session.execute(query.order_by(AuditEvent.id))]  # type: ignore[misc]


def test_new_nominations_take_one_flush_each(desk: Desk) -> None:
    for n in range(10):
        desk.store(_office(n))
    flushes: list[int] = []
    event.listen(desk.sessions, "before_flush", lambda *_: flushes.append(1))
    report = desk.run()
    assert (report.processed, report.replies) == (10, 10)
    # One per message (nomination, nominee, membership and reply rows together), then the
    # commit's: the decision logs naming the replies' ids. Two per message before.
    assert len(flushes) <= 11
    assert len(desk.nominations()) == 10
    assert [a for a, _, _ in _trail(desk)].count("nomination_created") == 10


def test_the_trail_of_a_new_nomination_names_its_rows_in_order(desk: Desk) -> None:
    desk.receive(nomination_mail())
    inbound = desk.receive(SAME_PERSON)
    first, second = desk.nominations()
    (original,) = first.nominees
    (copy,) = second.nominees
    assert copy.duplicate_of == original.id
    assert _trail(desk) == [
        ("nominee_added", "nominee", original.id),
        ("nomination_created", "nomination", first.id),
        ("status_changed", "nomination", first.id),
        ("nominee_added", "nominee", copy.id),
        ("nomination_created", "nomination", second.id),
        ("duplicate_flagged", "nominee", copy.id),
        ("status_changed", "nomination", second.id),
    ]
    (added,) = [e for e in desk.audit("nominee_added") if e.subject_id == copy.id]
    assert added.after is not None
    assert added.after["nomination_id"] == second.id
    assert [w["nominee_id"] for w in (second.warnings or {})["items"]] == [copy.id]
    assert inbound.nomination_id == second.id
    assert inbound.decisions is not None
    assert inbound.decisions["filed"]["nomination_id"] == second.id
    assert inbound.decisions["filed"]["duplicates"] == [copy.id]
    reply = desk.outbox()[-1]
    assert inbound.decisions["reply"]["queued"] == reply.id
    assert reply.nomination_id == second.id


def _statements(desk: Desk, needle: str) -> list[str]:
    seen: list[str] = []

    def count(*args: object) -> None:
        statement = str(args[2])
        if needle in statement:
            seen.append(statement)

    event.listen(desk.sessions.kw["bind"], "before_cursor_execute", count)
    return seen


def test_a_group_looks_senders_up_once_and_sees_what_it_opened(desk: Desk) -> None:
    # A first mail lacking the username, then the same office again with it, no
    # In-Reply-To: the second continues the nomination the first opened in this group.
    desk.store(nomination_mail("<nom-1@ipo.example.org>", fields={"WIPO Accounts username": None}))
    for n in range(3):
        desk.store(_office(n))
    second = desk.store(nomination_mail("<nom-2@ipo.example.org>"))
    by_sender = _statements(desk, "lower(nomination.sender_address)")
    report = desk.run()
    assert report.processed == 5
    # One look-up for the group's five senders, then the candidates of the one sender
    # known to have an open nomination by then (one query each before).
    assert len(by_sender) == 2
    nominations = desk.nominations()
    assert len(nominations) == 4
    (carter,) = [n for n in nominations if n.sender_address == SENDER]
    assert carter.status == NominationStatus.PENDING_REVIEW
    assert carter.nominees[0].username == "xa-hcarter"
    inbound = desk.message(second)
    assert inbound.nomination_id == carter.id
    assert inbound.decisions is not None
    assert inbound.decisions["thread"] == "sender_office"


def test_an_open_nomination_from_an_earlier_pass_is_found(desk: Desk) -> None:
    desk.receive(nomination_mail(fields={"WIPO Accounts username": None}))
    desk.store(_office(1))
    later = desk.store(nomination_mail("<nom-2@ipo.example.org>"))
    desk.run()
    (carter,) = [n for n in desk.nominations() if n.sender_address == SENDER]
    assert carter.status == NominationStatus.PENDING_REVIEW
    assert desk.message(later).nomination_id == carter.id


def test_held_events_wait_for_release_and_keep_their_order(
    sessions: sessionmaker[Session],
) -> None:
    with transaction(sessions) as session, audit.held(session):
        subject: list[int] = []
        audit.emit(session, actor="bot", action="first", subject_type="t", subject_id=1)
        audit.later(
            session,
            lambda: audit.emit(
                session, actor="bot", action="second", subject_type="t", subject_id=subject[0]
            ),
        )
        audit.emit(session, actor="bot", action="third", subject_type="t", subject_id=3)
        assert audit.is_held(session)
        assert session.scalars(select(AuditEvent)).all() == []
        subject.append(2)  # the id a flush gives, in intake
        audit.release(session)
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.subject_id).order_by(AuditEvent.id)
        ).all()
        assert [tuple(r) for r in rows] == [("first", 1), ("second", 2), ("third", 3)]
        assert audit.is_held(session)  # still holding: the next message's events wait too
    with transaction(sessions) as session:
        audit.emit(session, actor="bot", action="fourth", subject_type="t", subject_id=4)
        assert not audit.is_held(session)
    with transaction(sessions) as session:
        assert len(session.scalars(select(AuditEvent)).all()) == 4


def test_held_events_left_unreleased_are_written_when_the_block_ends(
    sessions: sessionmaker[Session],
) -> None:
    with transaction(sessions) as session:
        with audit.held(session):
            audit.emit(session, actor="bot", action="kept", subject_type="t", subject_id=1)
        assert not audit.is_held(session)

    def fails() -> None:
        with transaction(sessions) as session, audit.held(session):
            audit.emit(session, actor="bot", action="dropped", subject_type="t", subject_id=2)
            raise RuntimeError("rolled back")

    with pytest.raises(RuntimeError, match="rolled back"):
        fails()
    with transaction(sessions) as session:
        assert session.scalars(select(AuditEvent.action)).all() == ["kept"]
