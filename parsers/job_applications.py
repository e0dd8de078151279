"""An application for an internship, a fellowship or a job, sent here by mistake.

"I would like to apply for the WIPO Internship Programme", "je souhaite postuler au
programme de stages", "me permito postularme al Programa de Pasantías", "прошу рассмотреть
мою кандидатуру на стажировку", "我希望申请实习岗位", "أود التقدم لبرنامج التدريب الداخلي": the
writer lays out their own details like a nominee's, but applies for a post at WIPO; no
office nominates anybody to a task force.
"""

from __future__ import annotations

import re

from parsers.phrases import has_nominate_verb
from parsers.sentence_bounds import SentenceEnds

__all__ = ["applies_for_job"]

# What is applied for. Words that also mean something else in a nomination ("stage" in
# English, "empleo" and "emploi" for use, "الوظيفة" as a post's label) only in phrases.
_JOB = (
    r"\b(?:internships?|traineeships?|fellowships?|vacanc(?:y|ies))\b"
    r"|\bapply(?:ing)?\s+for\s+(?:the|a|an|this)\s+(?:[\w-]+\s+){0,3}?(?:job|position|post)\b"
    r"|\b(?:(?:un|mon|le|du|de|en|ce|d['’]un)\s+stages?|programme\s+de\s+stages?|stagiaires?"
    r"|offre\s+d['’]emploi|postes?\s+vacants?)\b"
    r"|\bpasant[íi]as?\b|\b(?:programa\s+de\s+)?pr[áa]cticas\s+(?:profesionales|laborales)\b"
    r"|\b(?:oferta\s+de\s+empleo|puestos?\s+vacantes?|vacantes?|becas?)\b"
    r"|\bpostul\w*\s+(?:au|a\s+un|al|a\s+la)\s+(?:poste|puesto|cargo|plaza)\b"
    r"|(?<!\w)(?:стажировк|ваканси|трудоустройств)\w*"
    r"|实习|實習|求职|求職|应聘|應聘|(?:空缺|招聘)(?:岗位|职位|職位|崗位)"
    r"|申请[^。，,\n]{0,15}?(?:岗位|职位|職位|崗位)"
    r"|التدريب\s+الداخلي|تدريب\s+داخلي|برنامج\s+التدريب|(?:ال)?وظ(?:يف[ةه]|ائف)\s+(?:ال)?شاغر\S*"
)
# Applying: "apply for", "postuler", "candidature", "postularme", "solicitud", "кандидатуру
# на", "申请", "أتقدم", "التقدم".
_APPLY = (
    r"\b(?:apply|applying|applied|application)\b"
    r"|\b(?:postul\w*|candidat\w*|solicit\w*)"
    r"|(?<!\w)(?:кандидатур|заявк|прошу\s+рассмотреть)\w*"
    r"|申请|申請|应聘|應聘|求职|求職"
    r"|أتقدم|التقدم|طلب|أرغب"
)
_GATE = re.compile(_JOB, re.IGNORECASE)
# Pieces of those words, looked for in the folded text before any regex runs.
_KEYWORDS = (
    "intern",
    "trainee",
    "fellowship",
    "vacanc",
    "apply",
    "stage",
    "emploi",
    "pasant",
    "ctica",
    "vacante",
    "beca",
    "postul",
    "стажировк",
    "ваканси",
    "трудоустр",
    "实习",
    "實習",
    "求职",
    "求職",
    "应聘",
    "應聘",
    "岗位",
    "崗位",
    "职位",
    "職位",
    "تدريب",
    "شاغر",
    "وظائف",
)
_APPLY_RE = re.compile(_APPLY, re.IGNORECASE)
_END = re.compile(r"(?<!\b\w)[.!?؟]\s|[。！？]|\n[ \t]*\n")


def applies_for_job(text: str) -> bool:
    """Whether `text` applies for an internship, a fellowship or a job, and no nominating
    word stands outside the sentences that do."""
    folded = text.casefold()
    if not any(word in folded for word in _KEYWORDS) or not _GATE.search(text):
        return False
    ends = SentenceEnds(text, _END)
    spans: list[tuple[int, int]] = []
    for match in _GATE.finditer(text):
        start = ends.start_before(match.start())
        after = ends.next_from(match.end())
        end = after[0] + 1 if after else len(text)
        if _APPLY_RE.search(text, start, end) and (not spans or start >= spans[-1][1]):
            spans.append((start, end))
    if not spans:
        return False
    rest, last = [], 0
    for start, end in spans:
        rest.append(text[last:start])
        last = end
    rest.append(text[last:])
    return not has_nominate_verb(" ".join(rest))
