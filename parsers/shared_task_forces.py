"""People a conjunction joins, then a task force: "we nominate Mr A and Ms B to the API Task
Force", "المهندس سامي الدوسري والسيدة مريم الجودر لعضوية فرقة العمل ...", "M. X et Mme Y pour
l'Équipe d'experts ...", "al Sr. X y a la Sra. Y para el Equipo Técnico ...", "г-на X и г-жу Y
в Целевую группу ...", "王伟先生和李娜女士参加API工作队": the task force after the last of
them is every one's. Each person's own words reach only to the next person, so the first
would otherwise get none of their own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from parsers.drafts import Draft, Found
from parsers.models import TaskForceCatalog
from parsers.phrases import has_nominate_verb
from parsers.taskforces import find_task_forces, mentions_all

__all__ = ["share_joined_task_forces"]

# What may close the words between two joined people: a conjunction (Spanish puts its "a"
# before a person: "y a la Sra."), or a comma of a list ("Ms A, Mr B and Ms C").
_JOINED = re.compile(
    r"(?:(?:^|[\s,،])(?:and|et|y|e|и|ainsi\s+que|as\s+well\s+as|así\s+como|و)"
    r"(?:\s+(?:a\s+la|al|a|à|the|la|le|el))?|[和及与與、,،])\s*$",
    re.IGNORECASE,
)
# A post or a username between them is fine; a clause of its own is not.
_MAX_GAP = 160


def share_joined_task_forces(
    text: str,
    spans: Mapping[int, tuple[int, int, int]],
    made: Mapping[int, Draft],
    nominated: list[Draft],
    catalog: TaskForceCatalog,
) -> None:
    """Give each nominee with no task force of their own, joined to the next person of the
    same sentence, the task forces that person's own words name.

    `spans[k]` is (start of person k's name, end of it, where their own words end: the next
    person or the end of their sentence, whichever comes first); `made[k]` is their draft."""
    chosen = {id(d) for d in nominated}
    # From the last person back, so "Ms A, Mr B and Ms C to ..." reaches Ms A through Mr B.
    carried: dict[int, list[str]] = {}
    for k in sorted(spans, reverse=True):
        draft = made.get(k)
        if draft is None or id(draft) not in chosen:
            continue
        _start, end, own_end = spans[k]
        if draft.task_forces:
            said = text[end:own_end]
            named = {hit.name for hit in find_task_forces(said, catalog)}
            carried[k] = [n for n in draft.task_forces if n in named or mentions_all(said)]
            continue
        following = k + 1
        shared = carried.get(following)
        if not shared or following not in spans:
            continue
        gap = text[end : spans[following][0]]
        # The next person must stand in this one's own words (the same sentence).
        if own_end < spans[following][0] or len(gap) > _MAX_GAP or not _JOINED.search(gap):
            continue
        if has_nominate_verb(gap):
            continue  # "Mr A, and we also nominate Ms B to ...": a clause of its own
        source = made[following]
        found = source.tf_found
        if found is None:
            continue
        draft.task_forces.extend(shared)
        draft.tf_found = Found(shared[0], found.start, found.end, found.rule, found.text)
        draft.tf_also = source.tf_also
        carried[k] = list(shared)
