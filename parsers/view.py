"""The value types of the MIME layer: MimeView and AttachmentText (frozen, no parsing here)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property

from parsers.charsets import decode_header_value
from parsers.html import html_to_text
from parsers.models import HeaderFacts
from parsers.presentation_forms import ordinary_letters

__all__ = ["AttachmentText", "HeaderMap", "MimeView"]


class HeaderMap(Mapping[str, tuple[str, ...]]):
    """Every header of a message, lower-cased name -> decoded values, decoded on first access.

    A bounce carries dozens of Received lines nobody reads; decoding RFC 2047 words only
    for the headers a caller asks for keeps the MIME layer cheap.
    """

    def __init__(self, raw: Mapping[str, list[object]]) -> None:
        self._raw = raw
        self._decoded: dict[str, tuple[str, ...]] = {}

    def __getitem__(self, key: str) -> tuple[str, ...]:
        values = self._decoded.get(key)
        if values is None:
            values = tuple(decode_header_value(v) for v in self._raw[key])
            self._decoded[key] = values
        return values

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __repr__(self) -> str:
        return f"HeaderMap({sorted(self._raw)})"


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
    part_types: tuple[str, ...] = ()
    body_source: str = "text/plain"

    @cached_property
    def body_html_text(self) -> str | None:
        """The HTML alternative converted to text, if the message has one."""
        if self.body_html is None:
            return None
        # A glyph written as a character reference ("&#xFEE3;") is one only after conversion.
        return ordinary_letters(html_to_text(self.body_html))

    def header(self, name: str) -> str | None:
        """First decoded value of a header (case-insensitive), or None."""
        values = self.header_map.get(name.lower())
        return values[0] if values else None
