"""A short answer above the Secretariat's quoted request for one nominee's missing details.

"李明用户名cn-liming 邮箱liming@office.example 谢谢", "Username rr-jdoe, e-mail
jane.doe@office.example" above our quoted "Regarding the nomination of Ms Jane DOE (...),
we still need ...": the reply gives the values, the request names whom they are for, and
the office it was sent to ("Dear colleagues of the ... Office", "尊敬的...同事").
"""

from __future__ import annotations

import re

from parsers.drafts import Draft, Found, inline_pairs
from parsers.normalize import clean_value
from parsers.office_names import names_institution
from parsers.support_questions import support_question

__all__ = ["addressed_office", "answered_person"]

_ANSWER_FIELDS = frozenset({"username", "account_email"})
_QUESTION = re.compile(r"[?？؟]")
# Our request's greeting to the office's staff: "Dear colleagues of the X,", "Chers collègues
# de l'X,", "Estimados colegas del X:", "尊敬的X同事：", "الزملاء الأعزاء في X،".
_GREETING = re.compile(
    r"^[ \t]*(?:dear\s+colleagues\s+(?:of|at|from)\s+(?:the\s+)?(?P<en>[^,:;\n]{3,120}?)"
    r"|ch[èe]r(?:e|es|s)\s+coll[èe]gues\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)(?P<fr>[^,:;\n]{3,120}?)"
    r"|estimad[oa]s\s+colegas\s+(?:de\s+la\s+|del\s+|de\s+)(?P<es>[^,:;\n]{3,120}?)"
    r"|尊敬的(?P<zh>[^，：,:\n]{2,40}?)(?:各位)?(?:同事|同仁|同僚)(?:们|們)?"
    r"|(?:ال)?زملاء(?:نا)?\s+(?:ال)?[أا]عزاء\s+(?:في|ب)\s*(?P<ar>[^،,:؛\n]{3,120}?))"
    r"[ \t]*[,:;，：،!！]",
    re.IGNORECASE | re.MULTILINE,
)


def answered_person(drafts: list[Draft], found: list[Draft], reply: str) -> Draft | None:
    """The reply's values with the one person our quoted request (read into `found`) asks
    about, when the reply (read into `drafts`) names nobody itself; else None."""
    people = [d for d in found if d.has_name]
    if len(people) != 1 or any(d.has_name for d in drafts):
        return None
    if _QUESTION.search(reply) or support_question(reply):
        return None  # "用户名是cn-liming吗？": asked, not answered
    unnamed = [d for d in drafts if d.has_person_data]
    if len(unnamed) > 1:
        return None
    answers = unnamed[0] if unnamed else _reply_values(reply)
    if answers is None:
        return None
    answers.absorb(people[0])
    return answers


def _reply_values(reply: str) -> Draft | None:
    """A username or address typed in the reply, without labels."""
    draft = Draft(source="body")
    for name, value, start, end in inline_pairs(reply):
        if name in _ANSWER_FIELDS:
            draft.put(name, value, start, end, rule="prose", text=value)
    return draft if draft.values else None


def addressed_office(request: str) -> Found | None:
    """The office our request greets ("尊敬的国家知识产权局同事："), if it names one."""
    for match in _GREETING.finditer(request):
        group = next(g for g in ("en", "fr", "es", "zh", "ar") if match.group(g))
        value = clean_value(match.group(group))
        if names_institution(value):
            start = match.start(group)
            return Found(value, start, start + len(match.group(group)), "greeting", value)
    return None
