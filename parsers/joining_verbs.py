"""A joining verb that nominates: a request to add, include, register or enrol a person in a
task force ("We would like to add Ms X to the API Task Force", "просим зарегистрировать
г-жу X в Целевой группе по API", "请将X女士加入API工作队", "يرجى تسجيل السيد X في فرقة
العمل ..."). Such verbs nominate only when their object is the person and their
destination a task force (or its wiki, or the task forces): "I would like to add that ...",
"please add me to the mailing list" and "please register for the meeting" nominate nobody.
"""

from __future__ import annotations

import re

from parsers.models import TaskForceCatalog
from parsers.taskforces import find_task_forces

__all__ = ["JOINING_VERB", "joins_task_force"]

# The verb asked for or offered ("add", "would like to include", "просим зарегистрировать"),
# never a report ("was added", "registered in 2021": a participle), nor "including" (a list).
_VERB = re.compile(
    r"(?<![\w-])(?:"
    r"add(?:ing)?|include|register(?:ing)?|enrol(?:l|ling|ing)?|sign(?:ing)?\s+up|put(?:ting)?"
    r"|ajout(?:er|ez|ons)|inclu(?:re|ez|ons)|inscri(?:re|vez|vons)|int[ée]gr(?:er|ez|ons)"
    r"|enregistr(?:er|ez|ons)"
    r"|a[ñn]ad(?:ir|a|an)|agreg(?:ar|ue|uen)|inclu(?:ir|ya|yan)|inscrib(?:ir|a|an)"
    r"|registr(?:ar|e|en)|incorpor(?:ar|e|en)"
    r"|добав(?:ить|ьте|ляем|им|ь)|включ(?:ить|ите|аем|им)|(?:за)?регистрир(?:овать|уйте|уем)"
    r"|внес(?:ти|ите|[её]м)"
    r"|[إا]ضافة|نضيف|ضم|نضم|تسجيل|نسجل|[إا]دراج|ندرج"
    r")(?![\w-])"
    r"|加入|纳入|納入|增加|增补|增補|添加|列入|登记|登記",
    re.IGNORECASE,
)
# The joining verb alone, for who reads what comes after a removal (successors.py).
JOINING_VERB = _VERB
# Han script puts the object first: "请将王芳女士（审查员）加入...", "把李强先生纳入...".
_HAN_OBJECT = re.compile(r"(?:将|將|把)[^。；，,\n]{0,12}$")
_HAN_VERB_REACH = 40
# What may stand between the verb and its object: short words ("añadir a la Sra.", "add
# also Ms X"), a task force ("добавить в Целевую группу по API г-жу X", "add, as a member
# of the API Task Force, Ms X"). Anything longer is an object of its own ("add a comment
# on Mr X's work"); a clause ("add that Mr X ...") or a pronoun ("add me", "include us")
# takes the object's place.
_GAP = re.compile(r"[^.;:!?\n]{0,120}")
_GAP_WORD = re.compile(r"[^\W\d_]+")
_SHORT_WORD = 3
_GAP_WORDS = frozenset(
    {
        "also", "kindly", "hereby", "member", "aussi", "également", "membre", "sein",
        "además", "también", "miembro", "calidad", "также", "тоже", "качестве", "члена",
        "состав", "список", "число", "членов", "участников", "أيضا", "أيضاً", "عضوا", "عضواً",
        "بصفة", "عضو",
    }
)  # fmt: skip
_CLAUSE = re.compile(
    r"(?<!\w)(?:that|me|us|myself|ourselves|que|moi|nous|nos|что|чтобы|меня|нас|أن|أنه|أنها)(?!\w)",
    re.IGNORECASE,
)
# "put Ms X on the ... Task Force": "put" joins only with "on" ("put Mr X in copy" does not).
_PUT = re.compile(r"put(?:ting)?", re.IGNORECASE)
_ON = re.compile(r"(?<!\w)on(?!\w)", re.IGNORECASE)
# A task force named by its kind rather than its name: "the Task Force", "the wiki", "les
# équipes d'experts", "los equipos técnicos", "целевые группы", "вики", "工作队", "فرق العمل".
_TASK_FORCE_WORD = re.compile(
    r"task[\s-]+forces?|(?<!\w)wiki(?!\w)|[ée]quipes?\s+d['’]\s*experts|equipos?\s+t[ée]cnicos?"
    r"|целев\w+\s+групп\w*|(?<!\w)вики(?!\w)|工作队|工作隊|فرق\w*\s+العمل|ويكي",
    re.IGNORECASE,
)


def joins_task_force(
    text: str, sentence: tuple[int, int], person: tuple[int, int], catalog: TaskForceCatalog
) -> bool:
    """Whether the sentence text[start:end] (`sentence`, from the previous person if the
    sentence names one) asks to add the person text[person_start:person_end] to a task
    force: a joining verb whose object is that person, and a task force in the sentence."""
    start, end = sentence
    person_start, person_end = person
    verb = _verb_before(text, start, person_start, catalog)
    if verb is None:
        verb = _han_verb_after(text, start, person_start, person_end, end)
    if verb is None:
        return False
    if _PUT.fullmatch(verb.group(0)) and not _ON.search(text, person_end, end):
        return False
    # The destination follows the verb: "remove Mr X from the A Task Force and add Ms Y to
    # the mailing list" adds her to no task force.
    destination = text[verb.start() : end]
    return (
        bool(find_task_forces(destination, catalog))
        or _TASK_FORCE_WORD.search(destination) is not None
    )


def _verb_before(
    text: str, start: int, person_start: int, catalog: TaskForceCatalog
) -> re.Match[str] | None:
    """The last joining verb before the person whose object the person is."""
    found = None
    for verb in _VERB.finditer(text, start, person_start):
        if _object_follows(text[verb.end() : person_start], catalog):
            found = verb
    return found


def _object_follows(gap: str, catalog: TaskForceCatalog) -> bool:
    """Whether what lies between a joining verb and a person leaves the person its object:
    short words and a task force's name only."""
    if not _GAP.fullmatch(gap) or _CLAUSE.search(gap):
        return False
    for hit in reversed(find_task_forces(gap, catalog)):
        gap = gap[: hit.start] + " " + gap[hit.end :]
    gap = _TASK_FORCE_WORD.sub(" ", gap)
    return all(
        len(word) <= _SHORT_WORD or word.lower() in _GAP_WORDS for word in _GAP_WORD.findall(gap)
    )


def _han_verb_after(
    text: str, start: int, person_start: int, person_end: int, end: int
) -> re.Match[str] | None:
    """ "请将王芳女士（审查员）加入API工作队": "将" before the person, the verb after."""
    if not _HAN_OBJECT.search(text, start, person_start):
        return None
    return _VERB.search(text, person_end, min(end, person_end + _HAN_VERB_REACH))
