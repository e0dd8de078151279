"""Personal-data export and erasure for one address, on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import hashlib
import json
import stat
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from mailbot.audit import record
from mailbot.cli import app
from mailbot.db.models import (
    AuditEvent,
    InboundMessage,
    Membership,
    Nomination,
    Nominee,
    OutboxAddress,
    OutboxItem,
    OutboxStatus,
)
from mailbot.db.session import transaction
from mailbot.errors import ActionError
from mailbot.privacy import ERASED, address_sha256, erase_person, export_person

ADA = "ada@example.org"
_serial = count()


def raw_mail(sender: str, body: str, *, base64_body: bool = False) -> bytes:
    head = f"From: {sender}\r\nTo: cws.mail@example.org\r\nSubject: Nomination\r\n"
    if base64_body:
        encoded = base64.encodebytes(body.encode()).decode().replace("\n", "\r\n")
        return (head + "Content-Transfer-Encoding: base64\r\n\r\n" + encoded).encode()
    return (head + "\r\n" + body + "\r\n").encode()


def inbound(sender: str, raw: bytes, parsed: dict[str, object] | None = None) -> InboundMessage:
    return InboundMessage(
        sha256=hashlib.sha256(raw + str(next(_serial)).encode()).hexdigest(),
        from_address=sender,
        subject="Nomination",
        raw=raw,
        parsed=parsed,
        decisions={"reply": "acknowledgement", "to": sender},
    )


def outbox(recipient: str, status: str) -> OutboxItem:
    return OutboxItem(
        kind="wiki_access",
        recipient=recipient,
        message_id=f"<cws.{next(_serial)}@example.org>",
        raw=f"To: {recipient}\r\nSubject: Wiki access\r\n\r\nWelcome\r\n".encode(),
        status=status,
    )


@dataclass(frozen=True)
class World:
    ada: int
    ada_duplicate: int
    lada: int
    her_nomination: int
    sent_by_her: int
    mentions: int
    from_her: int
    base64_mention: int
    lookalike: int
    sent_to_her: int
    queued_to_her: int
    sent_to_lada: int
    edit_ada: int
    rename_ada: int
    nomination_note: int
    user_note: int
    unrelated: int


@pytest.fixture
def world(sessions: sessionmaker[Session]) -> World:
    """Ada (ada@example.org) in every table, next to look-alikes that must stay untouched."""
    with transaction(sessions) as session:
        hers = Nomination(office="IP Office", sender_address="contact@ipo.example")
        by_her = Nomination(office="IP Office", sender_address="Ada@Example.org", sender_name="Ada")
        session.add_all([hers, by_her])
        session.flush()
        ada = Nominee(
            nomination_id=hers.id,
            last_name="Example",
            first_name="Ada",
            account_email="Ada@Example.ORG",
        )
        ada.memberships = [
            Membership(task_force="XML4IP Task Force"),
            Membership(task_force="SEQL"),
        ]
        lada = Nominee(nomination_id=hers.id, last_name="Lada", account_email="lada@example.org")
        session.add_all([ada, lada])
        session.flush()
        duplicate = Nominee(nomination_id=by_her.id, first_name="Ada", duplicate_of=ada.id)
        messages = [
            inbound("contact@ipo.example", raw_mail("contact@ipo.example", f"E-mail: {ADA}")),
            inbound(ADA, raw_mail(f"Ada Example <{ADA}>", "I accept.")),
            inbound(
                "contact@ipo.example",
                raw_mail("contact@ipo.example", f"E-mail: {ADA}", base64_body=True),
                parsed={"nominees": [{"account_email": ADA}]},
            ),
            inbound(
                "contact@ipo.example",
                raw_mail("contact@ipo.example", "lada@example.org and ada@example.org.uk"),
            ),
        ]
        mails = [
            outbox(f"{ADA}, contact@ipo.example", OutboxStatus.SENT),
            outbox(ADA, OutboxStatus.QUEUED),
            outbox("lada@example.org", OutboxStatus.SENT),
        ]
        session.add_all([duplicate, *messages, *mails])
        session.flush()
        assert b"ada@" not in messages[2].raw  # only the parsed fields reveal this one

        def event(subject_type: str, subject_id: int | None, **kw: object) -> int:
            row = record(
                session, actor="staff:ana", subject_type=subject_type, subject_id=subject_id, **kw
            )  # type: ignore[arg-type]
            session.flush()
            return row.id

        return World(
            ada=ada.id,
            ada_duplicate=duplicate.id,
            lada=lada.id,
            her_nomination=hers.id,
            sent_by_her=by_her.id,
            mentions=messages[0].id,
            from_her=messages[1].id,
            base64_mention=messages[2].id,
            lookalike=messages[3].id,
            sent_to_her=mails[0].id,
            queued_to_her=mails[1].id,
            sent_to_lada=mails[2].id,
            edit_ada=event(
                "nominee",
                ada.id,
                action="edit",
                before={"account_email": "ada@exmple.org"},
                after={"account_email": ADA},
            ),
            rename_ada=event(
                "nominee",
                ada.id,
                action="edit",
                before={"last_name": "Exampel"},
                after={"last_name": "Example"},
            ),
            nomination_note=event(
                "nomination",
                hers.id,
                action="approve",
                after={"status": "approved", "cc": [ADA.upper(), "contact@ipo.example"]},
            ),
            user_note=event("user", 1, action="note", note=f"Ada <{ADA}> phoned"),
            unrelated=event(
                "nominee", lada.id, action="edit", after={"account_email": "lada@example.org"}
            ),
        )


def ids(rows: list[dict[str, object]]) -> set[object]:
    return {row["id"] for row in rows}


def test_export_finds_everything_about_her(sessions: sessionmaker[Session], world: World) -> None:
    with transaction(sessions) as session:
        data = export_person(session, " Ada@Example.org ")
    json.dumps(data)  # JSON-ready as it stands
    assert data["address"] == ADA
    (nominee,) = data["nominees"]
    assert nominee["id"] == world.ada
    assert {m["task_force"] for m in nominee["memberships"]} == {"XML4IP Task Force", "SEQL"}
    assert ids(data["nominations"]) == {world.her_nomination, world.sent_by_her}
    assert ids(data["inbound_messages"]) == {world.mentions, world.from_her, world.base64_mention}
    texts = {m["id"]: m["raw"] for m in data["inbound_messages"]}
    assert "I accept." in texts[world.from_her]  # raw as text
    assert ids(data["outbox_messages"]) == {world.sent_to_her, world.queued_to_her}
    events = ids(data["audit_events"])
    assert {world.edit_ada, world.rename_ada, world.nomination_note, world.user_note} <= events
    assert world.unrelated not in events


def test_export_of_a_stranger_is_empty(sessions: sessionmaker[Session], world: World) -> None:
    with transaction(sessions) as session:
        data = export_person(session, "nobody@example.net")
    assert [key for key, value in data.items() if value and key != "address"] == []


def test_erase(sessions: sessionmaker[Session], world: World) -> None:
    with transaction(sessions) as session:
        report = erase_person(session, "ADA@example.org", actor="cli")
    assert report.address_sha256 == hashlib.sha256(ADA.encode()).hexdigest()
    assert report.address_sha256 == address_sha256("Ada@Example.org")
    assert (report.nominees_deleted, report.memberships_deleted) == (1, 2)
    assert report.nominations_anonymised == 1
    assert report.messages_blanked == 1
    assert (report.outbox_deleted, report.outbox_pending) == (1, 1)
    assert report.messages_mentioning == 2
    assert report.audit_events_anonymised == 4

    with transaction(sessions) as session:
        assert session.get(Nominee, world.ada) is None
        assert session.scalars(select(Membership)).all() == []
        duplicate = session.get(Nominee, world.ada_duplicate)
        assert duplicate is not None
        assert duplicate.duplicate_of is None
        assert session.get(Nominee, world.lada) is not None
        by_her = session.get(Nomination, world.sent_by_her)
        assert by_her is not None
        assert (by_her.sender_address, by_her.sender_name) == ("", "")
        hers = session.get(InboundMessage, world.from_her)
        assert hers is not None
        assert (hers.raw, hers.parsed, hers.decisions, hers.from_address) == (
            None,
            None,
            None,
            None,
        )
        assert hers.sha256  # still a duplicate if the mailbox hands it over again
        for kept in (world.mentions, world.base64_mention, world.lookalike):
            message = session.get(InboundMessage, kept)
            assert message is not None
            assert message.raw is not None
        assert session.get(OutboxItem, world.sent_to_her) is None
        assert session.get(OutboxItem, world.queued_to_her) is not None
        assert session.get(OutboxItem, world.sent_to_lada) is not None
        # The erased row's recipients went with it; the others' stay.
        addressed = {row.outbox_id for row in session.scalars(select(OutboxAddress))}
        assert world.sent_to_her not in addressed
        assert {world.queued_to_her, world.sent_to_lada} <= addressed

        events = {e.id: e for e in session.scalars(select(AuditEvent))}
        assert events[world.edit_ada].before == {"account_email": ERASED}
        assert events[world.edit_ada].after == {"account_email": ERASED}
        assert events[world.rename_ada].after == {"last_name": ERASED}
        assert events[world.nomination_note].after == {
            "status": "approved",
            "cc": [ERASED, "contact@ipo.example"],
        }
        assert events[world.user_note].note == f"Ada <{ERASED}> phoned"
        assert events[world.unrelated].after == {"account_email": "lada@example.org"}
        (erasure,) = [e for e in events.values() if e.action == "erase_person"]
        assert erasure.actor == "cli"
        assert erasure.after is not None
        assert erasure.after["address_sha256"] == report.address_sha256
        assert erasure.after["nominees_deleted"] == 1
        dumped = json.dumps([erasure.before, erasure.after, erasure.note]).lower()
        assert "ada@" not in dumped

    # What is left naming her: others' mail kept for the office, and mail not yet sent.
    with transaction(sessions) as session:
        left = export_person(session, ADA)
    assert left["nominees"] == []
    assert ids(left["inbound_messages"]) == {world.mentions, world.base64_mention}
    assert ids(left["outbox_messages"]) == {world.queued_to_her}


def test_not_an_address(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session, pytest.raises(ActionError, match="not an e-mail"):
        erase_person(session, "ada at example", actor="cli")


def test_person_commands(
    db_url: str, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", db_url)
    runner = CliRunner()
    target = tmp_path / "ada.json"
    exported = runner.invoke(app, ["person", "export", ADA, "--output", str(target)])
    assert exported.exit_code == 0, exported.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8"))["nominees"][0]["id"] == world.ada

    refused = runner.invoke(app, ["person", "erase", ADA])
    assert refused.exit_code == 2
    printed = runner.invoke(app, ["person", "export", ADA])
    assert json.loads(printed.stdout)["nominees"][0]["id"] == world.ada  # nothing erased

    erased = runner.invoke(app, ["person", "erase", ADA, "--yes"])
    assert erased.exit_code == 0, erased.output
    assert "nominees_deleted: 1\n" in erased.output
    assert ADA not in erased.output
