"""Label lines giving two or more people's values at once, split by " / " in the same order:
"Apellidos, nombre: García Soto, Marta / Núñez Vidal, Ernesto", "Tratamiento: Sra. / Sr.",
"Usuario: xx-mgarcia / xx-enunez". Each part is one person's value; a line not split holds
a value the people share ("Cargo: Examinador"), though never an account's username or
address, which would then reach the wrong person.
"""

from __future__ import annotations

import re

from parsers.folding import fold
from parsers.labels import LabelKind
from parsers.names import split_person
from parsers.nominee_drafts import NomineeDrafts
from parsers.scripts import ARABIC, CYRILLIC

__all__ = ["SlashedPeople"]

# A slash with a blank on both sides: "Head/IT" is one value.
_SLASH = re.compile(r"[ \t]+/[ \t]+")
_NAME_FIELDS = frozenset({"person", "full_name", "last_name", "first_name"})
# Values that belong to one person only: said once for several, they are nobody's.
_OWN_FIELDS = frozenset({"username", "account_email"})
# Fields of the letter, not of a person: read once.
_LETTER_FIELDS = frozenset({"office", "country", "ignore"})
_MAX_LINES = 20
_HAN = re.compile(r"[\u3400-\u9fff]")

Span = tuple[int, int]


def _parts(text: str, start: int, end: int) -> list[Span]:
    """The spans of the value's parts between " / ", each trimmed; one part when unsplit."""
    value = text[start:end]
    spans: list[Span] = []
    pos = 0
    for sep in [*_SLASH.finditer(value), None]:
        stop = sep.start() if sep else len(value)
        piece = value[pos:stop]
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + pos + lead, start + pos + len(piece.rstrip())))
        pos = sep.end() if sep else len(value)
    return spans


def _script(text: str) -> str:
    for name, pattern in (("cyrillic", CYRILLIC), ("han", _HAN), ("arabic", ARABIC)):
        if pattern.search(text):
            return name
    return "latin"


def _different_people(names: list[str]) -> bool:
    """Whether the parts of a name line name different people, not one person written twice
    ("Sra. Marta NÚÑEZ / Ms. Marta NUNEZ", "Иванов Иван / Ivanov Ivan")."""
    if len({_script(n) for n in names}) != 1:
        return False
    surnames = [fold(split_person(n).last_name or n) for n in names]
    keys = ["".join(ch for ch in s if ch.isalnum()) for s in surnames]
    return all(keys) and len(set(keys)) == len(keys)


class SlashedPeople(NomineeDrafts):
    """Nominee drafts read from label lines each holding several people's values."""

    def _slashed_people(self, i: int) -> int:
        """Read the run of label lines from line i as several people when its name line and
        at least one other line split into as many parts by " / ", and no line into another
        number; returns the number of lines read (0: not this layout)."""
        block: list[tuple[LabelKind, list[Span]]] = []
        k = i
        n = len(self.lines.spans)
        while k < n and k - i < _MAX_LINES:
            found = self._label_at(k)
            if found is None or found.value_end <= found.value_start:
                break
            head = self.lines.text[self.lines.spans[k][0] : found.value_start]
            if "/" in head:
                return 0  # "Nom / Prénom : DOE / John": one person's fields, see slashed_pairs
            block.append((found.kind, _parts(self.lines.text, found.value_start, found.value_end)))
            k += 1
        split = [parts for _, parts in block if len(parts) > 1]
        counts = {len(parts) for parts in split}
        names = [parts for kind, parts in block if kind.field in _NAME_FIELDS]
        if len(split) < 2 or len(counts) != 1 or not names:
            return 0
        people = counts.pop()
        if any(len(parts) != people for parts in names):
            return 0
        text = self.lines.text
        if any(e <= s for parts in split for s, e in parts):
            return 0
        if not all(_different_people([text[s:e] for s, e in parts]) for parts in names):
            return 0
        self._next_draft()
        for person in range(people):
            for kind, parts in block:
                if len(parts) == 1 and (
                    kind.field in _OWN_FIELDS or (kind.field in _LETTER_FIELDS and person)
                ):
                    continue
                s, e = parts[person] if len(parts) > 1 else parts[0]
                self._apply(kind, text[s:e], s, e, "label")
            self._next_draft()
        return len(block)
