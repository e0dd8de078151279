"""RTF (attachments and Outlook RTF bodies) to plain text: drop control words, keep the text."""

from __future__ import annotations

import re

from parsers.charsets import python_codec

__all__ = ["rtf_to_text"]

# Control word, control symbol, hex escape, group delimiters, or a run of plain text.
_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+"
)
# Destinations whose content is not document text (RTF 1.9.1 specification, "Destinations").
_SKIP = frozenset(
    {
        b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"header",
        b"footer", b"headerl", b"headerr", b"footerl", b"footerr", b"listtable",
        b"listoverridetable", b"rsidtbl", b"generator", b"xmlnstbl", b"themedata",
        b"colorschememapping", b"latentstyles", b"datastore", b"fldinst", b"filetbl",
        b"revtbl", b"pgdsctbl", b"mmathPr", b"bkmkstart", b"bkmkend",
    }
)  # fmt: skip
_BREAKS = {b"par": "\n", b"line": "\n", b"row": "\n", b"sect": "\n\n", b"page": "\n\n"}
_CHARS = {b"tab": "\t", b"cell": " | ", b"emdash": "—", b"endash": "–", b"bullet": "•",
          b"lquote": "‘", b"rquote": "’", b"ldblquote": "“", b"rdblquote": "”"}  # fmt: skip
_MAX_GROUP_DEPTH = 200


def rtf_to_text(data: bytes) -> str:
    r"""Visible text of an RTF document; table cells joined by " | ", one row a line.

    >>> rtf_to_text(rb"{\rtf1\ansi\ansicpg1251{\fonttbl{\f0 Arial;}}\f0 \'cf\'f0\'e8\par Name\cell Smith\cell\row}")
    'При\nName | Smith |'
    >>> rtf_to_text(rb"{\rtf1\ansi\pard\intbl xx-jdoe\line j@office.example\cell\row\pard Done\par}")
    'xx-jdoe j@office.example |\nDone'
    """
    codec = "cp1252"
    out: list[str] = []
    pending = bytearray()
    skip_depth: int | None = None
    stack: list[int] = []  # \ucN per group: bytes to skip after each \uN
    uc = 1
    skip_next = 0
    # Inside a table cell (\intbl until \pard or \row) a line or paragraph break stays
    # in the cell: its lines are one value, as in an HTML or Word cell.
    in_cell = False

    def flush() -> None:
        if pending:
            out.append(pending.decode(codec, errors="replace"))
            pending.clear()

    for match in _TOKEN.finditer(data):
        word, arg, hexbyte, symbol, brace, text = match.groups()
        in_skip = skip_depth is not None
        if brace == b"{":
            stack.append(uc)
            if len(stack) > _MAX_GROUP_DEPTH:
                break
        elif brace == b"}":
            uc = stack.pop() if stack else 1
            if skip_depth is not None and len(stack) < skip_depth:
                skip_depth = None
        elif in_skip:
            continue
        elif skip_next and (hexbyte or text):
            skip_next -= 1
            if text and len(text) > 1:
                flush()
                out.append(text[1:].decode(codec, errors="replace"))
        elif word is not None:
            flush()
            if word in _SKIP:
                skip_depth = len(stack)
            elif word == b"ansicpg" and arg:
                codec = python_codec(f"cp{arg.decode()}") or codec
            elif word == b"uc" and arg:
                uc = int(arg)
            elif word == b"u" and arg:
                out.append(chr(int(arg) % 65536))
                skip_next = uc
            elif word == b"intbl":
                in_cell = True
            elif word in (b"pard", b"row"):
                in_cell = False
                if word == b"row":
                    out.append(_BREAKS[word])
            elif word in (b"par", b"line") and in_cell:
                out.append(" ")
            elif word in _BREAKS:
                out.append(_BREAKS[word])
            elif word in _CHARS:
                out.append(_CHARS[word])
        elif symbol is not None:
            flush()
            if symbol == b"*":
                skip_depth = len(stack)
            elif symbol in (b"\\", b"{", b"}"):
                out.append(symbol.decode())
            elif symbol == b"~":
                out.append(" ")
        elif hexbyte is not None:
            pending.append(int(hexbyte, 16))
        elif text is not None:
            flush()
            out.append(text.decode(codec, errors="replace"))
    flush()
    lines = [" ".join(line.split()) for line in "".join(out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
