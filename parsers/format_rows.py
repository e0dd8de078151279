"""Rows of values split by slashes under a line that names their fields in order:
"格式：姓名／称谓／职务／用户名／邮箱／工作队" over "①邓  超／先生／处长／cn-deng／...", or
"Format: Name / Title / Position / Username / E-mail / Task force" over "1) DOE Jane / Ms /
...". Each row is one nominee; a row number glued to the name ("①", "1)", "一、") is none
of it. The order may also be said once in a sentence, its fields split by commas
("Сведения приводятся в порядке: Ф.И.О., должность, целевая группа, ...", "in the following
order: name, post, task force, username, e-mail"): the rows below are split by slashes or
bars.
"""

from __future__ import annotations

import re

from parsers.labels import LabelKind, classify_label
from parsers.nominee_drafts import NomineeDrafts

__all__ = ["FormatRows"]

# The fields a format line names, at least.
_MIN_FIELDS = 3
_MAX_FORMAT_CHARS = 200
_MAX_ROWS = 50
# Full-width and ASCII slashes, the full-width bar: what parts a row typed on one line. An
# ASCII slash counts only with a space beside it ("Head / IT"), so "Head/IT" stays one value.
_SLASHES = {"／": re.compile(r"[ \t\u3000]*／[ \t\u3000]*"), "｜": re.compile(r"[ \t\u3000]*｜[ \t\u3000]*"),
            "/": re.compile(r"[ \t]+/[ \t]*|[ \t]*/[ \t]+")}  # fmt: skip
# "格式：", "Format:", "Формат:", "Formato:", "الصيغة:", "顺序如下：": a lead-in naming the
# line as the order of the fields; optional, a line of labels alone does too.
_LEAD_IN = re.compile(
    r"^[ \t]*(?:(?:格式|顺序|順序|填写格式|依次为|依次為)(?:如下)?|format|formato|форма[тн]|порядок"
    r"|الصيغة|الترتيب)[ \t]*[:：]?[ \t]*",
    re.IGNORECASE,
)
# A row's number before its first value: "①", "⑴", "⒈", "1.", "1)", "(1)", "1、", "一、", "（一）".
_ROW_NUMBER = re.compile(
    r"^[ \t]*(?:[\u2460-\u249b\u24f5-\u24fe\u2776-\u2793]"
    r"|[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.、．]"
    r"|[-•·*])[ \t\u3000]*"
)
# A sentence giving the order of the fields, then a colon: the fields follow, split by commas.
_ORDER_SENTENCE = re.compile(
    r"(?:\bin\s+(?:the\s+|this\s+)?(?:following\s+)?order|\border\s+of\s+(?:the\s+)?(?:fields|details|data)"
    r"|\b(?:dans|selon)\s+l['’]ordre(?:\s+suivant)?|\ben\s+(?:el\s+)?(?:siguiente\s+|este\s+)?orden"
    r"(?:\s+siguiente)?|\bв\s+(?:следующем\s+|таком\s+)?порядке|\bв\s+следующей\s+последовательности"
    r"|(?:按|依|按照)(?:以下|如下|下列)?[顺順]序[^\s:：，。]{0,4}|依次(?:为|為|是|列出|排列)"
    r"|الترتيب(?:\s+التالي)?|على\s+النحو\s+التالي)"
    r"[ \t\u3000]*[:：][ \t\u3000]*(?P<fields>\S.*)$",
    re.IGNORECASE,
)
# The cheap test before that pattern: a word for "order" on the line.
_ORDER_WORD = re.compile(r"order|ordre|orden|поряд|последоват|[顺順]序|依次|ترتيب|النحو", re.I)
_LIST_COMMAS = re.compile(r"[ \t]*[,;，；、،][ \t]*")
# "..., логин и e-mail": a conjunction before the last field, split only when the rows ask.
_LAST_AND = re.compile(
    r"\s+(?:and|et|y|e|и|а\s+также|و)\s+|[ \t]*(?:和|及|以及)[ \t]*", re.IGNORECASE
)
_MAX_SENTENCE_CHARS = 400


def _split(line: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of the parts of `line` between separators, each trimmed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for sep in pattern.finditer(line):
        spans.append((pos, sep.start()))
        pos = sep.end()
    spans.append((pos, len(line.rstrip())))
    return [(s, max(s, e)) for s, e in spans]


class FormatRows(NomineeDrafts):
    """Nominee drafts read from slash-split rows under a line naming their fields."""

    def _format_header(self, line: str) -> tuple[re.Pattern[str], list[LabelKind]] | None:
        if len(line) > _MAX_FORMAT_CHARS or not any(s in line for s in _SLASHES):
            return None
        lead = _LEAD_IN.match(line)
        body = line[lead.end() :] if lead is not None else line
        for slash, pattern in _SLASHES.items():
            if slash not in body:
                continue
            parts = [body[s:e] for s, e in _split(body, pattern)]
            kinds = [classify_label(p) if p else None for p in parts]
            fields = {k.field for k in kinds if k is not None and k.field != "ignore"}
            # Every part a label, naming a person and two more fields: no sentence or
            # value line ("Head / IT Department") passes.
            if (
                len(parts) >= _MIN_FIELDS
                and all(k is not None for k in kinds)
                and len(fields) >= _MIN_FIELDS
                and fields & {"person", "full_name", "last_name", "first_name"}
            ):
                return pattern, [k for k in kinds if k is not None]
        return None

    def _order_sentence(self, i: int) -> tuple[re.Pattern[str], list[LabelKind]] | None:
        """The fields a sentence at line i names in order, and the separator of the first
        row below that splits into as many parts."""
        line = self.lines.line(i)
        if len(line) > _MAX_SENTENCE_CHARS or not _ORDER_WORD.search(line):
            return None
        found = _ORDER_SENTENCE.search(line)
        if found is None:
            return None
        names = found["fields"].rstrip(" \t.。:：")
        plain = [p for p in _LIST_COMMAS.split(names) if p]
        options = [plain, [q for p in plain for q in _LAST_AND.split(p) if q]]
        n = len(self.lines.spans)
        j = i + 1
        while j < n and not self.lines.line(j).strip():
            j += 1
        if j == n:
            return None
        row = self.lines.line(j)
        for parts in options:
            kinds = [classify_label(p) for p in parts]
            fields = {k.field for k in kinds if k is not None and k.field != "ignore"}
            if not (
                len(parts) >= _MIN_FIELDS
                and all(k is not None for k in kinds)
                and len(fields) >= _MIN_FIELDS
                and fields & {"person", "full_name", "last_name", "first_name"}
            ):
                continue
            for slash, pattern in _SLASHES.items():
                if slash in row and len(_split(row, pattern)) == len(parts):
                    return pattern, [k for k in kinds if k is not None]
        return None

    def _format_rows(self, i: int) -> int:
        """Read the rows under a format line at line i; the lines consumed (0: none)."""
        header = self._format_header(self.lines.line(i)) or self._order_sentence(i)
        if header is None:
            return 0
        pattern, kinds = header
        n = len(self.lines.spans)
        rows: list[int] = []
        j = i + 1
        while j < n and len(rows) < _MAX_ROWS:
            line = self.lines.line(j)
            if not line.strip():
                # Blank lines may stand between the format line and its rows, or between
                # rows; after the rows, the first line that is no row ends them.
                j += 1
                continue
            if len(_split(line, pattern)) != len(kinds):
                break
            rows.append(j)
            j += 1
        if not rows:
            return 0
        for k in rows:
            start = self.lines.spans[k][0]
            line = self.lines.line(k)
            self._next_draft()
            for kind, (begin, e) in zip(kinds, _split(line, pattern), strict=True):
                s = begin
                if kind.field in ("person", "full_name", "last_name") and begin == 0:
                    number = _ROW_NUMBER.match(line)
                    s = number.end() if number is not None else begin
                value = line[s:e]
                if value.strip():
                    self._apply(kind, value, start + s, start + e, "table")
            self._next_draft()
        return rows[-1] + 1 - i
