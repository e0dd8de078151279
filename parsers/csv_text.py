"""A CSV file's rows as a spreadsheet's: cells joined by " | ", a row per line.

Excel saves a sheet as CSV with the locale's list separator (";" in French, Spanish or
Russian locales, "," in English ones, a tab for "Unicode text"), quotes a cell that holds
the separator or a line break ("Situation juridique; Fichier d'autorité" in one cell), and
pads every row to the widest one (";;;;;;;" under a title, whole rows of separators below
the data). Read as plain text, a quoted ";" splits a cell in two and shifts the columns
after it; read as cells, the file is one more sheet for the table reader.
"""

from __future__ import annotations

import csv
import io

from parsers.html import CELL_SEPARATOR

__all__ = ["csv_rows_text"]

# What a spreadsheet saves between cells, in the order the Sniffer prefers them.
_DELIMITERS = ";,\t|"
# Enough of the file to tell the separator: the title, the header and a few rows.
_SNIFF_CHARS = 8192
MAX_CSV_ROWS = 5000


def _delimiter(text: str) -> str | None:
    """The separator the file's rows agree on, or None for text that is no table."""
    sample = text[:_SNIFF_CHARS]
    try:
        found = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        found = None
    if found is not None:
        return found
    # The Sniffer wants most lines to share one count of a separator; a title line
    # above the header ("Designación ...;;;;;;;" is padded, but a bare title is not) or a
    # short last line leaves it undecided. Then the separator of most lines, if any is
    # on most lines at all.
    lines = [line for line in sample.splitlines() if line.strip()]
    best = max(_DELIMITERS, key=lambda d: sum(d in line for line in lines))
    if lines and sum(best in line for line in lines) * 2 > len(lines):
        return best
    return None


def csv_rows_text(text: str) -> str:
    """Each non-empty row of a CSV text, its cells joined by " | "; the text as it came
    when no separator parts its lines."""
    delimiter = _delimiter(text)
    if delimiter is None:
        return text
    lines: list[str] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for count, row in enumerate(reader):
            if count >= MAX_CSV_ROWS:
                lines.append(f"[more than {MAX_CSV_ROWS} rows; rest not read]")
                break
            # A "|" inside a cell would part it again when the row is read as cells.
            cells = [" ".join(cell.replace("|", "/").split()) for cell in row]
            while cells and not cells[-1]:
                cells.pop()
            if any(cells):
                lines.append(CELL_SEPARATOR.join(cells))
    except csv.Error:
        return text  # an unclosed quote or a NUL: no sheet after all
    return "\n".join(lines)
