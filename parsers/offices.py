"""The nominating office when no label names it: "the [Office] wishes to nominate", or the signature."""

from __future__ import annotations

import re
from collections.abc import Iterable

from parsers.drafts import Found
from parsers.names import TITLE_PATTERN
from parsers.normalize import clean_value
from parsers.phrases import VERB, VERB_FIRST
from parsers.st3 import office_code

__all__ = [
    "letterhead_office",
    "names_institution",
    "office_of_department",
    "prose_office",
    "signature_office",
    "spelled_out",
]

_INSTITUTION = re.compile(
    r"Office|Institut\w*|Oficina|Organi[sz]ation|Organizaci[óo]n|Bureau|Agency|Agence|Agencia|Service"
    r"|Servicio|Administration|Administraci[óo]n|Ministry|Minist[èe]re|Ministerio|Authority|Autorit[ée]"
    r"|Directorate|Direcci[óo]n|Superintendenc\w*|Intellectual Property|Propri[ée]t[ée] intellectuelle|Propiedad Intelectual"
    r"|Propriedade|Patent|Ведомство|[Сс]лужба|Роспатент|Организация|Институт|Управление|Агентство"
    r"|局|署|办公室|知识产权|知識產權|مكتب|المكتب|الهيئة|هيئة|المنظمة|منظمة|معهد|المعهد|إدارة|الإدارة|وزارة|مصلحة|الملكية الفكرية"
    r"|مديرية|الملكية الصناعية"
    r"|Министерств\w*|[Цц]ентр\w*|Centre|Center|Centro",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"^(?:head|director|deputy|chief|senior|acting|manager|officer|examiner|advisor|adviser|counsellor"
    r"|directeur|directrice|chef|jefe|jefa|director[a]?|subdirector|начальник|директор|руководитель"
    r"|заместитель|эксперт|处长|主任|局长|副|رئيس|مدير|نائب)\b",
    re.IGNORECASE,
)
# The verb phrase is found first; the office is the clause before it.
_PROSE_VERB = re.compile(
    r"\s(?=[iIhHwWnNdDpPaAsStTeEcCrRиИнНвВсСрРпПvV])(?:is\s+(?:pleased|happy|honou?red|glad)|has\s+the\s+(?:honou?r|pleasure)|would\s+like\s+to"
    r"|wishes\s+to|hereby|herewith|nominates|designates|presents|proposes|a\s+l['’]honneur|a\s+le\s+plaisir"
    r"|vous\s+(?:informe|transmet|communique|fait\s+parvenir|adresse)|transmet"
    r"|pr[ée]sente\s+ses\s+compliments|saluda\s+atentamente|presenta\s+sus\s+saludos|свидетельствует"
    r"|souhaite|d[ée]sire|d[ée]signe|propose|tiene\s+el\s+(?:agrado|honor|placer|gusto)|se\s+complace"
    # "el Instituto ... se permite designar", "l'Office se permet de proposer": a formal
    # courtesy before the verb.
    r"|se\s+permite|se\s+permet|tiene\s+a\s+bien"
    r"|desea|designa|propone|comunica|informa|remite|имеет\s+честь|назначает|предлагает|выдвигает|направляет|сообщает|просит"
    r"|рада|рад)\b",
    re.IGNORECASE,
)
# "the nomination of the Office ...", "la désignation de l'Office ...", "кандидатуру от ...";
# a nominee writing for the office: "por indicación de la Dirección ... del Instituto ...".
_OF_OFFICE = re.compile(
    r"(?=[nNdDcCкКзЗoOaAeEpPàÀ])(?:on\s+behalf|au\s+nom|en\s+nombre|por\s+(?:indicaci[óo]n|encargo)"
    r"|on\s+the\s+instructions?|[àa]\s+la\s+demande|nominations?|designations?|d[ée]signations?|designaci[óo]n(?:es)?|candidatures?|candidatura"
    r"|кандидатур\w*|заявк\w*)\s+(?:of|from|by|de|du|des|del|par|от)\s+(?:the\s+|l['’]\s*|la\s+|el\s+)?",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[;:!?]|,\s|\.(?:\s|$)|\n\s*\n|\s(?:to|for|au|aux|pour|para|al|в|на|для)\s", re.IGNORECASE
)
# "C. CWS 175" is no sentence end.
_CLAUSE_START = re.compile(r"[;:!?]|,\s|(?<!\b[A-Z])\.\s|\n\s*\n")
# Adjuncts that trail the office in its clause ("... Беларусь в ответ на циркулярное письмо").
_ADJUNCT = re.compile(
    r"\s+(?:in\s+(?:reply|response)\s+to|with\s+reference\s+to|further\s+to|en\s+r[ée]ponse\s+[àa]"
    r"|suite\s+[àa]|en\s+respuesta\s+a|con\s+referencia\s+a|в\s+ответ\s+на|со\s+ссылкой\s+на"
    r"|ссылаясь\s+на|в\s+соответствии\s+с)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# The same adjuncts opening the clause, up to the circular they answer: "В ответ на
# циркулярное письмо C. CWS 175 РГП «...» сообщает", "In reply to circular C. CWS 175 the
# Office nominates".
_LEAD_ADJUNCT = re.compile(
    r"\s*(?:in\s+(?:reply|response)\s+to|with\s+reference\s+to|further\s+to|en\s+r[ée]ponse\s+[àa]"
    r"|suite\s+[àa]|en\s+respuesta\s+a|con\s+referencia\s+a|в\s+ответ\s+на|со\s+ссылкой\s+на"
    r"|ссылаясь\s+на)\s[^\n]{0,60}?\bC\.\s?CWS\s?\d{2,4}\b[\s,]*",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^\s*(?:the|la|le|el|l['’])\s*", re.IGNORECASE)
_ZH_PROSE = re.compile(
    r"(?P<o>[\u4e00-\u9fff（）()A-Za-z]{2,30}?(?:局|署|办公室|组织|机构|中心|辦公室|組織|機構))"
    # Traditional script too: "香港特別行政區政府知識產權署謹提名".
    r"(?:谨|特此|现|拟|兹|很高兴|荣幸|謹|現|擬|茲)?(?:提名|推荐|指定|委派|推薦)"
)
# "转去国家知识产权局对C. CWS 175号通函的答复": whose reply a forwarder passes on.
_ZH_REPLY_OF = re.compile(
    r"(?:^|[，。：:\s])(?:转去|转发|转交|收到|附上)?(?P<o>[\u4e00-\u9fff]{2,30}?(?:局|署|厅|中心))"
    r"对[^，。\n]{0,30}?的(?:答复|回复|复函|提名)",
    re.MULTILINE,
)
_AR_PROSE = re.compile(
    r"(?:يسر|تسر|يتشرف|تتشرف|يسعد|تسعد|ترغب|يرغب|تود|يود|تهدي|يهدي|يرشح|ترشح)[\u064b-\u0652]*\s+(?P<o>(?:مكتب|المكتب|الهيئة"
    r"|هيئة|المنظمة|منظمة|معهد|المعهد|إدارة|الإدارة|مصلحة|وزارة|الوزارة|مركز|المركز|مديرية|المديرية)"
    r"[^،,.\n]{2,100}?)"
    r"\s+(?:أن\s|ب(?:ترشيح|تسمية|تعيين|إبلاغ)|في\s|ترشيح|أطيب|أصدق|تحياتها|تحياته|المرشح\w*|التالي\w*|السيد"
    # The person named next ends the office: "يرشح مكتب ... المهندسة سارة", "ترشح مديرية ...
    # الأشخاص التالية أسماؤهم".
    r"|الدكتور|المهندس|الأستاذ|الأشخاص|الشخص|الموظف|الزميل|الساد[ةه]"
    r"|إعلام|إفاد|إخطار)"
)
# "ببيانات ممثلي المكتب المغربي ...:": the representatives (or nominees) of the office.
_AR_OF_OFFICE = re.compile(
    # "نيابة عن إدارة ...": on behalf of the office.
    r"(?:ممثلي|ممثل|مرشحي|مرشح|نيابة\s+عن)\s+(?P<o>(?:مكتب|المكتب|الهيئة|هيئة|المنظمة|منظمة|معهد|المعهد|إدارة|الإدارة"
    r"|مصلحة|وزارة|الوزارة|مركز|المركز|مديرية|المديرية)[^،,.:؛\n]{2,100}?)\s*(?=[:،,.؛\n])"
)
# "... بأن مديرية حماية الملكية الصناعية في وزارة الصناعة ترشح السيدة ...": the office as the
# subject of "nominates" in a clause a note verbale or a covering letter opens with "أن".
_AR_SUBJECT = re.compile(
    r"(?:^|\s)ب?أن\s+(?P<o>(?:مكتب|المكتب|الهيئة|هيئة|المنظمة|منظمة|معهد|المعهد|إدارة|الإدارة|مصلحة"
    r"|وزارة|الوزارة|مركز|المركز|مديرية|المديرية)[^،,.:؛\n]{2,100}?)\s+(?:ترشح|يرشح|تقترح|يقترح|تسمي|يسمي)\s"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_SENTENCE_WORDS = re.compile(r"\b(?:we|nous|nosotros|мы|i|je|yo)\b", re.IGNORECASE)


# A diplomatic mission or an embassy sends a note verbale for the office; it is none.
_MISSION = re.compile(
    r"permanent\s+mission|mission\s+permanente|misi[óo]n\s+permanente|embass(?:y|ies)|ambassade"
    r"|embajada|постоянн\w+\s+представительств\w*|посольств\w*|常驻代表团|常駐代表團|大使馆"
    r"|البعثة\s+الدائمة|بعثة\s+دائمة|سفارة|السفارة",
    re.IGNORECASE,
)
# "(INAPI)", "(ANaPI)", "(Роспатент)": the short name that closes an office's full name.
_SHORT_NAME = re.compile(r"\([^\W\d_][\w&.’'-]{1,14}\)")
_SHORT_NAME_END = re.compile(_SHORT_NAME.pattern + r"$")
# "... (INAPI) de Chile": the country after the short name is part of the name.
_COUNTRY_AFTER = re.compile(
    r"(?:(?:de|of|du|del|d['’])\s*(?:la\s+|the\s+)?[A-ZÀ-ÞА-ЯЁ][\w-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w-]*)*)?"
)
# Where a clause may not run on to a short name: punctuation or a blank line.
_NO_RUN_ON = re.compile(r"[,;:!?()]|\.\s|\n\s*\n")


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


# "我局", "本署", "附件为我局": "our office" names none, whatever words run into it.
_ZH_PRONOUN_OFFICE = re.compile(
    r"(?:我|本|贵|貴)(?:局|署|厅|廳|办公室|辦公室|组织|組織|机构|機構|中心)$"
)


# A name closed by its short name may be long: "Государственное учреждение «...»
# Министерства ... Республики Таджикистан (НЦПИ)". Without one, a long clause is a sentence.
_MAX_NAME = 140
_MAX_SHORT_NAMED = 200


def _found(text: str, start: int, end: int, rule: str) -> Found | None:
    lead_adjunct = _LEAD_ADJUNCT.match(text, start, end)
    if lead_adjunct is not None:
        start = lead_adjunct.end()
    raw = _ADJUNCT.sub("", text[start:end])
    short = _SHORT_NAME.search(raw)
    if short is not None and not _COUNTRY_AFTER.fullmatch(raw[short.end() :].strip()):
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


_ACRONYM_END = re.compile(r"\((?P<a>[A-Z]{2,10})\)$")
_CONNECTOR = frozenset({"and", "of", "for", "the", "&", "y", "de", "del", "et", "des", "du", "la"})


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _widen_to_acronym(text: str, found: Found) -> Found:
    """ "..., the Trademarks, Patents and Designs Registry (TPDR) nominates": a clause cut at a
    comma inside the name; the acronym's first letters say where the name starts."""
    acronym = _ACRONYM_END.search(found.value)
    if acronym is None:
        return found
    letters = acronym.group("a")
    have = _initials(found.value[: acronym.start()].split())
    if have == letters or not letters.endswith(have) or not have:
        return found
    missing = letters[: len(letters) - len(have)]
    start = found.start
    for word in reversed(list(re.finditer(r"[^\s,]+", text[max(0, start - 120) : start]))):
        token = word.group()
        if token.lower() in _CONNECTOR:
            continue
        if not token[:1].isupper() or not missing.endswith(token[0]):
            return found
        missing = missing[:-1]
        if not missing:
            begin = max(0, start - 120) + word.start()
            value = clean_value(text[begin : found.end])
            return Found(value, begin, found.end, found.rule, value)
    return found


def names_institution(text: str) -> bool:
    """Whether a display name is an office's ("Dirección Nacional de la Propiedad Industrial")."""
    return bool(_INSTITUTION.search(text))


def prose_office(text: str) -> Found | None:
    """The office a sentence says is nominating ("The Japan Patent Office is pleased to nominate").

    A letter written twice, in Chinese or Arabic and then in English or French, names the
    office in both; the version that comes first is the letter's own, so of the office its
    Latin-script sentences give and the one its Chinese or Arabic sentences give, the one
    written first is taken.
    """
    latin = _latin_prose_office(text)
    native = _native_prose_office(text)
    if latin is None or native is None:
        return latin or native
    return native if native.start < latin.start else latin


def _before_adjunct(text: str, clauses: list[re.Match[str]], verb: int) -> int | None:
    """Where the subject's clause starts when an adjunct set off by commas stands between
    it and the verb: "The Office (ILPO), in reply to circular C. CWS 175, nominates",
    "... (AGEPI), в ответ на циркулярное письмо C. CWS 175, выдвигает"."""
    if not clauses:
        return None
    ends = [c.start() for c in clauses[1:]] + [verb]
    # Whether a comma closes each segment: "in reply to C. CWS 175 the Office nominates"
    # has the office inside the adjunct's segment.
    closed = [c.group().startswith(",") for c in clauses[1:]] + [
        text[clauses[-1].end() : verb].rstrip().endswith(",")
    ]
    k = len(clauses) - 1
    skipped = False
    while k >= 0:
        segment = text[clauses[k].end() : ends[k]]
        if segment.strip(" ,\t\n") and not (closed[k] and _ADJUNCT.match(" " + segment.lstrip())):
            break
        skipped = skipped or bool(segment.strip(" ,\t\n"))
        k -= 1
    if not skipped:
        return None
    return clauses[k].end() if k >= 0 else None


def _latin_prose_office(text: str) -> Found | None:
    for verb in _PROSE_VERB.finditer(text):
        window_start = max(0, verb.start() - 200)
        clauses = list(_CLAUSE_START.finditer(text, window_start, verb.start()))
        start = clauses[-1].end() if clauses else window_start
        start = _before_adjunct(text, clauses, verb.start()) or start
        found = _found(text, start, verb.start(), "prose")
        if found is not None:
            return _widen_to_acronym(text, found)
    for lead in _OF_OFFICE.finditer(text):
        stop = _CLAUSE_END.search(text, lead.end(), lead.end() + 200)
        end = stop.start() if stop else min(len(text), lead.end() + 200)
        short = _SHORT_NAME.search(text, end, end + 150)
        if short is not None and not _NO_RUN_ON.search(text, end, short.start()):
            # "the National Institute for the Defense of ... (INDECOPI)": a name with "for"
            # or "to" in it runs on to the short name that closes it.
            end = short.end()
        found = _found(text, lead.end(), end, "prose")
        if found is not None:
            return found
    return _lead_in_office(text)


# A short reply that names its office only in the words leading in to its nominee: "Pour
# l'Office de la propriété intellectuelle du Luxembourg :" over a line opening with a title,
# "Por la SIC (Superintendencia ..., Colombia) designamos a:". The name opens with a capital
# right after the preposition and its article, so "For any questions, contact the Office:"
# names none.
_LEAD_IN = re.compile(
    r"(?:^|(?<=[.!?]\s))[ \t]*(?:for|pour|por|para|от)\s+"
    r"(?P<o>(?:the\s+|l['’]\s*|la\s+|le\s+|el\s+)?(?-i:[A-ZÀ-ÞА-ЯЁ])"
    r"(?:[^\n:;,()!?]|\([^()\n]{1,100}\)){1,160}?)"
    r"[ \t]*(?::[ \t]*\n(?=(?:[ \t]*\n)?[ \t]*(?:[-•*][ \t]*|\d{1,2}[.)][ \t]*)?"
    rf"(?:{TITLE_PATTERN})\s)"
    rf"|,?[ \t]+(?:(?:we|nous|nosotros|мы)\s+)?{VERB_FIRST}(?:{VERB}))",
    re.MULTILINE | re.IGNORECASE,
)


def _lead_in_office(text: str) -> Found | None:
    for lead in _LEAD_IN.finditer(text):
        found = _found(text, lead.start("o"), lead.end("o"), "prose")
        # "Pour l'Office :" alone, or "For the Director of the Office:", names no office;
        # "For the International Bureau:" over a quoted request is the Secretariat's.
        if (
            found is not None
            and (len(found.value.split()) > 1 or office_code(found.value))
            and not _ROLE.match(found.value)
            and office_code(found.value) != "ib"
        ):
            return found
    return None


def _native_prose_office(text: str) -> Found | None:
    for pattern, script in (
        (_ZH_PROSE, _HAN),
        (_ZH_REPLY_OF, _HAN),
        (_AR_PROSE, _ARABIC),
        (_AR_OF_OFFICE, _ARABIC),
        (_AR_SUBJECT, _ARABIC),
    ):
        for match in pattern.finditer(text) if script.search(text) else ():
            found = _found(text, match.start("o"), match.end("o"), "prose")
            if found is not None:
                return found
    return None


_LETTERHEAD_LINES = 3
_CELL_SEPARATOR = re.compile(r"[;|\t]")


def letterhead_office(text: str) -> Found | None:
    """The office heading a letter (an attached note or "oficio"): one of its first lines."""
    pos = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        offset = pos
        pos += len(line)
        value = clean_value(line)
        if not value:
            continue
        seen += 1
        if seen > _LETTERHEAD_LINES or _MISSION.search(value):
            break  # a mission's heading, its name's lines and all
        if (
            len(value) <= 120
            and "@" not in value
            and not _CELL_SEPARATOR.search(value)  # a table's header row, not a letterhead
            and not re.search(r"\d{3}", value)
            and not _SENTENCE_WORDS.search(value)
            and _INSTITUTION.search(value)
        ):
            start = offset + line.find(value)
            return Found(value, start, start + len(value), "letterhead", value)
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
        if re.search(r"[。！？!?]\s*$", line):
            continue  # "请代为转交产权组织。谢谢！": a sentence, not a sign-off line
        for part in re.split(r"\s+[|–—]\s+|,\s+|\t", line.strip()):
            value = clean_value(part)
            if len(value) < 3 or len(value) > 120 or _ROLE.match(value) or _MISSION.search(value):
                continue
            value = _zh_office_of_department(value)
            code, institution = office_code(value), _INSTITUTION.search(value)
            rank = 0 if code and institution else 1 if institution else 2 if code else 3
            if rank < 3:
                start = offset + line.find(part)
                candidates.append(
                    (rank, Found(value, start, start + len(value), "signature", part))
                )
    # "Service de la Coopération ..." above "Agence Nationale ... (ANaPI)": the line that
    # gives its short name is the institution, the other its department.
    candidates.sort(key=lambda c: (c[0], not _SHORT_NAME.search(c[1].value)))
    return candidates[0][1] if candidates else None


# "国家知识产权局专利局审查业务管理部": a department (部, 处, 司, 科, 室, 组) is no office; the
# administration its name opens is.
_ZH_DEPARTMENT_END = re.compile(r"(?:部|处|處|司|科|室|组|組|部门)$")
_ZH_LEADING_INSTITUTION = re.compile(r"^[\u4e00-\u9fff]{2,30}?(?:局|署|厅|廳|院|中心|组织|組織)")


def _zh_office_of_department(value: str) -> str:
    if not _ZH_DEPARTMENT_END.search(value):
        return value
    lead = _ZH_LEADING_INSTITUTION.match(value)
    return lead.group(0) if lead is not None else value


# A Russian office's name in the genitive opens with an inflected adjective: "Евразийского
# патентного ведомства", "Федеральной службы по ...".
_RU_GENITIVE = re.compile(r"^[А-ЯЁ][а-яё]+(?:ого|его|ой|ей)\s")


def nominative_office(office: Found, signatures: Iterable[str]) -> Found | None:
    """The same office in the nominative, when the prose names it in the genitive.

    "кандидатуры от Евразийского патентного ведомства (ЕАПВ)" in the letter and
    "Евразийское патентное ведомство (ЕАПВ)" in a signature: the clerk writes the second.
    The two must end with the same short name.
    """
    short = _SHORT_NAME.search(office.value)
    if not _RU_GENITIVE.match(office.value) or short is None or short.end() != len(office.value):
        return None
    for signature in signatures:
        found = signature_office(signature)
        if (
            found is not None
            and found.value.endswith(short.group())
            and not _RU_GENITIVE.match(found.value)
        ):
            return found
    return None


# A signature's department line names its office by the short name alone ("Dirección de
# Invenciones y Nuevas Tecnologías - INDECOPI", "Patent Division, KIPO"); the letter spells
# the office out before that short name in brackets. The head nouns an office's name opens
# with, after "of the", "del", "de la", "du" when a department's name runs into it.
_BARE_SHORT_NAME = re.compile(r"(?<![\w(])[A-ZÀ-Þ]{2,10}(?![\w)])")
_OFFICE_HEAD = re.compile(
    r"(?:Institut\w*|Oficina|Office|Organi[sz]a\w*|Agenc\w*|Administra\w*|Minist\w*|Authority"
    r"|Autorit\w*|Autoridad|Servic\w*|Superintendenc\w*|Registr\w*|Bureau|Directorate)\b"
)
# "of the", "del", "de la", "de l'", "du": where a department's name runs into its office's.
_NAME_LINK = re.compile(
    r"\b(?:del|de\s+la|of\s+the|of|du|des|de)\s+(?=[A-ZÀ-Þ])|\bd(?:e\s+l)?['’](?=[A-ZÀ-Þ])"
)
_NAME_CLAUSE_END = re.compile(r"[,;:!?]|\.\s|\n\s*\n")


def office_of_department(office: Found, text: str) -> Found | None:
    """The full office `text` names for the short name a signature's department line ends
    with, or None. "Dirección de Invenciones ... - INDECOPI" in the signature and "Director
    de la Dirección de Invenciones ... del Instituto Nacional de Defensa ... (INDECOPI)" in
    the letter: the clerk writes the institute."""
    if _SHORT_NAME_END.search(office.value):
        return None
    for short in _BARE_SHORT_NAME.finditer(office.value):
        tag = f"({short.group()})"
        at = text.find(tag)
        if at < 0:
            continue
        window = max(0, at - _MAX_SHORT_NAMED)
        ends = list(_NAME_CLAUSE_END.finditer(text, window, at))
        begin = ends[-1].end() if ends else window
        raw = text[begin : at + len(tag)]
        # The last name after a link that opens with a head noun ("del Instituto Nacional
        # ...") or, in English order, ends with one ("of the Nordic Patent Agency").
        heads = [
            link.end()
            for link in _NAME_LINK.finditer(raw)
            if _OFFICE_HEAD.match(raw, link.end())
            or _OFFICE_HEAD.fullmatch((raw[link.end() : -len(tag)].split() or [""])[-1])
        ]
        lead = heads[-1] if heads else _institution(raw)
        value = clean_value(raw[lead:])
        if (
            len(value) <= len(tag) + 3
            or len(value) > _MAX_SHORT_NAMED
            or not _INSTITUTION.search(value[: -len(tag)])
            or _SENTENCE_WORDS.search(value)
            or _MISSION.search(value)
        ):
            continue
        start = begin + lead
        return Found(value, start, at + len(tag), "prose", value)
    return None


# An office written as its acronym, maybe with the country: "INNORPI – Tunisie", "OMPIC".
_ACRONYM_ONLY = re.compile(r"^(?P<a>[A-ZÀ-Þ]{2,10})(?:\s*[-–—,/(]\s*\w[^()]{0,30}\)?)?$")


def spelled_out(office: Found, text: str) -> Found | None:
    """The full name `text` gives an office labelled by its acronym alone.

    "Nom de l'office : INNORPI – Tunisie" under "l'Institut National de la Normalisation et
    de la Propriété Industrielle (INNORPI) a l'honneur de ...": the clerk writes the name.
    """
    acronym = _ACRONYM_ONLY.match(office.value)
    if acronym is None or f"({acronym.group('a')})" not in text:
        return None
    found = prose_office(text)
    return found if found is not None and found.value.endswith(f"({acronym.group('a')})") else None
