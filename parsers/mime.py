"""The only importer of mail-parser: raw message bytes to a MimeView (headers, texts, attachments).

The tree is the stdlib's `email.message_from_bytes`, the very tree mail-parser builds and
wraps; its `parse_from_bytes` then decodes every header, Received line, body and
attachment eagerly, none of which this package reads (the walker decodes what it needs,
with its own charset repair). That eager work was two thirds of mail-parser's cost. What
is used of mail-parser is its hardened address-header parser (`get_addresses`), for
the headers parsers.plain_addresses leaves to it.
"""

from __future__ import annotations

import email
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from email.errors import MessageError
from email.message import Message
from email.policy import compat32
from email.utils import parsedate_to_datetime

from mailparser.utils import get_addresses

from parsers.charsets import decode_header_value
from parsers.errors import MessageTooLargeError, MimeStructureError
from parsers.models import HeaderFacts, ParseOptions
from parsers.plain_addresses import plain_addresses
from parsers.structure import check_structure
from parsers.view import AttachmentText, HeaderMap, MimeView
from parsers.walker import Walker

__all__ = ["AttachmentText", "MimeView", "read_message"]

_MSG_ID = re.compile(r"<[^<>\s]+>")
_LEADING_BLANK = re.compile(rb"\A(?:[ \t]*(?:\r\n|\r|\n))+")
# An address header longer than this is cut before address parsing (a 1 MB To: header).
_MAX_ADDRESS_HEADER = 16 * 1024
_MAX_HEADER_BLOCK = 64 * 1024
_SURROGATES = re.compile("[\ud800-\udfff]")


def _first_msg_id(value: str | None) -> str | None:
    if not value:
        return None
    match = _MSG_ID.search(value)
    return match.group(0) if match else value.strip() or None


def _addresses(raw: object) -> list[tuple[str, str]]:
    text = str(raw)[:_MAX_ADDRESS_HEADER]
    if _SURROGATES.search(text):
        # A display name in raw GBK or windows-1251 octets, no encoded word: mail-parser
        # would write the octets out as "\udccd" escapes; decode them by what they are.
        text = decode_header_value(text)
    # As Message.items() gives it: raw 8-bit octets become a Header, which mail-parser
    # decodes as UTF-8 rather than as the surrogates they are stored as.
    value = compat32.header_fetch_parse("", text)
    pairs = plain_addresses(value) if isinstance(value, str) else None
    if pairs is None:
        try:
            pairs = get_addresses(value, decode_names=True)
        except (ValueError, TypeError, IndexError, RecursionError, MessageError):
            # MessageError: HeaderParseError from an encoded word whose base64 is broken.
            return []
    return [
        ("" if name == addr else _name(name), _address(addr))
        for name, addr in pairs
        if addr and "@" in addr
    ]


def _name(name: str) -> str:
    # Outlook puts encoded words inside quoted display names, which RFC 2047 section 5
    # forbids and mail-parser therefore keeps literal; decode them anyway.
    # NUL never means anything in a header, and PostgreSQL text refuses it.
    value = decode_header_value(name) if "=?" in name else name.replace("\x00", "").strip()
    # A raw 8-bit octet beside an encoded word stays a lone surrogate, which no encoder
    # takes and which means nothing of the name.
    return value if value.isascii() else _SURROGATES.sub("", value).strip()


def _address(addr: str) -> str:
    return addr.replace("\x00", "").strip().lower()


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # RFC 5322 section 3.3: "-0000" means the zone is unknown; read it as UTC.
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def _headers(msg: Message, defects: list[str]) -> tuple[HeaderFacts, Mapping[str, tuple[str, ...]]]:
    raw: dict[str, list[object]] = {}
    for name, value in msg.raw_items():
        raw.setdefault(name.strip().lower(), []).append(value)
    header_map = HeaderMap(raw)

    def first(key: str) -> str | None:
        values = raw.get(key)
        return decode_header_value(values[0], defects) if values else None

    def addresses(key: str) -> list[tuple[str, str]]:
        # The first occurrence counts, as in mail-parser's own object.
        return _addresses(raw[key][0]) if key in raw else []

    senders = addresses("from")
    reply_to = addresses("reply-to")
    to = [a for _, a in addresses("to")]
    copied = addresses("cc")
    references = _MSG_ID.findall(" ".join(str(v) for v in raw.get("references", ())))
    facts = HeaderFacts(
        message_id=_first_msg_id(first("message-id")),
        in_reply_to=_first_msg_id(first("in-reply-to")),
        references=tuple(references),
        from_address=senders[0][1] if senders else None,
        from_name=(senders[0][0] or None) if senders else None,
        reply_to=reply_to[0][1] if reply_to else None,
        to=tuple(to),
        cc=tuple(a for _, a in copied),
        cc_names=tuple(n for n, _ in copied),
        subject=first("subject") or "",
        date=_date(first("date")),
        auto_submitted=first("auto-submitted"),
        precedence=first("precedence"),
        list_id=first("list-id"),
        authentication_results=header_map.get("authentication-results", ()),
    )
    return facts, header_map


def _header_block_size(raw: bytes) -> int:
    size = len(raw)
    # The first blank line, whichever line ends it uses; each search stops where an
    # earlier one already found it instead of reading a large body to its end.
    for separator in (b"\n\n", b"\r\n\r\n", b"\r\r"):
        found = raw.find(separator, 0, size + len(separator) - 1)
        if found >= 0:
            size = found
    return size


def _parse(raw: bytes) -> Message:
    try:
        return email.message_from_bytes(raw)
    except RecursionError as exc:
        raise MimeStructureError("MIME nesting too deep to parse") from exc


def read_message(raw: bytes, options: ParseOptions) -> MimeView:
    """Read one RFC 5322 message into a MimeView.

    Raises only MessageTooLargeError or MimeStructureError; anything else wrong (bad
    charsets, broken attachments, malformed MIME) is reported in `defects` or in an
    attachment's `error`. Leading blank lines (seen in Exchange exports) are dropped so the
    headers are read as headers; an mbox "From " first line is set aside by the parser.
    """
    if len(raw) > options.max_message_bytes:
        raise MessageTooLargeError(len(raw), options.max_message_bytes)
    raw = _LEADING_BLANK.sub(b"", raw, count=1)
    check_structure(raw, max_depth=options.max_mime_depth, max_parts=options.max_parts)
    defects: list[str] = []
    head = _header_block_size(raw)
    if head > _MAX_HEADER_BLOCK:
        # Real header blocks stay under 30 kB; a larger one is worth a look by staff.
        defects.append(f"header block of {head} bytes")
    return Walker(options, _headers).view(_parse(raw), 0, defects)
