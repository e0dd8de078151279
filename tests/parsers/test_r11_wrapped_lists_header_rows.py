"""A labelled list of task forces going on below its separator ("... (ST.27) ;" over the next
task force), and a table whose header is written twice, in two languages, over its rows."""

from __future__ import annotations

from pathlib import Path

from mailbot.campaign import load_catalog
from parsers.fields import read_labelled
from parsers.models import TaskForceCatalog

_CATALOG = Path(__file__).resolve().parents[2] / "mailbot" / "data" / "taskforces.toml"


def catalog() -> TaskForceCatalog:
    return load_catalog(_CATALOG)


def test_task_force_list_wrapped_after_a_semicolon() -> None:
    text = """Name: Jane DOE
Username: gb-jdoe
Task forces: Legal Status Task Force;
Authority File Task Force
"""
    drafts = read_labelled(text, catalog()).drafts
    assert drafts[0].task_forces == ["Legal Status Task Force", "Authority File Task Force"]


def test_spanish_task_force_list_wrapped_after_a_spaced_semicolon() -> None:
    text = """Nombre: Ana RUIZ
Usuario OMPI: co-aruiz
Equipos Técnicos: Equipo Técnico XML4IP ;
Equipo Técnico sobre la API
"""
    drafts = read_labelled(text, catalog()).drafts
    assert drafts[0].task_forces == ["XML4IP Task Force", "API Task Force"]


def test_line_after_a_semicolon_naming_no_task_force_stays_out() -> None:
    text = """Name: Jane DOE
Task forces: Legal Status Task Force;
Please confirm receipt.
"""
    drafts = read_labelled(text, catalog()).drafts
    assert drafts[0].task_forces == ["Legal Status Task Force"]
    assert drafts[0].values["last_name"].value == "DOE"


def test_header_in_russian_over_english_is_no_nominee() -> None:
    text = """№ | Фамилия | Имя | Должность | Имя пользователя ВОИС | Адрес электронной почты
No. | Last name | First name | Position | WIPO username | E-mail address
1 | Иванова | Анна | Эксперт | ru-aivanova | aivanova@rupto.example
"""
    drafts = [d for d in read_labelled(text, catalog()).drafts if d.has_person_data]
    assert [(d.values["last_name"].value, d.values["username"].value) for d in drafts] == [
        ("Иванова", "ru-aivanova")
    ]


def test_header_in_arabic_over_english_is_no_nominee() -> None:
    text = """الاسم العائلي | الاسم الشخصي | اسم المستخدم | البريد الإلكتروني
Last name | First name | Username | E-mail
العلوي | سارة | ma-salaoui | salaoui@ompic.example
"""
    drafts = [d for d in read_labelled(text, catalog()).drafts if d.has_person_data]
    assert [d.values["username"].value for d in drafts] == ["ma-salaoui"]


def test_first_row_with_a_title_and_a_task_force_is_still_a_nominee() -> None:
    # Negative: a nominee's row may hold cells that read as labels ("Ms.", a task force):
    # it has values, so it is no second header.
    text = """Title | Last name | First name | Username | Task force
Ms. | DOE | Jane | gb-jdoe | XML4IP Task Force
Mr. | ROE | John | gb-jroe | API Task Force
"""
    drafts = [d for d in read_labelled(text, catalog()).drafts if d.has_person_data]
    assert [d.values["last_name"].value for d in drafts] == ["DOE", "ROE"]
