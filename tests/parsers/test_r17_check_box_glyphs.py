"""Check boxes a word processor draws in a symbol font, in every form the mail keeps them.

A Word form pasted into Outlook draws its boxes in Wingdings: "þ" (ticked), "ý" (a cross),
"¨" and "o" (empty); Wingdings 2 "R", "S", "T" (ticked) and "£" (empty). The HTML part
keeps the font ('<span style="font-family:Wingdings">þ</span>'), the text part only the raw
characters ("þ XML4IP (ST.96)", "Civilité : þ Mme ¨ Mlle ¨ M.") or their symbol-font code
points (U+F0FE, U+F0A8). Each reads as the box it draws, ☒ or ☐: only the options ticked
count, for the title as for the task forces.

Near misses keep their reading: "þ" and "ý" inside a word (Icelandic "Þórður", Czech
"Dvorský") are letters, and a Wingdings bullet that is no box stays out of the reading.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [(n.title, n.last_name, n.task_forces) for n in parsed.nominees]


_XML_LS = ("XML4IP Task Force", "Legal Status Task Force")
_API = ("API Task Force",)

RAW_GLYPHS = [
    (
        "fr-fiche",
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, voici la fiche remplie.\n\n"
        "Civilité : ¨ Mme   ¨ Mlle   þ M.\nNom : NDONG\nPrénom(s) : Jean\n"
        "Nom d'utilisateur : ga-jndong\nÉquipe(s) d'experts :\nþ XML4IP (ST.96)\n"
        "¨ Listage des séquences (ST.26)\nþ Situation juridique (ST.27)\n¨ API (ST.90)\n",
        [("Mr", "NDONG", _XML_LS)],
    ),
    (
        "en-cross",
        "Dear Sir or Madam,\n\nFurther to C. CWS 175, please find our form.\n\n"
        "Title: ý Mrs ¨ Mr\nLast name: MENSAH\nFirst name: Akosua\n"
        "WIPO username: gh-amensah\nTask Forces:\n¨ XML4IP Task Force\n"
        "¨ Legal Status Task Force\ný API Task Force\n",
        [("Mrs", "MENSAH", _API)],
    ),
    (
        "es-private-use",
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, remitimos el formulario.\n\n"
        "Tratamiento: \uf0fe Sra. \uf0a8 Sr.\nApellidos: ROJAS PEÑA\nNombre: Lucía\n"
        "Usuario Cuenta OMPI: cl-lrojas\nEquipo(s) Técnico(s):\n"
        "\uf0fe Equipo Técnico XML4IP\n\uf0fe Equipo Técnico sobre la Situación Jurídica\n"
        "\uf0a8 Equipo Técnico de API\n",
        [("Mrs", "ROJAS PEÑA", _XML_LS)],
    ),
    (
        "ru",
        "Уважаемые господа!\n\nВ ответ на циркулярное письмо C. CWS 175 направляем анкету.\n\n"
        "Обращение: ¨ г-н þ г-жа\nФамилия: Петрова\nИмя: Анна\n"
        "Имя пользователя: by-apetrova\nЦелевые группы:\n¨ Целевая группа по XML4IP\n"
        "¨ Целевая группа по правовому статусу\nþ Целевая группа по API\n",
        [("Mrs", "Петрова", _API)],
    ),
    (
        "ar",
        "السادة الأفاضل،\n\nإشارة إلى التعميم C. CWS 175، نرسل إليكم الاستمارة.\n\n"
        "اللقب: þ السيد ¨ السيدة\nاسم العائلة: الخطيب\nالاسم الأول: سامي\n"
        "اسم المستخدم: jo-skhatib\nفرق العمل:\n¨ فرقة العمل المعنية بلغة XML4IP\n"
        "þ فرقة العمل المعنية بواجهة برمجة التطبيقات\n",
        [("Mr", "الخطيب", _API)],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in RAW_GLYPHS], ids=[c[0] for c in RAW_GLYPHS]
)
def test_raw_symbol_font_glyphs_in_text(body: str, expected: list[object]) -> None:
    assert people(parse(make_mail(body))) == expected


def _html_only(html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175 - nomination"
    msg["Message-ID"] = "<wingdings@office.example>"
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


def _box(font: str, glyph: str) -> str:
    return f"<span style='font-family:{font}'>{glyph}</span>"


@pytest.mark.parametrize(
    ("font", "ticked", "empty"),
    [("Wingdings", "þ", "¨"), ("Wingdings", "ý", "o"), ('"Wingdings 2"', "R", "£")],
    ids=["wingdings", "wingdings-cross", "wingdings-2"],
)
def test_symbol_font_spans_in_html(font: str, ticked: str, empty: str) -> None:
    html = (
        "<p>Dear Secretariat,</p><p>Further to C. CWS 175, please find our form.</p>"
        f"<p>Title: {_box(font, empty)} Mr {_box(font, ticked)} Mrs</p>"
        "<p>Last name: MENSAH</p><p>First name: Akosua</p><p>WIPO username: gh-amensah</p>"
        "<p>Task Forces:</p>"
        f"<p>{_box(font, ticked)} XML4IP Task Force</p>"
        f"<p>{_box(font, ticked)} Legal Status Task Force</p>"
        f"<p>{_box(font, empty)} API Task Force</p>"
    )
    assert people(parse(_html_only(html))) == [("Mrs", "MENSAH", _XML_LS)]


def test_letters_inside_words_stay_letters() -> None:
    body = (
        "Dear Secretariat,\n\nFurther to C. CWS 175, we nominate Mr Þórður Ýmisson, "
        "Patent Examiner, and Mr Jan Dvorský, IT Officer, to the API Task Force.\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.task_forces) for n in parsed.nominees] == [
        ("Ýmisson", "Þórður", _API),
        ("Dvorský", "Jan", _API),
    ]


def test_wingdings_bullet_is_no_box() -> None:
    html = (
        "<p>Dear Secretariat,</p><p>Further to C. CWS 175, we nominate Ms Jane ROE, Senior "
        "Examiner, to the following Task Forces:</p>"
        f"<div>{_box('Wingdings', '§')} API Task Force</div>"
        f"<div>{_box('Wingdings', '§')} XML4IP Task Force</div>"
    )
    assert people(parse(_html_only(html))) == [
        ("Ms", "ROE", ("XML4IP Task Force", "API Task Force"))
    ]
