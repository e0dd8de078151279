"""Common given names of Russian-writing offices, in the nominative: they tell the given
name from the surname when neither is in capitals and the word order varies ("Елена
Бостан-Гуцу", "Кочерга Ирина"), and surname-like endings mislead ("Ирина", "Марина")."""

from __future__ import annotations

__all__ = ["is_russian_given_name", "nominative_given_name"]

# A man's names, then a woman's: an oblique form is read only as a name of the sex its
# title or case is ("Анну" is no man's "Кузьму").
_MALE_WRITTEN = """
Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Артур Богдан Борис
Вадим Валентин Валерий Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий
Глеб Григорий Даниил Данила Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин
Кузьма Лев Леонид Максим Марат Матвей Михаил Никита Николай Олег Павел Пётр Петр Роман
Руслан Рустам Савва Семён Семен Сергей Станислав Степан Тимур Фёдор Федор Фома Юрий Яков
Ярослав Гаврила Муса Иса Азамат Айдар Бахтияр Бакыт Ержан Нурлан Тимофей Эдуард Эльдар Эльчин Ион Лука
"""
_FEMALE_WRITTEN = """
Агата Азиза Айгуль Алевтина Александра Алёна Алена Алина Алиса Алла Анастасия Ангелина
Анна Антонина Валентина Валерия Вера Вероника Виктория Галина Гульнара Дарья Диана Динара
Ева Евгения Екатерина Елена Елизавета Жанна Зарина Зинаида Злата Зоя Инна Ирина Карина
Кира Клавдия Кристина Ксения Лариса Лейла Лидия Лилия Любовь Людмила Майя Маргарита
Марина Мария Надежда Наталья Наталия Нина Оксана Олеся Ольга Полина Раиса Светлана София
Софья Таисия Тамара Татьяна Ульяна Эльвира Юлия Яна Айжан Асель Гульмира Дина Мадина
"""
_MALE = frozenset(_MALE_WRITTEN.split())
_FEMALE = frozenset(_FEMALE_WRITTEN.split())
_GIVEN = _MALE | _FEMALE


def is_russian_given_name(word: str) -> bool:
    """Whether `word` (in the nominative) is a common given name."""
    return word[:1].upper() + word[1:].lower() in _GIVEN


# The endings a given name takes in each case an inflected title governs, and the
# nominative endings they may come from: "Игоря" -> "Игорь", "Алексея" -> "Алексей",
# "Илье" -> "Илья", "Любови" -> "Любовь". Only a name the list knows is put back.
_OBLIQUE_ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "m-gen": (
        ("ью", ("ья",)),
        ("ьи", ("ья",)),
        ("а", ("",)),
        ("я", ("ь", "й")),
        ("у", ("а",)),
        ("ы", ("а",)),
        ("и", ("а",)),
    ),
    "m-dat": (("ье", ("ья",)), ("у", ("",)), ("ю", ("ь", "й")), ("е", ("а", "я"))),
    # The prepositional: "о г-не Олеге", "Павле", "Сергее", "Игоре", "Никите", "Илье".
    "m-prep": (("ье", ("ья",)), ("е", ("",)), ("е", ("ь", "й", "а", "я"))),
    "f-acc": (("у", ("а",)), ("ю", ("я",)), ("ь", ("ь",))),
    "f-gen": (("ьи", ("ья",)), ("ы", ("а",)), ("и", ("а", "я", "ь"))),
    "f-dat": (("ье", ("ья",)), ("е", ("а", "я")), ("и", ("я", "ь"))),
}
_CONSONANTS = "бвгджзклмнпрстфхцчшщ"


def _with_fleeting_vowel(stem: str) -> str | None:
    """ "Павл" -> "Павел", "Льв" -> "Лев": the vowel the nominative has before its last
    consonant, which the other cases drop."""
    if len(stem) < 3 or stem[-1] not in _CONSONANTS:
        return None
    if stem[-2] == "ь":
        return stem[:-2] + "е" + stem[-1]
    return stem[:-1] + "е" + stem[-1] if stem[-2] in _CONSONANTS else None


def _known(word: str, names: frozenset[str]) -> bool:
    return word[:1].upper() + word[1:].lower() in names


def nominative_given_name(word: str, case: str) -> str | None:
    """The nominative of `word` when it is a known given name in `case` ("m-gen" after
    "г-на", "m-dat" after "г-ну", "m-prep" after "г-не", "f-acc", "f-gen", "f-dat"), else None."""
    low = word.lower()
    names = _MALE if case.startswith("m") else _FEMALE
    for ending, nominatives in _OBLIQUE_ENDINGS.get(case, ()):
        if not low.endswith(ending):
            continue
        stem = word[: -len(ending)]
        for nominative in nominatives:
            if _known(stem + nominative, names):
                return stem + nominative
        fleeting = _with_fleeting_vowel(stem) if nominatives == ("",) else None
        if fleeting is not None and _known(fleeting, names):
            return fleeting
    return None
