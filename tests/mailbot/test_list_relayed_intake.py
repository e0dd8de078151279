"""An office's answer relayed by a discussion list: the nomination is the writer's.

The list rewrites From to its own address ("Jane Roe via List"); filing it under the list's
address would thread every office's answer together and copy the Wiki-access notice, with
the nominees' details, to every subscriber of the list.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.session import transaction
from mailbot.services.decisions import approve
from tests.mailbot.intake_env import Desk, make_desk
from tests.parsers.mailmaker import make_mail

LIST = "ipnet@lists.network.example"


@pytest.fixture
def desk(sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(sessions, tmp_path, monkeypatch)


def _relayed(writer: str, address: str, surname: str, username: str, message_id: str) -> bytes:
    body = (
        "Dear CWS Secretariat,\n\nIn reply to Circular C. CWS 175, our Office nominates:\n\n"
        f"Surname: {surname}\nGiven name: Mei Ling\nTitle: Ms.\n"
        "Position: Head, Patent Information Division\n"
        f"WIPO Account username: {username}\n"
        f"E-mail used for the WIPO Account: {username}@office.example\n"
        f"Task Force: API Task Force\n\nBest regards,\n{writer}\n"
        "\n_______________________________________________\n"
        f"IPNET mailing list\n{LIST}\n"
    )
    raw = make_mail(
        body,
        subject="[IPNET] Nomination to the CWS Task Forces (C. CWS 175)",
        sender=f"{writer} via IPNET <{LIST}>",
        headers=(
            ("Precedence", "list"),
            ("List-Id", "IP offices network <ipnet.lists.network.example>"),
            ("List-Post", f"<mailto:{LIST}>"),
            ("Sender", "ipnet-bounces@lists.network.example"),
            ("Reply-To", f"{writer} <{address}>"),
        ),
    )
    return raw.replace(b"<test-message@office.example>", message_id.encode())


def test_a_relayed_answer_is_filed_under_its_writer_and_never_mailed_to_the_list(
    desk: Desk,
) -> None:
    inbound = desk.receive(
        _relayed("Aisyah Rahman", "a.rahman@office.example", "TAN", "xx-tan", "<r1@list.example>")
    )
    (nomination,) = desk.nominations()
    assert inbound.nomination_id == nomination.id
    assert nomination.sender_address == "a.rahman@office.example"
    assert nomination.sender_name == "Aisyah Rahman"
    assert all(LIST not in item.recipient for item in desk.outbox())
    (nominee,) = nomination.nominees
    with transaction(desk.sessions) as session:
        approve(session, nomination.id, actor="staff", settings=desk.settings)
    notices = [item for item in desk.outbox() if item.kind == "wiki_access"]
    assert notices
    for item in notices:
        assert LIST not in item.recipient
        assert "a.rahman@office.example" in item.recipient
        assert nominee.account_email in item.recipient


def test_two_offices_answering_through_one_list_are_two_nominations(desk: Desk) -> None:
    desk.receive(
        _relayed("Aisyah Rahman", "a.rahman@office.example", "TAN", "xx-tan", "<r1@list.example>")
    )
    desk.receive(
        _relayed("Budi Santoso", "b.santoso@other.example", "LIM", "yy-lim", "<r2@list.example>")
    )
    senders = sorted(n.sender_address for n in desk.nominations())
    assert senders == ["a.rahman@office.example", "b.santoso@other.example"]
