"""Chinese double-byte text (GB18030/GBK, Big5) told apart from its single-byte misreadings.

Foxmail, old Outlook and webmail send a subject or a display name as raw GBK or Big5 bytes
with no RFC 2047 word around them, often behind a Latin label ("RE: C. CWS 175 提名…").
Short text like that defeats charset-normalizer, which may call it ISO-8859-2, windows-1251
or Korean. The charset that fits is chosen by what Chinese text looks like: the bytes
decode without error, every character above 0x7F is a Han character or Chinese
punctuation, and most Han characters are common ones. The bytes of Western, Russian or
Arabic text read as GBK give rare characters, or Han characters inside Latin words.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

__all__ = ["han_reading"]

# GB18030 first: the mainland's offices write it (under the labels gb2312, gbk, gb18030);
# Big5 is Taiwan's and Hong Kong's.
_CODECS = ("gb18030", "big5")
# The codec a chosen reading decodes the whole text with: HKSCS is Big5 with Hong Kong's
# additions, which Big5 mail in Hong Kong and Macao carries.
_FULL_CODEC = {"gb18030": "gb18030", "big5": "big5hkscs"}
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# What else Chinese text carries above 0x7F: CJK and full-width punctuation, dashes, quotes
# and the ellipsis, "·", "×", "№", "①", "Ⅰ", "※", "■", "☐"/"☒" boxes, a text table's "│", "€", a no-break space.
_CHINESE_OTHER = re.compile(
    r"[\u3000-\u303f\u30fb\uff01-\uff5e\uffe0-\uffe5\u2010-\u203b\u2116\u2160-\u216b"
    r"\u2460-\u249b\u2500-\u257f\u25a0-\u25ff\u2605\u2606\u2610-\u2612\u00a0\u00b7\u00d7\u00f7\u20ac\u2236]"
)
# A Han character touching a lower-case Latin letter: "utilis閑", "cr閍tion".
_IN_LATIN_WORD = re.compile(
    r"(?<=[a-z])[\u3400-\u9fff\uf900-\ufaff]|[\u3400-\u9fff\uf900-\ufaff](?=[a-z])"
)
_MIN_HAN = 2
# The share of Han characters that must be common ones; names bring a rare one or two.
_MIN_COMMON = 0.6
_SAMPLE = 4096


@lru_cache(maxsize=8192)
def _common(char: str, codec: str) -> bool:
    """Whether `char` is among the most used characters: GB2312's first level (rows
    0xB0-0xD7) or Big5's frequent characters (0xA440-0xC67E). In a GB18030 reading either
    counts, since GBK mail from Hong Kong or Macao is written in traditional characters; a
    Big5 reading holds no simplified ones."""
    if codec == "gb18030":
        try:
            data = char.encode("gb2312")
        except UnicodeEncodeError:
            pass
        else:
            if 0xB0 <= data[0] <= 0xD7:
                return True
    try:
        data = char.encode("big5")
    except UnicodeEncodeError:
        return False
    return 0xA440 <= int.from_bytes(data, "big") <= 0xC67E


def _share_common(data: bytes, codec: str) -> float | None:
    """The share of common Han characters in `data` read as `codec`, or None when that
    reading is no Chinese text."""
    decoder = codecs.getincrementaldecoder(codec)()
    try:
        # A sample cut inside a character leaves its first byte to the decoder, unread.
        text = decoder.decode(data[:_SAMPLE], final=len(data) <= _SAMPLE)
    except UnicodeDecodeError:
        return None
    high = [c for c in text if c > "\x7f"]
    han = _HAN.findall(text)
    if len(han) < _MIN_HAN or any(not _HAN.match(c) and not _CHINESE_OTHER.match(c) for c in high):
        return None
    # Western text read as GBK pairs each accented letter with the ASCII letter after it
    # ("é" + "l" is "閘"), so its Han characters sit inside Latin words.
    if len(_IN_LATIN_WORD.findall(text)) * 2 > len(han):
        return None
    return sum(_common(c, codec) for c in han) / len(han)


def han_reading(data: bytes) -> tuple[str, str] | None:
    """`(text, codec)` when `data` reads as Chinese in GB18030 or Big5, else None.

    >>> han_reading("RE: C. CWS 175 提名【XML4IP】".encode("gbk"))[1]
    'gb18030'
    >>> han_reading("RE: C. CWS 175 提名【XML4IP】".encode("big5"))[1]
    'big5'
    >>> han_reading("adresse électronique utilisée".encode("cp1252")) is None
    True
    """
    if data.isascii():
        return None
    best: tuple[float, str] | None = None
    for codec in _CODECS:
        share = _share_common(data, codec)
        # On a tie the codec listed first wins.
        if share is not None and share >= _MIN_COMMON and (best is None or share > best[0]):
            best = (share, codec)
    if best is None:
        return None
    codec = _FULL_CODEC[best[1]]
    return data.decode(codec, errors="replace"), best[1]
