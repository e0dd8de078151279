"""A short answer above the Secretariat's quoted request for one nominee's missing details.

"李明用户名cn-liming 邮箱liming@office.example 谢谢", "Username rr-jdoe, e-mail
jane.doe@office.example" above our quoted "Regarding the nomination of Ms Jane DOE (...),
we still need ...": the reply gives the values, the request names whom they are for, and
the office it was sent to ("Dear colleagues of the ... Office", "尊敬的...同事").
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.draft_matching import same_person
from parsers.drafts import Draft, Found, inline_pairs
from parsers.normalize import clean_value
from parsers.office_names import _found, names_institution
from parsers.prose_offices import prose_office
from parsers.support_questions import support_question

__all__ = ["addressed_office", "answered_person", "refers_to", "request_office"]

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


def answered_person(
    drafts: list[Draft], found: list[Draft], reply: str, request: str = ""
) -> Draft | None:
    """The one person our quoted request (read into `found`) asks about, with what the reply
    (read into `drafts`) gives for them, when the reply names nobody else; else None.

    The reply supplies or replaces exactly the fields it gives ("Nuevo nombre de usuario:
    x", "新的用户名是 x"); the rest is the request's restatement of the nomination. A name
    the reply gives ("la Sra. Quispe") must be a short form of the request's ("Quispe
    Huamán, Lucía"), which the clerk keeps."""
    people = [d for d in found if d.has_name]
    if len(people) != 1:
        return None
    if _QUESTION.search(reply) or support_question(reply):
        return None  # "用户名是cn-liming吗？": asked, not answered
    named = [d for d in drafts if d.has_name]
    if named:
        if len(named) != 1 or not refers_to(named[0], people[0]):
            return None
        answers = named[0]
    else:
        unnamed = [d for d in drafts if d.has_person_data]
        if len(unnamed) > 1:
            return None
        answers = unnamed[0] if unnamed else Draft(source="body")
    # "la Sra. Villacís" for "María José VILLACÍS ANDRADE": a short form of the request's
    # name, whose words the clerk keeps as the request wrote them.
    shortened = bool(named) and _name_words(answers) < _name_words(people[0])
    _put_reply_values(answers, reply, request)
    if not answers.values and answers.tf_found is None:
        return None
    answers.absorb(people[0])
    if shortened:
        for name in ("last_name", "first_name"):
            if name in people[0].values:
                found_name = people[0].values[name]
                answers.values[name] = replace(
                    found_name, source=found_name.source or people[0].source
                )
    return answers


def refers_to(reply: Draft, request: Draft) -> bool:
    """Whether a person the reply names is the request's: the same person, or a name all of
    whose words the request's name holds ("Sra. Quispe" for "Quispe Huamán, Lucía"), with no
    other title."""
    if same_person(reply, request):
        return True
    mine, theirs = _name_words(reply), _name_words(request)
    if not mine or not mine <= theirs:
        return False
    titles = {d.values["title"].value for d in (reply, request) if "title" in d.values}
    return len(titles) <= 1 or titles <= {"Mrs", "Ms"}


def _name_words(draft: Draft) -> set[str]:
    return {
        word.casefold()
        for name in ("last_name", "first_name")
        if name in draft.values
        for word in draft.values[name].value.replace(",", " ").split()
    }


def _put_reply_values(draft: Draft, reply: str, request: str) -> None:
    """A username or address typed in the reply, without labels, into the fields the draft
    lacks. Where the reply gives two, the one the request already quotes is the old one
    ("原来的用户名 cn-x 请作废"): the new one is taken."""
    given: dict[str, list[tuple[str, int, int]]] = {}
    for name, value, start, end in inline_pairs(reply):
        if name in _ANSWER_FIELDS:
            given.setdefault(name, []).append((value, start, end))
    for name, values in given.items():
        new = [v for v in values if not _quotes(request, v[0])]
        value, start, end = (new or values)[0]
        draft.put(name, value, start, end, rule="prose", text=value)


def _quotes(request: str, value: str) -> bool:
    pattern = rf"(?<![\w@.+-]){re.escape(value)}(?![\w@+-]|\.\w)"
    return re.search(pattern, request, re.IGNORECASE) is not None


def addressed_office(request: str) -> Found | None:
    """The office our request greets ("尊敬的国家知识产权局同事："), if it names one."""
    for match in _GREETING.finditer(request):
        group = next(g for g in ("en", "fr", "es", "zh", "ar") if match.group(g))
        value = clean_value(match.group(group))
        if names_institution(value):
            start = match.start(group)
            return Found(value, start, start + len(match.group(group)), "greeting", value)
    return None


# Our request thanking the office for its nomination: "感谢国家知识产权局就...提名",
# "收到貴署的提名", "نشكر مكتب ... على ترشيح", "we thank the Japan Patent Office for".
_THANKED = re.compile(
    r"(?:感谢|感謝|谢谢|謝謝|收到)(?P<zh>[\u4e00-\u9fff]{2,30}?(?:局|署|厅|廳|院|中心|办公室|辦公室"
    r"|组织|組織|机构|機構))(?=就|对|對|的|关于|關於|为|為|所|发来|發來|提名|推荐|推薦)"
    r"|(?:نشكر|تشكر|شكرا\s+ل|شكرًا\s+ل)\s*(?P<ar>(?:مكتب|المكتب|الهيئة|هيئة|المنظمة|منظمة|معهد"
    r"|المعهد|إدارة|الإدارة|مصلحة|وزارة|الوزارة|مركز|المركز|مديرية|المديرية)[^،,.\n]{2,100}?)\s+على"
    r"|\b(?:thank|remerci\w*|agradec\w*|благодар\w*)\s+(?:the\s+|l['’]\s*|la\s+|le\s+|el\s+|al\s+)?"
    r"(?P<lat>[A-ZÀ-ÞА-ЯЁ][^,;:.!?\n]{2,150}?)\s+(?:for|pour|de\s+sa|por\s+(?:su|la)|за)\s",
)
# The Secretariat, WIPO or the Committee: our own name, never the office answering.
_OURS = re.compile(
    r"secr[eé]tar|секретариат|秘书处|秘書處|الأمانة|\b(?:WIPO|OMPI|CWS)\b|ВОИС|КСВ|产权组织|產權組織"
    r"|الويبو",
    re.IGNORECASE,
)


def request_office(request: str) -> Found | None:
    """The office our quoted request says nominated ("la designación del Instituto ...
    (INDECOPI)", "感谢国家知识产权局就...提名"): the one the reply is sent for."""
    found = prose_office(request)
    if found is not None and not _OURS.search(found.value):
        return found
    for match in _THANKED.finditer(request):
        group = next(g for g in ("zh", "ar", "lat") if match.group(g))
        found = _found(request, match.start(group), match.end(group), "prose")
        if found is not None and not _OURS.search(found.value):
            return found
    return None
