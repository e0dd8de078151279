"""Annex tables and forms as a clerk reads them: merged header cells, a sheet per task force,
label cells in two languages."""

from __future__ import annotations

import io

import docx

from parsers.attachments import extract_text
from parsers.models import ParseOptions

OPTIONS = ParseOptions()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _docx_table(rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> bytes:
    """A one-table .docx; each merge (row, column, row, column) joins a rectangle of cells,
    its text the top-left cell's."""
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    for r1, c1, r2, c2 in merges:
        text = rows[r1][c1]
        table.cell(r1, c1).merge(table.cell(r2, c2)).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_text(data: bytes) -> list[str]:
    text, error = extract_text("annex.docx", DOCX, data, OPTIONS)
    assert error is None
    assert text is not None
    return text.splitlines()


def test_two_storey_docx_header_reads_as_its_lower_row() -> None:
    # "Учётная запись ВОИС" over two columns, the other headings merged down over both rows.
    rows = [
        ["Фамилия", "Имя", "Учётная запись ВОИС", "", "Рабочая группа"],
        ["", "", "Имя пользователя", "Электронная почта", ""],
        ["Петров", "Олег", "ru-opetrov", "petrov@rupto.example", "XML4IP"],
    ]
    data = _docx_table(rows, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)])
    assert _docx_text(data) == [
        "Фамилия | Имя | Имя пользователя | Электронная почта | Рабочая группа",
        "Петров | Олег | ru-opetrov | petrov@rupto.example | XML4IP",
    ]


def test_docx_title_row_across_the_table_is_kept() -> None:
    # A title merged across every column, with no heading merged down: no two-storey header.
    rows = [
        ["Candidatos", "", ""],
        ["Apellido", "Nombre", "Usuario"],
        ["Gómez", "Ana", "es-agomez"],
    ]
    data = _docx_table(rows, [(0, 0, 0, 2)])
    assert _docx_text(data) == [
        "Candidatos",
        "Apellido | Nombre | Usuario",
        "Gómez | Ana | es-agomez",
    ]


def test_docx_cell_merged_down_in_the_body_keeps_every_row() -> None:
    # One office merged down over two nominees' rows, no heading spanning columns.
    rows = [
        ["Office", "Last name", "First name"],
        ["IPO", "Smith", "Jane"],
        ["", "Brown", "Tom"],
    ]
    data = _docx_table(rows, [(1, 0, 2, 0)])
    assert _docx_text(data) == [
        "Office | Last name | First name",
        "IPO | Smith | Jane",
        "IPO | Brown | Tom",
    ]
