"""The filled annex sent as a file under a cover that names no one: a landscape PDF table
with one row per nominee (its header and cells wrapped over lines), or a two-column form
repeated per representative with the title in brackets after the given name. Every
nominee and every field is read, the username and account-address columns too; the
form's "Completed by" line names the sender, no nominee. The same annex as an .xlsx or a
.docx reads the same.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import docx
import openpyxl
import pytest

from parsers import ParsedEmail, parse_email
from parsers.spaced_tables import join_spaced_tables
from tests.parsers.mailmaker import catalog, make_mail

# -- a PDF as a word processor saves it: a text layer in a CID font read through its
# /ToUnicode map (any script), the table's cell borders drawn as rectangles ----------

_Run = tuple[float, float, float, str]  # x, y, size, text
_Rect = tuple[float, float, float, float]


def _wide(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def _stream(data: bytes) -> bytes:
    packed = zlib.compress(data)
    return (
        f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
        + packed
        + b"\nendstream"
    )


def _pdf(runs: Sequence[_Run], rects: Sequence[_Rect] = ()) -> bytes:
    """A one-page landscape A4 PDF whose text is in a subset font with codes of its own."""
    codes: dict[str, int] = {}
    for *_, text in runs:
        for ch in text:
            codes.setdefault(ch, len(codes) + 1)
    body = "0.5 w\n" + "".join(f"{x:.1f} {y:.1f} {w:.1f} {h:.1f} re S\n" for x, y, w, h in rects)
    for x, y, size, text in runs:
        hexed = "".join(f"{codes[ch]:04X}" for ch in text)
        body += f"BT /F1 {size:g} Tf 1 0 0 1 {x:.1f} {y:.1f} Tm <{hexed}> Tj ET\n"
    cmap = "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Adobe-Identity-UCS def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            "<0000> <FFFF>",
            "endcodespacerange",
            f"{len(codes)} beginbfchar",
            *(f"<{code:04X}> <{ord(ch):04X}>" for ch, code in codes.items()),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )
    widths = " ".join(f"{code} [{1000 if _wide(ch) else 500}]" for ch, code in codes.items())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        _stream(body.encode("ascii")),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+ArialUnicodeMS "
        b"/Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+ArialUnicodeMS "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        + f"/DW 1000 /W [{widths}] >>".encode(),
        _stream(cmap.encode("ascii")),
    ]
    out = b"%PDF-1.7\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return out


# -- the annex in six languages ---------------------------------------------------------

Cell = tuple[str, ...]  # a cell's lines


@dataclass(frozen=True)
class Annex:
    office_label: str
    office: str
    header: tuple[Cell, ...]  # task forces, name, post, username, account address
    rows: tuple[tuple[Cell, ...], ...]
    completed: str  # the form's "Completed by" line: the sender
    cover: str
    expected: tuple[tuple[str, str, str, str, str, str, tuple[str, ...]], ...]


XML, SEQL, LS = "XML4IP Task Force", "Sequence Listings Task Force", "Legal Status Task Force"

ANNEXES: dict[str, Annex] = {
    "en": Annex(
        "Name of Office/Organization:",
        "Intellectual Property Office of Ruritania",
        (
            ("Name of the Task Force(s)",),
            ("Last name, First name", "(Mr./Mrs./Ms.)"),
            ("Position in the Office",),
            ("WIPO User Center ID",),
            ("E-mail address used when creating", "the WIPO User Center account"),
        ),
        (
            (
                ("XML4IP Task Force",),
                ("Hughes, Oliver (Mr.)",),
                ("Senior Data Analyst, Information", "and Data Services"),
                ("rr-ohughes",),
                ("oliver.hughes@ipo.example",),
            ),
            (
                ("Legal Status Task Force;", "SEQL Task Force"),
                ("Clarke, Rebecca (Mrs.)",),
                ("Head of Legal Status and Patent", "Register Team"),
                ("rr-rclarke",),
                ("rebecca.clarke@ipo.example",),
            ),
        ),
        "Completed by: Amanda Price, International Policy Directorate",
        "Dear colleagues,\n\nPlease find attached our completed nomination form "
        "(Circular C. CWS 175).\n\nKind regards,\nAmanda Price\n",
        (
            (
                "Mr",
                "Hughes",
                "Oliver",
                "Senior Data Analyst, Information and Data Services",
                "rr-ohughes",
                "oliver.hughes@ipo.example",
                (XML,),
            ),
            (
                "Mrs",
                "Clarke",
                "Rebecca",
                "Head of Legal Status and Patent Register Team",
                "rr-rclarke",
                "rebecca.clarke@ipo.example",
                (SEQL, LS),
            ),
        ),
    ),
    "fr": Annex(
        "Nom de l'office ou de l'organisation :",
        "Office ruritanien de la propriété intellectuelle",
        (
            ("Nom de l'équipe d'experts", "(des équipes d'experts)"),
            ("Nom, prénom", "(M./Mme)"),
            ("Fonction au sein de l'office",),
            ("Nom d'utilisateur du Centre", "d'utilisateurs de l'OMPI"),
            ("Adresse électronique utilisée", "pour créer le compte OMPI"),
        ),
        (
            (
                ("Équipe d'experts XML4IP",),
                ("MARTIN, Claire (Mme)",),
                ("Cheffe du service des systèmes", "d'information"),
                ("rr-cmartin",),
                ("claire.martin@inpi.example",),
            ),
            (
                ("Équipe d'experts chargée de la", "situation juridique"),
                ("LEROY, Paul (M.)",),
                ("Examinateur principal,", "Direction des brevets"),
                ("rr-pleroy",),
                ("paul.leroy@inpi.example",),
            ),
        ),
        "Rempli par : Sophie Bernard, Service des relations internationales",
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint l'annexe remplie (circulaire "
        "C. CWS 175).\n\nCordialement,\nSophie Bernard\n",
        (
            (
                "Mrs",
                "MARTIN",
                "Claire",
                "Cheffe du service des systèmes d'information",
                "rr-cmartin",
                "claire.martin@inpi.example",
                (XML,),
            ),
            (
                "Mr",
                "LEROY",
                "Paul",
                "Examinateur principal, Direction des brevets",
                "rr-pleroy",
                "paul.leroy@inpi.example",
                (LS,),
            ),
        ),
    ),
    "es": Annex(
        "Nombre de la Oficina u organización:",
        "Oficina Ruritana de Propiedad Industrial",
        (
            ("Nombre(s) del Equipo Técnico",),
            ("Apellido, nombre", "(Sra./Sr.)"),
            ("Cargo que ocupa en la Oficina",),
            ("Nombre de usuario del", "Centro de Usuarios", "de la OMPI"),
            ("Correo electrónico utilizado para", "crear la cuenta OMPI"),
        ),
        (
            (
                ("Equipo Técnico XML4IP;", "Equipo Técnico SEQL"),
                ("Rincón Castañeda, Andrés (Sr.)",),
                ("Profesional Especializado,", "Oficina de Tecnología e", "Informática"),
                ("rr-arincon",),
                ("arincon@orpi.example",),
            ),
            (
                ("Equipo Técnico sobre la", "Situación Jurídica"),
                ("Gómez Patiño, Luisa (Sra.)",),
                ("Coordinadora del Grupo de Patentes",),
                ("rr-lgomez",),
                ("lgomezp@orpi.example",),
            ),
        ),
        "Diligenciado por: Diana Ortiz Vargas, Grupo de Asuntos Internacionales",
        "Respetados señores:\n\nAdjuntamos el anexo diligenciado (circular C. CWS 175)."
        "\n\nCordialmente,\nDiana Ortiz Vargas\n",
        (
            (
                "Mr",
                "Rincón Castañeda",
                "Andrés",
                "Profesional Especializado, Oficina de Tecnología e Informática",
                "rr-arincon",
                "arincon@orpi.example",
                (XML, SEQL),
            ),
            (
                "Mrs",
                "Gómez Patiño",
                "Luisa",
                "Coordinadora del Grupo de Patentes",
                "rr-lgomez",
                "lgomezp@orpi.example",
                (LS,),
            ),
        ),
    ),
    "ru": Annex(
        "Наименование ведомства:",
        "Руританское патентное ведомство",
        (
            ("Название целевой группы", "(целевых групп)"),
            ("Фамилия, имя", "(г-н/г-жа)"),
            ("Должность в ведомстве",),
            ("Имя пользователя в Центре", "пользователей ВОИС"),
            ("Адрес электронной почты для", "учетной записи ВОИС"),
        ),
        (
            (
                ("Целевая группа по XML4IP",),
                ("Смирнова, Ольга (г-жа)",),
                ("начальник отдела", "информационных технологий"),
                ("rr-osmirnova",),
                ("o.smirnova@rupat.example",),
            ),
            (
                ("Целевая группа по SEQL",),
                ("Кузнецов, Игорь (г-н)",),
                ("главный специалист",),
                ("rr-ikuznetsov",),
                ("i.kuznetsov@rupat.example",),
            ),
        ),
        "Заполнил: Петров Сергей, отдел международного сотрудничества",
        "Уважаемые коллеги!\n\nНаправляем заполненное приложение к циркуляру C. CWS 175."
        "\n\nС уважением,\nСергей Петров\n",
        (
            (
                "Mrs",
                "Смирнова",
                "Ольга",
                "начальник отдела информационных технологий",
                "rr-osmirnova",
                "o.smirnova@rupat.example",
                (XML,),
            ),
            (
                "Mr",
                "Кузнецов",
                "Игорь",
                "главный специалист",
                "rr-ikuznetsov",
                "i.kuznetsov@rupat.example",
                (SEQL,),
            ),
        ),
    ),
    "zh": Annex(
        "主管局名称：",
        "鲁里坦尼亚知识产权局",
        (
            ("工作队名称",),
            ("姓，名", "（先生/女士）"),
            ("在主管局的职务",),
            ("WIPO用户中心", "用户名"),
            ("创建WIPO账户时", "使用的电子邮箱"),
        ),
        (
            (
                ("XML4IP工作队；", "序列表工作队"),
                ("王，芳（女士）",),
                ("自动化部", "副处长"),
                ("rr-wangfang",),
                ("wangfang@rpo.example",),
            ),
            (
                ("法律状态工作队",),
                ("李，强（先生）",),
                ("审查员",),
                ("rr-liqiang",),
                ("liqiang@rpo.example",),
            ),
        ),
        "填表人：张敏，国际合作司",
        "您好！\n\n附件为我局填写的附件表格（C. CWS 175号通函），请查收。\n\n张敏\n",
        (
            (
                "Mrs",
                "王",
                "芳",
                "自动化部副处长",
                "rr-wangfang",
                "wangfang@rpo.example",
                (XML, SEQL),
            ),
            ("Mr", "李", "强", "审查员", "rr-liqiang", "liqiang@rpo.example", (LS,)),
        ),
    ),
    "ar": Annex(
        "اسم المكتب:",
        "مكتب روريتانيا للملكية الفكرية",
        (
            ("اسم فرقة العمل",),
            ("اسم العائلة، الاسم الأول", "(السيد/السيدة)"),
            ("المنصب في المكتب",),
            ("اسم المستخدم في مركز", "مستخدمي الويبو"),
            ("البريد الإلكتروني المستخدم", "لإنشاء حساب الويبو"),
        ),
        (
            (
                ("فرقة العمل المعنية", "بمعيار XML4IP"),
                ("العلمي، يوسف (السيد)",),
                ("رئيس قسم", "نظم المعلومات"),
                ("rr-yalami",),
                ("y.alami@rpo.example",),
            ),
            (
                ("فرقة العمل المعنية", "بالوضع القانوني"),
                ("بنكيران، سناء (السيدة)",),
                ("مهندسة",),
                ("rr-sbenkiran",),
                ("s.benkiran@rpo.example",),
            ),
        ),
        "أعده: كريم التازي، قسم التعاون الدولي",
        "السادة المحترمون،\n\nتجدون طيه الاستمارة المملوءة ردا على التعميم C. CWS 175."
        "\n\nمع التحية،\nكريم التازي\n",
        (
            (
                "Mr",
                "العلمي",
                "يوسف",
                "رئيس قسم نظم المعلومات",
                "rr-yalami",
                "y.alami@rpo.example",
                (XML,),
            ),
            ("Mrs", "بنكيران", "سناء", "مهندسة", "rr-sbenkiran", "s.benkiran@rpo.example", (LS,)),
        ),
    ),
}


def _parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog())


def _people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (
            n.title,
            n.last_name,
            n.first_name,
            n.position,
            n.username,
            n.account_email,
            tuple(n.task_forces),
        )
        for n in parsed.nominees
    ]


# Column left edges and widths (points); a line of 9-point text takes 4.5 points a Latin
# letter, 9 a Han one, and is wrapped within its cell as a word processor wraps it.
_COLUMNS = ((30.0, 150.0), (180.0, 150.0), (330.0, 170.0), (500.0, 130.0), (630.0, 180.0))


def _fits(line: str, width: float) -> bool:
    return sum(9.0 if _wide(ch) else 4.5 for ch in line) <= width - 8


def _table_pdf(annex: Annex) -> bytes:
    runs: list[_Run] = [(40, 480, 10, annex.office_label), (190, 480, 10, annex.office)]
    rects: list[_Rect] = []
    top = 455.0
    for row in (annex.header, *annex.rows):
        height = 12.0 + 11 * max(len(cell) for cell in row)
        for (x, width), cell in zip(_COLUMNS, row, strict=True):
            rects.append((x, top - height, width, height))
            assert all(_fits(line, width) for line in cell), cell
            runs += [(x + 4, top - 13 - 11 * k, 9, line) for k, line in enumerate(cell)]
        top -= height
    runs.append((40, top - 30, 9, annex.completed))
    return _pdf(runs, rects)


def _mail(annex: Annex, data: bytes, filename: str, ctype: str) -> bytes:
    return make_mail(annex.cover, attachments=((filename, ctype, data),))


@pytest.mark.parametrize("lang", sorted(ANNEXES))
def test_a_pdf_table_one_row_per_nominee_is_read_whole(lang: str) -> None:
    annex = ANNEXES[lang]
    parsed = _parse(_mail(annex, _table_pdf(annex), "annex.pdf", "application/pdf"))
    assert parsed.kind == "nomination"
    assert _people(parsed) == [tuple(e) for e in annex.expected]
    assert parsed.office == annex.office


# -- the same annex as a workbook or a Word table reads the same ------------------------


def _xlsx(annex: Annex) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([annex.office_label.rstrip(" :："), annex.office])
    sheet.append([])
    for row in (annex.header, *annex.rows):
        # A cell's text wrapped by Excel, as shown: one text.
        sheet.append([_unwrapped(cell) for cell in row])
    sheet.append([])
    sheet.append([annex.completed])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _unwrapped(lines: Cell) -> str:
    """A cell's lines as one text: Chinese runs on with no space."""
    text = lines[0]
    for line in lines[1:]:
        text += ("" if _wide(text[-1]) and _wide(line[0]) else " ") + line
    return text


def _docx(annex: Annex) -> bytes:
    document = docx.Document()
    document.add_paragraph(f"{annex.office_label} {annex.office}")
    table = document.add_table(rows=0, cols=len(annex.header))
    for row in (annex.header, *annex.rows):
        cells = table.add_row().cells
        for cell, lines in zip(cells, row, strict=True):
            # A cell's text wrapped by Word is one paragraph; a line break is the writer's.
            cell.text = _unwrapped(lines)
    document.add_paragraph(annex.completed)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.parametrize("lang", sorted(ANNEXES))
def test_the_same_annex_as_xlsx_and_docx_reads_as_the_pdf(lang: str) -> None:
    annex = ANNEXES[lang]
    pdf = _people(_parse(_mail(annex, _table_pdf(annex), "annex.pdf", "application/pdf")))
    xlsx = _people(_parse(_mail(annex, _xlsx(annex), "annex.xlsx", _XLSX)))
    word = _people(_parse(_mail(annex, _docx(annex), "annex.docx", _DOCX)))
    assert pdf == xlsx == word == [tuple(e) for e in annex.expected]


# -- a two-column form repeated per representative, its labels the annex's long ones --


@dataclass(frozen=True)
class Form:
    heading: str  # "Representative {n}"
    labels: tuple[str, ...]  # office, task forces, name (title after), post, username, address
    office: str
    people: tuple[tuple[str, ...], ...]  # per person: task forces, name, post, username, address
    completed: str
    cover: str
    expected: tuple[tuple[str, str, str, str, str, str, tuple[str, ...]], ...]


FORMS: dict[str, Form] = {
    "en": Form(
        "Representative {n}",
        (
            "Name of Office/Organization",
            "Name of the Task Force(s)",
            "Last name, First name (Mr./Mrs./Ms.)",
            "Position in the Office",
            "Username chosen when creating the account in the WIPO User Center",
            "E-mail address used when creating the account in the WIPO User Center",
        ),
        "Intellectual Property Office of Ruritania",
        (
            (
                "XML4IP Task Force",
                "Hughes, Oliver James (Mr.)",
                "Senior Data Analyst",
                "rr-ohughes",
                "oliver.hughes@ipo.example",
            ),
            (
                "Legal Status Task Force",
                "Clarke, Rebecca (Mrs.)",
                "Head of the Patent Register Team",
                "rr-rclarke",
                "rebecca.clarke@ipo.example",
            ),
        ),
        "Completed by: Amanda Price, International Policy Directorate",
        "Dear colleagues,\n\nPlease find attached the completed annex for our two officers "
        "(Circular C. CWS 175).\n\nKind regards,\nAmanda Price\n",
        (
            (
                "Mr",
                "Hughes",
                "Oliver James",
                "Senior Data Analyst",
                "rr-ohughes",
                "oliver.hughes@ipo.example",
                (XML,),
            ),
            (
                "Mrs",
                "Clarke",
                "Rebecca",
                "Head of the Patent Register Team",
                "rr-rclarke",
                "rebecca.clarke@ipo.example",
                (LS,),
            ),
        ),
    ),
    "fr": Form(
        "Représentant {n}",
        (
            "Nom de l'office ou de l'organisation",
            "Nom de l'équipe d'experts (des équipes d'experts)",
            "Nom, prénom (M./Mme)",
            "Fonction au sein de l'office",
            "Nom d'utilisateur du Centre d'utilisateurs de l'OMPI (Comptes OMPI)",
            "Adresse électronique utilisée pour créer le compte au Centre d'utilisateurs",
        ),
        "Office ruritanien de la propriété intellectuelle",
        (
            (
                "Équipe d'experts XML4IP",
                "MARTIN, Claire Hélène (Mme)",
                "Cheffe du service des systèmes d'information",
                "rr-cmartin",
                "claire.martin@inpi.example",
            ),
            (
                "Équipe d'experts chargée de la situation juridique",
                "LEROY, Paul (M.)",
                "Examinateur principal",
                "rr-pleroy",
                "paul.leroy@inpi.example",
            ),
        ),
        "Rempli par : Sophie Bernard, Service des relations internationales",
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint l'annexe remplie pour nos deux "
        "représentants (circulaire C. CWS 175).\n\nCordialement,\nSophie Bernard\n",
        (
            (
                "Mrs",
                "MARTIN",
                "Claire Hélène",
                "Cheffe du service des systèmes d'information",
                "rr-cmartin",
                "claire.martin@inpi.example",
                (XML,),
            ),
            (
                "Mr",
                "LEROY",
                "Paul",
                "Examinateur principal",
                "rr-pleroy",
                "paul.leroy@inpi.example",
                (LS,),
            ),
        ),
    ),
    "es": Form(
        "Representante {n}",
        (
            "Nombre de la Oficina u organización",
            "Nombre(s) del Equipo Técnico / de los Equipos Técnicos",
            "Apellido, nombre (Sra./Sr.)",
            "Cargo que ocupa en la Oficina",
            "Nombre de usuario del Centro de Usuarios de la OMPI (Cuentas OMPI)",
            "Dirección de correo electrónico utilizada para crear la cuenta OMPI",
        ),
        "Oficina Ruritana de Propiedad Industrial",
        (
            (
                "Equipo Técnico XML4IP",
                "Rincón Castañeda, Andrés Felipe (Sr.)",
                "Profesional Especializado",
                "rr-arincon",
                "arincon@orpi.example",
            ),
            (
                "Equipo Técnico sobre la Situación Jurídica",
                "Gómez Patiño, Luisa Fernanda (Sra.)",
                "Coordinadora del Grupo de Patentes",
                "rr-lgomez",
                "lgomezp@orpi.example",
            ),
        ),
        "Diligenciado por: Diana Ortiz Vargas, Grupo de Asuntos Internacionales",
        "Respetados señores:\n\nRemitimos adjunto el anexo diligenciado con los datos de los "
        "dos funcionarios (circular C. CWS 175).\n\nCordialmente,\nDiana Ortiz Vargas\n",
        (
            (
                "Mr",
                "Rincón Castañeda",
                "Andrés Felipe",
                "Profesional Especializado",
                "rr-arincon",
                "arincon@orpi.example",
                (XML,),
            ),
            (
                "Mrs",
                "Gómez Patiño",
                "Luisa Fernanda",
                "Coordinadora del Grupo de Patentes",
                "rr-lgomez",
                "lgomezp@orpi.example",
                (LS,),
            ),
        ),
    ),
    "ru": Form(
        "Представитель {n}",
        (
            "Наименование ведомства или организации",
            "Название целевой группы (целевых групп)",
            "Фамилия, имя (г-н/г-жа)",
            "Должность в ведомстве",
            "Имя пользователя в Центре пользователей ВОИС (учетные записи ВОИС)",
            "Адрес электронной почты, использованный при создании учетной записи ВОИС",
        ),
        "Руританское патентное ведомство",
        (
            (
                "Целевая группа по XML4IP",
                "Смирнова, Ольга (г-жа)",
                "начальник отдела информационных технологий",
                "rr-osmirnova",
                "o.smirnova@rupat.example",
            ),
            (
                "Целевая группа по SEQL",
                "Кузнецов, Игорь (г-н)",
                "главный специалист",
                "rr-ikuznetsov",
                "i.kuznetsov@rupat.example",
            ),
        ),
        "Заполнил: Петров Сергей, отдел международного сотрудничества",
        "Уважаемые коллеги!\n\nНаправляем заполненное приложение на двух сотрудников "
        "(циркуляр C. CWS 175).\n\nС уважением,\nСергей Петров\n",
        (
            (
                "Mrs",
                "Смирнова",
                "Ольга",
                "начальник отдела информационных технологий",
                "rr-osmirnova",
                "o.smirnova@rupat.example",
                (XML,),
            ),
            (
                "Mr",
                "Кузнецов",
                "Игорь",
                "главный специалист",
                "rr-ikuznetsov",
                "i.kuznetsov@rupat.example",
                (SEQL,),
            ),
        ),
    ),
    "zh": Form(
        "代表{n}",
        (
            "主管局或组织名称",
            "工作队名称",
            "姓，名（先生/女士）",
            "在主管局的职务",
            "在WIPO用户中心创建账户时选择的用户名",
            "在WIPO用户中心创建账户时使用的电子邮件地址",
        ),
        "鲁里坦尼亚知识产权局",
        (
            (
                "XML4IP工作队",
                "王，芳（女士）",
                "自动化部副处长",
                "rr-wangfang",
                "wangfang@rpo.example",
            ),
            ("法律状态工作队", "李，强（先生）", "审查员", "rr-liqiang", "liqiang@rpo.example"),
        ),
        "填表人：张敏，国际合作司",
        "您好！\n\n附件为我局两名代表的附件表格（C. CWS 175号通函），请查收。\n\n张敏\n",
        (
            ("Mrs", "王", "芳", "自动化部副处长", "rr-wangfang", "wangfang@rpo.example", (XML,)),
            ("Mr", "李", "强", "审查员", "rr-liqiang", "liqiang@rpo.example", (LS,)),
        ),
    ),
    "ar": Form(
        "الممثل {n}",
        (
            "اسم المكتب أو المنظمة",
            "اسم فرقة العمل (فرق العمل)",
            "اسم العائلة، الاسم الأول (السيد/السيدة)",
            "المنصب في المكتب",
            "اسم المستخدم في مركز مستخدمي الويبو (حسابات الويبو)",
            "عنوان البريد الإلكتروني المستخدم عند إنشاء الحساب في مركز مستخدمي الويبو",
        ),
        "مكتب روريتانيا للملكية الفكرية",
        (
            (
                "فرقة العمل المعنية بمعيار XML4IP",
                "العلمي، يوسف (السيد)",
                "رئيس قسم نظم المعلومات",
                "rr-yalami",
                "y.alami@rpo.example",
            ),
            (
                "فرقة العمل المعنية بالوضع القانوني",
                "بنكيران، سناء (السيدة)",
                "مهندسة",
                "rr-sbenkiran",
                "s.benkiran@rpo.example",
            ),
        ),
        "أعده: كريم التازي، قسم التعاون الدولي",
        "السادة المحترمون،\n\nتجدون طيه الاستمارة المملوءة لممثلينا ردا على التعميم C. CWS 175."
        "\n\nمع التحية،\nكريم التازي\n",
        (
            (
                "Mr",
                "العلمي",
                "يوسف",
                "رئيس قسم نظم المعلومات",
                "rr-yalami",
                "y.alami@rpo.example",
                (XML,),
            ),
            ("Mrs", "بنكيران", "سناء", "مهندسة", "rr-sbenkiran", "s.benkiran@rpo.example", (LS,)),
        ),
    ),
}


def _form_pdf(form: Form) -> bytes:
    runs: list[_Run] = []
    rects: list[_Rect] = []
    top = 560.0
    for number, values in enumerate(form.people, start=1):
        runs.append((40, top, 10, form.heading.format(n=number)))
        y = top - 8
        for label, value in zip(form.labels, (form.office, *values), strict=True):
            rects.append((36, y - 17, 380, 17))
            rects.append((416, y - 17, 390, 17))
            runs += [(40, y - 12, 8, label), (420, y - 12, 8, value)]
            y -= 17
        top = y - 28
    runs.append((40, top, 9, form.completed))
    return _pdf(runs, rects)


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_a_pdf_form_per_representative_is_read_field_by_field(lang: str) -> None:
    form = FORMS[lang]
    raw = make_mail(form.cover, attachments=(("annex.pdf", "application/pdf", _form_pdf(form)),))
    parsed = _parse(raw)
    assert parsed.kind == "nomination"
    assert _people(parsed) == [tuple(e) for e in form.expected]
    assert parsed.office == form.office


# -- the table as laid out text: what is rewritten and what is left -------------------

_LAID_OUT = """\
Name of the Task Force(s)     Last name, First name      Position in the Office     WIPO User Center ID    E-mail address used
                              (Mr./Mrs./Ms.)                                                               for the account
XML4IP Task Force             Hughes, Oliver (Mr.)       Senior Data Analyst,       rr-ohughes             oliver.hughes@ipo.example
                                                         Data Services
Legal Status Task Force       Clarke, Rebecca (Mrs.)     Head of Register Team                             rebecca.clarke@ipo.example

Completed by: Amanda Price                               Date: 11/10/2023
"""


def test_a_tight_table_its_header_and_rows_with_no_blank_line_between() -> None:
    # The second nominee's username is left empty: her address stays in its own column.
    assert join_spaced_tables(_LAID_OUT).splitlines()[:3] == [
        "| Name of the Task Force(s) | Last name, First name (Mr./Mrs./Ms.) | Position in the "
        "Office | WIPO User Center ID | E-mail address used for the account |",
        "| XML4IP Task Force | Hughes, Oliver (Mr.) | Senior Data Analyst, Data Services | "
        "rr-ohughes | oliver.hughes@ipo.example |",
        "| Legal Status Task Force | Clarke, Rebecca (Mrs.) | Head of Register Team |  | "
        "rebecca.clarke@ipo.example |",
    ]
    parsed = _parse(make_mail("Please find our nominations below.\n\n" + _LAID_OUT))
    assert [(n.last_name, n.username, n.account_email) for n in parsed.nominees] == [
        ("Hughes", "rr-ohughes", "oliver.hughes@ipo.example"),
        ("Clarke", None, "rebecca.clarke@ipo.example"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A meeting's programme: columns, but no annex labels over them.
        "Date          Time           Room          Topic\n"
        "12 October    10:00-12:00    Room A        ST.96 roadmap\n"
        "13 October    14:00-16:00    Room B        ST.26 tools\n",
        # A letterhead laid out in three columns.
        "Ruritanian Patent Office     Tel: +00 000 0000     www.rpo.example\n"
        "12 Main Street               Fax: +00 000 0001     info@rpo.example\n",
        # The annex's header alone: the blank form sent back unfilled.
        "Name of the Task Force(s)     Last name, First name     Position in the Office"
        "     WIPO User Center ID     E-mail address\n",
    ],
)
def test_columns_that_are_no_filled_annex_are_left_as_they_are(text: str) -> None:
    assert join_spaced_tables(text) == text


def test_the_blank_annex_as_a_pdf_names_no_one() -> None:
    blank = Annex(
        "Name of Office/Organization:",
        "Intellectual Property Office of Ruritania",
        ANNEXES["en"].header,
        (),
        "Completed by:",
        "Dear colleagues,\n\nCould you send us the annex of Circular C. CWS 175 again? "
        "The one attached is empty.\n\nAmanda Price\n",
        (),
    )
    parsed = _parse(_mail(blank, _table_pdf(blank), "annex.pdf", "application/pdf"))
    assert not parsed.nominees
