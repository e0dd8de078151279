"""Attachment bytes to text (docx, xlsx, odt, ods, pdf, vcf, csv, txt, html, rtf) and Outlook containers (.msg, winmail.dat)."""

from __future__ import annotations

import io
import mimetypes
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from typing import Any

from parsers.charsets import decode_bytes, newlines
from parsers.csv_text import csv_rows_text
from parsers.errors import ArchiveBombError, AttachmentError
from parsers.executables import EXECUTABLE, executable_member
from parsers.html import html_to_text
from parsers.locked_files import LOCKED, locked_office_file
from parsers.models import ParseOptions
from parsers.rtf import rtf_to_text

__all__ = [
    "TnefContent",
    "check_zip",
    "container_kind",
    "docx_text",
    "extension_for",
    "extract_text",
    "guess_type",
    "opendocument_text",
    "pdf_text",
    "read_msg",
    "read_tnef",
    "vcard_text",
    "xlsx_text",
]

MAX_PDF_PAGES = 50
MAX_SHEET_ROWS = 5000
# A real .docx/.xlsx compresses XML about 5-20x; hundreds-to-one means a crafted archive.
MAX_ZIP_RATIO = 200
MAX_ZIP_MEMBERS = 5000
_OUTLOOK_TYPES = frozenset({"application/vnd.ms-outlook", "application/x-msg"})
_TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})


@dataclass(frozen=True)
class TnefContent:
    """What an Outlook winmail.dat carries: the message body and the real attachments."""

    body: str
    attachments: tuple[tuple[str, bytes], ...]


def guess_type(filename: str) -> str:
    return mimetypes.guess_type(filename, strict=False)[0] or "application/octet-stream"


# The opening bytes of the files that come as a body labelled text.
_SIGNATURES = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/vnd.ms-outlook"),  # OLE: .msg mostly
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def sniffed_type(data: bytes) -> str:
    """The content type a file's opening bytes show, or application/octet-stream."""
    return next(
        (t for magic, t in _SIGNATURES if data.startswith(magic)), "application/octet-stream"
    )


def extension_for(content_type: str) -> str:
    return mimetypes.guess_extension(content_type, strict=False) or ".bin"


def container_kind(filename: str, content_type: str) -> str | None:
    """ "eml", "msg" or "tnef" when the attachment is itself a message, else None."""
    name = filename.lower()
    if content_type in _TNEF_TYPES or name == "winmail.dat" or name.endswith(".tnef"):
        return "tnef"
    if content_type in _OUTLOOK_TYPES or name.endswith(".msg"):
        return "msg"
    if content_type == "message/rfc822" or name.endswith(".eml"):
        return "eml"
    return None


def check_zip(data: bytes, *, max_unpacked: int) -> zipfile.ZipFile:
    """Open a zip container only if its directory promises a sane unpacked size.

    zipfile never inflates a member past its declared size, so checking the directory
    bounds the work python-docx and openpyxl can be made to do.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise AttachmentError("archive", f"not a valid zip container ({exc})") from exc
    members = archive.infolist()
    total = sum(m.file_size for m in members)
    if len(members) > MAX_ZIP_MEMBERS or total > max_unpacked:
        raise ArchiveBombError("archive", f"zip bomb: unpacks to {total} bytes")
    for member in members:
        if member.file_size > 1024 * 1024 and member.file_size > MAX_ZIP_RATIO * max(
            member.compress_size, 1
        ):
            raise ArchiveBombError("archive", f"zip bomb: {member.filename} ratio too high")
    return archive


def docx_text(data: bytes, options: ParseOptions) -> str:
    """Paragraphs and tables of a .docx in document order; a table row per line."""
    from parsers.word import document_text  # noqa: PLC0415 - imports python-docx

    return document_text(check_zip(data, max_unpacked=options.max_unpacked_bytes), data)


def xlsx_text(data: bytes, options: ParseOptions) -> str:
    """Every non-empty row of every sheet, cells joined by " | ", a cell merged down over
    several rows given to each."""
    from parsers.workbook import workbook_text  # noqa: PLC0415 - imports openpyxl

    archive = check_zip(data, max_unpacked=options.max_unpacked_bytes)
    return workbook_text(archive, data, max_rows=MAX_SHEET_ROWS)


def opendocument_text(data: bytes, options: ParseOptions) -> str:
    """Paragraphs and tables of an .odt or .ods (LibreOffice) in document order."""
    from parsers.opendocument import opendocument_text as read  # noqa: PLC0415 - imports odfdo

    archive = check_zip(data, max_unpacked=options.max_unpacked_bytes)
    return read(archive, data, max_rows=MAX_SHEET_ROWS)


def vcard_text(data: bytes, options: ParseOptions) -> str:
    """Each contact card's name, post and e-mail as labelled lines."""
    from parsers.vcard import vcard_text as read  # noqa: PLC0415 - imports vobject

    # vCard 4.0 is UTF-8 by definition and 3.0 cards are written in it in practice;
    # decode_bytes still repairs an older card in a legacy charset.
    return read(decode_bytes(data, "utf-8").text)


def pdf_text(data: bytes, options: ParseOptions) -> str:
    """The text layer of the first MAX_PDF_PAGES pages (scanned PDFs give nothing)."""
    import pypdf  # noqa: PLC0415 - heavy import, only when a PDF arrives

    from parsers.pdf_forms import filled_page  # noqa: PLC0415 - imports pypdf

    del options
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    pages = []
    for n, page in enumerate(reader.pages[:MAX_PDF_PAGES]):
        # A fillable form's values are in its fields, not its text: they are drawn in
        # where their boxes are, and the page is read as laid out to keep them by their labels.
        form = filled_page(page)
        pages.append(
            _pdf_page_text(page, layout=n < LAYOUT_PDF_PAGES)
            if form is None
            else _pdf_page_text(form, layout=True)
        )
    if len(reader.pages) > MAX_PDF_PAGES:
        pages.append(f"[{len(reader.pages) - MAX_PDF_PAGES} more pages not read]")
    return "\n\n".join(p.strip() for p in pages).strip()


# The first pages are read as laid out: a form's label and its value, drawn apart in two
# columns, keep a gap between them ("Last name          KOVÁCS"), where pypdf's plain
# extraction joins them with one space ("Last name KOVÁCS") and nothing tells where the
# label ends. Blank lines stand for vertical gaps; a run of them is one paragraph break.
# Later pages (a brochure's, a report's) are read plain: the layout pass costs about
# twice as much a page, and an annex or a note verbale is one or two pages long.
LAYOUT_PDF_PAGES = 3
_BLANK_RUN = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")


def _pdf_page_text(page: Any, *, layout: bool) -> str:
    text = ""
    if layout:
        try:
            text = page.extract_text(extraction_mode="layout") or ""
        except Exception:  # the layout pass fails on some fonts where the plain one reads
            text = ""
    if not text.strip():
        return page.extract_text() or ""
    lines = [line.rstrip() for line in text.splitlines()]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines))


def _plain(data: bytes, options: ParseOptions) -> str:
    del options
    return decode_bytes(data, None).text


def _csv(data: bytes, options: ParseOptions) -> str:
    del options
    return csv_rows_text(decode_bytes(data, None).text)


def _html(data: bytes, options: ParseOptions) -> str:
    del options
    return html_to_text(decode_bytes(data, None).text)


def _rtf(data: bytes, options: ParseOptions) -> str:
    del options
    return rtf_to_text(data)


_READERS: dict[str, Callable[[bytes, ParseOptions], str]] = {
    ".docx": docx_text,
    ".docm": docx_text,
    ".xlsx": xlsx_text,
    ".xlsm": xlsx_text,
    ".odt": opendocument_text,
    ".ods": opendocument_text,
    ".pdf": pdf_text,
    ".vcf": vcard_text,
    ".vcard": vcard_text,
    ".txt": _plain,
    ".csv": _csv,
    ".text": _plain,
    ".htm": _html,
    ".html": _html,
    ".rtf": _rtf,
}
_BY_TYPE = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/pdf": ".pdf",
    "text/vcard": ".vcf",
    "text/x-vcard": ".vcf",
    "text/directory": ".vcf",
    "text/plain": ".txt",
    "text/csv": ".csv",
    "text/comma-separated-values": ".csv",
    "application/csv": ".csv",
    "text/html": ".html",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
}


def extract_text(
    filename: str,
    content_type: str,
    data: bytes,
    options: ParseOptions,
    charset: str | None = None,
) -> tuple[str | None, str | None]:
    """(text, error) for one attachment; never raises.

    Types without a text layer (images, archives...) give (None, None); a file that
    cannot be read gives (None, reason), e.g. a .docx whose zip directory promises
    gigabytes gives (None, "zip bomb: unpacks to ... bytes").
    """
    member = executable_member(filename, content_type, data)
    if member is not None:
        # Nothing to read in a program: staff see why, and nobody takes it for a letter.
        return None, f"{EXECUTABLE} ({member})"
    dot = filename.rfind(".")
    reader = _READERS.get(filename[dot:].lower()) if dot >= 0 else None
    if reader is None:
        ext = _BY_TYPE.get(content_type.lower())
        reader = _READERS.get(ext) if ext else None
    if reader is None:
        return None, None
    try:
        if charset and reader in (_plain, _html, _csv):
            # The part's declared charset: detection guesses wrong on short Arabic or
            # Cyrillic texts (windows-1256 read as koi8-r).
            text = decode_bytes(data, charset).text
            if reader is _html:
                text = html_to_text(text)
            elif reader is _csv:
                text = csv_rows_text(text)
        else:
            text = reader(data, options)
    except AttachmentError as exc:
        if locked_office_file(data):
            # Word or Excel saved with a password: an encrypted container, not a zip.
            return None, f"{LOCKED} Office document"
        return None, exc.reason
    except RecursionError:
        return None, "unreadable: nested too deep"
    except Exception as exc:
        if type(exc).__name__ == "FileNotDecryptedError":
            return None, f"{LOCKED} PDF"
        return None, f"unreadable ({type(exc).__name__}: {str(exc)[:200]})"
    return newlines(text.replace("\x00", "")), None


def read_msg(data: bytes) -> Message:
    """An attached Outlook .msg as an email Message (headers, body, attachments)."""
    import extract_msg  # noqa: PLC0415 - heavy import, only when a .msg arrives

    try:
        msg = extract_msg.openMsg(data)
        try:
            return msg.asEmailMessage()  # type: ignore[attr-defined,no-any-return]
        finally:
            msg.close()
    except Exception as exc:
        raise AttachmentError("msg", f"unreadable Outlook message ({type(exc).__name__})") from exc


def _text_of(value: object) -> str:
    if isinstance(value, bytes):
        return decode_bytes(value, None).text
    return value if isinstance(value, str) else ""


def read_tnef(data: bytes) -> TnefContent:
    """Body (plain, else HTML, else RTF) and attachments of a winmail.dat."""
    import tnefparse  # noqa: PLC0415 - only when Outlook sends TNEF

    try:
        tnef = tnefparse.TNEF(data)
        body = _text_of(tnef.body).strip()
        if not body and tnef.htmlbody:
            body = html_to_text(_text_of(tnef.htmlbody))
        if not body and tnef.rtfbody:
            body = rtf_to_text(tnef.rtfbody)
        files = tuple(
            (_text_of(a.long_filename() or a.name) or "attachment", bytes(a.data))
            for a in tnef.attachments
        )
    except Exception as exc:
        raise AttachmentError("winmail.dat", f"unreadable TNEF ({type(exc).__name__})") from exc
    return TnefContent(newlines(body.replace("\x00", "")), files)
