"""A Word letter's page header: the letterhead its first page shows (the office's name and
address), which Word keeps in a part of its own, outside the document's text."""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import qn

__all__ = ["letterhead_lines"]

_PACKAGE_RELS = "_rels/.rels"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_R_ID = qn("r:id")
_W_TYPE = qn("w:type")
_OFF = frozenset({"0", "false", "off"})
_P = qn("w:p")
# Word saves a text box twice, as DrawingML and as a VML fallback: one copy is read.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# A letterhead is a few short lines; a header longer than this is something else (a form
# or a page of text set in the header), not read.
_MAX_LINES = 10
_MAX_LINE = 160


def _relationships(archive: zipfile.ZipFile, name: str) -> list[Any]:
    if name not in archive.namelist():
        return []
    return list(parse_xml(archive.read(name)).iter(_REL))


def _main_part(archive: zipfile.ZipFile) -> str | None:
    for rel in _relationships(archive, _PACKAGE_RELS):
        if rel.get("Type") == _OFFICE_DOCUMENT and rel.get("TargetMode") != "External":
            return posixpath.normpath(rel.get("Target", "").lstrip("/")) or None
    return None


def _first_header_id(body: Any) -> str | None:
    """The header on the first page: section one's (its w:sectPr comes first in the
    document), its title-page header when it has one, else its usual one."""
    section = next(body.iter(qn("w:sectPr")), None)
    if section is None:
        return None
    refs: dict[str, str] = {
        str(ref.get(_W_TYPE, "default")): str(ref.get(_R_ID, ""))
        for ref in section.iter(qn("w:headerReference"))
    }
    title_page = section.find(qn("w:titlePg"))
    if (
        title_page is not None
        and title_page.get(qn("w:val"), "1") not in _OFF
        and refs.get("first")
    ):
        return refs["first"]
    return refs.get("default") or None


def letterhead_lines(
    archive: zipfile.ZipFile, body: Any, paragraph_text: Callable[[Any], str]
) -> list[str]:
    """The first page header's lines, top to bottom (each paragraph's text as
    `paragraph_text` reads it, a text box's paragraphs among them); none when it is no
    letterhead."""
    try:
        return _header_lines(archive, body, paragraph_text)
    except Exception:  # a header part that will not parse: the letter's text still stands
        return []


def _header_lines(
    archive: zipfile.ZipFile, body: Any, paragraph_text: Callable[[Any], str]
) -> list[str]:
    main = _main_part(archive)
    rid = _first_header_id(body)
    if main is None or rid is None:
        return []
    folder, name = posixpath.split(main)
    target = next(
        (
            rel.get("Target", "")
            for rel in _relationships(archive, posixpath.join(folder, "_rels", f"{name}.rels"))
            if rel.get("Id") == rid and rel.get("Type") == _HEADER
        ),
        None,
    )
    if not target:
        return []
    part = posixpath.normpath(
        target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    )
    if part not in archive.namelist():
        return []
    header = parse_xml(archive.read(part))
    lines: list[str] = []
    for paragraph in header.iter(_P):
        if any(a.tag == _FALLBACK for a in paragraph.iterancestors()):
            continue
        text = " ".join(paragraph_text(paragraph).split())
        if text:
            lines.append(text)
    if len(lines) > _MAX_LINES or any(len(line) > _MAX_LINE for line in lines):
        return []
    return lines
