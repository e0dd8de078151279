"""Thread matching: nominee identity, thread ids, bounced originals, the nomination a mail continues."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.models import InboundMessage, Nomination, NominationStatus, OutboxItem
from mailbot.db.session import transaction
from mailbot.policy import NomineeFacts
from mailbot.threads import bounced_message_ids, find_thread, fold, match_nominee, thread_ids

ROE = NomineeFacts(last_name="Roe", first_name="Jane", username="xx-jroe")
NUNEZ = NomineeFacts(last_name="Núñez", first_name="José", account_email="jnunez@example.org")


@pytest.mark.parametrize(
    ("incoming", "expected"),
    [
        (NomineeFacts(username="XX-JROE", position="Examiner"), 0),
        (NomineeFacts(account_email="JNunez@Example.org"), 1),
        (NomineeFacts(last_name="NUNEZ", first_name="jose"), 1),
        # Family and given names swapped.
        (NomineeFacts(last_name="Jane", first_name="Roe"), 0),
        (NomineeFacts(last_name="Roe"), 0),
        (NomineeFacts(last_name="Doe", first_name="John"), None),
        # Names nobody: goes to the one nominee missing what it supplies.
        (NomineeFacts(username="xx-jnunez"), 1),
        (NomineeFacts(position="Head of IT"), None),  # both lack a position
    ],
)
def test_match_nominee(incoming: NomineeFacts, expected: int | None) -> None:
    assert match_nominee([ROE, NUNEZ], incoming) == expected


def test_single_nominee_takes_a_nameless_correction() -> None:
    complete = NomineeFacts(
        last_name="Roe", first_name="Jane", username="xx-jroe", position="Examiner"
    )
    assert match_nominee([complete], NomineeFacts(username="xx-janeroe")) == 0


def test_fold_and_thread_ids() -> None:
    assert fold("ÁLVAREZ  Núñez") == "alvarez nunez"
    assert thread_ids("<c@x.example>", "<a@x.example> <b@x.example> <c@x.example>") == (
        "<c@x.example>",
        "<b@x.example>",
        "<a@x.example>",
    )


def _dsn(original_id: str) -> bytes:
    original = EmailMessage()
    original["From"] = "cws.mail@example.com"
    original["To"] = "nobody@office.example.org"
    original["Message-ID"] = original_id
    original["Subject"] = "Your nomination"
    original.set_content("We received your nomination.")
    report = EmailMessage()
    report["From"] = "MAILER-DAEMON@mx.example.com"
    report["To"] = "cws.mail@example.com"
    report["Message-ID"] = "<dsn-1@mx.example.com>"
    report["Subject"] = "Undelivered Mail Returned to Sender"
    report.set_content("Delivery to nobody@office.example.org failed.")
    report.add_attachment(original)
    return report.as_bytes()


def test_bounced_message_ids_from_dsn_and_pasted_headers() -> None:
    assert bounced_message_ids(_dsn("<ours-1@example.com>")) == ("<ours-1@example.com>",)
    pasted = (
        b"From: postmaster@example.net\r\nMessage-ID: <b2@example.net>\r\n\r\n"
        b"Your message could not be delivered.\r\n\r\n"
        b"----- original headers -----\r\nMessage-ID: <ours-2@example.com>\r\n"
    )
    assert bounced_message_ids(pasted) == ("<ours-2@example.com>",)


def test_find_thread_by_outbox_inbound_and_sender(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        open_one = Nomination(
            sender_address="jane.roe@office.example.org",
            office="Example Patent Office",
            status=NominationStatus.AWAITING_INFO,
        )
        decided = Nomination(
            sender_address="x@office.example.org", status=NominationStatus.APPROVED
        )
        session.add_all([open_one, decided])
        session.flush()
        session.add(
            OutboxItem(
                kind="request_missing",
                nomination_id=open_one.id,
                recipient="jane.roe@office.example.org",
                message_id="<req-1@example.com>",
                raw=b"",
            )
        )
        session.add(
            InboundMessage(
                sha256="0" * 64,
                message_id="<first@office.example.org>",
                nomination_id=decided.id,
            )
        )
        session.flush()
        ids = {"open": open_one.id, "decided": decided.id}

    with transaction(sessions) as session:
        by_request = find_thread(
            session, ids=["req-1@example.com"], sender=None, office=None, campaign="C. CWS 175"
        )
        assert by_request is not None
        assert by_request.nomination.id == ids["open"]
        assert by_request.rule.startswith("outbox:")

        # The office's own earlier mail, but that nomination is decided: not continued...
        assert (
            find_thread(
                session,
                ids=["<first@office.example.org>"],
                sender=None,
                office=None,
                campaign="C. CWS 175",
            )
            is None
        )
        # ...unless asked for any status (bounces, auto-replies).
        any_status = find_thread(
            session,
            ids=["<first@office.example.org>"],
            sender=None,
            office=None,
            campaign="C. CWS 175",
            open_only=False,
        )
        assert any_status is not None
        assert any_status.nomination.id == ids["decided"]

        by_sender = find_thread(
            session,
            ids=[],
            sender="Jane.Roe@office.example.org",
            office="EXAMPLE patent office",
            campaign="C. CWS 175",
        )
        assert by_sender is not None
        assert (by_sender.nomination.id, by_sender.rule) == (ids["open"], "sender_office")
        other_office = find_thread(
            session,
            ids=[],
            sender="jane.roe@office.example.org",
            office="Another Office",
            campaign="C. CWS 175",
        )
        assert other_office is None
        other_campaign = find_thread(
            session,
            ids=[],
            sender="jane.roe@office.example.org",
            office=None,
            campaign="C. CWS 180",
        )
        assert other_campaign is None


def test_find_thread_by_sender_and_st3_office_code(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        nomination = Nomination(
            sender_address="standards@uspto.example.gov",
            office="United States Patent and Trademark Office",
            office_code="us",
            status=NominationStatus.PENDING_REVIEW,
        )
        session.add(nomination)
        session.flush()
        match = find_thread(
            session,
            ids=[],
            sender="standards@uspto.example.gov",
            office="USPTO",
            campaign="C. CWS 175",
        )
        assert match is not None
        assert match.nomination.id == nomination.id
