"""Nominees written as the annex's items without labels: a numbered list, or rows split by ";"."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from parsers.drafts import Draft, Found
from parsers.example_rows import is_example_row
from parsers.labels import LabelKind, classify_label, split_label_line
from parsers.models import TaskForceCatalog
from parsers.names import split_person
from parsers.normalize import clean_value
from parsers.taskforces import find_task_forces, mentions_all

__all__ = ["AnnexRows", "read_annex_rows"]

# "1. X", "2) X", "3．X" (full-width), "١- X" (Arabic-Indic digits), "一、X".
_ITEM = re.compile(
    r"^[ \t]*(?P<n>\d{1,2}|[\u0660-\u0669]{1,2}|[一二三四五六七八])[ \t]*(?:[.)．、]|[-–])[ \t]*(?P<v>\S[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
_HAN_DIGITS = "一二三四五六七八"
_ADDRESS = re.compile(r"^(?:mailto:)?[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+$")
_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{2,40}[A-Za-z0-9]$")
# A bracketed legend naming the columns: "(title; last name; first name; ...; task force)".
_LEGEND = re.compile(r"[(（](?P<l>[^()（）]{0,400};[^()（）]{0,400})[)）]")
_MIN_ITEMS = 5
_MIN_CELLS = 5


@dataclass
class AnnexRows:
    drafts: list[Draft] = field(default_factory=list)
    office: Found | None = None


def _number(token: str) -> int:
    if token in _HAN_DIGITS:
        return _HAN_DIGITS.index(token) + 1
    return int("".join(str(unicodedata.digit(c)) for c in token))


def _is_labelled(value: str) -> bool:
    pair = split_label_line(value)
    return pair is not None and classify_label(pair[0]) is not None


def _looks_like_username(value: str) -> bool:
    return bool(_USERNAME.match(value)) and (
        bool(re.search(r"[-_.]", value)) or value.lower() == value
    )


def _is_person(value: str) -> bool:
    """A written name: a title before or after it, or a surname-comma-given form."""
    person = split_person(value)
    return person.title is not None or ("," in value and person.first_name is not None)


Cell = tuple[str, int, int]


def _by_content(
    cells: list[Cell], catalog: TaskForceCatalog, source: str
) -> tuple[Draft, Cell | None] | None:
    """Fields recognised by their shape; what is left is read in the annex order.

    Both orders the Secretariat has used put the office first and the position right
    after the name, so among the cells that are neither an address, a username nor a
    task force, the office comes before the name and the position after it.
    """
    draft = Draft(source=source)
    rest: list[Cell] = []
    for value, start, end in cells:
        if _ADDRESS.match(value) and "account_email" not in draft.values:
            draft.put("account_email", value, start, end, rule="annex", text=value)
        elif _looks_like_username(value) and "username" not in draft.values:
            draft.put("username", value, start, end, rule="annex", text=value)
        elif draft.tf_found is None and (find_task_forces(value, catalog) or mentions_all(value)):
            draft.put_task_forces(value, start, end, "annex", catalog)
        else:
            rest.append((value, start, end))
    persons = [i for i, cell in enumerate(rest) if _is_person(cell[0])]
    if not persons or not draft.values:
        return None
    k = persons[0]
    value, start, end = rest[k]
    if split_person(value).last_name is None and k + 2 < len(rest):
        # The title in a cell of its own, then the two names: "Mr; LINDQVIST; Erik".
        a, b = rest[k + 1][0], rest[k + 2][0]
        capitals = any(t.isupper() and len(t) > 1 for t in (a + " " + b).split())
        value = f"{value} {a} {b}" if capitals else f"{value} {a}, {b}"
        end = rest[k + 2][2]
        rest = [*rest[: k + 1], *rest[k + 3 :]]
    draft.put_name(value, start, end, "annex")
    if k + 1 < len(rest):
        value, start, end = rest[k + 1]
        draft.put("position", value, start, end, rule="annex", text=value)
    return draft, rest[k - 1] if k else None


def _numbered(text: str, catalog: TaskForceCatalog, source: str, out: AnnexRows) -> None:
    run: list[re.Match[str]] = []
    for item in [*_ITEM.finditer(text), None]:
        if item is not None and (
            (not run and _number(item.group("n")) == 1)
            or (run and _number(item.group("n")) == _number(run[-1].group("n")) + 1)
        ):
            run.append(item)
            continue
        if len(run) >= _MIN_ITEMS and not any(_is_labelled(m.group("v")) for m in run):
            cells = [(m.group("v"), m.start("v"), m.end("v")) for m in run]
            read = _by_content(cells, catalog, source)
            if read is not None:
                out.drafts.append(read[0])
                office = read[1]
                if office is not None and out.office is None:
                    value, start, end = office
                    out.office = Found(clean_value(value), start, end, "annex", value)
        run = [item] if item is not None and _number(item.group("n")) == 1 else []


def _legend(text: str, before: int, width: int) -> list[LabelKind | None] | None:
    legends = list(_LEGEND.finditer(text, max(0, before - 600), before))
    if not legends:
        return None
    parts = [" ".join(p.split()) for p in legends[-1].group("l").split(";")]
    kinds = [classify_label(p) if p else None for p in parts]
    if len(kinds) != width or sum(k is not None for k in kinds) * 2 < width:
        return None
    return kinds


def _row(
    cells: list[Cell], kinds: list[LabelKind | None], catalog: TaskForceCatalog, source: str
) -> Draft:
    draft = Draft(source=source)
    for kind, (value, start, end) in zip(kinds, cells, strict=True):
        if kind is None or not value:
            continue
        if kind.field == "task_forces":
            draft.put_task_forces(value, start, end, "table", catalog)
        elif kind.field in ("full_name", "person"):
            draft.put_name(value, start, end, "table", surname_first=kind.surname_first or None)
        elif kind.field in (
            "title",
            "last_name",
            "first_name",
            "position",
            "username",
            "account_email",
        ):
            draft.put(kind.field, value, start, end, rule="table", text=value)
    return draft


def _semicolon_rows(text: str, catalog: TaskForceCatalog, source: str, out: AnnexRows) -> None:
    pos = 0
    rows: list[list[Cell]] = []
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        if body.count(";") + 1 < _MIN_CELLS or "@" not in body:
            continue
        cells: list[Cell] = []
        offset = start
        for part in body.split(";"):
            value = part.strip()
            s = offset + len(part) - len(part.lstrip())
            cells.append((value, s, s + len(value)))
            offset += len(part) + 1
        rows.append(cells)
    for cells in rows:
        if is_example_row([c[0] for c in cells]):
            continue  # the template's example row
        kinds = _legend(text, cells[0][1], len(cells))
        if kinds is not None:
            draft: Draft | None = _row(cells, kinds, catalog, source)
        else:
            read = _by_content(cells, catalog, source)
            draft = read[0] if read is not None else None
        if draft is not None and draft.has_name:
            out.drafts.append(draft)


def read_annex_rows(text: str, catalog: TaskForceCatalog, *, source: str = "body") -> AnnexRows:
    """Nominees from unlabelled annex items (numbered lists, ";"-separated rows).

    A run of at least five items numbered from 1 with no labels, or a line of at least
    five ";"-separated cells holding an address, is one nominee; the columns of a row
    follow a bracketed legend before it when there is one, and the shape of each value
    otherwise.
    """
    out = AnnexRows()
    if "@" not in text:
        return out
    _numbered(text, catalog, source, out)
    if text.count(";") >= _MIN_CELLS - 1:
        _semicolon_rows(text, catalog, source, out)
    return out
