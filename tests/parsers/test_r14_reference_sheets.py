"""A workbook whose second sheet keeps the members of an earlier round "for reference"
("для справки", "for information", "pour information", "para referencia", "للعلم", "仅供参考")
beside the sheet of this year's nominees: the people of that sheet are no nominees, and a
person on both sheets keeps the current sheet's values. A workbook whose every sheet is
current, or whose only sheet is marked so, is read whole."""

from __future__ import annotations

import io

import openpyxl
import pytest

from parsers import ParsedEmail, parse_email
from parsers.reference_sheets import current_sheets
from tests.parsers.mailmaker import catalog, make_mail

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

Sheet = tuple[str, list[list[str]]]


def _workbook(sheets: list[Sheet]) -> bytes:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _parse(body: str, sheets: list[Sheet]) -> ParsedEmail:
    raw = make_mail(body, attachments=(("members.xlsx", _XLSX, _workbook(sheets)),))
    return parse_email(raw, catalog=catalog())


def _people(parsed: ParsedEmail) -> list[tuple[str | None, str | None, str | None]]:
    return [(n.last_name, n.username, n.account_email) for n in parsed.nominees]


_RU_HEADER = [
    "№",
    "Обращение",
    "Фамилия",
    "Имя",
    "Должность",
    "Целевая группа",
    "Имя пользователя",
    "E-mail",
]
_RU_NOW = [
    [
        "1",
        "г-жа",
        "Иванова",
        "Анна",
        "начальник отдела",
        "Целевая группа по API",
        "xx-aivanova",
        "a.ivanova@office.example",
    ],
]
_RU_THEN = [
    [
        "1",
        "г-н",
        "Сидоров",
        "Пётр",
        "эксперт",
        "Целевая группа по XML4IP",
        "xx-psidorov",
        "p.sidorov@office.example",
    ],
    [
        "2",
        "г-жа",
        "Иванова",
        "Анна",
        "эксперт",
        "Целевая группа по API",
        "xx-aivanova",
        "old.ivanova@office.example",
    ],
]
_RU_BODY = "Уважаемые коллеги,\n\nв ответ на циркулярное письмо C. CWS 175 направляем сведения.\n"


@pytest.mark.parametrize(
    ("name", "title_line"),
    [
        ("2021 - для справки", None),
        ("2021", "Состав 2021 г. (для справки, не актуален)"),
        ("Прежний состав", None),
    ],
)
def test_a_russian_sheet_kept_for_reference_names_no_nominee(
    name: str, title_line: str | None
) -> None:
    then = ([[title_line]] if title_line else []) + [_RU_HEADER, *_RU_THEN]
    parsed = _parse(_RU_BODY, [("2023", [_RU_HEADER, *_RU_NOW]), (name, then)])
    assert _people(parsed) == [("Иванова", "xx-aivanova", "a.ivanova@office.example")]


_EN_HEADER = ["Title", "Last name", "First name", "Position", "Task force", "Username", "E-mail"]
_EN_NOW = [
    ["Ms", "Ruiz", "Ana", "Head of Patents", "API Task Force", "xx-aruiz", "ana@office.example"]
]
_EN_THEN = [["Mr", "Doe", "Jim", "Examiner", "XML4IP Task Force", "xx-jdoe", "jim@office.example"]]


@pytest.mark.parametrize(
    "name",
    [
        "Previous members",
        "2021 (for information)",
        "Membres 2021 - pour information",
        "2021 para referencia",
        "الأعضاء السابقون",
        "2021年（仅供参考）",
        "往届成员",
    ],
)
def test_a_sheet_kept_for_reference_in_other_languages(name: str) -> None:
    parsed = _parse(
        "Dear Secretariat,\n\nOur reply to C. CWS 175 is attached.\n",
        [("2023", [_EN_HEADER, *_EN_NOW]), (name, [_EN_HEADER, *_EN_THEN])],
    )
    assert _people(parsed) == [("Ruiz", "xx-aruiz", "ana@office.example")]


def test_two_current_sheets_are_both_read() -> None:
    parsed = _parse(
        "Dear Secretariat,\n\nOur reply to C. CWS 175 is attached.\n",
        [("API", [_EN_HEADER, *_EN_NOW]), ("XML4IP", [_EN_HEADER, *_EN_THEN])],
    )
    assert [p[0] for p in _people(parsed)] == ["Ruiz", "Doe"]


def test_a_workbook_whose_only_sheet_is_marked_is_read() -> None:
    parsed = _parse(
        "Dear Secretariat,\n\nOur reply to C. CWS 175 is attached.\n",
        [("For information", [_EN_HEADER, *_EN_NOW])],
    )
    assert [p[0] for p in _people(parsed)] == ["Ruiz"]


def test_a_current_title_line_speaking_of_former_members_is_kept() -> None:
    parsed = _parse(
        "Dear Secretariat,\n\nOur reply to C. CWS 175 is attached.\n",
        [
            ("2023", [["Nominees 2023, replacing our former members"], _EN_HEADER, *_EN_NOW]),
            ("2021 for reference", [_EN_HEADER, *_EN_THEN]),
        ],
    )
    assert _people(parsed) == [("Ruiz", "xx-aruiz", "ana@office.example")]


def test_only_the_marked_sheet_is_cut_from_the_text() -> None:
    text = "[2023]\nA | B | C\n[2021 for reference]\nD | E | F\n[Codes]\nG | H"
    assert current_sheets(text) == "[2023]\nA | B | C\n[Codes]\nG | H"
    # Nothing current beside it: the marked sheet is all there is, and is read.
    assert current_sheets("[for reference]\nD | E | F") == "[for reference]\nD | E | F"
