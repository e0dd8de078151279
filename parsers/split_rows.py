"""Rows of a tab-separated table that the mail client broke over several lines: a long
cell (a post, a unit's name) wrapped at a space, so that one person's row runs on over two
lines or more, each short of the table's cells. A break inside a cell adds one cell to the
pieces' count: a row spread over k lines whose cells add up to the table's width plus k - 1
is one row. Two people's rows are never joined: a piece that opens as the table's rows open
(a row number, a title) or gives a second address starts a row of its own.
"""

from __future__ import annotations

import re

from parsers.normalize import normalize_title

__all__ = ["split_rows"]

# A row is cut into at most this many lines.
_MAX_ROW_LINES = 6
_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")


def _cells(line: str) -> list[str]:
    return line.rstrip(" \r").split("\t")


def _opening(cell: str) -> str | None:
    """How a row's first cell opens a row: with its number or a title."""
    cell = cell.strip()
    if _ROW_NUMBER.fullmatch(cell):
        return "number"
    if cell and normalize_title(cell):
        return "title"
    return None


def split_rows(lines: list[str], width: int) -> dict[int, int]:
    """For each row of the table `lines` broken over several lines: its first line's index
    and how many lines it spans. `width` is the table's cell count (its header's)."""
    # How the table's whole rows (the header aside) open; none seen: either way counts.
    whole = {_opening(_cells(line)[0]) for line in lines[1:] if len(_cells(line)) == width}
    openings = {o for o in whole if o is not None} or {"number", "title"}
    out: dict[int, int] = {}
    k = 0
    while k < len(lines):
        span = _row_span(lines, k, width, openings)
        if span > 1:
            out[k] = span
        k += span
    return out


def _row_span(lines: list[str], start: int, width: int, openings: set[str]) -> int:
    first = lines[start]
    count = len(_cells(first))
    if "\t" not in first or count >= width:
        return 1
    address = "@" in first
    end = start + 1
    while end < len(lines) and end - start < _MAX_ROW_LINES:
        line = lines[end]
        cells = _cells(line)
        if (
            not line.strip()
            or len(cells) >= width
            or _opening(cells[0]) in openings
            or (address and "@" in line)
        ):
            return 1
        address = address or "@" in line
        count += len(cells) - 1
        if count == width:
            return end - start + 1
        if count > width:
            return 1
        end += 1
    return 1
