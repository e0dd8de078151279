"""Whether a text holds letters of a script: the quick test many readers make before
searching it for names or phrases written in that script (most mail holds one or two)."""

from __future__ import annotations

import re

__all__ = ["ARABIC", "CYRILLIC", "HAN"]

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
# The unified ideographs: every Han name and phrase the readers look for is written in them.
HAN = re.compile(r"[\u4e00-\u9fff]")
