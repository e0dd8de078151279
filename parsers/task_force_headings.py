"""Nominees grouped under task-force headings: "[XML4IP Task Force]", "【XML4IP工作队】",
"Equipo Técnico XML4IP:" on a line of its own, each over the people it sends. A heading
names the task force of every nominee under it, up to the next heading; a person listed
again under a second heading ("Ms. TANAKA Yuki (see above)") joins that one too."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.drafts import Draft
from parsers.models import TaskForceCatalog
from parsers.taskforces import find_task_forces

__all__ = ["TaskForceHeading", "apply_headings", "task_force_heading"]

# The heading's text in brackets, or alone on its line and closed by a colon; a bulleted or
# numbered line is an item of a list (a nominee's task forces), not a heading.
_BRACKETED = re.compile(
    r"[ \t]*(?:\[(?P<a>[^\[\]\n]+)\]|【(?P<b>[^【】\n]+)】|<(?P<c>[^<>\n]+)>)[ \t]*"
)
_COLON = re.compile(r"(?P<d>[^\W\d_*•\-][^:：\n]*?)[ \t]*[:：][ \t]*")
# What a heading may hold beside the task force's name: its standard ("(ST.26)"), "the".
_LEFT_OVER = re.compile(r"[\W\d_]*|(?:[\W\d_]*(?:ST|the|la|el|le|l|du|de)\b[\W\d_]*)+", re.I)
_MAX_HEADING = 90


@dataclass(frozen=True)
class TaskForceHeading:
    """A heading line: where it starts in the text and the task forces it names."""

    start: int
    text: str


def task_force_heading(line: str, catalog: TaskForceCatalog) -> tuple[int, int] | None:
    """Where in a line that is only a task force's name as a heading the name is, else None."""
    if len(line) > _MAX_HEADING:
        return None
    match = _BRACKETED.fullmatch(line) or _COLON.fullmatch(line)
    if match is None:
        return None
    group = next(g for g in ("a", "b", "c", "d") if g in match.re.groupindex and match.group(g))
    inner = match.group(group)
    hits = find_task_forces(inner, catalog)
    if not hits:
        return None
    rest = inner
    for hit in sorted(hits, key=lambda h: h.start, reverse=True):
        rest = rest[: hit.start] + " " + rest[hit.end :]
    return match.span(group) if _LEFT_OVER.fullmatch(rest) else None


def apply_headings(
    headings: list[TaskForceHeading], drafts: list[Draft], catalog: TaskForceCatalog
) -> None:
    """Give each nominee named under a heading, up to the next one, its task force."""
    if not headings:
        return
    for draft in drafts:
        if not draft.has_name:
            continue
        begin = min(f.start for f in draft.values.values())
        above = [h for h in headings if h.start < begin]
        if above:
            heading = above[-1]
            end = heading.start + len(heading.text)
            draft.put_task_forces(heading.text, heading.start, end, "label", catalog)
