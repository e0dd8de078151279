"""An annex that still carries the template's example row ("示例", "Example", "Exemple",
"Ejemplo", "Пример", "مثال" in a cell of its own, often with the circular's sample Smith John,
ca-jsmith) names nobody by that row; the rows under it are the nominees. The circular's
sample person left in unmarked is nobody either, but a real nominee who copied the example
username, or whose post merely starts with such a word, stays a nominee."""

from __future__ import annotations

import io

import docx
import openpyxl
import pytest

from parsers import ParsedEmail, parse_email
from tests.parsers.mailmaker import catalog, make_mail

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

Rows = list[list[str]]


def _document(title: str, rows: Rows) -> bytes:
    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _workbook(rows: Rows) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _people(parsed: ParsedEmail) -> list[tuple[str | None, str | None, str | None]]:
    return [(n.last_name, n.first_name, n.username) for n in parsed.nominees]


_ZH_HEADER = ["序号", "工作队名称", "姓", "名", "称谓", "在主管局的职务", "用户名", "电子邮件地址"]


@pytest.mark.parametrize("marker", ["示例", "（示例）", "例："])
def test_a_chinese_docx_annex_keeps_its_example_row_out(marker: str) -> None:
    rows = [
        _ZH_HEADER,
        [
            marker,
            "XML4IP工作队",
            "Smith",
            "John",
            "先生",
            "专利审查员",
            "ca-jsmith",
            "js@example.com",
        ],
        [
            "1",
            "序列表工作队",
            "王",
            "芳",
            "女士",
            "审查员",
            "xx-wangfang",
            "wangfang@office.example",
        ],
        ["2", "API工作队", "李", "强", "先生", "工程师", "xx-liqiang", "liqiang@office.example"],
    ]
    raw = make_mail(
        "您好！\n\n现将我局对C. CWS 175号通函的答复发送给您，具体信息见附件。\n",
        attachments=(("annex.docx", _DOCX, _document("C. CWS 170 附件", rows)),),
    )
    parsed = parse_email(raw, catalog=catalog())
    assert _people(parsed) == [("王", "芳", "xx-wangfang"), ("李", "强", "xx-liqiang")]


_EN_HEADER = [
    "No.",
    "Title",
    "Last name",
    "First name",
    "Position",
    "Task force",
    "Username",
    "E-mail",
]


@pytest.mark.parametrize(
    "marker",
    [
        "Example",
        "Example:",
        "e.g.",
        "Exemple",
        "Ejemplo 1",
        "Пример",
        "مثال",
        "Example (delete this row)",
    ],
)
def test_an_xlsx_annex_keeps_its_example_row_out(marker: str) -> None:
    rows = [
        _EN_HEADER,
        [
            marker,
            "Mr",
            "Doe",
            "Richard",
            "Examiner",
            "API Task Force",
            "zz-rdoe",
            "rdoe@sample.example",
        ],
        [
            "1",
            "Ms",
            "Ruiz",
            "Ana",
            "Head of Patents",
            "XML4IP Task Force",
            "xx-aruiz",
            "ana@office.example",
        ],
    ]
    raw = make_mail(
        "Dear Secretariat,\n\nPlease find our reply to C. CWS 175 attached.\n",
        attachments=(("annex.xlsx", _XLSX, _workbook(rows)),),
    )
    assert _people(parse_email(raw, catalog=catalog())) == [("Ruiz", "Ana", "xx-aruiz")]


def test_a_pipe_table_in_the_body_keeps_its_example_row_out() -> None:
    body = (
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175:\n\n"
        "Apellido | Nombre | Cargo | Equipo Técnico | Usuario | Correo\n"
        "Ejemplo: | Smith | John | Examinador | XML4IP | ca-jsmith | js@example.com\n"
        "Pérez | Luis | Jefe de Patentes | XML4IP | xx-lperez | lperez@office.example\n"
    )
    # The example row has a cell more: its marker; the real row is read as usual.
    body = body.replace("Apellido |", "Nº | Apellido |").replace("\nPérez", "\n1 | Pérez")
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert _people(parsed) == [("Pérez", "Luis", "xx-lperez")]


def test_the_circulars_sample_person_unmarked_is_nobody() -> None:
    rows = [
        _EN_HEADER,
        [
            "1",
            "Mr",
            "Smith",
            "John",
            "Patent Examiner",
            "XML4IP Task Force",
            "ca-jsmith",
            "jsmith@example.com",
        ],
        [
            "2",
            "Ms",
            "Ruiz",
            "Ana",
            "Head of Patents",
            "XML4IP Task Force",
            "xx-aruiz",
            "ana@office.example",
        ],
    ]
    raw = make_mail(
        "Dear Secretariat,\n\nPlease find our reply to C. CWS 175 attached.\n",
        attachments=(("annex.xlsx", _XLSX, _workbook(rows)),),
    )
    parsed = parse_email(raw, catalog=catalog())
    assert _people(parsed) == [("Ruiz", "Ana", "xx-aruiz")]
    assert "example_row" in {w.code for w in parsed.warnings}


def test_a_nominee_who_copied_the_example_username_stays() -> None:
    body = (
        "Dear Secretariat,\n\nC. CWS 175\n\nName: Mr. Jean TREMBLAY\nTask Force: API\n"
        "Username: ca-jsmith\nE-mail: j.tremblay@office.example\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("TREMBLAY", None)]
    assert "example_row" not in {w.code for w in parsed.warnings}


@pytest.mark.parametrize("first_cell", ["1", "Sample Processing Officer", "Exemplary", "Примерно"])
def test_a_row_whose_cell_only_starts_like_a_marker_is_read(first_cell: str) -> None:
    rows = [
        ["Position", "Title", "Last name", "First name", "Task force", "Username", "E-mail"],
        [first_cell, "Ms", "Ruiz", "Ana", "XML4IP Task Force", "xx-aruiz", "ana@office.example"],
    ]
    raw = make_mail(
        "Dear Secretariat,\n\nPlease find our reply to C. CWS 175 attached.\n",
        attachments=(("annex.xlsx", _XLSX, _workbook(rows)),),
    )
    assert _people(parse_email(raw, catalog=catalog())) == [("Ruiz", "Ana", "xx-aruiz")]


def test_an_example_column_of_a_table_on_its_side_is_nobody() -> None:
    body = (
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175 :\n\n"
        "Champ | Exemple | Candidat\n"
        "Nom | Smith | MARTIN\n"
        "Prénom | John | Claire\n"
        "Fonction | Examinateur | Chef de service\n"
        "Équipe d'experts | XML4IP | XML4IP\n"
        "Nom d'utilisateur | ca-jsmith | xx-cmartin\n"
        "Adresse électronique | js@example.com | c.martin@office.example\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert _people(parsed) == [("MARTIN", "Claire", "xx-cmartin")]
