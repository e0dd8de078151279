"""Task forces a new text changes for people its quoted earlier mail names: one put in
place of another ("en lugar de X debe decir Y"), or one joined as well ("she will also join
the API Task Force")."""

from __future__ import annotations

from dataclasses import replace

from parsers.draft_matching import named_in, same_person
from parsers.drafts import Draft, Found
from parsers.models import TaskForceCatalog
from parsers.task_force_changes import task_force_swaps, task_forces_joined

__all__ = ["joined_also", "swap_task_forces"]


def swap_task_forces(
    found: list[Draft], named_now: list[Draft], text: str, catalog: TaskForceCatalog
) -> bool:
    """Put the task forces `text` gives anew in place of one a quoted person holds: the
    person its sentence names, else the only one it can be about; the same person read from
    the new text too. Whether any was."""
    people = [d for d in found if d.has_person_data]
    pairs = [
        (draft, swap)
        for draft in people
        for swap in task_force_swaps(text, catalog, set(draft.task_forces))
    ]
    named = [(d, s) for d, s in pairs if named_in(d, [s.sentence])]
    if not named and len({id(d) for d, _s in pairs}) != 1:
        return False
    for draft, swap in named or pairs:
        for held in [draft, *(t for t in named_now if same_person(t, draft))]:
            kept = [name for name in held.task_forces if name != swap.old]
            held.task_forces = kept + [name for name in swap.new if name not in kept]
            held.tf_found = Found(
                ", ".join(swap.new), swap.start, swap.end, "correction", swap.sentence, "body"
            )
    return bool(named or pairs)


def joined_also(found: list[Draft], text: str, catalog: TaskForceCatalog) -> list[Draft]:
    """The one quoted person `text` asks to join a task force as well, with that task force
    alone (the ones they sit on stay as they are); empty if it names nobody so."""
    people = [d for d in found if d.has_name]
    for join in task_forces_joined(text, catalog, set()):
        named = [d for d in people if _named_fully(d, join.sentence)]
        if len(named) != 1:
            continue
        fresh = [name for name in join.new if name not in named[0].task_forces]
        if not fresh:
            continue
        draft = replace(
            named[0],
            values=dict(named[0].values),
            task_forces=fresh,
            unknown_task_forces=[],
            historical=[],
            tf_found=Found(", ".join(fresh), join.start, join.end, "prose", join.sentence, "body"),
            tf_also=False,
        )
        return [draft]
    return []


def _named_fully(draft: Draft, sentence: str) -> bool:
    """Whether a sentence names the person: by surname or username, or a Han name whole."""
    if named_in(draft, [sentence]):
        return True
    last, first = (draft.values.get(n) for n in ("last_name", "first_name"))
    return bool(last and first and f"{last.value}{first.value}" in sentence)
