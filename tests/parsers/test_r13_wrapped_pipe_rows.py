"""A Markdown '|' table pasted into a plain-text mail whose long rows the mail client
hard-wrapped: each row runs on over lines that do not start with '|', and reads as one row
per nominee, as many bars long as the rule under the header."""

from __future__ import annotations

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.wrapped_rows import join_wrapped_rows
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.last_name, n.first_name, n.position, n.username, n.account_email, sorted(n.task_forces))
        for n in parsed.nominees
    ]


RU = """\
Уважаемые коллеги!

В ответ на циркулярное письмо C. CWS 175 Ведомство сообщает сведения о своих
представителях в целевых группах КСВ:

| № | Ф.И.О. | Должность | Целевая группа КСВ | Имя пользователя | E-mail
учетной записи ВОИС |
|---|--------|-----------|--------------------|------------------|------------------|
| 1 | Петренко Андрей Викторович | начальник отдела информационных
технологий | Целевая группа по API |
xx-apetrenko | a.petrenko@office.example |
| 2 | Соколова Мария Игоревна | главный специалист | Целевая группа по
XML4IP | xx-msokolova | m.sokolova@office.example |

С уважением,
Иванова Елена
"""

EN = """\
Dear Secretariat,

In reply to C. CWS 175, our Office nominates the following officers:

| Surname | Given name | Title | Position | WIPO Account username | Account
e-mail | Task Force |
|---|---|---|---|---|---|---|
| OKAFOR | Chinedu | Mr. | Deputy Registrar, Patents and Designs
Registry | xx-cokafor | c.okafor@office.example | API Task Force |
| BELLO | Amina | Ms. | Examiner | xx-abello | a.bello@office.example |
Sequence Listings Task Force |

Kind regards,
John Doe
"""


def test_a_russian_table_whose_rows_outlook_wrapped_reads_a_row_per_nominee() -> None:
    parsed = parse(make_mail(RU, subject="C. CWS 175 - представители"))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert people(parsed) == [
        (
            "Петренко",
            "Андрей Викторович",
            "начальник отдела информационных технологий",
            "xx-apetrenko",
            "a.petrenko@office.example",
            ["API Task Force"],
        ),
        (
            "Соколова",
            "Мария Игоревна",
            "главный специалист",
            "xx-msokolova",
            "m.sokolova@office.example",
            ["XML4IP Task Force"],
        ),
    ]


def test_an_english_table_with_a_wrapped_header_and_rows_reads() -> None:
    parsed = parse(make_mail(EN))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert people(parsed) == [
        (
            "OKAFOR",
            "Chinedu",
            "Deputy Registrar, Patents and Designs Registry",
            "xx-cokafor",
            "c.okafor@office.example",
            ["API Task Force"],
        ),
        (
            "BELLO",
            "Amina",
            "Examiner",
            "xx-abello",
            "a.bello@office.example",
            ["Sequence Listings Task Force"],
        ),
    ]
    assert [n.title for n in parsed.nominees] == ["Mr", "Ms"]


def test_joining_keeps_every_offset() -> None:
    joined = join_wrapped_rows(RU)
    assert len(joined) == len(RU)
    assert "| E-mail учетной записи ВОИС |" in joined
    assert "информационных технологий | Целевая группа по API | xx-apetrenko |" in joined
    joined_crlf = join_wrapped_rows(RU.replace("\n", "\r\n"))
    assert len(joined_crlf) == len(RU.replace("\n", "\r\n"))


def test_text_below_a_whole_table_is_left_alone() -> None:
    text = (
        "| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\nNote: the names\nabove are final.\n\n"
        "| x | y |\nnot a row\n"
    )
    assert join_wrapped_rows(text) == text


def test_a_short_row_whose_lines_never_make_a_whole_row_stays_as_written() -> None:
    # Two bars short: the lines below it are prose, not the rest of the row.
    text = "| a | b | c | d |\n|---|---|---|---|\n| 1 | 2\nthen some prose\n\nBest regards\n"
    assert join_wrapped_rows(text) == text


def test_a_table_without_a_rule_is_left_alone() -> None:
    text = "| Name | Post | Username\n| e-mail |\nSMITH | Director |\n"
    assert join_wrapped_rows(text) == text
