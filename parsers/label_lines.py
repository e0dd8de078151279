"""Which line is a label, and where its value is.

A line may be "label: value", "【label】value", "label — value", a tab- or space-aligned
row of a two-column table, a dotted form line, a sentence ("My username is xx-jdoe"), a
numbered or bold label alone on its line, or one of several unmarked label lines, each
with its value on the line below. `LabelledLines` finds and remembers the label of each
line; `slashed_pairs` splits "Civilité / Nom / Prénom : M. / DOE / John" into its fields.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from parsers.labels import BRACKET_LINE, DASH_LINE, LINE, LabelKind, classify_label
from parsers.line_spans import split_lines
from parsers.people import PERSON_LINE

__all__ = ["Label", "LabelledLines", "slashed_pairs"]

# A label, three or more spaces, its value: one row of a two-column table pasted as text.
_SPACED_COLUMNS = re.compile(
    r"^[ \t]*(?P<label>\S(?:[^\n]{0,88}?\S)?) {3,}(?P<value>\S[^\n]*?)[ \t]*$"
)
_DOT_LEADER = re.compile(
    r"^[ \t]*(?P<label>\S[^\n]{0,60}?)[ \t]*\.{4,}[ \t]*(?P<value>\S[^\n]*?)[ \t]*$"
)
# "My username is xx-jdoe", "Mon nom d'utilisateur est xx-jdupont", "اسم المستخدم الخاص بي
# هو xx-x", "我的用户名是cn-x": a label said as a sentence, its copula for the colon, on a
# line of its own. Only for a username or an address, which are one word.
_COPULA_LINE = re.compile(
    r"^[ \t]*(?:[-*•·▪◦]\s*)?(?P<label>[^\n:：]{2,60}?)"
    r"(?:\s+(?:is|est|es|هو|هي)\s+|\s*(?:是|为|為)\s*)"
    r"(?:[\"“«'‘][ \t\u00a0\u202f]*)?(?P<value>[^\s\"”»'’]+?)"
    r"(?:[ \t\u00a0\u202f]*[\"”»'’])?[ \t.。,，;؛،]*$",
    re.IGNORECASE,
)
_COPULA_FIELDS = frozenset({"username", "account_email"})
# "her", "son", "su", "его", "我的": whose the value is says nothing of the field.
_POSSESSIVE = re.compile(
    r"^(?:my|his|her|their|its|mon|ma|son|sa|leur|mi|su|tu|мой|моя|моё|мое|его|её|ее|их)\s+"
    r"|^(?:我的|他的|她的)",
    re.IGNORECASE,
)
_COPULA_WORD = re.compile(r"\s(?:is|est|es|هو|هي)\s|是|为|為", re.IGNORECASE)


class Label(NamedTuple):
    kind: LabelKind
    value_start: int
    value_end: int


_NUMBERED_PERSON = re.compile(
    r"^[ \t]*(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*(?:no\.?|n[°º]|№)?[ \t]*\d{1,2})[ \t]*$",
    re.IGNORECASE,
)
_LABEL_ONLY = re.compile(
    r"^[ \t]*(?:(?:\d{1,2}|[a-z])[.)][ \t]+|\*{1,2}(?=\S))[*_]*(?P<label>[^!?:：\n]{1,90}?[^!?:：.\n])[*_]*[ \t]*$"
)

# An unmarked label line: no colon, no sentence punctuation at its end, a few words.
_PLAIN_LABEL = re.compile(r"^[ \t]*(?P<label>[^\W\d_][^:：\n!?;]{2,70}?[^\s:：.!?;,])[ \t]*$")
_PLAIN_LABEL_WORDS = 8
_REQUIRED_MARK = re.compile(r"[ \t\u00a0]+\*$")
_MIN_PLAIN_LABELS = 3


_SPACED_DASH = re.compile(r"\s[–—]\s")
# A sentence may open with a topic ("As regards the national offices of the member states –
# ...", "Что касается национальных ведомств государств – участников ..."): the dash there
# joins words of the sentence, no label to its value.
_TOPIC_LEAD = re.compile(
    r"^[ \t]*(?:as\s+(?:regards|for|to)|regarding|concerning|with\s+(?:regard|respect)\s+to"
    r"|en\s+ce\s+qui\s+concerne|quant\s+aux?|s['’]agissant|pour\s+ce\s+qui\s+est"
    r"|en\s+cuanto\s+a|con\s+respecto\s+a|respecto\s+(?:a|de)|en\s+lo\s+que\s+(?:respecta|se\s+refiere)"
    r"|что\s+касается|в\s+отношении|относительно|в\s+частности"
    r"|关于|至于|أما|بالنسبة)(?!\w)",
    re.IGNORECASE,
)


def _item_row(label: str) -> bool:
    """True if a colon's "label" is really the tail of a row of " – "-separated items."""
    if "–" not in label and "—" not in label:
        return False
    head = _SPACED_DASH.split(label, maxsplit=1)
    return len(head) > 1 and classify_label(head[0]) is None


# A line a mail client hard-wrapped runs close to the wrap width and ends inside a sentence.
_WRAPPED_LINE = re.compile(r"[^\n]{50,}[^\W\d_][ \t]*")


def _wrapped_tail(text: str, start: int) -> bool:
    """Whether the line at `start` opens in lower case right under a long line of prose that
    ends mid-sentence: the end of a sentence the mail client wrapped, no label."""
    if start < 2 or text[start - 1] != "\n" or not text[start : start + 1].islower():
        return False
    above = text.rfind("\n", 0, start - 1) + 1
    return _WRAPPED_LINE.fullmatch(text, above, start - 1) is not None


def _plain_label(line: str) -> LabelKind | None:
    # An online form's question marked required ("E-mail address used to create the WIPO
    # Account *") is as long as the question: the mark is no word of it.
    line = _REQUIRED_MARK.sub("", line.rstrip()) if "*" in line[-3:] else line
    if len(line) > 80 or len(line.split()) > _PLAIN_LABEL_WORDS:
        return None
    match = _PLAIN_LABEL.match(line)
    kind = classify_label(match.group("label")) if match else None
    return kind if kind and kind.field not in ("ignore", "country", "person") else None


class LabelledLines:
    """The lines of a text, each with the label it holds (found once, when first asked)."""

    def __init__(self, text: str) -> None:
        self.lines = split_lines(text)
        self._labels: dict[int, Label | None] = {}
        self._plain: dict[int, LabelKind] | None = None

    def _label_at(self, i: int) -> Label | None:
        if i not in self._labels:
            found = self._find_label(i)
            if (
                found is not None
                and found.kind.field == "title"
                and found.value_start == found.value_end
                and PERSON_LINE.match(self.lines.line(i))
            ):
                # "1) M. ALAOUI Youssef" heading a nominee's items: a titled name, though
                # "M." opens a title label ("M./Mme :") too.
                found = None
            self._labels[i] = found
        return self._labels[i]

    def _find_label(self, i: int) -> Label | None:
        start, end = self.lines.spans[i]
        line = self.lines.text[start:end]
        head = line[:110]
        if "【" in head:
            bracketed = BRACKET_LINE.match(self.lines.text, start, end)
            kind = classify_label(bracketed.group("label")) if bracketed else None
            if bracketed and kind:
                return Label(kind, bracketed.start("value"), bracketed.end("value"))
        if ":" in head or "：" in head:
            # Matched on the line itself: a span may start mid-line (";"-separated pairs),
            # where "^" would not match.
            match = LINE.match(line)
            if match is not None:
                kind = classify_label(match.group("label"))
                if kind and _item_row(match.group("label")):
                    # "1) Mr A B – Director – Username: x – E-mail: y": a row of dash-separated
                    # items whose third one happens to be labelled, not a "label: value" line.
                    kind = None
                if kind and kind.field == "task_forces" and _wrapped_tail(self.lines.text, start):
                    # "... désignés par le Service ... pour\nparticiper aux travaux des équipes
                    # d'experts du CWS :": a sentence's hard-wrapped end leading in a list.
                    kind = None
                if kind:
                    return Label(kind, start + match.start("value"), start + match.end("value"))
        if "—" in head or "–" in head or " -- " in head:
            dashed = DASH_LINE.match(line)
            if dashed and _TOPIC_LEAD.match(dashed.group("label")):
                dashed = None
            kind = classify_label(dashed.group("label")) if dashed else None
            if dashed and kind and kind.field not in ("ignore", "country", "person"):
                return Label(kind, start + dashed.start("value"), start + dashed.end("value"))
            if dashed and kind and kind.field == "person" and " -- " in line:
                # "3) Name -- Ms Jane DOE": a typewriter form line (an em dash after a bare
                # "Expert" or "Representative" is more often a sentence).
                return Label(kind, start + dashed.start("value"), start + dashed.end("value"))
        if "\t" in line:
            # A two-column table pasted as text: "Cargo<TAB>Analista de Sistemas".
            label, _, value = line.strip().partition("\t")
            kind = classify_label(label)
            if kind and value.strip():
                value_start = start + line.index(value, line.index(label) + len(label))
                return Label(kind, value_start, value_start + len(value.rstrip()))
        if "...." in line:
            # A typed form with dot leaders: "Last name ........ Sutrisno".
            dotted = _DOT_LEADER.match(line)
            kind = classify_label(dotted.group("label")) if dotted else None
            if dotted and kind and kind.field not in ("ignore", "country"):
                return Label(kind, start + dotted.start("value"), start + dotted.end("value"))
        if "   " in line:
            # The same table pasted with spaces for columns: "Poste occupé      Chef ...".
            spaced = _SPACED_COLUMNS.match(line)
            kind = classify_label(spaced.group("label")) if spaced else None
            if spaced and kind and kind.field not in ("ignore", "country"):
                return Label(kind, start + spaced.start("value"), start + spaced.end("value"))
        if len(line) <= 120 and _COPULA_WORD.search(line):
            said = _COPULA_LINE.match(line)
            kind = classify_label(_POSSESSIVE.sub("", said.group("label"))) if said else None
            if said and kind and kind.field in _COPULA_FIELDS:
                return Label(kind, start + said.start("value"), start + said.end("value"))
        bare = _LABEL_ONLY.match(line)
        if bare:
            # "5. WIPO User Center ID" with its value on the next line: only numbered or
            # bold labels, so that an ordinary short line or a bullet is never a label.
            kind = classify_label(bare.group("label"))
            if kind and kind.field not in ("ignore", "country"):
                return Label(kind, end, end)
        numbered = _NUMBERED_PERSON.match(line)
        if numbered:
            # "Representante 1", "Представитель 2" alone on a line: the next nominee's block.
            kind = classify_label(numbered.group("label"))
            if kind and kind.field == "person":
                return Label(kind, end, end)
        kind = self._plain_labels().get(i)
        if kind is not None:
            return Label(kind, end, end)
        return None

    def _plain_labels(self) -> dict[int, LabelKind]:
        """Unmarked label lines ("Должность в ведомстве"), each with its value on the next line.

        Only among at least three such lines naming different fields, so that one short line
        of prose or of a signature that happens to contain "Office" never passes for a label;
        the line under a label is its value even when it reads like one ("Oficina ...").
        """
        if self._plain is None:
            found: dict[int, LabelKind] = {}
            value_line = -1
            for k in range(len(self.lines.spans)):
                line = self.lines.line(k)
                if not line.strip() or k == value_line:
                    continue
                kind = _plain_label(line)
                if kind is not None:
                    found[k] = kind
                    value_line = next(
                        (
                            j
                            for j in range(k + 1, min(k + 3, len(self.lines.spans)))
                            if self.lines.line(j).strip()
                        ),
                        -1,
                    )
            fields = {kind.field for kind in found.values()}
            self._plain = found if len(fields) >= _MIN_PLAIN_LABELS else {}
        return self._plain


_SLASH_FIELDS = frozenset({"title", "last_name", "first_name", "position", "username"})


def slashed_pairs(head: str, value: str, start: int) -> list[tuple[LabelKind, int, int]]:
    """'Civilité / Nom / Prénom : M. / DOE / John': each label part with its value part.

    Only when every part of the label names a different field and the value has as many
    parts; "Nom/Prénom : DOE John" or "Office/Organization: X" stay one field.
    """
    labels = head.strip().rstrip(":：").strip().lstrip("-*•·▪◦–—+ ").split("/")
    if len(labels) < 2:
        return []
    found = [classify_label(label.strip()) for label in labels]
    kinds = [k for k in found if k is not None]
    fields = [k.field for k in kinds]
    if len(fields) != len(labels) or len(set(fields)) != len(fields):
        return []
    if not set(fields) <= _SLASH_FIELDS:
        return []
    out: list[tuple[LabelKind, int, int]] = []
    offset = 0
    parts = value.split("/")
    if len(parts) != len(labels):
        return []
    for kind, part in zip(kinds, parts, strict=True):
        lead = len(part) - len(part.lstrip())
        s = start + offset + lead
        out.append((kind, s, s + len(part.strip())))
        offset += len(part) + 1
    return out
