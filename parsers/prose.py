"""Nominees written as sentences ("we are pleased to nominate Ms. Jane DOE, Senior Examiner, ...")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping
from functools import lru_cache, partial

from parsers.annex_items import referenced_task_forces
from parsers.appositives import appositive_position
from parsers.arabic_spelling import fold_hamza
from parsers.back_references import (
    back_references,
    by_initials,
    given_patronymic_mention,
    surnames_from_mention,
)
from parsers.contact_points import contact_line, introduces_contact
from parsers.context_people import named_as_context
from parsers.drafts import Draft, Found, inline_pairs
from parsers.joining_verbs import joins_task_force
from parsers.models import TaskForceCatalog
from parsers.nominates_nobody import promises_nomination_later
from parsers.participation import list_participation, takes_part
from parsers.people import ZH_ROLE_END, Person, titled_people
from parsers.phrases import (
    SENTENCE_END,
    has_nominate_verb,
    hypothetical,
    instructed_by,
    possible_only,
)
from parsers.posts import nominative_post_in, post_ahead, stated_post
from parsers.replacements import (
    REPLACES,
    leavers_account,
    leavers_sentences,
    without_replaced,
)
from parsers.respective_task_forces import pair_respectively
from parsers.retired_addresses import retired_address
from parsers.russian_cases import nominative_post
from parsers.seats_later import later_clauses, named_later
from parsers.sentence_bounds import SentenceEnds
from parsers.shared_task_forces import share_joined_task_forces
from parsers.signatures import place_date_lines, signature_start
from parsers.st3 import ST3_CODES, is_common_compound
from parsers.successors import Succession, successions
from parsers.task_force_moves import move_origins
from parsers.task_force_posts import names_task_force
from parsers.taskforces import ALSO, excepted, find_task_forces, mentions_all
from parsers.verb_times import nominates_not_now

__all__ = ["find_people"]

_RU_NOMINATIVE = frozenset({"г-н", "г-жа", "господин", "госпожа"})
# Written after a Han name; a degree or rank ("博士", "教授") is no title of address.
# "同志" (comrade) gives no salutation, but the name and its post are read as after these.
_ZH_TITLES = frozenset({"先生", "女士", "小姐", "博士", "教授", "同志"})
# Only from the start of a run of address characters: tried at every letter of a long run
# with no "@" (a mangled or base64 body), the search took minutes.
_ADDRESS = re.compile(r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_MAIL_WORD = re.compile(
    r"(?:e-?mail|courriel|correo|почт|邮件|邮箱|郵件|電郵|بريد|account|acct|compte|cuenta|адрес|address|adresse|direcci[óo]n)[^@]{0,60}$",
    re.IGNORECASE,
)
# "rr-pmartin (paul.martin@po.example)", "ug-x, made with x@po.example", "fr-y, créé avec
# l'adresse y@po.example", "es-z, creada con z@po.example", "ru-w, создана на адрес w@...":
# the address the account was opened with, right after the username.
_OPEN_BRACKET = re.compile(
    r"\s*[(\[<]\s*(?:mailto:)?"
    r"|,?\s+(?:(?:made|created|registered|opened|set\s+up)\s+(?:with|under|using|on)"
    r"|(?:cr[ée]{2}|ouvert|enregistr[ée])e?\s+(?:avec|sous|sur)(?:\s+l['’]\s*adresse)?"
    r"|(?:cread|registrad|abiert)[oa]\s+con(?:\s+(?:el\s+correo|la\s+direcci[óo]n))?"
    r"|(?:создан|зарегистрирован|открыт)\w*\s+на(?:\s+адрес)?)\s+",
    re.IGNORECASE,
)
_ST3_USERNAME = re.compile(
    r"(?<![A-Za-z0-9@.-])(?P<u>[a-z]{2}-[a-z][a-z0-9._-]{1,40}[a-z0-9])(?![A-Za-z0-9@-])",
    re.IGNORECASE,
)
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
# Asking whether someone is still a member ("whether Mr X is still a member of ...", "si M. X
# est toujours membre", "si el Sr. X sigue siendo miembro", "является ли г-н X по-прежнему
# членом", "X先生是否仍是...成员", "ما إذا كان السيد X ما زال عضواً"): about who sits there
# now, whatever nominating words the sentence also holds ("before we send our nominations").
_WHETHER = re.compile(r"\b(?:whether|if|si)\b|\bли\b|是否|[إا]ذا\s+كان|\bهل\b", re.IGNORECASE)
# Both near the name; the look-ahead on first letters lets the engine skip most positions.
_STILL_REACH = 300
_STILL_MEMBER = re.compile(
    r"(?=[stea\u043f\u0432\u043e仍还依\u0645\u0644])"
    r"(?:\bstill\s+(?:a\s+|an?\s+active\s+)?(?:member|part\s+of|on\s+the|sits|serving)"
    r"|\b(?:toujours|encore)\s+(?:membre|partie|inscrite?)\b"
    r"|\bsigue\s+(?:siendo\s+)?(?:miembro|formando\s+parte|inscrit[oa])|\b(?:todav[ií]a|a[úu]n)\s+(?:es\s+)?miembro"
    r"|\b(?:по-прежнему|вс[её]\s+ещ[её])\s+(?:является\s+)?член\w*|\bоста[её]тся\s+член\w*"
    r"|(?:仍|仍然|还|依然)(?:是|为|為|在)[^。？?\n]{0,30}?(?:成员|成員|工作队|工作隊)"
    r"|(?:ما\s*زال|مازال|لا\s+يزال|لازال)[تا]?\s+عضو)",
    re.IGNORECASE,
)
# A request to give someone access ("please grant Ms X access to the Wiki", "просим
# предоставить доступ ... г-ну X", "solicitamos otorgar acceso ...", "merci de donner accès"):
# asked, not reported ("access was granted", "доступ предоставлен").
_ACCESS_REQUEST = re.compile(
    r"\b(?:please|kindly|(?:could|would|can)\s+you|(?:ask|request)s?\s+(?:you\s+)?to)\b[^.?!\n]{0,40}?"
    r"\b(?:grant|give|provide|open|enable)\b[^.?!]{0,80}?\baccess\b"
    r"|(?<![а-яё])(?:прош\w*|прос\w+)\s+(?:[а-яё]+\s+){0,2}?(?:предостав\w*|откры\w*|дать|дайте)"
    r"\s+(?:[а-яё]+\s+){0,2}?доступ"
    r"|\b(?:solicit\w*|rogamos|pedimos|les\s+agradecer\w*|por\s+favor)\b[^.?!\n]{0,40}?"
    r"\b(?:otorg\w*|conced\w*|dar|habilit\w*|brind\w*)\b[^.?!]{0,80}?\bacceso\b"
    r"|\b(?:prions|prie|merci|veuillez|pourriez-vous|demand\w*)\b[^.?!\n]{0,40}?"
    r"\b(?:donner|accorder|ouvrir|octroyer)\b[^.?!]{0,80}?\bacc[eè]s\b",
    re.IGNORECASE,
)
# "推荐我局数据管理部副主任张丽华女士": the post written right before the name; a unit's
# full name makes it long ("专利局专利审查协作江苏中心生物医药发明审查部审查员").
_ZH_POST_AHEAD = re.compile(
    rf".*(?:推荐|提名|指定|委派|[，。、：:；])(?:我局|本局|我中心|我司)?(?P<p>[^，。、：:；\n]{{2,36}}?{ZH_ROLE_END})$"
)
_ZH_POST_REACH = 48
# "陈女士现任专利审查员，": the position stated in a later clause.
# "其职务是…", "职务为…", "職務為…": the same, said with the word for post.
_ZH_CURRENT_POST = re.compile(
    r"(?:现任|現任|(?:其)?(?:职务|職務|职位|職位)(?:为|為|是|[：:]))(?P<p>[^，。；,;（(\n]{2,30})"
)
# "ويشغل السيد ... منصب رئيس المصلحة،": the post held, named after "منصب" (post).
_AR_POST = re.compile(r"(?:^|\s)(?:منصب|وظيفة)\s+(?P<p>[^،,.؛;:\n]{2,60}?)\s*(?=[،,.؛;:\n]|$)")
# Folded: "السيده", "الاستاذ" as written without the dots or the hamza.
_AR_TITLES = frozenset(
    fold_hamza(title)
    for title in (
        "السيد",
        "السيدة",
        "الدكتور",
        "الدكتورة",
        "المهندس",
        "المهندسة",
        "الأستاذ",
        "الأستاذة",
    )
)


# What may lead a list item's line: "2. ", "- ", "٢. " (Arabic-Indic digits).
_ITEM_MARKS = " \t-*•.)0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
# Chinese list items: "一、", "（二）", "3．", "④", indented with ideographic spaces.
_ITEM_MARKS += "\u3000一二三四五六七八九十、．（）(\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469"
# How far after a name a sentence about the person may state their post.
_STATED_REACH = 400
_MAX_PEOPLE = 60
# What joins a second person to the first: "..., et M. Y", "and Ms Y", "y la Sra. Y", "и г-н Y".
_COORDINATED = re.compile(r"(?:^|[\s,])(?:et|and|y|e|и|و)(?:\s+(?:el|la|le|the))?\s*$|[和及、]\s*$")


def _title(draft: Draft) -> str | None:
    found = draft.values.get("title")
    return found.value if found else None


class _SpanMemo:
    """Each test of a span of the text made once: the people of one sentence share it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._seen: dict[tuple[Callable[[str], bool], int, int], bool] = {}

    def __call__(self, test: Callable[[str], bool], start: int, end: int) -> bool:
        key = (test, start, end)
        if key not in self._seen:
            self._seen[key] = test(self._text[start:end])
        return self._seen[key]


def _replaces(text: str) -> bool:
    return REPLACES.search(text) is not None


def _asks_access(text: str) -> bool:
    return _ACCESS_REQUEST.search(text) is not None


# A list item's number or bullet closing the text before the next person.
_NEXT_ITEM_MARK = re.compile(r"\n[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]*\Z")


def find_people(
    text: str,
    catalog: TaskForceCatalog,
    *,
    source: str = "body",
    skip: list[tuple[int, int]] | None = None,
    numbered: Mapping[int, str] | None = None,
) -> list[Draft]:
    """One draft per person named in the prose, with what the sentences around them say.

    `numbered` is the annex's numbered list of task forces, when the mail holds one: a
    person's task forces may be given by its item numbers ("items 5 and 9 of the annex")."""
    people = [p for p in titled_people(text) if not any(s <= p.start < e for s, e in skip or [])]
    # An annex names a handful of people; each is read against its whole sentence, so a
    # text naming hundreds in one sentence (a list, or crafted mail) would cost seconds.
    named, people = people, without_replaced(text, people)
    # "remove Mr X from the API Task Force and add Ms Y instead": X goes, Y comes in.
    # "Mr X has retired. Ms Y will take his place": those set aside as going count too.
    kept = {p.start for p in people}
    leaving = [p for p in named if p.start not in kept]
    succeeding = successions(text, people, catalog, leaving)
    gone = {k for s in succeeding for k in s.removed}
    takes_over: dict[int, Succession] = {people[s.successor].start: s for s in succeeding}
    people = [p for k, p in enumerate(people) if k not in gone]
    leavers = leavers_sentences(text, named, people)
    people = people[:_MAX_PEOPLE]
    sign_off = signature_start(text, 0, len(text)) if people else len(text)
    if people:
        sign_off = min(sign_off, _dated_close(text, people[0].end, catalog))
    drafts: list[Draft] = []
    listed = False
    # Sentence ends computed once and bisected per person (a rescan per person was quadratic).
    bounds = SentenceEnds(text if people else "", SENTENCE_END)
    sentence_ends = bounds.ends
    # One sentence naming many people is read once per sentence, not once per person.
    sentence_says = _SpanMemo(text)
    back = back_references(people)
    # "move Ms X from the A Task Force to the B Task Force": she joins B only.
    left_behind = move_origins(text, find_task_forces(text, catalog) if people else ())
    # "The representative to the Part 7 Task Force will be named later": nobody's yet.
    put_off = later_clauses(text) if people else []
    made: dict[int, Draft] = {}
    # Each person's name and where their own words end (the next person or their sentence's end).
    spans: dict[int, tuple[int, int, int]] = {}
    joins = partial(takes_part, catalog=catalog)
    # The task forces a list's lead says its people will take part in.
    list_tfs: list[Found] = []
    for k, person in enumerate(people):
        seg_end = people[k + 1].start if k + 1 < len(people) else len(text)
        if k + 1 < len(people):
            # The next item's own heading ("2. В Целевую группу по X — г-н Y") is not
            # about this person.
            item = _task_force_item(text, people[k + 1].start, catalog)
            # A lead that holds this person too ("We nominate Ms X to the API Task Force;
            # contact person: Mr Y") is her sentence, not the next item's heading.
            seg_end = item if item is not None and item > person.end else seg_end
            # "В Целевой группе по 3D ... будет представлен X": a sentence that names a task
            # force before the next person is theirs.
            before_next = bisect_right(sentence_ends, people[k + 1].start)
            next_start = sentence_ends[before_next - 1] if before_next else 0
            if person.end <= next_start < seg_end and find_task_forces(
                text[next_start : people[k + 1].start], catalog
            ):
                seg_end = next_start
        contact = contact_line(text, person.end, seg_end)
        seg_end = contact if contact is not None else seg_end
        # The next item's number ("\n2. Mr Y") is no part of this person's post.
        segment = _NEXT_ITEM_MARK.sub("", text[person.end : seg_end])
        draft = Draft(source=source)
        written = (
            f"{person.name}{person.title}"
            if person.title in _ZH_TITLES
            else f"{person.title} {person.name}"
        )
        draft.put_name(written.strip(), person.start, person.end, "prose")
        line_led = not text[text.rfind("\n", 0, person.start) + 1 : person.start].strip(_ITEM_MARKS)
        position = appositive_position(
            _post_line(segment, catalog) if line_led else segment, hyphen=line_led
        )
        post = _ZH_CURRENT_POST.search(segment[:200]) if person.title in _ZH_TITLES else None
        if post is not None and (position is None or position[1] <= post.start() < position[2]):
            # "王芳，女，职务为专利审查员": the words saying it is the post are none of it.
            position = post.group("p"), post.start("p"), post.end("p")
        if position is None and fold_hamza(person.title) in _AR_TITLES:
            ar_post = _AR_POST.match(segment[:200])
            if ar_post is not None:
                position = ar_post.group("p"), ar_post.start("p"), ar_post.end("p")
        if position is None and person.title in _ZH_TITLES:
            ahead = _ZH_POST_AHEAD.search(text, max(0, person.start - _ZH_POST_REACH), person.start)
            if ahead is not None:
                s, e = ahead.span("p")
                position = ahead.group("p"), s - person.end, e - person.end
        if (
            position is None
            and person.title not in _ZH_TITLES
            and fold_hamza(person.title) not in _AR_TITLES
        ):
            ahead_post = post_ahead(text, person.start)
            if ahead_post is not None:
                value, s, e = ahead_post
                position = value, s - person.end, e - person.end
        if (
            position
            and person.title[:1] in ("г", "Г")
            and person.title.lower().rstrip(".") not in _RU_NOMINATIVE
        ):
            position = nominative_post(position[0]), position[1], position[2]
        elif position and person.case:
            position = nominative_post_in(position[0], person.case), position[1], position[2]
        if position and _names_task_force(position[0], catalog):
            position = None  # "Ms Jane DOE - API Task Force - ...": what she joins, not her post
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
        first_sentence_end = (bounds.next_from(person.end) or (len(text), 0))[0]
        spans[k] = (person.start, person.end, min(seg_end, first_sentence_end))
        ended = bisect_right(sentence_ends, person.start)
        sentence_start = sentence_ends[ended - 1] if ended else 0
        if text[first_sentence_end : first_sentence_end + 1] in _QUESTION_MARKS and not (
            _REQUEST.search(text, sentence_start, first_sentence_end)
        ):
            continue
        if _undecided(text, sentence_start, person.start, first_sentence_end):
            continue
        still = _STILL_MEMBER.search(
            text, person.end, min(first_sentence_end, person.end + _STILL_REACH)
        )
        if still is not None and _WHETHER.search(
            text, max(sentence_start, person.start - _STILL_REACH), still.start()
        ):
            continue  # "... whether Mr X is still a member of ...": a question about him
        if _MEMBER_NOW.search(text, person.end, first_sentence_end) and not sentence_says(
            has_nominate_verb, sentence_start, first_sentence_end
        ):
            continue  # "M. X est membre de l'équipe depuis 2021": who sits there now
        # An account in a later sentence about someone who goes is theirs.
        pairs = [
            pair
            for pair in inline_pairs(segment)
            if not leavers_account(leavers, first_sentence_end, person.end + pair[2])
        ]
        username_ends = [e for name, _v, _s, e in pairs if name == "username"]
        # A username no label names ("Учётная запись ВОИС: az-x, зарегистрирована на
        # x@..."): the address it was opened with may follow it as well.
        username_ends += [
            m.end("u")
            for m in _ST3_USERNAME.finditer(segment)
            if m.group("u")[:2].lower() in ST3_CODES and not is_common_compound(m.group("u"))
        ]
        for name, value, s, e in pairs:
            if name == "account_email" and retired_address(segment, s, e):
                continue  # "прежний адрес x больше не действует": out of use, no one's
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
                if (
                    match.group("u")[:2].lower() in ST3_CODES
                    and not is_common_compound(match.group("u"))
                    and not leavers_account(leavers, first_sentence_end, person.end + match.start())
                ):
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
        succession = takes_over.get(person.start)
        # A successor's own words start after the removal: its task force is the leaver's.
        lead_start = max(sentence_start, succession.after) if succession else sentence_start
        lead = (
            text[lead_start : person.start] if k == 0 or people[k - 1].end <= sentence_start else ""
        )
        said = segment[: first_sentence_end - person.end]
        # "all the task forces except X and Y": X and Y are named, and left out.
        left_out = excepted(lead, catalog) | excepted(said, catalog)
        if mentions_all(lead) or mentions_all(said):
            chosen = [n for n in catalog.names if n not in left_out]
            draft.task_forces.extend(n for n in chosen if n not in draft.task_forces)
            draft.tf_found = Found(
                ", ".join(chosen),
                person.end,
                first_sentence_end,
                "prose",
                text[person.end : first_sentence_end],
            )
        for offset, part in ((lead_start, lead), (person.end, segment)):
            for hit in find_task_forces(part, catalog):
                if (
                    hit.name not in draft.task_forces
                    and hit.name not in left_out
                    and offset + hit.start not in left_behind
                    and not named_later(put_off, offset + hit.start)
                ):
                    draft.task_forces.append(hit.name)
                    draft.tf_found = draft.tf_found or Found(
                        hit.name, offset + hit.start, offset + hit.end, "prose", hit.text
                    )
            for name, start, end in referenced_task_forces(part, numbered or {}):
                if name not in draft.task_forces and name not in left_out:
                    draft.task_forces.append(name)
                    draft.tf_found = draft.tf_found or Found(
                        name, offset + start, offset + end, "prose", part[start:end]
                    )
        if succession is not None and not draft.task_forces:
            # Naming no task force of their own, they join the one the leaver leaves.
            for hit in succession.task_forces:
                if hit.name not in draft.task_forces:
                    draft.task_forces.append(hit.name)
                    draft.tf_found = draft.tf_found or Found(
                        hit.name, hit.start, hit.end, "prose", hit.text
                    )
        if draft.tf_found is not None and ALSO.search(text, person.end, first_sentence_end):
            draft.tf_also = True  # "Ms X would also like to join ...": on top of the common one
        # Only a person someone nominates counts: a nominating verb in their sentence (or
        # before them since the previous person), or a list item under such a person.
        # A signer below the valediction ("Yours faithfully\nDr Ruth X") is nominated by
        # nothing said above it, nor by standing under a list of nominees.
        signed = person.start >= sign_off
        since = text[max(people[k - 1].end if k else 0, sign_off if signed else 0) : person.start]
        own_start = max(sentence_start, sign_off if signed else 0)
        at_line_start = not signed and (
            not text[text.rfind("\n", 0, person.start) + 1 : person.start].strip(_ITEM_MARKS)
            or _task_force_item(text, person.start, catalog) is not None
        )
        if instructed_by(text, person.start, person.end):
            continue  # "Por instrucciones del Mtro. X, ... designa a ...": whom the writer acts for
        if len(people) > 1 and named_as_context(
            text, person.start, person.end, (sentence_start, first_sentence_end)
        ):
            continue  # "Following the appointment of Mr X as Director General, we nominate ..."
        if introduces_contact(text, person.start, first_sentence_end):
            continue  # "..., contact person: Mr X (x@o.example)": whom to write to, no nominee
        nominated = sentence_says(
            has_nominate_verb, own_start, first_sentence_end
        ) or has_nominate_verb(since[-300:])
        # "Ms X will replace Dr Y on the ... Task Force": the one who replaces is nominated,
        # as is the one who comes in for a member removed ("... and add Ms X instead").
        nominated = nominated or sentence_says(_replaces, own_start, first_sentence_end)
        nominated = nominated or succession is not None
        # "просит предоставить доступ к форуму Целевой группы ... г-ну X": access asked for
        # someone to a task force's Wiki is their nomination.
        nominated = nominated or sentence_says(_asks_access, own_start, first_sentence_end)
        # "We would like to add Ms X to the API Task Force", "请将X女士加入API工作队": a
        # joining verb whose object is this person and whose destination is a task force.
        nominated = nominated or joins_task_force(
            text,
            (max(own_start, people[k - 1].end if k else 0), first_sentence_end),
            (person.start, person.end),
            catalog,
        )
        # "Ms X will move from the A Task Force to the B Task Force", "M. X, actuellement
        # membre de l'équipe A, passe à l'équipe B": a member moved joins the one moved to.
        nominated = nominated or bool(
            draft.task_forces and any(own_start <= at < first_sentence_end for at in left_behind)
        )
        # "Ms X will represent our Office in the API Task Force", "participarán en los Equipos
        # Técnicos las siguientes personas: ...": the office says who its members will be.
        nominated = nominated or sentence_says(joins, own_start, first_sentence_end)
        if not nominated and at_line_start:
            # A list item under such a lead, or under "the data of the following persons:"
            # with "Both will take part in the XML4IP Task Force." after the list.
            announced = list_participation(
                text, person.start, people[k - 1].end if k else 0, bounds, catalog
            )
            nominated = announced is not None
            # Its task forces are those of every item under it that names none of its own.
            list_tfs = [] if announced is None else _task_forces_in(text, announced, catalog)
        elif nominated:
            list_tfs = []
        if at_line_start and not draft.task_forces and (nominated or listed):
            for found in list_tfs:
                draft.task_forces.append(found.value)
                draft.tf_found = draft.tf_found or found
        nominated = nominated or (listed and at_line_start)
        # "Mme X rejoindrait l'équipe A, et M. Y les équipes B et C": the second person,
        # joined to the first in one sentence, shares the verb that nominates the first.
        nominated = nominated or bool(
            k
            and people[k - 1].end >= sentence_start
            and any(d is made.get(k - 1) for d in drafts)
            and _COORDINATED.search(since[-12:])
        )
        listed = listed or nominated
        made[k] = draft
        ref = back.get(k)
        if ref is not None and ref in made and _own_account(draft, made[ref]):
            # "We also nominate Ms. Maria Lopez ... xx-mlopez" after "Ms. Ana Maria Lopez
            # ... xx-alopez": a name that could be a short mention of another, but with an
            # account of its own, is a second person.
            ref = None
        if ref is not None and ref in made:
            surnames_from_mention(made[ref], person, people[ref])
        if (
            ref is not None
            and ref in made
            and (
                len(person.name.split()) == 1
                or not sentence_says(has_nominate_verb, own_start, first_sentence_end)
                # "We also nominate J. Smith to ..." after "Ms Jane Smith": initials are no
                # word an Arabic name runs on into, and name no one new.
                or by_initials(person, people[ref])
                # "включить Анну Сергеевну" after "Иванову Анну Сергеевну": no surname,
                # no one new.
                or given_patronymic_mention(person, people[ref])
            )
        ):
            # Named again by title and surname ("... وقد أنشأت الدكتورة حداد حساباً"): what
            # that sentence says completes the person named in full before. (An Arabic
            # name runs on into the next word, so a longer one counts only outside a
            # nominating sentence, where it cannot be a second nominee.)
            made[ref].absorb(draft)
            draft = made[ref]
        if (nominated or "username" in draft.values) and all(d is not draft for d in drafts):
            drafts.append(draft)
    # "Mr A and Ms B to the API Task Force": both on it.
    share_joined_task_forces(text, spans, made, drafts, catalog)
    _respectively(text, people, drafts)
    pair_respectively(text, people, made, drafts, sentence_ends=sentence_ends, catalog=catalog)
    return drafts


def _task_forces_in(text: str, span: tuple[int, int], catalog: TaskForceCatalog) -> list[Found]:
    start, end = span
    return [
        Found(hit.name, start + hit.start, start + hit.end, "prose", hit.text)
        for hit in find_task_forces(text[start:end], catalog)
    ]


def _post_line(segment: str, catalog: TaskForceCatalog) -> str:
    """A list item's "Name – Post" line alone when the next line names the task force
    ("• Dra. X – Presidenta del Comité ..." over "  Equipo Técnico SEQL"): the post ends
    with its line. Otherwise the whole segment (a long post may wrap)."""
    end = segment.find("\n")
    if end == -1:
        return segment
    below = segment.find("\n", end + 1)
    line = segment[end + 1 : below if below != -1 else len(segment)]
    return segment[:end] if line.strip() and _names_task_force(line, catalog) else segment


def _dated_close(text: str, after: int, catalog: TaskForceCatalog) -> int:
    """Where a letter's closing place and date stand ("Conakry, le 12 octobre 2023" over
    "Le Directeur Général" and "Dr X"), after the people it names and above nothing that
    nominates anyone or names a task force: its signer is nominated by nothing above."""
    for start in reversed(place_date_lines(text, after)):
        rest = text[start:]
        if not has_nominate_verb(rest) and not find_task_forces(rest, catalog):
            return start
    return len(text)


def _names_task_force(value: str, catalog: TaskForceCatalog) -> bool:
    """Whether a task force's name makes up most of an appositive, or all of it but the
    words that frame one ("Equipo Técnico API", "miembro del Equipo Técnico API")."""
    covered = sum(hit.end - hit.start for hit in find_task_forces(value, catalog))
    return covered * 2 >= len(value.strip()) or names_task_force(value, catalog)


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


# Every person of one sentence asks the same of it: asked once per sentence.
_possible_only = lru_cache(maxsize=32)(possible_only)
_not_now = lru_cache(maxsize=32)(nominates_not_now)


_promises_later = lru_cache(maxsize=8)(promises_nomination_later)


@lru_cache(maxsize=32)
def _hypothetical_in(sentence: str) -> bool:
    return hypothetical(sentence) is not None


def _undecided(text: str, sentence_start: int, start: int, sentence_end: int) -> bool:
    """ "We are thinking of nominating Mr X" (or "we plan to nominate Mr X. Would he
    need ...?"): an office asking before it nominates; or "Mr X ... could be nominated
    again if you see fit": a possibility put to someone else."""
    sentence = text[sentence_start:sentence_end]
    if _possible_only(sentence) or _not_now(sentence):
        # Or "we will nominate Ms X later", "I was nominated by Ms X": not now.
        return True
    # The prefix up to this person can only hold a plan or a doubt the sentence holds.
    match = hypothetical(text[sentence_start:start]) if _hypothetical_in(sentence) else None
    if match is None:
        return False
    if match.group("considering"):
        return True
    after = SENTENCE_END.search(text, sentence_end + 1)
    return (
        text[sentence_end : sentence_end + 1] in _QUESTION_MARKS
        or (after is not None and text[after.start()] in _QUESTION_MARKS)
        # "We plan to propose Mr X; we will send the formal designation once approved."
        or _promises_later(text)
    )


def _bracketed_after_username(segment: str, username_ends: list[int], start: int) -> bool:
    """ "His username is rr-pmartin (paul.martin@po.example)": the account's own address."""
    return any(
        _OPEN_BRACKET.fullmatch(segment, end, start) for end in username_ends if end <= start
    )


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
