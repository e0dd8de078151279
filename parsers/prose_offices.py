"""The nominating office a sentence names when no label does: "the [Office] wishes to
nominate", "la désignation de l'Office ...", "国家知识产权局谨提名", "يسر مكتب ..."."""

from __future__ import annotations

import re

from parsers.drafts import Found
from parsers.letterhead import is_wipo
from parsers.listed_office_names import listed_name_start
from parsers.names import TITLE_PATTERN
from parsers.normalize import clean_value
from parsers.office_names import (
    _ADJUNCT,
    _COUNTRY_AFTER,
    _ROLE,
    _SHORT_NAME,
    APPOSITIVE,
    CITED_DATE,
    _found,
    names_institution,
)
from parsers.parent_ministries import AR_FROM_OFFICE, acts_through_office, attached_to_ministry
from parsers.phrases import VERB, VERB_FIRST
from parsers.russian_cases import nominative_office_name
from parsers.scripts import ARABIC, HAN
from parsers.st3 import office_code

__all__ = [
    "prose_office",
    "spelled_out",
]

# The verb phrase is found first; the office is the clause before it.
_PROSE_VERB = re.compile(
    r"\s(?=[iIhHwWnNdDpPaAsStTeEcCrRиИнНвВсСрРпПоОvV])(?:is\s+(?:pleased|happy|honou?red|glad)|has\s+the\s+(?:honou?r|pleasure)|would\s+like\s+to"
    r"|wishes\s+to|hereby|herewith|nominates|designates|presents|proposes|a\s+l['’]honneur|a\s+le\s+plaisir"
    r"|vous\s+(?:informe|transmet|communique|fait\s+parvenir|adresse)|transmet"
    r"|pr[ée]sente\s+ses\s+compliments|saluda\s+atentamente|presenta\s+sus\s+saludos|свидетельствует"
    r"|souhaite|d[ée]sire|d[ée]signe|propose|tiene\s+el\s+(?:agrado|honor|placer|gusto)|se\s+complace"
    # "el Instituto ... se permite designar", "l'Office se permet de proposer": a formal
    # courtesy before the verb.
    r"|se\s+permite|se\s+permet|tiene\s+a\s+bien"
    r"|desea|designa|propone|comunica|informa|remite|имеет\s+честь|назначает|предлагает|выдвигает|направляет|сообщает|просит"
    r"|рада|рад"
    # A note verbale's "has the honour to inform that the Office has designated Mrs X".
    r"|has\s+(?:designated|nominated|appointed|proposed)|a\s+(?:d[ée]sign[ée]|propos[ée])"
    r"|ha\s+(?:designado|propuesto|nombrado)"
    r"|(?:назначил|выдвинул|предложил|определил)[аио]?)\b",
    re.IGNORECASE,
)
# "the nomination of the Office ...", "la désignation de l'Office ...", "кандидатуру от ...";
# a nominee writing for the office: "por indicación de la Dirección ... del Instituto ...".
_OF_OFFICE = re.compile(
    r"(?=[nNdDcCкКзЗoOaAeEpPпПàÀrR])(?:on\s+behalf|au\s+nom|en\s+nombre|por\s+(?:indicaci[óo]n|encargo)"
    r"|on\s+the\s+instructions?|[àa]\s+la\s+demande|nominations?|designations?|d[ée]signations?|designaci[óo]n(?:es)?|candidatures?|candidatura"
    # "designar como representantes del Instituto ... (INPI)": whose representatives.
    r"|(?P<rep>representatives?|repr[ée]sentants?|representantes?)"
    r"|кандидатур\w*|заявк\w*)\s+(?:of|from|by|de|du|des|del|par|от)\s+(?:the\s+|l['’]\s*|la\s+|el\s+)?"
    # A note verbale's "les noms des fonctionnaires désignés par le Service ...": an office
    # named with its article and a capital ("designated by my office" names none).
    r"|(?:designated|nominated|d[ée]sign[ée]e?s|designad[oa]s)\s+(?:by|par|por)\s+"
    r"(?=(?:the|le|la|el|l['’])\s*(?-i:[A-ZÀ-Þ]))"
    # "сведения о представителях Федеральной службы ...": the representatives of an office
    # named in the genitive, with no preposition.
    r"|(?P<ru>представител(?:ей|ях|ям|ями|и|ь|я))\s+(?=(?-i:[А-ЯЁ]))",
    re.IGNORECASE,
)
# Where a representative sits, after the office they represent.
_IN_BODY = re.compile(
    r"\s(?:in|on|at|within|en|ante|dans|aupr[èe]s|au\s+sein|в|при)\s", re.IGNORECASE
)
_CLAUSE_END = re.compile(
    r"[;:!?]|,\s|\.(?:\s|$)|\n\s*\n|\s(?:to|for|au|aux|pour|para|al|в|на|для)\s", re.IGNORECASE
)
# "C. CWS 175" is no sentence end.
_CLAUSE_START = re.compile(r"[;:!?]|,\s|(?<!\b[A-Z])\.\s|\n\s*\n")
# A line break a sentence starts after: an article with a capital opens a line ("The Office is
# pleased", "L'Office a l'honneur"), or a line in capitals (a subject line: "NOMINATION OF
# REPRESENTATIVES") stands over a line in lower case. A name wrapped over two lines runs on.
_LINE_BREAK = re.compile(r"\n[ \t]*")
_ARTICLE_OPENS = re.compile(r"(?:The|La|Le|Les|El|Los|Las)\s|L['’]\s*[A-ZÀ-Þ]")
_SENTENCE_OPENS = re.compile(r"[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё'’]")
_LOWER = re.compile(r"[a-zà-ÿа-яё]")
_CAPITALS = re.compile(r"[A-ZÀ-ÞА-ЯЁ]{3}")
# A legal form set off by a comma closes an office's name: "Oficina Española de Patentes y
# Marcas, O.A.", "..., e.V.", "..., Ltd.", "..., S.A. (CRDB)".
_LEGAL_FORM = re.compile(
    r"\s*(?:O\.\s?A\.|S\.\s?A\.(?:\s?S\.)?|S\.\s?L\.|S\.\s?R\.\s?L\.|SARL|SAS|GmbH|e\.\s?V\."
    r"|Ltd\.?|Inc\.|LLC|plc|PLC|ФГБУ)(?=[\s(,]|$)"
)
_ZH_PROSE = re.compile(
    r"(?P<o>[\u4e00-\u9fff（）()A-Za-z]{2,30}?(?:局|署|办公室|组织|机构|中心|辦公室|組織|機構))"
    # "国家知识产权局专利局专利文献部推荐": a department of the office nominates; the office
    # its name opens with is the nominating one.
    r"(?:[\u4e00-\u9fff]{1,16}?(?:部|处|處|司|科|室))?"
    # "…知識產權署現就貴處C. CWS 175號通函，提名": what it answers, set off by a comma, between
    # the office and its verb.
    r"(?:(?:[现現谨謹兹茲特]|特此)?(?:就|根据|根據|按照|响应|響應|回应|回應|关于|關於)[^，,。；\n]{1,40}?[，,]\s*)?"
    # Traditional script too: "香港特別行政區政府知識產權署謹提名".
    # "国家知识产权局已推荐" (has nominated), as a note verbale reports it.
    r"(?:谨|特此|现|拟|兹|很高兴|荣幸|謹|現|擬|茲|已|决定|決定)?(?:提名|推荐|指定|委派|推薦)"
)
# "转去国家知识产权局对C. CWS 175号通函的答复": whose reply a forwarder passes on; "现将国家
# 知识产权局对...的答复发送如下" ("hereby [we] send"): the office's own.
_ZH_REPLY_OF = re.compile(
    r"(?:^|[，。：:\s])(?:转去|转发|转交|收到|附上|[现兹特谨]将|[現茲特謹]將)?(?P<o>[\u4e00-\u9fff]{2,30}?(?:局|署|厅|中心))"
    r"对[^，。\n]{0,30}?的(?:答复|回复|复函|提名)",
    re.MULTILINE,
)
_AR_PROSE = re.compile(
    r"(?:يسر|تسر|يتشرف|تتشرف|يسعد|تسعد|ترغب|يرغب|تود|يود|تهديكم|يهديكم|تهدي|يهدي|يرشح|ترشح)[\u064b-\u0652]*\s+(?P<o>(?:مكتب|المكتب|الهيئة"
    r"|هيئة|المنظمة|منظمة|معهد|المعهد|إدارة|الإدارة|مصلحة|وزارة|الوزارة|مركز|المركز|مديرية|المديرية"
    # Oman's "دائرة الملكية الفكرية" (the IP Department).
    r"|دائرة|الدائرة)"
    # A colon ends the sentence that leads in a list ("يسر الهيئة ترشيح كل من:"); the verbal
    # noun ("ترشيح") may follow the office noun at once, which is then the writer's own.
    r"[^،,.:؛\n]{0,100}?)"
    # Hamzas are often left out in quick typing: "ان", "ابلاغ". The ministry the office is
    # at ("دائرة الملكية الفكرية بوزارة التجارة") is no part of its name.
    r"\s+(?:[أا]ن\s|ب(?:ترشيح|تسمية|تعيين|[إا]بلاغ|(?:ال)?وزارة)|في\s|ترشيح|أطيب|أصدق|تحياتها|تحياته|المرشح\w*|التالي\w*|السيد"
    # The person named next ends the office: "يرشح مكتب ... المهندسة سارة", "ترشح مديرية ...
    # الأشخاص التالية أسماؤهم".
    r"|الدكتور|المهندس|الأستاذ|الأشخاص|الشخص|الموظف|الزميل|الساد[ةه]"
    r"|إعلام|إفاد|إخطار)"
)
# The titles a person's name opens with, "و" (and) before them allowed.
_AR_PERSON_TITLE = (
    r"و?(?:السيد|السيدة|الدكتور|الدكتورة|المهندس|المهندسة|الأستاذ|الأستاذة|الاستاذ|الاستاذة)\s"
)
# "ببيانات ممثلي المكتب المغربي ...:": the representatives (or nominees) of the office. The
# noun alone ("ممثل المكتب في ...": the Office's representative) is read to be passed over:
# the writer's own office, whose name the signature gives.
_AR_OF_OFFICE = re.compile(
    # "نيابة عن إدارة ...": on behalf of the office.
    r"(?:ممثلي|ممثل|مرشحي|مرشح|نيابة\s+عن)\s+(?P<o>(?:مكتب|المكتب|الهيئة|هيئة|المنظمة|منظمة|معهد|المعهد|إدارة|الإدارة"
    r"|مصلحة|وزارة|الوزارة|مركز|المركز|مديرية|المديرية)[^،,.:؛\n]{0,100}?)"
    r"(?:\s*(?=[:،,.؛\n])"
    # "مرشحي إدارة ... بوزارة التجارة لعضوية فرق العمل": the ministry the office is part of
    # ("at the Ministry") and what its people are put forward for end its name.
    r"|\s+(?=(?:في\s+|ب)وزارة|(?:لعضوية|للمشاركة)\s)"
    # "ممثل المكتب في فرقة العمل ... هو السيد ...": the task force the office sits in, the
    # "is" that names its representative, or the titled representative end it too.
    r"|\s+(?=(?:في|لدى)\s+فرق|(?:هو|هي|هما|هم)\s|" + _AR_PERSON_TITLE + r"))"
)
# "... بأن مديرية حماية الملكية الصناعية في وزارة الصناعة ترشح السيدة ...": the office as the
# subject of "nominates" in a clause a note verbale or a covering letter opens with "أن".
_AR_SUBJECT = re.compile(
    r"(?:^|\s)ب?[أا]ن\s+(?P<o>(?:مكتب|المكتب|الهيئة|هيئة|المنظمة|منظمة|معهد|المعهد|إدارة|الإدارة|مصلحة"
    r"|وزارة|الوزارة|مركز|المركز|مديرية|المديرية)[^،,.:؛\n]{2,100}?)\s+"
    # "... قد رشّح السيدة": the past, as a note verbale reports it.
    r"(?:قد\s+)?(?:ترشح|يرشح|تقترح|يقترح|تسمي|يسمي|رش\u0651?ح(?:ت)?|اقترح(?:ت)?)\s"
)
# Adverbs that may stand between the verb's subject and its object: "وترشح المديرية بدلاً منه
# السيدة ...", "يرشح المكتب أيضاً ...", "ترشح الهيئة مجدداً ...". They end the office.
_AR_ADVERB = re.compile(
    r"\s+(?:بدل|عوض|أيض|ايض|كذلك|مجدد|مجدّد|حالي|اعتبار|لاحق|مرة\s+أخرى|من\s+جديد)[^\s]*(?:\s.*)?$",
    re.DOTALL,
)
# An office noun alone ("المديرية", "المكتب"): the writer's own office, whose name the
# signature gives; the sentence names none.
_AR_BARE_OFFICE = re.compile(r"^(?:ال)?[\u0600-\u06ff]+$")
_HAN = HAN
_ARABIC = ARABIC
# Where a clause may not run on to a short name: punctuation or a blank line.
_NO_RUN_ON = re.compile(r"[,;:!?()]|\.\s|\n\s*\n")


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
            office = _OFFICE_OF.search(text, max(0, begin - 40), begin)
            begin = office.start("w") if office else begin
            value = clean_value(text[begin : found.end])
            return Found(value, begin, found.end, found.rule, value)
    return found


def prose_office(text: str) -> Found | None:
    """The office a sentence says is nominating ("The Japan Patent Office is pleased to nominate").

    A letter written twice, in Chinese or Arabic and then in English or French, names the
    office in both; the version that comes first is the letter's own, so of the office its
    Latin-script sentences give and the one its Chinese or Arabic sentences give, the one
    written first is taken.
    """
    latin = _latin_prose_office(text)
    latin = _office_of_department(latin) if latin is not None else None
    native = _native_prose_office(text)
    if latin is None or native is None:
        return latin or native
    return native if native.start < latin.start else latin


# "the International Cooperation Department of the Korean Intellectual Property Office
# nominates", "la Division des relations internationales de l'Institut ... désigne", "el
# Departamento de Patentes del Instituto ...", "Отдел ... Федеральной службы ...": a department
# of an office speaks for the office, as "国家知识产权局国际合作司推荐" does (_ZH_PROSE); a centre
# or a bureau is a body of its own and keeps its name, and so does a division of a ministry
# ("Division de la Propriété Intellectuelle"), which is the office itself.
_DEPARTMENT_OF = re.compile(
    r"^(?:[\w'’-]+\s+){0,6}?(?:Department|Division|Section|Unit|D[ée]partement|Departamento"
    r"|Divisi[óo]n|Secci[óo]n|Unidad)\b(?:\s+[\w'’-]+){0,8}?\s+"
    r"(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|del\s+|de\s+)"
    r"(?P<o>(?:Office|Institute|Agency|Service|Organi[sz]ation|Bureau|Registry|Oficina|Instituto"
    r"|Agencia|Servicio|Organizaci[óo]n|Registro|Institut|Agence|Organisation)\b.*"
    r"|(?:[A-ZÀ-Þ][\w'’-]*\s+){1,4}(?:Office|Institute|Agency|Service|Organi[sz]ation|Bureau"
    r"|Registry)\b.*)$",
    re.IGNORECASE,
)
# "Отдел международного сотрудничества Федеральной службы ...": the office in the genitive
# after the department's own words, which are in lower case.
_RU_DEPARTMENT_OF = re.compile(r"^(?:Отдел|Департамент)(?:\s+[а-яё-]+){0,6}\s+(?P<o>[А-ЯЁ].*)$")


def _office_of_department(found: Found) -> Found:
    match = _DEPARTMENT_OF.match(found.value)
    value = match.group("o") if match else None
    if match is None:
        match = _RU_DEPARTMENT_OF.match(found.value)
        value = nominative_office_name(match.group("o")) if match else None
    if match is None or value is None:
        return found
    start = found.start + found.value.find(match.group("o"))
    return Found(value, start, found.end, found.rule, value)


# "..., the Office of the Controller General ... (CGPDTM), India, hereby nominates": the
# country after the name, set off by commas, is no part of it.
_PLACE = re.compile(r"\s*(?:[A-ZÀ-Þ][\w'’-]+\s*){1,3}")
_INSTITUTION_WORD = re.compile(
    r"offic|institut|patent|propert|agenc|servic|regist|bureau|organi[sz]|direct|minist"
    r"|cent(?:er|re)|authorit|commission|oficina|instituto|bureau|служб|ведомств",
    re.IGNORECASE,
)
# "the Office of the Controller General ... (CGPDTM)": the acronym leaves out the office word.
_OFFICE_OF = re.compile(
    r"(?P<w>Office|Institute|Bureau|Registry|Directorate|Department|Agency|Authority)"
    r"\s+of\s+(?:the\s+)?$"
)


def _country_only(segment: str) -> bool:
    place = segment.strip(" ,\t\n")
    return (
        bool(_PLACE.fullmatch(place))
        and not place.isupper()  # "CGPDTM": the office's acronym
        and not _INSTITUTION_WORD.search(place)  # "Japan Patent Office": an office
        and office_code(place) is not None
    )


# "le Ministère des Mines ... (MINMIDT) du Cameroun, Structure Nationale de Liaison avec
# l'OAPI, propose", "the Ministry of Trade (MOT), National Focal Point for ARIPO,
# nominates": a role named without an article after an office closed by its short name
# (and its country) describes that office, which is the subject.
_NAMED_OFFICE_END = re.compile(_SHORT_NAME.pattern + r"\s*" + _COUNTRY_AFTER.pattern + r"\s*$")
_BARE_ROLE = re.compile(r"\s*(?!(?:the|la|le|las|los|les|el|l['’])\b)[A-ZÀ-ÞА-ЯЁ]")


def _role_of_named_office(segment: str, before: str) -> bool:
    return (
        bool(_BARE_ROLE.match(segment))
        and not _SHORT_NAME.search(segment)
        and bool(_NAMED_OFFICE_END.search(before))
    )


def _before_adjunct(
    text: str, clauses: list[re.Match[str]], verb: int, window_start: int
) -> tuple[int, int] | None:
    """Where the subject's clause starts and ends when an adjunct set off by commas stands
    between it and the verb: "The Office (ILPO), in reply to circular C. CWS 175, nominates",
    "... (AGEPI), в ответ на циркулярное письмо C. CWS 175, выдвигает"; a subject may open
    the text."""
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
        before = text[clauses[k - 1].end() if k > 0 else window_start : clauses[k].start()]
        adjunct = (
            _ADJUNCT.match(" " + segment.lstrip())
            or APPOSITIVE.match(segment)
            or (k > 0 and _country_only(segment))
            or _role_of_named_office(segment, before)
            # "el Servicio ... (SAPI), ente adscrito al Ministerio ..., designa": whose the
            # office is; the ministry it names is not the subject.
            or (attached_to_ministry(segment) and names_institution(before))
        ) and not acts_through_office(segment)  # "a través del Servicio ..." is no article
        if segment.strip(" ,\t\n") and not (closed[k] and adjunct):
            break
        skipped = skipped or bool(segment.strip(" ,\t\n"))
        k -= 1
    # Without a clause mark before it, the subject must open the text: a window cut short
    # may start inside another sentence.
    if not skipped or (k < 0 and window_start > 0):
        return None
    return (clauses[k].end(), ends[k]) if k >= 0 else (0, clauses[0].start())


# "le Ministère des Mines, de l'Industrie et du Développement Technologique (MINMIDT)": a
# name listing its fields with commas goes on after one with a lower-case "de", "of", "and".
_NAME_GOES_ON = re.compile(r"\s*(?:(?:de|du|des|del|of|and|et|y|и)\s|d['’])")


def _name_start(
    text: str, clauses: list[re.Match[str]], start: int, end: int, window_start: int
) -> int:
    """Where a subject starts when commas stand inside its name: one that lists its fields,
    or one closed by its short name."""
    listed = listed_name_start(text, clauses, start, end, window_start)
    if listed is not None:
        return listed
    if not _SHORT_NAME.search(text, start, end) and not _LEGAL_FORM.match(text, start, end):
        return start
    marks = [c for c in clauses if c.end() <= start]
    while marks and marks[-1].end() == start and marks[-1].group().startswith(","):
        if not (_NAME_GOES_ON.match(text, start) or _LEGAL_FORM.match(text, start, end)):
            break
        marks.pop()
        start = marks[-1].end() if marks else window_start
    return start


def _clause_marks(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Where clauses start between `start` and `end`, but for the commas (or a month's
    abbreviating dot) inside a cited date."""
    dates = [d.span() for d in CITED_DATE.finditer(text, max(0, start - 80), end)]
    marks = [
        mark
        for mark in _CLAUSE_START.finditer(text, start, end)
        # "от 21.09.2023 г. Национальный центр": the date's last dot may end the clause.
        if not any(s < mark.start() and mark.end() <= e for s, e in dates)
    ]
    breaks = [b for b in _LINE_BREAK.finditer(text, start, end) if _opens_sentence(text, b)]
    return sorted(marks + breaks, key=lambda m: m.start()) if breaks else marks


def _first_sentence_break(text: str, start: int, end: int) -> int:
    """Where the first line break a sentence starts after stands between `start` and `end`
    (`end` if none does)."""
    return next(
        (b.start() for b in _LINE_BREAK.finditer(text, start, end) if _opens_sentence(text, b)),
        end,
    )


def _opens_sentence(text: str, line_break: re.Match[str]) -> bool:
    """Whether a sentence starts after `line_break`, though no stop ends the line before."""
    after = line_break.end()
    if _ARTICLE_OPENS.match(text, after):
        return True
    line = text[text.rfind("\n", 0, line_break.start()) + 1 : line_break.start()]
    return (
        bool(_CAPITALS.search(line))
        and not _LOWER.search(line)
        and bool(_SENTENCE_OPENS.match(text, after))
    )


def _latin_prose_office(text: str) -> Found | None:
    for verb in _PROSE_VERB.finditer(text):
        window_start = max(0, verb.start() - 200)
        clauses = _clause_marks(text, window_start, verb.start())
        start = clauses[-1].end() if clauses else window_start
        subject = _before_adjunct(text, clauses, verb.start(), window_start)
        start, end = (start, verb.start()) if subject is None else subject
        short = _SHORT_NAME.search(text, start, end) if subject is not None else None
        if short is not None:
            # "la Superintendencia ... (SIC) de Colombia, en respuesta a ..., designa": the
            # short name closes a name an adjunct follows; what comes after is no part of it.
            end = short.end()
        start = _name_start(text, clauses, start, end, window_start)
        found = _found(text, start, end, "prose")
        if found is not None:
            return _widen_to_acronym(text, found)
    for lead in _OF_OFFICE.finditer(text):
        stop = _CLAUSE_END.search(text, lead.end(), lead.end() + 200)
        end = stop.start() if stop else min(len(text), lead.end() + 200)
        # "NOMINATION OF REPRESENTATIVES" over "The Office is pleased ...": a subject line
        # in capitals ends at its line break.
        end = _first_sentence_break(text, lead.end(), end)
        within = _IN_BODY.search(text, lead.end(), end) if lead.group("rep") else None
        if within is not None:
            end = within.start()  # "representante del INDECOPI en el Equipo Técnico SEQL"
        short = _SHORT_NAME.search(text, end, end + 150)
        if (
            short is not None
            and not _NO_RUN_ON.search(text, end, short.start())
            and _first_sentence_break(text, end, short.start()) == short.start()
        ):
            # "the National Institute for the Defense of ... (INDECOPI)": a name with "for"
            # or "to" in it runs on to the short name that closes it.
            end = short.end()
        found = _found(text, lead.end(), end, "prose")
        if found is not None and lead.group("ru") and len(found.value.split()) < 2:
            continue  # "о представителях Роспатента": a short name, inflected
        if (
            found is not None
            and lead.group("rep")
            and (is_wipo(found.value) or len(found.value.split()) < 2)
        ):
            # "the representatives of the World Intellectual Property Organization", "del
            # INDECOPI": WIPO's, or the office's short name, which the signature may spell out.
            continue
        if found is not None:
            return found
    return _we_office(text) or _lead_in_office(text)


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


# "In reply to ..., we, the Japan Patent Office, nominate", "nous, l'Institut ..., désignons",
# "мы, Национальный центр ..., выдвигаем": the office set off by commas after "we". It opens
# with a capital, so "we, the undersigned, nominate" names none.
_WE_THE = re.compile(
    r"\b(?:we|nous|nosotros|мы)[ \t]*,[ \t]*"
    r"(?P<o>(?:the\s+|l['’]\s*|la\s+|le\s+|el\s+)?(?-i:[A-ZÀ-ÞА-ЯЁ])[^\n,;:!?]{2,160}?)"
    r"[ \t]*,\s+(?:(?-i:[a-zà-ÿа-яё])[\w'’]*\s+){0,5}?"
    rf"{VERB_FIRST}(?:{VERB})",
    re.IGNORECASE,
)


def _we_office(text: str) -> Found | None:
    for match in _WE_THE.finditer(text):
        found = _found(text, match.start("o"), match.end("o"), "prose")
        if found is not None and not _ROLE.match(found.value):
            return found
    return None


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
        (AR_FROM_OFFICE, _ARABIC),
    ):
        for match in pattern.finditer(text) if script.search(text) else ():
            start, end = match.span("o")
            if script is _ARABIC:
                adverb = _AR_ADVERB.search(text, start, end)
                end = adverb.start() if adverb is not None else end
                if _AR_BARE_OFFICE.match(text[start:end]):
                    continue
            if pattern is _ZH_PROSE and text.startswith("由", start):
                start += 1  # "由国家知识产权局推荐的": by the office
            found = _found(text, start, end, "prose")
            if found is not None:
                return found
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
