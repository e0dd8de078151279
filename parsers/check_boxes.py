"""Check boxes of a form typed or pasted into mail, and the options they leave unchosen."""

from __future__ import annotations

import re

__all__ = ["has_box_marks", "symbol_boxes", "untick", "wingdings_boxes"]

# A form's check boxes: an option after an empty box ("☐ API Task Force", "[ ] SEQL") is one
# the office did not choose, up to the next box of either kind or the end of the line.
_BOX = r"(?:[☐□◻❑☒☑■▣⊠✓✔]|\[[\sxX✓✔]{0,3}\]|\([\sxX✓✔]{1,3}\))"
_ANY_BOX = re.compile(_BOX)
_TICKED = re.compile(r"[☒☑■▣⊠✓✔]|\[\s{0,2}[xX✓✔]\s{0,2}\]|\(\s{0,2}[xX✓✔]\s{0,2}\)")
_UNTICKED = re.compile(r"(?:[☐□◻❑]|\[\s{0,3}\]|\(\s{1,3}\))(?:(?!" + _BOX + r")[^\n])*")
# The ballot box is what a form's check box control shows unticked (Word, OpenDocument, a
# fillable PDF), never a bullet: a form's whole list of options left unticked, as in a
# representative's block left blank, chooses none. One or two boxes kept from the list
# may be the choice itself, the rest deleted.
_BALLOT = re.compile(r"☐(?:(?!" + _BOX + r")[^\n])*")
_FULL_LIST = 3


def untick(text: str) -> str:
    """`text` without its check boxes (same length): options behind an empty box go too."""
    if not _ANY_BOX.search(text):
        return text
    # Square bullets ("□ XML4IP") in a list nobody ticked are no answers to a form.
    if _TICKED.search(text):
        text = _UNTICKED.sub(lambda m: " " * len(m.group()), text)
    elif text.count("☐") >= _FULL_LIST:
        text = _BALLOT.sub(lambda m: " " * len(m.group()), text)
    return _ANY_BOX.sub(lambda m: " " * len(m.group()), text)


# Word draws a form's check boxes with a symbol font: Wingdings "þ" (a ticked box), "ý" (a
# box with a cross), "¨" and "o" (empty boxes); Wingdings 2 "R", "S", "T" and "£". The font
# is lost in the text part, which keeps the raw characters ("þ XML4IP", "¨ API"), or their
# symbol-font code points in the Private Use Area (U+F0FE ...).
_TICKED_GLYPHS = "þý\uf0fe\uf0fd"
_EMPTY_GLYPHS = "¨\uf0a8\uf06f"
_RAW_GLYPH = re.compile(
    f"(?:^|(?<=[\\s:：(]))[{_TICKED_GLYPHS}{_EMPTY_GLYPHS}](?=[ \\t\u00a0]+\\S)", re.MULTILINE
)
_HAS_GLYPH = re.compile(f"[{_TICKED_GLYPHS}{_EMPTY_GLYPHS}]")
_BOX_OF = dict.fromkeys(_TICKED_GLYPHS, "☒") | dict.fromkeys(_EMPTY_GLYPHS, "☐")
_SYMBOL_FONTS = {
    "wingdings": {"þ": "☒", "ý": "☒", "¨": "☐", "o": "☐"},
    "wingdings 2": {"R": "☒", "S": "☒", "T": "☒", "£": "☐"},
}


def wingdings_boxes(text: str) -> str:
    """`text` with a symbol font's raw check boxes as ☒ and ☐ (same length).

    Only a glyph standing alone before an option ("þ XML4IP", "Civilité : ¨ Mme"), which no
    word of any language is; a "þ" or "ý" inside a word stays a letter.

    >>> wingdings_boxes("þ XML4IP\\n¨ API\\nÞórður Ýmir")
    '☒ XML4IP\\n☐ API\\nÞórður Ýmir'
    """
    if not _HAS_GLYPH.search(text):
        return text
    return _RAW_GLYPH.sub(lambda m: _BOX_OF[m.group()], text)


def has_box_marks(text: str) -> bool:
    """Whether `text` shows check boxes of its own, drawn or as a symbol font's raw glyphs."""
    return _ANY_BOX.search(text) is not None or (
        _HAS_GLYPH.search(text) is not None and _RAW_GLYPH.search(text) is not None
    )


def symbol_boxes(font: str, text: str) -> str | None:
    """The check box a symbol font draws for `text` ("þ" in Wingdings is ☒), else None."""
    glyphs = _SYMBOL_FONTS.get(font.strip().lower())
    shown = text.strip()
    if glyphs is None or not shown or any(c not in glyphs for c in shown):
        return None
    return "".join(glyphs[c] for c in shown)
