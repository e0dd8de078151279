"""A change of the office's contact point for the Committee's circulars: a successor named,
perhaps in labelled lines and with a nominating verb ("назначается"), but for the mailing
list, not for a task force."""

from __future__ import annotations

import re

from parsers.matter_contacts import IN_CHARGE
from parsers.phrases import has_nominate_verb

__all__ = [
    "contact_line",
    "heads_contact_block",
    "introduces_contact",
    "names_a_contact",
    "names_contact_point",
]

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
    r"|(?:جهة|جهات|نقطة|نقاط)\s+(?:ال)?اتصال|(?:ال)?شخص\s+(?:ال)?مسؤول\s+عن\s+(?:ال)?اتصال"
    # The liaison officer: "ضابط الاتصال", "مسؤول الاتصال", "منسق الاتصال".
    r"|(?:ال)?(?:ضابط|مسؤول|مسئول|منسق)[ةه]?\s+(?:ال)?اتصال",
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
# The same label after other text on its line ("..., username au-x; contact person: Mr Y
# (y@o.example)", "参加API工作队，联系人：彭涛（...）"): the colon makes the role a label.
_CONTACT_INLINE = re.compile(rf"(?:{_CONTACT.pattern})[ \t\u3000]*[:：]", re.IGNORECASE)
# The label with only a colon, a copula or a dash before the person it introduces: "contact
# person: ", "persona de contacto es ", "контактное лицо — " (not a comma: "our new focal
# point, Ms X, is also nominated" may go on to nominate her).
_CONTACT_LEAD = re.compile(
    rf"(?:{_CONTACT.pattern})[ \t\u3000]*"
    r"(?:[:：]|[-–—]|\s(?:is|will\s+be|est|sera|es|ser[áa]|является|будет)\b)[ \t\u3000]*$",
    re.IGNORECASE,
)
# "nominee and contact person: Mr X", "candidate et personne de contact": the text says the
# contact is nominated too.
_ALSO_NOMINEE = re.compile(
    r"\b(?:nominee|candidat\w*|d[ée]sign[ée]e?|designad[oa]|nominad[oa])\b"
    r"|(?<!\w)кандидат\w*|候选人|候選人|被推荐人|被推薦人|(?:ال)?مرشح\w*",
    re.IGNORECASE,
)
# How far before a person the label introducing them may start.
_LEAD_REACH = 80
# A sentence: up to its stop or a blank line; it may wrap onto the next line.
_SENTENCE = re.compile(r"(?:[^\n.!?؟。！？]|\n(?![ \t]*\n)|\.(?=\S))+")


# A section heading with nothing after its colon, perhaps led by an ordinal word or a mark:
# "ثالثاً: ضابط الاتصال في الهيئة لمتابعة هذا الموضوع:", "Contact person for this matter:".
_HEADING = re.compile(r"[^:：\n]{1,100}[:：][ \t]*")
_SECTION_MARK = re.compile(r"[ \t]*(?:\d{1,2}[.)/-]|[-*•]|[a-z][.)])?[ \t]*", re.IGNORECASE)


def heads_contact_block(line: str, ordinal_end: int = 0) -> bool:
    """Whether `line` (its section's ordinal word, if any, ending at `ordinal_end`) heads the
    office's contact for the matter: the labelled lines under it are the contact's, no
    nominee's, unless the heading calls the contact a nominee too ("Nominee and contact
    person:")."""
    if line.rstrip(" \t")[-1:] not in (":", "："):
        return False  # a heading ends at its colon: most lines are passed over at once
    start = _SECTION_MARK.match(line, ordinal_end)
    begin = start.end() if start is not None else ordinal_end
    heading = _HEADING.fullmatch(line, begin)
    if heading is None:
        return False
    words = line[begin:]
    return (
        # "Contact person:", or who follows the question up: "Ответственное лицо по
        # данному вопросу:", "Personne chargée du dossier :".
        bool(_CONTACT.search(words) or IN_CHARGE.search(words))
        and not _ALSO_NOMINEE.search(words)
        # "Новым контактным лицом назначается:": a contact point named anew, whose own
        # rules decide (names_contact_point).
        and not has_nominate_verb(words)
    )


def names_a_contact(text: str) -> bool:
    """Whether `text` speaks of a contact or of whoever follows its matter up ("contact
    person", "Ответственное лицо по данному вопросу", "本事项联系人")."""
    return _CONTACT.search(text) is not None or IN_CHARGE.search(text) is not None


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
    """Where the first label of the office's contact ("联系人：", "Contact person:") starts
    in text[start:end], at a line's start or after other text on it, or None: a letter's
    contact details, which a nominee's sentence before them does not run on into."""
    found = [m.start() for m in (_CONTACT_LABEL.search(text, start, end),) if m is not None]
    found += [m.start() for m in (_CONTACT_INLINE.search(text, start, end),) if m is not None]
    return min(found, default=None)


def introduces_contact(text: str, start: int, end: int) -> bool:
    """Whether the person named at text[start:] follows a contact label on their line
    ("contact person: Mr X", "persona de contacto es el Sr. X"): the one to write to about
    the letter, no nominee, unless the words call them one ("nominee and contact person:",
    or a nominating verb before `end`, their sentence's end: "..., is also nominated")."""
    if has_nominate_verb(text[start:end]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    lead_start = max(line_start, start - _LEAD_REACH)
    lead = _CONTACT_LEAD.search(text, lead_start, start)
    if lead is None:
        return False
    # The clause the label opens: back to the last stop or comma before it.
    clause = re.split(r"[.;,،؛。；，!?]", text[lead_start : lead.start()])[-1]
    return not _ALSO_NOMINEE.search(clause)
