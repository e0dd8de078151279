"""The template's example row left in a filled-in annex table: a row whose cell says it is
the example ("示例", "Example", "Exemple", "Ejemplo", "Пример", "مثال"), often the circular's
own sample (Smith John, ca-jsmith), or a row of the template's own placeholders left with
no marker ("Mr/Ms | Surname | First name | username | name@office.org"). It shows how to
fill the table in and names nobody.
"""

from __future__ import annotations

import re

from parsers.labels import LabelKind, classify_label
from parsers.normalize import normalize_title

__all__ = ["is_example_row", "is_placeholder_row", "is_sample_person"]

# The marker opens its cell, alone or before a colon or bracket ("Example:", "(示例)",
# "Ejemplo 1"); brackets and stars around it are the template's own styling.
_MARKER = re.compile(
    r"[\s(（\[【*]*"
    r"(?:examples?|e\.\s?g\.?|sample|exemples?|ex\.|ejemplos?|ej\.|пример|образец|напр\."
    r"|示例|示範|样例|樣例|范例|範例|例如|例|مثال|على\s+سبيل\s+المثال)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# After the marker only what a template adds: punctuation, a bracketed note, a short
# instruction ("Example (delete this row)"), never a name or value of its own.
_TAIL = re.compile(
    r"[\s)）\]】*:：.\-–—]*\d{0,2}[\s)）\]】*:：.]*(?:[(（][^()（）]{0,40}[)）])?[\s.]*"
)
_MAX_CELL = 40


def _marker_cell(cell: str) -> bool:
    if len(cell) > _MAX_CELL or "@" in cell:
        return False
    match = _MARKER.match(cell)
    return match is not None and _TAIL.fullmatch(cell, match.end()) is not None


def is_example_row(cells: list[str]) -> bool:
    """Whether a table row is marked as the template's example by a cell of its own."""
    return any(_marker_cell(c.strip()) for c in cells if c.strip())


def _letters(value: str) -> str:
    return "".join(c for c in value.casefold() if c.isalnum())


def is_sample_person(
    last_name: str | None, first_name: str | None, username: str | None, examples: set[str]
) -> bool:
    """Whether a person is the circular's own sample: its example username ("ca-jsmith")
    given with the very name it is made of (Smith, John), the template's example row left
    unmarked. Someone else given that username is a nominee who copied it."""
    if not (last_name and username and username.casefold() in examples):
        return False
    local = _letters(username.split("-", 1)[-1])
    last = _letters(last_name)
    initial = _letters(first_name or "")[:1]
    return bool(last) and local in (last, initial + last)


_NAME_FIELDS = frozenset({"person", "full_name", "last_name", "first_name", "patronymic"})
# An address's local part made only of placeholder words: "name@", "firstname.lastname@",
# "prenom.nom@", "nombre.apellido@", "имя@", "xxx@".
_PLACEHOLDER_WORD = (
    r"(?:first|last|given|family|sur)?[ -]?name|nom|pr[ée]nom|nombre|apellidos?|user(?:name)?"
    r"|usuario|utilisateur|e?-?mail|correo|courriel|имя|фамилия|почта|x{2,}"
)
_PLACEHOLDER_LOCAL = re.compile(rf"(?:{_PLACEHOLDER_WORD})(?:[._-](?:{_PLACEHOLDER_WORD}))*", re.I)
# A username made of a placeholder after its office code: "xx-username", "ca-xxxx".
_PLACEHOLDER_USER = re.compile(rf"(?:[a-z]{{2,3}}|xx+)?[-_.]?(?:{_PLACEHOLDER_WORD})", re.I)
# A test response's values: "test", "test1", "essai", "prueba", "тест", "测试", "اختبار".
_TEST_WORD = re.compile(
    r"(?:test(?:ing)?|essai|prueba|teste|тест|проверка|测试|測試|اختبار)[ _.-]?\d{0,2}",
    re.IGNORECASE,
)
_OFFICE_CODE = re.compile(r"^[a-z]{2}[-_]", re.IGNORECASE)
# At least this many of a row's cells are placeholders, its names among them.
_MIN_PLACEHOLDERS = 2


def _test_value(cell: str, field: str) -> bool:
    """A test response's value ("Test", "fr-test", "test@office.example", "prueba"): whoever
    tried the form out before sending it, no person's name or account."""
    if field == "account_email" and "@" in cell:
        cell = cell.split("@", 1)[0]
    elif field == "username":
        cell = _OFFICE_CODE.sub("", cell)
    return _TEST_WORD.fullmatch(cell.strip()) is not None


def _placeholder(cell: str, kind: LabelKind | None) -> bool:
    """Whether a cell holds the template's own wording for its column rather than a value:
    the column's label again ("Surname" under "Last name"), the choice of titles ("Mr/Ms",
    "г-н/г-жа"), a placeholder address or username."""
    if kind is None or not cell:
        return False
    field = kind.field
    if _test_value(cell, field):
        return True
    if "@" in cell:
        local = cell.split("@", 1)[0]
        return field == "account_email" and _PLACEHOLDER_LOCAL.fullmatch(local) is not None
    if field == "title":
        parts = [p for p in re.split(r"\s*/\s*", cell) if p]
        if len(parts) >= 2 and all(normalize_title(p) for p in parts):
            return True
    if field == "username" and _PLACEHOLDER_USER.fullmatch(cell):
        return True
    label = classify_label(cell)
    if label is None:
        return False
    if field in _NAME_FIELDS:
        return label.field in _NAME_FIELDS
    return label.field == field


def is_placeholder_row(cells: list[str], kinds: list[LabelKind | None]) -> bool:
    """Whether a row under a header of `kinds` is the template's sample left unmarked: each
    name it gives a placeholder ("Surname", "First name"), and at least two placeholders in
    all. A real person with a label-like post or a generic address keeps a real name."""
    pairs = [(c.strip(), k) for c, k in zip(cells, kinds, strict=False) if c.strip()]
    named = [(c, k) for c, k in pairs if k is not None and k.field in _NAME_FIELDS]
    if not named or not all(_placeholder(c, k) for c, k in named):
        return False
    return sum(_placeholder(c, k) for c, k in pairs) >= _MIN_PLACEHOLDERS
