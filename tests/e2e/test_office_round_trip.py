"""An office's whole conversation with the bot through real servers.

The office's nomination lands in the Secretariat's Dovecot mailbox; `mailbot poll --once`
asks for the missing username; the SMTP server delivers that request into the office's own
Dovecot mailbox, where the office reads it over IMAP and answers; the answer completes the
nomination; `mailbot approve` queues the Wiki-access notice, which arrives in the nominee's
mailbox with the office in copy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP

from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import RecordingHandler, _Controller

pytestmark = [pytest.mark.dovecot, pytest.mark.smtp, pytest.mark.slow]

SECRETARIAT = "cws.mail@secretariat.test"
OFFICE = "registry@office.test"
NOMINEE = "jane.doe@office.test"
MAILBOXES = {OFFICE: "office", NOMINEE: "jdoe"}


class DeliveringHandler(RecordingHandler):
    """Records each message, then delivers it into the recipients' Dovecot mailboxes."""

    def __init__(self, dovecot: DovecotServer) -> None:
        super().__init__()
        self.dovecot = dovecot

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:  # noqa: N802
        answer = await super().handle_DATA(server, session, envelope)
        for recipient in envelope.rcpt_tos:
            user = MAILBOXES.get(recipient.lower())
            if user is not None:
                self.dovecot.append(user, bytes(envelope.original_content))
        return answer


@pytest.fixture
def servers(dovecot: Any) -> Iterator[tuple[DovecotServer, int]]:
    imap = dovecot(users={"cws": "bot-secret", "office": "office-secret", "jdoe": "jdoe-secret"})
    controller = _Controller(DeliveringHandler(imap), hostname="127.0.0.1", port=0)
    controller.start()
    try:
        yield imap, controller.port
    finally:
        controller.stop()


def _mailbot(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "mailbot", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"mailbot {' '.join(args)} failed:\n{done.stderr}"
    return done.stdout


def _read(raw: bytes) -> EmailMessage:
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())  # type: ignore[attr-defined]


def _nomination_mail() -> bytes:
    mail = EmailMessage()
    mail["From"] = f"Registry of Examplia <{OFFICE}>"
    mail["To"] = SECRETARIAT
    mail["Subject"] = "Nomination to the CWS task forces (C. CWS 175)"
    mail["Date"] = format_datetime(datetime.now(UTC))
    mail["Message-ID"] = make_msgid(domain="office.test")
    mail.set_content(
        "Dear Secretariat,\n\n"
        "In reply to circular C. CWS 175, the Industrial Property Office of Examplia "
        "nominates the following representative:\n\n"
        "Name of Office: Industrial Property Office of Examplia\n"
        "Task Force: XML4IP Task Force\n"
        "Title: Ms\n"
        "Last name: DOE\n"
        "First name: Jane\n"
        "Position: Senior Examiner\n"
        f"E-mail address used for the WIPO Account: {NOMINEE}\n\n"
        "Her WIPO Accounts username will follow.\n\n"
        "Best regards,\nRegistry\n"
    )
    return mail.as_bytes()


def _answer(request: EmailMessage) -> bytes:
    mail = EmailMessage()
    mail["From"] = f"Registry of Examplia <{OFFICE}>"
    mail["To"] = SECRETARIAT
    mail["Subject"] = f"Re: {request['Subject']}"
    mail["Date"] = format_datetime(datetime.now(UTC))
    mail["Message-ID"] = make_msgid(domain="office.test")
    mail["In-Reply-To"] = request["Message-ID"]
    mail["References"] = f"{request['References'] or ''} {request['Message-ID']}".strip()
    quoted = "\n".join(f"> {line}" for line in _text(request).splitlines())
    mail.set_content(
        "Dear Secretariat,\n\nHere is the missing information:\n\n"
        "WIPO Accounts username: xa-jdoe\n\nBest regards,\nRegistry\n\n"
        f"On behalf of the Secretariat you wrote:\n{quoted}\n"
    )
    return mail.as_bytes()


def test_request_answer_approve_and_notify(
    servers: tuple[DovecotServer, int], db_url: str, tmp_path: Path
) -> None:
    imap, smtp_port = servers
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")} | {
        "MAILBOT_VAR_DIR": str(tmp_path / "var"),
        "MAILBOT_DATABASE_URL": db_url,
        "MAILBOT_IMAP_URL": imap.url("cws"),
        "MAILBOT_SMTP_URL": f"smtp://127.0.0.1:{smtp_port}",
        "MAILBOT_FROM_ADDRESS": SECRETARIAT,
        "MAILBOT_SECRET_KEY": "round-trip-key",
        "MAILBOT_CAMPAIGN_DEADLINE": "2099-12-31",
    }

    # 1. The nomination arrives without a username: the office is asked for exactly that.
    imap.append("cws", _nomination_mail())
    _mailbot(env, "poll", "--once")
    (delivered,) = imap.messages("office")
    request = _read(delivered.raw)
    assert request["Auto-Submitted"] == "auto-replied"
    assert request["Subject"].startswith("Re: Nomination to the CWS task forces")
    assert "C. CWS 175" in _text(request)
    assert "username" in _text(request).lower()
    (queued,) = json.loads(_mailbot(env, "queue", "--json"))
    assert queued["status"] == "awaiting_info"
    assert imap.messages("cws") == []  # processed mail left the Secretariat's INBOX

    # 2. The office answers in the same thread: the nomination is complete.
    imap.append("cws", _answer(request))
    _mailbot(env, "poll", "--once")
    (queued,) = json.loads(_mailbot(env, "queue", "--json"))
    assert queued["status"] == "pending_review"
    (nominee,) = queued["nominees"]
    assert nominee["username"] == "xa-jdoe"
    assert nominee["account_email"] == NOMINEE
    office_mail = [_read(m.raw) for m in imap.messages("office")]
    assert len(office_mail) == 2
    assert office_mail[1]["Message-ID"] != request["Message-ID"]

    # 3. Staff approve: the Wiki-access notice reaches the nominee, the office in copy.
    _mailbot(env, "approve", str(queued["id"]))
    _mailbot(env, "poll", "--once")
    (notice_raw,) = imap.messages("jdoe")
    notice = _read(notice_raw.raw)
    assert OFFICE in str(notice["Cc"])
    assert "xa-jdoe" in _text(notice)
    assert "XML4IP Task Force" in _text(notice)
    assert len(imap.messages("office")) == 3
    (approved,) = json.loads(_mailbot(env, "queue", "--json"))
    assert approved["status"] == "approved"

    # 4. Another pass sends nothing twice.
    _mailbot(env, "poll", "--once")
    assert len(imap.messages("jdoe")) == 1
    assert len(imap.messages("office")) == 3
