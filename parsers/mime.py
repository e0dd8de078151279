"""The only importer of mail-parser: raw message bytes to a MimeView (headers, texts, attachments)."""

from __future__ import annotations

import email
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.utils import parsedate_to_datetime
from functools import cached_property
from types import MappingProxyType
from typing import Any

import mailparser
from mailparser.exceptions import MailParserRecursionError
from mailparser.utils import get_addresses

from parsers import attachments as readers
from parsers.charsets import decode_bytes, decode_header_value
from parsers.errors import AttachmentError, MessageTooLargeError, MimeStructureError
from parsers.html import CELL_SEPARATOR, html_has_data_table, html_to_text
from parsers.models import HeaderFacts, ParseOptions
from parsers.structure import check_structure

__all__ = ["AttachmentText", "MimeView", "read_message"]

_STATUS_TYPES = frozenset(
    {
        "message/delivery-status",
        "message/global-delivery-status",
        "message/feedback-report",
        "message/disposition-notification",
        "message/global-disposition-notification",
    }
)
_EMBEDDED_TYPES = frozenset({"message/rfc822", "message/global", "message/news"})
_MSG_ID = re.compile(r"<[^<>\s]+>")
_LEADING_BLANK = re.compile(rb"\A(?:[ \t]*(?:\r\n|\r|\n))+")
# An address header longer than this is cut before address parsing (a 1 MB To: header).
_MAX_ADDRESS_HEADER = 64 * 1024


@dataclass(frozen=True)
class AttachmentText:
    """One attachment and the text extracted from it, or why there is none."""

    filename: str
    content_type: str
    size: int
    text: str | None
    error: str | None = None


@dataclass(frozen=True)
class MimeView:
    """What a message says, decoded: headers, main text, attachments, embedded messages.

    `body_html_text` is converted from `body_html` on first use, because most callers
    never need it and HTML conversion costs more than the MIME parse.
    """

    headers: HeaderFacts
    header_map: Mapping[str, tuple[str, ...]]
    content_type: str
    report_type: str | None
    body_text: str
    body_html: str | None = None
    attachments: tuple[AttachmentText, ...] = ()
    forwarded: tuple[MimeView, ...] = ()
    delivery_status: str | None = None
    defects: tuple[str, ...] = ()
    # Content types of every leaf part, in order (for the classifier: text/calendar...).
    part_types: tuple[str, ...] = field(default=())
    body_source: str = "text/plain"

    @cached_property
    def body_html_text(self) -> str | None:
        """The HTML alternative converted to text, if the message has one."""
        if self.body_html is None:
            return None
        return html_to_text(self.body_html)

    def header(self, name: str) -> str | None:
        """First decoded value of a header (case-insensitive), or None."""
        values = self.header_map.get(name.lower())
        return values[0] if values else None


def _first_msg_id(value: str | None) -> str | None:
    if not value:
        return None
    match = _MSG_ID.search(value)
    return match.group(0) if match else value.strip() or None


def _addresses(raw: object) -> list[tuple[str, str]]:
    text = str(raw)[:_MAX_ADDRESS_HEADER]
    try:
        pairs = get_addresses(text, decode_names=True)
    except (ValueError, TypeError, IndexError, RecursionError):
        return []
    return [(name.strip(), addr.strip().lower()) for name, addr in pairs if addr and "@" in addr]


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # RFC 5322 section 3.3: "-0000" means the zone is unknown; read it as UTC.
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def _headers(
    msg: Message, defects: list[str], parsed: object = None
) -> tuple[HeaderFacts, Mapping[str, tuple[str, ...]]]:
    decoded: dict[str, list[str]] = {}
    raw_first: dict[str, object] = {}
    for name, value in msg.raw_items():
        key = name.strip().lower()
        raw_first.setdefault(key, value)
        decoded.setdefault(key, []).append(decode_header_value(value, defects))
    header_map = MappingProxyType({k: tuple(v) for k, v in decoded.items()})

    def first(key: str) -> str | None:
        values = decoded.get(key)
        return values[0] if values else None

    def addresses(key: str) -> list[tuple[str, str]]:
        if parsed is not None:
            # mail-parser already parsed the top-level address headers (first occurrence).
            pairs = getattr(parsed, key.replace("-", "_"), None) or []
            return [(n.strip(), a.strip().lower()) for n, a in pairs if a and "@" in a]
        return _addresses(raw_first[key]) if key in raw_first else []

    senders = addresses("from")
    reply_to = addresses("reply-to")
    to = [a for _, a in addresses("to")]
    cc = [a for _, a in addresses("cc")]
    references = _MSG_ID.findall(" ".join(decoded.get("references", ())))
    facts = HeaderFacts(
        message_id=_first_msg_id(first("message-id")),
        in_reply_to=_first_msg_id(first("in-reply-to")),
        references=tuple(references),
        from_address=senders[0][1] if senders else None,
        from_name=(senders[0][0] or None) if senders else None,
        reply_to=reply_to[0][1] if reply_to else None,
        to=tuple(to),
        cc=tuple(cc),
        subject=(first("subject") or "").replace("\x00", ""),
        date=_date(first("date")),
        auto_submitted=first("auto-submitted"),
        precedence=first("precedence"),
        list_id=first("list-id"),
        authentication_results=tuple(decoded.get("authentication-results", ())),
    )
    return facts, header_map


def _parse(raw: bytes, defects: list[str]) -> tuple[Message, object]:
    """The message tree, plus mail-parser's object when it succeeded (None otherwise)."""
    try:
        parsed = mailparser.parse_from_bytes(raw)
    except (MailParserRecursionError, RecursionError) as exc:
        raise MimeStructureError("MIME nesting too deep to parse") from exc
    except Exception as exc:
        # mail-parser 4.x raises on some malformed epilogues; the stdlib parser copes.
        defects.append(f"mail-parser failed ({type(exc).__name__}); read with the stdlib parser")
        try:
            return email.message_from_bytes(raw), None
        except RecursionError as inner:
            raise MimeStructureError("MIME nesting too deep to parse") from inner
    return parsed.message, parsed


@dataclass
class _Found:
    """What a walk collects for one message view (mutable while walking, then frozen)."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[AttachmentText] = field(default_factory=list)
    forwarded: list[MimeView] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    tnef_body: list[str] = field(default_factory=list)


def _filename(part: Message, defects: list[str]) -> str:
    try:
        # get_filename() applies RFC 2231 (filename*=utf-8''...) and falls back to name=.
        raw = part.get_filename()
    except (LookupError, ValueError, TypeError):
        return ""
    return decode_header_value(raw, defects) if raw else ""


def _plain_lost_table(plain: str, html_text: str) -> bool:
    rows = sum(1 for line in html_text.splitlines() if CELL_SEPARATOR in line)
    if rows < 2:
        return False
    kept = sum(1 for line in plain.splitlines() if "|" in line or "\t" in line.strip())
    return kept < rows


def _assemble(
    msg: Message,
    headers: HeaderFacts,
    header_map: Mapping[str, tuple[str, ...]],
    found: _Found,
    defects: list[str],
) -> MimeView:
    plain = "\n\n".join(p for p in found.plain if p.strip())
    html = "\n".join(found.html) if found.html else None
    body, source, html_text = plain, "text/plain", None
    if html is not None and (not plain.strip() or html_has_data_table(html)):
        html_text = html_to_text(html)
        if not plain.strip() or _plain_lost_table(plain, html_text):
            body, source = html_text, "text/html"
    if not body.strip() and any(t.strip() for t in found.tnef_body):
        body, source = "\n\n".join(found.tnef_body), "application/ms-tnef"
    if "\x00" in body:
        defects.append("NUL characters removed from the body")
        body = body.replace("\x00", "")
    report_type = (
        msg.get_param("report-type") if msg.get_content_type() == "multipart/report" else None
    )
    view = MimeView(
        headers=headers,
        header_map=header_map,
        content_type=msg.get_content_type(),
        report_type=report_type.lower() if isinstance(report_type, str) else None,
        body_text=body,
        body_html=html,
        attachments=tuple(found.attachments),
        forwarded=tuple(found.forwarded),
        delivery_status="\n\n".join(found.status) if found.status else None,
        defects=tuple(dict.fromkeys(defects)),
        part_types=tuple(found.types),
        body_source=source,
    )
    if html_text is not None:
        # Seed the lazy property: the conversion was already paid for above.
        view.__dict__["body_html_text"] = html_text
    return view


class _Walker:
    """Walks one message tree; counts parts across embedded messages so limits hold overall."""

    def __init__(self, options: ParseOptions) -> None:
        self.options = options
        self.parts = 0

    def view(self, msg: Message, depth: int, defects: list[str], parsed: object = None) -> MimeView:
        headers, header_map = _headers(msg, defects, parsed)
        found = _Found()
        stack: list[tuple[Message, int, bool]] = [(msg, depth, False)]
        while stack:
            part, level, in_attachment = stack.pop()
            self.parts += 1
            if self.parts > self.options.max_parts:
                raise MimeStructureError(f"more than {self.options.max_parts} MIME parts")
            if level > self.options.max_mime_depth:
                raise MimeStructureError(
                    f"MIME nesting deeper than {self.options.max_mime_depth} levels"
                )
            ctype = part.get_content_type()
            defects.extend(f"{ctype}: {type(d).__name__}" for d in part.defects)
            payload = part.get_payload()
            if isinstance(payload, list):
                if part.get_content_maintype() == "message":
                    self._message_part(ctype, payload, level, found)
                    continue
                inside = in_attachment or part.get_content_disposition() == "attachment"
                children = [c for c in payload if isinstance(c, Message)]
                stack.extend((c, level + 1, inside) for c in reversed(children))
                continue
            found.types.append(ctype)
            self._leaf(
                part,
                ctype=ctype,
                level=level,
                in_attachment=in_attachment,
                found=found,
                defects=defects,
            )
        return _assemble(msg, headers, header_map, found, defects)

    def _message_part(self, ctype: str, payload: list[Any], level: int, found: _Found) -> None:
        found.types.append(ctype)
        blocks: list[Message] = [m for m in payload if isinstance(m, Message)]
        if ctype in _STATUS_TYPES:
            # RFC 3464, RFC 5965, RFC 8098: blocks of header fields; kept as text.
            found.status.append(
                "\n\n".join(
                    "\n".join(f"{k}: {decode_header_value(v)}" for k, v in b.raw_items())
                    for b in blocks
                )
            )
        elif ctype in _EMBEDDED_TYPES:
            found.forwarded.extend(self.view(b, level + 1, []) for b in blocks)

    def _leaf(
        self,
        part: Message,
        *,
        ctype: str,
        level: int,
        in_attachment: bool,
        found: _Found,
        defects: list[str],
    ) -> None:
        filename = _filename(part, defects)
        data = part.get_payload(decode=True)
        data = data if isinstance(data, bytes) else b""
        if (
            ctype in ("text/plain", "text/html")
            and not (in_attachment or filename)
            and part.get_content_disposition() != "attachment"
        ):
            decoded = decode_bytes(data, part.get_content_charset())
            if decoded.defect:
                defects.append(f"{ctype}: {decoded.defect}")
            (found.plain if ctype == "text/plain" else found.html).append(decoded.text)
            return
        name = filename or f"part{len(found.types)}{readers.extension_for(ctype)}"
        if len(data) > self.options.max_attachment_bytes:
            error = f"too large ({len(data)} bytes, limit {self.options.max_attachment_bytes})"
            self._add(found, defects, AttachmentText(name, ctype, len(data), None, error))
            return
        try:
            kind = readers.container_kind(name, ctype)
            if kind == "eml":
                self._embedded(email.message_from_bytes(data), level, found)
            elif kind == "msg":
                self._embedded(readers.read_msg(data), level, found)
            elif kind == "tnef":
                tnef = readers.read_tnef(data)
                found.tnef_body.append(tnef.body)
                found.attachments.append(AttachmentText(name, ctype, len(data), tnef.body))
                for inner_name, inner in tnef.attachments:
                    self._extract(inner_name, readers.guess_type(inner_name), inner, found, defects)
                return
        except AttachmentError as exc:
            self._add(found, defects, AttachmentText(name, ctype, len(data), None, exc.reason))
            return
        except RecursionError as exc:
            raise MimeStructureError("embedded message nested too deep") from exc
        if kind is not None:
            found.attachments.append(AttachmentText(name, ctype, len(data), None))
            return
        self._extract(name, ctype, data, found, defects)

    def _embedded(self, sub: Message, level: int, found: _Found) -> None:
        found.forwarded.append(self.view(sub, level + 1, []))

    def _extract(
        self, name: str, ctype: str, data: bytes, found: _Found, defects: list[str]
    ) -> None:
        text, error = readers.extract_text(name, ctype, data, self.options)
        self._add(found, defects, AttachmentText(name, ctype, len(data), text, error))

    @staticmethod
    def _add(found: _Found, defects: list[str], attachment: AttachmentText) -> None:
        if attachment.error:
            defects.append(f"attachment {attachment.filename!r}: {attachment.error}")
        found.attachments.append(attachment)


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
    message, parsed = _parse(raw, defects)
    return _Walker(options).view(message, 0, defects, parsed)
