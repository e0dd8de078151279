"""Untitled full names heading the items of a list.

In Cyrillic, in the nominative: "1) Рахимова Дилфуза Бахтияровна — главный эксперт ...",
"- Юсупов Жасур Алишер угли, начальник ...". The patronymic marks the words as a person's
name where no title does: a Russian one ("-вич", "-вна") or a Turkic father's name with its
particle ("Алишер угли", "Рафик кызы").

In Latin script, two to four capitalised words that are no office's, unit's, document's or
agenda point's, followed by what only a person has: an address (Outlook on the web's
"@Name<mailto:...>" mention too), a post after a comma, a username or a task force. The
same holds, with a post in Russian, for a Latin name in Russian text ("Ion Rusu, начальник
отдела, ..."), for two Cyrillic words with no patronymic ("Анна Петрова, главный эксперт",
"Петрова Анна — ..."), one of them a known given name or a surname by its ending, and for
two to four Arabic words ("سارة محمود، رئيسة قسم المعلومات، ..."). A Han name ("1. 刘洋，
信息技术工程师，...") opens with a common surname and is followed by its post, sex, username,
address or task force as the item's next field. Whether the person is nominated is the
prose's to judge (a nominating lead above the list).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from parsers.arabic_spelling import fold_hamza, tolerant
from parsers.han_names import split_han
from parsers.han_surnames import has_han_surname
from parsers.labels import classify_label
from parsers.married_names import BIRTH_NAME, MARRIED_LINK
from parsers.russian_given_names import is_russian_given_name
from parsers.scripts import ARABIC, CYRILLIC, HAN
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
    rf"(?P<name>{_WORD}{BIRTH_NAME}?[ \t]+{_WORD}[ \t]+{_PATRONYMIC})(?![\w-])"
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
    if text.isascii():
        return _latin_listed_names(text)
    cyrillic = CYRILLIC.search(text) is not None
    found = (
        [
            ListedName(" ".join(m.group("name").split()), m.start("name"), m.end("name"))
            for m in _ITEM.finditer(text)
        ]
        if cyrillic
        else []
    )
    found += _latin_listed_names(text)
    if cyrillic:
        found += _cyrillic_pairs(text)
    if ARABIC.search(text):
        found += _arabic_listed_names(text)
    if HAN.search(text):
        found += _han_listed_names(text)
    return found


# --- Latin-script names ------------------------------------------------------------------
# "1. Siriporn Wongsawat <addr>, Senior Patent Examiner, ...", "- Lucía Fernández Ortega,
# Examinadora de Patentes, ...": no title and no patronymic, so what follows the words must
# show they name a person: an address, a post after a comma, a username or a task force.
# Outlook on the web writes a mentioned person as "@Name" linked to their address.
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_LATIN_WORD = rf"(?:[{_UP}][{_LOW}]+(?:[-'’][{_UP}][{_LOW}]+)?|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)"
_LATIN_PARTICLE = r"(?:de|del|de[ \t]+la|da|das|do|dos|du|van|von|der|den|di|le|la|bin|ibn|al|el)"
# "Claire NGOMA épouse MABIALA": a married surname's link word (married_names.py).
_LATIN_NAME = (
    rf"{_LATIN_WORD}(?:(?:[ \t]+{_LATIN_PARTICLE}|{MARRIED_LINK})?[ \t]*(?<=[ \t])"
    rf"{_LATIN_WORD}){{1,3}}"
)
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
    r"|sous-direct\w+|adjoint\w*|charg[ée]e?|informaticien\w*|inform[áa]tic[oa]"
    # and in Russian, for a Latin name in Russian text: "Ion Rusu, начальник отдела"
    r"|начальник\w*|заместител\w+|главн\w+|ведущ\w+|старш\w+|младш\w+|директор\w*"
    r"|руководител\w+|советник\w*|консультант\w*|инженер\w*|программист\w*|аналитик\w*"
    r"|специалист\w*|эксперт\w*|патентовед\w*|экзаменатор\w*|сотрудник\w*|помощник\w*"
    r"|референт\w*|заведующ\w+|юрист\w*|администратор\w*|координатор\w*|исследовател\w+)"
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
    # a post after a comma or a dash: ", Senior Patent Examiner", " – ведущий эксперт"
    rf"|[ \t]*(?:,|[ \t][-–—])[ \t]*(?:[^\W\d_][\w'’-]*[ \t]+){{0,3}}{_ROLE}\b"
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


# --- Cyrillic names of two words ---------------------------------------------------------
# "1. Анна Петрова, главный эксперт, ...", "- Петрова Анна — ведущий специалист, ...": with
# no patronymic, one word must be a known given name or the other a surname by its ending,
# and a post, an address, a username or a task force must follow, as for a Latin name.
_RU_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|ук|юк|ич|ян|дзе|швили|их|ых)$"
)
_CYRILLIC_PAIR = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)]|[-*•])[ \t]*(?P<name>{_WORD}[ \t]+{_WORD})(?![\w-])"
    r"(?="
    rf"[ \t]*(?:,|[ \t]?[-–—:])[ \t]*(?:[а-яё-]+[ \t]+){{0,2}}{_ROLE}\b"
    rf"|[ \t]*(?:<(?:mailto:)?{_ADDRESS}>|[(\[]{_ADDRESS}[)\]]|(?:,|[ \t][-–—:])[ \t]*{_ADDRESS})"
    rf"|[ \t]*(?:,|[(]|[ \t][-–—:])[ \t]*{_USERNAME}"
    rf"|[ \t]*(?:,|[ \t]?[-–—:])[ \t]*[^\n,.;]{{0,40}}?{_TASK_FORCE}"
    r")",
    re.MULTILINE,
)
# Words that open items of units, offices, task forces, documents or agenda points, and
# posts: no given name or surname.
_NOT_CYRILLIC_TEXT = """
    отдел управление департамент ведомство служба центр институт министерство агентство
    целевая группа документ пункт раздел приложение сессия заседание открытие закрытие
    принятие повестка доклад отчёт отчет главный ведущий старший начальник заместитель
    эксперт специалист директор руководитель патентное патентный национальный национальное
    федеральная федеральный государственный государственное республика республики город
    информация контактное лицо уважаемые коллеги сектор комитет совет
"""
_NOT_CYRILLIC_NAME = frozenset(_NOT_CYRILLIC_TEXT.split())


def _cyrillic_name(words: list[str]) -> bool:
    if any(w.lower() in _NOT_CYRILLIC_NAME for w in words) or classify_label(" ".join(words)):
        return False
    return any(is_russian_given_name(w) for w in words) or any(
        _RU_SURNAME.search(w.lower()) for w in words
    )


def _cyrillic_pairs(text: str) -> list[ListedName]:
    return [
        ListedName(name, match.start("name"), match.end("name"))
        for match in _CYRILLIC_PAIR.finditer(text)
        if _cyrillic_name((name := " ".join(match.group("name").split())).split())
    ]


# --- Arabic names --------------------------------------------------------------------------
# "1- سارة محمود، رئيسة قسم المعلومات، ...": two to four words, the first with no article
# (a family name may have one, a given name has not), then a post, a username, an address or
# a task force after the comma.
_AR_WORD = r"[\u0621-\u063a\u0641-\u064a]{2,}"
_AR_ROLE = tolerant(
    r"(?:رئيس|رئيسة|مدير|مديرة|نائب|نائبة|خبير|خبيرة|فاحص|فاحصة|ممتحن|ممتحنة|مهندس|مهندسة"
    r"|مستشار|مستشارة|أخصائي|أخصائية|اختصاصي|اختصاصية|محلل|محللة|منسق|منسقة|باحث|باحثة"
    r"|مسؤول|مسؤولة|كبير|كبيرة|مراجع|مراجعة|موظف|موظفة|مبرمج|مبرمجة|محام|محامية|قانوني|قانونية)"
    r"(?![\u0621-\u064a])"
)
_AR_SEP = r"[ \t]*(?:[،,]|[ \t]?[-–—:])[ \t]*"
_AR_ITEM = re.compile(
    r"^[ \t]*(?:[0-9٠-٩]{1,2}[ \t]*[-.)–]|[-*•])[ \t]*"
    rf"(?P<name>{_AR_WORD}(?:[ \t]+{_AR_WORD}){{1,3}})"
    rf"(?={_AR_SEP}(?:{_AR_ROLE}|{_USERNAME}|{_ADDRESS}|(?:فرق[ةه]|فريق)[ \t]+(?:ال)?عمل))",
    re.MULTILINE,
)
# Words that open items of units, offices, task forces, documents or agenda points, posts
# (an item may be one: "رئيس قسم ...") and labels: no given name or surname.
_NOT_ARABIC_TEXT = """
    إدارة ادارة قسم مديرية وزارة مكتب دائرة هيئة مركز فرقة فريق وثيقة بند جدول افتتاح
    اختتام اعتماد تقرير مشروع مجلس لجنة شعبة وحدة مصلحة معهد جامعة مؤسسة منظمة رئيس رئيسة
    مدير مديرة نائب نائبة خبير خبيرة فاحص فاحصة مهندس مهندسة مستشار مستشارة منسق منسقة
    مسؤول مسؤولة موظف موظفة نقطة اتصال اسم عنوان بريد فرق أسماء المرشح المرشحة
"""
_NOT_ARABIC_NAME = frozenset(fold_hamza(word) for word in _NOT_ARABIC_TEXT.split())


def _arabic_listed_names(text: str) -> list[ListedName]:
    found: list[ListedName] = []
    for match in _AR_ITEM.finditer(text):
        words = match.group("name").split()
        if (
            words[0].startswith(("ال", "لل"))
            or any(fold_hamza(word) in _NOT_ARABIC_NAME for word in words)
            or classify_label(" ".join(words)) is not None
        ):
            continue
        found.append(ListedName(" ".join(words), match.start("name"), match.end("name")))
    return found


# --- Han names -----------------------------------------------------------------------------
# "1. 刘洋，信息技术工程师，参加API工作队，...", "2、李娜 专利审查员": a name of two or three
# letters (four with a two-letter surname; four letters are mostly a phrase: "加强合作"),
# opening with a common surname, whose item's next field is a post, the person's sex, a
# username, an address or a task force.
_HAN_MARK = (
    r"(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、"
    r"|[（(][一二三四五六七八九十]{1,2}[)）]|[①-⑳]|[-*•])"
)
_HAN_ROLE_END = (
    r"(?:主任|处长|局长|司长|科长|部长|所长|主管|顾问|审查员|研究员|工程师|专员|经理|秘书|专家"
    r"|科员|助理|分析师|馆员|代理人|處長|審查員|研究員|工程師|專員|經理|秘書|專家|分析師)"
)
_HAN_FIELD_END = r"(?=[ \t\u3000，,、；;。]|$)"
_HAN_ITEM = re.compile(
    rf"^[ \t\u3000]*{_HAN_MARK}[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{{2,4}})"
    r"(?=(?:[ \t\u3000]*[，,、：:]|[ \t\u3000]+)[ \t\u3000]*(?:"
    rf"[^，,、；;。：:\s]{{0,20}}?{_HAN_ROLE_END}{_HAN_FIELD_END}"
    rf"|(?:男|女)性?{_HAN_FIELD_END}"
    rf"|(?:参加|加入|参与|參加|參與)?[^，,、；;。：:\n]{{0,30}}?(?:工作队|工作隊){_HAN_FIELD_END}"
    rf"|(?:用户名|用戶名|账号|賬號|帐号|邮箱|郵箱|电子邮件|電子郵件)?[：:]?[ \t]*"
    rf"(?:{_USERNAME}|{_ADDRESS})"
    r"))",
    re.MULTILINE,
)
# A name's last letter is never that of a unit ("商标局", "条法司"), a post ("王处长") or a
# party ("申请人"); and some common words open with a surname's letter.
_UNIT_ENDS = frozenset(
    "局司处處部室科所院厅廳委会會队隊组組办辦馆館站署府省市区區县縣校长長员員师師人"
)
_HAN_WORDS_TEXT = (
    "国家 国际 全国 全体 信息 安全 文件 管理 项目 方案 成员 计划 应用 支持 宣传 常务 海关"
    " 高级 简介 简历 程序 包括 关于 相关 华为 明确 和平 平台 車輛 國家 國際 資訊"
)
_HAN_WORDS = frozenset(_HAN_WORDS_TEXT.split())


def _han_listed_names(text: str) -> list[ListedName]:
    found: list[ListedName] = []
    for match in _HAN_ITEM.finditer(text):
        name = match.group("name")
        compound = len(split_han(name)[0] or "") == 2
        if (
            (len(name) == 4 and not compound)
            or name[-1] in _UNIT_ENDS
            or name[:2] in _HAN_WORDS
            or not has_han_surname(name)
            or classify_label(name) is not None
        ):
            continue
        found.append(ListedName(name, match.start("name"), match.end("name")))
    return found
