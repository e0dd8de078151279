"""The person who follows up the writer's own matter: "Our contact for this file", "Personne
chargée du dossier", "Responsable del expediente", "Контактное лицо по делу", "本案联系人",
"المسؤولة عن متابعة الملف".

A law firm or an applicant asking this mailbox about a Madrid renewal or a PCT fee (it found
the address on WIPO's pages) lays that person out as a nomination would: name, post,
address. The caller rules out mail that also cites a circular, names a task force, gives a
username or nominates.
"""

from __future__ import annotations

import re

__all__ = ["IN_CHARGE", "names_matter_contact"]

# What is followed up: a file, a case, a matter, a query, an application, a registration.
_MATTER_EN = (
    r"(?:file|case|matter|question|issue|query|enquiry|inquiry|request|application|registration)"
)
_MATTER_FR = r"(?:dossier|affaire|question|demande|requ[êe]te|enregistrement)"
_MATTER_ES = r"(?:expediente|caso|asunto|tema|cuesti[óo]n|tr[áa]mite|solicitud|consulta|registro)"
_MATTER_RU = r"(?:дел[уао]|вопрос[уа]?|заявк[еиу]|обращени[юя]|регистрации)"
_HANDLES = re.compile(
    rf"\b(?:contact(?:\s+person)?|person\s+(?:responsible|in\s+charge)|attorney|lawyer|counsel)"
    rf"\s+(?:for|of|on|handling)\s+(?:this|the|our|that)\s+{_MATTER_EN}\b"
    rf"|\b(?:handling|in\s+charge\s+of|responsible\s+for)\s+(?:this|the|our)\s+{_MATTER_EN}\b"
    rf"|\b(?:personne|avocat\w*|juriste|interlocut\w+|contact)\s+(?:charg[ée]e?\s+d[ue]|en\s+charge"
    rf"\s+d[ue]|responsable\s+d[ue]|pour\s+(?:ce|cette|le|la))\s+(?:l['’]|la\s+|le\s+)?{_MATTER_FR}\b"
    rf"|\b(?:responsable|encargad[oa]|persona\s+(?:de\s+contacto|encargada|responsable)|contacto"
    rf"|abogad[oa])\s+(?:del|de\s+(?:este|esta|la|nuestr[oa])|para\s+(?:este|esta|el|la))\s+"
    rf"{_MATTER_ES}\b"
    rf"|(?<!\w)(?:контактн\w+\s+лиц\w*|ответственн\w+(?:\s+лиц\w*|\s+исполнител\w*)?)\s+"
    rf"(?:по|за)\s+(?:(?:данному|этому|настоящему|нашему)\s+)?{_MATTER_RU}(?!\w)"
    r"|本案(?:联系人|聯繫人|承办人|承辦人|负责人|負責人)|案件(?:联系人|聯繫人|负责人|負責人)"
    # "本事项联系人", "该问题负责人": the one following this matter or question up.
    r"|(?:本|此|该|該)(?:事项|事項|问题|問題|事宜)的?(?:联系人|聯繫人|承办人|承辦人|负责人|負責人"
    r"|经办人|經辦人)"
    r"|(?:ال)?(?:مسؤول|مسؤولة|مكلف|مكلفة)\s+عن\s+(?:متابعة\s+)?(?:هذا\s+|هذه\s+)?(?:ال)?"
    r"(?:ملف|قضية|طلب|معاملة|موضوع|مسألة)",
    re.IGNORECASE,
)


# Whoever follows the matter up: a contact block's heading, or a sentence introducing them.
IN_CHARGE = _HANDLES


def names_matter_contact(text: str) -> bool:
    """Whether `text` names someone as the one following up its writer's own matter."""
    return _HANDLES.search(text) is not None
