"""A name given over two labels that do not say which part each holds.

Iraq and the Maghreb ask for the given name under "الاسم" (elsewhere the whole name) and the
family name under "اللقب" (elsewhere the salutation); English forms from the same offices
write "Name: Ali" over "Surname: Al-Jubouri". What each label holds is read from its value
and from the label beside it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.drafts import Draft, Found
from parsers.normalize import TITLE_WORDS, clean_value, normalize_title

__all__ = [
    "family_name_as_title",
    "given_below_surname",
    "given_from_lone",
    "hold_lone_given",
    "lone_word",
]

# Honorifics and degrees an Arabic title field may hold besides the annex's salutations.
_AR_HONORIFICS = frozenset(
    {
        "دكتور",
        "دكتورة",
        "مهندس",
        "مهندسة",
        "أستاذ",
        "أستاذة",
        "استاذ",
        "استاذة",
        "الاستاذ",
        "الاستاذة",
        "الأستاذ",
        "الأستاذة",
        "سعادة",
        "معالي",
        "حضرة",
        "الشيخ",
        "الشيخة",
        "السادة",
        "الحاج",
        "الحاجة",
    }
)
_AR_LETTERS = r"[\u0621-\u0652\u0671-\u06d3]+"
_AR_NAME = re.compile(rf"{_AR_LETTERS}(?:\s+{_AR_LETTERS}){{0,2}}")
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def family_name_as_title(value: str) -> bool:
    """Whether a title field's value is a family name: "اللقب: الجبوري" (Iraq, the Maghreb),
    not "اللقب: السيد" or "اللقب: الدكتور"."""
    name = clean_value(value)
    if not _AR_NAME.fullmatch(name) or normalize_title(name) is not None:
        return False
    return not any(w in TITLE_WORDS or w in _AR_HONORIFICS for w in name.split())


# Arabic given names of two words: "عبد الكريم", "أبو بكر", "نور الدين", "عبد الله".
_AR_COMPOUND_GIVEN = re.compile(r"(?:عبد|أبو|ابو)\s+\S+|\S+\s+(?:الدين|الله|الرحمن|الهدى|الزهراء)")


def lone_word(value: str) -> bool:
    """Whether a name label's value is one given name, so a part of the name, not all of it:
    "الاسم: علي" beside "اللقب: الجبوري", "Name: Ali" beside "Surname: Al-Jubouri"."""
    name = clean_value(value)
    if _UNSPACED_SCRIPT.search(name):
        return False  # "邓雅琪女士": a Han name is one run of letters, and whole
    return _WORD.fullmatch(name) is not None or _AR_COMPOUND_GIVEN.fullmatch(name) is not None


def hold_lone_given(draft: Draft, value: str) -> Found | None:
    """After a name label's value went into `draft`: one given name ("علي", "عبد الكريم") is
    held whole as the last name, until a surname label beside it says otherwise; returned
    so the reader can tell it apart."""
    held = draft.values.get("last_name")
    if held is None or not lone_word(value):
        return None
    draft.values.pop("first_name", None)
    lone = replace(held, value=clean_value(value))
    draft.values["last_name"] = lone
    return lone


def given_from_lone(draft: Draft, lone: Found | None) -> None:
    """ "الاسم: علي" then "اللقب: الجبوري" ("Name: Ali", "Surname: Al-Jubouri"): the lone word
    the name label gave is the given name, the surname label's value the last name."""
    held = draft.values.get("last_name")
    if lone is not None and held is lone:
        del draft.values["last_name"]
        draft.values["first_name"] = held


def given_below_surname(draft: Draft, surname_labelled: bool, given: Found) -> bool:
    """ "اللقب: الشابي" then "الاسم: أميرة": a lone word under the name label, below a surname
    label with no given name yet, is the given name of the same nominee (put; True)."""
    if (
        not surname_labelled
        or not draft.has("last_name")
        or draft.has("first_name")
        or not lone_word(given.value)
    ):
        return False
    draft.put("first_name", given.value, given.start, given.end, rule=given.rule, text=given.text)
    return True
