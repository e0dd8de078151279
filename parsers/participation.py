"""Who will take part in a task force, said without a nominating verb: "the following persons
will take part in the Task Forces", "nos représentants au sein de l'Équipe d'experts API
seront", "participarán en el Equipo Técnico XML4IP", "в работе Целевой группы примут
участие", "以下人员参加XML4IP工作队", "سيشارك في فرقة العمل". An office telling the
Secretariat who its members will be nominates them.

Only the future (or "our representatives in ... are") counts, only of a task force, and
not of a meeting or session of it: "attended the meeting of the XML4IP Task Force",
"participará en la sesión del CWS", "участвовали" nominate nobody.
"""

from __future__ import annotations

import re

from parsers.arabic_spelling import tolerant
from parsers.models import TaskForceCatalog
from parsers.sentence_bounds import SentenceEnds
from parsers.taskforces import find_task_forces

__all__ = ["list_participation", "takes_part"]

_PART = re.compile(
    # English: "will take part in", "will participate in", "will represent our Office in",
    # "will be our members of", "will join", "our representatives in ... are".
    r"\b(?:will|shall)\s+(?:also\s+|both\s+|all\s+)?(?:take\s+part|participate|represent|join"
    r"|be\s+(?:our|the\s+office['’]s|its)\s+(?:members?|representatives?|delegates?))\b"
    r"|\b(?:our|the\s+office['’]s)\s+(?:representatives?|members?|delegates?)\s+(?:in|on|to|for|at)\b"
    r"[^.;\n]{0,120}?\b(?:are|is|will\s+be|shall\s+be)\b"
    # French: "participeront", "prendra part", "représentera", "nos représentants au sein
    # de", "seront membres", "rejoindra", "feront partie".
    r"|\bparticiper(?:a|ont)\b|\bprendr(?:a|ont)\s+part\b|\brepr[ée]senter(?:a|ont)\b"
    r"|\b(?:nos|notre)\s+repr[ée]sentant(?:e|s|es)?\b[^.;\n]{0,120}?\b(?:seront|sera|sont|est)\b"
    r"|\bser(?:a|ont)\s+(?:nos\s+|notre\s+)?membres?\b"
    r"|\brejoindr(?:a|ont)\b|\bfer(?:a|ont)\s+partie\b"
    # Spanish: "participará(n)", "tomará(n) parte", "representará(n)", "nuestros
    # representantes en ... serán", "serán miembros", "integrará(n)", "formará(n) parte".
    r"|\bparticipar[áa]n?\b|\btomar[áa]n?\s+parte\b|\brepresentar[áa]n?\b"
    r"|\bnuestr[oa]s?\s+representantes?\b[^.;\n]{0,120}?\b(?:ser[áa]n?|son|es)\b"
    r"|\bser[áa]n?\s+(?:nuestr[oa]s\s+)?miembros?\b"
    r"|\bintegrar[áa]n?\b|\bformar[áa]n?\s+parte\b"
    # Russian: "примут участие", "будут участвовать", "представителями ... будут",
    # "войдут в состав".
    r"|(?<!\w)прим(?:ет|ут)\s+участие|(?<!\w)буд(?:ет|ут)\s+(?:участвовать|представлять|представител\w+|член\w+)"
    r"|(?<!\w)представител(?:ем|ями)(?!\w)[^.\n]{0,150}?(?<!\w)буд(?:ет|ут)(?!\w)"
    r"|(?<!\w)войд(?:ет|ут)\s+в\s+состав"
    # Chinese: "参加/参与" (not "参加了/参加过", not "曾参加"), "代表为", "人员为", "成员为".
    r"|(?<![曾已])(?:参加|参与|參加|參與)(?![了过過])|(?:代表|人员|人員|成员|成員)(?:为|為|是)"
    # Arabic: "سيشارك", "ستمثل", "سينضم", "ممثلونا في", "ممثلو المكتب".
    + tolerant(
        r"|(?:س|وس)(?:ي|ت)(?:شارك|مثل|نضم)\w*|ممثل(?:و|ي)نا|ممثل(?:و|ي)\s+(?:ال)?مكتب"
        r"|(?:س|وس)(?:ي|ت)كون\w*\s+(?:أعضاء|عضو\w*|ممثل\w*)"
    ),
    re.IGNORECASE,
)
# A task force, named or as such ("the Task Forces", "los Equipos Técnicos").
_TASK_FORCE_WORD = re.compile(
    r"task\s*forces?|[ée]quipes?\s+d['’]experts|equipos?\s+t[ée]cnicos?|целев\w+\s+групп"
    r"|工作队|工作隊|專責小組|专责小组|" + tolerant(r"فرق(?:ة|ه)?\s+العمل|فريق\s+(?:ال)?عمل"),
    re.IGNORECASE,
)
# A meeting, session or event of a task force or of the Committee: who attends it is no
# member nominated.
_EVENT = re.compile(
    r"\b(?:meetings?|sessions?|webinars?|workshops?|conferences?|seminars?|video\s*calls?"
    r"|r[ée]unions?|s[ée]ances?|ateliers?|webinaires?|conf[ée]rences?|s[ée]minaires?"
    r"|reuni[óo]n(?:es)?|sesi[óo]n(?:es)?|talleres?|seminarios?|conferencias?)\b"
    r"|(?<!\w)(?:совещани|заседани|сесси|встреч|вебинар|семинар|конференц)\w*"
    r"|会议|會議|届会|屆會|研讨会|研討會|" + tolerant(r"اجتماع\w*|دورة|الدورة|ندوة|ورشة|مؤتمر"),
    re.IGNORECASE,
)
# Who took part, or sits there now ("were", "currently", "former", "still", "étaient",
# "actuales", "нынешние", "现任", "السابق"), or a question about them ("whether", "ли", "是否",
# "هل"): no one new.
_NOT_NEW = re.compile(
    r"\b(?:were|was|has\s+been|have\s+been|current(?:ly)?|former|previous(?:ly)?|so\s+far"
    r"|still|whether|[ée]taient|[ée]tait|ont\s+[ée]t[ée]|a\s+[ée]t[ée]|actuel(?:le)?s?"
    r"|ancien(?:ne)?s?|toujours|encore|fueron|fue|han\s+sido|ha\s+sido|eran|actual(?:es|mente)?"
    r"|anterior(?:es)?|hasta\s+ahora|todav[íi]a|a[úu]n|sigue|siguen)\b"
    r"|(?<!\w)(?:были|был|была|нынешн\w*|прежн\w*|текущ\w*|ранее|ли|вс[её]\s+ещ[её]"
    r"|по-прежнему)(?!\w)"
    r"|曾|现任|現任|此前|以前|仍|依然|是否|[?？؟]|"
    + tolerant(
        r"(?<![\u0621-\u064a])(?:السابق\w*|الحالي\w*|كانوا|كان|هل|لا\s+يزال|ما\s+زال)"
        r"(?![\u0621-\u064a])"
    ),
    re.IGNORECASE,
)


def takes_part(sentence: str, catalog: TaskForceCatalog) -> bool:
    """Whether `sentence` says who will take part in a task force (or represent the office
    in one): not in its meeting, not in the past, not who sits there now."""
    return bool(
        _PART.search(sentence)
        and (_TASK_FORCE_WORD.search(sentence) or find_task_forces(sentence, catalog))
        and not _EVENT.search(sentence)
        and not _NOT_NEW.search(sentence)
    )


# A lead introducing a list of people: "the following persons", "les personnes suivantes",
# "las siguientes personas", "следующие сотрудники", "以下人员", "الأشخاص التالية أسماؤهم".
_FOLLOWING = re.compile(
    r"\bfollowing\s+(?:persons|people|officials|officers|colleagues|experts|staff|members"
    r"|representatives|candidates)\b"
    r"|\b(?:personnes|agents|fonctionnaires|experts|coll[èe]gues|repr[ée]sentants)\s+suivant(?:e)?s\b"
    r"|\bsiguientes\s+(?:personas|funcionari[oa]s|colegas|expert[oa]s|representantes|candidat[oa]s)\b"
    r"|(?<!\w)следующ\w+\s+(?:сотрудник|лиц|специалист|эксперт|представител|кандидат)\w*"
    r"|(?:以下|下列|如下)(?:人员|人員|同志|专家|專家)|" + tolerant(r"التالي(?:ة)?\s+أسماؤهم"),
    re.IGNORECASE,
)
_ITEM_LINE = re.compile(r"^[ \t]*(?:[-*•·–]|\d{1,2}[.)]|\(\d{1,2}\))")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE = re.compile(r"[^.!?。！？؟\n]*")


def list_participation(
    text: str, start: int, after: int, bounds: SentenceEnds, catalog: TaskForceCatalog
) -> tuple[int, int] | None:
    """Where the text says that the list holding the item at `start` will take part in a
    task force: its lead ("the following persons will take part in the Task Forces:"), or,
    under "the data of the following persons:", the sentence right after the list ("Ambas
    participarán en el Equipo Técnico XML4IP."). `after` is where the previous person's
    name ends: a lead is never read across it. None when neither says so."""
    line_start = text.rfind("\n", 0, start) + 1
    above = len(text[:line_start].rstrip())
    if not above or text[above - 1] not in ":：":
        return None
    lead_start = max(bounds.start_before(above - 1), after)
    lead = text[lead_start:line_start]
    if takes_part(lead, catalog):
        return lead_start, line_start
    if not _FOLLOWING.search(lead):
        return None
    # The item's own paragraph, then any further paragraphs of list items.
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, line_start)]
    if not breaks:
        return None  # the list ends the text: no sentence after it
    for begin, end in zip(breaks, [*breaks[1:], len(text)], strict=True):
        paragraph = text[begin:end]
        if all(_ITEM_LINE.match(line) for line in paragraph.splitlines() if line.strip()):
            continue
        offset = begin + len(paragraph) - len(paragraph.lstrip())
        first = _SENTENCE.match(text, offset)
        if first is not None and takes_part(first.group(), catalog):
            return first.start(), first.end()
        return None
    return None
