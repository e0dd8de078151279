"""Bytes and RFC 2047 header words to text without losing characters: declared charset, then detection."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.header import decode_header
from functools import lru_cache

from charset_normalizer import from_bytes

from parsers.arabic_bytes import arabic_lettered, arabic_reading, mixed_case_words
from parsers.han_bytes import han_reading

__all__ = [
    "MAX_HEADER_CHARS",
    "Decoded",
    "decode_bytes",
    "decode_header_value",
    "python_codec",
    "unfold",
]

# Labels mail clients send whose real repertoire is a superset (WHATWG Encoding Standard):
# "iso-8859-1" mail routinely carries cp1252 quotes, "gb2312" mail carries GBK characters.
_SUPERSETS = {
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "cp1252": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "iso2022_jp": "iso2022_jp_ext",
}
# Python text codecs that are no MIME charset: they raise on ordinary bytes even with
# errors="replace" (idna, punycode, undefined) or reinterpret backslashes (the escapes).
_NOT_CHARSETS = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"})
# Single-byte codecs that accept every byte sequence, so a wrong label never raises.
_NEVER_FAIL = frozenset({"cp1252", "latin-1", "iso8859-1", "cp1254", "iso8859-15", "iso8859-9"})
# Detection candidates: the encodings mail in the six UN languages (and neighbours) uses.
# Restricting charset-normalizer to these makes it about three times faster.
_CANDIDATES = (
    "utf_8", "cp1252", "cp1250", "cp1251", "koi8_r", "cp866", "cp1253", "cp1254", "cp1255",
    "cp1256", "cp1257", "iso8859_2", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_15",
    "mac_roman", "gb18030", "big5", "cp932", "euc_jp", "iso2022_jp", "cp949", "cp874",
    "utf_16",
)  # fmt: skip
_LATIN_LETTERS = re.compile(r"[A-Za-z]")
_HIGH_LETTERS = re.compile(r"[\u00c0-\u00ff]")
MAX_HEADER_CHARS = 16 * 1024
_HIGH_RUN = re.compile(r"[^\x00-\x7f]+")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
# The lowercase letters windows-1251 and KOI8-R can decode to ("а"-"я", "ѐ"-"џ", "ґ").
_CYRILLIC_LOWER = re.compile(r"[\u0430-\u045f\u0491]")
# A Cyrillic letter glued to a Latin one: "Tйcnico", "Designaciуn" are Western words whose
# accented letters windows-1251 reads as Cyrillic; Russian words are Cyrillic throughout.
_MIXED_WORD = re.compile(r"[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")
_FOLD = re.compile(r"[\r\n]+[ \t]*")
_MIN_DETECT_BYTES = 8
_CYRILLIC_CODECS = frozenset({"cp1251", "koi8-r", "iso8859-5", "cp866"})  # codecs.lookup names


@dataclass(frozen=True)
class Decoded:
    """Decoded text and, when the declared charset was not used as is, a note for `defects`."""

    text: str
    defect: str | None = None


@lru_cache(maxsize=256)
def python_codec(label: str | None) -> str | None:
    """The Python codec to use for a MIME charset label, or None if unknown.

    >>> python_codec("ISO-8859-1"), python_codec("gb2312"), python_codec("x-unknown")
    ('cp1252', 'gb18030', None)
    >>> python_codec("base64"), python_codec("idna")
    (None, None)
    """
    if not label:
        return None
    name = label.strip().strip('"').lower()
    if name in _SUPERSETS:
        return _SUPERSETS[name]
    try:
        canonical = codecs.lookup(name).name
        # codecs.lookup() also knows "base64", "rot13", "zlib": bytes-to-bytes codecs that
        # str.encode() refuses with LookupError. They are not character sets.
        "".encode(canonical)
    except (LookupError, ValueError):
        return None
    return None if canonical in _NOT_CHARSETS else _SUPERSETS.get(canonical, canonical)


def _looks_mislabelled(text: str) -> bool:
    # Cyrillic or Greek sent as windows-125x but labelled iso-8859-1 decodes into runs of
    # accented Latin letters ("Ïðèâåò"); real Western text is mostly plain ASCII letters.
    high = len(_HIGH_LETTERS.findall(text))
    if high < 4:
        return False
    return high > len(_LATIN_LETTERS.findall(text)) * 0.5


def _cyrillic(data: bytes) -> tuple[str, str] | None:
    # charset-normalizer guesses badly on short Russian text; windows-1251 and KOI8-R put
    # the two letter cases in swapped halves, so the reading with mostly lowercase wins.
    best: tuple[float, str, str] | None = None
    sample = data[:4096]
    for codec in ("cp1251", "koi8_r"):
        text = sample.decode(codec, errors="replace")
        # Counted in C (encode, regex), not character by character in Python: this runs
        # on every part whose charset is not declared.
        high = len(text) - len(text.encode("ascii", "ignore"))
        letters = len(text) - len(_CYRILLIC_LETTER.sub("", text))
        if letters < 4 or letters < 0.9 * high:
            continue
        runs = _HIGH_RUN.findall(text)
        if max((len(run) for run in runs), default=0) > 30:
            continue
        if len(_MIXED_WORD.findall(text)) * 2 > len(runs) or mixed_case_words(text):
            continue
        lower = (len(text) - len(_CYRILLIC_LOWER.sub("", text))) / letters
        if lower >= 0.6 and (best is None or lower > best[0]):
            best = (lower, text, codec)
    return None if best is None else (data.decode(best[2], errors="replace"), best[2])


# What only a Cyrillic misreading of other bytes gives: a letter Russian has no use for
# ("ґ", "Ў", "ј"; "ё" it has), a box-drawing sign, a word whose case changes inside ("дЙ"), or letters
# between digits ("10тб12ху" is "10月12日" read as KOI8-R).
_NOT_RUSSIAN = re.compile(
    r"[\u0400\u0402-\u040f\u0450\u0452-\u04ff\u2500-\u25ff]|[\u0430-\u044f][\u0410-\u042f]"
    r"|\d[\u0410-\u044f]+\d"
)


_CHINESE_MARKS = re.compile(r"[\u3000-\u303f\uff01-\uff5e]|\d[\u4e00-\u9fff]|[\u4e00-\u9fff]\d")


def _detect(data: bytes) -> tuple[str, str] | None:
    cyrillic = _cyrillic(data)
    # GBK and Big5 pair bytes that windows-1251 and KOI8-R read as letters too; Russian
    # keeps bytes that make plain Russian, Chinese those whose Cyrillic reading is odd.
    han = han_reading(data)
    if cyrillic is not None and (han is None or not _NOT_RUSSIAN.search(cyrillic[0])):
        return cyrillic
    # Short Arabic words are pairs of bytes GBK reads as common characters too; only Chinese
    # glues its characters to digits ("2023年10月") or writes full-width punctuation.
    if han is not None and (not arabic_lettered(data) or _CHINESE_MARKS.search(han[0])):
        return han
    # Short Arabic text defeats charset-normalizer as short Russian does.
    arabic = arabic_reading(data)
    if arabic is not None:
        return arabic
    # charset-normalizer over a bounded sample keeps detection cheap on large parts.
    results = from_bytes(data[:65536], cp_isolation=list(_CANDIDATES))
    best = results.best()
    if best is None:
        return None
    # A tie (Spanish bytes read alike by windows-1252 and windows-1250 but for "ñ"/"ń")
    # goes to the encoding listed first, the one mail in these languages uses most.
    tied = [
        r
        for r in results
        if (r.chaos, r.coherence) == (best.chaos, best.coherence) and r.encoding in _CANDIDATES
    ]
    if tied:
        best = min(tied, key=lambda r: _CANDIDATES.index(r.encoding))
    try:
        return data.decode(best.encoding, errors="replace"), best.encoding
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None) -> Decoded:
    """Decode `data`, trusting `declared` only while it fits the bytes.

    Falls back to UTF-8, then charset-normalizer, then cp1252 with replacement, and says so.

    >>> decode_bytes("Привет, коллеги".encode("cp1251"), "iso-8859-1").text
    'Привет, коллеги'
    """
    if not data:
        return Decoded("")
    codec = python_codec(declared)
    if codec in _NEVER_FAIL and not data.isascii():
        # Valid non-ASCII UTF-8 is almost never an accident in a single-byte charset.
        try:
            return Decoded(data.decode("utf-8"), f"charset {declared} declared; bytes are utf-8")
        except UnicodeDecodeError:
            pass
    if codec is not None:
        try:
            text = data.decode(codec)
        except (UnicodeError, LookupError):
            pass
        else:
            if codec in _CYRILLIC_CODECS and mixed_case_words(text):
                # Arabic windows-1256 under a Cyrillic label reads as "гАсгои".
                arabic = arabic_reading(data)
                if arabic is not None:
                    return Decoded(
                        arabic[0], f"charset {declared} looked wrong; decoded as {arabic[1]}"
                    )
            if codec not in _NEVER_FAIL or not _looks_mislabelled(text):
                return Decoded(text)
            detected = _detect(data)
            if detected is not None and not _looks_mislabelled(detected[0]):
                return Decoded(
                    detected[0], f"charset {declared} looked wrong; decoded as {detected[1]}"
                )
            return Decoded(text)
    if codec != "utf_8":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            note = None if declared is None or data.isascii() else f"charset {declared} failed"
            return Decoded(text, None if note is None else f"{note}; decoded as utf-8")
    reason = f"charset {declared} " + ("unknown" if codec is None else "failed")
    if declared is None:
        reason = "no charset declared"
    if len(data) >= _MIN_DETECT_BYTES:
        detected = _detect(data)
        if detected is not None:
            return Decoded(detected[0], f"{reason}; detected {detected[1]}")
    return Decoded(data.decode("cp1252", errors="replace"), f"{reason}; read as cp1252")


def _bytes_of(value: str) -> bytes | None:
    # The email package keeps raw 8-bit header bytes as lone surrogates (surrogateescape).
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", errors="surrogateescape")
    return None


def newlines(text: str) -> str:
    """CRLF and old-Mac CR line ends as LF, so every caller splits lines the same way."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def unfold(value: str) -> str:
    """Undo RFC 5322 header folding: a line break plus indentation becomes one space."""
    return _FOLD.sub(" ", value).strip()


def decode_header_value(value: object, defects: list[str] | None = None) -> str:
    """Decode a raw header value: RFC 2047 encoded words, raw 8-bit bytes, folding.

    >>> decode_header_value("=?koi8-r?B?8NLJ18XU?= world")
    'Привет world'
    """
    text = str(value)
    if len(text) > MAX_HEADER_CHARS:
        # RFC 2047 decoding in the stdlib is superlinear in the number of encoded words.
        text = text[:MAX_HEADER_CHARS]
        if defects is not None:
            defects.append(f"header value over {MAX_HEADER_CHARS} characters cut")
    raw = _bytes_of(text)
    if raw is not None:
        decoded = decode_bytes(raw, "utf-8")
        text = decoded.text
        if decoded.defect and defects is not None:
            defects.append(f"8-bit header: {decoded.defect}")
    text = unfold(text).replace("\x00", "")
    if "=?" not in text:
        return text
    try:
        chunks = decode_header(text)
    except (HeaderParseError, ValueError, UnicodeError):
        return text
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        if charset is None:
            # decode_header() hands back undecorated runs as raw-unicode-escape bytes.
            out.append(chunk.decode("raw-unicode-escape", errors="replace"))
            continue
        decoded = decode_bytes(chunk, charset)
        if decoded.defect and defects is not None:
            defects.append(f"encoded word: {decoded.defect}")
        out.append(decoded.text)
    return "".join(out).replace("\x00", "").strip()
