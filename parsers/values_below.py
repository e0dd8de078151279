"""Values written on the lines under their label: under a bare label, the post under a
name heading, the rest of a value aligned on its column or wrapped by a narrow window, and
the bulleted or numbered task forces listed under an empty task-force label.
"""

from __future__ import annotations

import re

from parsers.nominee_drafts import NomineeDrafts
from parsers.people import PERSON_LINE
from parsers.taskforces import find_task_forces

__all__ = ["ValuesBelow"]

# A post written on the line under a name heading: short, no address, number or sentence end.
_MAX_POST_CHARS = 100
_MAX_POST_WORDS = 14
_NOT_A_POST = re.compile(r"[@:：|\d]|https?:|[.!?。]$")
_POST_THEN = frozenset({"username", "task_forces"})
# How far right a value column must start for an indented line to be read as the rest of
# the value above it.
_MIN_VALUE_COLUMN = 12
# A value wrapped onto the next line: what the first line may end with mid-phrase, and
# what the next line may not hold.
_MID_PHRASE_END = re.compile(
    r"(?:^|\s)(?:of|the|and|for|in|on|at|to|an?|de|du|des|la|le|les|l['’]|et|en|à|au|aux|del|el"
    r"|los|las|y|e|para|por|con|и|в|во|по|для|на|при|с|со|и|или|و|في|من|عن|على)$|[,&/(–-]$",
    re.IGNORECASE,
)
_FULL_STOP_END = re.compile(r"[.;:!?。；：！？]$")
# A list's separator closing the line: the list of task forces may go on below it.
_LIST_SEPARATOR_END = re.compile(r"[;,；，、]$|\s(?:and|et|y|и|و)$|和$|及$")
_NOT_WRAPPED = re.compile(r"@|https?:|www\.|\t|\||[:：]\s|[:：]$")
_MAX_WRAPPED = 80
_MAX_ITEM_CHARS = 90
_MAX_ITEM_EXTRA = 2
_LINK = re.compile(r"https?://\S+")
_NOT_WORDS = re.compile(r"[^\w]+|\b(?:ST|WIPO|OMPI|ВОИС)\b|\d+")
# The narrowest width plain-text mail is wrapped at (72 to 78 columns).
_WRAP_WIDTH = 72
_BARE_NAME = re.compile(r"(?:[A-ZÀ-ÞА-ЯЁ][\w'’-]+[ \t]+){1,3}[A-ZÀ-ÞА-ЯЁ][\w'’-]+")
# Check boxes ("☒", "[ ]") start the items of a form's list as bullets do.
_BOX_ITEM = re.compile(r"^[ \t]*[☐☑☒]\s")
_BULLET = re.compile(r"^[ \t]*(?:[-*•·▪◦–+☐☑☒■□]|\d{1,2}[.)]|[a-z][.)]|\[[\sxX✓✔]{0,3}\])\s+")


class ValuesBelow(NomineeDrafts):
    """How far a label's value reaches down the lines after it."""

    def _post_under(self, i: int) -> tuple[int, int] | None:
        """The line right under a name heading when it is the post held and the nominee's
        own labelled lines follow it ("ESPINOZA TAPIA Valentina Andrea (Sra.)" / "Jefa de
        la Unidad de Examen" / "Usuario Cuenta OMPI: ..."): its first and last line index
        (a long post may wrap onto a second line), else None.

        Only before a username or task-force label, which no signature block has (a signer's
        name, post and "E-mail:" line read the same way otherwise).
        """
        j = i + 1
        if j + 1 >= len(self.lines.spans) or not self._post_line(j):
            return None
        last = j + 1 if self._post_line(j + 1) and self._wraps_onto(j) else j
        if last + 1 >= len(self.lines.spans):
            return None
        below = self._label_at(last + 1)
        return (j, last) if below is not None and below.kind.field in _POST_THEN else None

    def _post_line(self, j: int) -> bool:
        line = self.lines.line(j).strip()
        return not (
            not line
            or len(line) > _MAX_POST_CHARS
            or len(line.split()) > _MAX_POST_WORDS
            or _NOT_A_POST.search(line)
            or self._label_at(j) is not None
            or PERSON_LINE.match(line)
        )

    def _wraps_onto(self, j: int) -> bool:
        """Whether line `j` goes on on the next one, indented alike: it stops mid-phrase, or
        the next line's first word would not have fitted a mail window's width."""
        line, after = self.lines.line(j).rstrip(), self.lines.line(j + 1)
        if len(line) - len(line.lstrip()) != len(after) - len(after.lstrip()):
            return False
        first_word = after.split()[0]
        return bool(_MID_PHRASE_END.search(line)) or len(line) + 1 + len(first_word) > _WRAP_WIDTH

    def _titled_name_at(self, start: int) -> bool:
        end = self.lines.text.find("\n", start)
        return PERSON_LINE.match(self.lines.text[start : end if end >= 0 else None]) is not None

    def _next_is_label(self, i: int) -> bool:
        for j in range(i + 1, min(i + 3, len(self.lines.spans))):
            if self.lines.line(j).strip():
                return self._label_at(j) is not None
        return False

    def _following_value(self, i: int, multi: bool) -> tuple[int, int, int] | None:
        """The value written under a bare label: (start, end, last line index)."""
        j = i + 1
        n = len(self.lines.spans)
        while j < n and not self.lines.line(j).strip() and j - i <= 2:
            j += 1
        if (
            j >= n
            or not self.lines.line(j).strip()
            or (self._label_at(j) and not (multi and self._task_force_item(j)))
            or "|" in self.lines.line(j)
        ):
            return None
        start, end = self.lines.spans[j]
        last = j
        # An online form's answer to a question with check boxes gives the options chosen
        # one to a line, with no bullet: each line naming a task force goes on the list.
        bare_items = multi and self._bare_task_force_item(j)
        while multi and (item := self._next_item(last, bare_items)) is not None:
            last = item
            end = self.lines.spans[last][1]
        start += len(self.lines.line(j)) - len(self.lines.line(j).lstrip())
        return start, end, last

    def _next_item(self, last: int, bare_items: bool) -> int | None:
        """The line of the list's next item after line `last`, else None. A form's boxed
        options may be set a blank line apart (Word's paragraphs): "☒ XML4IP", "", "☐ API"."""
        k = last + 1
        n = len(self.lines.spans)
        if (
            k + 1 < n
            and not self.lines.line(k).strip()
            and _BOX_ITEM.match(self.lines.line(last))
            and _BOX_ITEM.match(self.lines.line(k + 1))
        ):
            k += 1
        if k >= n or not self.lines.line(k).strip():
            return None
        if bare_items and self._bare_task_force_item(k):
            return k
        if not _BULLET.match(self.lines.line(k)):
            return None
        return None if self._label_at(k) and not self._task_force_item(k) else k

    def _bare_task_force_item(self, k: int) -> bool:
        """ "Legal Status Task Force (ST.27/ST.87)" alone on its line: a short line naming a
        task force, no label of any other field (a task force's name reads as a bare
        task-force label too)."""
        line = self.lines.line(k).strip()
        if _LINK.fullmatch(line):
            # A task force's wiki page, one to a line ("https://.../API+Task+Force").
            return bool(find_task_forces(line, self.catalog))
        if len(line) > _MAX_ITEM_CHARS or ":" in line or "：" in line:
            return False
        label = self._label_at(k)
        if label is not None and label.kind.field != "task_forces":
            return False
        hits = find_task_forces(line, self.catalog)
        # The name and its standards' numbers, little else: a sentence naming a task force
        # ("Note that our XML4IP Task Force member is unchanged.") is no option.
        rest = list(line)
        for hit in hits:
            rest[hit.start : hit.end] = " " * (hit.end - hit.start)
        return bool(hits) and len(_NOT_WORDS.sub(" ", "".join(rest)).split()) <= _MAX_ITEM_EXTRA

    def _task_force_item(self, k: int) -> bool:
        """ "1) 3D工作队（ST.91）", "2. فرقة العمل المعنية بالوضع القانوني": an item of the list
        under an empty task-force label, though a numbered line naming a task force reads as a
        bare label too. One with a colon is a label of its own."""
        line = self.lines.line(k)
        return (
            _BULLET.match(line) is not None
            and ":" not in line
            and "：" not in line
            and bool(find_task_forces(line, self.catalog))
        )

    def _continued(self, i: int, start: int, end: int) -> tuple[int, int]:
        """A value that goes on under an empty label, aligned on its column: (end, last line).

        A two-column table pasted with spaces puts a second task force (or the rest of a
        long position) on the next row with nothing in the label column. Columns lined up
        with spaces in a proportional font, or a PDF page laid out as text (each label's
        width counted in average characters), put that row a few characters off the value
        above: a quarter of the column either way still reads as the same column.
        """
        column = start - self.lines.spans[i][0]
        if column < _MIN_VALUE_COLUMN:
            return end, i
        slack = column // 4
        while i + 1 < len(self.lines.spans):
            line = self.lines.line(i + 1)
            body = line.lstrip(" ")
            indent = len(line) - len(body)
            if not body.strip() or abs(indent - column) > slack or "   " in body.rstrip():
                break
            i += 1
            end = self.lines.spans[i][1]
        return end, i

    def _wrapped(self, i: int, end: int, *, listing: bool = False) -> tuple[int, int]:
        """A value that a narrow window wrapped onto the next line: (end, last line).

        "Nom de l'office : Institut National de la Propriété" and "Industrielle (INPI)" under
        it: the next line, in the same paragraph, is no label, item, name heading, address
        or link, and the value above ends mid-phrase (a preposition, an article or a comma
        last, an open bracket, the next line starting in lower case) or the line after the
        next one is a label again, so that the line in between belongs to the value. With
        `listing` (a task-force label), a line naming a task force under one ending with a
        list's separator ("... (ST.27) ;") goes on with the list.
        """
        n = len(self.lines.spans)
        while i + 1 < n:
            value = self.lines.text[self.lines.spans[i][0] : end].rstrip()
            nxt_start, nxt_end = self.lines.spans[i + 1]
            nxt = self.lines.text[nxt_start:nxt_end].strip()
            listed = bool(
                listing
                and _LIST_SEPARATOR_END.search(value)
                and find_task_forces(nxt, self.catalog)
            )
            if self.lines.text.count("\n", end, nxt_start) != 1 or (
                _FULL_STOP_END.search(value) and not listed
            ):
                break
            if (
                not nxt
                or len(nxt) > _MAX_WRAPPED
                or _NOT_WRAPPED.search(nxt)
                or _BULLET.match(nxt)
                or PERSON_LINE.match(nxt)
                or self._label_at(i + 1) is not None
            ):
                break
            mid_phrase = (
                listed
                or _MID_PHRASE_END.search(value) is not None
                or nxt[0].islower()
                or value.count("(") > value.count(")")
            )
            if not mid_phrase and not (
                i + 2 < n
                and self.lines.text.count("\n", nxt_end, self.lines.spans[i + 2][0]) == 1
                and (after := self._label_at(i + 2)) is not None
                and after.kind.field not in ("ignore", "country")
                # "John Smith" heading the next block, "75007 Paris" in an address
                and not _BARE_NAME.fullmatch(nxt)
                and not re.search(r"\d{3}", nxt)
            ):
                break
            i += 1
            end = nxt_end
        return end, i
