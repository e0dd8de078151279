"""A covering note that keeps only some of the people the letter it forwards lists, by their
number or rank in its list ("the Minister has approved only items 1 and 3", "la candidature
no 2 n'a pas été approuvée", "وافق معاليه على المرشحين الأول والثالث"): only those are
nominated, and the office is the one whose letter it is."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.approved_items import item_selection
from tests.parsers.mailmaker import catalog, make_mail

_FORWARD = (
    "\n\n---------- Forwarded message ---------\n"
    "From: IP Office <director@ipo.example>\n"
    "Date: Mon, 9 Oct 2023 at 15:41\n"
    "Subject: C. CWS 175\n"
    "To: Minister's Office <minister@ministry.example>\n\n"
)

_PEOPLE = {
    "en": (
        "The following officers are recommended for your approval:\n\n"
        "1. Mrs. Anna Jansen\n   Position: Examiner\n   Task Force: API Task Force\n"
        "   WIPO Account username: xx-ajansen\n   E-mail: anna.jansen@ipo.example\n\n"
        "2. Mr. Peter Olsen\n   Position: Engineer\n   Task Force: XML4IP Task Force\n"
        "   WIPO Account username: xx-polsen\n   E-mail: peter.olsen@ipo.example\n\n"
        "3. Ms. Clara Berg\n   Position: Lawyer\n   Task Force: Legal Status Task Force\n"
        "   WIPO Account username: xx-cberg\n   E-mail: clara.berg@ipo.example\n\n"
        "Director General\nNational Patent Office\n"
    ),
    "fr": (
        "Nous proposons les agents suivants :\n\n"
        "1. Mme Anna Jansen\n   Fonction : Examinatrice\n   Équipe d'experts : API\n"
        "   Nom d'utilisateur : xx-ajansen\n   Courriel : anna.jansen@ipo.example\n\n"
        "2. M. Peter Olsen\n   Fonction : Ingénieur\n   Équipe d'experts : XML4IP\n"
        "   Nom d'utilisateur : xx-polsen\n   Courriel : peter.olsen@ipo.example\n\n"
        "3. Mme Clara Berg\n   Fonction : Juriste\n   Équipe d'experts : Statut juridique\n"
        "   Nom d'utilisateur : xx-cberg\n   Courriel : clara.berg@ipo.example\n\n"
        "Le Directeur général\nOffice national des brevets\n"
    ),
    "es": (
        "Se proponen los siguientes agentes:\n\n"
        "1) Sra. Anna Jansen\n   Cargo: Examinadora\n   Equipo Técnico: API\n"
        "   Usuario: xx-ajansen\n   Correo: anna.jansen@ipo.example\n\n"
        "2) Sr. Peter Olsen\n   Cargo: Ingeniero\n   Equipo Técnico: XML4IP\n"
        "   Usuario: xx-polsen\n   Correo: peter.olsen@ipo.example\n\n"
        "3) Sra. Clara Berg\n   Cargo: Abogada\n   Equipo Técnico: Situación Jurídica\n"
        "   Usuario: xx-cberg\n   Correo: clara.berg@ipo.example\n\n"
        "Director General\nOficina Nacional de Patentes\n"
    ),
    "ru": (
        "Предлагаем следующих сотрудников:\n\n"
        "1. г-жа Анна Янсен\n   Должность: эксперт\n   Целевая группа: API\n"
        "   Имя пользователя: xx-ajansen\n   Эл. почта: anna.jansen@ipo.example\n\n"
        "2. г-н Пётр Ольсен\n   Должность: инженер\n   Целевая группа: XML4IP\n"
        "   Имя пользователя: xx-polsen\n   Эл. почта: peter.olsen@ipo.example\n\n"
        "3. г-жа Клара Берг\n   Должность: юрист\n   Целевая группа: по правовому статусу\n"
        "   Имя пользователя: xx-cberg\n   Эл. почта: clara.berg@ipo.example\n\n"
        "Генеральный директор\nНациональное патентное ведомство\n"
    ),
    "zh": (
        "拟推荐以下人员：\n\n"
        "1. 姓名：王芳（女士）\n   职务：审查员\n   工作队：API工作队\n"
        "   用户名：xx-wangfang\n   电子邮件：wang.fang@ipo.example\n\n"
        "2. 姓名：李强（先生）\n   职务：工程师\n   工作队：XML4IP工作队\n"
        "   用户名：xx-liqiang\n   电子邮件：li.qiang@ipo.example\n\n"
        "3. 姓名：陈静（女士）\n   职务：法律顾问\n   工作队：法律状态工作队\n"
        "   用户名：xx-chenjing\n   电子邮件：chen.jing@ipo.example\n\n"
        "国家专利局\n"
    ),
    "ar": (
        "ونقترح ترشيح الزملاء التالية أسماؤهم:\n\n"
        "1- السيدة/ سلمى الحداد\nالمنصب: فاحصة\n"
        "اسم المستخدم: xx-salhaddad\nالبريد الإلكتروني: salma@ipo.example\n"
        "فرقة العمل: فرقة العمل المعنية بواجهات برمجة التطبيقات\n\n"
        "2- السيد/ خالد النجار\nالمنصب: مهندس\n"
        "اسم المستخدم: xx-knajjar\nالبريد الإلكتروني: khaled@ipo.example\n"
        "فرقة العمل: فرقة العمل المعنية بلغة XML4IP\n\n"
        "3- السيدة/ ليلى العمري\nالمنصب: باحثة قانونية\n"
        "اسم المستخدم: xx-lalomari\nالبريد الإلكتروني: laila@ipo.example\n"
        "فرقة العمل: فرقة العمل المعنية بالوضع القانوني\n\n"
        "مدير عام الإدارة العامة لحماية الملكية الفكرية\n"
    ),
}
_EMAILS = {
    "en": ["anna.jansen@ipo.example", "peter.olsen@ipo.example", "clara.berg@ipo.example"],
    "fr": ["anna.jansen@ipo.example", "peter.olsen@ipo.example", "clara.berg@ipo.example"],
    "es": ["anna.jansen@ipo.example", "peter.olsen@ipo.example", "clara.berg@ipo.example"],
    "ru": ["anna.jansen@ipo.example", "peter.olsen@ipo.example", "clara.berg@ipo.example"],
    "zh": ["wang.fang@ipo.example", "li.qiang@ipo.example", "chen.jing@ipo.example"],
    "ar": ["salma@ipo.example", "khaled@ipo.example", "laila@ipo.example"],
}


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def forwarded(language: str, note: str) -> ParsedEmail:
    body = note + _FORWARD + _PEOPLE[language]
    return parse(make_mail(body, sender="Ministry <cabinet@ministry.example>"))


def emails(parsed: ParsedEmail) -> list[str | None]:
    return [n.account_email for n in parsed.nominees]


@pytest.mark.parametrize(
    ("language", "note", "kept"),
    [
        (
            "en",
            "With reference to Circular C. CWS 175, please find below our nominations.\n\n"
            "Kindly note that the Hon. Minister has approved only the nominations at items 1 "
            "and 3\nof the minute below. The nomination at item 2 has not been\napproved, "
            "and should therefore not be processed.\n",
            [0, 2],
        ),
        (
            "en",
            "Further to C. CWS 175, the minute below is forwarded. The Minister approved all "
            "the nominations except item 2.\n",
            [0, 2],
        ),
        (
            "en",
            "Further to C. CWS 175, please find the minute below. Please disregard the second "
            "and third nominees, who have left the Office.\n",
            [0],
        ),
        (
            "fr",
            "Suite à la circulaire C. CWS 175, veuillez trouver ci-dessous la note de l'Office. "
            "Le Ministre n'a approuvé que les candidatures nos 1 et 3 ; la candidature no 2 "
            "n'a pas été approuvée.\n",
            [0, 2],
        ),
        (
            "es",
            "En respuesta a la Circular C. CWS 175, se remite la nota a continuación. El Señor "
            "Ministro aprobó únicamente las designaciones de los puntos 1 y 3. La designación "
            "del punto 2 no fue aprobada.\n",
            [0, 2],
        ),
        (
            "ru",
            "В ответ на циркуляр C. CWS 175 пересылаем записку ведомства. Министр утвердил "
            "только первую и третью кандидатуры; кандидатура № 2 не утверждена.\n",
            [0, 2],
        ),
        (
            "zh",
            "关于C. CWS 175号通函，现转发国家专利局的报告。部长仅批准了第1项和第3项提名，第2项未获批准。\n",
            [0, 2],
        ),
        (
            "ar",
            "إشارة إلى التعميم C. CWS 175، نحيل إليكم أدناه مذكرة الإدارة العامة لحماية الملكية "
            "الفكرية بالوزارة بشأن الترشيح.\n\nوقد وافق معاليه على ترشيح المرشحَين الأول والثالث "
            "الواردَين في المذكرة، ولم يوافق على ترشيح المرشح الثاني، فنرجو اعتماد الأول "
            "والثالث فقط.\n",
            [0, 2],
        ),
        (
            "ar",
            "إشارة إلى التعميم C. CWS 175، نحيل إليكم مذكرة الإدارة العامة لحماية الملكية "
            "الفكرية. وقد وافق معاليه على البندين 2 و3 فقط.\n",
            [1, 2],
        ),
    ],
)
def test_only_the_people_the_covering_note_keeps_are_nominated(
    language: str, note: str, kept: list[int]
) -> None:
    parsed = forwarded(language, note)
    assert parsed.kind == "nomination"
    assert emails(parsed) == [_EMAILS[language][i] for i in kept]


def test_the_office_is_the_one_whose_memo_the_ministry_sends_on() -> None:
    parsed = forwarded(
        "ar",
        "بتوجيه من معالي الوزير، نحيل إليكم أدناه مذكرة الإدارة العامة لحماية الملكية الفكرية "
        "بالوزارة بشأن الترشيح لعضوية فرق العمل، رداً على تعميمكم C. CWS 175.\n\n"
        "مع التحية،\nمدير مكتب الوزير\nوزارة الصناعة والتجارة\n",
    )
    assert parsed.office == "الإدارة العامة لحماية الملكية الفكرية"
    assert len(parsed.nominees) == 3


@pytest.mark.parametrize(
    ("language", "note"),
    [
        # No item picked out: everyone the memo lists.
        ("en", "Further to C. CWS 175, the Minister has approved the nominations below.\n"),
        ("fr", "Suite à la circulaire C. CWS 175, le Ministre a approuvé les candidatures.\n"),
        # Items the memo does not have: the note is about something else.
        ("en", "Further to C. CWS 175, the Minister approved items 4 and 5 of the agenda.\n"),
        # Numbers that count no item: a date, the circular.
        ("es", "En respuesta a la Circular C. CWS 175 del 21 de septiembre de 2023, aprobada.\n"),
        # Every item kept: nothing to drop.
        ("ru", "По циркуляру C. CWS 175: министр утвердил кандидатуры № 1, 2 и 3.\n"),
    ],
)
def test_a_note_that_picks_out_nobody_keeps_everyone(language: str, note: str) -> None:
    assert emails(forwarded(language, note)) == _EMAILS[language]


def test_a_nomination_naming_its_people_itself_is_left_whole() -> None:
    # The note's own list is no forwarded one: "approved" there selects nobody.
    body = (
        "Further to C. CWS 175, our Director approved items 1 and 3 of the work plan. We nominate:\n\n"
        + _PEOPLE["en"]
    )
    parsed = parse(make_mail(body, sender="Office <contact@ipo.example>"))
    assert emails(parsed) == _EMAILS["en"]


@pytest.mark.parametrize(
    "note",
    [
        "We approve of the first draft.",
        "Please find below our nominations in response to C. CWS 175 of 21 September 2023.",
        "The Minister has approved the nominations; please note item 2 of the circular.",
    ],
)
def test_no_selection(note: str) -> None:
    assert item_selection(note) is None
