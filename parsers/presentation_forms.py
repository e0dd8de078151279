"""Letters as a PDF's text layer gives them, back to the letters a person typed.

Text copied out of many PDFs carries each Arabic letter as the glyph drawn for its place in
the word (Arabic Presentation Forms-A and -B, U+FB50-U+FDFF and U+FE70-U+FEFE: "ﺭﺍﻣﻲ" for
"رامي", "ﻻ" for "لا") and Latin "fi", "fl", "ffi" as one ligature ("Oﬃce"). They look the
same on screen but match no word, label or name: NFKC gives the ordinary letters back, and
only these ranges are folded, so that nothing else of the text (full-width digits, CJK
compatibility forms, "№") changes.

Word types its own marks where a person typed plain ones: a non-breaking hyphen (U+2011, or
the hyphen U+2010) in "gh‑aowusuansah" or "Owusu‑Ansah", a no-break space tying "Mrs." to
the name. They look like the plain marks and are read as them.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ordinary_letters"]

# Latin ligatures FB00-FB06; Arabic Presentation Forms-A and -B (U+FEFF, the byte-order
# mark, ends the block but is no letter and NFKC keeps it).
_FORMS = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe]")
# Word's hyphens and no-break spaces, as the plain marks they stand for.
_TYPED_MARKS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00a0": " "})


def _letters(match: re.Match[str]) -> str:
    text = unicodedata.normalize("NFKC", match.group())
    # An isolated vowel sign ("ً" as U+FE70) folds to a space and the mark: in a pasted
    # word the space would cut the word in two.
    if len(text) > 1 and text[0] == " " and unicodedata.combining(text[1]):
        return text[1:]
    return text


def ordinary_letters(text: str) -> str:
    """`text` with presentation-form glyphs and Latin ligatures as ordinary letters.

    >>> ordinary_letters("ﺭﺍﻣﻲ ﺍﻟﺨﺼﺎﻭﻧﺔ, Head of Oﬃce")
    'رامي الخصاونة, Head of Office'
    """
    if text.isascii():
        return text  # told at once, without a pass over the text
    if "\u2010" in text or "\u2011" in text or "\u00a0" in text:
        text = text.translate(_TYPED_MARKS)
    return _FORMS.sub(_letters, text) if _FORMS.search(text) else text
