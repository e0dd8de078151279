"""An office's name that lists its fields with commas: "the Ministry of Trade, Industry and
Tourism (MOTIT) nominates", "el Ministerio de Comercio, Industria y Turismo designa",
"Министерство торговли, промышленности и туризма выдвигает", or with the fields first: "the
Trademarks, Patents and Designs Registry nominates"."""

from __future__ import annotations

import re

from parsers.office_names import _COUNTRY_AFTER, _SHORT_NAME

__all__ = ["listed_name_start"]

# The kind of body whose name goes on with the fields it governs.
_HEAD = (
    r"(?:Ministry|Minist[èe]re|Minist[ée]rio|Министерство|Department|D[ée]partement|Departamento"
    r"|Office|Institute|Institut|Instituto|Agency|Agence|Agencia|Directorate|Direction|Direcci[óo]n"
    r"|Secretariat|Secr[ée]tariat|Secretar[íi]a|Bureau|Registry|Service|Servicio|Commission"
    r"|Comisi[óo]n|Council|Conseil|Consejo|Authority|Autorit[ée]|Autoridad|Committee|Comit[ée]"
    r"|Управление|Агентство|Служба|Комитет|Ведомство)"
)
_PARTICLE = r"(?:(?:of|for|the|de|du|des|del|la|le|las|los|pour|para|по)\s+|[dl]['’]\s*)"
# One field: "Industry", "de l'Industrie", "Tourism", "промышленности", "Energía Renovable".
_FIELD = rf"{_PARTICLE}*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,2}}"
_JOIN = r"(?:and|et|y|e|и|&)"
_LISTED_NAME = re.compile(
    rf"(?<!\S){_HEAD}\s+{_FIELD}(?:\s*,\s*{_FIELD})+\s*,?\s+{_JOIN}\s+{_FIELD}"
    rf"\s*(?:{_SHORT_NAME.pattern}\s*{_COUNTRY_AFTER.pattern})?[\s,]*$",
    re.IGNORECASE,
)
# The fields first, the kind of body last: "the Trademarks, Patents and Designs Registry",
# "the Copyright, Patents and Trademarks Office of Ruritania". Each field is capitalised.
_CAPITAL_FIELD = r"(?-i:[A-ZÀ-ÞА-ЯЁ])[\w'’-]*"
_FIELDS_FIRST = re.compile(
    rf"(?<!\S){_CAPITAL_FIELD}(?:\s*,\s*{_CAPITAL_FIELD})+\s*,?\s+{_JOIN}\s+{_CAPITAL_FIELD}"
    rf"\s+{_HEAD}(?:\s+(?:of|de|du|del)\s+(?:the\s+)?{_CAPITAL_FIELD}(?:\s+{_CAPITAL_FIELD}){{0,2}})?"
    rf"\s*(?:{_SHORT_NAME.pattern}\s*{_COUNTRY_AFTER.pattern})?[\s,]*$",
    re.IGNORECASE,
)
# "... (DNPI) del Ministerio de Industria, Energía y Minería": a body named in the genitive
# is what the office is part of, not the office.
_OF = re.compile(
    r"(?:\b(?:of|for|de|del|du|des|pour|para|по)(?:\s+(?:the|la|las|los|les))?|\b[dl]['’])\s*$",
    re.IGNORECASE,
)
# How many commas such a name may hold.
_MAX_FIELDS = 6


def listed_name_start(
    text: str, marks: list[re.Match[str]], start: int, end: int, window_start: int
) -> int | None:
    """Where the name starts when the clause from `start` to `end` is the tail of a name
    that lists its fields ("Industry and Tourism (MOTIT)" after "the Ministry of Trade,"),
    else None. `marks` are where the clauses before `start` begin."""
    before = [m for m in marks if m.end() <= start]
    for _ in range(_MAX_FIELDS):
        if not before or before[-1].end() != start or not before[-1].group().startswith(","):
            return None
        before.pop()
        start = before[-1].end() if before else window_start
        name = _LISTED_NAME.search(text, start, end) or _FIELDS_FIRST.search(text, start, end)
        if name is not None:
            return None if _OF.search(text, start, name.start()) else name.start()
    return None
