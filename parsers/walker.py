"""Walk a parsed message tree into a MimeView: choose the body, read attachments, recurse."""

from __future__ import annotations

import email
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from email.message import Message
from itertools import pairwise
from typing import Any

from parsers import archives
from parsers import attachments as readers
from parsers.charsets import decode_bytes, decode_header_value, newlines
from parsers.chat_prefixes import without_chat_prefixes
from parsers.check_boxes import has_box_marks
from parsers.clearsigned import unwrap_clearsigned
from parsers.errors import AttachmentError, MimeStructureError
from parsers.executables import executable_member
from parsers.flowed import unflow
from parsers.html import (
    CELL_SEPARATOR,
    html_has_check_boxes,
    html_has_data_table,
    html_has_struck_text,
    html_to_text,
)
from parsers.initials_quotes import bare_quote_marks
from parsers.models import HeaderFacts, ParseOptions
from parsers.presentation_forms import ordinary_letters
from parsers.structure import check_structure
from parsers.view import AttachmentText, MimeView

__all__ = ["HeaderReader", "Walker"]

# Reads the header block of one message: (facts, every header decoded), noting defects.
HeaderReader = Callable[[Message, list[str]], tuple[HeaderFacts, Mapping[str, tuple[str, ...]]]]
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
# A row the text part spreads over more lines than this is not looked for.
_MAX_SPLIT_LINES = 6


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


_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


# Characters no text holds (controls other than layout ones, and what failed to decode).
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def _is_binary(text: str) -> bool:
    """Whether a decoded body is a file's bytes rather than text (a tenth not text)."""
    sample = text[:4096]
    return len(sample) >= 256 and len(_NOT_TEXT.findall(sample)) * 10 > len(sample)


def _without_controls(value: str) -> str:
    # A Content-Type holding NUL or another control character means nothing more than
    # without it, and PostgreSQL refuses NUL in the stored parse result.
    return _CONTROLS.sub("", value) if _CONTROLS.search(value) else value


def _filename(part: Message, defects: list[str]) -> str:
    try:
        # get_filename() applies RFC 2231 (filename*=utf-8''...) and falls back to name=.
        raw = part.get_filename()
    except (LookupError, ValueError, TypeError):
        return ""
    return decode_header_value(raw, defects) if raw else ""


def _param(part: Message, name: str) -> str:
    value = part.get_param(name)
    return value.strip().lower() if isinstance(value, str) else ""


def _plain_lost_table(plain: str, html_text: str) -> bool:
    """Whether the plain-text part lost rows of the HTML part's table, or broke one: a cell
    holding two lines puts its second line, without a tab, between two rows; or a row
    comes out on two lines that each hold part of its cells (a cell broken after a tab, a
    two-storey header's lower row standing alone)."""
    table = [line for line in html_text.splitlines() if CELL_SEPARATOR in line]
    if len(table) < 2:
        return False
    width = max(line.count(CELL_SEPARATOR) + 1 for line in table)
    kept = 0
    broken = False
    for block in re.split(r"\n[ \t]*\n", plain):
        lines = [line for line in block.splitlines() if line.strip()]
        marks = [_is_row(line) for line in lines]
        kept += sum(marks)
        if sum(marks) >= 2:
            first, last = marks.index(True), len(marks) - 1 - marks[::-1].index(True)
            broken = broken or not all(marks[first:last]) or _split_row(lines, width)
    return kept < len(table) or broken


def _is_row(line: str) -> bool:
    return "|" in line or "\t" in line.strip()


def _split_row(lines: list[str], width: int) -> bool:
    """Row lines in a row, each short of the table's width, that hold one row's cells
    between them: two lines holding more cells than a whole row, or three or more (a long
    cell wrapped twice) whose cells, less one per break, make a whole row."""
    counts = [_cells(line) if _is_row(line) else 0 for line in lines]
    if any(0 < a < width and 0 < b < width and a + b > width for a, b in pairwise(counts)):
        return True
    for start in range(len(counts)):
        total = 0
        for end in range(start, min(len(counts), start + _MAX_SPLIT_LINES)):
            if not 0 < counts[end] < width:
                break
            total += counts[end]
            if end - start >= 2 and total - (end - start) == width:
                return True
    return False


def _cells(line: str) -> int:
    line = line.strip(" \r")
    return line.count("|") + 1 if "|" in line else line.count("\t") + 1


def _assemble(
    msg: Message,
    headers: HeaderFacts,
    header_map: Mapping[str, tuple[str, ...]],
    found: _Found,
    defects: list[str],
) -> MimeView:
    # Every text below is read in ordinary letters, whatever glyphs a PDF pasted into it.
    plain = ordinary_letters("\n\n".join(p for p in found.plain if p.strip()))
    html = ordinary_letters("\n".join(found.html)) if found.html else None
    body, source, html_text = plain, "text/plain", None
    # The text part keeps struck-through text as if it stood: the HTML part says what does.
    struck = html is not None and html_has_struck_text(html)
    # A form's check boxes drawn as pictures show in the HTML part alone: the text part
    # lists every option bare, ticked or not.
    boxed = html is not None and html_has_check_boxes(html) and not has_box_marks(plain)
    if html is not None and (not plain.strip() or struck or boxed or html_has_data_table(html)):
        html_text = ordinary_letters(html_to_text(html))
        ticked = boxed and "☒" in html_text
        if not plain.strip() or struck or ticked or _plain_lost_table(plain, html_text):
            body, source = html_text, "text/html"
    if not body.strip() and any(t.strip() for t in found.tnef_body):
        body, source = ordinary_letters("\n\n".join(found.tnef_body)), "application/ms-tnef"
    # Pasted chat messages are read as the lines they hold, without "[time, date] sender:".
    body = without_chat_prefixes(body)
    report_type = (
        msg.get_param("report-type") if msg.get_content_type() == "multipart/report" else None
    )
    view = MimeView(
        headers=headers,
        header_map=header_map,
        content_type=_without_controls(msg.get_content_type()),
        report_type=report_type.lower() if isinstance(report_type, str) else None,
        body_text=body,
        body_html=html,
        attachments=tuple(_in_letters(a) for a in found.attachments),
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


def _in_letters(attachment: AttachmentText) -> AttachmentText:
    text = attachment.text
    letters = ordinary_letters(text) if text is not None else None
    return attachment if letters is text else replace(attachment, text=letters)


def _headers_in_letters(headers: HeaderFacts) -> HeaderFacts:
    # A subject or display name copied out of a PDF letter reads as the letter does.
    name = headers.from_name
    subject, named = ordinary_letters(headers.subject), name and ordinary_letters(name)
    if subject is headers.subject and named is name:
        return headers
    return headers.model_copy(update={"subject": subject, "from_name": named})


class Walker:
    """Walks one message tree; counts parts across embedded messages so limits hold overall."""

    def __init__(self, options: ParseOptions, read_headers: HeaderReader) -> None:
        self.options = options
        self.read_headers = read_headers
        self.parts = 0

    def view(self, msg: Message, depth: int, defects: list[str]) -> MimeView:
        headers, header_map = self.read_headers(msg, defects)
        headers = _headers_in_letters(headers)
        found = _Found()
        stack: list[tuple[Message, int, bool]] = [(msg, depth, False)]
        while stack:
            part, level, in_attachment = stack.pop()
            self._count_part()
            if level > self.options.max_mime_depth:
                raise MimeStructureError(
                    f"MIME nesting deeper than {self.options.max_mime_depth} levels"
                )
            ctype = _without_controls(part.get_content_type())
            defects.extend(f"{ctype}: {type(d).__name__}" for d in part.defects)
            # get_payload() on a leaf decodes 8-bit bytes with the declared charset and raises
            # on labels such as "idna" or one holding a NUL; leaves are read in _leaf.
            payload = part.get_payload() if part.is_multipart() else None
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

    def _count_part(self) -> None:
        """One more part or archived file; the limit holds over the whole tree."""
        self.parts += 1
        if self.parts > self.options.max_parts:
            raise MimeStructureError(f"more than {self.options.max_parts} MIME parts")

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
            sniffed = readers.sniffed_type(data)
            decoded = decode_bytes(data, part.get_content_charset())
            if sniffed != "application/octet-stream" or _is_binary(decoded.text):
                # A file sent as the body (an Outlook .msg, an image): read as the file it
                # is; as text, its long binary "lines" would only cost every reader time.
                defects.append(f"{ctype}: binary content read as an attachment")
                self._leaf_file(part, data, filename, sniffed, level, found, defects)
                return
            if decoded.defect:
                defects.append(f"{ctype}: {decoded.defect}")
            text = newlines(decoded.text)
            if "\x00" in text:
                # PostgreSQL text columns refuse NUL; it never carries meaning in mail.
                defects.append(f"{ctype}: NUL characters removed")
                text = text.replace("\x00", "")
            if ctype == "text/plain":
                # A clear-signed letter without its armour and dash-escapes, and quote marks
                # led by initials ("CM> ") bare, before anything reads lines or quote depths.
                text = bare_quote_marks(unwrap_clearsigned(text))
            if ctype == "text/plain" and _param(part, "format") == "flowed":
                text = unflow(text, delsp=_param(part, "delsp") == "yes")
            (found.plain if ctype == "text/plain" else found.html).append(text)
            return
        self._leaf_file(part, data, filename, ctype, level, found, defects)

    def _leaf_file(  # noqa: PLR0917 - the part, its bytes and what is known of them
        self,
        part: Message,
        data: bytes,
        filename: str,
        ctype: str,
        level: int,
        found: _Found,
        defects: list[str],
    ) -> None:
        name = filename or f"part{len(found.types)}{readers.extension_for(ctype)}"
        if len(data) > self.options.max_attachment_bytes:
            error = f"too large ({len(data)} bytes, limit {self.options.max_attachment_bytes})"
            self._add(found, defects, AttachmentText(name, ctype, len(data), None, error))
            return
        try:
            kind = readers.container_kind(name, ctype)
            if kind == "eml":
                # An attached .eml is raw bytes again: same pre-scan as the outer message.
                check_structure(
                    data, max_depth=self.options.max_mime_depth, max_parts=self.options.max_parts
                )
                self._embedded(email.message_from_bytes(data), level, found)
            elif kind == "msg":
                self._embedded(readers.read_msg(data), level, found)
            elif archives.is_archive(name, ctype) and not executable_member(name, ctype, data):
                # A zip of the letter and its annex: each file read as an attachment.
                members = archives.archive_members(
                    data, max_unpacked=self.options.max_unpacked_bytes
                )
                found.attachments.append(AttachmentText(name, ctype, len(data), None))
                for inner_name, inner_type, inner, why in members:
                    self._count_part()
                    if inner is None:
                        self._add(
                            found, defects, AttachmentText(inner_name, inner_type, 0, None, why)
                        )
                    else:
                        self._extract(inner_name, inner_type, inner, found, defects)
                return
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
        self._extract(name, ctype, data, found, defects, part.get_content_charset())

    def _embedded(self, sub: Message, level: int, found: _Found) -> None:
        found.forwarded.append(self.view(sub, level + 1, []))

    def _extract(  # noqa: PLR0917 - the part's bytes with what its headers say
        self,
        name: str,
        ctype: str,
        data: bytes,
        found: _Found,
        defects: list[str],
        charset: str | None = None,
    ) -> None:
        text, error = readers.extract_text(name, ctype, data, self.options, charset)
        self._add(found, defects, AttachmentText(name, ctype, len(data), text, error))

    @staticmethod
    def _add(found: _Found, defects: list[str], attachment: AttachmentText) -> None:
        if attachment.error:
            defects.append(f"attachment {attachment.filename!r}: {attachment.error}")
        found.attachments.append(attachment)
