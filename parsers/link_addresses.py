"""Mailto links that show one address and point to another.

A sender types "j.smith@office.example" and the mail program links it to the address it
completed on its own ("jsmith@office.example", often an old one). A clerk takes the address
shown, which the sender wrote; the other is pointed out, so that a wrong address is never
taken without a word. Links appear in the HTML part (<a href="mailto:...">) and, as mail
programs write them, in the text part: "shown<mailto:target>", "shown [mailto:target]",
"shown (mailto:target)", "[shown](mailto:target)".
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from parsers.html import mailto_target
from parsers.normalize import normalize_address

__all__ = ["link_mismatches"]

_ADDRESS = r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+"
_TEXT_LINK = re.compile(
    rf"(?<![\w.@-])\[?(?P<shown>{_ADDRESS})\]?[ \t]*[<\[(]mailto:[ \t]*(?P<target>{_ADDRESS})",
    re.IGNORECASE,
)
# Only a part holding a mailto link is parsed again.
_HAS_MAILTO = re.compile(r"mailto:", re.IGNORECASE)
# A hostile part with thousands of links is not read for them all.
_MAX_LINKS = 200


def _html_links(html: str) -> list[tuple[str, str]]:
    try:
        root = etree.fromstring(
            html.encode("utf-8", errors="replace"),
            etree.HTMLParser(encoding="utf-8", no_network=True, recover=True),
        )
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return []
    if root is None:
        return []
    pairs: list[tuple[str, str]] = []
    for link in root.iter("a"):
        target = mailto_target(link.get("href"))
        if target is not None:
            pairs.append(("".join(link.itertext()), target))
        if len(pairs) >= _MAX_LINKS:
            break
    return pairs


def link_mismatches(html: str | None, text: str) -> dict[str, str]:
    """Each address shown as a link to another address, and each such target, mapped to
    the other one (canonical forms). A link shown as its own address, or as words, is none."""
    pairs = _html_links(html) if html and _HAS_MAILTO.search(html) else []
    if _HAS_MAILTO.search(text):
        pairs += [(m["shown"], m["target"]) for m in _TEXT_LINK.finditer(text)][:_MAX_LINKS]
    found: dict[str, str] = {}
    for shown_text, target_text in pairs:
        shown, target = normalize_address(shown_text), normalize_address(target_text)
        if shown and target and shown != target:
            found.setdefault(shown, target)
            found.setdefault(target, shown)
    return found
