"""Labelled lines and tables: nominee fields, each value with the offsets it was read from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from parsers.drafts import Draft, Found, inline_pairs
from parsers.labels import BRACKET_LINE, DASH_LINE, LINE, LabelKind, classify_label
from parsers.models import TaskForceCatalog
from parsers.names import given_and_patronymic, name_and_rest, split_person, strip_romanisation
from parsers.normalize import clean_value
from parsers.people import PERSON_LINE
from parsers.taskforces import ALSO, find_task_forces

__all__ = ["LabelledFields", "apply_shared", "read_labelled"]

# A label, three or more spaces, its value: one row of a two-column table pasted as text.
_SPACED_COLUMNS = re.compile(
    r"^[ \t]*(?P<label>\S(?:[^\n]{0,60}?\S)?) {3,}(?P<value>\S[^\n]*?)[ \t]*$"
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
# "三人职务均为专利处技术员": a post said once, in a sentence, for every nominee.
_ZH_SHARED_POSITION = re.compile(
    r"(?:[两二三四五\d]人|[两二三四五\d]位|他们|她们|上述人员|以上人员)?的?(?:职务|职位|職務|職位)"
    r"(?:均|都)(?:为|是|為)(?P<p>[^，。；：,;:\n]{2,40})"
)
# Fields whose value may go on under an empty label cell, and how far right a value column
# must start for an indented line to be read as the rest of it.
_CONTINUED_FIELDS = frozenset({"task_forces", "position", "office"})
# A post written on the line under a name heading: short, no address, number or sentence end.
_MAX_POST_CHARS = 100
_MAX_POST_WORDS = 14
_NOT_A_POST = re.compile(r"[@:：|\d]|https?:|[.!?。]$")
_POST_THEN = frozenset({"username", "task_forces"})
_NAME_LABELS = frozenset({"person", "full_name", "last_name", "first_name"})
_MIN_VALUE_COLUMN = 12
# A value wrapped onto the next line: what the first line may end with mid-phrase, and
# what the next line may not hold.
_MID_PHRASE_END = re.compile(
    r"(?:^|\s)(?:of|the|and|for|in|on|at|to|an?|de|du|des|la|le|les|l['’]|et|en|à|au|aux|del|el"
    r"|los|las|y|e|para|por|con|и|в|во|по|для|на|при|с|со|и|или|و|في|من|عن|على)$|[,&/(–-]$",
    re.IGNORECASE,
)
_FULL_STOP_END = re.compile(r"[.;:!?。；：！？]$")
_NOT_WRAPPED = re.compile(r"@|https?:|www\.|\t|\||[:：]\s|[:：]$")
_MAX_WRAPPED = 80
_HAN_WRAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]*\r?\n[ \t\u3000]*(?=[\u4e00-\u9fff])")
_BARE_NAME = re.compile(r"(?:[A-ZÀ-ÞА-ЯЁ][\w'’-]+[ \t]+){1,3}[A-ZÀ-ÞА-ЯЁ][\w'’-]+")
_NOT_TITLE_BRACKET = re.compile(
    r"[(（](?!\s*(?:Mrs|Mr|Ms|Miss|Mme|Mlle|M|Sra|Srta|Sr|Dr|г-н|г-жа|先生|女士|السيد|السيدة)\.?\s*[)）])[^()（）]*[)）]?.*$",
    re.IGNORECASE,
)
# Check boxes ("☒", "[ ]") start the items of a form's list as bullets do.
_BULLET = re.compile(r"^[ \t]*(?:[-*•·▪◦–+☐☑☒■□]|\d{1,2}[.)]|[a-z][.)]|\[[\sxX✓✔]{0,3}\])\s+")
_NOMINEE_FIELDS = frozenset(
    {"title", "last_name", "first_name", "position", "username", "account_email", "task_forces"}
)


# "ru-asokolov (a.sokolov@rupto.example)", "cl-x – correo: x@inapi.example": the address
# may carry a label of its own ("l"), which must then name the account's e-mail.
_ACCOUNT_PAIR = re.compile(
    r"\s*(?P<u>[A-Za-z0-9][A-Za-z0-9._-]{2,40}[A-Za-z0-9])\s*(?:[(/,;–—-]|\s)\s*"
    r"(?:(?P<l>[^\W\d_][^:：@\n]{0,40}?)\s*[:：]\s*)?(?:mailto:)?"
    r"(?P<a>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*\)?\W*$"
)


def _account_pair(value: str) -> re.Match[str] | None:
    pair = _ACCOUNT_PAIR.match(value)
    if pair is None or pair.group("l") is None:
        return pair
    kind = classify_label(pair.group("l"))
    return pair if kind is not None and kind.field == "account_email" else None


class _Label(NamedTuple):
    kind: LabelKind
    value_start: int
    value_end: int


# A name in brackets closing a person label: "Представитель 2 (Петросян Анна Грачиковна):".
_BRACKETED_NAME = re.compile(
    r"[(（](?P<n>[^\W\d_][^\W\d_'’.-]*(?:[ \t]+[^\W\d_][^\W\d_'’.-]*){1,4})[)）][ \t]*[:：]?[ \t]*$",
    re.MULTILINE,
)
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
_MIN_PLAIN_LABELS = 3
_MIN_SEPARATORS = 3  # four cells or more


_SPACED_DASH = re.compile(r"\s[–—]\s")


def _item_row(label: str) -> bool:
    """True if a colon's "label" is really the tail of a row of " – "-separated items."""
    if "–" not in label and "—" not in label:
        return False
    head = _SPACED_DASH.split(label, maxsplit=1)
    return len(head) > 1 and classify_label(head[0]) is None


def _plain_label(line: str) -> LabelKind | None:
    if len(line) > 80 or len(line.split()) > _PLAIN_LABEL_WORDS:
        return None
    match = _PLAIN_LABEL.match(line)
    kind = classify_label(match.group("label")) if match else None
    return kind if kind and kind.field not in ("ignore", "country", "person") else None


@dataclass
class LabelledFields:
    office: Found | None = None
    country: Found | None = None
    drafts: list[Draft] = field(default_factory=list)
    # Task forces named in the running text around the labels ("to the XML4IP Task Force:").
    context_task_forces: list[Found] = field(default_factory=list)
    labels_seen: int = 0
    # Values stated once for every nominee ("Position (all three): ..."), by field.
    shared: dict[str, Found] = field(default_factory=dict)


@dataclass
class _Lines:
    text: str
    spans: list[tuple[int, int]]

    @classmethod
    def of(cls, text: str) -> _Lines:
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


def _split_sentences(lines: _Lines) -> None:
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


def _split_inline_pairs(lines: _Lines) -> None:
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


class _Reader:
    def __init__(self, text: str, catalog: TaskForceCatalog, source: str) -> None:
        self.lines = _Lines.of(text)
        if "。" in text or "！" in text or "？" in text or _LATIN_STOP_LABEL.search(text):
            _split_sentences(self.lines)
        if ";" in text or "|" in text:
            _split_inline_pairs(self.lines)
        self.catalog = catalog
        self.source = source
        self.out = LabelledFields()
        self.current = Draft(source=source)
        self._labels: dict[int, _Label | None] = {}
        self._plain: dict[int, LabelKind] | None = None
        # A block of "|" lines that is no table is not retried from each of its later lines
        # (the tail of a "Analyst | Analyste" bilingual signature would pass for one).
        self._no_table_until = 0
        # The name labels read into the current draft ("Nombre", "Apellidos", "Отчество").
        self._name_kinds: list[LabelKind] = []

    # -- drafts ---------------------------------------------------------------------------
    def _next_draft(self) -> None:
        self._whole_name()
        if not self.current.is_empty:
            self.out.drafts.append(self.current)
        self.current = Draft(source=self.source)
        self._name_kinds = []

    def _whole_name(self) -> None:
        """A lone "Nombre: Juan Pérez García" ("Nom : DUPONT Marie", "Имя: Иванов Пётр
        Сергеевич"), with no other name label in its block, is the whole name, split as a
        written name is; only when it splits into a surname and a given name."""
        if len(self._name_kinds) != 1 or not self._name_kinds[0].whole:
            return
        name = self._name_kinds[0].field
        other = "first_name" if name == "last_name" else "last_name"
        found = self.current.values.get(name)
        if found is None or other in self.current.values or given_and_patronymic(found.value):
            return
        person = split_person(found.value)
        if person.last_name and person.first_name:
            del self.current.values[name]
            self.current.put_name(found.value, found.start, found.end, found.rule)

    def _apply(self, kind: LabelKind, value: str, start: int, end: int, rule: str) -> None:
        name = kind.field
        text = self.lines.text[start:end]
        if name == "office":
            if clean_value(value) and self.out.office is None:
                self.out.office = Found(clean_value(value), start, end, rule, text)
            return
        if name == "country":
            if clean_value(value) and self.out.country is None:
                self.out.country = Found(clean_value(value), start, end, rule, text)
            return
        if name == "ignore":
            return
        if kind.shared:
            # Often a sentence: "Должность у всех троих: ведущий специалист отдела."
            shared = re.sub(r"(?<=[^\W\d_]{4})\.$", "", clean_value(value))
            if shared:
                self.out.shared.setdefault(name, Found(shared, start, end, rule, text))
            return
        if name == "person" and not re.sub(r"[\W\d_]+", "", value):
            self._next_draft()  # "Nominee 2", "Representative:" opens a block
            return
        if name in ("person", "full_name"):
            if self.current.has_name:
                self._next_draft()
            self._put_name(value, start, rule, surname_first=kind.surname_first or None)
            return
        if name == "patronymic":
            self._name_kinds.append(kind)
            first = self.current.values.get("first_name")
            if first and clean_value(value):
                merged = f"{first.value} {clean_value(value)}"
                self.current.values["first_name"] = Found(merged, first.start, end, rule, text)
            return
        if name in _NOMINEE_FIELDS and self.current.has(name):
            self._next_draft()
        if name in ("last_name", "first_name"):
            self._name_kinds.append(kind)
        if name == "task_forces":
            self.current.put_task_forces(value, start, end, rule, self.catalog)
        elif name == "username" and (pair := _account_pair(value)) is not None:
            # "WIPO Account — ru-asokolov (a.sokolov@rupto.example)": both in one value.
            for part in ("u", "a"):
                field_name = "username" if part == "u" else "account_email"
                s, e = start + pair.start(part), start + pair.end(part)
                self.current.put(
                    field_name, pair.group(part), s, e, rule=rule, text=pair.group(part)
                )
        elif name == "last_name" and "," in value.strip(" ,") and not self.current.has_name:
            # "Apellido, nombre" written under a surname label: "QUISPE MAMANI, Jorge".
            self._put_name(value, start, rule, surname_first=True)
        else:
            self.current.put(name, value, start, end, rule=rule, text=text)

    def _put_name(self, value: str, start: int, rule: str, *, surname_first: bool | None) -> None:
        # "Ms Jane DOE (username: us-jdoe, e-mail: jane@office.example)"
        name_part = strip_romanisation(value)
        for field_name, inner, s, e in inline_pairs(value):
            self.current.put(field_name, inner, start + s, start + e, rule=rule, text=inner)
            name_part = name_part.replace(value[s:e], " ")
        name_part = re.sub(r"\((?:[^()]*[:：@][^()]*)\)", " ", name_part)
        # A bracketed title stays ("LIM Wei Jie (Mr)"); any other bracket ends the name.
        name_part = _NOT_TITLE_BRACKET.sub(" ", name_part)
        name_part = re.split(r"[;\[]|\s[-–—]\s", name_part)[0]
        name_part, rest = name_and_rest(name_part)
        position = clean_value(rest)
        if position and not re.search(r"[@\d]", position) and len(position.split()) <= 10:
            offset = start + value.find(position) if position in value else start
            self.current.put(
                "position", position, offset, offset + len(position), rule=rule, text=position
            )
        if clean_value(name_part):
            self.current.put_name(
                name_part, start, start + len(value.rstrip()), rule, surname_first=surname_first
            )

    # -- labelled lines -------------------------------------------------------------------
    def _label_at(self, i: int) -> _Label | None:
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

    def _find_label(self, i: int) -> _Label | None:
        start, end = self.lines.spans[i]
        line = self.lines.text[start:end]
        head = line[:110]
        if "【" in head:
            bracketed = BRACKET_LINE.match(self.lines.text, start, end)
            kind = classify_label(bracketed.group("label")) if bracketed else None
            if bracketed and kind:
                return _Label(kind, bracketed.start("value"), bracketed.end("value"))
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
                if kind:
                    return _Label(kind, start + match.start("value"), start + match.end("value"))
        if "—" in head or "–" in head or " -- " in head:
            dashed = DASH_LINE.match(line)
            kind = classify_label(dashed.group("label")) if dashed else None
            if dashed and kind and kind.field not in ("ignore", "country", "person"):
                return _Label(kind, start + dashed.start("value"), start + dashed.end("value"))
            if dashed and kind and kind.field == "person" and " -- " in line:
                # "3) Name -- Ms Jane DOE": a typewriter form line (an em dash after a bare
                # "Expert" or "Representative" is more often a sentence).
                return _Label(kind, start + dashed.start("value"), start + dashed.end("value"))
        if "\t" in line:
            # A two-column table pasted as text: "Cargo<TAB>Analista de Sistemas".
            label, _, value = line.strip().partition("\t")
            kind = classify_label(label)
            if kind and value.strip():
                value_start = start + line.index(value, line.index(label) + len(label))
                return _Label(kind, value_start, value_start + len(value.rstrip()))
        if "...." in line:
            # A typed form with dot leaders: "Last name ........ Sutrisno".
            dotted = _DOT_LEADER.match(line)
            kind = classify_label(dotted.group("label")) if dotted else None
            if dotted and kind and kind.field not in ("ignore", "country"):
                return _Label(kind, start + dotted.start("value"), start + dotted.end("value"))
        if "   " in line:
            # The same table pasted with spaces for columns: "Poste occupé      Chef ...".
            spaced = _SPACED_COLUMNS.match(line)
            kind = classify_label(spaced.group("label")) if spaced else None
            if spaced and kind and kind.field not in ("ignore", "country"):
                return _Label(kind, start + spaced.start("value"), start + spaced.end("value"))
        if len(line) <= 120 and _COPULA_WORD.search(line):
            said = _COPULA_LINE.match(line)
            kind = classify_label(_POSSESSIVE.sub("", said.group("label"))) if said else None
            if said and kind and kind.field in _COPULA_FIELDS:
                return _Label(kind, start + said.start("value"), start + said.end("value"))
        bare = _LABEL_ONLY.match(line)
        if bare:
            # "5. WIPO User Center ID" with its value on the next line: only numbered or
            # bold labels, so that an ordinary short line or a bullet is never a label.
            kind = classify_label(bare.group("label"))
            if kind and kind.field not in ("ignore", "country"):
                return _Label(kind, end, end)
        numbered = _NUMBERED_PERSON.match(line)
        if numbered:
            # "Representante 1", "Представитель 2" alone on a line: the next nominee's block.
            kind = classify_label(numbered.group("label"))
            if kind and kind.field == "person":
                return _Label(kind, end, end)
        kind = self._plain_labels().get(i)
        if kind is not None:
            return _Label(kind, end, end)
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

    def _post_under(self, i: int) -> int | None:
        """The line right under a name heading when it is the post held and the nominee's
        own labelled lines follow it ("ESPINOZA TAPIA Valentina Andrea (Sra.)" / "Jefa de
        la Unidad de Examen" / "Usuario Cuenta OMPI: ..."): its index, else None.

        Only before a username or task-force label, which no signature block has (a signer's
        name, post and "E-mail:" line read the same way otherwise).
        """
        j = i + 1
        if j + 1 >= len(self.lines.spans):
            return None
        line = self.lines.line(j).strip()
        if (
            not line
            or len(line) > _MAX_POST_CHARS
            or len(line.split()) > _MAX_POST_WORDS
            or _NOT_A_POST.search(line)
            or self._label_at(j) is not None
            or PERSON_LINE.match(line)
        ):
            return None
        below = self._label_at(j + 1)
        return j if below is not None and below.kind.field in _POST_THEN else None

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
        while multi and last + 1 < n:
            nxt = self.lines.line(last + 1)
            if not nxt.strip() or not _BULLET.match(nxt):
                break
            if self._label_at(last + 1) and not self._task_force_item(last + 1):
                break
            last += 1
            end = self.lines.spans[last][1]
        start += len(self.lines.line(j)) - len(self.lines.line(j).lstrip())
        return start, end, last

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

    def _wrapped(self, i: int, end: int) -> tuple[int, int]:
        """A value that a narrow window wrapped onto the next line: (end, last line).

        "Nom de l'office : Institut National de la Propriété" and "Industrielle (INPI)" under
        it: the next line, in the same paragraph, is no label, item, name heading, address
        or link, and the value above ends mid-phrase (a preposition, an article or a comma
        last, an open bracket, the next line starting in lower case) or the line after the
        next one is a label again, so that the line in between belongs to the value.
        """
        n = len(self.lines.spans)
        while i + 1 < n:
            value = self.lines.text[self.lines.spans[i][0] : end].rstrip()
            nxt_start, nxt_end = self.lines.spans[i + 1]
            if self.lines.text.count("\n", end, nxt_start) != 1 or _FULL_STOP_END.search(value):
                break
            nxt = self.lines.text[nxt_start:nxt_end].strip()
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
                _MID_PHRASE_END.search(value) is not None
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

    def read(self) -> LabelledFields:
        i = 0
        n = len(self.lines.spans)
        while i < n:
            line = self.lines.line(i)
            separator = _cell_separator(line)
            if separator and i >= self._no_table_until:
                consumed = self._table(i, separator)
                if consumed:
                    i += consumed
                    continue
            found = self._label_at(i)
            if found is None:
                person = PERSON_LINE.match(line)
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
                    i = post
                    s, e = self.lines.spans[i]
                    s += len(self.lines.line(i)) - len(self.lines.line(i).lstrip())
                    value = self.lines.text[s:e]
                    self.current.put("position", value, s, e, rule="label", text=value)
                i += 1
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
            elif kind.field in _CONTINUED_FIELDS:
                first = i
                end, i = self._continued(i, start, end)
                if i == first:
                    end, i = self._wrapped(i, end)
                value = self.lines.text[start:end]
                if i > first and "\n" in value:
                    # Han script wraps inside a word: "…专利审查协作" + "江苏中心" is one name.
                    value = _HAN_WRAP.sub("", value)
            if "/" in value and line_start <= start <= self.lines.spans[i][1]:
                pairs = _slashed_pairs(self.lines.text[line_start:start], value, start)
                if pairs:
                    for part_kind, s, e in pairs:
                        self._apply(part_kind, self.lines.text[s:e], s, e, "label")
                    i += 1
                    continue
            self._apply(kind, value, start, end, "label")
            i += 1
        self._next_draft()
        # Task forces named before the first nominee ("to the XML4IP Task Force:") apply to
        # nominees whose own block names none.
        named = [d for d in self.out.drafts if d.has_name]
        boundary = (
            min((f.start for f in named[0].values.values()), default=0)
            if named
            else len(self.lines.text)
        )
        self.out.context_task_forces = [
            Found(hit.name, hit.start, hit.end, "prose", hit.text)
            for hit in find_task_forces(self.lines.text[:boundary], self.catalog)
        ]
        if "均" in self.lines.text and "position" not in self.out.shared:
            said = _ZH_SHARED_POSITION.search(self.lines.text)
            if said is not None:
                value, start, end = said.group("p"), said.start("p"), said.end("p")
                self.out.shared["position"] = Found(value, start, end, "prose", value)
        return self.out

    # -- tables ---------------------------------------------------------------------------
    def _cells(self, i: int, separator: str) -> list[tuple[str, int, int]]:
        start, end = self.lines.spans[i]
        line = self.lines.text[start:end]
        cells: list[tuple[str, int, int]] = []
        pos = 0
        for part in line.split(separator):
            s = start + pos + len(part) - len(part.lstrip())
            cells.append((part.strip(), s, s + len(part.strip())))
            pos += len(part) + 1
        if cells and not cells[0][0] and line.lstrip().startswith("|"):
            cells = cells[1:]
        if cells and not cells[-1][0] and line.rstrip().endswith("|"):
            cells = cells[:-1]
        return cells

    def _table(self, i: int, separator: str) -> int:
        """Read a table starting at line i; returns the number of lines consumed (0: not a table).

        "|" tables may be headed by a row or by a column of labels. Rows pasted from a
        spreadsheet (tabs) or a CSV file (";") count only under a header row of bare labels:
        "Nom : X ; Prénom : Y" is a line of label pairs, not a header.
        """
        n = len(self.lines.spans)
        j = i
        while j < n and _cell_separator(self.lines.line(j)) == separator:
            j += 1
        rows = [self._cells(k, separator) for k in range(i, j)]
        rows = [r for r in rows if any(c[0] and not set(c[0]) <= set("-:= ") for c in r)]
        if not rows:
            self._no_table_until = j
            return 0
        # Two columns with labels down the first ("Name | Ms. DOE Jane"): a value that looks
        # like a label ("Ms." reads as a title label) must not make its row a header.
        label_column = (
            separator == "|"
            and len(rows) >= 3
            and max(len(r) for r in rows) == 2
            and sum(bool(r[0][0]) and classify_label(r[0][0]) is not None for r in rows) * 2
            >= len(rows) + 1
        )
        for h, row in enumerate([] if label_column else rows[:3]):
            if separator != "|" and any(":" in c[0] or "：" in c[0] for c in row):
                continue
            kinds = [classify_label(c[0]) if c[0] else None for c in row]
            useful = {k.field for k in kinds if k and k.field not in ("ignore",)}
            if len(useful) >= 2 and sum(k is not None for k in kinds) * 2 >= len(
                [c for c in row if c[0]]
            ):
                for above in rows[:h]:
                    # "Office | INPI" above the header row: the sheet's own heading.
                    kind = classify_label(above[0][0]) if len(above) == 2 else None
                    if kind and kind.field == "office" and above[1][0]:
                        self._apply(kind, *above[1], "table")
                # A column per task force ("XML4IP | SEQL", "XML4IP工作队 | 序列表工作队") takes a
                # mark, not a name, though a header naming one task force reads as a label too.
                ticks = [
                    cell
                    if (kind is None or kind.field == "task_forces")
                    and cell[0]
                    and find_task_forces(cell[0], self.catalog)
                    else None
                    for kind, cell in zip(kinds, row, strict=False)
                ]
                for data in rows[h + 1 :]:
                    self._next_draft()
                    for kind, tick, (value, s, e) in zip(kinds, ticks, data, strict=False):
                        if tick is not None:
                            if _TICK_CELL.fullmatch(value):
                                self.current.put_task_forces(tick[0], s, e, "table", self.catalog)
                        elif kind and value:
                            self._apply(kind, value, s, e, "table")
                    self._next_draft()
                return j - i
        if separator != "|":
            self._no_table_until = j
            return 0
        first = [classify_label(r[0][0]) if r and r[0][0] else None for r in rows]
        if sum(k is not None for k in first) * 2 < len(rows):
            self._no_table_until = j
            return 0
        width = max(len(r) for r in rows)
        for column in range(1, max(width, 2)):
            for kind, row in zip(first, rows, strict=True):
                if kind and column < len(row) and row[column][0]:
                    value, s, e = row[column]
                    self._apply(kind, value, s, e, "table")
            if width > 2:
                self._next_draft()
        return j - i


_SLASH_FIELDS = frozenset({"title", "last_name", "first_name", "position", "username"})


def _slashed_pairs(head: str, value: str, start: int) -> list[tuple[LabelKind, int, int]]:
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


# A cell that ticks its column: a mark or a yes; an empty box, "-" or "no" does not.
_TICK_CELL = re.compile(
    r"\s*(?:[☒☑■▣⊠✓✔✅√✗✘xX●•]|\[\s?[xX✓✔√]\s?\]|yes|oui|s[ií]|да|是|نعم)\s*",
    re.IGNORECASE,
)


def _cell_separator(line: str) -> str | None:
    """What splits a line into table cells: "|", else tabs or ";" between four or more cells."""
    if "|" in line:
        return "|"
    if line.count("\t") >= _MIN_SEPARATORS:
        return "\t"
    if line.count(";") >= _MIN_SEPARATORS:
        return ";"
    return None


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
