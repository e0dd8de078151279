"""An .xlsx annex read as the sheet shows it: a hidden sheet holding the lists its drop-down
cells choose from (every salutation, every task force) is the form's machinery, not people;
hidden columns (Latin names a formula reads) and hidden rows are not shown; a row struck
through is withdrawn; a formula cell reads as the value Excel saved for it, and as nothing
when none was saved. Around such annexes: a row's two task-force columns ("Task Force 1 |
Task Force 2") are one person's; a cover withdrawing "the nomination shown struck through
(Mr X, API Task Force)"; a sheet's title in capitals gives way to the office as the cover
writes it; a labelled office followed by its ministry; an Arabic cover's office running on
into its ministry and the task forces its people are put forward for."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

Rows = list[list[Any]]

XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
LS = "Legal Status Task Force"
API = "API Task Force"
DT = "Digital Transformation Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def read(parsed: ParsedEmail) -> list[tuple[str | None, str | None, list[str]]]:
    return [(n.last_name, n.username, list(n.task_forces)) for n in parsed.nominees]


def _save(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _book(rows: Rows) -> tuple[openpyxl.Workbook, Worksheet]:
    book = openpyxl.Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    for row in rows:
        sheet.append(row)
    return book, sheet


def _mail(body: str, data: bytes, subject: str = "C. CWS 175") -> bytes:
    return make_mail(body, subject=subject, attachments=(("annex.xlsx", _XLSX, data),))


# -- a hidden sheet of drop-down lists ------------------------------------------------

_EN_HEAD = ["Title", "Surname", "First name", "Position", "Task Force", "Username", "E-mail"]
_EN_ROWS: Rows = [
    ["Ms", "Naidoo", "Priya", "Examiner", SEQL, "za-pnaidoo", "pnaidoo@office.example"],
    ["Mr", "Dube", "Thabo", "Analyst", XML4IP, "za-tdube", "tdube@office.example"],
]
_ES_HEAD = ["Tratamiento", "Apellido(s)", "Nombre(s)", "Cargo", "Equipo Técnico", "Usuario"]
_ES_ROWS: Rows = [
    ["Sra.", "Fernández", "María", "Jefa de Patentes", "Equipo Técnico SEQL", "uy-mfernandez"],
    ["Sr.", "Olivera", "Martín", "Analista", "Equipo Técnico sobre API", "uy-molivera"],
]
_ES_LISTS = [
    "Equipo Técnico XML4IP",
    "Equipo Técnico SEQL",
    "Equipo Técnico sobre la Situación Jurídica",
    "Equipo Técnico sobre API",
    "Equipo Técnico sobre Transformación Digital",
]
_EN_LISTS = [XML4IP, SEQL, LS, API, DT]


def _with_lists(
    head: list[str], rows: Rows, titles: list[str], task_forces: list[str], state: str
) -> bytes:
    book, sheet = _book([head, *rows])
    lists = book.create_sheet("Lists")
    lists.append(["Title", "Task Force"])
    for k in range(max(len(titles), len(task_forces))):
        lists.append(
            [
                titles[k] if k < len(titles) else None,
                task_forces[k] if k < len(task_forces) else None,
            ]
        )
    lists.sheet_state = state
    choice = DataValidation(type="list", formula1=f"Lists!$B$2:$B${len(task_forces) + 1}")
    sheet.add_data_validation(choice)
    choice.add("E2:E20")
    return _save(book)


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_of_drop_down_lists_names_nobody_en(state: str) -> None:
    data = _with_lists(_EN_HEAD, _EN_ROWS, ["Mr", "Mrs", "Ms", "Dr"], _EN_LISTS, state)
    parsed = parse(_mail("Please find our nominations for C. CWS 175 attached.\n", data))
    assert read(parsed) == [("Naidoo", "za-pnaidoo", [SEQL]), ("Dube", "za-tdube", [XML4IP])]


def test_a_hidden_sheet_of_drop_down_lists_names_nobody_es() -> None:
    data = _with_lists(_ES_HEAD, _ES_ROWS, ["Sr.", "Sra.", "Srta."], _ES_LISTS, "hidden")
    body = "Estimados:\n\nAdjuntamos la planilla de designaciones (circular C. CWS 175).\n"
    assert read(parse(_mail(body, data))) == [
        ("Fernández", "uy-mfernandez", [SEQL]),
        ("Olivera", "uy-molivera", [API]),
    ]


def test_a_second_sheet_shown_is_still_read() -> None:
    # Near miss: a visible second sheet is the office's own, with its own people.
    book, _sheet = _book([_EN_HEAD, _EN_ROWS[0]])
    more = book.create_sheet("API")
    more.append(_EN_HEAD)
    more.append(["Mr", "Dube", "Thabo", "Analyst", API, "za-tdube", "tdube@office.example"])
    parsed = parse(_mail("Please find our nominations for C. CWS 175 attached.\n", _save(book)))
    assert read(parsed) == [("Naidoo", "za-pnaidoo", [SEQL]), ("Dube", "za-tdube", [API])]


# -- rows struck through; hidden rows -------------------------------------------------


def _struck(rows: Rows, struck: dict[int, list[int] | None]) -> bytes:
    """Rows (1-based, the header first) struck through: every cell, or the columns given."""
    book, sheet = _book(rows)
    for number, columns in struck.items():
        for column, cell in enumerate(sheet[number], 1):
            if columns is None or column in columns:
                cell.font = Font(strike=True)
    return _save(book)


def test_a_row_struck_through_is_withdrawn_en() -> None:
    rows: Rows = [_EN_HEAD, *_EN_ROWS, ["Mr", "Mokoena", "Lerato", "Manager", API, "za-lm", None]]
    body = (
        "Please find our nominations for C. CWS 175 attached. The row struck through is "
        "withdrawn, as that colleague has left the Office.\n"
    )
    parsed = parse(_mail(body, _struck(rows, {3: None})))
    assert read(parsed) == [("Naidoo", "za-pnaidoo", [SEQL]), ("Mokoena", "za-lm", [API])]


def test_a_row_struck_through_is_withdrawn_ru() -> None:
    rows: Rows = [
        ["Фамилия", "Имя", "Должность", "Рабочая группа", "Логин ВОИС"],
        ["Иванова", "Анна", "эксперт", "Целевая группа по XML4IP", "ru-aivanova"],
        ["Петров", "Олег", "начальник отдела", "Целевая группа по API", "ru-opetrov"],
    ]
    body = "Направляем сведения о кандидатурах в ответ на письмо C. CWS 175.\n"
    parsed = parse(_mail(body, _struck(rows, {2: None})))
    assert read(parsed) == [("Петров", "ru-opetrov", [API])]


def test_one_struck_cell_leaves_its_row_standing() -> None:
    # Near miss: a second task force struck out; the person and the first one stand.
    head = [*_EN_HEAD[:5], "Task Force 2", *_EN_HEAD[5:]]
    rows: Rows = [head, ["Ms", "Naidoo", "Priya", "Examiner", SEQL, LS, "za-pn", None]]
    parsed = parse(_mail("Our nominee for C. CWS 175 is in the sheet.\n", _struck(rows, {2: [6]})))
    assert read(parsed) == [("Naidoo", "za-pn", [SEQL])]


def test_a_hidden_row_is_not_read() -> None:
    book, sheet = _book([_EN_HEAD, *_EN_ROWS])
    sheet.row_dimensions[2].hidden = True
    parsed = parse(_mail("Please find our nominations for C. CWS 175 attached.\n", _save(book)))
    assert read(parsed) == [("Dube", "za-tdube", [XML4IP])]


# -- hidden columns; formulas read by the value Excel saved ---------------------------


def _cached(data: bytes, values: dict[str, str]) -> bytes:
    """The workbook with a formula's last result saved beside it, as Excel writes it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            member = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                for ref, value in values.items():
                    member = re.sub(
                        rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>'.encode(),
                        rf'<c r="{ref}"\1 t="str"><f>\2</f><v>{value}</v></c>'.encode(),
                        member,
                    )
            dst.writestr(info, member)
    return out.getvalue()


_AR_HEAD = [
    "الاسم الأول",
    "اسم العائلة",
    "اللقب",
    "المسمى الوظيفي",
    "First name",
    "Last name",
    "اسم المستخدم في حساب الويبو",
    "فرقة/فرق العمل",
]
_USERNAME = '=LOWER("qa-"&LEFT(E{r},1)&SUBSTITUTE(F{r},"-",""))'


def _arabic_sheet(cached: dict[str, str]) -> bytes:
    rows: Rows = [
        _AR_HEAD,
        [
            "مريم",
            "الكواري",
            "السيدة",
            "محللة أنظمة",
            "Maryam",
            "Al-Kuwari",
            _USERNAME.format(r=2),
            "فرقة العمل المعنية بالوضع القانوني (ST.27)",
        ],
        [
            "عبد العزيز",
            "المهندي",
            "السيد",
            "رئيس قسم نظم المعلومات",
            "Abdulaziz",
            "Al-Muhannadi",
            _USERNAME.format(r=3),
            "فرقة العمل المعنية بواجهات برمجة التطبيقات (API)\nفرقة العمل المعنية بالتحول الرقمي",
        ],
    ]
    book, sheet = _book(rows)
    for column in ("E", "F"):
        sheet.column_dimensions[column].hidden = True
    return _cached(_save(book), cached)


_AR_BODY = "بالإشارة إلى التعميم C. CWS 175، مرفق طيه جدول بأسماء المرشحين.\n"


def test_hidden_latin_columns_and_usernames_built_by_formula_ar() -> None:
    data = _arabic_sheet({"G2": "qa-malkuwari", "G3": "qa-aalmuhannadi"})
    parsed = parse(_mail(_AR_BODY, data))
    assert [(n.first_name, n.last_name, n.username, list(n.task_forces)) for n in parsed.nominees] == [
        ("مريم", "الكواري", "qa-malkuwari", [LS]),
        ("عبد العزيز", "المهندي", "qa-aalmuhannadi", [API, DT]),
    ]  # fmt: skip


def test_a_formula_with_no_saved_value_gives_no_username() -> None:
    # Near miss: a sheet saved by a program that does not compute formulas keeps none of
    # their results; the username is left empty, never the formula nor a guess.
    parsed = parse(_mail(_AR_BODY, _arabic_sheet({"G2": "qa-malkuwari"})))
    assert [n.username for n in parsed.nominees] == ["qa-malkuwari", None]


def test_hidden_helper_column_en() -> None:
    head = [*_EN_HEAD[:5], "Login (old)", *_EN_HEAD[5:]]
    row: list[Any] = ["Ms", "Naidoo", "Priya", "Examiner", SEQL, "old-pn", '=LOWER("ZA-PN")']
    book, sheet = _book([head, row])
    sheet.column_dimensions["F"].hidden = True
    data = _cached(_save(book), {"G2": "za-pn"})
    parsed = parse(_mail("Our nominee for C. CWS 175 is in the sheet.\n", data))
    assert read(parsed) == [("Naidoo", "za-pn", [SEQL])]


# -- two task-force columns, one person -----------------------------------------------


def test_two_task_force_columns_in_a_sheet_are_one_persons_es() -> None:
    head = ["Apellido(s)", "Nombre(s)", "Equipo Técnico 1", "Equipo Técnico 2", "Usuario"]
    rows: Rows = [
        head,
        ["Fernández", "María", "Equipo Técnico SEQL", None, "uy-mfernandez"],
        ["Olivera", "Martín", "Equipo Técnico sobre API", "Equipo Técnico XML4IP", "uy-molivera"],
    ]
    book, _sheet = _book(rows)
    body = "Estimados:\n\nAdjuntamos la planilla de designaciones (circular C. CWS 175).\n"
    assert read(parse(_mail(body, _save(book)))) == [
        ("Fernández", "uy-mfernandez", [SEQL]),
        ("Olivera", "uy-molivera", [XML4IP, API]),
    ]


def test_two_task_force_columns_in_a_pipe_table_are_one_persons_fr() -> None:
    body = (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, voici nos candidats :\n\n"
        "Nom | Prénom | Équipe d'experts 1 | Équipe d'experts 2 | Nom d'utilisateur\n"
        "DIALLO | Awa | Équipe d'experts chargée de la norme XML4IP | Équipe d'experts "
        "chargée des API | sn-adiallo\n"
        "NDIAYE | Moussa | Équipe d'experts chargée des listages des séquences |  | sn-mndiaye\n"
        "\nCordialement\n"
    )
    assert read(parse(make_mail(body))) == [
        ("DIALLO", "sn-adiallo", [XML4IP, API]),
        ("NDIAYE", "sn-mndiaye", [SEQL]),
    ]


# -- a cover withdrawing the struck row -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kindly note that the nomination shown in strikethrough (Mr Sipho Ndlovu, API Task "
        "Force) is withdrawn, as he has since left the Office.",
        "Veuillez noter que la candidature barrée (M. Sipho Ndlovu, Équipe d'experts chargée "
        "des API) est retirée, l'intéressé ayant quitté l'Office.",
    ],
)
def test_a_nomination_withdrawn_with_an_aside_names_nobody(sentence: str) -> None:
    rows: Rows = [_EN_HEAD, _EN_ROWS[0]]
    rows.append(["Mr", "Ndlovu", "Sipho", "Manager", API, "za-sndlovu", None])
    body = f"Our nominations for C. CWS 175 are attached.\n\n{sentence}\n"
    parsed = parse(_mail(body, _struck(rows, {3: None})))
    assert read(parsed) == [("Naidoo", "za-pnaidoo", [SEQL])]


def test_a_nomination_with_an_aside_and_no_withdrawing_verb_stands() -> None:
    # Near miss: the aside alone withdraws nothing.
    body = (
        "Please note that the nomination of Mr Sipho Ndlovu (API Task Force) is confirmed; "
        "his username is za-sndlovu.\n"
    )
    assert [n.last_name for n in parse(make_mail(body)).nominees] == ["Ndlovu"]


# -- the office: a title in capitals, a labelled office and its ministry ----------------


def test_a_sheet_title_in_capitals_gives_way_to_the_cover_s_writing() -> None:
    book, _sheet = _book(
        [["COMPANIES AND INTELLECTUAL PROPERTY COMMISSION (CIPC)"], [], _EN_HEAD, _EN_ROWS[0]]
    )
    body = (
        "Please find attached the nominations of the Companies and Intellectual Property "
        "Commission (CIPC) for C. CWS 175.\n\nKind regards,\nThandeka Zulu\n"
    )
    parsed = parse(_mail(body, _save(book)))
    assert parsed.office == "Companies and Intellectual Property Commission (CIPC)"


def test_a_sheet_title_in_capitals_alone_stays_as_written() -> None:
    # Near miss: no text writes it otherwise; the capitals are all there is.
    book, _sheet = _book(
        [["COMPANIES AND INTELLECTUAL PROPERTY COMMISSION (CIPC)"], [], _EN_HEAD, _EN_ROWS[0]]
    )
    parsed = parse(_mail("Please find attached our nominations for C. CWS 175.\n", _save(book)))
    assert parsed.office == "COMPANIES AND INTELLECTUAL PROPERTY COMMISSION (CIPC)"


@pytest.mark.parametrize(
    ("label", "office"),
    [
        (
            "Oficina: Dirección Nacional de la Propiedad Industrial (DNPI) – Ministerio de "
            "Industria, Energía y Minería (MIEM)",
            "Dirección Nacional de la Propiedad Industrial (DNPI)",
        ),
        (
            "Office: Intellectual Property Office (IPO) - Ministry of Trade and Industry",
            "Intellectual Property Office (IPO)",
        ),
        # Near misses: a country after the dash is part of how the office writes itself.
        (
            "Oficina: Dirección Nacional de la Propiedad Industrial (DNPI) - Uruguay",
            "Dirección Nacional de la Propiedad Industrial (DNPI) - Uruguay",
        ),
        (
            "Office: Intellectual Property Office – Ministry of Trade",
            "Intellectual Property Office – Ministry of Trade",
        ),
    ],
)
def test_a_labelled_office_without_the_ministry_after_its_short_name(
    label: str, office: str
) -> None:
    book, _sheet = _book([[label], [], _EN_HEAD, _EN_ROWS[0]])
    parsed = parse(_mail("Please find attached our nominations for C. CWS 175.\n", _save(book)))
    assert parsed.office == office


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "مرفق طيه جدول بأسماء مرشحي إدارة حماية الملكية الفكرية بوزارة التجارة والصناعة "
            "لعضوية فرق العمل، مع بيانات حساباتهم.",
            "إدارة حماية الملكية الفكرية",
        ),
        (
            "نرسل إليكم بيانات ممثلي مكتب براءات الاختراع في وزارة الاقتصاد للمشاركة في فرق العمل.",
            "مكتب براءات الاختراع",
        ),
        # Near miss: the name runs to its comma as before.
        (
            "نرسل إليكم بيانات ممثلي المكتب المغربي للملكية الصناعية والتجارية، مع الشكر.",
            "المكتب المغربي للملكية الصناعية والتجارية",
        ),
    ],
)
def test_an_arabic_office_ends_before_its_ministry_and_purpose(sentence: str, office: str) -> None:
    body = f"بالإشارة إلى التعميم C. CWS 175،\n\n{sentence}\n"
    data = _arabic_sheet({"G2": "qa-malkuwari", "G3": "qa-aalmuhannadi"})
    assert parse(_mail(body, data)).office == office
