"""Blind round 5 (en, fr): CSS grids, Notes-style quotes, names with their native script."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from parsers.html import html_has_data_table, html_to_text
from tests.parsers.test_es_ru_shapes import parse, people

_ROW = '<div style="display: table-row">{}</div>'
_CELL = '<div style="display:table-cell;padding:4px">{}</div>'


def _grid(rows: list[list[str]]) -> str:
    body = "".join(_ROW.format("".join(_CELL.format(c) for c in row)) for row in rows)
    return f'<div style="display:table">{body}</div>'


def _html_mail(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175"
    msg["Date"] = format_datetime(datetime(2023, 10, 2, 9, 30, tzinfo=UTC))
    msg.set_content(f"<html><body>{body}</body></html>", subtype="html")
    return msg.as_bytes()


def test_css_table_rows_render_as_rows_of_cells() -> None:
    grid = _grid([["Last name", "First name"], ["Doe", "Jane<br>Mary"]])
    assert html_has_data_table(grid)
    assert html_to_text(f"<p>Nominees:</p>{grid}") == (
        "Nominees:\n\nLast name | First name\nDoe | Jane Mary"
    )


def test_css_row_without_cells_stays_a_block() -> None:
    assert html_to_text('<div style="display:table-row">one</div><div>two</div>') == "one\ntwo"


def test_english_css_grid_annex_gives_one_nominee_per_row() -> None:
    grid = _grid(
        [
            ["Task Force(s)", "Title", "Last name", "First name", "Position",
             "WIPO Account username", "E-mail address of the WIPO Account"],
            ["SEQL Task Force", "Ms", "Doe", "Jane", "Examiner", "xx-jdoe", "jdoe@office.example"],
            ["API Task Force", "Mr", "Roe", "Rick", "Analyst", "xx-rroe", "rroe@office.example"],
        ]
    )  # fmt: skip
    parsed = parse(_html_mail(f"<div>Dear Sir or Madam, we nominate:</div>{grid}"))
    got = people(parsed)
    assert [(p["title"], p["last_name"], p["username"], p["task_forces"]) for p in got] == [
        ("Ms", "Doe", "xx-jdoe", ["Sequence Listings Task Force"]),
        ("Mr", "Roe", "xx-rroe", ["API Task Force"]),
    ]


def test_french_css_grid_annex_gives_one_nominee_per_row() -> None:
    grid = _grid(
        [
            ["Titre", "Nom", "Prénom", "Fonction", "Nom d'utilisateur", "Courriel",
             "Équipe(s) d'experts"],
            ["Mme", "Martin", "Claire", "Examinatrice", "xx-cmartin", "cmartin@office.example",
             "Équipe d'experts XML4IP"],
        ]
    )  # fmt: skip
    parsed = parse(_html_mail(f"<div>Madame, Monsieur, nous désignons :</div>{grid}"))
    assert people(parsed) == [
        {
            "title": "Mrs",
            "last_name": "Martin",
            "first_name": "Claire",
            "position": "Examinatrice",
            "username": "xx-cmartin",
            "account_email": "cmartin@office.example",
            "task_forces": ["XML4IP Task Force"],
        }
    ]
