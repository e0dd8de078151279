"""The cells of a table typed as text: what parts them ("|", tabs, ";", runs of spaces) and
how a cell wrapped onto the next line joins the cell above it."""

from __future__ import annotations

import re

__all__ = [
    "GRID_RULE",
    "MAX_LABEL_INDENT",
    "MIN_SEPARATORS",
    "MIN_SIDE_TABS",
    "Cell",
    "cell_separator",
    "continues",
    "join_rows",
    "joined",
    "spaced_cells",
]

MIN_SEPARATORS = 3  # four cells or more
# A label and two nominees' values: the narrowest table turned on its side.
MIN_SIDE_TABS = 2
# "+-----+------+" or "+=====+======+": a rule of a table drawn in text, between its rows.
GRID_RULE = re.compile(r"[ \t]*\+(?:[-=:]+\+)+[ \t]*")
# Cells of a row laid out with spaces: parted by three spaces or more.
_SPACED_CELL = re.compile(r"\S+(?: {1,2}\S+)*")
# Han, kana and CJK punctuation ("、", "（"), full-width forms included.
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# A table's label column starts at the margin, or nearly.
MAX_LABEL_INDENT = 4

Cell = tuple[str, int, int]


def joined(above: Cell, below: Cell) -> Cell:
    """A cell wrapped onto the next row: "начальник отдела" + "информационных технологий",
    "信息技术处" + "工程师"."""
    if not below[0]:
        return above
    if not above[0]:
        return below
    glue = (
        ""
        if above[0][-1] in "-@._/"
        or below[0][0] in "@."
        # Chinese and Japanese write no spaces: "信息技术处" + "工程师" is one post.
        or (_CJK.match(above[0][-1]) and _CJK.match(below[0][0]))
        else " "
    )
    return (above[0] + glue + below[0], above[1], below[2])


def join_rows(rows: list[list[Cell]]) -> list[Cell]:
    """The lines of one table row, each cell joined with the cells below it."""
    out = list(rows[0])
    for row in rows[1:]:
        for k, cell in enumerate(row):
            if k < len(out):
                out[k] = joined(out[k], cell)
            else:
                out.append(cell)
    return out


def continues(row: list[Cell], above: list[Cell]) -> bool:
    """A row that only wraps some cells of the row above: its first cell empty, and fewer
    cells filled than half of the row and than the row above."""
    filled = sum(bool(c[0]) for c in row)
    return (
        bool(row)
        and not row[0][0]
        and filled > 0
        and filled * 2 < len(row)
        and filled < sum(bool(c[0]) for c in above)
    )


def cell_separator(line: str) -> str | None:
    """What splits a line into table cells: "|", else tabs or ";" between four or more cells;
    tabs between three cells may be a table with labels down its first column."""
    if "|" in line:
        return "|"
    tabs = line.count("\t")
    if tabs >= MIN_SEPARATORS:
        return "\t"
    if line.count(";") >= MIN_SEPARATORS:
        return ";"
    if tabs >= MIN_SIDE_TABS:
        return "\t"
    return None


def spaced_cells(line: str, start: int) -> list[Cell]:
    """The cells of a line laid out with spaces, with their offsets from start."""
    return [(m.group(), start + m.start(), start + m.end()) for m in _SPACED_CELL.finditer(line)]
