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

__all__ = [
    "TaskForceHeading",
    "apply_headings",
    "bare_heading",
    "numbered_heading",
    "section_ordinal",
    "task_force_heading",
]

# The heading's text in brackets, or alone on its line and closed by a colon; a bulleted or
# numbered line is an item of a list (a nominee's task forces), not a heading.
_BRACKETED = re.compile(
    r"[ \t]*(?:\[(?P<a>[^\[\]\n]+)\]|【(?P<b>[^【】\n]+)】|<(?P<c>[^<>\n]+)>)[ \t]*"
)
_COLON = re.compile(r"(?P<d>[^\W\d_*•\-][^:：\n]*?)[ \t]*[:：][ \t]*")
# What a heading may hold beside the task force's name: its standard ("(ST.26)"), "the",
# a word joining two task forces ("and", "et", "y", "и", "و").
_LEFT_OVER = re.compile(
    r"[\W\d_]*|(?:[\W\d_]*(?:ST|the|la|el|le|l|du|de|and|et|y|и)\b[\W\d_]*|[\W\d_]*و[\W\d_]*)+",
    re.I,
)
_MAX_HEADING = 90
# A letter set out in sections opens each with an ordinal word ("أولاً:", "First:",
# "Premièrement :", "Primero:", "Во-первых,", "一、"); the section's heading follows it.
ORDINAL = re.compile(
    r"[ \t]*(?:(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(?:اً|ا|ًا)?"
    r"|(?:first|second|third|fourth|fifth|sixth)(?:ly)?"
    r"|premi[èe]rement|(?:deuxi|troisi|quatri|cinqui|sixi)[èe]mement"
    r"|primer[oa]|segund[oa]|tercer[oa]|cuart[oa]|quint[oa]"
    r"|во-первых|во-вторых|в-третьих|в-четв[её]ртых|в-пятых)"
    r"[ \t]*[:：,،.\-–)][ \t]*"
    r"|[ \t]*[一二三四五六七八九十]{1,2}[、．.][ \t]*",
    re.IGNORECASE,
)
# The letters an ORDINAL can open with: most lines open otherwise, and are passed over
# without trying its forty branches.
_ORDINAL_OPENINGS = frozenset("أثرخستعfstpdqcв一二三四五六七八九十")
# The words a section's heading leads in with before the task force's name: "nomination to
# (the)", "désignation à", "designación (para|en) el", "выдвижение в", "ترشيح لعضوية".
_LEAD_IN = re.compile(
    r"(?:(?:nomination|designation|candidature)s?[ \t]+(?:to|for|in)(?:[ \t]+membership[ \t]+of)?"
    r"|(?:d[ée]signation|candidature)s?[ \t]+(?:à|au|aux|en)"
    r"|(?:designaci[óo]n|nominaci[óo]n|candidatura)[ \t]+(?:para|en|a)"
    r"|выдвижение[ \t]+в|кандидатур\w*[ \t]+в"
    r"|ترشيح(?:ات)?[ \t]+(?:ل|في[ \t]+|إلى[ \t]+)?(?:عضوية)?)?[ \t]*",
    re.IGNORECASE,
)
_MAX_SECTION = 160


@dataclass(frozen=True)
class TaskForceHeading:
    """A heading line: where it starts in the text and the task forces it names."""

    start: int
    text: str


def section_ordinal(line: str) -> re.Match[str] | None:
    """The ordinal word opening a section's heading ("أولاً:", "Second:", "一、"), if any."""
    if line.lstrip(" \t")[:1].lower() not in _ORDINAL_OPENINGS:
        return None
    return ORDINAL.match(line)


def task_force_heading(line: str, catalog: TaskForceCatalog) -> tuple[int, int] | None:
    """Where in a line that is only a task force's name as a heading the name is, else None.

    A section of a letter in ordinal sections may lead in to it: "أولاً: ترشيح لعضوية فرقة
    العمل المعنية بقوائم التسلسل (ST.26):", "Second: nomination to the API Task Force:"."""
    ordinal = section_ordinal(line) if len(line) <= _MAX_SECTION else None
    if ordinal is not None:
        match = _COLON.fullmatch(line, ordinal.end())
        lead = _LEAD_IN.match(line, ordinal.end())
        if match is not None and lead is not None:
            span = _named_alone(line[lead.end() : match.end("d")], catalog)
            return (lead.end() + span[0], lead.end() + span[1]) if span else None
    if len(line) > _MAX_HEADING:
        return None
    match = _BRACKETED.fullmatch(line) or _COLON.fullmatch(line)
    if match is None:
        return None
    group = next(g for g in ("a", "b", "c", "d") if g in match.re.groupindex and match.group(g))
    span = _named_alone(match.group(group), catalog)
    return match.span(group) if span else None


# A gloss after the name on a bare heading: "Equipo Técnico SEQL (listas de secuencias)".
_GLOSS = re.compile(r"[ \t]*[(（][^()（）\n]{1,60}[)）][ \t]*$")


def bare_heading(line: str, catalog: TaskForceCatalog) -> tuple[int, int] | None:
    """Where the task force's name is in a line that is only that name, with no colon or
    brackets ("Equipo Técnico XML4IP", "XML4IP Task Force", "XML4IP工作队"); the caller
    knows it stands apart over a titled name, which makes it a heading."""
    if len(line) > _MAX_HEADING or ":" in line or "：" in line:
        return None
    body = line.rstrip()
    start = len(body) - len(body.lstrip())
    if not body or not (body[start].isalpha()):
        # A bulleted or numbered line is an item of a list.
        return None
    gloss = _GLOSS.search(body)
    name = body[: gloss.start()] if gloss else body
    return (start, len(name)) if _named_alone(name[start:], catalog) else None


def _named_alone(inner: str, catalog: TaskForceCatalog) -> tuple[int, int] | None:
    """(0, len) when `inner` names task forces and little else, else None."""
    hits = find_task_forces(inner, catalog)
    if not hits:
        return None
    rest = inner
    for hit in sorted(hits, key=lambda h: h.start, reverse=True):
        rest = rest[: hit.start] + " " + rest[hit.end :]
    return (0, len(inner)) if _LEFT_OVER.fullmatch(rest) else None


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


# A section's number before a task force's name: "1)", "2.", "B.", "II.", "3 -", "一、", "（二）".
_SECTION_NUMBER = re.compile(
    r"[ \t]*(?:(?:\d{1,2}|[A-Za-z]|[IVX]{1,4})[.)][ \t]*|\d{1,2}[ \t]*[-–][ \t]*"
    r"|[(（]?[一二三四五六七八九十]{1,2}[)）、．.][ \t]*)"
)


def numbered_heading(line: str, catalog: TaskForceCatalog) -> tuple[int, int] | None:
    """Where the task force's name is in a numbered line that is only that name ("1)
    Équipe d'experts chargée de la situation juridique (ST.27)", "2. Целевая группа по API:");
    the caller knows it heads a person's block, which makes it a heading, not a list item."""
    number = _SECTION_NUMBER.match(line)
    if number is None or len(line) > _MAX_HEADING + number.end():
        return None
    body = line.rstrip().rstrip(":：").rstrip()
    span = _named_alone(body[number.end() :], catalog)
    return (number.end(), len(body)) if span else None
