"""Rows of a '|' table that a mail client hard-wrapped, joined back into one line each.

A Markdown table pasted into a plain-text mail ("| № | Ф.И.О. | ... |", "|---|---|") has
rows longer than the client's line length; Outlook and others break them at a space, so a
row runs on over lines that do not start with "|". The rule under the header tells how many
bars a whole row has: the lines of a row are joined until it has that many. The line
breaks become spaces, one for one, so that offsets stay those of the text.
"""

from __future__ import annotations

import re

__all__ = ["join_wrapped_rows"]

# "|---|:-------|------:|": the rule under a Markdown table's header row.
_RULE = re.compile(r"^[ \t]*\|(?:[ \t]*:?-+:?[ \t]*\|){2,}[ \t]*$")
# A row cut this short is no row: the table's lines run on only over a few lines.
_MAX_ROW_LINES = 6


def _bars(line: str) -> int:
    return line.count("|")


def _row_lines(lines: list[str], start: int, bars: int) -> int:
    """How many lines the row starting at `start` spans: 1 when it is whole or no wrapped
    row fits the table (a short row stays as it is)."""
    count = _bars(lines[start])
    if count >= bars:
        return 1
    end = start + 1
    while end < len(lines) and end - start < _MAX_ROW_LINES:
        line = lines[end]
        if not line.strip() or line.lstrip().startswith("|") or _RULE.match(line):
            break
        count += _bars(line)
        if count > bars:
            break
        if count == bars and line.rstrip().endswith("|"):
            return end - start + 1
        end += 1
    return 1


def _header_start(lines: list[str], rule: int, bars: int) -> int | None:
    """The first line of the header row above a rule, when that row was wrapped."""
    count = 0
    for k in range(rule - 1, max(rule - 1 - _MAX_ROW_LINES, -1), -1):
        line = lines[k]
        if not line.strip():
            return None
        count += _bars(line)
        if line.lstrip().startswith("|"):
            return k if count == bars and k < rule - 1 else None
    return None


def join_wrapped_rows(text: str) -> str:
    """`text` with each hard-wrapped row of a "|" table on one line; other text unchanged."""
    if "|" not in text or "-|" not in text:
        return text
    lines = text.split("\n")
    joins: set[int] = set()  # indices of lines whose line break becomes a space
    k = 0
    while k < len(lines):
        if not _RULE.match(lines[k]):
            k += 1
            continue
        bars = _bars(lines[k])
        head = _header_start(lines, k, bars)
        if head is not None:
            joins.update(range(head, k - 1))
        k += 1
        # The table's rows: each starts with "|" and may run on over the lines below.
        while k < len(lines) and lines[k].lstrip().startswith("|") and not _RULE.match(lines[k]):
            span = _row_lines(lines, k, bars)
            joins.update(range(k, k + span - 1))
            k += span
    if not joins:
        return text
    return "".join(_ended(line, n in joins) for n, line in enumerate(lines))[:-1]


def _ended(line: str, joined: bool) -> str:
    if not joined:
        return line + "\n"
    # "\r\n" becomes two spaces: the same length.
    return (line[:-1] + " " if line.endswith("\r") else line) + " "
