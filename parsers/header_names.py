"""Where a nominee's surnames start, as a "Surname, Given" display name in the headers shows
it: Exchange writes "Lozano Carrasco, Beatriz" for the "Dña. Beatriz Lozano Carrasco" a
letter names, whose two surnames the letter's words alone do not tell from a second given
name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from parsers.drafts import Draft
from parsers.folding import fold

__all__ = ["surnames_from_display_names"]


def _split_display(name: str) -> tuple[list[str], list[str]] | None:
    """ "Lozano Carrasco, Beatriz" -> (["lozano", "carrasco"], ["beatriz"]), folded; None
    for a name without exactly one comma between words."""
    parts = name.strip().strip("\"'").split(",")
    if len(parts) != 2:
        return None
    surnames, given = fold(parts[0]).split(), fold(parts[1]).split()
    return (surnames, given) if surnames and given else None


def surnames_from_display_names(drafts: list[Draft], names: Iterable[str | None]) -> None:
    """Split each draft's name as the one display name holding its words in the same order
    splits them, when that split is another. Changes the drafts in place."""
    splits = [s for s in (_split_display(n) for n in names if n) if s is not None]
    for draft in drafts:
        last, first = draft.values.get("last_name"), draft.values.get("first_name")
        if last is None or first is None:
            continue
        words = first.value.split() + last.value.split()
        folded = [fold(w) for w in words]
        hits = {len(given) for surnames, given in splits if given + surnames == folded}
        # Only one reading of these words, and one that differs from the letter's own.
        if len(hits) != 1 or (given_count := hits.pop()) == len(first.value.split()):
            continue
        draft.values["first_name"] = replace(first, value=" ".join(words[:given_count]))
        draft.values["last_name"] = replace(last, value=" ".join(words[given_count:]))
