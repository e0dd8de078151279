"""Pure intake decisions, as input -> expected tables."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from mailbot.db.models import NominationStatus
from mailbot.policy import (
    NomineeFacts,
    ReplyFacts,
    arrival_time,
    decide_reply,
    dmarc_failed,
    is_late,
    is_out_of_office,
    loop_guard,
    nomination_missing,
    nominee_asked,
    nominee_missing,
    status_after_intake,
)

COMPLETE = NomineeFacts(
    title="Ms",
    last_name="Roe",
    first_name="Jane",
    position="Examiner",
    username="xx-jroe",
    account_email="jane.roe@example.org",
    task_forces=("Blockchain Task Force",),
)
DEADLINE = date(2023, 10, 20)


def test_title_is_asked_but_does_not_block() -> None:
    untitled = NomineeFacts(
        last_name="Roe",
        first_name="Jane",
        position="Examiner",
        username="xx-jroe",
        account_email="jane.roe@example.org",
        task_forces=("Blockchain Task Force",),
    )
    assert nominee_missing(untitled) == ()
    assert nominee_asked(untitled) == ("title",)
    assert nominee_missing(COMPLETE) == ()


def test_missing_paths_and_status() -> None:
    partial = NomineeFacts(last_name="Roe", first_name=" ", task_forces=())
    missing = nomination_missing("Example Office", [COMPLETE, partial])
    assert missing == (
        "nominees[1].task_forces",
        "nominees[1].first_name",
        "nominees[1].position",
        "nominees[1].username",
        "nominees[1].account_email",
    )
    assert nomination_missing(None, [COMPLETE]) == ("office",)
    assert nomination_missing("Example Office", []) == ("nominees",)
    assert status_after_intake(None, missing) == NominationStatus.AWAITING_INFO
    assert (
        status_after_intake(NominationStatus.AWAITING_INFO, ()) == NominationStatus.PENDING_REVIEW
    )
    # Staff decisions are never undone by a later mail.
    assert status_after_intake(NominationStatus.APPROVED, missing) == NominationStatus.APPROVED


@pytest.mark.parametrize(
    ("arrived", "late"),
    [
        (datetime(2023, 10, 20, 23, 59, tzinfo=UTC), False),
        # Still 20 October somewhere (UTC-12) until noon UTC on the 21st.
        (datetime(2023, 10, 21, 11, 59, tzinfo=UTC), False),
        (datetime(2023, 10, 21, 12, 0, tzinfo=UTC), True),
        (datetime(2023, 11, 2, 9, 0, tzinfo=UTC), True),
    ],
)
def test_is_late(arrived: datetime, late: bool) -> None:
    assert is_late(arrived, DEADLINE) is late


def test_arrival_time_distrusts_future_dates() -> None:
    fetched = datetime(2023, 10, 22, tzinfo=UTC)
    sent = datetime(2023, 10, 19, tzinfo=UTC)
    assert arrival_time(sent, fetched) == sent
    assert arrival_time(None, fetched) == fetched
    assert arrival_time(fetched + timedelta(days=30), fetched) == fetched


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"kind": "auto_reply"}, "kind:auto_reply"),
        ({"kind": "bounce"}, "kind:bounce"),
        ({"auto_submitted": "auto-replied"}, "auto_submitted:auto-replied"),
        ({"auto_submitted": "no"}, None),
        ({"precedence": "Bulk"}, "precedence:bulk"),
        ({"precedence": "first-class"}, None),
        ({"list_id": "<cws.lists.example.org>"}, "list_id"),
        ({"from_address": "MAILER-DAEMON@example.org"}, "no_reply_sender"),
        ({"from_address": "postmaster@example.org"}, "no_reply_sender"),
        ({"from_address": "no-reply@example.org"}, "no_reply_sender"),
        ({"from_address": "cws-request@example.org"}, "no_reply_sender"),
        ({"from_address": "CWS.Mail@example.com"}, "own_address"),
        ({"from_address": None}, "no_sender"),
        ({"own_message": True}, "own_message_id"),
    ],
)
def test_loop_guard(headers: dict[str, object], expected: str | None) -> None:
    base: dict[str, object] = {
        "kind": "nomination",
        "from_address": "jane.roe@office.example.org",
        "auto_submitted": None,
        "precedence": None,
        "list_id": None,
        "own_addresses": ("cws.mail@example.com",),
    }
    assert loop_guard(**{**base, **headers}) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("headers", "trusted", "failed"),
    [
        (
            ["mx.example.com; dmarc=fail (p=reject) header.from=example.org"],
            ["mx.example.com"],
            True,
        ),
        (
            ["Authentication-Results: mx.example.com;\r\n dmarc=fail header.from=example.org"],
            ["MX.example.com"],
            True,
        ),
        (["mx.example.com; dmarc=pass header.from=example.org"], ["mx.example.com"], False),
        # Written by the sender, not by our server: ignored (RFC 8601 section 5).
        (["evil.example.net; dmarc=fail header.from=example.org"], ["mx.example.com"], False),
        (["mx.example.com; dmarc=fail header.from=example.org"], [], False),
        (["garbage ;;; ==="], ["mx.example.com"], False),
    ],
)
def test_dmarc_failed(headers: list[str], trusted: list[str], failed: bool) -> None:
    assert dmarc_failed(headers, trusted) is failed


@pytest.mark.parametrize(
    ("subject", "reason", "ooo"),
    [
        ("Automatic reply: Nomination", "", True),
        ("Réponse automatique : C. CWS 175", "", True),
        ("Out of Office", "", True),
        ("Re: your request", "auto-submitted: auto-replied; vacation", True),
        ("Ticket #123 received", "auto-submitted: auto-replied", False),
    ],
)
def test_out_of_office(subject: str, reason: str, ooo: bool) -> None:
    assert is_out_of_office("auto_reply", reason, subject) is ooo
    assert not is_out_of_office("nomination", reason, subject)


@pytest.mark.parametrize(
    ("facts", "kind"),
    [
        (ReplyFacts("nomination", True, NominationStatus.AWAITING_INFO), "request_missing"),
        (ReplyFacts("nomination", True, NominationStatus.PENDING_REVIEW), "acknowledgement"),
        (ReplyFacts("nomination", True, NominationStatus.PENDING_REVIEW, late=True), "late_note"),
        (
            ReplyFacts("nomination", True, NominationStatus.AWAITING_INFO, late=True),
            "request_missing",
        ),
        (ReplyFacts("nomination", True, NominationStatus.PENDING_REVIEW, held=True), None),
        (
            ReplyFacts("nomination", True, NominationStatus.PENDING_REVIEW, loop_reason="list_id"),
            None,
        ),
        (ReplyFacts("nomination", True, NominationStatus.APPROVED), None),
        (ReplyFacts("auto_reply", False, None), None),
        (ReplyFacts("bounce", False, None), None),
        (ReplyFacts("other", False, None), None),
        (ReplyFacts("nomination", True, NominationStatus.AWAITING_INFO, failed=True), None),
    ],
)
def test_decide_reply(facts: ReplyFacts, kind: str | None) -> None:
    decision = decide_reply(facts)
    assert decision.kind == kind
    assert decision.reason
