"""OpenDocument annexes (.odt, .ods), as LibreOffice saves them: text, tables, limits, nominations."""

from __future__ import annotations

import io
import time
import zipfile

import odfdo
import pytest

from parsers import parse_email
from parsers.attachments import extract_text
from parsers.models import Kind, ParseOptions
from tests.parsers.mailmaker import catalog, make_mail

OPTIONS = ParseOptions()
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"


def _saved(document: odfdo.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_odt(paragraphs: list[str], rows: list[list[str]]) -> bytes:
    document = odfdo.Document("text")
    for text in paragraphs:
        document.body.append(odfdo.Paragraph(text))
    if rows:
        table = odfdo.Table("Annex", width=len(rows[0]), height=len(rows))
        for y, row in enumerate(rows):
            for x, value in enumerate(row):
                table.set_value((x, y), value)
        document.body.append(table)
    document.body.append(odfdo.Paragraph("Signature"))
    return _saved(document)


def make_ods(rows: list[list[str]], name: str = "Nominations") -> bytes:
    document = odfdo.Document("spreadsheet")
    table = odfdo.Table(name, width=len(rows[0]), height=len(rows))
    for y, row in enumerate(rows):
        for x, value in enumerate(row):
            table.set_value((x, y), value)
    document.body.append(table)
    return _saved(document)


FRENCH_ROWS = [
    ["Civilité", "Nom", "Prénom", "Fonction", "Nom d'utilisateur", "Courriel du compte"],
    ["Mme", "LAMBERT", "Sophie", "Examinatrice", "fr-slambert", "s.lambert@inpi.example"],
]
RUSSIAN_ROWS = [
    ["Обращение", "Фамилия", "Имя", "Должность", "Имя пользователя", "Электронная почта"],
    ["г-н", "Орлов", "Павел", "Главный эксперт", "ru-porlov", "p.orlov@rupto.example"],
]


def test_odt_paragraphs_and_table_rows_in_document_order() -> None:
    data = make_odt(["Annexe", "Office :  INPI\tFrance"], FRENCH_ROWS)
    text, error = extract_text("annexe.odt", ODT, data, OPTIONS)
    assert error is None
    assert text is not None
    lines = text.splitlines()
    assert lines[:2] == ["Annexe", "Office :  INPI\tFrance"]  # spaces and tabs kept
    assert "Mme | LAMBERT | Sophie | Examinatrice | fr-slambert | s.lambert@inpi.example" in lines
    assert (
        lines.index("Annexe") < lines.index(" | ".join(FRENCH_ROWS[0])) < lines.index("Signature")
    )


def test_odt_is_recognised_by_its_content_type_alone() -> None:
    text, error = extract_text("attachment", ODT, make_odt(["Привет"], RUSSIAN_ROWS), OPTIONS)
    assert error is None
    assert text is not None
    assert "г-н | Орлов | Павел | Главный эксперт | ru-porlov | p.orlov@rupto.example" in text


def test_ods_rows_under_the_sheet_name() -> None:
    text, error = extract_text("annex.ods", ODS, make_ods(RUSSIAN_ROWS, "Лист1"), OPTIONS)
    assert error is None
    assert text is not None
    assert text.splitlines()[0] == "[Лист1]"
    assert " | ".join(RUSSIAN_ROWS[1]) in text


def _with_content(data: bytes, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            body = content if item.filename == "content.xml" else source.read(item.filename)
            target.writestr(item, body)
    return out.getvalue()


def test_repeated_rows_and_cells_are_bounded() -> None:
    # Spreadsheets mark their unused rest as one row repeated a million times; a crafted
    # file repeats a row of text that often.
    base = make_ods([["a"]])
    content = zipfile.ZipFile(io.BytesIO(base)).read("content.xml").decode()
    row = (
        '<table:table-row table:number-rows-repeated="1000000">'
        '<table:table-cell table:number-columns-repeated="1000000" office:value-type="string">'
        "<text:p>x</text:p></table:table-cell></table:table-row>"
    )
    start = content.index("<table:table-row")
    end = content.rindex("</table:table-row>") + len("</table:table-row>")
    crafted = _with_content(base, (content[:start] + row + content[end:]).encode())
    started = time.process_time()
    text, error = extract_text("big.ods", ODS, crafted, OPTIONS)
    assert time.process_time() - started < 2
    assert error is None
    assert text is not None
    rows = [line for line in text.splitlines() if line.startswith("x")]
    assert 0 < len(rows) <= 50
    assert rows[0].count("x") <= 50


def _empty_zip() -> bytes:
    out = io.BytesIO()
    zipfile.ZipFile(out, "w").close()
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"not a zip at all", "not a valid zip"), (_empty_zip(), "content.xml")],
)
def test_broken_opendocument_gives_a_reason(data: bytes, reason: str) -> None:
    text, error = extract_text("annex.odt", ODT, data, OPTIONS)
    assert text is None
    assert error is not None
    assert reason in error


def test_opendocument_zip_bomb_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content.xml", b"<" + b"a" * 50_000_000)
    text, error = extract_text("bomb.odt", ODT, out.getvalue(), OPTIONS)
    assert text is None
    assert error is not None
    assert "zip bomb" in error


@pytest.mark.parametrize(
    ("body", "filename", "data", "expected"),
    [
        (
            "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, veuillez trouver "
            "ci-joint notre désignation.\n\nCordialement,\nInstitut national de la propriété "
            "industrielle (INPI)",
            "Annexe_CWS175.odt",
            make_odt(
                ["Annexe – C. CWS 175"],
                [[*FRENCH_ROWS[0], "Équipe d'experts"], [*FRENCH_ROWS[1], "XML4IP"]],
            ),
            ("LAMBERT", "Sophie", "fr-slambert", "s.lambert@inpi.example"),
        ),
        (
            "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 направляем "
            "сведения о нашем представителе (см. вложение).\n\nС уважением,\nРоспатент",
            "Приложение.ods",
            make_ods([[*RUSSIAN_ROWS[0], "Целевая группа"], [*RUSSIAN_ROWS[1], "XML4IP"]]),
            ("Орлов", "Павел", "ru-porlov", "p.orlov@rupto.example"),
        ),
    ],
)
def test_nomination_whose_annex_is_opendocument(
    body: str, filename: str, data: bytes, expected: tuple[str, str, str, str]
) -> None:
    content_type = ODS if filename.endswith(".ods") else ODT
    raw = make_mail(body, attachments=((filename, content_type, data),))
    parsed = parse_email(raw, catalog=catalog(), options=OPTIONS)
    assert parsed.kind is Kind.NOMINATION
    assert len(parsed.nominees) == 1
    nominee = parsed.nominees[0]
    got = (nominee.last_name, nominee.first_name, nominee.username, nominee.account_email)
    assert got == expected
    assert list(nominee.task_forces) == ["XML4IP Task Force"]


_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
_LAUGHS = "".join(
    f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' if i else '<!ENTITY l0 "lol">' for i in range(10)
)
HOSTILE_CONTENT = {
    "entity expansion": f"<!DOCTYPE d [{_LAUGHS}]>"
    f"<office:document-content {_NS}><office:body><office:text><text:p>&l9;</text:p>"
    "</office:text></office:body></office:document-content>",
    "external entity": '<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
    f"<office:document-content {_NS}><office:body><office:text><text:p>&e;</text:p>"
    "</office:text></office:body></office:document-content>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_CONTENT))
def test_hostile_xml_in_opendocument_is_refused(name: str) -> None:
    data = _with_content(make_odt(["a"], []), HOSTILE_CONTENT[name].encode())
    started = time.process_time()
    text, error = extract_text("annex.odt", ODT, data, OPTIONS)
    assert time.process_time() - started < 2
    assert text is None
    assert error is not None
    assert error.startswith("unreadable")
