"""Tables of labelled fields: cells split by "|", tabs or ";", headed by a row of labels
(each further row a nominee, a column per task force ticked with a mark) or, for "|" and
tab tables, by a column of labels (each further column a nominee; see side_tables).
"""

from __future__ import annotations

import re

from parsers.ditto_cells import filled_down
from parsers.example_rows import is_example_row, is_placeholder_row
from parsers.form_exports import without_respondent_columns
from parsers.labels import LabelKind, classify_label
from parsers.pair_tables import label_pairs, paired_grid
from parsers.side_tables import SideTables, side_labels
from parsers.split_rows import split_rows
from parsers.table_cells import (
    GRID_RULE,
    MIN_SEPARATORS,
    Cell,
    cell_separator,
    continues,
    join_rows,
    joined,
)
from parsers.taskforces import find_task_forces, match_task_forces

__all__ = ["LabelTables", "cell_separator"]

# A header row names this many fields or more.
_MIN_HEADER_FIELDS = 3
# The title over a table: its few short lines right above it.
_MAX_TITLE_LINES = 4
_MAX_TITLE_LENGTH = 120
# A cell that ticks its column: a mark or a yes; an empty box, "-" or "no" does not.
# A username after a label's words ("имя пользователя am-tmkrtchyan", "usuario py-x"): a
# clause of a sentence split by ";" gives a value, so the row is no header of labels.
_USERNAME_VALUE = re.compile(r"(?<![\w-])[A-Za-z]{2}-[A-Za-z0-9][\w.-]*")
_TICK_CELL = re.compile(
    r"\s*(?:[☒☑■▣⊠✓✔✅√✗✘xX●•+]|\[\s?[xX✓✔√]\s?\]|yes|oui|s[ií]|да|是|نعم)\s*",
    re.IGNORECASE,
)


def _labels_only(row: list[Cell]) -> bool:
    """A row made only of labels of several fields (one cell, a row number's, may be no
    label): a header, in whatever language, never a nominee's values."""
    filled = [c[0] for c in row if c[0]]
    kinds = [classify_label(c) for c in filled]
    fields = {k.field for k in kinds if k is not None and k.field != "ignore"}
    return (
        len(fields) >= _MIN_HEADER_FIELDS
        and sum(k is None for k in kinds) <= 1
        and not any("@" in c for c in filled)
    )


def _spanned_task_forces(
    row: list[Cell], kinds: list[LabelKind | None], spanned: dict[int, Cell]
) -> list[Cell]:
    """The row with a task-force cell spanning it from above filled in: a table grouped by
    task force, its cell spanning the rows of each member under it ("rowspan"), which a
    mail client's text part writes on the group's first row only. Only a cell at the head
    of its row counts, each cell before it empty too: a blank cell further right is a
    member given no task force."""
    out = list(row)
    leading = True
    for k, kind in enumerate(kinds):
        if k >= len(out):
            break
        if out[k][0]:
            if leading and kind is not None and kind.field == "task_forces":
                spanned[k] = out[k]
            leading = False
        elif leading and kind is not None and kind.field == "task_forces" and k in spanned:
            out[k] = spanned[k]
    return out


class LabelTables(SideTables):
    """Nominee drafts read from the tables among the lines."""

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
        split = self._split_rows(i) if separator == "\t" else {}
        j = i
        wrapped: set[int] = set()
        while j < n and (
            j in split
            or cell_separator(self.lines.line(j)) == separator
            or (separator == "|" and GRID_RULE.fullmatch(self.lines.line(j)))
            or (separator == "\t" and j > i and self._last_cell_wraps(j, separator))
        ):
            if j in split:
                # A row the mail client broke over several lines: read as one.
                wrapped.update(range(j + 1, j + split[j]))
                j += split[j]
                continue
            if cell_separator(self.lines.line(j)) != separator and separator == "\t":
                wrapped.add(j)
            j += 1
        rows = self._grid_rows(i, j) if separator == "|" else None
        if rows is None:
            rows = []
            for k in range(i, j):
                cells = self._cells(k, separator)
                if k in wrapped and rows:
                    # The line goes on with the last cell of the line above.
                    rows[-1][-1] = joined(rows[-1][-1], cells[0])
                    rows[-1].extend(cells[1:])
                else:
                    rows.append(cells)
        rows = [r for r in rows if any(c[0] and not set(c[0]) <= set("-:= ") for c in r)]
        if not rows:
            self._no_table_until = j
            return 0
        if separator == "|" and paired_grid(rows):
            # A form grid, two label/value pairs to a row: one person's record, read as
            # its labelled lines would be (a label met again starts the next person).
            for row in rows:
                for pair_kind, (value, s, e) in label_pairs(row):
                    self._apply(pair_kind, value, s, e, "table")
            self._next_draft()
            return j - i
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
            kinds = [
                classify_label(c[0]) if c[0] and not _holds_username(c[0], separator) else None
                for c in row
            ]
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
                while (
                    first_body < len(rows)
                    and first_body <= h + 2
                    and _labels_only(rows[first_body])
                ):
                    # "姓 | 名 | 用户名" over "Last name | First name | Username": the header
                    # again in another language names the columns the first left unnamed.
                    again = rows[first_body]
                    kinds = [
                        kind
                        or (classify_label(again[k][0]) if k < len(again) and again[k][0] else None)
                        for k, kind in enumerate(kinds)
                    ]
                    first_body += 1
                # A form export's respondent ("Email | Name" after "Start time"): who filled
                # the form in, not whom its answers name.
                kinds = without_respondent_columns([c[0] for c in header], kinds)
                # A column per task force ("XML4IP | SEQL", "XML4IP工作队 | 序列表工作队") takes a
                # mark, not a name, though a header naming one task force reads as a label too.
                ticks = [
                    cell
                    if (kind is None or kind.field == "task_forces")
                    and cell[0]
                    and self._names_task_force(cell[0])
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
                spanned: dict[int, Cell] = {}
                previous: list[Cell] | None = None
                for row_cells in body:
                    values = [c[0] for c in row_cells]
                    if is_example_row(values) or is_placeholder_row(values, kinds):
                        continue
                    data = _spanned_task_forces(row_cells, kinds, spanned)
                    data = previous = filled_down(data, previous)
                    self._next_draft()
                    for kind, tick, (value, s, e) in zip(kinds, ticks, data, strict=False):
                        if tick is not None:
                            if _TICK_CELL.fullmatch(value):
                                self.current.put_task_forces(tick[0], s, e, "table", self.catalog)
                        elif kind and kind.field == "task_forces" and self.current.has(kind.field):
                            # "Task Force 1 | Task Force 2": the row's second task-force
                            # column adds to its nominee's, it starts no next nominee.
                            self.current.put_task_forces(value, s, e, "table", self.catalog)
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
            or (separator == "\t" and not side_labels(first, rows, self.catalog))
            or sum(k is not None for k in first) * 2 < len(rows)
        ):
            self._no_table_until = j
            return 0
        self._side_columns(first, rows)
        return j - i

    def _split_rows(self, i: int) -> dict[int, int]:
        """The rows broken over several lines in the tab table from line i, by their
        first line: how many lines each spans."""
        end = i
        while end < len(self.lines.spans) and self.lines.line(end).strip():
            end += 1
        lines = [self.lines.line(k) for k in range(i, end)]
        width = max((line.rstrip(" \r").count("\t") + 1 for line in lines), default=0)
        return {i + k: span for k, span in split_rows(lines, width).items()}

    def _sub_headings(self, row: list[Cell]) -> bool:
        """A row under a header row that only names columns, with some cells left empty:
        every filled cell a label or a task force, none a value."""
        filled = [c[0] for c in row if c[0]]
        return 0 < len(filled) < len(row) and all(
            classify_label(c) is not None or self._names_task_force(c) for c in filled
        )

    def _names_task_force(self, head: str) -> bool:
        """A column head naming a task force: by an alias, a standard's number, or its
        short name as a field value reads it ("Блокчейн", "Цифровая трансформация")."""
        if find_task_forces(head, self.catalog):
            return True
        match = match_task_forces(head, self.catalog)
        return bool(match.names) and not match.unknown

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


def _holds_username(cell: str, separator: str) -> bool:
    """Whether a cell of a ";" or tab row gives a username after its words: a value, not a
    column's label."""
    return separator != "|" and _USERNAME_VALUE.search(cell) is not None
