"""Tables turned on their side: a column of labels down the left, each further column one
nominee ("Apellidos | Sepúlveda Araya | Muñoz Contreras"), split by "|", tabs, or only
spaces (a PDF page read as laid out, a table typed in a fixed font).
"""

from __future__ import annotations

from parsers.example_rows import is_example_row
from parsers.labels import LabelKind, classify_label
from parsers.models import TaskForceCatalog
from parsers.nominee_drafts import NomineeDrafts
from parsers.table_cells import (
    MAX_LABEL_INDENT,
    MIN_SIDE_TABS,
    Cell,
    cell_separator,
    join_rows,
    joined,
    spaced_cells,
)
from parsers.taskforces import find_task_forces

__all__ = ["SideTables", "side_labels"]

# A table on its side names this many fields or more down its first column.
_MIN_SIDE_FIELDS = 3


def _column_headings(row: list[Cell]) -> bool:
    """A row that only numbers the nominee columns ("Nominee 1 | Nominee 2", "Representante 1 |
    Representante 2"): no nominee's values, though each cell reads as a person label."""
    cells = [c[0] for c in row[1:] if c[0]]
    return bool(cells) and all(
        (kind := classify_label(cell)) is not None and kind.field == "person" for cell in cells
    )


def side_labels(
    first: list[LabelKind | None], rows: list[list[Cell]], catalog: TaskForceCatalog
) -> bool:
    """Whether tab-separated rows are a table turned on its side: labels of several fields
    down the first column of nearly every row, most of them with a value in two columns or
    more. A column of row numbers or of task forces ("XML4IP Task Force" reads as a label
    too), or "Name:<TAB><TAB>value" lines aligned with tabs, is none."""
    labelled = [
        (kind, row)
        for kind, row in zip(first, rows, strict=True)
        if kind and kind.field != "ignore" and not find_task_forces(row[0][0], catalog)
    ]
    fields = {kind.field for kind, _ in labelled}
    several = sum(sum(bool(c[0]) for c in row[1:]) >= 2 for _, row in labelled)
    return (
        len(fields) >= _MIN_SIDE_FIELDS
        and len(labelled) * 3 >= len(rows) * 2
        and several * 2 > len(labelled)
    )


class SideTables(NomineeDrafts):
    """Nominee drafts read from tables on their side."""

    def __init__(self, text: str, catalog: TaskForceCatalog, source: str) -> None:
        super().__init__(text, catalog, source)
        # A block of "|" lines that is no table is not retried from each of its later lines
        # (the tail of a "Analyst | Analyste" bilingual signature would pass for one).
        self._no_table_until = 0

    def _side_columns(self, first: list[LabelKind | None], rows: list[list[Cell]]) -> None:
        """A table on its side: each column after the labels is one nominee."""
        width = max(len(r) for r in rows)
        headings = [_column_headings(r) for r in rows]
        for column in range(1, max(width, 2)):
            if width > 2 and is_example_row([r[column][0] for r in rows if column < len(r)]):
                continue  # the template's example column ("Example | Smith | John ...")
            for kind, row, heading in zip(first, rows, headings, strict=True):
                if kind and not heading and column < len(row) and row[column][0]:
                    value, s, e = row[column]
                    self._apply(kind, value, s, e, "table")
            if width > 2:
                self._next_draft()

    def spaced_side_table(self, i: int) -> int:
        """Read a table on its side whose columns only spaces keep apart, from line i (a PDF
        page read as laid out, a table typed in a fixed font): the lines consumed, 0 if none.

        "Apellidos     Sepúlveda Araya     Muñoz Contreras": a label, then one cell per
        nominee, each cell starting near the column of the widest row's cell; a line whose
        label column is empty, right under a row, wraps that row's cells.
        """
        n = len(self.lines.spans)
        rows: list[list[Cell]] = []
        anchors: list[int] = []
        j = i
        while j < n:
            line = self.lines.line(j)
            if not line.strip():
                j += 1
                continue
            if cell_separator(line) is not None:
                break  # a "|" or tab table of its own
            cells = spaced_cells(line, self.lines.spans[j][0])
            indent = len(line) - len(line.lstrip())
            if indent <= MAX_LABEL_INDENT and len(cells) >= MIN_SIDE_TABS + 1:
                if classify_label(cells[0][0]) is None:
                    break
                rows.append(cells)
                if len(cells) - 1 > len(anchors):
                    anchors = [c[1] - self.lines.spans[j][0] for c in cells[1:]]
            elif (
                rows
                and anchors
                and indent >= anchors[0] - anchors[0] // 4
                and (
                    self.lines.text.count("\n", self.lines.spans[j - 1][1], self.lines.spans[j][0])
                    == 1
                )
            ):
                rows.append([("", self.lines.spans[j][0], self.lines.spans[j][0]), *cells])
            else:
                break
            j += 1
        consumed = j - i
        if len(rows) < _MIN_SIDE_FIELDS:
            self._no_table_until = i + max(consumed, 1)
            return 0
        table: list[list[Cell]] = []
        for row in rows:
            line_start = self.lines.text.rfind("\n", 0, row[0][1]) + 1
            placed: list[Cell] = [row[0]] + [("", row[0][1], row[0][1])] * len(anchors)
            for cell in row[1:]:
                column = min(
                    range(len(anchors)), key=lambda k: abs(anchors[k] - (cell[1] - line_start))
                )
                placed[column + 1] = joined(placed[column + 1], cell)
            if not row[0][0] and table:
                table[-1] = join_rows([table[-1], placed])
            else:
                table.append(placed)
        first = [classify_label(r[0][0]) if r[0][0] else None for r in table]
        if not side_labels(first, table, self.catalog):
            self._no_table_until = i + max(consumed, 1)
            return 0
        self._side_columns(first, table)
        return consumed
