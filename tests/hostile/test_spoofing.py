"""Spoofed senders end to end: intake holds them, staff see why, and the bot never answers them.

Authentication-Results (RFC 8601) counts only when its authserv-id is one of our own
receiving servers (settings.trusted_authserv_ids, "mx.example.com" in the intake desk):
anyone can write the field into the mail they send, so a stranger's verdict, pass or
fail, changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient

from mailbot.db.models import NominationStatus
from mailbot.outbox.sender import build_transport, send_due
from mailbot.review import create_app
from tests.mailbot.intake_env import Desk, make_desk
from tests.mailbot.intake_mail import nomination_mail, reply_mail
from tests.mailbot.review_factories import login, make_user

TRUSTED_FAIL = (
    "mx.example.com; spf=fail smtp.mailfrom=ipo.example.org; "
    "dkim=none; dmarc=fail (p=reject dis=none) header.from=ipo.example.org"
)
STRANGER_PASS = (
    "mail.attacker.example.net; spf=pass; dkim=pass; dmarc=pass header.from=ipo.example.org"
)


@pytest.fixture
def desk(sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(sessions, tmp_path, monkeypatch)


def _client(desk: Desk, db_url: str) -> TestClient:
    make_user(desk.sessions, "rita", "reviewer")
    settings = desk.settings.model_copy(update={"database_url": db_url})
    client = TestClient(create_app(settings, desk.sessions), base_url="http://127.0.0.1")
    login(client, "rita")
    return client


def _spoofed(message_id: str = "<nom-1@ipo.example.org>", **kwargs: object) -> bytes:
    # Our MX prepends its verdict; the forger's own "pass" sits below it, as it would.
    raw = nomination_mail(message_id, **kwargs)  # type: ignore[arg-type]
    return (
        f"Authentication-Results: {TRUSTED_FAIL}\n"
        f"Authentication-Results: {STRANGER_PASS}\n".encode()
        + raw
    )


def test_dmarc_fail_is_held_with_a_visible_warning_and_never_answered(
    desk: Desk, db_url: str
) -> None:
    inbound = desk.receive(_spoofed())
    (nomination,) = desk.nominations()
    assert nomination.unverified_sender
    assert nomination.status == NominationStatus.PENDING_REVIEW  # complete, but held for staff
    assert desk.outbox() == []
    assert inbound.decisions is not None
    assert inbound.decisions["reply"]["queued"] is None
    assert "dmarc_fail" in inbound.decisions["reply"]["reason"]

    client = _client(desk, db_url)
    page = client.get(f"/nominations/{nomination.id}")
    assert page.status_code == 200
    assert "unverified sender" in page.text
    warnings = page.text.split('aria-label="Warnings"', 1)[1].split("</section>", 1)[0]
    assert "sender failed DMARC: held" in warnings
    queue = client.get("/queue").text
    assert f"/nominations/{nomination.id}" in queue
    assert "1 warning" in queue


def test_a_held_nomination_gets_no_automatic_reply_later_in_the_thread(desk: Desk) -> None:
    desk.receive(_spoofed(fields={"WIPO Accounts username": None}))
    (nomination,) = desk.nominations()
    assert nomination.status == NominationStatus.AWAITING_INFO
    assert desk.outbox() == []  # no request for the missing username either
    # The "office" answers in the thread, this time without any verdict from our MX.
    desk.receive(
        reply_mail(
            "<nom-1@ipo.example.org>",
            "Dear Secretariat,\n\nWIPO Accounts username: xa-hcarter\n\nHelen Carter\n",
        )
    )
    (nomination,) = desk.nominations()
    assert nomination.nominees[0].username == "xa-hcarter"
    assert nomination.unverified_sender
    assert desk.outbox() == []
    # And the sender has nothing to send: no file reaches the outbox folder.
    report = send_due(desk.sessions, build_transport(desk.settings), settings=desk.settings)
    assert report.sent == 0
    outbox = desk.settings.effective_outbox_dir
    assert not outbox.exists() or not any(outbox.iterdir())


def test_a_strangers_pass_changes_nothing(desk: Desk) -> None:
    baseline = desk.receive(nomination_mail())
    claimed = desk.with_settings().receive(
        f"Authentication-Results: {STRANGER_PASS}\n".encode()
        + nomination_mail(
            "<nom-2@other.example.net>",
            sender="registry@other.example.net",
            office="Other Example Office",
            fields={
                "E-mail address used for the WIPO Account": "jo.doe@other.example.net",
                "Last name": "Doe",
                "First name": "Jo",
                "WIPO Accounts username": "xb-jdoe",
            },
        )
    )
    first, second = desk.nominations()
    assert not first.unverified_sender
    assert not second.unverified_sender
    assert [(n.warnings or {}).get("items") for n in (first, second)] == [[], []]
    assert [o.kind for o in desk.outbox()] == ["acknowledgement", "acknowledgement"]
    assert baseline.decisions is not None
    assert claimed.decisions is not None
    assert claimed.decisions["reply"]["reason"] == baseline.decisions["reply"]["reason"]


def test_a_strangers_pass_cannot_lift_our_fail(desk: Desk) -> None:
    # The forged "pass" above our own "fail" (a sender can put it anywhere in its headers).
    raw = (
        f"Authentication-Results: {STRANGER_PASS}\n"
        f"Authentication-Results: {TRUSTED_FAIL}\n".encode()
        + nomination_mail()
    )
    desk.receive(raw)
    (nomination,) = desk.nominations()
    assert nomination.unverified_sender
    assert desk.outbox() == []


def test_without_a_configured_authserv_id_nothing_is_trusted(desk: Desk) -> None:
    open_desk = desk.with_settings(trusted_authserv_ids=())
    open_desk.receive(_spoofed())
    (nomination,) = desk.nominations()
    assert not nomination.unverified_sender
    assert [o.kind for o in desk.outbox()] == ["acknowledgement"]
