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
# At most this many people's answers under one block of labels.
_MAX_PEOPLE = 50
# Where several people's answers follow the labels, each needs this many sure fits.
_SURE_MORE = 2
# A bare label: no value after it, perhaps numbered or closed by a colon.
_BARE = re.compile(
    r"^[ \t]*(?:(?:\d{1,2}|[a-z])[.)][ \t]+)?(?P<label>[^\W\d_][^:：\n]*?)[ \t]*[:：]?[ \t]*$"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_USERNAME = re.compile(r"^[A-Za-z]{2,3}[-_.][\w.-]+$")
# A value set off from its label by a tab or a run of spaces, on the label's line.
_SPACED_VALUE = re.compile(r"\S(?:\t|[ \u3000]{2,})\S")
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
    # A username's shape, unless capitalised as a name is ("Seo-yeon", "Jean-Luc").
    if task_forces or (one_word and _USERNAME.match(answer) and not answer[:1].isupper()):
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
        if k < n and "\t" in self.lines.line(k):
            # Each person's answers on one line, in the labels' order (a sheet's rows pasted).
            rows = self._tabbed_rows(k, kinds)
            if not rows:
                return self._labels_alone(i, top, k)
            if top > i:
                self._next_draft()
            for n_row, row in enumerate(rows):
                if n_row:
                    self._next_draft()
                for kind, (value, start, end) in zip(kinds, row, strict=False):
                    if value:
                        self._apply(kind, value, start, end, "label")
            return k + len(rows) - i
        run = self._answer_run(k, first, len(kinds) * _MAX_PEOPLE)
        people = self._people(run, kinds)
        if not people:
            return self._labels_alone(i, top, k)
        k = people[-1][0][-1] + 1
        # More people's answers, each after a blank line.
        while k + 1 < n and not self.lines.line(k).strip():
            more = self._answer_run(k + 1, first, len(kinds) + 1)
            if not len(kinds) - _MAX_MISSING <= len(more) <= len(kinds):
                break
            fits = self._placed(more, kinds, _SURE_MORE)
            if fits is None:
                break
            people.append((more, [j for j, _ in fits]))
            k = more[-1] + 1
        if top > i:
            self._next_draft()
        for n_person, (answers, labels) in enumerate(people):
            if n_person:
                self._next_draft()
            for a, j in enumerate(labels):
                line = self.lines.line(answers[a])
                start = self.lines.spans[answers[a]][0] + len(line) - len(line.lstrip())
                end = self.lines.spans[answers[a]][0] + len(line.rstrip())
                self._apply(kinds[j], self.lines.text[start:end], start, end, "label")
        return k - i

    def _labels_alone(self, i: int, top: int, end: int) -> int:
        """Lines i..end when the answers under labels top..end cannot be placed: they are
        left unread, and the labels, each alone on its line, are no one's values ("First
        name" over "Position"). A line with a value set off by spaces (a form's two
        columns) is read as usual: 0."""
        spaced = any(_SPACED_VALUE.search(self.lines.line(k).strip()) for k in range(top, end))
        return 0 if spaced else end - i

    def _answer_run(self, k: int, first: str, limit: int) -> list[int]:
        """The answer lines from line k: up to a blank line, a long line, the first label
        again or a person's heading (the next block), at most `limit` of them."""
        run: list[int] = []
        n = len(self.lines.spans)
        while k < n and len(run) < limit:
            line = self.lines.line(k).strip()
            label = self._label_at(k)
            if (
                not line
                or len(line) > _MAX_ANSWER_CHARS
                or line.casefold() == first
                or (label is not None and label.kind.field == "person")
            ):
                break
            run.append(k)
            k += 1
        return run

    def _placed(
        self, answers: list[int], kinds: list[LabelKind], sure: int = 1
    ) -> list[tuple[int, int]] | None:
        """Each answer's label and how well it fits; None when they cannot all be placed or
        fewer than `sure` fit surely."""
        texts = [self.lines.line(a).strip() for a in answers]
        hits = [bool(find_task_forces(t, self.catalog)) for t in texts]
        scores = [
            [_fit(kind, t, hit) for kind in kinds] for t, hit in zip(texts, hits, strict=True)
        ]
        placed = _align(scores)
        if placed is None:
            return None
        fits = [(j, scores[a][j] or 0) for a, j in enumerate(placed)]
        return fits if sum(score == _SURE for _, score in fits) >= sure else None

    def _people(self, run: list[int], kinds: list[LabelKind]) -> list[tuple[list[int], list[int]]]:
        """The people whose answers `run` holds, each as (answer lines, their labels):
        several giving every answer (the run a whole multiple of the labels), several
        parted in the only way that places them all, or one person whose blank answers
        left no line. Lines beyond the first person's otherwise are left."""
        size = len(kinds)
        if len(run) > size and len(run) % size == 0:
            chunks = [run[c : c + size] for c in range(0, len(run), size)]
            # Each person past the first is held to a surer fit: a signature's lines
            # after the last answers could fit the labels too.
            placed = [self._placed(chunk, kinds, _SURE_MORE) for chunk in chunks]
            if all(p is not None for p in placed):
                return [
                    (chunk, [j for j, _ in p])
                    for chunk, p in zip(chunks, placed, strict=True)
                    if p is not None
                ]
        if len(run) > size:
            several = self._segmented(run, kinds)
            if several:
                return several
        answers = run[:size]
        if len(answers) < size - _MAX_MISSING or len(answers) < 2:
            return []
        one = self._placed(answers, kinds)
        return [] if one is None else [(answers, [j for j, _ in one])]

    def _segmented(
        self, run: list[int], kinds: list[LabelKind]
    ) -> list[tuple[list[int], list[int]]]:
        """Several people's answers, some left blank: the run parted into people, each
        placed on the labels. Only when a single way of parting it holds (the title
        opening each person, the address closing it); else none."""
        size, count = len(kinds), len(run)
        smallest = max(2, size - _MAX_MISSING)
        # ways[p]: how many partings run[p:] has (counted up to 2); first[p]: one's first part.
        ways = [0] * (count + 1)
        first: list[tuple[int, list[int]] | None] = [None] * (count + 1)
        ways[count] = 1
        for p in range(count - smallest, -1, -1):
            for length in range(smallest, min(size, count - p) + 1):
                if not ways[p + length]:
                    continue
                fits = self._placed(run[p : p + length], kinds, _SURE_MORE)
                if fits is None:
                    continue
                ways[p] = min(2, ways[p] + ways[p + length])
                first[p] = (length, [j for j, _ in fits])
        if ways[0] != 1:
            return []
        out: list[tuple[list[int], list[int]]] = []
        p = 0
        while p < count:
            part = first[p]
            if part is None:
                return []
            out.append((run[p : p + part[0]], part[1]))
            p += part[0]
        return out

    def _tabbed_rows(self, k: int, kinds: list[LabelKind]) -> list[list[tuple[str, int, int]]]:
        """The cells of the tab-separated lines from line k, a person's answers each in the
        labels' order; none unless every filled cell fits its label and each row has a sure
        fit (a row in another order than the labels is not read by guesswork)."""
        rows: list[list[tuple[str, int, int]]] = []
        n = len(self.lines.spans)
        while k < n and "\t" in (line := self.lines.line(k)) and len(rows) < _MAX_PEOPLE:
            cells: list[tuple[str, int, int]] = []
            pos = self.lines.spans[k][0]
            for part in line.split("\t"):
                start = pos + len(part) - len(part.lstrip())
                cells.append((part.strip(), start, start + len(part.strip())))
                pos += len(part) + 1
            while cells and not cells[-1][0]:
                cells.pop()
            if not len(kinds) - _MAX_MISSING <= len(cells) <= len(kinds):
                break
            fits = [
                _fit(kind, value, bool(find_task_forces(value, self.catalog)))
                for kind, (value, _, _) in zip(kinds, cells, strict=False)
                if value
            ]
            if any(f is None for f in fits) or _SURE not in fits:
                break
            rows.append(cells)
            k += 1
        return rows
