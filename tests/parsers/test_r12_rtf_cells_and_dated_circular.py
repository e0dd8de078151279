"""An RTF letter's table whose cell holds two lines (a username over its address, two task
forces), read as one row; and the office named after the circular cited with its date ("В
ответ на циркулярное письмо C. CWS 175 от 21 сентября 2023 года Национальный центр ...
сообщает", "... C. CWS 175 du 21 septembre 2023 l'Institut ... a l'honneur")."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.prose_offices import prose_office
from parsers.rtf import rtf_to_text
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def _cp1251(text: str) -> bytes:
    return "".join(c if ord(c) < 128 else f"\\'{c.encode('cp1251')[0]:02x}" for c in text).encode()


def _row(*cells: str) -> bytes:
    body = b"".join(b"\\pard\\intbl " + _cp1251(c) + b"\\cell " for c in cells)
    return b"\\trowd\\cellx2000\\cellx4000\\cellx6000\\cellx8000\n" + body + b"\\row\n"


_RU_LETTER = (
    b"{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Times New Roman;}}\\f0\n"
    b"\\pard "
    + _cp1251(
        "В ответ на циркулярное письмо C. CWS 175 от 21 сентября 2023 года Национальный центр "
        "патентов (НЦП) сообщает сведения о своих представителях в целевых группах:"
    )
    + b"\\par\n"
    + _row("Фамилия, имя, отчество", "Должность", "Целевая группа", "Учётная запись ВОИС")
    + _row(
        "Каримов Рустам Алиевич",
        "главный эксперт",
        "Целевая группа по XML4IP\\line Целевая группа по 3D",
        "xx-rkarimov\\line r.karimov@office.example",
    )
    + _row(
        "Назарова Мадина Рустамовна",
        "ведущий специалист",
        "Целевая группа по API",
        "xx-mnazarova\\line m.nazarova@office.example",
    )
    + b"\\pard\\par\\pard "
    + _cp1251("Директор")
    + b"\\line "
    + _cp1251("Исп.: Иванова")
    + b"\\par}"
)


def test_rtf_cell_lines_stay_in_their_row() -> None:
    text = rtf_to_text(_RU_LETTER)
    assert "xx-rkarimov r.karimov@office.example |" in text
    assert "Целевая группа по XML4IP Целевая группа по 3D |" in text
    # Negative: a line break outside the table still breaks the line.
    assert text.endswith("Директор\nИсп.: Иванова")


def test_russian_rtf_letter_with_two_line_account_cells() -> None:
    raw = make_mail(
        "Направляем письмо во вложении.\n",
        attachments=(("letter.rtf", "application/rtf", _RU_LETTER),),
    )
    parsed = parse(raw)
    got = [(n.last_name, n.username, n.account_email, list(n.task_forces)) for n in parsed.nominees]
    assert got == [
        (
            "Каримов",
            "xx-rkarimov",
            "r.karimov@office.example",
            ["XML4IP Task Force", "3D Task Force"],
        ),
        ("Назарова", "xx-mnazarova", "m.nazarova@office.example", ["API Task Force"]),
    ]
    assert parsed.office == "Национальный центр патентов (НЦП)"


def test_office_after_a_dated_circular() -> None:
    cases = {
        "В ответ на циркулярное письмо C. CWS 175 от 21.09.2023 г. Государственное патентное "
        "ведомство (ГПВ) выдвигает:": "Государственное патентное ведомство (ГПВ)",
        "En réponse à la circulaire C. CWS 175 du 21 septembre 2023 l'Institut national de la "
        "propriété industrielle (INPI) a l'honneur de proposer :": (
            "Institut national de la propriété industrielle (INPI)"
        ),
        "En respuesta a la circular C. CWS 175 de fecha 21 de septiembre de 2023 el Instituto "
        "Nacional de Propiedad Industrial (INAPI) tiene el agrado de designar a:": (
            "Instituto Nacional de Propiedad Industrial (INAPI)"
        ),
    }
    for sentence, office in cases.items():
        found = prose_office(sentence)
        assert found is not None, sentence
        assert found.value == office, sentence


def test_circular_and_date_alone_name_no_office() -> None:
    # Negative: a clause that is the circular and its date names no office.
    assert (
        prose_office("В ответ на циркулярное письмо C. CWS 175 от 21 сентября 2023 года сообщаем:")
        is None
    )
    assert prose_office("Further to circular C. CWS 175 dated 21.09.2023 we nominate:") is None
