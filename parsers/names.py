"""Split a written personal name into title, last name and first name, script by script.

The title is read here; which words are the surname is decided in name_order.py (Latin,
Cyrillic and Arabic letters) and han_names.py (Han script); russian_cases.py gives the
nominative of a name an inflected Russian title governs.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from parsers.arabic_spelling import tolerant
from parsers.degrees import leading_degree_end, without_degree
from parsers.han_names import (
    HAN_NAME_DOTS,
    beside_latin,
    split_dotted,
    split_han,
    strip_han_post,
    strip_romanisation,
)
from parsers.name_order import CYRILLIC, INITIALS, all_caps, is_caps, split_tokens
from parsers.normalize import Title, clean_value, normalize_title
from parsers.russian_cases import deinflect_russian

__all__ = [
    "TITLE_PATTERN",
    "PersonName",
    "name_and_rest",
    "split_by_transcription",
    "split_person",
    "title_head_end",
    "without_nickname",
]


class PersonName(NamedTuple):
    title: Title | None
    last_name: str | None
    first_name: str | None


# Salutations that may open (or, in Chinese, close) a name. Russian forms are inflected:
# "г-на" (genitive/accusative), "г-не" (prepositional: "о г-не ..."), "г-жу", "г-же"...
# Dr./Prof. are consumed but give no title.
TITLE_PATTERN = (
    r"(?:Mrs|Mr|Ms|Miss|Mme|Mlle|Mister|Monsieur|Madame|Mademoiselle|Madam|(?-i:M)(?=\.)|Sra|Srta|Sr|Señora"
    r"|Señorita|Señor|Senora|Senor|Dña|Doña|Dr|Dra|Prof|Professor|Doctor|Docteur|Professeur"
    r"|г-ну|г-на|г-не|г-н|г-жу|г-жи|г-же|г-жа|господину|господина|господине|господин|госпожу|госпожи"
    r"|госпоже|госпожа"
    r"|д-р|проф|"
    # Arabic with or without the hamza, "ة" or "ه": "الاستاذ", "السيده".
    + tolerant("الآنسة|الانسة|السيدة|السيد|الدكتورة|الدكتور|المهندسة|المهندس|الأستاذة|الأستاذ")
    # "الأخ/", "الأخت/" (brother, sister): a colleague's honorific (people.py finds it
    # only with its slash).
    + tolerant(r"|الأخت|الأخ")
    # Arabic abbreviations: "د." doctor, "م." engineer, "أ." ustadh, "أ.د." professor.
    + tolerant(r"|(?:[أا]\.[ \t]?د|د|م|أ)(?=\.)")
    + (
        r"|(?:Ing|Inga|Lic|Licda|Licdo|Lcdo|Lcda|Abog|Abg|Arq|Mtro|Mtra)(?=\.)"
        # Mexican "C." (ciudadano, ciudadana): no Mr/Mrs/Ms.
        r"|(?-i:C)(?=\.[ \t]+(?-i:[A-ZÀ-Þ][a-zà-ÿ]))"
        # Academic degrees written as titles ("MSc. Ernesto VALDÉS", "Mag. Eva HUBER",
        # "Dipl.-Ing. Jan KOCH"): no Mr/Mrs/Ms either.
        r"|M\.[ \t]?Sc|MSc|Msc|(?:Mgtr|Mg|Mag|Dipl\.-Ing|Dipl\.[ \t]?Ing)(?=\.)"
        # "Me Claire Fontaine": a French lawyer's title (Maître), never with a full stop.
        r"|(?-i:Me)(?=[ \t]))\.?"
    )
)
_TITLE_HEAD = re.compile(
    # A Han name may follow the title unspaced: "Sra.何美玲". A degree may carry the
    # salutation after it, bare or in brackets: "Dr./Mrs.", "Dr. (Mrs.)", "д-р (г-жа)".
    rf"^(?:{TITLE_PATTERN})(?=[\s/(（\u4e00-\u9fff]|$)"
    rf"(?:\s*/?\s*(?:{TITLE_PATTERN})(?=[\s/(（]|$)|\s*[(（]\s*(?:{TITLE_PATTERN})\s*[)）](?=\s|$))*"
    r"\s*(?:/\s+)?",
    re.IGNORECASE,
)
_TITLE_TAIL = re.compile(
    r"\s*[(\[,،（]?\s*(?P<t>Mrs|Mr|Ms|Miss|Mme|M|Sra|Sr|Srta|г-н|г-жа|"
    + tolerant("السيدة|السيد")
    + r"|先生|女士|小姐)\.?\s*[)\]）]?\s*$"
)
_ZH_TITLE = re.compile(r"(先生|女士|小姐|博士|教授|同志)$")
_HAN = re.compile(rf"^[\u4e00-\u9fff\u3400-\u4dbf{HAN_NAME_DOTS}]+$")
_AR_NAME_PARTICLES = frozenset(["بن", "ابن", "بو", "أبو", "ابو", "آل", "عبد", "ولد"])


_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{3})\.$")


# "John (Jack) SMITH": one capitalised word in brackets between the words of a name is
# the name a person goes by, no part of the official one.
_NICKNAME = re.compile(r"(?<=[^\W\d_])[ \t]+[(（](?P<nick>[^\W\d_]+)[)）](?=[ \t]+[^\W\d_(（])")


def without_nickname(text: str) -> str:
    """The name without a nickname in brackets inside it: "John (Jack) SMITH" -> "John
    SMITH". The bracket goes only while the surname is still to come: no word before it
    is in capitals, and after it comes one word, or a few with one in capitals ("Jan Koch
    (Germany) Senior Examiner" keeps its bracket, whose end is the name's end). A
    salutation in brackets is left to be read as the title ("LIM Wei Jie (Mr)")."""
    match = _NICKNAME.search(text)
    if match is None:
        return text
    nick = match.group("nick")
    if not (nick[0].isupper() and nick[1:].islower()) or normalize_title(nick) is not None:
        return text
    if re.fullmatch(TITLE_PATTERN, nick, re.IGNORECASE):
        return text
    head = _TITLE_HEAD.match(text)
    before = text[head.end() if head else 0 : match.start()].split()
    after = text[match.end() :].partition(",")[0].split()
    if not before or any(is_caps(w) and not INITIALS.match(w) for w in before):
        return text
    if not (len(after) == 1 or (len(after) <= 3 and any(is_caps(w) for w in after))):
        return text
    return text[: match.start()] + text[match.end() :]


def _deinflect_bracketed(word: str, title: str) -> str:
    """A word's nominative, its brackets kept: "Петрову)" in "Иванову (урожд. Петрову)"."""
    core = word.strip("()")
    if not core:
        return word
    lead, tail = word[: word.index(core)], word[word.index(core) + len(core) :]
    return lead + deinflect_russian([core], title)[0] + tail


def _title_of(text: str) -> Title | None:
    return normalize_title(text.replace("/", " ").replace("(", " (").replace("（", " （"))


def title_head_end(text: str) -> int:
    """Where the salutations opening `text` end, a degree's bracketed one with them
    ("Dr. (Ing.) ", "Mme (Dr) "); 0 when none opens it."""
    head = _TITLE_HEAD.match(text)
    return head.end() if head else 0


def name_and_rest(text: str) -> tuple[str, str]:
    """Split "Ms Jane DOE, Senior Examiner" into the name and what follows the comma.

    "Smith, Jane" and "Rodríguez Pereira, Sofía" stay whole (surname, comma, first name);
    a comma after a complete name (a title or a capitalised surname beside a given name,
    or two words before it when the surname is named first) starts something else.
    """
    before, comma, after = text.partition(",")
    if not comma or not after.strip():
        return text, ""
    if _TITLE_TAIL.fullmatch(comma + after):
        return text, ""  # "ЖУМАБАЕВА Айпери Кубанычбековна, г-жа": the title, written last
    degree = leading_degree_end(after)
    if degree and before.strip():
        # "Иванов Иван Иванович, к.т.н., главный специалист": a degree follows a whole name.
        return before, after[degree:].lstrip(" \t,;").strip()
    tokens = before.split()
    head = _TITLE_HEAD.match(before.strip())
    caps = [is_caps(t) for t in tokens]
    complete = (head is not None and len(before.strip()[head.end() :].split()) >= 2) or (
        any(caps) and not all(caps) and len(tokens) >= 2
    )
    return (before, after.strip()) if complete else (text, "")


def split_person(text: str, *, surname_first: bool | None = None) -> PersonName:
    """Title, last name and first name of a name as written.

    >>> split_person("Ms. Jane DOE")
    PersonName(title='Ms', last_name='DOE', first_name='Jane')
    >>> split_person("Smith, Jane")
    PersonName(title=None, last_name='Smith', first_name='Jane')
    >>> split_person("欧阳明女士")
    PersonName(title='Mrs', last_name='欧阳', first_name='明')
    """
    # Arabic and Chinese write the surname's comma their own way: "马，晓燕".
    value = clean_value(strip_romanisation(text).replace("،", ",").replace("，", ", "))
    value = without_degree(value)
    # A full stop after a whole word ends the sentence the name closes, not an initial.
    value = _SENTENCE_STOP.sub("", value)
    value = without_nickname(value)
    title: Title | None = None
    head = _TITLE_HEAD.match(value)
    if head:
        written = head.group(0).strip()
        title = _title_of(written)
        words = value[head.end() :].split()
        if CYRILLIC.search(written) and written.lower().rstrip(".") not in (
            "г-н",
            "г-жа",
            "господин",
            "госпожа",
        ):
            words = [_deinflect_bracketed(w, written) for w in words]
        value = " ".join(words)
    tail = _TITLE_TAIL.search(value)
    if tail and tail.group("t") in ("M", "السيد") and tail.group(0).strip()[:1] not in "([,،（":
        # "Kollie, James M.": a capital after the given name is its middle initial; the
        # French "M." closes a name only set off by a bracket or a comma; so does "السيد":
        # "محمد السيد" is Mohamed El-Sayed, "السيد" his family name.
        tail = None
    if (
        tail
        and value[: tail.start()].strip()
        and (tail.group(0).strip()[:1] in "([,،（" or not title)
    ):
        title = title or _title_of(tail.group("t"))
        value = value[: tail.start()]
    zh = _ZH_TITLE.search(value)
    if zh and _HAN.match(value[: zh.start()].rstrip() or "x"):
        title = title or normalize_title(zh.group(1))
        value = value[: zh.start()]
    value = clean_value(strip_han_post(value))
    if not value:
        return PersonName(title, None, None)
    han = beside_latin(value)
    if han:
        last_zh, first_zh = split_han(han)
        return PersonName(title, last_zh, first_zh)
    if _HAN.match(value.replace(" ", "")):
        dotted = split_dotted(value)
        if dotted:
            return PersonName(title, *dotted)
        if " " in value:
            last, _, first = value.partition(" ")
            return PersonName(title, last, first.strip() or None)
        last_zh, first_zh = split_han(value.strip(HAN_NAME_DOTS))
        return PersonName(title, last_zh, first_zh)
    if "," in value:
        before, _, after = value.partition(",")
        if before.strip() and after.strip():
            return PersonName(title, clean_value(before), clean_value(after))
    if " / " in value:
        # "LIM / Wei Ming Benjamin" under "Surname / Given name": the slash parts the two
        # as a comma does; the label's order decides, else the part in capitals.
        before, _, after = (clean_value(p) for p in value.partition(" / "))
        if before and after and "/" not in after:
            caps_after = all(is_caps(t) for t in after.split())
            if surname_first is False or (surname_first is None and caps_after):
                return PersonName(title, after, before)
            return PersonName(title, before, after)
    tokens = value.split()
    if surname_first and len(tokens) > 1 and all_caps(tokens):
        # "DUPONT MARIE" under "Nom et prénom": the surname first; of more words in
        # capitals, where it ends is unsure.
        return PersonName(title, *((tokens[0], tokens[1]) if len(tokens) == 2 else (value, None)))
    if surname_first and len(tokens) > 1 and not any(is_caps(t) for t in tokens):
        # "بن علي كريم", "عبد الله محمد": an Arabic family name opened by a particle is two words.
        n_last = 2 if len(tokens) > 2 and tokens[0] in _AR_NAME_PARTICLES else 1
        return PersonName(title, " ".join(tokens[:n_last]), " ".join(tokens[n_last:]))
    surname, given = split_tokens(tokens)
    return PersonName(title, surname, given)


# "فاطمة الزهراء العلوي (Fatima Zahra ALAOUI)", "Пётр Сидоров (Petr SIDOROV)": a name in a
# script of its own, its Latin spelling in brackets with the surname in capitals.
_TRANSCRIBED = re.compile(
    r"^\s*(?P<native>[^\W\d_A-Za-z\u00c0-\u024f][^()（）A-Za-z\u00c0-\u024f]{0,120}?)\s*"
    r"[(（](?P<latin>[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .-]{0,120})[)）]\s*$"
)


def split_by_transcription(text: str) -> tuple[str, str] | None:
    """(last name, first name) of a name in its own script, word for word as its Latin
    spelling in brackets marks the surname in capitals; None unless both have as many
    words and the capitals open or close the Latin one.

    >>> split_by_transcription("فاطمة الزهراء العلوي (Fatima Zahra ALAOUI)")
    ('العلوي', 'فاطمة الزهراء')
    """
    match = _TRANSCRIBED.match(text)
    if match is None:
        return None
    native, latin = match.group("native"), match.group("latin")
    if title_head_end(native) and title_head_end(latin):
        # Each with its title ("السيد محمد ... (M. Mohamed ...)"): the titles are no names.
        native, latin = native[title_head_end(native) :], latin[title_head_end(latin) :]
    native, latin = native.split(), latin.split()
    caps = [is_caps(word) for word in latin]
    count = sum(caps)
    if len(native) != len(latin) or not 0 < count < len(latin):
        return None
    if all(caps[:count]):
        return " ".join(native[:count]), " ".join(native[count:])
    if all(caps[-count:]):
        return " ".join(native[-count:]), " ".join(native[:-count])
    return None
