"""The office whose letter a covering note sends on: "has the honour to transmit herewith the
letter of the Egyptian Patent Office", "remitir adjunta la comunicación del Instituto ...",
"ترفق طيه رسالة مكتب براءات الاختراع المصري", "转交国家知识产权局的来函".

A mission's note verbale (or any covering mail) names the office that nominates as the
author of the letter it encloses, in the mail's own language; the enclosed letter may name
it in another one.
"""

from __future__ import annotations

import re

from parsers.drafts import Found
from parsers.office_names import _found

__all__ = ["enclosed_office"]

# A verb of sending on, a few words, the letter, "of"/"from", the office; the office runs to
# the next clause ("mediante la cual", "containing", "which") or punctuation.
_LATIN = re.compile(
    r"\b(?:transmit|forward|enclose|attach|send|transmettre|faire\s+parvenir|joindre|remitir"
    r"|transmitir|adjuntar|enviar|trasladar|препроводить|направить|передать|переслать)\w*"
    r"(?:[^.;:\n]|\n(?![ \t]*\n)){0,60}?\b(?:letter|communication|note|correspondence|lettre|courrier|comunicaci[óo]n"
    r"|carta|nota|oficio|письмо|сообщение|ноту)\s+(?:(?:of|from|de|du|del|de\s+la|de\s+l['’]|от)\s+)?"
    r"(?:the\s+|la\s+|el\s+|l['’]\s*)?(?P<office>[A-ZÀ-ÞА-ЯЁ](?:[^.;:\n]|\n(?![ \t]*\n)){2,200}?)"
    r"(?=\s*(?:[,;:.]|\n\s*\n|$)|\s+(?:mediante|por\s+(?:la|el)\s+cu[aá]l|en\s+la\s+que|con\s+la"
    r"|que|qui|dont|par\s+laquelle|by\s+which|in\s+which|whereby|which|containing|with\s+the"
    r"|concerning|regarding|on\s+the|about|relative|relativa|sobre|relating|по\s+вопросу"
    r"|относительно|содержащ\w*|в\s+котор\w*|о\s+)\b)",
    re.IGNORECASE,
)
# "ترفق طيه رسالة مكتب ... المتضمنة", "نحيل إليكم أدناه مذكرة الإدارة العامة ... بالوزارة
# بشأن": the letter, the office in construct (without "at the ministry" after it), the clause
# after.
_ARABIC = re.compile(
    r"(?:ترفق|يرفق|تحيل|يحيل|نحيل|تنقل|ننقل|ترسل|نرسل|أرفق|نرفق)\S*\s+"
    r"(?:(?:طيه|طيا|بطيه|إليكم|اليكم|لكم|أدناه|ادناه|أسفله|مرفقا|مرفقة)\s+){0,2}"
    r"(?:رسالة|مراسلة|مذكرة|خطاب|كتاب)\s+(?P<office>[^\s،.؛:]+(?:\s+[^\s،.؛:]+){0,8}?)"
    r"(?:\s+بال[^\s،.؛:]+)?"
    r"(?=\s*[،.؛:]|\s+(?:المتضمن\S*|التي|الذي|والتي|بشأن|حول|المتعلق\S*|تتضمن|يتضمن|المؤرخ\S*"
    r"|إلى|الى|رقم)(?!\S))"
)
# "转交国家知识产权局的来函", "转递……局关于……的函".
_HAN = re.compile(
    r"(?:转交|转递|轉交|轉遞|随函附上|隨函附上|附上)(?P<office>[^，。；：,;:\s的]{2,40}?)"
    r"(?:的)?(?:来函|來函|信函|函件|函|信)"
)


def enclosed_office(text: str) -> Found | None:
    """The office whose letter `text` sends on, as the text names it; None if none."""
    for pattern in (_ARABIC, _HAN, _LATIN):
        for match in pattern.finditer(text):
            found = _found(text, match.start("office"), match.end("office"), "prose")
            if found is not None:
                return found
    return None
