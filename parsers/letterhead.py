"""The office heading a letter: one of its first lines names an institution."""

from __future__ import annotations

import re

from parsers.drafts import Found
from parsers.normalize import clean_value
from parsers.office_names import _INSTITUTION, _MISSION, _SENTENCE_WORDS, is_address
from parsers.parent_ministries import is_bare_ministry, names_ip_office

__all__ = [
    "body_letterhead",
    "in_ordinary_case",
    "is_wipo",
    "letterhead_office",
]

_LETTERHEAD_LINES = 3
_CELL_SEPARATOR = re.compile(r"[;|\t]")
# An annex's title names the office only as the one its people represent: "Сведения о
# представителях Роспатента ...", "List of the representatives of the Office", "Liste des
# représentants de l'Office ...", "Representantes del Instituto ...".
_ABOUT_PEOPLE = re.compile(
    r"(?<!\w)(?:представител\w*|кандидат\w*|representatives?|nominees?|repr[ée]sentants?"
    r"|candidat\w*|representantes?)(?!\w)|代表名单|代表名單|ممثل\w*",
    re.IGNORECASE,
)


def letterhead_office(text: str) -> Found | None:
    """The office heading a letter (an attached note or "oficio"): one of its first lines."""
    pos = 0
    seen = 0
    found: Found | None = None
    for line in text.splitlines(keepends=True):
        offset = pos
        pos += len(line)
        value = clean_value(line)
        if not value:
            continue
        seen += 1
        if seen > _LETTERHEAD_LINES or _MISSION.search(value):
            break  # a mission's heading, its name's lines and all
        if (
            len(value) <= 120
            and "@" not in value
            and not _CELL_SEPARATOR.search(value)  # a table's header row, not a letterhead
            and not re.search(r"\d{3}", value)
            and not is_address(value)
            and not _SENTENCE_WORDS.search(value)
            and not _ABOUT_PEOPLE.search(value)
            and _INSTITUTION.search(value)
        ):
            start = offset + line.find(value)
            line_found = Found(value, start, start + len(value), "letterhead", value)
            if found is None:
                found = line_found
            elif names_ip_office(value):
                return line_found
            # "MINISTRY OF TRADE" over "INTELLECTUAL PROPERTY OFFICE": the office under its
            # ministry heads the letter; any other line under the first is its unit or address.
            if not is_bare_ministry(found.value):
                return found
    return found


# WIPO itself, in the addressee block a letter may open with.
_WIPO = re.compile(
    r"world\s+intellectual|mondiale\s+de\s+la\s+propri|mundial\s+de\s+la\s+propiedad"
    r"|всемирн\w*\s+организаци|世界知识产权组织|世界知識產權組織|العالمية\s+للملكية",
    re.IGNORECASE,
)


def is_wipo(value: str) -> bool:
    """Whether an office's name is WIPO's own."""
    return bool(_WIPO.search(value))


# A line ending as a salutation or a sentence does: the letter's text has begun.
_HEAD_ENDS = re.compile(r"[,:;.!?\u3002\uff0c\uff1a\uff01\uff1f\u061f\u060c][ \t]*$", re.MULTILINE)


def body_letterhead(text: str) -> Found | None:
    """The IP office an official letter typed into the mail opens with ("Government of
    Pakistan" over "Intellectual Property Organization of Pakistan (IPO-Pakistan)"), when
    no sentence and no signature names one. Only the lines above the first salutation or
    sentence ("Dear colleagues,", "Please register Ms ...") head the letter."""
    end = _HEAD_ENDS.search(text)
    found = letterhead_office(text[: text.rfind("\n", 0, end.start()) + 1] if end else text)
    if found is None or not names_ip_office(found.value) or is_wipo(found.value):
        return None
    return found


def in_ordinary_case(office: Found, text: str) -> Found | None:
    """The office a heading writes in capitals ("COMPANIES AND INTELLECTUAL PROPERTY COMMISSION
    (CIPC)" over a sheet), as `text` writes the same words in ordinary case (the covering
    note's signature): capitals are the heading's style, not the office's name."""
    # An acronym ("OMPIC") is written in capitals everywhere; only a name in words counts.
    if not office.value.isupper() or len(office.value.split()) < 2:
        return None
    words = r"\s+".join(re.escape(w) for w in office.value.split())
    for match in re.finditer(rf"(?<!\w){words}(?!\w)", text, re.IGNORECASE):
        if not match.group().isupper():
            value = " ".join(match.group().split())
            return Found(value, match.start(), match.end(), office.rule, match.group())
    return None
