"""A change of the office's contact point for the Committee's circulars: a successor named,
perhaps in labelled lines and with a nominating verb ("назначается"), but for the mailing
list, not for a task force."""

from __future__ import annotations

import re

from parsers.phrases import has_nominate_verb

__all__ = ["contact_line", "names_contact_point"]

# The role: "contact point", "focal point", "point de contact", "correspondant",
# "punto de contacto", "persona de contacto", "контактное лицо", "联系人", "جهة الاتصال".
_CONTACT = re.compile(
    r"\b(?:contact\s+(?:point|person)s?|points?\s+of\s+contact|focal\s+points?|liaison\s+officer)"
    r"|\b(?:points?\s+(?:de\s+contact|focal)|personnes?\s+(?:de\s+)?contact|correspondant(?:e|s)?"
    r"|interlocut(?:eur|rice))\b"
    r"|\b(?:puntos?\s+(?:de\s+contacto|focal)|personas?\s+de\s+(?:contacto|enlace)"
    r"|funcionari[oa]\s+de\s+enlace)\b"
    r"|(?<!\w)контактн\w+\s+лиц\w*"
    r"|联系人|聯繫人|联络人|聯絡人|联络点|聯絡點|联系点|聯繫點|联络员|聯絡員"
    r"|(?:جهة|جهات|نقطة|نقاط)\s+(?:ال)?اتصال|(?:ال)?شخص\s+(?:ال)?مسؤول\s+عن\s+(?:ال)?اتصال",
    re.IGNORECASE,
)
# The change itself: a new holder, a successor, a date from which it holds.
_CHANGE = re.compile(
    r"\b(?:new|replac\w*|succe\w*|chang\w*|take\s+over|taking\s+over|henceforth|from\s+now\s+on"
    r"|with\s+effect\s+from|as\s+(?:of|from)|effective)\b"
    r"|\b(?:nouve(?:au|l|lle)|rempla\w*|succ[èe]d\w*|succession|reprend\w*|chang\w*"
    r"|d[ée]sormais|[àa]\s+compter\s+du|[àa]\s+partir\s+du)\b"
    r"|\b(?:nuev[oa]|reemplaz\w*|sustitu\w*|suced\w*|cambi\w*|en\s+adelante|a\s+partir\s+del?"
    r"|con\s+efecto\s+(?:a\s+partir\s+)?del?)\b"
    r"|(?<!\w)(?:нов\w+|замен\w*|смен\w*|измен\w+|вместо|преемник\w*|впредь|отныне"
    r"|с\s+\d{1,2}(?:[./]\d{1,2}|\s+[а-я]+))(?!\w)"
    r"|新|变更|變更|更换|更換|调整|調整|接替|替换|替換|改为|改為|自即日起|起由"
    r"|جديد\w*|تغيير|تغير|استبدال|يحل\s+محل|تحل\s+محل|اعتبارا\s+من|ابتداء\s+من",
    re.IGNORECASE,
)
# A line that opens with the role as its label: "联系人：马丽　　电话：...", "Contact person:
# Jane DOE, tel. ...", "Контактное лицо: ...". What follows is the contact's, no nominee's.
_CONTACT_LABEL = re.compile(
    rf"^[ \t\u3000]*(?:{_CONTACT.pattern})[ \t\u3000]*[:：]", re.IGNORECASE | re.MULTILINE
)
# A sentence: up to its stop or a blank line; it may wrap onto the next line.
_SENTENCE = re.compile(r"(?:[^\n.!?؟。！？]|\n(?![ \t]*\n)|\.(?=\S))+")


def names_contact_point(text: str) -> bool:
    """Whether `text` names a contact point anew: one sentence holding the role and either a
    word of change ("новым контактным лицом", "à compter du 1er novembre ... point de
    contact") or a nominating verb ("контактным лицом назначается"). The caller rules out
    mail that also gives a task force or an account."""
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group()
        if _CONTACT.search(words) and (_CHANGE.search(words) or has_nominate_verb(words)):
            return True
    return False


def contact_line(text: str, start: int, end: int) -> int | None:
    """Where the first line labelled as the office's contact ("联系人：", "Contact person:")
    starts in text[start:end], or None: a letter's closing contact details, which a
    nominee's sentence before them does not run on into."""
    found = _CONTACT_LABEL.search(text, start, end)
    return found.start() if found is not None else None
