"""Intake end to end on SQLite and PostgreSQL: real parser, real templates, real outbox rows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.models import MessageStatus, NominationStatus, OutboxStatus, TriageState
from tests.mailbot.intake_env import NOW, Desk, make_desk
from tests.mailbot.intake_mail import FIELDS, OFFICE, SENDER, nomination_mail


@pytest.fixture
def desk(sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(sessions, tmp_path, monkeypatch)


def test_complete_nomination_is_queued_for_review_and_acknowledged(desk: Desk) -> None:
    inbound = desk.receive(nomination_mail())
    assert inbound.status == MessageStatus.PROCESSED
    assert inbound.triage == TriageState.NONE
    assert inbound.kind == "nomination"
    (nomination,) = desk.nominations()
    assert inbound.nomination_id == nomination.id
    assert nomination.status == NominationStatus.PENDING_REVIEW
    assert nomination.office == OFFICE
    assert nomination.sender_address == SENDER
    assert nomination.thread_message_id == "<nom-1@ipo.example.org>"
    assert not nomination.late
    (nominee,) = nomination.nominees
    assert (nominee.last_name, nominee.first_name) == ("Carter", "Helen")
    assert nominee.username == "xa-hcarter"
    assert nominee.account_email == "h.carter@ipo.example.org"
    assert [m.task_force for m in nominee.memberships] == ["XML4IP Task Force"]
    assert nominee.evidence is not None
    assert nominee.evidence["username"]["inbound_id"] == inbound.id
    (reply,) = desk.outbox()
    assert (reply.kind, reply.status) == ("acknowledgement", OutboxStatus.QUEUED)
    assert reply.nomination_id == nomination.id
    assert SENDER in reply.recipient
    assert inbound.decisions is not None
    assert inbound.decisions["reply"]["kind"] == "acknowledgement"
    assert inbound.decisions["reply"]["queued"] == reply.id
    assert [e.subject_id for e in desk.audit("nomination_created")] == [nomination.id]


def test_report_counts_the_replies_queued(desk: Desk) -> None:
    desk.store(nomination_mail(), uid=1)
    report = desk.run()
    assert (report.processed, report.replies) == (1, 1)


def test_same_message_fetched_twice_is_processed_once(desk: Desk) -> None:
    raw = nomination_mail()
    first = desk.store(raw, uid=1)
    # After a restart with a new UIDVALIDITY, or copied into a second folder.
    again = desk.store(raw, uid=77)
    relayed = desk.store(b"Received: from relay.example.net\r\n" + raw, uid=78)
    assert first == again == relayed
    report = desk.run()
    assert report.processed == 1
    assert desk.run().processed == 0
    assert len(desk.nominations()) == 1
    assert len(desk.outbox()) == 1


def test_incomplete_nomination_asks_for_missing_fields(desk: Desk) -> None:
    desk.receive(nomination_mail(fields={"WIPO Accounts username": None}))
    (nomination,) = desk.nominations()
    assert nomination.status == NominationStatus.AWAITING_INFO
    assert nomination.nominees[0].username is None
    (reply,) = desk.outbox()
    assert reply.kind == "request_missing"


def test_late_nomination_is_accepted_and_flagged(desk: Desk) -> None:
    late = datetime(2023, 10, 25, 9, 0, tzinfo=UTC)
    desk.receive(nomination_mail(date=late), now=datetime(2023, 10, 25, 10, 0, tzinfo=UTC))
    (nomination,) = desk.nominations()
    assert nomination.late
    assert nomination.status == NominationStatus.PENDING_REVIEW
    assert "late" in [w["code"] for w in (nomination.warnings or {})["items"]]
    # One mail: the late note acknowledges receipt and mentions the deadline.
    assert [o.kind for o in desk.outbox()] == ["late_note"]


def test_on_time_nomination_is_not_late(desk: Desk) -> None:
    on_time = datetime(2023, 10, 20, 22, 0, tzinfo=UTC)
    desk.receive(nomination_mail(date=on_time), now=datetime(2023, 10, 23, tzinfo=UTC))
    assert not desk.nominations()[0].late


def test_person_nominated_twice_is_flagged_not_stored_twice(desk: Desk) -> None:
    desk.receive(nomination_mail())
    other_office = nomination_mail(
        "<nom-9@other.example.net>",
        sender="registry@other.example.net",
        office="Other Example Office",
    )
    desk.receive(other_office)
    first, second = desk.nominations()
    assert first.id != second.id
    (original,) = first.nominees
    (copy,) = second.nominees
    assert original.duplicate_of is None
    assert copy.duplicate_of == original.id
    items = (second.warnings or {})["items"]
    assert [w["code"] for w in items] == ["duplicate_person"]
    assert items[0]["other_nomination_id"] == first.id
    assert desk.audit("duplicate_flagged")[0].subject_id == copy.id


def test_dmarc_fail_from_our_server_holds_without_reply(desk: Desk) -> None:
    spoofed = nomination_mail(
        headers={
            "Authentication-Results": "mx.example.com; spf=fail smtp.mailfrom=ipo.example.org; "
            "dmarc=fail (p=reject) header.from=ipo.example.org"
        }
    )
    desk.receive(spoofed)
    (nomination,) = desk.nominations()
    assert nomination.unverified_sender
    assert "dmarc_fail" in [w["code"] for w in (nomination.warnings or {})["items"]]
    assert desk.outbox() == []
    assert desk.audit("held_unverified")


def test_dmarc_claim_by_a_stranger_is_ignored(desk: Desk) -> None:
    forged = nomination_mail(
        headers={"Authentication-Results": "evil.example.net; dmarc=fail header.from=x.example"}
    )
    desk.receive(forged)
    assert not desk.nominations()[0].unverified_sender
    assert [o.kind for o in desk.outbox()] == ["acknowledgement"]


def test_nomination_from_a_no_reply_address_is_stored_but_never_answered(desk: Desk) -> None:
    inbound = desk.receive(nomination_mail(sender="no-reply@ipo.example.org"))
    assert len(desk.nominations()) == 1
    assert desk.outbox() == []
    assert inbound.decisions is not None
    assert "no_reply_sender" in inbound.decisions["reply"]["reason"]


def test_bulk_mail_is_never_answered(desk: Desk) -> None:
    inbound = desk.receive(nomination_mail(headers={"Precedence": "bulk"}))
    assert inbound.status == MessageStatus.PROCESSED
    assert desk.outbox() == []
    # Stored either way: as a nomination, or on the triage list for staff.
    assert desk.nominations() or inbound.triage == TriageState.OPEN


def test_not_a_nomination_goes_to_triage(desk: Desk) -> None:
    question = (
        b"From: someone@office.example.org\r\nTo: cws.mail@example.com\r\n"
        b"Subject: Question about the CWS meeting\r\nMessage-ID: <q1@office.example.org>\r\n"
        b"Date: Mon, 02 Oct 2023 10:00:00 +0000\r\n\r\n"
        b"Could you tell me the dates of the next CWS session?\r\n"
    )
    inbound = desk.receive(question)
    assert inbound.status == MessageStatus.PROCESSED
    assert inbound.kind == "other"
    assert inbound.triage == TriageState.OPEN
    assert desk.nominations() == []
    assert desk.outbox() == []


def test_encrypted_message_goes_to_triage_saying_it_cannot_be_read(desk: Desk) -> None:
    encrypted = (
        b"From: registry@office.example.org\r\nTo: cws.mail@example.com\r\n"
        b"Subject: C. CWS 175 nomination\r\nMessage-ID: <enc1@office.example.org>\r\n"
        b"Date: Mon, 02 Oct 2023 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIACAQAxggFAMIIBPAIBADAkMBYx\r\n"
    )
    inbound = desk.receive(encrypted)
    assert inbound.kind == "other"
    assert inbound.triage == TriageState.OPEN
    # Staff see why: the office has to send it again unencrypted.
    assert "S/MIME encrypted" in inbound.triage_reason
    assert "cannot be read" in inbound.triage_reason
    assert desk.nominations() == []
    assert desk.outbox() == []


def test_out_of_office_is_dismissed_with_reason(desk: Desk) -> None:
    ooo = (
        b"From: h.carter@ipo.example.org\r\nTo: cws.mail@example.com\r\n"
        b"Subject: Automatic reply: Nomination to CWS Task Forces\r\n"
        b"Auto-Submitted: auto-replied\r\nMessage-ID: <ooo1@ipo.example.org>\r\n"
        b"Date: Mon, 02 Oct 2023 10:00:00 +0000\r\n\r\n"
        b"I am out of the office until 16 October with limited access to e-mail.\r\n"
    )
    inbound = desk.receive(ooo)
    assert inbound.kind == "auto_reply"
    assert inbound.triage == TriageState.DISMISSED
    assert "out-of-office" in inbound.triage_reason
    assert desk.outbox() == []


def test_fields_of_the_fixture_are_the_annex() -> None:
    # Keeps the fixture honest: seven annex labels, one per field.
    assert len(FIELDS) == 7
    assert NOW.tzinfo is UTC
