"""Tables of labelled fields: cells split by "|", tabs or ";", headed by a row of labels
(each further row a nominee, a column per task force ticked with a mark) or, for "|" and
tab tables, by a column of labels (each further column a nominee).
"""

from __future__ import annotations

import re

from parsers.labels import LabelKind, classify_label
from parsers.models import TaskForceCatalog
from parsers.nominee_drafts import NomineeDrafts
from parsers.table_cells import (
    GRID_RULE,
    MAX_LABEL_INDENT,
    MIN_SEPARATORS,
    MIN_SIDE_TABS,
    Cell,
    cell_separator,
    continues,
    join_rows,
    joined,
    spaced_cells,
)
from parsers.taskforces import find_task_forces

__all__ = ["LabelTables", "cell_separator"]

# A table on its side names this many fields or more down its first column.
_MIN_SIDE_FIELDS = 3
# The title over a table: its few short lines right above it.
_MAX_TITLE_LINES = 4
_MAX_TITLE_LENGTH = 120
# A cell that ticks its column: a mark or a yes; an empty box, "-" or "no" does not.
_TICK_CELL = re.compile(
    r"\s*(?:[☒☑■▣⊠✓✔✅√✗✘xX●•]|\[\s?[xX✓✔√]\s?\]|yes|oui|s[ií]|да|是|نعم)\s*",
    re.IGNORECASE,
)


def _column_headings(row: list[Cell]) -> bool:
    """A row that only numbers the nominee columns ("Nominee 1 | Nominee 2", "Representante 1 |
    Representante 2"): no nominee's values, though each cell reads as a person label."""
    cells = [c[0] for c in row[1:] if c[0]]
    return bool(cells) and all(
        (kind := classify_label(cell)) is not None and kind.field == "person" for cell in cells
    )


def _side_labels(
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


class LabelTables(NomineeDrafts):
    """Nominee drafts read from the tables among the lines."""

    def __init__(self, text: str, catalog: TaskForceCatalog, source: str) -> None:
        super().__init__(text, catalog, source)
        # A block of "|" lines that is no table is not retried from each of its later lines
        # (the tail of a "Analyst | Analyste" bilingual signature would pass for one).
        self._no_table_until = 0

    def _cells(self, i: int, separator: str) -> list[Cell]:
        start, end = self.lines.spans[i]
        line = self.lines.text[start:end]
        cells: list[Cell] = []
        pos = 0
        for part in line.split(separator):
            s = start + pos + len(part) - len(part.lstrip())
            cells.append((part.strip(), s, s + len(part.strip())))
            pos += len(part) + 1
        # "| a | b |" opens with a rule; " |  | b" (a sheet's row read as text) with an empty cell.
        if (
            cells
            and not cells[0][0]
            and line.lstrip().startswith("|")
            and (line.startswith("|") or line.rstrip().endswith("|"))
        ):
            cells = cells[1:]
        if cells and not cells[-1][0] and line.rstrip().endswith("|"):
            cells = cells[:-1]
        return cells

    def _grid_rows(self, i: int, j: int) -> list[list[Cell]] | None:
        """The rows of a table drawn with "+---+" rules between them, each row's lines joined
        (a cell may wrap onto several lines); None when rules do not part its rows."""
        groups: list[list[int]] = [[]]
        for k in range(i, j):
            if GRID_RULE.fullmatch(self.lines.line(k)):
                if groups[-1]:
                    groups.append([])
            else:
                groups[-1].append(k)
        groups = [g for g in groups if g]
        # A header and two or more rows between rules; else rules frame the table only.
        if len(groups) < 3:
            return None
        return [join_rows([self._cells(k, "|") for k in g]) for g in groups]

    def _table(self, i: int, separator: str) -> int:
        """Read a table starting at line i; returns the number of lines consumed (0: not a table).

        "|" tables may be headed by a row or by a column of labels. Rows pasted from a
        spreadsheet (tabs) or a CSV file (";") count only under a header row of bare labels:
        "Nom : X ; Prénom : Y" is a line of label pairs, not a header.
        """
        n = len(self.lines.spans)
        j = i
        wrapped: set[int] = set()
        while j < n and (
            cell_separator(self.lines.line(j)) == separator
            or (separator == "|" and GRID_RULE.fullmatch(self.lines.line(j)))
            or (separator == "\t" and j > i and self._last_cell_wraps(j, separator))
        ):
            if cell_separator(self.lines.line(j)) != separator and separator == "\t":
                wrapped.add(j)
            j += 1
        rows = self._grid_rows(i, j) if separator == "|" else None
        if rows is None:
            rows = []
            for k in range(i, j):
                cells = self._cells(k, separator)
                if k in wrapped and rows:
                    rows[-1][-1] = joined(rows[-1][-1], cells[0])
                else:
                    rows.append(cells)
        rows = [r for r in rows if any(c[0] and not set(c[0]) <= set("-:= ") for c in r)]
        if not rows:
            self._no_table_until = j
            return 0
        # Two columns with labels down the first ("Name | Ms. DOE Jane"): a value that looks
        # like a label ("Ms." reads as a title label) must not make its row a header.
        label_column = (
            separator == "|"
            and len(rows) >= 3
            and max(len(r) for r in rows) == 2
            and sum(bool(r[0][0]) and classify_label(r[0][0]) is not None for r in rows) * 2
            >= len(rows) + 1
        )
        # Tabs between three cells are read only as a table turned on its side.
        narrow = separator == "\t" and max(len(r) for r in rows) <= MIN_SEPARATORS
        for h, row in enumerate([] if label_column or narrow else rows[:3]):
            if separator != "|" and any(":" in c[0] or "：" in c[0] for c in row):
                continue
            kinds = [classify_label(c[0]) if c[0] else None for c in row]
            useful = {k.field for k in kinds if k and k.field not in ("ignore",)}
            if len(useful) >= 2 and sum(k is not None for k in kinds) * 2 >= len(
                [c for c in row if c[0]]
            ):
                for above in rows[:h]:
                    # "Office | INPI" above the header row: the sheet's own heading.
                    kind = classify_label(above[0][0]) if len(above) == 2 else None
                    if kind and kind.field == "office" and above[1][0]:
                        self._apply(kind, *above[1], "table")
                header, first_body = row, h + 1
                if h + 1 < len(rows) and self._sub_headings(rows[h + 1]):
                    # A header on two storeys, its merged cells left empty ("WIPO Account"
                    # over "Username | E-mail", a spreadsheet's or an .odt's): each column is
                    # named by its lower cell where it has one.
                    below = rows[h + 1]
                    header = [
                        below[k] if k < len(below) and below[k][0] else cell
                        for k, cell in enumerate(row)
                    ] + below[len(row) :]
                    kinds = [classify_label(c[0]) if c[0] else None for c in header]
                    first_body += 1
                # A column per task force ("XML4IP | SEQL", "XML4IP工作队 | 序列表工作队") takes a
                # mark, not a name, though a header naming one task force reads as a label too.
                ticks = [
                    cell
                    if (kind is None or kind.field == "task_forces")
                    and cell[0]
                    and find_task_forces(cell[0], self.catalog)
                    else None
                    for kind, cell in zip(kinds, header, strict=False)
                ]
                body: list[list[Cell]] = []
                for data in rows[first_body:]:
                    if body and continues(data, body[-1]):
                        body[-1] = join_rows([body[-1], data])
                    else:
                        body.append(data)
                has_column = any(t is not None for t in ticks) or any(
                    k is not None and k.field == "task_forces" for k in kinds
                )
                titled = () if has_column else self._titled_task_forces(i)
                for data in body:
                    self._next_draft()
                    for kind, tick, (value, s, e) in zip(kinds, ticks, data, strict=False):
                        if tick is not None:
                            if _TICK_CELL.fullmatch(value):
                                self.current.put_task_forces(tick[0], s, e, "table", self.catalog)
                        elif kind and value:
                            self._apply(kind, value, s, e, "table")
                    if self.current.has_name:
                        for value, s, e in titled:
                            self.current.put_task_forces(value, s, e, "table", self.catalog)
                    self._next_draft()
                return j - i
        first = [classify_label(r[0][0]) if r and r[0][0] else None for r in rows]
        if (
            separator == ";"
            or (separator == "\t" and not _side_labels(first, rows, self.catalog))
            or sum(k is not None for k in first) * 2 < len(rows)
        ):
            self._no_table_until = j
            return 0
        self._side_columns(first, rows)
        return j - i

    def _sub_headings(self, row: list[Cell]) -> bool:
        """A row under a header row that only names columns, with some cells left empty:
        every filled cell a label or a task force, none a value."""
        filled = [c[0] for c in row if c[0]]
        return 0 < len(filled) < len(row) and all(
            classify_label(c) is not None or find_task_forces(c, self.catalog) for c in filled
        )

    def _titled_task_forces(self, i: int) -> list[Cell]:
        """The task forces a table's title names, for a table with no column of its own:
        a spreadsheet with a sheet per task force ("[XML4IP]", "Equipo Técnico XML4IP"
        over the header row), a document with a heading over each table. The title is
        the few short lines right above the table, up to a blank line or another table.
        """
        found: list[Cell] = []
        k = i - 1
        while k >= 0 and i - k <= _MAX_TITLE_LINES:
            line = self.lines.line(k)
            if not line.strip():
                if k == i - 1:  # a blank line between a document's heading and its table
                    k -= 1
                    continue
                break
            if cell_separator(line) is not None or len(line) > _MAX_TITLE_LENGTH:
                break
            start = self.lines.spans[k][0]
            hits = find_task_forces(line, self.catalog)
            found[:0] = [(h.text, start + h.start, start + h.end) for h in hits]
            k -= 1
        return found

    def _side_columns(self, first: list[LabelKind | None], rows: list[list[Cell]]) -> None:
        """A table on its side: each column after the labels is one nominee."""
        width = max(len(r) for r in rows)
        headings = [_column_headings(r) for r in rows]
        for column in range(1, max(width, 2)):
            for kind, row, heading in zip(first, rows, headings, strict=True):
                if kind and not heading and column < len(row) and row[column][0]:
                    value, s, e = row[column]
                    self._apply(kind, value, s, e, "table")
            if width > 2:
                self._next_draft()

    def _last_cell_wraps(self, j: int, separator: str) -> bool:
        """A line with no cell separator right between two rows of a pasted table: the last
        cell of the row above, written on two lines ("XML4IP Task Force" / "API Task Force"
        in one cell), which a mail client's plain text breaks at its line break."""
        line = self.lines.line(j)
        if not line.strip() or cell_separator(line) is not None or j + 1 >= len(self.lines.spans):
            return False
        above, below = self.lines.line(j - 1), self.lines.line(j + 1)
        text = self.lines.text
        return (
            cell_separator(above) == separator
            and cell_separator(below) == separator
            and above.count(separator) == below.count(separator)
            and text.count("\n", self.lines.spans[j - 1][1], self.lines.spans[j + 1][0]) == 2
        )

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
        if not _side_labels(first, table, self.catalog):
            self._no_table_until = i + max(consumed, 1)
            return 0
        self._side_columns(first, table)
        return consumed
