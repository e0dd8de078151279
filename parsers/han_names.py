"""Chinese names, and names written twice: in Latin letters and in their own script.

A Han name splits into a one- or two-character surname and the given name; a romanisation
or native spelling in brackets beside a name is dropped, keeping a title written inside it.
A name of a minority or foreign people written in Han letters joins its parts with a middle
dot ("阿布都热合曼·买买提"), given name first: the family name is the last part, unless the
Latin spelling beside it has the first in capitals.
"""

from __future__ import annotations

import re

from parsers.name_order import is_caps

__all__ = [
    "HAN_NAME_DOTS",
    "HAN_POST_WORDS",
    "beside_latin",
    "split_dotted",
    "split_han",
    "strip_han_post",
    "strip_romanisation",
]

# The dots that join the parts of a transcribed name: the middle dot GBK and Unicode text
# use, the katakana one a strict GB 2312 decoding makes of the same bytes, and look-alikes.
HAN_NAME_DOTS = "·・‧•"
_DOT_SPLIT = re.compile(rf"\s*[{HAN_NAME_DOTS}]\s*")
# "买买提·阿布都热合曼（MEMET Abdurahman）": a dotted Han name and its Latin spelling.
_DOTTED_LATIN = re.compile(
    rf"(?P<han>[\u4e00-\u9fff]{{1,12}}(?:[{HAN_NAME_DOTS}][\u4e00-\u9fff]{{1,12}}){{1,3}})"
    r"(?P<latin>\s*[(（][A-Za-z][A-Za-z .'’-]*[)）])"
)


# A romanisation in brackets after a name in Han script: "刘建国（LIU Jianguo）".
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\s*[(（][A-Za-z][A-Za-z .'’-]*[)）]")
# The reverse: a name in Latin letters, then the same name in its own script in brackets
# ("KIM Min-jun (김민준)", "IVANOV Ivan (Иванов Иван)", "WANG Wei (王伟)").
# A salutation alone in those brackets is no name but the title: "Xiaoyu CHEN（女士）".
_NATIVE = re.compile(
    r"(?<=[A-Za-z.])\s*[(（]\s*"
    r"(?!(?:先生|女士|小姐|г-н|г-жа|السيدة|السيد)\.?\s*[)）])"
    r"[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
    r"[^()（）A-Za-z\n]*[)）]"
)
# The native name may carry the title: "Xiaoyu CHEN（陈晓雨女士）" keeps "（女士）".
_NATIVE_TITLE = re.compile(r"(先生|女士|小姐)\s*[)）]$")
# Common two-character Chinese surnames; anything else takes one character.
_ZH_COMPOUND = frozenset(
    [
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "令狐",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "百里",
        "呼延",
        "闻人",
        "澹台",
        "公冶",
        "太史",
        "申屠",
    ]
)


def split_dotted(name: str) -> tuple[str, str] | None:
    """(family name, given name) of a Han name whose parts a middle dot joins, written given
    name first (see strip_romanisation); None for a name without one.

    >>> split_dotted("约翰·菲茨杰拉德·肯尼迪")
    ('肯尼迪', '约翰·菲茨杰拉德')
    """
    parts = [part for part in _DOT_SPLIT.split(name.strip()) if part]
    if len(parts) < 2:
        return None
    return parts[-1], "·".join(parts[:-1])


def _given_first(match: re.Match[str]) -> str:
    """A dotted name its Latin spelling writes family name first, word for word ("买买提·
    阿布都热合曼（MEMET Abdurahman）"), turned given name first, as such names are written."""
    parts = _DOT_SPLIT.split(match.group("han"))
    words = match.group("latin").strip(" \t(（)）").split()
    caps = [is_caps(word) for word in words]
    count = sum(caps)
    if len(words) != len(parts) or not 0 < count < len(words) or not all(caps[:count]):
        return match.group(0)
    return "·".join(parts[count:] + parts[:count]) + match.group("latin")


def split_han(name: str) -> tuple[str | None, str | None]:
    if len(name) >= 3 and name[:2] in _ZH_COMPOUND:
        return name[:2], name[2:] or None
    if len(name) == 1:
        return name, None
    return name[:1], name[1:]


# A Chinese name written beside its Latin form with no brackets, either side: "Kevin ZHANG
# 张伟", "张伟 ZHANG Wei". The Latin words may hold an English given name the Chinese one has
# not; the Chinese letters are the name as the person writes it.
_HAN_BESIDE_LATIN = re.compile(
    r"^(?:[A-Za-z][A-Za-z.'’-]*\s+){1,3}(?P<after>[\u4e00-\u9fff]{2,3})$"
    r"|^(?P<before>[\u4e00-\u9fff]{2,3})(?:\s+[A-Za-z][A-Za-z.'’-]*){1,3}$"
)


# Han words after a Latin name that are a title or a post, not the name: "ZHANG Wei 博士",
# "Kevin ZHANG 副处长".
HAN_POST_WORDS = (
    r"(?:先生|女士|小姐|博士|教授|老师|同志|处长|處長|科长|科長|部长|部長|局长|局長|司长|司長"
    r"|厅长|廳長|院长|院長|所长|所長|主任|经理|經理|总监|總監|专员|專員|工程师|工程師|审查员|審查員"
    r"|研究员|研究員|调研员|調研員|专家|專家|代表|秘书|秘書)"
)
_HAN_POST = re.compile(rf"{HAN_POST_WORDS}$")


# The same after a name wholly in Latin letters ("ZHANG Wei 博士", "LI Na 教授"): a degree or a
# post, which gives no salutation and is no part of the name.
_LATIN_THEN_POST = re.compile(r"(?<=[A-Za-z.])\s*[\u4e00-\u9fff]{2,6}$")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.'’ -]*")


def strip_han_post(value: str) -> str:
    """`value` without a Han degree or post after a Latin name."""
    match = _LATIN_THEN_POST.search(value)
    if match is None or not _HAN_POST.search(match.group(0)):
        return value
    head = value[: match.start()]
    return head if _LATIN_NAME.fullmatch(head) else value


def beside_latin(value: str) -> str | None:
    match = _HAN_BESIDE_LATIN.match(value)
    if match is None:
        return None
    han = match.group("after") or match.group("before")
    return None if _HAN_POST.search(han) else han


def strip_romanisation(text: str) -> str:
    """Drop a bracketed Latin transcription after a Han name ("刘建国（LIU Jianguo）先生"),
    or the name in its own script in brackets after a Latin one ("KIM Min-jun (김민준)")."""
    text = _DOTTED_LATIN.sub(_given_first, text) if "(" in text or "（" in text else text
    return _NATIVE.sub(_native_title, _PINYIN.sub("", text))


def _native_title(match: re.Match[str]) -> str:
    title = _NATIVE_TITLE.search(match.group(0))
    return f"（{title.group(1)}）" if title else ""
