"""Nominees written as sentences ("we are pleased to nominate Ms. Jane DOE, Senior Examiner, ...")."""

from __future__ import annotations

import re
from bisect import bisect_right

from parsers.drafts import INLINE_USERNAME, Draft, Found, inline_pairs
from parsers.labels import LINE, classify_label
from parsers.models import TaskForceCatalog
from parsers.names import deinflect_russian, nominative_post, split_person
from parsers.people import ZH_ROLE_END, Person, titled_people
from parsers.phrases import SENTENCE_END, has_nominate_verb, hypothetical, possible_only
from parsers.posts import stated_post
from parsers.st3 import ST3_CODES
from parsers.taskforces import ALSO, find_task_forces, mentions_all

__all__ = ["find_people"]

_RU_NOMINATIVE = frozenset({"г-н", "г-жа", "господин", "госпожа"})
_ZH_TITLES = frozenset({"先生", "女士", "小姐"})
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_MAIL_WORD = re.compile(
    r"(?:e-?mail|courriel|correo|почт|邮件|邮箱|郵件|電郵|بريد|account|compte|cuenta|адрес|address|adresse|direcci[óo]n)[^@]{0,60}$",
    re.IGNORECASE,
)
_OPEN_BRACKET = re.compile(r"\s*[(\[<]\s*(?:mailto:)?", re.IGNORECASE)
_ST3_USERNAME = re.compile(
    r"(?<![A-Za-z0-9@.-])(?P<u>[a-z]{2}-[a-z][a-z0-9._-]{1,40}[a-z0-9])(?![A-Za-z0-9@-])",
    re.IGNORECASE,
)
# "in", "en", "à" also belong inside a position ("especialista en información de
# patentes", "ingénieur principal à la Direction des brevets"); they end it only before
# the task force or the membership it is for.
_POSITION_STOP = re.compile(
    r"\s(?:to|as|for|who|whose|comme|como|para|quien|на|для|который|которая|و|في|لعضوية)\s"
    r"|\s(?:in|at|en|au|aux|à|al|a)\s(?=(?:the\s|l['’]|la\s|le\s|el\s|los\s|les\s|qualité|calidad|capacity)?"
    r"\s*(?:task|équipe|equipe|equipo|grupo|groupe|capacity|qualit|calidad|membre|miembro|member))"
    # "начальник отдела ... в области биотехнологий" keeps its "в"; "в Целевую группу" does not.
    r"|\sв\s(?=целев|состав|качеств|рабоч|групп|член)"
    r"|\s+[-–—]\s",
    re.IGNORECASE,
)
# A second appositive piece that still belongs to the position, when what follows it is
# the task force: "Assistant Director, Standards and Data, for all task forces".
_MORE_POSITION = re.compile(
    r"[ \t]*(?P<more>[A-Z][^,;:()\n@]{1,50}?),[ \t]+(?=(?:for|to|as|pour|para|como)\s)"
)
# A spaced dash opens the appositive as a comma does: "السيد أحمد الزعبي – مدير البراءات –".
_ZH_ROMAN_OR_COMMA = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[,،，]|[ \t][–—](?=[ \t]))\s*")
# A Latin transcription in brackets right after a Han name: "陈美玲女士（Chen Meiling）".
_ROMANISATION = re.compile(r"\s*[（(][A-Za-z][A-Za-z .'’-]*[)）]")
# A question about someone ("может ли г-н X быть также включен ...?") nominates nobody; a
# request worded as a question ("Could you please add Ms X ...?") still does.
_QUESTION_MARKS = frozenset("?？؟")
_REQUEST = re.compile(
    r"\b(?:please|kindly|could\s+you|would\s+you|can\s+you|pourriez|pouvez-vous|veuillez|merci\s+de"
    r"|por\s+favor|podr[ií]an|sírvanse|sirvanse|le[s]?\s+rogamos|не\s+могли\s+бы|прошу\s+(?:включить|назначить)"
    r"|просим\s+(?:включить|назначить|добавить|зарегистрировать))\b|请|يرجى|نرجو",
    re.IGNORECASE,
)
# A sentence saying someone already sits in a task force, with no nominating verb, is
# about the present ("is a member of ... since 2021"), often before a question about them.
_MEMBER_NOW = re.compile(
    r"\b(?:is|are)\s+(?:already\s+)?(?:a\s+)?members?\s+of|\best\s+(?:d[ée]j[àa]\s+)?membre\s+d"
    r"|\bfait\s+(?:d[ée]j[àa]\s+)?partie\s+d|\bes\s+(?:ya\s+)?miembro\s+d|\bforma\s+(?:ya\s+)?parte\s+d",
    re.IGNORECASE,
)
# A replacement: the verb names who comes in; the person right after it is who goes.
_REPLACE = (
    r"replac\w*|in\s+(?:the\s+)?place\s+of|instead\s+of|succeed\w*|remplac\w*|en\s+lieu\s+et\s+place"
    r"|[àa]\s+la\s+place|reemplaz\w*|sustitu\w*|в\s*место|замен\w*|接替|代替|取代"
    r"|بدلا\u064b?\s+من\s|خلفا\u064b?\s+ل"
)
# The look-aheads let the engine skip most positions of a long text with one test.
_REPLACES = re.compile(rf"(?=[aeirsàвзبخ代取接])(?:{_REPLACE})", re.IGNORECASE)
# Or the one who goes is said to be "no longer" there: "李明先生不再参加", "السيد ... لم يعد".
_LEAVES = (
    r"不再|已不再|已离职|已调离|لم\s+يعد|لم\s+تعد|(?:is|will\s+be)\s+no\s+longer|n['’]est\s+plus"
    r"|ne\s+(?:fait|sera|participe)\s+plus|ya\s+no\s|больше\s+не\s|более\s+не\s"
    # the passive: "Mr X will be replaced by Ms Y", "M. X sera remplacé par Mme Y"
    r"|(?:is|will\s+be|has\s+been|shall\s+be)\s+replaced|(?:est|sera|a\s+été)\s+remplac[ée]"
    r"|(?:es|será|ha\s+sido)\s+(?:reemplazad|sustituid)[oa]"
    # retired or gone: "вышел на пенсию", "has retired", "a pris sa retraite", "se jubiló"
    r"|(?:вышел|вышл[аи]|уш[её]л|ушл[аи])\s+на\s+пенсию|уволил\w*|(?:has|have)\s+(?:retired|left\s+the)"
    r"|a\s+pris\s+sa\s+retraite|se\s+jubil[óo]|dej[óo]\s+la\s+(?:instituci[óo]n|oficina)"
)
_LEAVES_ANYWHERE = re.compile(rf"(?=[adehinswyбвуل不已])(?:{_LEAVES})", re.IGNORECASE)
# "Г-н X (kg-x), ранее участвовавший в ..., вышел на пенсию": a bracket and one appositive
# clause may stand between the person and what says they go.
_LEAVES_AFTER = re.compile(
    rf"[\s,，،]*(?:[(（][^)）\n]{{0,60}}[)）])?(?:[\s,，،]+(?:[^,，،.\n]|\n(?!\s*\n)){{0,80}},)?[\s,，،]*(?:{_LEAVES})",
    re.IGNORECASE,
)
_REPLACED_BEFORE = re.compile(
    rf"(?:{_REPLACE})(?:\s+(?:de|d['’]|of|a|al|del|du|de\s+la))?\s*$", re.IGNORECASE
)
# "推荐我局数据管理部副主任张丽华女士": the post written right before the name.
_ZH_POST_AHEAD = re.compile(
    rf".*(?:推荐|提名|指定|委派|[，。、：:；])(?:我局|本局|我中心|我司)?(?P<p>[^，。、：:；\n]{{2,20}}?{ZH_ROLE_END})$"
)
# "陈女士现任专利审查员，": the position stated in a later clause.
_ZH_CURRENT_POST = re.compile(r"现任(?P<p>[^，。；,;（(\n]{2,30})")
# "ويشغل السيد ... منصب رئيس المصلحة،": the post held, named after "منصب" (post).
_AR_POST = re.compile(r"(?:^|\s)(?:منصب|وظيفة)\s+(?P<p>[^،,.؛;:\n]{2,60}?)\s*(?=[،,.؛;:\n]|$)")
_AR_TITLES = frozenset(
    {"السيد", "السيدة", "الدكتور", "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة"}
)


# How far after a name a sentence about the person may state their post.
_STATED_REACH = 400


def _title(draft: Draft) -> str | None:
    found = draft.values.get("title")
    return found.value if found else None


def _labelled_line_after(rest: str, end: int) -> int:
    """Where the first of the lines the position runs on to is a "label: value" line of its
    own ("Executive Director of the Directorate of / Inventions and New Technologies /
    Task Force: ..."): the wrapped post ends before it. `end` when none is."""
    newline = rest.find("\n", 0, end)
    while newline >= 0:
        line_end = rest.find("\n", newline + 1)
        label = LINE.match(rest[newline + 1 : line_end if line_end >= 0 else len(rest)])
        if label is not None and classify_label(label.group("label")) is not None:
            return newline
        newline = rest.find("\n", newline + 1, end)
    return end


def _position(segment: str) -> tuple[str, int, int] | None:
    """An appositive right after the name: ", Senior Examiner," or "（审查员）"."""
    skip = _ROMANISATION.match(segment)
    lead = skip.end() if skip else 0
    match = _ZH_ROMAN_OR_COMMA.match(segment, lead) or (
        None if skip else re.match(r"\s*[（(]", segment)
    )
    if match is None:
        return None
    rest = segment[match.end() :]
    stop = re.search(r"[,،，;；:：()（）。！？]|\s[–—]\s|\n\s*\n|\.(?:\s|$)|参加|担任|加入", rest)
    value = rest[: stop.start()] if stop else rest[:80]
    more = _MORE_POSITION.match(rest, stop.end()) if stop and stop.group(0) == "," else None
    if more is not None:
        value = rest[: more.end("more")]
    value = value[: _labelled_line_after(rest, len(value))]
    cut = _POSITION_STOP.search(" " + value)
    if cut:
        value = value[: max(cut.start() - 1, 0)]
    value = value.strip()
    words = value.split()
    if not value or len(words) > 10 or "@" in value or INLINE_USERNAME.search(value):
        return None
    if len(words) == 1 and re.search(r"[-_.\d]", value) and value.lower() == value:
        return None  # "(us-jdoe, ...)": a username, not a position
    if words[0].lower() in (
        "her",
        "his",
        "who",
        "whose",
        "and",
        "et",
        "y",
        "и",
        "username",
        "e-mail",
        "email",
    ):
        return None
    start = match.end() + rest.find(value)
    return value, start, start + len(value)


def find_people(
    text: str,
    catalog: TaskForceCatalog,
    *,
    source: str = "body",
    skip: list[tuple[int, int]] | None = None,
) -> list[Draft]:
    """One draft per person named in the prose, with what the sentences around them say."""
    people = [p for p in titled_people(text) if not any(s <= p.start < e for s, e in skip or [])]
    people = _without_replaced(text, people)
    drafts: list[Draft] = []
    listed = False
    # Sentence ends computed once and bisected per person (a rescan per person was quadratic).
    sentence_ends = [m.end() for m in SENTENCE_END.finditer(text)] if people else []
    back = _back_references(people)
    made: dict[int, Draft] = {}
    for k, person in enumerate(people):
        seg_end = people[k + 1].start if k + 1 < len(people) else len(text)
        if k + 1 < len(people):
            # The next item's own heading ("2. В Целевую группу по X — г-н Y") is not
            # about this person.
            item = _task_force_item(text, people[k + 1].start, catalog)
            seg_end = item if item is not None else seg_end
        segment = text[person.end : seg_end]
        draft = Draft(source=source)
        written = (
            f"{person.name}{person.title}"
            if person.title in _ZH_TITLES
            else f"{person.title} {person.name}"
        )
        draft.put_name(written.strip(), person.start, person.end, "prose")
        position = _position(segment)
        post = _ZH_CURRENT_POST.search(segment[:200]) if person.title in _ZH_TITLES else None
        if position is None and post is not None:
            position = post.group("p"), post.start("p"), post.end("p")
        if position is None and person.title in _AR_TITLES:
            ar_post = _AR_POST.match(segment[:200])
            if ar_post is not None:
                position = ar_post.group("p"), ar_post.start("p"), ar_post.end("p")
        if position is None and person.title in _ZH_TITLES:
            ahead = _ZH_POST_AHEAD.search(text, max(0, person.start - 30), person.start)
            if ahead is not None:
                s, e = ahead.span("p")
                position = ahead.group("p"), s - person.end, e - person.end
        if (
            position
            and person.title[:1] in ("г", "Г")
            and person.title.lower().rstrip(".") not in _RU_NOMINATIVE
        ):
            position = nominative_post(position[0]), position[1], position[2]
        if position:
            value, s, e = position
            draft.put("position", value, person.end + s, person.end + e, rule="prose", text=value)
        elif (stated := stated_post(segment[:_STATED_REACH], _title(draft))) is not None:
            # "... Ms Jane DOE. She is Head of the Patent Information Section.": a labelled
            # post, read with the person elsewhere, comes first (see Draft.absorb).
            value, s, e = stated
            draft.put(
                "position", value, person.end + s, person.end + e, rule="statement", text=value
            )
        sentence_end = SENTENCE_END.search(text, person.end)
        first_sentence_end = sentence_end.start() if sentence_end else len(text)
        ended = bisect_right(sentence_ends, person.start)
        sentence_start = sentence_ends[ended - 1] if ended else 0
        if text[first_sentence_end : first_sentence_end + 1] in _QUESTION_MARKS and not (
            _REQUEST.search(text, sentence_start, first_sentence_end)
        ):
            continue
        if _undecided(text, sentence_start, person.start, first_sentence_end):
            continue
        if _MEMBER_NOW.search(text, person.end, first_sentence_end) and not has_nominate_verb(
            text[sentence_start:first_sentence_end]
        ):
            continue  # "M. X est membre de l'équipe depuis 2021": who sits there now
        pairs = inline_pairs(segment)
        username_ends = [e for name, _v, _s, e in pairs if name == "username"]
        for name, value, s, e in pairs:
            if name == "account_email":
                before = segment[max(0, s - 80) : s]
                if (
                    person.end + s > first_sentence_end
                    and not _MAIL_WORD.search(before)
                    and not _bracketed_after_username(segment, username_ends, s)
                ):
                    continue
            draft.put(name, value, person.end + s, person.end + e, rule="prose", text=value)
        if "username" not in draft.values:
            for match in _ST3_USERNAME.finditer(segment):
                if match.group("u")[:2].lower() in ST3_CODES:
                    s, e = match.span("u")
                    draft.put(
                        "username",
                        match.group("u"),
                        person.end + s,
                        person.end + e,
                        rule="prose",
                        text=match.group("u"),
                    )
                    break
        lead = (
            text[sentence_start : person.start]
            if k == 0 or people[k - 1].end <= sentence_start
            else ""
        )
        if mentions_all(lead) or mentions_all(segment[: first_sentence_end - person.end]):
            draft.task_forces.extend(n for n in catalog.names if n not in draft.task_forces)
            draft.tf_found = Found(
                ", ".join(catalog.names),
                person.end,
                first_sentence_end,
                "prose",
                text[person.end : first_sentence_end],
            )
        for offset, part in ((sentence_start, lead), (person.end, segment)):
            for hit in find_task_forces(part, catalog):
                if hit.name not in draft.task_forces:
                    draft.task_forces.append(hit.name)
                    draft.tf_found = draft.tf_found or Found(
                        hit.name, offset + hit.start, offset + hit.end, "prose", hit.text
                    )
        if draft.tf_found is not None and ALSO.search(text, person.end, first_sentence_end):
            draft.tf_also = True  # "Ms X would also like to join ...": on top of the common one
        # Only a person someone nominates counts: a nominating verb in their sentence (or
        # before them since the previous person), or a list item under such a person.
        since = text[people[k - 1].end if k else 0 : person.start]
        own_sentence = text[sentence_start:first_sentence_end]
        at_line_start = (
            not text[text.rfind("\n", 0, person.start) + 1 : person.start].strip(
                " \t-*•.)0123456789"
            )
            or _task_force_item(text, person.start, catalog) is not None
        )
        nominated = has_nominate_verb(own_sentence) or has_nominate_verb(since[-300:])
        # "Ms X will replace Dr Y on the ... Task Force": the one who replaces is nominated.
        nominated = nominated or bool(_REPLACES.search(own_sentence))
        nominated = nominated or (listed and at_line_start)
        listed = listed or nominated
        made[k] = draft
        ref = back.get(k)
        if ref is not None and ref in made and _own_account(draft, made[ref]):
            # "We also nominate Ms. Maria Lopez ... xx-mlopez" after "Ms. Ana Maria Lopez
            # ... xx-alopez": a name that could be a short mention of another, but with an
            # account of its own, is a second person.
            ref = None
        if ref is not None and ref in made:
            _surnames_from_mention(made[ref], person, people[ref])
        if (
            ref is not None
            and ref in made
            and (len(person.name.split()) == 1 or not has_nominate_verb(own_sentence))
        ):
            # Named again by title and surname ("... وقد أنشأت الدكتورة حداد حساباً"): what
            # that sentence says completes the person named in full before. (An Arabic
            # name runs on into the next word, so a longer one counts only outside a
            # nominating sentence, where it cannot be a second nominee.)
            made[ref].absorb(draft)
            draft = made[ref]
        if (nominated or "username" in draft.values) and all(d is not draft for d in drafts):
            drafts.append(draft)
    _respectively(text, people, drafts)
    return drafts


def _own_account(mention: Draft, earlier: Draft) -> bool:
    """Whether the mention gives a username or account address other than the earlier one's."""
    for name in ("username", "account_email"):
        mine, theirs = mention.values.get(name), earlier.values.get(name)
        if (
            mine is not None
            and theirs is not None
            and mine.value.casefold() != theirs.value.casefold()
        ):
            return True
    return False


def _undecided(text: str, sentence_start: int, start: int, sentence_end: int) -> bool:
    """ "We are thinking of nominating Mr X" (or "we plan to nominate Mr X. Would he
    need ...?"): an office asking before it nominates; or "Mr X ... could be nominated
    again if you see fit": a possibility put to someone else."""
    if possible_only(text[sentence_start:sentence_end]):
        return True
    match = hypothetical(text[sentence_start:start])
    if match is None:
        return False
    if match.group("considering"):
        return True
    after = SENTENCE_END.search(text, sentence_end + 1)
    return text[sentence_end : sentence_end + 1] in _QUESTION_MARKS or (
        after is not None and text[after.start()] in _QUESTION_MARKS
    )


def _bracketed_after_username(segment: str, username_ends: list[int], start: int) -> bool:
    """ "His username is rr-pmartin (paul.martin@po.example)": the account's own address."""
    return any(
        _OPEN_BRACKET.fullmatch(segment, end, start) for end in username_ends if end <= start
    )


def _without_replaced(text: str, people: list[Person]) -> list[Person]:
    """The people named, less those being replaced ("will replace Dr. Michael Chen", "en
    remplacement de M. X") and their later mentions ("Dr. Chen has moved ..."); what
    follows them then reads as part of the text about the one who replaces them."""
    if not people or not (_REPLACES.search(text) or _LEAVES_ANYWHERE.search(text)):
        return people
    replaced = {
        k
        for k, p in enumerate(people)
        if _REPLACED_BEFORE.search(text, max(0, p.start - 40), p.start)
        or _LEAVES_AFTER.match(text, p.end)
    }
    # The same full name elsewhere ("我局曾推荐李明先生 ... 李明先生不再参加").
    replaced |= {k for k, p in enumerate(people) if any(p.name == people[r].name for r in replaced)}
    replaced |= {k for k, ref in _back_references(people).items() if ref in replaced}
    return [p for k, p in enumerate(people) if k not in replaced]


def _back_references(people: list[Person]) -> dict[int, int]:
    """Later mentions by title and surname alone ("Dr. Haddad", "الدكتورة حداد") of a person
    named in full before: index of the mention -> index of the full name."""
    out: dict[int, int] = {}
    for k, person in enumerate(people):
        words = person.name.split()
        for j in range(k):
            full = people[j].name.split()
            if (
                j not in out
                and len(full) >= 2
                and words
                and (
                    words[0].casefold() == full[-1].casefold()
                    # the full name again, in a later sentence about the same person
                    or words == full
                    # "el Ing. Pereira" after "Ing. Gonzalo PEREIRA SILVA": the first of
                    # two Spanish surnames.
                    or (
                        len(words) == 1
                        and len(full) >= 3
                        and words[0].casefold() == full[-2].casefold()
                    )
                    or _last_words(words, full)
                )
                and person.title == people[j].title
            ) or _russian_back_reference(person, people[j]):
                out[k] = j
                break
            if j not in out and _han_back_reference(person, people[j]):
                out[k] = j
                break
    return out


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}")


def _han_back_reference(mention: Person, full: Person) -> bool:
    """ "刘建国先生" again, or "刘先生", after "刘建国先生": a Han name has no spaces to split on,
    so the whole name or its first one or two characters (the surname) name the same person."""
    if mention.title != full.title or not _HAN_NAME.fullmatch(mention.name):
        return False
    if not _HAN_NAME.fullmatch(full.name) or len(full.name) < 2:
        return False
    # Only the surname itself: "刘洋" is a whole name (surname 刘), not a mention of 刘洋明.
    return mention.name == full.name or mention.name == split_person(full.name).last_name


_LATIN_NAME = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’-]*")


def _surnames_from_mention(draft: Draft, mention: Person, full: Person) -> None:
    """ "el Dr. Quispe Mamani" after "Dr. Marco Antonio Quispe Mamani": the later mention
    shows where the surnames start, which the full name alone does not."""
    words, names = mention.name.split(), full.name.split()
    last = draft.values.get("last_name")
    if last is None or not _last_words(words, names) or not words[0][:1].isupper():
        return
    # Latin script only: Russian and Arabic names are ordered otherwise.
    if len(last.value.split()) >= len(words) or not all(_LATIN_NAME.fullmatch(w) for w in words):
        return
    given = " ".join(names[: -len(words)])
    draft.values["last_name"] = Found(
        " ".join(words), last.start, last.end, last.rule, last.text, last.source
    )
    draft.values["first_name"] = Found(
        given, last.start, last.end, last.rule, last.text, last.source
    )


def _last_words(words: list[str], full: list[str]) -> bool:
    """ "la Sra. Ospina Vargas" after "Sra. Diana Marcela Ospina Vargas": both surnames
    without the given names."""
    n = len(words)
    return 2 <= n < len(full) and [w.casefold() for w in full[-n:]] == [w.casefold() for w in words]


def _russian_gender(title: str) -> str | None:
    low = title.casefold().rstrip(".")
    if low.startswith(("г-ж", "госпож")):
        return "f"
    if low.startswith(("г-н", "господин")):
        return "m"
    return None


# "1. В Целевую группу по ST.37 — ", "- For the API Task Force: ": an item led by its task force.
_ITEM_LEAD = re.compile(
    r"[ \t]*(?:\d{1,2}[.)]|[-*•])?[ \t]*(?P<tf>[^\n]{2,120}?)[ \t]*(?:[—–:]|--)[ \t]*$"
)


def _task_force_item(text: str, start: int, catalog: TaskForceCatalog) -> int | None:
    """Where the line of a person starts when what leads up to them there is only a task
    force and a dash ("2. В Целевую группу по X — г-н Y"), else None."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = _ITEM_LEAD.match(text, line_start, start)
    if lead is None or not find_task_forces(lead.group("tf"), catalog):
        return None
    return line_start


def _initials_of(words: list[str], names: list[str]) -> bool:
    """ "Г. Р." (or "Г.Р.") for "Гульнара Рашидовна"."""
    letters = [w for w in re.split(r"[.\s]+", " ".join(words)) if w]
    return 0 < len(letters) <= len(names) and all(
        len(a) == 1 and b[:1].casefold() == a.casefold()
        for a, b in zip(letters, names, strict=False)
    )


def _russian_back_reference(mention: Person, full: Person) -> bool:
    """ "Учетная запись г-жи Ковалёвой" after "Г-жа Ковалёва Марина Сергеевна": the surname
    alone, inflected after an inflected title of the same gender (surname first in Russian)."""
    words, names = mention.name.split(), full.name.split()
    gender = _russian_gender(mention.title)
    if len(words) > 1 and _initials_of(words[1:], names[1:]):
        words = words[:1]  # "г-жа Сафарова Г. Р." after "г-жа Сафарова Гульнара Рашидовна"
    if len(words) != 1 or len(names) < 2 or gender is None:
        return False
    if gender != _russian_gender(full.title):
        return False
    surname = names[0].casefold()
    return words[0].casefold() == surname or (
        deinflect_russian(words, mention.title)[0].casefold() == surname
    )


def _respectively(text: str, people: list[Person], drafts: list[Draft]) -> None:
    """ "Their e-mails are a@x and b@x respectively": addresses listed after the last person,
    handed out in order to the people who have none."""
    if len(drafts) < 2 or len(drafts) != len(people):
        return
    last_end = SENTENCE_END.search(text, people[-1].end)
    tail_start = last_end.start() if last_end else len(text)
    addresses = list(_ADDRESS.finditer(text, tail_start))
    lacking = [d for d in drafts if "account_email" not in d.values]
    holders = [
        d
        for d in drafts
        if d.values.get("account_email") and d.values["account_email"].start >= tail_start
    ]
    if len(addresses) < 2 or len(addresses) != len(lacking) + len(holders):
        return
    for draft in holders:
        del draft.values["account_email"]
    for draft, match in zip(drafts, addresses, strict=False):
        draft.put(
            "account_email",
            match.group(0),
            match.start(),
            match.end(),
            rule="prose",
            text=match.group(0),
        )
