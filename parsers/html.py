"""HTML mail bodies and attachments to plain text, one table row per line with " | " between cells."""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from parsers.check_boxes import symbol_boxes

__all__ = [
    "CELL_SEPARATOR",
    "html_has_check_boxes",
    "html_has_data_table",
    "html_has_struck_text",
    "html_to_text",
    "mailto_target",
]

CELL_SEPARATOR = " | "

_SKIP = frozenset(
    {"script", "style", "head", "title", "noscript", "template", "iframe", "object", "svg"}
)
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "pre"})
_BLOCK = frozenset(
    {
        "div", "li", "dt", "dd", "section", "article", "header", "footer", "nav", "aside",
        "main", "form", "fieldset", "address", "center", "figure", "figcaption", "caption",
        "hr", "body", "html", "tr", "table", "tbody", "thead", "tfoot", "o:p",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_HIDDEN = re.compile(r"display\s*:\s*none", re.IGNORECASE)
# Text struck through is withdrawn ("les données barrées ne sont plus valables"): a corrected
# value sent beside the old one, which the text part keeps as if both stood.
_STRUCK_TAGS = frozenset({"s", "strike", "del"})
_STRUCK = re.compile(r"text-decoration(?:-line)?\s*:[^;\"']*line-through", re.IGNORECASE)
_STRUCK_MARKUP = re.compile(
    r"<(?:s|strike|del)(?:\s[^>]*)?>\s*[^<\s]"
    r"|<[a-z][^<>]*\sstyle\s*=\s*[\"'][^\"'>]*text-decoration(?:-line)?\s*:[^;\"'>]*line-through",
    re.IGNORECASE,
)
# Rows and cells drawn with CSS (display:table-row / table-cell) instead of <tr> and <td>.
_CSS_ROW = re.compile(r"display\s*:\s*table-row(?![\w-])", re.IGNORECASE)
_CSS_CELL = re.compile(r"display\s*:\s*table-cell", re.IGNORECASE)
_CSS_ROW_BYTES = re.compile(rb"display\s*:\s*table-row(?![\w-])", re.IGNORECASE)
_TR = re.compile(rb"<tr[\s>]|<tr$", re.IGNORECASE)
_TD = re.compile(rb"<t[dh][\s>]", re.IGNORECASE)
# A mailto link's target: one address, before any "?subject=..." (a list of several is none).
_MAILTO_TARGET = re.compile(r"\s*mailto:\s*(?P<a>[^\s?,;@]+@[^\s?,;@]+?)\s*(?:\?.*)?$", re.I | re.S)
# A form's check boxes drawn as pictures (a Google Forms receipt's "check_box_black_24dp.png"
# and "check_box_outline_blank_black_24dp.png", an image whose alternative text says
# "Checked" or "Case non cochée") or in a symbol font (Word's Wingdings "þ" and "¨"): shown
# as ☒ and ☐, so that the options ticked are told from the rest as in a typed form.
_BOX_MARKUP = re.compile(
    r"<img\b[^>]{0,2000}?(?:check|tick|coch|marcad|casilla|отмеч|选|勾|محدد)"
    r"|font-family:\s*(?:[\"']|&quot;)?wingdings|face=[\"']?wingdings",
    re.IGNORECASE,
)
_BOX_IMAGE = re.compile(
    r"check|tick|coch|marcad|casilla|radio|отмеч|флажок|选|勾|محدد|مربع", re.IGNORECASE
)
_EMPTY_BOX_IMAGE = re.compile(
    r"outline|blank|empty|unchecked|unticked|uncheck|not[\s_-]*(?:checked|ticked|selected)"
    r"|\boff\b|_off|non[\s_-]*coch|sin[\s_-]*marcar|no[\s_-]*marcad|не[\s_-]*отмеч|未|غير",
    re.IGNORECASE,
)
_BOXES = frozenset({"☒", "☐"})
_SYMBOL_FONT = re.compile(r"font-family:\s*[\"']?(wingdings(?:\s*2)?)\b", re.IGNORECASE)
# Deeper than this, a subtree is flattened: guards the Python stack on hostile markup.
_MAX_DEPTH = 200
_MAX_COLSPAN = 20


def _parser() -> etree.HTMLParser:
    return etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, recover=True
    )


def html_has_data_table(html: str) -> bool:
    """Cheap pre-check: does the markup hold at least two rows of two cells?"""
    data = html.encode("utf-8", errors="replace")
    if len(_CSS_ROW_BYTES.findall(data)) >= 2:
        return True
    return len(_TR.findall(data)) >= 2 and len(_TD.findall(data)) >= 4


def html_has_struck_text(html: str) -> bool:
    """Cheap pre-check: does the markup strike any text through (<s>, <del>, CSS)?"""
    return _STRUCK_MARKUP.search(html) is not None


def html_has_check_boxes(html: str) -> bool:
    """Cheap pre-check: does the markup draw check boxes as pictures or in a symbol font?"""
    return _BOX_MARKUP.search(html) is not None


def _image_box(img: etree._Element) -> str | None:
    """☒ or ☐ for a picture of a check box (told by its alternative text or file name)."""
    src = (img.get("src") or "").rsplit("/", 1)[-1]
    named = " ".join((img.get("alt") or "", img.get("title") or "", src))
    if not _BOX_IMAGE.search(named):
        return None
    return "☐" if _EMPTY_BOX_IMAGE.search(named) else "☒"


def _symbol_font(el: etree._Element) -> str | None:
    found = _SYMBOL_FONT.search(el.get("style") or "")
    if found is not None:
        return found.group(1)
    face = el.get("face") or ""
    return face if face.lower().startswith("wingdings") else None


def _tag(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


class _Renderer:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.pre = 0
        self.pending = 0

    def brk(self, lines: int) -> None:
        # Adjacent block edges collapse: </li><li> is one line break, not two.
        self.pending = max(self.pending, lines)

    def emit(self, value: str) -> None:
        if self.pending:
            if self.out:
                self.out.append("\n" * self.pending)
            self.pending = 0
        self.out.append(value)

    def text(self, value: str | None) -> None:
        if not value:
            return
        if self.pending and not self.pre and value.isspace():
            # Source indentation at a block's edge is no text: kept, it would turn the
            # line break there into a blank line (the rows of a CSS grid set apart).
            return
        self.emit(value if self.pre else _SPACES.sub(" ", value))

    def render(self, el: etree._Element, depth: int) -> None:
        tag = _tag(el)
        style = el.get("style") or ""
        if not tag or tag in _SKIP or tag in _STRUCK_TAGS or _HIDDEN.search(style):
            return
        if _STRUCK.search(style):
            return
        if depth > _MAX_DEPTH:
            self.text(" ".join(el.itertext()))
            return
        if tag == "br":
            self.emit("\n")
        elif tag == "img":
            box = _image_box(el)
            if box is not None:
                self.emit(f"{box} ")
        elif (font := _symbol_font(el)) and (box := symbol_boxes(font, "".join(el.itertext()))):
            self.emit(box)
        elif tag == "table":
            self.table(el, depth)
        elif _CSS_ROW.search(el.get("style") or "") and self.css_row(el, depth):
            return
        elif tag == "a" and (target := _shown_as_words(el)) is not None:
            # "E-mail: <a href='mailto:x@o.example'>click here</a>": the words hide the address
            # a clerk would take from the link; written after them, as mail programs write a
            # link in their own text part ("click here <mailto:x@o.example>"). A link shown
            # as an address keeps only what it shows, the address the sender typed.
            self.children(el, depth)
            self.emit(f" <mailto:{target}>")
        elif tag == "blockquote":
            inner = _Renderer()
            inner.pre = self.pre
            inner.children(el, depth)
            quoted = _finish(inner.out)
            lines = [f"> {line}" if line else ">" for line in quoted.split("\n")]
            self.brk(2)
            self.emit("\n".join(lines))
            self.brk(2)
        else:
            brk = 2 if tag in _PARAGRAPH else 1 if tag in _BLOCK else 0
            # A block opening a list item ("<li><div>...") stays on the item's line.
            if not (tag != "li" and not self.pending and self.out and self.out[-1] == "- "):
                self.brk(brk)
            if tag == "li":
                self.emit("- ")
            if tag == "pre":
                self.pre += 1
            self.children(el, depth)
            if tag == "pre":
                self.pre -= 1
            self.brk(brk)

    def children(self, el: etree._Element, depth: int) -> None:
        self.text(el.text)
        for child in el:
            self.render(child, depth + 1)
            self.text(child.tail)

    def cell_text(self, cell: etree._Element, depth: int) -> str:
        inner = _Renderer()
        inner.children(cell, depth)
        return _SPACES.sub(" ", "".join(inner.out)).strip().replace("|", "/")

    def css_row(self, row: etree._Element, depth: int) -> bool:
        """A row laid out with CSS: its table-cell children as one line of cells."""
        cells = [c for c in row if _CSS_CELL.search(c.get("style") or "")]
        if len(cells) < 2 or any(c.find(".//table") is not None for c in cells):
            return False
        texts = [self.cell_text(cell, depth + 2) for cell in cells]
        if any(texts):
            self.brk(1)
            self.emit(CELL_SEPARATOR.join(texts).rstrip())
            self.brk(1)
        return True

    def table(self, table: etree._Element, depth: int) -> None:
        rows: list[etree._Element] = []
        for child in table:
            tag = _tag(child)
            if tag == "tr":
                rows.append(child)
            elif tag in _ROW_GROUPS:
                rows.extend(r for r in child if _tag(r) == "tr")
            elif tag == "caption":
                self.render(child, depth + 1)
        self.brk(2)
        # Column -> (text, rows still covered) for cells that span several rows.
        carry: dict[int, tuple[str, int]] = {}
        for r, row in enumerate(rows):
            cells = [c for c in row if _tag(c) in _CELLS]
            if any(c.find(".//table") is not None for c in cells):
                # A layout table (a table inside a cell): render cells as blocks, not columns.
                for cell in cells:
                    self.brk(1)
                    self.children(cell, depth + 2)
                    self.brk(1)
                continue
            texts: list[str] = []
            spans_rows = spans_columns = False
            for cell in [*cells, None]:
                while len(texts) in carry:
                    column = len(texts)
                    value, left = carry.pop(column)
                    texts.append(value)
                    if left > 1:
                        carry[column] = (value, left - 1)
                if cell is None:
                    break
                text = self.cell_text(cell, depth + 2)
                width, height = _span(cell.get("colspan")), _span(cell.get("rowspan"))
                spans_columns = spans_columns or (width > 1 and bool(text))
                spans_rows = spans_rows or height > 1
                for k in range(width):
                    if height > 1:
                        carry[len(texts)] = (text if k == 0 else "", height - 1)
                    texts.append(text if k == 0 else "")
            texts = _boxes_joined(texts)
            if spans_rows and spans_columns and r + 1 < len(rows) and r < 2:
                # A two-storey header ("Nominee" over Title / Family name / Given name):
                # the lower row, with the cells spanning both, is the one that names columns.
                continue
            if any(texts):
                self.brk(1)
                self.emit(CELL_SEPARATOR.join(texts).rstrip())
                self.brk(1)
        self.brk(2)


def _boxes_joined(texts: list[str]) -> list[str]:
    """A cell holding only a check box ("☒ | Legal Status Task Force") goes with the option
    in the next cell, as a typed form writes it ("☒ Legal Status Task Force")."""
    if not any(t in _BOXES for t in texts[:-1]):
        return texts
    out: list[str] = []
    for text in texts:
        if out and out[-1] in _BOXES:
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def mailto_target(href: str | None) -> str | None:
    """The one address a mailto link points to, or None.

    >>> mailto_target("mailto:J.Smith@office.example?subject=CWS")
    'J.Smith@office.example'
    """
    found = _MAILTO_TARGET.match(href or "")
    return found.group("a") if found else None


_SHOWN_ADDRESS = re.compile(r"[^\s@＠][ \t]*[@＠][ \t]*[^\s@＠]")


def _shown_as_words(link: etree._Element) -> str | None:
    """A mailto link's target when what the link shows is no address."""
    target = mailto_target(link.get("href"))
    if target is None:
        return None
    shown = "".join(link.itertext())
    # An @mention ("@Siriporn Wongsawat", Outlook on the web) shows a name, not an address.
    return None if _SHOWN_ADDRESS.search(shown) else target


def _span(value: str | None) -> int:
    return min(int(value), _MAX_COLSPAN) if value and value.isdigit() and int(value) > 0 else 1


def _finish(parts: list[str]) -> str:
    lines = [line.strip(" ") for line in "".join(parts).split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


def html_to_text(html: str) -> str:
    """Readable text of an HTML document; tables keep rows and columns.

    >>> html_to_text("<p>Nominees:</p><table><tr><td>Smith</td><td>John<br>Paul</td></tr></table>")
    'Nominees:\\n\\nSmith | John Paul'
    """
    data = html.encode("utf-8", errors="replace")
    if not data.strip():
        return ""
    try:
        root = etree.fromstring(data, _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return _SPACES.sub(" ", re.sub(r"<[^>]*>", " ", html)).strip()
    if root is None:
        return ""
    renderer = _Renderer()
    renderer.render(root, 0)
    return _finish(renderer.out)
