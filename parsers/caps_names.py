"""A nominee's name written whole in capitals ("please add JOHN SMITH", "nous désignons MARIE
DUPONT"): no word is marked as the surname, so the language's order holds (name_order.py
reads the given names first, the surname last), unless the mail names the same person
elsewhere in a way that marks it: "Smith, John", "John SMITH", "Smith John" against "JOHN
SMITH", or a title before the surname alone ("Mr Smith", "Mme Dupont"). Spanish mail then
reads two surnames ("ANA PÉREZ GÓMEZ"), Chinese mail a romanised name surname first ("ZHANG
WEI"). Applied to the drafts before the headers' display names and the username have their
say; the words stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from parsers.drafts import Draft, Found
from parsers.folding import fold
from parsers.name_order import all_caps, is_caps, split_tokens
from parsers.names import TITLE_PATTERN
from parsers.scripts import CYRILLIC
from parsers.two_surnames import two_surnames_split

__all__ = ["resplit_caps_names"]

_TITLE_BEFORE = re.compile(rf"(?:^|[\s(])(?:{TITLE_PATTERN})[ \t]+$", re.IGNORECASE)
_TITLE_REACH = 16  # characters: the longest title with its spaces


def _caps_whole(last: Found, first: Found) -> list[str] | None:
    """The name's words in written order when both halves came from one name in capitals."""
    if (last.start, last.end, last.text) != (first.start, first.end, first.text):
        return None
    words = first.value.split() + last.value.split()
    if len(words) < 2 or not all_caps(words) or not any(is_caps(w) for w in words):
        return None
    return words


def _mentions(words: list[str], texts: Iterable[str]) -> set[tuple[str, ...]]:
    """The surnames (folded words) other mentions of the person mark."""
    folded = [fold(w) for w in words]
    alt = "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))
    run = re.compile(rf"(?<!\w)(?:{alt})(?:[ \t]*,?[ \t]+(?:{alt}))*(?!\w)", re.IGNORECASE)
    found: set[tuple[str, ...]] = set()
    for text in texts:
        for match in run.finditer(text):
            written = match.group(0)
            parts = written.split(",")
            said = [fold(w) for w in written.replace(",", " ").split()]
            if len(parts) == 2 and sorted(said) == sorted(folded):
                surname = tuple(fold(w) for w in parts[0].split())  # "Smith, John"
            elif sorted(said) == sorted(folded) and not all_caps(written.split()):
                last, _ = split_tokens(written.split())  # "John SMITH", "Smith John"
                surname = tuple(fold(w) for w in (last or "").split())
            elif len(parts) == 1 and len(said) < len(folded):
                lead = text[max(0, match.start() - _TITLE_REACH) : match.start()]
                if not _TITLE_BEFORE.search(lead):
                    continue
                surname = tuple(said)  # "Mr Smith", "Mme Dupont"
            else:
                continue
            n = len(surname)
            if 0 < n < len(folded) and surname in (tuple(folded[:n]), tuple(folded[-n:])):
                found.add(surname)
    return found


def _by_language(words: list[str], title: str | None, language: str | None) -> int | None:
    """How many words are given names by the language's own order, when not the last alone."""
    if language in ("es", "pt") and not any(CYRILLIC.search(w) for w in words):
        split = two_surnames_split([w.title() for w in words], title)
        return len(split[1].split()) if split else None
    if language == "zh" and len(words) in (2, 3) and all(w.isascii() for w in words):
        return -1  # "ZHANG WEI", "OUYANG XIAO MING": pinyin writes the surname first
    return None


def resplit_caps_names(drafts: Iterable[Draft], texts: Iterable[str], language: str | None) -> None:
    """Resplit each draft's name written whole in capitals as another mention of the person,
    or the language's order, marks its surname. Changes the drafts in place."""
    texts = tuple(texts)
    for draft in drafts:
        last, first = draft.values.get("last_name"), draft.values.get("first_name")
        if last is None or first is None:
            continue
        words = _caps_whole(last, first)
        if words is None:
            continue
        marked = _mentions(words, texts)
        folded = [fold(w) for w in words]
        if len(marked) == 1:
            surname = marked.pop()
            n = len(surname)
            if tuple(folded[:n]) == surname:
                new_last, new_first = words[:n], words[n:]
            else:
                new_last, new_first = words[-n:], words[:-n]
        else:
            if marked:
                continue  # mentions that disagree: the order as written stays
            title = draft.values.get("title")
            given = _by_language(words, title.value if title else None, language)
            if given is None:
                continue
            if given == -1:
                new_last, new_first = words[:1], words[1:]
            else:
                new_last, new_first = words[given:], words[:given]
        if " ".join(new_last) == last.value:
            continue
        draft.values["last_name"] = replace(last, value=" ".join(new_last))
        draft.values["first_name"] = replace(first, value=" ".join(new_first))
