"""A failing message keeps nothing but its raw mail, marked failed, whatever its group; replay."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.models import MessageStatus, NominationStatus, TriageState
from mailbot.intake import replay
from tests.mailbot.intake_env import Desk, make_desk
from tests.mailbot.intake_mail import nomination_mail


@pytest.fixture
def desk(sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(sessions, tmp_path, monkeypatch)


def _broken_templates(tmp_path: Path) -> Path:
    # A staff override with a syntax error: rendering the acknowledgement raises inside enqueue.
    folder = tmp_path / "templates"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "acknowledgement.txt").write_text("{% if %}broken", encoding="utf-8")
    return folder


def test_failure_in_enqueue_rolls_back_the_nomination_and_the_loop_goes_on(
    desk: Desk, tmp_path: Path
) -> None:
    broken = desk.with_settings(templates_dir=_broken_templates(tmp_path))
    complete = broken.store(nomination_mail())
    incomplete = broken.store(
        nomination_mail(
            "<nom-2@other.example.net>",
            sender="registry@other.example.net",
            office="Other Example Office",
            fields={
                "WIPO Accounts username": None,
                "Last name": "Doe",
                "First name": "Jo",
                "E-mail address used for the WIPO Account": "jo.doe@other.example.net",
            },
        )
    )
    report = broken.run()
    assert report.failed_ids == (complete,)
    assert report.processed == 1
    failed = desk.message(complete)
    assert failed.status == MessageStatus.FAILED
    assert failed.error
    assert "TemplateSyntaxError" in failed.error
    assert failed.triage == TriageState.OPEN
    assert failed.attempts == 1
    assert failed.nomination_id is None
    assert failed.raw == nomination_mail()
    # The second message (its request template is fine) went through.
    (only,) = desk.nominations()
    assert only.office == "Other Example Office"
    assert desk.message(incomplete).status == MessageStatus.PROCESSED
    assert [o.kind for o in desk.outbox()] == ["request_missing"]
    assert desk.audit("processing_failed")[0].subject_id == complete

    # The cause fixed (templates back to the shipped ones), the failed message is replayed.
    again = replay(
        desk.sessions, [complete], failed=False, catalog=desk.catalog, settings=desk.settings
    )
    assert (again.processed, again.failed) == (1, 0)
    assert desk.message(complete).status == MessageStatus.PROCESSED
    assert desk.message(complete).triage == TriageState.NONE
    statuses = sorted(n.status for n in desk.nominations())
    assert statuses == [NominationStatus.AWAITING_INFO, NominationStatus.PENDING_REVIEW]
    assert sorted(o.kind for o in desk.outbox()) == ["acknowledgement", "request_missing"]
    assert desk.audit("replay")[0].subject_id == complete


def test_database_outage_leaves_the_message_for_the_next_pass(desk: Desk) -> None:
    # A dropped connection or a lock held past busy_timeout is not the message's fault:
    # marking it failed would quarantine it and leave the office unanswered.
    inbound_id = desk.store(nomination_mail())

    def connection_lost(session: Session) -> None:
        # Intake flushes each message before the commit, so look at what the session holds.
        if not any(
            getattr(row, "status", None) == MessageStatus.PROCESSED
            for row in session.identity_map.values()
        ):
            return  # not the message's own transaction
        # Once: the connection is back for whatever runs next, as after a server restart.
        event.remove(desk.sessions, "before_commit", connection_lost)
        raise OperationalError("COMMIT", {}, Exception("server closed the connection"))

    event.listen(desk.sessions, "before_commit", connection_lost)
    with pytest.raises(OperationalError):
        desk.run()
    assert desk.message(inbound_id).status == MessageStatus.RECEIVED
    assert desk.message(inbound_id).attempts == 0
    assert desk.audit("processing_failed") == []
    assert desk.run().processed == 1
    assert desk.message(inbound_id).status == MessageStatus.PROCESSED
    assert [o.kind for o in desk.outbox()] == ["acknowledgement"]


def test_unparseable_message_is_failed_and_never_answered(desk: Desk) -> None:
    tiny = desk.with_settings(max_message_bytes=200)
    inbound_id = tiny.store(nomination_mail())
    report = tiny.run()
    assert report.failed == 1
    failed = desk.message(inbound_id)
    assert failed.status == MessageStatus.FAILED
    assert failed.triage == TriageState.OPEN
    assert desk.nominations() == []
    assert desk.outbox() == []
    # replay --failed picks it up once the limit is sane again.
    done = replay(desk.sessions, None, failed=True, catalog=desk.catalog, settings=desk.settings)
    assert done.processed == 1
    assert len(desk.nominations()) == 1


def test_replay_leaves_processed_messages_alone(desk: Desk) -> None:
    inbound = desk.receive(nomination_mail())
    report = replay(
        desk.sessions,
        [inbound.id, 9999],
        failed=False,
        catalog=desk.catalog,
        settings=desk.settings,
    )
    assert (report.processed, report.skipped) == (0, 2)
    assert len(desk.outbox()) == 1
