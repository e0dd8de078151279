"""Later mentions of a person named in full before: by title and surname ("Dr. Haddad"),
by both surnames ("la Sra. Ospina Vargas"), by a Han surname ("刘先生"), by an inflected
Russian surname after a title of the same gender ("г-жи Ковалёвой"), or by initials and
surname ("J. Smith", "Г.Б. Бердыеву"), or by title and given name ("السيدة مريم", "Ms Maryam",
"Mme Marie") when only one person named has that given name.
"""

from __future__ import annotations

import re

from parsers.drafts import Draft, Found
from parsers.initials_mentions import initials_mention
from parsers.name_order import given_and_patronymic
from parsers.names import split_person
from parsers.normalize import normalize_title
from parsers.people import Person
from parsers.russian_cases import deinflect_russian, untitled_oblique

__all__ = [
    "back_references",
    "by_initials",
    "given_patronymic_mention",
    "surnames_from_mention",
]


def back_references(people: list[Person]) -> dict[int, int]:
    """Later mentions by title and surname alone ("Dr. Haddad", "الدكتورة حداد") of a person
    named in full before: index of the mention -> index of the full name."""
    out: dict[int, int] = {}
    for k, person in enumerate(people):
        words = person.name.split()
        given = _given_name_mention(k, people)
        if given is not None:
            out[k] = given
            continue
        for j in range(k):
            full = people[j].name.split()
            if (
                (
                    j not in out
                    and len(full) >= 2
                    and words
                    and (
                        words[0].casefold() == full[-1].casefold()
                        # the full name again, in a later sentence about the same person
                        or words == full
                        # "el Ing. Pereira" after "Ing. Gonzalo PEREIRA SILVA": the first of
                        # two Spanish surnames.
                        or (
                            len(words) == 1
                            and len(full) >= 3
                            and words[0].casefold() == full[-2].casefold()
                        )
                        or _last_words(words, full)
                        or _first_words(words, full)
                    )
                    and person.title == people[j].title
                )
                or _russian_back_reference(person, people[j])
                or given_patronymic_mention(person, people[j])
                or by_initials(person, people[j])
            ):
                out[k] = j
                break
            if j not in out and _han_back_reference(person, people[j]):
                out[k] = j
                break
    return out


def _given_name_mention(k: int, people: list[Person]) -> int | None:
    """ "كما ترشح السيدة مريم ..." after "السيدة مريم الجودر", "Ms Maryam" after "Ms Maryam
    Jowder": a title and one word that is the given name of exactly one person named in
    full before, under a title of the same sex, and no word of anyone else's name."""
    mention = people[k]
    words = mention.name.split()
    if len(words) != 1 or _HAN_NAME.fullmatch(words[0]):
        return None
    word = words[0].casefold()
    holders: dict[str, int] = {}
    for j, other in enumerate(people):
        if j == k:
            continue
        names = other.name.split()
        if len(names) < 2:
            continue
        first = (split_person(f"{other.title} {other.name}").first_name or "").split()
        if first and first[0].casefold() == word:
            holders.setdefault(other.name.casefold(), j)
        elif any(n.casefold() == word for n in names):
            return None  # another person's surname, or a later given name: not sure whose
    if len(holders) != 1:
        return None
    j = next(iter(holders.values()))
    if j > k or not _same_sex(mention.title, people[j].title):
        return None
    return j


_MALE = frozenset({"Mr"})
_FEMALE = frozenset({"Mrs", "Ms"})


def _same_sex(a: str, b: str) -> bool:
    """Whether two titles may address one person: the same title as written, or two of one
    sex ("Ms" and "Mrs"); a title that tells no sex ("Dr", "المهندس") only as written."""
    if a.casefold().rstrip(".") == b.casefold().rstrip("."):
        return True
    first, second = normalize_title(a), normalize_title(b)
    return any(first in group and second in group for group in (_MALE, _FEMALE))


def by_initials(mention: Person, full: Person) -> bool:
    """ "J. Smith" or "Г.Б. Бердыеву" after "Ms Jane Smith" or "г-жи Бердыевой Гульшат
    Батыровны": initials and surname, each title (if any) read as it is written."""
    return initials_mention(
        split_person(f"{mention.title} {mention.name}"), split_person(f"{full.title} {full.name}")
    )


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}")


def _han_back_reference(mention: Person, full: Person) -> bool:
    """ "刘建国先生" again, or "刘先生", after "刘建国先生": a Han name has no spaces to split on,
    so the whole name or its first one or two characters (the surname) name the same person."""
    if mention.title != full.title or not _HAN_NAME.fullmatch(mention.name):
        return False
    if not _HAN_NAME.fullmatch(full.name) or len(full.name) < 2:
        return False
    # Only the surname itself: "刘洋" is a whole name (surname 刘), not a mention of 刘洋明.
    return mention.name == full.name or mention.name == split_person(full.name).last_name


_LATIN_NAME = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’-]*")


def surnames_from_mention(draft: Draft, mention: Person, full: Person) -> None:
    """ "el Dr. Quispe Mamani" after "Dr. Marco Antonio Quispe Mamani": the later mention
    shows where the surnames start, which the full name alone does not."""
    words, names = mention.name.split(), full.name.split()
    last = draft.values.get("last_name")
    if _first_of_two(words, names):
        # "la Ing. Vargas" after "la Ing. Carla Vargas Quiroga": the first of two surnames.
        words = names[-2:]
    if last is None or not _last_words(words, names) or not words[0][:1].isupper():
        return
    # Latin script only: Russian and Arabic names are ordered otherwise.
    if len(last.value.split()) >= len(words) or not all(_LATIN_NAME.fullmatch(w) for w in words):
        return
    given = " ".join(names[: -len(words)])
    draft.values["last_name"] = Found(
        " ".join(words), last.start, last.end, last.rule, last.text, last.source
    )
    draft.values["first_name"] = Found(
        given, last.start, last.end, last.rule, last.text, last.source
    )


def _first_of_two(words: list[str], full: list[str]) -> bool:
    """ "Vargas" for "Carla Vargas Quiroga": one word, the last but one of three or more."""
    return len(words) == 1 and len(full) >= 3 and words[0].casefold() == full[-2].casefold()


def _last_words(words: list[str], full: list[str]) -> bool:
    """ "la Sra. Ospina Vargas" after "Sra. Diana Marcela Ospina Vargas": both surnames
    without the given names."""
    n = len(words)
    return 2 <= n < len(full) and [w.casefold() for w in full[-n:]] == [w.casefold() for w in words]


def _first_words(words: list[str], full: list[str]) -> bool:
    """ "Dña. Beatriz Lozano" after "Dña. Beatriz Lozano Carrasco": the given name and the
    first surname, as a Spanish name is shortened (or the given names alone)."""
    n = len(words)
    return 2 <= n < len(full) and [w.casefold() for w in full[:n]] == [w.casefold() for w in words]


def _russian_gender(title: str) -> str | None:
    low = title.casefold().rstrip(".")
    if low.startswith(("г-ж", "госпож")):
        return "f"
    if low.startswith(("г-н", "господин")):
        return "m"
    return None


def _initials_of(words: list[str], names: list[str]) -> bool:
    """ "Г. Р." (or "Г.Р.") for "Гульнара Рашидовна"."""
    letters = [w for w in re.split(r"[.\s]+", " ".join(words)) if w]
    return 0 < len(letters) <= len(names) and all(
        len(a) == 1 and b[:1].casefold() == a.casefold()
        for a, b in zip(letters, names, strict=False)
    )


def given_patronymic_mention(mention: Person, full: Person) -> bool:
    """ "включить Анну Сергеевну в список" after "Иванову Анну Сергеевну": a given name and
    patronymic alone, in any case, are those of the person named in full before."""
    words = mention.name.split()
    if len(words) != 2 or len(full.name.split()) != 3:
        return False
    nominative = (
        deinflect_russian(words, mention.title) if mention.title else untitled_oblique(words)
    )
    said = " ".join(nominative)
    if not given_and_patronymic(said):
        return False
    first = split_person(f"{full.title} {full.name}").first_name
    return first is not None and first.casefold() == said.casefold()


def _russian_back_reference(mention: Person, full: Person) -> bool:
    """ "Учетная запись г-жи Ковалёвой" after "Г-жа Ковалёва Марина Сергеевна": the surname
    alone, inflected after an inflected title of the same gender (surname first in Russian)."""
    words, names = mention.name.split(), full.name.split()
    gender = _russian_gender(mention.title)
    if len(words) > 1 and _initials_of(words[1:], names[1:]):
        words = words[:1]  # "г-жа Сафарова Г. Р." after "г-жа Сафарова Гульнара Рашидовна"
    if len(words) != 1 or len(names) < 2 or gender is None:
        return False
    if gender != _russian_gender(full.title):
        return False
    # Either may be inflected: "г-ну Гасанову Эльчину" first, "г-на Гасанова" after.
    surnames = {names[0].casefold(), deinflect_russian(names[:1], full.title)[0].casefold()}
    return (
        words[0].casefold() in surnames
        or deinflect_russian(words, mention.title)[0].casefold() in surnames
    )
