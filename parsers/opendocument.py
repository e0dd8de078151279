"""OpenDocument text (.odt) and spreadsheet (.ods) attachments to text, with odfdo.

LibreOffice and the government desktops built on it save the annex as .odt or .ods. The
text comes out as the .docx and .xlsx readers give theirs: paragraphs in document order,
a table row per line with its cells joined by CELL_SEPARATOR. A form's controls (a text
box, a check box, a list) keep what they show apart from the text, in office:forms; each
is read where the text anchors it, as a Word form's fields are: a check box ☒ or ☐.
"""

from __future__ import annotations

import io
import zipfile

import odfdo
from odfdo.body import Spreadsheet
from odfdo.element import Element

from parsers.html import CELL_SEPARATOR

__all__ = ["opendocument_text"]

_PARAGRAPHS = frozenset({"text:p", "text:h"})
# Containers whose children are read in order, as if they were the body's own.
_BLOCKS = frozenset(
    {"text:section", "text:list", "text:list-item", "text:list-header", "table:table-cell"}
)
_ROW_GROUPS = frozenset({"table:table-header-rows", "table:table-rows", "table:table-row-group"})
_CELLS = frozenset({"table:table-cell", "table:covered-table-cell"})
# A spreadsheet marks its unused rest as one row or cell "repeated" a million times;
# repeats are written out only while they hold text, and this many at most.
_MAX_REPEAT = 50
_LISTS = frozenset({"form:listbox", "form:combobox"})


def _repeat(element: Element, attribute: str) -> int:
    try:
        count = int(element.get_attribute_string(attribute) or 1)
    except ValueError:
        return 1
    return max(1, min(count, _MAX_REPEAT))


def _attribute(element: Element, name: str) -> str:
    return element.get_attribute_string(name) or ""


def _shown(control: Element) -> str:
    """What a form control shows: a text box's text, a check box's state and label, a
    list's chosen options."""
    label = _attribute(control, "form:label")
    if control.tag == "form:checkbox":
        state = _attribute(control, "form:current-state") or _attribute(control, "form:state")
        return f"{'☒' if state == 'checked' else '☐'} {label}".strip()
    value = _attribute(control, "form:current-value") or _attribute(control, "form:value")
    if control.tag in _LISTS and not value:
        chosen = [
            _attribute(o, "form:label") or _attribute(o, "form:value")
            for o in control.get_elements("form:option")
            if _attribute(o, "form:current-selected") == "true"
            or _attribute(o, "form:selected") == "true"
        ]
        value = ", ".join(c for c in chosen if c)
    return value


def _controls(body: Element) -> dict[str, str]:
    """What each of the document's form controls shows, by its id."""
    shown: dict[str, str] = {}
    for control in body.get_elements("office:forms//form:*"):
        key = _attribute(control, "form:id") or _attribute(control, "xml:id")
        if key and control.tag not in ("form:form", "form:option", "form:properties"):
            shown[key] = _shown(control)
    return shown


def _paragraph(element: Element, controls: dict[str, str]) -> str:
    # odfdo's str() turns text:s, text:tab and text:line-break into their characters.
    text = str(element).rstrip("\n")
    if controls:
        # The form controls anchored in the paragraph, after its text ("Nom : [LAMBERT]").
        shown = [
            controls.get(_attribute(c, "draw:control"), "")
            for c in element.get_elements("descendant::draw:control")
        ]
        text = " ".join([text.rstrip(), *(s for s in shown if s)]) if any(shown) else text
    return text


def _cell_text(cell: Element, budget: list[int], controls: dict[str, str]) -> str:
    return " ".join("\n".join(_block_lines(cell, budget, controls)).split())


def _rows(table: Element) -> list[Element]:
    rows: list[Element] = []
    for child in table.children:
        if child.tag == "table:table-row":
            rows.append(child)
        elif child.tag in _ROW_GROUPS:
            rows.extend(_rows(child))
    return rows


def _table_lines(table: Element, budget: list[int], controls: dict[str, str]) -> list[str]:
    lines = [""]
    for row in _rows(table):
        cells: list[str] = []
        for cell in row.children:
            if cell.tag in _CELLS:
                text = _cell_text(cell, budget, controls)
                cells.extend(
                    [text] * (_repeat(cell, "table:number-columns-repeated") if text else 1)
                )
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        for _ in range(_repeat(row, "table:number-rows-repeated")):
            if budget[0] <= 0:
                lines.append("[more rows; rest not read]")
                return lines
            budget[0] -= 1
            lines.append(CELL_SEPARATOR.join(cells))
    lines.append("")
    return lines


def _block_lines(parent: Element, budget: list[int], controls: dict[str, str]) -> list[str]:
    """The text of `parent`'s paragraphs, lists, sections and tables; `budget` counts rows
    left; `controls` is what each form control shows."""
    lines: list[str] = []
    for child in parent.children:
        if child.tag in _PARAGRAPHS:
            lines.append(_paragraph(child, controls))
        elif child.tag == "table:table":
            table = _table_lines(child, budget, controls)
            title = child.get_attribute_string("table:name")
            if title and isinstance(parent, Spreadsheet) and any(table):
                lines.append(f"[{title}]")  # a sheet's name, as the .xlsx reader gives it
            lines.extend(table)
        elif child.tag in _BLOCKS:
            lines.extend(_block_lines(child, budget, controls))
    return lines


def opendocument_text(archive: zipfile.ZipFile, data: bytes, *, max_rows: int) -> str:
    """Paragraphs and tables of an .odt or .ods in document order; a table row per line.

    `archive` is the zip container, its directory already checked by the caller; at most
    `max_rows` table rows are read.
    """
    if "content.xml" not in archive.namelist():
        raise ValueError("no content.xml: not an OpenDocument file")
    document = odfdo.Document(io.BytesIO(data))
    body = document.body
    return "\n".join(_block_lines(body, [max_rows], _controls(body))).strip()
