"""Han names whose sex is given after them, as Chinese official letters write their people:
in brackets ("唐晓燕同志（女）", "郭振华（男）") or as the first field of a list item or a
line ("1. 张伟，男，专利审查员，..."). The sex is the title a clerk writes: Mrs for "女", Mr
for "男"."""

from __future__ import annotations

import re

from parsers.han_surnames import has_han_surname

__all__ = ["gendered_han_names"]

# The name may run on from the verb or a list number before it ("推荐唐晓燕同志（女）",
# "一、唐晓燕同志（女）"); "同志" ("comrade") is the letter's courtesy, no part of the name.
_GENDERED = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:同志)?[ \t]*[（(](?P<sex>女|男)(?:性)?[)）]"
)
_LEAD = re.compile(
    r"^.*(?:提名|推荐|推薦|指定|委派|任命|推选|推選|由|是|为|為|请|將|将|把|和|及|与|與|即)"
)
# "1. 张伟，男，专利审查员" or "张伟，女，1985年生": the name opens an item or a line (or follows a
# nominating verb), the sex is a field of its own. A common surname is asked for, since the
# words before a lone "男" or "女" are not always a name.
_FIELD = re.compile(
    r"(?:^[ \t\u3000]*(?:(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、"
    r"|[（(][一二三四五六七八九十]{1,2}[)）]|[-*•])[ \t\u3000]*)?"
    # or after a clause: "..., 我局提名王芳，女，职务为专利审查员" (the verb is cut below)
    r"|(?<=[，,。：:；;]))"
    r"(?P<name>[\u4e00-\u9fff]{2,10})[ \t\u3000]*[，,、][ \t\u3000]*(?P<sex>女|男)(?:性)?"
    r"(?=[ \t\u3000]*(?:[，,、；;。]|$))",
    re.MULTILINE,
)
# What the bracket says, as the salutation the rest of the parser reads as a title.
_SALUTATION = {"女": "女士", "男": "先生"}


def gendered_han_names(text: str) -> list[tuple[str, int, int, str]]:
    """`(name, start, end, salutation)` for each Han name followed by its sex in brackets.

    >>> gendered_han_names("我局推荐唐晓燕同志（女），处长")
    [('唐晓燕', 4, 12, '女士')]
    """
    if "男" not in text and "女" not in text:
        return []
    found: list[tuple[str, int, int, str]] = []
    for match in _GENDERED.finditer(text):
        name = _LEAD.sub("", match.group("name"))
        if 2 <= len(name) <= 4:
            start = match.end("name") - len(name)
            found.append((name, start, match.end(), _SALUTATION[match.group("sex")]))
    for match in _FIELD.finditer(text):
        name = match.group("name")
        if not (len(name) <= 4 and has_han_surname(name)):
            name = _LEAD.sub("", name)  # "我局推荐张伟，男": the verb is no part of it
        if 2 <= len(name) <= 4 and has_han_surname(name):
            start = match.end("name") - len(name)
            found.append((name, start, match.end(), _SALUTATION[match.group("sex")]))
    return found
