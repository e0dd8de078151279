""".docx text with python-docx, reading only the main document part when the package is plain."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import docx
from docx.document import Document
from docx.opc import pkgreader
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PACKAGE_URI
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from parsers.content_controls import settle_form_fields
from parsers.html import CELL_SEPARATOR
from parsers.word_headers import letterhead_lines

__all__ = ["document_text"]

# What python-docx reads as text, by tag: a paragraph's runs and hyperlinks, a run's text,
# tabs, breaks and hyphens (each element's own __str__ gives its text), a cell's paragraphs.
_P = qn("w:p")
_RUN = qn("w:r")
# Runs wrapped in these read as the paragraph's own: a link, a field, a tracked insertion
# or move (Word's "Track Changes": the document as changed counts). A tracked deletion
# (w:del, w:moveFrom) holds w:delText, never read.
_RUN_GROUPS = frozenset(
    qn(f"w:{tag}") for tag in ("hyperlink", "ins", "moveTo", "smartTag", "fldSimple")
)
_RUN_TEXT = frozenset(qn(f"w:{tag}") for tag in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab"))
# Run groups nest (a link inside an insertion); deeper than this is no Word document's.
_MAX_NESTING = 8
# The readers docx.Document() itself uses for content types and relationships (untyped).
_OPC: Any = pkgreader
# Text extraction never touches the part a Document belongs to.
_NO_PART: Any = None


def _main_document(archive: zipfile.ZipFile) -> Any | None:
    """The main document as python-docx builds it, without loading the other parts.

    docx.Document() reads and parses every part the package relationships reach: a
    Word-made styles.xml alone is 40-350 kB of XML, several times the cost of the
    text. Here the same relationship walk only checks that each part exists and has a
    content type, and the main part alone is parsed. None whenever the package is not
    plain (a missing part or type, several main documents, anything raising), so the
    caller falls back to docx.Document() and keeps its result and its errors.
    """
    try:
        names = set(archive.namelist())
        types = _OPC._ContentTypeMap.from_xml(archive.read("[Content_Types].xml"))
        main: list[Any] = []
        pending, seen = [PACKAGE_URI], {PACKAGE_URI}
        while pending:
            source = pending.pop()
            rels_name = source.rels_uri.membername
            rels = _OPC._SerializedRelationships.load_from_xml(
                source.baseURI, archive.read(rels_name) if rels_name in names else None
            )
            internal = [rel for rel in rels if not rel.is_external]
            if source is PACKAGE_URI:
                if len({rel.rId for rel in rels}) != len(list(rels)):
                    return None  # duplicate ids: python-docx keeps the last of each
                main = [
                    r.target_partname
                    for r in internal
                    if r.reltype == RELATIONSHIP_TYPE.OFFICE_DOCUMENT
                ]
            for rel in internal:
                part = rel.target_partname
                if part.membername not in names:
                    return None
                types[part]  # raises KeyError, as python-docx does, for a part without a type
                if part not in seen:
                    seen.add(part)
                    pending.append(part)
        if len(main) != 1 or types[main[0]] != CONTENT_TYPE.WML_DOCUMENT_MAIN:
            return None
        return Document(parse_xml(archive.read(main[0].membername)), _NO_PART)
    except Exception:  # any oddity: python-docx opens it the usual way
        return None


def _run_text(run: Any) -> str:
    return "".join(str(child) for child in run if child.tag in _RUN_TEXT)


def _paragraph_text(paragraph: Any, depth: int = 0) -> str:
    """Paragraph.text without its XPath queries (the same child elements, in order), with
    the runs of tracked insertions too."""
    parts: list[str] = []
    for child in paragraph:
        if child.tag == _RUN:
            parts.append(_run_text(child))
        elif child.tag in _RUN_GROUPS and depth < _MAX_NESTING:
            parts.append(_paragraph_text(child, depth + 1))
    return "".join(parts)


def _cell_text(cell: Any) -> str:
    """_Cell.text: its own paragraphs, one a line."""
    return "\n".join(_paragraph_text(p) for p in cell._tc if p.tag == _P)


def _upper_storey(row: list[Any], below: list[Any]) -> bool:
    """The upper row of a two-storey header ("WIPO Account" over "Username | E-mail", the
    other headings merged down over both rows): python-docx repeats a cell merged down in
    the row below, so the lower row alone names every column, as in html.py."""
    spans_rows = spans_columns = False
    for upper, lower in zip(row, below, strict=False):
        if upper._tc is lower._tc:
            spans_rows = True
        elif sum(cell._tc is upper._tc for cell in row) > 1 and _cell_text(upper).strip():
            spans_columns = True
    return spans_rows and spans_columns


def document_text(archive: zipfile.ZipFile, data: bytes) -> str:
    """Paragraphs and tables of a .docx in document order; a table row per line."""
    document = _main_document(archive)
    if document is None:
        document = docx.Document(io.BytesIO(data))
    settle_form_fields(document.element)
    # The letterhead Word keeps in the page header heads the letter, as on paper: often
    # the only place a letter names its office ("The Office is pleased to nominate").
    lines = letterhead_lines(archive, document.element.body, _paragraph_text)
    if lines:
        lines.append("")
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            lines.append("")
            rows = [row.cells for row in block.rows]
            for r, row_cells in enumerate(rows):
                if r < 2 and r + 1 < len(rows) and _upper_storey(row_cells, rows[r + 1]):
                    continue
                seen: list[object] = []
                cells: list[str] = []
                for cell in row_cells:
                    # A merged cell is returned once per grid column it spans.
                    if any(cell._tc is s for s in seen):
                        continue
                    seen.append(cell._tc)
                    cells.append(" ".join(_cell_text(cell).split()))
                if any(cells):
                    lines.append(CELL_SEPARATOR.join(cells).rstrip())
            lines.append("")
        else:
            lines.append(_paragraph_text(block._p))
    return "\n".join(lines).strip()
