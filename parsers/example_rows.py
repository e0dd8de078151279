"""The template's example row left in a filled-in annex table: a row whose cell says it is
the example ("示例", "Example", "Exemple", "Ejemplo", "Пример", "مثال"), often the circular's
own sample (Smith John, ca-jsmith). It shows how to fill the table in and names nobody.
"""

from __future__ import annotations

import re

__all__ = ["is_example_row", "is_sample_person"]

# The marker opens its cell, alone or before a colon or bracket ("Example:", "(示例)",
# "Ejemplo 1"); brackets and stars around it are the template's own styling.
_MARKER = re.compile(
    r"[\s(（\[【*]*"
    r"(?:examples?|e\.\s?g\.?|sample|exemples?|ex\.|ejemplos?|ej\.|пример|образец|напр\."
    r"|示例|示範|样例|樣例|范例|範例|例如|例|مثال|على\s+سبيل\s+المثال)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# After the marker only what a template adds: punctuation, a bracketed note, a short
# instruction ("Example (delete this row)"), never a name or value of its own.
_TAIL = re.compile(
    r"[\s)）\]】*:：.\-–—]*\d{0,2}[\s)）\]】*:：.]*(?:[(（][^()（）]{0,40}[)）])?[\s.]*"
)
_MAX_CELL = 40


def _marker_cell(cell: str) -> bool:
    if len(cell) > _MAX_CELL or "@" in cell:
        return False
    match = _MARKER.match(cell)
    return match is not None and _TAIL.fullmatch(cell, match.end()) is not None


def is_example_row(cells: list[str]) -> bool:
    """Whether a table row is marked as the template's example by a cell of its own."""
    return any(_marker_cell(c.strip()) for c in cells if c.strip())


def _letters(value: str) -> str:
    return "".join(c for c in value.casefold() if c.isalnum())


def is_sample_person(
    last_name: str | None, first_name: str | None, username: str | None, examples: set[str]
) -> bool:
    """Whether a person is the circular's own sample: its example username ("ca-jsmith")
    given with the very name it is made of (Smith, John), the template's example row left
    unmarked. Someone else given that username is a nominee who copied it."""
    if not (last_name and username and username.casefold() in examples):
        return False
    local = _letters(username.split("-", 1)[-1])
    last = _letters(last_name)
    initial = _letters(first_name or "")[:1]
    return bool(last) and local in (last, initial + last)
