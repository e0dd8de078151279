"""The line naming who drafted a letter or whom to ask about it: "Prepared by: Mr X, Legal
Officer", "Drafted by", "Contact person:", "Focal point for this letter:", "Rédigé par :",
"Elaborado por:", "Исполнитель:", "经办人：", "承办人：", "إعداد:".

What follows the name there is that person's post or unit ("Legal Officer", "Head,
International Cooperation Office", "رئيس مكتب الشؤون القانونية"), never the office that
writes; only the office's own name (it names its subject, intellectual property or patents)
may still be read from it.
"""

from __future__ import annotations

import re

__all__ = ["drafter_parts"]

_LABEL = re.compile(
    r"[ \t]*(?:(?:prepared|drafted|written|compiled)\s+by|contact(?:\s+person)?(?:\s+for\s+"
    r"(?:this|the)\s+(?:letter|matter|note))?|focal\s+point(?:\s+for\s+(?:this|the)\s+"
    r"(?:letter|matter|note))?|person\s+in\s+charge"
    r"|r[ée]dig[ée]e?\s+par|[ée]tabli\w*\s+par|pr[ée]par[ée]e?\s+par|personne\s+[àa]\s+contacter"
    r"|personne\s+de\s+contact|point\s+focal|interlocut(?:eur|rice)"
    r"|elaborad[oa]\s+por|redactad[oa]\s+por|preparad[oa]\s+por|persona\s+de\s+contacto"
    r"|punto\s+focal|responsable"
    r"|исполнитель|исп\.|подготовил[аи]?|контактное\s+лицо|ответственное\s+лицо"
    r"|经办人|經辦人|承办人|承辦人|联系人|聯繫人|拟稿人|擬稿人|拟稿|擬稿"
    r"|إعداد|أعد(?:ه|ها|ته)?|الشخص\s+المسؤول|جهة\s+الاتصال|للاتصال|المنسق)"
    r"[ \t]*[:：]",
    re.IGNORECASE,
)
# Name, post and unit are set off by commas (Latin, Arabic or Han) or a dash.
_PARTS = re.compile(r"\s*[,،，、;；]\s*|\s+[–—-]\s+|[（(]|[）)]")


def drafter_parts(line: str) -> list[str] | None:
    """The parts after the name on a drafter's or contact's line, or None when `line` is no
    such line. "Prepared by: Mr X, Legal Officer" gives ["Legal Officer"]."""
    label = _LABEL.match(line)
    if label is None:
        return None
    parts = [part for part in _PARTS.split(line[label.end() :].strip()) if part.strip()]
    return parts[1:]
