"""Word's prompt texts for a form field nobody filled ("Click or tap here to enter text."),
in six languages: wherever a form's text lands (an annex, a paste, a PDF print), no value."""

from __future__ import annotations

import re

__all__ = ["is_form_placeholder"]

# The built-in prompts of Word's plain-text, date and drop-down controls, old ("Click here
# to enter text.") and since Word 2016 ("Click or tap here ..."), in each language's wording.
# Literal words only, so matching stays linear however long the text.
_PROMPTS = (
    # English
    r"click\s+(?:or\s+tap\s+)?(?:here\s+)?to\s+enter\s+(?:text|a\s+date)"
    r"|choose\s+an\s+item"
    # French
    r"|cliquez\s+(?:ou\s+appuyez\s+)?ici\s+pour\s+(?:entrer|taper|saisir)\s+(?:du\s+texte|une\s+date)"
    r"|choisissez\s+un\s+[ée]l[ée]ment"
    # Spanish
    r"|haga\s+clic\s+(?:aqu[íi]\s+)?(?:o\s+pulse\s+)?(?:aqu[íi]\s+)?para\s+(?:escribir|introducir)"
    r"\s+(?:texto|una\s+fecha)"
    r"|elija\s+un\s+elemento"
    # Russian
    r"|место\s+для\s+ввода\s+(?:текста|даты)|выберите\s+элемент"
    # Chinese
    r"|单击(?:或点击)?(?:此处)?以?输入(?:文字|日期)|选择一项"
    # Arabic
    r"|انقر\s+(?:أو\s+اضغط\s+)?(?:هنا\s+)?لإدخال\s+(?:نص|تاريخ)|اختيار\s+عنصر|اختر\s+عنصر[اًا]*"
)
_PLACEHOLDER = re.compile(rf"\s*(?:{_PROMPTS})\s*[.。]?\s*", re.IGNORECASE)


def is_form_placeholder(text: str) -> bool:
    """Whether `text` is all one of Word's prompts for an empty form field."""
    return len(text) < 120 and _PLACEHOLDER.fullmatch(text) is not None
