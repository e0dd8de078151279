"""Answers typed between the quoted questions of a request for missing details.

The Secretariat asks "1. Her position in the Office." or "- Nombre de usuario del Centro de
Usuarios de la OMPI" in its request; the office replies with the answer on its own line
under each quoted question. Read as they stand, a question is a sentence and its answer a
stray line. Here each question that asks for one of the nominee's fields becomes a plain
label over its answer, in the offset-preserving mask the reader gets: the answer keeps its
place and offsets, the question's words give way to the label ("Position:").

A quoted line that states a task force ("Название целевой группы (групп): Design
Representation Task Force") with a comment under it naming another one is corrected by it:
"not this one but the 3D Task Force" replaces the quoted value, "please add the ST.37 Task
Force as well" adds to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.drafts import inline_pairs
from parsers.labels import LINE, LabelKind, classify_label
from parsers.models import TaskForceCatalog
from parsers.st3 import ST3_CODES, is_common_compound
from parsers.taskforces import find_task_forces

__all__ = ["Answer", "answer_pairs", "keyed_answers", "labelled_answers", "question_field"]

_QUOTED = re.compile(r"^[ \t]*>")
_BLANK_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]*)+$")
# A question's own list mark: "1.", "b)", "-", "•".
_ITEM = re.compile(r"^[ \t>]*(?:(?:\d{1,2}|[a-z])[.)]|[-•*·–])[ \t]+", re.IGNORECASE)
_PARENS = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
# Words a question opens with that no label has: "her", "son", "su", "его", "the".
_LEAD = re.compile(
    r"^(?:(?:please\s+(?:send|give|provide|indicate|confirm)(?:\s+us)?|his|her|their|its|the"
    r"|son|sa|ses|leur|le|la|les|l['’]|su|sus|el|los|las|его|её|ее|их)\s+)+",
    re.IGNORECASE,
)
# The fields a request for missing details asks for, and the nominee's name our circular's
# form asks for ("Last name, First name (Mr./Mrs./Ms.)").
_ASKED = frozenset(
    {"position", "username", "account_email", "task_forces", "full_name", "last_name", "first_name"}
)
_NAME_FIELDS = frozenset({"full_name", "last_name", "first_name"})
# An answer that is no value: a negation, a promise for later or the writer speaking ("not
# created yet", "we will send it next week", "пока не создала", "todavía no", "pas encore").
_NO_VALUE = re.compile(
    r"(?<!\w)(?:not|no|yet|later|we|i|will|shall|pas|encore|plus\s+tard|nous|je|todav[ií]a|a[úu]n"
    r"|despu[ée]s|nosotros|enviar\w*|не|нет|пока|позже|ещё|еще|мы|я|сообщ\w*|направ\w*|пришл\w*)"
    r"(?!\w)|未|尚|没有|我们|将"
    # Arabic particles stand as words of their own, or lead a "we will ..." verb; as bare
    # letters they sit inside ordinary words ("الاتصالات", "حسن").
    r"|(?<![\u0600-\u06ff])(?:لم|لا|لاحق[\w\u064b-\u0652]*|سوف"
    r"|سن(?:رسل|وافي|بلغ|قوم|زود|علم)[\w\u064b-\u0652]*)(?![\u0600-\u06ff])",
    re.IGNORECASE,
)
_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{2,}$")
_MAX_ANSWER_WORDS = 14
# A comment that puts one task force in place of another: "not in this group but in ...",
# "не в эту группу, а в ...", "no en ese, sino en ...", "pas ... mais ...", "instead of".
_REPLACING = re.compile(
    r"(?<!\w)(?:not|no|pas|не)(?!\w)[^.;\n]{0,80}?(?:\bbut\b|\bsino\b|\bmais\b|,\s*а(?!\w))"
    r"|\binstead\s+of\b|\brather\s+than\b|\ben\s+(?:lugar|vez)\s+de\b|\bau\s+lieu\s+de\b"
    r"|вместо|不是[^。\n]{0,30}?而是|بدلا\u064b?\s+من|بدلاً\s+من",
    re.IGNORECASE,
)
# The label written over an answered question, the first that fits on the question's line
# ("> Cargo:" has room for "Post:", not "Position:"). A name label keeps the question's order.
_LABELS_OF = {
    "position": ("Position:", "Post:"),
    "username": ("Username:", "Login:"),
    "account_email": ("E-mail:", "Mel:"),
    "task_forces": ("Task force:", "TF:"),
    "full_name": ("Last name, first name:", "Nom, prénom:"),
    "given_first": ("First name, last name:", "Имя, фамилия:"),
    "last_name": ("Last name:", "Surname:"),
    "first_name": ("First name:", "Forename:"),
}
# A name answer has no digit, address, slash or sentence mark, and no lower-case word but
# a surname's particle: "See attached", "tbd" and "N/A" are no names.
_NOT_A_NAME = re.compile(r"[\d@/:;!?？！：；]")
_NAME_PARTICLES = frozenset(
    (
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "la",
        "le",
        "y",
        "e",
        "bin",
        "binti",
        "ibn",
        "al",
        "el",
        "оглы",
        "кызы",
        "улы",
        "уулу",
    )
)


@dataclass(frozen=True)
class Answer:
    """One question and the answer under it, as offsets into the body."""

    field: str
    question: tuple[int, int]
    answer: tuple[int, int]
    # The quoted question states a value ("Task force(s): X") that the answer comments on.
    stated: tuple[int, int] | None = None
    replacing: bool = False
    # A whole name asked for given name first ("First name, Last name").
    given_first: bool = False
    # A "yes" to a question asking to confirm the task forces it names, or a "no".
    confirmed: bool = False
    declined: bool = False


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        out.append((pos, end))
        pos = end + 1
    return out


def question_field(question: str) -> str | None:
    """The nominee field a question asks for ("The e-mail address used when the WIPO
    Account was created" is the account e-mail), or None."""
    kind = _question_kind(question)
    return kind.field if kind is not None else None


def _question_kind(question: str) -> LabelKind | None:
    text = _PARENS.sub(" ", _ITEM.sub("", question))
    text = re.sub(r"\s+", " ", text).strip(" .?¿;:：-")
    text = _LEAD.sub("", text)
    words = text.split()
    if not words or len(words) > 30:
        return None
    # The longest opening that reads as a label: a question goes on past its field's
    # name ("... used when the WIPO Account was created").
    for count in range(min(len(words), 12), 0, -1):
        kind = classify_label(" ".join(words[:count]))
        if kind is not None:
            return kind if kind.field in _ASKED else None
    return None


def _is_name(answer: str) -> bool:
    bare = _PARENS.sub(" ", answer)
    bare = re.sub(r"[(（][^()（）\n]*[)）]", " ", bare)
    words = bare.replace(",", " ").replace("，", " ").split()
    if not words or len(words) > 6 or _NOT_A_NAME.search(bare) or _NO_VALUE.search(answer):
        return False
    if not any(w[0].isalpha() and not w[0].islower() for w in words):
        return False
    return all(not w[0].islower() or w.lower() in _NAME_PARTICLES for w in words)


def _is_value(field: str, answer: str, catalog: TaskForceCatalog) -> bool:
    first = answer.strip()
    if field == "account_email":
        return "@" in first
    if field == "username":
        token = first.split()[0] if first.split() else ""
        return bool(_USERNAME.match(token)) and bool(re.search(r"[-._\d]", token) or token == first)
    if field == "task_forces":
        return bool(find_task_forces(first, catalog))
    if field in _NAME_FIELDS:
        return _is_name(first)
    return len(first.split()) <= _MAX_ANSWER_WORDS and _NO_VALUE.search(first) is None


# A "yes" or a "no" opening an answer.
_YES = re.compile(r"^\s*(?:yes|oui|s[ií]|да|是|对|對|确认|確認|نعم)(?!\w)", re.IGNORECASE)
_NO = re.compile(r"^\s*(?:no|non|нет|不是|不|否|لا)(?!\w)", re.IGNORECASE)
_QUESTION_END = re.compile(r"[?？؟]\s*$")
# A username written in a sentence: an ST.3 code, a hyphen and the name ("ng-rokafor").
_ST3_USERNAME = re.compile(
    r"(?<![A-Za-z0-9@.-])[a-z]{2}-[a-z][a-z0-9._-]{1,40}[a-z0-9](?![A-Za-z0-9@-])"
)


def _asks_task_forces(question: str, catalog: TaskForceCatalog) -> bool:
    """Whether a question asks about the task forces it names ("pouvez-vous nous confirmer
    que M. X doit aussi être inscrit à l'équipe API ?")."""
    return _QUESTION_END.search(question) is not None and bool(find_task_forces(question, catalog))


def _username_in(answer: str) -> tuple[int, int] | None:
    """Where the one username a sentence gives stands in it: after a username label
    ("sous le nom d'utilisateur x"), or else the one ST.3-coded username it holds."""
    labelled = {(s, e) for name, _v, s, e in inline_pairs(answer) if name == "username"}
    if len(labelled) == 1:
        return labelled.pop()
    coded = {
        m.span()
        for m in _ST3_USERNAME.finditer(answer)
        if m.group()[:2] in ST3_CODES and not is_common_compound(m.group())
    }
    return coded.pop() if len(coded) == 1 else None


def answer_pairs(
    text: str, start: int, catalog: TaskForceCatalog, own_lines: frozenset[int] | None = None
) -> list[Answer]:
    """Each quoted question after `start` with the sender's answer typed under it.

    The quoted lines are those with a "> " prefix; or, given `own_lines` (where the lines
    the writer marked as their own comments start, in a quote without prefixes), every
    other line that is not blank.
    """
    lines = _lines(text, start)

    def quoted(j: int) -> bool:
        s, e = lines[j]
        if own_lines is None:
            return _QUOTED.match(text[s:e]) is not None
        return s not in own_lines and bool(text[s:e].strip())

    out: list[Answer] = []
    k = 0
    while k < len(lines):
        s, e = lines[k]
        line = text[s:e]
        if quoted(k) or not line.strip():
            k += 1
            continue
        # An answer: own lines up to the next quoted line, with a question right above.
        first = k
        while k < len(lines) and not quoted(k):
            k += 1
        own = [j for j in range(first, k) if text[lines[j][0] : lines[j][1]].strip()]
        above = first - 1
        while above >= 0 and not text[lines[above][0] : lines[above][1]].strip():
            above -= 1
        if above < 0 or not quoted(above):
            continue
        if _BLANK_QUOTED.match(text[lines[above][0] : lines[above][1]]):
            continue
        a_start, a_end = lines[own[0]][0], lines[own[-1]][1]
        answer = text[a_start:a_end]
        last = re.sub(r"^[ \t]*>[ \t>]*", "", text[lines[above][0] : lines[above][1]])
        if _asks_task_forces(last, catalog) and (_YES.match(answer) or _NO.match(answer)):
            # "... confirm that he should also join the API Task Force?" / "Yes": those; a
            # "No" declines what the question puts.
            q_start, q_end = lines[above]
            yes = _YES.match(answer) is not None
            out.append(
                Answer(
                    "task_forces",
                    (q_start, q_end),
                    (a_start, a_end),
                    confirmed=yes,
                    declined=not yes,
                )
            )
            continue
        said = LINE.match(last)
        # "username (recommended form: ...)": a colon inside brackets is no label's.
        if said is not None and said.group("label").count("(") > said.group("label").count(")"):
            said = None
        if said is not None and said.group("value").strip():
            # "Task force(s): X" quoted, a comment on it below.
            kind = classify_label(said.group("label"))
            if (
                kind is not None
                and kind.field == "task_forces"
                and find_task_forces(answer, catalog)
            ):
                value = said.group("value").strip()
                q_start, q_end = lines[above]
                out.append(
                    Answer(
                        "task_forces",
                        (q_start, q_end),
                        (a_start, a_end),
                        stated=(text.find(value, q_start, q_end), q_end),
                        replacing=_REPLACING.search(answer) is not None,
                    )
                )
            continue
        top = above
        while top > 0:
            here = text[lines[top][0] : lines[top][1]]
            if _ITEM.match(here):
                break
            prev = text[lines[top - 1][0] : lines[top - 1][1]]
            if not quoted(top - 1) or _BLANK_QUOTED.match(prev) or prev.rstrip().endswith(":"):
                break
            top -= 1
        q_start = lines[top][0]
        q_end = lines[above][1]
        question = re.sub(r"^[ \t]*>[ \t>]*", "", text[q_start:q_end], flags=re.MULTILINE)
        kind = _question_kind(question)
        first_line = text[lines[own[0]][0] : lines[own[0]][1]]
        if (
            kind is not None
            and kind.field == "username"
            and not _is_value("username", first_line, catalog)
        ):
            # "He created his account as upov-jrochat before ...": the one username it gives.
            named = _username_in(first_line)
            if named is not None:
                span = (a_start + named[0], a_start + named[1])
                out.append(Answer("username", (q_start, q_end), span))
            continue
        if kind is not None and _is_value(kind.field, first_line, catalog):
            given_first = kind.field == "full_name" and not kind.surname_first
            out.append(
                Answer(
                    kind.field,
                    (q_start, q_end),
                    (a_start, a_start + len(first_line)),
                    given_first=given_first,
                )
            )
    return out


def labelled_answers(masked: str, pairs: list[Answer], catalog: TaskForceCatalog) -> str:
    """`masked` (a mask of the body) with each answered question turned into a label over
    its answer, and each comment on a stated task force turned into that value."""
    chars = list(masked)

    def blank(s: int, e: int) -> None:
        for p in range(s, e):
            if chars[p] != "\n":
                chars[p] = " "

    for pair in pairs:
        q_start, q_end = pair.question
        a_start, a_end = pair.answer
        if pair.declined:
            blank(q_start, q_end)  # the question's proposal, declined: nobody's task force
            continue
        if pair.confirmed:
            # The question, a "Task force:" label over the task forces it names; the "yes"
            # said.
            keep = [
                (q_start + h.start, q_start + h.end)
                for h in find_task_forces(masked[q_start:q_end], catalog)
            ]
            label = _LABELS_OF["task_forces"][0]
            if not keep or keep[0][0] < q_start + len(label) + 1:
                continue
            for p in range(q_start, q_end):
                if not any(s <= p < e for s, e in keep):
                    chars[p] = " "
            chars[q_start : q_start + len(label)] = list(label)
            blank(a_start, a_end)
            continue
        if pair.stated is None:
            placed = _label_place(masked, pair)
            if placed is None:
                continue  # no label fits over the question: the answer stays unread
            # The answer's own words around a value it names in a sentence give way.
            line_start = masked.rfind("\n", 0, a_start) + 1
            line_end = masked.find("\n", a_end)
            blank(line_start, a_start)
            blank(a_end, len(masked) if line_end == -1 else line_end)
            blank(q_start, q_end)
            for p in range(q_start, q_end):
                chars[p] = " "  # the question on one line, the label at its start
            at, label = placed
            chars[at : at + len(label)] = list(label)
            if pair.field == "position" and masked[a_end - 1 : a_end] == ".":
                chars[a_end - 1] = " "  # "Head of Division.": the answer's full stop
            continue
        # The stated value goes on (or is replaced) with the task forces the comment names,
        # on the same line: the comment's other words and the line breaks between give way.
        hits = find_task_forces(masked[a_start:a_end], catalog)
        if pair.replacing:
            blank(pair.stated[0], pair.stated[1])
        for p in range(q_end, a_start):
            chars[p] = " "
        keep = [(a_start + h.start, a_start + h.end) for h in hits]
        for p in range(a_start, a_end):
            if not any(s <= p < e for s, e in keep):
                chars[p] = " "
        if not pair.replacing:
            chars[q_end] = ","
        else:
            chars[pair.stated[0]] = " "
    return "".join(chars)


def _label_place(masked: str, pair: Answer) -> tuple[int, str] | None:
    """Where the label goes over a question, and which: at the question's indent, or at
    its line's start, the first label that fits before the line ends."""
    q_start, q_end = pair.question
    line_end = masked.find("\n", q_start, q_end)
    line_end = q_end if line_end == -1 else line_end
    line = masked[q_start:line_end]
    indent = q_start + len(line) - len(line.lstrip())
    for label in _LABELS_OF["given_first" if pair.given_first else pair.field]:
        for at in (indent, q_start):
            if at + len(label) <= line_end:
                return at, label
    return None


# "a) Chef de la Division ..." above the quoted "a) le poste occupé par M. X ;": an answer
# keyed by the letter or number of the question it answers.
_KEYED = re.compile(r"^[ \t>]*\(?(?P<key>[a-z]|\d{1,2})[.)][ \t]+(?P<text>\S[^\n]*)$", re.MULTILINE)
_MIN_KEYED = 2


def keyed_answers(
    own: str, source: str, quote_start: int, catalog: TaskForceCatalog
) -> list[Answer]:
    """Answers written above the quoted request, keyed to its lettered or numbered questions
    ("a) ...", "b) ..."): each with the field its question asks for. `own` is the mask of
    the sender's new text, `source` the body, the request quoted from `quote_start`."""
    questions: dict[str, tuple[int, int, str]] = {}
    for match in _KEYED.finditer(source, quote_start):
        line_start = source.rfind("\n", 0, match.start()) + 1
        if _QUOTED.match(source[line_start : match.start() + 1]):
            # The question may wrap onto the next quoted lines.
            end = match.end()
            while True:
                nxt = source.find("\n", end + 1)
                line = source[end + 1 : nxt if nxt != -1 else len(source)]
                if not _QUOTED.match(line) or _BLANK_QUOTED.match(line) or _KEYED.match(line):
                    break
                end = nxt if nxt != -1 else len(source)
            text = re.sub(r"^[ \t]*>[ \t>]*", "", source[match.start("text") : end], flags=re.M)
            questions.setdefault(match.group("key").lower(), (match.start(), end, text))
    out: list[Answer] = []
    for match in _KEYED.finditer(own[:quote_start]):
        question = questions.get(match.group("key").lower())
        if question is None:
            continue
        field = question_field(question[2])
        value = match.group("text").rstrip()
        if field is not None and _is_value(field, value, catalog):
            start = match.start("text")
            out.append(Answer(field, (question[0], question[1]), (start, start + len(value))))
    return out if len(out) >= _MIN_KEYED else []
