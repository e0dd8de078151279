"""A member moved from one task force to another: "please move Ms X from the Legal Status
Task Force to the API Task Force", "transférer M. X de l'équipe d'experts ... vers l'équipe
...", "trasladar a la Sra. X del Equipo Técnico ... al Equipo Técnico ...", "перевести г-жу X
из Целевой группы ... в Целевую группу ...", "将X从……工作队调至……工作队", "نقل السيد X من
فرقة العمل ... إلى فرقة العمل ...", or the destination first ("move Ms X to the API Task Force
from the ..."). The task force left is named, but the member joins only the one moved to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from parsers.arabic_spelling import fold_arabic
from parsers.folding import fold

__all__ = ["MOVE", "move_origins"]

# The words of a move, folded (lower case, no accents, simplified Chinese).
# The lookahead names the letters the words can start with, so that most positions of a
# text are passed over without trying every word.
MOVE = re.compile(
    r"(?=[mtrsdfpпنيتا调转移改])(?:"
    r"(?<!\w)(?:mov(?:e|es|ed|ing)|transfer\w*|re-?assign\w*|switch\w*|shift\w*|relocat\w*"
    r"|redeploy\w*|deplac\w*|mut(?:er|ez|ons|e|ee|ation)|re-?affect\w*|fai\w*\s+passer"
    r"|traslad\w*|transfier\w*|mover|movid[oa]|reasign\w*|reubic\w*"
    r"|перев(?:ести|едите|одить|одим|од|ода|оде|оду|еден\w*|одит\w*)|перемест\w*|перейти"
    r"|переход\w*|перейд\w*|نقل\w*|ينقل|تنقل|تحويل\w*|انتقال|ينتقل|تنتقل)(?!\w)"
    # "M. X passe à l'équipe API", "la Sra. X pasa al Equipo ...": "mot de passe" is no move.
    r"|(?<!de\s)(?<!\w)pass(?:e|ent|era|eront|er)\s+(?:a|au|aux|dans)(?!\w)"
    r"|(?<!\w)pas(?:a|an|ara|aran|ar)\s+(?:a|al|del|de)(?!\w)"
    r"|(?:调|转|移|改)(?:至|到|入|往)|调整(?:至|到))",
    re.IGNORECASE,
)
# The generic words that may stand between "from"/"to" and a task force's own name.
_FILLER = (
    r"(?:(?:the|cws|wipo|task\s*forces?|on|for|of|la|le|les|equipes?|d'experts?|chargee?s?"
    r"|de|du|des|sur|el|los|las|equipos?|tecnicos?|sobre|целев\w*|групп\w*|по)(?!\w)"
    r"|l'|工作队|فرق[ةه]|العمل|المعني[ةه]\s+ب\w+|المعني[ةه])\s*"
)
_FROM = re.compile(
    r"(?:(?<!\w)(?:from|de|du|des|del|desde|из|изо|من)(?!\w)|d'|从|從|由|自)\s*"
    rf"(?:{_FILLER})*$"
)
_TO = re.compile(
    r"^\s*,?\s*(?:(?<!\w)(?:to|into|onto|vers|a|au|aux|dans|al|hacia|в|во|на|"
    + fold_arabic("إلى|الى")
    + r")(?!\w)"
    r"|(?:调|转|移|改)(?:至|到|入|往)|调整(?:至|到)|到|至)\s*"
    rf"(?:{_FILLER})*$"
)
# The destination named first: "move Ms X to the API Task Force from the Legal Status Task
# Force", "перевести г-жу X в Целевую группу по API из Целевой группы по ...".
_TO_BEFORE = re.compile(
    r"(?:(?<!\w)(?:to|into|vers|au|aux|dans|al|hacia|в|во|"
    + fold_arabic("إلى|الى")
    + r")(?!\w)|调至|调到|转至|转到)\s*"
    rf"(?:{_FILLER})*$"
)
_FROM_AFTER = re.compile(
    r"^\s*,?\s*(?:(?<!\w)(?:from|desde|из|изо|من)(?!\w)|从|從)\s*"
    rf"(?:{_FILLER})*$"
)
# The move said after the task force left, its member sitting there now: "M. X, actuellement
# membre de l'équipe XML4IP, passe à l'équipe API", "Ms X, currently on the XML4IP Task
# Force, will move to the API Task Force". A clause's words, no sentence's end, come first.
_MOVED_TO = re.compile(
    r"^[^.;!?。；！？]{0,40}?(?:" + MOVE.pattern + r")\s*"
    r"(?:(?:to|into|vers|a|au|aux|dans|al|hacia|в|во|на|" + fold_arabic("إلى|الى") + r")(?!\w)\s*)?"
    rf"(?:{_FILLER})*$"
)
# Where the member sits now or sat until the move, or that he stops taking part there:
# "actuellement membre de l'équipe XML4IP", "目前是XML4IP工作队成员", "he will no longer take
# part in the XML4IP Task Force", "il cessera de participer aux travaux de l'équipe XML4IP",
# "он больше не будет участвовать в работе группы XML4IP", "今后她不再参加XML4IP工作队".
_NOW = (
    r"currently|presently|at\s+present|until\s+now|so\s+far|formerly|previously|actuellement"
    r"|jusqu'(?:a\s+present|ici|alors)|auparavant|precedemment|anciennement|actualmente"
    r"|en\s+la\s+actualidad|hasta\s+(?:ahora|la\s+fecha)|anteriormente"
    r"|в\s+настоящее\s+время|сейчас|до\s+сих\s+пор|ранее|прежде|ныне|"
    + fold_arabic(r"حالي\u064b?ا|سابق\u064b?ا|في\s+الوقت\s+الحالي|حتى\s+الآن")
)
_CURRENT = re.compile(rf"(?<!\w)(?:{_NOW})(?!\w)|目前|现为|现任|原为|原是|原在|此前")
_LEAVING = re.compile(
    rf"(?<!\w)(?:{_NOW}"
    r"|no\s+longer|not\s+any\s+longer|ceas\w+|stop\w*|leav(?:e|es|ing)|quits?|quitting|withdraw\w*"
    r"|step\w*\s+down|n(?:e\s|')[^.;!?\n]{0,30}?\splus|cess\w+|quitt\w+|se\s+retir\w*|ya\s+no"
    r"|dej\w*\s+de|dej\w*\s+(?:el|la|los)|abandon\w*|больше\s+не|более\s+не|уже\s+не"
    r"|прекра\w*|перестан\w*|покида\w*|покинет|выбыва\w*|выйдет|выходит|"
    + fold_arabic(
        r"لم\s+يعد|لم\s+تعد|لن\s+يعود|لن\s+تعود|بعد\s+الآن|س?[يت]توقف|س?[يت]غادر|[يت]نسحب"
    )
    + r")(?!\w)|不再|退出|离开|停止|目前|现为|现任|原为|原是|原在|此前"
)
# A sentence's end, which no cue before a task force reaches over.
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|[。；！？]|\n[ \t]*\n")
_CUE_REACH = 80


def _clause_before(folded: str, start: int, reach: int) -> str:
    """The words before `start` in its own sentence, at most `reach` characters."""
    window = folded[max(0, start - reach) : start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _paragraph(folded: str, at: int) -> tuple[int, int]:
    breaks = [m.end() for m in _PARAGRAPH.finditer(folded, 0, at)]
    after = _PARAGRAPH.search(folded, at)
    return (breaks[-1] if breaks else 0), (after.start() if after else len(folded))


def _left_again(
    folded: str, hits: Sequence[tuple[str, int, int, str]], moved: set[int]
) -> set[int]:
    """The task force left in a move named again in its paragraph where the member sits
    now or stops taking part: "Il cessera de participer aux travaux de l'équipe XML4IP"."""
    names = {name for name, start, _e, _w in hits if start in moved}
    out: set[int] = set()
    for name, start, _end, _written in hits:
        if name not in names or start in moved:
            continue
        first, last = _paragraph(folded, start)
        if any(first <= at < last for at in moved) and _LEAVING.search(
            _clause_before(folded, start, _CUE_REACH)
        ):
            out.add(start)
    return out


# How far before a task force its "from" may stand, and its word of moving ("move Ms X
# (username: ..., e-mail: ...) from ..."): a sentence end cannot tell, as "эл. почта" or
# "tel." inside the brackets would end it. A blank line ends the search.
_REACH = 60
_MOVE_BEFORE = 300
_MOVE_AFTER = 80
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


# "for the Legal Status Task Force instead of the Digital Transformation Task Force": the
# task force after these words is the one given up for the other.
_INSTEAD = re.compile(
    r"(?:(?<!\w)(?:instead\s+of|rather\s+than|in\s+place\s+of|au\s+lieu\s+de|au\s+lieu\s+du"
    r"|au\s+lieu\s+des|a\s+la\s+place\s+de|a\s+la\s+place\s+du|en\s+lugar\s+de|en\s+lugar\s+del"
    r"|en\s+vez\s+de|en\s+vez\s+del|вместо|взамен|بدلا\u064b?\s+من|بدل|عوضا\u064b?\s+عن)(?!\w)"
    r"|而不是|而非|代替)\s*"
    rf"(?:{_FILLER})*$"
)


def _given_up(folded: str, hits: Sequence[tuple[str, int, int, str]]) -> set[int]:
    """Where the task forces named after "instead of" start, when another one is named in
    the same paragraph: the one joined."""
    out: set[int] = set()
    for name, start, _end, _written in hits:
        if not _INSTEAD.search(folded[max(0, start - _REACH) : start]):
            continue
        first = max(0, start - _MOVE_BEFORE)
        breaks = [m.end() for m in _PARAGRAPH.finditer(folded, first, start)]
        first = breaks[-1] if breaks else first
        after = _PARAGRAPH.search(folded, start)
        last = after.start() if after else len(folded)
        if any(other != name and first <= s < last for other, s, _e, _w in hits):
            out.add(start)
    return out


def move_origins(text: str, hits: Sequence[tuple[str, int, int, str]]) -> frozenset[int]:
    """Where the task forces left in a move start: a task force after "from" and before
    "to" and another one, with a word of moving near them in the same paragraph, or after
    "instead of" with another one named in its paragraph. `hits` are the task forces
    named in `text`, in order, as (name, start, end, written)."""
    folded = fold(text)
    given_up = _given_up(folded, hits)
    if not MOVE.search(folded):
        return frozenset(given_up)
    out: set[int] = set(given_up)
    for here, there in pairwise(hits):
        name, start, end, _written = here
        if there[0] == name:
            continue
        if _FROM_AFTER.match(folded[end : there[1]]) and _TO_BEFORE.search(
            folded[max(0, start - _REACH) : start]
        ):
            left = there[1]  # the destination came first
        elif (
            _TO.match(folded[end : there[1]])
            and _FROM.search(folded[max(0, start - _REACH) : start])
        ) or (
            # "actuellement membre de l'équipe XML4IP, passe à l'équipe API"
            _MOVED_TO.match(folded[end : there[1]])
            and _CURRENT.search(_clause_before(folded, start, _REACH))
        ):
            left = start
        else:
            continue
        first = max(0, start - _MOVE_BEFORE)
        breaks = [m.end() for m in _PARAGRAPH.finditer(folded, first, start)]
        first = breaks[-1] if breaks else first
        last = min(len(folded), there[2] + _MOVE_AFTER)
        paragraph = _PARAGRAPH.search(folded, there[2], last)
        if MOVE.search(folded, first, paragraph.start() if paragraph else last):
            out.add(left)
    return frozenset(out | _left_again(folded, hits, out - given_up))
