"""A spreadsheet saved as CSV and attached (";" from a French, Spanish or Russian Excel, ","
from an English one; windows-125x; sent as text/csv, or as application/vnd.ms-excel or
application/octet-stream under a .csv name) is read like a sheet: a quoted cell holding the
separator stays one cell, a title row and padding rows are no table rows, and its table is
the list of nominees."""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.attachments import extract_text
from parsers.charsets import decode_bytes
from parsers.csv_text import csv_rows_text
from parsers.labels import LabelKind, classify_label
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.title, n.last_name, n.first_name, n.position, n.username, n.account_email,
         list(n.task_forces))
        for n in parsed.nominees
    ]  # fmt: skip


def _csv(rows: list[str], encoding: str) -> bytes:
    return "\r\n".join(rows).encode(encoding) + b"\r\n"


FR_ROWS = [
    "N°;Civilité;Nom;Post-nom;Prénom;Fonction;Nom d'utilisateur (compte OMPI);"
    "Adresse électronique du compte OMPI;Équipe(s) d'experts",
    "1;M.;KABILA;MWAMBA;Étienne;Chef de Bureau Brevets;cd-ekabila;e.kabila@office.example;"
    '"Situation juridique (ST.27); Fichier d\'autorité (ST.37)"',
    "2;Mme;MUTOMBO;NGALULA;Bénédicte;Ingénieure;cd-bmutombo;b.mutombo@office.example;XML4IP",
    ";;;;;;;;",
    ";;;;;;;;",
]
FR_EXPECTED = [
    ("Mr", "KABILA MWAMBA", "Étienne", "Chef de Bureau Brevets", "cd-ekabila",
     "e.kabila@office.example", ["Legal Status Task Force", "Authority File Task Force"]),
    ("Mrs", "MUTOMBO NGALULA", "Bénédicte", "Ingénieure", "cd-bmutombo",
     "b.mutombo@office.example", ["XML4IP Task Force"]),
]  # fmt: skip
FR_COVER = (
    "Bonjour,\n\nEn réponse à la circulaire C. CWS 175, l'Office vous transmet ci-joint la "
    "liste de ses experts (fichier Excel enregistré en CSV).\n\nCordialement,\n\nJean MBALA\n"
)


@pytest.mark.parametrize("content_type", ["application/vnd.ms-excel", "text/csv"])
def test_a_french_semicolon_csv_with_post_noms_and_a_quoted_list(content_type: str) -> None:
    raw = make_mail(FR_COVER, attachments=(("experts.csv", content_type, _csv(FR_ROWS, "cp1252")),))
    parsed = parse(raw)
    assert parsed.kind == Kind.NOMINATION
    assert people(parsed) == FR_EXPECTED


ES_ROWS = [
    "Designación de representantes en los Equipos Técnicos del CWS - C. CWS 175;;;;;;",
    ";;;;;;",
    "N°;Tratamiento;Apellidos;Nombres;Cargo;Usuario Cuenta OMPI;Equipo Técnico",
    "1;Sra.;Peña Muñoz;Ana Belén;Examinadora de Patentes;es-apena;Equipo Técnico XML4IP",
    "2;Sr.;Ibáñez Castaño;José Luis;Jefe de Informática;es-jibanez;Equipo Técnico sobre API",
]
ES_EXPECTED = [
    ("Mrs", "Peña Muñoz", "Ana Belén", "Examinadora de Patentes", "es-apena", None,
     ["XML4IP Task Force"]),
    ("Mr", "Ibáñez Castaño", "José Luis", "Jefe de Informática", "es-jibanez", None,
     ["API Task Force"]),
]  # fmt: skip


def test_a_spanish_csv_with_a_title_row_sent_as_octet_stream() -> None:
    cover = (
        "Buenas tardes,\n\nRemitimos en archivo adjunto (formato CSV) los datos de los "
        "funcionarios designados en respuesta a la circular C. CWS 175.\n\nAtentamente,\n\n"
        "Lcda. Marta Ríos\n"
    )
    raw = make_mail(
        cover,
        attachments=(("designacion.csv", "application/octet-stream", _csv(ES_ROWS, "cp1252")),),
    )
    assert people(parse(raw)) == ES_EXPECTED


def test_the_annex_table_orders_the_nominees_the_cover_names_in_passing() -> None:
    cover = (
        "Buenas tardes,\n\nRemitimos en archivo adjunto los datos de los funcionarios "
        "designados en respuesta a la circular C. CWS 175. La cuenta OMPI del Sr. Ibáñez "
        "Castaño ya está creada.\n\nAtentamente,\n\nLcda. Marta Ríos\n"
    )
    raw = make_mail(
        cover,
        attachments=(("designacion.csv", "application/vnd.ms-excel", _csv(ES_ROWS, "cp1252")),),
    )
    assert [(n.last_name, n.first_name) for n in parse(raw).nominees] == [
        ("Peña Muñoz", "Ana Belén"),
        ("Ibáñez Castaño", "José Luis"),
    ]


def test_a_cover_nominating_someone_the_annex_leaves_out_keeps_its_order() -> None:
    # The annex is no list of everyone: the cover's own nominee stays first.
    cover = (
        "Dear colleagues,\n\nIn reply to C. CWS 175 we nominate Mr Peter PAN, Examiner, to the "
        "3D Task Force (username po-ppan). Our other nominees are in the attached file.\n\n"
        "Kind regards\n"
    )
    rows = [
        "Title,Last name,First name,Position,Username,Task force",
        "Ms,ROE,Jane,IT officer,po-jroe,API Task Force",
    ]
    raw = make_mail(cover, attachments=(("more.csv", "text/csv", _csv(rows, "utf-8")),))
    assert [n.last_name for n in parse(raw).nominees] == ["PAN", "ROE"]


def test_an_english_comma_csv_keeps_a_quoted_comma_in_its_cell() -> None:
    rows = [
        "Title,Last name,First name,Position,WIPO Account username,E-mail,Task force",
        'Mr,DOE,John,"Head, IT Division",po-jdoe,john.doe@office.example,XML4IP Task Force',
        'Ms,ROE,Jane,"Examiner, Patents",po-jroe,jane.roe@office.example,API Task Force',
    ]
    raw = make_mail(
        "Please find attached our nominations in reply to C. CWS 175.\n\nRegards\n",
        attachments=(("nominations.csv", "text/csv", _csv(rows, "utf-8")),),
    )
    assert [(n.last_name, n.position, n.username) for n in parse(raw).nominees] == [
        ("DOE", "Head, IT Division", "po-jdoe"),
        ("ROE", "Examiner, Patents", "po-jroe"),
    ]


def test_a_russian_cp1251_csv_reads_in_cyrillic() -> None:
    rows = [
        "№;Обращение;Фамилия;Имя;Должность;Имя пользователя;Целевая группа",
        "1;г-н;Петров;Сергей;главный эксперт;ru-spetrov;XML4IP",
        "2;г-жа;Соколова;Анна;начальник отдела;ru-asokolova;API",
    ]
    raw = make_mail(
        "Коллеги,\n\nВ ответ на циркуляр C. CWS 175 направляем список экспертов во вложении.\n",
        attachments=(("эксперты.csv", "application/vnd.ms-excel", _csv(rows, "cp1251")),),
    )
    assert [(n.title, n.last_name, n.first_name, n.username) for n in parse(raw).nominees] == [
        ("Mr", "Петров", "Сергей", "ru-spetrov"),
        ("Mrs", "Соколова", "Анна", "ru-asokolova"),
    ]


def test_a_csv_without_a_header_of_labels_names_no_one() -> None:
    rows = ["Date;Meeting;Room;Duration", "2023-10-02;CWS task force call;B12;1h"]
    raw = make_mail(
        "Please find attached the schedule for C. CWS 175 calls.\n\nRegards\n",
        attachments=(("schedule.csv", "text/csv", _csv(rows, "utf-8")),),
    )
    assert parse(raw).nominees == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a;"b; c";d;e\n1;2;3;4\n', "a | b; c | d | e\n1 | 2 | 3 | 4"),
        # A title padded to the sheet's width and empty rows below the data.
        ("Title;;;\n;;;\nx;y;z;w\n;;;\n", "Title\nx | y | z | w"),
        # A quoted cell over two lines is one cell; a "|" in it parts nothing.
        ('a,b,c\n"one\ntwo",x|y,z\n', "a | b | c\none two | x/y | z"),
        # No separator the lines agree on: the text as it came.
        ("Smith\nDupont\n", "Smith\nDupont\n"),
        (
            "Just a note, nothing more\nand a second line\n",
            "Just a note, nothing more\nand a second line\n",
        ),
    ],
)
def test_csv_rows(text: str, expected: str) -> None:
    assert csv_rows_text(text) == expected


def test_an_unclosed_quote_runs_to_the_end_of_the_file() -> None:
    # Excel never writes one; a hand-edited file that does keeps its other rows.
    assert csv_rows_text('a;b;c;d\n1;"2;3;4\n') == "a | b | c | d\n1 | 2;3;4"


def test_a_csv_named_part_sent_as_excel_is_read_by_its_name() -> None:
    data = _csv(
        ["Nom;Prénom;Fonction;Courriel", "DUPONT;Zoé;Chef;z.dupont@office.example"], "cp1252"
    )
    text, error = extract_text("liste.csv", "application/vnd.ms-excel", data, ParseOptions())
    assert error is None
    assert (
        text == "Nom | Prénom | Fonction | Courriel\nDUPONT | Zoé | Chef | z.dupont@office.example"
    )


def test_western_text_with_accents_in_no_declared_charset_is_no_cyrillic() -> None:
    data = "Designación;Equipo Técnico;Diseños;Informática;Señora Peña".encode("cp1252")
    assert (
        decode_bytes(data, None).text
        == "Designación;Equipo Técnico;Diseños;Informática;Señora Peña"
    )


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_short_russian_text_in_no_declared_charset_still_reads(codec: str) -> None:
    text = "Фамилия: Иванов; имя: Пётр; должность: главный эксперт отдела"
    assert decode_bytes(text.encode(codec), None).text == text


@pytest.mark.parametrize("label", ["Post-nom", "Postnom", "Post nom", "POST-NOM"])
def test_a_post_nom_is_the_second_part_of_the_last_name(label: str) -> None:
    assert classify_label(label) == LabelKind("last_name", second=True)


@pytest.mark.parametrize(
    ("label", "field"), [("Post", "position"), ("Poste", "position"), ("Nom", "last_name")]
)
def test_post_and_nom_labels_stay_as_they_were(label: str, field: str) -> None:
    kind = classify_label(label)
    assert kind is not None
    assert kind.field == field
    assert not kind.second
