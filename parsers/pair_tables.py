"""Form grids with two label/value pairs to a row: "姓名 | 谭永刚 | 性别 | 男",
"Last name | Smith | First name | John", one person's record laid out as a registration
form (登记表, fiche d'inscription), not a header over rows nor a table on its side."""

from __future__ import annotations

from parsers.labels import LabelKind, classify_label
from parsers.table_cells import Cell

__all__ = ["label_pairs", "paired_grid"]

# Rows that pair two labels with their values before the table counts as a form grid,
# and the fields their labels name.
_MIN_PAIRED_ROWS = 2
_MIN_FIELDS = 3


def _kind(cell: Cell) -> LabelKind | None:
    return classify_label(cell[0]) if cell[0] else None


def _paired(row: list[Cell]) -> bool:
    """A label, its value, a second label, its value: the values no labels themselves
    and one at least given."""
    if len(row) < 4:
        return False
    kinds = [_kind(c) for c in row[:4]]
    return (
        kinds[0] is not None
        and kinds[2] is not None
        and kinds[1] is None
        and kinds[3] is None
        and bool(row[1][0] or row[3][0])
    )


def paired_grid(rows: list[list[Cell]]) -> bool:
    """Whether a "|" table is a form grid: two rows or more pair two labels with their
    values ("姓名 | 谭永刚 | 性别 | 男"), naming three fields or more between them, and most
    rows open with a label. A header row has no value between its labels, a table on its
    side has values in every column after the first."""
    paired = [row for row in rows if _paired(row)]
    if len(paired) < _MIN_PAIRED_ROWS:
        return False
    fields = {
        kind.field
        for row in paired
        for kind in (_kind(row[0]), _kind(row[2]))
        if kind is not None and kind.field != "ignore"
    }
    labelled = sum(_kind(row[0]) is not None for row in rows if row)
    return len(fields) >= _MIN_FIELDS and labelled * 2 >= len(rows)


def label_pairs(row: list[Cell]) -> list[tuple[LabelKind, Cell]]:
    """A grid row's labels with their values, pair by pair from the left; a label no field
    knows ("出生年月", "Date of birth" read as ignored) gives nothing, and a last cell with
    no partner (a photo's, merged down the side) is none."""
    pairs: list[tuple[LabelKind, Cell]] = []
    for k in range(0, len(row) - 1, 2):
        kind = _kind(row[k])
        if kind is not None and row[k + 1][0]:
            pairs.append((kind, row[k + 1]))
    return pairs
