"""A title put right above the sender's own quoted nomination: "应为女士，不是先生", "she is
Ms, not Mr", "Mme et non M.", "Sra. y no Sr.", "г-жа, а не г-н", "السيدة وليس السيد". The
quoted nomination with the title corrected is what the sender sends now.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.corrections import NEW_FIRST, OLD_FIRST
from parsers.draft_matching import named_in
from parsers.drafts import Draft, Found
from parsers.normalize import normalize_title

__all__ = ["TitleFix", "find_title_fixes", "retitled"]

# The written salutations of the six languages; Han and Arabic ones stand unspaced.
_LATIN_TITLE = (
    r"(?<![\w.-])(?:Mrs|Ms|Mr|Miss|Mister|Mme|Mlle|Madame|Monsieur|Mademoiselle|M(?=\.)"
    r"|Sra|Srta|Sr|Señora|Señorita|Señor|г-жа|г-н|госпожа|господин)\.?(?![\w-])"
)
_NATIVE_TITLE = r"先生|女士|小姐|(?<!\w)(?:ال)?سيد(?:ة)?(?!\w)"
_TITLE = rf"(?:{_LATIN_TITLE}|{_NATIVE_TITLE})"
_GAP = r"[\s,，、:：]*"
_FIX = re.compile(
    rf"(?P<new>{_TITLE}){_GAP}(?:{NEW_FIRST}){_GAP}(?P<old>{_TITLE})"
    rf"|(?P<old2>{_TITLE}){_GAP}(?:{OLD_FIRST}){_GAP}(?P<new2>{_TITLE})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TitleFix:
    old: str
    new: str
    start: int
    end: int
    text: str


def find_title_fixes(text: str) -> list[TitleFix]:
    """Each "right title, not the wrong one" the text states, as "Mr", "Mrs" or "Ms"."""
    out: list[TitleFix] = []
    for match in _FIX.finditer(text):
        new = "new" if match.group("new") else "new2"
        old = "old" if match.group("new") else "old2"
        right, wrong = normalize_title(match.group(new)), normalize_title(match.group(old))
        if right and wrong and right != wrong:
            out.append(TitleFix(wrong, right, *match.span(new), match.group(new)))
    return out


def retitled(found: list[Draft], text: str) -> bool:
    """Give the quoted person the title `text` puts right: the one it names holding the
    wrong title, else the only one who holds it. Whether anyone was."""
    applied = False
    for fix in find_title_fixes(text):
        holders = [
            d
            for d in found
            if d.has_name and "title" in d.values and d.values["title"].value == fix.old
        ]
        named = [d for d in holders if _named(d, text)]
        for draft in named or (holders if len(holders) == 1 else []):
            draft.values["title"] = Found(
                fix.new, fix.start, fix.end, "correction", fix.text, "body"
            )
            applied = True
    return applied


def _named(draft: Draft, text: str) -> bool:
    """Whether the text names the person: by surname or username, or a Han name whole."""
    if named_in(draft, [text]):
        return True
    last, first = (draft.values.get(n) for n in ("last_name", "first_name"))
    return bool(last and first and f"{last.value}{first.value}" in text)
