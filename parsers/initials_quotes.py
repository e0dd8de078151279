"""Quote marks led by the quoted author's initials ("CM> "), read as the plain "> ".

The Bat! (by default) and Emacs' Supercite write the initials of the person quoted before
each quote mark: "CM> Уважаемые коллеги,", "CM>" on a blank quoted line, "CM>> " one level
deeper. Everything that tells quoted lines from one's own (the history split, answers typed
between quoted questions, format=flowed depths) knows the bare "> " only, so the initials are
dropped. It takes the same initials on two lines or more: one "NB> ..." line is one's own.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["bare_quote_marks"]

# Up to four letters right before the mark, at the line's start (after blanks).
_LED = re.compile(r"^(?P<blank>[ \t]*)(?P<initials>[^\W\d_]{1,4})(?=>)", re.MULTILINE)
# The same after a line break: a pattern opening with a literal newline jumps from one
# line to the next instead of trying every character (the first line is matched apart).
_LED_AFTER_BREAK = re.compile(r"\n(?P<blank>[ \t]*)(?P<initials>[^\W\d_]{1,4})(?=>)")
_MIN_LINES = 2


def bare_quote_marks(text: str) -> str:
    """`text` with the initials before its quote marks dropped, where the same initials
    lead two lines or more.

    >>> bare_quote_marks("Hello\\n\\nCM> Dear colleagues,\\nCM>\\nCM> Thank you")
    'Hello\\n\\n> Dear colleagues,\\n>\\n> Thank you'
    """
    if ">" not in text:
        return text
    first = _LED.match(text)
    counts = Counter(match.group("initials") for match in _LED_AFTER_BREAK.finditer(text))
    if first is not None:
        counts[first.group("initials")] += 1
    quoting = {initials for initials, n in counts.items() if n >= _MIN_LINES}
    if not quoting:
        return text
    return _LED.sub(
        lambda m: m.group("blank") if m.group("initials") in quoting else m.group(0), text
    )
