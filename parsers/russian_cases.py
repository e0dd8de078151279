"""Nominative forms of Russian names and posts written in the case an inflected title
governs: "г-на Иванова Ивана", "назначить г-на ... главного эксперта отдела",
"г-ну ... ведущему эксперту".
"""

from __future__ import annotations

import re

from parsers.russian_given_names import nominative_given_name

__all__ = [
    "deinflect_russian",
    "governed_object",
    "nominative_office_name",
    "nominative_post",
    "patronymic_case",
    "shown_case",
    "untitled_oblique",
]


# A woman's surname that ends in a consonant does not decline ("г-жу Чебан"), and neither
# does a Romanian one in -у ("Попеску", "Чобану", "Русу"); a double surname with a
# consonant-final part ("Чебан-Русу") is foreign as a whole, its -у part written as it is
# named. A man's dative in -у is cut off only where the word does not end as a Romanian
# name does ("г-ну Игорю Шевчуку", but "г-ну Петру Гуцу"): a wrong cut makes another
# surname, while one left as written is still the person's.
_FOREIGN_ENDING = re.compile(r"еску$", re.IGNORECASE)
# After "г-жу" a word in -у/-ю is either a Russian surname in -а/-я in the accusative
# ("Сироту", "Кочергу") or a Romanian one as it is named; these endings are Romanian
# (-ану, -яну, -ару, -ору, -цу, -су, -бу, -нгу, -пу, a vowel before -ю: "Чобану",
# "Мунтяну", "Морару", "Гуцу", "Урсу", "Сырбу", "Лунгу", "Лупу", "Пую").
_ROMANIAN_U = re.compile(
    r"(?:[ая]ну|[ая]ру|[ао]ру|[аеоуы]цу|[^и]су|бу|нгу|пу|[аеиоуя]ю)$", re.IGNORECASE
)
_CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$", re.IGNORECASE)


def _indeclinable(word: str) -> bool:
    parts = word.split("-")
    if len(parts) > 1 and any(_CONSONANT_END.search(part) for part in parts):
        return True
    return bool(_FOREIGN_ENDING.search(word))


# The case each inflected title governs, as nominative_given_name names it.
_TITLE_CASES = {
    "г-на": "m-gen",
    "господина": "m-gen",
    "г-ну": "m-dat",
    "господину": "m-dat",
    "г-не": "m-prep",
    "господине": "m-prep",
    "г-жу": "f-acc",
    "госпожу": "f-acc",
    "г-жи": "f-gen",
    "госпожи": "f-gen",
    "г-же": "f-dat",
    "госпоже": "f-dat",
}


def _surname(word: str, case: str) -> str:
    """The nominative of a surname (or a patronymic) in `case`; what fits no regular
    pattern is kept as written."""
    w = word
    if case in ("m-gen", "m-dat"):
        w = re.sub(r"(ов|ев|ёв|ин|ын)(а|у)$", r"\1", w)
        w = re.sub(r"(ск|цк)(ого|ому)$", r"\1ий", w)
        w = re.sub(r"(?<=\w{3})(ого|ому)$", "ой", w)  # "Толстому", "Луговому"
        w = re.sub(r"(вич)(а|у)$", r"\1", w)
        # "г-на Петра" (genitive) but "г-ну Петру" (dative): after "г-на" a word in -у
        # is foreign and indeclinable ("г-на Петра Гуцу"), and so is one after "г-ну"
        # that ends as a Romanian name does ("Гуцу", "Чобану", "Русу", "Пую").
        dative = case == "m-dat"
        if w == word and not (dative and _ROMANIAN_U.search(word) and word.endswith("у")):
            w = re.sub(r"([^аеёиоуыэюяь])у$" if dative else r"([^аеёиоуыэюяь])а$", r"\1", w)
        # "Гайдаю", "Гайдая": a name in -ай, -ей, -ой ("Пую" is Romanian). A dative never
        # ends in -я: "г-ну Ивану Гарсия" is as written.
        w = re.sub(r"([аео])ю$" if dative else r"([аеиоу])я$", r"\1й", w)
    elif case == "m-prep":
        w = _by_endings(w, _MALE_PREPOSITIONAL)
    elif case == "f-acc":
        w = re.sub(r"(ов|ев|ёв|ин|ын)у$", r"\1а", w)
        # An adjective's accusative: "Петровскую", "Толстую"; not a short Romanian "Пую".
        w = re.sub(r"(?<=\w{3})ую$", "ая", w)
        w = re.sub(r"(вн|чн)у$", r"\1а", w)
        if w == word and not _indeclinable(word) and not _ROMANIAN_U.search(word):
            w = re.sub(r"у$", "а", w)
            w = re.sub(r"ю$", "я", w)
    elif case == "f-gen":
        w = re.sub(r"(ов|ев|ёв|ин|ын)ой$", r"\1а", w)
        w = re.sub(r"(ск|цк)ой$", r"\1ая", w)
        w = re.sub(r"(вн|чн)ы$", r"\1а", w)
        w = re.sub(r"ии$", "ия", w)
        w = re.sub(r"([^аеёиоуыэюя])ы$", r"\1а", w)
        w = re.sub(r"([гкхжчшщ])и$", r"\1а", w)
    elif case == "f-dat":
        w = _by_endings(w, _FEMALE_DATIVE)
    return w


def deinflect_russian(words: list[str], title: str) -> list[str]:
    """Nominative forms of a Russian name governed by an inflected title ("г-на Иванова Ивана").

    Only the regular patterns: surnames in -ов/-ев/-ин/-ский, a-stem words, known given
    names, patronymics; a surname in capitals declines as one in small letters does.
    """
    case = _TITLE_CASES.get(title.lower().rstrip("."))
    if case is None:
        return list(words)
    out: list[str] = []
    for word in words:
        # A double name declines in each part: "Петрову-Водкину" -> "Петрова-Водкина".
        if "-" in word and not _indeclinable(word):
            out.append("-".join(deinflect_russian(word.split("-"), title)))
            continue
        caps = len(word) > 1 and word.isupper()
        low = word.lower() if caps else word
        w = nominative_given_name(low, case) or _surname(low, case)
        out.append(w.upper() if caps else w)
    return out


# The titles whose case a nominating verb's object may be in, a man's first: "выдвигает
# Игоря Петрова" (accusative), "кандидатуру Натальи Чобан" (genitive).
_VERB_OBJECT_CASES = (("г-на", "m-gen"), ("г-жу", "f-acc"), ("г-жи", "f-gen"))


# A patronymic's oblique ending tells both the case and the sex, as the title that would
# govern it: "Сергеевну", "Ильиничну" (a woman's accusative), "Сергеевны" (her genitive),
# "Николаевича", "Ильича" (a man's accusative or genitive, which are alike).
_PATRONYMIC_CASES = (
    (re.compile(r"[А-ЯЁ][а-яё]{2,}[вч]ну"), "г-жу"),
    (re.compile(r"[А-ЯЁ][а-яё]{2,}[вч]ны"), "г-жи"),
    (re.compile(r"[А-ЯЁ][а-яё]{2,}ича"), "г-на"),
)


def patronymic_case(words: list[str]) -> str | None:
    """The title whose case a full name's oblique patronymic is in ("г-жу" for "Иванову
    Анну Сергеевну"), or None for a name in the nominative or one with no patronymic. The
    surname comes first or last, so the patronymic is the second or third word."""
    if len(words) != 3:
        return None
    for word in words[1:]:
        for pattern, title in _PATRONYMIC_CASES:
            if pattern.fullmatch(word):
                return title
    return None


def shown_case(words: list[str]) -> str | None:
    """The title whose case an untitled Russian name is in, as its patronymic or a known
    given name shows it ("г-жу" for "Анну Петрову"), or None."""
    by_patronymic = patronymic_case(words)
    if by_patronymic is not None:
        return by_patronymic
    for title, case in _VERB_OBJECT_CASES:
        if any((given := nominative_given_name(w, case)) is not None and given != w for w in words):
            return title
    return None


def untitled_oblique(words: list[str]) -> list[str]:
    """The nominative of a Russian name no title governs, after a nominating verb, when its
    patronymic ("Анну Сергеевну", "Игоря Николаевича") or a known given name in it shows
    the case ("Наталью ЧОБАН", "Игоря ПЕТРОВА"); otherwise the words as written."""
    # The patronymic first: "Анну" alone could be a man's "Кузьму" as well as a woman's.
    by_patronymic = patronymic_case(words)
    if by_patronymic is not None:
        return deinflect_russian(words, by_patronymic)
    for title, case in _VERB_OBJECT_CASES:
        if any((given := nominative_given_name(w, case)) is not None and given != w for w in words):
            return deinflect_russian(words, title)
    return list(words)


# A verb that takes its person in the accusative, in a form that governs an object
# ("включить", "назначаем", "выдвинули", "рекомендуем", "просим зарегистрировать"); a noun
# of the same root ("включение", "назначения") or a passive ("включена") does not.
_ACCUSATIVE_VERB = re.compile(
    r"(?:включ|назнач|выдви[нг]|рекоменд|(?:за)?регистрир|номинир)[а-яё]*"
    r"(?:ть|(?<!ени)ем|им|ет|ит|ут|ют|ат|ят|л[аио]?|те)",
    re.IGNORECASE,
)
# "кандидатуру Г.Б. Бердыевой": the name after it is in the genitive.
_GENITIVE_NOUN = re.compile(r"кандидатур[а-яё]*", re.IGNORECASE)
_INITIALS = re.compile(r"(?:[А-ЯЁA-Z]\.)+")
# A surname's oblique ending that no nominative has: a woman's accusative ("Бердыеву",
# "Петровскую") or genitive ("Бердыевой", "Петровской").
_FEMALE_OBLIQUE = {
    "f-acc": re.compile(r"(?:(?:[оеё]в|[иы]н)у|(?<=\w{3})ую)$"),
    "f-gen": re.compile(r"(?:[оеё]в|[иы]н|[сц]к)ой$"),
}
# A man's accusative and genitive alike ("Сидорова", "Петровского"): also a woman's
# nominative ("Сидорова"), so only read so where the verb shows the case.
_MALE_OBLIQUE = re.compile(r"(?:(?:[оеё]в|[иы]н)а|[сц]кого)$")


def governed_object(words: list[str], governor: str) -> list[str]:
    """The nominative of a Russian name `governor` puts in its case: a verb taking the
    accusative ("включить Г.Б. Бердыеву" -> "Бердыева", "назначить И.П. Сидорова" ->
    "Сидоров") or "кандидатуру" (genitive, "кандидатуру Г.Б. Бердыевой"). A known given
    name shows the case itself (see untitled_oblique); otherwise only a surname beside
    initials is read, by an ending that declines: a whole given name no list knows may be
    either sex's, and a surname that does not decline ("Шевчук", "Гуцу") stays."""
    shown = untitled_oblique(words)
    if shown != words:
        return shown
    head = governor.strip().lower()
    if _ACCUSATIVE_VERB.fullmatch(head):
        female, female_title, male_title = _FEMALE_OBLIQUE["f-acc"], "г-жу", "г-на"
    elif _GENITIVE_NOUN.fullmatch(head):
        female, female_title, male_title = _FEMALE_OBLIQUE["f-gen"], "г-жи", "г-на"
    else:
        return list(words)
    surnames = [w for w in words if not _INITIALS.fullmatch(w)]
    if len(surnames) != 1 or len(surnames) == len(words):
        return list(words)
    parts = surnames[0].lower().split("-")
    if all(female.search(part) for part in parts):
        return deinflect_russian(words, female_title)
    if all(_MALE_OBLIQUE.search(part) for part in parts):
        return deinflect_russian(words, male_title)
    return list(words)


def _nominative_noun(word: str, prepositional: bool = False) -> str:
    low = word.lower()
    if prepositional:
        if low.endswith("теле"):
            return word[:-1] + "ь"
        return word[:-1] if re.search(r"[бвгдзклмнпрстфхцчшщ]е$", low) else word
    if re.search(r"[бвгдзклмнпрстфхцчшщ][ау]$", low):
        return word[:-1]
    if re.search(r"[лнр][яю]$", low):
        return word[:-1] + "ь"
    return word


# A participle standing as a post's head noun: "заведующий отделом", "исполняющий
# обязанности начальника", "управляющий делами".
_PARTICIPLE_HEAD = re.compile(r"(?:заведующ|исполняющ|управляющ|замещающ)")


def nominative_post(value: str) -> str:
    """ "главного эксперта отдела" -> "главный эксперт отдела": the head of a Russian post
    named after "назначить г-на" / "кандидатуру г-жи" (genitive or animate accusative),
    "ведущему эксперту отдела" after "г-ну" (dative), or "о г-не ..., главном эксперте
    отдела" (prepositional)."""
    words = value.split()
    out: list[str] = []
    prepositional = False
    for i, word in enumerate(words):
        low = word.lower()
        if _PARTICIPLE_HEAD.match(low) and re.search(r"(?:его|ему|ем|ей|ую)$", low):
            # "заведующего отделом ...", "исполняющего обязанности ...": a participle
            # heading the post governs the words after it, which keep their case.
            head = word[: -2 if low.endswith(("ем", "ей", "ую")) else -3]
            head += "ая" if low.endswith(("ей", "ую")) else "ий"
            return " ".join([*out, head, *words[i + 1 :]])
        if re.search(r"(?:[кгх]ого|его|[кгх]ому|ему)$", low):
            out.append(word[:-3] + "ий")
        elif low.endswith(("ого", "ому")):
            out.append(word[:-3] + "ый")
        elif i + 1 < len(words) and re.search(r"\w{3}(?:ом|ем)$", low):
            # A prepositional adjective before its noun: "главном", "ведущем", "старшем".
            soft = re.search(r"(?:[кгхжчшщ]ом|ем)$", low) is not None
            out.append(word[:-2] + ("ий" if soft else "ый"))
            prepositional = True
        else:
            # The head noun: "эксперта" -> "эксперт", "заместителя" -> "заместитель";
            # dative "начальнику" -> "начальник", "руководителю" -> "руководитель";
            # prepositional "эксперте", "заместителе" (only after an adjective in that
            # case: a dative "главе" is "глава"). A compound inflects in both parts.
            head = "-".join(_nominative_noun(part, prepositional) for part in word.split("-"))
            return " ".join([*out, head, *words[i + 1 :]])
    return value


# The head noun of an office's name in the genitive and its nominative ending, with the
# gender its adjectives take: "службы" -> "служба" (f), "организации" -> "организация" (f),
# "ведомства" -> "ведомство" (n), "управления" -> "управление" (n), "центра" -> "центр" (m).
_HEAD_NOUNS = (
    (re.compile(r"ии$"), "ия", "f"),
    (re.compile(r"(?<=[гкхжчшщ])и$"), "а", "f"),
    (re.compile(r"(?<=[^аеёиоуыэюяьй])ы$"), "а", "f"),
    (re.compile(r"(?<=ств)а$"), "о", "n"),
    (re.compile(r"(?<=[нт]и)я$"), "е", "n"),
    (re.compile(r"(?<=[^аеёиоуыэюяьй])а$"), "", "m"),
)
# Genitive adjective endings and their nominative in each gender.
_ADJECTIVES = (
    (re.compile(r"(?<=[гкхжчшщ])ой$"), {"f": "ая"}),
    (re.compile(r"ой$"), {"f": "ая"}),
    (re.compile(r"ей$"), {"f": "яя"}),
    (re.compile(r"(?<=[гкхжчшщ])ого$"), {"m": "ий", "n": "ое"}),
    (re.compile(r"ого$"), {"m": "ый", "n": "ое"}),
    (re.compile(r"его$"), {"m": "ий", "n": "ее"}),
)


def nominative_office_name(value: str) -> str | None:
    """ "Федеральной службы по интеллектуальной собственности (Роспатент)" -> "Федеральная
    служба по ...": the adjectives and the head noun an office's name in the genitive opens
    with, in the nominative; the words after the head keep their case. None when the name
    does not open that way."""
    words = value.split(" ")
    adjectives: list[tuple[str, dict[str, str], str]] = []
    for i, word in enumerate(words):
        low = word.lower()
        ending = next(((m, ends) for p, ends in _ADJECTIVES if (m := p.search(low))), None)
        if ending is not None:
            adjectives.append((word, ending[1], word[: ending[0].start()]))
            continue
        head = next(((p, end, g) for p, end, g in _HEAD_NOUNS if p.search(low)), None)
        if head is None or not adjectives:
            return None
        pattern, end, gender = head
        if any(gender not in ends for _w, ends, _stem in adjectives):
            return None
        noun = pattern.sub(end, word)
        opened = [stem + ends[gender] for _w, ends, stem in adjectives]
        return " ".join([*opened, noun, *words[i + 1 :]])
    return None


# The endings of a Russian name in the instrumental and the dative, which no title governs
# ("будет представлен Кравцовым Михаилом Юрьевичем", "поручить Смирновой Ольге Павловне"),
# and the nominative ones they come from, tried in order, the first that fits.
_MALE_INSTRUMENTAL = (
    (re.compile(r"(?<=ов|ев|ёв|ин|ын)ым$"), ""),
    (re.compile(r"(?<=[сц]к)им$"), "ий"),
    (re.compile(r"(?<=ич)ем$"), ""),
    (re.compile(r"(?<=[аеёиоуыэюя])ем$"), "й"),
    (re.compile(r"ем$"), "ь"),
    (re.compile(r"ом$"), ""),
    (re.compile(r"ой$"), "а"),
)
_FEMALE_INSTRUMENTAL = (
    (re.compile(r"(?<=[сц]к)ой$"), "ая"),
    (re.compile(r"ой$"), "а"),
    (re.compile(r"ей$"), "я"),
)
_FEMALE_DATIVE = (
    (re.compile(r"(?<=[сц]к)ой$"), "ая"),
    (re.compile(r"(?<=ов|ев|ёв|ин|ын)ой$"), "а"),
    (re.compile(r"(?<=[иь])[ие]$"), "я"),
    # A Georgian surname in -дзе does not decline ("г-же Нино Джапаридзе").
    (re.compile(r"дзе$"), "дзе"),
    (re.compile(r"(?<=[^аеёиоуыэюяь])е$"), "а"),
)
# A man's name in the prepositional ("о г-не Иванове", "о господине Петровском"): only the
# endings that cannot be an indeclinable name's own ("Джапаридзе", "Гуцу", "Шевченко" stay);
# a consonant stem loses its -е only after a Slavic, Armenian or German suffix ("Шевчуке",
# "Петросяне", "Петровиче").
_MALE_PREPOSITIONAL = (
    (re.compile(r"(?<=ов|ев|ёв|ин|ын)е$"), ""),
    (re.compile(r"(?<=[сц]к)ом$"), "ий"),
    (re.compile(r"(?<=\w{3}[^аеёиоуыэюяь])ом$"), "ой"),
    (re.compile(r"(?<=[аеиоуюя]к|ец|ич|ян|ан|ер)е$"), ""),
)


def _by_endings(word: str, endings: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, nominative in endings:
        if pattern.search(word):
            return pattern.sub(nominative, word)
    return word


def nominative_name(words: list[str], case: str) -> list[str]:
    """The nominative of a whole Russian name in `case`: "г-на" or "г-жи" (genitive), "г-жу"
    (accusative), "г-ну" (dative), "dat-f", "ins-m" or "ins-f" (what deinflect_russian's
    titles do not govern). A double name declines in each part."""
    endings = {"ins-m": _MALE_INSTRUMENTAL, "ins-f": _FEMALE_INSTRUMENTAL, "dat-f": _FEMALE_DATIVE}
    table = endings.get(case)
    if table is None:
        return deinflect_russian(words, case)
    return ["-".join(_by_endings(part, table) for part in word.split("-")) for word in words]
