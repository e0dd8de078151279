"""An inbound email made safe to show staff: text with evidence marked, sanitised HTML, attachments."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage, Message
from typing import Any

import nh3
from inscriptis import get_text

__all__ = [
    "AttachmentFile",
    "MessageView",
    "Segment",
    "Span",
    "attachment_file",
    "download_type",
    "evidence_spans",
    "highlight",
    "sanitize_html",
    "view_message",
]

# Images are dropped outright: a remote <img> is a read receipt for the sender, and an
# inline cid: picture adds nothing to checking a nomination.
_TAGS = nh3.ALLOWED_TAGS - {"img", "map", "area"}
_SHOWN_HEADERS = ("From", "To", "Cc", "Date", "Subject", "Message-ID")
# Types a browser may be told an attachment is; anything else downloads as octet-stream.
_SAFE_TYPES = frozenset(
    {
        "application/pdf",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/zip",
        "image/png",
        "image/jpeg",
        "image/gif",
        "text/plain",
        "text/csv",
    }
)


@dataclass(frozen=True, slots=True)
class Span:
    """Where the parser found a field: `start`/`end` in the body text, `text` as it read it."""

    label: str
    start: int | None
    end: int | None
    text: str


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    mark: str | None = None  # the field label when this piece is evidence


@dataclass(frozen=True, slots=True)
class AttachmentFile:
    index: int
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True, slots=True)
class MessageView:
    headers: tuple[tuple[str, str], ...]
    segments: tuple[Segment, ...]
    html: str | None
    attachments: tuple[AttachmentFile, ...]
    marked: int  # how many evidence spans could be placed in the text


def evidence_spans(parsed: dict[str, Any] | None) -> list[Span]:
    """Body evidence from a stored `parse --json` object, keyed by field path."""
    spans = []
    for label, item in ((parsed or {}).get("evidence") or {}).items():
        if isinstance(item, dict) and item.get("source") == "body":
            spans.append(
                Span(str(label), item.get("start"), item.get("end"), str(item.get("text") or ""))
            )
    return spans


def _place(text: str, span: Span) -> tuple[int, int] | None:
    start, end = span.start, span.end
    if (
        start is not None
        and end is not None
        and 0 <= start < end <= len(text)
        and (not span.text or text[start:end] == span.text)
    ):
        return start, end
    # Offsets from a differently decoded body (CRLF, charset) miss; the quoted text still finds it.
    if span.text:
        found = text.find(span.text)
        if found >= 0:
            return found, found + len(span.text)
    return None


def highlight(text: str, spans: Iterable[Span]) -> tuple[tuple[Segment, ...], int]:
    """Split `text` into plain and marked pieces; overlapping spans keep the earlier one.

    >>> highlight("Name: Ana", [Span("name", 6, 9, "Ana")])[0][1]
    Segment(text='Ana', mark='name')
    """
    placed = sorted(
        (where[0], where[1], span.label)
        for span in spans
        if (where := _place(text, span)) is not None
    )
    segments: list[Segment] = []
    cursor = 0
    count = 0
    for start, end, label in placed:
        if start < cursor:
            continue
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], label))
        cursor = end
        count += 1
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return tuple(segments), count


def sanitize_html(html: str) -> str:
    """HTML mail without script, style, event handlers or images; links open nothing by themselves."""
    return nh3.clean(
        html,
        tags=_TAGS,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


def _content(part: Message) -> str:
    try:
        value = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, ValueError):  # unknown charset or a broken transfer encoding
        payload = part.get_payload(decode=True)
        value = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return value if isinstance(value, str) else ""


def _attachment_parts(message: EmailMessage) -> list[Message]:
    parts: list[Message] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment" or part.get_filename():
            parts.append(part)
    return parts


def _parse(raw: bytes) -> EmailMessage:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)  # noqa: S101 - policy.default builds EmailMessage
    return parsed


def view_message(raw: bytes | None, spans: Sequence[Span] = ()) -> MessageView:
    """Decode one stored message for display; a purged message (raw None) shows as empty."""
    if raw is None:
        return MessageView((), (Segment("(the message body is no longer stored)"),), None, (), 0)
    message = _parse(raw)
    headers = tuple((name, str(message[name])) for name in _SHOWN_HEADERS if message[name])
    plain = message.get_body(preferencelist=("plain",))
    html_part = message.get_body(preferencelist=("html",))
    html = _content(html_part) if html_part is not None else None
    if plain is not None:
        text = _content(plain)
    elif html is not None:
        text = get_text(html)
    else:
        text = ""
    segments, marked = highlight(text.replace("\r\n", "\n"), spans)
    attachments = tuple(
        AttachmentFile(
            index,
            part.get_filename() or f"attachment-{index + 1}",
            part.get_content_type(),
            len(part.get_payload(decode=True) or b""),
        )
        for index, part in enumerate(_attachment_parts(message))
    )
    return MessageView(
        headers,
        segments,
        sanitize_html(html) if html is not None else None,
        attachments,
        marked,
    )


def attachment_file(raw: bytes, index: int) -> tuple[str, str, bytes] | None:
    """(filename, content type, bytes) of the index-th attachment, or None."""
    parts = _attachment_parts(_parse(raw))
    if not 0 <= index < len(parts):
        return None
    part = parts[index]
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    return part.get_filename() or f"attachment-{index + 1}", part.get_content_type(), data


def download_type(content_type: str) -> str:
    """The declared type when harmless, else application/octet-stream (never text/html)."""
    return content_type if content_type.lower() in _SAFE_TYPES else "application/octet-stream"
