"""The rows of an .xlsx workbook as text, a cell merged down over several rows given to each.

A sheet keeps the value of merged cells in their top-left cell only; the others read empty.
A value merged down (an office, a task force over the rows of its members) belongs to every
row it covers, as a cell spanning rows does in html.py and word.py. The upper row of a
two-storey header ("WIPO Account" merged across over "Username | E-mail", the other headings
merged down over both rows) is left out: the lower row, filled down, names every column.

Only what the sheet shows is read, as html.py reads only what a browser shows: a hidden sheet
(the lists a form's drop-down cells choose from), hidden rows and columns (helper columns a
formula reads) and text struck through (a row withdrawn) are left out. A formula cell reads
as the value Excel last showed for it.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import openpyxl
from openpyxl.utils.cell import range_boundaries

from parsers.html import CELL_SEPARATOR

__all__ = ["workbook_text"]

# "<mergeCell ref="B3:B6"/>", with or without a namespace prefix.
_MERGE = re.compile(
    rb"<(?:\w+:)?mergeCell\s[^>]*?\bref=\"([A-Z]{1,3}[0-9]{1,7}:[A-Z]{1,3}[0-9]{1,7})\""
)
_MAX_MERGES = 10_000
# "<col min="6" max="7" hidden="1"/>" and "<row r="5" hidden="1">": columns and rows hidden.
_COLUMN = re.compile(rb"<(?:\w+:)?col\s([^>]*)>")
_ROW = re.compile(rb"<(?:\w+:)?row\s([^>]*)>")
_HIDDEN = re.compile(rb"\bhidden\s*=\s*[\"'](?:1|true)[\"']")
_MIN = re.compile(rb"\bmin\s*=\s*[\"']([0-9]{1,5})[\"']")
_MAX = re.compile(rb"\bmax\s*=\s*[\"']([0-9]{1,5})[\"']")
_ROW_NUMBER = re.compile(rb"\br\s*=\s*[\"']([0-9]{1,7})[\"']")
_MAX_COLUMNS = 16_384  # Excel's last column, XFD
_SHOWN = "visible"
# A two-storey header is among a sheet's first rows, under its title row at most.
_MAX_ROWS_ABOVE_HEADER = 1

Bounds = tuple[int, int, int, int]  # first column, first row, last column, last row (1-based)


def _sheet_xml(archive: zipfile.ZipFile, sheet: Any) -> bytes:
    """The sheet's XML part. A read-only worksheet parses neither its merges nor its hidden
    rows and columns; its part name is the private attribute openpyxl reads it from."""
    path = getattr(sheet, "_worksheet_path", None)
    if not isinstance(path, str) or path not in archive.namelist():
        return b""
    return archive.read(path)


def _merges(xml: bytes) -> list[Bounds]:
    """The merged ranges a sheet's XML lists."""
    start = xml.find(b"mergeCells")
    if start < 0:
        return []
    out: list[Bounds] = []
    for match in _MERGE.finditer(xml, start):
        first_col, first_row, last_col, last_row = range_boundaries(match.group(1).decode())
        if first_col and first_row and last_col and last_row:
            out.append((first_col, first_row, last_col, last_row))
        if len(out) >= _MAX_MERGES:
            break
    return out


def _hidden_columns(xml: bytes) -> set[int]:
    """The columns (1-based) the sheet hides; they come before its rows."""
    head = xml[: xml.find(b"sheetData")] if b"sheetData" in xml else xml
    out: set[int] = set()
    for match in _COLUMN.finditer(head):
        attributes = match.group(1)
        low, high = _MIN.search(attributes), _MAX.search(attributes)
        if _HIDDEN.search(attributes) is None or low is None:
            continue
        first = int(low.group(1))
        last = min(int(high.group(1)) if high else first, _MAX_COLUMNS)
        out.update(range(first, last + 1))
    return out


def _hidden_rows(xml: bytes, max_rows: int) -> set[int]:
    """The rows (1-based) the sheet hides, among the first max_rows."""
    out: set[int] = set()
    for match in _ROW.finditer(xml):
        attributes = match.group(1)
        number = _ROW_NUMBER.search(attributes)
        if number is None:
            continue
        if int(number.group(1)) > max_rows:
            break
        if _HIDDEN.search(attributes) is not None:
            out.add(int(number.group(1)))
    return out


def _struck(cell: Any) -> bool:
    """Is the cell's text struck through (its font, not a run inside it)?"""
    if getattr(cell, "value", None) is None or not getattr(cell, "has_style", False):
        return False
    try:
        return bool(cell.font.strike)
    except (AttributeError, IndexError, KeyError):
        return False


def _cell(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def _sheet_lines(sheet: Any, xml: bytes, max_rows: int) -> list[str]:
    merges = _merges(xml)
    hidden_columns = _hidden_columns(xml)
    hidden_rows = _hidden_rows(xml, max_rows)
    starts: dict[int, list[Bounds]] = {}
    for bounds in merges:
        starts.setdefault(bounds[1], []).append(bounds)
    # Column -> (value, last row covered) of a cell merged down.
    carry: dict[int, tuple[str, int]] = {}
    lines: list[str] = []
    for number, row in enumerate(sheet.iter_rows(min_row=1, min_col=1), 1):
        if number > max_rows:
            lines.append(f"[more than {max_rows} rows; rest not read]")
            break
        struck = [_struck(c) for c in row]
        # A row struck through in full is withdrawn, with what is merged down over it.
        withdrawn = any(struck) and all(
            s or getattr(c, "value", None) is None for c, s in zip(row, struck, strict=True)
        )
        cells = [
            "" if s else _cell(getattr(c, "value", None)) for c, s in zip(row, struck, strict=True)
        ]
        for column, (value, last) in list(carry.items()):
            if number > last:
                del carry[column]
                continue
            cells.extend([""] * (column - len(cells)))
            if not cells[column - 1]:
                cells[column - 1] = value
        spans_rows = spans_columns = False
        for first_col, _, last_col, last_row in starts.get(number, ()):
            top = cells[first_col - 1] if first_col <= len(cells) else ""
            if last_row > number:
                spans_rows = True
                carry[first_col] = (top, last_row)
            if last_col > first_col and top:
                spans_columns = True
        if withdrawn or number in hidden_rows:
            continue
        if hidden_columns:
            cells = [c for i, c in enumerate(cells, 1) if i not in hidden_columns]
        while cells and not cells[-1]:
            cells.pop()
        if not any(cells):
            continue
        if spans_rows and spans_columns and len(lines) <= _MAX_ROWS_ABOVE_HEADER:
            continue
        lines.append(CELL_SEPARATOR.join(cells))
    return lines


def workbook_text(archive: zipfile.ZipFile, data: bytes, *, max_rows: int) -> str:
    """Every non-empty row of every sheet under its "[title]", cells joined by " | "."""
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    lines: list[str] = []
    try:
        sheets = list(workbook.worksheets)
        # A hidden sheet is the form's machinery (the lists its drop-down cells offer), unless
        # no sheet is shown at all.
        shown = [s for s in sheets if getattr(s, "sheet_state", _SHOWN) == _SHOWN] or sheets
        for sheet in shown:
            lines.append(f"[{sheet.title}]")
            lines.extend(_sheet_lines(sheet, _sheet_xml(archive, sheet), max_rows))
    finally:
        workbook.close()
    return "\n".join(lines)
