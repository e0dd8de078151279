"""Whether the words set off after a name (in brackets, after a comma or a dash) name a task
force, which the person joins, rather than the post they hold: "(Equipo Técnico API)",
"(miembro del Equipo Técnico API)", "(Task Force on API)", "(Équipe d'experts chargée de
l'API)", "(Целевая группа по API)", "（API工作队）", "(فرقة العمل المعنية بـ XML4IP)". A
post that names one keeps its own word ("Jefe del Equipo Técnico API", "Leader of the API
Task Force").
"""

from __future__ import annotations

import re

from parsers.models import TaskForceCatalog
from parsers.taskforces import find_task_forces

__all__ = ["names_task_force"]

# Words around a task force's name that make no post of it, in the six languages and
# Portuguese: its head ("Task Force", "Equipo Técnico", "Équipe d'experts chargée de",
# "Целевая группа по", "فرقة العمل المعنية بـ", "工作队"), articles, and membership.
_FRAME_WRITTEN = """
    the of on for in task force forces tf member members working group
    équipe équipes equipe equipes d de du des l la le les experts expert chargée chargé
    chargées chargés sur membre membres groupe
    equipo equipos técnico técnicos tecnico tecnicos del el los las sobre miembro miembros
    grupo técnica técnicas tecnica tecnicas da do das dos membro membros
    целевая целевой целевую целевые целевых группа группы группу групп по член члены
    членом в
    فرقة فرقه فريق العمل عمل المعنية المعنيه المعني الخاص بـ ب عضو
    工作队 工作隊 工作组 专责小组 成员
"""
_FRAME_WORDS = frozenset(_FRAME_WRITTEN.split())
# A task force the catalogue does not know is still named by its head: "Equipo Técnico de
# Normas Nuevas", "Task Force on Widgets", "Widgets Task Force", "Целевая группа по ...".
_HEAD = re.compile(
    r"^(?:(?:member|membre|miembro|membro|член)\w*\s+(?:of\s+the|de\s+l['’]|de\s+la|del|da|do|de)?\s*)?"
    r"(?:task\s+force\b|[ée]quipe\s+d['’]experts\b|equipo\s+t[ée]cnico\b|equipe\s+t[ée]cnica\b"
    r"|целев\w+\s+групп\w+|فرق[ةه]\s+العمل)"
    r"|\b(?:task\s+force|工作队|工作隊|专责小组)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")


def names_task_force(value: str, catalog: TaskForceCatalog) -> bool:
    """Whether `value` is a task force's name (with its head and membership words), no post."""
    value = value.strip()
    if not value:
        return False
    hits = find_task_forces(value, catalog)
    if not hits:
        return _HEAD.search(value) is not None
    rest = value
    for hit in reversed(hits):
        rest = rest[: hit.start] + " " + rest[hit.end :]
    return all(word.casefold() in _FRAME_WORDS for word in _WORD.findall(rest))
