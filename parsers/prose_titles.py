"""What a sentence gives a person that a labelled block names without it: the title ("谨提名王伟
（WANG Wei）先生" above "姓名：王伟（WANG Wei）", "we nominate Ms Jane DOE" above "Name: DOE,
Jane", "г-на А.В. Ковалевича" above "Ковалевич Андрей Викторович", by the initials), and
the task forces the sentences give each person ("we nominate Mr A and Ms B to the API Task
Force, and Ms B also to ..." above a block for each).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.drafts import Draft, Found

__all__ = ["task_forces_from_prose", "titles_from_prose"]


def _same_name(a: Draft, b: Draft) -> bool:
    names = ("last_name", "first_name")
    if not all(n in a.values and n in b.values for n in names):
        return False
    return all(a.values[n].value.casefold() == b.values[n].value.casefold() for n in names)


_INITIALS = re.compile(r"(?:[^\W\d_]\.\s*)+")


_MALE_PATRONYMIC = re.compile(r"(?:вич|ич|оглы|уулу|улы)$")


_FEMALE_PATRONYMIC = re.compile(r"(?:вна|чна|ична|кызы|қызы)$")


def _same_by_initials(person: Draft, named: Draft) -> bool:
    """Whether a name given by initials ("А.В. Ковалевич", "O. N. Lukashevich") is the
    labelled full name: the same surname, each initial opening the given names in turn,
    and a patronymic, if any, of the title's gender."""
    values, full = person.values, named.values
    if not all(n in values and n in full for n in ("last_name", "first_name")):
        return False
    initials = values["first_name"].value
    if not _INITIALS.fullmatch(initials):
        return False
    surname = values["last_name"].value.casefold().replace("ё", "е")
    if surname != full["last_name"].value.casefold().replace("ё", "е"):
        return False
    letters = [c.casefold() for c in initials if c.isalpha()]
    words = full["first_name"].value.split()
    if len(letters) > len(words) or any(
        w[:1].casefold() != c for w, c in zip(words, letters, strict=False)
    ):
        return False
    title = values["title"].value if "title" in values else None
    last_word = words[-1].casefold()
    if title == "Mr" and _FEMALE_PATRONYMIC.search(last_word):
        return False
    return not (title in ("Mrs", "Ms") and _MALE_PATRONYMIC.search(last_word))


def titles_from_prose(people: list[Draft], labelled: list[Draft]) -> None:
    """ "谨提名王伟（WANG Wei）先生" above "姓名：王伟（WANG Wei）", "we nominate Ms Jane DOE" above
    "Name: DOE, Jane": the title the sentence gives the person a labelled block names
    without one is theirs."""
    for person in people:
        title = person.values.get("title")
        if title is None:
            continue
        twin = _twin(person, labelled)
        if twin is not None and "title" not in twin.values:
            twin.values["title"] = replace(title, source=title.source or person.source)


def _twin(person: Draft, labelled: list[Draft]) -> Draft | None:
    """The labelled block that names the person a sentence names."""
    # By the name alone: the words after a name in running text may give the next
    # person's username.
    twin = next((d for d in labelled if _same_name(d, person)), None)
    if twin is None:
        # "г-на А.В. Ковалевича" above "Ковалевич Андрей Викторович": the surname and
        # the initials of one labelled name, and of no other.
        twins = [d for d in labelled if _same_by_initials(person, d)]
        twin = twins[0] if len(twins) == 1 else None
    if twin is None:
        # "г-на Чобану:" above "Фамилия, имя: Чобану Виорел", "la Sra. Mamani" above
        # "Apellidos: Mamani Quispe": the surname alone, of one labelled name and no other.
        twins = [d for d in labelled if _same_by_surname(person, d)]
        twin = twins[0] if len(twins) == 1 else None
    return twin


def _words(value: str) -> list[str]:
    return value.casefold().replace("ё", "е").split()


def _same_by_surname(person: Draft, named: Draft) -> bool:
    """Whether a sentence's title and surname alone ("Mr Smith", "г-на Петрова") name the
    labelled person: the surname, or the first of their two surnames, and a patronymic,
    if any, of the title's gender."""
    values, full = person.values, named.values
    if "first_name" in values or "last_name" not in values or "last_name" not in full:
        return False
    said, labelled = _words(values["last_name"].value), _words(full["last_name"].value)
    given = _words(full["first_name"].value) if "first_name" in full else []
    # The block's name is not yet split into two surnames ("Laura Gil" / "Pérez"): the
    # surname said may stand anywhere in it but first, where the given name stands.
    whole = given + labelled
    n = len(said)
    if not said or (
        said != labelled[:n] and not any(whole[i : i + n] == said for i in range(1, len(whole)))
    ):
        return False
    title = values["title"].value if "title" in values else None
    if not given:
        return True
    if title == "Mr" and _FEMALE_PATRONYMIC.search(given[-1]):
        return False
    return not (title in ("Mrs", "Ms") and _MALE_PATRONYMIC.search(given[-1]))


def task_forces_from_prose(people: list[Draft], labelled: list[Draft]) -> None:
    """ "ترشح ... المهندس سامي الدوسري والسيدة مريم الجودر لعضوية فرقة العمل المعنية بواجهات
    برمجة التطبيقات، كما ترشح السيدة مريم لعضوية ... التحول الرقمي" above a block for each:
    each block that names no task force takes those the sentences give its person, not
    every task force named above the blocks.

    `people` are the people the sentences above the blocks nominate. Only when each of them
    the sentences give a task force has a block of their own: a task force given to someone
    the blocks do not name ("Ms Maryam" with two Maryams listed) leaves every task force
    the sentences name to every block that names none."""
    pairs: list[tuple[Draft, Draft, Found]] = []
    for person in people:
        if not person.task_forces or person.tf_found is None:
            continue
        twin = _twin(person, labelled)
        if twin is None or any(twin is t for t, _, _ in pairs):
            return
        pairs.append((twin, person, person.tf_found))
    for twin, person, found in pairs:
        if twin.task_forces or twin.tf_found is not None or twin.unknown_task_forces:
            continue  # the block's own task forces come first
        twin.task_forces = list(person.task_forces)
        twin.tf_found = replace(found, source=found.source or person.source)
