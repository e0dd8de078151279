"""Links to the CWS wiki's pages read as the titles of those pages.

Offices sometimes name a task force only by the link to its page on the CWS wiki
(Confluence): ".../confluence/display/cwstf/API+Task+Force", with "+" or "%20" for the
blanks and at times a tail such as "?src=contextnavpagetreemode". The page's title is the
task force's name; the rest of the link names nothing.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urlsplit

__all__ = ["links", "page_titles"]

# A link, with or without its scheme; only positions starting "http" or "www" are tried.
_LINK = re.compile(r"(?:https?://|www\d{0,3}\.)[^\s<>\"'\[\]]+", re.IGNORECASE)
# Where a Confluence page's title sits in its path: "/display/SPACE/Title" and, in newer
# versions, "/spaces/SPACE/pages/ID/Title".
_PAGE = re.compile(r"/(?:display/[^/]+|spaces/[^/]+/pages/\d+)/([^/]+)/?$", re.IGNORECASE)
# Punctuation that closes the sentence or the brackets around a link, not the link.
_TRAILING = ".,;:!?)>»”’、。，；）"


def _title(link: str) -> str | None:
    """The page title a Confluence page link carries, or None."""
    try:
        path = urlsplit(link if "://" in link else "//" + link).path
    except ValueError:  # a malformed host ("http://[x")
        return None
    page = _PAGE.search(path)
    if page is None:
        return None
    return " ".join(unquote_plus(page.group(1)).split()) or None


def _has_link(text: str) -> bool:
    # Cheap test first: find_task_forces calls this on every text it reads.
    return "://" in text or "www" in text or "WWW" in text


def links(text: str) -> list[tuple[int, int]]:
    """Where each link in `text` starts and ends (closing punctuation left out)."""
    if not _has_link(text):
        return []
    out = []
    for link in _LINK.finditer(text):
        end = link.start() + len(link.group().rstrip(_TRAILING))
        out.append((link.start(), end))
    return out


def page_titles(text: str) -> str:
    """`text` with each Confluence page link replaced by its page title (same length).

    The title takes the link's first characters and blanks fill the rest, so offsets
    into the text stay valid for whatever follows the link; other links stay as written.

    >>> page_titles("TF: https://w.example/display/cwstf/API+Task+Force?src=x.").split()
    ['TF:', 'API', 'Task', 'Force', '.']
    """
    out: list[str] = []
    pos = 0
    for start, end in links(text):
        title = _title(text[start:end])
        if title is None or len(title) > end - start:
            continue
        out.append(text[pos:start])
        out.append(title.ljust(end - start))
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)
