"""A member taken off a task force and who comes in for them: "please remove Mr X from the
API Task Force and add Ms Y, Senior Examiner, instead", "retirer M. X de l'Équipe ... et
ajouter Mme Y à sa place", "dar de baja al Sr. X del Equipo Técnico ... y, en su lugar,
incluir a la Sra. Y", "исключить г-на X из состава Целевой группы ... и вместо него
включить г-жу Y", "将X先生从API工作队中删除，由Y女士接替", "حذف السيد X من فرقة العمل ...
وإضافة السيدة Y بدلاً منه". The successor is nominated, to the task forces the one removed
leaves unless their own words name others; the one removed is nominated by nothing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from parsers.joining_verbs import JOINING_VERB
from parsers.models import TaskForceCatalog
from parsers.people import Person
from parsers.phrases import SENTENCE_END, VERB, VERB_FIRST
from parsers.replacements import TAKES_PLACE
from parsers.sentence_bounds import SentenceEnds
from parsers.taskforces import TaskForceHit, find_task_forces
from parsers.withdrawals import REMOVED_FROM

__all__ = ["Succession", "successions"]


class Succession(NamedTuple):
    removed: tuple[int, ...]  # indexes of the people taken off
    successor: int  # index of the one who comes in
    after: int  # where the removal's words end: the successor's own words start after it
    task_forces: tuple[TaskForceHit, ...]  # those the removal names, offsets into the text


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


def successions(text: str, people: list[Person], catalog: TaskForceCatalog) -> list[Succession]:
    """Each removal of people from a task force that names who comes in, in that sentence
    or the next: by a verb whose object they are ("and add Ms Y", "и включить г-жу Y") or by
    words saying they take the place ("instead", "à sa place", "由…接替", "بدلاً منه")."""
    found: list[Succession] = []
    if len(people) < 2 or not REMOVED_FROM.search(text):
        return found
    ends = SentenceEnds(text, SENTENCE_END)
    taken: set[int] = set()
    for match in REMOVED_FROM.finditer(text):
        removed = tuple(
            k
            for k, p in enumerate(people)
            if k not in taken
            and (
                match.start() <= p.start < match.end()
                or (p.end <= match.start() and _HAN_GAP.fullmatch(text, p.end, match.start()))
            )
        )
        if not removed:
            continue
        nxt = next((k for k in range(removed[-1] + 1, len(people)) if k not in taken), None)
        if nxt is None:
            continue
        successor = people[nxt]
        # The task force taken off runs on past "из состава Целевой группы" ("... по API")
        # up to what brings the successor in.
        brings = _BRINGS_IN.search(text, match.end(), successor.start)
        stop = brings.start() if brings else successor.start
        hits = tuple(
            TaskForceHit(h.name, match.start() + h.start, match.start() + h.end, h.text)
            for h in find_task_forces(text[match.start() : stop], catalog)
        )
        after = max([match.end(), *(h.end for h in hits)])
        if not hits or not _comes_in(text, ends, after, successor):
            continue
        taken.update(removed)
        taken.add(nxt)
        found.append(Succession(removed, nxt, after, hits))
    return found


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
