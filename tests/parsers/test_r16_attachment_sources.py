"""Where an attachment keeps its nominees: a fillable PDF's values in its form fields (text
fields, a drop-down, a check box per task force) read beside their printed labels, and a
form's whole list of ballot boxes left unticked choosing none; a .zip of the letter and the
annex made by Windows with its member names in the system's code page (GBK, cp866), each
file read as an attachment; a cell under the account's column naming its own parts
("имя пользователя: ru-x эл. почта: x@y"); a Namibian surname opening with a click letter
("!Nowaseb") beside the signing service's certificate, whose recipients are no nominees."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import docx
import pytest

from parsers import ParsedEmail, parse_email
from parsers.check_boxes import untick
from tests.parsers.mailmaker import catalog, make_mail

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
LS = "Legal Status Task Force"
API = "API Task Force"
DT = "Digital Transformation Task Force"
D3 = "3D Task Force"
DR = "Design Representation Task Force"
_FIELDS = ("title", "last_name", "first_name", "position", "username", "account_email")


def _parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog())


def _people(parsed: ParsedEmail) -> list[dict[str, Any]]:
    nominees: list[dict[str, Any]] = parsed.model_dump(mode="json")["nominees"]
    return [{k: n[k] for k in (*_FIELDS, "task_forces")} for n in nominees]


# --- a fillable PDF (AcroForm) -----------------------------------------------------------


def _hex(text: str) -> str:
    return "<" + text.encode("utf-16-be").hex() + ">"


def _pdf_text(text: str) -> bytes:
    return b"<FEFF" + text.encode("utf-16-be").hex().encode() + b">"


@dataclass(frozen=True)
class _Field:
    """A widget: its kind ("text", "choice", "check"), box, value, name and tooltip."""

    kind: str
    rect: tuple[float, float, float, float]
    value: str = ""
    name: str = ""
    tip: str = ""
    on: str = "Yes"
    flags: int = 0


def _form_pdf(labels: Sequence[tuple[float, float, str]], fields: Sequence[_Field]) -> bytes:
    """One page whose text is only the printed labels (a font read back as UTF-16, so any
    script prints) and whose values are in widget annotations, as Acrobat keeps them."""
    ops = [f"BT /F1 9 Tf 1 0 0 1 {x} {y} Tm {_hex(text)} Tj ET" for x, y, text in labels]
    stream = "\n".join(ops).encode("ascii")
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm 6 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"",  # the page, once the widgets are numbered
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Label /Encoding /Identity-H "
        b"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Label /DW 500 >>] >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"",  # the AcroForm
    ]
    widgets: list[int] = []
    for n, field in enumerate(fields, start=1):
        rect = " ".join(f"{v:g}" for v in field.rect).encode()
        name = _pdf_text(field.name or f"Field{n}")
        body = b"<< /Type /Annot /Subtype /Widget /P 3 0 R /F 4 /Rect [" + rect + b"] /T " + name
        if field.tip:
            body += b" /TU " + _pdf_text(field.tip)
        if field.flags:
            body += b" /Ff %d" % field.flags
        if field.kind == "check":
            state = b"/" + field.on.encode() if field.value else b"/Off"
            body += b" /FT /Btn /V " + state + b" /AS " + state
        elif field.kind == "choice":
            body += b" /FT /Ch /Ff 131072 /Opt [(Mr) (Mrs) (Ms) (Sr.) (Sra.)]"
            body += b" /V " + _pdf_text(field.value) if field.value else b""
        else:
            body += b" /FT /Tx"
            body += b" /V " + _pdf_text(field.value) if field.value else b""
        objects.append(body + b" >>")
        widgets.append(len(objects))
    refs = " ".join(f"{w} 0 R" for w in widgets).encode()
    objects[2] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [" + refs + b"] >>"
    )
    objects[5] = b"<< /Fields [" + refs + b"] >>"
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@dataclass(frozen=True)
class _Form:
    heading: str
    office_label: str
    office: str
    block: str
    rows: tuple[str, ...]  # title, surname, given name, post, username, address
    task_label: str
    task_forces: tuple[str, ...]
    on: str


_ES = _Form(
    "FORMULARIO DE DESIGNACIÓN DE REPRESENTANTES",
    "Nombre de la Oficina/organización:",
    "Instituto Nacional de la Propiedad Industrial (INAPI)",
    "Representante",
    (
        "Tratamiento (Sr./Sra.):",
        "Apellido(s):",
        "Nombre(s):",
        "Cargo que ocupa en la Oficina:",
        "Nombre de usuario (Cuenta OMPI):",
        "Correo electrónico de la Cuenta OMPI:",
    ),
    "Equipo(s) Técnico(s) en que participará (marque con una X):",
    (
        "Equipo Técnico XML4IP",
        "Equipo Técnico SEQL (ST.26)",
        "Equipo Técnico sobre la Situación Jurídica",
        "Equipo Técnico sobre API",
        "Equipo Técnico sobre 3D",
        "Equipo Técnico sobre Transformación Digital",
    ),
    "Sí",
)
_RU = _Form(
    "ФОРМА ВЫДВИЖЕНИЯ ПРЕДСТАВИТЕЛЕЙ В ЦЕЛЕВЫЕ ГРУППЫ КСВ",
    "Название ведомства/организации:",
    "Национальный центр интеллектуальной собственности (НЦИС)",
    "Представитель",
    (
        "Обращение (г-н/г-жа):",
        "Фамилия:",
        "Имя, отчество:",
        "Должность в ведомстве:",
        "Имя пользователя (учетная запись ВОИС):",
        "Адрес электронной почты учетной записи ВОИС:",
    ),
    "Целевые группы (отметьте):",
    (
        "Целевая группа по XML4IP",
        "Целевая группа по перечням последовательностей",
        "Целевая группа по правовому статусу",
        "Целевая группа по API",
        "Целевая группа по 3D",
        "Целевая группа по цифровой трансформации",
    ),
    "Да",
)
_TF_ORDER = (XML4IP, SEQL, LS, API, D3, DT)


def _filled_form(form: _Form, people: Sequence[tuple[tuple[str, ...], tuple[str, ...]]]) -> bytes:
    """The form with a block per person, two columns of check boxes each; a block with no
    values is left blank."""
    labels: list[tuple[float, float, str]] = [(120, 800, form.heading)]
    fields: list[_Field] = []
    labels.append((56, 770, form.office_label))
    fields.append(_Field("text", (300, 766, 560, 779), form.office, tip=form.office_label))
    top = 740.0
    for n, (values, ticks) in enumerate(people, start=1):
        labels.append((56, top, f"{form.block} {n}"))
        for i, label in enumerate(form.rows):
            y = top - 16 - i * 15
            labels.append((62, y, label))
            kind = "choice" if i == 0 else "text"
            value = values[i] if values else ""
            fields.append(_Field(kind, (300, y - 4, 560, y + 9), value, tip=label.rstrip(":")))
        y = top - 16 - len(form.rows) * 15
        labels.append((62, y, form.task_label))
        for j, (printed, official) in enumerate(zip(form.task_forces, _TF_ORDER, strict=True)):
            column, row = divmod(j, 3)
            x, row_y = 66 + column * 250, y - 16 - row * 13
            fields.append(
                _Field(
                    "check",
                    (x, row_y - 1.5, x + 9, row_y + 7.5),
                    "x" if official in ticks else "",
                    tip=printed,
                    on=form.on,
                )
            )
            labels.append((x + 14, row_y, printed))
        top -= 200
    return _form_pdf(labels, fields)


_ES_PEOPLE = (
    (
        (
            "Sra.",
            "Rojas Fuentes",
            "Camila",
            "Jefa del Departamento de Patentes",
            "cl-crojas",
            "crojas@inapi.example",
        ),
        (SEQL, LS),
    ),
    (
        (
            "Sr.",
            "Muñoz Soto",
            "Diego Andrés",
            "Subdirector de Tecnologías de la Información",
            "cl-dmunoz",
            "dmunoz@inapi.example",
        ),
        (XML4IP, API, DT),
    ),
    ((), ()),  # the third block, blank
)
_RU_PEOPLE = (
    (
        (
            "г-жа",
            "Абдуллаева",
            "Нодира Рустамовна",
            "главный эксперт отдела изобретений",
            "uz-nabdullaeva",
            "n.abdullaeva@ncis.example",
        ),
        (SEQL,),
    ),
    (
        (
            "г-н",
            "Каримов",
            "Бахтиёр Олимович",
            "начальник отдела информационных технологий",
            "uz-bkarimov",
            "b.karimov@ncis.example",
        ),
        (XML4IP, D3),
    ),
    ((), ()),
)
_COVERS = {
    "es": "Estimados colegas:\n\nAdjuntamos el formulario de designación (circular C. CWS 175) "
    "debidamente requisitado.\n\nSaludos cordiales,\nLorena Vidal\n",
    "ru": "Уважаемые коллеги!\n\nНаправляем заполненную форму выдвижения представителей "
    "(циркулярное письмо C. CWS 175).\n\nС уважением,\nЛ. Юсупова\n",
}


@pytest.mark.parametrize(
    ("lang", "form", "people", "expected"),
    [
        (
            "es",
            _ES,
            _ES_PEOPLE,
            [
                {
                    "title": "Mrs",
                    "last_name": "Rojas Fuentes",
                    "first_name": "Camila",
                    "position": "Jefa del Departamento de Patentes",
                    "username": "cl-crojas",
                    "account_email": "crojas@inapi.example",
                    "task_forces": [SEQL, LS],
                },
                {
                    "title": "Mr",
                    "last_name": "Muñoz Soto",
                    "first_name": "Diego Andrés",
                    "position": "Subdirector de Tecnologías de la Información",
                    "username": "cl-dmunoz",
                    "account_email": "dmunoz@inapi.example",
                    "task_forces": [XML4IP, API, DT],
                },
            ],
        ),
        (
            "ru",
            _RU,
            _RU_PEOPLE,
            [
                {
                    "title": "Mrs",
                    "last_name": "Абдуллаева",
                    "first_name": "Нодира Рустамовна",
                    "position": "главный эксперт отдела изобретений",
                    "username": "uz-nabdullaeva",
                    "account_email": "n.abdullaeva@ncis.example",
                    "task_forces": [SEQL],
                },
                {
                    "title": "Mr",
                    "last_name": "Каримов",
                    "first_name": "Бахтиёр Олимович",
                    "position": "начальник отдела информационных технологий",
                    "username": "uz-bkarimov",
                    "account_email": "b.karimov@ncis.example",
                    "task_forces": [XML4IP, D3],
                },
            ],
        ),
    ],
)
def test_a_fillable_pdf_is_read_from_its_form_fields(
    lang: str,
    form: _Form,
    people: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...],
    expected: list[dict[str, Any]],
) -> None:
    pdf = _filled_form(form, people)
    parsed = _parse(make_mail(_COVERS[lang], attachments=(("form.pdf", "application/pdf", pdf),)))
    assert parsed.kind == "nomination"
    assert parsed.office == form.office
    assert _people(parsed) == expected


def test_an_unfilled_fillable_pdf_reads_as_its_printed_page() -> None:
    """A blank form sent by mistake: nothing is drawn in, its text is the page's own."""
    import pypdf  # noqa: PLC0415 - the PDF reader the parser uses

    from parsers.attachments import pdf_text  # noqa: PLC0415 - the reader under test
    from parsers.models import ParseOptions  # noqa: PLC0415
    from parsers.pdf_forms import filled_page  # noqa: PLC0415

    blank = replace(_ES, office="")
    pdf = _filled_form(blank, (((), ()),))
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    assert filled_page(page) is None
    text = pdf_text(pdf, ParseOptions())
    assert "☐" not in text
    assert "Nombre(s):" in text


def test_hidden_password_and_push_button_fields_show_nothing() -> None:
    """What a person filling the form never sees is no value: a hidden field, a password
    field, a push button's caption."""
    labels = [
        (56, 770, "Last name:"),
        (56, 755, "First name:"),
        (56, 740, "WIPO Account username:"),
    ]
    fields = [
        _Field("text", (200, 766, 500, 779), "HIDDENNAME"),
        _Field("text", (200, 751, 500, 764), "Anna"),
        _Field("text", (200, 736, 500, 749), "secret-pass", flags=1 << 13),
        _Field("check", (520, 736, 530, 745), "x", flags=1 << 16),
    ]
    pdf = _form_pdf(labels, fields)
    pdf = pdf.replace(b"/F 4 /Rect [200 766", b"/F 6 /Rect [200 766")  # hidden (flag 2)
    from parsers.attachments import pdf_text  # noqa: PLC0415 - the reader under test
    from parsers.models import ParseOptions  # noqa: PLC0415

    text = pdf_text(pdf, ParseOptions())
    assert "Anna" in text
    assert "HIDDENNAME" not in text
    assert "secret-pass" not in text
    assert "☒" not in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A form's whole list of ballot boxes left unticked: no option is chosen.
        ("☐ XML4IP Task Force\n☐ API Task Force\n☐ 3D Task Force", ""),
        # One or two boxes kept from the list may be the choice, the rest deleted.
        ("☐ API Task Force", "API Task Force"),
        ("☐ API Task Force ☐ 3D Task Force", "API Task Force 3D Task Force"),
        # White squares are bullets as often as boxes: a list of them stays.
        ("□ XML4IP\n□ SEQL\n□ API", "XML4IP\nSEQL\nAPI"),
        # A tick keeps only what it ticks, as before.
        ("☒ XML4IP ☐ SEQL ☐ API ☐ 3D", "XML4IP"),
    ],
)
def test_a_whole_list_of_unticked_ballot_boxes_chooses_none(text: str, expected: str) -> None:
    unticked = untick(text)
    assert len(unticked) == len(text)
    assert " ".join(unticked.split()) == " ".join(expected.split())


# --- a .zip made by Windows --------------------------------------------------------------


class _LegacyName(zipfile.ZipInfo):
    """A member name in the system's code page with no UTF-8 flag, as Windows' "send to
    compressed folder" writes it."""

    codec = "gbk"

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:  # noqa: N802 - zipfile's own name
        return self.filename.encode(self.codec), self.flag_bits & ~0x800


def _windows_zip(members: Sequence[tuple[str, bytes]], codec: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members:
            info = _LegacyName(name, (2023, 10, 12, 9, 20, 0))
            info.codec = codec
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue()


def _docx(paragraphs: Sequence[str], table: Sequence[Sequence[str]] = ()) -> bytes:
    document = docx.Document()
    for line in paragraphs:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = grid.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                lines = value.split("\n")
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_ZH_TABLE = (
    ("序号", "姓名", "性别", "职务", "WIPO账户用户名", "注册WIPO账户所用邮箱", "拟参加工作队"),
    (
        "1",
        "杜晓琳",
        "女",
        "专利局审查业务管理部 审查员",
        "cn-duxiaolin",
        "duxiaolin@cnipa.example",
        "XML4IP工作队\nAPI工作队",
    ),
)
_RU_LETTER = (
    "Уважаемые коллеги!",
    "Ведомство в ответ на циркулярное письмо C. CWS 175 выдвигает в Целевую группу по XML4IP:",
    "Фамилия: Орлова",
    "Имя: Елена Викторовна",
    "Должность: ведущий специалист отдела информационных технологий",
    "Имя пользователя: kz-eorlova",
    "Адрес электронной почты учетной записи ВОИС: e.orlova@kazpatent.example",
)


@pytest.mark.parametrize(
    ("cover", "members", "codec", "names", "expected"),
    [
        (
            "CWS秘书处：\n\n附件为我局对C. CWS 175号通函的答复材料（压缩包），请查收。\n\n张岩\n",
            (
                (
                    "1.推荐函.docx",
                    _docx(("世界知识产权组织国际局：", "我局推荐一名同志参加工作队。")),
                ),
                ("2.推荐人员信息表.docx", _docx(("推荐人员信息表",), _ZH_TABLE)),
            ),
            "gbk",
            ("1.推荐函.docx", "2.推荐人员信息表.docx"),
            {
                "title": "Mrs",
                "last_name": "杜",
                "first_name": "晓琳",
                "position": "专利局审查业务管理部 审查员",
                "username": "cn-duxiaolin",
                "account_email": "duxiaolin@cnipa.example",
                "task_forces": [XML4IP, API],
            },
        ),
        (
            "Уважаемые коллеги!\n\nНаправляем письмо по циркулярному письму C. CWS 175 "
            "(архив).\n\nС уважением,\nА. Сейткали\n",
            (("Письмо ВОИС КСВ.docx", _docx(_RU_LETTER)),),
            "cp866",
            ("Письмо ВОИС КСВ.docx",),
            {
                "title": None,
                "last_name": "Орлова",
                "first_name": "Елена Викторовна",
                "position": "ведущий специалист отдела информационных технологий",
                "username": "kz-eorlova",
                "account_email": "e.orlova@kazpatent.example",
                "task_forces": [XML4IP],
            },
        ),
    ],
    ids=["zh-gbk", "ru-cp866"],
)
def test_a_windows_zip_is_read_file_by_file(
    cover: str,
    members: tuple[tuple[str, bytes], ...],
    codec: str,
    names: tuple[str, ...],
    expected: dict[str, Any],
) -> None:
    archive = _windows_zip(members, codec)
    raw = make_mail(cover, attachments=(("answer.zip", "application/x-zip-compressed", archive),))
    parsed = _parse(raw)
    assert parsed.kind == "nomination"
    assert _people(parsed) == [expected]
    read = [a.filename for a in parsed.attachments]
    assert all(name in read for name in names)


def test_a_western_name_in_a_windows_zip_stays_latin() -> None:
    """Accented Latin names (cp850) read as cp866 would mix scripts in one word: kept."""
    from parsers.archives import member_name  # noqa: PLC0415 - the reader under test

    info = zipfile.ZipInfo("Résumé désignation.docx")
    info.filename = "Résumé désignation.docx".encode("cp850").decode("cp437")
    assert member_name(info) == "Résumé désignation.docx"


def _bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("annex.docx", b"\0" * (8 * 1024 * 1024))
    return out.getvalue()


def test_a_zip_bomb_is_not_unpacked() -> None:
    raw = make_mail(
        "Dear colleagues,\n\nPlease find our nomination for C. CWS 175 attached.\n\nRegards\n",
        attachments=(("annex.zip", "application/zip", _bomb()),),
    )
    parsed = _parse(raw)
    assert parsed.nominees == ()
    assert any("zip bomb" in (w.message or "") for w in parsed.warnings) or any(
        a.error and "zip bomb" in a.error for a in parsed.attachments
    )


def test_a_zip_holding_a_program_is_still_no_document() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("annex.docx", _docx(("Username: zz-x",)))
        archive.writestr("annex.doc.js", b"var x = 1;\n")
    raw = make_mail(
        "Hello,\n\nthe revised file, please process it urgently.\n",
        attachments=(("revised.zip", "application/zip", out.getvalue()),),
    )
    parsed = _parse(raw)
    assert parsed.nominees == ()
    assert any(a.error and "executable" in a.error for a in parsed.attachments)


# --- the account's cell naming its own parts --------------------------------------------


def test_an_account_cell_with_labelled_username_and_address_ru() -> None:
    table = (
        ("№", "Фамилия, имя, отчество", "Должность", "Целевая группа", "Учетная запись ВОИС"),
        (
            "1",
            "Беляева Ирина Константиновна",
            "заместитель заведующего отделом",
            "Целевая группа по 3D",
            "имя пользователя: ru-ibelyaeva\nэл. почта: i.belyaeva@rupto.example",
        ),
        (
            "2",
            "Гусев Андрей Валентинович",
            "ведущий инженер-программист",
            "Целевая группа по XML4IP",
            "эл. почта: a.gusev@rupto.example\nимя пользователя: ru-agusev",
        ),
    )
    letter = _docx(("В ответ на циркулярное письмо C. CWS 175 выдвигаем:",), table)
    raw = make_mail(
        "Уважаемые коллеги!\n\nНаправляем письмо (C. CWS 175).\n\nС уважением,\nМ. Лаптева\n",
        attachments=(("letter.docx", DOCX, letter),),
    )
    got = [(p["username"], p["account_email"]) for p in _people(_parse(raw))]
    assert got == [
        ("ru-ibelyaeva", "i.belyaeva@rupto.example"),
        ("ru-agusev", "a.gusev@rupto.example"),
    ]


@pytest.mark.parametrize(
    ("account", "expected"),
    [
        ("Username: zz-mkovacs E-mail: m.kovacs@po.example", ("zz-mkovacs", "m.kovacs@po.example")),
        (
            "E-mail: m.kovacs@po.example / Username: zz-mkovacs",
            ("zz-mkovacs", "m.kovacs@po.example"),
        ),
        ("Username: zz-mkovacs", ("zz-mkovacs", None)),
        # Near misses, read as before: a username then its labelled address, and an
        # address labelled alone under the account's label.
        ("zz-mkovacs – e-mail: m.kovacs@po.example", ("zz-mkovacs", "m.kovacs@po.example")),
        ("E-mail: m.kovacs@po.example", (None, "m.kovacs@po.example")),
    ],
)
def test_an_account_value_naming_its_own_parts_en(
    account: str, expected: tuple[str | None, str | None]
) -> None:
    body = (
        "Dear Colleagues,\n\nIn reply to Circular C. CWS 175, the Office nominates:\n\n"
        "Last name: KOVÁCS\nFirst name: Márta\nPosition: Patent Examiner\n"
        f"WIPO Account: {account}\nTask Force: API Task Force\n\nKind regards\nJohn Roe\n"
    )
    people = _people(_parse(make_mail(body)))
    assert [(p["username"], p["account_email"]) for p in people] == [expected]


# --- a click letter opening a surname; the signing service's certificate ------------------


def _drawn_pdf(lines: Sequence[str]) -> bytes:
    return _form_pdf([(56, 800 - 14 * i, line) for i, line in enumerate(lines) if line], [])


_LETTER = (
    "RE: CIRCULAR C. CWS 175 - NOMINATION OF REPRESENTATIVES",
    "The Authority hereby nominates the following officials as its representatives:",
    "",
    "1.  Ms Selma Nghipandulwa",
    "Position: Senior Examiner: Patents",
    "Task Forces: Sequence Listings Task Force",
    "WIPO Account username: na-snghipandulwa",
    "E-mail address used for the WIPO Account: snghipandulwa@bipa.example",
    "",
    "2.  Mr Theo {surname}",
    "Position: Manager: IT Systems and Data",
    "Task Forces: XML4IP Task Force; API Task Force",
    "WIPO Account username: na-tnowaseb",
    "E-mail address used for the WIPO Account: tnowaseb@bipa.example",
    "",
    "Yours faithfully,",
    "Dr Ndapewa Amutenya",
    "Chief Executive Officer",
)
_CERTIFICATE = (
    "Certificate Of Completion",
    "Envelope Id: 3F6A1C2E8B4D4F0A9C1E7D2B5A8E9F01      Status: Completed",
    "Signer Events                          Signature                    Timestamp",
    "Ndapewa Amutenya                       DocuSigned by:               Sent: 10/11/2023",
    "namutenya@bipa.example                 Ndapewa Amutenya             Signed: 10/11/2023",
    "Carbon Copy Events                     Status                       Timestamp",
    "Selma Nghipandulwa                     COPIED                       Sent: 10/11/2023",
    "snghipandulwa@bipa.example",
    "Theo {surname}                          COPIED                       Sent: 10/11/2023",
    "tnowaseb@bipa.example",
)


@pytest.mark.parametrize("surname", ["!Nowaseb", "ǃNowaseb"])
def test_a_surname_opening_with_a_click_letter(surname: str) -> None:
    letter = _drawn_pdf([line.format(surname=surname) for line in _LETTER])
    certificate = _drawn_pdf([line.format(surname=surname) for line in _CERTIFICATE])
    raw = make_mail(
        "Dear CWS Secretariat,\n\nPlease find attached the signed letter of the Business and "
        "Intellectual Property Authority (BIPA) in reply to Circular C. CWS 175, with the "
        "certificate of completion.\n\nKind regards,\nHilma\n",
        attachments=(
            ("BIPA nominations.pdf", "application/pdf", letter),
            ("Summary.pdf", "application/pdf", certificate),
        ),
    )
    people = _people(_parse(raw))
    assert [(p["title"], p["last_name"], p["first_name"]) for p in people] == [
        ("Ms", "Nghipandulwa", "Selma"),
        ("Mr", surname, "Theo"),
    ]
    assert people[1]["username"] == "na-tnowaseb"


def test_an_exclamation_mark_after_a_name_opens_no_surname() -> None:
    body = (
        "Dear Colleagues,\n\nIn reply to Circular C. CWS 175 we nominate Mr John SMITH!Please "
        "register him for the API Task Force (username zz-jsmith, j.smith@po.example).\n\n"
        "Regards\nAnn Lee\n"
    )
    people = _people(_parse(make_mail(body)))
    assert [(p["last_name"], p["first_name"]) for p in people] == [("SMITH", "John")]
