"""The lines of a text as spans of offsets, read one span at a time by the labelled-field reader.

A line of Chinese sentences ("…专家组。用户名：cn-abc。邮箱：a@b.example") or of
";"-separated "label : value" pairs is cut into one span per sentence or pair, so that
each is read as a line of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.labels import LINE, LabelKind, classify_label

__all__ = ["Lines", "split_lines"]


@dataclass
class Lines:
    text: str
    spans: list[tuple[int, int]]

    @classmethod
    def of(cls, text: str) -> Lines:
        spans: list[tuple[int, int]] = []
        pos = 0
        for line in text.splitlines(keepends=True):
            spans.append((pos, pos + len(line.rstrip("\r\n"))))
            pos += len(line)
        return cls(text, spans)

    def line(self, i: int) -> str:
        start, end = self.spans[i]
        return self.text[start:end]


_MIN_INLINE_PAIRS = 3
_IGNORE_LABEL = LabelKind("ignore")
# Chinese puts no space after its full stop: "…专家组。用户名：cn-abc。邮箱：a@b.example" is three
# sentences, each read as a line of its own. A Latin full stop with no space after it ends a
# sentence only before a capitalised label and its colon ("...Task Force.Username: xx-jdoe.E-mail:
# x"): elsewhere it is inside an address, a username, "ST.96" or "C.CWS".
_LABEL_AFTER_STOP = (
    r"\.(?=(?P<label>[^\W\d_][^\s.:：@/]{0,30}(?: [^\s.:：@/]{1,30}){0,3})[ \t]*[:：])"
)
_STOP = re.compile(rf"[。！？][ \t\u3000]*|{_LABEL_AFTER_STOP}")
_LATIN_STOP_LABEL = re.compile(_LABEL_AFTER_STOP)


def _split_sentences(lines: Lines) -> None:
    """One span per sentence of a line whose sentences end in "。", "！" or "？" (or in a
    Latin full stop right before a label), each without its stop."""
    out: list[tuple[int, int]] = []
    text = lines.text
    for start, end in lines.spans:
        pos = start
        for stop in _STOP.finditer(text, start, end):
            label = stop.group("label")
            if label is not None and (
                not label[0].isupper() or classify_label(label) in (None, _IGNORE_LABEL)
            ):
                continue
            out.append((pos, stop.start()))
            pos = stop.end()
        if pos < end or pos == start:
            out.append((pos, end))
    lines.spans = out


def _split_inline_pairs(lines: Lines) -> None:
    """One span per pair on a line of "Nom : X ; Prénom : Y ; Fonction : Z" pairs (or "|").

    Only when the line starts with a label and at least three of its ";"-separated parts
    are "label : value", so that prose with a bracketed "(username: x; e-mail: y)" stays.
    """
    out: list[tuple[int, int]] = []
    text = lines.text
    for start, end in lines.spans:
        separator = ";" if text.count(";", start, end) >= _MIN_INLINE_PAIRS - 1 else "|"
        if text.count(separator, start, end) < _MIN_INLINE_PAIRS - 1:
            out.append((start, end))
            continue
        parts: list[tuple[int, int]] = []
        pos = start
        for piece in text[start:end].split(separator):
            parts.append((pos, pos + len(piece.rstrip())))
            pos += len(piece) + 1
        labelled = [
            (match := LINE.match(text[s:e])) is not None
            and classify_label(match.group("label")) is not None
            for s, e in parts
        ]
        if labelled[0] and sum(labelled) >= _MIN_INLINE_PAIRS:
            out.extend(parts)
        else:
            out.append((start, end))
    lines.spans = out


# A wide gap (a tab, two spaces or more) before "label:" on a form line laid out in
# columns: "Last name: DOE      First name: John", "姓名：张三　　职务：处长". A gap starts
# only where its run of blanks starts, so a long run is scanned once, not once from each
# of its positions (quadratic: 20,000 tabs took seconds).
_GAP_BEFORE_LABEL = re.compile(
    r"(?<![ \t\u3000])(?:[ \u3000]*\t[ \t\u3000]*|[ \u3000]{2,})"
    r"(?=(?P<label>[^\s:：|][^:：\n\t|]{0,40}?)[ \t]*[:：])"
)


def _split_gapped_pairs(lines: Lines) -> None:
    """One span per "label: value" pair of a line holding several, set apart by wide gaps.

    Only when the line starts with "label: value" and every cut is before a word that
    classifies as a label, so a value holding a wide gap ("Head  of Unit") stays whole.
    """
    out: list[tuple[int, int]] = []
    text = lines.text
    for start, end in lines.spans:
        first = (
            LINE.match(text[start:end])
            if ":" in text[start:end] or "：" in text[start:end]
            else None
        )
        if first is None or classify_label(first.group("label")) is None:
            out.append((start, end))
            continue
        pos = start
        value_from = start + first.start("value")
        for gap in _GAP_BEFORE_LABEL.finditer(text, value_from, end):
            if gap.start() <= value_from or classify_label(gap.group("label")) is None:
                continue
            out.append((pos, gap.start()))
            pos = gap.end()
        out.append((pos, end))
    lines.spans = out


def split_lines(text: str) -> Lines:
    """The spans of text: its lines, cut further at sentence stops and between inline pairs."""
    lines = Lines.of(text)
    if ("  " in text or "\t" in text or "\u3000" in text) and (":" in text or "：" in text):
        _split_gapped_pairs(lines)
    if "。" in text or "！" in text or "？" in text or _LATIN_STOP_LABEL.search(text):
        _split_sentences(lines)
    if ";" in text or "|" in text:
        _split_inline_pairs(lines)
    return lines
