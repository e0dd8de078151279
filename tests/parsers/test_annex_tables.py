"""Annex tables and forms as a clerk reads them: merged header cells, a sheet per task force,
label cells in two languages."""

from __future__ import annotations

import io

import docx
import openpyxl

from parsers.attachments import extract_text
from parsers.fields import read_labelled
from parsers.labels import classify_label
from parsers.models import ParseOptions
from parsers.names import split_by_transcription
from parsers.normalize import normalize_title
from tests.parsers.mailmaker import catalog

OPTIONS = ParseOptions()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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


def _task_forces(text: str) -> list[tuple[str | None, list[str]]]:
    drafts = read_labelled(text, catalog()).drafts
    return [(d.values["last_name"].value, d.task_forces) for d in drafts if d.has_name]


def test_sheet_per_task_force_gives_each_row_its_sheet_title() -> None:
    # A workbook read as text: "[sheet]", a title row, then the header row.
    text = (
        "[API]\n"
        "Целевая группа по API\n"
        "Фамилия | Имя | Должность | Имя пользователя\n"
        "Петров | Олег | Начальник отдела | ru-opetrov\n"
        "[ST.26]\n"
        "Целевая группа по перечням последовательностей\n"
        "Фамилия | Имя | Должность | Имя пользователя\n"
        "Смирнова | Анна | Эксперт | ru-asmirnova\n"
    )
    assert _task_forces(text) == [
        ("Петров", ["API Task Force"]),
        ("Смирнова", ["Sequence Listings Task Force"]),
    ]


def test_heading_over_each_table_in_a_document() -> None:
    text = (
        "Équipe d'experts chargée de la norme ST.96 (XML4IP)\n"
        "\n"
        "Nom | Prénom | Fonction | Nom d'utilisateur\n"
        "MARTIN | Claire | Examinatrice | fr-cmartin\n"
        "\n"
        "Équipe d'experts chargée de la transformation numérique\n"
        "\n"
        "Nom | Prénom | Fonction | Nom d'utilisateur\n"
        "DURAND | Paul | Ingénieur | fr-pdurand\n"
    )
    assert _task_forces(text) == [
        ("MARTIN", ["XML4IP Task Force"]),
        ("DURAND", ["Digital Transformation Task Force"]),
    ]


def test_table_with_its_own_task_force_column_keeps_it() -> None:
    # The title names one task force; each row names its own: the rows win.
    text = (
        "Nominations to the XML4IP Task Force and others\n"
        "Last name | First name | Username | Task force\n"
        "Smith | Jane | gb-jsmith | API Task Force\n"
        "Brown | Tom | gb-tbrown | 3D Task Force\n"
    )
    assert _task_forces(text) == [
        ("Smith", ["API Task Force"]),
        ("Brown", ["3D Task Force"]),
    ]


def test_paragraph_far_above_a_table_is_no_title() -> None:
    # A task force in a paragraph parted from the table by a blank line and a lead-in.
    text = (
        "Our expert remains a member of the API Task Force.\n"
        "\n"
        "We nominate the following people:\n"
        "Last name | First name | Position | Username\n"
        "Smith | Jane | Examiner | gb-jsmith\n"
    )
    assert _task_forces(text) == [("Smith", [])]


def _field(label: str) -> str | None:
    kind = classify_label(label)
    return kind.field if kind else None


def test_title_label_in_two_languages_side_by_side() -> None:
    assert _field("称谓（先生/女士） Title (Mr./Mrs./Ms.)") == "title"
    assert _field("Обращение Title") == "title"
    assert _field("اللقب Title") == "title"
    assert _field("Title") == "title"


def test_a_forms_own_title_is_no_task_force_label() -> None:
    assert _field("Nomination Form for Members of CWS Task Forces") is None
    assert _field("Formulario de designación para los Equipos Técnicos") is None
    assert _field("Анкета кандидата в целевые группы") is None
    # The field itself still reads as one.
    assert _field("Equipos Técnicos") == "task_forces"
    assert _field("工作队名称 Name(s) of the Task Force(s)") == "task_forces"


def test_annex_title_word_decides_a_salutation_given_in_two_languages() -> None:
    assert normalize_title("Sra. (Ms)") == "Ms"
    assert normalize_title("г-жа Ms.") == "Ms"
    assert normalize_title("السيدة Mrs") == "Mrs"
    # Two annex words, or one language alone: the first gendered word, as before.
    assert normalize_title("Mrs/Ms") == "Mrs"
    assert normalize_title("Sra.") == "Mrs"
    assert normalize_title("女士") == "Mrs"


def test_form_of_two_column_tables_keeps_each_nominees_task_forces() -> None:
    text = (
        "Анкета кандидата в целевые группы КСВ\n"
        "Candidate form for CWS Task Forces\n"
        "Кандидат 1 / Candidate 1\n"
        "\n"
        "Фамилия Last name | Орлова\n"
        "Имя First name | Мария\n"
        "Обращение Title | г-жа Ms.\n"
        "Имя пользователя Username | ru-morlova\n"
        "Целевые группы Task Forces | XML4IP; API\n"
        "\n"
        "Кандидат 2 / Candidate 2\n"
        "\n"
        "Фамилия Last name | Лебедев\n"
        "Имя First name | Игорь\n"
        "Обращение Title | г-н Mr.\n"
        "Имя пользователя Username | ru-ilebedev\n"
        "Целевые группы Task Forces | ST.26\n"
    )
    drafts = [d for d in read_labelled(text, catalog()).drafts if d.has_name]
    assert [(d.values["last_name"].value, d.values["title"].value) for d in drafts] == [
        ("Орлова", "Ms"),
        ("Лебедев", "Mr"),
    ]
    assert [d.task_forces for d in drafts] == [
        ["XML4IP Task Force", "API Task Force"],
        ["Sequence Listings Task Force"],
    ]


def _people(text: str) -> list[dict[str, str]]:
    drafts = read_labelled(text, catalog()).drafts
    return [{k: f.value for k, f in d.values.items()} for d in drafts if d.has_person_data]


def test_salutation_under_a_post_label_is_the_title() -> None:
    # "الصفة" (standing) answered with a salutation, the post under its own label.
    text = (
        "الصفة: السيدة\n"
        "الاسم الكامل: ليلى حداد (Leila HADDAD)\n"
        "الوظيفة: مهندسة\n"
        "اسم المستخدم: tn-lhaddad\n"
        "\n"
        "الصفة: السيد\n"
        "الاسم الكامل: سامي الطرابلسي (Sami TRABELSI)\n"
        "الوظيفة: رئيس قسم\n"
        "اسم المستخدم: tn-strabelsi\n"
    )
    people = _people(text)
    assert [(p["title"], p["last_name"], p["first_name"], p["position"]) for p in people] == [
        ("Mrs", "حداد", "ليلى", "مهندسة"),
        ("Mr", "الطرابلسي", "سامي", "رئيس قسم"),
    ]


def test_post_that_is_no_salutation_stays_the_post() -> None:
    text = "Position: Mr. Smith's deputy\nLast name: Brown\nFirst name: Tom\n"
    [person] = _people(text)
    assert person["position"] == "Mr. Smith's deputy"
    assert "title" not in person


def test_latin_spelling_in_brackets_tells_the_surname() -> None:
    text = "Полное имя: Анна Мария Петрова (Anna Maria PETROVA)\nДолжность: эксперт\n"
    [person] = _people(text)
    assert (person["last_name"], person["first_name"]) == ("Петрова", "Анна Мария")
    # Surname first in Latin: the native words follow the same order.
    assert split_by_transcription("عمر الفاسي (FASSI Omar)") == ("عمر", "الفاسي")
    # No capitals, or words that do not pair up: no split from the spelling.
    assert split_by_transcription("Анна Петрова (Anna Petrova)") is None
    assert split_by_transcription("عبد الله (Abdellah)") is None


def test_full_name_labels_in_every_language() -> None:
    for label in ("全名", "Nom complet", "Nombre completo", "Полное имя", "الاسم الكامل"):
        assert _field(label) == "full_name", label
    [person] = _people("全名：王小明\n职务：审查员\n")
    assert (person["last_name"], person["first_name"]) == ("王", "小明")


def test_two_storey_header_with_empty_merged_cells() -> None:
    # A spreadsheet's merged header: the upper cells of merged columns are left empty.
    text = (
        "Apellidos | Nombres | Cuenta OMPI | | Equipos Técnicos\n"
        " |  | Nombre de usuario | Correo electrónico\n"
        "Vera Soto | Lucía | cl-lvera | lvera@inapi.example | XML4IP\n"
    )
    [person] = _people(text)
    assert person["username"] == "cl-lvera"
    assert person["account_email"] == "lvera@inapi.example"
    # A task force per column under one heading "Рабочие группы".
    text = "Фамилия | Имя | Рабочие группы | \n |  | XML4IP | API\nОрлов | Иван | x | \n"
    drafts = [d for d in read_labelled(text, catalog()).drafts if d.has_name]
    assert [d.task_forces for d in drafts] == [["XML4IP Task Force"]]


def test_row_of_values_under_a_header_is_no_sub_header() -> None:
    text = (
        "Last name | First name | Username | E-mail\n"
        "Smith | Jane | | \n"
        "Brown | Tom | gb-tbrown | tbrown@ipo.example\n"
    )
    assert [p["last_name"] for p in _people(text)] == ["Smith", "Brown"]


def test_xlsx_with_merged_header_cells() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nom", "Prénom", "Compte OMPI", None, "Équipe d'experts"])
    sheet.append([None, None, "Nom d'utilisateur", "Adresse électronique", None])
    sheet.append(["DIALLO", "Awa", "sn-adiallo", "a.diallo@osapi.example", "ST.26"])
    for cells in ("A1:A2", "B1:B2", "C1:D1", "E1:E2"):
        sheet.merge_cells(cells)
    out = io.BytesIO()
    workbook.save(out)
    text, error = extract_text("annexe.xlsx", XLSX, out.getvalue(), OPTIONS)
    assert error is None
    assert text is not None
    drafts = [d for d in read_labelled(text, catalog()).drafts if d.has_name]
    assert [{k: f.value for k, f in d.values.items()} for d in drafts] == [
        {
            "last_name": "DIALLO",
            "first_name": "Awa",
            "username": "sn-adiallo",
            "account_email": "a.diallo@osapi.example",
        }
    ]
    assert [d.task_forces for d in drafts] == [["Sequence Listings Task Force"]]
