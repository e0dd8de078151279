"""Attachment text: docx/xlsx/pdf/rtf/html/txt, Outlook winmail.dat, and refusals (zip bombs, junk)."""

from __future__ import annotations

import io
import struct
import zipfile
from copy import deepcopy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest

from parsers import attachments
from parsers.attachments import extract_text, read_msg, read_tnef
from parsers.errors import ArchiveBombError, AttachmentError
from parsers.mime import read_message
from parsers.models import ParseOptions

OPTIONS = ParseOptions()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "real"


def make_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Nomination to the CWS task forces (C. CWS 175)")
    table = document.add_table(rows=3, cols=4)
    rows = [
        ("Last name", "First name", "Username", "E-mail"),
        ("Smith", "John", "ca-jsmith", "js@example.org"),
        ("Dupont", "Marie", "fr-mdupont", "md@example.org"),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    merged = document.add_table(rows=1, cols=3)
    merged.rows[0].cells[0].merge(merged.rows[0].cells[1]).text = "Task force"
    merged.rows[0].cells[2].text = "XML4IP"
    document.add_paragraph("Best regards")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Nominees"
    sheet.append(["Last name", "First name", "Position", None])
    sheet.append(["Иванов", "Иван", "Head of division"])
    sheet.append([])
    sheet.append(["李", "明", 42])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def make_pdf(pages: list[str]) -> bytes:
    """A minimal valid PDF (one Helvetica text line per page), written by hand."""
    count = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    font = 3 + 2 * count
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
    ]
    for i, text in enumerate(pages):
        stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    # MS-OXTNEF 2.1.3.1: level, attribute id (name + type), length, data, 16-bit checksum.
    return (
        struct.pack("<BHHI", level, name, kind, len(data))
        + data
        + struct.pack("<H", sum(data) & 0xFFFF)
    )


def make_tnef(body: bytes, files: list[tuple[bytes, bytes]]) -> bytes:
    out = struct.pack("<IH", 0x223E9F78, 0x0101)
    out += tnef_object(1, 0x9007, 0x0006, struct.pack("<II", 1252, 0))  # attOemCodepage
    out += tnef_object(1, 0x800C, 0x0002, body)  # attBody
    for name, data in files:
        out += tnef_object(2, 0x9002, 0x0006, b"\x00" * 14)  # attAttachRendData
        out += tnef_object(2, 0x8010, 0x0001, name + b"\x00")  # attAttachTitle
        out += tnef_object(2, 0x800F, 0x0006, data)  # attAttachData
    return out


RTF = (
    rb"{\rtf1\ansi\ansicpg1251{\fonttbl{\f0 Arial;}}{\*\generator Word;}\f0 "
    rb"\'cf\'f0\'e8\'e2\'e5\'f2\par Last name\cell Smith\cell\row {\uc1\u1048?\u1074?\u1072?\u1085?}\par}"
)
HTML = b"<html><body><p>Nominee</p><table><tr><td>Last name</td><td>Smith</td></tr></table></body></html>"


@pytest.mark.parametrize(
    ("filename", "content_type", "data", "expected"),
    [
        (
            "nomination.docx",
            DOCX,
            make_docx(),
            [
                "Nomination to the CWS task forces (C. CWS 175)",
                "Last name | First name | Username | E-mail",
                "Smith | John | ca-jsmith | js@example.org",
                "Task force | XML4IP",
                "Best regards",
            ],
        ),
        # Word files often arrive as application/octet-stream; the extension decides.
        (
            "NOMINATION.DOCX",
            "application/octet-stream",
            make_docx(),
            ["Dupont | Marie | fr-mdupont | md@example.org"],
        ),
        (
            "nominees.xlsx",
            XLSX,
            make_xlsx(),
            [
                "[Nominees]",
                "Last name | First name | Position",
                "Иванов | Иван | Head of division",
                "李 | 明 | 42",
            ],
        ),
        (
            "form.pdf",
            "application/pdf",
            make_pdf(["Last name: Smith", "Username: ca-jsmith"]),
            ["Last name: Smith", "Username: ca-jsmith"],
        ),
        ("letter", "application/pdf", make_pdf(["By content type"]), ["By content type"]),
        ("letter.rtf", "application/rtf", RTF, ["Привет", "Last name | Smith |", "Иван"]),
        ("table.html", "text/html", HTML, ["Last name | Smith"]),
        (
            "notes.txt",
            "text/plain",
            "Фамилия: Иванов\r\nИмя: Иван".encode("cp1251"),
            ["Фамилия: Иванов", "Имя: Иван"],
        ),
        # A CSV file reads as a sheet: its cells joined like a workbook's.
        ("list.csv", "text/csv", b"Smith;John\nDupont;Marie\n", ["Smith | John", "Dupont | Marie"]),
    ],
)
def test_text_extraction(
    filename: str, content_type: str, data: bytes, expected: list[str]
) -> None:
    text, error = extract_text(filename, content_type, data, OPTIONS)
    assert error is None
    assert text is not None
    lines = text.splitlines()
    for line in expected:
        assert line in lines, (line, lines)


def _docx_replacing(data: bytes, member: str, content: bytes | None) -> bytes:
    """`data` with one zip member's bytes replaced (None: the member left out)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info.filename, source.read(info))
            elif content is not None:
                target.writestr(info.filename, content)
    return out.getvalue()


def test_docx_main_part_alone_reads_as_the_whole_package(monkeypatch: pytest.MonkeyPatch) -> None:
    from parsers import word  # noqa: PLC0415 - imports python-docx

    data = make_docx()
    quick = extract_text("a.docx", DOCX, data, OPTIONS)
    monkeypatch.setattr(word, "_main_document", lambda archive: None)
    assert extract_text("a.docx", DOCX, data, OPTIONS) == quick
    assert quick[0] is not None
    assert "Task force | XML4IP" in quick[0].splitlines()


_RICH_BODY = (
    '<w:p><w:r><w:t xml:space="preserve">Name: </w:t><w:tab/><w:t>Jane</w:t>'
    '<w:br/><w:t>DOE</w:t><w:br w:type="page"/><w:cr/><w:noBreakHyphen/><w:ptab w:relativeTo="margin"'
    ' w:alignment="left" w:leader="none"/><w:t/></w:r>'
    '<w:hyperlink r:id="rId99"><w:r><w:t>jane@office.example</w:t></w:r></w:hyperlink>'
    '<w:ins><w:r><w:t>inserted</w:t></w:r></w:ins><w:r><w:br w:type="column"/><w:t>end</w:t></w:r></w:p>'
    "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
    '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Task</w:t></w:r></w:p>'
    "<w:p><w:r><w:t>force</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>XML4IP</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>nested</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>"
    "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>3D</w:t></w:r></w:p></w:tc></w:tr>"
    "</w:tbl>"
)


def _accepted(p: Any) -> str:
    """python-docx's Paragraph.text once each w:ins is unwrapped into the paragraph."""
    from docx.oxml.ns import qn  # noqa: PLC0415
    from docx.text.paragraph import Paragraph  # noqa: PLC0415

    copy = deepcopy(p)
    for inserted in copy.findall(qn("w:ins")):
        at = copy.index(inserted)
        copy.remove(inserted)
        for k, child in enumerate(list(inserted)):
            copy.insert(at + k, child)
    no_part: Any = None  # text never touches the story part
    return Paragraph(copy, no_part).text


def test_docx_text_reads_runs_and_cells_as_python_docx_does() -> None:
    from docx.oxml import parse_xml  # noqa: PLC0415
    from docx.oxml.ns import nsdecls  # noqa: PLC0415

    from parsers import word  # noqa: PLC0415 - imports python-docx

    document = docx.Document()
    body = document.element.body
    for element in parse_xml(f"<w:body {nsdecls('w', 'r')}>" + _RICH_BODY + "</w:body>"):
        body.insert(len(body) - 1, element)
    out = io.BytesIO()
    document.save(out)
    reread = docx.Document(io.BytesIO(out.getvalue()))
    paragraphs = [p for p in reread.paragraphs if p.text]
    assert paragraphs
    for paragraph in paragraphs:
        # python-docx's text of the paragraph with its tracked insertions accepted: Word's
        # document as changed.
        assert word._paragraph_text(paragraph._p) == _accepted(paragraph._p)
    assert "exampleinsertedend" in word._paragraph_text(paragraphs[0]._p)
    assert paragraphs[0].text.startswith("Name: \tJane\nDOE")
    cells = [cell for table in reread.tables for row in table.rows for cell in row.cells]
    assert len(cells) == 4
    for cell in cells:
        assert word._cell_text(cell) == cell.text
    text, error = extract_text("rich.docx", DOCX, out.getvalue(), OPTIONS)
    assert error is None
    assert text is not None
    assert "Task force | XML4IP" in text.splitlines()


def test_docx_with_damaged_styles_is_still_read() -> None:
    # Only the main document part is parsed; the text does not depend on the styles.
    data = _docx_replacing(make_docx(), "word/styles.xml", b"<<< not xml")
    text, error = extract_text("a.docx", DOCX, data, OPTIONS)
    assert error is None
    assert text is not None
    assert "Smith | John | ca-jsmith | js@example.org" in text.splitlines()


@pytest.mark.parametrize(
    ("member", "content", "reason"),
    [
        ("word/document.xml", b"<w:document", "unreadable (XMLSyntaxError"),
        ("word/document.xml", None, "unreadable (KeyError"),
        ("[Content_Types].xml", None, "unreadable (KeyError"),
        ("_rels/.rels", None, "unreadable (KeyError"),
    ],
)
def test_docx_without_a_readable_main_part_is_unreadable(
    member: str, content: bytes | None, reason: str
) -> None:
    data = _docx_replacing(make_docx(), member, content)
    text, error = extract_text("a.docx", DOCX, data, OPTIONS)
    assert text is None
    assert error is not None
    assert error.startswith(reason), error


def test_docx_whose_main_part_is_not_word_is_refused() -> None:
    source = zipfile.ZipFile(io.BytesIO(make_docx()))
    types = source.read("[Content_Types].xml").replace(
        b"wordprocessingml.document.main", b"spreadsheetml.sheet.main"
    )
    data = _docx_replacing(make_docx(), "[Content_Types].xml", types)
    text, error = extract_text("a.docx", DOCX, data, OPTIONS)
    assert text is None
    assert error is not None
    assert "is not a Word file" in error


def test_pdf_pages_are_capped() -> None:
    pages = [f"Page {n}" for n in range(attachments.MAX_PDF_PAGES + 5)]
    text, error = extract_text("long.pdf", "application/pdf", make_pdf(pages), OPTIONS)
    assert error is None
    assert text is not None
    assert f"Page {attachments.MAX_PDF_PAGES - 1}" in text
    assert f"Page {attachments.MAX_PDF_PAGES}\n" not in text
    assert "5 more pages not read" in text


def test_types_without_text_give_nothing() -> None:
    assert extract_text("photo.jpg", "image/jpeg", b"\xff\xd8\xff", OPTIONS) == (None, None)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("filename", "data", "options", "reason"),
    [
        # 3 MB of zeros deflate to a few kB: ratio far past any real document.
        ("bomb.docx", zip_bytes({"word/document.xml": b"\0" * 3_000_000}), OPTIONS, "zip bomb"),
        # A plausible ratio but more than the configured ceiling once unpacked.
        (
            "big.xlsx",
            zip_bytes({"xl/a.xml": bytes(range(256)) * 8_000}),
            ParseOptions(max_unpacked_bytes=1_000_000),
            "zip bomb",
        ),
        ("broken.docx", b"PK\x03\x04 not really a zip", OPTIONS, "not a valid zip"),
        ("empty.xlsx", b"", OPTIONS, "not a valid zip"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", OPTIONS, "unreadable"),
        ("garbage.pdf", b"\x00\x01\x02" * 100, OPTIONS, "unreadable"),
    ],
)
def test_refused_or_unreadable_attachments_give_a_reason(
    filename: str, data: bytes, options: ParseOptions, reason: str
) -> None:
    text, error = extract_text(filename, "application/octet-stream", data, options)
    assert text is None
    assert error is not None
    assert reason in error


def test_check_zip_raises_the_bomb_error() -> None:
    with pytest.raises(ArchiveBombError):
        attachments.check_zip(zip_bytes({"a": b"\0" * 3_000_000}), max_unpacked=10_000_000)


def test_tnef_body_and_attachments() -> None:
    data = make_tnef(
        b"Last name: Smith\r\nUsername: ca-jsmith", [(b"nominees.txt", b"Dupont | Marie")]
    )
    content = read_tnef(data)
    assert content.body == "Last name: Smith\nUsername: ca-jsmith"
    assert content.attachments == (("nominees.txt", b"Dupont | Marie"),)


def test_winmail_dat_in_a_message() -> None:
    msg = EmailMessage()
    msg["From"] = "office@example.org"
    msg["Subject"] = "Nomination"
    msg.set_content("")
    msg.add_attachment(
        make_tnef(b"Username: ca-jsmith", [(b"form.docx", make_docx())]),
        maintype="application",
        subtype="ms-tnef",
        filename="winmail.dat",
    )
    view = read_message(msg.as_bytes(), OPTIONS)
    # Outlook's RTF-only mail: the real body lives in winmail.dat.
    assert view.body_text == "Username: ca-jsmith"
    assert view.body_source == "application/ms-tnef"
    names = [a.filename for a in view.attachments]
    assert names == ["winmail.dat", "form.docx"]
    assert "Smith | John | ca-jsmith | js@example.org" in (view.attachments[1].text or "")


@pytest.mark.parametrize("data", [b"", b"not tnef at all", b"\x78\x9f\x3e\x22"])
def test_broken_tnef_is_an_attachment_error(data: bytes) -> None:
    with pytest.raises(AttachmentError):
        read_tnef(data)


def test_garbage_after_the_tnef_signature_reads_as_empty() -> None:
    content = read_tnef(b"\x78\x9f\x3e\x22\x00\x00" + b"\xff" * 40)
    assert content.body == ""
    assert content.attachments == ()


@pytest.mark.parametrize(
    "data", [b"", b"not an OLE file", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600]
)
def test_broken_msg_is_an_attachment_error(data: bytes) -> None:
    with pytest.raises(AttachmentError):
        read_msg(data)


def test_broken_attachments_do_not_break_the_message() -> None:
    msg = EmailMessage()
    msg["From"] = "office@example.org"
    msg.set_content("Nominee details attached.")
    for name, data in [
        ("a.docx", b"junk"),
        ("b.pdf", b"%PDF-junk"),
        ("c.msg", b"junk"),
        ("winmail.dat", b"junk"),
        ("d.docx", make_docx()),
    ]:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    view = read_message(msg.as_bytes(), OPTIONS)
    errors = {a.filename: a.error for a in view.attachments}
    assert all(errors[n] for n in ("a.docx", "b.pdf", "c.msg", "winmail.dat"))
    assert errors["d.docx"] is None
    assert view.body_text.strip() == "Nominee details attached."


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_real_tnef_from_the_corpus() -> None:
    # MimeKit's ukr.eml: an Outlook message whose Ukrainian text sits in winmail.dat.
    view = read_message((CORPUS / "mimekit" / "tnef" / "ukr.eml").read_bytes(), OPTIONS)
    winmail = next(a for a in view.attachments if a.filename == "winmail.dat")
    assert winmail.text is not None
    assert "шостий" in winmail.text
