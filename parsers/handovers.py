"""A task force handed over from one member to another ("法律状态工作队改由夏雨桐同志参加",
"the Legal Status Task Force will be taken over by Ms Y", "l'équipe ... sera reprise par
Mme Y", "el Equipo ... pasará a cargo de la Sra. Y", "Целевую группу ... передаёт г-же Y",
"تنتقل عضوية فرقة العمل ... إلى السيدة Y"). The words above the new person's details name
the task force the earlier member keeps too; only the one handed over is the new person's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.taskforces import TaskForceHit

__all__ = ["handed_over"]

_HANDOVER = re.compile(
    r"改由|转由|轉由|交由|转交|轉交|移交|接替|接手|接任"
    r"|(?<!\w)(?:hand(?:s|ed|ing)?\s+(?:\S+\s+){0,8}?over|handed\s+to|taken\s+over\s+by"
    r"|takes?\s+over|take\s+over|pass(?:es|ed)?\s+(?:on\s+)?to|transferr?(?:ed|s)?\s+to"
    r"|reassign\w*\s+to"
    r"|confi[ée]e?s?\s+[àa]|repris\w*\s+par|reprendr\w*|reprend\w*|transf[ée]r\w*\s+[àa]"
    r"|c[èe]d\w*\s+(?:sa\s+place\s+)?[àa]"
    r"|pasa\w*\s+a\s+(?:manos|cargo)\s+de|quedar\w*\s+a\s+cargo\s+de|asumid[oa]s?\s+por"
    r"|asumir\w*|traspas\w*|transferid[oa]s?\s+a"
    r"|переда\w*|перейд[её]т\s+к|переходит\s+к|возьм[её]т\s+на\s+себя"
    r"|[وف]?(?:تنتقل|ينتقل|ستنتقل|سينتقل|يتولى|تتولى|ستتولى|سيتولى|تسند|يسند|أسند\w*|تحويل))(?!\w)",
    re.IGNORECASE,
)
# A clause: up to a stop, a semicolon or a line's end (a comma leaves it going on).
_CLAUSE_END = re.compile(r"[。；;؛！？!?؟\n]|\.(?=\s)")
# Cheap first look: one of the words' letters at all.
_GATE = re.compile(
    r"改由|转|轉|交由|移交|接|hand|over|pass|transf|assign|confi|repr|c[èe]d|pasa|cargo|asum"
    r"|traspas|переда|перей|перех|возьм|تنتقل|ينتقل|تولى|سند|تحويل",
    re.IGNORECASE,
)


def handed_over(text: str, hits: Sequence[TaskForceHit]) -> list[TaskForceHit]:
    """The task forces (`hits` in `text`) named in a clause handing one over, when the text
    hands any over; else all of them."""
    if len(hits) < 2 or not _GATE.search(text):
        return list(hits)
    clauses = [_clause(text, m.start()) for m in _HANDOVER.finditer(text)]
    if not clauses:
        return list(hits)
    kept = [h for h in hits if any(s <= h.start < e for s, e in clauses)]
    return kept or list(hits)


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause around `at`."""
    start = 0
    for end in _CLAUSE_END.finditer(text, 0, at):
        start = end.end()
    after = _CLAUSE_END.search(text, at)
    return start, after.start() if after else len(text)
