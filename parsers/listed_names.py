"""Untitled full names in Cyrillic heading the items of a list, in the nominative: "1)
Рахимова Дилфуза Бахтияровна — главный эксперт ...", "- Юсупов Жасур Алишер угли, начальник
...". The patronymic marks the words as a person's name where no title does: a Russian one
("-вич", "-вна") or a Turkic father's name with its particle ("Алишер угли", "Рафик кызы").
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["TURKIC_PATRONYMIC", "ListedName", "listed_names"]

# "оглы", "кызы" (Azerbaijani, Russian spelling), "угли", "ўғли", "кизи", "қизи" (Uzbek),
# "улы", "уулу", "қызы" (Kazakh, Kyrgyz): son or daughter of the father named before.
TURKIC_PATRONYMIC = r"(?:оглы|кызы|қызы|угли|ўғли|ўгли|кизи|қизи|улы|уулу)"
# Uzbek, Kazakh and Kyrgyz letters too: "Серікұлы Нұрлан", "Өмүрбеков".
_WORD = r"[А-ЯЁЎҚҒҲӘӨҰҮҢҺІ][а-яёўқғҳәөұүңһі]+(?:-[А-ЯЁЎҚҒҲӘӨҰҮҢҺІ][а-яёўқғҳәөұүңһі]+)?"
_PATRONYMIC = (
    rf"(?:[А-ЯЁ][а-яё]+(?:ович|евич|ьич|ич|овна|евна|ична|инична)|{_WORD}[ \t]+{TURKIC_PATRONYMIC})"
)
# An item mark, then surname, given name and patronymic, then the record's separator.
_ITEM = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)]|[-*•])[ \t]*"
    rf"(?P<name>{_WORD}[ \t]+{_WORD}[ \t]+{_PATRONYMIC})(?![\w-])"
    r"(?=[ \t]*(?:[—–:,]|-[ \t]))",
    re.MULTILINE,
)


class ListedName(NamedTuple):
    name: str
    start: int
    end: int


def listed_names(text: str) -> list[ListedName]:
    """Each untitled full name in the nominative that opens a list item, where it stands."""
    return [
        ListedName(" ".join(m.group("name").split()), m.start("name"), m.end("name"))
        for m in _ITEM.finditer(text)
    ]
