"""Fixture emails for the intake tests, built with the stdlib email package (reserved domains)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

__all__ = ["FIELDS", "OFFICE", "SENDER", "bounce_of", "nomination_mail", "reply_mail"]

OFFICE = "Intellectual Property Office of Examplia"
SENDER = "h.carter@ipo.example.org"
FIELDS: dict[str, str] = {
    "Task Force(s)": "XML4IP Task Force",
    "Title": "Ms",
    "Last name": "Carter",
    "First name": "Helen",
    "Position": "Senior Examiner, Standards Unit",
    "WIPO Accounts username": "xa-hcarter",
    "E-mail address used for the WIPO Account": "h.carter@ipo.example.org",
}


def _message(
    *,
    message_id: str,
    sender: str,
    subject: str,
    body: str,
    date: datetime,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Helen Carter <{sender}>"
    msg["To"] = "cws.mail@example.com"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg


def nomination_mail(
    message_id: str = "<nom-1@ipo.example.org>",
    *,
    fields: dict[str, str | None] | None = None,
    sender: str = SENDER,
    office: str = OFFICE,
    date: datetime = datetime(2023, 10, 2, 9, 30, tzinfo=UTC),
    headers: dict[str, str] | None = None,
) -> bytes:
    """A label-style nomination as the annex asks for; a None field is left out."""
    values = {**FIELDS, **(fields or {})}
    lines = "\n".join(f"{label}: {value}" for label, value in values.items() if value is not None)
    body = (
        "Dear Secretariat,\n\n"
        f"In reply to circular C. CWS 175, the {office} nominates the following "
        "representative:\n\n"
        f"Name of Office: {office}\n{lines}\n\nBest regards,\nHelen Carter\n{office}\n"
    )
    return _message(
        message_id=message_id,
        sender=sender,
        subject="Nomination to CWS Task Forces - C. CWS 175",
        body=body,
        date=date,
        headers=headers,
    ).as_bytes()


def reply_mail(
    in_reply_to: str,
    body: str,
    *,
    message_id: str = "<reply-1@ipo.example.org>",
    references: str = "",
    sender: str = SENDER,
    date: datetime = datetime(2023, 10, 3, 9, 30, tzinfo=UTC),
) -> bytes:
    """The office answering in the same thread (In-Reply-To/References, RFC 5322 3.6.4)."""
    return _message(
        message_id=message_id,
        sender=sender,
        subject="Re: Nomination to CWS Task Forces - C. CWS 175",
        body=body,
        date=date,
        headers={"In-Reply-To": in_reply_to, "References": f"{references} {in_reply_to}".strip()},
    ).as_bytes()


def bounce_of(original_id: str, recipient: str) -> bytes:
    """An RFC 3464 delivery status notification (multipart/report) returning one of our messages."""
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\r\n"
        "To: cws.mail@example.com\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Date: Tue, 03 Oct 2023 10:00:00 +0000\r\n"
        "Message-ID: <dsn-1@mx.example.com>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n'
        "\r\n--b1\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mx.example.com.\r\n\r\n"
        "Your message could not be delivered to one or more recipients.\r\n\r\n"
        f"<{recipient}>: host mx.example.org said: 550 5.1.1 User unknown\r\n"
        "\r\n--b1\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.com\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "\r\n--b1\r\n"
        "Content-Type: message/rfc822\r\n\r\n"
        "From: WIPO CWS Secretariat <cws.mail@example.com>\r\n"
        f"To: {recipient}\r\n"
        "Subject: Your nomination\r\n"
        f"Message-ID: {original_id}\r\n\r\n"
        "We received your nomination.\r\n"
        "\r\n--b1--\r\n"
    ).encode()
