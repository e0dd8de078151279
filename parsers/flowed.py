"""RFC 3676 format=flowed text: join soft line breaks before anything reads the lines.

A flowed line ends in a space: the client wrapped it, and the next line of the same quote
depth continues it. Left as is, a wrapped table row or "Label: value" line reads as two.
Lines that are not soft-wrapped are returned untouched, so fixed text is unchanged.
"""

from __future__ import annotations

import re

__all__ = ["unflow"]

# The quote marks of a line and the space after each: RFC 3676 writes ">>", many clients
# "> >"; both are depth two, so neither joins a line of another depth.
_QUOTES = re.compile(r"(?:> ?)*")
# The usenet signature separator is never a soft break (RFC 3676 4.3).
_SIGNATURE = "-- "


def _split(line: str) -> tuple[int, str]:
    """(quote depth, content without quote marks and without the one stuffing space)."""
    match = _QUOTES.match(line)
    marks = match.group() if match else ""
    content = line[len(marks) :]
    if not marks and content.startswith(" "):
        content = content[1:]
    return marks.count(">"), content


def _soft(content: str) -> bool:
    return content.endswith(" ") and content != _SIGNATURE


def unflow(text: str, *, delsp: bool = False) -> str:
    """Join the soft line breaks of a format=flowed body (line ends already LF).

    >>> unflow("Label: a long \\nvalue\\n-- \\nName\\n")
    'Label: a long value\\n-- \\nName\\n'
    >>> unflow("> quoted and \\n> wrapped\\n", delsp=False)
    '> quoted and wrapped\\n'
    """
    if " \n" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        depth, content = _split(line)
        if not _soft(content):
            out.append(line)
            i += 1
            continue
        # Keep the first line's own prefix; continuation lines give up theirs.
        head = line[: len(line) - len(content)]
        pieces = [content[:-1] if delsp else content]
        i += 1
        while i < len(lines):
            next_depth, next_content = _split(lines[i])
            # A blank line or a signature separator after a stray trailing space still
            # ends the paragraph: joining them would erase the break readers rely on.
            if next_depth != depth or not next_content.strip() or next_content == _SIGNATURE:
                break
            i += 1
            if not _soft(next_content):
                pieces.append(next_content)
                break
            pieces.append(next_content[:-1] if delsp else next_content)
        out.append(head + "".join(pieces))
    return "\n".join(out)
