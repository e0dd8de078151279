"""A fillable PDF's field values (AcroForm) drawn where their boxes are, as the form is seen.

A form filled in Acrobat or a browser keeps its values in the widget annotations, not in
the page's text: the page holds the printed labels and empty boxes only. Each filled
field is drawn into a copy of the page at its box, so the layout pass reads the value
beside its label ("Apellido(s):        Villaseñor Ortega"), as a Word form's controls are
read where they sit: a text field or a list's choice as its text, a check box or an
option button as ☒ or ☐ before the label printed beside it.
"""

from __future__ import annotations

from typing import Any

from pypdf import PageObject
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

__all__ = ["filled_page"]

# The font the values are drawn in: two-byte codes read back as UTF-16, so a value in any
# script comes out as typed; it only needs a width for the layout pass.
_FONT = "/MailbotFieldValue"
_SIZE = 9.0
_TICKED = "☒"
_UNTICKED = "☐"
# A page has tens of fields; a crafted one could carry thousands.
_MAX_WIDGETS = 1000
_MAX_VALUE = 2000
# Field flags (PDF 32000-1, 12.7.3.1 and 12.7.4): what a field is and how it is shown.
_PASSWORD = 1 << 13
_MULTILINE = 1 << 12
_PUSHBUTTON = 1 << 16
# Annotation flags (12.5.3): a hidden box is not on the form a person sees.
_HIDDEN = 1 << 1
_NO_VIEW = 1 << 5


def _inherited(widget: DictionaryObject, key: str) -> Any:
    """A field attribute on the widget or, as for a field with several boxes, its parent."""
    node: Any = widget
    for _ in range(32):
        if not isinstance(node, DictionaryObject):
            return None
        if key in node:
            return node[key].get_object()
        node = node.get("/Parent")
        node = node.get_object() if node is not None else None
    return None


def _choice_text(value: Any, options: Any) -> str:
    """A list's chosen entries as shown: an export value is given its display text."""
    chosen = [str(v) for v in value] if isinstance(value, ArrayObject) else [str(value)]
    shown: dict[str, str] = {}
    if isinstance(options, ArrayObject):
        for option in options:
            pair = option.get_object()
            if isinstance(pair, ArrayObject) and len(pair) >= 2:
                shown[str(pair[0].get_object())] = str(pair[1].get_object())
    return ", ".join(shown.get(c, c) for c in chosen if c)


def _shown_value(widget: DictionaryObject) -> str | None:
    """What the box shows: its text, its choice, ☒ or ☐; None for what shows nothing."""
    if int(widget.get("/F", 0) or 0) & (_HIDDEN | _NO_VIEW):
        return None
    kind = _inherited(widget, "/FT")
    flags = int(_inherited(widget, "/Ff") or 0)
    if kind == "/Btn":
        if flags & _PUSHBUTTON:
            return None
        # A box's own appearance state says whether it is ticked: a group of option
        # buttons shares one value, each box has its own state.
        state = widget.get("/AS")
        if state is None:
            state = _inherited(widget, "/V")
        return _UNTICKED if state in (None, "/Off") else _TICKED
    value = _inherited(widget, "/V")
    if value is None or flags & _PASSWORD:
        return None
    if kind == "/Ch":
        text = _choice_text(value, _inherited(widget, "/Opt"))
    elif kind == "/Tx":
        text = str(value)
    else:
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text[:_MAX_VALUE] or None


def _draw(value: str, rect: Any, *, multiline: bool) -> list[str]:
    """Text operators drawing the value at the box, one line per line of a multi-line value."""
    try:
        x0, y0, x1, y1 = (float(v) for v in rect)
    except (TypeError, ValueError):
        return []
    left, bottom, top = min(x0, x1), min(y0, y1), max(y0, y1)
    lines = [line for line in value.split("\n") if line.strip()]
    if not multiline or len(lines) == 1:
        lines = [" ".join(lines)]
        # One line of text sits in the middle of its box, on the line of its label.
        baselines = [bottom + max(0.0, (top - bottom - 0.7 * _SIZE) / 2)]
    else:
        baselines = [top - _SIZE * 1.2 * (i + 1) for i in range(len(lines))]
    ops = []
    for line, y in zip(lines, baselines, strict=True):
        code = "".join(c for c in line if c.isprintable()).encode("utf-16-be", "replace").hex()
        ops.append(f"BT {_FONT} {_SIZE:g} Tf 1 0 0 1 {left + 2:.2f} {y:.2f} Tm <{code}> Tj ET")
    return ops


def _value_font() -> DictionaryObject:
    name = NameObject
    descendant = DictionaryObject(
        {
            name("/Type"): name("/Font"),
            name("/Subtype"): name("/CIDFontType2"),
            name("/BaseFont"): name(_FONT),
            name("/DW"): NumberObject(500),
        }
    )
    return DictionaryObject(
        {
            name("/Type"): name("/Font"),
            name("/Subtype"): name("/Type0"),
            name("/BaseFont"): name(_FONT),
            name("/Encoding"): name("/Identity-H"),
            name("/DescendantFonts"): ArrayObject([descendant]),
        }
    )


def filled_page(page: PageObject) -> PageObject | None:
    """A copy of the page with its filled fields drawn in, or None when no field is filled."""
    annots = page.get("/Annots")
    annots = annots.get_object() if annots is not None else None
    if not isinstance(annots, ArrayObject):
        return None
    ops: list[str] = []
    filled = False
    for ref in list(annots)[:_MAX_WIDGETS]:
        widget = ref.get_object()
        if not isinstance(widget, DictionaryObject) or widget.get("/Subtype") != "/Widget":
            continue
        value = _shown_value(widget)
        if value is None:
            continue
        filled = filled or value != _UNTICKED
        multiline = bool(int(_inherited(widget, "/Ff") or 0) & _MULTILINE)
        ops.extend(_draw(value, widget.get("/Rect"), multiline=multiline))
    if not filled or not ops:
        return None
    values = DecodedStreamObject()
    values.set_data("\n".join(ops).encode("ascii"))
    copy = PageObject(page.pdf)
    copy.update(page)
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    own = DictionaryObject(resources) if isinstance(resources, DictionaryObject) else None
    own = own if own is not None else DictionaryObject()
    fonts = own.get("/Font")
    fonts = fonts.get_object() if fonts is not None else None
    own_fonts = (
        DictionaryObject(fonts) if isinstance(fonts, DictionaryObject) else DictionaryObject()
    )
    own_fonts[NameObject(_FONT)] = _value_font()
    own[NameObject("/Font")] = own_fonts
    copy[NameObject("/Resources")] = own
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    streams = list(contents) if isinstance(contents, ArrayObject) else [contents]
    copy[NameObject("/Contents")] = ArrayObject([s for s in streams if s is not None] + [values])
    return copy
