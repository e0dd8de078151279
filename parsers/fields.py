"""Labelled lines and tables: nominee fields, each value with the offsets it was read from.

The entry point of the labelled-field reader. Its parts: `line_spans` (the lines and
sentences as spans), `label_lines` (which line is a label), `nominee_drafts` (which draft a
value goes into), `values_below` (values under their label) and `label_tables` (tables).
"""

from __future__ import annotations

import re

from parsers.contact_points import heads_contact_block
from parsers.drafts import Draft, Found
from parsers.format_rows import FormatRows
from parsers.handovers import handed_over
from parsers.label_blocks import LabelBlocks
from parsers.label_lines import slashed_pairs
from parsers.label_tables import LabelTables, cell_separator
from parsers.labels import LabelKind
from parsers.later_joins import add_later_joins
from parsers.models import TaskForceCatalog
from parsers.nominee_drafts import LabelledFields
from parsers.normalize import clean_value
from parsers.people import PERSON_LINE
from parsers.slashed_people import SlashedPeople
from parsers.task_force_headings import (
    TaskForceHeading,
    apply_headings,
    bare_heading,
    numbered_heading,
    section_ordinal,
    task_force_heading,
)
from parsers.taskforces import ALSO, find_task_forces
from parsers.values_below import ValuesBelow

__all__ = ["LabelledFields", "apply_shared", "read_labelled"]

# "三人职务均为专利处技术员": a post said once, in a sentence, for every nominee.
_ZH_SHARED_POSITION = re.compile(
    r"(?:[两二三四五\d]人|[两二三四五\d]位|他们|她们|上述人员|以上人员)?的?(?:职务|职位|職務|職位)"
    r"(?:均|都)(?:为|是|為)(?P<p>[^，。；：,;:\n]{2,40})"
)
# Fields whose value may go on under an empty label cell.
_CONTINUED_FIELDS = frozenset({"task_forces", "position", "office"})
_NAME_LABELS = frozenset({"person", "full_name", "last_name", "first_name"})
# The first characters a section's number opens with ("1)", "B.", "II.", "一、", "（二）").
_NUMBER_OPENINGS = frozenset("0123456789(（一二三四五六七八九十") | frozenset("ABCDEFGHIVXabcdefgh")
_HAN_WRAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]*\r?\n[ \t\u3000]*(?=[\u4e00-\u9fff])")
# A name in brackets closing a person label: "Представитель 2 (Петросян Анна Грачиковна):".
_BRACKETED_NAME = re.compile(
    r"[(（](?P<n>[^\W\d_][^\W\d_'’.-]*(?:[ \t]+[^\W\d_][^\W\d_'’.-]*){1,4})[)）][ \t]*[:：]?[ \t]*$",
    re.MULTILINE,
)


class _Reader(LabelTables, ValuesBelow, FormatRows, LabelBlocks, SlashedPeople):
    def __init__(self, text: str, catalog: TaskForceCatalog, source: str) -> None:
        super().__init__(text, catalog, source)
        self._headings: list[TaskForceHeading] = []
        self._group_lines: dict[int, bool] = {}
        # Whether the block being read is under a heading naming the office's contact
        # ("ثالثاً: ضابط الاتصال ...:", "Contact person for this matter:"), and the drafts
        # read under such headings: no nominees beside the people the mail nominates.
        self._contact_block = False
        self._contacts: list[Draft] = []

    def _next_draft(self) -> None:
        kept = len(self.out.drafts)
        super()._next_draft()
        if self._contact_block:
            self._contacts.extend(self.out.drafts[kept:])
        self._contact_block = False

    def _drop_contacts(self) -> None:
        """The contacts' drafts go when the mail nominates someone else; a contact given
        alone (a circular's answer naming only "联系人") is left for the rules that decide
        whether that person is nominated."""
        contacts = {id(d) for d in self._contacts}
        if any(d.has_name and id(d) not in contacts for d in self.out.drafts):
            self.out.drafts = [d for d in self.out.drafts if id(d) not in contacts]

    def _member_line(self, i: int) -> bool:
        """A titled name alone in a group under a task-force heading: a member of that
        group with no fields of their own ("- Ms. TANAKA Yuki (see above)")."""
        if not self._headings or self._next_is_label(i) or self._post_under(i) is not None:
            return False
        return self._in_group(i - 1)

    def _stands_over_name(self, i: int) -> bool:
        """Whether line i stands apart (a blank line or the text's start above it) right
        over a titled name's line."""
        n = len(self.lines.spans)
        return (
            i + 1 < n
            and (i == 0 or not self.lines.line(i - 1).strip())
            and bool(self.lines.line(i).strip())
            and PERSON_LINE.match(self.lines.line(i + 1)) is not None
        )

    def _heads_block(self, i: int) -> bool:
        """Whether line i stands apart (a blank line or the text's start above it) over a
        person's block: a person label ("Membre titulaire :", "Заместитель:") or a titled
        name, blank lines between."""
        if i > 0 and self.lines.line(i - 1).strip():
            return False
        n = len(self.lines.spans)
        j = i + 1
        while j < n and j <= i + 2 and not self.lines.line(j).strip():
            j += 1
        if j >= n or j == i + 3:
            return False
        label = self._label_at(j)
        if label is not None:
            return label.kind.field in _NAME_LABELS
        return PERSON_LINE.match(self.lines.line(j)) is not None

    def _in_group(self, i: int) -> bool:
        """Whether line i lies in a group under a task-force heading: only names, their
        labelled values, indented lines and blank lines between it and the heading.
        Remembered per line, so a long list is walked once."""
        walked: list[int] = []
        k = i
        answer = False
        while k >= 0:
            if k in self._group_lines:
                answer = self._group_lines[k]
                break
            walked.append(k)
            line = self.lines.line(k)
            if task_force_heading(line, self.catalog) is not None:
                answer = True
                break
            label = self._label_at(k)
            if not (
                not line.strip()
                or line[:1] in " \t"
                or PERSON_LINE.match(line)
                or (label is not None and label.value_end > label.value_start)
            ):
                break
            k -= 1
        for line_index in walked:
            self._group_lines[line_index] = answer
        return answer

    def read(self) -> LabelledFields:
        i = 0
        n = len(self.lines.spans)
        while i < n:
            line = self.lines.line(i)
            consumed = self._format_rows(i)
            if consumed:
                i += consumed
                continue
            separator = cell_separator(line)
            if separator and i >= self._no_table_until:
                consumed = self._table(i, separator)
                if consumed:
                    i += consumed
                    continue
            elif "   " in line and i >= self._no_table_until:
                consumed = self.spaced_side_table(i)
                if consumed:
                    i += consumed
                    continue
            # Labels pasted from a PDF as one block, their answers as the next.
            consumed = self._label_block(i)
            if consumed:
                i += consumed
                continue
            group = task_force_heading(line, self.catalog)
            if (
                group is None
                and line.lstrip(" \t")[:1] in _NUMBER_OPENINGS
                and self._heads_block(i)
            ):
                # "1) Équipe d'experts chargée de ..." over "Membre titulaire :": a heading.
                group = numbered_heading(line, self.catalog)
            if group is None and self._stands_over_name(i):
                # "Equipo Técnico XML4IP" alone over "Sr. Martín Techera": a heading too.
                group = bare_heading(line, self.catalog)
            if group is not None:
                # "[XML4IP Task Force]" over its nominees: a group of its own.
                self._next_draft()
                start = self.lines.spans[i][0]
                self._headings.append(TaskForceHeading(start + group[0], line[group[0] : group[1]]))
                i += 1
                continue
            ordinal = section_ordinal(line)
            if heads_contact_block(line, ordinal.end() if ordinal else 0):
                # The contact's details follow, up to the next heading or person.
                self._next_draft()
                self._contact_block = True
                i += 1
                continue
            found = self._label_at(i)
            if found is None:
                person = PERSON_LINE.match(line)
                if person and self._member_line(i):
                    # "- Ms. TANAKA Yuki (see above)" under a second heading: named again
                    # for that task force.
                    start = self.lines.spans[i][0] + person.start("person")
                    value = person.group("person")
                    self._next_draft()
                    self._apply(LabelKind("person"), value, start, start + len(value), "label")
                    self._next_draft()
                    i += 1
                    continue
                post = self._post_under(i) if person and not self._next_is_label(i) else None
                if person and (post is not None or self._next_is_label(i)):
                    # "Ms Jane DOE" heading a block of labelled lines.
                    start = self.lines.spans[i][0] + person.start("person")
                    self._apply(
                        LabelKind("person"),
                        person.group("person"),
                        start,
                        start + len(person.group("person")),
                        "label",
                    )
                    note = person.group("note")
                    if note and find_task_forces(note, self.catalog):
                        # "(также в Целевую группу XML4IP)": this nominee's own task force.
                        s = self.lines.spans[i][0] + person.start("note")
                        self.current.put_task_forces(note, s, s + len(note), "label", self.catalog)
                        self.current.tf_also = bool(ALSO.search(note))
                if post is not None:
                    first, i = post
                    s, e = self.lines.spans[first][0], self.lines.spans[i][1]
                    s += len(self.lines.line(first)) - len(self.lines.line(first).lstrip())
                    # A post wrapped onto a second line is one post.
                    value = " ".join(self.lines.text[s:e].split())
                    self.current.put("position", value, s, e, rule="label", text=value)
                i += 1
                continue
            if "/" in line and (i == 0 or self._label_at(i - 1) is None):
                # "Cargo: Examinadora / Ingeniero": two people's values on each line.
                consumed = self._slashed_people(i)
                if consumed:
                    i += consumed
                    continue
            kind, start, end = found
            line_start = self.lines.spans[i][0]
            self.out.labels_seen += kind.field not in ("ignore", "country")
            value = self.lines.text[start:end]
            heading = (
                _BRACKETED_NAME.search(self.lines.text, line_start, start)
                if kind.field == "person" and not clean_value(value)
                else None
            )
            if heading is not None and not any(w[0].islower() for w in heading.group("n").split()):
                # "Representante 1 (Martín Ezequiel FERREYRA LUGONES):" over the questions or
                # items about them: the name heads the block, a weaker reading than a name
                # label further down.
                s, e = heading.start("n"), heading.end("n")
                self._apply(kind, heading.group("n"), s, e, "heading")
                i += 1
                continue
            name_below = False
            if not clean_value(value) and kind.field != "ignore":
                below = self._following_value(i, multi=kind.field == "task_forces")
                if below and kind.field not in _NAME_LABELS and self._titled_name_at(below[0]):
                    # "... en los Equipos Técnicos del CWS a:" over "ROJAS PEÑA Lucía (Sra.)":
                    # a sentence leading into the list, not a label with its value below.
                    below = None
                if below:
                    first = i
                    start, end, i = below[0], below[1], below[2]
                    if kind.field == "task_forces" and self._task_force_item(first):
                        # "1. XML4IP Task Force" over "2. Legal Status Task Force": the first
                        # item of the list read as a bare label is one of its values too.
                        item = self.lines.line(first)
                        start = self.lines.spans[first][0] + len(item) - len(item.lstrip())
                    value = self.lines.text[start:end]
                    name_below = kind.field in ("person", "full_name")
            elif kind.field in _CONTINUED_FIELDS:
                first = i
                end, i = self._continued(i, start, end)
                if i == first:
                    end, i = self._wrapped(i, end, listing=kind.field == "task_forces")
                value = self.lines.text[start:end]
                if i > first and "\n" in value:
                    # Han script wraps inside a word: "…专利审查协作" + "江苏中心" is one name.
                    value = _HAN_WRAP.sub("", value)
            if "/" in value and line_start <= start <= self.lines.spans[i][1]:
                pairs = slashed_pairs(self.lines.text[line_start:start], value, start)
                if pairs:
                    for part_kind, s, e in pairs:
                        self._apply(part_kind, self.lines.text[s:e], s, e, "label")
                    i += 1
                    continue
            self._apply(kind, value, start, end, "label")
            post = self._post_under(i) if name_below else None
            if post is not None:
                # "Заместитель:" over "Мамедова Севиль Ильхам кызы" over her post, then
                # her labelled lines: the post under the name.
                first, i = post
                s, e = self.lines.spans[first][0], self.lines.spans[i][1]
                s += len(self.lines.line(first)) - len(self.lines.line(first).lstrip())
                value = " ".join(self.lines.text[s:e].split())
                self.current.put("position", value, s, e, rule="label", text=value)
            i += 1
        self._next_draft()
        self._drop_contacts()
        apply_headings(self._headings, self.out.drafts, self.catalog)
        add_later_joins(self.out.drafts, self.lines.text, self.catalog)
        # Task forces named before the first nominee ("to the XML4IP Task Force:") apply to
        # nominees whose own block names none.
        named = [d for d in self.out.drafts if d.has_name]
        boundary = (
            min((f.start for f in named[0].values.values()), default=0)
            if named
            else len(self.lines.text)
        )
        # "吕建平同志今后只参加XML4IP工作队；法律状态工作队改由夏雨桐同志参加": the one
        # handed over to the person below, not the one the earlier member keeps.
        above = self.lines.text[:boundary]
        self.out.context_task_forces = [
            Found(hit.name, hit.start, hit.end, "prose", hit.text)
            for hit in handed_over(above, find_task_forces(above, self.catalog))
        ]
        if "均" in self.lines.text and "position" not in self.out.shared:
            said = _ZH_SHARED_POSITION.search(self.lines.text)
            if said is not None:
                value, start, end = said.group("p"), said.start("p"), said.end("p")
                self.out.shared["position"] = Found(value, start, end, "prose", value)
        return self.out


def apply_shared(shared: dict[str, Found], drafts: list[Draft]) -> None:
    """Give every nominee who has none of their own the value stated once for all of them."""
    for name, found in shared.items():
        for draft in drafts:
            if draft.has_person_data and not draft.has(name):
                draft.put(
                    name, found.value, found.start, found.end, rule=found.rule, text=found.text
                )


def read_labelled(text: str, catalog: TaskForceCatalog, *, source: str = "body") -> LabelledFields:
    """Office and nominee drafts from "label: value" lines and label-headed tables.

    A repeated nominee label ("Last name:" a second time) or a block heading
    ("Nominee 2", "Representative:") starts the next nominee; in a table with a
    header row of labels, each row is a nominee; in a two-column table the first
    column holds labels; with more columns each further column is a nominee.
    """
    return _Reader(text, catalog, source).read()
