"""Tables turned on their side: the field labels down the first column, one column per
nominee, often under a row that only numbers the columns ("Nominee 1 | Nominee 2")."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.normalize import normalize_title
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[str | None, ...]]:
    return [
        (n.title, n.last_name, n.first_name, n.position, n.username, n.account_email)
        for n in parsed.nominees
    ]


def task_forces(parsed: ParsedEmail) -> list[list[str]]:
    return [list(n.task_forces) for n in parsed.nominees]


def _html_mail(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175"
    msg["Date"] = format_datetime(datetime(2023, 10, 2, 9, 30, tzinfo=UTC))
    msg.set_content(f"<html><body>\n{body}\n</body></html>", subtype="html")
    return msg.as_bytes()


def _html_table(rows: list[list[str]]) -> str:
    return (
        "<table border='1'>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        + "</table>"
    )


def _tabbed(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(row) for row in rows)


# A label column and two nominee columns pasted as plain text: a French office with the
# corner cell left empty, a Russian one with a patronymic row and a heading in the corner.
TAB_TABLES = [
    (
        "fr",
        "En réponse à la circulaire C. CWS 175, l'Office nomme les experts suivants :",
        [
            ["", "Candidat 1", "Candidat 2"],
            ["Groupe(s) de travail", "API Task Force", "XML4IP Task Force"],
            ["Civilité", "M.", "Mme"],
            ["Nom", "LEFEBVRE", "GARNIER"],
            ["Prénom", "Thomas", "Claire"],
            ["Fonction", "Ingénieur système", "Examinatrice"],
            ["Nom d'utilisateur", "fr-tlefebvre", "fr-cgarnier"],
            ["Courriel", "t.lefebvre@inpi.example", "c.garnier@inpi.example"],
        ],
        [
            (
                "Mr",
                "LEFEBVRE",
                "Thomas",
                "Ingénieur système",
                "fr-tlefebvre",
                "t.lefebvre@inpi.example",
            ),
            ("Mrs", "GARNIER", "Claire", "Examinatrice", "fr-cgarnier", "c.garnier@inpi.example"),
        ],
        [["API Task Force"], ["XML4IP Task Force"]],
    ),
    (
        "ru",
        "В ответ на циркулярное письмо C. CWS 175 Ведомство выдвигает следующих экспертов:",
        [
            ["Сведения", "Представитель 1", "Представитель 2"],
            ["Обращение", "г-н", "г-жа"],
            ["Фамилия", "Морозов", "Волкова"],
            ["Имя", "Игорь", "Анна"],
            ["Отчество", "Петрович", "Сергеевна"],
            ["Должность", "Ведущий эксперт", "Главный специалист"],
            ["Имя пользователя", "kz-imorozov", "kz-avolkova"],
            ["Электронная почта", "i.morozov@kazpatent.example", "a.volkova@kazpatent.example"],
            ["Целевая группа", "Целевая группа по API", "Целевая группа по XML4IP"],
        ],
        [
            (
                "Mr",
                "Морозов",
                "Игорь Петрович",
                "Ведущий эксперт",
                "kz-imorozov",
                "i.morozov@kazpatent.example",
            ),
            (
                "Mrs",
                "Волкова",
                "Анна Сергеевна",
                "Главный специалист",
                "kz-avolkova",
                "a.volkova@kazpatent.example",
            ),
        ],
        [["API Task Force"], ["XML4IP Task Force"]],
    ),
]


@pytest.mark.parametrize(
    ("lead", "rows", "expected", "forces"),
    [t[1:] for t in TAB_TABLES],
    ids=[t[0] for t in TAB_TABLES],
)
def test_a_tab_table_on_its_side_is_one_nominee_per_column(
    lead: str,
    rows: list[list[str]],
    expected: list[tuple[str | None, ...]],
    forces: list[list[str]],
) -> None:
    parsed = parse(make_mail(f"{lead}\n\n{_tabbed(rows)}\n\nCordialement\n"))
    assert parsed.kind == Kind.NOMINATION
    assert people(parsed) == expected
    assert task_forces(parsed) == forces


# The same in HTML, where the empty corner cell of the heading row is lost on the way to
# text: a Spanish office writing "D." and "D.ª", an English one with three nominees.
HTML_TABLES = [
    (
        "es",
        "<p>En respuesta a la circular C. CWS 175, la Oficina designa a:</p>",
        [
            ["", "Representante 1", "Representante 2"],
            ["Tratamiento", "D.", "D.ª"],
            ["Apellidos", "Ferrer Soler", "Bosch i Mas"],
            ["Nombre", "Pau", "Núria"],
            ["Cargo", "Jefe de Servicio", "Técnica de marcas"],
            ["Nombre de usuario", "es-pferrer", "es-nbosch"],
            ["Correo electrónico", "pferrer@oepm.example", "nbosch@oepm.example"],
        ],
        [
            ("Mr", "Ferrer Soler", "Pau", "Jefe de Servicio", "es-pferrer", "pferrer@oepm.example"),
            (
                "Mrs",
                "Bosch i Mas",
                "Núria",
                "Técnica de marcas",
                "es-nbosch",
                "nbosch@oepm.example",
            ),
        ],
    ),
    (
        "en",
        "<p>In reply to C. CWS 175 the Office nominates the following experts:</p>",
        [
            ["", "Expert 1", "Expert 2", "Expert 3"],
            ["Title", "Ms", "Mr", "Dr"],
            ["Family name", "OKAFOR", "MENSAH", "ADEYEMI"],
            ["Given name", "Ngozi", "Kwame", "Tunde"],
            ["Position", "Examiner", "IT Officer", "Registrar"],
            ["Username", "ng-nokafor", "ng-kmensah", "ng-tadeyemi"],
            ["E-mail", "nokafor@nipo.example", "kmensah@nipo.example", "tadeyemi@nipo.example"],
        ],
        [
            ("Ms", "OKAFOR", "Ngozi", "Examiner", "ng-nokafor", "nokafor@nipo.example"),
            ("Mr", "MENSAH", "Kwame", "IT Officer", "ng-kmensah", "kmensah@nipo.example"),
            (None, "ADEYEMI", "Tunde", "Registrar", "ng-tadeyemi", "tadeyemi@nipo.example"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("lead", "rows", "expected"), [t[1:] for t in HTML_TABLES], ids=[t[0] for t in HTML_TABLES]
)
def test_a_heading_row_numbering_the_columns_is_no_nominee(
    lead: str, rows: list[list[str]], expected: list[tuple[str | None, ...]]
) -> None:
    parsed = parse(_html_mail(lead + _html_table(rows)))
    assert parsed.kind == Kind.NOMINATION
    assert people(parsed) == expected


def test_a_person_row_that_holds_names_is_read() -> None:
    rows = [
        ["Representative", "Ms Jane ROE", "Mr John DOE"],
        ["Position", "Examiner", "Analyst"],
        ["Username", "po-jroe", "po-jdoe"],
    ]
    parsed = parse(_html_mail("<p>In reply to C. CWS 175 we nominate:</p>" + _html_table(rows)))
    assert [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Ms", "ROE", "Jane", "po-jroe"),
        ("Mr", "DOE", "John", "po-jdoe"),
    ]


def test_a_tab_table_numbering_its_rows_is_not_on_its_side() -> None:
    # Row numbers down the first column: each row a nominee, never a column.
    rows = [
        ["1", "DOE John", "Examiner"],
        ["2", "ROE Jane", "Analyst"],
        ["3", "POE Anna", "Registrar"],
    ]
    body = f"In reply to C. CWS 175 we nominate:\n\n{_tabbed(rows)}\n\nRegards\n"
    parsed = parse(make_mail(body))
    assert not any(n.last_name in ("Examiner", "Analyst", "Registrar") for n in parsed.nominees)
    assert all(n.username is None and n.account_email is None for n in parsed.nominees)


@pytest.mark.parametrize(
    ("lead", "rows", "surnames"),
    [
        (
            "In reply to C. CWS 175 we nominate:",
            [
                ["Expert", "Mr John DOE", "Examiner"],
                ["Expert", "Ms Jane ROE", "Analyst"],
                ["Expert", "Ms Anna POE", "Registrar"],
            ],
            ["DOE", "ROE", "POE"],
        ),
        (
            "В ответ на письмо C. CWS 175 выдвигаем:",
            [
                ["Эксперт", "г-н Иванов Пётр", "Ведущий эксперт"],
                ["Эксперт", "г-жа Смирнова Ольга", "Главный специалист"],
                ["Эксперт", "г-н Козлов Олег", "Эксперт"],
            ],
            ["Иванов", "Смирнова", "Козлов"],
        ),
    ],
)
def test_rows_led_by_the_same_person_label_are_one_nominee_each(
    lead: str, rows: list[list[str]], surnames: list[str]
) -> None:
    # One label kind down the first column, each row a nominee: its third column is that
    # nominee's post, not a second nominee.
    parsed = parse(make_mail(f"{lead}\n\n{_tabbed(rows)}\n\nRegards\n"))
    assert [n.last_name for n in parsed.nominees] == surnames


def test_labels_aligned_with_two_tabs_are_one_nominee() -> None:
    body = (
        "In reply to C. CWS 175 we nominate:\n\n"
        "Last name:\t\tDOE\nFirst name:\t\tJohn\nPosition:\t\tExaminer\n"
        "Username:\t\tpo-jdoe\nE-mail:\t\tjohn.doe@po.example\n\nRegards\n"
    )
    parsed = parse(make_mail(body))
    assert people(parsed) == [(None, "DOE", "John", "Examiner", "po-jdoe", "john.doe@po.example")]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("D.", "Mr"), ("D", "Mr"), ("D.ª", "Mrs"), ("Dª", "Mrs"), ("Dña.", "Mrs"), ("Ph. D.", None)],
)
def test_don_and_dona_abbreviated_in_a_title_field(raw: str, expected: str | None) -> None:
    assert normalize_title(raw) == expected
