"""Untitled full names heading the items of a list.

In Cyrillic, in the nominative: "1) Рахимова Дилфуза Бахтияровна — главный эксперт ...",
"- Юсупов Жасур Алишер угли, начальник ...". The patronymic marks the words as a person's
name where no title does: a Russian one ("-вич", "-вна") or a Turkic father's name with its
particle ("Алишер угли", "Рафик кызы").

In Latin script, two to four capitalised words that are no office's, unit's, document's or
agenda point's, followed by what only a person has: an address (Outlook on the web's
"@Name<mailto:...>" mention too), a post after a comma, a username or a task force. Whether
the person is nominated is the prose's to judge (a nominating lead above the list).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from parsers.labels import classify_label
from parsers.st3 import ST3_CODES

__all__ = ["TURKIC_PATRONYMIC", "ListedName", "listed_names"]

# "оглы", "кызы" (Azerbaijani, Russian spelling), "угли", "ўғли", "кизи", "қизи" (Uzbek),
# "улы", "уулу", "қызы" (Kazakh, Kyrgyz): son or daughter of the father named before.
TURKIC_PATRONYMIC = r"(?:оглы|кызы|қызы|угли|ўғли|ўгли|кизи|қизи|улы|уулу)"
# Uzbek, Kazakh and Kyrgyz letters too: "Серікұлы Нұрлан", "Өмүрбеков".
_WORD = r"[А-ЯЁЎҚҒҲӘӨҰҮҢҺІ][а-яёўқғҳәөұүңһі]+(?:-[А-ЯЁЎҚҒҲӘӨҰҮҢҺІ][а-яёўқғҳәөұүңһі]+)?"
_PATRONYMIC = (
    rf"(?:[А-ЯЁ][а-яё]+(?:ович|евич|ьич|ич|овна|евна|ична|инична)|{_WORD}[ \t]+{TURKIC_PATRONYMIC})"
)
# An item mark, then surname, given name and patronymic, then the record's separator.
_ITEM = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)]|[-*•])[ \t]*"
    rf"(?P<name>{_WORD}[ \t]+{_WORD}[ \t]+{_PATRONYMIC})(?![\w-])"
    r"(?=[ \t]*(?:[—–:,]|-[ \t]))",
    re.MULTILINE,
)


class ListedName(NamedTuple):
    name: str
    start: int
    end: int


def listed_names(text: str) -> list[ListedName]:
    """Each untitled full name that opens a list item, where it stands: Cyrillic ones in
    the nominative, Latin ones followed by what shows them to be a person's."""
    cyrillic = [
        ListedName(" ".join(m.group("name").split()), m.start("name"), m.end("name"))
        for m in _ITEM.finditer(text)
    ]
    return cyrillic + _latin_listed_names(text)


# --- Latin-script names ------------------------------------------------------------------
# "1. Siriporn Wongsawat <addr>, Senior Patent Examiner, ...", "- Lucía Fernández Ortega,
# Examinadora de Patentes, ...": no title and no patronymic, so what follows the words must
# show they name a person: an address, a post after a comma, a username or a task force.
# Outlook on the web writes a mentioned person as "@Name" linked to their address.
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_LATIN_WORD = rf"(?:[{_UP}][{_LOW}]+(?:[-'’][{_UP}][{_LOW}]+)?|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)"
_LATIN_PARTICLE = r"(?:de|del|de[ \t]+la|da|das|do|dos|du|van|von|der|den|di|le|la|bin|ibn|al|el)"
_LATIN_NAME = rf"{_LATIN_WORD}(?:(?:[ \t]+{_LATIN_PARTICLE})?[ \t]+{_LATIN_WORD}){{1,3}}"
_ADDRESS = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
# A username led by an ST.3 code: "fd-jdoe" (a word such as "e-mail" is none).
_USERNAME = rf"(?:{'|'.join(sorted(ST3_CODES))})-[a-z0-9]+(?:[._-][a-z0-9]+)*(?![\w@-])"
# Words a post opens with or holds, in English, French and Spanish.
_ROLE = (
    r"(?i:head|director|directeur|directrice|directora?|deputy|chief|chef|jef[ea]|senior|junior"
    r"|principal|manager|officer|examiner|examinat\w+|examinador\w*|expert\w*|advis[eo]r"
    r"|conseill\w+|asesor\w*|analyst|analyste|analista|engineer|ing[ée]ni\w+|specialist"
    r"|sp[ée]cialiste|especialista|coordinat\w+|coordinador\w*|consultant|administrat\w+"
    r"|counsel+or|attorney|lawyer|abogad[oa]|juriste|secretary|secr[ée]tai\w+|registrar"
    r"|technician|t[ée]cnic[oa]|technicien\w*|responsable|encargad[oa]|funcionari[oa]|librarian"
    r"|documentalist\w*|researcher|scientist|attach[ée]e?|profesional|oficial|subdirector\w*"
    r"|sous-direct\w+|adjoint\w*|charg[ée]e?)"
)
_TASK_FORCE = (
    r"(?i:task[ \t]+force|[ée]quipe[ \t]+d['’]experts|equipo[ \t]+t[ée]cnico|целев\w+[ \t]+групп"
    r"|工作队|فرق[ةه][ \t]+عمل)"
)
_LATIN_ITEM = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)]|[-*•])[ \t]*(?P<at>@)?(?P<name>{_LATIN_NAME})(?![\w@-])"
    r"(?="
    # its address: "<mailto:x@o.example>", "(x@o.example)", ", x@o.example", " – x@o.example"
    rf"[ \t]*(?:<(?:mailto:)?{_ADDRESS}>|[(\[]{_ADDRESS}[)\]]|(?:,|[ \t][-–—:])[ \t]*{_ADDRESS})"
    # a post after a comma: ", Senior Patent Examiner", ", Jefa de Sistemas"
    rf"|[ \t]*,[ \t]*(?:[^\W\d_][\w'’-]*[ \t]+){{0,3}}{_ROLE}\b"
    # a username: ", fd-jdoe", " (fd-jdoe)", " – fd-jdoe"
    rf"|[ \t]*(?:,|[(]|[ \t][-–—:])[ \t]*{_USERNAME}"
    # a task force: " – API Task Force", ": Equipo Técnico XML4IP"
    rf"|[ \t]*(?:,|[ \t]?[-–—:])[ \t]*[^\n,.;]{{0,40}}?{_TASK_FORCE}"
    r")",
    re.MULTILINE,
)
# Words that open list items of offices, units, task forces, documents, agenda points or
# places, and those of labels and greetings: no given name or surname.
_NOT_NAME_TEXT = (
    "office oficina bureau institute institut instituto ministry ministère ministerio"
    " department département departamento agency agence agencia organization organisation"
    " organización directorate direction dirección division división center centre centro"
    " registry registro service servicio university université universidad council"
    " conseil consejo commission comisión authority autorité autoridad court tribunal"
    " section sección unit unité unidad group groupe grupo team équipe equipo task force"
    " forces committee comité patent patents patentes brevets trademark trademarks marcas"
    " marques property propiedad propriété industrial industrielle intellectual"
    " intelectual intellectuelle national nacional nationale republic república"
    " république kingdom states union government gouvernement gobierno wipo ompi cws"
    " standards standard normes normas opening closing remarks adoption agenda report"
    " reports rapport informe session sesión séance meeting réunion reunión annex annexe"
    " anexo form formulaire formulario letter lettre carta cover nomination document"
    " documents documento programme program programa work travail trabajo plan review"
    " update presentation présentation presentación discussion summary welcome address"
    " draft proposal item items questions question other business general général"
    " annual budget status progress introduction conclusion lunch break coffee next steps"
    " date time venue minutes note notes circular circulaire copy list liste lista table"
    " schedule project projects data information contact focal point points dear best"
    " kind regards new san santa saint city ciudad ville port puerto mount"
    " examiner director head officer engineer expert analyst manager senior chief deputy"
    " legal technical the our this these following mr mrs ms dr"
)
_NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split())


def _plausible_name(name: str) -> bool:
    words = [w for w in name.split() if w[:1].isupper()]
    return (
        sum(w.isupper() for w in words) < len(words)  # one word in small letters at least
        and not any(w.casefold() in _NOT_NAME_WORDS for w in words)
        and classify_label(name) is None
    )


def _latin_listed_names(text: str) -> list[ListedName]:
    return [
        ListedName(name, match.start("name"), match.end("name"))
        for match in _LATIN_ITEM.finditer(text)
        if _plausible_name(name := " ".join(match.group("name").split()))
    ]
