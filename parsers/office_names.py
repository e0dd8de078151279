"""What an office's name looks like, and how a clause that holds one is cut down to it."""

from __future__ import annotations

import re

from parsers.drafts import Found
from parsers.normalize import clean_value
from parsers.st3 import office_code

__all__ = [
    "CITED_DATE",
    "is_address",
    "names_institution",
    "without_address",
    "without_parent",
    "without_unit",
]

_INSTITUTION = re.compile(
    r"Office(?!rs?\b)|Institut\w*|Oficina|Organi[sz]ation|Organizaci[óo]n|Bureau|(?-i:Board)\b|Agency|Agence|Agencia|Service"
    r"|Servicio|Administration|Administraci[óo]n|Ministry|Minist[èe]re|Ministerio|Authority|Autorit[ée]"
    r"|Directorate|Direcci[óo]n|Superintendenc\w*|Intellectual Property|Propri[ée]t[ée] intellectuelle|Propiedad Intelectual"
    r"|Propriedade|Patent|Regist(?:ry|ro|re)\b|Propiedad Industrial|Propri[ée]t[ée] industrielle"
    r"|Industrial Property|Ведомство|[Сс]лужба|Роспатент|Организация|Институт|Управление|Агентство"
    r"|局|署|办公室|知识产权|知識產權|مكتب|المكتب|الهيئة|هيئة|المنظمة|منظمة|معهد|المعهد|إدارة|الإدارة|وزارة|مصلحة|الملكية الفكرية"
    r"|مديرية|الملكية الصناعية"
    # Iraq's "الجهاز المركزي للتقييس والسيطرة النوعية": a body ("apparatus") of the state.
    r"|(?<!\w)(?:ال)?جهاز(?!\w)"
    r"|Министерств\w*|[Цц]ентр\w*|Centre|Center|Centro"
    # Observers to the Committee nominate too: "Association of Patent Information Users".
    r"|Association|Asociaci[óo]n|Ассоциаци\w*"
    # A department named for the office its head holds: "Registrar-General's Department".
    r"|['’]s\s+(?-i:Department)\b",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"^(?:head|director|deputy|chief|senior|acting|manager|officer|examiner|advisor|adviser|counsellor"
    r"|directeur|directrice|chef|jefe|jefa|director[a]?|subdirector|начальник|директор|руководитель"
    r"|заместитель|эксперт|处长|主任|局长|副|رئيس|مدير|نائب"
    # An assistant's or adviser's post: "Assistant Director ...", "معاون مدير قسم ...".
    r"|assistant|conseill[eè]re?|asesora?|помощник|советник"
    r"|معاون|مساعد|مستشار|خبير|(?:ال)?[أا]خصائي|مهندس|وكيل)\b"
    r"|^助理",  # Chinese words run on: "助理局长"
    re.IGNORECASE,
)
_PARTICIPLE = (
    r"having\s+(?:considered|reviewed|examined|studied|received|read|taken\s+note)"
    r"|ayant\s+(?:examin[ée]|[ée]tudi[ée]|re[çc]u|pris\s+connaissance|lu)|apr[èe]s\s+(?:avoir|examen|lecture)"
    r"|habiendo\s+(?:examinado|estudiado|recibido|considerado|le[íi]do|tomado)|tras\s+(?:examinar|estudiar|recibir|haber|leer)"
    r"|рассмотрев|изучив|ознакомившись|получив"
)
# Adjuncts that trail the office in its clause ("... Беларусь в ответ на циркулярное письмо").
_ADJUNCT = re.compile(
    r"\s+(?:in\s+(?:reply|response)\s+to|with\s+reference\s+to|further\s+to|en\s+r[ée]ponse\s+[àa]"
    r"|suite\s+[àa]|en\s+respuesta\s+a|con\s+referencia\s+a|в\s+ответ\s+на|со\s+ссылкой\s+на"
    r"|ссылаясь\s+на|в\s+соответствии\s+с"
    # "..., рассмотрев циркулярное письмо ВОИС C. CWS 175, просит", "having considered the
    # circular": a participle clause about the circular.
    rf"|{_PARTICIPLE})\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# The date a circular is cited with: "от 21 сентября 2023 года", "du 21 septembre 2023",
# "en date du 21 septembre 2023", "de fecha 21 de septiembre de 2023", "fechada el 21 de
# septiembre de 2023", "of September 21, 2023", "dated the 21st", "от 21.09.2023 г.".
_CIRCULAR_DATE = (
    r"(?:,?\s+(?:от|of|dated(?:\s+the)?|du|del|de(?:\s+fecha)?|dat[ée]e?\s+du|en\s+date\s+du"
    r"|fechad[ao](?:\s+el)?)\s+"
    r"(?:\d{1,2}(?:er|st|nd|rd|th)?\s+(?:(?:de|of)\s+)?[^\W\d_]+\.?,?\s+(?:de\s+)?\d{4}"
    r"|[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
    r"(?:\s*(?:года|г\.?)(?!\w))?)?"
)
# The circular as cited, in any of the spellings reference.py reads: "C. CWS 175",
# "C.CWS.175", "C.CWS/175", "C CWS-175".
_CWS = r"\bC\s?[./]?\s?CWS\s?[./-]?\s?"
# The same adjuncts opening the clause, up to the circular they answer and its date: "В
# ответ на циркулярное письмо C. CWS 175 РГП «...» сообщает", "In reply to circular C. CWS
# 175 the Office nominates", "... C. CWS 175 от 21 сентября 2023 года Национальный центр ...".
_LEAD_ADJUNCT = re.compile(
    r"\s*(?:in\s+(?:reply|response)\s+to|with\s+reference\s+to|further\s+to|en\s+r[ée]ponse\s+[àa]"
    r"|suite\s+[àa]|en\s+respuesta\s+a|con\s+referencia\s+a|в\s+ответ\s+на|со\s+ссылкой\s+на"
    rf"|ссылаясь\s+на|{_PARTICIPLE})\s[^\n]{{0,60}}?{_CWS}\d{{2,4}}\b{_CIRCULAR_DATE}[\s,]*",
    re.IGNORECASE,
)
_CIRCULAR = re.compile(rf"{_CWS}\d", re.IGNORECASE)
# "C. CWS 175 of September 21, 2023 the Office nominates": the commas of the date a
# circular is cited with open no clause.
CITED_DATE = re.compile(rf"{_CWS}\d{{2,4}}\b{_CIRCULAR_DATE}", re.IGNORECASE)
# "The Patent Documentation Group (PDG), an observer to the Committee ..., would like": an
# appositive set off by commas opens with an indefinite article; it describes the subject.
# A relative clause does too: "..., which is an observer ...,", "..., qui est ...,",
# "..., являющийся наблюдателем ...,".
# So does the capacity it acts in: "..., en su calidad de Oficina Nacional de Propiedad
# Industrial,", "..., en sa qualité d'office national,", "..., in its capacity as ...,",
# "..., в качестве национального ведомства,".
APPOSITIVE = re.compile(
    r"\s*(?:(?:an?|une?|una|uno|одн[аоий]\w*\s+из|which|qui|que|quien|котор\w+|являющ\w+"
    # "as Ghana's industrial property office": the office as its country's.
    r"|in\s+its\s+capacity\s+as|acting\s+as|as\s+(?:the|its|(?-i:[A-ZÀ-Þ])[\w-]*['’]s)"
    r"|en\s+(?:su\s+)?(?:calidad|condici[óo]n|car[áa]cter)\s+de"
    r"|en\s+tant\s+que|в\s+качестве)\s|en\s+(?:sa\s+)?qualit[ée]\s+d(?:e\s|['’])|en\s+tant\s+qu['’])",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(r"(?:an?|une?|una|uno)\s")
_ARTICLE = re.compile(r"^\s*(?:the|la|le|el|l['’])\s*", re.IGNORECASE)
_SENTENCE_WORDS = re.compile(r"\b(?:we|nous|nosotros|мы|i|je|yo)\b", re.IGNORECASE)


# A diplomatic mission or an embassy sends a note verbale for the office; it is none.
_MISSION = re.compile(
    r"permanent\s+mission|mission\s+permanente|misi[óo]n\s+permanente|embass(?:y|ies)|ambassade"
    r"|embajada|постоянн\w+\s+представительств\w*|посольств\w*|常[驻駐][\u4e00-\u9fff]{0,12}?代表[团團]|大使馆"
    r"|البعثة\s+الدائمة|بعثة\s+دائمة|سفارة|السفارة",
    re.IGNORECASE,
)
# "(INAPI)", "(ANaPI)", "(Роспатент)": the short name that closes an office's full name.
_SHORT_NAME = re.compile(r"\([^\W\d_][\w&.’'-]{1,14}\)")
_SHORT_NAME_END = re.compile(_SHORT_NAME.pattern + r"$")
# "... (INAPI) de Chile": the country a sentence writes after the short name, which a
# pattern reading the clause goes past (the name itself ends at the short name).
_COUNTRY_AFTER = re.compile(
    r"(?:(?:de|of|du|del|d['’])\s*(?:la\s+|the\s+)?[A-ZÀ-ÞА-ЯЁ][\w-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w-]*)*)?"
)


# "Dirección Nacional de la Propiedad Industrial (DNPI) – Ministerio de Industria, Energía y
# Minería (MIEM)": a labelled office whose short name a dash and its ministry follow.
_PARENT_AFTER = re.compile(
    r"(?<=\))\s*[-–—]\s*(?:Ministry|Minist[èe]re|Ministerio|Министерств\w*|وزارة)\b.*$",
    re.DOTALL,
)


def without_parent(value: str) -> str:
    """A labelled office's name without the ministry a dash puts after its short name; a
    country after the dash ("(DNPI) - Uruguay") stays, and so does a name with no short name.

    >>> without_parent("Intellectual Property Office (IPO) - Ministry of Trade and Industry")
    'Intellectual Property Office (IPO)'
    """
    match = _PARENT_AFTER.search(value)
    if match is None or not _SHORT_NAME_END.search(value[: match.start()]):
        return value
    return value[: match.start()]


def _institution(raw: str) -> int:
    """The office's name in a clause that holds more: "los representantes del Instituto
    Nacional ... (INAPI) en los Equipos Técnicos" is "Instituto Nacional ... (INAPI)".
    Where the name starts in `raw` (the caller cuts it after its short name)."""
    # Lower-case words before a capitalised name ("following officials of the", "los
    # representantes del"); a name written all in lower case keeps them.
    for word in re.finditer(r"\S+", raw):
        # "l'Office Ivoirien", "d'Algérie": the elided article is no lower-case word.
        first = re.sub(r"^[ldLD]['’]", "", word.group())[:1]
        if first.isupper() or first == "(":
            return word.start() if _INSTITUTION.search(raw, word.start()) else 0
        if not first.islower():
            break
    return 0


# "我局", "本署", "附件为我局": "our office" names none, whatever words run into it; nor does
# "each office" the circular invites ("C. CWS 175号通函邀请各局推荐").
_ZH_PRONOUN_OFFICE = re.compile(
    r"(?:我|本|贵|貴|各)(?:局|署|厅|廳|办公室|辦公室|组织|組織|机构|機構|中心)$"
)


# A name closed by its short name may be long: "Государственное учреждение «...»
# Министерства ... Республики Таджикистан (НЦПИ)". Without one, a long clause is a sentence.
_MAX_NAME = 140
_MAX_SHORT_NAMED = 200


# "The Office nominates:", "Notre Office", "Ведомство выдвигает": the office's kind alone,
# which names none; the writer's signature gives its name.
_KIND_ONLY = re.compile(
    r"(?:(?:our|this|notre|cet|nuestr[oa]|est[ea]|наш\w*|данн\w*)\s+)?"
    r"(?:office|directorate|bureau|institute|agency|authority|administration|ministry|oficina"
    r"|instituto|direcci[óo]n|institut|agence|direction|ведомство|служба|управление|институт"
    r"|агентство|министерство)",
    re.IGNORECASE,
)


# "NOMINATION OF OFFICERS FOR CWS TASK FORCES": the people nominated, whose word only
# looks like an office's ("OFFICERS").
_PEOPLE = re.compile(
    r"(?:officers?|officials?|representatives?|experts?|members?|staff|nominees?|candidates?"
    r"|employees?|repr[ée]sentants?|cadres|agents|membres|fonctionnaires|representantes"
    r"|funcionari[oa]s|expert[oa]s|miembros|сотрудник\w*|представител\w*|эксперт\w*)\b",
    re.IGNORECASE,
)


def _people_only(value: str) -> bool:
    people = _PEOPLE.match(value)
    return people is not None and not _INSTITUTION.search(value, people.end())


def _found(text: str, start: int, end: int, rule: str) -> Found | None:
    lead_adjunct = _LEAD_ADJUNCT.match(text, start, end)
    if lead_adjunct is not None:
        start = lead_adjunct.end()
    raw = _ADJUNCT.sub("", text[start:end])
    short = _SHORT_NAME.search(raw)
    if short is not None:
        # The short name closes the office's name in a sentence, in every language: "el
        # Servicio ... (SENADI) del Ecuador designa", "l'Office ... (OAPI) de ...",
        # "Федеральная служба ... (Роспатент) Российской Федерации": the clerk writes the
        # name up to "(SENADI)". (A label's value is kept as written.)
        raw = raw[: short.end()]
    lead = _institution(raw)
    start, raw = start + lead, raw[lead:]
    value = clean_value(_ARTICLE.sub("", raw))
    if (
        len(value) < 3
        or len(value) > (_MAX_SHORT_NAMED if _SHORT_NAME_END.search(value) else _MAX_NAME)
        or _SENTENCE_WORDS.search(value)
        or _ZH_PRONOUN_OFFICE.search(value)
        or _MISSION.search(value)
        # A clause that quotes the circular's reference is about the circular.
        or _CIRCULAR.search(value)
        # "an observer to the Committee on WIPO Standards" describes an office; it names none.
        or _INDEFINITE.match(value)
        or _KIND_ONLY.fullmatch(value)
        or is_address(value)
        or _people_only(value)
    ):
        return None
    if not (_INSTITUTION.search(value) or office_code(value)):
        return None
    # The value's whitespace is collapsed; the text's may be a line break.
    where = re.search(r"\s+".join(map(re.escape, value.split())), raw)
    begin, stop = (
        (start + where.start(), start + where.end()) if where else (start, start + len(raw))
    )
    return Found(value, begin, stop, rule, value)


# A postal address is never an office. Street words that are also a name's own words count
# only beside a number ("1 Paya Lebar Link", "Route des Morillons 15", "Paseo de la
# Castellana 75", "10th Floor"); the others always ("rue", "calle", "ул.", "شارع", "P.O. Box");
# so do a number opening the line and one as long as a postcode ("Singapore 408533").
_STREET = re.compile(
    r"(?<![^\W\d_])(?:road|rd|street|avenue|ave|lane|link|drive|boulevard|blvd|highway|square"
    r"|floor|building|suite|chemin|all[ée]e|impasse|quai|cours|route|place|[ée]tage|paseo"
    r"|carrera|piso|edificio|apartado|casilla|д|дом|корп|стр|шоссе|пер|наб)(?![^\W\d_])",
    re.IGNORECASE,
)
_SURE_STREET = re.compile(
    r"(?<![^\W\d_])(?:rue|calle|avenida|p\.\s?o\.\s?box|po\s+box|b\.\s?p\.|ул\.|улица|проспект"
    r"|пр-т|переулок|набережная|а/я)(?![^\W\d_])"
    r"|\d\s*(?:号楼|号|號|室|层|層)|[\u4e00-\u9fff](?:路|街|大道)\d"
    r"|(?<!\w)(?:شارع|ص\.\s?ب|الطابق)(?!\w)",
    re.IGNORECASE,
)
_POSTAL_NUMBER = re.compile(r"^\s*(?:no\.?\s*|n[°º]\s*|№\s*|#)?\d+[a-z]?\b|\d{4,}", re.IGNORECASE)


def is_address(value: str) -> bool:
    """Whether a line (or a part of one) is a postal address, not an office's name."""
    return bool(
        _SURE_STREET.search(value)
        or _POSTAL_NUMBER.search(value)
        or (_STREET.search(value) and re.search(r"\d", value))
    )


_PART_BREAK = re.compile(r"(?<=[^\W\d_).])\s*[,;|–—،]\s+")


def without_address(value: str) -> str:
    """An office's name with the address a line gives after it cut off: "Intellectual
    Property Office, 1 Paya Lebar Link, Singapore" is "Intellectual Property Office"; a
    line that opens with the address is no name at all (empty)."""
    begin = 0
    for cut in (*_PART_BREAK.finditer(value), None):
        stop = cut.start() if cut is not None else len(value)
        if is_address(value[begin:stop]):
            return value[:begin].rstrip(" ,;|–—،")
        begin = cut.end() if cut is not None else stop
    return value


# "国家知识产权局（专利审查协作广东中心）": a Chinese office with, in brackets after it, its
# unit that writes (a sheet's cell on two lines); the office is the name before them.
_HAN_UNIT_AFTER = re.compile(
    r"(?P<o>[\u4e00-\u9fff]{2,30}?(?:局|署|厅|廳|组织|組織))\s*[（(][\u4e00-\u9fff]{2,40}[）)]"
)


def without_unit(value: str) -> str:
    """A Chinese office's name without the unit of it named in brackets after it."""
    unit = _HAN_UNIT_AFTER.fullmatch(value)
    return unit.group("o") if unit else value


def names_institution(text: str) -> bool:
    """Whether a display name is an office's ("Dirección Nacional de la Propiedad Industrial")."""
    return bool(_INSTITUTION.search(text))
