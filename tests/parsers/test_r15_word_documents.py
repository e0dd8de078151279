""".docx letters and forms: the letterhead Word keeps in the first page's header names the
office; a post with a bracketed field before the record goes on ("Principal Examiner
(Patents): ...") keeps it; a username is never a word of a phrase saying it is not known
yet ("as soon as it is available", "pas encore disponible"); a registration form grid with
two label/value pairs to a row ("姓名 | 谭永刚 | 性别 | 男", "Last name | Smith | First name |
John") is one person's record, and a Chinese form's "职称" (professional rank) gives way to
its "职务" (post)."""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
import pytest

from parsers import parse_email
from parsers.models import ParsedEmail
from tests.parsers.mailmaker import catalog, make_mail

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog())


def _with_docx(cover: str, data: bytes, *, sender: str | None = None) -> bytes:
    extra = {"sender": sender} if sender else {}
    return make_mail(cover, attachments=(("letter.docx", DOCX, data),), **extra)


def _saved(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- the letterhead in the Word page header -------------------------------------------


def _letter(
    header: Sequence[str],
    body: Sequence[str],
    *,
    footer: Sequence[str] = (),
    first_page: Sequence[str] | None = None,
) -> bytes:
    """A letter whose header (and, with `first_page`, its title page's own header) and
    footer hold the given lines."""
    document = docx.Document()
    section = document.sections[0]
    targets = [(section.header, header), (section.footer, footer)]
    if first_page is not None:
        section.different_first_page_header_footer = True
        targets.append((section.first_page_header, first_page))
    for part, lines in targets:
        for n, line in enumerate(lines):
            paragraph = part.paragraphs[0] if n == 0 else part.add_paragraph()
            paragraph.add_run(line)
    for line in body:
        document.add_paragraph(line)
    return _saved(document)


_EN_BODY = (
    "Our Ref: INT/CWS/23/07",
    "Dear Sir/Madam,",
    "RE: CIRCULAR C. CWS 175 – NOMINATION OF REPRESENTATIVES TO THE CWS TASK FORCES",
    "The Office is pleased to nominate Mr Tawanda Mutasa, Systems Analyst, to the XML4IP "
    "Task Force. WIPO Account username: zw-tmutasa, registered with tmutasa@office.example.",
    "Yours faithfully,",
    "Controller of Patents",
)
_FR_BODY = (
    "N/Réf. : DG/CWS/2023/41",
    "Madame, Monsieur,",
    "Objet : circulaire C. CWS 175",
    "L'Office a l'honneur de désigner Mme Awa Diallo, cheffe du service de la documentation, "
    "pour l'équipe d'experts chargée de la norme XML4IP. Nom d'utilisateur : sn-adiallo, "
    "adresse du compte : adiallo@office.example.",
    "Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.",
    "Le Directeur général",
)
_EN_COVER = (
    "Good afternoon,\n\nPlease find attached our letter on Circular C. CWS 175.\n\nRegards\nTinashe"
)
_FR_COVER = "Bonjour,\n\nVeuillez trouver ci-joint notre lettre (circulaire C. CWS 175).\n\nCordialement,\nAïssatou"
_PERSONAL = "Tinashe Moyo <tinashe.moyo83@freemail.example>"


@pytest.mark.parametrize(
    ("cover", "header", "body", "office", "last_name"),
    [
        (
            _EN_COVER,
            (
                "Zimbabwe Intellectual Property Office",
                "Ministry of Justice, Legal and Parliamentary Affairs",
                "P.O. Box CY 177, Causeway, Harare, Zimbabwe",
                "Tel: +263 242 775544/7   E-mail: zipo@office.example",
            ),
            _EN_BODY,
            "Zimbabwe Intellectual Property Office",
            "Mutasa",
        ),
        (
            _FR_COVER,
            (
                "Agence Sénégalaise de la Propriété Industrielle et de l'Innovation Technologique",
                "BP 4037 Dakar - Sénégal",
            ),
            _FR_BODY,
            "Agence Sénégalaise de la Propriété Industrielle et de l'Innovation Technologique",
            "Diallo",
        ),
    ],
)
def test_the_letterhead_in_the_word_header_names_the_office(
    cover: str, header: Sequence[str], body: Sequence[str], office: str, last_name: str
) -> None:
    parsed = _parse(_with_docx(cover, _letter(header, body), sender=_PERSONAL))
    assert parsed.office == office
    assert [n.last_name for n in parsed.nominees] == [last_name]


def test_the_title_pages_own_header_is_the_one_read() -> None:
    data = _letter(
        ("Page 2", "Our Ref: INT/CWS/23/07"),
        _EN_BODY,
        first_page=("Zimbabwe Intellectual Property Office", "Harare, Zimbabwe"),
    )
    parsed = _parse(_with_docx(_EN_COVER, data, sender=_PERSONAL))
    assert parsed.office == "Zimbabwe Intellectual Property Office"


def test_a_header_naming_no_office_and_the_footer_give_no_office() -> None:
    data = _letter(
        ("CONFIDENTIAL", "Page 1 of 1"),
        _EN_BODY,
        footer=("Ministry of Justice, Legal and Parliamentary Affairs",),
    )
    parsed = _parse(_with_docx(_EN_COVER, data, sender=_PERSONAL))
    assert parsed.office is None
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("Mutasa", "zw-tmutasa")]


# --- a bracketed field after the post --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "post"),
    [
        (
            "Dear Secretariat,\n\nThe Office nominates the following officers:\n"
            "1. Mrs Rudo Chikore, Principal Examiner (Patents): Sequence Listings Task Force. "
            "WIPO Account username: zw-rchikore.\n\nRegards,\nJohn Doe\n",
            "Principal Examiner (Patents)",
        ),
        (
            "Estimados señores:\n\nLa Oficina designa a la Sra. Lucía Ferreira, Examinadora "
            "Principal (Marcas); usuario de la cuenta OMPI: uy-lferreira, para el Equipo "
            "Técnico de XML4IP.\n\nAtentamente,\nJuan Pérez\n",
            "Examinadora Principal (Marcas)",
        ),
        (
            "Madame, Monsieur,\n\nNous désignons M. Paul Martin, Examinateur principal "
            "(Brevets) – nom d'utilisateur : fr-pmartin – pour l'équipe d'experts chargée des "
            "API.\n\nCordialement,\nJean Dupont\n",
            "Examinateur principal (Brevets)",
        ),
    ],
)
def test_a_bracketed_field_before_the_record_goes_on_stays_in_the_post(
    body: str, post: str
) -> None:
    parsed = _parse(make_mail(body))
    assert [n.position for n in parsed.nominees] == [post]


@pytest.mark.parametrize(
    ("body", "post"),
    [
        # An office's code, an aside in lower case, a value: no field of the post.
        (
            "Dear Secretariat,\n\nThe Office nominates Ms Anna Berg, Senior Examiner (PRV): "
            "API Task Force. Username: se-aberg.\n\nRegards,\nJohn Doe\n",
            "Senior Examiner",
        ),
        (
            "Dear Secretariat,\n\nThe Office nominates Ms Anna Berg, Senior Examiner (part "
            "time): API Task Force. Username: se-aberg.\n\nRegards,\nJohn Doe\n",
            "Senior Examiner",
        ),
    ],
)
def test_other_brackets_still_end_the_post(body: str, post: str) -> None:
    parsed = _parse(make_mail(body))
    assert [n.position for n in parsed.nominees] == [post]


# --- a username not known yet -----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Dear Secretariat,\n\nWe nominate Ms Jane Doe, Senior Examiner, to the API Task Force. "
        "Her WIPO Account is being created; the username will be communicated as soon as it "
        "is available.\n\nRegards,\nJohn Smith\n",
        "Madame, Monsieur,\n\nNous désignons Mme Jeanne Dupont, examinatrice principale, pour "
        "l'équipe d'experts chargée des API. Son identifiant sera communiqué dès qu'il est "
        "disponible.\n\nCordialement,\nJean Martin\n",
        "Madame, Monsieur,\n\nNom : Dupont\nPrénom : Jeanne\nFonction : examinatrice\n"
        "Nom d'utilisateur : pas encore disponible\nCourriel : j.dupont@office.example\n"
        "Équipe d'experts : API\n\nCordialement,\n",
        "Estimados:\n\nApellido: Pérez\nNombre: Juan\nCargo: examinador\nNombre de usuario: "
        "aún no disponible\nCorreo: jperez@office.example\nEquipo técnico: API\n\nSaludos\n",
        "Estimados:\n\nApellido: Pérez\nNombre: Juan\nCargo: examinador\nNombre de usuario: "
        "disponible próximamente\nCorreo: jperez@office.example\nEquipo técnico: API\n\nSaludos\n",
        "Dear Secretariat,\n\nName: Jane Doe\nPosition: Senior Examiner\nUsername: available "
        "soon\nE-mail: jane@office.example\nTask force: API Task Force\n\nRegards,\nJohn Smith\n",
    ],
)
def test_a_username_is_no_word_of_a_phrase_saying_it_is_not_known_yet(body: str) -> None:
    parsed = _parse(make_mail(body))
    assert len(parsed.nominees) == 1
    assert parsed.nominees[0].username is None


@pytest.mark.parametrize("username", ["jdoe", "avail-jd", "us-jdoe"])
def test_a_username_next_to_such_words_stays(username: str) -> None:
    body = (
        f"Dear Secretariat,\n\nName: Jane Doe\nPosition: Senior Examiner\nUsername: {username}\n"
        "E-mail: jane@office.example\nTask force: API Task Force\n\nRegards,\nJohn Smith\n"
    )
    assert [n.username for n in _parse(make_mail(body)).nominees] == [username]


# --- registration form grids --------------------------------------------------------------

# One person's grid: rows of cells, a cell merged down the right of the first `photo` rows.
Grid = Sequence[Sequence[str]]


def _grids(grids: Sequence[Grid], *, title: str, photo: int = 0) -> bytes:
    document = docx.Document()
    for n, grid in enumerate(grids):
        if n:
            document.add_page_break()
        document.add_paragraph(title)
        width = max(len(row) for row in grid) + (1 if photo else 0)
        table = document.add_table(rows=len(grid), cols=width)
        for r, row in enumerate(grid):
            cells = table.rows[r].cells
            for c, text in enumerate(row):
                last = c == len(row) - 1 and len(row) < width - (1 if r < photo else 0)
                cell = cells[c].merge(cells[width - (2 if r < photo else 1)]) if last else cells[c]
                cell.text = text
        if photo:
            table.cell(0, width - 1).merge(table.cell(photo - 1, width - 1)).text = "照\n片"
    return _saved(document)


_ZH_GRIDS = [
    [
        ["姓名", "谭永刚", "性别", "男"],
        ["出生年月", "1983.06", "学历/学位", "研究生/硕士"],
        ["工作单位及职务", "专利局审查业务管理部 副处长"],
        ["职称", "研究员", "外语水平", "英语（熟练）"],
        ["办公电话", "010-0000 2175", "电子邮箱", "tanyonggang@cnipa.example"],
        ["WIPO账户用户名", "cn-tanyonggang", "WIPO账户注册邮箱", "tanyg1983@mail.example"],
        ["拟参加工作队", "法律状态工作队、名称标准化工作队"],
        ["推荐意见", "同意推荐。"],
    ],
    [
        ["姓名", "石佳", "性别", "女"],
        ["出生年月", "1990.11", "学历/学位", "大学本科/学士"],
        ["工作单位及职务", "专利局专利文献部 数据标准处 主任科员"],
        ["职称", "工程师", "外语水平", "英语（CET-6）"],
        ["办公电话", "010-0000 2176", "电子邮箱", "shijia@cnipa.example"],
        ["WIPO账户用户名", "cn-shijia", "WIPO账户注册邮箱", "同上"],
        ["拟参加工作队", "XML4IP工作队（ST.96）、API工作队"],
        ["推荐意见", "同意推荐。"],
    ],
]
_ZH_COVER = (
    "CWS秘书处：\n\n您好！\n\n根据C. CWS 175号通函要求，现将我局推荐人员信息登记表（共2人，"
    "每人一表）发给您，请查收。\n\n周敏\n国家知识产权局专利局审查业务管理部\n"
)
_ZH_PEOPLE = [
    (
        "Mr",
        "谭",
        "永刚",
        "专利局审查业务管理部 副处长",
        "cn-tanyonggang",
        "tanyg1983@mail.example",
        ("Legal Status Task Force", "Name Standardization Task Force"),
    ),
    (
        "Mrs",
        "石",
        "佳",
        "专利局专利文献部 数据标准处 主任科员",
        "cn-shijia",
        "shijia@cnipa.example",
        ("XML4IP Task Force", "API Task Force"),
    ),
]


def _people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (
            n.title,
            n.last_name,
            n.first_name,
            n.position,
            n.username,
            n.account_email,
            n.task_forces,
        )
        for n in parsed.nominees
    ]


@pytest.mark.parametrize("photo", [4, 0])
def test_a_chinese_registration_form_grid_is_one_persons_record(photo: int) -> None:
    data = _grids(_ZH_GRIDS, title="CWS工作队推荐人员信息登记表", photo=photo)
    parsed = _parse(_with_docx(_ZH_COVER, data, sender="周敏 <zhoumin@cnipa.example>"))
    assert _people(parsed) == _ZH_PEOPLE


def test_the_same_form_typed_as_labelled_lines_reads_the_same() -> None:
    lines = []
    for grid in _ZH_GRIDS:
        lines.append("CWS工作队推荐人员信息登记表")
        lines.extend(f"{row[k]}：{row[k + 1]}" for row in grid for k in range(0, len(row), 2))
        lines.append("")
    body = _ZH_COVER.replace("周敏\n", "\n".join(lines) + "\n周敏\n")
    parsed = _parse(make_mail(body, sender="周敏 <zhoumin@cnipa.example>"))
    assert _people(parsed) == _ZH_PEOPLE


@pytest.mark.parametrize(
    ("grids", "cover", "people"),
    [
        (
            [
                [
                    ["Last name", "Smith", "First name", "John"],
                    ["Title", "Mr", "Date of birth", "1980-02-03"],
                    ["Position", "Senior Examiner", "Phone", "+1 555 0100"],
                    ["WIPO Account username", "us-jsmith", "E-mail", "john.smith@office.example"],
                    ["Task force(s)", "API Task Force"],
                ],
                [
                    ["Last name", "Doe", "First name", "Jane"],
                    ["Title", "Ms", "Date of birth", "1985-07-09"],
                    ["Position", "Data Analyst", "Phone", "+1 555 0101"],
                    ["WIPO Account username", "us-jdoe", "E-mail", "jane.doe@office.example"],
                    ["Task force(s)", "XML4IP Task Force"],
                ],
            ],
            "Dear Secretariat,\n\nPlease find our registration forms attached (C. CWS 175)."
            "\n\nRegards,\nPeter Brown\n",
            [
                (
                    "Mr",
                    "Smith",
                    "John",
                    "Senior Examiner",
                    "us-jsmith",
                    "john.smith@office.example",
                    ("API Task Force",),
                ),
                (
                    "Ms",
                    "Doe",
                    "Jane",
                    "Data Analyst",
                    "us-jdoe",
                    "jane.doe@office.example",
                    ("XML4IP Task Force",),
                ),
            ],
        ),
        (
            [
                [
                    ["Nom", "Dupont", "Prénom", "Jeanne"],
                    ["Civilité", "Mme", "Téléphone", "+33 1 00 00 00 00"],
                    ["Fonction", "Examinatrice", "Courriel", "j.dupont@office.example"],
                    ["Nom d'utilisateur", "fr-jdupont", "Langue", "français"],
                    ["Équipe d'experts", "Équipe d'experts chargée des API"],
                ],
            ],
            "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre fiche (circulaire C. CWS "
            "175).\n\nCordialement,\nPaul Martin\n",
            [
                (
                    "Mrs",
                    "Dupont",
                    "Jeanne",
                    "Examinatrice",
                    "fr-jdupont",
                    "j.dupont@office.example",
                    ("API Task Force",),
                ),
            ],
        ),
    ],
)
def test_latin_form_grids_with_two_pairs_to_a_row(
    grids: Sequence[Grid], cover: str, people: list[tuple[object, ...]]
) -> None:
    parsed = _parse(_with_docx(cover, _grids(grids, title="Registration form")))
    assert _people(parsed) == people


def test_a_header_row_over_nominees_is_still_read_by_rows() -> None:
    grid = [
        ["Last name", "First name", "Position", "Username"],
        ["Smith", "John", "Senior Examiner", "us-jsmith"],
        ["Doe", "Jane", "Data Analyst", "us-jdoe"],
    ]
    parsed = _parse(
        _with_docx(
            "Dear Secretariat,\n\nSee the attached table.\n", _grids([grid], title="Nominees")
        )
    )
    assert [(n.last_name, n.position, n.username) for n in parsed.nominees] == [
        ("Smith", "Senior Examiner", "us-jsmith"),
        ("Doe", "Data Analyst", "us-jdoe"),
    ]


def test_a_table_on_its_side_with_two_nominees_is_still_read_by_columns() -> None:
    grid = [
        ["Last name", "Smith", "Doe"],
        ["First name", "John", "Jane"],
        ["Position", "Senior Examiner", "Data Analyst"],
        ["Username", "us-jsmith", "us-jdoe"],
    ]
    parsed = _parse(
        _with_docx(
            "Dear Secretariat,\n\nSee the attached table.\n", _grids([grid], title="Nominees")
        )
    )
    assert [(n.last_name, n.position, n.username) for n in parsed.nominees] == [
        ("Smith", "Senior Examiner", "us-jsmith"),
        ("Doe", "Data Analyst", "us-jdoe"),
    ]


def test_a_rank_label_alone_gives_the_post() -> None:
    # Taiwan's "職稱" is the job title; a form asking no other post keeps it.
    body = (
        "CWS秘書處 鈞鑒：\n\n有關 C. CWS 175 號通函，本局推薦下列同仁：\n\n"
        "姓名：周嘉欣\n職稱：專利審查官\nWIPO帳號：tw-chouch\n電子郵件：chouch@office.example\n"
        "工作小組：XML4IP工作小組\n\n姓名：吳建宏\n職稱：資訊室 專員\nWIPO帳號：tw-wuch\n"
        "電子郵件：wuch@office.example\n工作小組：API工作小組\n"
    )
    parsed = _parse(make_mail(body))
    assert [(n.last_name, n.position) for n in parsed.nominees] == [
        ("周", "專利審查官"),
        ("吳", "資訊室 專員"),
    ]


def test_a_rank_above_the_post_gives_way_to_it() -> None:
    body = (
        "CWS秘书处：\n\n我局推荐以下人员：\n\n姓名：罗志勇\n职称：高级工程师\n职务：信息化处 处长\n"
        "WIPO账户用户名：cn-luozhiyong\n工作队：API工作队\n"
    )
    parsed = _parse(make_mail(body))
    assert [(n.last_name, n.position) for n in parsed.nominees] == [("罗", "信息化处 处长")]
