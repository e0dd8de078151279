"""A form tool's export of the responses (Microsoft Forms .xlsx, Google Forms .csv).

The tool's own columns open the sheet: "ID | Start time | Completion time | Email | Name |
Last modified time" (Microsoft Forms, in the sender's language: "Heure de début", "Hora de
inicio", "Время начала", "开始时间", "وقت البدء"), "Timestamp | Email Address" (Google
Forms). Their "Email" and "Name" are the respondent's, who may be an assistant filling the
form in for the head of service the answers name: where the questions ask a name and an
address of their own, the respondent's columns are no nominee's. A response given to try
the form out ("Test", "test", "fr-test", "test@office.example", "prueba", "тест", "测试")
names nobody.

Near misses keep their reading: an export whose questions ask no name takes the
respondent's, a table with no form tool's time columns keeps its "Email" and "Name"
columns, and a nominee whose surname happens to be a test word keeps their place.
"""

from __future__ import annotations

import io

import openpyxl
import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _workbook(rows: list[list[str]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def parse(body: str, name: str, ctype: str, data: bytes) -> ParsedEmail:
    raw = make_mail(body, attachments=((name, ctype, data),))
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [(n.last_name, n.first_name, n.account_email) for n in parsed.nominees]


_STAMPS = ["2023-09-27 10:02:11", "2023-09-27 10:03:40"]

# (language, cover, system columns, question columns, the test row's answers)
EXPORTS = [
    (
        "fr",
        "Bonjour,\n\nEn réponse à la circulaire C. CWS 175, vous trouverez ci-joint l'export "
        "des candidatures.\n\nBien cordialement",
        ["ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom",
         "Heure de la dernière modification"],
        ["Civilité", "Nom de famille", "Prénom", "Poste occupé",
         "Adresse électronique utilisée pour créer le compte OMPI", "Équipe(s) d'experts"],
        ["M.", "Test", "test", "test", "test@inpi.example", "XML4IP (ST.96);"],
    ),
    (
        "en",
        "Dear Secretariat,\n\nFurther to C. CWS 175, please find attached the export of our "
        "nomination form.\n\nBest regards",
        ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"],
        ["Title", "Last name", "First name", "Position", "E-mail used for the WIPO Account",
         "Task Force(s)"],
        ["Mr", "Test", "Test", "test", "test1@ipo.example", "XML4IP Task Force;"],
    ),
    (
        "es",
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, adjuntamos la "
        "exportación del formulario.\n\nAtentamente",
        ["Id.", "Hora de inicio", "Hora de finalización", "Correo electrónico", "Nombre",
         "Hora de la última modificación"],
        ["Tratamiento", "Apellidos", "Nombres", "Cargo", "Correo de la Cuenta OMPI",
         "Equipo(s) Técnico(s)"],
        ["Sr.", "Prueba", "prueba", "prueba", "prueba@oficina.example", "Equipo Técnico XML4IP;"],
    ),
    (
        "ru",
        "Уважаемые господа!\n\nВ ответ на циркулярное письмо C. CWS 175 направляем выгрузку "
        "ответов на анкету.\n\nС уважением",
        ["ИД", "Время начала", "Время завершения", "Адрес электронной почты", "Имя",
         "Время последнего изменения"],
        ["Обращение", "Фамилия", "Имя и отчество", "Должность",
         "Адрес электронной почты учетной записи ВОИС", "Целевые группы"],
        ["г-н", "Тест", "тест", "тест", "test@rupto.example", "Целевая группа по XML4IP;"],
    ),
    (
        "zh",
        "CWS秘书处：\n\n根据C. CWS 175号通函，现将内部推荐表的导出文件附上。\n\n此致",
        ["ID", "开始时间", "完成时间", "电子邮件", "名称", "上次修改时间"],
        ["称谓", "姓", "名", "职务", "WIPO账户电子邮件地址", "工作队"],
        ["先生", "测试", "测试", "测试", "test@cnipa.example", "XML4IP工作队;"],
    ),
    (
        "ar",
        "السادة الأفاضل،\n\nإشارة إلى التعميم C. CWS 175، نرفق ملف الردود على الاستمارة.\n\n"
        "وتفضلوا بقبول فائق الاحترام",
        ["المعرف", "وقت البدء", "وقت الإكمال", "البريد الإلكتروني", "الاسم", "وقت آخر تعديل"],
        ["اللقب", "اسم العائلة", "الاسم الأول", "الوظيفة", "البريد الإلكتروني لحساب الويبو",
         "فرق العمل"],
        ["السيد", "اختبار", "اختبار", "اختبار", "test@mit.example", "فرقة العمل المعنية بلغة XML4IP"],
    ),
]  # fmt: skip

_ANSWERS = [
    [
        "Mme",
        "Bertin",
        "Claire",
        "Ingénieure brevets",
        "claire.bertin@office.example",
        "API (ST.90);",
    ],
    [
        "M.",
        "Fournier",
        "Thomas",
        "Chef du service",
        "thomas.fournier@office.example",
        "API (ST.90);",
    ],
]


@pytest.mark.parametrize(
    ("cover", "system", "questions", "test_row"),
    [e[1:] for e in EXPORTS],
    ids=[e[0] for e in EXPORTS],
)
def test_respondent_columns_and_test_row_name_nobody(
    cover: str, system: list[str], questions: list[str], test_row: list[str]
) -> None:
    rows = [
        [*system, *questions],
        ["1", *_STAMPS, "mathieu.roux@office.example", "ROUX Mathieu", "", *test_row],
        ["2", *_STAMPS, "claire.bertin@office.example", "BERTIN Claire", "", *_ANSWERS[0]],
        # An assistant filled this one in for her head of service.
        ["3", *_STAMPS, "sandrine.lemaire@office.example", "LEMAIRE Sandrine", "", *_ANSWERS[1]],
    ]
    parsed = parse(cover, "Responses(1-3).xlsx", _XLSX, _workbook(rows))
    assert people(parsed) == [
        ("Bertin", "Claire", "claire.bertin@office.example"),
        ("Fournier", "Thomas", "thomas.fournier@office.example"),
    ]


def test_an_older_export_ends_its_own_columns_with_email_and_name() -> None:
    rows = [
        ["ID", "Start time", "Completion time", "Email", "Name", "Title", "Last name",
         "First name", "E-mail used for the WIPO Account", "Task Force(s)"],
        ["1", *_STAMPS, "assistant@office.example", "Mary ASSISTANT", "Mr", "Fournier",
         "Thomas", "thomas.fournier@office.example", "API Task Force"],
    ]  # fmt: skip
    parsed = parse(
        "Dear Secretariat,\n\nFurther to C. CWS 175, please find attached our form's export.",
        "Responses.xlsx",
        _XLSX,
        _workbook(rows),
    )
    assert people(parsed) == [("Fournier", "Thomas", "thomas.fournier@office.example")]


def test_google_forms_csv_respondent_address_and_test_row() -> None:
    csv = (
        "Timestamp,Email Address,Title,Surname,First name,WIPO Account username,"
        "E-mail used for the WIPO Account,Task Force(s)\n"
        "2023/10/09 9:12:40 AM GMT+2,jb.n@rdb.example,Mr,test,test,rw-test,test@rdb.example,"
        "API Task Force\n"
        "2023/10/11 2:55:03 PM GMT+2,c.uwimana@rdb.example,Mrs,UWIMANA,Claudine,rw-cuwimana,"
        "claudine.uwimana@rdb.example,Legal Status Task Force\n"
    )
    parsed = parse(
        "Dear Secretariat,\n\nFurther to C. CWS 175, please find our form's responses.",
        "CWS nominations (Responses) - Form responses 1.csv",
        "text/csv",
        csv.encode(),
    )
    assert people(parsed) == [("UWIMANA", "Claudine", "claudine.uwimana@rdb.example")]


def test_respondent_name_stands_when_the_form_asks_none() -> None:
    rows = [
        ["ID", "Start time", "Completion time", "Email", "Name", "Position",
         "WIPO Account username", "Task Force(s)"],
        ["1", *_STAMPS, "jane.roe@office.example", "Jane ROE", "Senior Examiner", "xx-jroe",
         "API Task Force"],
    ]  # fmt: skip
    parsed = parse(
        "Dear Secretariat,\n\nFurther to C. CWS 175, please find attached our form's export.",
        "Responses.xlsx",
        _XLSX,
        _workbook(rows),
    )
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("ROE", "Jane", "xx-jroe")
    ]


def test_table_without_time_columns_keeps_its_name_and_email() -> None:
    rows = [
        ["Name", "Email", "Position", "Task Force"],
        ["Ms Jane ROE", "jane.roe@office.example", "Senior Examiner", "API Task Force"],
    ]
    parsed = parse(
        "Dear Secretariat,\n\nFurther to C. CWS 175, please find attached our nominee.",
        "Nominees.xlsx",
        _XLSX,
        _workbook(rows),
    )
    assert people(parsed) == [("ROE", "Jane", "jane.roe@office.example")]


def test_a_surname_that_is_a_test_word_keeps_its_nominee() -> None:
    rows = [
        ["Title", "Last name", "First name", "Position", "E-mail", "Task Force"],
        ["Ms", "Test", "Anna", "Patent Examiner", "anna.test@office.example", "API Task Force"],
    ]
    parsed = parse(
        "Dear Secretariat,\n\nFurther to C. CWS 175, please find attached our nominee.",
        "Nominees.xlsx",
        _XLSX,
        _workbook(rows),
    )
    assert people(parsed) == [("Test", "Anna", "anna.test@office.example")]
