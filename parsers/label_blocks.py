"""An annex pasted from a PDF that gives each nominee's labels first, one a line, and the
answers after them, one a line ("Apellido, Nombre (Sra./Sr.)" / "Cargo" / "Nombre de
usuario" / ... then "NSUE MBA, Ruth (Sra.)" / "Jefa de ..." / "gq-rnsue" / ...). An answer
left blank leaves no line, so the answers are matched to the labels by what they hold: an
address to the address, a username to the username, a task force to the task forces.
"""

from __future__ import annotations

import re

from parsers.labels import LabelKind, classify_label
from parsers.nominee_drafts import NomineeDrafts
from parsers.normalize import normalize_title
from parsers.people import PERSON_LINE
from parsers.taskforces import find_task_forces

__all__ = ["LabelBlocks"]

# A run of this many bare labels, one a line, heads such a block.
_MIN_LABELS = 3
# At most this many answers may be missing from a block (a blank answer leaves no line).
_MAX_MISSING = 2
_MAX_LABEL_CHARS = 90
_MAX_LABEL_WORDS = 12
_MAX_ANSWER_CHARS = 160
# A bare label: no value after it, perhaps numbered or closed by a colon.
_BARE = re.compile(
    r"^[ \t]*(?:(?:\d{1,2}|[a-z])[.)][ \t]+)?(?P<label>[^\W\d_][^:：\n]*?)[ \t]*[:：]?[ \t]*$"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_USERNAME = re.compile(r"^[A-Za-z]{2,3}[-_.][\w.-]+$")
_SENTENCE_END = re.compile(r"[.!?。！？]$")
# A salutation in brackets after a name ("DIALLO, Awa (Mme)") or before it ("Sr. Juan Pérez").
_TITLE_AFTER = re.compile(r"[(（](?P<t>[^()（）]{1,6})[)）]\s*$")
_TITLE_BEFORE = re.compile(r"^(?P<t>\S{1,6})\s+\S")
# How well an answer fits a label: a sure match, a plausible one, or none.
_SURE, _PLAUSIBLE = 3, 1
_NO_FIT = None
_NAME_FIELDS = frozenset({"person", "full_name", "last_name", "first_name", "patronymic"})
# Fields whose answer is a line of words (an office, a post, a unit).
_WORDS_FIELDS = frozenset({"office", "position", "country"})


def _bare_label(line: str) -> LabelKind | None:
    """The field a line alone names, with no value beside it."""
    if len(line) > _MAX_LABEL_CHARS or len(line.split()) > _MAX_LABEL_WORDS:
        return None
    match = _BARE.match(line)
    kind = classify_label(match.group("label")) if match else None
    return kind if kind is not None and kind.field not in ("ignore", "person") else None


def _fit(kind: LabelKind, answer: str, task_forces: bool) -> int | None:
    """How well a line answers a label; None if it cannot."""
    field = kind.field
    email = _EMAIL.search(answer)
    one_word = len(answer.split()) == 1
    if field == "account_email":
        return _SURE if email and one_word else _NO_FIT
    if field == "username":
        if not one_word:
            return _NO_FIT
        # Some offices' usernames are addresses; the address label, if any, is the surer.
        return _PLAUSIBLE if email else _SURE if _USERNAME.match(answer) else _PLAUSIBLE
    if email or (_SENTENCE_END.search(answer) and len(answer.split()) > _MAX_LABEL_WORDS):
        return _NO_FIT
    if field == "task_forces":
        return _SURE if task_forces else _NO_FIT
    if task_forces or (one_word and _USERNAME.match(answer)):
        return _NO_FIT
    if field == "title":
        return _SURE if normalize_title(answer) else _NO_FIT
    titled = _titled(answer)
    if field in _NAME_FIELDS:
        if any(ch.isdigit() for ch in answer):
            return _NO_FIT
        return _SURE if titled else _PLAUSIBLE
    if titled:
        return _NO_FIT
    return _PLAUSIBLE if field in _WORDS_FIELDS or not one_word else _NO_FIT


def _titled(answer: str) -> bool:
    """Whether a line is a name with its salutation."""
    if PERSON_LINE.match(answer):
        return True
    after, before = _TITLE_AFTER.search(answer), _TITLE_BEFORE.match(answer)
    return any(m is not None and normalize_title(m.group("t")) for m in (after, before))


def _align(scores: list[list[int | None]]) -> list[int] | None:
    """Each answer's label, in order, every answer placed and the best fit overall: for each
    answer i, the index of its label (increasing); None if they cannot all be placed."""
    answers, labels = len(scores), len(scores[0]) if scores else 0
    # best[i][j]: the best total placing answers i.. on labels j..
    best: list[list[int | None]] = [[None] * (labels + 1) for _ in range(answers + 1)]
    for j in range(labels + 1):
        best[answers][j] = 0
    for i in range(answers - 1, -1, -1):
        for j in range(labels - 1, -1, -1):
            skip = best[i][j + 1]
            here = scores[i][j]
            rest = best[i + 1][j + 1]
            take = here + rest if here is not None and rest is not None else None
            best[i][j] = max((v for v in (skip, take) if v is not None), default=None)
    if best[0][0] is None:
        return None
    out: list[int] = []
    j = 0
    for i in range(answers):
        while True:
            here, rest = scores[i][j], best[i + 1][j + 1]
            if here is not None and rest is not None and here + rest == best[i][j]:
                out.append(j)
                j += 1
                break
            j += 1
    return out


class LabelBlocks(NomineeDrafts):
    """Reads a block of bare labels followed by the block of their answers."""

    def _label_block(self, i: int) -> int:
        """Read the labels-then-answers block starting at line i; how many lines it took
        (0 if none starts there)."""
        n = len(self.lines.spans)
        heading = self._label_at(i)
        # "Representante 2" over the block: the next nominee's, its labels from the next line.
        top = i + 1 if heading is not None and heading.kind.field == "person" else i
        if heading is not None and heading.value_end > heading.value_start:
            return 0
        if top + _MIN_LABELS >= n or not all(
            self.lines.line(k).strip() for k in range(top, top + _MIN_LABELS)
        ):
            return 0
        kinds: list[LabelKind] = []
        k = top
        # A field named twice is an answer that reads like a label ("Office national de la
        # propriété industrielle" under "Nom de l'Office"): the answers have begun.
        while (
            k < n
            and (kind := _bare_label(self.lines.line(k))) is not None
            and all(kind.field != seen.field for seen in kinds)
        ):
            kinds.append(kind)
            k += 1
        if len(kinds) < _MIN_LABELS:
            return 0
        first = self.lines.line(top).strip().casefold()
        answers: list[int] = []
        while k < n and len(answers) < len(kinds):
            line = self.lines.line(k).strip()
            label = self._label_at(k)
            if (
                not line
                or len(line) > _MAX_ANSWER_CHARS
                or line.casefold() == first
                or (label is not None and label.kind.field == "person")
            ):
                break
            answers.append(k)
            k += 1
        if len(answers) < len(kinds) - _MAX_MISSING or len(answers) < 2:
            return 0
        texts = [self.lines.line(a).strip() for a in answers]
        hits = [bool(find_task_forces(t, self.catalog)) for t in texts]
        scores = [
            [_fit(kind, t, hit) for kind in kinds] for t, hit in zip(texts, hits, strict=True)
        ]
        placed = _align(scores)
        if placed is None or not any(scores[a][j] == _SURE for a, j in enumerate(placed)):
            return 0
        if top > i:
            self._next_draft()
        for a, j in enumerate(placed):
            line = self.lines.line(answers[a])
            start = self.lines.spans[answers[a]][0] + len(line) - len(line.lstrip())
            end = self.lines.spans[answers[a]][0] + len(line.rstrip())
            self._apply(kinds[j], self.lines.text[start:end], start, end, "label")
        return k - i
