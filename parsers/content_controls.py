"""A Word form's fields read as the form shows them: each content control (w:sdt) becomes
its shown content, blank while Word's prompt shows; check boxes become ☒ or ☐."""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from parsers.form_placeholders import is_form_placeholder

__all__ = ["settle_form_fields"]

_SDT = qn("w:sdt")
_SDT_PR = qn("w:sdtPr")
_SDT_CONTENT = qn("w:sdtContent")
_SHOWING_PROMPT = qn("w:showingPlcHdr")
_RUN = qn("w:r")
_TEXT = qn("w:t")
_VAL = qn("w:val")
# What a run shows: dropped from a control whose shown text is replaced.
_SHOWN = frozenset(qn(f"w:{tag}") for tag in ("t", "sym", "tab", "br", "cr", "ptab"))
# Word 2010's check-box control; its glyph may be any font's character (Wingdings' U+F0FE),
# so the ticked state is read from the control, not from what it draws.
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_CHECKBOX = f"{_W14}checkbox"
_CHECKED = f"{_W14}checked"
# A legacy form field (Word 97's FORMCHECKBOX) draws its box itself: no text at all.
_FIELD_DATA = qn("w:ffData")
_LEGACY_BOX = qn("w:checkBox")
_LEGACY_CHECKED = qn("w:checked")
_LEGACY_DEFAULT = qn("w:default")
_FALSE = frozenset({"0", "false", "off"})
TICKED, UNTICKED = "☒", "☐"


def _on(element: Any | None, attribute: str) -> bool:
    """An on/off property: present and not switched off (no value means on)."""
    return element is not None and element.get(attribute, "1").lower() not in _FALSE


def _show(content: Any, text: str) -> None:
    """Make `content` show `text` alone, in its first run, keeping its paragraphs and cells."""
    runs = list(content.iter(_RUN))
    for run in runs:
        for child in [c for c in run if c.tag in _SHOWN]:
            run.remove(child)
    if text and runs:
        shown = OxmlElement("w:t")
        shown.text = text
        runs[0].append(shown)


def _shown_text(content: Any) -> str:
    return "".join(t.text or "" for t in content.iter(_TEXT))


def _settle_control(sdt: Any) -> None:
    parent = sdt.getparent()
    if parent is None:
        return
    props = sdt.find(_SDT_PR)
    content = sdt.find(_SDT_CONTENT)
    if content is not None:
        box = props.find(_CHECKBOX) if props is not None else None
        if box is not None:
            _show(content, TICKED if _on(box.find(_CHECKED), f"{_W14}val") else UNTICKED)
        elif (props is not None and _on(props.find(_SHOWING_PROMPT), _VAL)) or is_form_placeholder(
            _shown_text(content)
        ):
            # The prompt is no answer; a drop-down's list items (in sdtPr) never were.
            _show(content, "")
        at = parent.index(sdt)
        for child in reversed(list(content)):
            parent.insert(at, child)
    parent.remove(sdt)


def _settle_legacy_box(data: Any) -> None:
    box = data.find(_LEGACY_BOX)
    run = data.getparent().getparent() if data.getparent() is not None else None
    if box is None or run is None or run.tag != _RUN:
        return
    checked = box.find(_LEGACY_CHECKED)
    ticked = _on(checked, _VAL) if checked is not None else _on(box.find(_LEGACY_DEFAULT), _VAL)
    glyph = OxmlElement("w:t")
    glyph.text = TICKED if ticked else UNTICKED
    run.append(glyph)


def settle_form_fields(root: Any) -> None:
    """Replace, in place, each content control under `root` by the content it shows.

    python-docx reads a paragraph's runs, a body's paragraphs and tables, a table's rows
    and a row's cells only as direct children, so a control wrapping any of them hid its
    text, or a whole row of a repeating section. Outer controls are settled first; the
    inner ones, moved up with their content, follow.
    """
    for element in list(root.iter(_SDT, _FIELD_DATA)):
        if element.tag == _SDT:
            _settle_control(element)
        else:
            _settle_legacy_box(element)
