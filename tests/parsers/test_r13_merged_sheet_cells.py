"""An .xlsx annex whose cells are merged down over several rows (the office over every row,
a task force over the rows of its members): the value belongs to each row of the merge,
though the sheet keeps it in the top cell only. A cell left empty and not merged stays empty."""

from __future__ import annotations

import io

import openpyxl

from parsers import parse_email
from parsers.models import ParsedEmail
from parsers.office_names import without_unit
from tests.parsers.mailmaker import catalog, make_mail

Rows = list[list[str | None]]

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _workbook(rows: Rows, merges: list[str]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for merge in merges:
        sheet.merge_cells(merge)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _parse(body: str, rows: Rows, merges: list[str]) -> ParsedEmail:
    raw = make_mail(body, attachments=(("nominees.xlsx", _XLSX, _workbook(rows, merges)),))
    return parse_email(raw, catalog=catalog())


def _read(parsed: ParsedEmail) -> list[tuple[str | None, list[str]]]:
    return [(n.username, list(n.task_forces)) for n in parsed.nominees]


_ZH: Rows = [
    ["产权组织标准委员会（CWS）工作队推荐人员信息表", None, None, None, None, None, None],
    ["序号", "单位", "姓名", "性别", "职务", "WIPO账户用户名", "工作队"],
    [
        "1",
        "国家知识产权局\n（专利审查协作广东中心）",
        "冯子涵",
        "女",
        "审查员",
        "cn-fzh",
        "序列表工作队（ST.26）",
    ],
    ["2", None, "罗建国", "男", "室主任", "cn-ljg", None],
    ["3", None, "曹雪", "女", "审查员", "cn-cx", "法律状态工作队（ST.27）\n数字化转型工作队"],
    ["4", None, "任博文", "男", "工程师", "cn-rbw", None],
]


def test_chinese_sheet_with_office_and_task_forces_merged_down() -> None:
    parsed = _parse(
        "WIPO CWS秘书处：\n\n现报送对C. CWS 175号通函的答复，推荐人员名单见附件。\n\n吴 倩\n",
        _ZH,
        ["A1:G1", "B3:B6", "G3:G4", "G5:G6"],
    )
    both = ["Legal Status Task Force", "Digital Transformation Task Force"]
    assert _read(parsed) == [
        ("cn-fzh", ["Sequence Listings Task Force"]),
        ("cn-ljg", ["Sequence Listings Task Force"]),
        ("cn-cx", both),
        ("cn-rbw", both),
    ]
    assert parsed.office == "国家知识产权局"


_ES: Rows = [
    ["Nombre", "Apellido", "Cargo", "Usuario OMPI", "Equipo Técnico"],
    ["Ana", "RUIZ", "Examinadora", "co-aruiz", "Equipo Técnico XML4IP"],
    ["Luis", "PÉREZ", "Analista", "co-lperez", None],
    ["Pedro", "SOTO", "Jefe de sección", "co-psoto", None],
    ["Laura", "DÍAZ", "Ingeniera", "co-ldiaz", "Equipo Técnico sobre API"],
]


def test_spanish_sheet_with_a_task_force_merged_down() -> None:
    parsed = _parse(
        "Estimados señores:\n\nEn respuesta a la Circular C. CWS 175, adjuntamos la lista.\n",
        _ES,
        ["E2:E4"],
    )
    assert _read(parsed) == [
        ("co-aruiz", ["XML4IP Task Force"]),
        ("co-lperez", ["XML4IP Task Force"]),
        ("co-psoto", ["XML4IP Task Force"]),
        ("co-ldiaz", ["API Task Force"]),
    ]


def test_an_empty_cell_not_merged_stays_empty() -> None:
    rows: Rows = [
        ["Last name", "First name", "WIPO username", "Task force"],
        ["DOE", "Jane", "gb-jdoe", "Legal Status Task Force"],
        ["ROE", "John", "gb-jroe", None],
    ]
    parsed = _parse(
        "In reply to Circular C. CWS 175, please find our nominees attached.\n", rows, []
    )
    assert _read(parsed) == [("gb-jdoe", ["Legal Status Task Force"]), ("gb-jroe", [])]


def test_two_storey_header_merged_in_the_sheet() -> None:
    rows: Rows = [
        ["Nominee", None, "WIPO Account", None, "Task Force"],
        [None, None, "Username", "E-mail", None],
        ["DOE", "Jane", "gb-jdoe", "jdoe@office.example", "API Task Force"],
        ["ROE", "John", "gb-jroe", "jroe@office.example", None],
    ]
    rows[1][0], rows[1][1] = "Last name", "First name"
    parsed = _parse(
        "In reply to Circular C. CWS 175, please find our nominees attached.\n",
        rows,
        ["A1:B1", "C1:D1", "E1:E2", "E3:E4"],
    )
    assert [
        (n.last_name, n.username, n.account_email, list(n.task_forces)) for n in parsed.nominees
    ] == [
        ("DOE", "gb-jdoe", "jdoe@office.example", ["API Task Force"]),
        ("ROE", "gb-jroe", "jroe@office.example", ["API Task Force"]),
    ]


def test_an_office_keeps_a_bracket_that_is_no_unit() -> None:
    assert without_unit("国家知识产权局（专利审查协作广东中心）") == "国家知识产权局"
    assert without_unit("国家知识产权局（CNIPA）") == "国家知识产权局（CNIPA）"
    assert without_unit("Rospatent (Отдел ИТ)") == "Rospatent (Отдел ИТ)"
