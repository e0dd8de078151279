"""Arabic written with or without its hamza: "اسم" and "إسم", "الأول" and "الاول", "إدارة" and
"ادارة", "آنسة" and "انسة" are one word, and a final "ة" is often written "ه" ("السيده"),
a final "ي" as "ى" ("الثانى"). Text is folded one character for one character, so offsets
found in the folded text hold in the writer's own, whose spelling every value keeps."""

from __future__ import annotations

__all__ = ["fold_arabic", "fold_hamza", "tolerant"]

# Alef with hamza above or below, with madda, or wasla: all written as a bare alef.
_ALEFS = "أإآٱ"
_HAMZA = {**dict.fromkeys(_ALEFS, "ا"), "ة": "ه"}
_FOLD_HAMZA = str.maketrans(_HAMZA)
_FOLD = str.maketrans({**_HAMZA, "ى": "ي"})
# In a pattern: each alef form matches every other; a "ة" matches its undotted "ه".
_ALL_ALEFS = "ا" + _ALEFS
_IN_CLASS = {**dict.fromkeys(_ALL_ALEFS, _ALL_ALEFS), "ة": "ةه"}
_OUTSIDE = {key: f"[{value}]" for key, value in _IN_CLASS.items()}


def fold_arabic(text: str) -> str:
    """The text with every alef form a bare alef, "ى" as "ي" and "ة" as "ه"; same length.
    For text compared with text folded the same way (labels, catalogue names)."""
    return text.translate(_FOLD)


def fold_hamza(text: str) -> str:
    """The text with every alef form a bare alef and "ة" as "ه", "ى" and "ي" kept apart:
    for words compared with the writer's own ("على" is a preposition, "علي" a name)."""
    return text.translate(_FOLD_HAMZA)


def tolerant(pattern: str) -> str:
    """A regular expression's source that matches its Arabic words with or without their
    hamza, and a "ة" written "ه": for patterns read against the writer's own text. "ى" and
    "ي" stay apart there ("على" is a preposition, "علي" a name)."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append(_IN_CLASS.get(char, char))
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        else:
            out.append(_OUTSIDE.get(char, char))
    return "".join(out)
