"""A task force whose representative the office will name later: "The representative to the
Part 7 Task Force will be nominated later", "le représentant ... sera désigné ultérieurement",
"el representante ... será designado más adelante", "Представитель в Целевой группе по части 7
будет назначен позднее", "第7部分工作队的代表将另行提名", "سيتم تسمية ممثلنا في فرقة العمل ...
لاحقا". The task force is named, but nobody joins it now, least of all the person named before.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from parsers.sentence_bounds import TITLE_FREE_STOP

__all__ = ["later_clauses", "named_later"]

_LATER = (
    r"later|subsequently|in\s+due\s+course|at\s+a\s+later\s+(?:date|stage)|separately|shortly"
    r"|ult[ée]rieurement|plus\s+tard|prochainement|dans\s+un\s+second\s+temps"
    r"|m[áa]s\s+adelante|m[áa]s\s+tarde|posteriormente|pr[óo]ximamente|oportunamente|en\s+breve"
    r"|позднее|позже|дополнительно|впоследствии|в\s+ближайшее\s+время"
)
_NAMED = (
    r"nominated|designated|appointed|named|proposed|communicated|confirmed|announced"
    r"|d[ée]sign[ée]e?s?|nomm[ée]e?s?|propos[ée]e?s?|communiqu[ée]e?s?|indiqu[ée]e?s?"
    r"|designad[oa]s?|nombrad[oa]s?|propuest[oa]s?|comunicad[oa]s?|informad[oa]s?"
    r"|назначен\w*|выдвинут\w*|предложен\w*|представлен\w*|определ[её]н\w*|сообщ[её]н\w*"
)
_LATER_SEAT = re.compile(
    rf"\b(?:will|shall)\s+be\s+(?:{_NAMED})\s+(?:\w+\s+){{0,2}}?(?:{_LATER})\b"
    rf"|\bto\s+be\s+(?:{_NAMED})\s+(?:{_LATER})\b"
    rf"|\b(?:sera|seront|ser[áa]|ser[áa]n)\s+(?:{_NAMED})\s+(?:[\w'’]+\s+){{0,2}}?(?:{_LATER})"
    rf"|(?<!\w)(?:будет|будут)\s+(?:{_NAMED})\s+(?:\w+\s+){{0,2}}?(?:{_LATER})(?!\w)"
    rf"|(?<!\w)(?:{_LATER})\s+(?:будет|будут)\s+(?:{_NAMED})(?!\w)"
    r"|(?:将|会)?(?:另行|稍后|随后|日后)(?:提名|推荐|推薦|指定|确定|確定|告知|通知)"
    r"|(?:سيتم|سوف\s+يتم|سنقوم\s+ب|سنرشح|سنسمي)\S*\s+(?:\S+\s+){0,8}?(?:لاحق[اً]*|في\s+وقت\s+لاحق)",
    re.IGNORECASE,
)
# Who is put off: a representative, a nominee or the nomination itself, named in the clause
# before the words that put it off ("her account details will be sent later" puts off nobody).
_SEAT = re.compile(
    r"representative|nomin(?:ee|ation)|expert|member|candidate|delegate"
    r"|repr[ée]sentant|candidat|d[ée]sign(?:ation|[ée])|membre"
    r"|representante|candidat[oa]|designaci[óo]n|miembro|experto"
    r"|представител|кандидат|эксперт|член|участник"
    r"|代表|人选|人選|成员|成員|专家|專家|ممثل|مرشح|ترشيح|عضو|خبير",
    re.IGNORECASE,
)
# A clause ends at a sentence end or a semicolon: "Ms X joins SEQL; the Part 7 seat will
# be filled later" leaves SEQL hers.
_CLAUSE_END = re.compile(rf"{TITLE_FREE_STOP}\s|[!?;؟；。！？]|\n[ \t]*\n")


def later_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of `text` that put off naming someone for a task force."""
    if not _LATER_SEAT.search(text):
        return []
    ends = [m.end() for m in _CLAUSE_END.finditer(text)]
    spans: list[tuple[int, int]] = []
    for match in _LATER_SEAT.finditer(text):
        index = bisect_right(ends, match.start())
        start = ends[index - 1] if index else 0
        end = ends[index] if index < len(ends) else len(text)
        if _SEAT.search(text, start, match.end()):
            spans.append((start, end))
    return spans


def named_later(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether a task force named at `position` stands in one of `spans`."""
    return any(start <= position < end for start, end in spans)
