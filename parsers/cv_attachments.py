"""A curriculum vitae attached beside a nomination ("CV_Khalid.pdf", "Резюме.docx", "个人简历",
"السيرة الذاتية"): the nominee's past, with a private address and earlier posts. The letter
says who is nominated and for what; a CV adds no nominee and no value."""

from __future__ import annotations

import re

__all__ = ["is_cv"]

# In a file's name: "CV", "curriculum", "hoja de vida", "резюме", "简历", "履历", "السيرة"
# ("résumé" is a summary in French: "Résumé des candidatures" is no CV).
_NAME = re.compile(
    r"(?<![^\W\d_])(?:cv|curriculum|vitae|hoja[\s_-]+de[\s_-]+vida)(?![^\W\d_])"
    r"|резюме|简历|簡歷|履历|履歷|السيرة|سيرة[\s_-]*ذاتية",
    re.IGNORECASE,
)
# Its heading, the first words of the text ("Résumé" alone may head a summary).
_HEADING = re.compile(
    r"\s*(?:curriculum\s+vitae|cv\b|резюме(?!\s+(?:доклад|письм))|(?:个人)?简历|(?:個人)?簡歷"
    r"|السيرة\s+الذاتية|سيرة\s+ذاتية|hoja\s+de\s+vida)",
    re.IGNORECASE,
)


def is_cv(filename: str, text: str) -> bool:
    """Whether an attachment is someone's CV, by its name or its heading."""
    return bool(_NAME.search(filename) or _HEADING.match(text))
