"""A new or corrected post given for a person the quoted mail names: "Since 2 October his post
is Director of ...", "son poste est désormais ...", "su cargo es ...", "его должность теперь —
...", "Должность правильно так: ...", "其职务现为...", "منصبه الجديد هو ...". The quoted mail's
post is the old one; the reply's wins.
"""

from __future__ import annotations

import re

from parsers.draft_matching import named_in
from parsers.drafts import Draft, Found

__all__ = ["new_post", "repost"]

_LATIN_POST = r"(?P<post>[^\W\d_][^.;:\n()]{2,120}?)(?=\s*(?:[;\n()]|\.(?:\s|$)|,\s|$))"
_RU_POST = r"(?P<ru>[а-яё][^.;:\n()]{2,120}?)(?=\s*(?:[;\n()]|\.(?:\s|$)|$))"
_ZH_POST = r"(?P<zh>[^，。；,;：:\n（(]{2,30})(?=[，。；,;\n（(]|$)"
_AR_POST = r"(?P<ar>[^\W\d_][^.،؛;:\n()]{2,100}?)(?=\s*(?:[.،؛;\n()]|$))"
_NEW_POST = re.compile(
    r"(?<!\w)(?:(?:his|her|their)\s+(?:new\s+|current\s+|correct\s+)?"
    r"(?:post|position|job\s+title|title|designation)\s+(?:is\s+now|is|will\s+be|has\s+become)"
    r"\s+(?:now\s+)?(?:that\s+of\s+)?(?:the\s+|an?\s+)?"
    r"|(?:son|sa)\s+(?:nouveau\s+|nouvelle\s+|bon\s+|bonne\s+)?(?:poste|fonction|titre)\s+"
    r"(?:est\s+(?:d[ée]sormais\s+|maintenant\s+|actuellement\s+)?|sera\s+)"
    r"(?:celui\s+de\s+|celle\s+de\s+|:\s*)?(?:l['’]|la\s+|le\s+)?"
    r"|su\s+(?:nuevo\s+|actual\s+)?(?:cargo|puesto)\s+(?:correcto\s+)?(?:es|ser[áa]|pasa\s+a\s+ser)"
    r"\s+(?:ahora\s+)?(?:el\s+de\s+)?(?:la\s+|el\s+)?"
    r")" + _LATIN_POST + r"|(?<!\w)(?:(?:его|её|ее)\s+(?:новая\s+)?должность\s+(?:теперь\s+)?"
    r"|должность\s+(?:правильно(?:\s+так)?|правильная|верная|следует\s+указать)\s*)[—–:-]?\s*"
    + _RU_POST
    + r"|(?:其|他的|她的)?职务(?:现|已)?(?:变更为|调整为|改为|更正为|应为|为|是)"
    + _ZH_POST
    + r"|(?<!\w)(?:منصبه|منصبها|وظيفته|وظيفتها)\s+(?:الجديد[ةه]?\s+|الصحيح[ةه]?\s+)?"
    r"(?:الآن\s+)?(?:هو\s+|هي\s+)?"
    + _AR_POST
    + r"|(?<!\w)(?:أصبح|أصبحت)\s+(?:منصبه|منصبها)\s+"
    + _AR_POST.replace("(?P<ar>", "(?P<ar2>"),
    re.IGNORECASE,
)
# Cheap first look: a word of the post at all.
_GATE = re.compile(
    r"post|position|title|designation|poste|fonction|cargo|puesto|должност|职务|منصب|وظيفت",
    re.IGNORECASE,
)


def new_post(text: str) -> tuple[str, int, int, str] | None:
    """The one new post `text` states (value, start, end, sentence), if it states exactly one."""
    if not _GATE.search(text):
        return None
    found = []
    for match in _NEW_POST.finditer(text):
        group = next(g for g in ("post", "ru", "zh", "ar", "ar2") if match.group(g))
        value = match.group(group).strip()
        found.append((value, match.start(group), match.start(group) + len(value), match.group()))
    return found[0] if len({f[0] for f in found}) == 1 else None


def repost(drafts: list[Draft], text: str) -> bool:
    """Give the post `text` states anew to the person it is about: the one it names, else the
    only named person there is. Whether it did."""
    said = new_post(text)
    if said is None:
        return False
    value, start, end, sentence = said
    people = [d for d in drafts if d.has_name]
    named = [d for d in people if named_in(d, [text])]
    chosen = named if len(named) == 1 else people if len(people) == 1 else []
    for draft in chosen:
        draft.values["position"] = Found(value, start, end, "correction", sentence, "body")
    return bool(chosen)
