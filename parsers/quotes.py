"""Split a body into what the sender wrote now, their signature, quoted history and forwards.

Everything works on offset-preserving masks: the returned texts have the length of the
input, with the characters that do not belong replaced by spaces (newlines kept), so an
offset found in a mask is an offset into the body the MIME reader produced. Where the
history starts is found by history_markers.py, where the signature starts by signatures.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from parsers.history_markers import (
    ATTRIBUTION,
    HEADER_FROM,
    HEADER_SUBJECT,
    history_start,
    is_forward_subject,
    skip_headers,
)
from parsers.signatures import signature_start

__all__ = ["OURS", "QuoteSplit", "split_quotes"]

# How many forwards inside a forward are split in turn.
_FORWARD_LEVELS = 3
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
# An attribution line and the "> " lines under it (blank lines allowed inside).
_QUOTE_BLOCK = re.compile(r"[^\n]*\n(?:[ \t]*(?:>[^\n]*)?\n)*[ \t]*>[^\n]*(?:\n|$)")
_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# Yandex and Mail.ru open a forwarded message with one attribution line, no header block:
# '16.10.2023, 15:20, "Тофиг Керимов" <t.karimov@office.example>:'. The name and the
# address in angle brackets before the closing colon are its sender.
_ATTRIBUTION_SENDER = re.compile(
    r"[ \t]*[^\n<>\"]{0,60}?(?P<who>(?:\"[^\"\n]{1,80}\"[ \t]*)?<[^\s<>@]+@[^\s<>@]+>)[ \t]*:[ \t]*$",
    re.MULTILINE,
)
# The Secretariat's own name on an attribution line ("CWS Mail", "WIPO CWS Secretariat",
# "Секретариат КСВ", "产权组织秘书处"); the same words request_answers.py takes for ours.
_OUR_NAME = re.compile(
    r"secr[eé]tar|секретариат|秘书处|秘書處|الأمانة|\b(?:WIPO|OMPI|CWS)\b|ВОИС|КСВ|产权组织|產權組織"
    r"|الويبو",
    re.IGNORECASE,
)
# `earlier_from` of a quoted message whose attribution names the Secretariat but no address.
OURS = "(secretariat)"


Span = tuple[int, int]


@dataclass(frozen=True)
class QuoteSplit:
    """Where the parts of one body are; `new`, `quoted` and `signature` are masks of it."""

    source: str
    new_spans: tuple[Span, ...]
    quoted_spans: tuple[Span, ...]
    signature_spans: tuple[Span, ...]
    forwarded: QuoteSplit | None = None
    forward_start: int | None = None
    # Where the quoted message this one replies to begins, and its sender if the quote says.
    earlier_start: int | None = None
    earlier_from: str | None = None
    # The "From:" value of a forwarded message's header block ("Claire Martin <c@x>").
    forward_sender: str | None = None

    @cached_property
    def new(self) -> str:
        return _mask(self.source, self.new_spans)

    @cached_property
    def quoted(self) -> str:
        return _mask(self.source, self.quoted_spans)

    @cached_property
    def signature(self) -> str:
        return _mask(self.source, self.signature_spans)

    def earlier(self) -> QuoteSplit | None:
        """The quoted message this one answers, split on its own (computed on demand)."""
        if self.earlier_start is None:
            return None
        return split_quotes(
            _unquote(self.source, self.earlier_start), start=self.earlier_start, nested=True
        )

    def earlier_quoted(self) -> tuple[QuoteSplit, str | None] | None:
        """The message the quoted one quotes in turn (the office's nomination under our
        acknowledgement of it), split on its own, with its sender's address if its header
        gives one; None if the quoted message quotes nothing."""
        if self.earlier_start is None:
            return None
        text = _unquote(self.source, self.earlier_start)
        history = history_start(text, self.earlier_start, len(text))
        if history is None or history[1] != "reply":
            return None
        begin, sender = _quoted_message(text, history[0])
        return split_quotes(_unquote(text, begin), start=begin, nested=True), sender

    @property
    def new_text(self) -> str:
        return _tidy(self.new)

    @property
    def is_forward(self) -> bool:
        return self.forwarded is not None


def _spaces(segment: str) -> str:
    return "\n".join(" " * len(part) for part in segment.split("\n"))


def _mask(text: str, spans: tuple[Span, ...]) -> str:
    """Only the characters inside `spans` (sorted, disjoint) visible; the rest spaces, newlines kept."""
    out: list[str] = []
    pos = 0
    for start, end in spans:
        if start > pos:
            out.append(_spaces(text[pos:start]))
        out.append(text[start:end])
        pos = max(pos, end)
    if pos < len(text):
        out.append(_spaces(text[pos:]))
    return "".join(out)


def _minus(span: Span, holes: list[Span]) -> list[Span]:
    """`span` without the `holes` (sorted, disjoint, inside it)."""
    out: list[Span] = []
    pos = span[0]
    for start, end in holes:
        if start > pos:
            out.append((pos, min(start, span[1])))
        pos = max(pos, end)
    if pos < span[1]:
        out.append((pos, span[1]))
    return [s for s in out if s[0] < s[1]]


def _tidy(masked: str) -> str:
    lines = [line.rstrip() for line in masked.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _unquote(text: str, start: int) -> str:
    """`text` with the ">" markers of quoted lines after `start` turned into spaces."""
    return text[:start] + _QUOTE_MARK.sub(lambda m: " " * len(m.group(0)), text[start:])


def split_quotes(
    text: str, *, subject: str = "", start: int = 0, nested: bool = False, chain: int = 0
) -> QuoteSplit:
    """Split `text[start:]` into new text, signature, quoted history and a forwarded part.

    A forward marker ("---------- Forwarded message ---------", "Début du message
    réexpédié", "Пересылаемое сообщение"...) or an Outlook header block under a "Fwd:"
    subject makes the history a forwarded message, split again on its own (and, for a
    forward of a forward, `chain` levels further down). A reply
    written under the quote (bottom-posting) counts as the new text.

    >>> split_quotes("Hello\n\nOn Mon, 2 Oct 2023, A <a@x.example> wrote:\n> Name of Office:").new_text
    'Hello'
    """
    end = len(text)
    history = history_start(text, start, end)
    cut = history[0] if history else end
    if history is not None and history[1] == "reply" and not text[start:cut].strip():
        # Bottom-posting: "On ... wrote:" and "> " lines first, the answer below them.
        below = _QUOTE_BLOCK.match(text, cut)
        if below and below.end() < end and text[below.end() :].strip():
            inner = split_quotes(text, subject=subject, start=below.end(), nested=nested)
            return replace(inner, quoted_spans=((cut, below.end()), *inner.quoted_spans))
    holes = [(m.start(), m.end()) for m in _QUOTED_LINE.finditer(text, start, cut)]
    own = _minus((start, cut), holes)
    new = _mask(text, tuple(own))
    sig_start = signature_start(new, start, cut)
    new_spans = tuple((s, min(e, sig_start)) for s, e in own if s < sig_start)
    signature_spans = tuple((max(s, sig_start), e) for s, e in own if e > sig_start)
    quoted_spans = (*holes, (cut, end)) if cut < end else tuple(holes)
    forwarded = None
    earlier_start = earlier_from = None
    forward_sender = None
    if history is not None and (history[1] == "forward" or is_forward_subject(subject)):
        if not nested or chain > 0:
            body_start = skip_headers(text, history[0])
            # A forward of a forward ("RV: RV: ...", one header block under another): the
            # message forwarded is split the same way, a few levels down.
            inner_subject = HEADER_SUBJECT.search(text, history[0], body_start)
            forwarded = split_quotes(
                text,
                start=body_start,
                nested=True,
                subject=inner_subject.group(1) if inner_subject else "",
                chain=_FORWARD_LEVELS if not nested else chain - 1,
            )
            sender = HEADER_FROM.search(text, history[0], body_start)
            if sender:
                forward_sender = text[sender.end() : text.find("\n", sender.end())].strip(" *")
            else:
                line_end = text.find("\n", body_start)
                attribution = _ATTRIBUTION_SENDER.match(
                    text, body_start, line_end if line_end >= 0 else len(text)
                )
                forward_sender = attribution.group("who") if attribution else None
    elif history is not None and not nested:
        earlier_start, earlier_from = _quoted_message(text, history[0])
    return QuoteSplit(
        text,
        new_spans,
        quoted_spans,
        signature_spans,
        forwarded,
        cut if forwarded else None,
        earlier_start,
        earlier_from,
        forward_sender,
    )


def _quoted_message(text: str, at: int) -> tuple[int, str | None]:
    """Where the message quoted at `at` (its header block or attribution line) begins, and
    the address its header names as the sender."""
    header = text[at : at + 1000].split("\n\n", 1)[0]
    begin = skip_headers(text, at)
    attribution = ATTRIBUTION.match(text, at)
    if attribution:
        # The line after it (an attribution may be wrapped over two).
        begin = text.find("\n", attribution.end()) + 1 or len(text)
        line = text[at:begin]
        if not _ADDRESS.search(line) and _OUR_NAME.search(line):
            # "11.10.2023 15:42, CWS Mail пишет:": our own mail, though it names no
            # address; any address below it is a nominee's that it repeats.
            return begin, OURS
    address = _ADDRESS.search(header)
    return begin, address.group(0).lower() if address else None
