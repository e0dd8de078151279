"""Inline OpenPGP clear-signed text (RFC 4880, 7.1) read as the letter its signer wrote.

A clear-signed message opens with "-----BEGIN PGP SIGNED MESSAGE-----" and its "Hash:"
lines, ends with an armoured "-----BEGIN PGP SIGNATURE----- ... -----END PGP SIGNATURE-----"
block, and escapes every line of the letter that begins with a dash as "- -": a list item
"- Ms Guðrún ..." reads "- - Ms Guðrún ...", the signature separator "- -- ". Left as is,
the armour is read as text and the escaped dashes as part of names. A signed message quoted
in a reply ("> -----BEGIN PGP SIGNED MESSAGE-----") is unwrapped the same way under its
quote marks.
"""

from __future__ import annotations

import re

__all__ = ["unwrap_clearsigned"]

_BEGIN = re.compile(r"^(?P<marks>[ \t>]*)-----BEGIN PGP SIGNED MESSAGE-----[ \t]*$", re.MULTILINE)
_SIGNATURE = "-----BEGIN PGP SIGNATURE-----"
_END = "-----END PGP SIGNATURE-----"
# An armour header line between the opening line and the blank line: "Hash: SHA256".
_ARMOUR_HEADER = re.compile(r"[A-Za-z][A-Za-z-]*:[ \t]")


def unwrap_clearsigned(text: str) -> str:
    """`text` with each clear-signed block's armour dropped and its dash-escapes undone;
    text with no such block is returned as it is.

    >>> unwrap_clearsigned(
    ...     "-----BEGIN PGP SIGNED MESSAGE-----\\nHash: SHA256\\n\\n- - Ms A\\n"
    ...     "-----BEGIN PGP SIGNATURE-----\\n\\nabc\\n-----END PGP SIGNATURE-----\\n"
    ... )
    '- Ms A\\n'
    """
    if "-----BEGIN PGP SIGNED MESSAGE-----" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        begin = _BEGIN.fullmatch(lines[k])
        if begin is None:
            out.append(lines[k])
            k += 1
            continue
        marks = begin.group("marks")
        k += 1
        # The armour headers up to the blank line that ends them.
        while k < len(lines) and _ARMOUR_HEADER.match(_content(lines[k], marks)):
            k += 1
        if k < len(lines) and not _content(lines[k], marks).strip():
            k += 1
        while k < len(lines) and _content(lines[k], marks).strip() != _SIGNATURE:
            line = lines[k]
            body = _content(line, marks)
            out.append(line[: len(line) - len(body)] + (body[2:] if body[:2] == "- " else body))
            k += 1
        # The signature block, up to and with its last line.
        while k < len(lines) and _content(lines[k], marks).strip() != _END:
            k += 1
        k += 1
    return "\n".join(out)


def _content(line: str, marks: str) -> str:
    """The line without the quote marks the signed block sits under."""
    return line[len(marks) :] if marks and line.startswith(marks.rstrip()) else line
