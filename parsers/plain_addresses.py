"""Address headers in their plain forms, read without the full RFC 5322 parser.

Most From, To and Cc headers are plain: `addr@example.org`, `Jane Doe <jane@example.org>`,
`"Doe, Jane" <jane@example.org>`, a comma-separated list of those. mail-parser's hardened
parser (parsers.mime) reads any header, but at tens of microseconds a header it was a
tenth of a whole parse. `plain_addresses` reads only headers made of these forms, giving
exactly what mail-parser gives for them, and returns None for anything else (comments,
groups, encoded words, escapes, 8-bit text, an address as a display name), which then
goes to mail-parser.
"""

from __future__ import annotations

import re

__all__ = ["plain_addresses"]

# RFC 5322 atext (less the specials that need a careful reader), dots and spaces.
_PHRASE = r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~. \t]*"
_ATOM = r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+"
_ADDRESS = rf"{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
_ITEM = re.compile(
    rf"""[ \t]*(?:
        (?:"(?P<quoted>[^"\\\r\n]*)"|(?P<phrase>{_PHRASE}))[ \t]*<(?P<angled>{_ADDRESS})>
        |(?P<bare>{_ADDRESS})
    )[ \t]*(?:,|\Z)""",
    re.VERBOSE,
)
# Anything that needs the full parser: comments, groups, escapes, routes, encoded words.
_NOT_PLAIN = re.compile(r"[()\\;:\[\]\r\n]|=\?")


def plain_addresses(text: str) -> list[tuple[str, str]] | None:
    """(display name, address) pairs of a plain address header, or None if it is not plain."""
    if not text.isascii() or _NOT_PLAIN.search(text):
        return None
    pairs: list[tuple[str, str]] = []
    pos, end = 0, len(text)
    while pos < end:
        if text[pos] in ", \t":  # empty list items, as "a@example.org, " has
            pos += 1
            continue
        match = _ITEM.match(text, pos)
        if match is None:
            return None
        # A quoted name is kept as written; a bare phrase's runs of space become one.
        quoted = match["quoted"]
        name = quoted if quoted is not None else " ".join((match["phrase"] or "").split())
        pairs.append((name, match["angled"] or match["bare"]))
        pos = match.end()
    return pairs or None  # an empty header: mail-parser's own answer
