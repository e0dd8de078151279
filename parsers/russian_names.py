"""Russian full names no title introduces, found by the patronymic in an oblique case:
"кандидатуру ... Петровой Анны Сергеевны" (genitive), "будет представлен ... Кравцовым
Михаилом Юрьевичем" (instrumental). The patronymic gives the case and the sex, so the
name can be put back into the nominative; a name in the nominative (a signature, a
heading) is left to the labelled and titled readings.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from parsers.russian_cases import nominative_name

__all__ = ["OBLIQUE_PATRONYMIC", "InflectedName", "inflected_names"]

# The patronymic's ending and the case it is in, as the title that would govern it
# ("г-на" for the genitive or accusative of a man) or a case of nominative_name's own.
_CASES = (
    ("ичем", "ins-m"),
    ("ича", "г-на"),
    ("ичу", "г-ну"),
    ("вной", "ins-f"),
    ("чной", "ins-f"),
    ("вны", "г-жи"),
    ("чны", "г-жи"),
    ("вну", "г-жу"),
    ("чну", "г-жу"),
    ("вне", "dat-f"),
    ("чне", "dat-f"),
)
OBLIQUE_PATRONYMIC = r"[А-ЯЁ][а-яё]+(?:ичем|ича|ичу|[вч]ной|[вч]ны|[вч]ну|[вч]не)"
_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
# "Петровой Анны Сергеевны" (surname first) or "Анны Сергеевны Петровой" (surname last).
_FULL = re.compile(
    rf"(?<![\w-])(?:(?P<a>{_WORD}[ \t]+{_WORD}[ \t]+{OBLIQUE_PATRONYMIC})"
    rf"|(?P<b>{_WORD}[ \t]+{OBLIQUE_PATRONYMIC}[ \t]+{_WORD}))(?![\w-])"
)


class InflectedName(NamedTuple):
    name: str  # in the nominative
    start: int
    end: int
    case: str


def _case(patronymic: str) -> str:
    return next(case for ending, case in _CASES if patronymic.endswith(ending))


def inflected_names(text: str) -> list[InflectedName]:
    """Each Russian full name in an oblique case, in the nominative, where it stands."""
    if "ич" not in text and "вн" not in text and "чн" not in text:
        return []
    found: list[InflectedName] = []
    for match in _FULL.finditer(text):
        words = match.group(0).split()
        patronymic = words[2] if match.group("a") else words[1]
        case = _case(patronymic)
        found.append(
            InflectedName(" ".join(nominative_name(words, case)), match.start(), match.end(), case)
        )
    return found
