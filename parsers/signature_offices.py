"""The office a sender's signature block names, and the fuller name the letter gives it
when the signature has only its short name or a genitive form."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from parsers.drafter_lines import drafter_parts
from parsers.drafts import Found
from parsers.letterhead import is_wipo
from parsers.normalize import clean_value
from parsers.office_names import (
    _INSTITUTION,
    _MAX_SHORT_NAMED,
    _MISSION,
    _ROLE,
    _SENTENCE_WORDS,
    _SHORT_NAME,
    _SHORT_NAME_END,
    _institution,
    is_address,
)
from parsers.parent_ministries import is_bare_ministry, names_ip_office, office_in_post
from parsers.russian_cases import nominative_office_name
from parsers.st3 import office_code

__all__ = [
    "acronym_of_sender",
    "inflected_nominative",
    "nominative_office",
    "office_of_department",
    "signature_office",
    "spelled_out_in_signature",
]


# What a department of an office does: its work, or the words for a unit of something.
_DEPARTMENT = re.compile(
    r"\b(?:international\s+(?:cooperation|relations|affairs)|coop[ée]ration|cooperaci[óo]n"
    r"|relations\s+internationales|relaciones\s+internacionales|legal\s+affairs"
    r"|division|department|d[ée]partement|departamento|section|secci[óo]n|unit|unit[ée]|unidad)\b"
    r"|сотрудничеств|международн\w*\s+связ|(?<!\w)(?:отдел|департамент)"
    r"|合作|司$|处$|التعاون|العلاقات الدولية|(?<!\w)(?:قسم|شعبة)",
    re.IGNORECASE,
)
# ... unless the line names the office's own subject: then it is the office itself.
_SUBJECT = re.compile(
    r"intellectual|industrial\s+property|patent|intellectuelle|industrielle|intelectual|industrial"
    r"|интеллектуальн|промышленн|патент|知识产权|知識產權|专利|الملكية",
    re.IGNORECASE,
)


# The state an office belongs to, written after it on a signature line ("... – جمهورية
# العراق", "..., Republic of Iraq"): a country, no office.
_STATE_NAME = re.compile(
    r"^(?:ال)?(?:جمهورية|مملكة|المملكة|دولة|سلطنة|إمارة|الإمارات)\s"
    r"|^(?:the\s+)?(?:republic|kingdom|state|sultanate|emirate|principality)\s+of\s"
    r"|^(?:r[ée]publique|royaume|[ée]tat|rep[úu]blica|reino|estado|principaut[ée]|sultanat)\s"
    r"|^(?:республика|королевство|государство)\s",
    re.IGNORECASE,
)


# A field of work alone ("Division Manager, Intellectual Property"): the post's domain, no
# office's name.
_FIELD_ALONE = re.compile(
    r"(?:intellectual|industrial)\s+property|propri[ée]t[ée]\s+(?:intellectuelle|industrielle)"
    r"|propiedad\s+(?:intelectual|industrial)|(?:интеллектуальная|промышленная)\s+собственность"
    r"|知识产权|知識產權|الملكية\s+(?:الفكرية|الصناعية)",
    re.IGNORECASE,
)


# A unit named only after its organisation's head noun: "Bureau de l'Union", "Office of
# the Union", "Secretaría de la Organización".
_OF_THE_NAMED = re.compile(
    r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:of\s+the|de\s+l['’]\s*|de\s+la|du|del|de\s+los)\s*"
    r"(?P<noun>[A-ZÀ-Þ][^\W\d_]+)$"
)


# The distribution list under an official letter's signature: "Copy to:", "Copie à :",
# "Copia a:", "Копия:", "抄送：", "نسخة إلى:".
_COPY_TO = re.compile(
    r"[ \t]*(?:copy|copies|c\.\s?c\.|copie|copies|copia|con\s+copia|копи[яи]|抄送|抄报|抄報|نسخة|صورة)"
    r"(?:[ \t]+(?:to|[àa]|a|para|إلى|الى|ل))?[ \t]*[:：]",
    re.IGNORECASE,
)


_PARTS = re.compile(r"\s+[|–—]\s+|\s*｜\s*|,\s+|\t")


def signature_office(signature: str) -> Found | None:
    """An office named in the sender's signature block (never a source of nominee fields)."""
    pos = 0
    candidates: list[tuple[int, Found]] = []
    posts: list[Found] = []  # IP offices named in the signer's post ("Director of the ...")
    for line in signature.splitlines(keepends=True):
        offset = pos
        pos += len(line)
        if _COPY_TO.match(line):
            break  # "Copy to: 1. Registrar, Patent Office, Karachi": those it is copied to
        if not line.strip() or "@" in line or "http" in line or re.search(r"\d{3}", line):
            continue
        if re.search(r"[。！？!?]\s*$", line):
            continue  # "请代为转交产权组织。谢谢！": a sentence, not a sign-off line
        # "Prepared by: Mr X, Legal Officer": the drafter's post, not the office, unless
        # it is the office's own name.
        drafted = drafter_parts(line)
        # A full-width bar sets off its parts with no blanks: "彭涛｜国家知识产权局".
        parts = drafted if drafted is not None else re.split(_PARTS, line.strip())
        for part in parts:
            value = clean_value(part)
            if drafted is not None and not _SUBJECT.search(value):
                continue
            held_in = office_in_post(value)
            if held_in is not None:
                begin = offset + line.find(part) + held_in[0]
                posts.append(Found(held_in[1], begin, begin + len(held_in[1]), "signature", part))
            # A long state agency's name closed by its short name ("... при Кабинете
            # Министров Кыргызской Республики (Кыргызпатент)") is as long as names run.
            longest = _MAX_SHORT_NAMED if _SHORT_NAME_END.search(value) else 120
            if (
                len(value) < 3
                or len(value) > longest
                or _ROLE.match(value)
                or _MISSION.search(value)
                or is_address(value)
                or (_STATE_NAME.match(value) and not _INSTITUTION.search(value))
                or _FIELD_ALONE.fullmatch(value)
                # WIPO's own address at a note verbale's foot names the addressee.
                or is_wipo(value)
            ):
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
    # A unit named for its work ("Управление международного сотрудничества", "International
    # Cooperation Division") over the institution's line below it: the institution.
    candidates.sort(
        key=lambda c: (
            c[0],
            not _SHORT_NAME.search(c[1].value),
            bool(_DEPARTMENT.search(c[1].value)) and not _SUBJECT.search(c[1].value),
        )
    )
    unit = _OF_THE_NAMED.match(candidates[0][1].value) if candidates else None
    if unit is not None:
        # "Bureau de l'Union" / "Office of the Union" over "Union internationale pour la
        # protection des obtentions végétales (UPOV)": a unit of the organisation the other
        # line names in full, by its head noun.
        noun = unit.group("noun").casefold()
        named = [
            c[1]
            for c in candidates
            if not _OF_THE_NAMED.match(c[1].value)
            and noun in (w.casefold() for w in re.findall(r"\w+", c[1].value))
        ]
        if named:
            return named[0]
    if candidates and is_bare_ministry(candidates[0][1].value):
        # A ministry's line beside the line of its IP office, or under a post held in that
        # office ("Director of the Industrial Property Department", "مدير دائرة الملكية
        # الفكرية"): the office nominates, not the ministry it belongs to.
        under = [c[1] for c in candidates if names_ip_office(c[1].value)] + posts
        if under:
            return under[0]
    return candidates[0][1] if candidates else None


# A signature line that is an acronym alone: "URSB" under "Peter".
_ACRONYM_LINE = re.compile(r"[A-ZÀ-ÞА-ЯЁ]{2,10}")


def acronym_of_sender(signature: str, address: str | None) -> Found | None:
    """The office a short signature names by its acronym alone ("Thx / Peter / URSB"),
    when the sender's mail domain spells that acronym (pssemakula@ursb.example): the
    office known by its short name, which the clerk writes as it is."""
    domain = (address or "").rpartition("@")[2].casefold()
    labels = set(domain.split(".")[:-1])
    if not labels:
        return None
    pos = 0
    for line in signature.splitlines(keepends=True):
        offset = pos
        pos += len(line)
        value = line.strip()
        if _ACRONYM_LINE.fullmatch(value) and value.casefold() in labels:
            start = offset + line.find(value)
            return Found(value, start, start + len(value), "signature", value)
    return None


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


def inflected_nominative(office: Found) -> Found | None:
    """The office the prose names in the genitive, its opening words put in the nominative
    ("Федеральной службы по ..." -> "Федеральная служба по ..."), when no signature spells it
    (see nominative_office). The evidence keeps the words as written."""
    if not _RU_GENITIVE.match(office.value):
        return None
    value = nominative_office_name(office.value)
    return replace(office, value=value) if value is not None else None


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


def spelled_out_in_signature(signature: str, text: str) -> Found | None:
    """The full office `text` names for a short name any line of the signature gives.

    "Dirección de Invenciones y Nuevas Tecnologías" over "INDECOPI" in the signature, and
    "... del Instituto Nacional de Defensa ... (INDECOPI)" in the request the writer
    answers: the department line is not the office, the short name on the next line is."""
    pos = 0
    for line in signature.splitlines(keepends=True):
        offset = pos
        pos += len(line)
        value = clean_value(line)
        if not value or "@" in value or not _BARE_SHORT_NAME.search(value):
            continue
        found = office_of_department(
            Found(value, offset, offset + len(value), "signature", value), text
        )
        if found is not None:
            return found
    return None
