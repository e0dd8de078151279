"""A WIPO standard's number that names a survey of it, not its task force.

"ST.27" alone is a way of naming the Legal Status Task Force ("ST.27 TF", "ST.27"), but a
reply that also answers another circular writes "the ST.27 survey", "the questionnaire on
the implementation of WIPO Standard ST.27", "ST.27调查问卷", "encuesta sobre la norma
ST.27": there the number names the standard a survey is about, and no one joins anything.
"""

from __future__ import annotations

import re

__all__ = ["names_a_survey"]

# A bare standard's number: "st.27", "st 27", "st27" (folded text).
_STANDARD = re.compile(r"st\.?\s?\d{1,3}(?:\.\d+)?", re.IGNORECASE)
# Survey words in the six languages, folded (lower case, no accents).
_SURVEY = (
    r"(?:survey|questionnaire|enquete|sondage|encuesta|cuestionario|опрос\w*|анкет\w*"
    r"|вопросник\w*|调查|问卷|调研|استبيان|استقصاء)"
)
# After the number, in the same clause and a few words on: "ST.27 implementation survey",
# "ST.27实施情况调查".
_AFTER = re.compile(r"[^.,;:。，；：\n]{0,25}?" + _SURVEY)
# Before it, in the same clause: "survey on the implementation of WIPO Standard ST.27".
_BEFORE = re.compile(_SURVEY + r"(?![a-z])[^.,;:。，；：\n]{0,60}$")


def names_a_survey(folded: str, start: int, end: int) -> bool:
    """Whether the hit at [start, end) of `folded` is a bare standard's number that a survey
    word beside it, in the same clause, shows to name the standard surveyed."""
    if not _STANDARD.fullmatch(folded, start, end):
        return False
    if _AFTER.match(folded, end, min(len(folded), end + 40)):
        return True
    return bool(_BEFORE.search(folded[max(0, start - 80) : start]))
