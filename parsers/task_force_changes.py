"""A reply that changes only the task forces of a person its quoted mail names: one put in
place of another ("en lugar de 'Equipo Técnico sobre Normalización de Nombres' debe decir
'Equipo Técnico de la Parte 7'", "应为API工作队，而不是XML4IP工作队"), or one joined on top
("希望张磊先生在继续参加XML4IP工作队的同时，也参加API工作队", "Ms X should also join the API
Task Force")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.folding import fold
from parsers.models import TaskForceCatalog
from parsers.phrases import has_nominate_verb
from parsers.task_force_moves import MOVE
from parsers.taskforces import ALSO, find_task_forces

__all__ = ["TaskForceSwap", "task_force_swaps", "task_forces_joined"]

# The words of a correction or change: "instead of", "should read", "not", "en lugar de",
# "debe decir", "au lieu de", "doit se lire", "вместо", "следует читать", "应为", "而不是",
# "بدلا من", "error", "erreur", "ошибк", "错误", "خطأ".
_CHANGE = re.compile(
    r"(?<!\w)(?:instead|rather\s+than|in\s+place\s+of|should\s+(?:read|be)|must\s+read"
    r"|(?:is|was)\s+(?:wrong|incorrect)|error|mistake|typo|correct\w*|chang\w*|replac\w*"
    r"|au\s+lieu|[àa]\s+la\s+place|doit\s+(?:se\s+lire|[êe]tre)|erreur|erron\w*|corrig\w*"
    r"|remplac\w*|modifi\w*"
    r"|en\s+lugar|en\s+vez|debe\s+(?:decir|leerse|ser)|errores|equivoc\w*|correg\w*|cambi\w*"
    r"|reemplaz\w*|sustitu\w*"
    r"|вместо|следует\s+читать|должн\w+\s+быть|ошиб\w*|неверн\w*|исправ\w*|замен\w*|измен\w*"
    r"|بدلا\w*|بدل|خطأ|تصحيح|الصحيح|تغيير|استبدال)(?!\w)"
    r"|应为|應為|应改为|改为|改為|而不是|而非|错误|錯誤|有误|有誤|更正|更改|变更|變更",
    re.IGNORECASE,
)
# A sentence may wrap onto the next line; a blank line or a stop before a space ends it,
# unless the stop closes a title ("Sra. Ruiz", "M. Dupont").
_SENTENCE = re.compile(
    r"(?:[^\n.!?؟。！？]+|\n(?![ \t]*\n)|[.!?؟。！？](?!\s|$)"
    r"|(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2}))\.)+"
)


@dataclass(frozen=True)
class TaskForceSwap:
    old: str
    new: tuple[str, ...]
    # The sentence saying so (it may name whose task force changes), and where it is.
    sentence: str
    start: int
    end: int


def task_force_swaps(text: str, catalog: TaskForceCatalog, held: set[str]) -> list[TaskForceSwap]:
    """Task forces given anew for one the earlier mail named: one sentence with a word of
    correction or change, naming exactly one task force the earlier mail `held` and one or
    more it did not."""
    out: list[TaskForceSwap] = []
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group()
        # "please move Ms X from the A Task Force to the B Task Force" changes hers too.
        if not (_CHANGE.search(words) or MOVE.search(fold(words))):
            continue
        names = [hit.name for hit in find_task_forces(words, catalog)]
        old = {n for n in names if n in held}
        new = tuple(dict.fromkeys(n for n in names if n not in held))
        if len(old) == 1 and new:
            out.append(TaskForceSwap(old.pop(), new, words, *sentence.span()))
    return out


# Joining: "join", "take part", "add", "rejoindre", "participer", "integrar", "sumarse",
# "участвовать", "включить", "参加", "加入", "الانضمام".
_JOIN = re.compile(
    r"(?<!\w)(?:join\w*|take\s+part|taking\s+part|participat\w*|add\w*|includ\w*|be\s+a\s+member"
    r"|rejoi\w*|particip\w*|ajout\w*|inclu\w*|int[ée]gr\w*|incorpor\w*|sum[ae]\w*|un[ae]\w*"
    r"|a[ñn]ad\w*|agreg\w*|участв\w*|включ\w*|войти|вошел|вошла|добав\w*|войд\w*|присоедин\w*"
    r"|الانضمام|ينضم|تنضم|المشاركة|يشارك|تشارك|إضاف\w*|ضم\w*)(?!\w)"
    r"|参加|參加|加入|参与|參與|纳入|納入|增加",
    re.IGNORECASE,
)


def task_forces_joined(text: str, catalog: TaskForceCatalog, held: set[str]) -> list[TaskForceSwap]:
    """Task forces someone named in the earlier mail is to join as well: one sentence with
    a word of addition ("also", "aussi", "también", "также", "也", "أيضا") and of joining,
    naming task forces the earlier mail did not (`held`). Each comes back with no old one."""
    out: list[TaskForceSwap] = []
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group()
        if not ALSO.search(words) or not (_JOIN.search(words) or has_nominate_verb(words)):
            continue
        new = tuple(
            dict.fromkeys(h.name for h in find_task_forces(words, catalog) if h.name not in held)
        )
        if new:
            out.append(TaskForceSwap("", new, words, *sentence.span()))
    return out
