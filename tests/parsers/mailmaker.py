"""Build raw test messages (reserved domains only) and load the shipped task-force catalogue."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path

from mailbot.campaign import load_catalog
from parsers.models import TaskForceCatalog

__all__ = ["catalog", "make_mail"]

ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def catalog() -> TaskForceCatalog:
    return load_catalog(ROOT / "mailbot" / "data" / "taskforces.toml")


def make_mail(
    body: str,
    *,
    subject: str = "C. CWS 175 - nomination",
    sender: str = "Office Contact <contact.person@office.example>",
    attachments: tuple[tuple[str, str, bytes], ...] = (),
    forwarded: EmailMessage | None = None,
    headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """A plain-text message to cws.mail@wipo.int, optionally with attachments or a message/rfc822 part."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2023, 10, 2, 9, 30, tzinfo=UTC))
    msg["Message-ID"] = "<test-message@office.example>"
    for name, value in headers:
        msg[name] = value
    msg.set_content(body)
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if forwarded is not None:
        msg.add_attachment(forwarded)
    return msg.as_bytes()
