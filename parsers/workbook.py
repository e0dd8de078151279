"""The rows of an .xlsx workbook as text, a cell merged down over several rows given to each.

A sheet keeps the value of merged cells in their top-left cell only; the others read empty.
A value merged down (an office, a task force over the rows of its members) belongs to every
row it covers, as a cell spanning rows does in html.py and word.py. The upper row of a
two-storey header ("WIPO Account" merged across over "Username | E-mail", the other headings
merged down over both rows) is left out: the lower row, filled down, names every column.
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
# A two-storey header is among a sheet's first rows, under its title row at most.
_MAX_ROWS_ABOVE_HEADER = 1

Bounds = tuple[int, int, int, int]  # first column, first row, last column, last row (1-based)


def _merges(archive: zipfile.ZipFile, sheet: Any) -> list[Bounds]:
    """The merged ranges a sheet's XML lists. A read-only worksheet does not parse them;
    its part name is the private attribute openpyxl reads it from (none: no merges)."""
    path = getattr(sheet, "_worksheet_path", None)
    if not isinstance(path, str) or path not in archive.namelist():
        return []
    xml = archive.read(path)
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


def _cell(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def _sheet_lines(sheet: Any, merges: list[Bounds], max_rows: int) -> list[str]:
    starts: dict[int, list[Bounds]] = {}
    for bounds in merges:
        starts.setdefault(bounds[1], []).append(bounds)
    # Column -> (value, last row covered) of a cell merged down.
    carry: dict[int, tuple[str, int]] = {}
    lines: list[str] = []
    for number, row in enumerate(sheet.iter_rows(min_row=1, min_col=1, values_only=True), 1):
        if number > max_rows:
            lines.append(f"[more than {max_rows} rows; rest not read]")
            break
        cells = [_cell(v) for v in row]
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
        for sheet in workbook.worksheets:
            lines.append(f"[{sheet.title}]")
            lines.extend(_sheet_lines(sheet, _merges(archive, sheet), max_rows))
    finally:
        workbook.close()
    return "\n".join(lines)
