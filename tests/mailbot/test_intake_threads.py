"""Intake across a thread: completion, corrections, bounces of our own mail."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.models import NominationStatus, TriageState
from tests.mailbot.intake_env import Desk, make_desk
from tests.mailbot.intake_mail import SENDER, bounce_of, nomination_mail, reply_mail


@pytest.fixture
def desk(sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(sessions, tmp_path, monkeypatch)


def test_reply_to_our_request_completes_the_nomination(desk: Desk) -> None:
    desk.receive(nomination_mail(fields={"WIPO Accounts username": None}))
    (request,) = desk.outbox()
    assert request.kind == "request_missing"
    answer = reply_mail(
        request.message_id,
        "Dear Secretariat,\n\nWIPO Accounts username: xa-hcarter\n\nBest regards,\nHelen Carter\n",
        references="<nom-1@ipo.example.org>",
    )
    inbound = desk.receive(answer)
    (nomination,) = desk.nominations()
    assert inbound.nomination_id == nomination.id
    assert inbound.decisions is not None
    assert inbound.decisions["thread"] == f"outbox:{request.id}"
    assert nomination.status == NominationStatus.PENDING_REVIEW
    (nominee,) = nomination.nominees
    assert nominee.username == "xa-hcarter"
    assert nominee.evidence is not None
    assert nominee.evidence["username"]["inbound_id"] == inbound.id
    assert [o.kind for o in desk.outbox()] == ["request_missing", "acknowledgement"]
    (completed,) = desk.audit("field_completed")
    assert completed.after == {"username": "xa-hcarter"}
    changes = [(e.before, e.after) for e in desk.audit("status_changed")]
    assert changes[-1] == ({"status": "awaiting_info"}, {"status": "pending_review"})


def test_same_sender_without_thread_headers_completes_the_open_nomination(desk: Desk) -> None:
    desk.receive(nomination_mail(fields={"WIPO Accounts username": None}))
    # A fresh mail (no In-Reply-To) from the same address, restating the office.
    fresh = nomination_mail(
        "<nom-2@ipo.example.org>",
        fields={"Title": None, "Position": None, "Task Force(s)": None},
    )
    desk.receive(fresh)
    (nomination,) = desk.nominations()
    assert nomination.nominees[0].username == "xa-hcarter"
    assert nomination.status == NominationStatus.PENDING_REVIEW


def test_correction_keeps_old_value_in_audit_trail(desk: Desk) -> None:
    first = desk.receive(nomination_mail())
    correction = reply_mail(
        "<nom-1@ipo.example.org>",
        "Dear Secretariat,\n\nPlease correct the e-mail address of our nominee:\n\n"
        "Last name: Carter\nFirst name: Helen\n"
        "E-mail address used for the WIPO Account: helen.carter@ipo.example.org\n\n"
        "Best regards\n",
    )
    second = desk.receive(correction)
    (nomination,) = desk.nominations()
    assert second.decisions is not None
    assert second.decisions["thread"] == f"inbound:{first.id}"
    (nominee,) = nomination.nominees
    assert nominee.account_email == "helen.carter@ipo.example.org"
    assert nominee.evidence is not None
    assert nominee.evidence["account_email"]["inbound_id"] == second.id
    (event,) = desk.audit("field_corrected")
    assert event.subject_id == nominee.id
    assert event.before == {"account_email": "h.carter@ipo.example.org"}
    assert event.after == {"account_email": "helen.carter@ipo.example.org"}
    assert nomination.status == NominationStatus.PENDING_REVIEW


def test_nameless_one_line_correction_applies_to_the_only_nominee(desk: Desk) -> None:
    desk.receive(nomination_mail())
    # The parser alone calls this "other" (it names nobody); the thread makes it a correction.
    line = reply_mail(
        "<nom-1@ipo.example.org>",
        "Dear Secretariat,\n\nWIPO Accounts username: xa-hcarter2\n\nBest regards\n",
    )
    inbound = desk.receive(line)
    assert inbound.kind == "other"
    (nomination,) = desk.nominations()
    assert inbound.nomination_id == nomination.id
    assert inbound.triage == TriageState.NONE
    assert nomination.nominees[0].username == "xa-hcarter2"
    (event,) = desk.audit("field_corrected")
    assert event.before == {"username": "xa-hcarter"}


def test_instead_of_correction_above_our_own_quoted_nomination(desk: Desk) -> None:
    first_raw = nomination_mail()
    desk.receive(first_raw)
    original = first_raw.decode().split("\n\n", 1)[1].replace("\r\n", "\n")
    quoted = "\n".join(f"> {line}" for line in original.splitlines())
    correction = reply_mail(
        "<nom-1@ipo.example.org>",
        "Dear Secretariat,\n\nPlease read xa-hcarter2 instead of xa-hcarter in my previous "
        "mail.\n\nBest regards,\nHelen Carter\n\n"
        f"On 2 Oct 2023, at 11:30, Helen Carter <{SENDER}> wrote:\n{quoted}\n",
    )
    inbound = desk.receive(correction)
    (nomination,) = desk.nominations()
    assert inbound.nomination_id == nomination.id
    (nominee,) = nomination.nominees
    assert nominee.username == "xa-hcarter2"
    (event,) = desk.audit("field_corrected")
    assert (event.before, event.after) == ({"username": "xa-hcarter"}, {"username": "xa-hcarter2"})
    assert nomination.status == NominationStatus.PENDING_REVIEW


def test_thanks_in_the_thread_is_linked_and_triaged(desk: Desk) -> None:
    desk.receive(nomination_mail())
    thanks = reply_mail("<nom-1@ipo.example.org>", "Dear Secretariat,\n\nThank you.\n\nBest\n")
    inbound = desk.receive(thanks)
    (nomination,) = desk.nominations()
    assert inbound.nomination_id == nomination.id
    assert inbound.triage == TriageState.OPEN
    assert len(desk.outbox()) == 1  # only the first acknowledgement


def test_bounce_of_our_reply_is_linked_and_flagged(desk: Desk) -> None:
    desk.receive(nomination_mail())
    (ack,) = desk.outbox()
    inbound = desk.receive(bounce_of(ack.message_id, SENDER))
    assert inbound.kind == "bounce"
    (nomination,) = desk.nominations()
    assert inbound.nomination_id == nomination.id
    assert inbound.triage == TriageState.ASSIGNED
    bounce = [w for w in (nomination.warnings or {})["items"] if w["code"] == "bounce"]
    assert bounce
    assert bounce[0]["outbox_id"] == ack.id
    (event,) = desk.audit("bounce_received")
    assert event.subject_id == nomination.id
    assert len(desk.outbox()) == 1  # never answer a bounce


def test_bounce_of_someone_elses_mail_goes_to_triage(desk: Desk) -> None:
    inbound = desk.receive(bounce_of("<not-ours@elsewhere.example.net>", SENDER))
    assert inbound.kind == "bounce"
    assert inbound.nomination_id is None
    assert inbound.triage == TriageState.OPEN
