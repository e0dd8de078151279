"""The nominating office when no label names it: "the [Office] wishes to nominate", or the signature."""

from __future__ import annotations

import re

from parsers.drafts import Found
from parsers.normalize import clean_value
from parsers.st3 import office_code

__all__ = ["prose_office", "signature_office"]

_INSTITUTION = re.compile(
    r"Office|Institut\w*|Oficina|Organi[sz]ation|Organizaci[óo]n|Bureau|Agency|Agence|Agencia|Service"
    r"|Servicio|Administration|Administraci[óo]n|Ministry|Minist[èe]re|Ministerio|Authority|Autorit[ée]"
    r"|Directorate|Direcci[óo]n|Intellectual Property|Propri[ée]t[ée] intellectuelle|Propiedad Intelectual"
    r"|Propriedade|Patent|Ведомство|[Сс]лужба|Роспатент|Организация|Институт|Управление|Агентство"
    r"|局|署|办公室|知识产权|مكتب|المكتب|الهيئة|هيئة|المنظمة|منظمة|معهد|المعهد|إدارة|الإدارة|وزارة|مصلحة|الملكية الفكرية"
)
_ROLE = re.compile(
    r"^(?:head|director|deputy|chief|senior|acting|manager|officer|examiner|advisor|adviser|counsellor"
    r"|directeur|directrice|chef|jefe|jefa|director[a]?|subdirector|начальник|директор|руководитель"
    r"|заместитель|эксперт|处长|主任|局长|副|رئيس|مدير|نائب)\b",
    re.IGNORECASE,
)
_OFFICE_NAME = r"(?P<o>[^\n.;:!?]{3,140}?)"
_PROSE = re.compile(
    r"(?:^|[\n.;:!?]\s*|,\s*)(?:(?:The|L[ae']|El|La|Le)\s*)?" + _OFFICE_NAME + r"\s+(?:"
    r"is (?:pleased|happy|honou?red)|has the (?:honou?r|pleasure)|would like to|wishes to|hereby"
    r"|herewith|nominates|designates|presents|a l'honneur|a le plaisir|souhaite|d[ée]sire|d[ée]signe"
    r"|propose|tiene el (?:agrado|honor|placer|gusto)|se complace|desea|designa|propone"
    r"|имеет честь|назначает|предлагает|выдвигает|направляет|сообщает|просит)",
    re.IGNORECASE,
)
_ZH_PROSE = re.compile(
    r"(?P<o>[\u4e00-\u9fff（）()A-Za-z]{2,30}?(?:局|署|办公室|组织|机构|中心))(?:谨|特此|现|拟|兹|很高兴|荣幸)?(?:提名|推荐|指定|委派)"
)
_AR_PROSE = re.compile(
    r"(?:يسر|يتشرف|ترغب|يرغب)\s+(?P<o>(?:مكتب|المكتب|الهيئة|هيئة|المنظمة|منظمة|معهد|المعهد|إدارة|الإدارة|مصلحة)[^،,.\n]{2,100}?)\s+(?:أن|ب|في)"
)
_SENTENCE_WORDS = re.compile(r"\b(?:we|nous|nosotros|мы|i|je|yo)\b", re.IGNORECASE)


def _found(text: str, match: re.Match[str], rule: str) -> Found | None:
    value = clean_value(match.group("o"))
    value = re.sub(r"^(?:the|la|le|el|l')\s+", "", value, flags=re.IGNORECASE)
    if len(value) < 3 or _SENTENCE_WORDS.search(value) or value in ("我局", "本局"):
        return None
    if not (_INSTITUTION.search(value) or office_code(value)):
        return None
    start = match.start("o") + match.group("o").find(value)
    return Found(value, start, start + len(value), rule, text[start : start + len(value)])


def prose_office(text: str) -> Found | None:
    """The office a sentence says is nominating ("The Japan Patent Office is pleased to nominate")."""
    for pattern in (_PROSE, _ZH_PROSE, _AR_PROSE):
        for match in pattern.finditer(text):
            found = _found(text, match, "prose")
            if found is not None:
                return found
    return None


def signature_office(signature: str) -> Found | None:
    """An office named in the sender's signature block (never a source of nominee fields)."""
    pos = 0
    candidates: list[tuple[int, Found]] = []
    for line in signature.splitlines(keepends=True):
        offset = pos
        pos += len(line)
        if not line.strip() or "@" in line or "http" in line or re.search(r"\d{3}", line):
            continue
        for part in re.split(r"\s+[|–—]\s+|,\s+|\t", line.strip()):
            value = clean_value(part)
            if len(value) < 3 or len(value) > 120 or _ROLE.match(value):
                continue
            code, institution = office_code(value), _INSTITUTION.search(value)
            rank = 0 if code and institution else 1 if institution else 2 if code else 3
            if rank < 3:
                start = offset + line.find(part)
                candidates.append(
                    (rank, Found(value, start, start + len(value), "signature", part))
                )
    candidates.sort(key=lambda c: c[0])
    return candidates[0][1] if candidates else None
