"""The ministry an IP office belongs to, named beside the office: the office nominates, not
its ministry ("el SAPI, ente adscrito al Ministerio ..., designa", a signature's ministry
line under "Director of the Industrial Property Department", "من دائرة الملكية الفكرية
بوزارة ..."). A ministry named alone is the office itself."""

from __future__ import annotations

import re

from parsers.office_names import _ROLE
from parsers.scripts import ARABIC

__all__ = [
    "AR_FROM_OFFICE",
    "acts_through_office",
    "attached_to_ministry",
    "is_bare_ministry",
    "names_ip_office",
    "office_in_post",
]

# A ministry's name opens with its kind; a Chinese one ends with 部 ("商务部").
_MINISTRY = re.compile(
    r"^(?:the\s+|la\s+|le\s+|el\s+|l['’]\s*)?(?:Ministry|Minist[èe]re|Ministerio|Министерств\w*)\b"
    r"|^(?:ال)?وزارة(?!\w)|^[\u4e00-\u9fff]{1,10}部$",
    re.IGNORECASE,
)
# What an IP office's name says it deals with.
_IP_SUBJECT = re.compile(
    r"intellectual|industrial\s+property|patent|intellectuelle|industrielle|intelectual|industrial"
    r"|интеллектуальн|промышленн|патент|知识产权|知識產權|智慧財產|专利|專利"
    r"|الملكية\s+(?:الفكرية|الصناعية)|براءات",
    re.IGNORECASE,
)


def is_bare_ministry(value: str) -> bool:
    """A ministry's own name ("Ministry of Trade and Industry", "وزارة التجارة"), not that of
    an IP office in it ("Ministry of ... – Intellectual Property Department")."""
    return bool(_MINISTRY.search(value)) and not _IP_SUBJECT.search(value)


def names_ip_office(value: str) -> bool:
    """Whether a name is an IP office's: it says what it deals with and is no ministry's."""
    return bool(_IP_SUBJECT.search(value)) and not _MINISTRY.search(value)


# "ente adscrito al Ministerio ...", "organismo dependiente del Ministerio ...", "under the
# Ministry of ...", "attached to the Ministry", "établissement public placé sous la tutelle du
# Ministère ...", "rattaché au Ministère", "подведомственный Министерству ...", "находящееся в
# ведении Министерства ...": words in lower case that say whose the office is, set off by
# commas after its name; the ministry follows them.
_ATTACHED = re.compile(
    r"\s*(?!(?:the|la|le|las|los|les|el|un|une|una|uno|an?)\s)(?-i:[a-zà-ÿа-яё])[\w'’-]*"
    r"(?:\s+[\w'’-]+){0,7}?\s+(?:(?:the|la|le|el)\s+|l['’]\s*)?"
    r"(?:Ministry|Minist[èe]re|Ministerio|Министерств\w*)\b",
    re.IGNORECASE,
)


def attached_to_ministry(segment: str) -> bool:
    """A clause set off by commas after an office's name saying the ministry it belongs to.

    >>> attached_to_ministry(" ente adscrito al Ministerio de Comercio")
    True
    >>> attached_to_ministry(" el Ministerio de Comercio")
    False
    """
    return _ATTACHED.match(segment) is not None


# "El Ministerio ..., a través del Servicio ... (SAPI), designa", "the Ministry, through its
# Intellectual Property Office, nominates", "par l'intermédiaire de l'Office ...", "через
# Патентное ведомство": the ministry acts by its IP office, which nominates.
_THROUGH = re.compile(
    r"\s*(?:through|via|by\s+way\s+of|a\s+trav[ée]s\s+d|por\s+(?:intermedio|conducto|medio)\s+d"
    r"|par\s+l['’]interm[ée]diaire\s+d|par\s+le\s+biais\s+d|через\s)",
    re.IGNORECASE,
)


def acts_through_office(segment: str) -> bool:
    """A clause set off by commas saying the IP office a ministry acts through.

    >>> acts_through_office(" a través del Servicio Autónomo de la Propiedad Intelectual (SAPI)")
    True
    """
    return _THROUGH.match(segment) is not None and names_ip_office(segment)


# The signer's post over a ministry's line: "Director of the Industrial Property Department",
# "Directora del Registro de la Propiedad Industrial", "Directeur de l'Office ...", "مدير
# دائرة الملكية الفكرية", "Head, IP Office": the office is the one the post is held in.
_POST_LINK = re.compile(
    r"(?:\s+(?:general|adjunto|adjunta|adjoint|adjointe|g[ée]n[ée]ral[ea]?|عام))?"
    r"(?:\s*,\s*|\s+of\s+(?:the\s+)?|\s+de\s+la\s+|\s+de\s+l['’]\s*|\s+del\s+|\s+du\s+|\s+de\s+"
    r"|\s+(?=(?:ال)?(?:دائرة|إدارة|ادارة|مديرية|مكتب|هيئة|مصلحة|معهد|قطاع)(?!\w)))",
    re.IGNORECASE,
)


def office_in_post(line: str) -> tuple[int, str] | None:
    """Where in a post line the IP office it is held in starts, and its name; None when the
    post names no IP office ("Director General", "Head of International Cooperation")."""
    role = _ROLE.match(line)
    if role is None:
        return None
    link = _POST_LINK.match(line, role.end())
    if link is None:
        return None
    name = line[link.end() :].strip(" ,.;")
    if not names_ip_office(name) or not (name[:1].isupper() or _ARABIC.match(name)):
        return None
    return line.find(name, link.end()), name


_ARABIC = ARABIC

# "يسرنا أن نرشح من دائرة الملكية الفكرية بوزارة التجارة ... كلاً من:", "نرشح من المكتب ...
# السيدة": the office "we" nominate from; the ministry it is at ("بوزارة", "في وزارة") and
# whom it nominates end its name.
AR_FROM_OFFICE = re.compile(
    r"(?:نرشح|يرشح|ترشح|نسمي|نقترح)\s+من\s+(?P<o>(?:ال)?(?:دائرة|إدارة|ادارة|مديرية|مكتب|هيئة"
    r"|مصلحة|معهد|مركز|قطاع)\s[^،,.:؛\n]{2,100}?)"
    r"(?=\s*[:،,.؛\n]|\s+(?:(?:في\s+|ب|التابع\w*\s+ل)(?:ال)?وزارة|كلا|كل\s+من|السيد|الدكتور|المهندس))"
)
