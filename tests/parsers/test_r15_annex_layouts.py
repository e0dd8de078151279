"""Annex tables pasted or attached in odd shapes: a block of labels over several people's
answers (one a line, or a person's answers on one tab-separated line); the template's own
sample row, its cells the template's placeholders ("Mr/Ms", "Surname", "username",
"name@office.org"), left in with no marker word; a table row that the mail client broke
over three lines or more; and a nomination form sent as an OpenDocument text."""

from __future__ import annotations

import io
import re
import zipfile
from email.message import EmailMessage

import odfdo
import openpyxl
import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.html import html_to_text
from parsers.walker import _plain_lost_table
from tests.parsers.mailmaker import catalog, make_mail

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_ODT = "application/vnd.oasis.opendocument.text"

Person = tuple[object, ...]


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[Person]:
    return [
        (n.title, n.last_name, n.first_name, n.position, n.username, n.account_email, n.task_forces)
        for n in parsed.nominees
    ]


def names(parsed: ParsedEmail) -> list[tuple[str | None, str | None, str | None]]:
    return [(n.last_name, n.first_name, n.username) for n in parsed.nominees]


# -- a block of labels over several people's answers ----------------------------------

_LABELS = {
    "en": ["Title", "Last name", "First name", "Position", "Username", "E-mail"],
    "fr": ["Titre", "Nom", "Prénom", "Fonction", "Nom d'utilisateur", "Courriel"],
    "es": ["Tratamiento", "Apellido", "Nombre", "Cargo", "Nombre de usuario", "Correo electrónico"],
    "ru": ["Обращение", "Фамилия", "Имя", "Должность", "Имя пользователя", "Эл. почта"],
}
_LEADS = {
    "en": "Dear Secretariat,\n\nIn reply to C. CWS 175, our nominees to the XML4IP Task Force"
    " (the form copied from the PDF):",
    "fr": "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nos candidats à l'Équipe"
    " d'experts XML4IP (formulaire copié du PDF) :",
    "es": "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, nuestros candidatos al"
    " Equipo Técnico XML4IP (formulario copiado del PDF):",
    "ru": "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 направляем кандидатуры"
    " в Целевую группу по XML4IP (форма скопирована из PDF):",
}
_CLOSES = {"en": "Kind regards,\nJane Doe", "fr": "Cordialement,\nJean Dupont"}
_CLOSES |= {"es": "Atentamente,\nJuan Pérez", "ru": "С уважением,\nПётр Петров"}
_ANSWERS = {
    "en": [
        ["Mr", "KIM", "Minjun", "Senior Examiner", "xx-mkim", "m.kim@office.example"],
        ["Ms", "LEE", "Seo-yeon", "IT Specialist", "xx-slee", "s.lee@office.example"],
        ["Mr", "PARK", "Jisoo", "Head of Division", "xx-jpark", "j.park@office.example"],
    ],
    "fr": [
        ["Mme", "DIALLO", "Awa", "Examinatrice", "xx-adiallo", "a.diallo@office.example"],
        ["M.", "TRAORE", "Moussa", "Juriste", "xx-mtraore", "m.traore@office.example"],
    ],
    "es": [
        ["Sra.", "NSUE", "Ruth", "Jefa de Patentes", "xx-rnsue", "r.nsue@office.example"],
        ["Sr.", "OBIANG", "Pedro", "Examinador", "xx-pobiang", "p.obiang@office.example"],
    ],
    "ru": [
        ["г-жа", "ИВАНОВА", "Мария", "Главный специалист", "xx-mivanova", "m.iv@office.example"],
        ["г-н", "ПЕТРОВ", "Олег", "Эксперт", "xx-opetrov", "o.petrov@office.example"],
    ],
}
_TITLES = {"Mr": "Mr", "Ms": "Ms", "Mme": "Mrs", "M.": "Mr", "Sra.": "Mrs", "Sr.": "Mr"}
_TITLES |= {"г-жа": "Mrs", "г-н": "Mr"}


def _expected(lang: str) -> list[Person]:
    return [
        (_TITLES[t], last, first, post, user, mail, ("XML4IP Task Force",))
        for t, last, first, post, user, mail in _ANSWERS[lang]
    ]


def _block_mail(lang: str, rows: list[str], between: str = "\n") -> bytes:
    labels = "\n".join(_LABELS[lang])
    return make_mail(
        f"{_LEADS[lang]}\n\n{labels}\n" + between.join(rows) + f"\n\n{_CLOSES[lang]}\n"
    )


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru"])
def test_labels_over_several_people_one_answer_a_line(lang: str) -> None:
    parsed = parse(_block_mail(lang, ["\n".join(row) for row in _ANSWERS[lang]]))
    assert parsed.kind.value == "nomination"
    assert people(parsed) == _expected(lang)


@pytest.mark.parametrize("lang", ["en", "fr", "ru"])
def test_labels_over_several_people_one_tab_separated_line_each(lang: str) -> None:
    parsed = parse(_block_mail(lang, ["\t".join(row) for row in _ANSWERS[lang]]))
    assert people(parsed) == _expected(lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_labels_over_people_whose_answers_are_parted_by_blank_lines(lang: str) -> None:
    rows = ["\n".join(row) for row in _ANSWERS[lang]]
    parsed = parse(_block_mail(lang, rows, between="\n\n"))
    assert people(parsed) == _expected(lang)


def test_several_people_one_with_an_answer_left_blank() -> None:
    # Eleven lines under six labels: one way only parts them into two people (each opens
    # with a title and closes with an address), so the blank answer is the first's post.
    rows = [list(row) for row in _ANSWERS["en"][:2]]
    rows[0].remove("Senior Examiner")
    parsed = parse(_block_mail("en", ["\n".join(row) for row in rows]))
    expected = _expected("en")[:2]
    expected[0] = (*expected[0][:3], None, *expected[0][4:])
    assert people(parsed) == expected


def test_a_second_person_without_title_or_address_is_not_guessed() -> None:
    # Past the first person each needs two sure answers (a title, a username, an address):
    # a name and a username alone could be any lines.
    labels = "Last name\nFirst name\nPosition\nUsername\n"
    body = (
        f"{_LEADS['en']}\n\n{labels}KIM\nMinjun\nExaminer\nxx-mkim\nLEE\nSeo-yeon\n"
        "xx-slee\n\nKind regards\n"
    )
    assert names(parse(make_mail(body)))[:1] == [("KIM", "Minjun", "xx-mkim")]
    assert ("LEE", "Seo-yeon", "xx-slee") not in names(parse(make_mail(body)))


def test_a_signature_right_under_the_answers_is_no_further_person() -> None:
    body = (
        f"{_LEADS['en']}\n\n" + "\n".join(_LABELS["en"]) + "\n" + "\n".join(_ANSWERS["en"][0])
        + "\nKind regards,\nJane Doe\nDirector\njane.doe@office.example\n"
    )  # fmt: skip
    assert people(parse(make_mail(body))) == _expected("en")[:1]


def test_a_signature_after_a_blank_line_is_no_further_person() -> None:
    body = (
        f"{_LEADS['en']}\n\n" + "\n".join(_LABELS["en"]) + "\n" + "\n".join(_ANSWERS["en"][0])
        + "\n\nBest regards\nJane Doe\nHead of International Affairs\njane.doe@office.example\n"
    )  # fmt: skip
    assert people(parse(make_mail(body))) == _expected("en")[:1]


def test_tab_separated_answers_that_do_not_fit_their_labels_name_nobody() -> None:
    # The columns are in another order than the labels: an address under "Title".
    rows = ["\t".join(reversed(row)) for row in _ANSWERS["en"][:2]]
    # Nor are the labels read as each other's values ("First name" over "Position").
    assert parse(_block_mail("en", rows)).nominees == ()


# -- the template's sample row left in, with no marker word ---------------------------


def _workbook(rows: list[list[str]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_EN_HEAD = ["Task force", "Title", "Last name", "First name", "Position", "Username", "E-mail"]
_EN_REAL = [
    "XML4IP Task Force",
    "Ms",
    "Ruiz",
    "Ana",
    "Head of Patents",
    "xx-aruiz",
    "ana@office.example",
]


@pytest.mark.parametrize(
    "sample",
    [
        ["XML4IP Task Force", "Mr/Ms", "Surname", "First name", "Position", "username", "name@office.org"],
        ["", "Mr./Mrs./Ms.", "SURNAME", "Given name", "", "xx-username", "firstname.lastname@office.org"],
        ["", "", "Last name", "First name", "Position in the Office", "", ""],
    ],
)  # fmt: skip
def test_an_xlsx_annex_keeps_its_unmarked_sample_row_out(sample: list[str]) -> None:
    raw = make_mail(
        "Dear Secretariat,\n\nPlease find our reply to C. CWS 175 attached.\n",
        attachments=(("annex.xlsx", _XLSX, _workbook([_EN_HEAD, sample, _EN_REAL])),),
    )
    assert names(parse(raw)) == [("Ruiz", "Ana", "xx-aruiz")]


def test_a_french_pipe_table_keeps_its_unmarked_sample_row_out() -> None:
    rows = [
        ["Titre", "Nom", "Prénom", "Fonction", "Nom d'utilisateur", "Adresse électronique"],
        ["M./Mme", "NOM", "Prénom", "Fonction", "nom d'utilisateur", "prenom.nom@office.org"],
        ["Mme", "DIALLO", "Awa", "Examinatrice", "xx-adiallo", "a.diallo@office.example"],
    ]
    body = (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nos candidats à l'Équipe "
        "d'experts XML4IP :\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\nCordialement\n"
    )
    assert names(parse(make_mail(body))) == [("DIALLO", "Awa", "xx-adiallo")]


def test_a_spanish_tab_table_keeps_its_unmarked_sample_row_out() -> None:
    rows = [
        ["Tratamiento", "Apellido", "Nombre", "Cargo", "Usuario", "Correo electrónico"],
        ["Sr./Sra.", "Apellido", "Nombre", "Cargo", "usuario", "nombre@oficina.org"],
        ["Sr.", "OBIANG", "Pedro", "Examinador", "xx-pobiang", "p.obiang@office.example"],
    ]
    body = (
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, nuestro candidato al "
        "Equipo Técnico XML4IP:\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\nAtentamente\n"
    )
    assert names(parse(make_mail(body))) == [("OBIANG", "Pedro", "xx-pobiang")]


def test_the_circulars_sample_person_in_a_body_table_is_nobody() -> None:
    rows = [
        ["Title", "Last name", "First name", "Position", "Username", "E-mail"],
        ["Mr", "Smith", "John", "Patent Examiner", "ca-jsmith", "john.smith@example.com"],
        ["Ms", "Ruiz", "Ana", "Head of Patents", "xx-aruiz", "ana@office.example"],
    ]
    body = (
        "Dear Secretariat,\n\nOur nominee to the API Task Force (C. CWS 175):\n\n"
        + "\n".join(" | ".join(r) for r in rows)
        + "\n\nRegards\n"
    )
    assert names(parse(make_mail(body))) == [("Ruiz", "Ana", "xx-aruiz")]


@pytest.mark.parametrize(
    "row",
    [
        # A real person whose post happens to be a label's word, or who gives a generic
        # address: one placeholder-like cell does not make a sample row.
        ["Mr", "Name", "Juan", "Position Classification Officer", "xx-jname", "juan@office.example"],
        ["Ms", "Lopez", "Ana", "Position", "xx-alopez", "name@office.example"],
        ["Mr", "Lastname", "Tom", "Examiner", "xx-tlastname", "t.lastname@office.example"],
    ],
)  # fmt: skip
def test_a_real_row_with_one_label_like_cell_stays(row: list[str]) -> None:
    rows = [["Title", "Last name", "First name", "Position", "Username", "E-mail"], row]
    body = (
        "Dear Secretariat,\n\nOur nominee to the API Task Force (C. CWS 175):\n\n"
        + "\n".join(" | ".join(r) for r in rows)
        + "\n\nRegards\n"
    )
    assert [n.last_name for n in parse(make_mail(body)).nominees] == [row[1]]


# -- a table row broken over three lines or more --------------------------------------

_TAB_HEAD = {
    "en": "No.\tTitle\tLast name\tFirst name\tPosition\tTask force\tUsername\tE-mail",
    "ru": "№\tОбращение\tФамилия\tИмя\tДолжность\tЦелевая группа\tИмя пользователя\tЭл. почта",
}
_TAB_ROWS = {
    "en": [
        "1\tMr\tKIM\tMinjun\tExaminer\tXML4IP Task Force\txx-mkim\tm.kim@office.example",
        "2\tMs\tLEE\tSeo-yeon\tHead of the Division for Patent",
        "Information, Documentation and Classification",
        "Services\tAPI Task Force\txx-slee\ts.lee@office.example",
        "3\tMr\tPARK\tJisoo\tLawyer\tLegal Status Task Force\txx-jpark\tj.park@office.example",
    ],
    "ru": [
        "1\tг-жа\tОРЛОВА\tАнна\tначальник отдела",
        "информационных технологий и автоматизации",
        "делопроизводства\tЦелевая группа по XML4IP\txx-aorlova\ta.orlova@office.example",
        "2\tг-н\tБЕЛОВ\tИван\tэксперт\tЦелевая группа по API\txx-ibelov\ti.belov@office.example",
    ],
}
_TAB_POSTS = {
    "en": [
        "Examiner",
        "Head of the Division for Patent Information, Documentation and Classification Services",
        "Lawyer",
    ],
    "ru": [
        "начальник отдела информационных технологий и автоматизации делопроизводства",
        "эксперт",
    ],
}


def _tab_body(lang: str, rows: list[str]) -> str:
    lead = _LEADS[lang].split("\n\n")[0] + "\n\nC. CWS 175:"
    return f"{lead}\n\n{_TAB_HEAD[lang]}\n" + "\n".join(rows) + f"\n\n{_CLOSES[lang]}\n"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_tab_row_broken_over_three_lines_is_one_row(lang: str) -> None:
    parsed = parse(make_mail(_tab_body(lang, _TAB_ROWS[lang])))
    assert [n.position for n in parsed.nominees] == _TAB_POSTS[lang]
    assert all(n.username and n.account_email for n in parsed.nominees)
    assert all(len(n.task_forces) == 1 for n in parsed.nominees)


def test_a_row_broken_over_three_lines_in_the_text_part_sends_us_to_the_html() -> None:
    # Each piece holds a tab, and no two of them hold more cells than a row: only the three
    # together, less one cell per break, make the row.
    cells = [
        ["No.", "Title", "Last name", "First name", "Position", "Task force", "Username", "E-mail"],
        ["1", "Ms", "LEE", "Seo-yeon", "Head of the Division", "API Task Force", "xx-slee",
         "s.lee@office.example"],
    ]  # fmt: skip
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)
    html = f"<p>C. CWS 175:</p><table>{rows}</table><p>Regards</p>"
    plain = (
        "C. CWS 175:\n\n" + "\t".join(cells[0]) + "\n1\tMs\tLEE\tSeo-yeon\tHead of the\n"
        "Division\tAPI Task\nForce\txx-slee\ts.lee@office.example\n\nRegards\n"
    )
    assert _plain_lost_table(plain, html_to_text(html))
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    parsed = parse(msg.as_bytes())
    assert [(n.last_name, n.position, n.username, n.task_forces) for n in parsed.nominees] == [
        ("LEE", "Head of the Division", "xx-slee", ("API Task Force",))
    ]


def test_two_short_rows_of_two_people_are_not_joined() -> None:
    # Two people each given without their last cells: together as many cells as a row, but
    # the second opens with its number as every row does.
    rows = [
        "1\tMr\tKIM\tMinjun\tExaminer",
        "2\tMs\tLEE\tSeo-yeon",
        "3\tMr\tPARK\tJisoo\tLawyer\tLegal Status Task Force\txx-jpark\tj.park@office.example",
    ]
    parsed = parse(make_mail(_tab_body("en", rows)))
    assert [(n.last_name, n.position) for n in parsed.nominees] == [
        ("KIM", "Examiner"),
        ("LEE", None),
        ("PARK", "Lawyer"),
    ]


def test_an_unnumbered_short_row_giving_a_second_address_is_not_joined() -> None:
    head = "Title\tLast name\tFirst name\tPosition\tUsername\tE-mail"
    rows = [
        "Mr\tKIM\tMinjun\tExaminer\txx-mkim\tm.kim@office.example",
        "Ms\tLEE\tSeo-yeon\ts.lee@office.example",
        "Dr\tPARK\ts.park@office.example",
    ]
    body = "Dear Secretariat,\n\nC. CWS 175:\n\n" + head + "\n" + "\n".join(rows) + "\n\nRegards\n"
    parsed = parse(make_mail(body))
    assert all(n.last_name != "LEE" or n.first_name == "Seo-yeon" for n in parsed.nominees)
    assert "PARK" not in {n.first_name for n in parsed.nominees}


# -- a nomination form sent as an OpenDocument text -----------------------------------


def _odt(rows: list[list[str]], forms: str = "") -> bytes:
    """An .odt holding `rows` as a table; a cell "{control1}" anchors that form control,
    and `forms` declares the controls as LibreOffice does, in office:forms."""
    document = odfdo.Document("text")
    document.body.append(odfdo.Paragraph("C. CWS 175 - Annex"))
    table = odfdo.Table("Annex", width=len(rows[0]), height=len(rows))
    for y, row in enumerate(rows):
        for x, value in enumerate(row):
            table.set_value((x, y), value)
    document.body.append(table)
    out = io.BytesIO()
    document.save(out)
    if not forms:
        return out.getvalue()
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    rebuilt = io.BytesIO()
    with zipfile.ZipFile(rebuilt, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "content.xml":
                xml = data.decode().replace("<office:text>", f"<office:text>{forms}", 1)
                # A control's cell holds no string value of its own.
                xml = re.sub(r' office:string-value="[^"]*\{control[^"]*"', "", xml)
                for control in re.findall(r"\{(control\d+)\}", xml):
                    xml = xml.replace(f"{{{control}}}", f'<draw:control draw:control="{control}"/>')
                data = xml.encode()
            target.writestr(info, data)
    return rebuilt.getvalue()


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [
                ["Titre", "Nom", "Prénom", "Fonction", "Nom d'utilisateur", "Courriel"],
                ["Mme", "LAMBERT", "Sophie", "Examinatrice", "xx-slambert", "s.l@office.example"],
            ],
            ("Mrs", "LAMBERT", "Sophie", "Examinatrice", "xx-slambert", "s.l@office.example"),
        ),
        (
            [
                ["Tratamiento", "Apellido", "Nombre", "Cargo", "Usuario", "Correo electrónico"],
                ["Sr.", "OBIANG", "Pedro", "Examinador", "xx-pobiang", "p.o@office.example"],
            ],
            ("Mr", "OBIANG", "Pedro", "Examinador", "xx-pobiang", "p.o@office.example"),
        ),
    ],
)
def test_an_odt_annex_table_is_read_as_a_docx_table_is(
    rows: list[list[str]], expected: tuple[str, ...]
) -> None:
    raw = make_mail(
        "C. CWS 175 : voir le formulaire ci-joint / véase el formulario adjunto.\n",
        attachments=(("annex.odt", _ODT, _odt(rows)),),
    )
    assert [p[:6] for p in people(parse(raw))] == [expected]


_FORMS = (
    '<office:forms form:automatic-focus="false" form:apply-design-mode="false">'
    '<form:form form:name="Standard">'
    '<form:text form:name="nom" form:id="control1" form:current-value="LAMBERT"/>'
    '<form:text form:name="prenom" form:id="control2" form:current-value="Sophie"/>'
    '<form:listbox form:name="titre" form:id="control3">'
    '<form:option form:label="M." form:value="M."/>'
    '<form:option form:label="Mme" form:value="Mme" form:current-selected="true"/>'
    "</form:listbox>"
    '<form:text form:name="util" form:id="control4" form:current-value="xx-slambert"/>'
    '<form:text form:name="mail" form:id="control5" form:current-value="s.l@office.example"/>'
    '<form:checkbox form:name="xml" form:id="control6" form:current-state="checked"'
    ' form:label="Équipe d\'experts XML4IP"/>'
    '<form:checkbox form:name="api" form:id="control7" form:label="Équipe d\'experts API"/>'
    "</form:form></office:forms>"
)


def test_an_odt_forms_controls_are_read_as_they_show() -> None:
    rows = [
        ["Nom", "{control1}"],
        ["Prénom", "{control2}"],
        ["Titre", "{control3}"],
        ["Nom d'utilisateur", "{control4}"],
        ["Courriel", "{control5}"],
        ["Équipe(s) d'experts", "{control6} {control7}"],
    ]
    raw = make_mail(
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, veuillez trouver ci-joint notre "
        "formulaire.\n",
        attachments=(("formulaire.odt", _ODT, _odt(rows, _FORMS)),),
    )
    assert people(parse(raw)) == [
        (
            "Mrs",
            "LAMBERT",
            "Sophie",
            None,
            "xx-slambert",
            "s.l@office.example",
            ("XML4IP Task Force",),
        )
    ]


def test_an_odt_forms_empty_controls_give_no_values() -> None:
    # The username box left empty, and the other check box ticked instead.
    forms = (
        _FORMS.replace(' form:current-value="xx-slambert"', "")
        .replace(' form:current-state="checked"', "")
        .replace('form:id="control7"', 'form:id="control7" form:current-state="checked"')
    )
    rows = [
        ["Nom", "{control1}"],
        ["Prénom", "{control2}"],
        ["Nom d'utilisateur", "{control4}"],
        ["Courriel", "{control5}"],
        ["Équipe(s) d'experts", "{control6} {control7}"],
    ]
    raw = make_mail(
        "Madame, Monsieur,\n\nC. CWS 175 : formulaire ci-joint.\n",
        attachments=(("formulaire.odt", _ODT, _odt(rows, forms)),),
    )
    (nominee,) = parse(raw).nominees
    assert (nominee.last_name, nominee.username) == ("LAMBERT", None)
    assert nominee.task_forces == ("API Task Force",)
