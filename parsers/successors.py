"""A member taken off a task force and who comes in for them: "please remove Mr X from the
API Task Force and add Ms Y, Senior Examiner, instead", "retirer M. X de l'Équipe ... et
ajouter Mme Y à sa place", "dar de baja al Sr. X del Equipo Técnico ... y, en su lugar,
incluir a la Sra. Y", "исключить г-на X из состава Целевой группы ... и вместо него
включить г-жу Y", "将X先生从API工作队中删除，由Y女士接替", "حذف السيد X من فرقة العمل ...
وإضافة السيدة Y بدلاً منه". The successor is nominated, to the task forces the one removed
leaves unless their own words name others; the one removed is nominated by nothing.

The same holds for a nomination withdrawn or a member said to leave, with who takes the
place in that sentence or the next: "We withdraw the nomination of Mr X. Ms Y will take his
place.", "Nous retirons la candidature de M. X ... Mme Y le remplacera.", "El Sr. X deja el
Equipo ...; en su lugar, la Sra. Y", "Г-н X больше не работает ... Вместо него – г-жа Y",
"我局撤回对X先生的提名。由Y女士接替", "لم يعد السيد X ... ويحل محله السيد Y".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from parsers.joining_verbs import JOINING_VERB
from parsers.models import TaskForceCatalog
from parsers.people import Person, titled_people
from parsers.phrases import SENTENCE_END, VERB, VERB_FIRST
from parsers.replacements import LEAVES, TAKES_PLACE, without_replaced
from parsers.sentence_bounds import SentenceEnds
from parsers.taskforces import TaskForceHit, find_task_forces
from parsers.withdrawals import REMOVED_FROM, WITHDRAWS

__all__ = ["Succession", "successions", "unsucceeded"]


class Succession(NamedTuple):
    removed: tuple[int, ...]  # indexes of the people taken off (none: a leaver named before)
    successor: int  # index of the one who comes in
    after: int  # where the removal's words end: the successor's own words start after it
    task_forces: tuple[TaskForceHit, ...]  # those the removal names, offsets into the text
    start: int = 0  # where the removal's words start


# "将李明先生从API工作队中删除": the person stands right before "从".
_HAN_GAP = re.compile(r"\s{0,2}")
# A verb whose object the successor is may have a few short words before them ("and add
# also Ms Y", "y, en su lugar, incluir a la Sra. Y"), never a clause.
_OBJECT_GAP = re.compile(r"[^.;:!?。；\n]{0,40}")
_VERB_REACH = 40
_NOMINATING = re.compile(f"{VERB_FIRST}(?:{VERB})", re.IGNORECASE)
_BRINGS_IN = re.compile(
    f"{JOINING_VERB.pattern}|{TAKES_PLACE.pattern}|{_NOMINATING.pattern}", re.IGNORECASE
)
# The successor added somewhere that is no task force: "add Ms Y to the mailing list", "put
# her in copy", "liste de diffusion", "lista de distribución", "список рассылки", "抄送",
# "القائمة البريدية".
_ELSEWHERE = re.compile(
    r"\b(?:mailing|distribution|e-?mail)\s+lists?|\bin\s+(?:cc|copy)\b|\bliste\s+de\s+diffusion"
    r"|\ben\s+copie|\blista\s+de\s+(?:distribuci[óo]n|correo)|\ben\s+copia"
    r"|(?<!\w)(?:список|списки|списка)\s+рассылк\w*|(?<!\w)в\s+копи\w*"
    r"|抄送|邮件列表|郵件列表|القائمة\s+البريدية|نسخة",
    re.IGNORECASE,
)


# Leaving a task force, said of the person named right before: "Mr X leaves the API Task
# Force", "M. X quitte l'Équipe", "El Sr. X deja el Equipo", "X выходит из состава Целевой
# группы", "X先生退出API工作队", "السيد X يغادر فرقة العمل".
_LEAVES_TASK_FORCE = re.compile(
    r"(?=[lLqQdDsSвВпП退离離يتس])(?:leav(?:es|ing)|(?:will\s+)?leave|quitte\w*|dej(?:a|ar[áa]|ó)|sale\s+del?|saldr[áa]\s+del?"
    r"|выход\w*\s+из|выйд\w*\s+из|покида\w*|退出|离开|離開|(?:ي|ت|س[يت])غادر)"
    r"(?=[^.;!?。；\n]{0,40}?(?:task\s+force|[ée]quipe|equipo|целев\w*\s+групп|工作[队隊组組]|فرق))",
    re.IGNORECASE,
)


def successions(
    text: str,
    people: list[Person],
    catalog: TaskForceCatalog,
    leavers: list[Person] | None = None,
) -> list[Succession]:
    """Each removal of people from a task force, withdrawal of a nomination or member said
    to leave that names who comes in, in that sentence or the next: by a verb whose object
    they are ("and add Ms Y", "и включить г-жу Y") or by words saying they take the place
    ("instead", "à sa place", "由…接替", "بدلاً منه"). `leavers` are the people already set
    aside as going ("Mr X has retired"): their leaving may name a successor too."""
    found: list[Succession] = []
    if not people or (len(people) < 2 and not leavers):
        return found
    regions = _removal_regions(text)
    if not regions:
        return found
    ends = SentenceEnds(text, SENTENCE_END)
    taken: set[int] = set()
    for start, end, strict, reach in regions:
        removed = tuple(
            k for k, p in enumerate(people) if k not in taken and _goes(text, p, start, reach)
        )
        left = any(_goes(text, p, start, reach) for p in leavers or ())
        if not removed and not left:
            continue
        after_removed = people[removed[-1]].end if removed else start
        nxt = next(
            (
                k
                for k in range(len(people))
                if k not in taken and k not in removed and people[k].start >= after_removed
            ),
            None,
        )
        if nxt is None:
            continue
        successor = people[nxt]
        # The task force taken off runs on past "из состава Целевой группы" ("... по API")
        # up to what brings the successor in.
        brings = _BRINGS_IN.search(text, end, successor.start)
        stop = min(brings.start() if brings else successor.start, successor.start)
        hits = tuple(
            TaskForceHit(h.name, start + h.start, start + h.end, h.text)
            for h in find_task_forces(text[start:stop], catalog)
        )
        after = min(max([end, *(h.end for h in hits)]), successor.start)
        # A removal "from the task force" names one; a withdrawal or a leaving may leave it
        # to the successor's own words.
        if (strict and not hits) or not _comes_in(text, ends, after, successor):
            continue
        taken.update(removed)
        taken.add(nxt)
        found.append(Succession(removed, nxt, after, hits, start))
    return found


# How far after a withdrawing or leaving phrase the one who goes is named ("we withdraw
# the nomination of Mr X", "لم يعد السيد X").
_GOER_REACH = 40


def _goes(text: str, person: Person, start: int, reach: int) -> bool:
    """Whether `person` is the one a removal starting at `start` takes off: named in its
    words (up to `reach`) or right before them ("李明先生从…删除", "Mr X has retired")."""
    return start <= person.start < reach or (
        person.end <= start and _HAN_GAP.fullmatch(text, person.end, start) is not None
    )


def _removal_regions(text: str) -> list[tuple[int, int, bool, int]]:
    """Where each removal, withdrawal or leaving stands: (start, end, whether it must name
    a task force, how far the one who goes may be named). A removal "from the task force"
    ends at its task force; a withdrawal or a leaving runs on to its sentence's end or to
    what brings someone in, whichever comes first, and names who goes near its start."""
    regions = [(m.start(), m.end(), True, m.end()) for m in REMOVED_FROM.finditer(text)]
    ends: SentenceEnds | None = None
    for pattern in (WITHDRAWS, LEAVES, _LEAVES_TASK_FORCE):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e, _strict, _reach in regions):
                continue
            ends = ends or SentenceEnds(text, SENTENCE_END)
            close = ends.next_from(match.end())
            stop = close[0] if close else len(text)
            brings = _BRINGS_IN.search(text, match.end(), stop)
            # "We withdraw Mr A's nomination and nominate Ms B": the nominating word brings
            # Ms B in; the nomination withdrawn is no such word.
            end = brings.start() if brings else stop
            regions.append((match.start(), end, False, min(end, match.end() + _GOER_REACH)))
    regions.sort()
    return regions


def unsucceeded(
    text: str, spans: list[tuple[int, int]], catalog: TaskForceCatalog
) -> list[tuple[int, int]]:
    """The withdrawing sentences (`spans`) that name nobody coming in: one whose withdrawn
    person a successor replaces ("... Ms Y will take his place") is a replacement, read
    with the people named."""
    if not spans:
        return spans
    named = titled_people(text)
    people = without_replaced(text, named)
    kept = {p.start for p in people}
    leavers = [p for p in named if p.start not in kept]
    starts = [s.start for s in successions(text, people, catalog, leavers)]
    return [(s, e) for s, e in spans if not any(s <= at < e for at in starts)]


def _comes_in(text: str, ends: SentenceEnds, after: int, successor: Person) -> bool:
    """Whether the person named after a removal ending at `after` comes in: in the same
    sentence or the next, taking the place or the object of a joining or nominating verb,
    and added to nothing that is no task force."""
    first = ends.next_from(after)
    if first is not None and first[0] < successor.start:
        second = ends.next_from(first[1])
        if second is not None and second[0] < successor.start:
            return False  # two sentences or more away
    own = ends.next_from(successor.end)
    own_end = own[0] if own else len(text)
    if _ELSEWHERE.search(text, successor.end, own_end):
        return False
    if TAKES_PLACE.search(text, after, own_end):
        return True
    for verb in JOINING_VERB.finditer(text, after, successor.start):
        if _OBJECT_GAP.fullmatch(text, verb.end(), successor.start):
            return True
    # "and nominate Ms Y", "и назначить г-жу Y": a nominating verb right before them.
    tail = text[max(after, successor.start - _VERB_REACH) : successor.start]
    return _NOMINATING.search(tail) is not None and _OBJECT_GAP.fullmatch(tail) is not None
