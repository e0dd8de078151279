"""Chat messages pasted into a letter, read without the prefix each message opens with.

WhatsApp copies a message as "[10:22, 16/10/2023] Name: text" (in Arabic "[١٠:٢٢ ص،
١٦/١٠/٢٠٢٣] الاسم: ..." with Arabic-Indic digits and right-to-left marks) and exports a chat as
"16/10/2023, 10:22 - Name: text" or "[16/10/2023, 10:22:05] Name: text". The prefix hides the
label a message opens with ("[...] Sami: *Username:* bh-x"); a message over several lines has
it on its first line only. The prefixes go where two lines or more carry one, so that a single
bracketed note is left as written.
"""

from __future__ import annotations

import re

__all__ = ["without_chat_prefixes"]

# Digits of either kind, and the marks that keep a right-to-left date in order.
_D = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_MARKS = r"[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]*"
_DATE = rf"{_D}{{1,4}}{_MARKS}[/.\-]{_MARKS}{_D}{{1,2}}{_MARKS}[/.\-]{_MARKS}{_D}{{2,4}}"
_TIME = (
    rf"{_D}{{1,2}}:{_D}{{2}}(?::{_D}{{2}})?"
    r"(?:[ \t\u00a0\u202f]*(?:[AaPp]\.?[Mm]\.?|ص|م))?"
)
_COMMA = r"[ \t]*[,،][ \t]*"
# The sender: a name or a number, no colon, short.
_SENDER = r"[^\s:：\[\]][^:：\n\[\]]{0,39}?"
_PREFIX = re.compile(
    rf"^[ \t]*{_MARKS}(?:"
    rf"\[{_MARKS}(?:{_TIME}{_COMMA}{_DATE}|{_DATE}{_COMMA}{_TIME}){_MARKS}\]"
    rf"|{_DATE}{_COMMA}{_TIME}[ \t]+[-–][ \t]+)"
    rf"{_MARKS}[ \t]*{_SENDER}[ \t]*{_MARKS}:[ \t]*{_MARKS}",
    re.MULTILINE,
)
# The same after a line break, to count them: a pattern opening with a literal newline
# jumps from line to line instead of trying every character (the first line apart).
_PREFIX_AFTER_BREAK = re.compile("\n" + _PREFIX.pattern.removeprefix("^"))
_MIN_LINES = 2


def without_chat_prefixes(text: str) -> str:
    """`text` with the time, date and sender before each pasted chat message dropped, where
    two lines or more open with one.

    >>> without_chat_prefixes("[10:22, 16/10/2023] Sam: Name: Sam\\n[10:23, 16/10/2023] Sam: Ok")
    'Name: Sam\\nOk'
    """
    if ":" not in text:
        return text
    found = len(_PREFIX_AFTER_BREAK.findall(text)) + (_PREFIX.match(text) is not None)
    if found < _MIN_LINES:
        return text
    return _PREFIX.sub("", text)
