"""Split a written personal name into title, last name and first name, script by script."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from parsers.normalize import Title, clean_value, normalize_title

__all__ = [
    "TITLE_PATTERN",
    "PersonName",
    "deinflect_russian",
    "given_and_patronymic",
    "name_and_rest",
    "nominative_post",
    "resplit_by_username",
    "split_person",
    "strip_romanisation",
]


class PersonName(NamedTuple):
    title: Title | None
    last_name: str | None
    first_name: str | None


# Salutations that may open (or, in Chinese, close) a name. Russian forms are inflected:
# "г-на" (genitive/accusative), "г-жу", "г-же"... Dr./Prof. are consumed but give no title.
TITLE_PATTERN = (
    r"(?:Mrs|Mr|Ms|Miss|Mme|Mlle|Mister|Monsieur|Madame|Mademoiselle|Madam|(?-i:M)(?=\.)|Sra|Srta|Sr|Señora"
    r"|Señorita|Señor|Senora|Senor|Dña|Doña|Dr|Dra|Prof|Professor|Doctor|Docteur|Professeur"
    r"|г-ну|г-на|г-н|г-жу|г-жи|г-же|г-жа|господину|господина|господин|госпожу|госпожи|госпоже|госпожа"
    r"|д-р|проф|السيدة|السيد|الدكتورة|الدكتور|المهندسة|المهندس|الأستاذة|الأستاذ"
    r"|(?:Ing|Inga|Lic|Licda|Licdo|Lcdo|Lcda|Abog|Abg|Arq|Mtro|Mtra)(?=\.)"
    # "Me Claire Fontaine": a French lawyer's title (Maître), never with a full stop.
    r"|(?-i:Me)(?=[ \t]))\.?"
)
_TITLE_HEAD = re.compile(
    rf"^(?:{TITLE_PATTERN})(?=[\s/]|$)(?:\s*/?\s*(?:{TITLE_PATTERN})(?=[\s/]|$))*\s*(?:/\s+)?",
    re.IGNORECASE,
)
_TITLE_TAIL = re.compile(
    r"\s*[(\[,،（]?\s*(?P<t>Mrs|Mr|Ms|Miss|Mme|M|Sra|Sr|Srta|г-н|г-жа|السيدة|السيد|先生|女士|小姐)\.?\s*[)\]）]?\s*$"
)
# A romanisation in brackets after a name in Han script: "刘建国（LIU Jianguo）".
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\s*[(（][A-Za-z][A-Za-z .'’-]*[)）]")
_ZH_TITLE = re.compile(r"(先生|女士|小姐|博士|教授)$")
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
_HAN = re.compile(r"^[\u4e00-\u9fff\u3400-\u4dbf·]+$")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_PARTICLES = frozenset(
    [
        "ní",
        "nic",
        "ó",
        "ua",
        "uí",
        "mac",
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "dela",
        "delos",
        "delas",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "la",
        "le",
        "las",
        "los",
        "ter",
        "ten",
        "bin",
        "ibn",
        "ben",
        "al",
        "el",
        "abu",
        "st",
        "y",
        "e",
        "zu",
    ]
)
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
_AR_NAME_PARTICLES = frozenset(["بن", "ابن", "بو", "أبو", "ابو", "آل", "عبد", "ولد"])
_AR_NASAB = frozenset(["بن", "ابن", "بنت"])
_RU_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|ук|юк|ич|ян|дзе|швили|их|ых)$"
)
_RU_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична|ьич|оглы|кызы)$")


_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{3})\.$")


def _is_caps(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title_of(text: str) -> Title | None:
    return normalize_title(text.replace("/", " "))


def given_and_patronymic(text: str) -> bool:
    """True for a Russian given name and patronymic with no surname ("Пётр Сергеевич")."""
    tokens = text.split()
    return (
        len(tokens) == 2
        and all(_CYRILLIC.search(t) for t in tokens)
        and bool(_RU_PATRONYMIC.search(tokens[1].lower()))
    )


def deinflect_russian(words: list[str], title: str) -> list[str]:
    """Nominative forms of a Russian name governed by an inflected title ("г-на Иванова Ивана").

    Only the regular patterns: surnames in -ов/-ев/-ин/-ский, first names and patronymics.
    """
    title = title.lower().rstrip(".")
    male_oblique = title in ("г-на", "господина", "г-ну", "господину")
    female_acc = title in ("г-жу", "госпожу")
    female_gen = title in ("г-жи", "госпожи", "г-же", "госпоже")
    out: list[str] = []
    for word in words:
        w = word
        if male_oblique:
            w = re.sub(r"(ов|ев|ёв|ин|ын)(а|у)$", r"\1", w)
            w = re.sub(r"(ск|цк)(ого|ому)$", r"\1ий", w)
            w = re.sub(r"(вич)(а|у)$", r"\1", w)
            w = re.sub(r"([^аеёиоуыэюяь])[ау]$", r"\1", w)
            w = re.sub(r"([аеиоу])[яю]$", r"\1й", w)
        elif female_acc:
            w = re.sub(r"(ов|ев|ёв|ин|ын)у$", r"\1а", w)
            w = re.sub(r"(ск|цк)ую$", r"\1ая", w)
            w = re.sub(r"(вн|чн)у$", r"\1а", w)
            w = re.sub(r"у$", "а", w)
            w = re.sub(r"ю$", "я", w)
        elif female_gen:
            w = re.sub(r"(ов|ев|ёв|ин|ын)ой$", r"\1а", w)
            w = re.sub(r"(ск|цк)ой$", r"\1ая", w)
            w = re.sub(r"(вн|чн)ы$", r"\1а", w)
            w = re.sub(r"ии$", "ия", w)
            w = re.sub(r"([^аеёиоуыэюя])ы$", r"\1а", w)
            w = re.sub(r"([гкхжчшщ])и$", r"\1а", w)
        out.append(w)
    return out


def _nominative_noun(word: str) -> str:
    low = word.lower()
    if re.search(r"[бвгдзклмнпрстфхцчшщ][ау]$", low):
        return word[:-1]
    if re.search(r"[лнр][яю]$", low):
        return word[:-1] + "ь"
    return word


def nominative_post(value: str) -> str:
    """ "главного эксперта отдела" -> "главный эксперт отдела": the head of a Russian post
    named after "назначить г-на" / "кандидатуру г-жи" (genitive or animate accusative), or
    "ведущему эксперту отдела" after "г-ну" (dative)."""
    words = value.split()
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        if re.search(r"(?:[кгх]ого|его|[кгх]ому|ему)$", low):
            out.append(word[:-3] + "ий")
        elif low.endswith(("ого", "ому")):
            out.append(word[:-3] + "ый")
        else:
            # The head noun: "эксперта" -> "эксперт", "заместителя" -> "заместитель";
            # dative "начальнику" -> "начальник", "руководителю" -> "руководитель".
            # A compound inflects in both parts: "специалисту-эксперту".
            head = "-".join(_nominative_noun(part) for part in word.split("-"))
            return " ".join([*out, head, *words[i + 1 :]])
    return value


def _split_han(name: str) -> tuple[str | None, str | None]:
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
_HAN_POST = re.compile(
    r"(?:先生|女士|小姐|博士|教授|老师|同志|处长|處長|科长|科長|部长|部長|局长|局長|司长|司長"
    r"|厅长|廳長|院长|院長|所长|所長|主任|经理|經理|总监|總監|专员|專員|工程师|工程師|审查员|審查員"
    r"|研究员|研究員|调研员|調研員|专家|專家|代表|秘书|秘書)$"
)


def _beside_latin(value: str) -> str | None:
    match = _HAN_BESIDE_LATIN.match(value)
    if match is None:
        return None
    han = match.group("after") or match.group("before")
    return None if _HAN_POST.search(han) else han


# "А.В.", "О.", "J.": the initials of a given name (and patronymic), never a surname.
_INITIALS = re.compile(r"^(?:[A-ZА-ЯЁ]\.)+$")


def _by_initials(tokens: list[str]) -> tuple[str, str] | None:
    """ "А.В. Ковалевич", "O. N. LUKASHEVICH", "Ковалевич А.В.": the initials are the
    given name, the one word (or the words in capitals) beside them the surname."""
    marks = [bool(_INITIALS.match(t)) for t in tokens]
    n = marks.index(False) if False in marks else len(marks)
    if 0 < n < len(tokens) and not any(marks[n:]):
        rest = tokens[n:]
        if len(rest) == 1 or all(_is_caps(t) for t in rest):
            return " ".join(rest), " ".join(tokens[:n])
    if len(tokens) >= 2 and not marks[0] and all(marks[1:]):
        return tokens[0], " ".join(tokens[1:])
    return None


def _split_tokens(tokens: list[str]) -> tuple[str | None, str | None]:
    """Last and first name from tokens in written order (no comma, no script rule)."""
    if not tokens:
        return None, None
    initials = _by_initials(tokens)
    if initials is not None:
        return initials
    caps = [i for i, t in enumerate(tokens) if _is_caps(t)]
    if caps and len(caps) < len(tokens):
        # UN convention: the surname is in capitals, wherever it stands.
        lo, hi = caps[0], caps[-1]
        while lo > 0 and tokens[lo - 1].lower() in _PARTICLES:
            lo -= 1
        last = " ".join(tokens[lo : hi + 1])
        first = " ".join(tokens[:lo] + tokens[hi + 1 :])
        return last, first or None
    if len(tokens) == 1:
        return tokens[0], None
    if caps:
        return " ".join(tokens), None
    if any(_CYRILLIC.search(t) for t in tokens):
        # Formal Russian order is "Фамилия Имя Отчество"; the patronymic stays with the first name.
        if _RU_PATRONYMIC.search(tokens[-1].lower()) or not _RU_SURNAME.search(tokens[-1].lower()):
            return tokens[0], " ".join(tokens[1:])
        return tokens[-1], " ".join(tokens[:-1])
    if any(_ARABIC.search(t) for t in tokens):
        # Arabic names as written: the given name first, the rest (father's name, family) after.
        rest = tokens[1:]
        # "خالد بن عبدالله العتيبي": "son of Abdullah" is neither his given nor his family
        # name when a family name follows; "أمينة بن يوسف" ends with it, her family name.
        while len(rest) > 2 and rest[0] in _AR_NASAB:
            rest = rest[2:]
        return " ".join(rest), tokens[0]
    lo = len(tokens) - 1
    while lo > 1 and tokens[lo - 1].lower() in _PARTICLES:
        lo -= 1
    return " ".join(tokens[lo:]), " ".join(tokens[:lo])


def _ascii_fold(token: str) -> str:
    decomposed = unicodedata.normalize("NFKD", token.lower())
    return "".join(c for c in decomposed if c.isascii() and c.isalpha())


def resplit_by_username(last: str, first: str, username: str) -> tuple[str, str] | None:
    """(last, first) as the username tells, for a given-first name with no capitals to go by.

    "Rodrigo Benítez Acosta" reads as given name "Rodrigo Benítez" by default; the
    recommended username ("py-rbenitez": the initial, then the surname) shows that the
    surname starts at "Benítez". Only when exactly one split fits the username.
    """
    tokens = first.split() + last.split()
    if len(tokens) < 3 or any(_is_caps(t) or not _ascii_fold(t) for t in tokens):
        return None
    if any(_CYRILLIC.search(t) or _ARABIC.search(t) for t in tokens):
        return None
    local = re.sub(r"[^a-z]", "", username.lower().partition("-")[2])
    if not local:
        return None
    folded = [_ascii_fold(t) for t in tokens]
    fits = [
        i
        for i in range(1, len(tokens))
        if local.startswith(
            ("".join(f[0] for f in folded[:i]) + folded[i], folded[0][0] + folded[i])
        )
    ]
    if len(fits) != 1:
        return None
    lo = fits[0]
    while lo > 1 and tokens[lo - 1].lower() in _PARTICLES:
        lo -= 1  # "Rafael da Silva Santos", "br-rsilva": "da" goes with the surname
    if " ".join(tokens[lo:]) == last:
        return None
    return " ".join(tokens[lo:]), " ".join(tokens[:lo])


def strip_romanisation(text: str) -> str:
    """Drop a bracketed Latin transcription after a Han name ("刘建国（LIU Jianguo）先生"),
    or the name in its own script in brackets after a Latin one ("KIM Min-jun (김민준)")."""
    return _NATIVE.sub(_native_title, _PINYIN.sub("", text))


def _native_title(match: re.Match[str]) -> str:
    title = _NATIVE_TITLE.search(match.group(0))
    return f"（{title.group(1)}）" if title else ""


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
    tokens = before.split()
    head = _TITLE_HEAD.match(before.strip())
    caps = [_is_caps(t) for t in tokens]
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
    # A full stop after a whole word ends the sentence the name closes, not an initial.
    value = _SENTENCE_STOP.sub("", value)
    title: Title | None = None
    head = _TITLE_HEAD.match(value)
    if head:
        written = head.group(0).strip()
        title = _title_of(written)
        words = value[head.end() :].split()
        if _CYRILLIC.search(written) and written.lower().rstrip(".") not in (
            "г-н",
            "г-жа",
            "господин",
            "госпожа",
        ):
            words = deinflect_russian(words, written)
        value = " ".join(words)
    tail = _TITLE_TAIL.search(value)
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
    value = clean_value(value)
    if not value:
        return PersonName(title, None, None)
    han = _beside_latin(value)
    if han:
        last_zh, first_zh = _split_han(han)
        return PersonName(title, last_zh, first_zh)
    if _HAN.match(value.replace(" ", "")):
        if " " in value:
            last, _, first = value.partition(" ")
            return PersonName(title, last, first.strip() or None)
        last_zh, first_zh = _split_han(value.replace("·", ""))
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
            caps_after = all(_is_caps(t) for t in after.split())
            if surname_first is False or (surname_first is None and caps_after):
                return PersonName(title, after, before)
            return PersonName(title, before, after)
    tokens = value.split()
    if surname_first and len(tokens) > 1 and not any(_is_caps(t) for t in tokens):
        # "بن علي كريم", "عبد الله محمد": an Arabic family name opened by a particle is two words.
        n_last = 2 if len(tokens) > 2 and tokens[0] in _AR_NAME_PARTICLES else 1
        return PersonName(title, " ".join(tokens[:n_last]), " ".join(tokens[n_last:]))
    surname, given = _split_tokens(tokens)
    return PersonName(title, surname, given)
