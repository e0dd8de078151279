"""Arabic single-byte text (windows-1256, ISO-8859-6) told apart from its Cyrillic misreadings.

Outlook Express and old webmail send Arabic as windows-1256 under whatever label the
sender's machine defaults to ("iso-8859-1" most often). The same bytes read as
windows-1251 or KOI8-R are Cyrillic letters too, so the charset that fits is chosen by
what Arabic text looks like: nearly every byte above 0x7F an Arabic letter, and the
article "ال" everywhere.
"""

from __future__ import annotations

import re

__all__ = ["arabic_lettered", "arabic_reading", "mixed_case_words"]

_CODECS = ("cp1256", "iso8859_6")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_ARTICLE = re.compile(r"(?<![\u0621-\u064a])\u0627\u0644")
# A Cyrillic lowercase letter followed by an uppercase one: Russian words are capitalised
# at their first letter or throughout, never "гАсгои" (Arabic bytes read as KOI8-R).
_LOWER_UPPER = re.compile(r"[\u0430-\u045f][\u0400-\u042f]")
# Letters with the marks and punctuation Arabic words carry: "،", "؛", "؟", the tatweel,
# the short vowels and the tanwin ("ثانياً").
_ARABIC_WRITING = re.compile(r"[\u060c\u061b\u061f\u0621-\u0652\u0671-\u06d3]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]{2,}")
_MIN_LETTERS = 4
_SAMPLE = 4096


def mixed_case_words(text: str) -> bool:
    """True when many Cyrillic words change case inside: the bytes are no Cyrillic text.

    >>> mixed_case_words("гАсгои / гЦгДи АлДи"), mixed_case_words("Уважаемые коллеги, НИИ")
    (True, False)
    """
    words = len(_CYRILLIC_WORD.findall(text))
    return words > 0 and len(_LOWER_UPPER.findall(text)) * 4 > words


def _lettered(text: str, letter: re.Pattern[str] = _ARABIC_LETTER) -> bool:
    high = len(text) - len(text.encode("ascii", "ignore"))
    letters = len(text) - len(letter.sub("", text))
    # Arabic text is Arabic letters above 0x7F almost throughout (a few "،" and "؟");
    # Chinese or Western bytes read this way are half symbols and accented Latin.
    return letters >= _MIN_LETTERS and letters >= 0.85 * high


def arabic_lettered(data: bytes) -> bool:
    """Whether `data` read in a single-byte Arabic charset is Arabic letters throughout,
    article or not: short Arabic words ("ترشيح") are also valid GBK.

    >>> arabic_lettered("ترشيح".encode("cp1256")), arabic_lettered("提名工作队".encode("gbk"))
    (True, False)
    """
    sample = data[:_SAMPLE]
    return not sample.isascii() and any(
        _lettered(sample.decode(codec, errors="replace"), _ARABIC_WRITING) for codec in _CODECS
    )


def arabic_reading(data: bytes) -> tuple[str, str] | None:
    """`(text, codec)` when `data` reads as Arabic in a single-byte Arabic charset, else None.

    >>> arabic_reading("السيد عادل".encode("cp1256"))[1]
    'cp1256'
    >>> arabic_reading("Привет, коллеги".encode("cp1251")) is None
    True
    """
    sample = data[:_SAMPLE]
    if sample.isascii():
        return None
    best: tuple[int, str] | None = None
    for codec in _CODECS:
        text = sample.decode(codec, errors="replace")
        if not _lettered(text):
            continue
        # The article tells Arabic from KOI8-R Russian, whose lowercase letters sit where
        # windows-1256 keeps Arabic ones.
        articles = len(_ARTICLE.findall(text))
        if articles and (best is None or articles > best[0]):
            best = (articles, codec)
    if best is None:
        return None
    return data.decode(best[1], errors="replace"), best[1]
