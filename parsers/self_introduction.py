"""A writer naming themself in the first person: "Я, Саргсян Лилит Араиковна, ведущий
специалист отдела ... Офиса интеллектуальной собственности Республики Армения", "I, Jane
DOE, Senior Examiner at the Patent Office, ...", "Je soussignée, Marie DUPONT, examinatrice
à l'Institut ...", "Yo, María PÉREZ, examinadora del Instituto ...".

The name, the post and the office stand in apposition to "I"; a Russian office after the
post is in the genitive and is given in the nominative.
"""

from __future__ import annotations

import re

from parsers.calling_card import Card
from parsers.drafts import Found
from parsers.office_names import names_institution
from parsers.russian_cases import nominative_office_name

__all__ = ["self_introduction"]

_INTRO = re.compile(
    r"(?:^|(?<=[.!?])\s+|\n)[ \t]*(?:Я|I|Je(?:\s+soussign[ée]e?)?|Yo|Moi)[ \t]*,[ \t]*"
    r"(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3})[ \t]*,[ \t]*"
    r"(?P<rest>[^.;:!?\n]{3,200})",
    re.MULTILINE,
)
# Where the post ends and its office begins: a capital opening a Russian genitive ("...
# отдела экспертизы Офиса ..."), or a preposition before a capital ("at the Japan Patent
# Office", "à l'Institut", "del Instituto", "de la Oficina").
_OFFICE_START = re.compile(
    r"\s+(?=[А-ЯЁ])"
    r"|\s+(?:at|of|in|with)\s+(?:the\s+)?(?=[A-Z])"
    r"|\s+(?:à|au|auprès\s+de|de)\s+(?:l['’]|la\s+|le\s+)?(?=[A-ZÀ-Þ])|\s+(?:à|de)\s+l['’](?=[A-ZÀ-Þ])"
    r"|\s+(?:del|de\s+la|en\s+el|en\s+la|en)\s+(?=[A-ZÀ-Þ])"
)
# A Russian office's head noun in the genitive and its nominative, when it opens the name
# ("Офиса" -> "Офис", "Службы" -> "Служба", "Ведомства" -> "Ведомство").
_RU_HEAD = (
    (re.compile(r"(?<=ств)а$"), "о"),
    (re.compile(r"(?<=[нт]и)я$"), "е"),
    (re.compile(r"ии$"), "ия"),
    (re.compile(r"(?<=[гкх])и$"), "а"),
    (re.compile(r"(?<=[^аеёиоуыэюяьй])ы$"), "а"),
    (re.compile(r"(?<=[^аеёиоуыэюяьй])а$"), ""),
)


# A unit of an office, whose name runs on into the office's: "Division of the Patent Office".
_UNIT = re.compile(
    r"(?:Division|Department|Section|Unit|Team|Group|Département|Departamento|División"
    r"|Sección|Unidad|Subdirecci[óo]n|Bureau\s+des?)\b"
)
# Russian office words the general institution check leaves out.
_RU_INSTITUTION = re.compile(r"[Оо]фис\w*|[Вв]едомств\w*|собственност\w*|[Пп]атент\w*")


def _ru_nominative(office: str) -> str:
    opened = nominative_office_name(office)
    if opened is not None:
        return opened
    head, _, rest = office.partition(" ")
    for pattern, ending in _RU_HEAD:
        if pattern.search(head):
            return " ".join(filter(None, [pattern.sub(ending, head), rest]))
    return office


def _institution(value: str) -> bool:
    return names_institution(value) or bool(_RU_INSTITUTION.search(value))


def self_introduction(text: str) -> Card | None:
    """The writer's own name, post and office from an "I, Name, post of office" sentence."""
    for match in _INTRO.finditer(text):
        name = match.group("name")
        if names_institution(name) or not any(w[0].isupper() for w in name.split()):
            continue
        # A following clause ("..., направляю свои данные") is no part of the post or office.
        rest = match.group("rest").split(",")[0].rstrip()
        at = match.start("rest")
        # The first place from which the rest names an institution, past a unit of it:
        # "Head of Division of the Patent Office" is the office's post.
        split = next(
            (
                m
                for m in _OFFICE_START.finditer(rest)
                if _institution(rest[m.end() :]) and not _UNIT.match(rest, m.end())
            ),
            None,
        )
        post_value = rest[: split.start()] if split is not None else rest
        office: Found | None = None
        if split is not None:
            value = rest[split.end() :]
            shown = _ru_nominative(value) if re.match(r"[А-ЯЁ]", value) else value
            office = Found(shown, at + split.end(), at + len(rest), "prose", value)
        elif _institution(rest):
            # "I, Jane DOE, Japan Patent Office, ...": no post, the office alone.
            office, post_value = Found(rest, at, at + len(rest), "prose", rest), ""
        post = (
            Found(post_value, at, at + len(post_value), "prose", post_value) if post_value else None
        )
        found_name = Found(name, match.start("name"), match.end("name"), "prose", name)
        return Card(found_name, post, office)
    return None
