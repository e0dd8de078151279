"""A nomination campaign's mailbox for the fault tests, built with the stdlib email package.

Each message has its own Message-ID and every office its own address (reserved domains
only), so a test can count rows and SMTP deliveries per message without the per-recipient
rate limits of mailbot.outbox.guards getting in the way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from tests.mailbot.intake_mail import nomination_mail

__all__ = ["CampaignMail", "campaign"]

_SURNAMES = [
    "Carter",
    "Dubois",
    "Garcia",
    "Ivanova",
    "Chen",
    "Haddad",
    "Novak",
    "Silva",
    "Tanaka",
    "Okafor",
    "Larsen",
    "Rossi",
    "Kowalski",
    "Moreau",
    "Fischer",
    "Nguyen",
    "Petrov",
    "Santos",
    "Weber",
    "Costa",
]
_TITLES = ("Ms", "Mr", "Mrs")
_DATE = datetime(2023, 10, 2, 9, 0, tzinfo=UTC)  # before the campaign deadline


@dataclass(frozen=True)
class CampaignMail:
    """One message of the mailbox and what the bot must make of it."""

    message_id: str
    kind: str  # complete | incomplete | auto_reply | bounce | other
    sender: str
    raw: bytes

    @property
    def expected_status(self) -> str | None:
        """The nomination's status after intake, for the two nomination kinds."""
        return {"complete": "pending_review", "incomplete": "awaiting_info"}.get(self.kind)


def _plain(message_id: str, sender: str, subject: str, body: str, headers: dict[str, str]) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "cws.mail@example.com"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(_DATE)
    msg["Message-ID"] = message_id
    for name, value in headers.items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _bounce(message_id: str, n: int) -> bytes:
    """An RFC 3464 report returning a message we never sent (nothing to match it to)."""
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\r\n"
        "To: cws.mail@example.com\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(_DATE)}\r\n"
        f"Message-ID: {message_id}\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n'
        "\r\n--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "Your message could not be delivered to one or more recipients.\r\n\r\n"
        f"<gone{n}@ipo.example.net>: 550 5.1.1 User unknown\r\n"
        "\r\n--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.com\r\n\r\n"
        f"Final-Recipient: rfc822; gone{n}@ipo.example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "\r\n--b1\r\nContent-Type: message/rfc822\r\n\r\n"
        "From: WIPO CWS Secretariat <cws.mail@example.com>\r\n"
        f"To: gone{n}@ipo.example.net\r\nSubject: Your nomination\r\n"
        f"Message-ID: <sent-{n}@example.com>\r\n\r\nWe received your nomination.\r\n"
        "\r\n--b1--\r\n"
    ).encode()


def _mail(n: int) -> CampaignMail:
    kind = ("complete", "incomplete", "complete", "auto_reply", "bounce", "other")[n % 6]
    message_id = f"<campaign-{n}@ipo{n}.example.org>"
    sender = f"office{n}@ipo{n}.example.org"
    surname = f"{_SURNAMES[n % len(_SURNAMES)]}"
    if kind in ("complete", "incomplete"):
        fields: dict[str, str | None] = {
            "Title": _TITLES[n % 3],
            "Last name": surname,
            "First name": "Alex",
            "WIPO Accounts username": f"xa-{surname.lower()}{n}",
            "E-mail address used for the WIPO Account": sender,
        }
        if kind == "incomplete":
            fields["WIPO Accounts username"] = None  # the office must be asked for it
        raw = nomination_mail(
            message_id,
            fields=fields,
            sender=sender,
            office=f"Industrial Property Office number {n}",
            date=_DATE + timedelta(minutes=n),
        )
        return CampaignMail(message_id, kind, sender, raw.replace(b"\n", b"\r\n"))
    if kind == "auto_reply":
        raw = _plain(
            message_id,
            sender,
            "Automatic reply: Out of office",
            "I am out of the office until 16 October with limited access to e-mail.\n",
            {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        )
    elif kind == "bounce":
        raw = _bounce(message_id, n)
    else:
        raw = _plain(
            message_id,
            sender,
            f"Question about the meeting agenda {n}",
            "Could you tell us when the agenda of the next session will be published?\n",
            {},
        )
    return CampaignMail(message_id, kind, sender, raw)


def campaign(count: int) -> list[CampaignMail]:
    """`count` messages cycling through two complete nominations, one incomplete one,
    an out-of-office reply, a bounce and an unrelated question."""
    return [_mail(n) for n in range(count)]
