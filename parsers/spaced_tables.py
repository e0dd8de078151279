"""A table laid out with spaces, as a PDF's text layer read as laid out gives the annex's
table (or as a table pasted as aligned text shows): a header row of the annex's labels over
one row per nominee, a cell's text wrapped onto the lines below it. Rewritten as a "|"
table, one line to a row, which label_tables reads as any other.

    Name of the Task Force(s)   Last name, First name     Position in the Office   ...
                                (Mr./Mrs./Ms.)
    Legal Status Task Force;    Clarke, Rebecca (Mrs.)    Head of Legal Status     ...
    Part 7 Task Force                                     and Patent Register Team

becomes "| Name of the Task Force(s) | Last name, First name (Mr./Mrs./Ms.) | ... |" and
"| Legal Status Task Force; Part 7 Task Force | Clarke, Rebecca (Mrs.) | ... |".
"""

from __future__ import annotations

import re

from parsers.labels import classify_label
from parsers.table_cells import Cell, joined, spaced_cells

__all__ = ["join_spaced_tables"]

# A line of three cells or more parted by runs of three spaces: the cheap test that skips
# every mail holding no such line.
_GAPPED_ROW = re.compile(r"\S {3,}\S(?:[^\n]*?\S)? {3,}\S")
_MIN_COLUMNS = 3
# A header names three fields or more, one of them the person's name.
_MIN_FIELDS = 3
_NAME_FIELDS = frozenset({"full_name", "person", "last_name", "first_name"})
_MAX_HEADER_LINES = 4
_MAX_ROW_LINES = 6
_SEPARATED = re.compile(r"[|\t]")
# A username ("rr-ohughes") or an e-mail address: one word, its row's own.
_ONE_WORD = re.compile(r"[A-Za-z]{2}-[\w.-]+|[^\s@]+@[^\s@]+\.[^\s@]+")

Span = tuple[int, int]


def join_spaced_tables(text: str) -> str:
    """The text with each space-aligned annex table written as a "|" table."""
    if _GAPPED_ROW.search(text) is None:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        table = _table_at(lines, i)
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        rows, i = table
        out += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(out)


def _cells(line: str) -> list[Cell]:
    return [] if _SEPARATED.search(line) else spaced_cells(line, 0)


def _table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """The rows of a table whose header row starts at line i (its cells' texts), and the
    line after it; None when no annex header starts there."""
    if _GAPPED_ROW.search(lines[i]) is None:
        return None
    head = _cells(lines[i])
    if len(head) < _MIN_COLUMNS:
        return None
    spans = [(s, e) for _, s, e in head]
    header = [c[0] for c in head]
    j = i + 1
    # The header's labels wrapped onto the lines below: "Last name, First name" over
    # "(Mr./Mrs./Ms.)". They fill fewer cells than the row, each under its column, and
    # hold no address, as a nominee's row would.
    while j < len(lines) and j - i < _MAX_HEADER_LINES:
        cells = _cells(lines[j])
        if not 0 < len(cells) < len(head) or "@" in lines[j]:
            break
        placed = _placed(cells, spans)
        if placed is None:
            break
        header = _merged(header, placed)
        spans = _widened(spans, placed)
        j += 1
    if not _annex_header(header):
        return None
    rows = [header]
    while True:
        start = j
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines):
            break
        row = _row_at(lines, j, spans)
        if row is None:
            j = start
            break
        texts, j = row
        rows.append(texts)
    if len(rows) < 2:
        return None
    return rows, j


def _row_at(lines: list[str], j: int, spans: list[Span]) -> tuple[list[str], int] | None:
    """One nominee's row from line j, its wrapped lines joined, and the line after it."""
    first = _cells(lines[j])
    # A row fills more than half the columns; fewer is a note under the table.
    if len(first) * 2 <= len(spans) or len(first) > len(spans):
        return None
    placed = dict(enumerate(first)) if len(first) == len(spans) else _placed(first, spans)
    if placed is None:
        return None
    cells: list[Cell] = [placed.get(k, ("", s, e)) for k, (s, e) in enumerate(spans)]
    own = _widened(spans, placed)
    filled = len(placed)
    k = j + 1
    # A wrapped line follows with no blank line between and fills fewer cells than the
    # row's first line, each under one column. A username or an address where the row has
    # one already is the next nominee's: those are one word and wrap onto no next line.
    while k < len(lines) and k - j < _MAX_ROW_LINES and lines[k].strip():
        more = _cells(lines[k])
        wraps = _placed(more, own) if len(more) < filled else None
        if wraps is None or any(
            _ONE_WORD.fullmatch(cell[0]) and _ONE_WORD.fullmatch(cells[column][0])
            for column, cell in wraps.items()
        ):
            break
        for column, cell in wraps.items():
            cells[column] = joined(cells[column], cell)
        k += 1
    return [c[0] for c in cells], k


def _placed(cells: list[Cell], spans: list[Span]) -> dict[int, Cell] | None:
    """Each cell's column: the one column its text overlaps, left to right; None when a
    cell overlaps none or two, or two cells fall in one column."""
    out: dict[int, Cell] = {}
    last = -1
    for cell in cells:
        hits = [k for k, (s, e) in enumerate(spans) if cell[1] < e and s < cell[2]]
        if len(hits) != 1 or hits[0] <= last:
            return None
        last = hits[0]
        out[last] = cell
    return out


def _merged(header: list[str], placed: dict[int, Cell]) -> list[str]:
    return [
        joined((text, 0, 0), placed[k])[0] if k in placed else text for k, text in enumerate(header)
    ]


def _widened(spans: list[Span], placed: dict[int, Cell]) -> list[Span]:
    """The columns' spans widened by the cells placed in them, never over a neighbour."""
    out = list(spans)
    for k, (_, s, e) in placed.items():
        start, end = min(out[k][0], s), max(out[k][1], e)
        if k:
            start = max(start, out[k - 1][1])
        if k + 1 < len(out):
            end = min(end, out[k + 1][0])
        out[k] = (start, end)
    return out


def _annex_header(header: list[str]) -> bool:
    """A header row of the annex's labels: three fields or more, the name among them, and
    at most one cell no label."""
    kinds = [classify_label(text) for text in header]
    fields = {k.field for k in kinds if k is not None}
    unnamed = sum(k is None for k in kinds)
    return len(fields) >= _MIN_FIELDS and bool(fields & _NAME_FIELDS) and unnamed <= 1
