"""Table cells that repeat the cell above them: "同上", "same as above", "idem", "ídem",
"то же", "كما أعلاه", a ditto mark, "-do-", "-//-". The cell above may be a ditto itself:
it is read first, so a column of dittos carries its first value down every row."""

from __future__ import annotations

import re

from parsers.table_cells import Cell

__all__ = ["filled_down"]

_DITTO = re.compile(
    r"(?:同上|同前|如上|〃|″|\"|“|”|„|''|,,|ditto|dito|d°|do\.|(?:the\s+)?same(?:\s+as\s+above)?|as\s+above"
    # A mark between dashes, as typed where no ditto key is at hand: "-do-", "- do -",
    # "-\"-", "–“–", and the Russian clerk's "-//-".
    r"|[-–—]\s*(?:do|\"|“|”|//|〃)\s*[-–—]?|do\s*[-–—]"
    r"|id(?:em|\.)|[íi]dem|m[êe]me\s+que\s+ci-dessus|voir\s+ci-dessus|igual\s+que\s+arriba"
    r"|(?:el\s+|lo\s+)?mismo(?:\s+que\s+arriba)?|(?:то|тот|та|те)\s+же(?:\s+самое)?|см\.\s*выше"
    r"|كما\s+(?:هو\s+)?(?:أعلاه|اعلاه|أعلى)|نفسه|نفس\s+(?:ما\s+)?(?:أعلاه|اعلاه|السابق))"
    r"[\s.。;,]*",
    re.IGNORECASE,
)


def filled_down(row: list[Cell], above: list[Cell] | None) -> list[Cell]:
    """The row with each ditto cell given the cell above it in the same column (already
    filled down itself); a ditto with no value above it is left empty, never read as one."""
    out = list(row)
    for k, (value, start, end) in enumerate(row):
        if not value or not _DITTO.fullmatch(value):
            continue
        if above is not None and k < len(above) and above[k][0]:
            out[k] = above[k]
        else:
            out[k] = ("", start, end)
    return out
