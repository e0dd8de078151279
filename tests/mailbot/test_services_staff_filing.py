"""Staff finishing what the bot could not: a nomination from a triaged message, a message's
fields offered after filing it, nominees added and removed by hand (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import (
    AuditEvent,
    InboundMessage,
    Nomination,
    Nominee,
    OutboxItem,
    ReviewStatus,
    TriageState,
)
from mailbot.db.session import transaction
from mailbot.errors import ActionError
from mailbot.services.from_message import (
    NominationDraft,
    create_from_message,
    draft_from,
    read_stored,
)
from mailbot.services.messages import assign_message
from mailbot.services.nominees import NomineeInput, add_nominee, remove_nominee
from mailbot.services.offers import apply_offers, followup_offers
from tests.mailbot.review_factories import (
    TF_SEQL,
    TF_XML,
    NomineeSpec,
    make_nomination,
    review_settings,
)

ACTOR = "staff:rita"


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return review_settings(tmp_path, db_url)


def mail(body: str, subject: str = "Our representative", sender: str = "registry") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Registry <{sender}@office.example.org>"
    msg["To"] = "cws.mail@example.com"
    msg["Subject"] = subject
    msg["Date"] = "Fri, 13 Oct 2023 10:00:00 +0200"
    msg["Message-ID"] = f"<{hashlib.sha256(body.encode()).hexdigest()[:12]}@office.example.org>"
    msg.set_content(body)
    return msg.as_bytes()


NOMINATING = (
    "Dear colleagues,\n\nPlease register Ms Ana Pereira, Patent examiner.\n"
    "Username: pt-apereira\nE-mail: ana.pereira@office.example.org\n\nKind regards\n"
)
FOLLOW_UP = (
    "Hello,\n\nWIPO Accounts username: pt-apereira\nPosition: Head of division\n"
    "E-mail: ana.pereira@office.example.org\n\nRegards\n"
)


def triage_message(session: Session, raw: bytes | None, *, status: str = "processed") -> int:
    message = InboundMessage(
        mailbox="INBOX",
        message_id=f"<t{hashlib.sha256(raw or b'-').hexdigest()[:10]}@office.example.org>",
        sha256=hashlib.sha256((raw or b"none") + status.encode()).hexdigest(),
        size=len(raw or b""),
        raw=raw,
        from_address="registry@office.example.org",
        subject="Our representative",
        received_at=datetime(2023, 10, 13, 8, 0, tzinfo=UTC),  # before the deadline
        kind="other",
        status=status,
        triage=TriageState.OPEN,
    )
    session.add(message)
    session.flush()
    return message.id


def actions(session: Session) -> list[tuple[str, str, str]]:
    rows = session.execute(
        select(AuditEvent.actor, AuditEvent.action, AuditEvent.subject_type).order_by(AuditEvent.id)
    )
    return [(r[0], r[1], r[2]) for r in rows]


def test_create_from_a_triaged_message(sessions: sessionmaker[Session], settings: Settings) -> None:
    with transaction(sessions) as session:
        message_id = triage_message(session, mail(NOMINATING))
    with transaction(sessions) as session:
        draft = draft_from(read_stored(session, message_id, settings))
    assert draft.sender_address == "registry@office.example.org"
    assert draft.office == ""
    (read,) = draft.nominees
    assert (read.title, read.first_name, read.last_name) == ("Ms", "Ana", "Pereira")
    assert (read.username, read.account_email) == ("pt-apereira", "ana.pereira@office.example.org")
    # Staff complete what the parser could not know and correct the position.
    draft.office = "Portuguese Institute of Industrial Property"
    draft.office_code = "PT"
    draft.nominees[0] = replace(read, position="Senior examiner", task_forces=(TF_XML,))
    draft.nominees.append(NomineeInput())  # the form's spare row, left empty
    with transaction(sessions) as session:
        created = create_from_message(session, message_id, draft, actor=ACTOR, settings=settings)
        nomination_id = created.nomination.id
    with transaction(sessions) as session:
        nomination = session.get(Nomination, nomination_id)
        assert nomination is not None
        assert nomination.status == "pending_review"
        assert nomination.office_code == "pt"
        assert nomination.sender_address == "registry@office.example.org"
        assert nomination.thread_message_id is not None
        (nominee,) = nomination.nominees
        assert nominee.position == "Senior examiner"
        assert [m.task_force for m in nominee.memberships] == [TF_XML]
        assert nominee.evidence is not None
        # Kept values keep the parser's evidence; typed ones name the person.
        assert nominee.evidence["username"]["rule"] != "staff"
        assert nominee.evidence["username"]["inbound_id"] == message_id
        assert nominee.evidence["position"] == {
            "rule": "staff",
            "by": ACTOR,
            "at": nominee.evidence["position"]["at"],
        }
        message = session.get(InboundMessage, message_id)
        assert message is not None
        assert (message.triage, message.nomination_id) == ("assigned", nomination_id)
        assert actions(session) == [
            (ACTOR, "nomination_created", "nomination"),
            (ACTOR, "nominee_added", "nominee"),
            (ACTOR, "assign", "message"),
            (ACTOR, "status_changed", "nomination"),
        ]
        assert session.scalars(select(OutboxItem)).all() == []  # no reply unless staff ask
    with pytest.raises(ActionError, match="already filed"), transaction(sessions) as session:
        create_from_message(session, message_id, draft, actor=ACTOR, settings=settings)


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"username": "a b"}, "WIPO Accounts usernames"),
        ({"username": "abc"}, "WIPO Accounts usernames"),
        ({"title": "Dr"}, "title must be one of"),
        ({"account_email": "ana at office"}, "is not an e-mail address"),
        ({"account_email": "cws.mail@example.com"}, "Secretariat's own address"),
        ({"task_forces": ("Quantum Filing Task Force",)}, "unknown task force"),
        ({"first_name": "", "last_name": ""}, "at least a last or a first name"),
    ],
)
def test_create_refuses_what_the_checks_refuse(
    sessions: sessionmaker[Session],
    settings: Settings,
    change: dict[str, object],
    error: str,
) -> None:
    with transaction(sessions) as session:
        message_id = triage_message(session, mail(NOMINATING))
    entry = {
        "title": "Ms",
        "first_name": "Ana",
        "last_name": "Pereira",
        "username": "pt-apereira",
        "account_email": "ana.pereira@office.example.org",
        "task_forces": (TF_XML,),
        **change,
    }
    draft = NominationDraft(
        office="Portuguese Institute of Industrial Property",
        sender_address="registry@office.example.org",
        nominees=[NomineeInput(**entry)],  # type: ignore[arg-type]
    )
    with pytest.raises(ActionError, match=error), transaction(sessions) as session:
        create_from_message(session, message_id, draft, actor=ACTOR, settings=settings)
    with transaction(sessions) as session:
        assert session.scalars(select(Nomination)).all() == []
        message = session.get(InboundMessage, message_id)
        assert message is not None
        assert message.triage == "open"


def test_create_from_a_message_without_a_reading(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    """A purged or unreadable message gives an empty form; what staff type is enough."""
    with transaction(sessions) as session:
        message_id = triage_message(session, None, status="failed")
    with transaction(sessions) as session:
        reading = read_stored(session, message_id, settings)
        assert reading.parsed is None
        assert "not stored" in reading.error
        draft = draft_from(reading)
    assert draft.nominees == []
    draft.nominees = [NomineeInput(last_name="Roe", first_name="Jo", username="pt-jroe")]
    draft.office_code = "zq"
    with pytest.raises(ActionError, match=r"not a WIPO ST\.3 code"), transaction(sessions) as s:
        create_from_message(s, message_id, draft, actor=ACTOR, settings=settings)
    draft.office_code = ""
    with transaction(sessions) as session:
        nomination = create_from_message(
            session, message_id, draft, actor=ACTOR, settings=settings
        ).nomination
        # Office, position, account e-mail and task forces still missing: the office is asked.
        assert nomination.status == "awaiting_info"
        assert nomination.reference is None


def test_username_prefix_mismatch_is_kept_with_a_warning(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with transaction(sessions) as session:
        message_id = triage_message(session, mail(NOMINATING))
    draft = NominationDraft(
        office="Portuguese Institute of Industrial Property",
        office_code="pt",
        sender_address="registry@office.example.org",
        nominees=[NomineeInput(first_name="Ana", last_name="Pereira", username="es-apereira")],
    )
    with transaction(sessions) as session:
        created = create_from_message(session, message_id, draft, actor=ACTOR, settings=settings)
        assert [w.code for w in created.warnings] == ["username_prefix_mismatch"]
        items = (created.nomination.warnings or {})["items"]
        assert [w["code"] for w in items] == ["username_prefix_mismatch"]
        assert items[0]["field"] == "nominees[0].username"


def test_filing_a_follow_up_offers_its_fields(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(
            session,
            status="awaiting_info",
            nominees=[NomineeSpec(position="Patent examiner", account_email=None)],
        ).id
        message_id = triage_message(session, mail(FOLLOW_UP, subject="Re: missing"))
        assign_message(session, message_id, nomination_id, actor=ACTOR)
    with transaction(sessions) as session:
        follow = followup_offers(session, message_id, settings)
        offers = {o.key: o for o in follow.offers}
    assert set(offers) == {"nominees[0].position", "nominees[0].account_email"}
    position, email = offers["nominees[0].position"], offers["nominees[0].account_email"]
    assert (position.current, position.offered, position.replaces) == (
        "Patent examiner",
        "Head of division",
        True,
    )
    assert (email.current, email.offered, email.replaces) == (
        "",
        "ana.pereira@office.example.org",
        False,
    )
    # A value already there is never overwritten by a plain "apply".
    with (
        pytest.raises(ActionError, match=r"tick .replace. to overwrite"),
        transaction(sessions) as session,
    ):
        apply_offers(session, message_id, fill=list(offers), actor=ACTOR, settings=settings)
    with transaction(sessions) as session:
        applied = apply_offers(
            session, message_id, fill=["nominees[0].account_email"], actor=ACTOR, settings=settings
        )
        assert applied.keys == ["nominees[0].account_email"]
    with transaction(sessions) as session:
        nominee = session.scalars(select(Nominee)).one()
        assert nominee.account_email == "ana.pereira@office.example.org"
        assert nominee.position == "Patent examiner"
        assert nominee.evidence is not None
        assert nominee.evidence["account_email"]["applied_by"] == ACTOR
        assert nominee.evidence["account_email"]["inbound_id"] == message_id
        nomination = session.get(Nomination, nomination_id)
        assert nomination is not None
        assert nomination.status == "pending_review"  # nothing required is missing now
        # The edit that completes the nomination moves it to review, as any staff edit does.
        assert actions(session)[-3:] == [
            (ACTOR, "edit", "nominee"),
            (ACTOR, "status_changed", "nomination"),
            (ACTOR, "fields_applied", "message"),
        ]
        assert [o.key for o in followup_offers(session, message_id, settings).offers] == [
            "nominees[0].position"
        ]
    with transaction(sessions) as session:
        apply_offers(
            session,
            message_id,
            fill=[],
            replace=["nominees[0].position"],
            actor=ACTOR,
            settings=settings,
        )
    with transaction(sessions) as session:
        assert session.scalars(select(Nominee.position)).one() == "Head of division"
        assert followup_offers(session, message_id, settings).offers == []
    with pytest.raises(ActionError, match="offers nothing"), transaction(sessions) as session:
        apply_offers(
            session, message_id, fill=["nominees[0].position"], actor=ACTOR, settings=settings
        )


def test_a_follow_up_naming_someone_new_offers_the_nominee(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    body = (
        "Dear colleagues,\n\nWe also nominate Mr Luc Martin, Head of division, for the "
        f"{TF_SEQL}.\nUsername: pt-lmartin\nE-mail: luc.martin@office.example.org\n"
    )
    with transaction(sessions) as session:
        nomination = make_nomination(session)
        nomination.office_code = "pt"
        nomination_id = nomination.id
        message_id = triage_message(session, mail(body))
        assign_message(session, message_id, nomination_id, actor=ACTOR)
    with transaction(sessions) as session:
        (offer,) = followup_offers(session, message_id, settings).offers
        assert offer.key == "new[0]"
        assert "pt-lmartin" in offer.offered
        apply_offers(session, message_id, fill=["new[0]"], actor=ACTOR, settings=settings)
    with transaction(sessions) as session:
        nominees = session.scalars(select(Nominee).order_by(Nominee.position_index)).all()
        assert [n.username for n in nominees] == ["pt-apereira", "pt-lmartin"]
        assert [m.task_force for m in nominees[1].memberships] == [TF_SEQL]
        assert nominees[1].evidence is not None
        assert nominees[1].evidence["username"]["by"] == ACTOR


def test_offers_need_the_message_filed(sessions: sessionmaker[Session], settings: Settings) -> None:
    with transaction(sessions) as session:
        message_id = triage_message(session, mail(FOLLOW_UP))
    with pytest.raises(ActionError, match="not filed"), transaction(sessions) as session:
        followup_offers(session, message_id, settings)


def test_add_and_remove_a_nominee_by_hand(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination = make_nomination(session)
        nomination.office_code = "pt"
        nomination_id = nomination.id
    entry = NomineeInput(
        title="Mr",
        last_name="Martin",
        first_name="Luc",
        username="es-lmartin",
        task_forces=(TF_SEQL,),
    )
    with pytest.raises(ActionError, match="WIPO Accounts usernames"), transaction(sessions) as s:
        add_nominee(
            s,
            nomination_id,
            NomineeInput(last_name="Martin", username="lm"),
            actor=ACTOR,
            settings=settings,
        )
    with transaction(sessions) as session:
        added = add_nominee(session, nomination_id, entry, actor=ACTOR, settings=settings)
        new_id = added.nominee.id
        assert [w.code for w in added.warnings] == ["username_prefix_mismatch"]
    with transaction(sessions) as session:
        nomination = session.get(Nomination, nomination_id)
        assert nomination is not None
        assert [n.username for n in nomination.nominees] == ["pt-apereira", "es-lmartin"]
        # Position and account e-mail are missing for the new nominee: back to the office.
        assert nomination.status == "awaiting_info"
        assert [w["code"] for w in (nomination.warnings or {})["items"]] == [
            "username_prefix_mismatch"
        ]
    with transaction(sessions) as session:
        values = remove_nominee(session, nomination_id, new_id, actor=ACTOR, reason="typo")
        assert values["username"] == "es-lmartin"
    with transaction(sessions) as session:
        nomination = session.get(Nomination, nomination_id)
        assert nomination is not None
        assert [n.username for n in nomination.nominees] == ["pt-apereira"]
        assert nomination.status == "pending_review"
        assert session.get(Nominee, new_id) is None
        removed = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "nominee_removed")
        ).one()
        assert (removed.subject_type, removed.subject_id) == ("nomination", nomination_id)
        assert removed.before is not None
        assert removed.before["task_forces"] == [TF_SEQL]
        assert removed.note == "typo"
        assert [a for _, a, _ in actions(session)] == [
            "nominee_added",
            "status_changed",
            "nominee_removed",
            "status_changed",
        ]


def test_a_decided_nominee_is_not_removed(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with transaction(sessions) as session:
        nomination = make_nomination(session)
        nominee = nomination.nominees[0]
        nominee.memberships[0].review_status = ReviewStatus.APPROVED
        ids = (nomination.id, nominee.id)
    with pytest.raises(ActionError, match="already decided"), transaction(sessions) as session:
        remove_nominee(session, *ids, actor=ACTOR)
    with transaction(sessions) as session:
        assert session.get(Nominee, ids[1]) is not None


def test_removing_a_nominee_others_duplicate_clears_the_link(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with transaction(sessions) as session:
        first = make_nomination(session)
        first_nominee = first.nominees[0].id
        second = make_nomination(session, nominees=[])
        second_id, first_id = second.id, first.id
    with transaction(sessions) as session:
        # The same person nominated twice: the second is flagged as a duplicate of the first.
        twin = NomineeInput(
            first_name="Ana",
            last_name="Pereira",
            username="pt-apereira",
            account_email="ana.pereira@office.example.org",
        )
        again = add_nominee(session, second_id, twin, actor=ACTOR, settings=settings).nominee
        assert again.duplicate_of == first_nominee
        twin_id = again.id
    with transaction(sessions) as session:
        remove_nominee(session, first_id, first_nominee, actor=ACTOR, reason="entered twice")
    with transaction(sessions) as session:
        twin_row = session.get(Nominee, twin_id)
        assert twin_row is not None
        assert twin_row.duplicate_of is None
        second_row = session.get(Nomination, second_id)
        assert second_row is not None
        assert (second_row.warnings or {}).get("items") == []
        first_row = session.get(Nomination, first_id)
        assert first_row is not None
        assert first_row.nominees == []
        assert first_row.status == "awaiting_info"
