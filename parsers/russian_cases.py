"""Nominative forms of Russian names and posts written in the case an inflected title
governs: "г-на Иванова Ивана", "назначить г-на ... главного эксперта отдела",
"г-ну ... ведущему эксперту".
"""

from __future__ import annotations

import re

__all__ = ["deinflect_russian", "nominative_post"]


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
