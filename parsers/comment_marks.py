"""Comments typed inside a quoted message and marked with the writer's name.

Outlook can mark what its user types inside the message they answer ("Mark my comments
with: Claire Martin"): each comment then starts with "[Claire Martin]", in a quote whose
lines have no "> " prefix. Those lines are the writer's own, the rest is quoted.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["comment_marks", "without_marks"]

# "[Claire Martin] ...", "[C. Martin]": a bracketed name of one to four words leading a line.
_MARK = re.compile(
    r"^[ \t]*(?P<mark>\[(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})\])[ \t]*\S",
    re.MULTILINE,
)
# Marks seen on this many lines are comments whatever the name.
_MIN_REPEATED = 2


def _names_writer(name: str, writer: str) -> bool:
    """Whether the mark's words are all words of the writer's display name ("MARTIN
    Claire" marks as "Claire Martin")."""
    own = {w.casefold().strip(",") for w in writer.split()}
    words = [w.casefold() for w in name.split()]
    return len(own) > 1 and bool(words) and all(w in own for w in words)


def comment_marks(text: str, start: int, writer: str) -> list[tuple[int, int]]:
    """The spans of the name marks leading the writer's comments after `start`, one per
    marked line: the same name marking two lines or more, or the writer's own name."""
    found = list(_MARK.finditer(text, start))
    counts = Counter(m.group("name").casefold() for m in found)
    return [
        m.span("mark")
        for m in found
        if counts[m.group("name").casefold()] >= _MIN_REPEATED
        or _names_writer(m.group("name"), writer)
    ]


def without_marks(text: str, marks: list[tuple[int, int]]) -> str:
    """The text with each mark blanked, offsets kept: the comment reads as its own line."""
    chars = list(text)
    for s, e in marks:
        chars[s:e] = " " * (e - s)
    return "".join(chars)
