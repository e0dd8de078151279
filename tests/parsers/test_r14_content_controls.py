"""Word forms built with content controls (w:sdt): a plain-text control's value, a drop-down's
shown choice (never its list of items) and a check box's state are read; a control still
showing Word's prompt ("Click or tap here to enter text.", "Cliquez ou appuyez ici pour
entrer du texte.", "Elija un elemento.", ...) is empty, in a .docx or pasted into a mail;
and a cover naming a nominee by the first of two surnames is the annex's person."""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from parsers import parse_email
from parsers.form_placeholders import is_form_placeholder
from parsers.models import ParsedEmail
from tests.parsers.mailmaker import catalog, make_mail

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_API = "API Task Force"
_XML = "XML4IP Task Force"
_LS = "Legal Status Task Force"
_DT = "Digital Transformation Task Force"
_ALL = (_XML, "SEQL Task Force", _LS, _API, _DT, "Name Standardization Task Force")


def _parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog())


def _control(
    value: str | None, prompt: str, items: Sequence[str] = (), *, flag: bool = True
) -> str:
    """A run-level control as Word saves it; with no value its prompt shows (flagged
    showingPlcHdr unless `flag` is off, as some converters leave it)."""
    kind = (
        "<w:dropDownList>"
        + "".join(
            f"<w:listItem w:displayText={quoteattr(i)} w:value={quoteattr(i)}/>" for i in items
        )
        + "</w:dropDownList>"
        if items
        else "<w:text/>"
    )
    showing = "<w:showingPlcHdr/>" if value is None and flag else ""
    shown = escape(value if value is not None else prompt)
    return (
        f'<w:sdt><w:sdtPr><w:id w:val="7"/>{showing}{kind}</w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{shown}</w:t></w:r></w:sdtContent></w:sdt>'
    )


def _checkbox(ticked: bool, glyph: str) -> str:
    """Word 2010's check-box control drawing `glyph` whatever its state says."""
    return (
        f'<w:sdt><w:sdtPr><w:id w:val="9"/><w14:checkbox>'
        f'<w14:checked w14:val="{int(ticked)}"/></w14:checkbox></w:sdtPr>'
        f"<w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _legacy_checkbox(ticked: bool) -> str:
    """Word 97's FORMCHECKBOX field: the box is drawn by Word, no text in the document."""
    state = "<w:checked/>" if ticked else ""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="C"/>'
        f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}</w:checkBox></w:ffData>'
        "</w:fldChar></w:r>"
    )


Cell = str | list[str]  # plain text, or each paragraph's runs and controls as XML


def _form(
    rows: Sequence[tuple[str, Cell]], *, repeat: Sequence[Sequence[tuple[str, Cell]]] = ()
) -> bytes:
    """A two-column form; `repeat` adds tables whose rows sit in a repeating-section control."""
    document = docx.Document()
    for table_rows, wrapped in [(rows, False), *((r, True) for r in repeat)]:
        table = document.add_table(rows=len(table_rows), cols=2)
        for row, (label, value) in zip(table.rows, table_rows, strict=True):
            row.cells[0].text = label
            cell = row.cells[1]
            if isinstance(value, str):
                cell.text = value
                continue
            for n, xml in enumerate(value):
                paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
                for child in parse_xml(f"<w:p {nsdecls('w', 'w14')}>{xml}</w:p>"):
                    paragraph._p.append(child)
        if wrapped:
            tbl = table._tbl
            section = parse_xml(
                f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="11"/></w:sdtPr><w:sdtContent/></w:sdt>'
            )
            content = section[1]
            for tr in list(tbl.tr_lst):
                content.append(tr)
            tbl.append(section)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _mail(cover: str, form: bytes) -> bytes:
    return make_mail(cover, attachments=(("form.docx", DOCX, form),))


_LANGS = [
    (
        "Dear Secretariat,\n\nFurther to circular C. CWS 175, please find our form attached.\n\n"
        "Kind regards,\nJohn DOE",
        (
            "Title",
            "Last name",
            "First name",
            "Position",
            "WIPO Account username",
            "E-mail used for the WIPO Account",
            "Task Force",
        ),
        ("Mr", "Mrs", "Ms"),
        "Click or tap here to enter text.",
        "Choose an item.",
    ),
    (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, veuillez trouver ci-joint notre "
        "formulaire.\n\nCordialement,\nJean DUPONT",
        (
            "Civilité",
            "Nom",
            "Prénom",
            "Poste occupé",
            "Nom d'utilisateur (compte OMPI)",
            "Adresse électronique du compte OMPI",
            "Équipe d'experts",
        ),
        ("M.", "Mme"),
        "Cliquez ou appuyez ici pour entrer du texte.",
        "Choisissez un élément.",
    ),
    (
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, adjuntamos el formulario."
        "\n\nAtentamente,\nJuan PÉREZ",
        (
            "Tratamiento",
            "Apellido(s)",
            "Nombre(s)",
            "Cargo",
            "Nombre de usuario (Cuenta OMPI)",
            "Correo electrónico de la Cuenta OMPI",
            "Equipo Técnico",
        ),
        ("Sr.", "Sra."),
        "Haga clic o pulse aquí para escribir texto.",
        "Elija un elemento.",
    ),
    (
        "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 направляем заполненную "
        "форму.\n\nС уважением,\nИван ПЕТРОВ",
        (
            "Обращение",
            "Фамилия",
            "Имя",
            "Должность",
            "Имя пользователя (учетная запись ВОИС)",
            "Адрес электронной почты учетной записи ВОИС",
            "Целевая группа",
        ),
        ("г-н", "г-жа"),
        "Место для ввода текста.",
        "Выберите элемент.",
    ),
]


@pytest.mark.parametrize(("cover", "labels", "titles", "prompt", "choose"), _LANGS)
def test_controls_read_as_shown_and_prompts_as_empty(
    cover: str, labels: tuple[str, ...], titles: tuple[str, ...], prompt: str, choose: str
) -> None:
    title, last, first, post, user, mail, tf = labels
    form = _form(
        [
            (title, [_control(titles[1], choose, titles)]),
            (last, [_control("KOVALENKO", prompt)]),
            (first, [_control("Olena", prompt)]),
            (post, [_control("Senior Examiner", prompt)]),
            (user, [_control(None, prompt)]),
            (mail, [_control(None, prompt)]),
            # The drop-down keeps every task force as an item; only its choice shows.
            (tf, [_control(_API, choose, _ALL), _control(None, choose, _ALL)]),
        ]
    )
    result = _parse(_mail(cover, form))
    assert result.kind == "nomination"
    assert len(result.nominees) == 1
    person = result.nominees[0]
    assert (person.title, person.last_name, person.first_name) == ("Mrs", "KOVALENKO", "Olena")
    assert person.position == "Senior Examiner"
    assert person.username is None
    assert person.account_email is None
    assert list(person.task_forces) == [_API]


@pytest.mark.parametrize(
    ("prompt", "choose"),
    [
        ("Cliquez ou appuyez ici pour entrer du texte.", "Choisissez un élément."),
        ("Haga clic aquí para escribir texto.", "Elija un elemento."),
    ],
)
def test_a_prompt_left_without_its_flag_is_still_empty(prompt: str, choose: str) -> None:
    form = _form(
        [
            ("Nom / Apellido", [_control("ROSSI", prompt, flag=False)]),
            ("Prénom / Nombre", [_control("Marta", prompt, flag=False)]),
            ("Poste / Cargo", [_control(None, prompt, flag=False)]),
            ("Adresse électronique du compte OMPI", [_control("m.rossi@office.example", prompt)]),
            (
                "Équipe d'experts",
                [_control(None, choose, _ALL, flag=False), _control(_DT, choose, _ALL)],
            ),
        ]
    )
    result = _parse(_mail(_LANGS[1][0], form))
    assert len(result.nominees) == 1
    person = result.nominees[0]
    assert (person.last_name, person.first_name) == ("ROSSI", "Marta")
    assert person.position is None
    assert person.account_email == "m.rossi@office.example"
    assert list(person.task_forces) == [_DT]


def test_check_box_controls_read_by_their_state() -> None:
    # Wingdings' ticked box is a private-use character: the state, not the glyph, counts.
    boxes = [
        _checkbox(True, "\uf0fe") + _run(f" {_XML}"),
        _checkbox(False, "\uf0a8") + _run(f" {_API}"),
        _checkbox(True, "☐") + _run(f" {_LS}"),
        _checkbox(False, "☐") + _run(f" {_DT}"),
    ]
    form = _form(
        [
            ("Last name", "NOVAK"),
            ("First name", "Petra"),
            ("WIPO Account username", "si-pnovak"),
            ("Task Force(s)", boxes),
        ]
    )
    result = _parse(_mail(_LANGS[0][0], form))
    assert [list(n.task_forces) for n in result.nominees] == [[_XML, _LS]]


def test_legacy_form_check_boxes_read_by_their_state() -> None:
    cells = [
        _legacy_checkbox(ticked) + _run(f" {name}")
        for ticked, name in ((False, _XML), (True, _API), (False, _DT))
    ]
    form = _form(
        [
            ("Apellido(s)", "MORALES"),
            ("Nombre(s)", "Lucía"),
            ("Nombre de usuario (Cuenta OMPI)", "cl-lmorales"),
            ("Equipo Técnico", cells),
        ]
    )
    result = _parse(_mail(_LANGS[2][0], form))
    assert [list(n.task_forces) for n in result.nominees] == [[_API]]


def test_rows_inside_a_repeating_section_are_read() -> None:
    first = [("Last name", "HALL"), ("First name", "Amy"), ("WIPO Account username", "au-ahall")]
    second = [("Last name", "WEBB"), ("First name", "Tom"), ("WIPO Account username", "au-twebb")]
    result = _parse(_mail(_LANGS[0][0], _form(first, repeat=[second])))
    assert [(n.last_name, n.username) for n in result.nominees] == [
        ("HALL", "au-ahall"),
        ("WEBB", "au-twebb"),
    ]


@pytest.mark.parametrize(
    ("body", "prompt"),
    [
        (
            "Dear Secretariat,\n\nFurther to C. CWS 175 we nominate:\n\nLast name: LINDQVIST\n"
            "First name: Karin\nPosition: {p}\nWIPO Account username: se-klindqvist\n"
            "Task Force: API Task Force\n\nBest regards,\nOffice",
            "Click or tap here to enter text.",
        ),
        (
            "Estimados señores:\n\nEn respuesta a la circular C. CWS 175 designamos a:\n\n"
            "Apellido(s): SOTO\nNombre(s): Ana\nCargo: {p}\nNombre de usuario: cl-asoto\n"
            "Equipo Técnico: Equipo Técnico sobre API\n\nAtentamente,\nOficina",
            "Haga clic o pulse aquí para escribir texto.",
        ),
    ],
)
def test_a_form_pasted_into_the_mail_keeps_its_prompts_empty(body: str, prompt: str) -> None:
    result = _parse(make_mail(body.format(p=prompt)))
    assert len(result.nominees) == 1
    assert result.nominees[0].position is None
    assert result.nominees[0].username is not None


def test_values_that_are_no_prompt_stay() -> None:
    assert is_form_placeholder("Click or tap here to enter text.")
    assert is_form_placeholder(" 单击或点击此处输入文字。")
    assert is_form_placeholder("انقر أو اضغط هنا لإدخال نص.")
    assert not is_form_placeholder("Choose an item manager")
    assert not is_form_placeholder("Click here to enter text. Head of Section")
    # A control whose prompt flag is switched off shows its value.
    post = _control("Head of Section", "Click or tap here to enter text.").replace(
        "<w:text/>", '<w:showingPlcHdr w:val="false"/><w:text/>'
    )
    form = _form(
        [
            ("Last name", "NOVAK"),
            ("First name", "Petra"),
            ("Position", [post]),
            ("WIPO Account username", "si-pnovak"),
            ("Task Force", [_control(_LS, "Choose an item.", _ALL)]),
        ]
    )
    result = _parse(_mail(_LANGS[0][0], form))
    assert [(n.last_name, n.position, list(n.task_forces)) for n in result.nominees] == [
        ("NOVAK", "Head of Section", [_LS])
    ]


def test_a_cover_naming_the_first_surnames_names_the_annexs_people() -> None:
    cover = (
        "Estimados señores:\n\nEn atención a la Circular C. CWS 175, adjuntamos el formulario de "
        "designación debidamente llenado, con los datos del Sr. Huamán y de la Sra. Quispe.\n\n"
        "La Sra. Quispe aún no ha creado su cuenta OMPI; en cuanto la tenga les comunicaremos su "
        "nombre de usuario.\n\nAtentamente,\nOficina"
    )
    form = _form(
        [
            ("Tratamiento", "Sr."),
            ("Apellido(s)", "Huamán Torres"),
            ("Nombre(s)", "Luis Alberto"),
            ("Nombre de usuario (Cuenta OMPI)", "pe-lhuaman"),
            ("Equipo Técnico", "Equipo Técnico sobre API"),
        ],
        repeat=[
            [
                ("Tratamiento", "Sra."),
                ("Apellido(s)", "Quispe Mamani"),
                ("Nombre(s)", "Rosa Elena"),
                ("Nombre de usuario (Cuenta OMPI)", [_control(None, "Haga clic aquí")]),
                ("Equipo Técnico", "Equipo Técnico XML4IP"),
            ]
        ],
    )
    result = _parse(_mail(cover, form))
    assert [(n.last_name, n.first_name, n.username) for n in result.nominees] == [
        ("Huamán Torres", "Luis Alberto", "pe-lhuaman"),
        ("Quispe Mamani", "Rosa Elena", None),
    ]
