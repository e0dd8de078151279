"""A note verbale: a mission's or a ministry's letter in the third person, pasted into a mail.

It opens with a courtesy formula ("The Permanent Mission of X presents its compliments to
the World Intellectual Property Organization and has the honour to inform ..."), in the six
languages; that opening tells a note pasted under a rule from quoted history, which a rule
over a header block starts.
"""

from __future__ import annotations

import re

__all__ = ["opens_note_verbale"]

# How far below a rule the opening formula may stand: a letterhead of a few lines and the
# note's number come first.
_OPENING_WINDOW = 1500
_OPENING = re.compile(
    r"presents?\s+(?:its|their)\s+(?:\w+\s+)?compliments"
    r"|pr[ée]sente(?:nt)?\s+(?:ses|leurs)\s+(?:\w+\s+)?compliments"
    r"|saludan?\s+(?:muy\s+)?atentamente|presentan?\s+sus\s+(?:más\s+)?(?:atentos\s+)?saludos"
    r"|свидетельству(?:ет|ют)\s+(?:сво[её]\s+|[её]\s+|их\s+)?(?:глубокое\s+)?уважение"
    # "中华人民共和国常驻日内瓦代表团向世界知识产权组织国际局致意".
    r"|[向對对][^\n。，,；]{2,60}?致意"
    # "تهدي البعثة الدائمة ... أطيب تحياتها إلى ...".
    r"|(?:تهدي|يهدي)\s[^\n.]{2,300}?تحيات",
    re.IGNORECASE,
)


def opens_note_verbale(text: str, start: int) -> bool:
    """Whether a note verbale's opening formula stands just after `start`."""
    return _OPENING.search(text, start, start + _OPENING_WINDOW) is not None
