"""The bytes of a reply written directly, as the email package would write them.

Building an EmailMessage and flattening it cost about 1.3 ms a reply, most of it the
header registry parsing values we had just built and the generator refolding lines that
needed no folding. Here a header whose line is short printable ASCII is written as it
stands, which is what the policy's folding gives for such a line, and the body parts are
encoded with the content manager's own rules (7bit, 8bit, quoted-printable or base64,
chosen the same way). Anything else (non-ASCII, long lines, unusual addresses) is left to
the caller's fallback through the email package. tests/replies/test_wire.py compares the
result with EmailMessage.as_bytes() byte for byte, the MIME boundary aside.
"""

from __future__ import annotations

import binascii
import re
import secrets
import sys
from collections.abc import Sequence
from functools import lru_cache

__all__ = [
    "MAX_LINE",
    "alternative",
    "encode_text",
    "plain_address_list",
    "plain_line",
    "quoted_printable",
]

MAX_LINE = 78  # policy.SMTP.max_line_length
_CRLF = b"\r\n"
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_DOT_ATOM = rf"{_ATEXT}+(?:\.{_ATEXT}+)*"
_PLAIN_ADDRESS = re.compile(rf"{_DOT_ATOM}@{_DOT_ATOM}")
# Atoms only: a display name with specials (RFC 5322 3.2.3) would be quoted.
_PLAIN_NAME = re.compile(rf"{_ATEXT}+(?: {_ATEXT}+)*")
_PLAIN_VALUE = re.compile(r"[!-~]+(?: [!-~]+)*")
# What Generator._make_boundary makes: 15 "=", sys.maxsize's width of digits, "==".
_BOUNDARY_DIGITS = len(repr(sys.maxsize - 1))
_BASE64_CHUNK = MAX_LINE // 4 * 3


def _plain(value: str) -> bool:
    # "=?" could start an RFC 2047 encoded word, which the header parser would decode.
    return _PLAIN_VALUE.fullmatch(value) is not None and "=?" not in value


def plain_line(name: str, value: str) -> bytes | None:
    """`Name: value` CRLF when the value needs no encoding and no folding, else None."""
    if len(name) + 2 + len(value) > MAX_LINE or not _plain(value):
        return None
    return f"{name}: {value}\r\n".encode("ascii")


def plain_address_list(mailboxes: Sequence[tuple[str, str]]) -> str | None:
    """ "name <address>, ..." for (display name, address) pairs of atoms only, else None."""
    written = []
    for name, address in mailboxes:
        if _PLAIN_ADDRESS.fullmatch(address) is None or "=?" in address:
            return None
        if not name:
            written.append(address)
        elif _PLAIN_NAME.fullmatch(name) is None or "=?" in name:
            return None
        else:
            written.append(f"{name} <{address}>")
    return ", ".join(written) or None


def encode_text(text: str) -> tuple[str, bytes]:
    """(Content-Transfer-Encoding, body with CRLF line ends) as set_content(charset="utf-8")
    and the SMTP policy choose and write them (email.contentmanager's heuristics)."""
    lines = text.encode("utf-8").splitlines()
    if max((len(line) for line in lines), default=0) <= MAX_LINE:
        body = _CRLF.join(lines) + _CRLF
        return ("7bit" if body.isascii() else "8bit"), body
    sniff = _CRLF.join(lines[:10]) + _CRLF
    sniff_qp = quoted_printable(lines[:10])
    if len(sniff_qp) > len(binascii.b2a_base64(sniff)):
        data = _CRLF.join(lines) + _CRLF
        chunks = (data[i : i + _BASE64_CHUNK] for i in range(0, len(data), _BASE64_CHUNK))
        return "base64", b"".join(binascii.b2a_base64(c)[:-1] + _CRLF for c in chunks)
    encoded = sniff_qp + quoted_printable(lines[10:])
    return "quoted-printable", encoded.encode("ascii").replace(b"\n", _CRLF)


# quoprimime leaves printable ASCII but "=", space and tab as they are.
_QP_SAFE = frozenset(range(0x21, 0x7F)) - {ord("=")} | {ord(" "), ord("\t")}
_QP_TABLE = [chr(i) if i in _QP_SAFE else f"={i:02X}" for i in range(256)]


def quoted_printable(lines: Sequence[bytes]) -> str:
    """email.quoprimime.body_encode(CRLF-joined `lines` + CRLF, MAX_LINE): "\n" line ends.

    quoprimime encodes each line on its own, so a line is encoded once per process: a
    reply's lines are mostly the template's, the same in every reply, and escaping them
    was most of the cost of writing a reply.
    """
    return "".join([_qp_line(line) for line in lines])


@lru_cache(maxsize=4096)
def _qp_line(line: bytes) -> str:
    encoded: list[str] = []
    _wrap(line.decode("latin-1").translate(_QP_TABLE), encoded)
    encoded.append("")
    return "\n".join(encoded)


def _wrap(line: str, encoded: list[str]) -> None:
    # quoprimime.body_encode's line breaking, unchanged.
    start = 0
    laststart = len(line) - 1 - MAX_LINE
    while start <= laststart:
        stop = start + MAX_LINE - 1
        # Never break inside an escape sequence.
        if line[stop - 2] == "=":
            encoded.append(line[start : stop - 1])
            start = stop - 2
        elif line[stop - 1] == "=":
            encoded.append(line[start:stop])
            start = stop - 1
        else:
            encoded.append(line[start:stop] + "=")
            start = stop
    if line and line[-1] in " \t":
        # Whitespace at the end of a line is quoted, or kept before a soft break.
        room = start - laststart
        quoted = f"={ord(line[-1]):02X}"
        if room >= 3:
            tail = quoted
        elif room == 2:
            tail = line[-1] + "=\n"
        else:
            tail = "=\n" + quoted
        encoded.append(line[start:-1] + tail)
    else:
        encoded.append(line[start:])


def _part(subtype: str, text: str, *, mime_version: bool) -> bytes:
    cte, body = encode_text(text)
    head = f'Content-Type: text/{subtype}; charset="utf-8"\r\nContent-Transfer-Encoding: {cte}\r\n'
    # add_alternative makes the second part a message of its own: it has MIME-Version.
    if mime_version:
        head += "MIME-Version: 1.0\r\n"
    return head.encode("ascii") + _CRLF + body


def _boundary(parts: Sequence[bytes]) -> str:
    while True:
        token = secrets.randbelow(sys.maxsize)
        boundary = f"{'=' * 15}{token:0{_BOUNDARY_DIGITS}d}=="
        # Stricter than a delimiter line (anywhere, not only at a line start), and no
        # regex to compile for each new boundary.
        if not any(b"--" + boundary.encode("ascii") in part for part in parts):
            return boundary


def alternative(headers: bytes, text: str, html: str, *, trailer: bytes) -> bytes:
    """The whole message: `headers`, MIME-Version and the multipart/alternative Content-Type,
    `trailer` (header lines after those), then the text part and the HTML part."""
    parts = [_part("plain", text, mime_version=False), _part("html", html, mime_version=True)]
    boundary = _boundary(parts)
    delimiter = f"--{boundary}\r\n".encode("ascii")
    return b"".join(
        [
            headers,
            b"MIME-Version: 1.0\r\nContent-Type: multipart/alternative;\r\n",
            f' boundary="{boundary}"\r\n'.encode("ascii"),
            trailer,
            _CRLF,
            delimiter,
            parts[0],
            _CRLF,
            delimiter,
            parts[1],
            f"\r\n--{boundary}--\r\n".encode("ascii"),
        ]
    )
