"""Check boxes of a form typed or pasted into mail, and the options they leave unchosen."""

from __future__ import annotations

import re

__all__ = ["untick"]

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
