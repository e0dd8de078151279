"""A writer's calling card on one line: "Name - Post - Office[, Country]".

Phone mail often introduces its writer in one dashed line instead of a signature block
("سلطان المنصوري - مهندس نظم - وزارة الاقتصاد، الإمارات", "Ana Pérez – Analista – INPI").
Only a line whose last part names an institution and whose first part is a bare name
counts: a dash between two phrases is common, a name, a post and an office are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.drafts import Found
from parsers.labels import classify_label
from parsers.names import TITLE_PATTERN
from parsers.office_names import names_institution
from parsers.st3 import office_code

__all__ = ["Card", "calling_card"]

# A dash or bar with spaces around it parts the card; a hyphen inside a name does not.
_PARTS = re.compile(r"[ \t]+[-–—|][ \t]+")
# Two to four words of letters (an apostrophe, a hyphen or a dot inside them): a name.
_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3}")
# A country after the office's name: "وزارة الاقتصاد، الإمارات", "Ministry of Economy, Ruritania".
_COUNTRY_TAIL = re.compile(r"[ \t]*[,،][ \t]*[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*)?[ \t]*$")
_TITLE = re.compile(rf"^(?:{TITLE_PATTERN})/?[ \t]+", re.IGNORECASE)
_MAX_LINE = 200


@dataclass(frozen=True)
class Card:
    name: Found
    post: Found | None
    office: Found | None


def _part(line: str, offset: int, start: int, end: int, rule: str) -> Found:
    value = line[start:end]
    return Found(value, offset + start, offset + end, rule, value)


def calling_card(text: str) -> Card | None:
    """The first line of `text` shaped as a calling card, or None."""
    offset = 0
    for raw in text.splitlines(keepends=True):
        start = offset
        offset += len(raw)
        line = raw.rstrip("\r\n")
        if len(line) > _MAX_LINE or "@" in line or " " not in line:
            continue
        seps = list(_PARTS.finditer(line))
        if not 1 <= len(seps) <= 3:
            continue
        bounds = [len(line) - len(line.lstrip())]
        for sep in seps:
            bounds.extend((sep.start(), sep.end()))
        bounds.append(len(line.rstrip()))
        spans = list(zip(bounds[::2], bounds[1::2], strict=True))
        name_start, name_end = spans[0]
        name = line[name_start:name_end]
        bare = name[len(title.group(0)) :] if (title := _TITLE.match(name)) else name
        office_start, office_end = spans[-1]
        country = _COUNTRY_TAIL.search(line, office_start, office_end)
        if country is not None and names_institution(line[office_start : country.start()]):
            office_end = country.start()
        office = line[office_start:office_end]
        if (
            not _NAME.fullmatch(bare)
            or names_institution(name)
            or office_code(bare)
            or classify_label(bare) is not None
            or not (names_institution(office) or office_code(office))
            or any(names_institution(line[s:e]) for s, e in spans[1:-1])
        ):
            continue
        post = _part(line, start, *spans[1], "prose") if len(spans) >= 3 else None
        return Card(
            _part(line, start, name_start, name_end, "prose"),
            post,
            _part(line, start, office_start, office_end, "prose"),
        )
    return None
