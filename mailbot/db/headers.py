"""What the service keeps from a message's header block: pure, never raises on bad input."""

from __future__ import annotations

import email.policy
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime

__all__ = [
    "HeaderSummary",
    "header_section",
    "id_variants",
    "split_msg_ids",
    "summarize_headers",
]

_MSG_ID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True, slots=True)
class HeaderSummary:
    """What store_raw keeps from the header block; every field survives malformed input."""

    message_id: str | None
    from_address: str | None
    subject: str
    date: datetime | None
    in_reply_to: str | None
    references: tuple[str, ...]


def _clean(value: object, limit: int | None = None) -> str:
    # compat32 smuggles undecodable 8-bit header bytes as surrogates (RFC 6532 UTF-8
    # headers arrive this way); PostgreSQL rejects both surrogates and NUL.
    text = str(value).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = text.replace("\x00", "").strip()
    return text[:limit] if limit else text


def header_section(data: bytes) -> bytes:
    r"""The header block up to and including the blank line that ends it (RFC 5322 2.1).

    Accepts CRLF (IMAP, RFC 3501 2.2) and bare LF (Maildir, mbox) line ends:

    >>> header_section(b"Subject: hi\r\n\r\nbody\n\nmore")
    b'Subject: hi\r\n\r\n'
    >>> header_section(b"Subject: hi\n\nbody")
    b'Subject: hi\n\n'
    """
    crlf = data.find(b"\r\n\r\n")
    stop = crlf + 4 if crlf >= 0 else len(data)
    # Only a bare-LF blank line before that one matters: never scan the body for it.
    lf = data.find(b"\n\n", 0, stop)
    return data[: lf + 2 if lf >= 0 else stop]


def split_msg_ids(value: str | None) -> tuple[str, ...]:
    """The msg-id tokens of a Message-ID, In-Reply-To or References value (RFC 5322 3.6.4).

    >>> split_msg_ids("<a@example.org> (comment) <b@example.org>")
    ('<a@example.org>', '<b@example.org>')
    >>> split_msg_ids("bare-id@example.org")
    ('<bare-id@example.org>',)
    """
    if not value:
        return ()
    found = tuple(_MSG_ID.findall(value))
    if found:
        return found
    # Some mailers omit the angle brackets; one bare token is still an id.
    bare = value.strip().split()
    return (f"<{bare[0]}>",) if len(bare) == 1 and "@" in bare[0] else ()


def id_variants(ids: Iterable[str]) -> list[str]:
    """Each id with and without angle brackets, for columns written by different code."""
    out: list[str] = []
    for msg_id in ids:
        core = msg_id.strip().strip("<>")
        if core:
            out.extend((f"<{core}>", core))
    return out


def _header(message: Message, name: str) -> str | None:
    try:
        value = message.get(name)
    except Exception:  # a broken header is data, never a crash
        return None
    return None if value is None else _clean(value)


def _decoded(value: str | None) -> str:
    if not value:
        return ""
    try:
        return _clean(make_header(decode_header(value)))
    except Exception:  # RFC 2047 words with a bogus charset
        return _clean(value)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def summarize_headers(raw: bytes) -> HeaderSummary:
    """Message-ID, From, Subject, Date, In-Reply-To and References from the header block only.

    No MIME parse: the body is never looked at, so an oversized or mangled
    message still gets a row. A header that cannot be read comes back empty.
    """
    # The parser reads a body line by line even when it only wants the header block.
    message = BytesHeaderParser(policy=email.policy.compat32).parsebytes(header_section(raw))
    message_ids = split_msg_ids(_header(message, "Message-ID"))
    from_value = _header(message, "From")
    from_address: str | None = None
    if from_value:
        try:
            addresses = [addr for _, addr in getaddresses([from_value]) if "@" in addr]
        except Exception:  # getaddresses has raised on odd groups
            addresses = []
        from_address = _clean(addresses[0].lower(), 320) if addresses else None
    in_reply_to = split_msg_ids(_header(message, "In-Reply-To"))
    return HeaderSummary(
        message_id=message_ids[0][:998] if message_ids else None,
        from_address=from_address,
        subject=_decoded(_header(message, "Subject")),
        date=_date(_header(message, "Date")),
        in_reply_to=in_reply_to[0][:998] if in_reply_to else None,
        references=split_msg_ids(_header(message, "References")),
    )
