"""A sentence after the labelled nominees adding a task force for one of them, named by
surname or username: "El compañero Pérez Valdés integrará además el Equipo Técnico
XML4IP", "Ms Garcia will also join the API Task Force". The task force is that person's on
top of the one named for everybody."""

from __future__ import annotations

import re

from parsers.drafts import Draft, Found
from parsers.models import TaskForceCatalog
from parsers.task_force_changes import task_forces_joined

__all__ = ["add_later_joins"]


def _named(draft: Draft, sentence: str) -> bool:
    folded = sentence.casefold()
    keys = [
        draft.values[name].value.casefold()
        for name in ("last_name", "username")
        if name in draft.values and len(draft.values[name].value) >= 2
    ]
    return any(re.search(rf"(?<!\w){re.escape(key)}(?!\w)", folded) for key in keys)


def add_later_joins(drafts: list[Draft], text: str, catalog: TaskForceCatalog) -> None:
    """Give the one nominee a sentence after all their values names the task forces it
    adds ("also", "además", "также" with a verb of joining); a sentence naming nobody, or
    several, changes nothing."""
    named = [d for d in drafts if d.has_name]
    if not named:
        return
    after = max(f.end for d in named for f in d.values.values())
    for join in task_forces_joined(text[after:], catalog, set()):
        whose = [d for d in named if _named(d, join.sentence)]
        if len(whose) != 1:
            continue
        draft = whose[0]
        own = bool(draft.task_forces)
        fresh = [name for name in join.new if name not in draft.task_forces]
        if not fresh:
            continue
        draft.task_forces.extend(fresh)
        if draft.tf_found is None:
            start, end = after + join.start, after + join.end
            draft.tf_found = Found(", ".join(fresh), start, end, "prose", join.sentence)
        # With none of their own, the task force named for everybody stays theirs too.
        draft.tf_also = draft.tf_also or not own
