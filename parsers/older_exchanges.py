"""Where a body's history of an older exchange begins: below the message the mail quotes.

A mail quotes the message it answers, and that message may quote an older one in turn
(the office's earlier mail under our acknowledgement of it). What the mail forwards is
sent now, and so is the message it quotes when that message quotes nothing older (the
system's notice an office sends on with Outlook's "From:/Sent:" block and a subject of its
own); anything below a second history marker belongs to an older exchange.
"""

from __future__ import annotations

import re

from parsers.history_markers import history_start, skip_headers
from parsers.quotes import QuoteSplit

__all__ = ["older_exchange_start"]

# A quoted line's ">" marks, blanked one for one so that offsets stay those of the body.
_QUOTE_MARKS = re.compile(r"^[ \t]*>[ \t>]*", re.MULTILINE)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def older_exchange_start(split: QuoteSplit) -> int | None:
    """The offset in `split.source` where an older exchange's history begins, else None."""
    text = split.source
    message, start = split, 0
    # Forwarded messages, however deep the chain, are sent now.
    while message.forwarded is not None and message.forward_start is not None:
        start = skip_headers(text, message.forward_start)
        message = message.forwarded
    quoted = history_start(text, start, len(text))
    if quoted is None or message.forwarded is not None:
        return None
    # The quoted message's own text: past its marker line and header block, its ">" blanked.
    line_end = text.find("\n", quoted[0])
    own = skip_headers(text, len(text) if line_end < 0 else line_end + 1)
    unquoted = text[:own] + _QUOTE_MARKS.sub(_blank, text[own:])
    older = history_start(unquoted, own, len(unquoted))
    return None if older is None else older[0]
