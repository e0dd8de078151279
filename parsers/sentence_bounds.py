"""The sentence ends of one text, found once and looked up by position.

Rules that read the sentence around each of their matches used to search the text before
the match for its last sentence end: quadratic when a phrase repeats (a header repeated a
thousand times, found by the fuzzer, took 10 s). Here the ends are found in one pass.
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["TITLE_FREE_STOP", "SentenceEnds"]

# A title's abbreviation ("M. Dupont", "Sr. Pérez", "Dr. Lee", "г. Женева") ends no
# sentence; "... au groupe A. M. Dupont ..." still ends one after "A.", and so does a
# year's "г." ("в 2024 г. Мы ..."). Compiled with IGNORECASE, it reads folded text too.
_TITLES_DOT = ("M", "Mme", "Mlle", "Mr", "Mrs", "Ms", "Dr", "Dra", "Sr", "Sra", "Srta", "Prof", "г")
_NO_TITLE = "".join(rf"(?<!\b{t})" for t in _TITLES_DOT)
# A full stop that may end a sentence: none after a title's abbreviation.
TITLE_FREE_STOP = rf"(?:{_NO_TITLE}|(?<=\d[ \t]г)|(?<=\dг))\."


class SentenceEnds:
    """Where `pattern` (a sentence end) matches in `text`, for lookups by position."""

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        self._text, self._pattern = text, pattern
        found = [(m.start(), m.end()) for m in pattern.finditer(text)]
        self._starts = [start for start, _ in found]
        self._ends = [end for _, end in found]

    @property
    def ends(self) -> list[int]:
        """Where each sentence end found from the text's start ends, in order."""
        return self._ends

    def start_before(self, position: int) -> int:
        """Where the sentence holding `position` starts: after the last end before it."""
        index = bisect_right(self._ends, position)
        last = self._ends[index - 1] if index else 0
        if index < len(self._starts) and self._starts[index] < position:
            # An end running across `position` ("。 " over it) may match shorter when the
            # text is cut there, as a search up to `position` sees it.
            cut = [
                m.end() for m in self._pattern.finditer(self._text, self._starts[index], position)
            ]
            return cut[-1] if cut else last
        return last

    def next_from(self, position: int) -> tuple[int, int] | None:
        """The first sentence end from `position` on, as (start, end), as a search from
        `position` finds it; None when the text ends first."""
        index = bisect_right(self._starts, position - 1)
        if index and self._ends[index - 1] > position:
            # An end found from the text's start runs across `position`: look from it.
            found = self._pattern.search(self._text, position)
            return (found.start(), found.end()) if found else None
        if index < len(self._starts):
            return self._starts[index], self._ends[index]
        return None
