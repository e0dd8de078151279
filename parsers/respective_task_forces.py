"""Task forces handed out in order: "We nominate Ms X and Mr Y to the XML4IP Task Force and
the API Task Force respectively" puts Ms X on the first and Mr Y on the second."""

from __future__ import annotations

import re
from bisect import bisect_right

from parsers.drafts import Draft, Found
from parsers.models import TaskForceCatalog
from parsers.people import Person
from parsers.taskforces import TaskForceHit, find_task_forces, mentions_all

__all__ = ["pair_respectively"]

_RESPECTIVELY = re.compile(
    r"\b(?:respectively|respectivement|respectivamente|соответственно)\b|分别|分別|على\s+التوالي",
    re.IGNORECASE,
)
# "... and the API Task Force respectively", "... y API, respectivamente", "XML4IP и API
# Task Forces, respectively": the word closes the list of task forces, a few words on.
_AFTER_REACH = 40
# "соответственно в Целевую группу по ...", "分别参加XML4IP工作队": the word opens it. A
# comma between them ("heads of the A and B divisions respectively, to the ...") ties the
# word to something else.
_BEFORE_REACH = 40
_BREAK = re.compile(r"[,;:()，、；：（）،؛]")
_LIST_END = re.compile(r"[;:()；：（）؛]")


def pair_respectively(
    text: str,
    people: list[Person],
    made: dict[int, Draft],
    nominated: list[Draft],
    *,
    sentence_ends: list[int],
    catalog: TaskForceCatalog,
) -> None:
    """Each nominee of a sentence that names as many task forces "respectively" after them
    keeps only the task force in the same place of that list."""
    by_sentence: dict[int, list[int]] = {}
    for k, person in enumerate(people):
        by_sentence.setdefault(bisect_right(sentence_ends, person.start), []).append(k)
    for index, ks in by_sentence.items():
        start = sentence_ends[index - 1] if index else 0
        end = sentence_ends[index] if index < len(sentence_ends) else len(text)
        drafts = [made[k] for k in ks if k in made]
        if len(ks) < 2 or len(drafts) != len(ks):
            continue
        if not all(any(d is n for n in nominated) for d in drafts):
            continue
        if len({id(d) for d in drafts}) != len(drafts):
            continue  # one person named twice
        after_people = people[ks[-1]].end
        if after_people > end:
            continue
        hits = [
            hit._replace(start=start + hit.start, end=start + hit.end)
            for hit in find_task_forces(text[start:end], catalog)
        ]
        if (
            len(hits) != len(ks)
            or len({hit.name for hit in hits}) != len(hits)
            or mentions_all(text[start:end])
            or not _handed_out(text, people[ks[0]].start, after_people, hits, end)
        ):
            continue
        for draft, hit in zip(drafts, hits, strict=True):
            others = {h.name for h in hits if h is not hit}
            draft.task_forces = [n for n in draft.task_forces if n not in others]
            if hit.name not in draft.task_forces:
                draft.task_forces.append(hit.name)
            if draft.tf_found is None or start <= draft.tf_found.start < end:
                draft.tf_found = Found(hit.name, hit.start, hit.end, "prose", hit.text)
            # "Mr Y would also like to join C": C comes on top of his own, which he
            # already holds; the task forces named for everyone were handed out here.
            draft.tf_also = False


def _handed_out(
    text: str, people_start: int, people_end: int, hits: list[TaskForceHit], end: int
) -> bool:
    """Whether the sentence hands its task forces out in order: listed after the people, or
    before them all ("To the A and B Task Forces respectively, we nominate X and Y") with
    the word closing their list. Task forces between the people are theirs already."""
    if all(hit.start >= people_end for hit in hits):
        return _says_respectively(text, people_end, hits[0].start, hits[-1].end, end)
    if all(hit.end <= people_start for hit in hits):
        last = hits[-1].end
        after = _RESPECTIVELY.search(text, last, min(people_start, last + _AFTER_REACH))
        return after is not None and not _LIST_END.search(text, last, after.start())
    return False


def _says_respectively(text: str, people_end: int, first: int, last: int, end: int) -> bool:
    """Whether the word that hands out the task forces in order closes or opens their list."""
    after = _RESPECTIVELY.search(text, last, min(end, last + _AFTER_REACH))
    if after is not None and not _LIST_END.search(text, last, after.start()):
        return True
    words = list(_RESPECTIVELY.finditer(text, max(people_end, first - _BEFORE_REACH), first))
    return bool(words) and not _BREAK.search(text, words[-1].end(), first)
